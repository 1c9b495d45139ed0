"""Attributes of an event: its date (resolved with the clause's tense), its place, the statement it is
attributed to."""

from __future__ import annotations

import datetime as dt
import re

from ...records import EventDate
from .. import time as time_stage
from ..syntax import tense_and_status
from .lexicon import LOCATIVE, _Trigger


def _subtree_ends(tok):
    """The first and last tokens of ``tok.subtree`` without walking the whole subtree."""
    first = last = tok
    while first.n_lefts:
        first = next(first.lefts)
    while last.n_rights:
        *_, last = last.rights
    return first, last



def _nearest_year(value: str | None, words: str, pub: str | None) -> str | None:
    """A day named without its year ("the Dec. 28 meeting") is the one nearest the publication date: the
    tense of a clause about planning ("was scheduled two weeks ago") does not make it last year's."""
    if not value or not pub or len(value) != 10 or re.search(r"\d{4}", words):
        return value
    try:
        day, base = dt.date.fromisoformat(value), dt.date.fromisoformat(pub)
    except ValueError:
        return value
    best = min((day.replace(year=day.year + k) for k in (-1, 0, 1) if not (day.month == 2 and day.day == 29)),
               key=lambda x: abs((x - base).days), default=day)
    return best.isoformat()


def _finite_present(verb) -> bool:
    """ "says", "are meeting": a finite verb in the present, not a gerund or an infinitive."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


class Attributes:
    """Dating, placing and attributing an event (a part of :class:`~.coder.Coder`)."""

    def date_for(self, trig: _Trigger, tense: str) -> EventDate:
        """The event's own time: the time expression of its clause, else the nearest of its sentence,
        resolved against the publication date with the tense of the clause the words belong to. With
        none, a clause in the present reports the day's news: the publication date, basis
        ``published``; anything else (background, a past act the article does not date) has no value
        rather than a guessed one (basis null).

        Tried on the whole-article gold and dropped: the paragraph's last stated time for a past
        narrative (among matches, date 0.44 -> 0.40: the coders leave most background undated), and
        the publication date for a present perfect ("has suspended": 0.44 -> 0.30)."""
        pub = self.an.article.published
        nominal = trig.head is trig.noun
        holder = self.noun_date_holder(trig.noun) if nominal else trig.head
        first, last = _subtree_ends(holder)
        lo, hi = first.idx, last.idx + len(last)
        at = trig.token.idx
        sent = trig.head.sent
        # what a speaker says happened, and when, is the content's time, not the saying's ("warned on
        # Monday that last year's deal was a mistake")
        said = [] if nominal else [_subtree_ends(c) for c in holder.children if c.dep_ == "ccomp"]
        said = [(a.idx, b.idx + len(b)) for a, b in said if not a.i <= trig.token.i <= b.i]

        def own(d) -> bool:
            return not any(a <= d.start < b for a, b in said)

        layers = [[d for d in self.an.dates if lo <= d.start and d.end <= hi and own(d)]]
        if not nominal:
            layers.append([d for d in self.an.dates if sent.start_char <= d.start and d.end <= sent.end_char
                           and own(d)])
        for found in layers:
            for d in sorted(found, key=lambda d: abs(d.start - at)):
                value, precision = time_stage.resolve(d.text, d.kind, pub, self._tense_at(d, tense))
                value = _nearest_year(value, d.text, pub)
                if value:
                    return EventDate(value=value, text=d.text, precision=precision, start=d.start, end=d.end)
        if pub and tense == "present" and not nominal and _finite_present(trig.head):
            return EventDate(value=pub, text=None, precision="day", basis="published")
        return EventDate(value=None, text=None, precision=None, basis=None)

    def _tense_at(self, d, tense: str) -> str:
        """The tense of the clause a date expression belongs to ("On Thursday, he showed no sign that he
        was planning to apologize": Thursday is past, whatever the apology's tense)."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return tense
        t = span.root
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            return tense
        return tense_and_status(t)[0]

    def location_for(self, trig: _Trigger, dateline: bool = True):
        """Where the event happened: a place of a locative phrase of the event's own clause ("meet … in
        Anchorage, Alaska"), also deeper in it ("in a university building in the capital city of
        Prague"), nearest the trigger; else the article's dateline ("NAIROBI, Kenya (AP) —"). A place
        that is a party ("called on Uganda") is no location."""
        holders = {trig.head.i} | ({trig.noun.i} if trig.noun is not None else set())
        holders |= {c.i for c in trig.head.children if c.dep_ in ("dobj", "npadvmod")}
        best = None
        # an attack's or a strike's target place is where it happened ("the invasion of Iraq", "airstrikes on
        # Aleppo"): the noun's own "of"/"on"/"against" phrase
        target_place = trig.noun is trig.head and trig.type in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
        for p, root in self._place_roots():
            if root.dep_ != "pobj":
                continue
            prep = self._locative_prep(root, holders)
            if prep is None and target_place and root.head.dep_ == "prep" and root.head.head is trig.noun \
                    and root.head.lower_ in ("of", "on", "against", "into"):
                prep = root.head
            if prep is None:
                continue
            if prep.lower_ == "on" and self.lemma(prep.head) in ("call", "prevail", "urge", "rely", "impose"):
                continue
            if best is None or abs(p.start - trig.token.idx) < abs(best.start - trig.token.idx):
                best = p
        if best is not None:
            return best.location()
        if trig.noun is not None and trig.noun.i in self._noun_places:
            return self._noun_places[trig.noun.i].location()  # "the Benghazi attack"
        return self._dateline() if dateline else None

    @staticmethod
    def _locative_prep(root, holders: set[int]):
        """The locative preposition that attaches a place's phrase to one of ``holders``, through
        nouns and prepositional phrases ("in [a building in [the city of [Prague]]]"); None if none."""
        t, first = root, None
        for _ in range(8):
            h = t.head
            if h.i == t.i:
                return None
            if t.dep_ == "pobj" and h.dep_ == "prep":
                first = h if h.lower_ in LOCATIVE else (first if h.lower_ == "of" else None)
                if first is None and h.lower_ != "of":
                    return None
                if h.head.i in holders:
                    return first
                t = h.head
                continue
            if t.dep_ in ("compound", "appos", "conj", "prep") and h.pos_ in ("NOUN", "PROPN"):
                t = h
                continue
            return None
        return None

    def _dateline(self):
        """The place of the article's dateline: a place at the very start of a line of the body, before a
        dash ("NAIROBI, Kenya (AP) — …", "Prague – …"), once per article."""
        if not hasattr(self, "_dateline_place"):
            self._dateline_place = None
            text = self.an.text
            for p in self.an.places:
                line_start = text.rfind("\n", 0, p.start) + 1
                if p.start - line_start > 2 or p.start > 2000:
                    continue
                after = text[p.end:p.end + 60]
                if re.match(r"[^\n]{0,45}?\s[—–-]{1,2}\s", after) and p.country:
                    self._dateline_place = p
                    break
        return self._dateline_place.location() if self._dateline_place else None

    def _place_roots(self) -> list:
        """Each place with the token that attaches it (its first word when that is a preposition's
        object, else its phrase's root); built once per article."""
        if self._roots is None:
            self._roots = []
            for p in self.an.places:
                span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
                if span is not None:
                    self._roots.append((p, span[0] if span[0].dep_ == "pobj" else span.root))
        return self._roots

    def attributed(self, char: int) -> str | None:
        best = None
        for st in self.an.statements:
            if st.content.start <= char < st.content.end and (
                    best is None or st.content.end - st.content.start < best.content.end - best.content.start):
                best = st
        return best.id if best else None

