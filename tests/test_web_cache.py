"""The response cache (newsgraph/web/cache.py) on the real application and a real store, called as ASGI:
an answer is kept only while the read-only connection it was computed on is held; a closed connection or
a waiting writer means answering afresh."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from newsgraph.records import Document
from newsgraph.store import WAITING_SUFFIX, Store
from newsgraph.store.stories import update_stories
from newsgraph.web.app import create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> Path:
    path = tmp_path_factory.mktemp("cache") / "news.duckdb"
    with Store(path) as s:
        for d in pipeline.run([str(EXAMPLES)]):
            if isinstance(d, Document):
                s.add(d)
        update_stories(s)
    return path


def _get(app, path: str, query: bytes = b"") -> tuple[int, bytes]:
    out: dict = {"body": b""}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(), "query_string": query,
             "headers": [(b"host", b"127.0.0.1")], "scheme": "http", "server": ("127.0.0.1", 80),
             "client": ("127.0.0.1", 1), "http_version": "1.1", "root_path": ""}
    asyncio.run(app(scope, receive, send))
    return out["status"], out["body"]


def test_answers_are_kept_only_while_the_connection_is_held(db):
    guard = create_app(str(db), allowed_hosts=None)
    cache = guard.app
    state = cache.db
    first = _get(guard, "/api/summary")
    assert first[0] == 200 and (cache.hits, cache.misses) == (0, 1)
    assert _get(guard, "/api/summary") == first and cache.hits == 1  # kept
    assert _get(guard, "/stories", b"type=CONSULT")[0] == 200 and cache.misses == 2
    assert _get(guard, "/stories", b"type=ASSAULT")[0] == 200 and cache.misses == 3  # the query is part of the key
    assert _get(guard, "/nope")[0] == 404 and _get(guard, "/nope")[0] == 404
    assert cache.misses == 5  # errors are never kept
    state.close()  # the connection let go (as a second after the last request): the store may change now
    assert _get(guard, "/api/summary") == first and cache.misses == 6 and cache.hits == 1
    marker = Path(str(db) + WAITING_SUFFIX)
    marker.touch()  # a writer waits: no kept answer, the connection is let go (503 until the writer is done)
    try:
        assert _get(guard, "/api/summary")[0] == 503 and cache.hits == 1
    finally:
        marker.unlink()
    assert _get(guard, "/api/summary") == first and cache.hits == 1  # a new connection: answered afresh
    time.sleep(state.LINGER + 0.5)
    assert state.con is None  # an idle server holds nothing, cache or not
    state.close()
