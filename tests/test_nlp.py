"""The spaCy pipeline newsgraph runs: line breaks end sentences, and the fast attribute component gives
exactly the attributes of the pipeline's own attribute_ruler and lemmatizer."""

from __future__ import annotations

from pathlib import Path

from newsgraph.nlp import load_model

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_fast_attributes_equal_the_pipelines_own(seed_doc):
    ours = load_model()
    assert "newsgraph_fast_attrs" in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    ref = load_model(fast_attrs=False)
    assert "lemmatizer" in ref.pipe_names
    texts = [seed_doc.article.text] + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts.append("Y'all gonna see it. There's no way, he said; let's go. Nothin' doin', she ain't coming.")
    n = 0
    for a, b in zip(ref.pipe(texts), ours.pipe(texts), strict=True):
        assert [t.text for t in a] == [t.text for t in b]
        for ta, tb in zip(a, b, strict=True):
            assert (ta.pos_, ta.tag_, ta.lemma_, str(ta.morph), ta.dep_) == \
                (tb.pos_, tb.tag_, tb.lemma_, str(tb.morph), tb.dep_), ta.text
            n += 1
    assert n > 1000


def test_fast_attributes_after_a_multi_word_rule_equal_the_pipelines_own():
    """A multi-word rule that changes a word's part of speech ("There 's" -> VERB) comes before the
    lemmatizer, as in the pipeline's own pair: the lemma is made from the new part of speech. In this
    whole article the parser tags that "'s" as a possessive (POS), where the difference shows."""
    import pytest
    from conftest import SHARED_DATA

    path = SHARED_DATA / "polnear/data/train/text/nyt_2016-02-04_polls-miss-trump-s-fall-in-iowa-.txt"
    if not path.exists():
        pytest.skip(f"PolNeAR not found at {path} (it is not bundled)")
    text = path.read_text(encoding="utf-8")
    a, b = load_model(fast_attrs=False)(text), load_model()(text)
    assert [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in a] == \
        [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in b]
    assert any(t.lower_ == "'s" and t.tag_ == "POS" and t.pos_ == "VERB" for t in b)


def test_headings_and_paragraphs_are_sentence_boundaries(seed_doc):
    nlp = load_model()
    doc = nlp(seed_doc.article.text)
    starts = {s.start_char for s in doc.sents}
    for h in seed_doc.article.headings:
        assert h.start in starts
        assert h.end + 1 in starts  # the sentence after a heading starts on the next line


def test_numpy_blas_gives_the_labels_of_thincs_own_kernels(seed_doc):
    """The networks' products computed by numpy's BLAS instead of thinc's BLIS: every layer is switched,
    and tags, arcs, entities and sentence starts are those of the stock kernels on whole articles."""
    from thinc.api import NumpyOps

    ours, ref = load_model(), load_model(numpy_blas=False)
    layers = [m for _, c in ours.pipeline if hasattr(c, "model") for m in c.model.walk()]
    assert layers and all(isinstance(m.ops, NumpyOps) and not m.ops.use_blis for m in layers)
    assert all(m.ops.use_blis for _, c in ref.pipeline if hasattr(c, "model") for m in c.model.walk())
    texts = [seed_doc.article.text] + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    n = 0
    for a, b in zip(ref.pipe(texts), ours.pipe(texts), strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in a] == \
            [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in b]
        n += len(a)
    assert n > 1000


def test_a_title_abbreviation_does_not_end_its_sentence():
    import newsgraph

    text = ("The coalition rejected the report on Monday. Cmdr. Dana Pryce, a spokesperson for the coalition, "
            "told reporters that the claim was false. Sgt. Omar Haddad was wounded, and Det. Ruth Alvarez said "
            "the inquiry would go on.")
    doc = load_model()(text)
    sents = [s.text for s in doc.sents]
    assert not any(s in ("Cmdr.", "Sgt.", "Det.") or s.endswith((" Cmdr.", " Sgt.", " Det.")) for s in sents), sents
    assert len(sents) == 3
    out = newsgraph.extract(text, published="2025-03-03")
    names = {a.name for a in out.actors}
    assert {"Dana Pryce", "Ruth Alvarez"} <= names and not names & {"Cmdr", "Det", "Sgt"}
    told = next(s for s in out.statements if s.cue.text == "told")
    assert out.actor(told.source.actor).name == "Dana Pryce"
