"""Publication dates: normalise what pages and feeds say into ISO dates."""

from __future__ import annotations

import datetime as dt
import re
import warnings

from dateutil import parser as du_parser

_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE_COMPACT = re.compile(r"/(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")


_MIN_YEAR, _MAX_YEAR = 1900, 2100
_ISO_DT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")


def parse_datetime(value: str) -> dt.datetime | None:
    """A date-time with its offset as written (``…T17:18:13-08:00``), or None; never raises or warns.

    Only full ISO 8601 date-times are read here (the form JSON-LD, meta tags and ``<time>`` use);
    other strings go through :func:`normalize_date`.
    """
    m = _ISO_DT.match(str(value).strip()[:64])
    if not m:
        return _zoned(str(value))
    tz = None
    if m[7]:
        if m[7] == "Z":
            tz = dt.UTC
        else:
            off = m[7].replace(":", "")
            minutes = int(off[1:3]) * 60 + int(off[3:5])
            if minutes > 18 * 60:
                return None
            tz = dt.timezone(dt.timedelta(minutes=minutes if off[0] == "+" else -minutes))
    try:
        d = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz)
    except (ValueError, OverflowError):
        return None
    return d if _MIN_YEAR < d.year < _MAX_YEAR else None


_HAS_ZONE = re.compile(r"(?:GMT|UTC|Z)?[+-]\d{2}:?\d{2}\b|\b(?:GMT|UTC)\b")


def _zoned(value: str) -> dt.datetime | None:
    """A date-time in another written form that gives its offset ("Tue Nov 19 2019 03:05:46 GMT+0000")."""
    s = value.strip()
    if len(s) > 64 or not _HAS_ZONE.search(s) or not re.search(r"\d{1,2}:\d{2}", s):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # "GMT+0100" means one hour east; dateutil reads "GMT+1" the POSIX way (west), so the name goes
            s = re.sub(r"(?:GMT|UTC)(?=[+-]\d)", " ", re.sub(r"\s*\(.*\)\s*$", "", s))
            d = du_parser.parse(s, default=dt.datetime(1900, 1, 1))
    except Exception:  # noqa: BLE001 — whatever dateutil raises on a strange value: no date-time
        return None
    if d.tzinfo is None or not (_MIN_YEAR < d.year < _MAX_YEAR):
        return None
    try:
        d.utcoffset()
    except Exception:  # noqa: BLE001
        return None
    return d


def normalize_date(value: object, sane: bool = True) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date or date-time string/object, or None when it is not one.

    ``sane``: years outside 1901–2099 are not publication dates a page or feed claims (a ``9999-12-31``
    placeholder, a year 0); False accepts years 1–9999 (a date the user gives, ``--published``). No
    exception escapes and no library warning is printed (dateutil warns about zone names like ``EST``).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _normalize_date(value, (_MIN_YEAR, _MAX_YEAR) if sane else (0, 10_000))
    except Exception:  # whatever a library raises on a strange value: not a date
        return None


def _normalize_date(value: object, bounds: tuple[int, int] = (_MIN_YEAR, _MAX_YEAR)) -> str | None:
    lo, hi = bounds
    if value is None:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        d = value.date() if isinstance(value, dt.datetime) else value
        return d.isoformat() if lo < d.year < hi else None
    s = str(value).strip()
    if not s or len(s) > 64:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d.isoformat() if lo < d.year < hi else None
    try:
        # ignoretz: only the day is kept, and an unknown zone name would warn on stderr
        d = du_parser.parse(s, fuzzy=False, default=dt.datetime(1900, 1, 1), ignoretz=True)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if not (lo < d.year < hi):
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
