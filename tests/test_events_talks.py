"""Recall of verbal and cooperative acts (REQUEST, CONSULT, SUPPORT, REJECT, AGREE, RETREAT, CONCEDE): each test
codes a short whole text written for it (fictional names and events)."""

from __future__ import annotations

from event_helpers import code, names, typed, with_trigger


def test_words_taken_back_are_a_concession(pipeline):
    # retracting, withdrawing, taking or walking back one's words gives ground (CAMEO 080 "retract statement")
    doc = code(pipeline, "Senator apologizes to president\n\n"
                         "LIMA - Senator Carlos Ortiz attacked President Ana Ferreira on Monday over the port deal.\n\n"
                         "On Tuesday, Ortiz retracted his remarks and said the deal was sound.\n\n"
                         "Ferreira had called on the senator to take back his words.")
    retracted = with_trigger(doc, "CONCEDE", "retracted")
    assert retracted and names(doc, retracted[0].actor) == ["Carlos Ortiz"] and retracted[0].status == "asserted"
    asked = with_trigger(doc, "CONCEDE", "take")
    assert asked and names(doc, asked[0].actor) == ["Carlos Ortiz"] and asked[0].status == "hypothetical"
    # taking back a town, retracting landing gear: no words, no concession
    doc = code(pipeline, "Army retakes the north\n\n"
                         "LIMA - The Peruvian army took back the town of Tumbes from rebels on Monday.\n\n"
                         "The pilot of the air force jet retracted the landing gear after takeoff.")
    assert not typed(doc, "CONCEDE")


def test_disputing_a_claim_rejects_it(pipeline):
    # disputing what is said (a claim, a notion, "this") is a rebuttal, as denying it is (REJECT)
    doc = code(pipeline, "Chile answers Peru\n\n"
                         "SANTIAGO - Foreign Minister Jorge Soto of Chile on Monday disputed the claim that Chile had "
                         "broken the fishing treaty.\n\n"
                         "Peru says the islands are Peruvian, although Chile disputes this.")
    disputed = with_trigger(doc, "REJECT", "disputed")
    assert disputed and names(doc, disputed[0].actor) == ["Jorge Soto"]
    assert with_trigger(doc, "REJECT", "disputes")
    assert not with_trigger(doc, "ACCUSE", "disputed")


def test_an_act_only_pledged_planned_or_threatened_is_not_done(pipeline):
    # the act a noun of promise or plan holds is ahead ("her pledge to withdraw": future), one a threat holds
    # is hypothetical, one a refusal holds is negated; none is asserted as done
    doc = code(pipeline, "Peru weighs Bolivia exit\n\n"
                         "LIMA - President Ana Ferreira's pledge to withdraw all troops from Bolivia angered the army "
                         "on Monday.\n\n"
                         "The government's plan to release 40 prisoners was announced on Tuesday.\n\n"
                         "Chile's refusal to release the fishermen angered Lima.")
    withdraw = with_trigger(doc, "RETREAT", "withdraw")
    assert withdraw and names(doc, withdraw[0].actor) == ["Ana Ferreira"] and withdraw[0].status == "future"
    released = with_trigger(doc, "RETREAT", "release")
    assert [e.status for e in released] == ["future", "negated"]
    # a promise kept is done as told
    doc = code(pipeline, "Peru leaves Bolivia\n\n"
                         "LIMA - President Ana Ferreira kept her pledge to withdraw all troops from Bolivia on Monday.")
    assert [e.status for e in with_trigger(doc, "RETREAT", "withdraw")] in ([], ["asserted"])


def test_a_gerund_after_a_passive_clause_is_its_subjects_act(pipeline):
    # "were arrested after refusing to leave": the ones arrested refused (the passive's subject controls it)
    doc = code(pipeline, "Students held in Lima\n\n"
                         "LIMA - Six students were arrested on Monday after refusing to leave the lobby of the "
                         "hotel, police said.\n\n"
                         "Senator Carlos Ortiz was criticized on Tuesday for refusing to endorse President Ana Ferreira.")
    refused = with_trigger(doc, "REJECT", "refusing")
    assert len(refused) == 2 and refused[0].status == refused[1].status == "asserted"
    assert names(doc, refused[1].actor) == ["Carlos Ortiz"] and names(doc, refused[1].recipient) == ["Ana Ferreira"]
    assert "students" in names(doc, refused[0].actor)[0]
    # an agent named: no safe controller, no one refuses
    doc = code(pipeline, "Students held in Lima\n\n"
                         "LIMA - Six students were arrested by police on Monday after refusing to leave the hotel.")
    assert not with_trigger(doc, "REJECT", "refusing")
    # a gerund nested in another ("accused of creating a crisis by blocking aid"): an act alleged, not told as done
    doc = code(pipeline, "Aid stalls\n\n"
                         "LIMA - Peru has been accused of creating a crisis on the border by blocking the delivery of "
                         "aid to Bolivia.")
    assert all(e.status != "asserted" or names(doc, e.actor) != ["Peru"] for e in with_trigger(doc, "REJECT", "blocking"))


