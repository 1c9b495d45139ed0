"""Suspects named: "police identified the gunman as Pedro Salas", "prosecutors named Ana Reyes as a suspect",
"police announced the suspect's name: Pedro Salas". Publicly identifying someone as the one who did a crime
is an allegation (ACCUSE/allege) by whoever identifies them, towards the one named (the gold's adjudication
keeps "police named the suspect" as one).

Only a verb of identifying with an "as" phrase, one side of which is a noun for the doer of a crime
(suspect, gunman, shooter …) and the other a named actor of the article; the one identifying must be named
too (its subject, or the agent of a passive). "Named Luis Mora as its spokesman" and "identified the victim
as Carla Soto" accuse no one. A suspect's name made public ("announced the suspect's name", "released the
name of the gunman") names the suspect when the suspect noun resolves to a named person of the article;
"released the victim's name" accuses no one.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import VERB

from ..syntax import tense_and_status
from .lexicon import _Trigger

#: verbs that identify someone as something ("identified X as", "named X as")
IDENTIFYING = frozenset({"identify", "name"})
#: verbs that make a name public ("announced the suspect's name", "released the name of the gunman")
PUBLISHING = frozenset({"announce", "release", "repeat", "reveal", "publish", "disclose", "broadcast", "confirm",
                        "give", "read"})
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
            hit = known[h] = strings[h].lower() in IDENTIFYING or strings[h].lower() in PUBLISHING
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
            if verb.lemma_.lower() in PUBLISHING:
                self._published_name(verb, kids, seen)
                continue
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

    def _published_name(self, verb, kids, seen: set) -> None:
        """"Police announced the suspect's name", "the name of the gunman was released by police": the one
        publishing the name names the suspect, the person the suspect noun stands for (or the name given
        beside it, "the suspect's name, Pedro Salas")."""
        passive = any(c.dep_ == "auxpass" for c in kids)
        names = [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj") and c.lemma_.lower() == "name"]
        if len(names) != 1:
            return
        name = names[0]
        whose = [c for c in name.children if c.dep_ == "poss"] + [
            g for c in name.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if len(whose) != 1 or not _suspect_noun(whose[0]):
            return  # "released the victim's name", "announced Salas's name": no one said to have done it
        given = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        recipients = [a for a in self.actors_of(given or whose) if (x := self.an.actor(a)) is not None
                      and x.kind == "person"]
        doers = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive else [
            c for c in kids if c.dep_ == "nsubj"]
        actors = [a for a in self.actors_of(doers) if a not in recipients]
        if len(recipients) != 1 or not actors:
            return
        tense, status = tense_and_status(verb)
        self._emit(_Trigger("ACCUSE", "allege", token=verb, head=verb), actors, recipients, status, tense, seen)
