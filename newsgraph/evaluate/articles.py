"""PLOVER events scored on whole articles: every event a coder recorded against every event newsgraph wrote.

The gold is a folder of JSON files, one per article, in the format of the whole-article event set
(``article-events``: ``{"article", "published", "events": [{"id", "type", "mode", "trigger": {"start",
"end", "text"}, "actors": [{"text", "name", "country", "sector"}], "recipients": […], "status", "date":
{"value", "text", "basis"}, "place": {"name", "country"} | null, "attributed_to", "same_as",
"optional"}]}``); the article texts are ``<article>.txt`` in a text folder.

**Matching.** A predicted event and a gold record match when their triggers overlap, or when one is a
light verb and the other its event noun in one clause ("held talks", "carried out strikes": at most four
words apart, no sentence end or comma between). Matching is one to one: overlapping pairs first, then
pairs of the same type, then the nearest. A prediction matched to an *optional* gold record, and an
optional record left unmatched, neither reward nor punish.

**Figures.**

* found precision / recall — matched predictions over all predictions, matched gold over all gold;
* typed precision / recall / F1 — the same counting only matches of the same PLOVER type;
* among matches, the share right of: type, actors, recipients, status, date, place;
* **fully right** — predictions whose match has the same type, actors, recipients and status, as a
  share of all predictions (an unmatched prediction is not fully right).

**Fields.** Parties are compared by words: a side is right when some gold party's name or its words in the
text are at least half covered by the words of the predicted side's actor names and mentions (both sides
empty also counts). Status compares the value. Dates compare the value (``2016-06-06``, ``2016-06`` or
null). Places: both absent, or the same country, or a shared word of the name. This is the metric the
gold's README gives the coders' agreement with, so the figures read against that ceiling.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

WORD = re.compile(r"[A-Za-z0-9]+")
STOP = frozenset({"the", "of", "a", "an", "and", "s", "his", "her", "its", "their", "to", "in", "for", "on", "mr",
                  "mrs", "ms", "dr", "who", "that"})
IRREGULAR = {"held": "hold", "made": "make", "gave": "give", "given": "give", "paid": "pay", "sent": "send",
             "led": "lead", "laid": "lay", "began": "begin", "begun": "begin", "took": "take", "taken": "take",
             "had": "have", "has": "have", "did": "do", "done": "do", "brought": "bring", "put": "put",
             "struck": "strike", "sought": "seek", "won": "win"}
LIGHT = frozenset({"hold", "make", "give", "pay", "send", "lead", "lay", "begin", "take", "have", "do", "bring",
                   "put", "launch", "carry", "conduct", "stage", "issue", "mount", "wage", "level", "lodge",
                   "file", "express", "voice", "offer", "extend", "impose", "open", "start", "sign", "seek",
                   "deliver", "unleash", "organize", "organise", "announce", "call", "order", "step"})
SPEECH = frozenset({"say", "tell", "add", "claim", "assert", "remark", "explain", "write", "note", "argue", "insist",
                    "state", "declare", "suggest", "tweet", "announce", "call", "describe", "warn", "complain"})
IRREGULAR.update({"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write"})
FIELDS = ("type", "actors", "recipients", "status", "date", "place")


# -- records --------------------------------------------------------------------------------------
@dataclass
class Record:
    """One event, gold or predicted, in the form both are compared in."""

    start: int
    end: int
    trigger: str
    type: str
    status: str
    actors: list[tuple[str, ...]]  # per party: the word strings that name it (name, text)
    recipients: list[tuple[str, ...]]
    date: str | None
    place: tuple[str | None, str | None] | None  # (name, country)
    optional: bool = False
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def words(s: str | None) -> set[str]:
    return {w.lower() for w in WORD.findall(s or "")} - STOP


def gold_records(events: Iterable[dict]) -> list[Record]:
    out = []
    for e in events:
        place = e.get("place")
        out.append(Record(
            start=e["trigger"]["start"], end=e["trigger"]["end"], trigger=e["trigger"]["text"], type=e["type"],
            status=e.get("status") or "asserted",
            actors=[(p.get("name") or "", p.get("text") or "") for p in e.get("actors") or []],
            recipients=[(p.get("name") or "", p.get("text") or "") for p in e.get("recipients") or []],
            date=(e.get("date") or {}).get("value"),
            place=(place.get("name"), place.get("country")) if place else None,
            optional=bool(e.get("optional")), id=e.get("id", ""),
            extra={"mode": e.get("mode"), "attributed_to": e.get("attributed_to")}))
    return out


def predicted_records(doc) -> list[Record]:
    """A ``newsgraph/1`` document's events (a :class:`~newsgraph.records.Document` or its dict)."""
    d = doc if isinstance(doc, dict) else doc.to_dict()
    actors = {a["id"]: a for a in d["actors"]}

    def side(ids):
        out = []
        for i in ids:
            a = actors.get(i)
            if a is not None:
                out.append((a["name"], *[m["text"] for m in a["mentions"]]))
        return out

    out = []
    for e in d["events"]:
        loc = e.get("location")
        out.append(Record(
            start=e["trigger"]["start"], end=e["trigger"]["end"], trigger=e["trigger"]["text"], type=e["type"],
            status=e["status"], actors=side(e["actor"]), recipients=side(e["recipient"]),
            date=(e.get("date") or {}).get("value"),
            place=(loc.get("name") or loc.get("text"), loc.get("country")) if loc else None, id=e["id"],
            extra={"mode": e.get("mode"), "confidence": e.get("confidence"),
                   "evidence": e["evidence"]["text"], "date_text": (e.get("date") or {}).get("text"),
                   "actor_names": [actors[i]["name"] for i in e["actor"] if i in actors],
                   "recipient_names": [actors[i]["name"] for i in e["recipient"] if i in actors]}))
    return out


