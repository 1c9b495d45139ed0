"""Recall of ACCUSE, fourth round: suspects named by making their name public (events/suspects.py), the
charges of an arrest (events/arrest_charges.py), a case filed by someone (events/triggers.py,
arguments.py), criticism by no one named aimed at an act (events/criticised_acts.py). Each test codes a
short whole text written for it (fictional names and events). Also: a statement whose verb presses an accusation
coded at its noun is not coded again (events/evaluations.py); an accusation hung on a clause deep in what was said
is the speaker's (syntax.outer_cue); "threat" is no word of judgement (data/events.yaml criticism); "the
dispute" told again after a criticism is a quarrel of its two sides (events/nominal.py); "what he called coercive
actions" is criticism with no one named (events/evaluations.py)."""

from __future__ import annotations

from event_helpers import code, names, typed, with_trigger


def test_a_suspects_name_made_public_by_police_names_the_suspect(pipeline):
    doc = code(pipeline, "A gunman opened fire at a bus station in Arequipa on Tuesday, killing three people.\n\n"
                         "Pedro Salas, 34, was arrested two hours later near the station, officials said. "
                         "At 2 pm, police announced the suspect's name on the radio. "
                         "An hour later police repeated the suspect's name, Pedro Salas, several times.\n\n"
                         "Governor Luis Mora visited the wounded in hospital on Wednesday.")
    acc = typed(doc, "ACCUSE")
    assert {e.trigger.text for e in acc} >= {"announced", "repeated"}, [(e.trigger.text, e.type) for e in doc.events]
    for e in acc:
        if e.trigger.text in ("announced", "repeated"):
            assert names(doc, e.recipient) == ["Pedro Salas"]
            assert e.mode == "allege" and e.actor


def test_a_victims_name_or_an_unnamed_suspects_is_no_accusation_and_no_release(pipeline):
    doc = code(pipeline, "A gunman opened fire at a bus station in Arequipa on Tuesday, killing three people.\n\n"
                         "Police released the victim's name, Carla Soto, on Wednesday. "
                         "The gunman's name was released by police in Lima on Thursday.\n\n"
                         "Governor Luis Mora visited the wounded in hospital on Wednesday.")
    assert not typed(doc, "ACCUSE")
    assert not with_trigger(doc, "RETREAT", "released")


def test_an_arrest_on_charges_is_an_accusation_by_the_arresting_side(pipeline):
    doc = code(pipeline, "Hundreds of protesters gathered outside a rally held by Senator Carlos Ortiz in Cusco on Tuesday.\n\n"
                         "Six protesters were arrested on charges of disorderly conduct and trespass after refusing to "
                         "leave the lobby of the hotel, police said. Police detained two students on Monday on suspicion "
                         "of vandalism. The governor was arrested on charges of fraud in 2014.\n\n"
                         "Ortiz said the rally would go ahead.")
    charges = with_trigger(doc, "ACCUSE", "charges")
    assert len(charges) == 1, [(e.type, e.trigger.text) for e in doc.events]
    # (the six arrested are a group of their own, named with their count, apart from the hundreds gathered)
    assert names(doc, charges[0].actor) == ["police"] and names(doc, charges[0].recipient) in (["protesters"],
                                                                                             ["Six protesters"])
    assert charges[0].mode == "allege" and charges[0].status == "asserted"
    assert not with_trigger(doc, "ACCUSE", "suspicion")


def test_a_case_filed_by_a_party_is_its_allegation_against_the_one_it_challenges(pipeline):
    doc = code(pipeline, "Defence ministers from ten Asian countries met in Singapore on Saturday.\n\n"
                         "The meeting is being held ahead of a ruling expected in coming weeks on a case filed by "
                         "Vietnam in the International Court of Arbitration challenging China's claims to the Paracel "
                         "Islands. A separate complaint lodged by Peru against Chile was dismissed last year.\n\n"
                         "China has said it will ignore the ruling.")
    filed = with_trigger(doc, "ACCUSE", "filed")
    assert len(filed) == 1, [(e.type, e.trigger.text) for e in doc.events]
    assert names(doc, filed[0].actor) == ["Vietnam"] and names(doc, filed[0].recipient) == ["China"]
    assert filed[0].mode == "allege"


def test_criticism_by_no_one_named_is_aimed_at_whose_act_or_words_it_answers(pipeline):
    doc = code(pipeline, "Senator Carlos Ortiz and Governor Luis Mora met voters in Cusco on Thursday.\n\n"
                         "The overwhelming criticism following Mora's Dec. 6 address has not let up. "
                         "There was an outcry over Chile's decision to close the border. "
                         "Criticism of Bolivia's plan grew on Friday.\n\n"
                         "Ortiz said the talks would continue.")
    got = {e.trigger.text.lower(): e for e in typed(doc, "ACCUSE")}
    assert set(got) >= {"criticism", "outcry"}, [(e.type, e.trigger.text) for e in doc.events]
    assert names(doc, got["outcry"].recipient) == ["Chile"] and not got["outcry"].actor
    crit = {names(doc, e.recipient)[0] for e in typed(doc, "ACCUSE") if e.trigger.text.lower() == "criticism"}
    assert crit == {"Luis Mora", "Bolivia"}


