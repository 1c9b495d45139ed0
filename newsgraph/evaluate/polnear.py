"""Statement extraction scored against PolNeAR (BRAT standoff attribution annotations).

Layout read: ``DIR/text/<article>.txt`` and ``DIR/attributions/<article>_<annotator>.ann``; where an
article has several annotators, the first ``.ann`` file by name is the gold standard.

Scoring, per article, then summed over the corpus:

* **content** — a prediction matches a gold attribution when their content spans (sets of
  characters; PolNeAR spans may be discontinuous) overlap by at least half of each; matching is
  one-to-one, largest overlap first. Precision, recall and F1 over those matches.
* **source accuracy** — over matched pairs whose gold attribution has a source: the predicted
  source span, or a mention of the actor it resolves to, overlaps the gold source.
* **cue accuracy** — over matched pairs: the predicted cue overlaps the gold cue.

Predictions are the statements of :mod:`newsgraph.stages.statements`, run through the whole
pipeline on the article text taken as plain (so offsets point into the file). Statements sharing one
content span (a chain: "sources cited by CNN" and CNN itself) count once, as the head of the chain.
Figures are broken down by gold form (direct, mixed, indirect), by whether gold names a source, and
by pronoun sources.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

Ranges = tuple[tuple[int, int], ...]

QUOTE_MARKS = "\"“”«»„‟"
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us", "who"}


# -- gold -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldAttribution:
    content: Ranges
    source: Ranges | None
    cue: Ranges | None
    form: str  # direct | mixed | indirect
    source_text: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def parse_ann(ann: str) -> dict[str, tuple[str, Ranges]]:
    """Text-bound annotations of a BRAT ``.ann`` file: id → (label, ranges). Event lines are read by
    :func:`parse_events`; continuation lines of multi-line span texts are skipped."""
    out: dict[str, tuple[str, Ranges]] = {}
    for line in ann.splitlines():
        m = re.match(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)", line)
        if m:
            ranges = tuple(tuple(int(x) for x in part.split()) for part in m.group(3).split(";"))
            out[m.group(1)] = (m.group(2), ranges)  # type: ignore[assignment]
    return out


def parse_events(ann: str) -> list[dict[str, list[str]]]:
    """Event lines (``E1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1``) as role → text-bound ids."""
    events = []
    for line in ann.splitlines():
        if not re.match(r"^E\d+\t", line):
            continue
        roles: dict[str, list[str]] = {}
        for arg in line.split("\t", 1)[1].split():
            if ":" in arg:
                role, tid = arg.split(":", 1)
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(tid)
        events.append(roles)
    return events


def _merge(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def gold_form(text: str, content: Ranges) -> str:
    """direct: the content is a quotation (opens and ends with a mark); mixed: it holds one; else indirect."""
    body = " ".join(text[s:e] for s, e in content).strip()
    marks = [i for i, c in enumerate(body) if c in QUOTE_MARKS]
    if not marks:
        return "indirect"
    if body[0] in QUOTE_MARKS and body.rstrip(".,;:!? ")[-1:] in QUOTE_MARKS + "’'":
        return "direct"
    return "mixed"


def read_gold(text: str, ann: str) -> tuple[GoldAttribution, ...]:
    tb = parse_ann(ann)
    out = []
    for roles in parse_events(ann):
        def ranges(role: str, roles=roles) -> Ranges | None:
            rs = [r for tid in roles.get(role, []) if tid in tb for r in tb[tid][1]]
            return _merge(rs) if rs else None
        content = ranges("Content")
        if content is None:
            continue
        source = ranges("Source")
        out.append(GoldAttribution(
            content=content, source=source, cue=ranges("Cue"), form=gold_form(text, content),
            source_text=" ".join(text[s:e] for s, e in source) if source else None))
    return tuple(sorted(out, key=lambda g: g.content))


def annotation_files(directory: str | Path) -> dict[str, list[Path]]:
    """Each article's annotation files (one per annotator, ``<article>_<annotator>.ann``), sorted by name."""
    anns: dict[str, list[Path]] = {}
    for p in sorted((Path(directory) / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    return anns


def iter_gold(directory: str | Path, limit: int | None = None) -> Iterator[GoldArticle]:
    """Gold articles of a PolNeAR compartment directory (``…/data/dev``), sorted by name."""
    d = Path(directory)
    text_dir = d / "text"
    if not text_dir.is_dir() or not (d / "attributions").is_dir():
        raise InputError(str(d), "not a PolNeAR directory (expected text/ and attributions/ in it)")
    anns = annotation_files(d)
    n = 0
    for name in sorted(anns):
        txt = text_dir / f"{name}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        ann = anns[name][0].read_text(encoding="utf-8")
        yield GoldArticle(name=name, text=text, attributions=read_gold(text, ann))
        n += 1
        if limit is not None and n >= limit:
            return


# -- predictions --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Prediction:
    content: Ranges
    source: Ranges | None
    cue: Ranges | None
    kind: str
    actor_mentions: Ranges = ()  # mentions of the source's resolved actor
    source_text: str | None = None


def predictions_of(doc) -> list[Prediction]:
    """One prediction per distinct content span; a chain counts once, as its head (``via`` null)."""
    mentions = {a.id: tuple((m.start, m.end) for m in a.mentions) for a in doc.actors}
    by_content: dict[tuple[int, int], Any] = {}
    for st in doc.statements:
        key = (st.content.start, st.content.end)
        cur = by_content.get(key)
        if cur is None or (cur.via is not None and st.via is None):
            by_content[key] = st
    # a quotation broken by its attribution ("“…,” she said. “…”") is one attribution in PolNeAR and
    # two statements here, sharing source and cue: they count as one, their contents joined
    merged: dict[Any, Prediction] = {}
    out: list[Prediction] = []
    for st in sorted(by_content.values(), key=lambda s: s.content.start):
        src = ((st.source.start, st.source.end),) if st.source else None
        p = Prediction(
            content=((st.content.start, st.content.end),), source=src,
            cue=((st.cue.start, st.cue.end),) if st.cue else None, kind=st.kind,
            actor_mentions=mentions.get(st.source.actor, ()) if st.source and st.source.actor else (),
            source_text=st.source.text if st.source else None)
        key = (src, p.cue) if src and p.cue else None
        if key is not None and key in merged:
            first = merged[key]
            i = out.index(first)
            out[i] = merged[key] = Prediction(content=_merge(first.content + p.content), source=first.source,
                                              cue=first.cue, kind=first.kind, actor_mentions=first.actor_mentions,
                                              source_text=first.source_text)
            continue
        if key is not None:
            merged[key] = p
        out.append(p)
    return out


# -- scoring ---------------------------------------------------------------------------------------------
def _size(r: Ranges) -> int:
    return sum(e - s for s, e in r)


def _inter(a: Ranges, b: Ranges) -> int:
    n = 0
    for s1, e1 in a:
        for s2, e2 in b:
            n += max(0, min(e1, e2) - max(s1, s2))
    return n


def overlaps(a: Ranges | None, b: Ranges | None) -> bool:
    return bool(a) and bool(b) and _inter(a, b) > 0  # type: ignore[arg-type]


def match(gold: list[GoldAttribution], pred: list[Prediction]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs whose contents overlap by half of each."""
    cands = []
    for gi, g in enumerate(gold):
        gs = _size(g.content)
        for pi, p in enumerate(pred):
            o = _inter(g.content, p.content)
            if o and 2 * o >= gs and 2 * o >= _size(p.content):
                cands.append((o, gi, pi))
    pairs, gused, pused = [], set(), set()
    for _o, gi, pi in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in gused and pi not in pused:
            pairs.append((gi, pi))
            gused.add(gi)
            pused.add(pi)
    return sorted(pairs)


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    source_n: int = 0
    source_ok: int = 0
    cue_n: int = 0
    cue_ok: int = 0

    def add(self, other: Tally) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _div(a: int, b: int) -> float | None:
        return a / b if b else None

    def figures(self) -> dict[str, Any]:
        p = self._div(self.matched, self.pred)
        r = self._div(self.matched, self.gold)
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return {"gold": self.gold, "predicted": self.pred, "matched": self.matched, "precision": p, "recall": r,
                "f1": f, "source_accuracy": self._div(self.source_ok, self.source_n), "source_n": self.source_n,
                "cue_accuracy": self._div(self.cue_ok, self.cue_n), "cue_n": self.cue_n}


def source_ok(g: GoldAttribution, p: Prediction) -> bool:
    """The predicted source span, or a mention of the actor it resolves to, overlaps the gold source."""
    return overlaps(p.source, g.source) or any(overlaps((m,), g.source) for m in p.actor_mentions)


def _is_pronoun(g: GoldAttribution) -> bool:
    return g.source_text is not None and g.source_text.strip().lower() in PRONOUNS


def gold_groups(g: GoldAttribution) -> list[str]:
    groups = ["all", g.form, "with source" if g.source else "without source"]
    if _is_pronoun(g):
        groups.append("pronoun source")
    return groups


PRED_GROUP = {"direct": "direct", "mixed": "mixed", "indirect": "indirect"}


@dataclass
class Report:
    articles: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def tally(self, group: str) -> Tally:
        return self.tallies.setdefault(group, Tally())

    def to_dict(self) -> dict[str, Any]:
        order = ["all", "direct", "mixed", "indirect", "with source", "without source", "pronoun source"]
        groups = [g for g in order if g in self.tallies] + [g for g in self.tallies if g not in order]
        return {"articles": self.articles, "seconds": round(self.seconds, 1), "errors": self.errors,
                "groups": {g: self.tallies[g].figures() for g in groups}}


def score_article(gold: tuple[GoldAttribution, ...], pred: list[Prediction], report: Report) -> list[tuple[int, int]]:
    gold_l = list(gold)
    pairs = match(gold_l, pred)
    matched_g = {gi: pi for gi, pi in pairs}
    for g in gold_l:
        for grp in gold_groups(g):
            report.tally(grp).gold += 1
    for gi, pi in pairs:
        g, p = gold_l[gi], pred[pi]
        for grp in gold_groups(g):
            t = report.tally(grp)
            t.matched += 1
            if g.source:
                t.source_n += 1
                t.source_ok += source_ok(g, p)
            if g.cue:
                t.cue_n += 1
                t.cue_ok += overlaps(p.cue, g.cue)
    # precision: a prediction counts in "all" and in the gold group of its match (or its own kind when
    # unmatched), so per-form precision reads as "of what we said was direct, how much was an attribution"
    for pi, p in enumerate(pred):
        report.tally("all").pred += 1
        gi = next((g for g, q in matched_g.items() if q == pi), None)
        groups = gold_groups(gold_l[gi])[1:] if gi is not None else [PRED_GROUP.get(p.kind, p.kind)] + \
            (["with source"] if p.source else ["without source"]) + \
            (["pronoun source"] if (p.source_text or "").strip().lower() in PRONOUNS else [])
        for grp in groups:
            report.tally(grp).pred += 1
    return pairs


def evaluate(directory: str | Path, pipeline=None, limit: int | None = None,
             progress: Callable[[str], None] | None = None,
             record: Callable[[GoldArticle, list[Prediction], list[tuple[int, int]]], None] | None = None) -> Report:
    """Run the pipeline over a PolNeAR compartment and score its statements; ``record`` is handed each
    article's gold, predictions and matched (gold, prediction) index pairs (for listing the errors)."""
    from ..ingest import Draft, build_article
    from ..pipeline import Pipeline
    from ..records import Document
    from ..settings import Settings

    pipe = pipeline or Pipeline(Settings(plain=True))
    settings = pipe.settings.with_(plain=True, languages=("en",))
    golds = list(iter_gold(directory, limit))
    report = Report()
    t0 = time.perf_counter()
    articles = []
    for g in golds:
        try:
            articles.append(build_article(Draft(source=g.name, text=g.text), settings, None))
        except InputError as e:
            articles.append(e)
    for g, out in zip(golds, pipe.process(articles), strict=True):
        report.articles += 1
        if isinstance(out, Document):
            if out.article.text != g.text:
                report.errors.append(f"{g.name}: article text differs from the file; offsets would not align")
                pred = []
            else:
                pred = predictions_of(out)
        else:
            report.errors.append(str(out))
            pred = []
        pairs = score_article(g.attributions, pred, report)
        if record:
            record(g, pred, pairs)
        if progress:
            progress(g.name)
    report.seconds = time.perf_counter() - t0
    return report


def format_report(report: Report) -> str:
    def pct(x: float | None) -> str:
        return "   -  " if x is None else f"{100 * x:5.1f}%"

    d = report.to_dict()
    lines = [f"PolNeAR: {d['articles']} articles, {d['seconds']} s",
             f"{'group':<16} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>6} {'R':>6} {'F1':>6}  "
             f"{'source':>6} {'(n)':>5}  {'cue':>6} {'(n)':>5}"]
    for name, f in d["groups"].items():
        lines.append(f"{name:<16} {f['gold']:>5} {f['predicted']:>5} {f['matched']:>5}  {pct(f['precision'])} "
                     f"{pct(f['recall'])} {pct(f['f1'])}  {pct(f['source_accuracy'])} {f['source_n']:>5}  "
                     f"{pct(f['cue_accuracy'])} {f['cue_n']:>5}")
    for e in d["errors"]:
        lines.append(f"error: {e}")
    return "\n".join(lines)
