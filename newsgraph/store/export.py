"""Export tables to Parquet, CSV or JSON lines (DuckDB's own writers: no pyarrow needed), and run a user's
read-only SQL with output as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from .connect import store_error
from .queries import _day, _open_checked, connect_read_only

FORMATS = {"parquet": ("parquet", "(FORMAT parquet, COMPRESSION zstd)"),
           "csv": ("csv", "(FORMAT csv, HEADER true)"),
           "jsonl": ("jsonl", "(FORMAT json)")}

# table -> (SELECT list, how a date range applies to it)
_BY_ARTICLE = "article_id IN (SELECT id FROM articles WHERE {cond})"
TABLES: dict[str, tuple[str, str | None]] = {
    "articles": ("id, source, url, outlet, title, published, language, text, headings, authors, published_from, "
                 "model, ingested_at", "{cond}"),
    "actors": ("*", _BY_ARTICLE),
    "mentions": ("*", _BY_ARTICLE),
    "statements": ("*", _BY_ARTICLE),
    "events": ("*", _BY_ARTICLE),
    "article_clusters": ("article_id, canonical_id, similarity", _BY_ARTICLE),
    "entities": ("*", "{entity_cond}"),
    "actor_entities": ("*", _BY_ARTICLE),
    "stories": ("* EXCLUDE (updated_at)", "{story_cond}"),
    "story_events": ("*", _BY_ARTICLE),
    "relations": ("*, round(score_sum / n_events, 3) AS mean_score", "{period_cond}"),
}


def _lit(d: date) -> str:
    return f"DATE '{d.isoformat()}'"


def _conditions(since: date | None, until: date | None) -> dict[str, str]:
    def rng(col: str, lo_col: str | None = None) -> str:
        parts = []
        if since:
            parts.append(f"{lo_col or col} >= {_lit(since)}")
        if until:
            parts.append(f"{col} <= {_lit(until)}")
        return " AND ".join(parts) or "true"

    return {"cond": rng("published"), "story_cond": rng("date"), "period_cond": rng("period").replace(
        f"period >= {_lit(since)}", f"period >= date_trunc('month', {_lit(since)})") if since else rng("period"),
        "entity_cond": rng("first_seen", "last_seen")}


def table_query(table: str, since=None, until=None) -> str:
    if table not in TABLES:
        raise StoreError(f"{table}: no such table to export; choose from {', '.join(TABLES)}")
    cols, filt = TABLES[table]
    since, until = _day(since), _day(until)
    where = ""
    if filt and (since or until):
        where = " WHERE " + filt.format(**_conditions(since, until))
    return f"SELECT {cols} FROM {table}{where}"


def export(db: str, out: str, fmt: str = "parquet", tables: list[str] | None = None, since=None,
           until=None) -> list[tuple[str, Path, int]]:
    """Write each table (all by default) to ``out``: a file when one table is asked for and ``out`` is not a
    directory, else ``out/<table>.<ext>``. Returns (table, path, rows) for each file written."""
    if fmt not in FORMATS:
        raise StoreError(f"{fmt}: unknown format; choose parquet, csv or jsonl")
    ext, opts = FORMATS[fmt]
    names = list(tables or TABLES)
    for t in names:
        if t not in TABLES:
            raise StoreError(f"{t}: no such table to export; choose from {', '.join(TABLES)}")
    target = Path(out)
    single = len(names) == 1 and tables and not target.is_dir()
    con = _open_checked(db)
    if not single:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            con.close()
            raise StoreError(f"{out}: cannot create the output directory ({e.strerror or e})") from e
    written = []
    try:
        for t in names:
            path = target if single else target / f"{t}.{ext}"
            q = table_query(t, since, until)
            n = con.execute(f"SELECT count(*) FROM ({q})").fetchone()[0]
            p = str(path).replace("'", "''")
            con.execute(f"COPY ({q}) TO '{p}' {opts}")
            written.append((t, path, n))
    except duckdb.Error as e:
        msg = " ".join(str(e).split("\n")[0].split())
        if "corrupt" in msg.lower() or "checksum" in msg.lower():
            raise store_error(db, e) from e
        raise StoreError(f"export to {out} failed: {msg}") from e
    finally:
        con.close()
    return written


def copy_query(con, sql: str, params: list, fmt: str) -> bytes:
    """The result of one of newsgraph's own queries as file bytes (csv or parquet), for downloads.
    Parameters are inlined as SQL literals (dates, numbers, strings and lists of them, quoted)."""
    import os
    import tempfile

    if fmt not in ("csv", "parquet"):
        raise StoreError(f"{fmt}: download as csv or parquet")
    if fmt == "csv":
        cur = con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in cur.fetchall():
            w.writerow([_cell(v) for v in r])
        return buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(suffix=".parquet")
    os.close(fd)
    try:
        con.sql(inline_params(sql, params)).write_parquet(tmp)
        return Path(tmp).read_bytes()
    finally:
        Path(tmp).unlink(missing_ok=True)


def _literal(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, datetime):
        return f"TIMESTAMP '{v.isoformat(sep=' ')}'"
    if isinstance(v, date):
        return _lit(v)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_literal(x) for x in v) + "]::VARCHAR[]" if v else "[]::VARCHAR[]"
    return "'" + str(v).replace("'", "''") + "'"


def inline_params(sql: str, params: list) -> str:
    parts = sql.split("?")
    if len(parts) - 1 != len(params):
        raise StoreError("internal: parameter count mismatch")
    out = [parts[0]]
    for p, rest in zip(params, parts[1:], strict=True):
        out += [_literal(p), rest]
    return "".join(out)


def _cell(v: Any) -> Any:
    if isinstance(v, list | tuple):
        return json.dumps([_jsonable(x) for x in v], ensure_ascii=False)
    if isinstance(v, date | datetime):
        return v.isoformat()
    return "" if v is None else v


def _jsonable(v: Any) -> Any:
    if isinstance(v, date | datetime):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, bytes):
        return v.hex()
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


# -- `newsgraph query` -------------------------------------------------------------------------------------
def run_query(db: str, sql: str, max_rows: int | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only SQL statement on the store (no writes, no access to other files)."""
    con = connect_read_only(db)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        cols = [d[0] for d in cur.description]
        rows = cur.fetchmany(max_rows) if max_rows else cur.fetchall()
        return cols, rows
    except duckdb.Error as e:
        raise StoreError(f"query failed: {' '.join(str(e).split())}") from e
    finally:
        con.close()


def format_rows(cols: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":
        return json.dumps([{c: _jsonable(v) for c, v in zip(cols, r, strict=True)} for r in rows],
                          ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps({c: _jsonable(v) for c, v in zip(cols, r, strict=True)}, ensure_ascii=False)
                         for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(v) for v in r])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise StoreError(f"{fmt}: unknown output format; choose table, csv, json or jsonl")

    def cell(v: Any) -> str:
        s = "NULL" if v is None else str(_cell(v) if isinstance(v, list | tuple) else v)
        s = " ".join(s.split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(b[i]) for b in body]) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(b, widths, strict=True)) for b in body]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
