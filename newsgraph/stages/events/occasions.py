"""The place of a speaker's occasion (a step of the coder's run, after the occurrences and the narrative's
days are filled).

A report says once where a speaker spoke and goes on with what was said there: "Hollande said Tuesday in
Paris … Hollande denounced Trump's remarks … 'that will have consequences,' he said." The later acts of
words state no place, but they are of the same occasion: the same speaker, the same day. An act of words
(asserted, of a day) with no place of its own takes the place another act of words of the same day by the
same named speaker states in its own sentence (not the article's dateline, not a place given from
elsewhere). Nothing is given where that speaker's acts of the day state two places (two stops of a
campaign day), where the act's own sentence names a place of another country, or to a material act (an
attack, a deployment happens where it happens, not where it is told).
"""

from __future__ import annotations

from dataclasses import replace

from ...records import Event
from .occurrences import Occurrences

#: acts done by words: done where the speaker speaks
WORDS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def _day(e: Event) -> str | None:
    d = e.date
    return d.value if d is not None and d.value and len(d.value) == 10 else None


def occasion_places(coder, events: list[Event], trigs: dict) -> list[Event]:
    """``events`` with the place of the speaker's occasion given to acts of words that state none."""
    occ = Occurrences(coder, trigs)

    def stated_here(g: Event) -> bool:
        loc = g.location
        return occ._placed(g) and loc.start is not None and g.evidence.start <= loc.start < g.evidence.end

    givers = [g for g in events if g.type in WORDS and g.status == "asserted" and _day(g) and stated_here(g)]
    if not givers:
        return events
    places = coder.an.places
    out = []
    for e in events:
        day = _day(e)
        if e.location is None and e.type in WORDS and e.status == "asserted" and day:
            speakers = [a for a in e.actor if occ._named(a)]
            found = {(g.location.name, g.location.country): g for g in givers
                     if _day(g) == day and any(occ._same(a, b) for a in speakers for b in g.actor)}
            if len(found) == 1:
                g = next(iter(found.values()))
                country = g.location.country
                sent = (e.evidence.start, e.evidence.end)
                if not any(sent[0] <= p.start < sent[1] and p.country and p.country != country for p in places):
                    e = replace(e, location=g.location)
        out.append(e)
    return out
