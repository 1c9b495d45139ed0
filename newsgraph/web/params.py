"""What a list page is asked for: the story filters (one definition for the page, the JSON API and the
downloads, so a download holds exactly what the page lists), a yes/no flag, and numbered paging links."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException

from ..store.export import window_suffix

_YES, _NO = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def flag(v: str | None, name: str) -> bool | None:
    """A yes/no parameter: None when absent or empty; 400 for anything but 1/0, true/false, yes/no."""
    if v in (None, ""):
        return None
    if v.lower() in _YES:
        return True
    if v.lower() in _NO:
        return False
    raise HTTPException(400, f"{name}: {v!r} is not yes or no (1 or 0)")


@dataclass(frozen=True)
class StoryFilters:
    type: str | None = None
    status: str | None = None
    standing: str | None = None
    actor: str | None = None
    country: str | None = None  # an actor's country (a participant's)
    place: str | None = None  # the country where it took place
    since: date | None = None
    until: date | None = None
    undated: bool | None = None

    def query(self) -> dict[str, Any]:
        """Keyword arguments of :func:`newsgraph.store.queries.stories` and ``stories_query``."""
        return asdict(self)

    def params(self) -> dict[str, str]:
        """As URL parameters (for links that keep the filters)."""
        out = {}
        for k, v in asdict(self).items():
            if v is None:
                continue
            out[k] = ("1" if v else "0") if isinstance(v, bool) else str(v)
        return out

    def download_name(self, base: str) -> str:
        """A download's file name: the table, and the window when one is applied (``stories_2025-03-01_2025-03-31``)."""
        return base + window_suffix(self.since, self.until, self.undated)

    def window(self) -> str | None:
        """The applied date window in words, or None when every date is included."""
        parts = []
        if self.since or self.until:
            parts.append(f"dated {self.since or '…'} to {self.until or '…'}")
        if self.undated is True:
            parts.append("undated only")
        elif self.undated is False:
            parts.append("dated only")
        return ", ".join(parts) or None

    def any(self) -> bool:
        return any(v is not None for v in asdict(self).values())


class Pager:
    """Numbered page links: every page when there are few, else the first, the last, those around the
    current one and evenly spaced ones between (so any page is a click or two away)."""

    SHOW_ALL = 30

    def __init__(self, page: int, per: int, total: int, params: dict[str, Any]):
        self.page, self.per, self.total = page, per, total
        self.pages = max(1, -(-total // per))
        self.params = {k: v for k, v in params.items() if v not in (None, "")}
        self.first = min(total, (page - 1) * per + 1)
        self.last = min(total, page * per)

    def href(self, n: int) -> str:
        return "?" + urlencode({**self.params, "page": n} if n > 1 else self.params)

    def links(self) -> list[int | None]:
        """Page numbers to link, None where a gap is."""
        n = self.pages
        if n <= self.SHOW_ALL:
            return list(range(1, n + 1))
        keep = {1, 2, n - 1, n} | set(range(max(1, self.page - 3), min(n, self.page + 3) + 1))
        step = max(1, n // 12)
        keep |= set(range(step, n, step))
        out: list[int | None] = []
        for i in sorted(keep):
            if out and out[-1] is not None and i > out[-1] + 1:
                out.append(None)
            out.append(i)
        return out
