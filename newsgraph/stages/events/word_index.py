"""Where an article's words of a list stand: token indices found once per article from the doc's arrays, so
that a rule reading a span for its words looks only at those (a Token made for every word of every
statement was a large share of the events stage)."""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import LEMMA, LOWER, POS


def _hashes(values, strings, keep) -> numpy.ndarray:
    return numpy.array([h for h in numpy.unique(values).tolist() if keep(strings[h])], dtype=numpy.uint64)


def positions(doc, words, pos: int | None = None, form=None) -> list[int]:
    """Indices, in text order, of the tokens whose lower-cased form or lower-cased lemma is in ``words``
    (with ``form``: whose ``form(lower-cased form)`` is in ``words``, the lemma not read); with ``pos``,
    only tokens of that part of speech."""
    arr = doc.to_array([LOWER, LEMMA, POS])
    lower, lemma, tags = arr[:, 0], arr[:, 1], arr[:, 2]
    strings = doc.vocab.strings
    if form is not None:
        mask = numpy.isin(lower, _hashes(lower, strings, lambda s: form(s) in words))
    else:
        mask = numpy.isin(lower, _hashes(lower, strings, lambda s: s in words)) | numpy.isin(
            lemma, _hashes(lemma, strings, lambda s: s.lower() in words))
    if pos is not None:
        mask &= tags == pos
    return numpy.flatnonzero(mask).tolist()


def within(found: list[int], start: int, end: int) -> list[int]:
    """The indices of ``found`` (sorted) from ``start`` up to ``end`` (excluded)."""
    return found[bisect_left(found, start):bisect_left(found, end)]


def cached(owner, key: str, make) -> list[int]:
    """``make()``, kept on ``owner`` (the article's coder) under ``key``: computed once per article."""
    store = owner.__dict__.setdefault("_word_index", {})
    if key not in store:
        store[key] = make()
    return store[key]
