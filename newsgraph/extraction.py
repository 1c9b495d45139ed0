"""The library's entry points: :func:`extract` (one article) and :func:`extract_many` (many inputs, in
this process or in worker processes), over one :class:`~newsgraph.pipeline.Pipeline` kept per model
and actor dictionaries."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import ErrorPolicy, InputError, apply_policy
from .ingest import Draft, build_article
from .ingest.sources import is_url
from .pipeline import DuplicateInput, Pipeline
from .records import Document
from .runner import run
from .settings import Settings

_default: dict[tuple, Pipeline] = {}


def _pipeline(settings: Settings) -> Pipeline:
    key = (settings.model, tuple(settings.actors))
    if key not in _default:
        _default[key] = Pipeline(settings)
    p = _default[key]
    p.settings = settings
    return p


def extract(text_or_path: str | os.PathLike, published: str | None = None, *, model: str | None = None,
            plain: bool = False, settings: Settings | None = None, source: str | None = None) -> Document:
    """Everything newsgraph finds in one article: a path, a URL, or the article text itself.

    >>> doc = extract("Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Kyiv "
    ...               "on Tuesday.", published="2025-08-14")   # doctest: +SKIP
    """
    settings = (settings or Settings()).with_(model=model, plain=plain or None)
    pipe = _pipeline(settings)
    if isinstance(text_or_path, Path) or (isinstance(text_or_path, str) and _looks_like_path(text_or_path)):
        results = list(pipe.run([text_or_path], published=published, errors="yield"))
        docs = [r for r in results if isinstance(r, Document)]
        errs = [r for r in results if isinstance(r, InputError) and not isinstance(r, DuplicateInput)]
        if errs:
            raise errs[0]
        if len(docs) != 1:
            raise InputError(os.fspath(text_or_path), f"holds {len(docs)} articles; use extract_many()")
        return docs[0]
    article = build_article(Draft(source=source or "<text>", text=str(text_or_path)), settings, published)
    out = next(pipe.process([article]))
    if isinstance(out, InputError):
        raise out
    return out


def extract_many(inputs: Iterable[str | os.PathLike], published: str | None = None, *,
                 model: str | None = None, settings: Settings | None = None,
                 errors: ErrorPolicy = "skip", workers: int = 1) -> Iterator[Document | InputError]:
    """Stream documents for many inputs (files, directories, URLs, ``-``), in input order.

    ``errors``: "skip" drops bad inputs, "yield" yields their :class:`InputError` in place, "raise"
    stops at the first one. ``workers`` > 1 runs extraction in that many processes (same output; no
    model is loaded in this process then).
    """
    settings = (settings or Settings()).with_(model=model)
    pipe = _pipeline(settings) if workers <= 1 else None
    yield from apply_policy(run(inputs, settings, published, workers=workers, pipeline=pipe), errors)


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096:
        return False
    return is_url(s) or s == "-" or os.path.exists(s)
