"""Verbal acts of the events stage: criticism, accusations, requests and rejections said in words that
are not the lexicon's verbs of criticism. Each test codes a short whole text written for it (fictional)."""

from __future__ import annotations

from event_helpers import code as _code  # tests/event_helpers.py
from event_helpers import names as _names
from event_helpers import with_trigger as _with


def test_a_judging_name_the_parser_reads_as_a_verb(pipeline):
    # "unqualified" tagged as a past tense in a headline: still what Clinton is called
    doc = _code(pipeline, "Tensions flare after Peters calls Ortiz unqualified;\n\n"
                          "Senator Carlos Peters spoke in Lima on Monday about President Ana Ortiz.")
    acc = _with(doc, "ACCUSE", "calls")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Peters"] and _names(doc, acc[0].recipient) == ["Ana Ortiz"]
    # the same, the parser taking Ortiz for the subject of the complement ("oprd")
    doc = _code(pipeline, "Tensions flare after Rogers calls Diaz unqualified;\n\n"
                          "Senator Carlos Rogers spoke in Lima on Monday about President Ana Diaz.")
    acc = _with(doc, "ACCUSE", "calls")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Rogers"] and _names(doc, acc[0].recipient) == ["Ana Diaz"]
    # a name that does not judge is no criticism
    doc = _code(pipeline, "Tensions ease after Peters calls Ortiz informed;\n\n"
                          "Senator Carlos Peters spoke in Lima on Monday about President Ana Ortiz.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_critical_of_someone_is_criticism(pipeline):
    doc = _code(pipeline, "Senator Carlos Ortiz was also critical of President Ana Ferreira's border plan, "
                          "telling reporters in Lima on Monday that it would fail.")
    acc = _with(doc, "ACCUSE", "critical")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Ortiz"] and _names(doc, acc[0].recipient) == ["Ana Ferreira"]
    # "critical" of no one, or of a thing: no event
    doc = _code(pipeline, "Senator Carlos Ortiz said the vote on Monday was critical for the region.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_judging_adverb_in_a_statement(pipeline):
    # "recklessly" judges as "reckless" does: the speaker criticises the one who acted so
    doc = _code(pipeline, '"President Ana Ferreira recklessly ignored the warnings," Senator Carlos Ortiz said.')
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and _names(doc, acc[0].actor) == ["Carlos Ortiz"] and _names(doc, acc[0].recipient) == ["Ana Ferreira"]
    # an adverb of degree judges no one ("dangerously close")
    doc = _code(pipeline, '"President Ana Ferreira came dangerously close to a deal," Senator Carlos Ortiz said.')
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # in a quotation's other sentence, the criticism is told at its own word: that sentence is the evidence
    doc = _code(pipeline, '"President Ana Ferreira recklessly ignored the warnings. She must go now," '
                          'Senator Carlos Ortiz said.')
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and acc[0].trigger.text == "recklessly" and "ignored" in acc[0].evidence.text


def test_the_one_a_threat_is_to_is_not_judged(pipeline):
    doc = _code(pipeline, '"A nuclear Peru is a threat to Chile," Senator Carlos Ortiz said on Monday.')
    assert not [e for e in doc.events if e.type == "ACCUSE" and _names(doc, e.recipient) == ["Chile"]]


def test_figurative_attacks_by_politicians_are_criticism(pipeline):
    doc = _code(pipeline, "Senator Carlos Ortiz went after Governor Ana Lane on Monday, hours after the governor "
                          "endorsed his rival.")
    acc = _with(doc, "ACCUSE", "went")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Ortiz"] and _names(doc, acc[0].recipient) == ["Ana Lane"]
    doc = _code(pipeline, "At the debate in Lima, Senator Carlos Ortiz took shots at President Ana Ferreira.")
    acc = _with(doc, "ACCUSE", "took")
    assert acc and _names(doc, acc[0].recipient) == ["Ana Ferreira"]
    # police going after suspects, a gunman taking a shot at officers: no words, no criticism
    doc = _code(pipeline, "Chilean police went after the suspects in Arica on Monday.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = _code(pipeline, "A gunman took a shot at two police officers in Arica on Monday.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = _code(pipeline, "Carlos Ortiz went after his neighbour Ana Lane with a knife on Monday.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_blame_cast_on_someone(pipeline):
    doc = _code(pipeline, "President Ana Ferreira put the blame on Peru for the collapse of the talks.")
    acc = _of(doc, "ACCUSE")
    assert _names(doc, acc[0].actor) == ["Ana Ferreira"] and _names(doc, acc[0].recipient) == ["Peru"]


def _of(doc, type_):
    found = [e for e in doc.events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found


def test_a_statement_condemning_is_its_authors_act(pipeline):
    doc = _code(pipeline, "In her statement condemning the vote, Governor Ana Lane thanked the police.")
    assert [e for e in doc.events if e.type == "ACCUSE" and _names(doc, e.actor) == ["Ana Lane"]]
    doc = _code(pipeline, "The rhetoric of Chilean senators blasting President Ana Ferreira's plan suggests a divide.")
    acc = _of(doc, "ACCUSE")
    assert _names(doc, acc[0].recipient) == ["Ana Ferreira"] and acc[0].actor
    # a report or a video "condemning" someone is the report's, and a report is no actor: nothing guessed
    doc = _code(pipeline, "A video condemning President Ana Ferreira was shared widely on Monday.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # the place of the pursuit is no party to it
    doc = _code(pipeline, "Senator Carlos Ortiz went after Governor Ana Lane in Peru on Monday.")
    assert [_names(doc, e.recipient) for e in _with(doc, "ACCUSE", "went")] == [["Ana Lane"]]


def test_pushing_someone_to_act_is_a_request(pipeline):
    doc = _code(pipeline, "Chile has been lobbying Asian countries to back the court's ruling, and Peru is pushing "
                          "Bolivia to withdraw its troops from the border.")
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert sorted((_names(doc, e.actor)[0], _names(doc, e.recipient)) for e in req) == [
        ("Chile", ["Asian countries"]), ("Peru", ["Bolivia"])]
    # pushing a cart, a bill pushed through: no one is asked
    # the infinitive hung on the verb by the parser: still the object asked
    doc = _code(pipeline, "Chile has been lobbying Asian and other countries to back the judges' statement.")
    assert [_names(doc, e.recipient) for e in doc.events if e.type == "REQUEST"] == [["Asian and other countries"]]
    doc = _code(pipeline, "Peru pushed the bill through Congress on Monday.")
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_lobbying_for_something_is_a_request(pipeline):
    doc = _code(pipeline, "Peru has lobbied for support for its claim at the United Nations.")
    assert [e for e in doc.events if e.type == "REQUEST" and _names(doc, e.actor) == ["Peru"]]
    # the one who is "aggressive in pushing" someone asks them
    doc = _code(pipeline, "Senator Carlos Ortiz has been especially aggressive in pushing the Peruvian government "
                          "to release the files.")
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and _names(doc, req[0].actor) == ["Carlos Ortiz"]


def test_a_rebuttal_is_a_rejection(pipeline):
    doc = _code(pipeline, "Peru rebuts Chilean criticism on fishing quotas;\n\nPeru's foreign minister spoke in Lima.")
    assert [e for e in doc.events if e.type == "REJECT" and _names(doc, e.actor) == ["Peru"]]
    doc = _code(pipeline, "Senator Carlos Ortiz took issue with President Ana Ferreira's remarks on Monday.")
    rej = _with(doc, "REJECT", "took")
    assert rej and _names(doc, rej[0].recipient) == ["Ana Ferreira"]
    doc = _code(pipeline, "The Ortiz campaign pushed back against President Ana Ferreira's attack on his record.")
    rej = _with(doc, "REJECT", "pushed")
    assert rej and _names(doc, rej[0].recipient) == ["Ana Ferreira"]
    # a vote pushed back is postponed, not rejected
    doc = _code(pipeline, "President Ana Ferreira pushed back the vote on the Peru treaty to March.")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_words_that_ask_or_judge_no_one(pipeline):
    # a gerund is no one asked; prosecutors pursuing someone are no politicians' words
    doc = _code(pipeline, "Carlos Ortiz, a Chilean author, encourages taking up a second job.")
    assert not [e for e in doc.events if e.type == "REQUEST"]
    doc = _code(pipeline, "Chilean prosecutors could still go after Ortiz's associates.")
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "go"]
    # a participle the parser hangs on a place or medium is not that medium's act
    doc = _code(pipeline, "Then Ana Lane posted on Twitter accusing Peru of stealing her votes.")
    assert not [e for e in doc.events if _names(doc, e.actor) == ["Twitter"]]
    # "intent on preventing Peru from joining the pact": Peru's joining is not Chile's
    doc = _code(pipeline, "Chile remains intent on preventing Peru from joining the Pacific Treaty Organization.")
    assert not [e for e in doc.events if e.type == "SUPPORT" and _names(doc, e.actor) == ["Chile"]]


def test_pressure_and_proposals_that_ask(pipeline):
    doc = _code(pipeline, "Chile stepped up pressure on Peru on Saturday to withdraw its fishing fleet.")
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and _names(doc, req[0].actor) == ["Chile"] and _names(doc, req[0].recipient) == ["Peru"]
    doc = _code(pipeline, "Lawmakers in Lima condemned President Ana Ferreira's proposal to close the border.")
    assert [e for e in doc.events if e.type == "REQUEST" and _names(doc, e.actor) == ["Ana Ferreira"]]
    # pressure under which one acts, a proposal that asks nothing: no request
    doc = _code(pipeline, "Under growing pressure, Chile's government resigned on Monday.")
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_an_insulting_name_is_criticism(pipeline):
    doc = _code(pipeline, 'In October, Senator Carlos Ortiz called President Ana Ferreira a "coward" and a fool.')
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and _names(doc, acc[0].recipient) == ["Ana Ferreira"]


def test_questioning_is_criticism_only_of_someone_by_no_journalist(pipeline):
    doc = _code(pipeline, "At the palace today, reporters questioned Press Secretary Ana Lane about the attack.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = _code(pipeline, "No group has claimed the killing, leading Chilean police to question whether this was "
                          "an isolated incident.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = _code(pipeline, "Senator Carlos Ortiz questioned President Ana Ferreira's judgement on the treaty.")
    acc = _with(doc, "ACCUSE", "questioned")
    assert acc and _names(doc, acc[0].recipient) == ["Ana Ferreira"]


def test_shunning_someone_is_a_rejection(pipeline):
    doc = _code(pipeline, "Senator Carlos Ortiz and other Chilean leaders shunned President Ana Ferreira during her "
                          "visit to Santiago.")
    rej = _with(doc, "REJECT", "shunned")
    assert rej and _names(doc, rej[0].recipient) == ["Ana Ferreira"]
    doc = _code(pipeline, "Senator Carlos Ortiz has shunned the spotlight since March.")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_more_words_of_criticism(pipeline):
    doc = _code(pipeline, "Senator Carlos Ortiz mocked President Ana Ferreira at a rally in Lima on Monday.")
    acc = _with(doc, "ACCUSE", "mocked")
    assert acc and _names(doc, acc[0].recipient) == ["Ana Ferreira"]
    doc = _code(pipeline, "Protesters heckled President Ana Ferreira during her speech in Lima.")
    assert [e for e in doc.events if e.type == "ACCUSE" and _names(doc, e.recipient) == ["Ana Ferreira"]]
    # a verb of mockery with no one as its object names no criticism
    doc = _code(pipeline, "Senator Carlos Ortiz smeared paint on the wall of his office.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # a backlash from someone against someone
    doc = _code(pipeline, "President Ana Ferreira faced a backlash from Chilean senators over the treaty.")
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and _names(doc, acc[0].recipient) == ["Ana Ferreira"]


def test_an_investigation_by_someone_of_no_one_named(pipeline):
    doc = _code(pipeline, "The ministry declined to comment, citing the ongoing investigation by the FBI.")
    inv = [e for e in doc.events if e.type == "ACCUSE" and e.mode == "investigate"]
    assert inv and _names(doc, inv[0].actor) == ["FBI"]
