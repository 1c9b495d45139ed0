"""Statements a careful reader rejected on whole real pages (sixth reading), rewritten as short fictional
articles; each keeps a real statement beside the false one, so a rule that drops everything fails."""

from __future__ import annotations

import pytest
from statement_helpers import cues as _cues  # tests/statement_helpers.py
from statement_helpers import extract, show


@pytest.mark.usefixtures("pipeline")
def test_the_object_of_a_cue_with_no_subject_is_no_speaker():
    """ "The only two Arab states to have signed treaties with Israel - Egypt and Jordan - also sharply
    criticised the policy shift": with the parse's subject lost in the dashes, "the policy shift" is what is
    criticised, never the speaker, and the clause before is no content; the quotes after keep theirs."""
    cues = _cues(
        "Neighbours condemn settlement decree\n\n"
        "The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply "
        "criticised the policy shift, with a Jordanian minister, Rana Haddad, warning of \"dangerous "
        "consequences\".\n\n"
        "\"We will not accept this,\" said Haddad, who met her Egyptian counterpart last week.\n\n"
        "\"It is a mistake,\" said the minister.")
    assert all((s.source is None or "shift" not in s.source.text) and "treaties" not in s.content.text
               for v in cues.values() for s in v), show(cues)
    assert len(cues.get("said", [])) == 2, show(cues)


THREAT_CASE = (
    "Ohio man admits threatening senator\n\n"
    "A Columbus man pleaded guilty Monday to threatening to kill Senator Maria Delgado in March, prosecutors "
    "said.\n\n"
    "During the call, he asked about her voting record, called Delgado a \"traitor\" and said he would hurt "
    "her, the prosecutor's office said.\n\n"
    "Carl Benning's attorney, Sonya Zoghlin, said in an email that Benning never intended to harm Delgado.\n\n"
    "James P. Kennedy Jr., the U.S. Attorney for the Southern District of Ohio, said the case highlights that "
    "rights of free speech carry responsibilities.\n\n"
    "\"Threats have no place in our politics,\" Kennedy said in a statement.")


def test_a_surname_after_a_name_with_a_suffix_is_that_person(pipeline):
    """ "James P. Kennedy Jr." … "Kennedy said": the surname is Kennedy, not "Jr."."""
    doc = extract(THREAT_CASE)
    kennedy = [s for s in doc.statements if s.source is not None and s.source.text == "Kennedy"]
    assert kennedy and kennedy[0].source.actor is not None
    assert doc.actor(kennedy[0].source.actor).name == "James P. Kennedy Jr."


def test_a_role_of_someone_named_in_apposition_is_the_named_person(pipeline):
    """ "Carl Benning's attorney, Sonya Zoghlin, said": Zoghlin speaks, not an unnamed attorney of Benning."""
    doc = extract(THREAT_CASE)
    said = [s for s in doc.statements if s.source is not None and "Zoghlin" in s.source.text]
    assert said and doc.actor(said[0].source.actor).name == "Sonya Zoghlin"


def test_an_office_is_not_the_person_just_named(pipeline):
    """ "Carl Benning, 55, … The prosecutor's office said …": an office speaks for itself, never for the one
    person the article just named (as "the real estate agent said" may)."""
    doc = extract("Ohio man admits threatening senator\n\n"
                  "Carl Benning, 55, of Hilliard, pleaded guilty on Monday to threatening to kill Senator Maria "
                  "Delgado.\n\n"
                  "He was arrested in April for the March 21 call to her offices.\n\n"
                  "During the call, he asked about her voting record and said he would hurt her, the prosecutor's "
                  "office said.")
    office = [s for s in doc.statements if s.source is not None and "office" in s.source.text]
    assert office, show({"all": doc.statements})
    assert office[0].source.actor is None or doc.actor(office[0].source.actor).name != "Carl Benning"


