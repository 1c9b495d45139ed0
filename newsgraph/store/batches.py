"""An ingest's results written in batches: documents and the record of the inputs they finish are kept in
memory until ``size`` results (or ``seconds``) have gathered, then written in one transaction
(:meth:`newsgraph.store.Store.write`). A process killed at any moment leaves whole batches only: the
results it had not written are not recorded as done either, so the same ingest run again redoes them,
and nothing is stored twice."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from ..records import Document

#: results per transaction (``Settings.store_batch``); 64 writes ~6x faster than one per article
#: (`benchmarks/README.md`, store writes) and an interrupted run redoes at most that many
BATCH = 64
#: a batch is written at the latest this long after its first result, so a slow stream still commits
SECONDS = 2.0


class BatchWriter:
    """Gathers documents and finished inputs; ``on_written(doc, stored)`` is called for each document once
    its batch is committed (``stored`` False: its article was already in the store)."""

    def __init__(self, store, model: str | None = None, size: int = BATCH, seconds: float = SECONDS,
                 on_written: Callable[[Document, bool], None] | None = None):
        self.store, self.model, self.size, self.seconds = store, model, max(1, size), seconds
        self.on_written = on_written
        self._docs: list[Document] = []
        self._stamps: list[datetime] = []
        self._marks: list[tuple[str, str, str | None]] = []
        self._since: float | None = None
        self.stored = 0

    def document(self, doc: Document) -> None:
        self._docs.append(doc)
        self._stamps.append(datetime.now(UTC).replace(tzinfo=None))  # ingest order is the update's order
        self._added()

    def finished(self, source: str, status: str, reason: str | None = None) -> None:
        """An input finished without a document: "skipped" (on purpose) or "failed"."""
        self._marks.append((source, status, reason))
        self._added()

    @property
    def pending(self) -> int:
        return len(self._docs) + len(self._marks)

    def _added(self) -> None:
        if self._since is None:
            self._since = time.monotonic()
        if self.pending >= self.size or time.monotonic() - self._since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Write what has gathered, in one transaction."""
        if not self.pending:
            return
        docs = self._docs
        written = self.store.write(docs, self._marks, model=self.model, stamps=self._stamps)
        self._docs, self._stamps, self._marks, self._since = [], [], [], None
        self.stored += sum(written)
        if self.on_written is not None:
            for doc, new in zip(docs, written, strict=True):
                self.on_written(doc, new)
