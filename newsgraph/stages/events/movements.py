"""Forces ordered somewhere: "Obama ordered 300 troops to Cameroon", "ordered nearly 300 of them to
Cameroon", "Carter ordered 2,000 soldiers to the Polish border". An order whose object is troops and that
names where they go moves forces (PLOVER MOBILIZE, CAMEO 15), not a demand made of the troops (REQUEST).

What counts as troops: a word the lexicon sends as troops ("send+troop", "send+warship" coded MOBILIZE), or
a party the article already knows as military (its sector MIL), also behind a number ("300 of them"). An
order with no destination ("ordered troops to withdraw", "ordered the army to fire") is left to the frames.
"""

from __future__ import annotations

from .lexicon import _split, _Trigger

#: verbs of ordering forces somewhere
ORDERING = frozenset({"order"})
#: prepositions of a destination
DESTINATION = frozenset({"to", "into", "toward", "towards"})
#: what a verb of sending moves as troops (the lexicon's "send+X" coded MOBILIZE gives the rest)
MILITARY_SECTORS = frozenset({"MIL"})


class Movements:
    """Orders that move forces (a part of :class:`~.coder.Coder`)."""

    def troop_move(self, tok, lemma: str) -> _Trigger | None:
        if lemma not in ORDERING:
            return None
        if not any(c.dep_ == "prep" and c.lower_ in DESTINATION and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in tok.children):
            return None
        for o in (c for c in tok.children if c.dep_ == "dobj"):
            code = self._moved_forces(o)
            if code is not None:
                return _Trigger(*_split(code), token=tok, head=tok, noun=o)
        return None

    def _moved_forces(self, obj) -> str | None:
        """The MOBILIZE code of an object that names forces: troops by word, or a military party; a number
        stands for what its "of" names ("300 of them")."""
        heads = [obj]
        if obj.like_num or obj.ent_type_ == "CARDINAL" or obj.pos_ == "NUM":
            heads += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
        for h in heads:
            for key in (f"send+{h.lemma_.lower()}", f"send+{h.lower_}"):
                code = self.objects.get(key, "")
                if code.startswith("MOBILIZE"):
                    return code
            aid = self.an.token_actor.get(h.i)
            actor = self.an.actor(aid) if aid else None
            if actor is not None and actor.sector in MILITARY_SECTORS and actor.kind != "person":
                return "MOBILIZE/troops"
        return None
