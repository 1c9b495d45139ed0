"""Recall of verbal acts the parse or the lexicon leaves unsaid (events/verbal.py). Each test codes a short
whole text written for it (fictional names and events)."""

from __future__ import annotations

from event_helpers import code as _code  # tests/event_helpers.py
from event_helpers import names as _names
from event_helpers import typed as _typed

from newsgraph.records import Article


def test_a_call_the_parser_hangs_on_an_infinitive_keeps_its_subject(pipeline):
    # "called" is coordinated with "went", not with "use": Ortiz calls on Ferreira to quit
    doc = _code(pipeline, "Senator Carlos Ortiz spoke in Lima on Thursday about President Ana Ferreira.\n\n"
                          "Likewise, Ortiz went after Ferreira for following Lopez’s refusal to use the term as "
                          "well and called for her to quit her bid for president.\n\nFerreira did not respond.")
    req = [e for e in _typed(doc, "REQUEST") if e.trigger.text == "called"]
    assert req and _names(doc, req[0].actor) == ["Carlos Ortiz"] and _names(doc, req[0].recipient) == ["Ana Ferreira"]


def test_a_warning_of_the_warners_own_harm_to_come_is_a_threat(pipeline):
    # what the warner says it could do to another is a threat to that other, at "warned"
    doc = _code(pipeline, "Norway weighs its options\n\n"
                          "OSLO - Norway has warned it could sell off billions of dollars in Chilean bonds if the "
                          "fishing dispute is not settled.\n\n"
                          "Officials in Santiago declined to comment on Tuesday.")
    thr = [e for e in _typed(doc, "THREATEN") if e.trigger.text == "warned"]
    assert thr and _names(doc, thr[0].actor) == ["Norway"] and _names(doc, thr[0].recipient) == ["Chile"]
    # an act with no other party, or one that harms no one, threatens no one
    doc = _code(pipeline, "Norway weighs its options\n\n"
                          "OSLO - Norway has warned it could take years to rebuild the port.\n\n"
                          "The ministry also warned that it would close the northern road for the winter.")
    assert not _typed(doc, "THREATEN")


def test_consequences_said_to_follow_anothers_act_are_a_threat(pipeline):
    doc = _code(pipeline, "Chile raises the stakes\n\n"
                          "SANTIAGO - Any move by Peru to build on the islands would have consequences, Defense "
                          "Minister Rosa Lagos said on Monday.\n\n"
                          "\"If Bolivia closes the border, that will have consequences,\" Lagos told reporters.")
    thr = _typed(doc, "THREATEN")
    assert len(thr) == 2
    assert all(_names(doc, e.actor) == ["Rosa Lagos"] for e in thr)
    assert sorted(n for e in thr for n in _names(doc, e.recipient)) == ["Bolivia", "Peru"]
    # consequences for no one in particular, or consequences an act already had: no threat
    doc = _code(pipeline, "Chile raises the stakes\n\n"
                          "SANTIAGO - \"There will be consequences,\" Defense Minister Rosa Lagos said on Monday.\n\n"
                          "Lagos said Peru's decision had consequences for the fishing fleet.")
    assert not _typed(doc, "THREATEN")


def test_a_statement_that_an_act_breaches_or_undermines_judges_its_doer(pipeline):
    doc = _code(pipeline, "Missile launch draws rebuke\n\n"
                          "BRUSSELS - \"The missile launch announced by Iran undermines regional security and is "
                          "in clear breach of the Geneva accords,\" NATO Secretary General Lars Holm said.\n\n"
                          "Iran did not comment.")
    acc = [e for e in _typed(doc, "ACCUSE") if e.trigger.text == "said"]
    # the doer is judged, not the accords breached nor the security undermined
    assert acc and _names(doc, acc[0].actor) == ["Lars Holm"] and _names(doc, acc[0].recipient) == ["Iran"]
    # not denied: "did not violate"
    doc = _code(pipeline, "No breach found\n\n"
                          "BRUSSELS - \"Iran did not violate the Geneva accords,\" NATO Secretary General Lars "
                          "Holm said on Monday.")
    assert not _typed(doc, "ACCUSE")


def test_a_quarrel_with_a_named_side_is_mutual_criticism(pipeline):
    doc = _code(pipeline, "Senator's quarrel deepens\n\n"
                          "LIMA, Peru - Senator Carlos Ortiz's feud with President Ana Ferreira deepened on Monday "
                          "after a vote on the budget.\n\n"
                          "The peso fell for three days in a row.")
    acc = [e for e in _typed(doc, "ACCUSE") if e.trigger.text == "feud"]
    assert acc and _names(doc, acc[0].actor) == ["Ana Ferreira", "Carlos Ortiz"] and not acc[0].recipient
    assert not [e for e in doc.events if e.trigger.text in ("row", "quarrel")]


