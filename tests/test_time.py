"""Dates resolved against the publication date with the clause's tense (2025-08-14 is a Thursday)."""

from __future__ import annotations

import pytest

from newsgraph.stages.time import find_dates, resolve

PUB = "2025-08-14"


@pytest.mark.parametrize("words,kind,tense,expected", [
    ("Friday", "weekday", "future", ("2025-08-15", "day")),       # "will meet on Friday": the coming one
    ("Tuesday", "weekday", "past", ("2025-08-12", "day")),        # "met on Tuesday": the past one
    # "met on Friday" in a Thursday report: six days back would be "last Friday"; a bare Friday in the past is
    # the day after the date the outlet gives (a report first dated the day before, or in another time zone)
    ("Friday", "weekday", "past", ("2025-08-15", "day")),
    ("last Friday", "weekday", "past", ("2025-08-08", "day")),
    ("Wednesday", "weekday", "past", ("2025-08-13", "day")),
    ("Wednesday", "weekday", "future", ("2025-08-20", "day")),
    ("next Monday", "weekday", "past", ("2025-08-18", "day")),
    ("last Thursday", "weekday", "past", ("2025-08-07", "day")),
    ("yesterday", "relday", "past", ("2025-08-13", "day")),
    ("last month", "relperiod", "past", ("2025-07", "month")),
    ("next month", "relperiod", "future", ("2025-09", "month")),
    ("earlier this week", "relperiod", "past", ("2025-W33", "week")),
    ("2022", "year", "past", ("2022", "year")),
    ("Nov. 27", "absolute", "past", ("2024-11-27", "day")),
    ("Nov. 27", "absolute", "future", ("2025-11-27", "day")),
    ("March", "month", "past", ("2025-03", "month")),
    ("March", "month", "future", ("2026-03", "month")),
])
def test_resolve(words, kind, tense, expected):
    assert resolve(words, kind, PUB, tense) == expected


def test_find_dates_keeps_the_words_without_prepositions():
    text = "They will meet on Friday. It began in 2022, resumed on Nov. 27 and earlier this week, not last month."
    found = find_dates(text)
    assert [(d.text, d.kind) for d in found] == [("Friday", "weekday"), ("2022", "year"), ("Nov. 27", "absolute"),
                                                ("earlier this week", "relperiod"), ("last month", "relperiod")]
    for d in found:
        assert text[d.start:d.end] == d.text


def test_no_publication_date_leaves_relative_dates_unresolved():
    """Without a publication date only dates that name their year resolve: "March 5" in an undated
    article is no more this year's than "Friday" is this week's."""
    assert resolve("Friday", "weekday", None, "future") == (None, None)
    assert resolve("Nov. 27", "absolute", None, "past") == (None, None)
    assert resolve("5th of March", "absolute", None, "future") == (None, None)
    assert resolve("2022", "year", None, "past") == ("2022", "year")
    assert resolve("Nov. 27, 2015", "absolute", None, "past") == ("2015-11-27", "day")
    assert resolve("March 2016", "month_year", None, "past") == ("2016-03", "month")


def test_event_without_date_words_is_dated_only_when_it_is_the_day_s_news(pipeline):
    import newsgraph

    # a clause in the present reports the day's news: the publication date, said to be so
    doc = newsgraph.extract("Chile condemns Peru over the border dispute.", published=PUB)
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date.value, ev.date.text, ev.date.basis) == (PUB, None, "published")
    # a past act the article does not date gets no guessed date (the whole-article coders leave it undated)
    doc = newsgraph.extract("Chile condemned Peru over the border dispute.", published=PUB)
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date.value, ev.date.text, ev.date.basis) == (None, None, None)
    # a time of the sentence, not of the event's own clause, still dates it
    doc = newsgraph.extract("On Monday, Chile said it condemned Peru over the border dispute.", published=PUB)
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.date.text == "Monday" and ev.date.basis == "text"


def test_find_dates_offsets_hold_when_lower_casing_changes_the_length():
    # "İ" lower-cases to two characters: the search must still report offsets into the original text
    text = ("İstanbul (AP) — Turkish officials met their Greek counterparts in İzmir on March 3, 2024, "
            "and said talks would resume next week. The ministers spoke again on Friday.")
    found = find_dates(text)
    assert [d.text for d in found] == ["March 3, 2024", "next week", "Friday"]
    for d in found:
        assert text[d.start:d.end] == d.text
    plain = text.replace("İ", "I")
    assert [(d.start, d.end, d.kind) for d in find_dates(plain)] == [(d.start, d.end, d.kind) for d in found]


