"""Verbal acts of the events stage: criticism, accusations, requests and rejections said in words that
are not the lexicon's verbs of criticism. Each test codes a short whole text written for it (fictional)."""

from __future__ import annotations

from newsgraph.records import Article


def _code(pipeline, text):
    art = Article(id="v", source="v", text=text, published="2025-03-14")
    return pipeline.analyse(art, pipeline.nlp(text))


def _names(doc, ids):
    return sorted(doc.actor(a).name for a in ids)


def _with(doc, type_, trigger):
    return [e for e in doc.events if e.type == type_ and e.trigger.text == trigger]


def test_a_judging_name_the_parser_reads_as_a_verb(pipeline):
    # "unqualified" tagged as a past tense in a headline: still what Clinton is called
    doc = _code(pipeline, "Tensions flare after Peters calls Ortiz unqualified;\n\n"
                          "Senator Carlos Peters spoke in Lima on Monday about President Ana Ortiz.")
    acc = _with(doc, "ACCUSE", "calls")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Peters"] and _names(doc, acc[0].recipient) == ["Ana Ortiz"]
    # the same, the parser taking Ortiz for the subject of the complement ("oprd")
    doc = _code(pipeline, "Tensions flare after Rogers calls Diaz unqualified;\n\n"
                          "Senator Carlos Rogers spoke in Lima on Monday about President Ana Diaz.")
    acc = _with(doc, "ACCUSE", "calls")
    assert acc and _names(doc, acc[0].actor) == ["Carlos Rogers"] and _names(doc, acc[0].recipient) == ["Ana Diaz"]
    # a name that does not judge is no criticism
    doc = _code(pipeline, "Tensions ease after Peters calls Ortiz informed;\n\n"
                          "Senator Carlos Peters spoke in Lima on Monday about President Ana Ortiz.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
