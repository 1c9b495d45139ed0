"""Recall of verbal and cooperative acts (REQUEST, CONSULT, SUPPORT, REJECT, AGREE): each test codes a short whole
text written for it (fictional names and events)."""

from __future__ import annotations

from event_helpers import code, names, with_trigger


def test_backing_an_agreement_or_an_effort_is_support(pipeline):
    # endorsing a deal, a plan or an effort endorses a position (CAMEO 051), with no actor as object
    doc = code(pipeline, "Lima backs port deal\n\n"
                         "LIMA - President Ana Ferreira on Monday backed the fishing deal with Chile, while Senator "
                         "Carlos Ortiz threatened to block it in the Senate.\n\n"
                         "\"Peru supports efforts to reduce the catch in the southern waters,\" Ferreira told "
                         "reporters. Ortiz endorsed the plan of the fishermen's union a day later.")
    backed = with_trigger(doc, "SUPPORT", "backed")
    assert backed and names(doc, backed[0].actor) == ["Ana Ferreira"] and backed[0].status == "asserted"
    assert with_trigger(doc, "SUPPORT", "supports")
    assert with_trigger(doc, "SUPPORT", "endorsed")
    # backing a car out of a garage, supporting a weight: no position endorsed
    doc = code(pipeline, "Crash in Lima\n\n"
                         "LIMA - Senator Carlos Ortiz backed his car into a wall on Monday. The old bridge "
                         "supports the weight of the trucks, engineers said.")
    assert not with_trigger(doc, "SUPPORT", "backed") and not with_trigger(doc, "SUPPORT", "supports")


def test_standing_up_to_someone_defies_them(pipeline):
    # "stand up to X": a particle verb with its preposition, a defiance (REJECT), also in a headline whose parse
    # runs on into the next line
    doc = code(pipeline, "In shift, Peru to stand up to Chile.\n\n"
                         "Lima recalls envoy and sharpens its tone.\n\n"
                         "LIMA - Senator Carlos Ortiz stood up to President Ana Ferreira on Tuesday over the fishing "
                         "deal, and the government said it would recall its envoy from Santiago.\n\n"
                         "\"We will stand up to Chile,\" Ferreira said.")
    headline = with_trigger(doc, "REJECT", "stand")
    assert headline and names(doc, headline[0].actor) == ["Peru"] and names(doc, headline[0].recipient) == ["Chile"]
    stood = with_trigger(doc, "REJECT", "stood")
    assert stood and names(doc, stood[0].actor) == ["Carlos Ortiz"]
    assert names(doc, stood[0].recipient) == ["Ana Ferreira"]
    # standing up from a chair defies no one
    doc = code(pipeline, "Senate session\n\n"
                         "LIMA - Senator Carlos Ortiz stood up from his chair and left the Senate on Tuesday.")
    assert not with_trigger(doc, "REJECT", "stood")


def test_challenging_a_claim_rebuts_it(pipeline):
    # challenging what someone says is a rebuttal (REJECT), as disputing it is; challenging a person stays criticism
    doc = code(pipeline, "Peru answers Chile\n\n"
                         "LIMA - President Ana Ferreira on Monday challenged Chile's claims about the maritime border, "
                         "a day after Chilean President Jorge Soto said the islands belonged to Chile.")
    challenged = with_trigger(doc, "REJECT", "challenged")
    assert challenged and names(doc, challenged[0].actor) == ["Ana Ferreira"]
    assert names(doc, challenged[0].recipient) == ["Chile"]
    assert not with_trigger(doc, "ACCUSE", "challenged")


def test_a_plural_of_sides_holds_talks_among_themselves(pipeline):
    # "the leaders were expected to discuss …": a plural noun of sides names the parties of the talks; leaders
    # who "huddle" meet
    doc = code(pipeline, "Ferreira, Andean leaders huddle on drought\n\n"
                         "LIMA - President Ana Ferreira hosted the presidents of Chile and Bolivia in Lima on "
                         "Thursday. The leaders were expected to discuss the drought and the fishing dispute.\n\n"
                         "Peruvian senators discussed the budget on Friday, and Ferreira discussed the drought in a "
                         "speech.")
    huddle = with_trigger(doc, "CONSULT", "huddle")
    assert huddle and huddle[0].status == "asserted"
    discuss = with_trigger(doc, "CONSULT", "discuss")
    assert discuss and discuss[0].status == "future"
    # senators of one chamber, a leader in a speech: no two sides
    assert not with_trigger(doc, "CONSULT", "discussed")


