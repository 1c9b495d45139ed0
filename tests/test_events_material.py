"""Material acts of the events stage: forces moved, withdrawn and tested, weapons given up, attacks by
unnamed attackers, seizures by force. Each test codes a short whole text written for it (fictional)."""

from __future__ import annotations

from event_helpers import code as _code  # tests/event_helpers.py
from event_helpers import names as _names
from event_helpers import with_trigger as _with


def test_troops_ordered_somewhere_are_moved(pipeline):
    doc = _code(pipeline, "President Ana Ferreira ordered 400 troops to the northern border on Monday, the defence "
                          "ministry said. Opposition leaders criticised the move.")
    mob = _with(doc, "MOBILIZE", "ordered")
    assert mob and _names(doc, mob[0].actor) == ["Ana Ferreira"] and not mob[0].recipient
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # an order with no destination is no movement of forces; nor an order of someone to a place
    doc = _code(pipeline, "The court ordered the journalist Carlos Ortiz to Lima for questioning on Monday.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_troops_removed_and_weapons_given_up(pipeline):
    doc = _code(pipeline, "Defence Minister Carlos Ortiz said on Monday that Peru would remove all its troops from "
                          "Bolivia by June. Senator Ana Ferreira called on the rebels to abandon their weapons.")
    ret = [e for e in doc.events if e.type in ("RETREAT", "AGREE") and e.trigger.text == "remove"]
    assert ret and "Peru" in _names(doc, ret[0].actor)
    assert all("troops" not in doc.actor(r).name for r in ret[0].recipient)  # its own troops are no party
    dis = _with(doc, "RETREAT", "abandon")
    assert dis and dis[0].mode == "disarm" and dis[0].status == "hypothetical"
    # abandoning a plan is no disarmament
    doc = _code(pipeline, "Peru abandoned the plan to build a new port on Monday, the government said.")
    assert not [e for e in doc.events if e.type == "RETREAT"]


def test_a_weapons_test_is_a_show_of_force(pipeline):
    doc = _code(pipeline, "North Korea tested a long-range missile on Monday, state media said. Japan condemned "
                          "the launch.")
    mob = _with(doc, "MOBILIZE", "tested")
    assert mob and _names(doc, mob[0].actor) == ["North Korea"] and mob[0].mode == "weapons"
    # a test of no weapon is no event
    doc = _code(pipeline, "Peru tested a new voting system in Lima on Monday, the electoral board said.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_an_unnamed_suicide_bomber_attacks(pipeline):
    doc = _code(pipeline, "A suicide bomber attacked a crowded market in Kabul on Tuesday, killing 12 people, "
                          "Afghan police said.")
    att = _with(doc, "ASSAULT", "attacked")
    assert att and _names(doc, att[0].actor) == ["suicide bomber"]


def test_armed_men_seizing_is_force_and_police_seizing_is_not(pipeline):
    doc = _code(pipeline, "Rebel fighters seized the town of Kidal on Monday, the army said.")
    assert _with(doc, "ASSAULT", "seized") and not _with(doc, "COERCE", "seized")
    doc = _code(pipeline, "Police seized two tonnes of cocaine at the port of Callao on Monday, the interior "
                          "ministry said.")
    assert not _with(doc, "ASSAULT", "seized")


def test_a_two_word_nationality_names_its_own_country(pipeline):
    # "North Korean" is North Korea's, not the Korea "Korean" alone names
    doc = _code(pipeline, "Defence Minister Kim Jae-won of South Korea spoke with Japanese officials on Monday about "
                          "the recent North Korean nuclear test, the ministry said.")
    test = [e for e in doc.events if e.trigger.text == "test"]
    assert test and _names(doc, test[0].actor) == ["North Korea"]


def test_let_free_is_a_release_however_parsed(pipeline):
    doc = _code(pipeline, "Peru let free some 40 political prisoners on Monday, the justice ministry said.")
    rel = [e for e in doc.events if e.type == "RETREAT" and e.mode == "release"]
    assert rel and _names(doc, rel[0].actor) == ["Peru"] and rel[0].recipient
    doc = _code(pipeline, "Bolivia let free activists in the face of mass protests on Monday.")
    rel = [e for e in doc.events if e.type == "RETREAT" and e.mode == "release"]
    assert rel and _names(doc, rel[0].actor) == ["Bolivia"]


def test_forces_leaving_a_country_withdraw_and_a_president_leaving_travels(pipeline):
    doc = _code(pipeline, "Chilean troops have begun leaving Bolivia under the peace agreement, officials said "
                          "on Monday.")
    ret = [e for e in doc.events if e.type == "RETREAT" and e.trigger.text == "leaving"]
    assert ret and ret[0].mode == "withdraw"
    doc = _code(pipeline, "President Ana Ferreira left Bolivia on Monday after a two-day visit, officials said.")
    assert not [e for e in doc.events if e.type == "RETREAT"]


def test_a_ceasefire_announced_with_the_other_side(pipeline):
    doc = _code(pipeline, "President Ana Ferreira on Thursday announced a weeklong cease-fire with the Shining Path "
                          "rebels, her office said.")
    truce = [e for e in doc.events if e.type == "RETREAT" and e.mode == "ceasefire"]
    assert truce and _names(doc, truce[0].actor) == ["Ana Ferreira"]
    # a ceasefire no one is named to declare is not written
    doc = _code(pipeline, "The ceasefire in the north will start on Tuesday, officials in Lima said.")
    assert not [e for e in doc.events if e.type == "RETREAT"]


def test_agreeing_to_halt_fighting_is_a_truce_offered_not_a_threat(pipeline):
    doc = _code(pipeline, "Peru and Ecuador agreed to halt fighting along the border on Tuesday, officials said.")
    assert not [e for e in doc.events if e.type in ("THREATEN", "SANCTION")]
    assert [e for e in doc.events if e.type == "RETREAT" and e.mode == "ceasefire"]
    assert [e for e in doc.events if e.type == "AGREE"]


def test_reinforcing_and_dispersing_need_forces_and_crowds(pipeline):
    doc = _code(pipeline, "Chile has reinforced its commitment to Bolivian refugees with a contribution of $5 million, "
                          "the foreign ministry said on Monday.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]
    doc = _code(pipeline, "Chile reinforced its troops on the Bolivian border on Monday, the army said.")
    assert _with(doc, "MOBILIZE", "reinforced")
    doc = _code(pipeline, "Police dispersed the protesters with tear gas in Lima on Monday.")
    assert _with(doc, "COERCE", "dispersed")
    doc = _code(pipeline, "The crowd dispersed peacefully in Lima on Monday after President Ana Ferreira spoke.")
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_expelled_from_a_country_by_that_country(pipeline):
    doc = _code(pipeline, "Two Chilean diplomats were expelled from Peru on Monday, the foreign ministry in Santiago "
                          "said.")
    exp = _with(doc, "SANCTION", "expelled")
    assert exp and _names(doc, exp[0].actor) == ["Peru"] and exp[0].recipient


def test_hit_by_someone_in_airstrikes_is_their_airstrikes(pipeline):
    doc = _code(pipeline, "Rebel positions in the north were hit by Chile in airstrikes on Sunday night, the army "
                          "of Peru said.")
    air = [e for e in doc.events if e.type == "ASSAULT"]
    assert air and air[0].trigger.text == "airstrikes" and _names(doc, air[0].actor) == ["Chile"]


def test_the_place_a_withdrawal_leaves_is_where_not_whom(pipeline):
    doc = _code(pipeline, "Defence Minister Carlos Ortiz said on Monday that Peru had withdrawn its troops from "
                          "Bolivia.")
    ret = [e for e in doc.events if e.type == "RETREAT"]
    assert ret and _names(doc, ret[0].actor) == ["Peru"] and not ret[0].recipient


def test_material_words_in_no_political_sense_give_no_event(pipeline):
    text = ("Truck and SUV sales in Peru are down 2.6 percent, the Lima car dealers' association said on Monday. "
            "The new Andes sedan has multilink rear suspension. The pandemic that killed 25 million people in Europe "
            "ended centuries ago. Lima is burning. Governor Ana Ferreira said Peru can demonstrate ways to fight "
            "addiction. Whether the actor Carlos Ortiz will return is unclear. Apple released the new iPad Pro.")
    doc = _code(pipeline, text)
    assert not [e for e in doc.events if e.type in ("AID", "SANCTION", "ASSAULT", "PROTEST", "RETREAT")], \
        [(e.type, e.trigger.text) for e in doc.events]


def test_the_political_sense_of_the_same_words_stays(pipeline):
    doc = _code(pipeline, "The United States approved arms sales to Taiwan on Monday. Germany announced the "
                          "suspension of aid to Peru. Chile released 20 prisoners on Tuesday, the government said.")
    assert [e for e in doc.events if e.type == "AID"]  # (at "approved", the light verb of "sales")
    assert [e for e in doc.events if e.type == "SANCTION" and e.trigger.text == "suspension"]
    assert [e for e in doc.events if e.type == "RETREAT" and e.trigger.text == "released"]


def test_easing_only_restrictions_and_aid_only_beyond_business(pipeline):
    doc = _code(pipeline, "Andes Bank said its new app is easing the pain people feel around money. Cobre Holdings "
                          "attempts to rescue the company, its chairman said on Monday.")
    assert not [e for e in doc.events if e.type in ("RETREAT", "AID")], [(e.type, e.trigger.text) for e in doc.events]
    doc = _code(pipeline, "Chile eased sanctions on Peru on Monday. Japan provided $5 million in aid to flood victims "
                          "in Peru on Tuesday.")
    assert [e for e in doc.events if e.type == "RETREAT" and e.trigger.text == "eased"]
    assert [e for e in doc.events if e.type == "AID"]


def test_protests_by_forces_places_and_markets_are_not_written(pipeline):
    text = ("Other teacher protests were held last year in Chiclayo, Cusco and Arequipa. The army took to the "
            "streets of Lima to clear barricades this weekend. Even the Lima stock index has been rallying this "
            "month.")
    doc = _code(pipeline, text)
    assert not [e for e in doc.events if e.type == "PROTEST"], [(e.type, e.trigger.text) for e in doc.events]
    doc = _code(pipeline, "Thousands of teachers rallied in Lima on Tuesday against President Ana Ferreira.")
    prot = [e for e in doc.events if e.type == "PROTEST"]
    assert prot and _names(doc, prot[0].recipient) == ["Ana Ferreira"]


def test_a_return_to_no_one_and_information_provided_are_no_events(pipeline):
    doc = _code(pipeline, "Carlos Ortiz later returned the money after public criticism. Senator Ana Ferreira's office "
                          "did not provide reporters with further information.")
    assert not [e for e in doc.events if e.type in ("RETREAT", "AID")], [(e.type, e.trigger.text) for e in doc.events]
    doc = _code(pipeline, "Peru returned 20 stolen artifacts to Bolivia on Monday, the culture ministry said.")
    assert [e for e in doc.events if e.type == "RETREAT" and e.trigger.text == "returned"]


def test_a_disaster_kills_no_one_politically_and_rebels_do(pipeline):
    doc = _code(pipeline, "Both diseases are associated with the Andean pandemic that killed an estimated 25 million "
                          "people in Peru in the 14th century. Five people were killed by the storm in Lima on Monday.")
    assert not [e for e in doc.events if e.type == "ASSAULT"], [(e.type, e.trigger.text) for e in doc.events]
    doc = _code(pipeline, "The rebels that killed three soldiers in Cusco on Sunday were arrested on Monday.")
    kill = _with(doc, "ASSAULT", "killed")
    assert kill and _names(doc, kill[0].actor) == ["rebels"]
