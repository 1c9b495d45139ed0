"""Attributes of an event: its date (resolved with the clause's tense), its place, the statement it is
attributed to."""

from __future__ import annotations

import datetime as dt
import re

from ... import headline
from ...records import EventDate
from .. import time as time_stage
from ..actors import country_mentions
from ..syntax import governing_verb, tense_and_status
from .evaluations import WORDS_NOUNS
from .lexicon import LOCATIVE, _Trigger
from .nominal import ASKING, ASKING_FOR
from .said_dates import (
    ANNOUNCED,
    announcing_saying,
    conjoined_saying,
    going_on,
    gradual,
    not_yet,
    past_saying,
    saying_done_in,
)

#: nouns naming a time: a date on them still dates the clause ("on Sunday night")
TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "days", "week", "weekend", "month",
                        "year", "time", "dawn", "noon", "midnight", "hour", "hours"})
#: verbs of holding or carrying out an act: a relative clause of one tells the act itself ("the test that
#: North Korea conducted last night")
HOLDING = frozenset({"conduct", "carry", "hold", "stage", "launch", "mount", "perform", "host", "organize",
                     "organise", "convene", "execute", "commit", "perpetrate", "wage", "unleash"})
#: relative pronouns: a relative clause with one as its subject tells the noun's own act
RELATIVES = frozenset({"who", "that", "which", "whom", "whose"})
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: a subordinate clause so marked shares the main clause's time ("met them when he visited Paris on Monday")
SAME_TIME = frozenset({"when", "as", "while", "during"})
#: verbs whose complement is an act asked for, not done
ASKS = frozenset(ASKING | ASKING_FOR)
#: verbs of plain saying: an act done by saying so happens when it is said
SAYING = frozenset({"say", "tell", "add", "remark", "note", "explain", "insist", "argue", "state", "declare",
                    "comment", "respond", "reply", "suggest", "stress", "contend", "maintain", "observe"})
#: modals that make a reported clause a demand of its speaker ("Peru must reopen the border," she said)
DEMAND_MODALS = frozenset({"must", "should"})
#: verbs of an occurrence's end: a day it is still to end on is not the day it is told for
ENDING = frozenset({"end", "conclude", "close", "finish", "wrap", "adjourn"})


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
    years = []
    for k in (-1, 0, 1):
        try:
            years.append(day.replace(year=day.year + k))
        except ValueError:  # February 29th in a common year, or a year outside 1–9999 (published 0001-01-01)
            continue
    best = min(years, key=lambda x: abs((x - base).days), default=day)
    return best.isoformat()


def _same_time(clause) -> bool:
    """An adverbial clause of the same moment and place ("when he arrives"), or a participle with no mark
    ("Speaking at a rally in Lima, he said …")."""
    if clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in clause.children):
        return True
    # ("while" and "as" also contrast or give a reason: "arrested 40 in Arequipa, while Chile condemned Peru")
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in clause.children)


