"""Recall of verbal and cooperative acts (REQUEST, CONSULT, SUPPORT, REJECT, AGREE): each test codes a short whole
text written for it (fictional names and events)."""

from __future__ import annotations

from event_helpers import code, names, with_trigger


def test_backing_an_agreement_or_an_effort_is_support(pipeline):
    # endorsing a deal, a plan or an effort endorses a position (CAMEO 051), with no actor as object
    doc = code(pipeline, "Lima backs port deal\n\n"
                         "LIMA - President Ana Ferreira on Monday backed the fishing deal with Chile, while Senator "
                         "Carlos Ortiz threatened to block it in the Senate.\n\n"
                         "\"Peru supports efforts to reduce the catch in the southern waters,\" Ferreira told "
                         "reporters. Ortiz endorsed the plan of the fishermen's union a day later.")
    backed = with_trigger(doc, "SUPPORT", "backed")
    assert backed and names(doc, backed[0].actor) == ["Ana Ferreira"] and backed[0].status == "asserted"
    assert with_trigger(doc, "SUPPORT", "supports")
    assert with_trigger(doc, "SUPPORT", "endorsed")
    # backing a car out of a garage, supporting a weight: no position endorsed
    doc = code(pipeline, "Crash in Lima\n\n"
                         "LIMA - Senator Carlos Ortiz backed his car into a wall on Monday. The old bridge "
                         "supports the weight of the trucks, engineers said.")
    assert not with_trigger(doc, "SUPPORT", "backed") and not with_trigger(doc, "SUPPORT", "supports")
