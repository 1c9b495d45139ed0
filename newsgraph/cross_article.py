"""The cross-article tables of a Spark run (duplicates, entities, stories, relations), computed with DuckDB
on the driver over the per-article Parquet datasets the executors wrote.

The per-article tables are loaded, in input order, into a new store in a temporary folder, and
:func:`newsgraph.store.stories.update_stories` — the code a local ``newsgraph ingest`` runs — computes
the rest; each cross-article table is written to ``DIR/<table>/`` with the columns of ``newsgraph export``.
So the rows equal a local ingest of the same inputs by construction. The cost is that of a local update
(one process; DuckDB reads the Parquet in place): the extraction, which costs far more per article, is
what the cluster spreads. The output folder must be one the driver can open as a file system (local or
mounted); elsewhere (``s3a://…``) the step is skipped, and loading the Parquet into a store
(:func:`load_parquet`) and running ``update_stories`` gives the same tables later.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .store import Store
from .store.export import table_query
from .store.rows import COLUMNS, TABLES
from .store.stories import update_stories

#: the tables computed across articles, as ``newsgraph export`` names and shapes them
CROSS_TABLES = ("article_clusters", "entities", "actor_entities", "stories", "story_events", "relations")
#: (id, _order, _k) of every article kept: its input's position and its position within that input
ORDER = "_article_order"


def _files(folder: Path) -> str | None:
    """The glob of a Parquet dataset's files, or None when it holds none (an empty table)."""
    return str(folder / "*.parquet").replace("'", "''") if any(folder.glob("*.parquet")) else None


def load_parquet(store: Store, folder: str | Path) -> int:
    """Load the per-article tables of a Spark output folder into ``store`` (empty), articles stamped in
    input order (``ingested_at`` strictly increasing by input, then position within it; the order in which
    the cross-article update reads articles, as a local ingest stamps them). Returns the articles loaded."""
    folder = Path(folder)
    con = store.con
    arts, order = _files(folder / "articles"), _files(folder / ORDER)
    if arts is None:
        return 0
    cols = [c for c, _ in COLUMNS["articles"] if c not in ("ingested_at", "doc")]
    sel = ", ".join(f'a."{c}"' for c in cols)
    rank = ("row_number() OVER (ORDER BY o._order, o._k, a.id)" if order else "row_number() OVER (ORDER BY a.id)")
    join = f"JOIN read_parquet('{order}') o ON o.id = a.id" if order else ""
    with store._transaction("load"):
        con.execute(f"""
            INSERT INTO articles ({", ".join(f'"{c}"' for c in cols)}, ingested_at)
            SELECT {sel}, a.ingested_at + to_microseconds({rank}) FROM read_parquet('{arts}') a {join}""")
        for table in TABLES:
            if table != "articles" and (files := _files(folder / table)):
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{files}')")
    return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def write_cross_article_tables(folder: str | Path, work_dir: str | None = None) -> dict[str, int]:
    """Compute the cross-article tables of the Spark output in ``folder`` and write each to
    ``folder/<table>/part-00000.parquet`` (replacing what an earlier run wrote); rows per table."""
    folder = Path(folder)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(dir=work_dir) as d, Store(Path(d) / "cross.duckdb") as store:
        load_parquet(store, folder)
        update_stories(store)
        for table in CROSS_TABLES:
            target = folder / table
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            q = table_query(table)
            counts[table] = store.con.execute(f"SELECT count(*) FROM ({q})").fetchone()[0]
            path = str(target / "part-00000.parquet").replace("'", "''")
            store.con.execute(f"COPY ({q}) TO '{path}' (FORMAT parquet, COMPRESSION zstd)")
    return counts
