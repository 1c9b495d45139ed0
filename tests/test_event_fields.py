"""The fields of coded events (date, parties, place) on short whole articles written for the tests
(fictional events): what a reader checks of each record the events stage writes."""

from __future__ import annotations

from event_helpers import at as _at  # tests/event_helpers.py
from event_helpers import code as _code
from event_helpers import names as _names


def test_an_act_done_by_saying_is_dated_by_the_saying(pipeline):
    # a demand at "must" in what someone said, and an accusation made by saying it, happen when said: the
    # day the paragraph stated (Tuesday), or the publication day for a present "says"
    doc = _code(pipeline, "Chile and Peru trade words over the border\n\n"
                          "President Ana Ferreira of Chile met her ministers in Santiago on Tuesday.\n\n"
                          '"Peru must reopen the border crossing at once," Ferreira said after the meeting.\n\n'
                          'Senator Tomas Lind of Peru says Ferreira "is a reckless liar."')
    demand = _at(doc, "must")
    assert demand.type == "REQUEST" and _names(doc, demand.recipient) == ["Peru"]
    assert (demand.date.value, demand.date.basis) == ("2025-03-11", "context")
    says = [e for e in doc.events if e.trigger.text == "says"]
    assert all(e.date.value == "2025-03-14" for e in says)


def test_a_saying_far_from_any_stated_day_is_the_days_news(pipeline):
    # the day stated three paragraphs before is another scene: a past "said" with no time of its own is
    # the publication day's, not that day's
    doc = _code(pipeline, "Peru weighs its answer\n\n"
                          "Foreign Minister Tomas Lind met Chilean envoys in Lima on Monday.\n\n"
                          "The talks ended without a statement.\n\n"
                          "Analysts expect a long dispute over the water rights.\n\n"
                          'Senator Ana Ferreira of Chile said Peru must reopen the border.')
    demand = _at(doc, "must")
    assert demand.date.value == "2025-03-14"


def test_times_shares_occurrences_and_places_are_no_parties(pipeline):
    doc = _code(pipeline, "Chile weighs the Arica attack\n\n"
                          "Senator Tomas Lind testified days after the September 11 attack, which left four "
                          "Chilean diplomats dead.\n\n"
                          "Even on Friday, the Chilean government was refusing to call the Arica Christmas party "
                          "slaughter as terrorism. The government is still reluctant to call the attack in Arica an act of terror.\n\n"
                          "President Ana Ferreira condemned the Peruvian army's attack in Tacna.")
    parties = {doc.actor(a).name for e in doc.events for a in e.actor + e.recipient}
    assert not {p for p in parties if "September" in p or "slaughter" in p or p in ("Arica", "Tacna")}, parties
    refusing = _at(doc, "refusing")
    assert refusing.type == "REJECT" and refusing.recipient == ()
    assert all(e.recipient == () for e in doc.events if e.trigger.text == "reluctant")
    condemned = _at(doc, "condemned")
    assert _names(doc, condemned.recipient) == ["Peruvian army"]


def test_a_modal_of_judgement_or_of_a_question_is_no_demand(pipeline):
    # "should never have signed": what was done judged; "whether Chile should leave": a question asked;
    # "59 percent said": a share of those polled, no party; "Peru must reopen": a demand
    doc = _code(pipeline, "Chileans sour on the pact\n\n"
                          "Asked about the border pact, 59 percent said Chile should never have signed it.\n\n"
                          "Senator Tomas Lind says the vote is a prelude to a referendum on whether Chile should "
                          "leave the pact.\n\n"
                          "Senator Ana Ferreira said Peru must reopen the border.")
    demands = [e for e in doc.events if e.type == "REQUEST"]
    assert [e.trigger.text for e in demands] == ["must"], [(e.trigger.text, _names(doc, e.actor)) for e in demands]


def test_words_called_an_attack_are_aimed_at_whom_they_are_about(pipeline):
    # "pressing his attack that X is not qualified": a verbal attack on X, though the clause hangs on "pressing"
    doc = _code(pipeline, "Chile's race turns sour\n\n"
                          "Senator Tomas Lind is pressing his attack that Ana Ferreira is not qualified to be president.")
    attack = _at(doc, "attack")
    assert attack.type == "ACCUSE" and _names(doc, attack.recipient) == ["Ana Ferreira"]


def test_a_date_deep_in_a_fronted_phrase_keeps_its_own_tense(pipeline):
    # "at another rally in Arica on Thursday morning, he showed no sign …": the past Thursday, whatever the
    # tense of the apology that was not planned
    doc = _code(pipeline, "Lind holds firm\n\n"
                          "But at another rally in Arica on Thursday morning, Senator Tomas Lind showed no sign that "
                          "he was planning to apologize to Ana Ferreira.")
    apology = _at(doc, "apologize")
    assert apology.status == "negated" and apology.date.value == "2025-03-13"


