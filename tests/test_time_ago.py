"""Spans counted back from the publication date ("three days ago") and seasons ("last summer"), resolved
to the precision the words support (2016-07-16 is a Saturday)."""

from __future__ import annotations

import pytest

from newsgraph.stages.time import find_dates, resolve

PUB = "2016-07-16"


@pytest.mark.parametrize("words,expected", [
    ("three days ago", ("2016-07-13", "day")),
    ("a week ago", ("2016-07", "month")),          # the days around July 9 are all in July
    ("two weeks ago", (None, None)),               # around July 2: June or July
    ("two months ago", ("2016-05", "month")),
    ("a few months ago", ("2016", "year")),        # some month of this year
    ("five years ago", ("2011", "year")),
    ("several years ago", (None, None)),
    ("last summer", ("2015", "year")),             # this year's summer is not over
    ("this summer", ("2016", "year")),
    ("last fall", ("2015", "year")),
    ("last winter", (None, None)),                 # December to February: two years
])
def test_spans_and_seasons(words, expected):
    found = find_dates(f"It began {words}, officials said.")
    assert [d.text for d in found] == [words]
    assert resolve(found[0].text, found[0].kind, PUB, "past") == expected


def test_a_few_months_ago_early_in_the_year_has_no_value():
    assert resolve("a few months ago", "ago", "2016-02-10", "past") == (None, None)


def test_an_event_is_dated_by_a_span_counted_back(pipeline):
    from newsgraph.records import Article

    text = ("Senators oppose the treaty\n\n"
            "Senator Tomas Lind, who opposed the Pacific treaty last summer, said on Friday he would vote against it.\n")
    doc = pipeline.analyse(Article(id="s", source="s", text=text, published=PUB), pipeline.nlp(text))
    opposed = next(e for e in doc.events if e.trigger.text == "opposed")
    assert (opposed.date.value, opposed.date.text) == ("2015", "last summer")


@pytest.mark.parametrize("words,expected", [
    ("Two weeks earlier", ("2016-04", "month")),   # around April 10: April
    ("A day later", ("2016-04-25", "day")),
    ("three months later", ("2016-07", "month")),
    ("two years earlier", ("2014", "year")),
])
def test_spans_counted_from_the_narratives_day(words, expected):
    # the day the narrative stands on (Sunday, April 24), not the publication date
    found = find_dates(f"{words}, voters rejected the treaty.")
    assert [(d.text, d.kind) for d in found] == [(words, "anaphoric")]
    assert resolve(found[0].text, "anaphoric", "2016-04-29", "past", anchor="2016-04-24") == expected
