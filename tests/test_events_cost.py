"""The events stage's cost work gives the answers the former code gave: the verbs of identifying found from
the doc's arrays (suspects.py) and the question test that looks for the "?" first (syntax.in_question)."""

from __future__ import annotations

from newsgraph.stages.events.suspects import IDENTIFYING, _identifying_verbs
from newsgraph.stages.syntax import WH_WORDS, in_question

ARTICLE = (
    "Police identified the gunman as Pedro Salas on Monday. Prosecutors later named Ana Reyes as a suspect.\n\n"
    "Will Ferreira resign? What did the minister know about the raid? What if the talks fail? "
    "Senator Ortiz asked whether the governor would apologize. So he is going to investigate this?\n\n"
    "Naming names, Ortiz said, was not her job; the council names a new chief next week!")


def _in_question_before(tok) -> bool:
    """``in_question`` as it was: every word of the sentence listed first."""
    sent = tok.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) > 1 and words[0].lower_ in WH_WORDS and words[1].lower_ != "if":
        return False
    for t in sent[tok.i - sent.start + 1:]:
        if t.text in (".", "!", ";"):
            return False
        if "?" in t.text:
            return True
    return False


def test_in_question_answers_as_before(pipeline):
    doc = pipeline.nlp(ARTICLE)
    assert [in_question(t) for t in doc] == [_in_question_before(t) for t in doc]
    assert any(in_question(t) for t in doc) and not all(in_question(t) for t in doc)


def test_identifying_verbs_are_those_a_scan_of_every_word_finds(pipeline):
    doc = pipeline.nlp(ARTICLE)
    want = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in IDENTIFYING]
    assert _identifying_verbs(doc) == want and len(want) >= 2
    assert _identifying_verbs(doc) == want  # the memo shared across articles gives the same answer again
