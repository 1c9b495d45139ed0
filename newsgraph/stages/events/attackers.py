"""Who carried out an attack the article names by a noun alone ("the San Bernardino shooting", "the attack in
Munich", "Ansar al-Sharia was behind the attack"), found the way a reader finds it:

* the noun's own clause says it: "X was behind the attack", "X claimed responsibility for the attack", "the
  killing, claimed by X";
* the same occurrence is told elsewhere in the article with its attacker: an attack coded with an actor at
  the same place ("Mateen carried out his attack … in Orlando" … "the terrorist attacks in Orlando"), or the
  person the article calls the suspect, gunman or attacker, named in sentences about that place;
* a noun with no place of its own takes the attacker only when the article tells of exactly one.

A noun that names no particular occurrence ("prevent the next attack", "a terrorist attack") and one whose
occurrence has several candidate attackers, or only unidentified attackers, is not written; one whose
occurrence the article tells no attacker of may be written with none (unattributed_attacks.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..time import MONTHS, WEEKDAYS
from .lexicon import _Trigger

#: words that name the doer of an attack ("the suspect", "the gunman, Omar Mateen")
ATTACKER_ROLES = frozenset({"gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "perpetrator",
                            "perpetrators", "assailant", "assailants", "bomber", "bombers", "hijacker", "hijackers",
                            "suspect", "suspects", "killer", "killers"})
#: determiners that point at one occurrence ("the attack", "this shooting")
SPECIFIC_DETS = frozenset({"the", "this", "that", "these", "those"})
#: modifiers of an attack not yet done or of no particular one ("the next attack", "future attacks")
UNSPECIFIC = frozenset({"next", "future", "possible", "potential", "new", "further", "more", "such", "any", "another"})
#: what the subject of "claimed responsibility for" must not be to be the attacker ("no group has claimed …")
NO_ONE = frozenset({"no", "nobody", "none", "neither"})
#: nouns of fighting often said of causes: the attacker is looked for only when they name whom they are against
FIGURATIVE = frozenset({"fight", "battle", "war", "struggle", "campaign"})
#: names of months and days, and their short forms
WHEN_WORDS = frozenset(MONTHS + WEEKDAYS + [m[:3] for m in MONTHS] + ["sept"])
#: how far before and after an attack noun with no place of its own its attacker may be told (characters)
NEAR_BEFORE, NEAR_AFTER = 1500, 300


class Attackers:
    """Finding the attacker of an attack noun (a part of :class:`~.coder.Coder`)."""

    # -- the noun's own clause ------------------------------------------------------------------------
    def claimed_attack(self, noun) -> list[str]:
        """The attacker the noun's clause names: "X was behind the attack", "X claimed responsibility for
        the attack", "the killing … that was claimed by X"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_.lower() == "be":
            return self._claimant(head.head)  # "Ansar al-Sharia was behind the attack"
        if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility" \
                and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in ("claim", "take", "admit"):
            return self._claimant(head.head.head)  # "the group claimed responsibility for the bombing"
        # "the killing of an officer that was claimed by the Islamic State", the clause hung on the noun or
        # (by the parser) on its "of" object
        victims = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj"]
        for c in [c for h in [noun] + victims for c in h.children]:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "claim":
                by = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                if by:
                    return self.actors_of(by)
        return []

    def _claimant(self, verb) -> list[str]:
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or any(t.lower_ in NO_ONE for t in subj[0].subtree if t.dep_ == "det") \
                or subj[0].lower_ in NO_ONE:
            return []
        return self.actors_of(subj)

    # -- the same occurrence elsewhere in the article -------------------------------------------------
    def _specific(self, noun) -> bool:
        """The noun points at one occurrence: "the attack", "this shooting", "Friday's attack", "the 9/11
        attacks", "the Benghazi attack" — not "a terrorist attack", "the next attack"."""
        kids = list(noun.children)
        if any(c.lower_ in UNSPECIFIC for c in kids if c.dep_ in ("det", "amod", "advmod")):
            return False
        if any(c.dep_ == "det" and c.lower_ in SPECIFIC_DETS for c in kids):
            return True
        i = noun.i - 1  # the words before it, however parsed ("the apparent jihad shooting")
        while i >= 0 and noun.doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "ADV", "SPACE") \
                and noun.doc[i].lower_ not in UNSPECIFIC:
            i -= 1
        if i >= 0 and noun.doc[i].lower_ in UNSPECIFIC:
            return False
        return (i >= 0 and noun.doc[i].lower_ in SPECIFIC_DETS | {"'s", "’s"}) \
            or any(c.dep_ in ("poss", "nmod") for c in kids) \
            or any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in ("DATE", "GPE")) for c in kids)

    def _place_words(self, start: int, end: int) -> set[str]:
        """The words of the places named between two offsets, their names and their text ("San
        Bernardino, California" gives both the city's and the state's words)."""
        return {w for p in self.an.places if start <= p.start < end for w in _words(p.name) | _words(p.text)}

    def _own_places(self, trig: _Trigger) -> list[set[str]]:
        """The places the attack noun names as its own, each as its name's words: "the attacks in Munich",
        "the Benghazi attack"."""
        loc = self.location_for(trig, dateline=False, target=False)
        out = [_words(loc.name or loc.text)] if loc is not None else []
        for c in trig.noun.lefts:
            if c.dep_ == "compound":
                out += [_words(p.name) for p in self.an.places if c.left_edge.idx <= p.start <= c.idx]
        return [w for w in out if w]

    def _occurrences(self) -> list[tuple[set[str], tuple[str, ...], object, list[int]]]:
        """Each attack told with its attacker: (the words of its places, its actors, the event or None,
        where the article tells it): the attacks coded so far, and each party the article calls a suspect,
        gunman or attacker (with the places of the sentences that name it)."""
        out = []
        for e in self.out:
            if e.type == "ASSAULT" and e.actor and e.status not in ("hypothetical", "conditional", "negated"):
                # (a bombing vowed or refused is no occurrence whose attacker a noun could take)
                loc = e.location
                words = _words(loc.name) | _words(loc.text) if loc is not None else set()
                out.append((words, e.actor, e, [e.trigger.start]))
        for a in self.an.actors:
            if a.kind not in ("person", "group"):
                continue
            texts = [self.an.text[s:e].lower() for s, e in a.mentions]
            if not any(_words(t) & ATTACKER_ROLES for t in texts):
                continue
            places: set[str] = set()
            for s, e in a.mentions:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    places |= self._place_words(span.sent.start_char, span.sent.end_char)
            out.append((places, (a.id,), None, [s for s, _ in a.mentions]))
        return out

    def defer_attack(self, trig: _Trigger, recipients: list[str]) -> None:
        """An attack noun with no actor of its own: resolved once the whole article is coded."""
        self.__dict__.setdefault("_pending_attacks", []).append((trig, recipients))

    def resolve_attacks(self, seen: set) -> None:
        """Code each deferred attack noun with the attacker of its occurrence, where the article gives one:
        the attack told at the same place; with no place, the one attacker told near it (in the last
        few paragraphs before it, or just after)."""
        pending = self.__dict__.pop("_pending_attacks", [])
        if not pending:
            return
        occurrences = self._occurrences()
        for trig, own_recipients in pending:
            if not self._specific(trig.noun):
                continue
            if trig.noun.lemma_.lower() in FIGURATIVE and not own_recipients:
                continue  # "the fight against corruption": no one fought; "the fight against the Islamic State" is
            own = self._own_places(trig)
            if own:
                cands = [o for o in occurrences if any(p <= o[0] for p in own)]
            else:
                at = trig.noun.idx
                cands = [o for o in occurrences if any(at - NEAR_BEFORE <= i <= at + NEAR_AFTER for i in o[3])]
                if (own_name := _own_name(trig.noun)):  # "the 9/11 attacks": only an occurrence told by that name
                    cands = [o for o in cands if o[2] is not None and own_name <= _words(o[2].evidence.text)]
            sides = {tuple(sorted(o[1])) for o in cands}
            if not sides:
                self.write_unattributed(trig, own_recipients, seen)  # no attacker told (unattributed_attacks.py)
                continue
            if len(sides) != 1:
                continue  # several attackers told: abstain
            side = next(iter(sides))
            if any((a := self.an.actor(x)) is not None and a.sector == "UAF" for x in side):
                continue  # an occurrence whose attackers the article does not know
            first = next((o[2] for o in cands if o[2] is not None), None)
            recipients = [r for r in own_recipients if r not in side] or (
                [r for r in first.recipient if r not in side] if first is not None else [])
            tense, status = self.noun_status(trig.noun)
            n = len(self.out)
            self._emit(trig, list(side), recipients, status, tense, seen, bonus=-0.1)
            if first is not None and len(self.out) > n:
                if self.dated_apart(trig, first):
                    self.out.pop()  # "the September 11th attack" is not Monday's shelling
                    continue
                e = self.out[-1]
                self.out[-1] = replace(e, location=e.location or first.location)

    def dated_alike(self, trig: _Trigger, first) -> bool:
        """The event noun names its own time (before it, or after it: "the attack Wednesday") and ``first``
        is dated the same (or within it)."""
        dates = self._own_and_other_date(trig, first, after=True)
        return dates is not None and _within(*dates)

    def dated_apart(self, trig: _Trigger, first) -> bool:
        """The event noun names its own time ("the September 11th attack", "Friday's attack") and it is not
        the time of the occurrence ``first`` told before: another occurrence."""
        dates = self._own_and_other_date(trig, first, within=True)
        return dates is not None and not _within(*dates)

    def _own_and_other_date(self, trig: _Trigger, first, after: bool = False, within: bool = False
                            ) -> tuple[str, str] | None:
        """The values of the date the event noun names (before it; with ``after`` also a date phrase after
        it; with ``within`` also a time phrase inside its own phrase, "the killing of two politicians in
        2013") and of ``first``'s date, when the noun names one and both have a value; else None."""
        noun = trig.noun
        if not any(t.ent_type_ == "DATE" or t.lower_.rstrip(".") in WHEN_WORDS for c in noun.lefts for t in c.subtree) \
                and not (after and any(t.ent_type_ == "DATE" for c in noun.rights if c.dep_ == "npadvmod"
                                       for t in c.subtree)) \
                and not (within and _dated_phrase(noun)):
            return None
        own = self.date_for(trig, "past").value
        other = first.date.value if first.date is not None else None
        return (own, other) if own and other else None


