"""Dates of events, fourth round: acts with no time word of their own, dated by the saying that does them
where the parse hangs them on a clause inside the saying. Short whole articles written for the tests
(fictional events)."""

from __future__ import annotations

from event_helpers import at, code  # tests/event_helpers.py
from event_helpers import date_of as _date

QUEUE = ("Ortiz rebuffs the finance minister over the port deal\n\n"
         "LIMA, Peru - Finance Minister Ana Ferreira warned on Monday that the port deal would collapse.\n\n"
         "Ferreira said the minister would resign before signing it.\n\n"
         "Senator Jorge Ortiz said the warning proved that the president did not understand the deal, and accused "
         "the cabinet of hiding the costs.\n")


def test_an_act_conjoined_past_a_clause_with_do_is_the_saying_s(pipeline):
    # "said the warning proved that the president did not understand the deal, and accused the cabinet …": a
    # verb in the past cannot share "did" with "understand"; the accusation is conjoined with the saying, done
    # when it is said (the narrative's day, Monday)
    e = at(code(pipeline, QUEUE, published="2025-03-18"), "accused")
    assert _date(e) == ("2025-03-17", "context"), e.date


RALLY = ("Protesters arrested before Ortiz rally in Cusco\n\n"
         "As opposition leader Jorge Ortiz prepared to speak to supporters in Cusco on Tuesday, hundreds of "
         "protesters gathered outside the hotel, police said.\n\n"
         "A day earlier, police arrested six protesters after they refused to leave the lobby of the hotel.\n")


def test_a_day_named_as_a_past_preparation_goes_on_is_the_past_day(pipeline):
    # "As Ortiz prepared to speak … on Tuesday": the preparing is past and the speaking at that time, so
    # Tuesday is the day before publication (Wednesday), not the next one; "a day earlier" counts from it
    doc = code(pipeline, RALLY, published="2025-03-19")
    e = at(doc, "arrested")
    assert _date(e) == ("2025-03-17", "context"), e.date


REMARKS = ("Four officers killed in Cusco\n\n"
           "LIMA, Peru - Gunmen killed four officers in an attack on a police station in Cusco.\n\n"
           "“In his remarks today, President Salas disgracefully refused to even name the attackers. For that "
           "reason alone, he should step down,” opposition leader Jorge Ortiz said.\n\n"
           "Likewise, Ortiz went after Ana Ferreira for backing Salas’s refusal to use the word as well and called "
           "for her to leave the race.\n")


def test_an_act_of_words_goes_on_with_a_judgement_dated_in_a_quote(pipeline):
    # the quote's judgement ("disgracefully refused … today", by Ortiz) is coded after the verbs; the
    # next act of words of the same actor in the narrative still goes on with its day
    doc = code(pipeline, REMARKS, published="2025-03-17")
    e = at(doc, "went")
    assert _date(e) == ("2025-03-17", "context"), e.date


def test_an_act_the_parse_hangs_on_a_bare_verb_goes_on_with_the_narrative(pipeline):
    # "… for backing Salas's refusal to use the word as well and called for her to leave the race": the parse
    # makes "called" a conjunct of "use", which no past verb can be; it goes on from "went", with its day
    doc = code(pipeline, REMARKS, published="2025-03-17")
    e = at(doc, "called")
    assert _date(e) == ("2025-03-17", "context"), e.date


PROBE = ("Peru's government still silent on port killings\n\n"
         "LIMA, Peru - The Peruvian government is still reluctant to blame the navy for the killings at the port "
         "of Callao, citing the ongoing investigation by prosecutors.\n\n"
         "In 2019, citing an ongoing investigation by prosecutors, the navy declined to comment.\n")


def test_an_ongoing_occurrence_in_a_present_clause_is_the_day_s(pipeline):
    # "is still reluctant …, citing the ongoing investigation": the investigation goes on on the day of
    # publication, as "continue to accuse" does; in a past clause it is left undated
    doc = code(pipeline, PROBE, published="2025-03-14")
    probes = [e for e in doc.events if e.trigger.text == "investigation"]
    assert probes, [(e.type, e.trigger.text) for e in doc.events]
    assert _date(probes[0]) == ("2025-03-14", "published"), probes[0].date
    assert all(_date(e) != ("2025-03-14", "published") for e in probes[1:])
