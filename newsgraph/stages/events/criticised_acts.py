"""Criticism by no one named, aimed at what someone did or said: "the outcry over Chile's decision", "a
backlash against Mora's remarks", "the overwhelming criticism following Obama's address". PLOVER codes an
ACCUSE with no actor and the one whose act is criticised as recipient, as for "Obama has endured
criticism" (``drawn_criticism.py``) or a passive with its critics unnamed (``unnamed_critics.py``).

Only a noun of public disapproval (criticism, backlash, outcry, condemnation …) with no critic named or
told before, and only an act or words owned by a name ("Chile's decision"; not "his decision": whom a
pronoun stands for is a guess a reader may reject): the object of "over", "about", "against", "at" or
"of" ("criticism of Bolivia's plan"), or of "following"/"after" when it is words or a decision (the
criticism answers them; "criticism after Mora's arrest" is not aimed at Mora). A party named alone after
"against", "at" or "over" is the one criticised ("the backlash against Ortiz"); alone after "of" it may
be the critics ("the criticism of Republicans"): left out.
"""

from __future__ import annotations

from .evaluations import WORDS_NOUNS

#: nouns of public disapproval that need no critic named to be news
CRITICISM_NOUNS = frozenset({"criticism", "criticisms", "backlash", "outcry", "condemnation", "condemnations",
                             "denunciation", "censure", "rebuke"})
#: prepositions whose object is what the criticism is aimed at
AIMED_PREPS = frozenset({"over", "about", "against", "at", "of"})
#: prepositions of time whose object the criticism answers ("following Obama's address")
ANSWERING_PREPS = frozenset({"following", "after"})
#: acts a criticism answers besides words ("the outcry after Chile's decision")
DECISIONS = frozenset({"decision", "decisions", "announcement", "move", "policy", "handling", "response", "refusal",
                       "proposal", "plan", "order", "veto", "ruling"})
#: acts the owner suffers, not does ("criticism over Mora's death"), besides nominal.POSSESSOR_UNDERGOES
SUFFERED = frozenset({"death", "loss", "defeat", "injury", "health", "treatment", "plight", "fate"})


def criticised_owner(coder, noun) -> list[str]:
    """The actors whose act a noun of criticism with no critic named is aimed at; empty otherwise."""
    from .nominal import POSSESSOR_UNDERGOES  # (nominal.py calls this: imported here, not at the top)
    if noun.lower_ not in CRITICISM_NOUNS and noun.lemma_.lower() not in CRITICISM_NOUNS:
        return []
    out: list[str] = []
    for c in noun.children:
        p = c.lower_
        # ("following" is parsed as a preposition or as a participle with an object)
        if not (c.dep_ == "prep" and p in AIMED_PREPS | ANSWERING_PREPS or c.dep_ == "acl" and p in ANSWERING_PREPS):
            continue
        for o in c.children:
            if o.dep_ not in ("pobj", "dobj"):
                continue
            own = [g for g in o.children if g.dep_ == "poss" and g.pos_ == "PROPN"]
            if own:
                low = o.lemma_.lower()
                if low in SUFFERED | POSSESSOR_UNDERGOES or (p in ANSWERING_PREPS and low not in WORDS_NOUNS | DECISIONS
                                        and o.lower_ not in WORDS_NOUNS | DECISIONS):
                    continue
                out += [a for a in coder.actors_of(own) if a not in out]
            elif p in ("against", "at", "over") and o.pos_ == "PROPN":
                out += [a for a in coder.actors_of([o]) if a not in out]
    return [a for a in out if not coder.no_party_actor(a)]