# -- comparing ------------------------------------------------------------------------------------
def side_ok(gold: list[tuple[str, ...]], pred: list[tuple[str, ...]]) -> bool:
    if not gold or not pred:
        return not gold and not pred
    have = set().union(*(words(s) for party in pred for s in party))
    for party in gold:
        for s in party:
            w = words(s)
            if w and 2 * len(w & have) >= len(w):
                return True
    return False


def place_ok(gold, pred) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold[1] and pred[1] and gold[1] == pred[1]:
        return True
    return bool(words(gold[0]) & words(pred[0]))


def field_ok(name: str, g: Record, p: Record) -> bool:
    if name == "type":
        return g.type == p.type
    if name == "actors":
        return side_ok(g.actors, p.actors)
    if name == "recipients":
        return side_ok(g.recipients, p.recipients)
    if name == "status":
        return g.status == p.status
    if name == "date":
        return g.date == p.date
    return place_ok(g.place, p.place)


def fully_right(g: Record, p: Record) -> bool:
    return all(field_ok(f, g, p) for f in ("type", "actors", "recipients", "status"))


def _lemma(w: str) -> str:
    w = w.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    for cand in (w, w[:-3] if w.endswith("ing") else "", w[:-3] + "e" if w.endswith("ing") else "",
                 w[:-2] if w.endswith("ed") else "", w[:-1] if w.endswith(("ed", "es")) else "",
                 w[:-1] if w.endswith("s") else "", w[:-4] if w.endswith("ried") else ""):
        if cand in LIGHT:
            return cand
    if w.endswith("ied") and w[:-3] + "y" in LIGHT:
        return w[:-3] + "y"
    return w


def _verb_lemma(w: str) -> str:
    w = w.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    for cand in (w[:-3], w[:-3] + "e", w[:-2], w[:-1], w[:-1], w[:-3] + "y", w):
        if cand in SPEECH:
            return cand
    return w


