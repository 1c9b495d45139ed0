"""``newsgraph serve``: a read-only web page and JSON API over a store (FastAPI, pages rendered on the
server, every asset bundled: works offline)."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
