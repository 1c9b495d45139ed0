"""The newsgraph/1 contract: every output validates against the shipped JSON Schema, round-trips through
to_dict/from_dict, and every span's offsets reproduce its text."""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsgraph.records import Document
from newsgraph.schema import schema, validate


def _all_docs(seed_doc, example_docs):
    return [seed_doc, *example_docs]


def check_spans(doc: Document) -> int:
    text = doc.article.text
    n = 0
    for path, span in doc.spans():
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"]:span["end"]] == span["text"], f"{path}: offsets do not reproduce the text"
        n += 1
    return n


def check_ids(doc: Document) -> None:
    ids = [a.id for a in doc.actors] + [s.id for s in doc.statements] + [e.id for e in doc.events]
    assert len(ids) == len(set(ids)), "ids must be unique within a document"
    actor_ids = {a.id for a in doc.actors}
    stmt_ids = {s.id for s in doc.statements}
    for s in doc.statements:
        assert s.source is None or s.source.actor is None or s.source.actor in actor_ids
        assert s.addressee is None or s.addressee in actor_ids
        assert s.via is None or s.via in stmt_ids
    for e in doc.events:
        # (an event may have no actor where the text names none: criticism by no one named, an attack
        # whose attacker the article does not tell, "since the shootings in San Bernardino")
        assert set(e.actor) <= actor_ids and set(e.recipient) <= actor_ids
        assert e.attributed_to is None or e.attributed_to in stmt_ids
        assert e.evidence.start <= e.trigger.start and e.trigger.end <= e.evidence.end


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_seed_and_examples_validate_and_round_trip(seed_doc, example_docs):
    assert len(example_docs) >= 5, "examples/ should yield at least five articles"
    for doc in _all_docs(seed_doc, example_docs):
        d = doc.to_dict()
        validate(json.loads(json.dumps(d)))
        assert Document.from_dict(d) == doc
        assert Document.from_dict(json.loads(json.dumps(d))).to_dict() == d
        assert check_spans(doc) > 0
        check_ids(doc)


def test_examples_have_actors_statements_and_events(example_docs):
    for doc in example_docs:
        assert doc.actors, doc.article.source
        assert doc.statements, doc.article.source
    assert sum(len(d.events) for d in example_docs) >= 5


def test_schema_rejects_a_broken_document(seed_doc):
    d = seed_doc.to_dict()
    d["events"][0]["type"] = "PARTY"
    with pytest.raises(jsonschema.ValidationError):
        validate(d)
    d = seed_doc.to_dict()
    del d["article"]["text"]
    with pytest.raises(jsonschema.ValidationError):
        validate(d)
