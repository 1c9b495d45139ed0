"""The FastAPI application: HTML pages and a JSON API (described by OpenAPI at ``/openapi.json``, browsable
with Swagger UI at ``/docs`` from bundled assets) over the store, opened read-only while requests are
answered (see :class:`_DB`: an ingest can write meanwhile). No SQL here: every query lives in
:mod:`newsgraph.store.queries`; the page-level parameters (filters, sorting, paging) in :mod:`.params`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..codebook import codebook
from ..errors import StoreBusy, StoreError
from ..records import EVENT_STATUSES, EVENT_TYPES
from ..store import export as ex
from ..store import queries as q
from ..store import writer_waiting
from . import cache, docs, guard, render
from . import models as m
from .params import Pager, StoryFilters, flag

HERE = Path(__file__).parent
PAGE = 50
#: where a request notes the generation of the connection it read (see :mod:`.cache`)
GENERATION = "newsgraph.generation"


class _DB:
    """Opens the database read-only while requests need it, never for the server's lifetime.

    DuckDB lets one process write a file and no other process read it meanwhile, so a server that kept
    the file open would lock ``newsgraph ingest`` out. Here each request works on its own cursor of a
    shared read-only connection, which is opened on demand and closed ``LINGER`` seconds after the last
    request ends (close-together requests reuse it; an idle server holds nothing). While a writer has
    the file, or waits for it (its marker, see :func:`newsgraph.store.writer_waiting`), requests answer
    503 with ``Retry-After`` instead of opening it; the writer gets the file as soon as the requests in
    flight are done. The next request after the write sees the new data."""

    LINGER = 1.0
    RETRY_AFTER = 5

    def __init__(self, path: str):
        self.path = path
        self.lock = threading.Lock()
        self.con: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.timer: threading.Timer | None = None
        self.generation = 0  # +1 at each opening: answers computed on one connection (see .cache)
        try:  # fail at start on a missing or broken file; a busy one is fine (503 until the writer is done)
            with self.connection():
                pass
        except StoreBusy:
            pass

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            if writer_waiting(self.path):
                self._release_if_idle()
                raise StoreBusy(f"{self.path}: a newsgraph process is about to write the database")
            if self.con is None:
                self.con = q.connect_read_only_web(self.path)  # StoreBusy while a writer has it
                self.generation += 1
            cur = self.con.cursor()
            self.users += 1
        try:
            yield cur
        finally:
            cur.close()
            with self.lock:
                self.users -= 1
                if self.users == 0:
                    if writer_waiting(self.path):
                        self._release_if_idle()
                    else:
                        self.timer = threading.Timer(self.LINGER, self._linger_over)
                        self.timer.daemon = True
                        self.timer.start()

    def hold(self) -> int | None:
        """The open connection's generation, its linger restarted, when an answer kept from it may be
        served (the store cannot have changed: the connection is open, so no writer had the file); None
        when no connection is open or a writer waits for the file."""
        with self.lock:
            if self.con is None or writer_waiting(self.path):
                return None
            if self.users == 0:
                if self.timer is not None:
                    self.timer.cancel()
                self.timer = threading.Timer(self.LINGER, self._linger_over)
                self.timer.daemon = True
                self.timer.start()
            return self.generation

    def _linger_over(self) -> None:
        with self.lock:
            self.timer = None
            self._release_if_idle()

    def _release_if_idle(self) -> None:
        if self.users == 0 and self.con is not None:
            self.con.close()
            self.con = None

    def close(self) -> None:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
            self._release_if_idle()


def _connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """The request's read-only cursor (a FastAPI dependency); 503 with Retry-After while a writer has the file."""
    db: _DB = request.app.state.db
    try:
        with db.connection() as c:
            # the connection cannot close while this request uses it: the answer is of this generation
            request.scope[GENERATION] = db.generation
            yield c
    except StoreBusy as e:
        raise HTTPException(503, "The database is being written (a `newsgraph ingest` is running); "
                                 "try again in a few seconds.",  # (no path: error bodies name no file)
                            headers={"Retry-After": str(db.RETRY_AFTER)}) from e