def test_signing_on_to_a_bill_supports_its_sponsor(pipeline):
    doc = _code(pipeline, "Trade bill gains backers\n\n"
                          "WASHINGTON - Senator Ana Ortiz introduced a bill on Monday to expand trade with Peru.\n\n"
                          "Senator Carlos Lopez has signed on to the legislation.\n\n"
                          "Lopez also signed on as a co-sponsor of a farm bill, and his son signed on to a two-year "
                          "contract with the club.")
    sup = [e for e in _typed(doc, "SUPPORT") if e.trigger.text == "signed"]
    assert len(sup) == 1 and _names(doc, sup[0].actor) == ["Carlos Lopez"] and _names(doc, sup[0].recipient) == ["Ana Ortiz"]


def test_a_verbal_act_noun_framing_its_clause_is_the_subjects_act(pipeline):
    doc = _code(pipeline, "Senate rebukes the president\n\n"
                          "LIMA, Peru - In a sharp rebuke to President Ana Ferreira, Senator Carlos Ortiz voted on "
                          "Monday to end the emergency.\n\n"
                          "About 60 protesters left the square at the request of the police.\n\n"
                          "In a statement, Ortiz said the vote was final.")
    acc = [e for e in _typed(doc, "ACCUSE") if e.trigger.text == "rebuke"]
    assert acc and _names(doc, acc[0].actor) == ["Carlos Ortiz"] and _names(doc, acc[0].recipient) == ["Ana Ferreira"]
    req = [e for e in _typed(doc, "REQUEST") if e.trigger.text == "request"]
    assert req and _names(doc, req[0].actor) == ["police"]


def test_a_demand_told_in_a_nouns_that_clause_is_made_by_the_noun(pipeline):
    doc = _code(pipeline, "Ortiz backs Ferreira on trade\n\n"
                          "LIMA, Peru - Senator Carlos Ortiz has thrown his weight behind President Ana Ferreira's "
                          "advice that Chile should remain within the trade pact.\n\n"
                          "Chile's government did not comment on Monday.")
    req = _typed(doc, "REQUEST")
    assert req and req[0].trigger.text == "advice"
    assert _names(doc, req[0].actor) == ["Ana Ferreira"] and _names(doc, req[0].recipient) == ["Chile"]


def test_an_insult_names_no_party(pipeline):
    # "criminals" is what the fishermen are called, not a party criticised
    doc = _code(pipeline, "Ortiz steps up attacks\n\n"
                          "LIMA, Peru - Senator Carlos Ortiz has consistently targeted Chile's fishing fleet, calling "
                          "Chilean fishermen \"thugs\" and criminals in a speech on Monday.")
    assert not [e for e in _typed(doc, "ACCUSE") if any(doc.actor(r).name.lower() == "criminals" for r in e.recipient)]
    assert not _typed(doc, "CONSULT")  # no phone call either
    called = [e for e in _typed(doc, "ACCUSE") if e.trigger.text == "calling"]
    assert called and _names(doc, called[0].recipient) == ["Chilean fishermen"]
    # an insult said of a named person is criticism of that person
    doc = _code(pipeline, "Ortiz steps up attacks\n\n"
                          "LIMA, Peru - \"President Ana Ferreira is a loser and her ministers are crooks,\" Senator "
                          "Carlos Ortiz said on Monday.")
    acc = _typed(doc, "ACCUSE")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Ortiz"] and _names(doc, acc[0].recipient) == ["Ana Ferreira"]


def test_verbs_of_criticism_praise_and_disowning(pipeline):
    doc = _code(pipeline, "Ortiz turns on the president\n\n"
                          "LIMA, Peru - Senator Carlos Ortiz lambasted President Ana Ferreira on Monday.\n\n"
                          "Ferreira lauded Chile's decision to reopen the border, and Ortiz disavowed Senator Luis "
                          "Prado after the vote. Critics lambasted the plan.")
    def surnames(ids):
        return tuple(_names(doc, ids)[0].split()[-1:]) if ids else ()

    got = {(e.type, e.trigger.text, surnames(e.actor), surnames(e.recipient)) for e in doc.events}
    assert ("ACCUSE", "lambasted", ("Ortiz",), ("Ferreira",)) in got
    assert ("SUPPORT", "lauded", ("Ferreira",), ("Chile",)) in got
    assert ("REJECT", "disavowed", ("Ortiz",), ("Prado",)) in got
    assert len([e for e in doc.events if e.trigger.text == "lambasted"]) == 1  # "lambasted the plan": no one


def test_a_time_after_on_is_no_one_called_on(pipeline):
    # "on Monday morning" is when; Chile is the one called upon, and Chile is to press Bolivia
    doc = _code(pipeline, "Ortiz urges pressure\n\n"
                          "LIMA, Peru - Senator Carlos Ortiz on Monday morning also called upon Chile to press "
                          "Bolivia into reopening the border.")
    press = [e for e in _typed(doc, "REQUEST") if e.trigger.text == "press"]
    assert press and _names(doc, press[0].actor) == ["Chile"] and _names(doc, press[0].recipient) == ["Bolivia"]


