"""Recall of ACCUSE and REQUEST, second round (events/unnamed_critics.py and the lexicon). Each test codes a
short whole text written for it (fictional names and events)."""

from __future__ import annotations

from event_helpers import code as _code  # tests/event_helpers.py
from event_helpers import names as _names
from event_helpers import typed as _typed


def test_criticism_told_in_the_passive_without_its_critics_is_criticism_of_its_subject(pipeline):
    # "X has been criticized for …", "X was charged with assault": X is judged; who judges is not named
    doc = _code(pipeline, "Senator Carlos Ortiz spoke in Lima on Thursday.\n\n"
                          "Senator Carlos Ortiz has been criticized for offering vague answers on the budget. "
                          "Last month, Governor Luis Mora was charged with fraud in Cusco.\n\n"
                          "Ortiz's remarks were condemned across the region.")
    acc = {e.trigger.text: e for e in _typed(doc, "ACCUSE")}
    assert "criticized" in acc and not acc["criticized"].actor
    assert _names(doc, acc["criticized"].recipient) == ["Carlos Ortiz"]
    assert "charged" in acc and not acc["charged"].actor and _names(doc, acc["charged"].recipient) == ["Luis Mora"]
    assert "condemned" in acc and _names(doc, acc["condemned"].recipient) == ["Carlos Ortiz"]


def test_a_passive_with_its_critic_named_or_no_party_judged_is_left_alone(pipeline):
    doc = _code(pipeline, "Senator Carlos Ortiz spoke in Lima on Thursday.\n\n"
                          "The plan was criticized for its cost. The phones were charged overnight. "
                          "His remarks were condemned. "
                          "\"I was upset that he was criticized,\" Mora said of a former minister whose government "
                          "was widely criticized for corruption.\n\n"
                          "Ortiz was criticized by Governor Luis Mora on Friday.")
    acc = _typed(doc, "ACCUSE")
    assert len(acc) == 1 and _names(doc, acc[0].actor) == ["Luis Mora"]
    assert _names(doc, acc[0].recipient) == ["Carlos Ortiz"]


def test_holding_someone_responsible_is_an_accusation(pipeline):
    doc = _code(pipeline, "President Ana Ferreira spoke in Lima on Thursday.\n\n"
                          "Senator Carlos Ortiz held Bolivia responsible for the attack on the border post. "
                          "Ferreira said she holds the Chilean navy accountable for the delay.\n\n"
                          "The ministry holds responsibility for the port.")
    acc = sorted((_names(doc, e.actor), _names(doc, e.recipient)) for e in _typed(doc, "ACCUSE"))
    assert acc == [(["Ana Ferreira"], ["Chilean navy"]), (["Carlos Ortiz"], ["Bolivia"])]


def test_criticism_fielded_is_criticism_of_who_fields_it(pipeline):
    doc = _code(pipeline, "President Ana Ferreira spoke in Lima on Thursday.\n\n"
                          "Ferreira has fielded sharp criticism over the country's security after two attacks in July. "
                          "Senator Carlos Ortiz fielded questions from reporters.\n\nNo date was set.")
    acc = _typed(doc, "ACCUSE")
    assert len(acc) == 1 and not acc[0].actor and _names(doc, acc[0].recipient) == ["Ana Ferreira"]


def test_nouns_of_a_verbal_attack_are_criticism_of_their_target(pipeline):
    doc = _code(pipeline, "President Ana Ferreira spoke in Lima on Thursday.\n\n"
                          "Senator Carlos Ortiz launched a tirade against Ferreira on Friday. "
                          "Ortiz's broadside at the Chilean government drew applause.\n\nNo one answered.")
    acc = sorted((e.trigger.text, _names(doc, e.actor), _names(doc, e.recipient)) for e in _typed(doc, "ACCUSE"))
    assert acc == [("broadside", ["Carlos Ortiz"], ["Chilean government"]),
                   ("tirade", ["Carlos Ortiz"], ["Ana Ferreira"])]


def test_complaints_about_someone_or_what_is_theirs_are_criticism_of_them(pipeline):
    doc = _code(pipeline, "President Ana Ferreira spoke in Lima on Thursday.\n\n"
                          "Senator Carlos Ortiz's complaints about Ferreira's budget went unanswered. "
                          "Governor Luis Mora's complaints about Chile were ignored.\n\nNo one answered.")
    acc = sorted((_names(doc, e.actor), _names(doc, e.recipient)) for e in _typed(doc, "ACCUSE"))
    assert acc == [(["Carlos Ortiz"], ["Ana Ferreira"]), (["Luis Mora"], ["Chile"])]
    # talks about someone are no criticism of them
    doc = _code(pipeline, "President Ana Ferreira spoke in Lima on Thursday.\n\n"
                          "Senator Carlos Ortiz held talks with Governor Luis Mora about Chile.\n\nNo one answered.")
    assert not any("Chile" in _names(doc, e.recipient) for e in doc.events)


def test_coming_under_criticism_is_receiving_it(pipeline):
    doc = _code(pipeline, "President Ana Ferreira spoke in Lima on Thursday.\n\n"
                          "Ferreira came under sharp criticism from Senator Carlos Ortiz on Friday. "
                          "Governor Luis Mora has come under criticism for the delay.\n\nNo one answered.")
    acc = sorted((_names(doc, e.actor), _names(doc, e.recipient)) for e in _typed(doc, "ACCUSE"))
    assert acc == [([], ["Luis Mora"]), (["Carlos Ortiz"], ["Ana Ferreira"])]
