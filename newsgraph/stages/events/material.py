"""Material acts the lexicon's keys miss because of how they are worded or parsed.

* Forces ordered somewhere: "Obama ordered 300 troops to Cameroon", "Carter ordered 2,000 soldiers to the
  Polish border". An order whose object is troops and that names where they go moves forces (PLOVER
  MOBILIZE, CAMEO 15), not a demand made of the troops (REQUEST).
* Forces leaving a country: "American troops have begun leaving Afghanistan" (RETREAT/withdraw); a person
  leaving a country is a trip, not a withdrawal.
* Fighting halted ("agreed to halt fighting"): a truce (RETREAT/ceasefire), the parser reading "fighting"
  as a verb.
* "let free" / "set free" however the parser splits it: "free" as a verb of its own ("Ethiopia let free 74
  leaders", "free" the complement holding the object) or as an adjective of the object ("Yemen let free
  activists"): a release (RETREAT/release) by the subject of "let", of the object.

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
#: sectors whose members are forces
MILITARY_SECTORS = frozenset({"MIL"})
#: verbs of going out of a place
LEAVING = frozenset({"leave", "exit", "quit"})
#: verbs of stopping, and the fighting they stop ("halt fighting", "stop the shelling")
HALTING = frozenset({"halt", "stop", "end", "cease", "suspend"})
FIGHTING = frozenset({"fighting", "hostilities", "shelling", "bombing", "bombardment", "firing"})
#: verbs that set someone free with "free"
FREEING = frozenset({"let", "set"})


class Material:
    """Material acts worded or parsed past the lexicon's keys (a part of :class:`~.coder.Coder`)."""

    def material_trigger(self, tok, lemma: str) -> _Trigger | None:
        return self.troop_move(tok, lemma) or self._forces_leaving(tok, lemma) or self._set_free(tok, lemma) \
            or self._fighting_halted(tok, lemma)

    @staticmethod
    def _fighting_halted(tok, lemma: str) -> _Trigger | None:
        """Fighting halted, parsed as a verb of its own ("agreed to halt fighting"): a truce, not a
        sanction (the lexicon's "halt+fighting" keys catch the noun)."""
        if lemma not in HALTING:
            return None
        if any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.lower_ in FIGHTING and c.i == tok.i + 1 for c in tok.children):
            return _Trigger("RETREAT", "ceasefire", token=tok, head=tok)
        return None

    def _forces_leaving(self, tok, lemma: str) -> _Trigger | None:
        """Forces going out of a country ("troops began leaving Afghanistan"): their side withdraws them."""
        if lemma not in LEAVING:
            return None
        place = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == "GPE"]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ in ("xcomp", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "troops have begun leaving"
        if not place or not subj or self._moved_forces(subj[0]) is None:
            return None
        return _Trigger("RETREAT", "withdraw", token=tok, head=tok)

    def _set_free(self, tok, lemma: str) -> _Trigger | None:
        """ "let free" / "set free" split by the parser: the release of the object."""
        if lemma not in FREEING:
            return None
        for c in tok.children:
            if c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ == "free" and a.i == tok.i + 1 for a in c.children):
                return _Trigger("RETREAT", "release", token=tok, head=tok, noun=c)  # "let free activists"
            if c.dep_ in ("ccomp", "xcomp") and c.lower_ == "free" and c.i == tok.i + 1 \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                if obj is not None:  # "let free some 74 leaders", "free" a verb of its own
                    return _Trigger("RETREAT", "release", token=tok, head=tok, noun=obj)
        return None

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
