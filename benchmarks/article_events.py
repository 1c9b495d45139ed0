"""Events on whole articles: the figures, the events stage's cost next to the parse, and the event-validity
model (learn its weights; measure it by cross-validation).

    .venv/bin/python benchmarks/article_events.py run        # `newsgraph evaluate articles` figures (every
                                                             # event coded) + the stage's cost on PolNeAR texts
    .venv/bin/python benchmarks/article_events.py learn --with-articles
                                                             # fit on PLV train + PLOVER gold records + written
                                                             # negatives + the whole-article gold; write
                                                             # newsgraph/data/event_validity.csv
    .venv/bin/python benchmarks/article_events.py cv --with-articles
                                                             # leave one article out (its events never in the
                                                             # fit): figures per confidence threshold, calibration

Labels. A coded event is *right* when its type is the gold type and its actor side names the gold source
(PLV train, the gold records: one gold event per sentence, its root event, so an event of another type
counts as wrong only at the sentence's root verb; elsewhere it is left out); every event coded on a written negative sentence
(``benchmarks/data/event_negatives.txt``) is wrong. On the whole-article gold (``cv`` only, and
``learn --with-articles``), an event is right when it matches a gold record of its type whose actors it
names (optional records are left out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data"
NEGATIVES = REPO / "benchmarks" / "data" / "event_negatives.txt"


def _pipeline():
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings

    return Pipeline(Settings(plain=True, min_event_confidence=0.0))


def _run(pipe, items: list[tuple[str, str, str | None]]):
    """(name, text, published) -> [(name, Document, {event id: features})]."""
    from newsgraph.ingest import Draft, build_article
    from newsgraph.stages.events import validity

    settings = pipe.settings.with_(plain=True, languages=("en",))
    from newsgraph.errors import InputError

    arts = []
    for n, t, pub in items:
        try:
            arts.append(build_article(Draft(source=n, text=t), settings, pub))
        except InputError as e:
            arts.append(e)
    validity.COLLECT = []
    try:
        docs = list(pipe.process(arts))
        feats = defaultdict(dict)
        for art_id, eid, f in validity.COLLECT:
            feats[art_id][eid] = f
    finally:
        validity.COLLECT = None
    return [(n, d, feats.get(getattr(d, "article", None) and d.article.id, {})) for (n, _, _), d in zip(items, docs, strict=True)]


def sentence_examples(pipe) -> list[tuple[list[str], int]]:
    from newsgraph.evaluate import plover

    out = []
    sets = plover.default_sets(SHARED / "plover")
    for path in sets.values():
        items = plover.load(path)
        for item, (_, doc, feats) in zip(items, _run(pipe, [(it.id, it.text, None) for it in items]), strict=True):
            if not hasattr(doc, "events"):
                continue
            for e in doc.events:
                spans = plover._mentions(doc, e.actor)
                ok = e.type in item.accepted and (not item.sources or any(plover._overlaps(spans, s) for s in item.sources))
                # PLV's label is the sentence's root event: an event of another type elsewhere in the
                # sentence (an act embedded in an accusation, a request) is no evidence either way
                # and CAMEO codes an announced act as the announcement (AGREE, THREATEN, REJECT), where
                # newsgraph writes the act with its status: no evidence either way
                intent = item.label in ("AGREE", "THREATEN", "REJECT") and e.status != "asserted"
                if e.id in feats and (ok or "d=ROOT" in feats[e.id]) and not intent:
                    out.append((feats[e.id], int(ok)))
    lines = [x.strip() for x in NEGATIVES.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    for _, doc, feats in _run(pipe, [(f"neg{i}", t, None) for i, t in enumerate(lines)]):
        for e in getattr(doc, "events", ()):
            if e.id in feats:
                out.append((feats[e.id], 0))
    return out


def article_examples(pipe, directory: Path) -> dict[str, list[tuple[list[str], int, object]]]:
    """Per article of the whole-article gold: (features, label, predicted record) of every coded event."""
    from newsgraph.evaluate import articles as ev

    golds = list(ev.iter_gold(directory))
    out = {}
    for (name, _, text, gold), (_, doc, feats) in zip(
            golds, _run(pipe, [(n, t, pub) for n, pub, t, _ in golds]), strict=True):
        pred = ev.predicted_records(doc)
        pairs = dict((pi, gi) for gi, pi in ev.align(text, gold, pred))
        rows = []
        for pi, p in enumerate(pred):
            gi = pairs.get(pi)
            if gi is not None and gold[gi].optional:
                continue
            ok = gi is not None and gold[gi].type == p.type and ev.side_ok(gold[gi].actors, p.actors)
            rows.append((feats.get(p.id, []), int(ok), (text, gold, p, gi)))
        out[name] = rows
    return out


# -- the fit --------------------------------------------------------------------------------------
def fit(examples: list[tuple[list[str], int]], l2: float = 1.0, iters: int = 400, min_count: int = 2) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for f, _ in examples:
        for x in set(f):
            counts[x] += 1
    vocab = {x: i for i, x in enumerate(sorted(k for k, c in counts.items() if c >= min_count))}
    rows, cols = [], []
    for r, (f, _) in enumerate(examples):
        for x in set(f):
            if x in vocab:
                rows.append(r)
                cols.append(vocab[x])
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([lab for _, lab in examples], dtype=np.float64)
    n, d = len(examples), len(vocab)
    w = np.zeros(d)
    b = 0.0
    m, v = np.zeros(d + 1), np.zeros(d + 1)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, iters + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        gw = np.bincount(cols_a, weights=g[rows_a], minlength=d) / n + l2 * w / n
        gb = g.mean()
        grad = np.concatenate([gw, [gb]])
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        step = lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
        w -= step[:-1]
        b -= step[-1]
    weights = {x: float(w[i]) for x, i in vocab.items()}
    weights["(bias)"] = float(b)
    return weights


def _score(feats, weights) -> float:
    from newsgraph.stages.events.validity import probability

    return probability(feats, weights)


# -- commands -------------------------------------------------------------------------------------
def learn(args) -> None:
    from newsgraph.stages.events import validity

    pipe = _pipeline()
    ex = sentence_examples(pipe)
    print(f"sentence examples: {len(ex)} ({sum(y for _, y in ex)} right)")
    if args.with_articles:
        arts = article_examples(pipe, Path(args.articles))
        ex += [(f, y) for rows in arts.values() for f, y, _ in rows]
        print(f"with the whole-article gold: {len(ex)} examples")
    weights = fit(ex, l2=args.l2)
    validity.write_weights(weights)
    print(f"wrote {len(weights)} weights to {validity.WEIGHTS}")


def cv(args) -> None:
    """Leave one article out: the held-out article's events are scored by a model fitted on the sentence
    sets and the other 19 articles; figures are the whole-article metric at each confidence threshold."""
    from newsgraph.evaluate import articles as ev

    pipe = _pipeline()
    sent = [] if args.articles_only else sentence_examples(pipe)
    arts = article_examples(pipe, Path(args.articles))
    scored = {}  # article -> [(confidence, record)]
    for name in arts:
        train = sent + ([(f, y) for other, rows in arts.items() if other != name for f, y, _ in rows]
                        if args.with_articles else [])
        w = fit(train, l2=args.l2)
        scored[name] = [(_score(f, w), info) for f, _, info in arts[name]]
    golds = {n: (t, g) for n, _, t, g in ev.iter_gold(Path(args.articles))}
    table = []
    for thr in [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]:
        rep = ev.Report()
        for name, (text, gold) in golds.items():
            pred = [info[2] for c, info in scored.get(name, []) if c >= thr]
            # the optional-matched predictions were left out of the examples: they neither reward nor punish
            ev.score_article(name, text, gold, pred, rep)
        d = rep.figures()
        table.append((thr, d))
        print(f"min confidence {thr:.1f}: predicted {d['predicted']:>4}  typed P {d['typed_precision']}  "
              f"R {d['typed_recall']}  F1 {d['typed_f1']}  fully right {d['fully_right']}")
    # calibration: held-out confidence against the share right
    bins = defaultdict(lambda: [0, 0])
    for name, rows in arts.items():
        for (c, _), (_, y, _) in zip(scored[name], rows, strict=True):
            k = min(int(c * 5), 4)
            bins[k][0] += 1
            bins[k][1] += y
    print("calibration (held-out confidence bin: events, share right):")
    for k in sorted(bins):
        n, r = bins[k]
        print(f"  {k / 5:.1f}-{(k + 1) / 5:.1f}: {n:>4}  {r / n:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps([{"min_confidence": t, **d} for t, d in table], indent=2))


def run(args) -> None:
    import time

    from newsgraph.analysis import Analysis
    from newsgraph.evaluate import articles as ev
    from newsgraph.ingest import Draft, build_article
    from newsgraph.stages import ORDER, events

    pipe = _pipeline()
    report = ev.evaluate(Path(args.articles), pipe)
    print(ev.format_report(report))
    # cost: the parse against the events stage, on PolNeAR texts
    files = sorted((SHARED / "polnear" / "data" / args.cost_split / "text").glob("*.txt"))[:args.cost_limit]
    arts = [build_article(Draft(source=f.name, text=f.read_text(encoding="utf-8")), pipe.settings.with_(plain=True), None)
            for f in files]
    texts = [a.text for a in arts]
    list(pipe.nlp.pipe(texts[:2]))  # warm-up
    t0 = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts, batch_size=pipe.settings.batch_size))
    parse_s = time.perf_counter() - t0
    stage_s = 0.0
    for art, doc in zip(arts, docs, strict=True):
        an = Analysis(article=art, doc=doc, kb=pipe.kb)
        for stage in ORDER:
            t = time.perf_counter()
            stage.run(an)
            if stage is events:
                stage_s += time.perf_counter() - t
    words = sum(len(t.split()) for t in texts)
    print(f"cost: spaCy parse {parse_s:.2f} s, events stage {stage_s:.3f} s over {len(texts)} articles "
          f"({words} words): {100 * stage_s / parse_s:.1f}% of the parse")
    if args.json:
        Path(args.json).write_text(json.dumps({**report.figures(), "cost": {
            "articles": len(texts), "words": words, "parse_s": round(parse_s, 2), "events_s": round(stage_s, 3),
            "ratio": round(stage_s / parse_s, 4)}}, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["run", "learn", "cv"])
    ap.add_argument("--cost-split", default="dev", help="run: the PolNeAR split whose texts time the stage")
    ap.add_argument("--cost-limit", type=int, default=200, help="run: how many of its texts")
    ap.add_argument("--articles", default=str(SHARED / "article-events"))
    ap.add_argument("--with-articles", action="store_true",
                    help="also learn from the whole-article gold (cv: from the other articles only)")
    ap.add_argument("--articles-only", action="store_true", help="cv: learn from the other articles alone")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--json")
    args = ap.parse_args()
    {"run": run, "learn": learn, "cv": cv}[args.command](args)


if __name__ == "__main__":
    main()
