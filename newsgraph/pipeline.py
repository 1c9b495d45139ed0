"""The pipeline: ingest → one spaCy parse per article (batched) → actors → time → places →
statements → events. Batch processing is a generator with a per-item error policy. Worker processes
are :mod:`newsgraph.runner`'s (it uses the pipeline; the pipeline does not know it); the library's
entry points ``extract``/``extract_many`` are in :mod:`newsgraph.extraction`."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from .analysis import Analysis
from .errors import DuplicateInput, ErrorPolicy, InputError, NewsgraphError, apply_policy  # noqa: F401 (re-exported)
from .headline import parse_view
from .ingest.sources import iter_raw
from .kb import KnowledgeBase, load_kb
from .nlp import load_model
from .reading import articles
from .records import Article, Document
from .safety import ArticleTimeout, watchdog
from .settings import Settings
from .stages import ORDER

_RUNTIME = {"depth": 0, "gc": None, "switch": None, "hugepage": None, "blas": None}


def _hugepage_switch():
    """numpy's switch for advising the kernel to back large arrays with huge pages (private; absent in
    some numpy versions, in which case nothing is changed)."""
    try:
        from numpy._core.multiarray import _set_madvise_hugepage
    except ImportError:
        try:
            from numpy.core.multiarray import _set_madvise_hugepage
        except ImportError:
            return None
    return _set_madvise_hugepage


@lru_cache(maxsize=1)
def _blas_controller():
    """threadpoolctl's view of the BLAS libraries loaded in this process (looked up once; numpy's is
    loaded with the model, before any article is processed)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def lean_runtime(gen0: int = 20_000):
    """Process settings under which the parse and the stages waste less time, for as long as articles
    are processed (restored after; nested or interleaved uses restore when the last one ends):

    * Python's cyclic garbage collector runs less often. Parsing and the stages make many short-lived
      objects; with the default threshold (a young-generation collection every 700 net allocations) the
      collector takes ~4% of a run rescanning them. Reference counting still frees almost everything at
      once; cycles are collected every ``gen0`` allocations.
    * numpy does not ask for huge pages. It advises the kernel to back every array of 4 MB or more with
      2 MB pages, which the kernel then clears whole on first touch; the parser's and the recognizer's
      per-batch arrays are allocated and freed on every batch, and the spaCy parse runs ~7% faster
      without that advice (`benchmarks/README.md`, throughput).
    * BLAS libraries (numpy's OpenBLAS, which the networks' matrix products use; see
      :func:`newsgraph.nlp.use_numpy_blas`) run one thread: one process is one core, so ``--workers N``
      uses N cores and not N times the machine's."""
    if _RUNTIME["depth"] == 0:
        old = gc.get_threshold()
        _RUNTIME["gc"] = old
        gc.set_threshold(max(old[0], gen0), max(old[1], 20), max(old[2], 20))
        switch = _RUNTIME["switch"] = _hugepage_switch()
        _RUNTIME["hugepage"] = switch(False) if switch is not None else None
        _RUNTIME["blas"] = _blas_controller().limit(limits=1, user_api="blas")
    _RUNTIME["depth"] += 1
    try:
        yield
    finally:
        _RUNTIME["depth"] -= 1
        if _RUNTIME["depth"] == 0:
            gc.set_threshold(*_RUNTIME["gc"])
            if _RUNTIME["switch"] is not None:
                _RUNTIME["switch"](_RUNTIME["hugepage"])
            _RUNTIME["blas"].restore_original_limits()


#: texts longer than this (characters) are parsed in pieces cut at paragraph breaks and joined back, so
#: spaCy's ``max_length`` (1,000,000) is never reached whatever ``max_text_bytes`` allows
PARSE_CHUNK = 100_000
#: runs without whitespace longer than this are tokenized in pieces of ``_RUN_PIECE`` characters
#: (spaCy's tokenizer takes time quadratic in the length of such a run: 40 KB of '"' took minutes)
LONG_RUN = 1000
_RUN_PIECE = 100
_LONG_RUN_RX = re.compile(rf"(?<!\S)\S{{{LONG_RUN}}}")
_LONG_RUNS_RX = re.compile(rf"(?<!\S)\S{{{LONG_RUN},}}")


def _ordinary(text: str) -> bool:
    """Short enough for the batched parse, and no run without whitespace over ``LONG_RUN`` (the split is
    C speed and ~6x faster than a regex search; only texts up to ``PARSE_CHUNK`` are split)."""
    return len(text) <= PARSE_CHUNK and (len(text) < LONG_RUN or max(map(len, text.split()), default=0) < LONG_RUN)


