"""Statements on whole articles (issue 16, last false statements and content bounds). Each article is
written for its test; each keeps a real statement beside the false one, so a rule that drops everything
fails."""

from __future__ import annotations

import pytest
from statement_helpers import cues as _cues  # tests/statement_helpers.py
from statement_helpers import show as _show


@pytest.mark.usefixtures("pipeline")
def test_a_party_tag_after_a_name_belongs_to_the_source():
    """ "Rep. Dana Hollis (R-Texas) said …", "Sen. Omar Vance (D) said …": the party and state tag in
    brackets is part of the name, closing bracket included."""
    cues = _cues(
        "WASHINGTON — A House panel voted 14-9 on Thursday to send the rail safety bill to the floor.\n"
        "Rep. Dana Hollis (R-Texas) said the bill would cost freight companies too much. "
        "Sen. Omar Vance (D) said the Senate would take it up in March.\n"
        "The bill's chief sponsor, Rep. Lee Marsh (D-Ohio), argued that the rules were long overdue.")
    sources = sorted(s.source.text for v in cues.values() for s in v if s.source is not None)
    assert "Rep. Dana Hollis (R-Texas)" in sources, _show(cues)
    assert "Sen. Omar Vance (D)" in sources, _show(cues)
    assert not any(s.endswith(("(R-Texas", "(D", "(D-Ohio")) for s in sources), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_feeling_stirred_in_others_is_no_ones_statement():
    """ "The move sparked fears that …", "…, raising hopes of a thaw": the fears and hopes are not the
    move's nor the actor's who caused them; no statement. One who voices her own concerns still speaks."""
    cues = _cues(
        "The port authority of Velmora said on Monday it would close the old ferry terminal in May.\n"
        "The move sparked fears that hundreds of commuters would be stranded. A day earlier the two "
        "unions had dropped their lawsuit against the authority, raising hopes of a quick settlement.\n"
        "Councillor Ines Moyo raised concerns that the new terminal would not be ready in time.")
    assert "fears" not in cues and "hopes of" not in cues and "hopes" not in cues, _show(cues)
    assert "said" in cues
    voiced = [s for k, v in cues.items() if k in ("raised", "concerns") for s in v]
    assert voiced and voiced[0].source is not None and "Moyo" in voiced[0].source.text, _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_calling_something_into_question_is_no_words():
    """ "A new audit calls that into question": the verb of calling puts a claim into doubt; its object
    ("that into question") is no content. The audit's finding, said with a verb of saying, is one."""
    cues = _cues(
        "Officials in Tarnby have long said the city's water is among the cleanest in the region.\n"
        "But an audit released on Friday by the regional water board calls that into question. "
        "The board said lead levels at nine schools were above the legal limit.")
    assert "calls" not in cues, _show(cues)
    assert "said" in cues and any("lead levels" in s.content.text for s in cues["said"]), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_relative_clause_whose_object_is_its_head_gives_no_bare_pronoun_content():
    """ "policies that his critics have long blamed on him": what is blamed is the head of the relative
    clause, outside the frame; "him" alone says whom, not what. No statement of "him"; the same verb
    with its object in place still is one when sure enough, and a clause of saying stays."""
    cues = _cues(
        "The island's economy has shrunk by a third under farm policies that President Ruel's critics "
        "have long blamed on him.\n"
        "Fishermen say the port is in ruins after years of cuts Ruel's government has long blamed on them.\n"
        "The finance minister, Ada Kerr, said on Tuesday that exports had begun to recover.")
    assert not any(s.content.text.strip().lower() in ("him", "them") for v in cues.values() for s in v), _show(cues)
    assert "said" in cues


