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
