"""A faster stand-in for a pipeline's ``attribute_ruler`` + rule ``lemmatizer`` with the same output.

In the small English pipelines these two rule-based components cost about a quarter of the parse
(they run a Matcher and a Python lemmatizer over every token). This component applies the same
attribute-ruler patterns (taken from the loaded pipeline, indexed by tag and word so each token is
checked against only a few) and the same lemmatizer rules, memoised per (word, part of speech).
It reads and writes token attributes as arrays (no Token objects), resolves the rules once per
(tag, dependency, word) where words no rule names share one entry, and gives the lemmatizer its word
lists as sets (spaCy's tests ``form in index`` against lists of up to ~60,000 words on every new
word form). ``tests/test_nlp.py`` checks that POS, morphology and lemmas equal the originals on whole articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS

_WRITE = [TAG, POS, MORPH, DEP, LEMMA]
# what the rules read (tag, word, dependency, is_space), then the values kept when no rule sets them
_READ = [TAG, LOWER, DEP, IS_SPACE, POS, MORPH, ORTH]


def _cond(spec: Any):
    """A predicate over a string value for one pattern key (equality, IN, NOT_IN, REGEX)."""
    if isinstance(spec, dict):
        if "IN" in spec:
            allowed = set(spec["IN"])
            return lambda v: v in allowed
        if "NOT_IN" in spec:
            banned = set(spec["NOT_IN"])
            return lambda v: v not in banned
        if "REGEX" in spec:
            rx = re.compile(spec["REGEX"])
            return lambda v: rx.search(v) is not None
        raise ValueError(f"unsupported pattern operator {spec}")
    return lambda v: v == spec


_GETTERS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class FastAttrs:
    def __init__(self, nlp: Language):
        ruler = nlp.get_pipe("attribute_ruler")
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(self.lemmatizer, "mode", None) != "rule":
            raise ValueError("fast attributes need a rule lemmatizer")
        # The lemmatizer tests ``form in index`` against word lists of up to ~60,000 entries; the
        # same lists as sets answer the same in constant time (this lemmatizer is ours alone: it
        # leaves the pipeline below).
        index = self.lemmatizer.lookups.get_table("lemma_index", {})
        for key, words in list(index.items()):
            if isinstance(words, list):
                index[key] = frozenset(words)
        vocab = nlp.vocab
        self.vocab = vocab
        # rules: (order, [token predicates], index of the token to change, (pos id, morph, lemma id, dep, tag))
        self.by_tag: dict[str, list] = defaultdict(list)
        self.by_lower: dict[str, list] = defaultdict(list)
        self.generic: list = []
        self.multi: list = []
        # every multi-word rule names a word at some position: only tokens with such words can start one
        self.multi_words: set[str] = set()
        multi_regexes: list[str] = []
        # Words a single-token rule names (by equality, IN, NOT_IN or a regex); every other word meets
        # every word test the same way, so such words share one resolution per tag and dependency.
        special_words: set[str] = set()
        special_regexes: list[str] = []
        for order, p in enumerate(ruler.patterns):
            attrs = p["attrs"]
            unsupported = set(attrs) - {"POS", "MORPH", "LEMMA", "DEP", "TAG"}
            if unsupported:
                raise ValueError(f"unsupported attribute-ruler attrs {unsupported}")
            values = (POS_IDS[attrs["POS"]] if "POS" in attrs else None,
                      vocab.morphology.add(attrs["MORPH"]) if "MORPH" in attrs else None,
                      vocab.strings.add(attrs["LEMMA"]) if "LEMMA" in attrs else None,
                      attrs.get("DEP"), attrs.get("TAG"))
            for pat in p["patterns"]:
                tests = []
                for tok in pat:
                    if set(tok) - set(_GETTERS):
                        raise ValueError(f"unsupported attribute-ruler pattern {tok}")
                    tests.append([(k, _cond(v)) for k, v in tok.items()])  # (attribute name, predicate)
                if len(pat) == 1 and "LOWER" in pat[0]:  # the words this rule tells apart from others
                    spec = pat[0]["LOWER"]
                    if isinstance(spec, str):
                        special_words.add(spec)
                    elif "REGEX" in spec:
                        special_regexes.append(f"(?:{spec['REGEX']})")
                    else:
                        special_words.update(spec.get("IN", ()), spec.get("NOT_IN", ()))
                rule = (order, tests, p.get("index", 0), values)
                if len(pat) > 1:
                    self.multi.append(rule)  # tested on the doc's arrays, not on Tokens (see __call__)
                    keyed = False
                    for spec in (t.get("LOWER") for t in pat):
                        if isinstance(spec, str):
                            self.multi_words.add(spec)
                        elif isinstance(spec, dict) and "IN" in spec:
                            self.multi_words.update(spec["IN"])
                        elif isinstance(spec, dict) and "REGEX" in spec:
                            multi_regexes.append(f"(?:{spec['REGEX']})")
                        else:
                            continue
                        keyed = True
                    if not keyed:
                        raise ValueError(f"unsupported multi-word attribute-ruler pattern {pat}")
                elif isinstance(pat[0].get("TAG"), str):
                    self.by_tag[pat[0]["TAG"]].append(rule)
                elif isinstance(pat[0].get("LOWER"), str):
                    self.by_lower[pat[0]["LOWER"]].append(rule)
                else:
                    self.generic.append(rule)
        self.cache: dict[tuple[int, int, int], int] = {}  # (word, pos, morph) -> lemma
        self.resolved: dict[tuple, tuple] = {}  # (tag, word, dep, is_space) -> single-token rule result
        self.multi_rx = re.compile("|".join(multi_regexes)) if multi_regexes else None
        self.words: dict[int, tuple[int, bool]] = {}  # word -> see _word
        self.special_words = frozenset(special_words)
        self.special_rx = re.compile("|".join(special_regexes)) if special_regexes else None
        self.multi_len = max((len(r[1]) for r in self.multi), default=0)

    def _word(self, key: int, lower: str) -> tuple[int, bool]:
        """(the word's part of a resolution key, whether a multi-word rule names it). Words that no
        single-token rule reads share the key 0, so a tag/dependency combination resolves once."""
        rx = self.multi_rx
        named = bool(self.multi) and (lower in self.multi_words or (rx is not None and rx.match(lower) is not None))
        rx = self.special_rx
        read = lower in self.special_words or (rx is not None and rx.search(lower) is not None)
        return (key if read else 0), named

    @staticmethod
    def _matches(tests, tokens) -> bool:
        return all(cond(_GETTERS[k](t)) for tok_tests, t in zip(tests, tokens, strict=True) for k, cond in tok_tests)

    def _resolve(self, tok) -> tuple:
        """The attributes the single-token rules give a token: (pos, morph, lemma, dep, tag), None = unchanged."""
        rules = self.by_tag.get(tok.tag_, []) + self.by_lower.get(tok.lower_, []) + self.generic
        out = [None, None, None, None, None]
        for _, _tests, _, values in sorted((r for r in rules if self._matches(r[1], (tok,))), key=lambda r: r[0]):
            for i, v in enumerate(values):
                if v is not None:
                    out[i] = v
        return tuple(out)

    def __call__(self, doc):
        # Read the four attributes the rules look at for every token in one array, resolve each
        # distinct combination once, and write the results back in one array: no Token objects.
        resolved = self.resolved
        lemmas = self.cache
        strings = self.vocab.strings
        if not len(doc):
            return doc
        rows = []
        hits = []  # tokens whose word a multi-word rule names
        words = self.words
        table = doc.to_array(_READ).tolist()
        for i, (tag, lower, dep, is_space, pos, morph, orth) in enumerate(table):
            word = words.get(lower)
            if word is None:
                word = words[lower] = self._word(lower, strings[lower])
            key_word, named = word
            if named:
                hits.append(i)
            key = (tag, key_word, dep, is_space)
            res = resolved.get(key)
            if res is None:
                res = resolved[key] = self._resolve(doc[i])
            rpos, rmorph, lemma, rdep, rtag = res
            if rtag is not None:
                tag = strings.add(rtag)
            if rpos is not None:
                pos = rpos
            if rmorph is not None:
                morph = rmorph
            if rdep is not None:
                dep = strings.add(rdep)
            if lemma is None:
                lkey = (orth, pos, rmorph or 0)
                lemma = lemmas.get(lkey)
                if lemma is None:  # first sight of this word form: the lemmatizer reads the token
                    tok = doc[i]
                    tok.tag, tok.pos = tag, pos
                    if rmorph is not None:
                        tok.set_morph(rmorph)
                    lemma = lemmas[lkey] = strings.add(self.lemmatizer.rule_lemmatize(tok)[0])
            rows.append((tag, pos, morph, dep, lemma))
        doc.from_array(_WRITE, numpy.array(rows, dtype=numpy.uint64))
        if self.multi and hits:  # rare multi-word rules ("gon na", "let 's"): tried only around the words they name
            n = len(doc)
            # what the rules' tests read, as the single-token rules left it (the rows just written)
            value = {"TAG": lambda j: strings[rows[j][0]], "LOWER": lambda j: strings[table[j][1]],
                     "DEP": lambda j: strings[rows[j][3]], "IS_SPACE": lambda j: bool(table[j][3])}
            starts = sorted({s for i in hits for s in range(max(0, i - self.multi_len + 1), i + 1)})
            for start in starts:
                for _, tests, index, (pos, _morph, lemma, _dep, _tag) in self.multi:
                    if start + len(tests) <= n and all(cond(value[k](start + j)) for j, tok_tests in enumerate(tests)
                                                       for k, cond in tok_tests):
                        j = start + index
                        t = doc[j]
                        if pos is not None:
                            t.pos = pos
                            tag0, lower0, dep0, space0 = table[j][:4]
                            if lemma is None and resolved[(tag0, words[lower0][0], dep0, space0)][2] is None:
                                # the lemmatizer runs after the ruler: it reads the part of speech a
                                # multi-word rule gave ("there 's" -> VERB), unless a rule set the lemma
                                t.lemma = strings.add(self.lemmatizer.rule_lemmatize(t)[0])
                        if lemma is not None:
                            t.lemma = lemma
        return doc


def install(nlp: Language) -> bool:
    """Replace ``attribute_ruler`` and ``lemmatizer`` with :class:`FastAttrs`; False when not applicable."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return False
    try:
        fast = FastAttrs(nlp)
    except ValueError:
        return False
    names = nlp.pipe_names
    after = names[names.index("attribute_ruler") - 1]
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    _holder["component"] = fast
    nlp.add_pipe("newsgraph_fast_attrs", after=after)
    return True


_holder: dict[str, FastAttrs] = {}


@Language.factory("newsgraph_fast_attrs")
def _make(nlp, name):  # the instance install() just built for this pipeline
    # (no annotations: under ``from __future__ import annotations`` they are strings, which spaCy 3.8.7's
    # config validation cannot resolve)
    return _holder.pop("component")