Con = Annotated[duckdb.DuckDBPyConnection, Depends(_connection)]


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html", "xml"], default=True))
    env.filters["qs"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "")})
    env.filters["num"] = lambda v: "" if v is None else (f"{v:,}" if isinstance(v, int) else f"{v:.2f}")
    env.globals["version"] = __version__
    env.filters["safe_link"] = guard.safe_link  # only http(s) URLs become links
    env.globals["Pager"] = Pager
    return env


#: deepest page and offset the lists accept (a bigger one answers 400, never a database error)
MAX_PAGE = 100_000
MAX_OFFSET = MAX_PAGE * PAGE


def _date(v: str | None, name: str) -> date | None:
    try:
        return q._day(v)
    except ValueError as e:
        raise HTTPException(400, f"{name}: {e}") from e


def _choice(v: str | None, name: str, allowed) -> str | None:
    if v in (None, ""):
        return None
    if v not in allowed:
        raise HTTPException(400, f"{name}: {v!r} is not one of {', '.join(allowed)}")
    return v


def _story_filters(type: str | None = None, status: str | None = None, standing: str | None = None,
                   actor: str | None = None,
                   country: str | None = Query(None, description="an actor's country (ISO-3 or PLOVER code)"),
                   place: str | None = Query(None, description="the country where it took place (ISO-3)"),
                   since: str | None = None, until: str | None = None,
                   undated: str | None = Query(None, description="1: only undated stories; 0: only dated")
                   ) -> StoryFilters:
    """The story filters of a page, the API and the downloads (400 for a bad value)."""
    return StoryFilters(type=_choice(type, "type", EVENT_TYPES), status=_choice(status, "status", EVENT_STATUSES),
                        standing=_choice(standing, "standing", q.STANDINGS), actor=actor or None,
                        country=(country or "").upper() or None, place=(place or "").upper() or None,
                        since=_date(since, "since"), until=_date(until, "until"), undated=flag(undated, "undated"))


SF = Annotated[StoryFilters, Depends(_story_filters)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE)]
Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description="records per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="records to skip")]
Undated = Annotated[bool | None, Query(description="true: only undated records; false: only dated")]


def create_app(db_path: str, allowed_hosts: frozenset[str] | None = guard.allowed_hosts()) -> guard.Guard:
    """The application (ASGI; the FastAPI app is its ``.app``), answering only requests whose Host is in
    ``allowed_hosts`` (default: the local names; None: any) and adding the security headers."""
    app = _create_app(db_path)
    return guard.Guard(cache.ResponseCache(app, app.state.db), allowed_hosts)


