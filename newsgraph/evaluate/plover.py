"""PLOVER event coding scored against the PLOVER gold records and the PLV sentence sets.

Two formats are read:

* **PLV** (``PLV_train.tsv`` and held-out files of the same kind): tab-separated, one news sentence a
  row, with ``sentence``, ``marked_sentence`` (``<s>source</s>`` and ``<t>target</t>`` marked in
  place) and ``gold_root`` (the PLOVER type). Its ``YIELD`` label joins PLOVER's CONCEDE and
  RETREAT, so either is accepted.
* **GSR** (``PLOVER_GSR_CAMEO.txt``): a JSON list of records with ``text``, ``event``, ``source`` and
  ``target`` lists of ``actorText``, and a ``textInfo.markup`` that shows them in place
  (``(SRC: …)``, ``(TAR: …)``, ``(SRC/TAR: …)`` for the parties of a reciprocal event). Old labels
  are mapped: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT.

Each sentence is run through the whole pipeline as a one-sentence article. **The prediction** for a
sentence is one event: among the events newsgraph codes, the one whose actor side covers the gold
source and whose other side covers the gold target (the dyad the label is about); failing that, one
whose actor side covers the source; failing that, the event whose trigger is the sentence's main
verb or nearest it in the dependency tree. Among equals, the higher confidence, then the earlier event,
wins. No event is a prediction of
"none" (wrong for every gold type).

Figures:

* **type accuracy** — the predicted type is the gold type (or, for YIELD, CONCEDE or RETREAT);
* **dyad accuracy** — newsgraph codes an event of the gold type whose actor side covers every gold
  source and whose other side (recipients, or the other actors of a reciprocal event) covers every
  gold target ("covers": a mention of one of its actors overlaps the gold span);
* **macro-F1** — over the gold label set, from the one prediction per sentence (CONCEDE and RETREAT
  count as YIELD where the gold set uses YIELD);
* **any-type recall** — the gold type is among the types coded for the sentence (an upper bound);
* **events per sentence** — how many events are coded: precision first, not every verb.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..errors import InputError

Span = tuple[int, int]

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ACCEPT = {"YIELD": frozenset({"CONCEDE", "RETREAT"})}
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLV_FILE = "PLV_train.tsv"
GSR_FILE = "gold_standard_records/PLOVER_GSR_CAMEO.txt"


# -- gold -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    id: str
    text: str
    label: str  # the gold label as scored (PLOVER type, or YIELD)
    sources: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()

    @property
    def accepted(self) -> frozenset[str]:
        return ACCEPT.get(self.label, frozenset({self.label}))


def _unmark(marked: str) -> tuple[str, dict[str, list[Span]]]:
    """Text without ``<s>``/``<t>`` marks, and the spans they marked."""
    out: list[str] = []
    spans: dict[str, list[Span]] = {"s": [], "t": []}
    open_at: dict[str, int] = {}
    pos = 0
    n = 0
    for m in re.finditer(r"</?([st])>", marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        pos = m.end()
        tag = m.group(1)
        if m.group(0).startswith("</"):
            if tag in open_at:
                spans[tag].append((open_at.pop(tag), n))
        else:
            open_at[tag] = n
    out.append(marked[pos:])
    return "".join(out), spans


def _trim(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def load_plv(path: str | Path) -> list[Item]:
    path = Path(path)
    try:
        rows = list(csv.DictReader(path.open(encoding="utf-8", newline=""), delimiter="\t"))
    except OSError as e:
        raise InputError(str(path), f"cannot read ({e.strerror or e})") from e
    if rows and not {"marked_sentence", "gold_root"} <= set(rows[0]):
        raise InputError(str(path), "not a PLV file: needs columns marked_sentence and gold_root")
    items = []
    for i, r in enumerate(rows):
        text, spans = _unmark(r["marked_sentence"])
        label = r["gold_root"].strip().upper()
        if not text.strip() or not label:
            continue
        items.append(Item(id=r.get("sentence_id") or str(i), text=text, label=OLD_LABELS.get(label, label),
                          sources=tuple(_trim(text, s) for s in spans["s"]),
                          targets=tuple(_trim(text, s) for s in spans["t"])))
    return items


def _find(text: str, words: str) -> Span | None:
    words = " ".join(words.split()).strip(" ()")
    if not words:
        return None
    i = text.lower().find(words.lower())
    if i >= 0:
        return i, i + len(words)
    return None


def _markup_parties(markup: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"SRC": [], "TAR": [], "SRC/TAR": []}
    for m in re.finditer(r"\((SRC/TAR|SRC|TAR):\s*([^()]*(?:\([^()]*\))?[^()]*)\)", markup):
        out[m.group(1)].append(m.group(2).strip())
    return out


def load_gsr(path: str | Path) -> list[Item]:
    path = Path(path)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(str(path), f"cannot read gold records ({e.__class__.__name__}: {e})") from e
    items = []
    for r in records:
        label = (r.get("event") or "").upper()
        text = r.get("text")
        if not text or label == "DOCUMENT":
            continue
        label = OLD_LABELS.get(label, label)
        info = r.get("textInfo")
        marked = _markup_parties(info.get("markup", "") if isinstance(info, dict) else "")

        def locate(parties, roles, text=text, marked=marked) -> tuple[Span, ...]:
            out = []
            for p in parties if isinstance(parties, list) else []:
                span = _find(text, p.get("actorText", "")) if isinstance(p, dict) else None
                if span is None:  # the markup shows where the coder saw it
                    span = next((s for role in roles for w in marked[role] if (s := _find(text, w))), None)
                if span is not None and span not in out:
                    out.append(span)
            return tuple(out)

        items.append(Item(id=r.get("id", str(len(items))), text=text, label=label,
                          sources=locate(r.get("source"), ("SRC", "SRC/TAR")),
                          targets=locate(r.get("target"), ("TAR", "SRC/TAR"))))
    return items


def load(path: str | Path) -> list[Item]:
    """Gold items from a PLV ``.tsv`` file or a GSR JSON file."""
    p = Path(path)
    if p.suffix.lower() in (".tsv", ".csv"):
        return load_plv(p)
    return load_gsr(p)


def default_sets(directory: str | Path) -> dict[str, Path]:
    """The sets found in a PLOVER data directory (``PLV_train.tsv``, the gold records)."""
    d = Path(directory)
    found = {name: d / rel for name, rel in (("plv_train", PLV_FILE), ("gold_records", GSR_FILE))
             if (d / rel).exists()}
    if not found:
        raise InputError(str(d), f"holds neither {PLV_FILE} nor {GSR_FILE}")
    return found


# -- prediction -----------------------------------------------------------------------------------
def _overlaps(spans: Iterable[Span], gold: Span) -> bool:
    return any(s < gold[1] and gold[0] < e for s, e in spans)


def _mentions(doc, actor_ids: Iterable[str]) -> list[Span]:
    out: list[Span] = []
    for a in actor_ids:
        actor = doc.actor(a)
        if actor is not None:
            out.extend((m.start, m.end) for m in actor.mentions)
    return out


def covers(doc, event, item: Item) -> tuple[bool, bool]:
    """(actor side covers every gold source, other side covers every gold target)."""
    src_ok = all(_overlaps(_mentions(doc, event.actor), s) for s in item.sources)
    tar_ok = True
    for t in item.targets:
        other = list(event.recipient) + [a for a in event.actor
                                         if not any(_overlaps(_mentions(doc, [a]), s) for s in item.sources)]
        tar_ok = tar_ok and _overlaps(_mentions(doc, other), t)
    return src_ok, tar_ok


def depth(sdoc, char: int) -> int:
    """How far below its sentence's root the token at ``char`` sits (0 for the root)."""
    if sdoc is None:
        return 0
    span = sdoc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 99
    tok, n = span[0], 0
    while tok.head.i != tok.i and n < 99:
        tok, n = tok.head, n + 1
    return n


