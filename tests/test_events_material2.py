"""Material acts recall (ev-material): attacks the article names with no attacker, sanctions, protests and aid
worded past the lexicon's keys. Each test codes a short whole fictional article written for it."""

from __future__ import annotations

from event_helpers import code as _code  # tests/event_helpers.py
from event_helpers import names as _names
from event_helpers import with_trigger as _with

UNATTRIBUTED = (
    "Governor Ana Ferreira on Thursday proposed new funding for school security across the state. "
    "The proposal comes three weeks after the shootings in Riverside left nine people dead. "
    "Ferreira told reporters in the capital that the state had to act before the next attack. "
    "Her rival, Senator Carlos Ortiz, said the plan was too expensive and called for a vote in March. "
    "Lawmakers are expected to debate the bill next week.")


def test_an_attack_with_no_attacker_told_is_written_with_none(pipeline):
    doc = _code(pipeline, UNATTRIBUTED)
    hits = _with(doc, "ASSAULT", "shootings")
    assert hits and hits[0].actor == () and hits[0].recipient == () and hits[0].status == "asserted"
    assert not _with(doc, "ASSAULT", "attack")  # "the next attack": no occurrence


def test_an_attack_whose_attacker_the_article_describes_is_not_written_with_none(pipeline):
    # the article tells of a gunman, though not by a name tied to the noun: no record with no one
    text = UNATTRIBUTED.replace("Lawmakers are expected", "Police said the gunman had bought his rifle legally. "
                                                          "Lawmakers are expected")
    doc = _code(pipeline, text)
    assert all(e.actor for e in doc.events if e.type == "ASSAULT")
    # nor an attack on a named victim, whose doer the article tells in words we may not tie to it
    doc = _code(pipeline, "Mayor Ana Ferreira spoke on Friday at a vigil in Riverside. The murder of the teacher "
                          "Carlos Ortiz last month shocked the town. Ferreira promised more police patrols. "
                          "Residents said they felt safer after the announcement.")
    assert not [e for e in doc.events if e.type == "ASSAULT" and not e.actor]


