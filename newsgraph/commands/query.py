"""``newsgraph query``: read-only SQL over the store."""

from __future__ import annotations

import sys

import click

from ..errors import NewsgraphError
from ..settings import load_settings
from ..store.export import format_rows, run_query


@click.command("query")
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table",
              show_default=True, help="Output format.")
@click.option("--max-rows", type=int, default=None, metavar="N", help="Print at most N rows.")
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.pass_context
def command(ctx, sql, fmt, max_rows, db):
    """Run one read-only SQL statement on the store and print the result.

    Tables: articles, actors, mentions, statements, events, stories, story_events, entities,
    actor_entities, relations, article_clusters. Writes and access to other files are refused.

    \b
    Example:
      newsgraph query "SELECT type, count(*) FROM stories GROUP BY type" --format csv
    """
    try:
        db = db or load_settings((ctx.obj or {}).get("config")).db
        cols, rows = run_query(db, sql, max_rows)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    if cols:
        click.echo(format_rows(cols, rows, fmt))
