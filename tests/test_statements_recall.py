"""Statements on whole articles (issue 16, PolNeAR recall and content bounds). Each article is written for
its test; each keeps a chain or a plain statement beside the mended one, so a rule that takes everything
or drops everything fails."""

from __future__ import annotations

import pytest
from statement_helpers import cues as _cues  # tests/statement_helpers.py
from statement_helpers import show as _show


@pytest.mark.usefixtures("pipeline")
def test_a_reason_cited_is_the_citers_statement():
    """ "…, citing a threat to public health": the reason given is what the subject put forward (a
    statement of the court's), not a source relaying the main clause. A party cited stays a relay:
    "…, citing two officials" gives the officials' words through the paper."""
    cues = _cues(
        "The state supreme court on Tuesday blocked the closure of the Harlow river plant, citing a threat to "
        "public health and safety.\n"
        "Governor Ana Pruett welcomed the ruling. The state would appeal the ruling, the Harlow Gazette "
        "reported, citing two state officials.\n"
        "Senator Tom Okafor backed the plant's owners, citing the cost of a new plant to the town's taxpayers.")
    cited = [s for s in cues.get("citing", []) if s.via is None]
    contents = {s.content.text for s in cited}
    assert "a threat to public health and safety" in contents, _show(cues)
    assert "the cost of a new plant to the town's taxpayers" in contents, _show(cues)
    okafor = next(s for s in cited if s.content.text.startswith("the cost"))
    assert okafor.source is not None and "Okafor" in okafor.source.text, _show(cues)
    court = next(s for s in cited if s.content.text.startswith("a threat"))
    assert court.source is not None and "court" in court.source.text, _show(cues)
    # the officials' words, relayed by the paper, stay a chain
    assert any(s.content.text.startswith("The state would appeal") for s in cues.get("reported", [])), _show(cues)
    relayed = [s for s in cues.get("citing", []) if s.via is not None]
    assert relayed and relayed[0].source is not None and "officials" in relayed[0].source.text, _show(cues)
    assert not any(s.content.text.startswith("a threat") or s.content.text.startswith("the cost")
                   for k, v in cues.items() if k != "citing" for s in v), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_an_object_runs_on_to_what_it_is_called():
    """ "called her vote in favor of the war a mistake": the words the parse hangs on the cue between the
    object and what it is called are part of what is said; a date between them is not ("called the plan
    last week a disaster")."""
    cues = _cues(
        "Senator Ruth Kellan opened her campaign for governor in Dunmore on Saturday.\n"
        "Her rival, Mayor Joe Brandt, called her vote in favor of the pipeline a mistake.\n"
        "Kellan called the mayor's plan last week a disaster for the state's farmers.")
    called = {s.content.text for s in cues.get("called", [])}
    assert "her vote in favor of the pipeline a mistake" in called, _show(cues)
    assert not any("last week" in c for c in called), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_referring_to_is_speaking_of_it():
    """ "referred to the farmers as “the backbone of the state”", "…, referring to the mayor": words
    spoken of someone or something (a frame of saying); "referred the complaint to prosecutors", with an
    object of its own, is an act."""
    cues = _cues(
        "Governor Lena Marsh opened the state fair in Dunmore on Saturday.\n"
        "Marsh referred to the farmers as “the backbone of the state” and praised their work.\n"
        "“Some people only show up in an election year,” she said, referring to the mayor.\n"
        "The ethics board referred the complaint against the mayor to state prosecutors.")
    refer = [s for k, v in cues.items() if k.startswith(("referred", "referring")) for s in v]
    contents = {s.content.text for s in refer}
    assert any(c.startswith("the farmers as") for c in contents), _show(cues)
    assert "the mayor" in contents, _show(cues)
    assert not any("complaint" in c or "prosecutors" in c for c in contents), _show(cues)
    assert "said" in cues, _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_according_to_at_the_end_of_a_sentence_takes_all_of_it():
    """ "A, B and C, according to the count." : what the count says is the whole sentence before the comma,
    not the last clause the parse hangs "according to" on. One set in the middle ("Since May, according to
    the group, …") is left to the parse."""
    cues = _cues(
        "Voters in Harlow County went to the polls on Tuesday to choose a new sheriff.\n"
        "Dale Rourke received 41 percent, Maria Ochoa had 35 percent and Pete Lindqvist won 19 percent, "
        "according to the county's unofficial results.\n"
        "Turnout was the highest in a decade, the county clerk said.")
    acc = [s.content.text for s in cues.get("according to", [])]
    assert any(c.startswith("Dale Rourke received 41 percent") and c.endswith("won 19 percent") for c in acc), \
        _show(cues)
    assert "said" in cues, _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_what_a_poll_finds_is_its_statement():
    """ "In a Harlow Gazette poll released Monday, Rourke led Ochoa by 6 points": what the poll found, as
    "according to the poll" would give it (without the reporter's "last month, however,"); not "In Dunmore,
    …" (a place), nor a clause whose own verb of saying has a speaker ("In its report, the board said …":
    that cue's statement), nor a poll named later in the sentence ("leads in the polls")."""
    cues = _cues(
        "The race for Harlow County sheriff has tightened in the final week.\n"
        "In a Harlow Gazette poll released Monday, Dale Rourke led Maria Ochoa by 6 points among likely voters.\n"
        "In Dunmore, the county seat, Ochoa opened two new campaign offices on Saturday.\n"
        "In its report, the county ethics board said both campaigns had filed their forms on time.\n"
        "In the same poll last month, however, Ochoa had closed the gap.\n"
        "Rourke still leads in the polls among voters over 60.")
    polls = cues.get("in", [])
    assert [s.content.text for s in polls] == ["Dale Rourke led Maria Ochoa by 6 points among likely voters",
                                               "Ochoa had closed the gap"], _show(cues)
    assert polls[0].source is not None and "poll" in polls[0].source.text, _show(cues)
    assert any(s.content.text.startswith("both campaigns") for s in cues.get("said", [])), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_to_whom_and_how_words_were_said_is_no_content():
    """ "“…,” she said on the phone to her sister", "he said with a smirk", "said to a crowd of 500": the
    channel, the manner and the audience of saying are not what was said; the quotes keep their speaker."""
    cues = _cues(
        "Melanie Austin watched the returns from her kitchen in Dunmore on Tuesday night.\n"
        "“It’s over,” she said on the phone to her sister.\n"
        "“We will be back,” the senator said with a smirk, looking over at his staff.\n"
        "He later said to a crowd of about 500 supporters that the fight was not finished.\n"
        "“You winning?” she said on the phone to her friend, after she explained how the count worked.\n"
        "The mayor said with a laugh that the county's budget was fine.")
    said = cues.get("said", []) + [s for k, v in cues.items() if k.startswith("said ") for s in v]
    contents = {s.content.text for s in said}
    assert {"It’s over", "We will be back", "You winning?", "the fight was not finished",
            "the county's budget was fine"} <= contents, _show(cues)
    assert not any(c.startswith(("the phone", "a smirk", "a crowd")) for c in contents), _show(cues)
