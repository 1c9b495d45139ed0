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

    .venv/bin/python benchmarks/ingest.py [--data DIR] [--rounds N] [--json OUT] [--worst N] [--pages]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
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
    from newsgraph.ingest.sources import check_html_bounds

    seen: dict[str | None, tuple] = {}  # url -> (title, published, refused), for the report
    no_standfirst: dict[str | None, str] = {}  # url -> the text without its standfirst line

    def run(html: str, url: str | None) -> str:
        try:
            check_html_bounds(html, "benchmark")  # as `newsgraph extract` does before extracting
            h = extract_html(html, "benchmark", url=url)
        except InputError:
            seen[url] = (None, None, True)
            return ""
        seen[url] = (h.title, h.published, False)
        lines = h.cleaned.text.split("\n")
        if h.standfirst and lines and lines[0] == h.standfirst:
            lines = lines[1:]
        no_standfirst[url] = "\n".join(lines)
        return h.cleaned.text

    run.seen = seen  # type: ignore[attr-defined]
    run.no_standfirst = no_standfirst  # type: ignore[attr-defined]
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


def print_page_scores(label: str, scores: dict[str, dict]) -> None:
    """``--pages``: every page's body precision and recall, lowest recall first (``scores``: page id ->
    {"precision", "recall"}, None where the page has no shingle of that side)."""
    def key(kv):
        return (kv[1]["recall"] if kv[1]["recall"] is not None else 2.0, kv[0])

    print(f"\n{label}: body precision and recall of every page, lowest recall first")
    for page, d in sorted(scores.items(), key=key):
        p = "-" if d["precision"] is None else f"{d['precision']:.3f}"
        r = "-" if d["recall"] is None else f"{d['recall']:.3f}"
        print(f"  R={r} P={p}  {page}")


def _page_f1(d: dict) -> float:
    p, r = d["precision"] or 0.0, d["recall"] or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


# --- second benchmark: Mozilla Readability's test pages ------------------------------------------------

DEFAULT_READABILITY = REPO_ROOT.parent / "shared/data/readability-test-pages"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})
_BY = re.compile(r"^(?:by|par|von|por|written\s+by)\b[:\s]*", re.IGNORECASE)
_SEP = re.compile(r"\s+(?:[|\-–—»·:/\\]|::)\s+")


def _norm_title(s: str | None) -> str:
    return " ".join((s or "").translate(_QUOTES).split()).casefold()


def title_matches(ours: str | None, expected: str) -> tuple[bool, bool]:
    """(exact, exact once a site-name part is allowed off the expected title).

    Readability keeps a site name that the page's own metadata title carries ("How to Build a
    Terrarium | eHow"); newsgraph removes it when it names the outlet. The second figure accepts
    our title where the expected one is ours plus separator-delimited parts before or after it.
    """
    a, b = _norm_title(ours), _norm_title(expected)
    if a == b:
        return True, True
    if not a:
        return False, False
    for m in _SEP.finditer(b):
        if b[: m.start()] == a or b[m.end():] == a:
            return False, True
    return False, False


def _norm_name(s: str) -> str:
    s = _BY.sub("", " ".join(s.translate(_QUOTES).split()))
    return " ".join(re.findall(r"\w+", s.casefold()))


def byline_matches(authors: list[str], expected: str | None) -> bool | None:
    """None where the page has no expected byline; else whether our first author is (in) the byline.

    Readability's byline is the text of the byline element ("By Scott Cunningham", "Par Sébastien
    Farcis", sometimes with a date glued on); ours is a list of names. Ours matches when the first
    name, as words, is the expected byline's words or a run of them (a name, not one word of it).
    """
    if not expected or not expected.strip():
        return None
    exp = _norm_name(expected)
    if not authors:
        return False
    first = _norm_name(authors[0])
    if not first:
        return False
    return first == exp or (f" {first} " in f" {exp} " and (len(first.split()) >= 2 or len(exp.split()) <= 2))


def html_text(html: str) -> str:
    from lxml import html as lh

    try:
        tree = lh.fromstring(html)
    except Exception:
        return ""
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    return " ".join(tree.text_content().split())


