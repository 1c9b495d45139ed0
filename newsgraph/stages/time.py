"""Dates: find date expressions and resolve them against the publication date, using the tense.

"will meet … on Friday" is the coming Friday, "warned on Wednesday" the past one. Every resolved
date keeps its words and its precision (day, month, year). dateparser handles absolute dates; the
relative ones (weekdays, last/next month, earlier this week) are resolved here because the right
direction depends on the clause's tense. Spans counted back ("three days ago", "a few months ago") and
seasons ("last summer") take the precision their words support: a day, a month or a year, or no value
where the span could fall in two ("two weeks ago" at the start of a month, "last winter"). A span
counted from the narrative ("two weeks earlier", "a day later") is anaphoric: it counts from the day the
article last stated, given by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

from ..analysis import Analysis

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MON = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_PATTERNS = [
    # "September 11th. 2012": a year after an ordinal day and a full stop is the date's (a slip for a comma)
    ("absolute", rf"\b{_MON}\s+\d{{1,2}}(?:(?:st|nd|rd|th)\.?)?(?:,?\s+\d{{4}})?\b"),
    ("absolute", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+\d{{4}})?\b"),
    ("absolute", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("month_year", rf"\b{_MON}\s+\d{{4}}\b"),
    ("relday", r"\b(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("weekday", r"\b(?:(?:last|next|this|on|coming|past)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\b"),
    ("relperiod", r"\b(?:(?:earlier|later)\s+)?(?:last|next|this|coming|past)\s+(?:week|month|year|weekend)\b"),
    ("month", rf"\b(?:in|last|next|this|early|late|mid-?|since|until|by)\s+{_MON}\b(?!\s+\d)"),
    # "three days ago", "a few months ago": counted back from the publication date
    ("ago", r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d{1,2})\s+"
            r"(?:days?|weeks?|months?|years?)\s+ago\b"),
    # "last summer": the season of a year (northern seasons; winter straddles two years and has no value)
    ("season", r"\b(?:last|this|next|past)\s+(?:spring|summer|fall|autumn|winter)\b"),
    ("year", r"\b(?:in|since|until|by|during|of)\s+((?:19|20)\d{2})\b"),
    # a year before a noun, after "the" or an owner ("the 2003 invasion of Iraq", "Russia's 2014 annexation")
    ("year", r"(?:\b(?:the|its|his|her|their)|['’]s)\s+(?:19|20)\d{2}\b(?=\s+[a-z])"),
    # a day named only by the narrative around it: the day the article last stated ("met Abe on Thursday …
    # held private meetings earlier in the day"), resolved by the caller with ``anchor``
    ("anaphoric", r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:earlier|later)\s+that\s+(?:morning|afternoon"
                  r"|evening|night)|that\s+same\s+day|the\s+same\s+day|the\s+(?:next|following|previous)\s+day"
                  r"|in\s+the\s+(?:morning|afternoon|evening)"
                  # "two weeks earlier", "a day later": counted from that day
                  r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                  r"(?:days?|weeks?|months?|years?)\s+(?:earlier|later))\b"),
]
_RX = [(k, re.compile(p, re.IGNORECASE)) for k, p in _PATTERNS]
_RX_LOWER = [(k, re.compile(p)) for k, p in _PATTERNS]  # the same on lower-cased text, faster


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str


def find_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    lower = text.lower()
    # lower-casing keeps every offset unless some character lower-cases to several ("İ")
    haystack, patterns = (lower, _RX_LOWER) if len(lower) == len(text) else (text, _RX)
    for kind, rx in patterns:
        for m in rx.finditer(haystack):
            if any(not (m.end() <= d.start or m.start() >= d.end) for d in found):
                continue
            start, end = m.start(), m.end()
            words = text[start:end]
            # keep only the date words, not the preposition before them
            lead = re.match(r"(?i)(?:on|in|since|until|by|during|of)\s+", words)
            if lead and kind in ("weekday", "month", "year"):
                start += lead.end()
                words = text[start:end]
            if kind == "year" and not words[:1].isdigit():  # ("the 2003 invasion": the year alone)
                start += re.search(r"\d", words).start()
                words = text[start:end]
            if words.endswith(("'s", "’s")):
                end -= 2
                words = text[start:end]
            if kind in _NAMEABLE and _in_a_name(text, start, end):
                continue
            found.append(DateMention(start, end, words, kind))
    return sorted(found, key=lambda d: d.start)


#: kinds of date words that also make up names of shows and titles ("Last Week Tonight", "This Week")
_NAMEABLE = frozenset({"relday", "relperiod"})
_OPENERS = "\"“‘'("


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether capitalized time words are part of a name ("the show “Last Week Tonight”"): every word
    capitalized, inside a sentence (not at its start, nor just after an opening quote), or just after an opening
    quote and followed by another capitalized word, on a line not written in title case (a headline's "Obama To Visit Cuba Next Week")."""
    words = text[start:end].split()
    if not all(w[:1].isupper() for w in words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].split()
    if line and sum(w[:1].isupper() for w in line) * 2 > len(line):
        return False
    before = text[line_start:start].rstrip()
    mid = bool(before) and before[-1] not in ".!?:" + _OPENERS
    after = re.match(r"\s+([A-Z]\w*)", text[end:])
    quoted = bool(before) and before[-1] in _OPENERS
    return mid or (quoted and after is not None and after.group(1).lower() not in _TIME_AFTER)


