"""Helpers shared by the statements tests: extract a short whole article written for a test and read its
statements (imported as `from statement_helpers import ...`; tests/ is on the path as for web_harness)."""

from __future__ import annotations


def extract(text, published="2025-09-10"):
    """The document of ``text`` as an article published on ``published``."""
    import newsgraph

    return newsgraph.extract(text, published=published)


def cues(text: str) -> dict[str, list]:
    """The article's statements by the lower-cased words of their cue ("" for none)."""
    found: dict[str, list] = {}
    for st in extract(text).statements:
        found.setdefault(st.cue.text.lower() if st.cue is not None else "", []).append(st)
    return found


def show(by_cue) -> dict:
    """Statements by cue as (source words, content words), for assertion messages."""
    return {k: [(s.source.text if s.source else None, s.content.text) for s in v] for k, v in by_cue.items()}


def speaker(doc, st):
    """The name of the actor a statement's source resolves to, or None."""
    a = doc.actor(st.source.actor) if st.source is not None and st.source.actor else None
    return a.name if a is not None else None
