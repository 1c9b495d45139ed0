"""Criticism told in the passive with its critics unnamed ("Ortiz has been criticized for …", "a man was
charged with assault", "his rhetoric has been widely condemned"): PLOVER codes an ACCUSE with no actor and
the one judged as recipient, as for a noun of criticism received ("Obama has endured criticism").

Only a true passive (an auxiliary of the passive, a subject of its own, no agent or one that names no one:
"accused by critics of …") whose subject is an actor
of the article, or a thing a named actor owns ("Ortiz's rhetoric": its owner is judged; not "his": a
pronoun's resolution is a guess), and only criticism or an
allegation: an investigation ("X is being investigated") or a summons says less about who is blamed."""

from __future__ import annotations

#: modes of ACCUSE a passive with no critic still tells
JUDGING_MODES = frozenset({"disapprove", "allege"})


def _unnamed(agent) -> bool:
    """An agent that names no one ("by critics", "by a former aide"): common nouns only; a name or a pronoun
    the article's actors do not hold is someone a reader would expect as the actor (ev-accuse3)."""
    objs = [g for g in agent.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound") and c.pos_ != "NOUN"
                                                           for c in o.children) for o in objs)


def judged_subject(verb, trig):
    """The passive subject of an ACCUSE whose critics are not named, with the owner in its place when the
    subject is a thing ("his rhetoric … was condemned"): a list of tokens, empty when the rule does not
    apply."""
    if trig.type != "ACCUSE" or trig.mode not in JUDGING_MODES or trig.noun is not None or trig.token is not verb:
        return []
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" and not _unnamed(c) for c in kids):
        return []
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ == "PRON" or subj.tag_.startswith("W"):
        return []  # "he was criticized" in a quotation: whom a pronoun stands for is a guess a reader may reject
    if any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_.startswith("W")) for c in subj.children):
        return []  # "his rhetoric was condemned": whose, a pronoun's resolution guesses
    # an owner named, not a pronoun: "his rhetoric" hangs on a resolution a wrong guess would make a record
    # a reader rejects
    owners = [c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return [subj] + owners