def test_last_night_and_this_morning_are_dates():
    from newsgraph.stages import time as time_stage

    found = {d.text: d.kind for d in time_stage.find_dates("Last night troops shelled Tarvo; this morning they left.")}
    assert found == {"Last night": "relday", "this morning": "relday"}
    assert time_stage.resolve("Last night", "relday", "2025-03-14", "past") == ("2025-03-13", "day")
    assert time_stage.resolve("this  morning", "relday", "2025-03-14", "past") == ("2025-03-14", "day")


def test_habits_conditions_and_plans_take_no_day_they_do_not_happen_on(pipeline):
    # the headline's meeting is planned: not on the day the lede says it was announced; a habit in the
    # present is no news of the day; a suit made easier "if" evidence arises is not dated by the bill's week
    doc = _code(pipeline, "Ferreira will meet Lind\n\n"
                          "President Ana Ferreira of Chile will meet Senator Tomas Lind of Peru, officials said on "
                          "Wednesday.\n\n"
                          "Ferreira frequently meets with members of the Peruvian congress.\n\n"
                          "On Monday the Chilean senate approved a law allowing families to sue Peru if new evidence "
                          "arises.")
    head = [e for e in doc.events if e.trigger.start < 25 and e.type == "CONSULT"]
    assert head and head[0].status == "future" and head[0].date.value != "2025-03-12"
    habit = _at(doc, "meets")
    assert habit.date.value is None
    sue = _at(doc, "sue")
    assert sue.status == "conditional" and sue.date.value is None


def test_an_act_called_for_by_a_noun_is_not_done_and_not_the_critics(pipeline):
    doc = _code(pipeline, "Lind decries the ban\n\n"
                          "Senator Tomas Lind decried President Ana Ferreira's repeated calls to ban all Peruvians "
                          "from entering Chile.\n\n"
                          "Several candidates have proclaimed a need for more Chilean troops to be deployed along "
                          "the border.")
    ban = [e for e in doc.events if e.trigger.text == "ban"]
    assert ban and all(e.status == "hypothetical" and _names(doc, e.actor) != ["Tomas Lind"] for e in ban)
    deployed = [e for e in doc.events if e.trigger.text == "deployed"]
    assert all(e.status == "hypothetical" for e in deployed)


def test_a_share_of_those_polled_judges_no_one(pipeline):
    doc = _code(pipeline, "Poll sours on Ferreira\n\n"
                          'Fifty-one percent say President Ana Ferreira is "a reckless and dangerous leader."')
    assert not [e for e in doc.events if any("percent" in doc.actor(a).name.lower() for a in e.actor)]


def test_the_words_of_a_name_of_a_law_or_a_meeting_are_no_parties(pipeline):
    doc = _code(pipeline, "Chile at the summit\n\n"
                          "At the recent United Nations Climate Action Summit, President Ana Ferreira of Chile pledged "
                          "to cut emissions.\n\n"
                          "The Andean Human Rights and Democracy Act, under consideration in the Chilean senate, would "
                          "impose sanctions on Peruvian officials.\n\n"
                          "Chile and Peru reached a Phase 1 trade agreement on Monday.")
    parties = {doc.actor(a).name for e in doc.events for a in e.actor + e.recipient}
    assert not parties & {"Climate", "Action", "Phase", "Andean Human Rights and Democracy Act"}, parties


def test_a_place_of_the_same_moment_or_of_the_saying_is_the_events(pipeline):
    doc = _code(pipeline, "Ferreira to meet Lind\n\n"
                          "President Ana Ferreira of Chile will meet Senator Tomas Lind of Peru when he arrives in "
                          "Santiago later this month, officials said.\n\n"
                          "Chilean lawmakers called on the government to block Lind's visit to Chile.\n\n"
                          "Speaking at a university in Lima on Monday, Lind said Chile must reopen the border.")
    meet = [e for e in doc.events if e.trigger.text == "meet" and e.trigger.start > 25]
    assert meet and meet[0].location is not None and meet[0].location.name == "Santiago"
    visit = [e for e in doc.events if e.trigger.text == "visit"]
    assert all(e.location is not None and e.location.name == "Chile" for e in visit)
    demand = _at(doc, "must")
    assert demand.location is not None and demand.location.name == "Lima"



def test_benefits_provided_and_pages_released_are_no_aid_and_no_release(pipeline):
    doc = _code(pipeline, "Chile weighs its ties\n\n"
                          "Chile hopes its diplomats can argue the benefits that Peru provides to Chile.\n\n"
                          "Senator Tomas Lind has pushed the government of Chile to release the 28 pages.\n\n"
                          "The government of Chile released the Peruvian prisoners on Monday.")
    assert [e.trigger.text for e in doc.events if e.type in ("AID", "RETREAT")] == ["released"]