def test_criticism_after_what_someone_suffered_or_of_a_pronouns_act_names_no_one(pipeline):
    doc = code(pipeline, "Senator Carlos Ortiz and Governor Luis Mora met voters in Cusco on Thursday.\n\n"
                         "The criticism after Mora's arrest was aimed at the police. "
                         "Ortiz took issue with recent criticism over his understanding of mining policy. "
                         "The criticism of Republicans grew louder.\n\n"
                         "Ortiz said the talks would continue.")
    assert not [e for e in typed(doc, "ACCUSE") if e.trigger.text == "criticism"], \
        [(e.type, e.trigger.text, names(doc, e.recipient)) for e in doc.events]


def test_words_pressed_as_an_attack_are_one_accusation_at_the_noun(pipeline):
    # "pressing his attack that Mora is not qualified": the statement's verb tells the same act as its noun
    doc = code(pipeline, "Tension flared in the race for governor of Cusco on Thursday.\n\n"
                         "The two candidates are questioning each other's fitness to lead, with Senator Carlos Ortiz "
                         "now pressing his attack that Governor Luis Mora is not qualified to be governor.\n\n"
                         "Mora said he would not respond.")
    attack = with_trigger(doc, "ACCUSE", "attack")
    assert len(attack) == 1 and names(doc, attack[0].recipient) == ["Luis Mora"]
    assert not with_trigger(doc, "ACCUSE", "pressing")


def test_an_accusation_hung_on_a_clause_deep_in_what_was_said_is_the_speakers(pipeline):
    # "X said the warning was indicative that Mora did not know …, and accused Y of …": X accuses, not Mora
    doc = code(pipeline, "Governor Luis Mora warned on Monday that Peru would lose its trade deal with Bolivia if voters "
                         "backed the referendum.\n\n"
                         "Opposition leader Carlos Ortiz said the warning was indicative that Mora did not know what he "
                         "was talking about, and accused the Bolivian government of putting words in the governor's "
                         "mouth.\n\nMora did not respond.")
    acc = with_trigger(doc, "ACCUSE", "accused")
    assert len(acc) == 1 and names(doc, acc[0].actor) == ["Carlos Ortiz"]


def test_a_threat_named_as_such_is_no_judgement_of_its_maker(pipeline):
    # "the threat posed by North Korea", "to confront threats like North Korea": a danger described, not
    # criticism the speaker makes
    doc = code(pipeline, "President Ana Ferreira met Japanese Prime Minister Kenji Sato in Lima on Thursday.\n\n"
                         "Deputy adviser Pedro Rojas noted that Peruvian officials have long been talking with Japanese "
                         "and Korean officials about the threat posed by North Korea.\n\n"
                         '"As minister I championed a shift of naval assets to the Pacific, in part to confront threats '
                         'like North Korea and to support our allies," Ferreira said in a statement.')
    assert not typed(doc, "ACCUSE"), [(e.trigger.text, names(doc, e.recipient)) for e in typed(doc, "ACCUSE")]


def test_the_dispute_told_again_is_a_quarrel_of_the_critic_and_the_criticised(pipeline):
    doc = code(pipeline, "Senator Carlos Ortiz sharply criticized Governor Luis Mora on Monday over the port budget.\n\n"
                         "Mora tried to make light of the dispute as he toured the port in Callao on Tuesday. "
                         "The talks also covered Peru's territorial disputes with its neighbors in the Pacific.\n\n"
                         "Ortiz said he would not hold back.")
    dispute = with_trigger(doc, "ACCUSE", "dispute")
    assert len(dispute) == 1, [(e.type, e.trigger.text) for e in doc.events]
    assert names(doc, dispute[0].actor) == ["Carlos Ortiz", "Luis Mora"] and not dispute[0].recipient
    assert not with_trigger(doc, "ACCUSE", "disputes")


def test_what_a_speaker_calls_coercive_is_criticism_with_no_one_named(pipeline):
    # "what he called unilateral, dangerous and coercive actions": the minister criticises; no party is named
    # with the actions, so none is given; "called those advocating … 'fools'" names a party it cannot resolve:
    # left alone
    doc = code(pipeline, "Defence ministers from ten Asian countries met in Singapore on Saturday.\n\n"
                         "Japanese Defence Minister Kenji Sato said his country would help its neighbours build their "
                         "naval forces to deal with what he called unilateral, dangerous and coercive actions at sea. "
                         'In October, Senator Carlos Ortiz called those advocating for a port tax "fools" who want to '
                         "ruin the region.\n\nThe meeting ends on Sunday.")
    called = with_trigger(doc, "ACCUSE", "called")
    assert len(called) == 1, [(e.type, e.trigger.text) for e in doc.events]
    assert names(doc, called[0].actor) == ["Kenji Sato"] and not called[0].recipient