#: capitalized words that may follow time words opening a quoted sentence ("“Today I …")
_TIME_AFTER = frozenset({"i", "we", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


#: resolved dates outside these years are kept as words without a value (no date arithmetic past
#: ``datetime``'s range, no year 0 or 10000 in a stored value)
MIN_YEAR, MAX_YEAR = 1, 9999


def resolve(words: str, kind: str, published: str | None, tense: str,
            anchor: str | None = None) -> tuple[str | None, str | None]:
    """(ISO value, precision) for date words; ``tense`` is past, future or present. (None, None) when the
    words name no date, or one outside years 1–9999 ("last week" from 0001-01-01): never an exception.
    An ``anaphoric`` day ("earlier in the day", "the next day") counts from ``anchor``, the day the
    narrative stands on; without one it has no value."""
    try:
        if kind == "anaphoric":
            return _anaphoric(words, anchor)
        value, precision = _resolve(words, kind, published, tense)
    except (OverflowError, ValueError, ArithmeticError):
        return None, None
    if value is not None:
        year = value[:4]
        if not (year.isdigit() and MIN_YEAR <= int(year) <= MAX_YEAR and len(value.split("-")[0]) == 4):
            return None, None
    return value, precision


def _anaphoric(words: str, anchor: str | None) -> tuple[str | None, str | None]:
    if not anchor or len(anchor) != 10:
        return None, None
    w = " ".join(words.lower().split())
    parts = w.split()
    if parts[-1] in ("earlier", "later") and len(parts) == 3:
        # "two weeks earlier", "a day later": the span counted back or on from the narrative's day
        n = int(parts[0]) if parts[0].isdigit() else _COUNTS.get(parts[0])
        if n is None:
            return None, None
        return _span(n, parts[1].rstrip("s"), dt.date.fromisoformat(anchor), -1 if parts[-1] == "earlier" else 1)
    step = 1 if ("next" in w or "following" in w) else -1 if "previous" in w else 0
    return (dt.date.fromisoformat(anchor) + dt.timedelta(days=step)).isoformat(), "day"


def _resolve(words: str, kind: str, published: str | None, tense: str) -> tuple[str | None, str | None]:
    if not published:
        if kind in ("absolute", "month_year", "year"):
            return _absolute(words, None, tense, kind)
        return None, None
    base = dt.date.fromisoformat(published)
    w = words.lower()
    if kind == "relday":
        w = " ".join(w.split())
        delta = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}.get(w, 0)  # "this morning"
        return (base + dt.timedelta(days=delta)).isoformat(), "day"
    if kind == "weekday":
        name = next(d for d in WEEKDAYS if d in w)
        target = WEEKDAYS.index(name)
        diff = target - base.weekday()
        if "next" in w or "coming" in w or (tense == "future" and "last" not in w and "past" not in w):
            days = diff if diff >= 0 else diff + 7
            if "next" in w and days == 0:
                days = 7
        else:
            days = diff if diff <= 0 else diff - 7
            if "last" in w and days == 0:
                days = -7
            elif days == -6 and "last" not in w and "past" not in w:
                # a bare weekday six days back is the day after publication: the outlet's date lags the
                # event's time zone ("condemned … on Wednesday" in a Tuesday evening report from the US of a
                # Wednesday in Asia); six days back is written "last Wednesday"
                days = 1
        return (base + dt.timedelta(days=days)).isoformat(), "day"
    if kind == "relperiod":
        unit = next(u for u in ("weekend", "week", "month", "year") if u in w)
        step = 1 if ("next" in w or "coming" in w) else -1 if ("last" in w or "past" in w) else 0
        if unit == "year":
            return str(base.year + step), "year"
        if unit == "month":
            m = base.month - 1 + step
            return f"{base.year + m // 12:04d}-{m % 12 + 1:02d}", "month"
        d = base + dt.timedelta(days=7 * step)
        if unit == "weekend":
            d = d + dt.timedelta(days=(5 - d.weekday()) % 7)
            return d.isoformat(), "day"
        monday = d - dt.timedelta(days=d.weekday())
        iso = monday.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}", "week"
    if kind == "ago":
        return _ago(w, base)
    if kind == "season":
        return _season(w, base)
    if kind == "month":
        name = next((i for i, m in enumerate(MONTHS) if w.split()[-1].rstrip(".")[:3] == m[:3]), None)
        if name is None:
            return None, None
        month = name + 1
        if "next" in w:
            year = base.year if month > base.month else base.year + 1
        elif "last" in w:
            year = base.year if month < base.month else base.year - 1
        elif tense == "future":
            year = base.year if month >= base.month else base.year + 1
        else:
            year = base.year if month <= base.month else base.year - 1
        return f"{year:04d}-{month:02d}", "month"
    return _absolute(words, base, tense, kind)


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _ago(w: str, base: dt.date) -> tuple[str | None, str | None]:
    """ "three days ago": that day; "two months ago": that month; "five years ago": that year; "two weeks ago":
    the month, where the days around it all fall in one; "a few months ago": the year, where the months it can
    mean all fall in one; vaguer spans ("several years ago") have no value."""
    words = w.split()
    unit = words[-2].rstrip("s")
    count = " ".join(words[:-2])
    n = int(count) if count.isdigit() else _COUNTS.get(count)
    if n is None:  # "a few", "several"
        if unit == "month" and base.month > 6:
            return str(base.year), "year"
        return None, None
    return _span(n, unit, base, -1)


