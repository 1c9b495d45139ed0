"""Dates of events, fifth round: the tense of a clause in the passive. Short whole articles written for the
tests (fictional events)."""

from __future__ import annotations

from event_helpers import at, code  # tests/event_helpers.py
from event_helpers import date_of as _date

FORUM = ("Peru presses its neighbours at the Pacific security forum\n\n"
         "LIMA, Peru - Peru's defence minister, Ana Ferreira, urged her Chilean counterpart to withdraw ships "
         "from disputed waters, at a security forum in Lima.\n\n"
         "The deputy head of Chile's delegation, Admiral Tomas Vidal, said any attempt to isolate Chile would "
         "fail.\n\n"
         "“This is a time for cooperation,” Vidal told reporters. “Peru's action is not supported by many "
         "countries. We hope Peru will listen to its neighbours.”\n")


def test_an_act_told_in_the_present_passive_is_the_day_s_news(pipeline):
    # "Peru's action is not supported by many countries": a present (the auxiliary "is"), told as it stands
    # on the day of publication, not a past act the article does not date
    doc = code(pipeline, FORUM, published="2025-06-04")
    e = at(doc, "supported")
    assert _date(e) == ("2025-06-04", "published"), e.date


CALLS = ("Candidates split over sending troops to the border\n\n"
         "The candidates differ on how many soldiers the border needs.\n\n"
         "Other than Senator Jorge Ortiz, who's called for 20,000 troops on the border, the candidates are not "
         "offering specifics. Governor Ana Ferreira has also called for more troops.\n")


def test_a_contracted_s_before_a_participle_is_no_present_passive(pipeline):
    # "who's called for 20,000 troops": "'s" is "has" as well as "is"; a perfect of background, left undated
    doc = code(pipeline, CALLS, published="2025-06-04")
    e = at(doc, "called")
    assert _date(e) == (None, None), e.date


SUBWAY = ("Ortiz and Ferreira trade barbs before the Lima primary\n\n"
          "LIMA, Peru - The race for the party's nomination turned bitter this week.\n\n"
          "Former minister Ana Ferreira tried to make light of the dispute as she rode the metro across Lima on "
          "Thursday morning.\n\n"
          "“Well, it is kind of a silly thing to say,” Ferreira said. “But I trust the voters of Lima.”\n\n"
          "And in a halfhearted endorsement of Senator Jorge Ortiz, Ferreira added that he was better than the "
          "candidates of the right.\n")


def test_an_act_named_in_the_phrase_of_a_saying_is_of_the_saying_s_day(pipeline):
    # "in a halfhearted endorsement of Ortiz, Ferreira added …": the saying does the endorsement, on the day
    # the narrative stands on (Thursday, before the quotation)
    doc = code(pipeline, SUBWAY, published="2025-03-14")
    e = at(doc, "endorsement")
    assert e.type == "SUPPORT"
    assert _date(e) == ("2025-03-13", "context"), e.date


REBUKE = ("Ortiz rebukes the finance minister over the port deal\n\n"
          "LIMA, Peru - The port deal has divided the governing coalition for months.\n\n"
          "In a sharp criticism of Finance Minister Ana Ferreira, Senator Jorge Ortiz said on Tuesday that the "
          "deal would cost the country dearly.\n")


def test_the_time_of_a_saying_dates_the_act_named_in_its_phrase(pipeline):
    # "In a sharp criticism of Ferreira, Ortiz said on Tuesday …": Tuesday is the saying's, and the criticism's
    doc = code(pipeline, REBUKE, published="2025-03-13")
    e = at(doc, "criticism")
    assert e.type == "ACCUSE"
    assert _date(e) == ("2025-03-11", "text"), e.date


BORDER = ("Readers weigh in on the Ortiz visit to Santiago\n\n"
          "Peruvian presidential candidate Jorge Ortiz met with Chilean President Ana Ferreira in Santiago on "
          "Wednesday.\n\n"
          "The two discussed the border and trade, an aide to Ortiz said.\n\n"
          "Our readers shared their thoughts on Jorge Ortiz meeting with Chilean President Ana Ferreira.\n")


def test_a_bare_noun_named_by_its_party_refers_back_to_the_occurrence(pipeline):
    # "their thoughts on Jorge Ortiz meeting with President Ferreira": the meeting told in the lede, as
    # "Ortiz's meeting" would be; it takes that meeting's day
    doc = code(pipeline, BORDER, published="2025-03-13")
    e = [e for e in doc.events if e.trigger.text == "meeting"]
    assert e and e[0].type == "CONSULT", [(x.type, x.trigger.text) for x in doc.events]
    assert _date(e[0]) == ("2025-03-12", "context"), e[0].date


RESIGN = ("Ortiz urges Salas to step down\n\n"
          "Just after Luis Vera carried out his deadly assault on officers at the central police station in "
          "Cusco, Senator Jorge Ortiz was demanding action.\n\n"
          "Following a televised address by President Carlos Salas on the shooting, Ortiz urged the president "
          "to step down. The country could not wait any longer, he said.\n\n"
          "Soon after the assault, Ortiz released a statement: “Last night, our officers were attacked by a "
          "terrorist. Our thoughts are with the families of the officers.”\n")


def test_an_act_of_words_goes_on_from_the_actor_s_act_dated_by_context(pipeline):
    # "Just after Vera carried out his deadly assault, Ortiz was demanding action": the assault's day, told
    # later ("Last night", in a statement of the day after); "Ortiz urged the president to step down" goes on
    # with it, no other time told between
    doc = code(pipeline, RESIGN, published="2025-03-11")
    assert _date(at(doc, "demanding")) == ("2025-03-10", "context")
    e = at(doc, "urged")
    assert _date(e) == ("2025-03-10", "context"), e.date


CONTACTS = ("Opposition warns Ortiz over contacts with rebels\n\n"
            "LIMA, Peru - Opposition leader Ana Ferreira warned Senator Jorge Ortiz on Monday over reports of his "
            "contacts with the rebels.\n\n"
            "If Ortiz is meeting with rebel commanders, his days in the Senate are over, Ferreira told reporters.\n")


def test_an_act_told_only_as_a_condition_has_no_day(pipeline):
    # "If Ortiz is meeting with rebel commanders, …": a present in a condition tells no day's news; the
    # coders leave such acts undated
    doc = code(pipeline, CONTACTS, published="2025-03-11")
    e = at(doc, "meeting")
    assert e.status == "conditional"
    assert _date(e) == (None, None), e.date
