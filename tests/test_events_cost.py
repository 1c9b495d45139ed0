"""The events stage's cost work: the word index reads the doc's arrays and finds exactly the words a scan of
every token would (events/word_index.py), and the rules reading it code what they coded before."""

from __future__ import annotations

from event_helpers import code, names, typed
from spacy.parts_of_speech import ADJ, ADV

from newsgraph.stages.events.coder import Coder
from newsgraph.stages.events.evaluations import _adjective, _negated
from newsgraph.stages.events.word_index import WordIndex, within

ARTICLE = (
    "Senator Ana Ortiz said on Tuesday that Governor Luis Ferreira had recklessly ignored the warnings. "
    "\"His plan is a disgrace and he is not fit to lead,\" Ortiz said.\n\n"
    "\"Any action by Ferreira to close the border would have consequences,\" Ortiz told reporters. "
    "Police identified the gunman as Pedro Salas. The Consequences of the vote were unclear.")


def test_positions_match_a_scan_of_every_token(pipeline):
    doc = pipeline.nlp(ARTICLE)
    ix = WordIndex(doc)
    words = frozenset({"consequence", "consequences", "disgrace", "ignore"})
    assert ix.positions(words) == [t.i for t in doc if t.lower_ in words or t.lemma_.lower() in words]
    assert ix.positions(words, lemma=False) == [t.i for t in doc if t.lower_ in words]
    fit = frozenset({"fit"})
    assert ix.positions(fit, pos=ADJ, lemma=False) == [t.i for t in doc if t.pos_ == "ADJ" and t.lower_ in fit]
    reckless = frozenset({"reckless"})
    assert ix.forms(lambda low: _adjective(low) in reckless, pos=ADV) == [
        t.i for t in doc if t.pos_ == "ADV" and _adjective(t.lower_) in reckless]
    assert within([2, 5, 9, 14], 5, 14) == [5, 9]


def _judgements_of_every_word(coder, span):
    """:meth:`Evaluations.judgements` as it was, reading every word of the span."""
    out = []
    for t in span:
        low, lem = t.lower_, t.lemma_.lower()
        if low in coder.criticism or lem in coder.criticism:
            if not _negated(t, coder.doc, span.start):
                out.append(t.i)
        elif t.pos_ == "ADJ" and low in coder.merit and _negated(t, coder.doc, span.start):
            out.append(t.i)
        elif t.pos_ == "ADV" and t.head.pos_ == "VERB" and _adjective(low) in coder.criticism \
                and not _negated(t, coder.doc, span.start):
            out.append(t.i)
    return out


def test_judgements_read_from_the_index_are_those_of_every_word(pipeline):
    doc = pipeline.nlp(ARTICLE)
    coder = Coder(_analysis(pipeline, doc))
    spans = [*doc.sents, doc[:], doc[3:20]]
    for span in spans:
        assert [t.i for t in coder.judgements(span)] == _judgements_of_every_word(coder, span)
    found = [t.lower_ for t in coder.judgements(doc[:])]
    assert "disgrace" in found and "recklessly" in found and "fit" in found


def test_the_rules_reading_the_index_still_code(pipeline):
    doc = code(pipeline, ARTICLE)
    accused = [names(doc, e.recipient) for e in typed(doc, "ACCUSE") if names(doc, e.actor) == ["Ana Ortiz"]]
    assert ["Luis Ferreira"] in accused
    assert any(names(doc, e.recipient) == ["Luis Ferreira"] for e in typed(doc, "THREATEN"))


def _analysis(pipeline, doc):
    from newsgraph.analysis import Analysis
    from newsgraph.records import Article
    from newsgraph.stages import ORDER

    an = Analysis(article=Article(id="s", source="s", text=ARTICLE, published="2025-03-14"), doc=doc, kb=pipeline.kb)
    for stage in ORDER[:-1]:
        stage.run(an)
    return an
