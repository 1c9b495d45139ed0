"""Occurrences: the mentions of one real occurrence within an article, and the time and place one mention
states given to the mentions that state none.

A story tells one attack, one meeting, one trip several times: "Omar Mateen carried out his murderous
attack … in Orlando", "Last night, our nation was attacked …", "after this attack". Often only one mention
says when or where. This step, run after every event of the article is coded, links a mention that refers
back to an occurrence with the mentions that tell the same occurrence, and fills its unset date and place
from the best-informed of them: the ones whose own words state a date (basis ``text``) or a place (not
the dateline).

A mention that can receive is a noun event that refers back: "the talks", "this attack", "his trip",
"Trump's visit", "the Obama-Xi talks", a bare noun named by its party as a possessor would
("their thoughts on Donald Trump meeting with Peña Nieto") (a determiner or a possessor; not "the next attack", not a campaign
such as "the fight against …", not an occurrence known by its name such as "the Nuclear Security Summit"),
told as done or ahead (not asked for, denied or possible). A headline's act is a mention of the news the
body tells: it takes the day and place of a body mention by exactly the same parties ("Sanders calls
Clinton unqualified" ← "at a rally in Philadelphia on Wednesday night … assailed Mrs. Clinton"), over the
lede's first day, when that day is of the week up to publication (or later, for an act ahead).

A mention that can give is one of the same type (and mode, where both have one), done or ahead, whose own
sentence states the value. The two must agree: the same parties on each side (a name matches a longer form
of itself, "Peña" / "Peña Nieto"; a description with no name, "a radical Islamic terrorist", agrees with
anyone) and no conflicting date or place of their own. Givers whose parties are exactly the receiver's
come first; the value is given only when the givers of that rank state one value (a day and its own month
agree, the day wins); where they disagree (Wednesday's speech, Thursday's interview) nothing is given. A
filled date keeps the giver's words and their offsets, basis ``context``; a filled place is the giver's
place, with its offsets.

A material act whose own words give only a month or a year ("will meet … later this month") takes the
day a mention by exactly the same parties states within it ("will hold talks on March 28").

Then the news of the day: an act still undated, in the simple past and the journalist's voice, by an actor
of an act the lede dates, with no other time stated since the lede, takes the lede's day (see
:meth:`Occurrences._news_day`).

Tried on the whole-article gold and dropped: acts of words as mentions that receive ("his attack" on
Clinton, "Trump's proposal"): 1 date right, 3 wrong, since a speaker says the same thing again another day;
givers whose date is inferred (the lede's day of a headline) rather than stated in their sentence; the
lede's day for any actor's undated past act (2 dates right, 3 wrong: background told after the lede).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...records import Event, EventDate
from .attackers import FIGURATIVE
from .nominal import ANAPHORIC, ANOTHER

#: statuses of an occurrence that happened or is set to happen: the others have no time or place of their own
TOLD = frozenset({"asserted", "future"})
#: acts done by words: a speaker says them again, on another day ("pressing his attack" on Thursday after
#: Wednesday's), so a noun of one is no sure mention of the one told
VERBAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})


def _words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (name or "").lower()) if w not in ("the", "of", "s")}


class Occurrences:
    """Linking the mentions of one occurrence and filling date and place (a part of the coder's run)."""

    def __init__(self, coder, trigs: dict[str, object]):
        self.an = coder.an
        self.reciprocal = coder.reciprocal
        self.trigs = trigs
        self.coder = coder
        dateline = getattr(coder, "_dateline_place", None)
        self.dateline = (dateline.start, dateline.end) if dateline is not None else None

    # -- who ----------------------------------------------------------------------------------------
    def _named(self, aid: str) -> bool:
        """A party the article names (a person, an organization, a country, a group the knowledge base
        knows), not one it describes ("a white officer", "police officers", "a radical Islamic terrorist")."""
        a = self.an.actor(aid)
        return a is not None and (a.kind in ("person", "organization", "country") or bool(a.kb_id))

    def _same(self, x: str, y: str) -> bool:
        """One party: the same actor, or a name that is a shorter form of the other's ("Enrique Peña")."""
        if x == y:
            return True
        a, b = self.an.actor(x), self.an.actor(y)
        if a is None or b is None or a.kind != b.kind:
            return False
        wa, wb = _words(a.name), _words(b.name)
        return bool(wa and wb) and (wa <= wb or wb <= wa)

    def _side(self, x, y) -> int:
        """How two lists of parties agree: 2 the same parties, 1 no named party of one missing from the
        other (a side with no name agrees with a named one), 0 they conflict (or neither names anyone)."""
        if all(any(self._same(a, b) for b in y) for a in x) and all(any(self._same(b, a) for a in x) for b in y):
            return 2
        nx, ny = [a for a in x if self._named(a)], [b for b in y if self._named(b)]
        if not nx and not ny:
            return 0  # two descriptions ("a white officer", "police officers"): nothing says they are one
        if not nx or not ny:
            return 1
        if all(any(self._same(a, b) for b in ny) for a in nx) and all(any(self._same(b, a) for a in nx) for b in ny):
            return 1
        return 0

    def _parties(self, r: Event, g: Event) -> int:
        """How the parties of two mentions agree (2, 1 or 0, as :meth:`_side`); a reciprocal act's parties
        are one side."""
        if r.type in self.reciprocal:
            return self._side(r.actor + r.recipient, g.actor + g.recipient)
        actors, recipients = self._side(r.actor, g.actor), self._side(r.recipient, g.recipient)
        if not r.recipient or not g.recipient:
            recipients = 2 if not r.recipient and not g.recipient else 1
        return min(actors, recipients)

    # -- when and where -----------------------------------------------------------------------------
    @staticmethod
    def _stated(e: Event) -> bool:
        """The mention's date is stated by words of its own sentence ("on Monday", "in the afternoon"), not
        inferred from elsewhere (the lede's day, the publication day, another mention)."""
        d = e.date
        return d is not None and bool(d.value) and d.basis in ("text", "context") and d.start is not None \
            and e.evidence.start <= d.start and d.end <= e.evidence.end

    def _placed(self, e: Event) -> bool:
        """The mention's place is stated by the text (not the article's dateline)."""
        loc = e.location
        return loc is not None and (self.dateline is None or (loc.start, loc.end) != self.dateline)

    @staticmethod
    def _dates_agree(a: str | None, b: str | None) -> bool:
        return not a or not b or a.startswith(b) or b.startswith(a)

    @staticmethod
    def _places_agree(a, b) -> bool:
        if a is None or b is None:
            return True
        if a.country and b.country and a.country == b.country:
            return True
        return bool(_words(a.name or a.text) & _words(b.name or b.text))

    # -- which mentions -----------------------------------------------------------------------------
    def _refers_back(self, e: Event) -> bool:
        """The mention is an event noun that refers back to an occurrence: a determiner or a possessor
        ("the talks", "his attack", "Trump's visit"), not another one ("the next attack")."""
        trig = self.trigs.get(e.id)
        noun = getattr(trig, "noun", None)
        if noun is None or e.status not in TOLD or e.type in VERBAL:
            return False
        if noun.lemma_.lower() in FIGURATIVE:
            return False  # "the fight against the Islamic State": a campaign that lasts, not one act's day or place
        if noun.pos_ != "NOUN" or not noun.text[:1].islower():
            return False  # an occurrence known by its name ("the Nuclear Security Summit"): not by its parties
        kids = [t for c in noun.lefts for t in c.subtree]  # ("the apparent jihad shooting": "the" on "jihad")
        if any(c.lower_ in ANOTHER for c in kids if c.dep_ in ("amod", "det", "advmod")):
            return False
        if any((c.dep_ == "det" and c.lower_ in ANAPHORIC) or c.dep_ == "poss" for c in kids):
            return True
        # a bare noun named by its party's name, as a possessor would ("their thoughts on Donald Trump meeting
        # with Peña Nieto"); not with an article of its own ("a Trump rally")
        return not any(c.dep_ == "det" for c in noun.lefts) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            for c in noun.lefts)

    def _kin(self, r: Event, g: Event) -> int:
        """How surely ``g`` tells the occurrence ``r`` refers to: 2 the same parties, 1 agreeing parties,
        0 another occurrence (another type, or another mode where both have one, not done, conflicting
        parties, date or place)."""
        return self._parties(r, g) if self._compatible(r, g) else 0

    def _compatible(self, r: Event, g: Event) -> bool:
        """Whether ``g`` could tell the occurrence ``r`` refers to, whoever its parties: the same type (and
        mode, where both have one), done or ahead, no conflicting date or place."""
        if g is r or g.type != r.type or (g.mode and r.mode and g.mode != r.mode) or g.status not in TOLD:
            return False
        if self._stated(r) and self._stated(g) and not self._dates_agree(r.date.value, g.date.value):
            return False
        return not (self._placed(r) and self._placed(g) and not self._places_agree(r.location, g.location))

    def _best(self, kin: list[tuple[int, Event]], has, value, agree):
        """The value the best-ranked givers state (the most precise where they agree: a day and its own
        month), if they agree; else None."""
        for rank in (2, 1):
            givers = [g for k, g in kin if k == rank and has(g)]
            if not givers:
                continue
            values = sorted({value(g) for g in givers}, key=lambda v: -len(str(v)))
            return values[0] if all(agree(values[0], v) for v in values) else None
        return None

    def fill(self, events: list[Event]) -> list[Event]:
        """The article's events with the dates and places their linked mentions give, then the news of the
        day dated."""
        return self._news_day([self._filled(r, events) for r in events])

    def _given(self, kin, r: Event) -> EventDate | None:
        """The date the linked mentions ``kin`` state for ``r``, with the words of one that states it."""
        days = self._best(kin, self._stated, lambda g: g.date.value, self._dates_agree)
        if days is None:
            return None
        g = next(g for _, g in kin if self._stated(g) and g.date.value == days)
        return EventDate(value=days, text=g.date.text, precision=g.date.precision, basis="context",
                         start=g.date.start, end=g.date.end)

    def _filled(self, r: Event, events: list[Event]) -> Event:
        headline = r.status in TOLD and self.coder._in_title(r.trigger.start)
        refers = self._refers_back(r)
        coarse = self._coarse(r)
        if not (headline or refers or coarse):
            return r
        kin = [(k, g) for g in events if (k := self._kin(r, g))]
        if headline or coarse:  # the same act by the same parties
            kin = [(k, g) for k, g in kin if k == 2]
        elif r.date is not None and r.date.value:  # "the attack", dated Wednesday by the one it refers to, is
            kin = [(k, g) for k, g in kin if not self._stated(g) or self._dates_agree(r.date.value, g.date.value)]
            # not the 2004 bombing told later: that one's place is not its place
        if not any(self._named(a) for a in r.actor + r.recipient):
            # "the rebels' attack": parties told only by a description do not say which occurrence is meant;
            # every mention of the type that states a time or place must agree with the one given
            wider = [g for g in events if self._compatible(r, g)]
            if len({g.date.value for g in wider if self._stated(g)}) > 1:
                kin = [(k, g) for k, g in kin if not self._stated(g)]
            if len({(g.location.name, g.location.country) for g in wider if self._placed(g)}) > 1:
                kin = [(k, g) for k, g in kin if not self._placed(g)]
        if refers and r.type == "CONSULT" and r.status == "asserted" and self._still_ahead(r, kin):
            r = replace(r, status="future")  # "The meeting comes amid concerns …" after "will meet": still ahead
        if coarse and not (headline or refers):  # the day of "later this month"
            given = self._given(kin, r)
            return replace(r, date=given) if given is not None and len(given.value) > len(r.date.value) else r
        date, location = r.date, r.location
        if not (date is not None and date.value) or headline and not self._stated(r):
            given = self._given(kin, r)
            if given is not None and (not headline or self._recent(given.value, r.status)):
                date = given
        if location is None:
            name = self._best(kin, self._placed, lambda g: (g.location.name, g.location.country),
                              lambda a, b: a == b)
            if name is not None:
                location = next(g.location for _, g in kin if self._placed(g)
                                and (g.location.name, g.location.country) == name)
        return replace(r, date=date, location=location) if (date, location) != (r.date, r.location) else r

    def _still_ahead(self, r: Event, kin) -> bool:
        """For a meeting or a visit (scheduled occurrences; an attack is rarely told ahead): every mention by
        the same parties told before ``r`` tells the occurrence as ahead ("will meet"),
        and ``r``'s own clause does not say it ended or took place ("The meeting ended …")."""
        before = [g for k, g in kin if k == 2 and g.trigger.start < r.trigger.start and g is not r
                  and not self._refers_back(g)]  # (other mentions that refer back say nothing of their own)
        if not before or any(g.status != "future" for g in before):
            return False
        noun = getattr(self.trigs.get(r.id), "noun", None)
        return noun is None or not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBD", "VBN"))

    def _coarse(self, e: Event) -> bool:
        """A material act (not one of words) whose own words give only its month or year ("will meet … later
        this month"): another mention by the same parties may say the day ("the Dec. 28 meeting")."""
        return e.type not in VERBAL and e.status in TOLD and self._stated(e) and e.date.precision in ("month", "year")

    def _recent(self, value: str, status: str) -> bool:
        """A day of the news a headline tells: within the week up to publication, or after it for an act
        ahead."""
        pub = self.an.article.published
        if not pub or len(value) != 10:
            return False
        try:
            days = (dt.date.fromisoformat(pub[:10]) - dt.date.fromisoformat(value)).days
        except ValueError:
            return False
        return days <= 0 if status == "future" else 0 <= days <= 7

    # -- the day's news -----------------------------------------------------------------------------
    def _news_day(self, events: list[Event]) -> list[Event]:
        """The news of the day: an undated act in the simple past, told in the journalist's voice in a main
        clause whose sentence names no time, by a named actor (not a description: "police officers") of an
        act the headline or the lede dates ("Clinton called for … on
        Thursday. … She also called for more flexibility …"), where the last time the article stated before
        it is the lede's day (the lede's day within three days of publication): the lede's day, basis
        ``context`` with the lede's words. Another actor's undated past act may be background told to
        explain the news ("Hollande said Tuesday … Trump lashed out at Khan after …"): left undated."""
        lede = self.coder._lede_day()
        if lede is None or not self.coder._news_of_the_day(lede):
            return events
        dates = [d for d in self.an.dates if d.kind != "anaphoric" and not self.coder._dates_a_thing(d, None)]
        top = self.an.text.find("\n") + 1 + 600  # the headline and the lede (as the lede's day is read)
        news = {a for e in events if e.date is not None and e.date.value == lede.value and e.trigger.start < top
                for a in e.actor if self._named(a)}
        out = []
        for e in events:
            if self._of_the_day(e, lede, dates, news):
                e = replace(e, date=EventDate(value=lede.value, text=lede.text, precision=lede.precision,
                                              basis="context", start=lede.start, end=lede.end))
            out.append(e)
        return out

    def _of_the_day(self, e: Event, lede: EventDate, dates: list, news: set[str]) -> bool:
        """Whether an event is an undated simple-past act of the lede's actors, in the journalist's voice, in
        a main clause of a sentence naming no time, told where the article last stated the lede's day."""
        trig = self.trigs.get(e.id)
        verb = getattr(trig, "head", None)
        if (e.date is not None and e.date.value) or e.status != "asserted" or verb is None \
                or getattr(trig, "noun", None) is verb or verb.tag_ != "VBD" or e.attributed_to is not None \
                or not set(e.actor) & news:
            return False
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ != "ROOT":
            return False
        sent = verb.sent
        if any(sent.start_char <= d.start < sent.end_char for d in self.an.dates):
            return False
        before = [d for d in dates if d.end <= e.trigger.start]
        return bool(before) and before[-1].start >= lede.start and all(
            self.coder._resolve_date(d, "past")[0] == lede.value for d in before if d.start >= lede.start)