def test_topics_the_parties_have_to_discuss_are_talks_ahead(pipeline):
    doc = code(pipeline, "Leaders meet in Lima\n\n"
                         "LIMA - President Ana Ferreira met Chilean President Jorge Soto in Lima on Monday. "
                         "Ferreira and Soto also have other topics to discuss, among them the fishing dispute.")
    talks = with_trigger(doc, "CONSULT", "discuss")
    assert talks and names(doc, talks[0].actor) == ["Ana Ferreira", "Jorge Soto"] and talks[0].status == "future"
    # a thing someone has to do that is no act of two: nothing
    doc = code(pipeline, "Leaders meet in Lima\n\n"
                         "LIMA - President Ana Ferreira has a lot of bills to read this week.")
    assert not typed(doc, "CONSULT")


def test_calls_renewed_for_someone_to_act_ask_it_of_them(pipeline):
    # "renewed her calls for Chile to release the fishermen": Ferreira asks Chile; the release is not done
    doc = code(pipeline, "Peru presses Chile\n\n"
                         "LIMA - President Ana Ferreira of Peru on Monday renewed her calls for Chile to release the "
                         "fishermen.\n\n"
                         "Chile's foreign ministry did not comment.")
    asked = with_trigger(doc, "REQUEST", "calls")
    assert asked and names(doc, asked[0].actor) == ["Ana Ferreira"] and names(doc, asked[0].recipient) == ["Chile"]
    assert all(e.status != "asserted" for e in typed(doc, "RETREAT"))


def test_telling_someone_to_act_asks_it_of_them(pipeline):
    doc = code(pipeline, "Peru presses Chile\n\n"
                         "LIMA - President Ana Ferreira of Peru told Chile on Monday to stay out of the dispute with "
                         "Bolivia.\n\n"
                         "Ferreira told reporters in Lima that the talks had gone well.")
    told = with_trigger(doc, "REQUEST", "told")
    assert len(told) == 1 and names(doc, told[0].actor) == ["Ana Ferreira"] and names(doc, told[0].recipient) == ["Chile"]
    # no party told: an instruction to someone unnamed, no request coded
    doc = code(pipeline, "Lung case\n\n"
                         "LIMA - Dr. Luis Vega of the Lima General Hospital told the man to remove the bedding from "
                         "his home.")
    assert not with_trigger(doc, "REQUEST", "told")


def test_the_seat_someone_is_endorsed_for_is_no_party(pipeline):
    doc = code(pipeline, "Peru votes\n\n"
                         "LIMA - President Ana Ferreira of Peru endorsed Senator Carlos Ortiz for the Senate on Monday.\n\n"
                         "Ortiz thanked Ferreira for her support.")
    endorsed = with_trigger(doc, "SUPPORT", "endorsed")
    assert endorsed and names(doc, endorsed[0].recipient) == ["Carlos Ortiz"]
    thanked = with_trigger(doc, "SUPPORT", "thanked")
    assert thanked and names(doc, thanked[0].recipient) == ["Ana Ferreira"]


def test_a_pledge_to_act_is_an_agreement_of_its_maker(pipeline):
    doc = code(pipeline, "Peru weighs Bolivia exit\n\n"
                         "LIMA - President Ana Ferreira's pledge to withdraw all troops from Bolivia angered the army "
                         "on Monday.\n\n"
                         "The army chief said the campaign promises of politicians meant little.")
    pledged = with_trigger(doc, "AGREE", "pledge")
    assert pledged and names(doc, pledged[0].actor) == ["Ana Ferreira"] and pledged[0].status == "asserted"
    assert not with_trigger(doc, "AGREE", "promises")  # a promise with no act promised: a stance
    # a pledge of harm is no agreement
    doc = code(pipeline, "Peru weighs Chile ban\n\n"
                         "LIMA - President Ana Ferreira's pledge to ban all imports from Chile worried traders.")
    assert not with_trigger(doc, "AGREE", "pledge")
