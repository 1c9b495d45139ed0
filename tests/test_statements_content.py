"""Statements on whole articles (issue 16, last false statements and content bounds). Each article is
written for its test; each keeps a real statement beside the false one, so a rule that drops everything
fails."""

from __future__ import annotations

import pytest


def _cues(text: str) -> dict[str, list]:
    import newsgraph

    doc = newsgraph.extract(text, published="2025-09-10")
    cues: dict[str, list] = {}
    for st in doc.statements:
        cues.setdefault(st.cue.text.lower() if st.cue is not None else "", []).append(st)
    return cues


def _show(cues) -> dict:
    return {k: [(s.source.text if s.source else None, s.content.text) for s in v] for k, v in cues.items()}


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
        "The finance minister, Ada Kerr, said on Tuesday that exports had begun to recover.")
    assert not any(s.content.text.strip().lower() == "him" for v in cues.values() for s in v), _show(cues)
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
