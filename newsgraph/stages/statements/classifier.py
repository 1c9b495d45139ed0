"""The cue classifier (which frames are attributions): a logistic regression whose weights
``benchmarks/statements.py learn`` writes to ``data/statement_cues.csv``. It reads frames (``frames``);
frames read only the boundary model's weights (``weights``): the imports run one way."""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat
from operator import attrgetter

from spacy.strings import get_string_id

from ...lexicon import lexicon
from ..syntax import subject_of
from .frames import Frame
from .quotes import _QUOTE_TOKENS
from .weights import weights_file

_index = attrgetter("i")
_QUOTE_ORTHS = frozenset(get_string_id(x) for x in _QUOTE_TOKENS)  # as ``Token.orth``: no string read
_WH = ("that", "to", "whether", "if", "how", "what", "why", "when", "who", "where")


_lexicon = lexicon


def _subject_kind(verb) -> str:
    subj = subject_of(verb)
    if subj is None:
        return "pass" if any(c.dep_ == "nsubjpass" for c in verb.children) else "none"
    low = subj.lower_
    if low in ("it", "there", "this", "that", "which", "what"):
        return "expl"
    if subj.pos_ == "PRON":
        return "pron"
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subj.ent_type_.lower()
    if subj.pos_ == "PROPN":
        return "propn"
    if subj.lemma_.lower() in _lexicon().anonymous_heads:
        return "anon"
    return subj.pos_.lower()


def frame_features(fr: Frame) -> list[str]:
    """The features the cue classifier reads for a frame: its key, the verb and its place in the
    parse, the kind of subject, tense, negation and modality, how the content opens and how long it
    is, and quotation marks around it."""
    return _signature_features(frame_signature(fr))


def frame_signature(fr: Frame) -> tuple:
    """What :func:`frame_features` reads of a frame, as a tuple of words and flags (frames with the same
    signature have the same features, so the classifier's answer is cached by it)."""
    v = fr.cue[0]
    lemma = v.lemma_.lower()
    subj = _subject_kind(v)
    kids = list(v.children)
    deps = [c.dep_ for c in kids]  # each label read once
    neg = "neg" in deps
    modal = next((c.lower_ for c, d in zip(kids, deps, strict=True) if d == "aux" and c.tag_ == "MD"), "")
    passive = "auxpass" in deps or "nsubjpass" in deps
    toks = fr.content
    first = min(toks, key=_index) if toks else v
    opener = first.lower_ if first.lower_ in _WH else f"{first.pos_}:{first.dep_}"
    n = len(toks)
    size = "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"
    quoted = any(t.orth in _QUOTE_ORTHS for t in toks)
    dep, tag = v.dep_, v.tag_
    head = v.head.lemma_.lower() if dep in ("xcomp", "ccomp", "conj", "advcl") else "-"
    addressee = "dative" in deps or "dobj" in deps and lemma in _lexicon().addressee_object
    return fr.key, lemma, dep, tag, subj, opener, size, head, neg, modal, passive, quoted, addressee


def _signature_features(sig: tuple) -> list[str]:
    key, lemma, dep, tag, subj, opener, size, head, neg, modal, passive, quoted, addressee = sig
    kind = key.split("|", 1)[1]
    lex = _lexicon()
    listed = "speech" if lemma in lex.speech else "belief" if lemma in lex.belief else "other"
    feats = [f"k={key}", f"l={lemma}", f"f={kind}", f"listed={listed}|{kind}", f"dep={dep}", f"tag={tag}",
             f"subj={subj}", f"l|subj={lemma}|{subj}", f"listed|subj={listed}|{subj}", f"open={opener}",
             f"k|open={key}|{opener}", f"size={size}", f"f|size={kind}|{size}", f"l|dep={lemma}|{dep}",
             f"head={head}", f"head|l={head}|{lemma}", f"l|tag={lemma}|{tag}"]
    if neg:
        feats.append("neg")
    if modal:
        feats += [f"modal={modal}", f"listed|modal={listed}|{modal}"]
    if passive:
        feats += ["passive", f"l|passive={lemma}"]
    if quoted:
        feats += ["quoted", f"f|quoted={kind}"]
    if addressee:
        feats.append("addressee")
    return feats


@lru_cache(maxsize=1)
def cue_model() -> tuple[float, dict[str, float], float]:
    """(bias, weights, threshold) of the cue classifier (``data/statement_cues.csv``), a logistic
    regression learned on PolNeAR train by ``benchmarks/statements.py learn``."""
    meta, weights = weights_file()
    return meta["__bias__"], {k: w for k, w in weights.items() if not k.startswith("u:")}, meta["__threshold__"]


def cue_probability(fr: Frame) -> float:
    """How likely a frame is an attribution, as the classifier has it."""
    return _signature_probability(frame_signature(fr))


@lru_cache(maxsize=65536)
def _signature_probability(sig: tuple) -> float:
    bias, weights, _ = cue_model()
    z = bias + sum(map(weights.get, _signature_features(sig), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
