"""Answers kept while the store cannot change: an LRU of whole GET responses (pages and JSON), served
without touching the database, and only while the server holds its read-only connection.

DuckDB lets no process write a file that another process has open, so while the server's read-only
connection is open the data is what it was when the connection was opened: an answer computed on that
connection (its *generation*, see :class:`newsgraph.web.app._DB`) is still right. The connection is
closed a second after the last request, or as soon as a writer waits for the file
(:func:`newsgraph.store.writer_waiting`); a new connection starts a new generation and no older answer is
served again. So a writer is never held up by cached answers, and the first request after a write sees
the new data, as without the cache. Downloads and static files are not kept (big, or already cheap)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class _Entry:
    generation: int
    status: int
    headers: list
    body: bytes


class ResponseCache:
    """ASGI middleware in front of the FastAPI app; ``db`` is its :class:`~newsgraph.web.app._DB`."""

    MAX_ENTRIES = 1024
    MAX_BYTES = 64 * 2**20
    MAX_ITEM = 1 * 2**20

    def __init__(self, app, db):
        self.app = app
        self.db = db
        self.entries: OrderedDict[tuple, _Entry] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    @staticmethod
    def cacheable(scope) -> bool:
        path = scope.get("path", "")
        return (scope["type"] == "http" and scope.get("method") == "GET" and not path.startswith("/static/")
                and not path.endswith((".csv", ".parquet")))

    async def __call__(self, scope, receive, send):
        if not self.cacheable(scope):
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""))
        gen = self.db.hold()  # None: no open connection, or a writer waits (answer afresh)
        if gen is not None:
            with self.lock:
                hit = self.entries.get(key)
                if hit is not None and hit.generation == gen:
                    self.entries.move_to_end(key)
                    self.hits += 1
                else:
                    hit = None
            if hit is not None:
                await send({"type": "http.response.start", "status": hit.status, "headers": hit.headers})
                await send({"type": "http.response.body", "body": hit.body})
                return
        self.misses += 1
        start: dict = {}
        chunks: list[bytes] = []

        async def keep(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        body = b"".join(chunks)
        generation = scope.get("newsgraph.generation")  # set by the request's database dependency
        if start.get("status") != 200 or len(body) > self.MAX_ITEM or generation is None:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self.entries[key] = _Entry(generation, 200, list(start.get("headers", [])), body)
            self.size += len(body)
            while len(self.entries) > self.MAX_ENTRIES or self.size > self.MAX_BYTES:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)
