"""Precision on whole articles (issue 16): what reads like a cue but reports no one's words or thoughts.
Each article is written for its test; each keeps a real statement beside the false one, so a rule that
drops everything fails."""

from __future__ import annotations

import pytest
from statement_helpers import cues as _cues  # tests/statement_helpers.py


@pytest.mark.usefixtures("pipeline")
def test_a_participle_of_asking_is_not_the_asked_persons_statement():
    """ "Asked whether …, a spokesman said …": the spokesman was asked, by the reporter; the question is
    no statement of his (nor of anyone the article names); what he said is."""
    cues = _cues(
        "The Harrow Bay council will close two of its four libraries next spring to save money.\n"
        "Asked whether the branches could reopen later, a council spokesman said no decision had been taken. "
        "Pressed on when staff would be told, the spokesman said letters would go out in October.\n"
        "Residents have collected more than 3,000 signatures against the plan.")
    assert "asked" not in cues and "pressed" not in cues, {k: [s.content.text for s in v] for k, v in cues.items()}
    assert len(cues.get("said", [])) == 2


@pytest.mark.usefixtures("pipeline")
def test_declining_agreeing_and_being_expected_to_act_are_no_words():
    """With an infinitive, "declined to", "agreed to" and "is expected to" say what is (not) done or will
    be, not what anyone said: no statement; the sentences of saying around them stay."""
    cues = _cues(
        "Brenmoor Water has agreed to replace the old pipes under Station Road, the town's mayor said on "
        "Tuesday.\n"
        "A spokeswoman for the company declined to comment further. The work is expected to start in "
        "November, and the two injured workers were expected to be released from hospital on Wednesday.\n"
        "The mayor, Ivo Dunmore, said the repairs were long overdue.")
    for cue in ("agreed", "declined", "expected"):
        assert cue not in cues, (cue, [s.content.text for s in cues[cue]])
    assert len(cues.get("said", [])) == 2


@pytest.mark.usefixtures("pipeline")
def test_figures_and_data_that_show_something_are_no_speaker():
    """ "Figures show …", "Data published by the ministry showed …": numbers are evidence, not someone's
    words (a report that finds or a ministry that says still is)."""
    cues = _cues(
        "Official figures show fewer than half of the new classrooms in Carvell County have been built.\n"
        "Data published by the education ministry on Monday showed that only 212 of 480 rooms were ready. "
        "The ministry said in a statement that the rest would open by January.\n"
        "A report by the county auditor found that costs had risen by a third.")
    assert "show" not in cues and "showed" not in cues, {k: [s.content.text for s in v] for k, v in cues.items()}
    assert "said" in cues and "found" in cues


@pytest.mark.usefixtures("pipeline")
def test_seeking_a_thing_and_heading_somewhere_are_no_words():
    """An intention with a thing for its object ("is seeking his extradition") and a verb of going
    ("headed out for the next stop") report nothing said."""
    cues = _cues(
        "Separately, the government of Norland is seeking the extradition of the banker, Piet Voss, from "
        "Spain.\n"
        "Voss, who owns a consulting firm in Madrid, headed out for a meeting with his lawyers on Monday. "
        "His lawyer, Ana Ruiz, said he would fight the request.")
    assert "seeking" not in cues and "headed" not in cues and "headed out for" not in cues, \
        {k: [s.content.text for s in v] for k, v in cues.items()}
    assert "said" in cues


@pytest.mark.usefixtures("pipeline")
def test_not_knowing_something_is_no_belief():
    """ "She didn't know the senator was coming": what she did not know is no belief of hers."""
    cues = _cues(
        "Marla Quist didn't know the senator was coming to the fair in Dunley on Saturday. "
        "She said she was glad he did.\n"
        "The senator, Hal Brennick, said he would come back in the spring.")
    assert "know" not in cues, [s.content.text for s in cues["know"]]
    assert len(cues.get("said", [])) == 2


@pytest.mark.usefixtures("pipeline")
def test_people_counted_or_figures_of_a_party_are_still_speakers():
    """ "A number of analysts say …", "Opposition figures said …": people, not numbers."""
    cues = _cues(
        "Over the longer term, a number of analysts say that the two leaders will seek to play down the "
        "friction between them.\n"
        "Opposition figures said on Sunday that the vote in Marenta had been rigged.")
    assert cues.get("say") and "the two leaders" in cues["say"][0].content.text
    assert cues.get("said") and "rigged" in cues["said"][0].content.text


