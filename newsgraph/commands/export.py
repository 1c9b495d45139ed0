"""``newsgraph export``: tables to Parquet, CSV or JSON lines."""

from __future__ import annotations

import sys

import click

from ..errors import NewsgraphError
from ..settings import load_settings
from ..store.export import TABLES, export


@click.command("export")
@click.argument("out", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet",
              show_default=True, help="File format.")
@click.option("--table", "tables", multiple=True, type=click.Choice(list(TABLES)),
              help="Table to export (repeatable; default: all, one file each in the OUT directory).")
@click.option("--since", metavar="DATE", help="Only rows from this date on (publication date; story date; period).")
@click.option("--until", metavar="DATE", help="Only rows up to this date, inclusive.")
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.pass_context
def command(ctx, out, fmt, tables, since, until, db):
    """Export the store to OUT (a directory, or a file when one --table is given).

    \b
    Example:
      newsgraph export out/ --format parquet
      newsgraph export stories.csv --format csv --table stories --since 2025-03-01
    """
    try:
        db = db or load_settings((ctx.obj or {}).get("config")).db
        for table, path, n in export(db, out, fmt, list(tables) or None, since, until):
            click.echo(f"{table}: {n} row(s) → {path}", err=True)
    except (NewsgraphError, ValueError) as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
