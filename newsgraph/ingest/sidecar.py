"""Per-file metadata for folders of articles: a CSV sidecar, and (opt-in) what file names say.

**CSV** (``--metadata FILE.csv``, setting ``metadata``): a header row, a ``path`` column and any of
``published``, ``outlet``, ``url``, ``title``. A path is read relative to the CSV file's folder (or
as an absolute path); a row whose path matches no input by location matches an input with the same
file name, when only one row has that name. Empty cells give nothing. What a row gives wins over what
the file itself says (a page's own title or date).

**File names** (``--metadata-from-names``, setting ``metadata_from_names``): a name of the form
``OUTLET_YYYY-MM-DD_SLUG.EXT`` (``breitbart_2016-10-04_bill-clinton-calls.txt``, PolNeAR's) gives the
outlet (``OUTLET`` as written) and the publication date. A CSV row wins over the name.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from .dates import normalize_date

COLUMNS = ("path", "published", "outlet", "url", "title")
_NAME = re.compile(r"^(?P<outlet>[A-Za-z0-9][A-Za-z0-9.&+-]{0,60})_(?P<date>\d{4}-\d{2}-\d{2})(?:_(?P<slug>.*))?$")


@dataclass
class Sidecar:
    by_path: dict[str, dict[str, str]] = field(default_factory=dict)
    by_name: dict[str, dict[str, str] | None] = field(default_factory=dict)  # None: the name is ambiguous

    def get(self, path: str) -> dict[str, str]:
        row = self.by_path.get(_resolved(path))
        if row is None:
            row = self.by_name.get(os.path.basename(path))
        return row or {}


def _resolved(path: str | Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(Path(path).absolute())


def load_metadata_csv(path: str | os.PathLike) -> Sidecar:
    """Read a metadata CSV; :class:`ConfigError` naming the row for anything wrong in it."""
    p = Path(path)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as e:
        raise ConfigError(f"{p}: cannot read metadata CSV ({e.strerror or e})") from e
    return _load(_resolved(p), mtime)


@lru_cache(maxsize=4)
def _load(path: str, _mtime: int) -> Sidecar:
    p = Path(path)
    try:
        with open(p, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = [h.strip().lower() for h in (reader.fieldnames or [])]
            if "path" not in header:
                raise ConfigError(f"{p}: metadata CSV needs a 'path' column (columns: {', '.join(COLUMNS)})")
            unknown = [h for h in header if h not in COLUMNS]
            if unknown:
                raise ConfigError(f"{p}: unknown metadata column(s) {unknown}; known: {', '.join(COLUMNS)}")
            reader.fieldnames = header
            side = Sidecar()
            for lineno, row in enumerate(reader, 2):
                rel = (row.get("path") or "").strip()
                if not rel:
                    raise ConfigError(f"{p}:{lineno}: no path")
                given = {k: v.strip() for k, v in row.items() if k in COLUMNS[1:] and isinstance(v, str) and v.strip()}
                if "published" in given:
                    iso = normalize_date(given["published"])
                    if not iso:
                        raise ConfigError(f"{p}:{lineno}: published {given['published']!r} is not a date")
                    given["published"] = iso
                target = Path(rel) if Path(rel).is_absolute() else p.parent / rel
                side.by_path[_resolved(target)] = given
                name = os.path.basename(rel)
                side.by_name[name] = None if name in side.by_name else given
    except UnicodeDecodeError as e:
        raise ConfigError(f"{p}: metadata CSV must be UTF-8 ({e.reason})") from e
    except csv.Error as e:
        raise ConfigError(f"{p}: malformed CSV ({e})") from e
    except OSError as e:
        raise ConfigError(f"{p}: cannot read metadata CSV ({e.strerror or e})") from e
    return side


def meta_from_name(path: str) -> dict[str, str]:
    """Outlet and date from a file name ``OUTLET_YYYY-MM-DD_SLUG.EXT``; nothing for any other name."""
    stem = os.path.basename(path).split(".")[0]
    m = _NAME.match(stem)
    if not m:
        return {}
    try:
        day = dt.date.fromisoformat(m["date"])
    except ValueError:
        return {}
    iso = normalize_date(day)
    return {"outlet": m["outlet"], "published": iso} if iso else {"outlet": m["outlet"]}


def file_meta(path: str, metadata: str | None, from_names: bool) -> dict[str, str]:
    """What the settings give a file: its name's outlet and date (when asked), then its CSV row."""
    out: dict[str, str] = {}
    if from_names:
        out.update(meta_from_name(path))
    if metadata:
        out.update(load_metadata_csv(metadata).get(path))
    return out