def readability_pages(data: Path) -> list[dict]:
    pages = []
    for d in sorted(p for p in data.iterdir() if (p / "expected-metadata.json").is_file()):
        meta = json.loads((d / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append({"id": d.name, "html": (d / "source.html").read_bytes(), "meta": meta,
                      "body": html_text((d / "expected.html").read_text(encoding="utf-8"))
                      if (d / "expected.html").is_file() else ""})
    return pages


HEADLINES = REPO_ROOT / "benchmarks/data/readability_headlines.json"


def headline_corrections() -> dict[str, str]:
    """Page id -> the headline, where Readability's expected title is not it (site, author or section
    name kept; see the file's ``_about``)."""
    data = json.loads(HEADLINES.read_text(encoding="utf-8"))
    return {k: v["headline"] for k, v in data.items() if not k.startswith("_")}


def run_readability(data: Path, show: int = 0, titles: bool = False) -> dict:
    """Title, byline, date, is-article and body on Readability's test pages (no timing); ``titles``:
    print every titled article page whose title is not exactly Readability's."""
    import trafilatura

    from newsgraph.errors import InputError
    from newsgraph.ingest.html import extract_html
    from newsgraph.ingest.sources import check_html_bounds

    pages = readability_pages(data)
    corrected = headline_corrections()
    rows = []
    for pg in pages:
        meta = pg["meta"]
        try:
            check_html_bounds(pg["html"], pg["id"])  # as `newsgraph extract` does before extracting
            h = extract_html(pg["html"], pg["id"])
            got = {"title": h.title, "authors": h.authors, "published": h.published,
                   "article": h.is_article, "text": h.cleaned.text, "error": None}
        except InputError as e:
            got = {"title": None, "authors": [], "published": None, "article": False, "text": "", "error": e.reason}
        tf = trafilatura.extract(pg["html"]) or ""
        exact, site = title_matches(got["title"], meta.get("title") or "")
        headline = corrected.get(pg["id"], meta.get("title") or "")
        exact_headline = _norm_title(got["title"]) == _norm_title(headline)
        want_date = (meta.get("publishedTime") or "")[:10] or None
        rows.append({"id": pg["id"], "readerable": bool(meta.get("readerable")), "title_exact": exact,
                     "title_site": site, "title_headline": exact_headline, "headline": headline, "byline": byline_matches(got["authors"], meta.get("byline")),
                     "date": None if not want_date else got["published"] == want_date,
                     "got": got, "want": meta, "tf_text": tf, "body": pg["body"]})
    art = [r for r in rows if r["readerable"]]
    non = [r for r in rows if not r["readerable"]]
    titled = [r for r in art if (r["want"].get("title") or "").strip()]
    bylined = [r for r in art if r["byline"] is not None]
    no_byline = [r for r in art if r["byline"] is None]
    dated = [r for r in art if r["date"] is not None]
    with_body = [r for r in art if r["body"]]
    scored = [shingle_matching(r["body"], r["got"]["text"]) for r in with_body]
    ng = metrics(scored)
    tfm = metrics([shingle_matching(r["body"], r["tf_text"]) for r in with_body])
    res = {
        "pages": len(rows), "articles": len(art), "non_articles": len(non),
        "title_exact": sum(r["title_exact"] for r in titled) / len(titled),
        "title_site_allowed": sum(r["title_site"] for r in titled) / len(titled), "titled": len(titled),
        "title_headline": sum(r["title_headline"] for r in titled) / len(titled),
        "headlines_corrected": sum(r["id"] in corrected for r in titled),
        "byline": sum(bool(r["byline"]) for r in bylined) / len(bylined), "bylined": len(bylined),
        "no_byline_none_given": sum(not r["got"]["authors"] for r in no_byline) / max(1, len(no_byline)),
        "date": sum(bool(r["date"]) for r in dated) / len(dated), "dated": len(dated),
        "refused": sorted(r["id"] for r in rows if r["got"]["error"]),
        "non_articles_recognised": sum(not r["got"]["article"] for r in non),
        "articles_taken_for_non": sum(not r["got"]["article"] for r in art),
        "body_newsgraph": ng, "body_trafilatura": tfm, "body_pages": len(with_body),
        "body_per_page": {r["id"]: {"precision": _precision(*x) if x[0] + x[1] > 0 else None,
                                    "recall": _recall(*x) if x[0] + x[2] > 0 else None}
                          for r, x in zip(with_body, scored, strict=True)},
    }
    if titles:
        print_title_misses(titled, corrected)
    if show:
        for key, label in (("title_headline", "headline"), ("byline", "byline"), ("date", "date")):
            bad = [r for r in art if r[key] is False and (key != "title_headline" or r in titled)]
            print(f"\n{label} misses ({len(bad)}):")
            for r in bad[:show]:
                want = {"title_headline": r["headline"], "byline": r["want"].get("byline"),
                        "date": r["want"].get("publishedTime")}[key]
                got = {"title_headline": r["got"]["title"], "byline": r["got"]["authors"],
                       "date": r["got"]["published"]}[key]
                print(f"  {r['id']}: want {want!r} got {got!r}")
        print("\nis-article misses:", [r["id"] for r in non if r["got"]["article"]],
              [r["id"] for r in art if not r["got"]["article"]])
        pages = [(r["id"], shingle_matching(r["body"], r["got"]["text"])) for r in with_body]
        print("\nbody: pages where newsgraph's recall is lowest (precision, recall):")
        for key, x in sorted(pages, key=lambda kx: _recall(*kx[1]))[:show]:
            print(f"  {key}  P={_precision(*x):.3f} R={_recall(*x):.3f}")
        print("body: pages where newsgraph's precision is lowest (precision, recall):")
        for key, x in sorted(pages, key=lambda kx: _precision(*kx[1]))[:show]:
            print(f"  {key}  P={_precision(*x):.3f} R={_recall(*x):.3f}")
    return res


def print_title_misses(titled: list[dict], corrected: dict[str, str]) -> None:
    """One line per page whose title is not exactly Readability's: whether it is the headline, whether
    only a site-name part differs, and whether the page is on the headline list (Readability's title
    is not the headline there)."""
    bad = [r for r in titled if not r["title_exact"]]
    print(f"\ntitles not exactly Readability's ({len(bad)} of {len(titled)}); "
          "H = the headline, S = a site-name part off, L = on the headline list:")
    for r in bad:
        marks = "".join(m for m, on in (("H", r["title_headline"]), ("S", r["title_site"]),
                                        ("L", r["id"] in corrected)) if on) or "-"
        print(f"  {marks:<3} {r['id']}: want {r['want'].get('title')!r} got {r['got']['title']!r}")


def print_readability(res: dict) -> None:
    print(f"Readability test pages: {res['pages']} pages, {res['articles']} articles, "
          f"{res['non_articles']} non-articles\n")
    print("| measure | pages | newsgraph |")
    print("|---|---:|---:|")
    print(f"| exact title | {res['titled']} | {res['title_exact']:.3f} |")
    print(f"| exact title, site-name part allowed off | {res['titled']} | {res['title_site_allowed']:.3f} |")
    print(f"| exact headline (Readability's title, {res['headlines_corrected']} corrected: "
          f"benchmarks/data/readability_headlines.json) | {res['titled']} | {res['title_headline']:.3f} |")
    print(f"| byline (first author in Readability's byline) | {res['bylined']} | {res['byline']:.3f} |")
    print(f"| no authors where Readability has no byline | {res['articles'] - res['bylined']} | "
          f"{res['no_byline_none_given']:.3f} |")
    print(f"| publication date (day) | {res['dated']} | {res['date']:.3f} |")
    print(f"| non-articles recognised | {res['non_articles']} | {res['non_articles_recognised']} |")
    print(f"| articles taken for non-articles | {res['articles']} | {res['articles_taken_for_non']} |")
    print(f"\npages refused (one line each, as `newsgraph extract` would): {', '.join(res['refused']) or 'none'}")
    print("\nBody against Readability's expected output (same shingle metric):\n")
    print("| extractor | F1 | precision | recall |")
    print("|---|---:|---:|---:|")
    for name, m in (("newsgraph `extract_html`", res["body_newsgraph"]),
                    ("trafilatura `extract(html)`", res["body_trafilatura"])):
        print(f"| {name} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", choices=("all", "zyte", "readability"), default="all",
                    help="zyte: the 181-page body benchmark (timed); readability: Mozilla Readability's "
                         "test pages (title, byline, date, is-article, body); all: both (default)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    ap.add_argument("--readability-data", type=Path, default=DEFAULT_READABILITY,
                    help=f"Readability's test pages (default {DEFAULT_READABILITY})")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds over all pages (default 3)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (by id)")
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="list the N pages where newsgraph scores lowest (zyte), and N misses of each kind and the N "
                         "pages of lowest body recall and precision (readability)")
    ap.add_argument("--pages", action="store_true",
                    help="list every page's body precision and recall, lowest recall first (both suites)")
    ap.add_argument("--titles", action="store_true",
                    help="readability: list every page whose title is not exactly Readability's")
    args = ap.parse_args(argv)
    out: dict = {}
    if args.suite in ("all", "zyte"):
        res = _zyte(args)
        if res is None:
            return 2
        out["zyte"] = res
    if args.suite in ("all", "readability"):
        data = args.readability_data
        if not data.is_dir():
            print(f"Readability test pages not found at {data}; pass --readability-data DIR", file=sys.stderr)
            return 2
        if out:
            print()
        out["readability"] = run_readability(data, show=args.worst, titles=args.titles)
        print_readability(out["readability"])
        if args.pages:
            print_page_scores("Readability's test pages (articles)", out["readability"]["body_per_page"])
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, sort_keys=True), encoding="utf-8")
    return 0


