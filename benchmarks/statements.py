"""Statements benchmark: attribution extraction on PolNeAR, and what the stage costs next to the parse.

    .venv/bin/python benchmarks/statements.py run [--data DIR] [--split dev] [--json OUT]
    .venv/bin/python benchmarks/statements.py learn [--data DIR] [--split train]

``run`` scores ``newsgraph evaluate polnear`` on a PolNeAR compartment (content P/R/F1 at half-of-each
overlap, one-to-one; source and cue accuracy over matched pairs; see ``newsgraph/evaluate/polnear.py``)
and times, on the same texts, spaCy's ``nlp.pipe`` (the parse every stage reads) against the
statements stage alone (``stages.statements.run`` on analyses whose actors are already built).

``learn`` is the one trained part of the stage: it parses the TRAIN compartment, lists every attribution
frame the stage's rules can see (``stages.statements.frame_of``: a verb with a clause, a prepositional
object or a direct object), counts for each frame key (``lemma|comp``, ``lemma|for``, ``lemma|obj`` …)
how often it is an attribution in PolNeAR (its cue overlaps the gold cue and its content matches the
gold content at half of each), and writes those counts into the ``frames:`` block of
``newsgraph/data/cues.yaml``. Dev is never read by ``learn``.

PolNeAR lives in ``<repo>/../shared/data/polnear/data`` (``--data`` to point elsewhere); it is not copied here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared/data/polnear/data"
CUES = REPO_ROOT / "newsgraph/data/cues.yaml"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def _articles(pipe, golds):
    from newsgraph.ingest import Draft, build_article

    return [build_article(Draft(source=g.name, text=g.text), pipe.settings, None) for g in golds]


def run(args) -> int:
    from newsgraph.analysis import Analysis
    from newsgraph.evaluate import polnear as pn
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings
    from newsgraph.stages import ORDER, statements

    directory = Path(args.data) / args.split
    pipe = Pipeline(Settings(plain=True, model=args.model))
    report = pn.evaluate(directory, pipe, limit=args.limit)
    print(pn.format_report(report))

    # cost: the parse against the statements stage, on the same texts
    golds = list(pn.iter_gold(directory, args.limit))
    arts = _articles(pipe, golds)
    texts = [a.text for a in arts]
    list(pipe.nlp.pipe(texts[:2]))  # warm-up
    t0 = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts, batch_size=pipe.settings.batch_size))
    parse_s = time.perf_counter() - t0
    stage_s = 0.0
    for art, doc in zip(arts, docs, strict=True):
        an = Analysis(article=art, doc=doc, kb=pipe.kb)
        for stage in ORDER:
            if stage is statements:
                t1 = time.perf_counter()
                stage.run(an)
                stage_s += time.perf_counter() - t1
                break
            stage.run(an)
    words = sum(len(t.split()) for t in texts)
    cost = {"articles": len(texts), "words": words, "parse_s": round(parse_s, 2), "statements_s": round(stage_s, 3),
            "ratio": round(stage_s / parse_s, 4)}
    print(f"cost: spaCy parse {parse_s:.2f} s, statements stage {stage_s:.3f} s over {len(texts)} articles "
          f"({words} words): {100 * stage_s / parse_s:.1f}% of the parse")
    if args.json:
        Path(args.json).write_text(json.dumps({"split": args.split, "model": pipe.model_name, **report.to_dict(),
                                               "cost": cost}, indent=2) + "\n", encoding="utf-8")
    return 0


def learn(args) -> int:
    from newsgraph.evaluate import polnear as pn
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings
    from newsgraph.stages.statements import find_quotes, frame_of

    directory = Path(args.data) / args.split
    if directory.name == "dev":
        sys.exit("learn reads the training split only; dev is for measuring")
    pipe = Pipeline(Settings(plain=True, model=args.model))
    golds = list(pn.iter_gold(directory, args.limit))
    pos: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    for g, doc in zip(golds, pipe.nlp.pipe((g.text for g in golds), batch_size=16), strict=True):
        quotes = find_quotes(g.text)
        for tok in doc:
            if tok.pos_ != "VERB" or any(q.open_at <= tok.idx < q.close_at for q in quotes):
                continue
            fr = frame_of(tok)
            if fr is None:
                continue
            toks = sorted(fr.content, key=lambda t: t.i)
            content = ((toks[0].idx, toks[-1].idx + len(toks[-1])),)
            cue = ((tok.idx, tok.idx + len(tok)),)
            tot[fr.key] += 1
            pred = pn.Prediction(content=content, source=None, cue=cue, kind="indirect")
            if any(pn.overlaps(cue, a.cue) and pn.match([a], [pred]) for a in g.attributions):
                pos[fr.key] += 1
    keep = {k: (pos[k], tot[k]) for k in sorted(tot) if pos[k] >= 1 or tot[k] >= args.min_negative}
    block = [f"# frames: learned by `python benchmarks/statements.py learn` on PolNeAR {args.split} "
             f"({len(golds)} articles, model {pipe.model_name});",
             "# frame key: [times it is an attribution, times it occurs]. Regenerate, do not edit by hand.",
             "frames:"]
    block += [f"  {json.dumps(k)}: [{p}, {n}]" for k, (p, n) in keep.items()]
    text = CUES.read_text(encoding="utf-8")
    text = re.sub(r"\n# frames: learned.*\Z", "", text, flags=re.S).rstrip("\n")
    CUES.write_text(text + "\n" + "\n".join(block) + "\n", encoding="utf-8")
    print(f"{len(keep)} frame keys from {len(golds)} articles written to {CUES}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, default_split in (("run", "dev"), ("learn", "train")):
        p = sub.add_parser(name)
        p.add_argument("--data", default=str(DEFAULT_DATA), help="PolNeAR data directory (holding dev/ and train/)")
        p.add_argument("--split", default=default_split)
        p.add_argument("--model", default=None, help="spaCy pipeline (default: the best installed)")
        p.add_argument("--limit", type=int, default=None, help="only the first N articles")
        if name == "run":
            p.add_argument("--json", default=None, help="write the figures as JSON")
        else:
            p.add_argument("--min-negative", type=int, default=3,
                           help="keep a frame never seen as an attribution when it occurs this often")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / args.split).is_dir():
        sys.exit(f"PolNeAR {args.split} not found under {data} (--data DIR)")
    return run(args) if args.cmd == "run" else learn(args)


if __name__ == "__main__":
    sys.exit(main())
