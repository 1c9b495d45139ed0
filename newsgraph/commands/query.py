"""``newsgraph query``: read-only SQL over the store."""

from __future__ import annotations

import sys

import click

from ..errors import NewsgraphError
from ..settings import load_settings
from ..store.export import QUERY_LIMIT, QUERY_MEMORY, QUERY_TIMEOUT, Query, format_rows


@click.command("query")
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table",
              show_default=True, help="Output format.")
@click.option("--limit", "--max-rows", "limit", type=click.IntRange(0), default=QUERY_LIMIT, show_default=True,
              metavar="N", help="Print at most N rows (0: all; a note on stderr says when there were more).")
@click.option("--timeout", type=click.FloatRange(0), default=QUERY_TIMEOUT, show_default=True, metavar="SECONDS",
              help="Stop the query after this long (0: never).")
@click.option("--memory", default=QUERY_MEMORY, show_default=True, metavar="SIZE",
              help="Memory the query may use (e.g. 512MB, 4GB).")
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.pass_context
def command(ctx, sql, fmt, limit, timeout, memory, db):
    """Run one read-only SQL statement on the store and print the result, streamed.

    Tables: articles, actors, mentions, statements, events, stories, story_events, entities,
    actor_entities, relations, article_clusters. Refused: writes, several statements, other files,
    network, extensions and ATTACH. At most --limit rows are printed, within --timeout and --memory.

    \b
    Example:
      newsgraph query "SELECT type, count(*) FROM stories GROUP BY type" --format csv
    """
    try:
        db = db or load_settings((ctx.obj or {}).get("config")).db
        with Query(db, sql, limit=limit, timeout=timeout, memory=memory, cap_process=True) as q:
            if q.columns:
                _print(q, fmt)
            if q.more:
                click.echo(f"newsgraph: showing the first {q.fetched:,} rows; --limit N shows more (0: all)",
                           err=True)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)


def _print(q: Query, fmt: str) -> None:
    if fmt == "table":  # column widths need every row: at most --limit of them
        click.echo(format_rows(q.columns, [r for b in q.batches() for r in b], fmt))
        return
    first = True
    if fmt == "json":
        click.echo("[", nl=False)
    for batch in q.batches():
        if fmt == "csv":
            text = format_rows(q.columns, batch, "csv")
            click.echo(text if first else text.split("\n", 1)[1] if "\n" in text else "")
        elif fmt == "jsonl":
            click.echo(format_rows(q.columns, batch, "jsonl"))
        else:
            body = format_rows(q.columns, batch, "json").strip()[1:-1].strip()
            if body:
                click.echo(("" if first else ",\n") + body, nl=False)
        first = False
    if fmt == "csv" and first:
        click.echo(format_rows(q.columns, [], "csv"))
    if fmt == "json":
        click.echo("]")