DEBATE = (
    "Tories under fire for account name switch\n\n"
    "LONDON (AP) — The Conservative Party was accused Wednesday of trying to mislead voters during a "
    "televised debate.\n\n"
    "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the fact-checking charity Full Fact, "
    "told the BBC. “And I think it is wrong for a serious party to behave that way.”\n\n"
    "The two leaders sidestepped tricky questions about their own policies in the hourlong encounter.\n\n"
    "Johnson is under fire for failing to deliver on his vow to cut taxes by the spring.\n\n"
    "Audience members laughed when he urged voters, “Look what I have said I’m going to do and look what I’ve "
    "delivered.”\n\n"
    "Corbyn, a veteran socialist, is accused by critics of promoting high-tax policies.")


def test_a_quote_closed_by_two_apostrophes_is_a_quote(pipeline):
    """AP copy closes a quotation with ’’: the words before it are Moy's, and the quote ends there."""
    cues = _cues(DEBATE)
    told = [s for s in cues.get("told", []) if "mislead" in s.content.text]
    assert told and "Moy" in told[0].source.text and "told the BBC" not in told[0].content.text, show(cues)


def test_questions_sidestepped_are_no_ones_words(pipeline):
    """ "sidestepped tricky questions about their own policies": the leaders were asked; no statement."""
    cues = _cues(DEBATE)
    assert not [s for v in cues.values() for s in v if "policies in the hourlong" in s.content.text], show(cues)


def test_the_ones_urged_are_not_what_was_urged(pipeline):
    """ "he urged voters, “Look what …”": one statement, the quote; "voters" is no content."""
    cues = _cues(DEBATE)
    urged = cues.get("urged", [])
    assert [s.content.text for s in urged] == ["Look what I have said I’m going to do and look what I’ve delivered."], \
        show(cues)


def test_a_charge_the_parse_hangs_on_the_accusers_is_not_their_name(pipeline):
    """ "is accused by critics of promoting high-tax policies": the critics speak, the charge is the content."""
    cues = _cues(DEBATE)
    accused = [s for s in cues.get("accused", []) if s.source is not None and "critics" in s.source.text]
    assert accused and accused[0].source.text == "critics", show(cues)
    assert "promoting" in accused[0].content.text


def test_who_after_a_person_among_people_is_that_person(pipeline):
    """ "the testimony Tuesday of four officials, including a career Army officer who described the call as
    improper": the officer described it, not the testimony (as "a driver from Marneuli who said" is the driver,
    not the town)."""
    doc = extract("Envoy faces questions\n\n"
                  "The envoy's appearance follows the testimony Tuesday of four diplomatic officials, including a "
                  "career Army officer who described the president's call with Zelenskiy as “improper.”\n\n"
                  "A driver from Marneuli who said he was afraid left the town on Monday.")
    described = [s for s in doc.statements if s.cue is not None and s.cue.text.startswith("described")]
    assert described and described[0].source.text == "a career Army officer", show({"all": doc.statements})
    said = [s for s in doc.statements if s.cue is not None and s.cue.text == "said"]
    assert said and said[0].source.text == "A driver from Marneuli"


def test_a_list_of_charges_by_name_is_no_ones_words(pipeline):
    """ "Daniel K. Ortiz: Possession of methamphetamine, held in jail in lieu of $70,000 bond.": a list entry
    (no finite verb, no quote), not what Ortiz said; the spokeswoman's words stay."""
    doc = extract("Police arrest three in drug case\n\n"
                  "Police arrested three people Monday during a narcotics investigation, said Lt. Marta Reyes, a "
                  "police spokeswoman.\n\n"
                  "All three were being held on the following preliminary charges:\n\n"
                  "Daniel K. Ortiz: Possession of methamphetamine, possession of a Schedule IV substance, held in "
                  "jail in lieu of $70,000 bond.\n\n"
                  "Laura M. Finch: Dealing in methamphetamine, held in jail with no bond.")
    assert not [s for s in doc.statements if s.source is not None and s.source.text in ("Daniel K. Ortiz",
                                                                                        "Laura M. Finch")]
    assert [s for s in doc.statements if s.cue is not None and s.cue.text == "said"]