def test_a_fight_said_of_a_cause_is_not_an_attack(pipeline):
    doc = _code(pipeline, "President Ana Ferreira on Monday announced new funds for the war on poverty. "
                          "The fight against hunger will be the government's priority, she said. "
                          "Senator Carlos Ortiz welcomed the plan.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_quoted_idiom_of_force_keeps_its_target(pipeline):
    # "bomb the hell out of X" with the quotation closing inside the idiom: X is bombed, and threatened
    doc = _code(pipeline, "The two candidates clashed again over security on Tuesday. Senator Ana Ferreira said she "
                          "would send more police to the border, and Governor Carlos Ortiz vowed to \"bomb the hell\" "
                          "out of the Red Hand militia. Analysts said neither plan was new.")
    bomb = _with(doc, "ASSAULT", "bomb")
    assert bomb and _names(doc, bomb[0].actor) == ["Carlos Ortiz"] and bomb[0].status == "hypothetical"
    assert _names(doc, bomb[0].recipient) == ["Red Hand militia"]
    vow = _with(doc, "THREATEN", "vowed")
    assert vow and _names(doc, vow[0].recipient) == ["Red Hand militia"]


def test_a_vowed_bombing_is_no_occurrence_a_later_noun_takes_its_attacker_from(pipeline):
    # "the invasion of Bolivia" after a vow to bomb: the attacker is the one of the invasion told before,
    # not the candidate who only vowed
    doc = _code(pipeline, "Peru's army invaded Bolivia in 2009, and Peruvian troops stayed there for two years. "
                          "On Monday Governor Carlos Ortiz vowed to \"bomb the hell\" out of the Red Hand militia. "
                          "Senator Ana Ferreira said she wanted nothing like the invasion of Bolivia again.")
    inv = _with(doc, "ASSAULT", "invasion")
    assert inv and "Carlos Ortiz" not in _names(doc, inv[0].actor)


def test_a_war_named_by_its_country_is_an_attack_on_it(pipeline):
    doc = _code(pipeline, "Senator Ana Ferreira opened her campaign in Lima on Monday. She spoke of her brother, a "
                          "soldier who died during the Bolivia War. Her rival Carlos Ortiz said he had always opposed "
                          "the war in Ecuador. Both promised to keep up the war on drugs and to avoid a trade war "
                          "with Chile.")
    wars = [e for e in doc.events if e.type == "ASSAULT"]
    assert sorted((e.trigger.text, tuple(_names(doc, e.recipient))) for e in wars) == [
        ("War", ("Bolivia",)), ("war", ("Ecuador",))]
    assert all(not e.actor for e in wars)  # no side named: the text leaves the attacker open
    # a war not told as fought ("a war in Ecuador", "go to war in Bolivia") or of another sense is none
    doc = _code(pipeline, "Senator Ana Ferreira warned on Monday that her rival would start a war in Ecuador. She "
                          "said the drug war in Colombia had failed. If we go to war in Bolivia, prices will rise, "
                          "she added.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_what_an_attack_was_is_no_plan(pipeline):
    # "was a planned attack by X": how it was done (premeditated), told of the past, not an attack ahead
    doc = _code(pipeline, "Fire destroyed part of the Peruvian embassy in Quito last week. On Monday the police chief "
                          "said the fire was a planned attack by the Red Hand militia. The government of Ecuador "
                          "apologised to Peru.")
    att = _with(doc, "ASSAULT", "attack")
    assert att and _names(doc, att[0].actor) == ["Red Hand militia"] and att[0].status == "asserted"


def test_a_second_infinitive_asked_for_is_the_asked_partys(pipeline):
    # "calls on Peru to lead, step up fight against X": Peru is asked to fight, hypothetically; the caller
    # does not fight, nor attack in words
    doc = _code(pipeline, "Lane calls on Peru to lead, step up fight against Red Hand militia.\n\n"
                          "Senator Ana Lane on Monday urged Peru to lead the region and step up its fight against the "
                          "Red Hand militia. The government did not respond to her remarks.")
    fights = [e for e in doc.events if e.trigger.text == "fight"]
    assert fights and all(e.type == "ASSAULT" and _names(doc, e.actor) == ["Peru"] for e in fights)
    assert all(e.status == "hypothetical" for e in fights)


def test_attacks_by_an_unnamed_politician_are_words(pipeline):
    # a headline's "Senator sharpens attacks": a legislator, unnamed, attacks in words, not by force
    doc = _code(pipeline, "Senator sharpens attacks as primary nears.\n\n"
                          "Senator Carlos Ortiz on Tuesday said Governor Ana Ferreira was unfit to lead Peru. Ferreira "
                          "said she would answer him at the debate on Friday.")
    att = [e for e in doc.events if e.trigger.text == "attacks"]
    assert att and all(e.type == "ACCUSE" for e in att)


def test_attacks_that_may_be_words_are_not_written_with_no_one(pipeline):
    # an attack noun with no sign of violence, or with a target named, is no unattributed attack
    for text in ("Governor Ana Lane answered the attacks during Tuesday's debate. She said Carlos Ortiz had lied "
                 "about her record. Ortiz did not respond.",
                 "Senator Ana Lane has gained ground in the polls. Since the attacks on her record began last month, "
                 "her support among women has grown. Her rival Carlos Ortiz declined to comment on Monday.",
                 "Peru's central bank raised rates on Monday. The attack on the peso last week forced the move, "
                 "analysts said. Finance Minister Carlos Ortiz welcomed the decision."):
        doc = _code(pipeline, text)
        assert not [e for e in doc.events if e.type == "ASSAULT" and not e.actor], text
    # a deadly one, with a place of its own, is
    doc = _code(pipeline, "Mayor Ana Lane spoke on Monday, a week after the deadly attacks in Lima. She promised "
                          "more police patrols and new cameras. The city council will vote on the plan in May.")
    att = _with(doc, "ASSAULT", "attacks")
    assert att and not att[0].actor


def test_an_attack_whose_doers_are_told_by_kind_or_generic_is_not_written_with_none(pipeline):
    for text in ("Governor Ana Lane spoke on Monday about the police shootings in Arica and Tarvo. She promised an "
                 "inquiry. Senator Carlos Ortiz welcomed the promise.",
                 "Senator Carlos Ortiz proposed a ban on rifles after the mass shooting in Arica by a local couple. "
                 "Governor Ana Lane said she would study the bill.",
                 "Mass shootings are becoming an everyday occurrence in Peru, Senator Carlos Ortiz said on Monday. "
                 "Governor Ana Lane said she would study his bill."):
        doc = _code(pipeline, text)
        assert not [e for e in doc.events if e.type == "ASSAULT" and not e.actor], text
