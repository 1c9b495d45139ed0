"""The place of a speaker's occasion (a step of the coder's run, after the occurrences and the narrative's
days are filled).

A report says once where a speaker spoke and goes on with what was said there: "Hollande said Tuesday in
Paris … Hollande denounced Trump's remarks … 'that will have consequences,' he said." The later acts of
words state no place, but they are of the same occasion: the same speaker, the same day. An act of words
(asserted, of a day) with no place of its own takes the place another act of words of the same day by the
same named speaker states in its own sentence (not the article's dateline, not a place given from
elsewhere). Nothing is given where that speaker's acts of the day state two places (two stops of a
campaign day), where the act's own sentence names another city or region (another stop of the day; a
country it names is mostly what is talked about: "should send more forces into Syria"), or to a material act (an
attack, a deployment happens where it happens, not where it is told).

A statement may say where it was said with no act of its own ("'…,' Carter told the Shangri-La Dialogue, a
regional security forum in Singapore"): its one place, in a sentence naming no time, is given to the
speaker's acts of words that state none, where all the speaker's dated acts of words are of one day.
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


def _told_at(coder) -> list[tuple[str, object]]:
    """(speaker, place) for each statement whose saying verb's own clause states where it was said, in a
    sentence that names no time ("…," Carter told the Shangri-La Dialogue, a regional security forum in
    Singapore)."""
    an, doc = coder.an, coder.an.doc
    out = []
    for st in an.statements:
        if st.source is None or st.source.actor is None or st.cue is None:
            continue
        cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        if cue is None:
            continue
        verb = cue.root
        sent = verb.sent
        if any(sent.start_char <= d.start < sent.end_char for d in an.dates):
            continue
        holders = {verb.i} | {c.i for c in verb.children if c.dep_ in ("dobj", "dative")}
        found = {(p.name, p.country): p for p, root in coder._place_roots()
                 if root.dep_ == "pobj" and sent.start_char <= p.start < sent.end_char
                 and coder._locative_prep(root, holders) is not None}
        if len(found) == 1:
            out.append((st.source.actor, next(iter(found.values())).location()))
    return out


def _spoken(coder, occ, events: list[Event]) -> list[Event]:
    """``events`` with the place a speaker's statement states given to that speaker's acts of words that
    state none, where all the speaker's dated acts of words are of one day (one day, one occasion)."""
    told = _told_at(coder)
    if not told:
        return events
    out = []
    for e in events:
        if e.location is None and e.type in WORDS and e.status == "asserted" and _day(e):
            speakers = [a for a in e.actor if occ._named(a)]
            places = {(loc.name, loc.country): loc for who, loc in told if any(occ._same(a, who) for a in speakers)}
            days = {_day(g) for g in events if g.type in WORDS and _day(g)
                    and any(occ._same(a, b) for a in speakers for b in g.actor)}
            if len(places) == 1 and len(days) == 1:
                e = replace(e, location=next(iter(places.values())))
        out.append(e)
    return out


def occasion_places(coder, events: list[Event], trigs: dict) -> list[Event]:
    """``events`` with the place of the speaker's occasion given to acts of words that state none."""
    occ = Occurrences(coder, trigs)
    events = _spoken(coder, occ, events)

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
                name = g.location.name
                sent = (e.evidence.start, e.evidence.end)
                # a city of its own may be another stop of the day ("Later in Lyon, he said …"); a country it
                # names is mostly what is talked about ("should send more forces into Syria")
                if not any(sent[0] <= p.start < sent[1] and p.feature != "country" and p.name != name
                           for p in places):
                    e = replace(e, location=g.location)
        out.append(e)
    return out
