"""An agreement named by what it agrees: "violated the ceasefire agreement" violates the ceasefire
(fighting, ASSAULT, as "violated the ceasefire" is), not a deal in general (REJECT); "broke the truce
deal" likewise. The compound before a head noun of agreement names its content, and where the lexicon
types the verb with that content ("violate+ceasefire"), that entry decides before the head's own."""

from __future__ import annotations

AGREEMENT_HEADS = frozenset({"agreement", "deal", "accord", "pact", "arrangement", "treaty"})


def named_by_content(lemma: str, obj) -> list[str]:
    """Object keys ("violate+ceasefire") from the compounds naming an agreement's content, or []."""
    if obj.lemma_.lower() not in AGREEMENT_HEADS:
        return []
    return [f"{lemma}+{c.lemma_.lower()}" for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
