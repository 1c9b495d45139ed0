"""Criticism an actor draws on itself ("the decision by Ferreira sparked criticism from Chile", "Ortiz is
getting criticism from Congress", "her remarks prompted a backlash"): the one who did or said what is
criticised is the recipient, as for criticism faced or received (``nominal.RECEIVING``: "faced criticism").

Only nouns of criticism (an ACCUSE noun, not "sparked protests" nor "triggered an attack"), and only as
the object of a verb of getting or causing; who is criticised is the verb's subject, or whoever the subject's
act or words belong to ("the decision by Ferreira", "Ferreira's remarks": :meth:`actors_of` finds them).
"""

from __future__ import annotations

#: verbs by which their subject gets criticism or brings it on itself (beside nominal.RECEIVING)
DRAWING = frozenset({"get", "earn", "garner", "spark", "prompt", "provoke", "trigger", "generate", "invite",
                     "court", "stir", "ignite", "unleash"})


def draws_criticism(noun, lemma: str) -> bool:
    """An ACCUSE noun that is the object of a verb by which its subject draws criticism ("sparked
    criticism", "is getting criticism"): ``lemma`` is that verb's lemma."""
    return noun.dep_ == "dobj" and lemma in DRAWING


def doers_by(subjects) -> list:
    """Whoever did what a subject names, told with "by" ("the decision by Ferreira sparked criticism"):
    the objects of its "by"; empty for a subject that is a name or a pronoun."""
    return [g for t in subjects if t.pos_ == "NOUN" for c in t.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"]
