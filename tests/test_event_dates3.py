"""Dates of events, third round: acts with no time word of their own, dated by the saying they are done by,
or by the day of publication where the reporter tells them as standing that day. Short whole articles
written for the tests (fictional events)."""

from __future__ import annotations

from event_helpers import at, code  # tests/event_helpers.py
from event_helpers import date_of as _date

BARBS = ("Salas and Ferreira trade barbs over Peru's budget\n\n"
         "LIMA, Peru - Peru's opposition leader, Jorge Salas, attacked Finance Minister Ana Ferreira at a rally in "
         "Lima on Wednesday, calling her budget a disgrace.\n\n"
         "While saying that he respects Ferreira, Salas continued to criticize her spending plans.\n\n"
         "Ferreira said the criticism was unfair and accused Salas of misleading voters.\n\n"
         "Ferreira said she would welcome Chile's participation in the border talks.\n\n"
         "Salas has yet to apologize to Ferreira.\n\n"
         "Lawmakers in Congress continue to accuse Ferreira of hiding the deficit.\n\n"
         "The government is gradually increasing troops on the border with Chile.\n")


def _barbs(pipeline):
    return code(pipeline, BARBS, published="2025-03-14")


def test_a_present_reported_by_a_past_saying_is_of_the_saying_day(pipeline):
    # "While saying that he respects Ferreira, Salas continued …": the speaker's present, told in the past,
    # is the day of the saying (Wednesday, the day the narrative stands on), not the day of publication
    e = at(_barbs(pipeline), "respects")
    assert _date(e) == ("2025-03-12", "context"), e.date


def test_an_act_conjoined_with_a_saying_is_done_when_it_is_said(pipeline):
    # "Ferreira said the criticism was unfair and accused Salas …": the accusation is made by the saying
    e = at(_barbs(pipeline), "accused")
    assert _date(e) == ("2025-03-12", "context"), e.date


def test_an_offer_reported_with_would_is_made_when_it_is_said(pipeline):
    # "Ferreira said she would welcome …": the offer is the saying (the welcome itself is ahead)
    e = at(_barbs(pipeline), "welcome")
    assert e.type == "AGREE"
    assert _date(e) == ("2025-03-12", "context"), e.date


def test_an_act_not_done_yet_stands_on_the_day_of_publication(pipeline):
    # "Salas has yet to apologize": true on the day the report is published
    e = at(_barbs(pipeline), "apologize")
    assert e.status == "negated"
    assert _date(e) == ("2025-03-14", "published"), e.date


def test_an_act_that_continues_in_the_present_is_of_the_day_of_publication(pipeline):
    # "Lawmakers … continue to accuse Ferreira …": the day's news, as "Lawmakers accuse Ferreira" would be
    e = at(_barbs(pipeline), "accuse")
    assert _date(e) == ("2025-03-14", "published"), e.date


def test_a_gradual_process_has_no_day(pipeline):
    # "is gradually increasing troops": going on over weeks, no day's act
    e = at(_barbs(pipeline), "increasing")
    assert _date(e) == (None, None), e.date


def test_a_past_saying_with_no_day_stated_is_of_the_day_of_publication(pipeline):
    # no day stated anywhere: the undated saying of a news report is of its day, basis "published"
    text = ("Peru offers Chile a seat at border talks\n\n"
            "Peru's foreign minister, Ana Ferreira, said she would welcome Chile's participation in the border "
            "talks.\n")
    e = at(code(pipeline, text, published="2025-03-14"), "welcome")
    assert _date(e) == ("2025-03-14", "published"), e.date


def test_a_stance_told_in_the_present_stands_on_the_day_of_publication(pipeline):
    # "is still reluctant to meet", "remains ready to resume": a predicate of a present copula is the
    # day's news as a present verb is
    text = ("Peru cool on Chile's border plan\n\n"
            "LIMA, Peru - Peru's foreign minister, Ana Ferreira, is still reluctant to meet Chile's foreign "
            "minister, Jorge Salas.\n\n"
            "Chile's government remains ready to resume the border talks with Peru.\n")
    doc = code(pipeline, text, published="2025-03-14")
    for word in ("reluctant", "ready"):
        e = at(doc, word)
        assert _date(e) == ("2025-03-14", "published"), (word, e.date)


def test_an_act_a_dated_saying_tells_as_past_takes_no_day_from_it(pipeline):
    # "said on Wednesday that Chilean soldiers attacked a patrol": Wednesday is when it was said; the attack
    # was over by then, on a day the report does not give
    text = ("Peru accuses Chile over border clash\n\n"
            "LIMA, Peru - Peru's defence minister, Jorge Salas, said on Wednesday that Chilean soldiers attacked "
            "a Peruvian patrol near Tacna.\n")
    e = at(code(pipeline, text, published="2025-03-14"), "attacked")
    assert _date(e) == (None, None), e.date