def _span(n: int, unit: str, base: dt.date, sign: int) -> tuple[str | None, str | None]:
    """The time ``n`` units back (``sign`` -1) or on (+1) from ``base``, at the precision the unit supports."""
    if unit == "day":
        return (base + dt.timedelta(days=sign * n)).isoformat(), "day"
    if unit == "week":
        mid = base + dt.timedelta(days=sign * 7 * n)
        lo, hi = mid - dt.timedelta(days=3), mid + dt.timedelta(days=3)
        return (f"{lo.year:04d}-{lo.month:02d}", "month") if (lo.year, lo.month) == (hi.year, hi.month) else (None, None)
    if unit == "month":
        m = base.month - 1 + sign * n
        return f"{base.year + m // 12:04d}-{m % 12 + 1:02d}", "month"
    return str(base.year + sign * n), "year"


#: the last month of each season with a value (northern seasons); winter straddles two years
_SEASON_END = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}


def _season(w: str, base: dt.date) -> tuple[str | None, str | None]:
    """ "last summer": the year of the last summer over by publication (2015's in July 2016); "this summer": this
    year's; "next summer": the next one to begin."""
    which, season = w.split()
    end = _SEASON_END.get(season)
    if end is None:
        return None, None
    if which in ("last", "past"):
        year = base.year if base.month > end else base.year - 1
    elif which == "next":
        year = base.year if base.month < end - 2 else base.year + 1
    else:
        year = base.year
    return str(year), "year"


