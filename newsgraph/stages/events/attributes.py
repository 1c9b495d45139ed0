"""Attributes of an event: its date (resolved with the clause's tense), its place, the statement it is
attributed to."""

from __future__ import annotations

from ...records import EventDate
from .. import time as time_stage
from .lexicon import LOCATIVE, _Trigger


def _subtree_ends(tok):
    """The first and last tokens of ``tok.subtree`` without walking the whole subtree."""
    first = last = tok
    while first.n_lefts:
        first = next(first.lefts)
    while last.n_rights:
        *_, last = last.rights
    return first, last



class Attributes:
    """Dating, placing and attributing an event (a part of :class:`~.coder.Coder`)."""

    def date_for(self, trig: _Trigger, tense: str) -> EventDate:
        pub = self.an.article.published
        first, last = _subtree_ends(trig.head)
        lo, hi = first.idx, last.idx + len(last)
        in_clause = [d for d in self.an.dates if lo <= d.start and d.end <= hi]
        if in_clause:
            d = min(in_clause, key=lambda d: abs(d.start - trig.token.idx))
            value, precision = time_stage.resolve(d.text, d.kind, pub, tense)
            if value:
                return EventDate(value=value, text=d.text, precision=precision, start=d.start, end=d.end)
        return EventDate(value=pub, text=None, precision="day" if pub else None, basis="published")

    def location_for(self, trig: _Trigger):
        """The place a locative phrase of the event's own clause names ("meet … in Anchorage, Alaska")."""
        holders = {trig.head.i} | ({trig.noun.i} if trig.noun is not None else set())
        holders |= {c.i for c in trig.head.children if c.dep_ in ("dobj", "npadvmod")}
        best = None
        for p, root in self._place_roots():
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and root.head.head.i in holders:
                if best is None or abs(p.start - trig.token.idx) < abs(best.start - trig.token.idx):
                    best = p
        return best.location() if best else None

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

