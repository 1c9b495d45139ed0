"""Publication dates: normalise what pages and feeds say into ISO dates."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as du_parser

_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE_COMPACT = re.compile(r"/(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")


def normalize_date(value: object, sane: bool = True) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date or date-time string/object, or None when it is not one.

    ``sane``: only years 1901–2099 (what a page or feed claims: "0001-01-01" is a placeholder, not a
    date); False accepts years 1–9999 (a date the user gives, ``--published``)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat() if not sane or 1900 < value.year < 2100 else None
    s = str(value).strip()
    if not s or len(s) > 64:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d.isoformat() if not sane or 1900 < d.year < 2100 else None
    try:
        # ignoretz: only the day is kept, and an unknown zone name would warn on stderr
        d = du_parser.parse(s, fuzzy=False, default=dt.datetime(1900, 1, 1), ignoretz=True)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if d.year == 1900 or not (1900 < d.year < 2100):
        return None
    return d.date().isoformat()


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    for rx in (_URL_DATE, _URL_DATE_COMPACT):
        m = rx.search(url)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                continue
    return None
