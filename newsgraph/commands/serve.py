"""``newsgraph serve``: the web page and JSON API over a store, read-only."""

from __future__ import annotations

import sys

import click

from ..errors import NewsgraphError
from ..settings import load_settings


@click.command("serve")
@click.option("--db", metavar="FILE", help="DuckDB file (default: newsgraph.duckdb).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.pass_context
def command(ctx, db, host, port):
    """Browse articles, actors, relations and stories in a web page (read-only; works offline).

    The JSON API is under /api, described by OpenAPI at /openapi.json. The database is opened
    read-only only while requests are answered, so `newsgraph ingest` can add to it while the server
    runs; meanwhile pages answer 503 (Retry-After), and show the new articles once the ingest is done.

    \b
    Example:
      newsgraph serve --db news.duckdb --port 8000
    """
    from ..web import create_app

    try:
        db = db or load_settings((ctx.obj or {}).get("config")).db
        app = create_app(db)
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    import uvicorn

    click.echo(f"newsgraph: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
