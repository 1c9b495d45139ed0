"""The embedded store: one DuckDB file. Versioned migrations, idempotent ingest by content hash,
one transaction per batch of articles together with the record of the inputs it finishes (nothing
half-written after a failure or an interrupt, nothing stored twice after a rerun), one writer at a
time."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from ..errors import StoreBusy, StoreError
from ..records import Document
from . import fingerprints
from .bulk import insert_rows
from .connect import SAFE_CONFIG, is_locked, is_storage_failure, newsgraph_version, store_error
from .rows import COLUMNS, document_rows
from .schema_v3 import SQL as _SCHEMA_V3
from .schema_v5 import SQL as _SCHEMA_V5
from .schema_v6 import SQL as _SCHEMA_V6
from .schema_v7 import SQL as _SCHEMA_V7
from .schema_v8 import SQL as _SCHEMA_V8
from .schema_v9 import SQL as _SCHEMA_V9
from .schema_v10 import SQL as _SCHEMA_V10

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
        published DATE, language VARCHAR, text VARCHAR, headings JSON, authors VARCHAR[],
        published_from VARCHAR, model VARCHAR, ingested_at TIMESTAMP, doc JSON);
    CREATE TABLE IF NOT EXISTS actors (
        article_id VARCHAR, id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR,
        title VARCHAR, kb_id VARCHAR, attributes VARCHAR[], n_mentions INTEGER, PRIMARY KEY (article_id, id));
    CREATE TABLE IF NOT EXISTS mentions (
        article_id VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
    CREATE TABLE IF NOT EXISTS statements (
        article_id VARCHAR, id VARCHAR, kind VARCHAR, source_actor VARCHAR, source_text VARCHAR,
        source_start INTEGER, source_end INTEGER, anonymous BOOLEAN, cue VARCHAR, cue_start INTEGER,
        cue_end INTEGER, content VARCHAR, content_start INTEGER, content_end INTEGER, addressee VARCHAR,
        via VARCHAR, PRIMARY KEY (article_id, id));
    CREATE TABLE IF NOT EXISTS events (
        article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, actors VARCHAR[], recipients VARCHAR[],
        status VARCHAR, date VARCHAR, date_text VARCHAR, date_precision VARCHAR, date_basis VARCHAR,
        place VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, attributed_to VARCHAR,
        trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, evidence VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, confidence DOUBLE, score DOUBLE,
        PRIMARY KEY (article_id, id));
    CREATE INDEX IF NOT EXISTS events_type ON events(type);
    CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(article_id, actor_id);
    """),
    (2, """
    -- every input (file, URL, JSONL line, WARC record) an ingest finished with, so a rerun skips it
    CREATE TABLE IF NOT EXISTS inputs (
        source VARCHAR PRIMARY KEY, status VARCHAR, article_id VARCHAR, reason VARCHAR,
        processed_at TIMESTAMP);
    """),
    (3, _SCHEMA_V3),  # across articles: near-duplicates, entities, stories, relations, search terms
    (4, """
    -- the story page fetches the evidence of a story by article: an index lookup, not a scan of all events
    CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
    """),
    (5, _SCHEMA_V5),  # relations count facts apart from claims; the event_dyads view
    (6, _SCHEMA_V6),  # stories.standing and claimed_by; undated counts; claimed_by in event_dyads
    (7, _SCHEMA_V7),  # indexes no query reads dropped: each costs at every update's commit and checkpoint
    (8, _SCHEMA_V8),  # story_participants.label uncompressed (updated in place per update), its story index dropped
    (9, _SCHEMA_V9),  # story_events carry their evidence, in day order (the update reads the touched days only)
    (10, _SCHEMA_V10),  # story_events, actor_entities without indexes (written at each checkpoint); pages read by day
]