_MONTH_NUMBER = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_DAY_MONTH_YEAR = re.compile(r"(?:(?P<m1>[a-z]+)\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
                             r"(?:of\s+)?(?P<m2>[a-z]+))(?:,?\s+(?P<y>\d{4}))?")
_MONTH_YEAR = re.compile(r"(?P<m>[a-z]+)\s+(?P<y>\d{4})")
_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")


def _as_dateparser_would(words: str, base: dt.date | None, tense: str, kind: str) -> tuple | None:
    """The answer dateparser gives for the date shapes :func:`find_dates` matches ("March 5", "5th of
    March, 2016", "2016-03-05", "March 2016"), computed directly; None where the words have another
    shape or name no valid day — those go to dateparser. A month and day without a year take the base
    date's year, moved back a year when that day is after the base (past tense) or on or before it
    (future), as dateparser's PREFER_DATES_FROM does (tests compare the two); without a base date they
    stay unresolved, (None, None), like the relative dates: dateparser would take the year from the
    clock, and an archived article's "March 5" is not this year's."""
    w = words.replace(".", "").lower().strip()
    try:
        if kind == "month_year":
            m = _MONTH_YEAR.fullmatch(w)
            month = _MONTH_NUMBER.get(m.group("m")[:3]) if m else None
            return (f"{int(m.group('y')):04d}-{month:02d}", "month") if month else None
        m = _ISO_DATE.fullmatch(w)
        if m:
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat(), "day"
        m = _DAY_MONTH_YEAR.fullmatch(w)
        if m is None:
            return None
        month = _MONTH_NUMBER.get((m.group("m1") or m.group("m2"))[:3])
        day = int(m.group("d1") or m.group("d2"))
        if month is None:
            return None
        if m.group("y"):
            return dt.date(int(m.group("y")), month, day).isoformat(), "day"
        if base is None:
            return None, None
        date = dt.date(base.year, month, day)
        if tense == "future":
            if not base < date:
                date = date.replace(year=date.year + 1)
        elif base < date:
            date = date.replace(year=date.year - 1)
        return date.isoformat(), "day"
    except ValueError:  # no such day ("April 31", "February 29" in a common year)
        return None


@lru_cache(maxsize=8192)  # dateparser takes milliseconds a call; the same words recur within and across articles
def _absolute(words: str, base: dt.date | None, tense: str, kind: str) -> tuple[str | None, str | None]:
    if kind == "year":
        m = re.search(r"(19|20)\d{2}", words)
        return (m.group(0), "year") if m else (None, None)
    direct = _as_dateparser_would(words, base, tense, kind)
    if direct is not None:
        return direct
    return _dateparser(words, base, tense, kind)


def _dateparser(words: str, base: dt.date | None, tense: str, kind: str) -> tuple[str | None, str | None]:
    settings = {"PREFER_DATES_FROM": "future" if tense == "future" else "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(words.replace(".", ""), languages=["en"], settings=settings)
    except (OverflowError, ValueError, ArithmeticError):
        return None, None
    if parsed is None:
        return None, None
    if kind == "month_year":
        return parsed.strftime("%Y-%m"), "month"
    return parsed.date().isoformat(), "day"


def run(an: Analysis) -> Analysis:
    an.dates.extend(find_dates(an.article.text))
    return an
