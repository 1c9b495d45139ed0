"""Attacks the article names by a noun and whose attacker it does not tell ("since the shootings in San
Bernardino", "in the wake of the Paris terror attacks", "the deadly attacks in Paris in January"): PLOVER
codes the ASSAULT with no actor, as the article's own words leave it.

Written only where a reader would agree no one is named:

* the noun points at one occurrence (``Attackers._specific``: "the Paris attacks", not "a terrorist attack",
  "the next attack"), and is no fight said of a cause ("the war on poverty");
* the article tells of no attacker anywhere, not even by a description ("the gunman", "15 of the 19 hijackers",
  "the perpetrator did not act alone"): an article that knows its attackers has them for the attack, and a
  record with no one would be wrong where we failed to tie them;
* the noun names no victim ("the murder of Father Hamel", "the attack on the consulate"): a crime against a
  named victim is one whose doer the article tells in words a coder ties to it ("two teenagers slit the
  throat of an elderly priest");
* the noun is not the object of a verb by which its subject stops or goes on with it ("Serbia will cease the
  bombing of rebel villages", "resumed the shelling"): that subject is the attacker, the verb's to code;
* the noun is definite ("the shootings", "this attack", "Friday's attack"; not "Mass shootings are becoming an
  everyday occurrence"), and names no doer in any words: no "by" ("the mass shooting … by a Muslim couple")
  nor a modifier of an armed kind ("the police shootings", "the terrorist attacks": the attackers are told by
  their kind, a coder names them so);
* the noun names no target at all ("the attacks on her record", "the attack on the peso": whatever the
  target, a noun that names one is told of it, and one that is no party is often no violence);
* a noun that also names attacks in words ("attack", "assault") is told as violence: a modifier of violence
  ("the deadly attacks", "the Paris terror attacks"), a place of its own ("the attacks in Paris", "the Benghazi
  attack") or a word of force in its sentence ("left nine dead"); "answered the attacks during the debate" is
  none of these;
* its clause is not about who did it ("no group has claimed responsibility for the bombing", "who was behind
  the attack"): the attacker is the open question there, not a no one.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER

from .attackers import ATTACKER_ROLES, FIGURATIVE, SPECIFIC_DETS
from .material import HALTING

#: modifiers that make an attack one of violence ("the deadly attacks", "the Paris terror attacks")
VIOLENT = frozenset({"terror", "terrorist", "deadly", "suicide", "armed", "bomb", "gun", "knife", "militant", "jihadist",
                     "jihadi", "islamist", "chemical", "rocket", "missile", "lethal", "bloody", "murderous", "violent",
                     "brutal", "mass", "fatal"})
#: prepositions that name an attack's target
TARGET_PREPS = frozenset({"on", "upon", "against"})

#: verbs whose subject goes on with the act their object names ("resumed the shelling")
CONTINUING = frozenset({"continue", "resume", "escalate", "intensify", "renew"})


class UnattributedAttacks:
    """Writing attack nouns whose attacker the article does not tell (a part of :class:`~.coder.Coder`)."""

    def _tells_attackers(self) -> bool:
        """The article names an attacker somewhere, by a word of the role ("the gunman", "hijackers")."""
        known = self.__dict__.get("_tells_attackers_memo")
        if known is None:
            roles = {self.doc.vocab.strings.add(w) for w in ATTACKER_ROLES}  # (one column, no Token per word)
            known = self.__dict__["_tells_attackers_memo"] = bool(
                numpy.isin(self.doc.to_array(LOWER), list(roles)).any())
        return known

    def write_unattributed(self, trig, own_recipients: list[str], seen: set) -> None:
        """Code an attack noun no occurrence of the article gives an attacker to, with no actor, where the
        module's conditions hold."""
        noun = trig.noun
        if own_recipients or noun.lemma_.lower() in FIGURATIVE or self._tells_attackers():
            return
        if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in noun.children):
            return  # "the attacks on her record"
        if not any(c.dep_ == "det" and c.lower_ in SPECIFIC_DETS or c.dep_ == "poss" for c in noun.children):
            return  # "Mass shootings are becoming an everyday occurrence": no one occurrence
        if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children):
            return  # "the mass shooting in San Bernardino by a Muslim couple": its doer told
        if any((sector := self.an.kb.sector_of(c.lower_)) is not None and sector[0] in self.armed_sectors
               for c in noun.lefts if c.dep_ in ("compound", "amod")):
            return  # "the police shootings", "the terrorist attacks": the doers told by their kind
        if (noun.lower_ in self.verbal_force or noun.lemma_.lower() in self.verbal_force) and not (
                any(t.lower_ in VIOLENT for c in noun.lefts for t in c.subtree)
                or self._own_places(trig) or any(t.lower_ in self.force_words for t in noun.sent)):
            return  # "answered the attacks during the debate": words, perhaps
        if noun.dep_ == "dobj" and self.lemma(noun.head) in HALTING | CONTINUING:
            return  # "will cease the bombing": the subject's own act
        if noun.dep_ == "pobj" and (noun.head.lower_ == "behind" or noun.head.lower_ == "for"
                                    and noun.head.head.lemma_.lower() in ("responsibility", "credit", "blame")):
            return  # "no group has claimed responsibility for the bombing"
        tense, status = self.noun_status(trig.noun)
        self._emit(trig, [], [], status, tense, seen, bonus=-0.1)
