"""Per-sentence PLOVER accuracy (issue 14, ev-plv): the parties of an event, on short whole articles
written for these tests (fictional events)."""

from __future__ import annotations

from event_helpers import code, names, with_trigger


def test_who_made_a_rejected_proposal_is_the_other_party(pipeline):
    # "rejected a request by X", "spurned an offer from X": the one whose proposal is turned down
    doc = code(pipeline, "Chile turns down Peru\n\n"
                         "The Chilean government on Tuesday rejected a request by President Ana Ferreira of Peru "
                         "to reopen the border crossing at Tacna. Bolivia spurned an offer from Peru for direct "
                         "talks, officials said.")
    (rejected,) = with_trigger(doc, "REJECT", "rejected")
    assert names(doc, rejected.recipient) == ["Ana Ferreira"]
    (spurned,) = with_trigger(doc, "REJECT", "spurned")
    assert names(doc, spurned.actor) == ["Bolivia"] and names(doc, spurned.recipient) == ["Peru"]
