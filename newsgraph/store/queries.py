"""Read-side queries for the web page, the JSON API and the CLI. Every function takes a DuckDB connection
(read-only is enough) and returns plain dicts and lists.

Lists show **everything** by default, newest first and undated last (then by ingest time): no window is
applied unless asked for, and each list says what it applied (``since``/``until``/``undated``) and how
its total splits into dated and undated records (``store_summary`` holds the store-wide counts, so the
pages' counts add up to the store's totals without counting a big table per request).

Each page's main query goes through an index (article search terms, ids, entity ids, story ids) or a
pre-aggregate (``relations``, ``story_participants``, ``store_summary``). Two DuckDB habits shape the SQL:
an index is used only for a plain ``col = ?`` / ``col = ANY(?)`` filter on a single-column index, alone
on its scan (``ORDER BY … LIMIT`` or a join on the same scan turns it into a full scan, hence the
``MATERIALIZED`` lookups and the lookups joined in Python), and only when few rows match (then a filtered
scan is faster anyway). ``benchmarks/store.py`` times each of them against a plain scan of the events table.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import duckdb

from ..errors import StoreError
from ..records import Document
from . import dedup, zones
from .schema_v9 import DAY

MAX_LIMIT = 500
#: how a story stands (``stories.standing``, migration 6): a fact, a claim, or not (yet) so
STANDINGS = ("asserted", "claimed", "negated", "future", "hypothetical")


def connect_read_only(path: str) -> duckdb.DuckDBPyConnection:
    """A read-only connection with no access to other files (what ``query`` and ``serve`` use)."""
    return _open_checked(path, enable_external_access=False)


def _open_checked(path: str, **config) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a newsgraph store (extension autoload off), refused in one line when the
    file is busy, damaged, not DuckDB, another program's or a newer newsgraph's."""
    from . import MIGRATIONS
    from .connect import newsgraph_version, open_duckdb

    con = open_duckdb(path, read_only=True, **config)
    try:
        if newsgraph_version(con, path, MIGRATIONS[-1][0]) == 0:
            raise StoreError(f"{path}: holds no newsgraph tables (run `newsgraph ingest` first)")
    except BaseException:
        con.close()
        raise
    return con


def _rows(cur) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _day(v) -> date | None:
    if v in (None, ""):
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError as e:
        raise ValueError(f"{v!r}: not a date (YYYY-MM-DD)") from e



def _between(where: list[str], params: list, col: str, since, until) -> None:
    """Add ``col >= since`` and ``col <= until`` to a WHERE list, each only when given."""
    if since:
        where.append(f"{col} >= ?")
        params.append(since)
    if until:
        where.append(f"{col} <= ?")
        params.append(until)

def _limit(n) -> int:
    return max(1, min(int(n or 50), MAX_LIMIT))


# -- summary -------------------------------------------------------------------------------------------
def summary(con) -> dict[str, Any]:
    try:
        d = dict(con.execute("SELECT key, value FROM store_summary").fetchall())
    except duckdb.CatalogException as e:
        raise StoreError("this database has no story tables yet; open it once for writing "
                         "(e.g. `newsgraph ingest`) to migrate it") from e
    out: dict[str, Any] = {k: d.get(k) for k in ("date_min", "date_max", "published_min", "published_max")}
    for k in ("articles", "duplicates", "events", "stories", "entities", "statements", "articles_undated",
              "stories_undated"):
        out[k] = int(d[k]) if d.get(k) else 0
    out["outlets"] = [o for o in (d.get("outlets") or "").split("\n") if o]
    for k in ("article_years", "story_years"):  # "2025:12\n2024:3" -> [{"year": 2025, "n": 12}, …]
        out[k] = [{"year": int(y), "n": int(n)} for y, n in
                  (line.split(":") for line in (d.get(k) or "").split("\n") if ":" in line)]
    return out


