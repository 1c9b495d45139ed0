"""``newsgraph check``: read a whole store and say whether it is sound, and what to do when it is not."""

from __future__ import annotations

import sys

import click

from ..errors import NewsgraphError
from ..settings import load_settings


def check_store(path: str) -> tuple[bool, list[str], list[str]]:
    """(sound, report lines, recorded input sources) for the store at ``path``: every table read whole
    (each row's every column hashed, so a damaged block anywhere is met). Raises :class:`StoreError`
    when the file cannot be opened as a newsgraph store at all."""
    import duckdb

    from ..store import Store
    from ..store.connect import first_line

    lines: list[str] = []
    sound = True
    sources: list[str] = []
    with Store(path, read_only=True) as store:
        con = store.con
        lines.append(f"newsgraph store, schema version {store.version()}")
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_catalog = current_database() ORDER BY table_name").fetchall()]
        for t in tables:
            try:
                n, _ = con.execute(f'SELECT count(*), max(hash(x)) FROM "{t}" AS x').fetchone()
                if t in ("articles", "events", "stories", "inputs"):
                    lines.append(f"{t}: {n:,} row(s)")
            except duckdb.Error as e:
                sound = False
                lines.append(f"{t}: DAMAGED ({first_line(e)})")
        try:
            sources = [r[0] for r in con.execute(
                "SELECT source FROM inputs WHERE status = 'stored' ORDER BY source").fetchall()]
        except duckdb.Error:
            sound = False
    return sound, lines, sources


@click.command("check")
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.option("--list-inputs", is_flag=True, help="Print the inputs whose articles the store holds, one a line "
              "(to rebuild a damaged store from them).")
@click.pass_context
def command(ctx, db, list_inputs):
    """Read the whole store and report whether it is sound (exit 0) or damaged (exit 1).

    Every table is read row by row. A damaged store is never repaired in place: rebuild it by running
    `newsgraph ingest` on its inputs into a new file (--list-inputs prints them), or `newsgraph export`
    the tables that are still readable.

    \b
    Example:
      newsgraph check --db news.duckdb
    """
    from ..store.connect import REPAIR

    db = db or load_settings((ctx.obj or {}).get("config")).db
    try:
        sound, lines, sources = check_store(db)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    for line in lines:
        click.echo(f"newsgraph: {db}: {line}", err=True)
    if list_inputs:
        for s in sources:
            click.echo(s)
    if sound:
        click.echo(f"newsgraph: {db}: sound (every table read whole)", err=True)
        sys.exit(0)
    click.echo(f"newsgraph: {db}: the database is damaged; {REPAIR}", err=True)
    sys.exit(1)
