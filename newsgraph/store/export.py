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
from ..safety import cap_data, data_in_use, restore_data
from .connect import store_error
from .queries import _day, _open_checked

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
    "story_events": ("article_id, event_id, story_id", _BY_ARTICLE),  # (not the evidence kept for the update)
    "relations": ("*, round(score_sum / nullif(n_events, 0), 3) AS mean_score", "{period_cond}"),
    "event_dyads": ("*", _BY_ARTICLE),
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


def window_suffix(since=None, until=None, undated: bool | None = None) -> str:
    """What a file name says of the window its rows were selected by: ``""`` for everything, else
    ``_2025-03-01_2025-03-31`` (``start`` or ``end`` for an open end) and/or ``_undated``."""
    since, until = _day(since), _day(until)
    parts = []
    if since or until:
        parts.append(f"{since or 'start'}_{until or 'end'}")
    if undated is True:
        parts.append("undated")
    elif undated is False:
        parts.append("dated")
    return "".join("_" + p for p in parts)


def csv_select(con, query: str) -> str:
    """``query`` with its list columns as JSON text (``["a1", "a2"]``): how every CSV newsgraph writes holds
    lists, the CLI's export and the web's downloads alike."""
    cols = con.execute(f"DESCRIBE {query}").fetchall()
    sel = ", ".join(f'to_json("{n}") AS "{n}"' if str(t).endswith("[]") else f'"{n}"' for n, t, *_ in cols)
    return f"SELECT {sel} FROM ({query})"


def export(db: str, out: str, fmt: str = "parquet", tables: list[str] | None = None, since=None,
           until=None) -> list[tuple[str, Path, int]]:
    """Write each table (all by default) to ``out``: a file when one table is asked for and ``out`` is not a
    directory, else ``out/<table>.<ext>`` (``out/<table>_<since>_<until>.<ext>`` when a date range is given,
    so a file says which window it holds). List columns are JSON text in CSV. Returns (table, path, rows)
    for each file written."""
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
            path = target if single else target / f"{t}{window_suffix(since, until)}.{ext}"
            q = table_query(t, since, until)
            n = con.execute(f"SELECT count(*) FROM ({q})").fetchone()[0]
            if fmt == "csv":
                q = csv_select(con, q)
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
#: rows printed by default (``--limit``; 0 prints all)
QUERY_LIMIT = 1000
#: seconds a query may run, fetching included (``--timeout``; 0: no limit)
QUERY_TIMEOUT = 60.0
#: memory a query may take (``--memory``): DuckDB's memory_limit, and a cap on the process's data while it runs
QUERY_MEMORY = "2GB"

_SIZE = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12, "kib": 2**10, "mib": 2**20,
         "gib": 2**30, "tib": 2**40}


def parse_size(text: str) -> int:
    """Bytes in "2GB", "512MiB", "1000000"."""
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(text))
    if not m or m.group(2).lower() not in _SIZE:
        raise StoreError(f"{text!r}: not a size (say 2GB, 512MB)")
    return int(float(m.group(1)) * _SIZE[m.group(2).lower()])


class Query:
    """One read-only SQL statement on a store, streamed: rows come in batches, at most ``limit`` of them
    (``more`` tells whether there were others), within ``timeout`` seconds and ``memory`` bytes.

    Refused: more than one statement, writes, other files, extensions (the connection has no external
    access and no extension autoload)."""

    def __init__(self, db: str, sql: str, limit: int | None = QUERY_LIMIT, timeout: float | None = QUERY_TIMEOUT,
                 memory: str | int | None = QUERY_MEMORY, cap_process: bool = False):
        import threading

        self.limit = limit or None
        self.timeout = timeout or None
        self.more = False
        self.fetched = 0
        self._cap = None
        mem = parse_size(memory) if isinstance(memory, str) else memory
        config = {"memory_limit": f"{max(mem // 2, 64 * 2**20) // 2**20}MB"} if mem else {}
        self.con = _open_checked(db, enable_external_access=False, **config)
        try:
            self.con.execute("SET enable_progress_bar = false")  # (DuckDB draws one on long queries)
            try:
                statements = self.con.extract_statements(sql)
            except duckdb.Error as e:
                raise StoreError(f"query failed: {' '.join(str(e).split())}") from e
            if len(statements) != 1:
                raise StoreError(f"query failed: give one SQL statement per call (got {len(statements)})")
            if mem and cap_process:
                self._cap = cap_data(data_in_use() + mem)
            self._timer = threading.Timer(self.timeout, self._interrupt) if self.timeout else None
            self._stopped = False
            if self._timer is not None:
                self._timer.daemon = True
                self._timer.start()
            self.cur = self._run(lambda: self.con.execute(sql))
            self.columns = [d[0] for d in self.cur.description] if self.cur.description else []
        except BaseException:
            self.close()
            raise

    def _interrupt(self) -> None:
        self._stopped = True
        self.con.interrupt()

    def _run(self, fn):
        try:
            return fn()
        except duckdb.Error as e:
            if self._stopped or isinstance(e, duckdb.InterruptException) and self._stopped:
                raise StoreError(f"query stopped after {self.timeout:g} s (--timeout)") from e
            if isinstance(e, duckdb.OutOfMemoryException) or "out of memory" in str(e).lower():
                raise StoreError("query stopped: it needs more memory than allowed (--memory)") from e
            raise StoreError(f"query failed: {' '.join(str(e).split())}") from e
        except MemoryError as e:
            raise StoreError("query stopped: it needs more memory than allowed (--memory)") from e

    def batches(self, size: int = 1000):
        """Lists of rows, at most ``limit`` rows in all."""
        if not self.columns:
            return
        while self.limit is None or self.fetched < self.limit:
            n = size if self.limit is None else min(size, self.limit - self.fetched)
            rows = self._run(lambda n=n: self.cur.fetchmany(n))
            if not rows:
                return
            self.fetched += len(rows)
            yield rows
        self.more = bool(self._run(lambda: self.cur.fetchmany(1)))

    def close(self) -> None:
        timer = getattr(self, "_timer", None)
        if timer is not None:
            timer.cancel()
        if self._cap is not None:
            restore_data(self._cap)
            self._cap = None
        try:
            self.con.close()
        except (duckdb.Error, AttributeError):
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run_query(db: str, sql: str, max_rows: int | None = QUERY_LIMIT, timeout: float | None = QUERY_TIMEOUT,
              memory: str | None = QUERY_MEMORY) -> tuple[list[str], list[tuple]]:
    """Run one read-only SQL statement on the store (no writes, no access to other files): its columns
    and at most ``max_rows`` rows (None: all), within ``timeout`` seconds and ``memory``."""
    with Query(db, sql, limit=max_rows, timeout=timeout, memory=memory) as q:
        return q.columns, [r for batch in q.batches() for r in batch]


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
