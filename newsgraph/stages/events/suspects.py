"""Suspects named: "police identified the gunman as Pedro Salas", "prosecutors named Ana Reyes as a suspect".
Publicly identifying someone as the one who did a crime is an allegation (ACCUSE/allege) by whoever
identifies them, towards the one named (the gold's adjudication keeps "police named the suspect" as one).

Only a verb of identifying with an "as" phrase, one side of which is a noun for the doer of a crime
(suspect, gunman, shooter …) and the other a named actor of the article; the one identifying must be named
too (its subject, or the agent of a passive). "Named Luis Mora as its spokesman" and "identified the victim
as Carla Soto" accuse no one.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import VERB

from ..syntax import tense_and_status
from .lexicon import _Trigger

#: verbs that identify someone as something ("identified X as", "named X as")
IDENTIFYING = frozenset({"identify", "name"})
#: nouns for the one said to have done a crime
SUSPECT_NOUNS = frozenset({"suspect", "gunman", "gunmen", "shooter", "attacker", "assailant", "killer", "perpetrator",
                           "bomber", "culprit", "hijacker", "stabber", "murderer", "kidnapper", "abductor", "ringleader",
                           "mastermind"})


#: a lemma's hash -> whether it is a verb of identifying (the vocabulary's strings are shared by all articles)
_IDENTIFYING_LEMMAS: dict[int, bool] = {}


def _identifying_verbs(doc) -> list[int]:
    """Indices of the verbs of identifying, read from the doc's arrays: no token object is made for the other
    words (a pass over every token cost more than the rest of this rule)."""
    pos, lemma = doc.to_array([POS, LEMMA]).T
    at = numpy.flatnonzero(pos == VERB)
    strings, known, out = doc.vocab.strings, _IDENTIFYING_LEMMAS, []
    for i, h in zip(at.tolist(), lemma[at].tolist(), strict=True):
        hit = known.get(h)
        if hit is None:
            hit = known[h] = strings[h].lower() in IDENTIFYING
        if hit:
            out.append(i)
    return out


def _suspect_noun(tok) -> bool:
    return tok.lemma_.lower() in SUSPECT_NOUNS or tok.lower_ in SUSPECT_NOUNS


class Suspects:
    """ACCUSE for suspects named (a part of :class:`~.coder.Coder`)."""

    def code_named_suspects(self, seen: set) -> None:
        for i in _identifying_verbs(self.doc):
            verb = self.doc[i]
            kids = list(verb.children)
            as_objs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            passive = any(c.dep_ == "auxpass" for c in kids)
            named = [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if len(as_objs) != 1 or len(named) != 1:
                continue
            one, other = named[0], as_objs[0]
            if _suspect_noun(one) == _suspect_noun(other):
                continue  # "named Mora as its spokesman", "identified the victim as Soto": no one accused
            person = other if _suspect_noun(one) else one
            if person.pos_ != "PROPN":
                continue  # "identified the suspect as a local man": no one named
            recipients = self.actors_of([person])
            doers = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive else [
                c for c in kids if c.dep_ == "nsubj"]
            actors = [a for a in self.actors_of(doers) if a not in recipients]
            if not recipients or not actors:
                continue
            tense, status = tense_and_status(verb)
            self._emit(_Trigger("ACCUSE", "allege", token=verb, head=verb), actors, recipients[:1], status, tense, seen)