def _chunks(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, each ending at a paragraph break where
    there is one (else a line break, a sentence end, a space, and only then anywhere)."""
    out: list[str] = []
    start, n = 0, len(text)
    while n - start > size:
        end = start + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = text.rfind(sep, start + size // 2, end)
            if k != -1:
                cut = k + len(sep)
                break
        if cut == -1:
            cut = end
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _make_doc(nlp, text: str):
    """A tokenized Doc of ``text`` whose runs without whitespace over ``LONG_RUN`` characters are cut into
    tokens of ``_RUN_PIECE`` characters (same text, same offsets)."""
    from spacy.tokens import Doc

    if _LONG_RUN_RX.search(text) is None:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in _LONG_RUNS_RX.finditer(text):
        part = text[pos:m.start()]
        if part:
            if part.startswith(" ") and words and not spaces[-1]:
                spaces[-1] = True  # one space after the previous run is that token's whitespace
                part = part[1:]
            if part:
                d = nlp.tokenizer(part)
                words += [t.text for t in d]
                spaces += [bool(t.whitespace_) for t in d]
        run = m.group()
        for k in range(0, len(run), _RUN_PIECE):
            words.append(run[k:k + _RUN_PIECE])
            spaces.append(False)
        pos = m.end()
    rest = text[pos:]
    if rest.startswith(" ") and words and not spaces[-1]:
        spaces[-1] = True
        rest = rest[1:]
    if rest:
        d = nlp.tokenizer(rest)
        words += [t.text for t in d]
        spaces += [bool(t.whitespace_) for t in d]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != text:  # (never seen; the check keeps every offset honest)
        raise NewsgraphError("text could not be tokenized (a very long run of characters without spaces)")
    return doc


def parse_text(nlp, text: str):
    """The parse of one text of any length up to ``max_text_bytes``: texts over ``PARSE_CHUNK`` characters
    are parsed in pieces cut at paragraph breaks and joined (``Doc.from_docs``, same text and offsets)."""
    from spacy.tokens import Doc

    pieces = _chunks(text, PARSE_CHUNK) if len(text) > PARSE_CHUNK else [text]
    docs = []
    for piece in pieces:
        doc = _make_doc(nlp, piece)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        docs.append(doc)
    if len(docs) == 1:
        return docs[0]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:
        raise NewsgraphError("text could not be parsed in pieces (offsets would not hold)")
    return doc


class Pipeline:
    """Loads the model and knowledge base once; turns inputs into :class:`Document` records."""

    def __init__(self, settings: Settings | None = None, nlp=None, kb: KnowledgeBase | None = None):
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_model(self.settings.model)
        self.kb = kb if kb is not None else load_kb(tuple(str(f) for f in self.settings.actors))

    @property
    def model_name(self) -> str:
        return self.nlp.meta.get("newsgraph", {}).get("model") or self.nlp.meta.get("name", "?")

    def analyse(self, article: Article, doc) -> Document:
        an = Analysis(article=article, doc=doc, kb=self.kb)
        for stage in ORDER:
            stage.run(an)
        if self.settings.min_event_confidence > 0:
            an.events = [e for e in an.events if e.confidence >= self.settings.min_event_confidence]
        return an.to_document()

    def process(self, items: Iterable[Article | InputError]) -> Iterator[Document | InputError]:
        """Documents for articles and the errors passed through, in order; parses in batches."""
        with lean_runtime():
            yield from self._process(items)

    def _process(self, items: Iterable[Article | InputError]) -> Iterator[Document | InputError]:
        batch: list[Article | InputError] = []
        seen: dict[str, str] = {}
        for item in items:
            if isinstance(item, Article):
                if item.id in seen:
                    item = DuplicateInput(item.source, f"duplicate of {seen[item.id]} (same text), skipped")
                else:
                    seen[item.id] = item.source
            batch.append(item)
            if sum(isinstance(b, Article) for b in batch) >= self.settings.batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)

    def _flush(self, batch: list[Article | InputError]) -> Iterator[Document | InputError]:
        articles = [b for b in batch if isinstance(b, Article)]
        docs: Iterator | None = self._parse(articles)
        settings = self.settings
        batch_time = settings.time_for(sum(len(a.text) for a in articles))  # the first next() parses them all
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            doc = None
            if docs is not None:
                try:
                    with watchdog(batch_time):
                        doc = next(docs)
                except Exception:  # the batched parse failed or hung: every article left is parsed alone
                    docs = None
            try:
                with watchdog(settings.time_for(len(item.text))):
                    if doc is None:
                        doc = self._parse_one(item.text)
                    out = self.analyse(item, doc)
            except ArticleTimeout as e:
                out = InputError(item.source, f"analysis {e}")
            except NewsgraphError as e:
                out = InputError(item.source, f"analysis failed: {e}")
            except Exception as e:  # a bug on one article must not lose the others
                out = InputError(item.source, f"analysis failed ({e.__class__.__name__}: {e}); please report this")
            yield out

    def _parse(self, articles: list[Article]) -> Iterator:
        """One Doc per article, in order: ordinary texts parsed together (``nlp.pipe``), long ones and
        those with a very long run without spaces on their own (see :func:`parse_text`)."""
        normal = (parse_view(a.text) for a in articles if _ordinary(a.text))
        batched = iter(self.nlp.pipe(normal, batch_size=self.settings.batch_size))
        for a in articles:
            yield next(batched) if _ordinary(a.text) else self._parse_one(parse_view(a.text))

    def _parse_one(self, text: str):
        return parse_text(self.nlp, text)

    def run(self, inputs: Iterable[str | os.PathLike], published: str | None = None,
            errors: ErrorPolicy = "yield") -> Iterator[Document | InputError]:
        """Documents for ``inputs`` in input order, in this process, with the error policy of
        :func:`newsgraph.extract_many` (worker processes, a record of finished inputs:
        :func:`newsgraph.runner.run`)."""
        raws = iter_raw(inputs, self.settings)
        yield from apply_policy(self.process(articles(raws, self.settings, published)), errors)