def test_wondering_a_post_taken_up_and_occupied_land_are_no_acts(pipeline):
    doc = _code(pipeline, "Questions after the blast\n\n"
                          "So far no group has claimed the bombing in Arica, leading Chilean police to question whether "
                          "it was an isolated incident.\n\n"
                          "Ambassador Tomas Lind took over the Peruvian Embassy in Santiago last year.\n\n"
                          "Chile has its embassy in Lima and not Tacna, whose eastern flanks are considered occupied "
                          "territory under international law.\n\n"
                          "Senator Ana Ferreira said she was trying to prevent the next attack.")
    kinds = [(e.type, e.trigger.text) for e in doc.events]
    assert not [k for k in kinds if k[1] in ("question", "took", "occupied")], kinds
    assert not [e for e in doc.events if e.trigger.text == "attack" and e.actor], kinds
    # "no group has claimed the bombing": no one named did it
    assert not [e for e in doc.events if e.trigger.text == "bombing" and e.actor], kinds


def test_a_threat_is_made_to_whom_its_condition_asks(pipeline):
    doc = _code(pipeline, "Ferreira threatens Peru\n\n"
                          "President Ana Ferreira has threatened to cut off the money migrants send home unless Peru "
                          "pays for a border wall.")
    threat = _at(doc, "threatened")
    assert threat.type == "THREATEN" and _names(doc, threat.recipient) == ["Peru"]


def test_our_nation_in_a_quote_is_the_speakers_country(pipeline):
    doc = _code(pipeline, "Ferreira speaks\n\n"
                          '"Last night, our nation was attacked by Peruvian rebels," Chilean President Ana Ferreira said.')
    attack = _at(doc, "attacked")
    assert _names(doc, attack.recipient) == ["Chile"] and attack.date.value == "2025-03-13"


def test_where_an_attack_was_done_is_no_party_to_it(pipeline):
    doc = _code(pipeline, "Gunman kills six in Valdoria\n\n"
                          "Late on Saturday, Marco Elsner carried out a deadly attack on diners at the Blue Harbor "
                          "restaurant in Valdoria, police said.")
    attack = _at(doc, "carried")
    assert attack.type == "ASSAULT" and _names(doc, attack.actor) == ["Marco Elsner"]
    assert attack.recipient == ()


def test_who_rebuts_a_criticism_naming_no_one_is_the_one_criticised(pipeline):
    doc = _code(pipeline, "Peru rebuts Chilean criticism on fishing\n\n"
                          "Peru on Monday dismissed Chilean accusations about its fishing fleet, and said the catch "
                          "was within the agreed limits.")
    for trigger in ("criticism", "accusations"):
        accusation = _at(doc, trigger)
        assert accusation.type == "ACCUSE" and _names(doc, accusation.recipient) == ["Peru"], trigger


def test_them_is_the_group_named_as_an_object_before_it(pipeline):
    doc = _code(pipeline, "Ferreira under fire\n\n"
                          "Chilean President Ana Ferreira praised the Peruvian people on Monday, and then threatened "
                          "them with higher tariffs if they vote for the treaty.")
    threat = _at(doc, "threatened")
    assert threat.type == "THREATEN" and [doc.actor(a).country for a in threat.recipient] == ["PER"]


def test_them_standing_for_things_is_no_party(pipeline):
    doc = _code(pipeline, "Chile and Peru\n\n"
                          "Chilean President Ana Ferreira imposed new tariffs on Peru in May and threatened to raise "
                          "them again in June.")
    threat = _at(doc, "threatened")
    assert [doc.actor(a).name for a in threat.recipient] in ([], ["Peru"])


def test_the_makers_and_exporters_of_a_country_are_a_party_of_their_own(pipeline):
    doc = _code(pipeline, "Chile taxes copper\n\n"
                          "Chile's trade ministry this year began putting heavy tariffs on some Peruvian copper makers "
                          "for selling below cost.")
    tariffs = _at(doc, "tariffs")
    assert [(doc.actor(a).name, doc.actor(a).country, doc.actor(a).sector) for a in tariffs.recipient] == [
        ("Peruvian copper makers", "PER", "BUS")]


def test_the_that_clause_right_after_an_accusation_says_whom_it_is_about(pipeline):
    # (the parser hangs the clause on "Tension", as a relative clause whose "that" is a complementizer)
    doc = _code(pipeline, "Tensions flare in Chile\n\n"
                          "Tension flared in the race for the Liberal nomination on Thursday, with each candidate "
                          "questioning the other's record and Governor Ana Ferreira pressing her attack that Jorge "
                          "Salas is not qualified to be president.")
    attack = _at(doc, "attack")
    assert attack.type == "ACCUSE" and _names(doc, attack.recipient) == ["Jorge Salas"]


def test_who_weighs_a_demand_naming_no_one_else_is_the_one_asked(pipeline):
    doc = _code(pipeline, "Chile weighs army plan\n\n"
                          "Chile's Foreign Ministry is now considering a proposal by the army to keep a base near the "
                          "border for years to come, according to officials in Santiago.")
    proposal = _at(doc, "proposal")
    assert proposal.type == "REQUEST" and _names(doc, proposal.recipient) == ["Foreign Ministry"]