def _agents_participle(t, head) -> bool:
    """A participle describing a noun with an agent of its own ("…, a call echoed by Japan on Saturday"):
    another party's act, with its own time; not when the noun is the subject of the event's verb, which
    tells the same occurrence ("The attack, carried out by rebels on Sunday, killed two soldiers")."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children) and not (
        t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.i == head.i)


#: prepositions of the occasion an act takes place at ("at a summit", "during talks"): its time is the act's
OCCASION_PREPS = frozenset({"at", "during", "amid", "amidst"})


def _participle_in_phrase(t) -> bool:
    """A participle describing a noun inside a prepositional phrase ("dropped an investigation into an
    allegation made against him in 2010"): what was done to that thing, at its own time; not the doer of a
    passive seen doing something ("abducted by gunmen wearing uniforms … in August 2016": the act's time)."""
    return t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.dep_ == "pobj" and not (
        t.tag_ == "VBG" and t.head.head.dep_ == "agent") and not (
        t.head.head.lower_ in ("in", "through", "via") and t.head.lemma_.lower() in WORDS_NOUNS)
    # ("In a joint statement published Oct. 25, the ministries accused …": the words the act is done in)


def _purpose_of_a_deed(verb, speech) -> bool:
    """``verb`` is the infinitive of purpose of a verb that is no saying ("surrounded the Statehouse to call
    for better pay")."""
    return verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_.lower() not in speech


def _scene(verb) -> set[int]:
    """The clause whose place is the verb's too: the main clause of a clause of the same moment ("when he
    arrives in Israel", "at a rally in Philadelphia on Wednesday night when Sanders took issue …"); for a
    verb that shares its subject with the one before it and names no goal of its own ("took issue … and
    assailed Mrs. Clinton"; not "was arrested in Lima and flown to Cusco"), that verb and its scene."""
    out: set[int] = set()
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in first.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") for c in first.children):
        first = first.head
        out.add(first.i)
    if first.dep_ == "advcl" and _same_time(first):
        out.add(first.head.i)
    elif first.dep_ == "relcl" and first.head.lower_ in TIME_NOUNS | WEEKDAY_NAMES and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in first.children):
        t = first.head  # "on Wednesday night when …": the clause that night belongs to
        while t.dep_ in ("pobj", "prep", "compound", "npadvmod") and t.head.i != t.i:
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                out.add(t.i)
                break
    return out


#: words of an occurrence still going on ("the ongoing investigation", "continued backlash")
ONGOING = frozenset({"ongoing", "continuing", "continued", "unfolding"})
#: marks of a clause of the same time ("As Ortiz prepared to speak …, protesters gathered")
AT_THE_TIME = frozenset({"as", "when", "while"})


def _past_frame_at_the_time(verb) -> bool:
    """ "As Ortiz prepared to speak to supporters on Tuesday, …": an act ahead of a frame told in the past in
    a clause of the same time as the main one is as near as that frame: its day is a past one, not the next."""
    h = verb
    while h.dep_ == "xcomp" and h.head.i != h.i:
        h = h.head
    return h is not verb and h.tag_ == "VBD" and h.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in AT_THE_TIME for c in h.children)


