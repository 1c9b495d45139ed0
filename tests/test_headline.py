"""A title-case headline is read by the parser in sentence case; the article's text is untouched."""

from __future__ import annotations

from newsgraph.headline import parse_view
from newsgraph.ingest import Draft, build_article
from newsgraph.settings import Settings

ARTICLE = ("Ferreira Urges Peru To Withdraw Troops From Border.\n\n"
           "LIMA — Chilean President Ana Ferreira on Monday urged Peru to withdraw its troops from the border "
           "after weeks of tension, and said she was ready to meet Peruvian officials in Lima.\n\n"
           "Peru has not responded to the call, a spokesman for the foreign ministry said.\n")


def test_parse_view_recases_common_words_of_a_title_case_headline_only():
    view = parse_view(ARTICLE)
    assert len(view) == len(ARTICLE) and view[view.index("\n"):] == ARTICLE[ARTICLE.index("\n"):]
    assert view.split("\n")[0] == "Ferreira urges Peru to withdraw troops from border."
    # a headline in sentence case, a long first line, or a text of one line: unchanged
    for text in ("Ferreira urges Peru to withdraw troops.\n\nBody.",
                 "Body text that runs on " * 10 + "\n\nMore.", "Ferreira Urges Peru To Withdraw"):
        assert parse_view(text) == text


def test_an_event_told_by_a_title_case_headline(pipeline):
    art = build_article(Draft(source="headline.txt", text=ARTICLE), Settings(plain=True), "2025-03-17")
    doc = next(iter(pipeline.process([art])))
    assert doc.article.text == ARTICLE
    asks = [e for e in doc.events if e.type == "REQUEST" and e.trigger.start < ARTICLE.index("\n")]
    assert asks and asks[0].trigger.text == "Urges"  # the article's own words, its own case
    assert doc.actor(asks[0].actor[0]).name == "Ana Ferreira"
    assert [doc.actor(r).name for r in asks[0].recipient] == ["Peru"]
