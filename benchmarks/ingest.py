"""Ingest benchmark: article body extraction, newsgraph's ``extract_html`` against plain trafilatura.

Data: the Zyte article-extraction-benchmark (181 gzipped HTML pages in ``html/<id>.html.gz``, ground truth
in ``ground-truth.json`` as ``{id: {"articleBody": ..., "url": ...}}``), by default in
``<repo>/../shared/data/article-extraction-benchmark``.

Metric: the benchmark's own (``evaluate.py`` of scrapinghub/article-extraction-benchmark), replicated
exactly: tokens are ``\\w+`` runs (case kept), shingles are word 4-grams counted as a multiset (a text
of fewer than 4 tokens is one shorter shingle, an empty text has none); per page TP/FP/FN are
normalised to sum to 1; precision is averaged over pages where TP+FP > 0 (an empty prediction does
not count against precision), recall over pages where TP+FN > 0 (an empty prediction scores recall
0); F1 is the harmonic mean of the mean precision and the mean recall.

Timing: both extractors run on the same pages in one process, after one warm-up call each; every
round times each page with both, alternating which goes first from page to page, and a page's time
is its median over the rounds. The reported time is the mean over pages.

    .venv/bin/python benchmarks/ingest.py [--data DIR] [--rounds N] [--json OUT] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared/data/article-extraction-benchmark"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# --- the benchmark's metric (evaluate.py), unchanged in substance ---------------------------------

_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _ngrams(text: str, n: int = 4) -> list[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text or "")
    out = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i: i + n])
        if shingle:
            out.append(shingle)
    return out


def shingle_matching(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) over word n-gram shingles of one page."""
    ts, ps = Counter(_ngrams(true, n)), Counter(_ngrams(pred, n))
    tp = fp = fn = 0.0
    for key in set(ts) | set(ps):
        t, p = ts.get(key, 0), ps.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(tp_fp_fns: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean([_precision(*x) for x in tp_fp_fns if x[0] + x[1] > 0])
    recall = statistics.mean([_recall(*x) for x in tp_fp_fns if x[0] + x[2] > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


# --- the two extractors ------------------------------------------------------------------------------

def newsgraph_extractor() -> Callable[[str, str | None], str]:
    from newsgraph.errors import InputError
    from newsgraph.ingest.html import extract_html

    def run(html: str, url: str | None) -> str:
        try:
            return extract_html(html, "benchmark", url=url).cleaned.text
        except InputError:
            return ""

    return run


def trafilatura_extractor() -> Callable[[str, str | None], str]:
    import trafilatura

    def run(html: str, url: str | None) -> str:
        return trafilatura.extract(html) or ""

    return run


# --- driver ---------------------------------------------------------------------------------------------

def load_pages(data: Path, limit: int | None = None) -> list[tuple[str, str, str | None, str]]:
    """``(id, html, url, ground-truth body)`` for every page, sorted by id."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        path = data / "html" / f"{key}.html.gz"
        with gzip.open(path, "rt", encoding="utf-8") as f:
            html = f.read()
        pages.append((key, html, truth[key].get("url"), truth[key].get("articleBody", "") or ""))
    return pages[:limit] if limit else pages


def run_benchmark(pages, systems: dict[str, Callable[[str, str | None], str]], rounds: int = 3) -> dict:
    names = list(systems)
    key0, html0, url0, _ = pages[0]
    for name in names:  # warm-up: imports, lazy-built regexes and models
        systems[name](html0, url0)
    outputs: dict[str, dict[str, str]] = {n: {} for n in names}
    times: dict[str, dict[str, list[float]]] = {n: {p[0]: [] for p in pages} for n in names}
    for r in range(rounds):
        for i, (key, html, url, _) in enumerate(pages):
            order = names if (i + r) % 2 == 0 else names[::-1]
            for name in order:
                t0 = time.perf_counter()
                text = systems[name](html, url)
                times[name][key].append(time.perf_counter() - t0)
                if r == 0:
                    outputs[name][key] = text
    result: dict = {"pages": len(pages), "rounds": rounds, "systems": {}}
    for name in names:
        per_page = [shingle_matching(truth, outputs[name][key]) for key, _, _, truth in pages]
        m = metrics(per_page)
        m["ms_per_page"] = 1000 * statistics.mean(statistics.median(times[name][k]) for k in times[name])
        m["empty"] = sum(1 for k in outputs[name] if not outputs[name][k].strip())
        m["per_page"] = {key: {"precision": _precision(*x) if x[0] + x[1] > 0 else None,
                               "recall": _recall(*x) if x[0] + x[2] > 0 else None}
                         for (key, _, _, _), x in zip(pages, per_page, strict=True)}
        result["systems"][name] = m
    return result


def _page_f1(d: dict) -> float:
    p, r = d["precision"] or 0.0, d["recall"] or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds over all pages (default 3)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (by id)")
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="list the N pages where newsgraph trails trafilatura most")
    args = ap.parse_args(argv)
    data: Path = args.data
    if not (data / "ground-truth.json").is_file() or not (data / "html").is_dir():
        print(f"benchmark data not found at {data} (expected ground-truth.json and html/); "
              "pass --data DIR", file=sys.stderr)
        return 2
    # dateutil warns about time-zone names it does not know (``EST``) while newsgraph reads page dates
    warnings.filterwarnings("ignore", module="dateutil")
    pages = load_pages(data, args.limit)
    res = run_benchmark(pages, {"newsgraph": newsgraph_extractor(), "trafilatura": trafilatura_extractor()},
                        rounds=max(1, args.rounds))
    ng, tf = res["systems"]["newsgraph"], res["systems"]["trafilatura"]
    res["time_ratio"] = ng["ms_per_page"] / tf["ms_per_page"]
    import trafilatura

    res["trafilatura_version"] = trafilatura.__version__
    print(f"Article body extraction: {res['pages']} pages, {res['rounds']} timed rounds, "
          f"trafilatura {trafilatura.__version__}\n")
    print("| extractor | F1 | precision | recall | ms/page | empty |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, m in res["systems"].items():
        label = "newsgraph `extract_html`" if name == "newsgraph" else "trafilatura `extract(html)`"
        print(f"| {label} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | "
              f"{m['ms_per_page']:.1f} | {m['empty']} |")
    print(f"\ntime ratio newsgraph / trafilatura: {res['time_ratio']:.2f}x")
    if args.worst:
        diffs = sorted((_page_f1(ng["per_page"][k]) - _page_f1(tf["per_page"][k]), k) for k in ng["per_page"])
        print("\npages where newsgraph trails trafilatura most (page F1 difference):")
        for d, k in diffs[: args.worst]:
            print(f"  {k}  {d:+.3f}  newsgraph P={ng['per_page'][k]['precision']} R={ng['per_page'][k]['recall']}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