def _finite_present(verb) -> bool:
    """ "says", "are meeting", "is not agreed", "is reluctant": a finite verb in the present (or a
    predicate of one), not a gerund or an infinitive."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.dep_ == "acomp" and verb.head.i != verb.i and verb.head.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


#: adverbs of a habit: a present that tells what someone does, not the day's news ("frequently meets")
HABITUAL = frozenset({"frequently", "often", "regularly", "routinely", "usually", "always", "sometimes", "generally",
                      "typically", "repeatedly", "rarely", "seldom", "never", "constantly", "consistently"})


def _habitual(verb) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children)


#: marks opening a quotation
QUOTES = frozenset("\"“‘'")
#: acts done by saying: they happen where the words are said
SAID_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


class Attributes:
    """Dating, placing and attributing an event (a part of :class:`~.coder.Coder`)."""

    def date_for(self, trig: _Trigger, tense: str, status: str = "asserted") -> EventDate:
        """The event's own time: the time expression of its clause, else the nearest of its sentence,
        resolved against the publication date with the tense of the clause the words belong to. With
        none, a clause in the present reports the day's news: the publication date, basis
        ``published`` (also an act that goes on, "continue to warn", and one not done "yet", "has yet to
        apologize"; not a habit or a gradual process, "is gradually increasing troops", nor an act only
        possible or a condition, "If Ortiz is meeting with the rebels, …"), but a present
        told inside a past saying is the saying's day ("While saying that he respects …, he continued",
        :mod:`.said_dates`); anything else (background, a past act the article does not date) has no
        value rather than a guessed one (basis null).

        A time expression dates what it attaches to: not a thing its words name ("denied any role in the
        Sept. 11, 2001, attacks", "ahead of next Tuesday's primary"), not a clause below the event's
        (a relative or reported clause, or an adverbial one unless it says "when", "as" or "while":
        "called for them to be hit harder than France hit them on Sunday"), not an act only asked for
        or possible ("called on the government Wednesday to block the visit") and not an act reported
        as over by the saying ("said Wednesday that they had rejected it", "… that Republicans rejected
        it"). A month and day
        without a year take the year the article gives that day elsewhere ("September 11th. 2012 …
        the September 11 attack"). Two dates come from context, basis ``context``, with the words
        they come from: a day named by the narrative ("earlier in the day", "the next day") counts
        from the day the article last stated; an event of the headline is the lede's news, dated by
        the first day the lede states ("Netanyahu rejects …" over "…, officials said Wednesday").

        Tried on the whole-article gold and dropped: the paragraph's last stated time for a past
        narrative (among matches, date 0.44 -> 0.40: the coders leave most background undated), the
        publication date for a present perfect ("has suspended": 0.44 -> 0.30), and the lede's day
        for every past verbal act (net -3 matched dates)."""
        pub = self._article_day()
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
            return not any(a <= d.start < b for a, b in said) and not self._dates_a_thing(d, trig) \
                and not self._set_to_end(d, trig) and (
                nominal and holder is trig.noun and not self._object_relative(d, holder)
                or not self._other_clause(d, holder, status, trig.type))

        layers = [[d for d in self.an.dates if lo <= d.start and d.end <= hi and own(d)]]
        if not nominal:
            layers.append([d for d in self.an.dates if sent.start_char <= d.start and d.end <= sent.end_char
                           and own(d)])
        for found in layers:
            for d in sorted(found, key=lambda d: abs(d.start - at)):
                value, precision = self._resolve_date(d, tense)
                if value:
                    basis = "context" if d.kind == "anaphoric" else "text"
                    return EventDate(value=value, text=d.text, precision=precision, basis=basis, start=d.start,
                                     end=d.end)
        lede = self._lede_day() if self._in_title(at) and status not in ("hypothetical", "future") \
            and not self._asked_for(trig) else None  # ("… but will meet with him": not the day it was said)
        if lede is not None:
            return lede
        said_day = self._saying_day(trig) if status == "asserted" else None
        if said_day is not None:
            return said_day
        if nominal:
            if pub and status == "asserted" and self._ongoing_today(trig.noun):
                return EventDate(value=pub, text=None, precision="day", basis=self._day_basis(pub))
            return EventDate(value=None, text=None, precision=None, basis=None)
        verb = trig.head
        if tense == "present" and status in ("asserted", "negated") and past_saying(verb, self.speech) is not None:
            # the speaker's present told in a past saying: the saying's day ("While saying that he respects …")
            day, basis = self._narrative(at, since=self._narrative_start(at))
            return EventDate(value=day, text=None, precision="day", basis=basis) if day else EventDate(
                value=None, text=None, precision=None, basis=None)
        if pub and status not in ("hypothetical", "conditional") and (
                tense == "present" and (_finite_present(verb) or status == "asserted" and going_on(verb))
                    or status == "negated" and not_yet(verb)) and not _habitual(verb) and not gradual(verb):
            return EventDate(value=pub, text=None, precision="day", basis=self._day_basis(pub))
        return EventDate(value=None, text=None, precision=None, basis=None)

    def _ongoing_today(self, noun) -> bool:
        """A noun event told as going on ("the ongoing investigation", "faces continued backlash") in a clause
        in the present, the reporter's own (not a speaker's in a past saying): the day's news, as "continue
        to accuse" is."""
        if not any(c.dep_ == "amod" and c.lower_ in ONGOING for c in noun.children):
            return False
        v = noun.head
        for _ in range(6):
            if v.pos_ in ("VERB", "AUX") and (v.tag_ in ("VBZ", "VBP", "VBD", "MD") or v.dep_ == "ROOT"):
                break
            if v.head.i == v.i:
                return False
            v = v.head
        return _finite_present(v) and not _habitual(v) and past_saying(v, self.speech) is None

    def _saying_day(self, trig: _Trigger) -> EventDate | None:
        """The day of an act done by saying, whose clause names no time: a verbal act at a verb of saying
        ("'He is a danger,' said Frej") or a demand at a modal of a reported clause ("said the United States
        should reduce its patrols") happens when it is said, and so does an act conjoined with a saying
        ("said … and accused …") or an offer or threat reported with "would" ("said he would welcome …",
        see :mod:`.said_dates`). A saying in the present ("says") is the day's news (the publication date,
        basis ``published``); one in the past, the day the article last stated before it (basis
        ``context``; the publication date, basis ``published``, when it stated none)."""
        tok = trig.token
        verb = self._saying_verb(trig)
        if verb is None:
            return None
        pub = self._article_day()
        if _finite_present(verb):
            return EventDate(value=pub, text=None, precision="day", basis=self._day_basis(pub)) if pub else None
        if verb.tag_ not in ("VBD", "VBN") and not (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "pcomp")):
            return None
        day, basis = self._narrative(tok.idx, since=self._narrative_start(tok.idx))
        return EventDate(value=day, text=None, precision="day", basis=basis) if day else None

    def _saying_verb(self, trig: _Trigger):
        """The verb of saying by which the act is done: its own trigger ("'He is a danger,' said Frej"), or
        the reporting verb of a demand at a modal ("said the United States should …"); None for others."""
        tok = trig.token
        if tok.lower_ in DEMAND_MODALS:
            return self._reporting_verb(trig.head) or self._cue_verb(tok.idx)
        if tok.pos_ in ("VERB", "AUX") and self.lemma(tok) in SAYING:
            return tok
        if trig.head is trig.noun:
            # "in a halfhearted endorsement of Sanders, Clinton added …": done by that saying
            return saying_done_in(trig.noun) if trig.type in SAID_ACTS else None
        if trig.type not in SAID_ACTS:
            return None
        # "said … and accused Salas of …", "said she would welcome …": done by that saying
        return conjoined_saying(trig.head) or announcing_saying(trig, trig.head)

    def _narrative_start(self, char: int) -> int:
        """Where the narrative ``char`` stands in begins, for the day it stands on: the paragraph before its
        own, and the one before that while it opens with a quotation (a speaker's words carry on the
        narrative of the saying told before them: "Rubio responded … late Tuesday night. / "I have been
        warning …," the senator said. / "If this test is confirmed, …," he said": Tuesday's)."""
        start = self._paragraph_start(char, back=1)
        for _ in range(2):
            if start <= 1 or self.an.text[start:start + 1] not in QUOTES:
                break
            start = self._paragraph_start(start, back=1)
        return start

    def _paragraph_start(self, char: int, back: int = 0) -> int:
        """Where the paragraph holding ``char`` begins, or the one ``back`` paragraphs before it."""
        text = self.an.text
        start = text.rfind("\n", 0, char) + 1
        for _ in range(back):
            if start <= 1:
                break
            start = text.rfind("\n", 0, text[:start].rstrip().__len__()) + 1
        return start

    def _cue_verb(self, char: int):
        """The verb of the cue of the statement whose content holds ``char``, or None."""
        sid = self.attributed(char)
        st = next((x for x in self.an.statements if x.id == sid), None)
        if st is None or st.cue is None:
            return None
        cue = self.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        return next((t for t in cue if t.pos_ in ("VERB", "AUX")), None) if cue is not None else None

    def _resolve_date(self, d, tense: str) -> tuple[str | None, str | None]:
        """(value, precision) of a date mention, with the tense of its clause."""
        pub = self._article_day()
        if d.kind == "anaphoric":
            return time_stage.resolve(d.text, d.kind, pub, tense, anchor=self._narrative_day(d.start))
        value, precision = time_stage.resolve(d.text, d.kind, self._base_day(d), self._tense_at(d, tense))
        if value and len(value) == 10 and d.kind == "absolute" and not re.search(r"\d{4}", d.text):
            year = self._stated_years().get(value[5:])
            if year is not None:
                return f"{year}{value[4:]}", precision
        return _nearest_year(value, d.text, pub), precision

    def _stated_years(self) -> dict[str, str]:
        """Month and day ("09-11") -> the year the article gives it with, where it gives just one."""
        if getattr(self, "_years_by_day", None) is None or self._years_for is not self.an:
            years: dict[str, set[str]] = {}
            for d in self.an.dates:
                if d.kind == "absolute" and re.search(r"\d{4}", d.text):
                    value, _ = time_stage.resolve(d.text, d.kind, None, "past")
                    if value and len(value) == 10:
                        years.setdefault(value[5:], set()).add(value[:4])
            self._years_by_day = {k: next(iter(v)) for k, v in years.items() if len(v) == 1}
            self._years_for = self.an
        return self._years_by_day

    def _narrative_day(self, char: int, since: int = 0) -> str | None:
        """The day the narrative stands on at ``char``: the last day the article stated before it (from
        ``since`` on; not a thing's day), else the lede's day where it is the news of the day (a report
        dated Wednesday of what was said Tuesday), else the article's day."""
        return self._narrative(char, since)[0]

    def _base_day(self, d) -> str | None:
        """The day a date mention counts from: the article's day, but for a day named from the speaker's
        present ("today", "last night") in a quotation said in the past ("“In his remarks today, Obama
        refused …,” Trump said"), the day the narrative stands on where the quotation opens."""
        day = self._article_day()
        if d.kind != "relday":
            return day
        st = next((x for x in self.an.statements if x.kind == "direct" and x.cue is not None
                   and x.content.start <= d.start < x.content.end), None)
        if st is None:
            return day
        cue = self.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None) if cue is not None else None
        if verb is None or verb.tag_ not in ("VBD", "VBN"):
            return day
        return self._narrative(st.content.start, since=self._narrative_start(st.content.start))[0] or day

    def _narrative(self, char: int, since: int = 0) -> tuple[str | None, str]:
        """:meth:`_narrative_day` with its basis: ``context`` for a day the article stated, ``published``
        where none was stated and the day is the publication date."""
        for d in reversed([d for d in self.an.dates if since <= d.start and d.end <= char and d.kind != "anaphoric"]):
            if self._dates_a_thing(d, None):
                continue
            value, _ = time_stage.resolve(d.text, d.kind, self._base_day(d), self._tense_at(d, "past"))
            value = _nearest_year(value, d.text, self._article_day())
            if value and len(value) == 10:
                return value, "context"
        lede = self._lede_day()
        if lede is not None and lede.start is not None and lede.start < char and self._news_of_the_day(lede):
            return lede.value, "context"
        day = self._article_day()
        return day, self._day_basis(day) if day else "context"

    def _in_title(self, char: int) -> bool:
        """Whether ``char`` is in the article's first line when that line is a headline: short, with the
        body after it."""
        text = self.an.text
        end = text.find("\n")
        return 0 <= char < end and len(text[:end].split()) <= headline.MAX_WORDS and bool(text[end:].strip())

    def _lede_day(self) -> EventDate | None:
        """The first day the lede (the body's first paragraphs, within 600 characters of the headline)
        states, as the headline's date, basis ``context``."""
        if getattr(self, "_lede_for", None) is self.an:
            return self._lede
        self._lede_for, self._lede = self.an, None
        text = self.an.text
        body = text.find("\n") + 1
        pub = self.an.article.published
        for d in self.an.dates:
            if d.start < body or d.kind == "anaphoric" or self._dates_a_thing(d, None):
                continue
            if d.start > body + 600:
                break
            value, precision = time_stage.resolve(d.text, d.kind, pub, self._tense_at(d, "past"))
            value = _nearest_year(value, d.text, pub)
            if value and precision == "day":
                self._lede = EventDate(value=value, text=d.text, precision=precision, basis="context",
                                       start=d.start, end=d.end)
                break
        return self._lede

    def _article_day(self) -> str | None:
        """The day the article tells the news of: the publication date, or the day after it where the lede's
        first day is a bare weekday of that day ("condemned the test on Wednesday" in a report dated Tuesday:
        the outlet's date lags the news's time zone, see :func:`~newsgraph.stages.time.resolve`). Days the
        text counts from the day of writing ("last night", "today") and the undated news of the day count
        from it."""
        pub = self.an.article.published
        if getattr(self, "_day_for", None) is self.an:
            return self._day
        self._day_for, self._day = self.an, pub
        lede = self._lede_day()
        if pub and lede is not None and lede.value and lede.text and lede.text.lower().strip(" .").split()[-1] in \
                WEEKDAY_NAMES and not re.search(r"\b(?:next|coming|this)\b", lede.text.lower()):
            try:
                after = (dt.date.fromisoformat(pub[:10]) + dt.timedelta(days=1)).isoformat()
            except ValueError:
                return self._day
            if lede.value == after:
                self._day = after
        return self._day

    def _day_basis(self, day: str) -> str:
        """The basis of the article's day given to an undated act: ``published``, or ``context`` where the
        article's day is the lede's, not the publication date."""
        return "published" if day == self.an.article.published else "context"

    def _asked_for(self, trig: _Trigger) -> bool:
        """Whether the event is what someone asks for ("calls on the U.S. to step up the fight"): not done."""
        return any(a.pos_ == "VERB" and self.lemma(a) in ASKS for a in trig.token.ancestors)

    def _date_verb(self, d):
        """The verb a date expression belongs to ("met … on Sunday": met), or None."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return None
        return governing_verb(span.root, steps=6)  # ("at another event in X on Thursday morning, he showed …")

    def _dates_a_thing(self, d, trig: _Trigger | None) -> bool:
        """Whether a date names the day of a thing ("the Sept. 11, 2001, attacks", "next Tuesday's
        primary") rather than the clause's time; a time word ("Sunday night") and the event's own noun
        ("the Dec. 28 meeting") are no such thing."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return False
        r = span.root
        prep = r if r.dep_ == "prep" else r.head if r.dep_ == "pobj" and r.head.dep_ == "prep" else None
        own = {trig.token.i, trig.noun.i if trig.noun is not None else -1} if trig is not None else set()
        n = prep.head if prep is not None else None
        while n is not None and n.pos_ in ("NOUN", "PROPN") and n.dep_ == "pobj" and n.i not in own:
            if n.head.lower_ in OCCASION_PREPS:
                break  # "met Putin at a summit on Monday": the occasion's time is the event's
            if n.pos_ == "NOUN" and (n.lemma_.lower() in self.nouns or n.lower_ in self.nouns):
                # the time of an act named deep in a phrase ("over his role in the release of cables by
                # Wikileaks in 2010"): that act's, not the event's
                return True
            n = n.head.head if n.head.dep_ == "prep" else None
        if r.dep_ not in ("compound", "nmod", "poss", "amod", "nummod") or r.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if r.head.lower_ in TIME_NOUNS:
            return False
        return trig is None or r.head.i not in (trig.token.i, trig.noun.i if trig.noun is not None else -1)

    def _set_to_end(self, d, trig: _Trigger) -> bool:
        """Whether a date is the day an occurrence still going on is set to end ("the talks, set to end on
        Tuesday", "which end Friday", "will conclude on Monday"): not the day it is told for (it began
        before). Told as over ("the talks ended on Monday"), the day is the occurrence's news."""
        v = self._date_verb(d)
        if v is None or v.i == trig.token.i or self.lemma(v) not in ENDING:
            return False
        return tense_and_status(v)[0] in ("present", "future")

    def _object_relative(self, d, noun) -> bool:
        """Whether a date in an event noun's phrase belongs to a relative clause of another subject: what
        someone else did with the thing ("the summit, an event Obama first organized in 2010", "the deal
        Congress approved last year"), not the noun's own act ("the attack that killed 49 on Sunday", "the
        talks, which were held on Monday", "the summit where they met on Monday", "the test that North Korea
        conducted last night": a verb of holding the act, unless it says when it was first held)."""
        t = self._date_verb(d)
        if t is None:
            return False
        while t.i != noun.i and t.head.i != t.i:
            if t.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES
                                         for c in t.children) and not any(
                    c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in t.children):
                first = any(c.dep_ == "advmod" and c.lower_ in ("first", "originally") for c in t.children)
                if first or t.lemma_.lower() not in HOLDING:
                    return True  # (but "the test that North Korea conducted last night" is the test's time)
            t = t.head
        return False

    def _other_clause(self, d, head, status: str, kind: str | None = None) -> bool:
        """Whether a date in the event's sentence belongs to another act than the event of ``head``: a
        clause below it (relative, reported, adverbial but for "when", "as", "while"), another branch, or
        a clause above it when the event is only asked for or possible, or reported as over before the
        saying ("had rejected"), or told by the saying as still to come ("said Wednesday that Peru will
        ask the United Nations …"; not an offer or a threat of type ``kind``, made by the saying)."""
        v = self._date_verb(d)
        if v is None or v.i == head.i:
            return False
        if any(a.i == v.i for a in head.ancestors):
            if status == "hypothetical" or status == "conditional" and self.lemma(v) not in self.speech:
                return True  # ("passed a bill making it easier to sue if …"; but "said Wednesday that, if …, X is")
            if status == "future" and kind not in ANNOUNCED and self.lemma(v) in self.speech:
                return True
            # an act the speaker tells as past, over by the saying ("said Wednesday that they had rejected it",
            # "said Wednesday that Republicans rejected his attempts"): the day is the saying's, not the act's;
            # but not the speaker's own act told with a pronoun ("On Monday, Chile said it condemned Peru": the
            # saying is the condemning)
            return self.lemma(v) in self.speech and (any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children) or (
                head.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.i == v.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in head.children)))
        if any(a.i == head.i for a in v.ancestors):
            t = v
            while t.i != head.i:
                if t.dep_ in ("relcl", "ccomp") or _agents_participle(t, head) or _participle_in_phrase(t) or (
                        t.dep_ == "advcl" and not _same_time(t) and not any(
                        c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME for c in t.children)):
                    return True
                t = t.head
            return False
        return True

    def _tense_at(self, d, tense: str) -> str:
        """The tense of the clause a date expression belongs to ("On Thursday, he showed no sign that he
        was planning to apologize": Thursday is past, whatever the apology's tense; "As Ortiz prepared to
        speak on Tuesday, …": past, see :func:`_past_frame_at_the_time`)."""
        t = self._date_verb(d)
        if t is None:
            return tense
        own = tense_and_status(t)[0]
        return "past" if own == "future" and _past_frame_at_the_time(t) else own

    def location_for(self, trig: _Trigger, dateline: bool = True, target: bool = True):
        """Where the event happened: a place of a locative phrase of the event's own clause ("meet … in
        Anchorage, Alaska"), also deeper in it ("in a university building in the capital city of
        Prague"), nearest the trigger, or of the clause it shares its scene with (:func:`_scene`: "at a rally
        in Philadelphia … when Sanders took issue … and assailed Clinton"); else the article's dateline
        ("NAIROBI, Kenya (AP) —"). A place that is a party ("called on Uganda") is no location. ``target``:
        an attack's target place counts ("the invasion of Iraq"); the linking of an attack noun to the
        occurrence it tells again reads the noun's own places without it (nominal.py, attackers.py)."""
        holders = {trig.head.i} | ({trig.noun.i} if trig.noun is not None else set())
        holders |= {c.i for c in trig.head.children if c.dep_ in ("dobj", "npadvmod")}
        # a clause of the same moment is at the same place ("will meet Trump when he arrives in Israel",
        # "at a rally in Philadelphia, when Sanders assailed …"); an act done by saying, where it is said
        holders |= {c.i for c in trig.head.children if c.dep_ == "advcl" and _same_time(c)}
        holders |= _scene(trig.head)
        speech = self._saying_verb(trig)
        if speech is not None and speech.i != trig.head.i:
            holders |= {speech.i} | {c.i for c in speech.children if c.dep_ == "dobj" or (
                c.dep_ == "advcl" and _same_time(c))}
        best = None
        # an attack's or a strike's target place is where it happened ("the invasion of Iraq", "airstrikes on
        # Aleppo"): the noun's own "of"/"on"/"against" phrase
        target_place = trig.noun is trig.head and trig.type in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
        # troops sent, a visit paid: where they go is where it happens ("sent troops to Hong Kong",
        # "Trump's visit to Israel")
        destination = ("to", "into") if trig.type == "MOBILIZE" or trig.mode == "visit" else ()
        # a withdrawal happens where the forces leave ("remove all troops from Afghanistan")
        if trig.type == "RETREAT":
            destination = ("from",)
        visit = trig.mode == "visit"
        for p, root in self._place_roots():
            if root.dep_ != "pobj":
                continue
            prep = self._locative_prep(root, holders, destination)
            if prep is None and visit and root.head.lower_ == "to" and root.head.head.i in holders:
                prep = root.head
            if prep is None and target and target_place and root.head.dep_ == "prep" \
                    and root.head.head.i == trig.noun.i \
                    and root.head.lower_ in ("of", "on", "against", "into") \
                    and not (trig.type == "PROTEST" and root.head.lower_ != "of"):  # (a protest against Israel is
                # held elsewhere)
                prep = root.head
            if prep is None:
                continue
            if prep.lower_ == "on" and self.lemma(prep.head) in ("call", "prevail", "urge", "rely", "impose"):
                continue
            if prep.lower_ == "on" and p.feature == "country" and not target_place:
                continue  # "pressure on China", "a deal on Iran": what the act bears on, not where it is
            if best is None or abs(p.start - trig.token.idx) < abs(best.start - trig.token.idx):
                best = p
        if best is not None:
            if self._coordinated(best):
                return None  # "deployments in Iraq and Syria": two places, neither the act's alone
            return best.location()
        if (there := self._where_antecedent(trig)) is not None:
            return there.location()  # "leaves for Germany today, where he will be greeted by protesters"
        if trig.noun is not None and trig.noun.i in self._noun_places:
            return self._noun_places[trig.noun.i].location()  # "the Benghazi attack"
        return self._dateline() if dateline else None

    def _where_antecedent(self, trig: _Trigger):
        """The place a "where" clause the act is told in stands for: the place right before ", where"
        ("Obama departs for Germany today, where he will be greeted by thousands of Germans protesting");
        None if the act's clause has no such "where"."""
        t = trig.head
        for _ in range(6):
            w = next((c for c in t.children if c.lower_ == "where" and c.dep_ == "advmod" and c.i < t.i), None)
            if w is not None:
                break
            if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "conj") \
                    or t.head.i == t.i:
                return None
            t = t.head
        else:
            return None
        doc = self.doc
        j = w.i - 1
        while j >= w.sent.start and (doc[j].is_punct or doc[j].ent_type_ in ("DATE", "TIME") or (
                doc[j].pos_ == "ADP" and doc[j + 1].ent_type_ in ("DATE", "TIME"))):  # ("for Germany on Friday,")
            j -= 1
        if j < w.sent.start or not any(x.text == "," for x in doc[j + 1:w.i]):
            return None
        end = doc[j].idx + len(doc[j].text)
        return next((p for p in self.an.places if p.end == end and p.start >= w.sent.start_char
                     and not self._coordinated(p)), None)

    def _coordinated(self, p) -> bool:
        """Whether a place is one of several coordinated ones ("in Iraq and Syria", "in Paris, Lyon or
        Nice"), by the words between them (the parse often hangs the second on something else)."""
        text = self.an.text
        for q in self.an.places:
            if q.name == p.name:
                continue
            between = text[p.end:q.start] if q.start >= p.end else text[q.end:p.start] if q.end <= p.start else None
            if between is None or not re.fullmatch(r"\s*(,|,?\s*(and|or))\s*", between):
                continue
            if between.strip() == "," and {p.feature, q.feature} & {"admin1", "country"} and p.country == q.country:
                continue  # "Anchorage, Alaska": a place and the state or country it is in
            return True
        return False

    def _news_of_the_day(self, date) -> bool:
        """An event dated within the three days up to publication: the news the dateline reports from
        (an older act, or one the article does not date, happened wherever it happened)."""
        pub = self._article_day()
        if date is None or not date.value or not pub or len(date.value) != 10:
            return False
        try:
            days = (dt.date.fromisoformat(pub[:10]) - dt.date.fromisoformat(date.value)).days
        except ValueError:
            return False
        return 0 <= days <= 3

    def _dateline_fits(self, trig: _Trigger, parties: list[str]) -> bool:
        """Whether the dateline's place can be an event's: not an act done by saying (placed only where the
        text says where it was said); another act by parties of known countries, none of them the
        dateline's, happened in their own ("LONDON — the American government plans to lift sanctions on
        Sudan": not in London); so does one whose sentence names places of other countries only."""
        if trig.type in SAID_ACTS and not _purpose_of_a_deed(trig.head, self.speech):
            # words are said where the speaker is, which the dateline does not tell (the reporter may be
            # elsewhere, the words a tweet or a statement): a place only where the text says it (the
            # speaker's occasion, occasions.py); but words that are the purpose of a deed done there are
            # said where it is done ("INDIANAPOLIS – teachers surrounded the Statehouse to call for …"), and
            # the deed's sentence is theirs: the checks below hold for both
            return False
        self._dateline()
        home = self._dateline_place.country if self._dateline_place is not None else None
        if not home:
            return True
        sent = trig.token.sent
        named = {p.country for p in self.an.places if sent.start_char <= p.start < sent.end_char and p.country}
        if named and home not in named:
            return False  # "CAIRO — Gunmen opened fire at Tunisia's most renowned museum": in Tunisia
        countries = {c for a in parties if (x := self.an.actor(a)) is not None and (c := x.country)}
        if countries:
            return home in countries
        if "_country_mentions" not in self.__dict__:
            self._country_mentions = country_mentions(self.an.actors)
        counts = self._country_mentions
        # a story about Tunisia filed from Cairo: its events with no party of a known country are not in Cairo
        return not counts or 2 * counts.get(home, 0) >= max(counts.values())

    @staticmethod
    def _locative_prep(root, holders: set[int], destination: tuple[str, ...] = ()):
        """The locative preposition that attaches a place's phrase to one of ``holders``, through
        nouns and prepositional phrases ("in [a building in [the city of [Prague]]]"); None if none.
        ``destination``: prepositions of a goal that count as well, right on a holder ("sent … to")."""
        t, first = root, None
        for _ in range(8):
            h = t.head
            if h.i == t.i:
                return None
            if t.dep_ == "pobj" and h.dep_ in ("prep", "dative"):  # ("sending more troops to Syria": dative)
                # (an occasion keeps the place it is at: "during [a speech at [the Council … in [New York]]]")
                first = h if h.lower_ in LOCATIVE or (h.lower_ in destination and h.head.i in holders) \
                    else (first if h.lower_ == "of" or h.lower_ in OCCASION_PREPS else None)
                if first is None and h.lower_ != "of":
                    return None
                if h.head.i in holders:
                    return first
                t = h.head
                continue
            if t.dep_ in ("compound", "appos", "conj", "prep") and h.pos_ in ("NOUN", "PROPN"):
                if first is not None and t.dep_ == "appos" and h.i in holders:
                    return first  # "told [the Shangri-La Dialogue], [a forum in Singapore]"
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