def test_dates_computed_directly_match_dateparser():
    """The month-day-year shapes are resolved without dateparser (it costs milliseconds a call); on a
    seeded sample of the shapes find_dates matches, the direct answer is dateparser's answer."""
    import datetime as dt
    import random

    from newsgraph.stages.time import _as_dateparser_would, _dateparser, find_dates

    rnd = random.Random(7)
    months = ["January", "Jan.", "Feb.", "February", "March", "Mar.", "April", "May", "June", "Jun.", "July",
              "Aug.", "Sept.", "Sep.", "September", "Oct.", "Nov.", "December", "Dec."]
    bases = [dt.date(2016, 3, 5), dt.date(2015, 12, 31), dt.date(2016, 2, 29), dt.date(2017, 1, 1),
             dt.date(2016, 11, 8), None]
    direct = 0
    for _ in range(500):
        month, day = rnd.choice(months), rnd.randint(1, 31)
        suffix = rnd.choice(["", "", "th" if day > 3 else "st"])
        year = rnd.choice(["", f", {rnd.randint(1990, 2030)}", f" {rnd.randint(1990, 2030)}"])
        words = rnd.choice([f"{month} {day}{suffix}{year}", f"{day}{suffix} {month}{year}",
                            f"{day}{suffix} of {month}{year}", f"{month} {rnd.randint(1990, 2030)}",
                            f"{rnd.randint(1990, 2030)}-{rnd.randint(1, 12):02d}-{day:02d}"])
        found = find_dates(f"Officials said on {words} that the talks had ended.")
        if not found:  # a shape find_dates does not take ("Jun. 2006")
            continue
        d = found[0]
        if d.kind not in ("absolute", "month_year"):
            continue
        base, tense = rnd.choice(bases), rnd.choice(["past", "future", "present"])
        got = _as_dateparser_would(d.text, base, tense, d.kind)
        if got is None or got == (None, None) and base is None:  # dateparser's turn; no year and no base
            continue
        direct += 1
        assert got == _dateparser(d.text, base, tense, d.kind), (d.text, base, tense, d.kind)
    assert direct >= 300  # most shapes take the direct path


def test_anaphoric_days_count_from_the_anchor():
    text = "They met in the morning, talked again earlier in the day and left the next day."
    found = [d for d in find_dates(text) if d.kind == "anaphoric"]
    assert [d.text for d in found] == ["in the morning", "earlier in the day", "the next day"]
    assert resolve("earlier in the day", "anaphoric", PUB, "past", anchor="2025-08-12") == ("2025-08-12", "day")
    assert resolve("the next day", "anaphoric", PUB, "past", anchor="2025-08-12") == ("2025-08-13", "day")
    assert resolve("the previous day", "anaphoric", PUB, "past", anchor="2025-08-12") == ("2025-08-11", "day")
    assert resolve("in the morning", "anaphoric", PUB, "past") == (None, None)  # no anchor, no value


def test_a_year_after_an_ordinal_day_and_a_full_stop_is_the_date_s():
    [d] = find_dates("It was reported live on June 4th. 2012 by the network.")
    assert (d.text, resolve(d.text, d.kind, PUB, "past")) == ("June 4th. 2012", ("2012-06-04", "day"))


def _dated(text, type_, trigger=None, plain=False):
    import newsgraph

    doc = newsgraph.extract(text, published=PUB, plain=plain)
    found = [e for e in doc.events if e.type == type_ and (trigger is None or e.trigger.text == trigger)]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0].date


def test_a_date_naming_a_thing_does_not_date_the_clause(pipeline):
    # the day of the bombings, not of the denial
    d = _dated("Chile has vigorously denied any role in the March 3, 2014, bombings of the Peruvian embassy.",
               "REJECT")
    assert (d.value, d.basis) == (None, None)


def test_a_date_of_a_clause_below_the_event_does_not_date_it(pipeline):
    # Sunday is when Chile hit them, not when the senator called for more
    d = _dated("Senator Ortiz has called for the rebels' bases in Peru to be hit harder than they were hit by "
               "Chile in airstrikes on Sunday night.", "REQUEST")
    assert d.value is None


def test_an_act_asked_for_takes_no_date_from_the_asking(pipeline):
    text = "Peruvian lawmakers called on the government Wednesday to block the Chilean president's visit to Lima."
    assert _dated(text, "REQUEST").value == "2025-08-13"
    assert _dated(text, "REJECT", "block").value is None


def test_an_act_reported_as_over_before_the_saying_takes_no_date_from_it(pipeline):
    d = _dated("Minister Cardona said Wednesday that the rebels had rejected the government's offer of talks.",
               "REJECT", "rejected")
    assert d.value is None


def test_a_day_without_its_year_takes_the_year_the_article_gives_it(pipeline):
    text = ("Militants attacked the Peruvian embassy in Santiago on June 4, 2012, killing two guards.\n"
            "The minister briefed lawmakers days after the June 4 attack, which left two guards dead.")
    assert _dated(text, "ASSAULT", "attack").value == "2012-06-04"


def test_a_day_named_by_the_narrative_counts_from_the_day_last_stated(pipeline):
    text = ("President Ruiz of Peru met Chilean President Bachelet in Lima on Tuesday.\n"
            "Ruiz held talks with the Bolivian foreign minister earlier in the day. He met Argentina's "
            "president in the afternoon.")
    for trigger in ("held", "met"):
        d = [e for e in __import__("newsgraph").extract(text, published=PUB).events
             if e.trigger.text == trigger][-1].date
        assert (d.value, d.basis) == ("2025-08-12", "context")
        assert d.text in ("earlier in the day", "in the afternoon")


def test_a_headline_s_event_is_the_lede_s_news(pipeline):
    # a plain text's first line is its headline: its act is dated by the lede's first day, said to be inferred
    text = ("Chile condemns Peru over border raid.\n\nSANTIAGO - Chilean officials on Wednesday condemned a "
            "raid by Peruvian troops across the border, the foreign ministry said.")
    d = _dated(text, "ACCUSE", "condemns", plain=True)
    assert (d.value, d.text, d.basis) == ("2025-08-13", "Wednesday", "context")
    assert text[d.start:d.end] == "Wednesday"
    # what the headline asks for is not done on the lede's day
    text = ("Bachelet calls on Peru to end blockade.\n\nSANTIAGO - Chile's president Michelle Bachelet on "
            "Wednesday urged Peru to lift its blockade.")
    assert _dated(text, "REQUEST", "calls", plain=True).basis == "context"
    assert _dated(text, "RETREAT", "end", plain=True).value is None
