"""Filters on a date column by constants, for tables kept in date order: DuckDB's zone maps (min/max per
row group) skip the row groups of other dates, so a reader of a few days reads those days' rows, not the
table. Dates as literals, not parameters: the filter is then pushed into the scan."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def _lit(d: date) -> str:
    return f"DATE '{d.isoformat()}'"


def between(col: str, lo: date | None, hi: date | None, nulls: bool = False) -> str:
    """``col`` between ``lo`` and ``hi`` (``false`` when there is no range), or null when ``nulls``."""
    out = [f"{col} BETWEEN {_lit(lo)} AND {_lit(hi)}"] if lo and hi else []
    if nulls:
        out.append(f"{col} IS NULL")
    return "(" + " OR ".join(out) + ")" if out else "false"


def among(col: str, days: Iterable[date | None]) -> str:
    """``col`` one of ``days`` (null among them: or null); ``false`` when there are none."""
    days = set(days)
    known = sorted(d for d in days if d is not None)
    out = [f"{col} IN ({', '.join(_lit(d) for d in known)})"] if known else []
    if None in days:
        out.append(f"{col} IS NULL")
    return "(" + " OR ".join(out) + ")" if out else "false"
