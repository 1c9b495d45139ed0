"""Who a thing is given back to.

"returned a portrait of a young girl to Belgium", "returned dozens of artifacts to the Embassy of El
Salvador": the parser often hangs the trailing "to" phrase on the object noun phrase, not on the verb, and
the other party is then missed. For verbs of giving back, a "to" phrase anywhere inside the object's noun
phrase (not inside a clause of its own: "the land that belonged to Syria") names whom it is returned to.
"""

from __future__ import annotations

RETURNING = frozenset({"return", "repatriate", "restore", "hand"})
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos"})


def returned_to(verb) -> list:
    """The objects of the "to" phrases inside the direct object of a verb of giving back (rightmost
    first), or []."""
    if verb.lemma_.lower() not in RETURNING:
        return []
    found, todo = [], [c for c in verb.children if c.dep_ == "dobj"]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in CLAUSES or c.pos_ == "VERB":
                continue
            if c.dep_ == "prep" and c.lower_ == "to":
                found += [g for g in c.children if g.dep_ == "pobj"]
            todo.append(c)
    return sorted(found, key=lambda g: -g.i)
