"""Dates of events, second round: the day an ongoing occurrence is set to end is not the day it is told
for. Short whole articles written for the tests (fictional events)."""

from __future__ import annotations

from newsgraph.records import Article


def _code(pipeline, text, published="2025-03-11"):
    art = Article(id="s", source="s", text=text, published=published)
    return pipeline.analyse(art, pipeline.nlp(text))


ENDING = ("Chile and Peru open border talks in Lima\n\n"
          "LIMA, Peru - Chile's foreign minister, Ana Ferreira, met Peru's foreign minister, Jorge Salas, in Lima "
          "on Monday for talks on the disputed border.\n\n"
          "Ferreira raised the closing of the border crossing at the opening of the talks.\n\n"
          "The talks, set to end on Thursday, also cover fishing rights and the disputed border.\n\n"
          "Ferreira said there was nothing wrong with raising the border crossing in the talks.\n")


def test_the_day_an_occurrence_is_set_to_end_dates_no_mention_of_it(pipeline):
    # "The talks, set to end on Thursday": Thursday is when they end, not when they are held (they began
    # before it): no mention of the talks takes Thursday
    doc = _code(pipeline, ENDING)
    talks = [e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert talks, [(e.type, e.trigger.text) for e in doc.events]
    assert all(e.date is None or e.date.value != "2025-03-13" for e in talks), [
        (e.trigger.start, e.date) for e in talks]


def test_talks_that_ended_on_a_day_are_dated_by_it(pipeline):
    # told as over, the day they ended is the day of the talks' news
    text = ("Chile and Peru end border talks\n\n"
            "The talks between Chile's foreign minister, Ana Ferreira, and Peru's foreign minister, Jorge Salas, "
            "ended on Monday in Lima without an agreement.\n")
    doc = _code(pipeline, text)
    talks = [e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert talks and talks[0].date is not None and talks[0].date.value == "2025-03-10", [
        (e.trigger.text, e.date) for e in doc.events]