# -- articles ------------------------------------------------------------------------------------------
def _undated_where(where: list[str], col: str, undated: bool | None) -> None:
    """``undated``: True only records without a date, False only dated ones, None both."""
    if undated is True:
        where.append(f"{col} IS NULL")
    elif undated is False:
        where.append(f"{col} IS NOT NULL")


def search_articles(con, q: str | None = None, outlet: str | None = None, since=None, until=None,
                    limit: int = 50, offset: int = 0, undated: bool | None = None) -> dict[str, Any]:
    """Articles matching all words of ``q`` (title and text), an outlet, a publication date range and
    ``undated`` (True: only those without a date); every article by default. Newest first, undated last,
    then latest ingested first."""
    limit = _limit(limit)
    terms = dedup.query_terms(q or "")
    where, params = [], []
    source = "articles a"
    since, until = _day(since), _day(until)
    if terms:
        ids = None
        for t in terms:  # one index lookup per word; rarest first would be better still
            found = {r[0] for r in con.execute("SELECT article_id FROM article_terms WHERE term = ?", [t]).fetchall()}
            ids = found if ids is None else ids & found
            if not ids:
                break
        if not ids:
            return {"items": [], "total": 0, "since": since, "until": until, "undated": undated, "windowed": False}
        # the articles by id first (materialised: under ORDER BY … LIMIT DuckDB would scan instead)
        source = ("(WITH m AS MATERIALIZED (SELECT id, title, outlet, published, url, source, ingested_at "
                  "FROM articles WHERE id = ANY(?)) SELECT * FROM m) a")
        params.append(sorted(ids))
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    _between(where, params, "a.published", since, until)
    _undated_where(where, "a.published", undated)
    w = ("WHERE " + " AND ".join(where)) if where else ""
    if not where and not terms:  # the whole store: its count is kept in store_summary
        total = summary(con)["articles"]
    else:
        total = con.execute(f"SELECT count(*) FROM {source} {w}", params).fetchone()[0]
    items = _rows(con.execute(
        f"SELECT a.id, a.title, a.outlet, a.published, a.url, a.source, a.ingested_at FROM {source} {w} "
        f"ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id LIMIT {limit} OFFSET {int(offset)}",
        params))
    return {"items": items, "total": total, "since": since, "until": until, "undated": undated,
            "windowed": bool(since or until)}


def article(con, article_id: str) -> dict[str, Any] | None:
    """One article: its newsgraph/1 document, the story of each event, its near-duplicate cluster."""
    row = con.execute("SELECT doc, published FROM articles WHERE id = ?", [article_id]).fetchone()
    if not row:
        return None
    doc = Document.from_dict(json.loads(row[0]))
    # story_events is kept in day order, without indexes: read by the days the article's events are placed on
    days = [r[0] for r in con.execute(f"SELECT DISTINCT {DAY} FROM events e, (SELECT ?::DATE AS published) a "
                                      "WHERE e.article_id = ?", [row[1], article_id]).fetchall()]
    stories = {r["event_id"]: r for r in _rows(con.execute(
        "SELECT se.event_id, s.story_id, s.label, s.n_articles, s.n_outlets, s.n_reports FROM story_events se "
        f"JOIN stories s ON s.story_id = se.story_id WHERE se.article_id = ? AND {zones.among('se.day', days)}",
        [article_id]))}
    cl = con.execute("SELECT canonical_id, similarity FROM article_clusters WHERE article_id = ?",
                     [article_id]).fetchone()
    canonical = cl[0] if cl else article_id
    sims = dict(con.execute("SELECT article_id, similarity FROM article_clusters WHERE canonical_id = ?",
                            [canonical]).fetchall())  # by index (a second condition here would make it a scan)
    sims.pop(article_id, None)
    copies = _rows(con.execute("SELECT id, title, outlet, published FROM articles WHERE id = ANY(?)",
                               [sorted(sims)])) if sims else []
    for r in copies:
        r["similarity"] = sims[r["id"]]
    copies.sort(key=lambda r: (r["published"] is None, r["published"] or date.min, r["id"]))
    if canonical != article_id:
        copies = [r for r in copies if r["id"] != canonical]
        head = con.execute("SELECT id, title, outlet, published FROM articles WHERE id = ?", [canonical]).fetchone()
        if head:
            copies.insert(0, {"id": head[0], "title": head[1], "outlet": head[2], "published": head[3],
                              "similarity": 1.0})
    return {"doc": doc, "stories": stories, "canonical_id": canonical,
            "similarity": cl[1] if cl else None, "duplicates": copies}


