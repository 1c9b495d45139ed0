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
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another Host name the server answers to (repeatable); by default only localhost, "
                   "127.0.0.1, ::1 and the --host address: a page of another site cannot read the API "
                   "by pointing its own name at this machine (DNS rebinding).")
@click.pass_context
def command(ctx, db, host, port, allow_hosts):
    """Browse articles, actors, relations and stories in a web page (read-only; works offline).

    The JSON API is under /api, described by OpenAPI at /openapi.json and browsable at /docs; codes and
    columns at /codebook. The database is opened
    read-only only while requests are answered, so `newsgraph ingest` can add to it while the server
    runs; meanwhile pages answer 503 (Retry-After), and show the new articles once the ingest is done.

    \b
    Example:
      newsgraph serve --db news.duckdb --port 8000
    """
    import uvicorn

    from ..web import create_app, guard

    try:
        db = db or load_settings((ctx.obj or {}).get("config")).db
        app = create_app(db, guard.allowed_hosts(host, tuple(allow_hosts)))
    except NewsgraphError as e:
        click.echo(f"newsgraph: error: {e}", err=True)
        sys.exit(2)
    click.echo(f"newsgraph: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", http=guard.protocol(),
                timeout_keep_alive=int(guard.HEADER_TIMEOUT), h11_max_incomplete_event_size=64 * 1024)
