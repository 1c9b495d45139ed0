""""X is committed to opening up the economy": a stative passive, the subject's own commitment to an act
(AGREE, as "committed to open up" is), not something done to it. Only with an act as its complement (a
gerund after "to", or an infinitive): "2,000 troops were committed to the mission" are troops sent, and no
one commits in "crimes were committed"."""

from __future__ import annotations


def committed_to_act(verb) -> bool:
    """``verb`` is "committed" with an act as complement ("is committed to opening", "to open")."""
    if verb.lemma_.lower() != "commit":
        return False
    return any(c.dep_ == "xcomp" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children)