def _create_app(db_path: str) -> FastAPI:
    db = _DB(str(db_path))
    env = _env()
    app = FastAPI(title="newsgraph", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over a newsgraph store: articles, actors, stories (events merged "
                              "across articles), relations and the flat event_dyads table. Dates are ISO "
                              "(YYYY-MM-DD). Lists return every record by default, newest first and undated "
                              "last; `since`/`until` and `undated` narrow them. Codes and columns: /codebook.",
                  responses={400: {"model": m.Problem, "description": "bad parameters"},
                             404: {"model": m.Problem, "description": "no such record"}})
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    docs.mount(app)

    def page(name: str, request: Request, c, **ctx) -> HTMLResponse:
        ctx.setdefault("summary", _safe_summary(c))
        html = env.get_template(name).render(request=request, path=request.url.path, **ctx)
        return HTMLResponse(html)  # (security headers on every response: guard.Guard)

    # -- pages ---------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, c: Con):
        return page("home.html", request, c, top=q.find_entities(c, limit=15),
                    latest=q.stories(c, limit=10)["items"])

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, c: Con, q_: str | None = Query(None, alias="q"), outlet: str | None = None,
                      since: str | None = None, until: str | None = None, undated: str | None = None,
                      page_: PageNo = 1):
        und = flag(undated, "undated")
        res = q.search_articles(c, q_, outlet or None, _date(since, "since"), _date(until, "until"),
                                limit=PAGE, offset=(page_ - 1) * PAGE, undated=und)
        params = {"q": q_, "outlet": outlet, "since": since, "until": until, "undated": undated}
        return page("articles.html", request, c, res=res, params=params, pager=Pager(page_, PAGE, res["total"], params))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, c: Con):
        a = q.article(c, article_id)
        if not a:
            raise HTTPException(404, f"{article_id}: no such article")
        text, items = render.highlight(a["doc"], a["stories"])
        by_id = {i["id"]: i for i in items}
        return page("article.html", request, c, a=a, doc=a["doc"], text=text, items=render.json_script(items),
                    info=by_id)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, c: Con, q_: str | None = Query(None, alias="q"), kind: str | None = None,
                    country: str | None = None, sector: str | None = None, sort: str | None = None,
                    order: str | None = None, page_: PageNo = 1):
        _choice(sort, "sort", q.ENTITY_SORTS)
        _choice(order, "order", ("asc", "desc"))
        res = q.entities(c, q_ or None, kind or None, (country or "").upper() or None, sector or None, sort, order,
                         limit=PAGE, offset=(page_ - 1) * PAGE)
        params = {"q": q_, "kind": kind, "country": country, "sector": sector, "sort": sort, "order": order}
        return page("actors.html", request, c, res=res, params=params, facets=q.entity_facets(c),
                    pager=Pager(page_, PAGE, res["total"], params))

    @app.get("/actors/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, entity_id: str, c: Con):
        ent = q.entity(c, entity_id)
        if not ent:
            raise HTTPException(404, f"{entity_id}: no such actor")
        tl = q.entity_timeline(c, entity_id, limit=q.MAX_LIMIT)
        rel = q.entity_relations(c, entity_id)["counterparts"]
        for r in rel:
            r["spark"] = render.sparkline_svg(r["periods"])
        return page("actor.html", request, c, e=ent, timeline=tl, chart=render.timeline_svg(tl), relations=rel,
                    network=render.network_svg(ent, rel))

    def _stories_view(request: Request, c, f: StoryFilters, page_: int, sort, order, template: str, per: int):
        _choice(sort, "sort", q.STORY_SORTS)
        _choice(order, "order", ("asc", "desc"))
        res = q.stories(c, **f.query(), sort=sort, order=order, limit=per, offset=(page_ - 1) * per)
        located = q.located_stories(c, **f.query())
        params = {**f.params(), "sort": sort, "order": order}
        return page(template, request, c, res=res, params=params, f=f, pager=Pager(page_, per, res["total"], params),
                    types=EVENT_TYPES, statuses=EVENT_STATUSES, standings=q.STANDINGS,
                    located=located, map=render.map_svg(located["items"]),
                    download=f.download_name("stories"),
                    actor_name=(q.entity(c, f.actor) or {}).get("name") if f.actor else None)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, c: Con, f: SF, page_: PageNo = 1, sort: str | None = None,
                     order: str | None = None):
        return _stories_view(request, c, f, page_, sort, order, "stories.html", PAGE)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, c: Con, f: SF, page_: PageNo = 1):
        return _stories_view(request, c, f, page_, None, None, "map.html", PAGE)

    @app.get("/map/world.svg", include_in_schema=False)
    def basemap():
        return Response(render.basemap_svg(), media_type="image/svg+xml",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str, c: Con):
        st = q.story(c, story_id)
        if not st:
            raise HTTPException(404, f"{story_id}: no such story")
        return page("story.html", request, c, s=st, map=render.map_svg([st]) if st.get("lat") is not None else None)

    @app.get("/codebook", response_class=HTMLResponse, include_in_schema=False)
    def codebook_page(request: Request, c: Con):
        return page("codebook.html", request, c, book=codebook())

    # -- JSON API ------------------------------------------------------------------------------------
    def js(data: Any) -> JSONResponse:
        return JSONResponse(jsonable_encoder(data))

    @app.get("/api/summary", tags=["store"], summary="Counts and date ranges of the store", response_model=m.Summary)
    def api_summary(c: Con):
        return js(q.summary(c))

    @app.get("/api/codebook", tags=["store"], summary="The codebook: types, modes, statuses, sectors, score, columns")
    def api_codebook():
        return js(codebook())

    @app.get("/api/articles", tags=["articles"], summary="Articles by words, outlet and date (all by default)",
             response_model=m.ArticleList)
    def api_articles(c: Con, q_: str | None = Query(None, alias="q", description="words, all must occur"),
                     outlet: str | None = None, since: date | None = None, until: date | None = None,
                     undated: Undated = None, limit: Limit = 50, offset: Offset = 0):
        return js(q.search_articles(c, q_, outlet, since, until, limit, offset, undated=undated))

    @app.get("/api/articles/{article_id}", tags=["articles"], response_model=m.ArticleDetail,
             summary="One article: newsgraph/1 document, story of each event, near-duplicates")
    def api_article(article_id: str, c: Con):
        a = q.article(c, article_id)
        if not a:
            raise HTTPException(404, f"{article_id}: no such article")
        a["doc"] = a["doc"].to_dict()
        return js(a)

    @app.get("/api/actors", tags=["actors"], summary="Actors merged across articles: filter, sort, page",
             response_model=m.EntityList)
    def api_actors(c: Con, q_: str | None = Query(None, alias="q", description="words of the name"),
                   kind: str | None = None, country: str | None = None, sector: str | None = None,
                   sort: str | None = Query(None, description="one of " + ", ".join(q.ENTITY_SORTS)),
                   order: str | None = Query(None, pattern="^(asc|desc)$"), limit: Limit = 50, offset: Offset = 0):
        _choice(sort, "sort", q.ENTITY_SORTS)
        return js(q.entities(c, q_, kind, country, sector, sort, order, limit, offset))

    @app.get("/api/actors/{entity_id:path}", tags=["actors"], response_model=m.ActorDetail,
             summary="One actor with its timeline of stories and its relations (counterparts over time)")
    def api_actor(entity_id: str, c: Con):
        ent = q.entity(c, entity_id)
        if not ent:
            raise HTTPException(404, f"{entity_id}: no such actor")
        return js({"actor": ent, "timeline": q.entity_timeline(c, entity_id),
                   "relations": q.entity_relations(c, entity_id)["counterparts"]})

    @app.get("/api/stories", tags=["stories"], response_model=m.StoryList,
             summary="Stories (events merged across articles), all by default; filters as on /stories")
    def api_stories(c: Con, f: SF, sort: str | None = Query(None, description="one of " + ", ".join(q.STORY_SORTS)),
                    order: str | None = Query(None, pattern="^(asc|desc)$"), limit: Limit = 50, offset: Offset = 0):
        _choice(sort, "sort", q.STORY_SORTS)
        return js(q.stories(c, **f.query(), sort=sort, order=order, limit=limit, offset=offset))

    def _download(c, fmt: str, sql: str, params: list, name: str) -> Response:
        try:
            data = ex.copy_query(c, sql, params, fmt)
        except (StoreError, duckdb.Error) as e:
            raise HTTPException(500, str(e)) from e
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/vnd.apache.parquet"
        return Response(data, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})

    @app.get("/api/stories.csv", tags=["stories"], summary="Every matching story as CSV (every story by default)",
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def api_stories_csv(c: Con, f: SF):
        return _download(c, "csv", *q.stories_query(c, **f.query()), f.download_name("stories"))

    @app.get("/api/stories.parquet", tags=["stories"], summary="Every matching story as Parquet",
             response_class=Response, responses={200: {"content": {"application/vnd.apache.parquet": {}}}})
    def api_stories_parquet(c: Con, f: SF):
        return _download(c, "parquet", *q.stories_query(c, **f.query()), f.download_name("stories"))

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story with every evidence span",
             response_model=m.StoryDetail)
    def api_story(story_id: str, c: Con):
        st = q.story(c, story_id)
        if not st:
            raise HTTPException(404, f"{story_id}: no such story")
        return js(st)

    @app.get("/api/dyads", tags=["relations"], response_model=list[m.Dyad],
             summary="Per actor pair and period: stories by type and mean cooperation–conflict score (facts by "
                     "default; standing= picks the rows with claims, negated, future, hypothetical or all)")
    def api_dyads(c: Con, period: str = Query("month", pattern="^(month|quarter|year)$"), since: date | None = None,
                  until: date | None = None, standing: str = Query("asserted", pattern="^(" + "|".join(q.DYAD_STANDINGS) + ")$")):
        return js(q.dyads(c, period, since, until, standing=standing))

    def _event_dyad_args(type, status, claimed, entity, since, until) -> dict:
        return {"type": _choice(type, "type", EVENT_TYPES), "status": _choice(status, "status", EVENT_STATUSES),
                "claimed": claimed, "entity": entity, "since": since, "until": until}

    @app.get("/api/event_dyads", tags=["relations"], response_model=m.EventDyadList,
             summary="The flat event-data table: one row per event and pair of parties (columns: /codebook)")
    def api_event_dyads(c: Con, type: str | None = None, status: str | None = None, claimed: bool | None = None,
                        entity: str | None = None, since: date | None = None, until: date | None = None,
                        limit: Limit = 50, offset: Offset = 0):
        return js(q.event_dyads(c, **_event_dyad_args(type, status, claimed, entity, since, until),
                                limit=limit, offset=offset))

    @app.get("/api/event_dyads.csv", tags=["relations"], summary="Every matching event_dyads row as CSV (all by default)",
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def api_event_dyads_csv(c: Con, type: str | None = None, status: str | None = None, claimed: bool | None = None,
                            entity: str | None = None, since: date | None = None, until: date | None = None):
        args = _event_dyad_args(type, status, claimed, entity, since, until)
        return _download(c, "csv", *q.event_dyads_query(c, **args), "event_dyads" + ex.window_suffix(since, until))

    @app.exception_handler(RequestValidationError)
    def _bad_params(request: Request, exc: RequestValidationError):
        where = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg', '')}"
                          for e in exc.errors()[:5])
        return _http_error(request, HTTPException(400, f"bad parameters ({where})"))

    @app.exception_handler(duckdb.Error)
    def _db_error(request: Request, exc: duckdb.Error):
        # a damaged store: one line, no path, no traceback (`newsgraph check` on the server says more)
        return _http_error(request, HTTPException(500, "the database could not be read (damaged?); "
                                                       "`newsgraph check` on the server tells more"))

    @app.exception_handler(StoreError)
    def _store_error(request: Request, exc: StoreError):
        busy = isinstance(exc, StoreBusy)
        return _http_error(request, HTTPException(503 if busy else 500, "the database is being written; try again"
                                                  if busy else "the database could not be opened",
                                                  headers={"Retry-After": str(db.RETRY_AFTER)} if busy else None))

    @app.exception_handler(StarletteHTTPException)
    def _http_error(request: Request, exc: StarletteHTTPException):
        """Every error: JSON under /api/, else the styled page (unknown paths and static files included)."""
        headers = getattr(exc, "headers", None)
        detail = exc.detail
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"{request.url.path}: no such page"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed here (this server only reads)"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=headers)
        summary = {}
        if exc.status_code not in (500, 503):
            try:
                with db.connection() as c:
                    summary = _safe_summary(c)
            except (StoreError, duckdb.Error):
                pass
        html = env.get_template("error.html").render(request=request, path=request.url.path,
                                                     status=exc.status_code, detail=detail, summary=summary)
        return HTMLResponse(html, status_code=exc.status_code, headers=headers)

    app.state.db = db
    return app


def _safe_summary(c) -> dict:
    try:
        return q.summary(c)
    except (StoreError, duckdb.Error):
        return {}


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning",
          allow_hosts: tuple[str, ...] = ()) -> None:
    """Serve on ``host``:``port`` with the Host allow-list (local names, ``host`` itself, ``allow_hosts``)
    and the header timeout of :mod:`newsgraph.web.guard`."""
    import uvicorn

    app = create_app(db_path, guard.allowed_hosts(host, allow_hosts))
    uvicorn.run(app, host=host, port=port, log_level=log_level, http=guard.protocol(),
                timeout_keep_alive=int(guard.HEADER_TIMEOUT), h11_max_incomplete_event_size=64 * 1024)
