"""End-to-end throughput against the cost of a full spaCy parse of the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py                 # PolNeAR train texts (~650,000 words)
    .venv/bin/python benchmarks/throughput.py --limit 100     # a quick look

Each configuration runs in its own process (so peak memory is its own):
  floor      the pipeline package's full spaCy pipeline (spacy.load, every component) over the texts;
  newsgraph  `newsgraph ingest`'s work (read, clean, parse, actors, statements, events), 1 and 2 workers.
Reported: words/s and articles/s, the ratio to the floor, 2 workers vs 1, peak RSS per process, and an
estimate of hours per million articles (and per month of CC-NEWS under a stated assumption) per core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "data" / "train" / "text"


def _files(data: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in data.iterdir() if p.is_file())
    return files[:limit] if limit else files


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def child_floor(files: list[str]) -> dict:
    import spacy

    from newsgraph.nlp import default_model_name

    nlp = spacy.load(default_model_name())
    texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in files]
    list(nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
    secs = time.perf_counter() - t0
    return {"seconds": secs, "articles": n, "words": sum(len(t.split()) for t in texts),
            "rss_mb": _rss_mb(resource.RUSAGE_SELF), "pipes": nlp.pipe_names}


def child_newsgraph(files: list[str], workers: int) -> dict:
    from newsgraph.pipeline import Pipeline
    from newsgraph.records import Document
    from newsgraph.runner import run
    from newsgraph.settings import Settings

    settings = Settings()
    pipe = Pipeline(settings) if workers == 1 else None
    if pipe is not None:
        list(run(files[:2], settings, pipeline=pipe))  # warm up (model, knowledge base, gazetteer)
    t0 = time.perf_counter()
    n = words = failed = 0
    for r in run(files, settings, workers=workers, pipeline=pipe):
        if isinstance(r, Document):
            n += 1
            words += len(r.article.text.split())
        else:
            failed += 1
    secs = time.perf_counter() - t0
    rss = _rss_mb(resource.RUSAGE_SELF) if workers == 1 else _rss_mb(resource.RUSAGE_CHILDREN)
    return {"seconds": secs, "articles": n, "words": words, "failed": failed, "rss_mb": rss,
            "parent_rss_mb": _rss_mb(resource.RUSAGE_SELF), "pipes": pipe.nlp.pipe_names if pipe else None}


def _run_child(args: list[str], files: list[str]) -> dict:
    r = subprocess.run([sys.executable, __file__, "--child", *args], input=json.dumps(files), text=True,
                       capture_output=True, cwd=REPO)
    if r.returncode != 0:
        sys.exit(f"benchmark child {args} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of article texts")
    ap.add_argument("--limit", type=int, help="use only the first N files")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--month-articles", type=float, default=3e6,
                    help="assumed English articles in a month of CC-NEWS, for the estimate (default 3 million)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        files = json.loads(sys.stdin.read())
        out = child_floor(files) if a.child[0] == "floor" else child_newsgraph(files, int(a.child[1]))
        print(json.dumps(out))
        return
    if not a.data.is_dir():
        sys.exit(f"no data at {a.data}: PolNeAR comes with the project's shared data (or pass --data DIR)")
    files = _files(a.data, a.limit)
    print(f"{len(files)} files from {a.data}; {os.cpu_count()} CPUs", flush=True)
    res = {"floor": _run_child(["floor"], files)}
    for w in a.workers:
        res[f"newsgraph_{w}"] = _run_child(["newsgraph", str(w)], files)
    floor = res["floor"]
    fw = floor["words"] / floor["seconds"]
    rows = [("spaCy full pipeline (floor)", floor, 1.0)]
    for w in a.workers:
        r = res[f"newsgraph_{w}"]
        rows.append((f"newsgraph, {w} worker{'s' if w > 1 else ''}", r, (r["words"] / r["seconds"]) / fw))
    print("\n| run | articles | words | seconds | words/s | articles/s | × floor | peak RSS per process (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r, ratio in rows:
        print(f"| {name} | {r['articles']} | {r['words']:,} | {r['seconds']:.1f} | {r['words'] / r['seconds']:,.0f} "
              f"| {r['articles'] / r['seconds']:.2f} | {ratio:.2f} | {r['rss_mb']:.0f} |")
    if 1 in a.workers and 2 in a.workers:
        s1, s2 = res["newsgraph_1"], res["newsgraph_2"]
        print(f"\n2 workers vs 1: {(s2['articles'] / s2['seconds']) / (s1['articles'] / s1['seconds']):.2f}×")
    if 1 in a.workers:
        s1 = res["newsgraph_1"]
        per_article = s1["seconds"] / max(1, s1["articles"])
        words_per_article = s1["words"] / max(1, s1["articles"])
        print(f"one core: {per_article * 1e6 / 3600:,.0f} hours per million articles of ~{words_per_article:,.0f} words; "
              f"a month of CC-NEWS (assumed {a.month_articles / 1e6:g} million English articles) ≈ "
              f"{per_article * a.month_articles / 3600:,.0f} core-hours")
    if a.json:
        a.json.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
