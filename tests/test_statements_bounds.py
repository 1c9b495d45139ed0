"""Statements on whole articles: where a content ends (PolNeAR content bounds). Each article is written
for its test; each keeps a second statement beside the one tested, so a rule that runs every content to
the end of its sentence, or cuts every one short, fails."""

from __future__ import annotations

import pytest
from statement_helpers import cues as _cues  # tests/statement_helpers.py
from statement_helpers import show as _show


def _content(cues, cue: str) -> str:
    found = cues.get(cue, [])
    assert found, _show(cues)
    return found[0].content.text


@pytest.mark.usefixtures("pipeline")
def test_a_bare_verb_sharing_the_infinitives_to_is_part_of_the_content():
    """ "is calling on the mayor to reopen the depot and ask the council to …": "ask" has no "to" of its
    own and no subject; it shares "to reopen"'s, so it is the second thing the mayor is called on to do,
    not a new attribution of the union's (the cue is "calling", a form "ask" cannot be coordinated with)."""
    cues = _cues(
        "BRANTLEY — Bus drivers in Brantley walked off the job on Tuesday for the second time this month.\n"
        "The drivers' union is calling on the mayor to reopen the north depot and ask the council to "
        "restore the night routes it cut in January. A spokesman for the mayor, Tomas Reed, said the city "
        "could not afford to reopen the depot this year.\n"
        "The strike is expected to last until Friday.")
    calling = _content(cues, "calling")
    assert calling.startswith("the mayor to reopen the north depot"), _show(cues)
    assert calling.endswith("restore the night routes it cut in January"), _show(cues)
    assert _content(cues, "said").startswith("the city could not afford"), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_bare_verb_sharing_the_modal_is_part_of_the_content():
    """ "says she would meet the strikers and tell them …": "tell" shares "would" with "meet" (what she
    says she would do), while "and says …" with the cue's own form is a new statement of hers."""
    cues = _cues(
        "Governor Alma Ruiz has spent the week touring the flooded valley towns of the state's north.\n"
        "In Carver on Wednesday, Ruiz says she would meet the striking road crews and tell them the repairs "
        "could not wait, and says the state will pay for new bridges.\n"
        "Her opponent, Senator Paul Whitcomb, argued that the money should come from the federal government.")
    says = cues.get("says", [])
    contents = [s.content.text for s in says]
    assert any(c.startswith("she would meet the striking road crews and tell them the repairs could not wait")
               for c in contents), _show(cues)
    assert _content(cues, "argued").startswith("the money should come"), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_list_of_infinitives_runs_to_its_last_item():
    """ "praised his plans to invest $12 billion in roads, widen the harbour, and enable …": the rest of
    the list, which the parse hung on the cue ("widen", a bare verb with no "to" or subject of its own,
    is no form of "praised" nor a clause of it), is the rest of the plans."""
    cues = _cues(
        "Transport minister Karl Ostrowski opened the new coastal highway near Halden on Saturday.\n"
        "Ostrowski praised his plans to invest $12 billion in roads, widen the harbour, and enable cheaper "
        "ferry fares. His challenger, Victor Lind, said the country could not pay for any of it.\n"
        "The election is on Nov. 4.")
    praised = _content(cues, "praised")
    assert praised.startswith("his plans to invest $12 billion in roads"), _show(cues)
    assert praised.endswith("enable cheaper ferry fares"), _show(cues)
    assert _content(cues, "said").startswith("the country could not pay"), _show(cues)


@pytest.mark.usefixtures("pipeline")
def test_a_second_gerund_the_parse_hung_on_the_cue_is_part_of_the_content():
    """ "has mentioned refinancing student loans and forcing universities to …": "forcing" is no form of "has
    mentioned" (a gerund, as the content's "refinancing" is), so it is the second thing mentioned."""
    cues = _cues(
        "With tuition rising for the fifth year running, college costs have become an issue in the race "
        "for governor.\n"
        "Mark Rowe has mentioned refinancing student loans and forcing universities to spend more from their "
        "endowments to help students. His rival, Ana Pruitt, said the state could not afford either plan.\n"
        "Voters go to the polls on Nov. 8.")
    mentioned = _content(cues, "has mentioned") if "has mentioned" in cues else _content(cues, "mentioned")
    assert mentioned.startswith("refinancing student loans"), _show(cues)
    assert mentioned.endswith("to help students"), _show(cues)
    assert _content(cues, "said").startswith("the state could not afford"), _show(cues)


def test_the_evaluator_hands_each_articles_predictions_to_a_recorder(pipeline):
    """``evaluate(record=…)`` (what `benchmarks/statements.py run --errors` lists the misses with): each
    article's gold, predictions and matched pairs, the pairs those the report counts."""
    from pathlib import Path

    from newsgraph.evaluate import polnear as pn

    seen = []
    report = pn.evaluate(Path(__file__).parent / "fixtures" / "statements" / "polnear", pipeline,
                         record=lambda g, pred, pairs: seen.append((g.name, len(pred), pairs)))
    [(name, n_pred, pairs)] = seen
    assert name == "press_2024-05-02_harbour-plan"
    assert n_pred == report.tally("all").pred and len(pairs) == report.tally("all").matched
