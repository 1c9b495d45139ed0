"""The DuckDB store: migrations safe to run twice, one transaction per article, round trip of documents."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from newsgraph.store import MIGRATIONS, Store


def test_migrations_apply_once_and_are_safe_to_rerun(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        assert s.version() == MIGRATIONS[-1][0]
    with Store(db) as s:  # opening again re-runs nothing
        s.migrate()
        n = s.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
        assert n == len(MIGRATIONS)


def test_document_round_trip_and_idempotent_add(tmp_path, seed_doc):
    with Store(tmp_path / "s.duckdb") as s:
        assert s.add(seed_doc, model="m") is True
        assert s.add(seed_doc, model="m") is False
        assert s.get(seed_doc.article.id) == seed_doc
        st = s.stats()
        assert st["articles"] == 1 and st["events"] == len(seed_doc.events)
        assert st["statements"] == len(seed_doc.statements)
        assert st["mentions"] == sum(len(a.mentions) for a in seed_doc.actors)


def test_a_failing_article_leaves_nothing_half_written(tmp_path, seed_doc):
    # two statements with the same id violate the primary key half-way through the article's inserts
    s0 = seed_doc.statements[0]
    broken = dataclasses.replace(seed_doc, statements=(s0, s0))
    with Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(duckdb.Error):
            s.add(broken)
        for table in ("articles", "actors", "mentions", "statements", "events"):
            assert s.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert s.add(seed_doc) is True  # and the store is still usable


def test_row_layout_matches_the_tables(tmp_path):
    from newsgraph.store.rows import COLUMNS

    with Store(tmp_path / "s.duckdb") as s:
        for table, cols in COLUMNS.items():
            got = s.con.execute(f"SELECT column_name, data_type FROM information_schema.columns "
                                f"WHERE table_name = '{table}' ORDER BY ordinal_position").fetchall()
            assert [c for c, _ in got][: len(cols)] == [c for c, _ in cols], table


def _table_rows(con, table: str) -> list[tuple]:
    from newsgraph.store.rows import COLUMNS

    cols = ", ".join(f'"{c}"' for c, _ in COLUMNS[table] if c != "ingested_at")
    return con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()


def test_a_batch_stores_the_rows_that_row_by_row_inserts_store(tmp_path, example_docs, seed_doc):
    """The batched write (one statement per table, columns handed to DuckDB) gives every column the value
    and type that one ``INSERT … VALUES`` per row gives: None, empty lists, dates, JSON, numbers."""
    from datetime import datetime

    from newsgraph.store.rows import COLUMNS, document_rows

    docs = [*example_docs, seed_doc]
    with Store(tmp_path / "batch.duckdb") as s:
        assert s.write(docs, model="m") == [True] * len(docs)
        batched = {t: _table_rows(s.con, t) for t in COLUMNS}
    with Store(tmp_path / "rows.duckdb") as s:
        for doc in docs:  # the reference: one INSERT per row
            for table, rows in document_rows(doc, "m", datetime(2025, 1, 1)).items():
                for row in rows:
                    s.con.execute(f"INSERT INTO {table} VALUES ({','.join('?' * len(row))})", row)
        reference = {t: _table_rows(s.con, t) for t in COLUMNS}
    assert all(reference[t] for t in ("articles", "actors", "mentions", "statements", "events"))
    assert batched == reference


def test_a_batch_is_idempotent_and_records_every_input(tmp_path, example_docs):
    a, b = example_docs[:2]

    def copy(doc, source):
        return dataclasses.replace(doc, article=dataclasses.replace(doc.article, source=source))

    with Store(tmp_path / "s.duckdb") as s:
        assert s.write([a]) == [True]
        # a stored before, b twice in the batch (kept once), and two inputs finished without a document
        got = s.write([copy(a, "a-again.txt"), b, copy(b, "b-again.txt")],
                      marks=[("x.txt", "failed", "empty"), ("y.html", "skipped", "not English")])
        assert got == [False, True, False]
        assert s.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        inputs = dict(s.con.execute("SELECT source, status FROM inputs").fetchall())
        assert inputs == {a.article.source: "stored", b.article.source: "stored", "a-again.txt": "duplicate",
                          "b-again.txt": "duplicate", "x.txt": "failed", "y.html": "skipped"}
        assert s.con.execute("SELECT source FROM articles WHERE id = ?", [b.article.id]).fetchone()[0] == \
            b.article.source
        stamps = [r[0] for r in s.con.execute("SELECT ingested_at FROM articles ORDER BY ingested_at").fetchall()]
        assert stamps[0] < stamps[1]


def test_a_failing_batch_leaves_nothing_written_not_even_its_inputs(tmp_path, seed_doc, example_docs):
    s0 = seed_doc.statements[0]
    broken = dataclasses.replace(seed_doc, statements=(s0, s0))
    with Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(duckdb.Error):
            s.write([example_docs[0], broken], marks=[("x.txt", "failed", "empty")])
        for table in ("articles", "actors", "mentions", "statements", "events", "inputs"):
            assert s.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_migration_8_stores_participant_labels_uncompressed(tmp_path):
    """A store of schema 7: after migration 8 the participants' label column is stored uncompressed (updated in
    place at every cross-article update), the rows are kept, an actor's timeline reads them as before, and
    only the index that a page reads is left on the table."""
    from newsgraph.store import queries

    db = tmp_path / "v7.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    for version, sql in MIGRATIONS:
        if version <= 7:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, NULL)", [version])
    con.execute("INSERT INTO story_participants VALUES "
                "('p:ana', 's1', 'actor', 'CONSULT', DATE '2025-03-17', 2.5, 2, 'CONSULT: Ana → Bob'), "
                "('p:bob', 's1', 'recipient', 'CONSULT', DATE '2025-03-17', 2.5, 2, 'CONSULT: Ana → Bob'), "
                "('p:ana', 's2', 'recipient', 'ACCUSE', DATE '2025-03-18', -3.0, 1, 'ACCUSE: Bob → Ana')")
    con.close()
    with Store(db) as s:
        assert s.version() >= 8
        assert "USING COMPRESSION" in s.con.execute(
            "SELECT sql FROM duckdb_tables() WHERE table_name = 'story_participants'").fetchone()[0]
        assert s.con.execute("SELECT count(*) FROM story_participants").fetchone()[0] == 3
        idx = {r[0] for r in s.con.execute("SELECT index_name FROM duckdb_indexes() "
                                           "WHERE table_name = 'story_participants'").fetchall()}
        assert idx == {"story_participants_entity"}
        tl = queries.entity_timeline(s.con, "p:ana")
        assert [(t["story_id"], t["role"], t["label"]) for t in tl] == [
            ("s2", "recipient", "ACCUSE: Bob → Ana"), ("s1", "actor", "CONSULT: Ana → Bob")]
        s.con.execute("INSERT INTO story_participants SELECT 'p:cid', 'long' || i, 'actor', 'AGREE', "
                      "DATE '2025-03-19', 2.5, 1, 'AGREE: Person number ' || i FROM range(5000) t(i)")
        s.con.execute("CHECKPOINT")
        kinds = {r[0] for r in s.con.execute("SELECT compression FROM pragma_storage_info('story_participants') "
                                             "WHERE column_name = 'label' AND segment_type = 'VARCHAR'").fetchall()}
        assert kinds == {"Uncompressed"}
