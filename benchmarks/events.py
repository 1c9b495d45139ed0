"""PLOVER event coding: accuracy on the PLOVER data and the events stage's cost against the parse.

    .venv/bin/python benchmarks/events.py                       # both sets in ../shared/data/plover
    .venv/bin/python benchmarks/events.py --data FILE_OR_DIR --json OUT --timing-only

Accuracy is exactly ``newsgraph evaluate plover`` (``newsgraph.evaluate.plover``). Timing: every
text is parsed once with spaCy (``nlp.pipe``), then each stage runs on it; the table gives each
stage's total time and its ratio to the parse. Texts: the PLV and gold-record sentences, plus the
seed article and ``examples/`` when present (whole articles).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.analysis import Analysis  # noqa: E402
from newsgraph.evaluate import plover as pl  # noqa: E402
from newsgraph.ingest.article import content_id  # noqa: E402
from newsgraph.pipeline import Pipeline  # noqa: E402
from newsgraph.records import Article  # noqa: E402
from newsgraph.stages import ORDER  # noqa: E402


def timing(pipe: Pipeline, texts: list[str], rounds: int = 2) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(rounds):
        t0 = time.perf_counter()
        docs = list(pipe.nlp.pipe(texts, batch_size=32))
        spent = {"parse": time.perf_counter() - t0}
        for text, doc in zip(texts, docs, strict=True):
            an = Analysis(article=Article(id=content_id(text), source="bench", text=text, published="2025-08-14"),
                          doc=doc, kb=pipe.kb)
            for stage in ORDER:
                t = time.perf_counter()
                stage.run(an)
                name = stage.__name__.rsplit(".", 1)[-1]
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "plover"))
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--timing-only", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.exists():
        sys.exit(f"no PLOVER data at {data} (--data DIR)")
    sets = pl.default_sets(data) if data.is_dir() else {data.stem: data}
    pipe = Pipeline()
    out: dict = {}
    texts: list[str] = []
    reports = []
    for name, path in sets.items():
        items = pl.load(path)
        texts += [i.text for i in items]
        if not args.timing_only:
            reports.append(pl.evaluate(items, pipe, name=name))
    if reports:
        print(pl.format_report(reports))
        out["accuracy"] = [r.figures() for r in reports]
    articles = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    seed = REPO.parent / "shared" / "data" / "seed"
    articles += [p.read_text(encoding="utf-8") for p in sorted(seed.glob("*.txt"))] if seed.exists() else []
    for label, tx in (("sentences", texts), ("articles", articles)):
        if not tx:
            continue
        t = timing(pipe, tx)
        print(f"\nstage cost on {len(tx)} {label} ({sum(len(x) for x in tx):,} chars):")
        for k, v in t.items():
            print(f"  {k:<11} {v * 1000:9.1f} ms   {v / t['parse']:6.1%} of parse")
        out[f"timing_{label}"] = t
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