# -- actors --------------------------------------------------------------------------------------------
#: how the actors table can be sorted (the key a request names -> SQL), each then by name and id
ENTITY_SORTS = {"articles": "n_articles", "mentions": "n_mentions", "name": "name", "kind": "kind",
                "country": "country", "sector": "sector", "first_seen": "first_seen", "last_seen": "last_seen"}


def _order(sorts: dict[str, str], sort: str | None, order: str | None, default: str, tail: str) -> str:
    key = sort if sort in sorts else default
    desc = (order or ("asc" if key in ("name", "kind", "country", "sector", "type", "label") else "desc")) == "desc"
    return f"{sorts[key]} {'DESC' if desc else 'ASC'} NULLS LAST, {tail}"


def entities(con, q: str | None = None, kind: str | None = None, country: str | None = None,
             sector: str | None = None, sort: str | None = None, order: str | None = None, limit: int = 50,
             offset: int = 0) -> dict[str, Any]:
    """Actors merged across articles, filtered by words of the name, kind, country and sector, sorted by
    ``sort`` (a key of :data:`ENTITY_SORTS`; most reported first by default), a page of them and the total."""
    where, params = [], []
    if q:
        where.append("name ILIKE ? ESCAPE '\\'")
        params.append("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    for col, v in (("kind", kind), ("country", country), ("sector", sector)):
        if v:
            where.append(f"{col} = ?")
            params.append(v)
    w = ("WHERE " + " AND ".join(where)) if where else ""
    total = summary(con)["entities"] if not where else con.execute(
        f"SELECT count(*) FROM entities {w}", params).fetchone()[0]
    items = _rows(con.execute(
        f"SELECT * FROM entities {w} ORDER BY {_order(ENTITY_SORTS, sort, order, 'articles', 'name, entity_id')} "
        f"LIMIT {_limit(limit)} OFFSET {int(offset)}", params))
    return {"items": items, "total": total}


def find_entities(con, q: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The most reported actors whose name contains ``q`` (all by default)."""
    return entities(con, q, limit=limit)["items"]


def entity_facets(con) -> dict[str, list]:
    """The kinds, countries and sectors actors have (for the actors table's filters)."""
    out = {}
    for col in ("kind", "country", "sector"):
        out[col] = [r[0] for r in con.execute(
            f"SELECT {col} FROM entities WHERE {col} IS NOT NULL GROUP BY {col} ORDER BY count(*) DESC, {col} "
            "LIMIT 300").fetchall()]
    return out


def entity(con, entity_id: str) -> dict[str, Any] | None:
    rows = _rows(con.execute("SELECT * FROM entities WHERE entity_id = ?", [entity_id]))
    return rows[0] if rows else None


def entity_timeline(con, entity_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The stories an actor took part in, newest first (from ``story_participants``, by index)."""
    # the lookup is materialised first: with ORDER BY … LIMIT on the same scan DuckDB drops the index
    return _rows(con.execute(
        "WITH p AS MATERIALIZED (SELECT story_id, role, type, date, score, n_articles, label FROM story_participants "
        f"WHERE entity_id = ?) SELECT * FROM p ORDER BY date DESC NULLS LAST, story_id LIMIT {_limit(limit)}",
        [entity_id]))


def entity_relations(con, entity_id: str) -> dict[str, Any]:
    """Counterparts of an actor with event counts and mean cooperation–conflict score, in total and per
    month. ``n_events`` and the score count facts (stories reported as having happened); ``n_claimed``,
    ``n_negated``, ``n_future``, ``n_hypothetical`` the rest, and ``n_all`` every story."""
    rows = _rows(con.execute(
        "SELECT r.counterpart_id, r.direction, r.period, r.type, r.n_events, r.score_sum, r.n_all, r.n_claimed, "
        "r.n_negated, r.n_future, r.n_hypothetical FROM relations r WHERE r.entity_id = ?", [entity_id]))
    ids = sorted({r["counterpart_id"] for r in rows})
    names = {e: (n, k) for e, n, k in con.execute(
        "SELECT entity_id, name, country FROM entities WHERE entity_id = ANY(?)", [ids]).fetchall()} if ids else {}
    by: dict[str, dict] = {}
    extra = ("n_all", "n_claimed", "n_negated", "n_future", "n_hypothetical")
    for r in rows:
        c = by.setdefault(r["counterpart_id"], {
            "entity_id": r["counterpart_id"], "name": names.get(r["counterpart_id"], (r["counterpart_id"],))[0],
            "country": names.get(r["counterpart_id"], (None, None))[1], "n_events": 0, "score_sum": 0.0,
            **dict.fromkeys(extra, 0), "types": {}, "periods": {}})
        c["n_events"] += r["n_events"] or 0
        c["score_sum"] += r["score_sum"] or 0.0
        for k in extra:
            c[k] += r[k] or 0
        if r["n_events"]:
            c["types"][r["type"]] = c["types"].get(r["type"], 0) + r["n_events"]
            p = str(r["period"]) if r["period"] else "unknown"
            pp = c["periods"].setdefault(p, [0, 0.0])
            pp[0] += r["n_events"]
            pp[1] += r["score_sum"] or 0.0
    out = []
    for c in by.values():
        c["score"] = round(c.pop("score_sum") / c["n_events"], 2) if c["n_events"] else None
        c["periods"] = [{"period": p, "n_events": n, "score": round(s / n, 2) if n else None}
                        for p, (n, s) in sorted(c["periods"].items())]
        out.append(c)
    out.sort(key=lambda c: (-c["n_events"], -c["n_all"], c["name"] or ""))
    return {"counterparts": out}


#: ``dyads(standing=…)``: the relations column whose count a row must have above zero
DYAD_STANDINGS = {"asserted": "n_events", "claimed": "n_claimed", "negated": "n_negated", "future": "n_future",
                  "hypothetical": "n_hypothetical", "all": "n_all"}


def dyads(con, period: str = "month", since=None, until=None, types: list[str] | None = None,
          standing: str = "asserted") -> list[dict]:
    """Per actor pair and period: events by type and mean PLOVER cooperation–conflict score, ready to plot.
    Directed: ``out`` (source acted on target), ``with`` (both among the actors or both recipients).
    ``n_events`` and the score count facts (stories reported as having happened); claims, negated,
    future and hypothetical stories are counted beside them and ``n_all`` counts every story.
    ``standing`` keeps the rows with at least one story of that standing (a key of :data:`DYAD_STANDINGS`;
    facts by default, ``all`` every row)."""
    if period not in ("month", "quarter", "year"):
        raise ValueError(f"period {period!r}: use month, quarter or year")
    if standing not in DYAD_STANDINGS:
        raise ValueError(f"standing {standing!r}: use one of {', '.join(DYAD_STANDINGS)}")
    where, params = ["direction IN ('out', 'with')"], []
    if since:
        where.append("period >= date_trunc('month', ?::DATE)")
        params.append(_day(since))
    if until:
        where.append("period <= ?")
        params.append(_day(until))
    if types:
        where.append("type = ANY(?)")
        params.append(list(types))
    return _rows(con.execute(f"""
        SELECT r.entity_id AS source, s.name AS source_name, r.counterpart_id AS target, t.name AS target_name,
               r.direction, date_trunc('{period}', r.period)::DATE AS period, r.type, sum(r.n_events)::INTEGER AS n_events,
               round(sum(r.score_sum) / nullif(sum(r.n_events), 0), 3) AS mean_score,
               sum(r.n_claimed)::INTEGER AS n_claimed, sum(r.n_negated)::INTEGER AS n_negated,
               sum(r.n_future)::INTEGER AS n_future, sum(r.n_hypothetical)::INTEGER AS n_hypothetical,
               sum(r.n_all)::INTEGER AS n_all
        FROM relations r LEFT JOIN entities s ON s.entity_id = r.entity_id
        LEFT JOIN entities t ON t.entity_id = r.counterpart_id
        WHERE {' AND '.join(where)} GROUP BY ALL HAVING sum(r.{DYAD_STANDINGS[standing]}) > 0
        ORDER BY period, source, target, type""", params))


# -- stories and events ----------------------------------------------------------------------------------
STORY_COLUMNS = ("story_id, type, mode, status, standing, claimed_by, label, date, date_min, date_max, first_seen, "
                 "last_seen, n_events, n_articles, n_reports, n_outlets, actors, recipients, place, place_country, "
                 "lat, lon, score")
#: how the stories table can be sorted (the key a request names -> SQL); by date, newest first, by default
STORY_SORTS = {"date": "date", "type": "type", "label": "label", "standing": "standing", "place": "place",
               "articles": "n_articles", "outlets": "n_outlets", "score": "score"}
_STORY_TAIL = "updated_at DESC, story_id"


def _story_where(con, type=None, actor=None, country=None, since=None, until=None, status=None,
                 place=None, standing=None, undated=None):
    """WHERE clause, parameters and the applied range of a story filter. ``country`` is an actor's
    country (a participant's); ``place`` the country where the event took place."""
    where, params = [], []
    since, until = _day(since), _day(until)
    ids: set[str] | None = None
    if actor:
        ids = {r[0] for r in con.execute("SELECT story_id FROM story_participants WHERE entity_id = ?",
                                         [actor]).fetchall()}
    if ids is not None:
        where.append("story_id = ANY(?)")
        params.append(sorted(ids))
    if country:  # a semi-join: a country's stories can be many (a list of ids would be slower)
        where.append("story_id IN (SELECT p.story_id FROM story_participants p JOIN entities e "
                     "ON e.entity_id = p.entity_id WHERE e.country = ?)")
        params.append(country)
    for col, v in (("type", type), ("status", status), ("place_country", place), ("standing", standing)):
        if v:
            where.append(f"{col} = ?")
            params.append(v)
    _between(where, params, "date", since, until)
    _undated_where(where, "date", undated)
    return ("WHERE " + " AND ".join(where)) if where else "", params, since, until


def stories(con, type=None, actor=None, country=None, since=None, until=None, status=None,
            limit: int = 50, offset: int = 0, located: bool = False, place=None, standing=None,
            undated: bool | None = None, sort: str | None = None, order: str | None = None) -> dict[str, Any]:
    """Stories (events merged across articles) with filters (every story by default); newest first,
    undated last, then the latest updated first, or sorted by ``sort`` (a key of :data:`STORY_SORTS`)."""
    plain = not (country or status or located or place or standing or undated is not None
                 or (sort and sort != "date") or order == "asc")
    if actor and plain:
        return _actor_stories(con, actor, type, _day(since), _day(until), limit, offset)
    w, params, since, until = _story_where(con, type, actor, country, since, until, status, place, standing,
                                           undated)
    if located:
        w = (w + " AND " if w else "WHERE ") + "lat IS NOT NULL"
    # a filtered list counts its matches in the same statement (one pass, not two); the whole store's
    # count is kept in store_summary
    total_col = ", count(*) OVER () AS _total" if w else ""
    items = _rows(con.execute(f"SELECT {STORY_COLUMNS}{total_col} FROM stories {w} "
                              f"ORDER BY {_order(STORY_SORTS, sort, order, 'date', _STORY_TAIL)} "
                              f"LIMIT {_limit(limit)} OFFSET {int(offset)}", params))
    if not w:
        total = summary(con)["stories"]
    elif items:
        total = items[0]["_total"]
        for it in items:
            del it["_total"]
    else:  # a page past the end
        total = con.execute(f"SELECT count(*) FROM stories {w}", params).fetchone()[0]
    _name_entities(con, items)
    return {"items": items, "total": total, "since": since, "until": until, "undated": undated,
            "windowed": bool(since or until)}


def _actor_stories(con, actor: str, type, since, until, limit: int, offset: int) -> dict[str, Any]:
    """An actor's stories: the page picked from ``story_participants`` (by index: it holds each story's
    type, date and article count), then only the page's rows read from ``stories`` (by id)."""
    where, params = ["true"], [actor]
    for cond, v in (("type = ?", type), ("date >= ?", since), ("date <= ?", until)):
        if v:
            where.append(cond)
            params.append(v)
    rows = con.execute(
        "WITH p AS MATERIALIZED (SELECT story_id, type, date, n_articles FROM story_participants WHERE entity_id = ?) "
        f"SELECT story_id, count(*) OVER () FROM p WHERE {' AND '.join(where)} "
        f"ORDER BY date DESC NULLS LAST, n_articles DESC, story_id LIMIT {_limit(limit)} OFFSET {int(offset)}",
        params).fetchall()
    total = rows[0][1] if rows else con.execute(
        f"SELECT count(*) FROM story_participants WHERE entity_id = ? AND {' AND '.join(where)}", params).fetchone()[0]
    ids = [r[0] for r in rows]
    by_id = {r["story_id"]: r for r in _rows(con.execute(
        f"SELECT {STORY_COLUMNS} FROM stories WHERE story_id = ANY(?)", [ids]))} if ids else {}
    items = [by_id[i] for i in ids if i in by_id]
    _name_entities(con, items)
    return {"items": items, "total": total, "since": since, "until": until, "undated": None,
            "windowed": bool(since or until)}


def stories_query(con, type=None, actor=None, country=None, since=None, until=None, status=None, place=None,
                  standing=None, undated=None):
    """SQL and parameters selecting every matching story (for downloads; every story by default)."""
    w, params, *_ = _story_where(con, type, actor, country, since, until, status, place, standing, undated)
    return (f"SELECT {STORY_COLUMNS} FROM stories {w} ORDER BY date DESC NULLS LAST, {_STORY_TAIL}", params)


def _name_entities(con, items: list[dict]) -> None:
    ids = sorted({x for it in items for x in (it.get("actors") or []) + (it.get("recipients") or [])})
    names = dict(con.execute("SELECT entity_id, name FROM entities WHERE entity_id = ANY(?)",
                             [ids]).fetchall()) if ids else {}
    for it in items:
        it["actor_names"] = [names.get(x, x) for x in it.get("actors") or []]
        it["recipient_names"] = [names.get(x, x) for x in it.get("recipients") or []]


def story(con, story_id: str) -> dict[str, Any] | None:
    """One story with every evidence span (article, trigger, evidence offsets) that reports it."""
    rows = _rows(con.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE story_id = ?", [story_id]))
    if not rows:
        return None
    st = rows[0]
    _name_entities(con, [st])
    # story_events is kept in day order, without indexes: every event of a story lies within its first and last
    # day (an undated story has one undated event)
    days = zones.between("day", st["date_min"], st["date_max"], nulls=st["date_min"] is None)
    keys = con.execute(f"SELECT article_id, event_id FROM story_events WHERE story_id = ? AND {days}",
                       [story_id]).fetchall()
    arts = sorted({k[0] for k in keys})
    ev, heads, canon = [], {}, {}
    if arts:  # three lookups by article id (each through its table's index), joined here
        ev = _rows(con.execute(
            "SELECT article_id, id AS event_id, type, mode, status, attributed_to, date, place, trigger, "
            "trigger_start, trigger_end, evidence, evidence_start, evidence_end, confidence, score FROM events "
            "WHERE article_id = ANY(?)", [arts]))
        heads = {r["id"]: r for r in _rows(con.execute(
            "SELECT id, title, outlet, published, url FROM articles WHERE id = ANY(?)", [arts]))}
        canon = dict(con.execute("SELECT article_id, canonical_id FROM article_clusters WHERE article_id = ANY(?)",
                                 [arts]).fetchall())
    wanted = set(keys)
    st["evidence"] = []
    for r in ev:
        head = heads.get(r["article_id"])
        if (r["article_id"], r["event_id"]) not in wanted or head is None:
            continue
        r.update((k, head[k]) for k in ("title", "outlet", "published", "url"))
        c = canon.get(r["article_id"])
        r["duplicate_of"] = c if c not in (None, r["article_id"]) else None
        st["evidence"].append(r)
    claims = sorted({(r["article_id"], r["attributed_to"]) for r in st["evidence"] if r["attributed_to"]})
    sources = {}
    if claims:  # who makes each claim: the statement's source (its actor's name, else its words)
        sources = {(a, i): n for a, i, n in con.execute(
            "SELECT st.article_id, st.id, coalesce(ac.name, st.source_text) FROM statements st "
            "LEFT JOIN actors ac ON ac.article_id = st.article_id AND ac.id = st.source_actor "
            "WHERE st.article_id = ANY(?)", [sorted({a for a, _ in claims})]).fetchall()}
    for r in st["evidence"]:
        r["claimed_by"] = sources.get((r["article_id"], r.pop("attributed_to")))
    st["evidence"].sort(key=lambda r: (str(r["published"]), r["article_id"], r["event_id"]))
    return st


def _event_dyads_where(type=None, status=None, claimed=None, entity=None, since=None, until=None):
    where, params = [], []
    for col, v in (("type", type), ("status", status)):
        if v:
            where.append(f"{col} = ?")
            params.append(v)
    if claimed is not None:
        where.append("claimed = ?")
        params.append(bool(claimed))
    if entity:
        where.append("(source_entity = ? OR target_entity = ?)")
        params += [entity, entity]
    if since:
        where.append("date_end >= ?")
        params.append(_day(since))
    if until:
        where.append("date_start <= ?")
        params.append(_day(until))
    return ("WHERE " + " AND ".join(where)) if where else "", params


def event_dyads_query(con, type=None, status=None, claimed=None, entity=None, since=None, until=None):
    """SQL and parameters selecting every matching row of ``event_dyads`` (every row by default; a date
    range keeps the events whose ``date_start``–``date_end`` overlaps it, so undated events drop out)."""
    w, params = _event_dyads_where(type, status, claimed, entity, since, until)
    return f"SELECT * FROM event_dyads {w} ORDER BY article_id, event_id, source_actor, target_actor", params


def event_dyads(con, type=None, status=None, claimed=None, entity=None, since=None, until=None,
                limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of ``event_dyads`` rows (one per event and pair of parties) and their total."""
    sql, params = event_dyads_query(con, type, status, claimed, entity, since, until)
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    return {"items": _rows(con.execute(f"{sql} LIMIT {_limit(limit)} OFFSET {int(offset)}", params)),
            "total": total}


def event_types(con) -> list[str]:
    from ..records import EVENT_TYPES

    return list(EVENT_TYPES)


def located_stories(con, limit: int = MAX_LIMIT, **filters) -> dict[str, Any]:
    """The stories with coordinates among those ``filters`` select (as :func:`stories` takes them), the
    most reported first: what a map shows, with the total located."""
    filters.pop("undated", None)
    return stories(con, limit=limit, located=True, sort="articles", **filters)


def connect_read_only_web(path: str) -> duckdb.DuckDBPyConnection:
    """Read-only connection for the web server. It only runs newsgraph's own queries; file access stays on
    so Parquet downloads can be written to a temporary file."""
    return _open_checked(path)
