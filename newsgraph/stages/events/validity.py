"""The event-validity model: how likely a coded event is right (its type and its actor), as its
``confidence``.

A logistic regression over what the coder knows of each candidate: the trigger (lemma, type, code, how it
was found: a verb, a typed object, a light verb's noun, a noun alone), its object, the parties (how many,
what kind, whether they carry a country), the status, the subject's kind, negation and modality,
whether the trigger stands in a quotation, a headline or a statement's content. The lexicon proposes,
the model weighs: "fired" with "Speaker" as its object, "hit" with a person, "attack" with a clause
("pressed his attack that …") learn low weights from the negative examples.

``benchmarks/article_events.py learn --with-articles`` fits the weights on PLV train, the PLOVER gold records, the
written negative examples (``benchmarks/data/event_negatives.txt``) and the whole-article gold, and writes them to
``data/event_validity.csv``; without that file the coder's old hand-set confidence is used.
"""

from __future__ import annotations

import csv
import math
from functools import lru_cache
from pathlib import Path

from ..syntax import subject_of

WEIGHTS = Path(__file__).resolve().parent.parent.parent / "data" / "event_validity.csv"

#: the learner's hook: while a list, every coded event's (article id, event id, features) is appended
COLLECT: list | None = None


def _bucket(n: int) -> str:
    return str(n) if n < 2 else "2+"


def _subject_kind(verb) -> str:
    subj = subject_of(verb)
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "pron"
    if subj.ent_type_:
        return subj.ent_type_.lower()
    return subj.pos_.lower()


def features(coder, trig, actors, recipients, status) -> list[str]:
    """What the model reads of a candidate event. Kept to what generalises across article sources: the
    words and the structure of the clause, not where the sentence stands in the page (a title line, a
    first paragraph), which differs from one source to the next."""
    an = coder.an
    verb, tok, noun = trig.head, trig.token, trig.noun
    lemma = coder.lemma(tok) if tok.pos_ in ("VERB", "AUX") else tok.lemma_.lower()
    kind = "noun" if verb is noun else "light" if noun is not None and tok is noun else \
        "obj" if noun is not None else "verb"
    code = f"{trig.type}/{trig.mode}" if trig.mode else trig.type
    f = [f"t={trig.type}", f"c={code}", f"l={lemma}", f"lt={lemma}|{trig.type}", f"k={kind}", f"d={verb.dep_}",
         f"s={status}", f"st={status}|{trig.type}", f"na={_bucket(len(actors))}", f"nr={_bucket(len(recipients))}"]
    first = an.actor(actors[0]) if actors else None
    if first is not None:
        f += [f"ak={first.kind}", f"ac={bool(first.country)}"]
    rec = an.actor(recipients[0]) if recipients else None
    if rec is not None:
        f += [f"rk={rec.kind}", f"rc={bool(rec.country)}"]
    for c in verb.children:
        if c.dep_ == "dobj" and c is not noun:
            f += [f"o={c.lemma_.lower()}", f"ol={lemma}|{c.lemma_.lower()}"]
        elif c.dep_ == "neg":
            f.append("neg")
        elif c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "should", "can"):
            f.append("modal")
    if noun is not None and noun is not verb:
        f.append(f"n={noun.lemma_.lower()}")
    f.append(f"subj={_subject_kind(verb)}")
    sent = verb.sent
    before = an.text[sent.start_char:tok.idx]
    if sum(before.count(q) for q in '"“”') % 2 == 1:
        f.append("inquote")
    if any(st.content.start <= tok.idx < st.content.end for st in an.statements):
        f.append("reported")
    return f


@lru_cache(maxsize=2)
def load_weights(path: str = str(WEIGHTS)) -> dict[str, float] | None:
    p = Path(path)
    if not p.exists():
        return None
    with p.open(encoding="utf-8", newline="") as fh:
        return {row["feature"]: float(row["weight"]) for row in csv.DictReader(fh)}


def probability(feats: list[str], weights: dict[str, float]) -> float:
    z = weights.get("(bias)", 0.0) + sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def write_weights(weights: dict[str, float], path: Path = WEIGHTS, header: str = "") -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["feature", "weight"])
        for k, v in sorted(weights.items()):
            if abs(v) >= 1e-4:
                w.writerow([k, f"{v:.5f}"])
    load_weights.cache_clear()