def test_a_trip_visits_where_it_goes_not_where_it_leaves(pipeline):
    # "departs the UK for Germany": Germany is visited, the UK left (also where the parse hangs "for Germany"
    # on "the UK")
    doc = code(pipeline, "Ferreira ends tour\n\n"
                         "LONDON - President Ana Ferreira of Peru departs the UK for Germany today, where she will be "
                         "greeted by hundreds of Peruvian students.\n\n"
                         "Bolivian President Luis Arce departs Peru for Chile on Friday.")
    visits = with_trigger(doc, "CONSULT", "departs")
    assert [names(doc, e.recipient) for e in visits] == [["Germany"], ["Chile"]]
    assert names(doc, visits[0].actor) == ["Ana Ferreira"]


def test_backing_a_measure_against_someone_asks_for_it(pipeline):
    # backing a ban, supporting airstrikes: advocating a hostile measure is asking for it (REQUEST), and its
    # target is neither backed nor asked
    doc = code(pipeline, "Candidates split on refugees\n\n"
                         "WASHINGTON - Senator Maria Holt backed a ban on Syrian refugees on Monday, while Governor "
                         "Tom Reyes supported airstrikes against the Islamic State.\n\n"
                         "Holt also backed Reyes for the nomination.")
    backed = with_trigger(doc, "REQUEST", "backed")
    assert backed and names(doc, backed[0].actor) == ["Maria Holt"] and not backed[0].recipient
    supported = with_trigger(doc, "REQUEST", "supported")
    assert supported and names(doc, supported[0].actor) == ["Tom Reyes"] and not supported[0].recipient
    assert not with_trigger(doc, "SUPPORT", "supported")
    support = with_trigger(doc, "SUPPORT", "backed")
    assert [names(doc, e.recipient) for e in support] == [["Tom Reyes"]]


def test_none_of_a_group_does_not_act(pipeline):
    # "none of the major candidates is pushing for …": the candidates are the actors, the act negated
    doc = code(pipeline, "Candidates split on Syria\n\n"
                         "WASHINGTON - None of the major presidential candidates is pushing for a large ground force "
                         "in Syria.\n\n"
                         "None of the senators criticized President Ana Ferreira on Monday, although Senator Carlos "
                         "Ortiz criticized her a day later.")
    pushed = with_trigger(doc, "REQUEST", "pushing")
    assert pushed and pushed[0].status == "negated" and "candidates" in names(doc, pushed[0].actor)[0]
    assert [e.status for e in with_trigger(doc, "ACCUSE", "criticized")] == ["negated", "asserted"]


def test_a_call_echoed_is_made_again(pipeline):
    # echoing a call makes it (REQUEST), also as a participle on the noun ("a call echoed by Chile")
    doc = code(pipeline, "Peru presses Bolivia\n\n"
                         "LIMA - Peru has been lobbying Andean countries to back the court's ruling, a call echoed by "
                         "Chile on Saturday.\n\n"
                         "Ecuador echoed the call for talks on Monday.")
    echoed = with_trigger(doc, "REQUEST", "echoed")
    assert [names(doc, e.actor) for e in echoed] == [["Chile"], ["Ecuador"]]
    # the participle tells what was done with the call, it is not what the call asks: made, not asked for
    assert [e.status for e in echoed] == ["asserted", "asserted"]
    # a sound echoed by the hills asks nothing
    doc = code(pipeline, "Storm in the Andes\n\n"
                         "CUZCO - Thunder echoed through the valley on Monday, a sound echoed by the hills.")
    assert not with_trigger(doc, "REQUEST", "echoed")