def _zyte(args) -> dict | None:
    data: Path = args.data
    if not (data / "ground-truth.json").is_file() or not (data / "html").is_dir():
        print(f"benchmark data not found at {data} (expected ground-truth.json and html/); "
              "pass --data DIR", file=sys.stderr)
        return None
    pages = load_pages(data, args.limit)
    ours = newsgraph_extractor()
    res = run_benchmark(pages, {"newsgraph": ours, "trafilatura": trafilatura_extractor()},
                        rounds=max(1, args.rounds))
    ng, tf = res["systems"]["newsgraph"], res["systems"]["trafilatura"]
    seen = [ours.seen.get(url, (None, None, True)) for _, _, url, _ in pages]
    ng["errors"] = sum(1 for s in seen if s[2])
    ng["dated"] = sum(1 for s in seen if s[1])
    ng["titled"] = sum(1 for s in seen if s[0])
    # no date in the ground truth; where the page's URL carries one (the outlet's own day), compare
    from newsgraph.ingest.dates import date_from_url

    url_days = [(date_from_url(url), s[1]) for (_, _, url, _), s in zip(pages, seen, strict=True)]
    url_days = [(u, d) for u, d in url_days if u]
    ng["url_dated"] = len(url_days)
    # this ground truth leaves standfirsts out of the body; the same output without its standfirst line
    ng["without_standfirst"] = metrics([shingle_matching(truth, ours.no_standfirst.get(url, ""))
                                        for _, _, url, truth in pages])
    ng["date_agrees_with_url"] = sum(1 for u, d in url_days if u == d)
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
    ws = ng["without_standfirst"]
    print(f"\nnewsgraph without the standfirst line (this ground truth leaves standfirsts out): F1 {ws['f1']:.4f} "
          f"(P {ws['precision']:.4f}, R {ws['recall']:.4f}); as output: F1 {ng['f1']:.4f} "
          f"(P {ng['precision']:.4f}, R {ng['recall']:.4f})")
    print(f"\ntime ratio newsgraph / trafilatura: {res['time_ratio']:.2f}x")
    print(f"newsgraph: {ng['errors']} pages refused, {ng['dated']} with a publication date, "
          f"{ng['titled']} with a title (the ground truth has neither title nor date); the date is the "
          f"day in the page's URL on {ng['date_agrees_with_url']} of the {ng['url_dated']} pages whose URL has one")
    if args.pages:
        print_page_scores("Zyte pages", ng["per_page"])
    if args.worst:
        worst = sorted((_page_f1(ng["per_page"][k]), k) for k in ng["per_page"])
        print("\npages where newsgraph scores lowest (page F1; trafilatura's):")
        for f, k in worst[: args.worst]:
            print(f"  {k}  {f:.3f} ({_page_f1(tf['per_page'][k]):.3f})  newsgraph P={ng['per_page'][k]['precision']} "
                  f"R={ng['per_page'][k]['recall']}")
    return res

if __name__ == "__main__":
    sys.exit(main())
