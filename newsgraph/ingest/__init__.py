"""Ingest: any input (file, directory, ``-``, URL; text, HTML, JSONL, WARC, gzip) to clean Articles."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..errors import InputError
from ..records import Article
from ..settings import Settings
from .article import Draft, build_article, content_id
from .sources import iter_drafts

__all__ = ["iter_articles", "Draft", "build_article", "content_id"]


def iter_articles(inputs: Iterable[str | os.PathLike], settings: Settings,
                  published: str | None = None) -> Iterator[Article | InputError]:
    """Articles (or the :class:`InputError` of each bad input), in input order."""
    for item in iter_drafts(inputs, settings):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield build_article(item, settings, published)
        except InputError as e:
            yield e