def test_a_vow_to_ignore_is_a_rejection_and_insisting_on_oneself_a_rebuttal(pipeline):
    doc = _code(pipeline, "Ruling looms\n\n"
                          "LIMA, Peru - A court in The Hague will rule next week on the case filed by Peru, a ruling "
                          "that Chile has vowed to ignore.\n\n"
                          "Chile insists it is defending its fishermen. President Ana Ferreira of Peru insisted that "
                          "Chile must respect the ruling, and Chile's foreign minister insisted that Peru started "
                          "the dispute.")
    rej = {e.trigger.text: e for e in _typed(doc, "REJECT")}
    assert "vowed" in rej and _names(doc, rej["vowed"].actor) == ["Chile"]
    assert "insists" in rej and _names(doc, rej["insists"].actor) == ["Chile"]
    req = [e for e in _typed(doc, "REQUEST") if e.trigger.text == "insisted"]
    # the demand stays a demand; the claim about another is neither a demand nor a rebuttal
    assert len(req) == 1 and _names(doc, req[0].actor) == ["Ana Ferreira"] and _names(doc, req[0].recipient) == ["Chile"]
    assert len([e for e in doc.events if e.trigger.text == "insisted"]) == 1


def test_it_said_by_a_person_is_not_the_person(pipeline):
    # "it" is the bill, not the senator who speaks: no one is said to support
    doc = _code(pipeline, "Sanctions bill\n\n"
                          "WASHINGTON - \"That's a clear statement by the Senate, and it will receive near-unanimous "
                          "support,\" Senator Carlos Ortiz said on Monday.\n\n"
                          "The Farc has said it will release three soldiers.")
    assert not [e for e in doc.events if e.trigger.text == "support"]
    rel = [e for e in doc.events if e.trigger.text == "release"]
    assert rel and any(w in " ".join(_names(doc, rel[0].actor)) for w in ("Farc", "Colombia"))


def test_criticism_of_a_move_made_by_someone_targets_them(pipeline):
    doc = _code(pipeline, "League condemns decision\n\n"
                          "CAIRO - The Arab League condemned the unilateral move announced on Monday by Peruvian "
                          "Foreign Minister Ana Ferreira.")
    acc = [e for e in _typed(doc, "ACCUSE") if e.trigger.text == "condemned"]
    assert acc and _names(doc, acc[0].actor) == ["Arab League"] and _names(doc, acc[0].recipient) == ["Ana Ferreira"]


def test_a_request_or_criticism_announced_is_no_threat(pipeline):
    doc = _code(pipeline, "Peru to go to court\n\n"
                          "LIMA, Peru - \"We will ask the International Court of Justice to open an investigation,\" "
                          "Foreign Minister Ana Ferreira said on Monday. Peru said it would demand compensation from "
                          "Chile.")
    assert not _typed(doc, "THREATEN")
    req = {e.trigger.text for e in _typed(doc, "REQUEST")}
    assert {"ask", "demand"} <= req


def test_calling_a_claim_a_sham_or_an_act_inappropriate_judges_its_owner(pipeline):
    doc = _code(pipeline, "Hearing ends\n\n"
                          "LIMA, Peru - \"The opposition's central allegation in this sham has again been debunked,\" "
                          "presidential spokeswoman Rosa Lagos said on Monday of the Popular Force party.\n\n"
                          "Senator Carlos Ortiz told lawmakers that President Ana Ferreira's request to the court to "
                          "drop the case was inappropriate.")
    acc = {e.trigger.text: e for e in _typed(doc, "ACCUSE")}
    assert "told" in acc and _names(doc, acc["told"].actor) == ["Carlos Ortiz"] \
        and _names(doc, acc["told"].recipient) == ["Ana Ferreira"]


def test_criticism_of_each_other_has_no_third_party(pipeline):
    doc = _code(pipeline, "Debate night\n\n"
                          "LIMA, Peru - In their first debate on Tuesday, Senator Carlos Ortiz and President Ana "
                          "Ferreira criticized each other's policies on Chile and Bolivia.")
    acc = _typed(doc, "ACCUSE")
    assert acc and _names(doc, acc[0].actor) == ["Ana Ferreira", "Carlos Ortiz"] and not acc[0].recipient
    assert not [e for e in doc.events if set(_names(doc, e.recipient)) & {"Chile", "Bolivia"}]


def test_a_body_that_says_it_will_act_is_the_actor(pipeline):
    # "it" stands for the government or army that said it, not only for named organisations

    text = ("Kabul frees prisoners\n\nThe Afghan government said on Wednesday it would free 1,500 Taliban "
            "prisoners.\n\nThe Iraqi military says it has seized Kurdish oil fields near Kirkuk.")
    doc = pipeline.analyse(Article(id="b", source="b", text=text, published="2020-03-11"), pipeline.nlp(text))
    acted = {doc.actor(a).name for e in doc.events for a in e.actor}
    assert {"Afghan government", "Iraqi military"} <= acted, acted