def choose(doc, item: Item, sdoc=None):
    """The one event that stands for the sentence (see the module docstring), or None."""
    if not doc.events:
        return None

    def key(e):
        s, t = covers(doc, e, item)
        return (-(2 if s and t else 1 if s else 0), depth(sdoc, e.trigger.start), -e.confidence,
                doc.events.index(e))

    return min(doc.events, key=key)


@dataclass
class Report:
    name: str
    n: int = 0
    type_correct: int = 0
    dyad_correct: int = 0
    any_type: int = 0
    no_event: int = 0
    events: int = 0
    seconds: float = 0.0
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    hit: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, item: Item, doc, sdoc=None) -> None:
        self.n += 1
        self.gold[item.label] += 1
        self.events += len(doc.events)
        ev = choose(doc, item, sdoc)
        pred = ev.type if ev is not None else "NONE"
        if ev is None:
            self.no_event += 1
        as_label = item.label if pred in item.accepted else pred
        self.pred[as_label] += 1
        self.confusion[(item.label, as_label)] += 1
        ok = pred in item.accepted
        if ok:
            self.type_correct += 1
            self.hit[item.label] += 1
        if any(e.type in item.accepted for e in doc.events):
            self.any_type += 1
        dyad = any(e.type in item.accepted and all(covers(doc, e, item)) for e in doc.events)
        self.dyad_correct += dyad
        if not ok or not dyad:
            def named(ids):
                return [doc.actor(a).name for a in ids if doc.actor(a) is not None]

            self.errors.append({"id": item.id, "gold": item.label, "pred": pred, "dyad": dyad, "text": item.text,
                                "coded": [e.type for e in doc.events],
                                "source": [item.text[s:e] for s, e in item.sources],
                                "target": [item.text[s:e] for s, e in item.targets],
                                "trigger": ev.trigger.text if ev is not None else None,
                                "actors": named(ev.actor) if ev is not None else [],
                                "recipients": named(ev.recipient) if ev is not None else []})

    def f1(self, label: str) -> float:
        p = self.hit[label] / self.pred[label] if self.pred[label] else 0.0
        r = self.hit[label] / self.gold[label] if self.gold[label] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def macro_f1(self) -> float:
        labels = sorted(self.gold)
        return sum(self.f1(lab) for lab in labels) / len(labels) if labels else 0.0

    def figures(self) -> dict[str, Any]:
        n = self.n or 1
        return {"set": self.name, "sentences": self.n, "type_accuracy": round(self.type_correct / n, 4),
                "dyad_accuracy": round(self.dyad_correct / n, 4), "macro_f1": round(self.macro_f1, 4),
                "any_type_recall": round(self.any_type / n, 4), "no_event": self.no_event,
                "events_per_sentence": round(self.events / n, 3), "seconds": round(self.seconds, 1),
                "per_type": {lab: {"gold": self.gold[lab], "predicted": self.pred[lab], "correct": self.hit[lab],
                                   "f1": round(self.f1(lab), 3)} for lab in sorted(self.gold)}}

    def to_dict(self) -> dict[str, Any]:
        d = self.figures()
        d["confusion"] = [[g, p, c] for (g, p), c in self.confusion.most_common()]
        d["errors"] = self.errors
        return d