def light_pair(text: str, a: Record, b: Record) -> int | None:
    """Characters between a light verb and its event noun in one clause ("held talks"), or between a verb
    of saying and the words of its clause that carry the act ("explained … is a weakness", "'… not
    qualified,' he said"); None when the two are no such pair."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.start < first.end:
        return None
    gap = text[first.end:second.start]
    verb = WORD.findall(first.trigger)
    if verb and _lemma(verb[0]) in LIGHT and len(WORD.findall(gap)) <= 4 and not re.search(r"[.;,!?:\n]", gap):
        return len(gap)
    said = [r for r in (a, b) if (w := WORD.findall(r.trigger)) and _verb_lemma(w[0]) in SPEECH]
    if said and len(WORD.findall(gap)) <= 15 and "\n" not in gap and not re.search(r"[.!?][\"”']?\s+[A-Z]", gap):
        return 100 + len(gap)
    return None


def align(text: str, gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index)."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.start < p.end and p.start < g.end:
                cands.append((0, g.type != p.type, abs(g.start - p.start), gi, pi))
            else:
                gap = light_pair(text, g, p)
                if gap is not None:
                    cands.append((1, g.type != p.type, gap, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for *_, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


# -- the report -----------------------------------------------------------------------------------
@dataclass
class Report:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    typed: int = 0
    fully: int = 0
    right: Counter = field(default_factory=Counter)
    place_given: int = 0
    place_given_ok: int = 0
    date_text: int = 0
    date_text_ok: int = 0
    per_type: dict[str, Counter] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @staticmethod
    def _div(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    def figures(self) -> dict[str, Any]:
        tp, tr = self._div(self.typed, self.predicted), self._div(self.typed, self.gold)
        f1 = round(2 * tp * tr / (tp + tr), 4) if tp and tr else 0.0
        per_type = {}
        for t, c in sorted(self.per_type.items()):
            p, r = self._div(c["typed"], c["predicted"]), self._div(c["typed"], c["gold"])
            per_type[t] = {"gold": c["gold"], "predicted": c["predicted"], "typed": c["typed"],
                           "f1": round(2 * p * r / (p + r), 4) if p and r else 0.0}
        return {
            "articles": self.articles, "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "found_precision": self._div(self.matched, self.predicted),
            "found_recall": self._div(self.matched, self.gold),
            "typed_precision": tp, "typed_recall": tr, "typed_f1": f1,
            "fully_right": self._div(self.fully, self.predicted),
            "among_matches": {f: self._div(self.right[f], self.matched) for f in FIELDS},
            "place_where_given": self._div(self.place_given_ok, self.place_given),
            "date_where_text_gives_it": self._div(self.date_text_ok, self.date_text),
            "per_type": per_type, "seconds": round(self.seconds, 1), "failures": self.failures,
        }


def _brief(r: Record) -> dict[str, Any]:
    return {"trigger": r.trigger, "start": r.start, "type": r.type, "status": r.status,
            "actors": [p[0] for p in r.actors], "recipients": [p[0] for p in r.recipients], "date": r.date,
            "place": r.place, **{k: v for k, v in r.extra.items() if v is not None}}


def score_article(name: str, text: str, gold: list[Record], pred: list[Record], report: Report) -> None:
    report.articles += 1
    pairs = align(text, gold, pred)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    ignored_p = {pi for gi, pi in pairs if gold[gi].optional}
    for g in gold:
        if not g.optional:
            report.gold += 1
            report.per_type.setdefault(g.type, Counter())["gold"] += 1
    for pi, p in enumerate(pred):
        if pi in ignored_p:
            continue
        report.predicted += 1
        report.per_type.setdefault(p.type, Counter())["predicted"] += 1
        if pi not in matched_p:
            report.errors.append({"article": name, "kind": "false", "predicted": _brief(p)})
    for gi, g in enumerate(gold):
        if gi not in matched_g and not g.optional:
            report.errors.append({"article": name, "kind": "miss", "gold": _brief(g)})
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.optional:
            continue
        report.matched += 1
        wrong = [f for f in FIELDS if not field_ok(f, g, p)]
        for f in FIELDS:
            report.right[f] += f not in wrong
        if g.type == p.type:
            report.typed += 1
            report.per_type[g.type]["typed"] += 1
        if fully_right(g, p):
            report.fully += 1
        if g.place is not None:
            report.place_given += 1
            report.place_given_ok += "place" not in wrong
        if g.date is not None:
            report.date_text += 1
            report.date_text_ok += "date" not in wrong
        if wrong:
            report.errors.append({"article": name, "kind": "wrong", "fields": wrong, "gold": _brief(g),
                                  "predicted": _brief(p)})


# -- reading the gold and running -----------------------------------------------------------------
def default_texts(gold_dir: Path) -> Path:
    """Where the article texts of a gold folder are: ``DIR/texts`` or ``DIR/text`` when present, else the
    PolNeAR train texts beside the whole-article set (``../polnear/data/train/text``)."""
    for cand in (gold_dir / "texts", gold_dir / "text", gold_dir.parent / "polnear" / "data" / "train" / "text"):
        if cand.is_dir():
            return cand
    raise InputError(str(gold_dir), "no article texts found (give --texts DIR)")


def iter_gold(directory: str | Path, texts: str | Path | None = None, limit: int | None = None):
    """(name, published, text, gold records) per article of a gold folder (``DIR/gold/*.json`` or
    ``DIR/*.json``)."""
    d = Path(directory)
    gold_dir = d / "gold" if (d / "gold").is_dir() else d
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise InputError(str(directory), "no gold files (*.json)")
    text_dir = Path(texts) if texts else default_texts(d)
    for f in files[:limit] if limit else files:
        try:
            g = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(str(f), f"not a gold file ({e})") from None
        name = g.get("article") or f.stem
        path = text_dir / f"{name}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(str(path), f"cannot read the article text ({e.strerror or e})") from None
        yield name, g.get("published"), text, gold_records(g.get("events", []))


def evaluate(directory: str | Path, pipeline=None, texts: str | Path | None = None, limit: int | None = None,
             min_confidence: float = 0.0) -> Report:
    """Run the pipeline over each article of a gold folder and score its events."""
    import time

    from ..ingest import Draft, build_article
    from ..pipeline import Pipeline
    from ..records import Document
    from ..settings import Settings

    pipe = pipeline or Pipeline(Settings(plain=True))
    settings = pipe.settings.with_(plain=True, languages=("en",))
    golds = list(iter_gold(directory, texts, limit))
    report = Report()
    t0 = time.perf_counter()
    articles = []
    for name, published, text, _ in golds:
        try:
            articles.append(build_article(Draft(source=name, text=text), settings, published))
        except InputError as e:
            articles.append(e)
    for (name, _, text, gold), out in zip(golds, pipe.process(articles), strict=True):
        if isinstance(out, Document) and out.article.text == text:
            pred = [p for p in predicted_records(out) if (p.extra.get("confidence") or 0) >= min_confidence]
        else:
            report.failures.append(f"{name}: {out if not isinstance(out, Document) else 'text differs'}")
            pred = []
        score_article(name, text, gold, pred, report)
    report.seconds = time.perf_counter() - t0
    return report


def agreement(directory: str | Path, coder_dir: str | Path, texts: str | Path | None = None) -> Report:
    """A coder's own files (same format as the gold) scored against the gold, with the same metric."""
    report = Report()
    coder = Path(coder_dir)
    for name, _, text, gold in iter_gold(directory, texts):
        f = coder / f"{name}.json"
        if f.exists():
            pred = gold_records(json.loads(f.read_text(encoding="utf-8")).get("events", []))
            for p in pred:
                p.optional = False
            score_article(name, text, gold, pred, report)
    return report


def format_report(report: Report, title: str = "Events on whole articles") -> str:
    d = report.figures()

    def f(x):
        return "  -  " if x is None else f"{x:.3f}"

    lines = [f"{title}: {d['articles']} articles, gold {d['gold']}, predicted {d['predicted']}, "
             f"matched {d['matched']} ({d['seconds']} s)",
             f"found      P {f(d['found_precision'])}  R {f(d['found_recall'])}",
             f"typed      P {f(d['typed_precision'])}  R {f(d['typed_recall'])}  F1 {f(d['typed_f1'])}",
             f"fully right (of predicted) {f(d['fully_right'])}",
             "among matches: " + "  ".join(f"{k} {f(v)}" for k, v in d["among_matches"].items()),
             f"date where the gold has one {f(d['date_where_text_gives_it'])}; "
             f"place where the gold has one {f(d['place_where_given'])}",
             "per type (gold / predicted / typed / F1):"]
    for t, v in d["per_type"].items():
        lines.append(f"  {t:<10} {v['gold']:>4} {v['predicted']:>4} {v['typed']:>4}  {v['f1']:.3f}")
    lines += [f"failed: {x}" for x in d["failures"]]
    return "\n".join(lines)
