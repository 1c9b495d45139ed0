"""Charges an arrest is made on: "six protesters were arrested on charges of trespass, police said". Who
arrests someone on charges accuses them of the crime (ACCUSE/allege); the arrest's own parties, once it
is coded (its arresting side named or read from "police said"), are the charge's parties, with its status.

Only the nouns of a charge ("charge", "count") as the object of "on" hanging on the verb of an arrest
already coded with both sides; nothing is coded for a charge whose arrest has no arresting side.
"""

from __future__ import annotations

from ..syntax import tense_and_status
from .lexicon import _Trigger

#: nouns of a criminal charge an arrest is made on
CHARGE_NOUNS = frozenset({"charge", "charges", "count", "counts"})


class ArrestCharges:
    """ACCUSE for the charges of an arrest (a part of :class:`~.coder.Coder`)."""

    def code_arrest_charges(self, seen: set) -> None:
        for e in list(self.out):
            if e.type != "COERCE" or e.mode != "arrest" or not e.actor or not e.recipient:
                continue
            trig = self._trigs.get(e.id)
            if trig is None or trig.noun is not None:
                continue
            verb = trig.head
            charges = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                       if g.dep_ == "pobj" and (g.lower_ in CHARGE_NOUNS or g.lemma_.lower() in CHARGE_NOUNS)]
            if len(charges) != 1:
                continue
            noun = charges[0]
            self._emit(_Trigger("ACCUSE", "allege", token=noun, head=verb, noun=noun), list(e.actor),
                       list(e.recipient), e.status, tense_and_status(verb)[0], seen)
