"""The narrative's day for an act that goes on with the same actor (a step of the coder's run, after the
occurrences are filled).

A report tells a dated act and goes on with its actor: "Inside the hotel conference center, Trump on
Tuesday dismissed Walker as an ineffective leader … Trump went after Walker hours after …". The second act,
done by words, in the simple past, in the journalist's voice and a main clause, with no time of its own, is
of the day the first one states: the last day the article stated before it (this paragraph or the one
before) is the day stated by an act of the same actor. It takes that day, basis ``context``, with the first
act's words. Nothing is given where the day stated last is another act's (background told to explain the
news has no day: "Hollande said Tuesday … Trump lashed out at Khan after …"), nor to acts other than words
(a material act told after is often background: "Russia struck Aleppo on Monday. Russia intervened in
Syria in 2015 …").

Tried on the whole-article gold and dropped: the narrative's day for every undated past act of words,
whoever did it (among matches 11 dates right, 15 wrong: background told after the news).
"""

from __future__ import annotations

from dataclasses import replace

from ...records import Event

#: acts done by words
WORDS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def _main_clause(verb) -> bool:
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ROOT"


def continued(coder, events: list[Event], trigs: dict) -> list[Event]:
    """``events`` with the narrative's day given to undated acts of words that go on with a dated act's
    actor (see the module's doc)."""
    out: list[Event] = []
    for e in events:
        trig = trigs.get(e.id)
        if trig is not None and not (e.date is not None and e.date.value) and e.status == "asserted" \
                and trig.type in WORDS and trig.head is not trig.noun and trig.head.tag_ == "VBD" \
                and e.attributed_to is None and e.actor and _main_clause(trig.head):
            since = coder._narrative_start(e.trigger.start)
            day = coder._narrative_day(e.trigger.start, since=since)
            same = [g for g in out if since <= g.trigger.start < e.trigger.start and g.date is not None
                    and g.date.basis == "text" and g.date.value == day and set(g.actor) & set(e.actor)]
            if same:
                e = replace(e, date=replace(same[-1].date, basis="context"))
        out.append(e)
    return out
