"""The fields of coded events (date, parties, place) on short whole articles written for the tests
(fictional events): what a reader checks of each record the events stage writes."""

from __future__ import annotations

from newsgraph.records import Article


def _code(pipeline, text, published="2025-03-14"):
    art = Article(id="s", source="s", text=text, published=published)
    return pipeline.analyse(art, pipeline.nlp(text))


def _names(doc, ids):
    return sorted(doc.actor(a).name for a in ids)


def _at(doc, trigger):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_an_act_done_by_saying_is_dated_by_the_saying(pipeline):
    # a demand at "must" in what someone said, and an accusation made by saying it, happen when said: the
    # day the paragraph stated (Tuesday), or the publication day for a present "says"
    doc = _code(pipeline, "Chile and Peru trade words over the border\n\n"
                          "President Ana Ferreira of Chile met her ministers in Santiago on Tuesday.\n\n"
                          '"Peru must reopen the border crossing at once," Ferreira said after the meeting.\n\n'
                          'Senator Tomas Lind of Peru says Ferreira "is a reckless liar."')
    demand = _at(doc, "must")
    assert demand.type == "REQUEST" and _names(doc, demand.recipient) == ["Peru"]
    assert (demand.date.value, demand.date.basis) == ("2025-03-11", "context")
    says = [e for e in doc.events if e.trigger.text == "says"]
    assert all(e.date.value == "2025-03-14" for e in says)


def test_a_saying_far_from_any_stated_day_is_the_days_news(pipeline):
    # the day stated three paragraphs before is another scene: a past "said" with no time of its own is
    # the publication day's, not that day's
    doc = _code(pipeline, "Peru weighs its answer\n\n"
                          "Foreign Minister Tomas Lind met Chilean envoys in Lima on Monday.\n\n"
                          "The talks ended without a statement.\n\n"
                          "Analysts expect a long dispute over the water rights.\n\n"
                          'Senator Ana Ferreira of Chile said Peru must reopen the border.')
    demand = _at(doc, "must")
    assert demand.date.value == "2025-03-14"
