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

Where the article states no time between them, the act goes on from the actor's last act dated by words of
the article, even by context ("Just after Mateen carried out his attack, Trump was calling for change. / In the
wake of Obama's remarks, Trump called for the president to resign": the attack's day, told later as "last
night"); not from an act given the day of publication for want of a time (background: "Obama began his
presidency by telling …").

An undated act told within hours of a dated one ("Trump went after Walker hours after the governor threw
his support behind Cruz", "Just after Mateen carried out his attack, Trump was calling for change") is of
its day (:func:`within_hours`).

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
        if t.tag_ == "VBD" and t.head.tag_ == "VB":
            # a past verb is no conjunct of a bare one: the parse hangs it too low ("went after Clinton for
            # following Obama's refusal to use the term and called for her to quit"); it goes on from the
            # nearest past verb above
            t = next((a for a in t.head.ancestors if a.tag_ == "VBD"), None)
            if t is None:
                return False
            continue
        t = t.head
    return t.dep_ == "ROOT"


#: words that put two acts within hours of each other ("hours after", "just after", "shortly before")
CLOSE = frozenset({"hours", "minutes", "moments", "just", "shortly", "soon", "immediately", "right"})


def _close_clause(verb):
    """The verb of the act told within hours of ``verb``'s: the head of an "after"/"before" clause so marked
    ("Trump was calling for change just after Mateen carried out his attack"), or such a clause of its own;
    None where there is none."""
    def close(v) -> bool:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is None:
            return False
        prev = v.doc[mark.i - 1] if mark.i > 0 else None
        return prev is not None and prev.lower_ in CLOSE or any(
            c.dep_ == "advmod" and c.lower_ in CLOSE for c in v.children)
    if verb.dep_ == "advcl" and verb.head.i != verb.i and close(verb):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "advcl" and close(c)), None)


def within_hours(events: list[Event], trigs: dict) -> list[Event]:
    """An undated act told within hours of a dated one ("hours after", "just after") is of its day, basis
    ``context`` with the other act's words (an act of another day told so, "two days after", is left)."""
    by_verb = {}
    for g in events:
        trig = trigs.get(g.id)
        if trig is not None and g.date is not None and g.date.value and len(g.date.value) == 10:
            by_verb.setdefault(trig.head.i, g)
    out = []
    for e in events:
        trig = trigs.get(e.id)
        if trig is not None and not (e.date is not None and e.date.value) and e.status == "asserted" \
                and trig.head is not trig.noun:
            other = _close_clause(trig.head)
            g = by_verb.get(other.i) if other is not None else None
            if g is not None:
                e = replace(e, date=replace(g.date, basis="context"))
        out.append(e)
    return out


def continued(coder, events: list[Event], trigs: dict) -> list[Event]:
    """``events`` with the narrative's day given to undated acts of words that go on with a dated act's
    actor (see the module's doc)."""
    events = within_hours(events, trigs)
    out: list[Event] = []
    for e in events:
        trig = trigs.get(e.id)
        if trig is not None and not (e.date is not None and e.date.value) and e.status == "asserted" \
                and trig.type in WORDS and trig.head is not trig.noun and trig.head.tag_ == "VBD" \
                and e.attributed_to is None and e.actor and _main_clause(trig.head):
            since = coder._narrative_start(e.trigger.start)
            day = coder._narrative_day(e.trigger.start, since=since)
            same = [g for g in events if since <= g.trigger.start < e.trigger.start and g.date is not None
                    and g.date.basis == "text" and g.date.value == day and set(g.actor) & set(e.actor)]
            if not same:
                same = _carried(coder, events, e, since)
            if same:
                e = replace(e, date=replace(same[-1].date, basis="context"))
        out.append(e)
    return within_hours(out, trigs)


def _carried(coder, events: list[Event], e: Event, since: int) -> list[Event]:
    """The act of the same actor the narrative goes on from where no time was stated since: the last act
    before ``e`` (from ``since``) dated to a day, by an actor of ``e``, with no time expression between."""
    before = [g for g in events if since <= g.trigger.start < e.trigger.start and g.date is not None
              and g.date.value and len(g.date.value) == 10 and g.date.text and set(g.actor) & set(e.actor)]
    if not before:
        return []
    g = max(before, key=lambda g: g.trigger.start)
    if any(g.trigger.start < d.start < e.trigger.start for d in coder.an.dates):
        return []
    return [g]
