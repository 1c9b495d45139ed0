"""Where an article's words of a list stand: token indices found from the doc's arrays (string hashes
compared, no Token made), so that a rule reading a span for its words looks only at those (a Token made for
every word of every statement was a large share of the events stage)."""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id

#: a string's hash -> the hash of the string lower-cased (the vocabulary's strings are shared by all articles)
_LOWERED: dict[int, int] = {}
#: a word list -> the hashes of its words
_HASHES: dict[frozenset, numpy.ndarray] = {}


def _hashes(words: frozenset) -> numpy.ndarray:
    found = _HASHES.get(words)
    if found is None:
        found = _HASHES[words] = numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)
    return found


class WordIndex:
    """The lower-cased forms, lower-cased lemmas and parts of speech of one doc's tokens, as hashes."""

    def __init__(self, doc):
        arr = doc.to_array([LOWER, LEMMA, POS])
        self.doc, self.lower, self.pos = doc, arr[:, 0], arr[:, 2]
        strings = doc.vocab.strings
        uniq, inv = numpy.unique(arr[:, 1], return_inverse=True)
        low = []
        for h in uniq.tolist():
            x = _LOWERED.get(h)
            if x is None:
                x = _LOWERED[h] = get_string_id(strings[h].lower())
            low.append(x)
        self.lemma = numpy.array(low, dtype=numpy.uint64)[inv.reshape(-1)]

    def positions(self, words: frozenset, pos: int | None = None, lemma: bool = True) -> list[int]:
        """Indices, in text order, of the tokens whose lower-cased form (or, with ``lemma``, lower-cased
        lemma) is in ``words``; with ``pos``, only tokens of that part of speech."""
        hs = _hashes(words)
        mask = numpy.isin(self.lower, hs)
        if lemma:
            mask |= numpy.isin(self.lemma, hs)
        if pos is not None:
            mask &= self.pos == pos
        return numpy.flatnonzero(mask).tolist()

    def forms(self, keep, pos: int) -> list[int]:
        """Indices of the tokens of part of speech ``pos`` whose lower-cased form satisfies ``keep``."""
        strings = self.doc.vocab.strings
        at = numpy.flatnonzero(self.pos == pos)
        return [i for i, h in zip(at.tolist(), self.lower[at].tolist(), strict=True) if keep(strings[h])]


def index(owner) -> WordIndex:
    """The word index of ``owner``'s doc (the article's coder), made once per article."""
    found = owner.__dict__.get("_word_index_of_doc")
    if found is None:
        found = owner.__dict__["_word_index_of_doc"] = WordIndex(owner.doc)
    return found


def cached(owner, key: str, make) -> list[int]:
    """``make(index)``, kept on ``owner`` (the article's coder) under ``key``: computed once per article."""
    store = owner.__dict__.setdefault("_word_positions", {})
    if key not in store:
        store[key] = make(index(owner))
    return store[key]


def within(found: list[int], start: int, end: int) -> list[int]:
    """The indices of ``found`` (sorted) from ``start`` up to ``end`` (excluded)."""
    return found[bisect_left(found, start):bisect_left(found, end)]
