"""Helpers shared by the events tests: code a short whole article written for a test, and read the
records it gives (imported as `from event_helpers import ...`; tests/ is on the path as for web_harness)."""

from __future__ import annotations

from newsgraph.records import Article


def code(pipeline, text, published="2025-03-14", source="s"):
    """The analysed document of `text` as an article published on `published`."""
    art = Article(id=source, source=source, text=text, published=published)
    return pipeline.analyse(art, pipeline.nlp(text))


def names(doc, ids):
    """The sorted names of the actors `ids` of `doc`."""
    return sorted(doc.actor(a).name for a in ids)


def typed(doc, type_):
    """The events of one type."""
    return [e for e in doc.events if e.type == type_]


def with_trigger(doc, type_, trigger):
    """The events of one type at a trigger word."""
    return [e for e in doc.events if e.type == type_ and e.trigger.text == trigger]


def at(doc, trigger):
    """The first event at a trigger word (fails, listing the events, where there is none)."""
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def date_of(e):
    """An event's (date value, basis), (None, None) where it has no date."""
    return (e.date.value, e.date.basis) if e.date is not None else (None, None)