def evaluate(items: list[Item], pipeline, name: str = "set", published: str = "2000-01-01") -> Report:
    """Run every item through ``pipeline`` (a :class:`newsgraph.pipeline.Pipeline`) and score it."""
    from ..ingest.article import content_id
    from ..records import Article

    report = Report(name)
    t0 = time.perf_counter()
    articles = [Article(id=content_id(it.text), source=f"{name}:{it.id}", text=it.text, published=published)
                for it in items]
    docs = pipeline.nlp.pipe((a.text for a in articles), batch_size=64)
    for it, art, sdoc in zip(items, articles, docs, strict=True):
        report.add(it, pipeline.analyse(art, sdoc), sdoc)
    report.seconds = time.perf_counter() - t0
    return report


def format_report(reports: list[Report]) -> str:
    lines = ["| set | sentences | type accuracy | dyad accuracy | macro-F1 | any-type recall | events/sentence |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in reports:
        f = r.figures()
        lines.append(f"| {r.name} | {f['sentences']} | {f['type_accuracy']:.3f} | {f['dyad_accuracy']:.3f} | "
                     f"{f['macro_f1']:.3f} | {f['any_type_recall']:.3f} | {f['events_per_sentence']:.2f} |")
    for r in reports:
        lines += ["", f"{r.name}: per type (gold / predicted / correct / F1)"]
        for lab, v in r.figures()["per_type"].items():
            lines.append(f"  {lab:<10} {v['gold']:>4} {v['predicted']:>4} {v['correct']:>4}  {v['f1']:.3f}")
    return "\n".join(lines)


@click.command("plover")
@click.argument("data", required=False, default="../shared/data/plover", type=click.Path(exists=True))
@click.option("--model", metavar="NAME", help="Installed spaCy pipeline (default: the best installed English one).")
@click.option("--actors", "actors", multiple=True, metavar="FILE", type=click.Path(dir_okay=False),
              help="Extra actor dictionary (YAML or CSV); may be repeated.")
@click.option("--limit", type=int, metavar="N", help="Score only the first N sentences of each set.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write the figures, the confusion counts and every miss as JSON.")
def plover_command(data, model, actors, limit, json_out):
    """PLOVER event type accuracy, dyad accuracy and macro-F1.

    DATA is a PLOVER data directory (scores PLV_train.tsv and
    gold_standard_records/PLOVER_GSR_CAMEO.txt, whichever it holds; default ../shared/data/plover),
    or one file: a PLV-style .tsv (such as a held-out set) or a GSR-style JSON file.

    \b
    Example:
      newsgraph evaluate plover ../shared/data/plover
      newsgraph evaluate plover heldout.tsv --json heldout.json
    """
    import sys

    from ..errors import NewsgraphError
    from ..pipeline import Pipeline
    from ..settings import Settings

    try:
        p = Path(data)
        sets = default_sets(p) if p.is_dir() else {p.stem: p}
        # every event the coder writes, before the validity threshold: the validity model was fitted on
        # these sentences, so a threshold here would be scored on its own training data
        pipe = Pipeline(Settings(model=model, actors=tuple(actors), min_event_confidence=0.0))
        reports = []
        for name, path in sets.items():
            items = load(path)[:limit] if limit else load(path)
            reports.append(evaluate(items, pipe, name=name))
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    click.echo(format_report(reports))
    if json_out:
        Path(json_out).write_text(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False) + "\n",
                                  encoding="utf-8")
