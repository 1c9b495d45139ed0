"""Whom a threatened measure is aimed at: "threatened further action against Russia", "threatened
unspecified steps against the rebels". The object names no party and no lexicon measure, so the threat
would be dropped as a mere "endangering" ("settlements threaten the viability of …"); an "against" phrase
on the object names the party threatened, and makes it a threat."""

from __future__ import annotations


def aimed_against(coder, verb) -> list[str]:
    """The actors an "against" phrase on the verb's direct object names, or []."""
    return coder.actors_of([g for c in verb.children if c.dep_ == "dobj" for p in c.children
                            if p.dep_ == "prep" and p.lower_ == "against" for g in p.children if g.dep_ == "pobj"])
