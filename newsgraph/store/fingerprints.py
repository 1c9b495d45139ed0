"""What the cross-article update and the search read of an article's text, computed once when the article is
written (issue 18: the update's cost per article): its MinHash signature (``article_signatures``), its LSH
band keys (``article_bands``) and its hashed search terms (``article_terms``). :class:`newsgraph.store.Store`
writes them with the article; :func:`newsgraph.store.stories.update_stories` computes them for an article
stored without them (a store written before, a Spark load, a rebuild, which clears them).
"""

from __future__ import annotations

from collections.abc import Iterable

from . import dedup
from .bulk import insert_rows


def compute(articles: Iterable[tuple[str, str | None, str | None]]) -> dict[str, list[list]]:
    """The rows of ``article_signatures``, ``article_bands`` and ``article_terms`` of (id, title, text) each."""
    out: dict[str, list[list]] = {"article_signatures": [], "article_bands": [], "article_terms": []}
    for aid, title, text in articles:
        sig, n = dedup.signature(text or "")
        out["article_signatures"].append([aid, n, dedup.to_blob(sig)])
        if n:
            out["article_bands"].extend([k, aid] for k in dedup.band_keys(sig))
        out["article_terms"].extend([t, aid] for t in dedup.search_terms(f"{title or ''} {text or ''}"))
    return out


_TYPES = {"article_signatures": ("VARCHAR", "INTEGER", "BLOB"), "article_bands": ("UBIGINT", "VARCHAR"),
          "article_terms": ("UBIGINT", "VARCHAR")}


def write(con, rows: dict[str, list[list]]) -> None:
    """Insert what :func:`compute` returned (inside the caller's transaction)."""
    for table, types in _TYPES.items():
        insert_rows(con, table, rows[table], types)


def add(con, articles: Iterable[tuple[str, str | None, str | None]]) -> None:
    """Compute and write the fingerprints of (id, title, text) each."""
    write(con, compute(articles))
