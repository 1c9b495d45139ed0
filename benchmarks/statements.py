"""Statements benchmark: attribution extraction on PolNeAR, and what the stage costs next to the parse.

    .venv/bin/python benchmarks/statements.py run [--data DIR] [--split dev] [--json OUT] [--errors OUT]
    .venv/bin/python benchmarks/statements.py learn [--data DIR] [--split train]
    .venv/bin/python benchmarks/statements.py cv [--folds 5] [--docs TRAIN.spacy | --save-docs TRAIN.spacy]
    .venv/bin/python benchmarks/statements.py agreement [--split train]

``run`` scores ``newsgraph evaluate polnear`` on a PolNeAR compartment (content P/R/F1 at half-of-each
overlap, one-to-one; source and cue accuracy over matched pairs; see ``newsgraph/evaluate/polnear.py``)
and times, on the same texts, spaCy's ``nlp.pipe`` (the parse every stage reads) against the
statements stage alone (``stages.statements.run`` on analyses whose actors are already built).

``learn`` trains the one learned part of the stage, its cue classifier: it parses the TRAIN compartment
(or reads a DocBin of it, ``--docs``), lists every attribution frame the stage's rules can see
(``stages.statements.candidate_frames``: a verb with a clause, a prepositional object, a direct object
or a parenthetical place; a noun or adjective with a clause or a prepositional object), labels each
1 when it is a PolNeAR attribution (its cue overlaps the gold cue and the content the stage would
report matches the gold content at half of each), fits a logistic regression over the frame's
features (``stages.statements.frame_features``) with numpy, and writes bias, threshold and weights to
``newsgraph/data/statement_cues.csv``. Before it, the same way, it fits the boundary model (the ``u:``
rows and ``__ubias__``): over the subtrees after the content of each frame whose cue is a gold cue
(``stages.statements.right_units``), whether most of their characters are in the gold content. Dev is
never read by ``learn``. The defaults (``--l2 3``, ``--unit-l2 1``, ``--threshold 0.25``) were chosen
by fitting on four fifths of TRAIN and scoring the stage on the fifth left out (articles 0, 5, 10 … in
name order).

``cv`` is how the rules and settings are steered without reading dev: it fits both models on all
folds of TRAIN but one and scores the stage on that one, for each fold, and sums the figures (the
committed weights are left alone). ``agreement`` scores PolNeAR's second annotator against its first
on the articles two annotators marked up, with the same metric: the ceiling the stage's figures read
against; ``cv`` also reports the stage on just those articles.

PolNeAR lives in ``<repo>/../shared/data/polnear/data`` (``--data`` to point elsewhere); it is not copied here.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared/data/polnear/data"
WEIGHTS = REPO_ROOT / "newsgraph/data/statement_cues.csv"
NEGATIVES = REPO_ROOT / "benchmarks/data/statement_negatives.txt"  # written sentences with no attribution

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def _articles(pipe, golds):
    from newsgraph.ingest import Draft, build_article

    return [build_article(Draft(source=g.name, text=g.text), pipe.settings, None) for g in golds]


def _up_to_statements(pipe, art, doc):
    """The analysis of a parsed article through the stages up to the statements stage (the events
    stage, after it, is not run), and the seconds the statements stage took."""
    from newsgraph.analysis import Analysis
    from newsgraph.stages import ORDER, statements

    an = Analysis(article=art, doc=doc, kb=pipe.kb)
    for stage in ORDER:
        t = time.perf_counter()
        stage.run(an)
        if stage is statements:
            return an, time.perf_counter() - t
    raise AssertionError("no statements stage in ORDER")


def _train_split(args, command: str):
    """(pipeline, gold articles, parsed docs) of the split a training command reads; never dev."""
    from newsgraph.evaluate import polnear as pn
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings

    directory = Path(args.data) / args.split
    if directory.name == "dev":
        sys.exit(f"{command} reads the training split only; dev is for measuring")
    pipe = Pipeline(Settings(plain=True, model=args.model))
    golds = list(pn.iter_gold(directory, args.limit))
    return pipe, golds, list(_train_docs(args, pipe, golds))


def run(args) -> int:
    from newsgraph.evaluate import polnear as pn
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings

    directory = Path(args.data) / args.split
    pipe = Pipeline(Settings(plain=True, model=args.model))
    errors: list[dict] = []
    report = pn.evaluate(directory, pipe, limit=args.limit,
                         record=(lambda g, pred, pairs: errors.extend(_errors(g, pred, pairs))) if args.errors else None)
    print(pn.format_report(report))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
        print(f"{len(errors)} misses, false predictions and wrong sources written to {args.errors}")

    # cost: the parse against the statements stage, on the same texts
    golds = list(pn.iter_gold(directory, args.limit))
    arts = _articles(pipe, golds)
    texts = [a.text for a in arts]
    list(pipe.nlp.pipe(texts[:2]))  # warm-up
    t0 = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts, batch_size=pipe.settings.batch_size))
    parse_s = time.perf_counter() - t0
    stage_s = sum(_up_to_statements(pipe, art, doc)[1] for art, doc in zip(arts, docs, strict=True))
    words = sum(len(t.split()) for t in texts)
    cost = {"articles": len(texts), "words": words, "parse_s": round(parse_s, 2), "statements_s": round(stage_s, 3),
            "ratio": round(stage_s / parse_s, 4)}
    print(f"cost: spaCy parse {parse_s:.2f} s, statements stage {stage_s:.3f} s over {len(texts)} articles "
          f"({words} words): {100 * stage_s / parse_s:.1f}% of the parse")
    from newsgraph.stages.statements import classifier

    threshold = classifier.cue_model()[2]
    rows = [r for _n, rs in frame_examples(golds, docs) for r in rs]
    cue_clf = classifier_figures(rows, threshold)
    neg = classifier_figures([r for rs in negative_examples(pipe) for r in rs], threshold)
    cue_clf.update(negative_frames=neg["frames"], negative_frames_taken=neg["taken"])
    print(f"cue classifier alone: {cue_clf['taken']} of {cue_clf['frames']} frames taken, precision "
          f"{100 * cue_clf['precision']:.1f}%, recall {100 * cue_clf['recall']:.1f}% of the frames that are "
          f"attributions; written negatives (learned from): {neg['taken']} of {neg['frames']} frames taken")
    if args.json:
        Path(args.json).write_text(json.dumps({"split": args.split, "model": pipe.model_name, **report.to_dict(),
                                               "cost": cost, "cue_classifier": cue_clf}, indent=2) + "\n", encoding="utf-8")
    return 0


def _cued_frames(g, doc):
    """Each attribution frame the stage's rules see in a parsed PolNeAR article, with its cue as a
    tuple of one character span (the shape ``evaluate.polnear`` compares)."""
    from newsgraph.stages.statements import candidate_frames, find_quotes

    for fr in candidate_frames(doc, find_quotes(g.text)):
        tok = fr.cue[0]
        yield fr, ((tok.idx, tok.idx + len(tok)),)


def frame_examples(golds, docs):
    """(features, label) for every attribution frame the stage's rules can see in the articles: a
    verb outside quotation marks with a clause, a prepositional object or a direct object
    (``stages.statements.frame_of``). Label 1 when its cue overlaps a gold cue and the content the
    stage would report for it matches that gold content (half of each)."""
    from newsgraph.evaluate import polnear as pn
    from newsgraph.stages.statements import content_bounds, frame_content, frame_features

    for g, doc in zip(golds, docs, strict=True):
        rows = []
        for fr, cue in _cued_frames(g, doc):
            bounds = content_bounds(frame_content(fr))
            if bounds is None:
                continue
            content = ((bounds[0].idx, bounds[1].idx + len(bounds[1])),)
            pred = pn.Prediction(content=content, source=None, cue=cue, kind="indirect")
            label = any(pn.overlaps(cue, a.cue) and pn.match([a], [pred]) for a in g.attributions)
            rows.append((frame_features(fr), int(label)))
        yield g.name, rows


def negative_examples(pipe, path=NEGATIVES) -> list[list]:
    """(features, 0) for every attribution frame the stage's rules see in the written sentences of
    ``benchmarks/data/statement_negatives.txt`` (acts, hypotheticals, the writer's questions, page
    residue: none is an attribution), one list per sentence, in file order."""
    from newsgraph.stages.statements import candidate_frames, find_quotes, frame_features

    lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return [[(frame_features(fr), 0) for fr in candidate_frames(doc, find_quotes(doc.text))]
            for doc in pipe.nlp.pipe(lines)]


def classifier_figures(rows, threshold: float) -> dict:
    """The cue classifier alone over labelled frames: how many it takes (probability from the
    threshold), and its precision and recall against the labels."""
    from newsgraph.stages.statements import classifier

    bias, weights, _ = classifier.cue_model()
    taken = right = positives = 0
    for feats, label in rows:
        z = bias + sum(weights.get(f, 0.0) for f in feats)
        took = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) >= threshold
        taken += took
        right += took and label
        positives += label
    return {"frames": len(rows), "taken": taken, "precision": right / taken if taken else 0.0,
            "recall": right / positives if positives else 0.0}


def unit_examples(golds, docs):
    """(features, label) for what may continue a content to its right
    (``stages.statements.right_units``), over the frames whose cue is a gold cue and whose content
    overlaps that gold content: label 1 when most of the unit's characters are in the gold content.
    Units after the first one outside it are not read (the stage stops there)."""
    from newsgraph.evaluate import polnear as pn
    from newsgraph.stages.statements import frame_content, right_units

    for g, doc in zip(golds, docs, strict=True):
        rows = []
        for fr, cue in _cued_frames(g, doc):
            golds_here = [a for a in g.attributions if pn.overlaps(cue, a.cue)]
            if not golds_here:
                continue
            parts = frame_content(fr, extend=False)
            if not parts:
                continue
            span = ((min(t.idx for t in parts), max(t.idx + len(t) for t in parts)),)
            gold = next((a for a in golds_here if pn.overlaps(span, a.content)), None)
            if gold is None:
                continue
            for unit, feats in right_units(fr, parts):
                chars = [(t.idx, t.idx + len(t)) for t in unit if not (t.is_punct or t.is_space)]
                size = sum(e - s for s, e in chars)
                inside = pn._inter(tuple(chars), gold.content) if chars else 0
                label = int(size > 0 and 2 * inside >= size)
                rows.append((feats, label))
                if not label:
                    break
        yield g.name, rows


def fit_logistic(rows, l2: float = 1.0, epochs: int = 300, min_count: int = 3, keep: float = 0.02):
    """A logistic regression over binary features, fitted by full-batch Adam on the mean log loss
    plus ``l2 / n`` times the squared weights, over the features seen in ``min_count`` frames or more.
    Returns (bias, {feature: weight}) without the weights under ``keep`` in size."""
    import numpy as np

    counts: Counter[str] = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    cols, ptr, y = [], [0], []
    for feats, label in rows:
        cols.extend(sorted({index[f] for f in feats if f in index}))
        ptr.append(len(cols))
        y.append(label)
    cols_a = np.asarray(cols, dtype=np.int64)
    lens = np.diff(np.asarray(ptr))
    row_of = np.repeat(np.arange(len(rows)), lens)
    y_a = np.asarray(y, dtype=np.float64)
    n, k = len(rows), len(names)
    w, b = np.zeros(k), 0.0
    m, v, mb, vb = np.zeros(k), np.zeros(k), 0.0, 0.0
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = b + np.bincount(row_of, weights=w[cols_a], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y_a) / n
        gw = np.bincount(cols_a, weights=err[row_of], minlength=k) + 2 * l2 / n * w
        gb = err.sum()
        m, v = b1 * m + (1 - b1) * gw, b2 * v + (1 - b2) * gw * gw
        mb, vb = b1 * mb + (1 - b1) * gb, b2 * vb + (1 - b2) * gb * gb
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return float(b), {f: round(float(w[i]), 3) for f, i in index.items() if abs(w[i]) >= keep}


def _train_docs(args, pipe, golds):
    if args.docs:  # a DocBin of the same articles, parsed earlier with the same model (saves the parse)
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docs).get_docs(pipe.nlp.vocab))[:len(golds)]  # (--limit)
        if [d.text for d in docs] != [g.text for g in golds]:
            sys.exit(f"{args.docs} does not hold the texts of {args.split}")
        return docs
    docs = list(pipe.nlp.pipe((g.text for g in golds), batch_size=16))
    if getattr(args, "save_docs", None):
        from spacy.tokens import DocBin

        DocBin(store_user_data=True, docs=docs).to_disk(args.save_docs)
    return docs


def _fit(golds, docs, args, negatives=()):
    """The boundary model, then the cue classifier (whose labels read the contents as the boundary
    model draws them), fitted on the articles; the boundary model is left installed in
    ``stages.statements.weights``, where ``frame_content`` reads it. Returns (ubias, uweights,
    bias, weights, frames, attributions, units)."""
    from newsgraph.stages.statements import weights as stage_weights

    urows = [r for _name, rs in unit_examples(golds, docs) for r in rs]
    ubias, uweights = fit_logistic(urows, l2=args.unit_l2, epochs=args.epochs)
    stage_weights.bounds_model = lambda: (ubias, uweights)
    rows = [r for _name, rs in frame_examples(golds, docs) for r in rs] + list(negatives)
    bias, weights = fit_logistic(rows, l2=args.l2, epochs=args.epochs)
    return ubias, uweights, bias, weights, len(rows), sum(label for _, label in rows), len(urows)


def learn(args) -> int:
    pipe, golds, docs = _train_split(args, "learn")
    negatives = [] if args.no_negatives else [r for rs in negative_examples(pipe) for r in rs] * args.negative_weight
    ubias, uweights, bias, weights, n_rows, pos, n_units = _fit(golds, docs, args, negatives)
    weights.update(uweights)
    about = (f"cue classifier and boundary model (u: rows) of the statements stage: logistic regressions over "
             f"attribution frames and over what may continue a content, learned by "
             f"`python benchmarks/statements.py learn` on PolNeAR {args.split} ({len(golds)} articles, {n_rows} "
             f"frames, {pos} attributions; the frames include {len(negatives)} negatives from the written sentences of "
             f"benchmarks/data/statement_negatives.txt, each counted {args.negative_weight} times; {n_units} units; "
             f"model {pipe.model_name}; l2 {args.l2} and "
             f"{args.unit_l2}, {args.epochs} epochs). Regenerate, do not edit by hand.")
    with WEIGHTS.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["feature", "weight"])
        w.writerow(["__about__", about])
        w.writerow(["__threshold__", args.threshold])
        w.writerow(["__bias__", round(bias, 4)])
        w.writerow(["__ubias__", round(ubias, 4)])
        w.writerows(sorted(weights.items()))
    print(f"{len(weights)} weights from {n_rows} frames ({pos} attributions) in {len(golds)} articles "
          f"written to {WEIGHTS}")
    return 0


def cross_validate(args) -> int:
    """Fit on all folds but one, score the stage on that one, for each fold; the figures summed.

    The steering measure of the stage's rules and settings: it never reads dev, and every article is
    scored by a model that did not see it. Articles go to fold ``i % folds`` in name order. Also
    scored on their own: the articles two annotators marked up, whose second annotator
    ``agreement`` scores against the first."""
    from newsgraph.evaluate import polnear as pn
    from newsgraph.stages.statements import classifier
    from newsgraph.stages.statements import weights as stage_weights

    pipe, golds, docs = _train_split(args, "cv")
    arts = _articles(pipe, golds)
    for a, g in zip(arts, golds, strict=True):
        if a.text != g.text:
            sys.exit(f"{g.name}: the article text differs from the file; offsets would not align")
    doubly = {name for name, files in pn.annotation_files(Path(args.data) / args.split).items() if len(files) > 1}
    total, both = pn.Report(), pn.Report()
    errors: list[dict] | None = [] if args.errors else None
    negatives = [] if args.no_negatives else negative_examples(pipe)
    held_frames: list = []  # the held-out frames, labelled, for the classifier's own figures
    held_negatives: list = []
    saved = classifier.cue_model, stage_weights.bounds_model
    try:
        for k in range(args.folds):
            fit_i = [i for i in range(len(golds)) if i % args.folds != k]
            neg_i = [r for j, rs in enumerate(negatives) if j % args.folds != k for r in rs] * args.negative_weight
            ubias, uweights, bias, weights, *_ = _fit([golds[i] for i in fit_i], [docs[i] for i in fit_i], args,
                                                      neg_i)
            classifier.cue_model = lambda b=bias, w=weights: (b, w, args.threshold)
            classifier._signature_probability.cache_clear()
            held = list(range(k, len(golds), args.folds))
            fold_rows = [r for _n, rs in frame_examples([golds[i] for i in held], [docs[i] for i in held]) for r in rs]
            fold_neg = [r for j, rs in enumerate(negatives) if j % args.folds == k for r in rs]
            held_frames.append(classifier_figures(fold_rows, args.threshold))
            held_negatives.append(classifier_figures(fold_neg, args.threshold))
            fold = pn.Report()
            for i in range(k, len(golds), args.folds):
                an, _seconds = _up_to_statements(pipe, arts[i], docs[i])
                pred = pn.predictions_of(an.to_document())
                for rep in (fold, total, both) if golds[i].name in doubly else (fold, total):
                    pairs = pn.score_article(golds[i].attributions, pred, rep)
                    rep.articles += 1
                if errors is not None:
                    errors.extend(_errors(golds[i], pred, pairs))
            f = fold.tally("all").figures()
            print(f"fold {k}: {fold.articles} articles, gold {f['gold']}, predicted {f['predicted']}, "
                  f"matched {f['matched']}, F1 {100 * f['f1']:.2f}%", flush=True)
    finally:
        classifier.cue_model, stage_weights.bounds_model = saved
        classifier._signature_probability.cache_clear()
    taken = sum(f["taken"] for f in held_frames)
    right = sum(round(f["precision"] * f["taken"]) for f in held_frames)
    cue_clf = {"frames": sum(f["frames"] for f in held_frames), "taken": taken,
               "precision": right / taken if taken else 0.0,
               "negative_frames": sum(f["frames"] for f in held_negatives),
               "negative_frames_taken": sum(f["taken"] for f in held_negatives)}
    print(f"\ncue classifier alone, held out: {cue_clf['taken']} of {cue_clf['frames']} frames taken, precision "
          f"{100 * cue_clf['precision']:.1f}% (a frame is right when its cue and the content the stage draws match "
          f"a gold attribution); written negatives: {cue_clf['negative_frames_taken']} of "
          f"{cue_clf['negative_frames']} frames taken")
    print(f"\n{args.folds}-fold cross-validation on PolNeAR {args.split}:")
    print(pn.format_report(total))
    print(f"\nthe {both.articles} articles two annotators marked up (compare `agreement`):")
    print(pn.format_report(both))
    if errors is not None:
        with open(args.errors, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
        print(f"{len(errors)} misses, false predictions and wrong sources written to {args.errors}")
    if args.json:
        Path(args.json).write_text(json.dumps({"split": args.split, "folds": args.folds, "model": pipe.model_name,
                                               **total.to_dict(), "doubly_annotated": both.to_dict(),
                                               "cue_classifier": cue_clf},
                                              indent=2) + "\n", encoding="utf-8")
    return 0


def _errors(g, pred, pairs) -> list[dict]:
    """The gold attributions left unmatched and the predictions that matched none, as text, each
    with the other side's nearest content (most characters in common), and the matched pairs whose
    source is wrong, for reading the errors."""
    from newsgraph.evaluate import polnear as pn

    def text(ranges):
        return " | ".join(g.text[s:e] for s, e in ranges) if ranges else None

    def nearest(content, others):
        best = max(others, key=lambda o: pn._inter(content, o.content), default=None)
        return text(best.content) if best is not None and pn._inter(content, best.content) else None

    golds, gm, pm = list(g.attributions), {a for a, _ in pairs}, {b for _, b in pairs}
    out = [{"article": g.name, "error": "missed", "form": a.form, "content": text(a.content), "source": a.source_text,
            "cue": text(a.cue), "nearest_prediction": nearest(a.content, pred)}
           for i, a in enumerate(golds) if i not in gm]
    out += [{"article": g.name, "error": "false", "form": p.kind, "content": text(p.content), "source": p.source_text,
             "cue": text(p.cue), "nearest_gold": nearest(p.content, golds)}
            for i, p in enumerate(pred) if i not in pm]
    out += [{"article": g.name, "error": "source", "form": golds[a].form, "content": text(golds[a].content),
             "source": golds[a].source_text, "cue": text(golds[a].cue), "predicted_source": pred[b].source_text,
             "predicted_cue": text(pred[b].cue)}
            for a, b in pairs if golds[a].source and not pn.source_ok(golds[a], pred[b])]
    return out


def agreement(args) -> int:
    """The second annotator scored against the first, with the metric the stage is scored by, on the
    articles of a compartment that two annotators marked up: how far people agree, the ceiling to
    read the stage's figures against."""
    from newsgraph.evaluate import polnear as pn

    directory = Path(args.data) / args.split
    report = pn.Report()
    for name, paths in sorted(pn.annotation_files(directory).items()):
        text_file = directory / "text" / f"{name}.txt"
        if len(paths) < 2 or not text_file.exists():
            continue
        text = text_file.read_text(encoding="utf-8")
        first, second = (pn.read_gold(text, p.read_text(encoding="utf-8")) for p in paths[:2])
        pred = [pn.Prediction(content=a.content, source=a.source, cue=a.cue, kind=a.form, source_text=a.source_text)
                for a in second]
        pn.score_article(first, pred, report)
        report.articles += 1
    print(f"PolNeAR {args.split}: the second annotator against the first, {report.articles} articles")
    print(pn.format_report(report))
    if args.json:
        Path(args.json).write_text(json.dumps({"split": args.split, **report.to_dict()}, indent=2) + "\n",
                                   encoding="utf-8")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, default_split in (("run", "dev"), ("learn", "train"), ("cv", "train"), ("agreement", "train")):
        p = sub.add_parser(name)
        p.add_argument("--data", default=str(DEFAULT_DATA), help="PolNeAR data directory (holding dev/ and train/)")
        p.add_argument("--split", default=default_split)
        p.add_argument("--model", default=None, help="spaCy pipeline (default: the best installed)")
        p.add_argument("--limit", type=int, default=None, help="only the first N articles")
        if name in ("run", "cv", "agreement"):
            p.add_argument("--json", default=None, help="write the figures as JSON")
        if name in ("learn", "cv"):
            p.add_argument("--docs", default=None, help="a spaCy DocBin of the split's texts, parsed earlier")
            p.add_argument("--l2", type=float, default=3.0, help="L2 penalty of the classifier")
            p.add_argument("--unit-l2", type=float, default=1.0, help="L2 penalty of the boundary model")
            p.add_argument("--epochs", type=int, default=300)
            p.add_argument("--no-negatives", action="store_true",
                           help="leave out the written negatives (benchmarks/data/statement_negatives.txt)")
            p.add_argument("--negative-weight", type=int, default=5,
                           help="how many times each written negative counts against one PolNeAR frame")
            p.add_argument("--threshold", type=float, default=0.25,
                           help="probability from which a frame is reported (chosen on held-out TRAIN folds)")
        if name in ("run", "cv"):
            p.add_argument("--errors", default=None, help="write the misses, false predictions and wrong sources as "
                           "JSON lines (each with the other side's nearest content)")
        if name == "cv":
            p.add_argument("--folds", type=int, default=5)
            p.add_argument("--save-docs", default=None, help="write the parsed split as a DocBin (for --docs)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / args.split).is_dir():
        sys.exit(f"PolNeAR {args.split} not found under {data} (--data DIR)")
    return {"run": run, "learn": learn, "cv": cross_validate, "agreement": agreement}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
