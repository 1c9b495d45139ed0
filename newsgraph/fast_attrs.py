"""A faster stand-in for a pipeline's ``attribute_ruler`` + rule ``lemmatizer`` with the same output.

In the small English pipelines these two rule-based components cost about a quarter of the parse
(they run a Matcher and a Python lemmatizer over every token). This component applies the same
attribute-ruler patterns (taken from the loaded pipeline, indexed by tag and word so each token is
checked against only a few) and the same lemmatizer rules, memoised per (word, part of speech).
``tests/test_nlp.py`` checks that POS, morphology and lemmas equal the originals on whole articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS


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
                    tests.append([(_GETTERS[k], _cond(v)) for k, v in tok.items()])
                rule = (order, tests, p.get("index", 0), values)
                if len(pat) > 1:
                    self.multi.append(rule)
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
        self.multi_len = max((len(r[1]) for r in self.multi), default=0)

    @staticmethod
    def _matches(tests, tokens) -> bool:
        return all(cond(get(t)) for tok_tests, t in zip(tests, tokens, strict=True) for get, cond in tok_tests)

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
        resolved = self.resolved
        lemmas = self.cache
        strings = self.vocab.strings
        for tok in doc:
            # the rules read only tag, word, dependency and is_space: resolve each combination once
            key = (tok.tag, tok.lower, tok.dep, tok.is_space)
            res = resolved.get(key)
            if res is None:
                res = resolved[key] = self._resolve(tok)
            pos, morph, lemma, dep, tag = res
            if tag is not None:
                tok.tag_ = tag
            if pos is not None:
                tok.pos = pos
            if morph is not None:
                tok.set_morph(morph)
            if dep is not None:
                tok.dep_ = dep
            if lemma is None:
                lkey = (tok.orth, tok.pos, morph or 0)
                lemma = lemmas.get(lkey)
                if lemma is None:
                    lemma = lemmas[lkey] = strings.add(self.lemmatizer.rule_lemmatize(tok)[0])
            tok.lemma = lemma
        if self.multi:  # rare multi-word rules ("gon na", "let 's"): tried only around the words they name
            n = len(doc)
            rx = self.multi_rx
            hits = [t.i for t in doc if t.lower_ in self.multi_words or (rx is not None and rx.match(t.lower_))]
            starts = sorted({s for i in hits for s in range(max(0, i - self.multi_len + 1), i + 1)})
            for start in starts:
                for _, tests, index, (pos, _morph, lemma, _dep, _tag) in self.multi:
                    if start + len(tests) <= n and self._matches(tests, doc[start:start + len(tests)]):
                        t = doc[start + index]
                        if pos is not None:
                            t.pos = pos
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
def _make(nlp: Language, name: str) -> FastAttrs:  # the instance install() just built for this pipeline
    return _holder.pop("component")