_TIME_PREPS = ("in", "on", "during", "since")


def _dated_phrase(noun) -> bool:
    """A time phrase ("in 2013", "on March 3") inside the noun's own phrase to its right, on the noun or
    on its "of" object, not in a clause of its own ("the killing of two politicians in 2013")."""
    heads = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"]
    return any(p.dep_ == "prep" and p.lower_ in _TIME_PREPS and p.i > noun.i
               and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in p.children)
               for h in heads for p in h.children)


def _own_name(noun) -> set[str]:
    """The words by which an attack noun names its occurrence, other than a place or a time: "the 9/11 attacks"
    gives {"9", "11"}; "the attack", "the terrorist attack", "Friday's attack", "the September 11 attack" give
    none (a date: :meth:`Attackers.dated_apart`)."""
    return {w for c in noun.children if c.dep_ in ("compound", "nummod", "nmod") and c.ent_type_ not in (
            "DATE", "TIME", "GPE", "LOC", "FAC") and c.lower_.rstrip(".") not in WHEN_WORDS
            and (c.pos_ == "PROPN" or c.pos_ == "NUM" and "/" in c.text) for w in _words(c.text)}


def _within(a: str, b: str) -> bool:
    """One date value lies within the other ("2016-04-07" within "2016-04")."""
    return a.startswith(b) or b.startswith(a)

def _words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in ("the", "of", "s")}