@pytest.mark.usefixtures("pipeline")
def test_things_and_events_as_objects_are_no_words_and_words_about_them_stay():
    """A verb whose object is a thing or an event reports no words unless the classifier is very sure
    (``bars``: thing_object), also with a preposition after the object ("concluded its hearing for …"); an
    act of agreeing on something or publishing one is none. Kept: what is cited as something ("cited the
    delays as proof that …"), a gerund the parse takes for a noun ("reported hearing gunfire"), and
    claiming responsibility. A name one goes by ("calling itself") is no statement either."""
    cues = _cues(
        "The Velmar regional assembly concluded its second public hearing on the port contract on Thursday. "
        "Its members failed to agree on how the new berths would be paid for.\n"
        "The transport ministry published a report on the contract last month. In 2019, when the governor, "
        "Otto Brandt, opposed the first round of port talks, the assembly stopped them.\n"
        "Brandt cited the delays as proof that the contract had been badly drawn up. A Velmar Courier "
        "journalist in the area also reported hearing gunfire near the depot, which protesters have tried to "
        "block for days. A group calling itself Free Harbour claimed responsibility for the protest.")
    for cue in ("concluded", "agree on", "published", "opposed", "calling"):
        assert cue not in cues, (cue, [s.content.text for s in cues[cue]])
    assert "cited" in cues and "reported" in cues and "claimed" in cues, \
        {k: [s.content.text for s in v] for k, v in cues.items()}


@pytest.mark.usefixtures("pipeline")
def test_naming_going_pleading_guilty_and_a_purpose_are_no_words():
    """A nickname ("a jail dubbed the “Grand Hotel” by inmates"), going somewhere ("headed out for the
    next stop"), pleading guilty (an act in court) and a cue in an infinitive of purpose with no one to
    say it ("willingness to maintain power destroyed …") report no words; a plain statement stays."""
    cues = _cues(
        "The minister visited the old Carvell jail, dubbed the “Grand Hotel” by inmates held there in the "
        "1970s.\n"
        "“It was a hard place,” said Nell Ardent, who runs a small charity in the town and headed out for "
        "the minister's second stop at a nearby school.\n"
        "A Carvell man, 41, could face five years in prison after pleading guilty to threatening a judge.\n"
        "The former governor is reviled by many as a despot whose willingness to use force to maintain "
        "power ruined the province.")
    for cue in ("dubbed", "headed out for", "headed", "guilty to", "guilty", "maintain"):
        assert cue not in cues, (cue, [s.content.text for s in cues[cue]])
    assert "said" in cues


@pytest.mark.usefixtures("pipeline")
def test_a_clause_whose_subject_the_parse_took_for_the_object_is_whole():
    """ "… but added the exact circumstances of the attack remained unclear": the parse takes them for
    the object of "added" and leaves "remained" without a subject; the content is the whole clause."""
    cues = _cues(
        "The ministry said four soldiers had been wounded, but added the exact circumstances of the attack "
        "remained unclear.\n"
        "The army's chief of staff, Rosa Imbert, told reporters the patrol had been ambushed.")
    added = cues.get("added")
    assert added and added[0].content.text == "the exact circumstances of the attack remained unclear", \
        {k: [s.content.text for s in v] for k, v in cues.items()}
    told = cues.get("told")
    assert told and told[0].content.text == "the patrol had been ambushed"


@pytest.mark.usefixtures("pipeline")
def test_a_content_that_says_nothing_is_no_statement():
    """ "Vindman reported to him" (to whom, not what), "the third witness testifying who listened in …" (a
    relative clause describing the witness): no words reported; what the witnesses said is."""
    cues = _cues(
        "Envoy and aide testify before committee\n\n"
        "Karl Brenner was the third witness testifying on Tuesday who listened in on the president's call "
        "with the Moravian leader. Anna Lind reported to him for two years.\n\n"
        "Brenner said the call had been a mistake.")
    assert "testifying" not in cues and "reported to" not in cues and "reported" not in cues, sorted(cues)
    assert [st.content.text for st in cues["said"]] == ["the call had been a mistake"]


@pytest.mark.usefixtures("pipeline")
def test_documents_issued_and_charges_counted_are_no_words():
    """ "issued a statement" names a document whose words are not told and "is charged with three" counts
    charges: neither reports anyone's words; the statements around them stay (a topic, "spoke about the
    prison", and "declined to say whether" are kept, as PolNeAR counts them)."""
    cues = _cues(
        "Two guards at the Lindian state prison were charged on Tuesday with falsifying records.\n"
        "Each guard is charged with one count of conspiracy. Ana Noel, 31, is charged with five counts of "
        "falsifying records; Paul Tomas, 41, is charged with three.\n"
        "The warden issued a statement about the charges. Governor Ivo Dunmore spoke about the prison on "
        "Wednesday and said the guards had let the public down.\n"
        "A lawyer for Tomas declined to say whether his client had slept on the job, and the union did not "
        "address whether the guards were paid for overtime. The lawyer said Tomas would plead not guilty.")
    found = {k: [s.content.text for s in v] for k, v in cues.items()}
    for cue in ("charged", "issued"):
        assert cue not in cues, (cue, found)
    assert len(cues.get("said", [])) == 2, found
