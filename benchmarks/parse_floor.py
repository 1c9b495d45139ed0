"""The full spaCy parse alone, for comparing spaCy builds: words/s of the importable spaCy's full
pipeline (the model newsgraph uses, every component, ``nlp.pipe`` batch 16) over PolNeAR texts.

    .venv/bin/python benchmarks/parse_floor.py --limit 100
    # another spaCy build, installed beside the project's (no other change to the environment):
    .venv/bin/pip install --no-deps --target /tmp/spacy-3.8.18 spacy==3.8.18
    PYTHONPATH=/tmp/spacy-3.8.18 .venv/bin/python benchmarks/parse_floor.py --limit 100

    # how much of newsgraph's speed is its process settings, not skipped work: the same full pipeline
    # stock and with newsgraph's settings (numpy's BLAS for the networks, ``nlp.use_numpy_blas``; the
    # collector, huge-page and BLAS-thread settings of ``pipeline.lean_runtime``), taking turns
    .venv/bin/python benchmarks/parse_floor.py --limit 200 --repeat 3 --compare-settings

Texts are read beforehand (not timed); a warm-up pass over the first ten is not timed either.
``--repeat`` passes are timed and each reported, so builds can be run in turns and compared.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "data" / "train" / "text"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of article texts")
    ap.add_argument("--limit", type=int, default=100, help="use the first N files (default 100)")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes (default 1)")
    ap.add_argument("--compare-settings", action="store_true",
                    help="also time the pipeline under newsgraph's process settings, in turns with stock")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"parse_floor: {args.data} not found (PolNeAR is not bundled; see benchmarks/README.md)",
              file=sys.stderr)
        return 2
    import spacy
    import thinc

    sys.path.insert(0, str(REPO))
    from newsgraph.nlp import default_model_name

    name = default_model_name()
    nlp = spacy.load(name)
    files = sorted(p for p in args.data.iterdir() if p.is_file())[: args.limit]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:10], batch_size=16))
    print(f"spaCy {spacy.__version__} ({Path(spacy.__file__).parent}), thinc {thinc.__version__}, {name}; "
          f"{len(texts)} texts, {words:,} words")
    if not args.compare_settings:
        for _ in range(args.repeat):
            dt = _timed(nlp, texts)
            print(f"  {dt:.2f} s  {words / dt:,.0f} words/s")
        return 0

    from newsgraph.nlp import use_numpy_blas
    from newsgraph.pipeline import lean_runtime

    tuned = spacy.load(name)
    use_numpy_blas(tuned)
    with lean_runtime():
        list(tuned.pipe(texts[:10], batch_size=16))
    totals = {"stock": 0.0, "newsgraph settings": 0.0}
    for i in range(args.repeat):
        order = ("stock", "newsgraph settings") if i % 2 == 0 else ("newsgraph settings", "stock")
        for who in order:
            if who == "stock":
                dt = _timed(nlp, texts)
            else:
                with lean_runtime():
                    dt = _timed(tuned, texts)
            totals[who] += dt
            print(f"  {who:<19} {dt:.2f} s  {words / dt:,.0f} words/s")
    print(f"  newsgraph settings vs stock: {totals['stock'] / totals['newsgraph settings']:.3f}x")
    return 0


def _timed(nlp, texts) -> float:
    t0 = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