#: column types of ``inputs`` (migration 2), and how a batch records an input again (its last state wins)
INPUT_TYPES = ("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "TIMESTAMP")
_INPUT_UPSERT = ("ON CONFLICT (source) DO UPDATE SET status = excluded.status, article_id = excluded.article_id, "
                 "reason = excluded.reason, processed_at = excluded.processed_at")

#: how long a writer waits for readers (``newsgraph serve`` between requests, an export) to let go
WRITER_WAIT = 5.0
#: next to the database while a writer waits for it: readers that can (the web server) stop opening it
WAITING_SUFFIX = ".writer-waiting"


def writer_waiting(path: str | os.PathLike) -> bool:
    """Whether a process is waiting to open this database for writing (its marker fresh: a killed
    writer's leftover marker counts for a few seconds only)."""
    try:
        age = time.time() - os.stat(str(path) + WAITING_SUFFIX).st_mtime
    except OSError:
        return False
    return age < 3 * WRITER_WAIT


class Store:
    """A DuckDB file holding articles and what was extracted from them.

    DuckDB lets one process write a file, and no other process read it meanwhile. A writer that finds
    the file open elsewhere waits up to ``wait`` seconds, with a marker file next to the database that
    tells the web server (``newsgraph serve``, which opens the file per request) to let go of it."""

    def __init__(self, path: str | os.PathLike, read_only: bool = False, wait: float = WRITER_WAIT):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (run `newsgraph ingest` first)")
        self.con = self._connect(read_only, 0.0 if read_only else wait)
        try:  # another program's DuckDB file, or a newer newsgraph's, is refused before anything is written
            found = newsgraph_version(self.con, self.path, MIGRATIONS[-1][0])
            if read_only and found == 0:
                raise StoreError(f"{self.path}: holds no newsgraph tables (run `newsgraph ingest` first)")
            if not read_only:
                self.migrate()
        except BaseException:
            self.close()
            raise

    def _connect(self, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + wait
        marker = Path(self.path + WAITING_SUFFIX)
        waiting = False
        try:
            while True:
                try:
                    return duckdb.connect(self.path, read_only=read_only, config=SAFE_CONFIG)
                except duckdb.Error as e:
                    if not is_locked(e):  # (a checksum error's "block" is no lock)
                        raise store_error(self.path, e, "open") from e
                    if time.monotonic() >= deadline:
                        raise StoreBusy(f"{self.path}: database is in use by another newsgraph process "
                                        "(one writer at a time); wait for it to finish") from e
                    marker.touch()  # (again: it stays fresh while we wait)
                    waiting = True
                    time.sleep(0.1)
        finally:
            if waiting:
                marker.unlink(missing_ok=True)

    # -- schema -------------------------------------------------------------------------------------
    def version(self) -> int:
        try:
            row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except duckdb.CatalogException:
            return 0
        except duckdb.Error as e:
            raise store_error(self.path, e) from e
        return row[0] or 0

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
        current = self.version()
        for version, sql in MIGRATIONS:
            if version <= current:
                continue
            with self._transaction("update the schema of"):
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, _now()])

    @contextmanager
    def _transaction(self, doing: str = "write"):
        """One transaction; on failure it is rolled back and the real error (a full disk, damage) is the
        one reported, not the rollback's own ("cannot rollback - no transaction is active")."""
        c = self.con
        try:
            c.execute("BEGIN TRANSACTION")
            yield c
            c.execute("COMMIT")
        except BaseException as e:
            try:
                c.execute("ROLLBACK")
            except duckdb.Error:
                pass
            if isinstance(e, duckdb.Error) and is_storage_failure(e):
                raise store_error(self.path, e, doing) from e
            raise

    # -- writing ------------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def done_sources(self, retry_failed: bool = False) -> set[str]:
        """Inputs an earlier ingest finished with (stored, skipped on purpose, or failed unless
        ``retry_failed``): a rerun skips them."""
        sql = "SELECT source FROM inputs" + (" WHERE status <> 'failed'" if retry_failed else "")
        try:
            return {r[0] for r in self.con.execute(sql).fetchall()}
        except duckdb.Error as e:
            raise store_error(self.path, e) from e

    def failed_sources(self) -> dict[str, str]:
        """Inputs that failed in an earlier ingest, with the reason."""
        return dict(self.con.execute("SELECT source, reason FROM inputs WHERE status = 'failed'").fetchall())

    def mark_input(self, source: str, status: str, article_id: str | None = None, reason: str | None = None) -> None:
        try:
            self.con.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)",
                             [source, status, article_id, reason, _now()])
        except duckdb.Error as e:
            raise store_error(self.path, e, "write") from e

    def add(self, doc: Document, model: str | None = None) -> bool:
        """Store one document and its input in one transaction; False (nothing written) when already stored."""
        return self.write([doc], model=model)[0]

    def write(self, docs: Sequence[Document], marks: Sequence[tuple[str, str, str | None]] = (),
              model: str | None = None, stamps: Sequence[datetime] | None = None) -> list[bool]:
        """Store a batch in one transaction: the documents, each with the record of its input ("stored", or
        "duplicate" when its article is already stored, which writes nothing else), and ``marks``, the
        (source, status, reason) of inputs finished without a document ("skipped", "failed"). Either all
        of it is written or none of it: an interrupted batch leaves no article half-written and no input
        recorded as done, so the same ingest run again redoes exactly that batch.

        One statement per table (the rows handed to DuckDB as columns), not one per row. ``stamps``: each
        document's ``ingested_at`` (default: now); kept strictly increasing in batch order, the order the
        cross-article update reads articles in. Each new article's fingerprints (MinHash signature, band keys,
        search terms: :mod:`.fingerprints`) are written with it, so the cross-article update need not compute
        them. Returns, per document, whether it was stored."""
        ids = [d.article.id for d in docs]
        try:
            known = self._stored_ids(ids)
        except duckdb.Error as e:
            raise store_error(self.path, e) from e
        now = _now()
        inputs: dict[str, list] = {}
        for source, status, reason in marks:
            inputs[source] = [source, status, None, reason, now]
        rows: dict[str, list] = {t: [] for t in COLUMNS}
        out: list[bool] = []
        last: datetime | None = None
        for i, doc in enumerate(docs):
            a = doc.article
            new = a.id not in known
            out.append(new)
            inputs[a.source] = [a.source, "stored" if new else "duplicate", a.id, None, now]
            if not new:
                continue
            known.add(a.id)  # the same article twice in a batch: stored once, from the first
            stamp = stamps[i] if stamps is not None else now
            if last is not None and stamp <= last:
                stamp = last + timedelta(microseconds=1)
            last = stamp
            for table, trows in document_rows(doc, model, stamp).items():
                rows[table].extend(trows)
        prints = fingerprints.compute((r[0], r[4], r[7]) for r in rows["articles"])  # (id, title, text)
        with self._transaction() as c:
            insert_rows(c, "inputs", list(inputs.values()), INPUT_TYPES, _INPUT_UPSERT)
            for table, trows in rows.items():
                insert_rows(c, table, trows, [t for _, t in COLUMNS[table]])
            fingerprints.write(c, prints)
        return out

    def _stored_ids(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    # -- reading ------------------------------------------------------------------------------------
    def stats(self) -> dict[str, object]:
        c = self.con
        out: dict[str, object] = {"database": self.path, "schema_version": self.version()}
        for t in ("articles", "actors", "mentions", "statements", "events"):
            out[t] = c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        out["events_by_type"] = dict(c.execute(
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type").fetchall())
        out["statements_by_kind"] = dict(c.execute(
            "SELECT kind, count(*) FROM statements GROUP BY kind ORDER BY kind").fetchall())
        rng = c.execute("SELECT min(published), max(published) FROM articles").fetchone()
        out["published"] = [str(rng[0]) if rng[0] else None, str(rng[1]) if rng[1] else None]
        out["top_actors"] = [
            {"name": n, "country": k, "articles": a} for n, k, a in c.execute(
                "SELECT name, any_value(country), count(DISTINCT article_id) AS n FROM actors "
                "WHERE kind <> 'anonymous' GROUP BY coalesce(kb_id, lower(name)), name "
                "ORDER BY n DESC, name LIMIT 10").fetchall()]
        return out

    def find(self, key: str) -> list[str]:
        """Article ids matching an id, an id prefix, a source or a URL."""
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id = ? OR id LIKE ? OR source = ? OR url = ? ORDER BY id",
            [key, key + "%", key, key]).fetchall()
        return [r[0] for r in rows]

    def get(self, article_id: str) -> Document | None:
        row = self.con.execute("SELECT doc FROM articles WHERE id = ?", [article_id]).fetchone()
        return Document.from_dict(json.loads(row[0])) if row else None

    def documents(self) -> Iterator[Document]:
        for (doc,) in self.con.execute("SELECT doc FROM articles ORDER BY ingested_at, id").fetchall():
            yield Document.from_dict(json.loads(doc))

    def close(self) -> None:
        try:
            self.con.close()
        except duckdb.Error:
            pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
