"""Acts their subject receives: "Ukraine received military aid from the United States", "the lender
received an inquiry from the attorney general", "the governor received a demand from the union". With a
light verb of receiving, the event noun's act is the giver's ("from"), done to the subject; the subject
never did it. With no giver named the act is no one's the article tells: not coded (a record naming the
receiver as the doer is worse than none). A visit or a call received ("received a delegation", "received a
call from Macron") is left to the reciprocal and visit rules.
"""

from __future__ import annotations

#: light verbs whose subject receives the act their object names
RECEIVING_LIGHT = frozenset({"receive", "get"})


def received_noun(verb, trig) -> bool:
    """The trigger is an event noun that is the object of a verb of receiving (``verb`` in active voice)."""
    return trig.noun is not None and verb.lemma_.lower() in RECEIVING_LIGHT and trig.noun.head.i == verb.i \
        and trig.noun.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def givers(verb, noun) -> list:
    """The "from" objects of the verb or of the noun: who gave what was received."""
    return [g for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
