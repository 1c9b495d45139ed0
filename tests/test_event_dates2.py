"""Dates of events, second round: the day an ongoing occurrence is set to end is not the day it is told
for. Short whole articles written for the tests (fictional events)."""

from __future__ import annotations

from event_helpers import code  # tests/event_helpers.py


def _code(pipeline, text, published="2025-03-11"):
    return code(pipeline, text, published)


ENDING = ("Chile and Peru open border talks in Lima\n\n"
          "LIMA, Peru - Chile's foreign minister, Ana Ferreira, met Peru's foreign minister, Jorge Salas, in Lima "
          "on Monday for talks on the disputed border.\n\n"
          "Ferreira raised the closing of the border crossing at the opening of the talks.\n\n"
          "The talks, set to end on Thursday, also cover fishing rights and the disputed border.\n\n"
          "Ferreira said there was nothing wrong with raising the border crossing in the talks.\n")


def test_the_day_an_occurrence_is_set_to_end_dates_no_mention_of_it(pipeline):
    # "The talks, set to end on Thursday": Thursday is when they end, not when they are held (they began
    # before it): no mention of the talks takes Thursday
    doc = _code(pipeline, ENDING)
    talks = [e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert talks, [(e.type, e.trigger.text) for e in doc.events]
    assert all(e.date is None or e.date.value != "2025-03-13" for e in talks), [
        (e.trigger.start, e.date) for e in talks]


def test_talks_that_ended_on_a_day_are_dated_by_it(pipeline):
    # told as over, the day they ended is the day of the talks' news
    text = ("Chile and Peru end border talks\n\n"
            "The talks between Chile's foreign minister, Ana Ferreira, and Peru's foreign minister, Jorge Salas, "
            "ended on Monday in Lima without an agreement.\n")
    doc = _code(pipeline, text)
    talks = [e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert talks and talks[0].date is not None and talks[0].date.value == "2025-03-10", [
        (e.trigger.text, e.date) for e in doc.events]


LAGGED = ("Lawmakers condemn Moravia over missile test\n\n"
          "Lawmakers in Chile condemned Moravia's test of a long-range missile on Wednesday, calling it a threat to "
          "the region.\n\n"
          "Senator Jorge Salas said Chile should press the United Nations to impose sanctions on Moravia.\n\n"
          "\"We are still learning about the missile test that Moravia conducted last night,\" Senator Ana "
          "Ferreira told reporters in Santiago.\n")


def test_a_lede_dated_the_day_after_publication_is_the_articles_day(pipeline):
    # dated Tuesday by the outlet, the lede's bare "on Wednesday" is the news's day (a time-zone lag): the
    # undated demand said in the report is Wednesday's, and the quote's "last night" is Tuesday night
    doc = _code(pipeline, LAGGED, published="2025-03-11")
    condemned = [e for e in doc.events if e.trigger.text == "condemned"]
    assert condemned and condemned[0].date.value == "2025-03-12", [(e.trigger.text, e.date) for e in doc.events]
    should = [e for e in doc.events if e.type == "REQUEST" and e.trigger.start > LAGGED.index("Jorge Salas")]
    assert should and should[0].date.value == "2025-03-12", [(e.trigger.text, e.date) for e in doc.events]
    assert should[0].date.basis == "context"
    test = [e for e in doc.events if e.trigger.text == "test" and e.trigger.start > LAGGED.index("We are")]
    assert not test or test[0].date.value in (None, "2025-03-11"), [(e.trigger.text, e.date) for e in test]


def test_a_lede_on_the_day_of_publication_keeps_the_publication_date(pipeline):
    # the same report dated Wednesday tells the same days
    doc = _code(pipeline, LAGGED, published="2025-03-12")
    should = [e for e in doc.events if e.type == "REQUEST" and e.trigger.start > LAGGED.index("Jorge Salas")]
    assert should and should[0].date.value == "2025-03-12", [(e.trigger.text, e.date) for e in doc.events]
    test = [e for e in doc.events if e.trigger.text == "test" and e.trigger.start > LAGGED.index("We are")]
    assert not test or test[0].date.value in (None, "2025-03-11"), [(e.trigger.text, e.date) for e in test]


SHOW = ("Chile's president says Moravia's leader is a danger\n\n"
        "Chilean President Ana Ferreira criticized Moravian President Ivan Horak on Tuesday in Santiago, calling "
        "him a danger to the region.\n\n"
        "The comedian Jorge Salas, who hosts the weekly show \u201cLast Week Tonight,\u201d also made fun of Horak's "
        "speech.\n\n"
        "Ferreira denounced Horak's remarks as cruel and warned of the consequences of his rule.\n")


def test_a_show_named_like_a_time_dates_nothing():
    # "Last Week Tonight" is a show's name: no time of the article; the words still date in lower case and
    # in a headline written in title case
    from newsgraph.stages.time import find_dates

    assert [d.text for d in find_dates(SHOW)] == ["Tuesday"]
    assert [d.text for d in find_dates("The talks ended last week, officials said tonight.")] == ["last week", "tonight"]
    assert [d.text for d in find_dates("Obama To Visit Cuba Next Week\n\nThe trip is set.")] == ["Next Week"]
    assert [d.text for d in find_dates("\u201cToday we act,\u201d she said.")] == ["Today"]


def test_an_act_after_a_show_named_like_a_time_keeps_the_days_news(pipeline):
    doc = _code(pipeline, SHOW, published="2025-03-12")
    denounced = [e for e in doc.events if e.trigger.text == "denounced"]
    assert denounced and denounced[0].date is not None, [(e.trigger.text, e.date) for e in doc.events]
    assert denounced[0].date.value == "2025-03-11", [(e.trigger.text, e.date) for e in doc.events]


def test_time_words_opening_a_sentence_still_date():
    from newsgraph.stages.time import find_dates

    assert [d.text for d in find_dates("Officials met.\nToday Ferreira flies to Lima. Tonight She rests.")] == [
        "Today", "Tonight"]


ECHOED = ("Chile presses Peru on border\n\n"
          "Chile has been urging Peru to reopen the border crossing at Tacna, a call echoed by Bolivia on Saturday.\n\n"
          "The attack on the border post, carried out by rebels on Sunday, killed two Peruvian soldiers.\n")


def test_a_date_of_another_partys_participle_clause_dates_it_not_the_act(pipeline):
    # "a call echoed by Bolivia on Saturday": Saturday is when Bolivia echoed it, not when Chile urged;
    # but the attack "carried out by rebels on Sunday" is the attack's own day
    doc = _code(pipeline, ECHOED, published="2025-03-17")
    urging = [e for e in doc.events if e.trigger.text == "urging"]
    assert urging and (urging[0].date is None or urging[0].date.value != "2025-03-15"), [
        (e.trigger.text, e.date) for e in doc.events]
    killed = [e for e in doc.events if e.type == "ASSAULT"]
    assert killed and killed[0].date.value == "2025-03-16", [(e.trigger.text, e.date) for e in doc.events]


SAID_LATER = ("Chile's president calls Moravia's leader a danger\n\n"
              "Chilean President Ana Ferreira said Tuesday in Santiago that Moravian President Ivan Horak was a "
              "danger to the region.\n\n"
              "Ferreira was referring to Horak's speech about the disputed border, which drew protests in Lima.\n\n"
              "Horak has led Moravia since his party won the elections.\n\n"
              "Peruvian officials have also voiced concern about the speech.\n\n"
              "\"If Moravia closes the border, that will have consequences for Horak,\" Ferreira said.\n")


def test_an_undated_saying_far_from_any_date_is_the_ledes_day(pipeline):
    # published Wednesday, the lede's news is Tuesday's: Ferreira's later undated "said" is Tuesday's too
    doc = _code(pipeline, SAID_LATER, published="2025-03-12")
    said = [e for e in doc.events if e.trigger.start > SAID_LATER.index("If Moravia") and e.status == "asserted"]
    assert said and said[0].date.value == "2025-03-11", [(e.trigger.text, e.status, e.date) for e in doc.events]