def test_an_act_a_dated_saying_tells_as_to_come_takes_no_day_from_it(pipeline):
    # "said on Wednesday that Peru will ask the United Nations …": the request is still ahead, not Wednesday's;
    # an offer made by the saying is the saying's ("said on Wednesday that Peru will meet any envoy …")
    text = ("Peru accuses Chile over border clash\n\n"
            "LIMA, Peru - Peru's defence minister, Jorge Salas, said on Wednesday that Peru will ask the United "
            "Nations to investigate the clash.\n")
    e = at(code(pipeline, text, published="2025-03-14"), "ask")
    assert e.status == "future"
    assert e.date is None or e.date.value != "2025-03-12", e.date


def test_an_undated_act_of_words_going_on_with_a_dated_acts_actor_is_of_its_day(pipeline):
    # "On Tuesday, … Salas attacked … Salas accused Ferreira …" (not the lede's day): the narrative goes on
    # with the same actor on the day it stated; another party's undated act told after ("Ferreira rejected
    # …") may be background: no day
    text = ("Peru's budget vote delayed\n\n"
            "LIMA, Peru - Peru's Congress delayed a vote on the budget on Thursday.\n\n"
            "On Tuesday, the opposition leader, Jorge Salas, attacked Finance Minister Ana Ferreira at a rally in "
            "Lima.\n\n"
            "Salas accused Ferreira of hiding the deficit from voters.\n\n"
            "Ferreira rejected Salas's demands for a new budget.\n")
    doc = code(pipeline, text, published="2025-03-14")
    assert _date(at(doc, "accused")) == ("2025-03-11", "context"), at(doc, "accused").date
    assert _date(at(doc, "rejected")) == (None, None), at(doc, "rejected").date


def test_a_year_before_an_event_noun_dates_it(pipeline):
    # "the 2014 invasion of Tacna": the invasion's year, given by the words before the noun
    text = ("Peru warns Chile\n\n"
            "LIMA, Peru - Peru's president, Ana Ferreira, said on Tuesday that Chile's army must not repeat the "
            "2014 invasion of Peru.\n")
    doc = code(pipeline, text, published="2025-03-14")
    e = at(doc, "invasion")
    assert _date(e) == ("2014", "text"), e.date


def test_a_saying_after_quoted_paragraphs_keeps_the_narratives_day(pipeline):
    # "Salas responded … late Tuesday night. / "…," the senator said. / "…," he said": the speaker's quoted
    # paragraphs carry on Tuesday's narrative, not the lede's Wednesday
    text = ("Peru's leaders condemn Moravia's missile test\n\n"
            "Peru's leaders condemned Moravia's missile test on Wednesday.\n\n"
            "Senator Jorge Salas responded first, criticizing President Ana Ferreira late Tuesday night.\n\n"
            "\"I have been warning for months that Moravia is a danger,\" the senator said in a statement.\n\n"
            "\"President Ferreira has failed to protect Peru,\" he said.\n")
    doc = code(pipeline, text, published="2025-03-12")
    said = [e for e in doc.events if e.trigger.text == "said" and e.trigger.start > text.index("President Ferreira")]
    assert said, [(e.type, e.trigger.text, e.date) for e in doc.events]
    assert said[0].date.value == "2025-03-11", said[0].date


def test_an_act_told_hours_after_a_dated_act_is_of_its_day(pipeline):
    # "condemned Chile hours after Chile's army attacked a Peruvian patrol … on Tuesday": the same day; an act
    # "two days after" is not
    text = ("Peru condemns Chile over border clash\n\n"
            "LIMA, Peru - Peru's president, Ana Ferreira, condemned Chile hours after Chile's army attacked a "
            "Peruvian patrol near Tacna on Tuesday.\n\n"
            "Bolivia's president, Jorge Salas, criticized Chile two days after Chile's army attacked a "
            "Bolivian patrol near La Paz on Sunday.\n")
    doc = code(pipeline, text, published="2025-03-14")
    assert _date(at(doc, "condemned")) == ("2025-03-11", "context"), at(doc, "condemned").date
    criticized = at(doc, "criticized")
    assert criticized.date is None or criticized.date.value != "2025-03-09", criticized.date


def test_today_in_a_quotation_said_in_the_past_counts_from_the_day_it_was_said(pipeline):
    # the report is of Wednesday (its lede), published Thursday: "today" in a quotation said then is Wednesday
    text = ("Salas calls on Ferreira to resign\n\n"
            "LIMA, Peru - Peru's opposition leader, Jorge Salas, called on Finance Minister Ana Ferreira to resign "
            "on Wednesday.\n\n"
            "\"In her speech today, Ferreira refused to apologize to the farmers,\" Salas said.\n")
    doc = code(pipeline, text, published="2025-03-13")
    e = at(doc, "refused")
    assert e.date is not None and (e.date.value, e.date.text) == ("2025-03-12", "today"), e.date
