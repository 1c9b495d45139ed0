"""Swagger UI at ``/docs``, served from the files the ``fastapi-offline`` package ships (Swagger UI 5,
Apache-2.0) — no CDN, no network — and started by a script of ours (``static/docs.js``: the pages' CSP
allows no inline script)."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph API · Swagger UI</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head><body>
<div id="swagger-ui" data-spec="/openapi.json"><p>Loading the API description… (<a href="/openapi.json">openapi.json</a>,
<a href="/">back to newsgraph</a>)</p></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


def assets() -> str:
    """The folder of Swagger UI's files (``swagger-ui-bundle.js``, ``swagger-ui.css``)."""
    return str(resources.files("fastapi_offline").joinpath("static"))


def mount(app: FastAPI) -> None:
    app.mount("/docs/assets", StaticFiles(directory=assets()), name="docs-assets")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def swagger_ui():
        return HTMLResponse(PAGE)
