"""The FastAPI application: HTML pages and a JSON API (described by OpenAPI at ``/openapi.json``) over a
read-only DuckDB connection. No SQL here: every query lives in :mod:`newsgraph.store.queries`."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import duckdb
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__
from ..errors import StoreError
from ..records import EVENT_STATUSES, EVENT_TYPES
from ..store import export as ex
from ..store import queries as q
from . import render

HERE = Path(__file__).parent
PAGE = 50


class _DB:
    """One read-only connection; each request works on its own cursor (DuckDB cursors are thread-safe)."""

    def __init__(self, path: str):
        self.path = path
        self.con = q.connect_read_only_web(path)
        self.lock = threading.Lock()

    def cursor(self):
        with self.lock:
            return self.con.cursor()


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html", "xml"], default=True))
    env.filters["qs"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "")})
    env.filters["num"] = lambda v: "" if v is None else (f"{v:,}" if isinstance(v, int) else f"{v:.2f}")
    env.globals["version"] = __version__
    return env


def create_app(db_path: str) -> FastAPI:
    db = _DB(str(db_path))
    env = _env()
    app = FastAPI(title="newsgraph", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over a newsgraph store: articles, actors, stories (events merged "
                              "across articles) and relations. Dates are ISO (YYYY-MM-DD).")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(name: str, request: Request, **ctx) -> HTMLResponse:
        ctx.setdefault("summary", _safe_summary(db))
        html = env.get_template(name).render(request=request, path=request.url.path, **ctx)
        return HTMLResponse(html, headers={"Content-Security-Policy":
                                           "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                           "script-src 'self'; object-src 'none'; base-uri 'none'"})

    def _date(v: str | None, name: str) -> date | None:
        try:
            return q._day(v)
        except ValueError as e:
            raise HTTPException(400, f"{name}: {e}") from e

    # -- pages ---------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        c = db.cursor()
        return page("home.html", request, top=q.find_entities(c, limit=15),
                    latest=q.stories(c, limit=10)["items"])

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, q_: str | None = Query(None, alias="q"), outlet: str | None = None,
                      since: str | None = None, until: str | None = None, page_: int = Query(1, alias="page", ge=1)):
        res = q.search_articles(db.cursor(), q_, outlet or None, _date(since, "since"), _date(until, "until"),
                                limit=PAGE, offset=(page_ - 1) * PAGE)
        return page("articles.html", request, res=res, params={"q": q_, "outlet": outlet, "since": since,
                                                                   "until": until}, page=page_, per=PAGE)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        a = q.article(db.cursor(), article_id)
        if not a:
            raise HTTPException(404, f"{article_id}: no such article")
        text, items = render.highlight(a["doc"], a["stories"])
        return page("article.html", request, a=a, doc=a["doc"], text=text, items=render.json_script(items))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, q_: str | None = Query(None, alias="q")):
        return page("actors.html", request, actors=q.find_entities(db.cursor(), q_, limit=200), query=q_)

    @app.get("/actors/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, entity_id: str):
        c = db.cursor()
        ent = q.entity(c, entity_id)
        if not ent:
            raise HTTPException(404, f"{entity_id}: no such actor")
        tl = q.entity_timeline(c, entity_id, limit=500)
        rel = q.entity_relations(c, entity_id)["counterparts"]
        for r in rel:
            r["spark"] = render.sparkline_svg(r["periods"])
        return page("actor.html", request, e=ent, timeline=tl, chart=render.timeline_svg(tl), relations=rel)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, type: str | None = None, actor: str | None = None,
                     country: str | None = None, since: str | None = None, until: str | None = None,
                     status: str | None = None, page_: int = Query(1, alias="page", ge=1)):
        params = {"type": type or None, "actor": actor or None, "country": country or None,
                  "since": since or None, "until": until or None, "status": status or None}
        c = db.cursor()
        res = q.stories(c, type=params["type"], actor=params["actor"], country=params["country"],
                        since=_date(since, "since"), until=_date(until, "until"), status=params["status"],
                        limit=PAGE, offset=(page_ - 1) * PAGE)
        located = [s for s in res["items"] if s.get("lat") is not None]
        return page("stories.html", request, res=res, params=params, page=page_, per=PAGE,
                    types=EVENT_TYPES, statuses=EVENT_STATUSES, map=render.map_svg(located),
                    actor_name=(q.entity(c, actor) or {}).get("name") if actor else None)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        st = q.story(db.cursor(), story_id)
        if not st:
            raise HTTPException(404, f"{story_id}: no such story")
        return page("story.html", request, s=st, map=render.map_svg([st]) if st.get("lat") is not None else None)

    # -- JSON API ------------------------------------------------------------------------------------
    def js(data: Any) -> JSONResponse:
        return JSONResponse(jsonable_encoder(data))

    @app.get("/api/summary", tags=["store"], summary="Counts and date ranges of the store")
    def api_summary():
        return js(q.summary(db.cursor()))

    @app.get("/api/articles", tags=["articles"], summary="Search articles by words, outlet and date")
    def api_articles(q_: str | None = Query(None, alias="q", description="words, all must occur"),
                     outlet: str | None = None, since: date | None = None, until: date | None = None,
                     limit: int = Query(50, ge=1, le=q.MAX_LIMIT), offset: int = Query(0, ge=0)):
        return js(q.search_articles(db.cursor(), q_, outlet, since, until, limit, offset))

    @app.get("/api/articles/{article_id}", tags=["articles"],
             summary="One article: newsgraph/1 document, story of each event, near-duplicates")
    def api_article(article_id: str):
        a = q.article(db.cursor(), article_id)
        if not a:
            raise HTTPException(404, f"{article_id}: no such article")
        a["doc"] = a["doc"].to_dict()
        return js(a)

    @app.get("/api/actors", tags=["actors"], summary="Actors merged across articles, by name")
    def api_actors(q_: str | None = Query(None, alias="q"), limit: int = Query(50, ge=1, le=q.MAX_LIMIT)):
        return js(q.find_entities(db.cursor(), q_, limit))

    @app.get("/api/actors/{entity_id:path}", tags=["actors"],
             summary="One actor with its timeline of stories and its relations (counterparts over time)")
    def api_actor(entity_id: str):
        c = db.cursor()
        ent = q.entity(c, entity_id)
        if not ent:
            raise HTTPException(404, f"{entity_id}: no such actor")
        return js({"actor": ent, "timeline": q.entity_timeline(c, entity_id),
                   "relations": q.entity_relations(c, entity_id)["counterparts"]})

    @app.get("/api/stories", tags=["stories"], summary="Stories (events merged across articles) with filters")
    def api_stories(type: str | None = None, actor: str | None = None, country: str | None = None,
                    since: date | None = None, until: date | None = None, status: str | None = None,
                    limit: int = Query(50, ge=1, le=q.MAX_LIMIT), offset: int = Query(0, ge=0)):
        return js(q.stories(db.cursor(), type, actor, country, since, until, status, limit, offset))

    def _download(fmt: str, type, actor, country, since, until, status) -> Response:
        c = db.cursor()
        sql, params = q.stories_query(c, type, actor, country, since, until, status)
        try:
            data = ex.copy_query(c, sql, params, fmt)
        except (StoreError, duckdb.Error) as e:
            raise HTTPException(500, str(e)) from e
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/vnd.apache.parquet"
        return Response(data, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="stories.{fmt}"'})

    @app.get("/api/stories.csv", tags=["stories"], summary="Every matching story as CSV")
    def api_stories_csv(type: str | None = None, actor: str | None = None, country: str | None = None,
                        since: date | None = None, until: date | None = None, status: str | None = None):
        return _download("csv", type, actor, country, since, until, status)

    @app.get("/api/stories.parquet", tags=["stories"], summary="Every matching story as Parquet")
    def api_stories_parquet(type: str | None = None, actor: str | None = None, country: str | None = None,
                            since: date | None = None, until: date | None = None, status: str | None = None):
        return _download("parquet", type, actor, country, since, until, status)

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story with every evidence span")
    def api_story(story_id: str):
        st = q.story(db.cursor(), story_id)
        if not st:
            raise HTTPException(404, f"{story_id}: no such story")
        return js(st)

    @app.get("/api/dyads", tags=["relations"],
             summary="Per actor pair and period: events by type and mean cooperation–conflict score")
    def api_dyads(period: str = Query("month", pattern="^(month|quarter|year)$"), since: date | None = None,
                  until: date | None = None):
        return js(q.dyads(db.cursor(), period, since, until))

    @app.exception_handler(HTTPException)
    def _http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        html = env.get_template("error.html").render(request=request, path=request.url.path,
                                                     status=exc.status_code, detail=exc.detail,
                                                     summary=_safe_summary(db))
        return HTMLResponse(html, status_code=exc.status_code)

    app.state.db = db
    return app


def _safe_summary(db: _DB) -> dict:
    try:
        return q.summary(db.cursor())
    except StoreError:
        return {}


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning") -> None:
    import uvicorn

    app = create_app(db_path)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
