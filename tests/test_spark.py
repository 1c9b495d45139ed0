"""The Spark runner on local[2]: its Parquet equals what a local ingest stores for the same inputs, the
per-article tables and the cross-article ones (duplicates, entities, stories, relations)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsgraph.cross_article import CROSS_TABLES
from newsgraph.spark import output_columns
from newsgraph.store.export import table_query
from newsgraph.store.rows import TABLES

pytest.importorskip("pyspark", reason="PySpark is a dev dependency: make test installs it")
if shutil.which("java") is None:
    pytest.skip("no Java runtime: make test installs one (default-jre-headless)", allow_module_level=True)

EXAMPLES = Path(__file__).parent.parent / "examples"
FIXTURES = Path(__file__).parent / "fixtures"
# columns that differ between any two runs by design
RUN_COLUMNS = {"ingested_at"}


def test_spark_output_equals_local_ingest(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(EXAMPLES, inputs)
    shutil.copy(FIXTURES / "article.txt", inputs / "article.txt")
    shutil.copy(FIXTURES / "article.txt", inputs / "zz_same_article_again.txt")  # kept once, from the first
    (inputs / "broken.txt").write_bytes(b"")
    syndicated = ((EXAMPLES / "summit_talks.txt").read_text(encoding="utf-8")
                  + "\n\nThe weather in the capital was mild and dry all week.\n")
    (inputs / "summit_talks_syndicated.txt").write_text(syndicated, encoding="utf-8")  # a near-duplicate
    shutil.copy(FIXTURES / "stories" / "wire.jsonl", inputs / "wire_stories.jsonl")  # stories told by several articles
    out = tmp_path / "out"
    env = {"SPARK_LOCAL_IP": "127.0.0.1"}
    r = subprocess.run([sys.executable, "-m", "newsgraph.cli", "spark", str(inputs), "--output", str(out),
                        "--master", "local[2]"], capture_output=True, text=True, timeout=900,
                       env={**os.environ, **env})
    assert r.returncode == 1, r.stderr[-3000:]  # one bad input among good ones
    assert "broken.txt" in r.stderr and "empty" in r.stderr
    db = tmp_path / "local.duckdb"
    r2 = subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", str(inputs), "--db", str(db),
                         "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert r2.returncode == 1, r2.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table in TABLES:
            cols = [c for c, _ in output_columns(table) if c not in RUN_COLUMNS]
            sel = ", ".join(f'"{c}"' for c in cols)
            local = con.execute(f"SELECT {sel} FROM {table} ORDER BY ALL").fetchall()
            spark = con.execute(f"SELECT {sel} FROM read_parquet('{out / table}/*.parquet') ORDER BY ALL").fetchall()
            assert local, table
            assert spark == local, f"{table}: Spark rows differ from the local ingest"
        for table in CROSS_TABLES:
            local = con.execute(f"SELECT * FROM ({table_query(table)}) ORDER BY ALL").fetchall()
            spark = con.execute(f"SELECT * FROM read_parquet('{out / table}/*.parquet') ORDER BY ALL").fetchall()
            assert local, table
            assert spark == local, f"{table}: Spark rows differ from the local ingest"
        # the inputs hold cross-article work: a syndicated copy, stories told by several articles
        assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/article_clusters/*.parquet') "
                           "WHERE canonical_id <> article_id").fetchone()[0] >= 1
        assert con.execute(f"SELECT max(n_articles) FROM read_parquet('{out}/stories/*.parquet')").fetchone()[0] >= 2
        assert not (out / "_article_order").exists()
    finally:
        con.close()