@pytest.mark.usefixtures("pipeline")
def test_charges_against_someone_name_whom_not_what():
    """ "genocide charges at the court against the country's president": a noun's "against" object is
    the one accused, not what anyone said; no statement (no one is named as saying it either). The
    officials' clause of saying stays."""
    cues = _cues(
        "After rebels rose up in the north in 2003, the army and its militias killed thousands of "
        "civilians, leading to protests around the world, war crimes charges at the international court "
        "against the country's president, Omar Saleh, and a new round of sanctions.\n"
        "Officials in Brussels said on Monday that the sanctions would be lifted next year.")
    assert "charges" not in cues and "charges against" not in cues, _show(cues)
    assert "said" in cues


@pytest.mark.usefixtures("pipeline")
def test_according_to_reads_its_commas_when_the_parse_fails():
    """ "According to X, <clause>." and "<clause>, according to X.": the source and the content are
    the two sides of the comma even where the parse takes "According" for the sentence's verb or
    "to show insiders" for a clause; a side with no verb is no content ("According to one poll,
    roughly.")."""
    cues = _cues(
        "The Bellmont city council voted on Monday to close the Harbor Street shelter in March.\n"
        "According to conservative radio host Rick Dalton, the move reeks of fear and desperation.\n"
        "As a manager at the shelter, Ana Pike repeatedly warned of the cuts, according to shelter insiders.\n"
        "How many beds will be lost? According to one count, roughly.")
    acc = {s.content.text: s.source.text for k, v in cues.items() if k == "according to" for s in v}
    assert acc.get("the move reeks of fear and desperation") == "conservative radio host Rick Dalton", _show(cues)
    assert any(c.startswith("As a manager at the shelter, Ana Pike repeatedly warned") and s.endswith("insiders")
               for c, s in acc.items()), _show(cues)
    assert "roughly" not in acc, _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_quote_signed_with_a_horizontal_bar_is_direct():
    """Reader quotes signed "― Name" (the quotation dash, U+2015) on their line or the next, as with an
    em dash: direct statements of the names."""
    cues = _cues(
        "We asked readers what they made of the debate. Here is a selection.\n\n"
        "“He never answered a single question about the economy. I was embarrassed for him.”\n"
        "― Marta Gil\n\n"
        "“The most prepared candidate we have had in years.” ― Tom Baxter\n\n"
        "Responses have been edited for length.")
    signed = {s.source.text: s.content.text for s in cues.get("―", [])}
    assert set(signed) == {"Marta Gil", "Tom Baxter"}, _show(cues)
    assert signed["Tom Baxter"].startswith("The most prepared candidate"), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_an_infinitive_content_goes_on_over_its_second_verb():
    """ "promised to meet and in some cases exceed the targets", "plans to visit … and live stream the
    tour": the second verb, bare, continues the infinitive (the parse hangs it on the cue, or reads it
    as a present tense); it is no new act of the speaker's, so the content runs over it."""
    cues = _cues(
        "The mayor of Dunmore, Lisa Crane, spoke to reporters on Friday after the council vote.\n"
        "Crane promised to meet and in some cases exceed the housing targets set by the state.\n"
        "Her rival, Paul Ames, said he plans to visit the flooded streets on Sunday and live stream the tour "
        "on his campaign page.")
    promised = [s.content.text for s in cues.get("promised", [])]
    assert promised and promised[0].endswith("exceed the housing targets set by the state"), _show(cues)
    said = [s.content.text for s in cues.get("said", [])]
    assert said and said[0].endswith("live stream the tour on his campaign page"), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_verb_with_its_own_auxiliary_is_no_second_verb_of_the_infinitive():
    """ "said she wants to build a park and has asked the council for the money": "has asked" is a new
    act of hers joined on, not part of what she wants; the content stops before it."""
    cues = _cues("The mayor, Lisa Crane, said she wants to build a new park downtown and has asked the council "
                 "for the money.")
    said = [s.content.text for s in cues.get("said", [])]
    assert said == ["she wants to build a new park downtown"], _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_transcript_whose_lines_open_a_quote_they_never_close():
    """A partial transcript whose paragraphs each open with a quotation mark that is never closed
    ('"HOST: …', '"RUIZ: …'): each line is its speaker's, not one long quote run on to the next
    closing mark and given to whatever cue follows it ("as “The Daily Ledger” wrote")."""
    cues = _cues(
        "Senator Ann Ruiz said on Sunday that the bill would pass, in an interview with the program.\n\n"
        "Partial transcript as follows:\n\n"
        '"HOST: Let\'s start with the news on the bill. Will it pass this week?\n\n'
        '"RUIZ: Well, look, I think it will pass. We have the votes, and the leadership is behind it.\n\n'
        '"(CROSSTALK.)\n\n'
        '"HOST: If I may, because we have limited time. Will the president sign it?\n\n'
        '"RUIZ: He will sign it. He has told us so many times, and as "The Daily Ledger" wrote, he has no '
        "choice.\n")
    lines = [(s.source.text, s.content.text) for s in cues.get(":", [])]
    assert [w for w, _ in lines] == ["HOST", "RUIZ", "HOST", "RUIZ"], _show(cues)
    assert lines[1][1].startswith("Well, look, I think it will pass"), _show(cues)
    assert not any("HOST:" in s.content.text or "RUIZ:" in s.content.text for v in cues.values() for s in v), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_when_and_where_the_words_were_said_is_no_part_of_them():
    """A phrase on the cue that says when, where or through what the words were said ("in a statement
    on Thursday", "in an interview with a Reno radio station"), or a clause of time after an object
    content ("described Ortiz as a hypocrite after he attacked …"), ends the content; a clause of time
    inside a reported clause stays ("said he would cut taxes when he took office")."""
    cues = _cues(
        "The governor of Nevada, Rita Kane, called for more school investment in a statement on Thursday.\n"
        "Her rival, Sam Ortiz, denied the allegations in an interview with a Reno radio station on Friday.\n"
        "Kane described Ortiz as a hypocrite after he attacked her record on schools.\n"
        "Ortiz said he would cut taxes when he took office in January.")
    content = {k: v[0].content.text for k, v in cues.items()}
    assert content.get("called for") == "more school investment", _show(cues)
    assert content.get("denied") == "the allegations", _show(cues)
    assert content.get("described") == "Ortiz as a hypocrite", _show(cues)
    assert content.get("said") == "he would cut taxes when he took office in January", _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_an_owned_claim_with_a_clause_is_a_statement():
    """ "his claim that …": a noun of words with a that-clause and an owner is reported like the verb
    with its clause ("claimed that …"), from the lower bar of listed clauses."""
    cues = _cues(
        "Senator Tom Hale spoke in Dayton on Monday, and his rival, Mayor Jane Ortiz, answered him the next "
        "day.\n"
        "Ortiz laughed at his claim that voters would learn nothing from the debate.")
    claims = cues.get("claim", [])
    assert claims and claims[0].content.text == "voters would learn nothing from the debate", _show(cues)
    assert claims[0].source.text == "his", _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_quotation_run_over_paragraphs_is_one_statement_a_paragraph():
    """A quotation whose paragraphs each open with a mark and only the last closes ("I would like …
    ¶ "Its cables …") gives one direct statement a paragraph, with the same source and cue, as a quote
    that goes on in the next paragraph does."""
    cues = _cues(
        "The city will close the old bridge for repairs, the transport office said on Monday.\n"
        'Ms Varga said: "I would like to stress that the bridge is safe for now.\n'
        '"Its cables have been checked twice this year; however, my view is that the repairs cannot wait '
        'any longer."\n'
        "Engineers told reporters the work would take four months.")
    varga = [s.content.text for s in cues.get("said", []) if s.source is not None and "Varga" in s.source.text]
    assert varga == ["I would like to stress that the bridge is safe for now.",
                     "Its cables have been checked twice this year; however, my view is that the repairs cannot "
                     "wait any longer."], _show(cues)
