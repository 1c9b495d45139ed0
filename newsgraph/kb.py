"""The actor knowledge base: bundled CSV files plus the user's own dictionaries (YAML or CSV).

Bundled files (``newsgraph/data/actors/``, see its README): countries, metonyms (the Kremlin, the
White House), organisations (IGOs, NGOs, media, parties, companies), sector terms (police → COP), and
people (heads of state and government, foreign ministers, with dates). A user file adds entries or
overrides bundled ones with the same name; its rows take the columns of ``people.csv`` plus ``kind``:

    - name: Xhelal Svecla
      aliases: [Svecla]
      kind: person
      country: KOS
      sector: GOV
      title: Interior Minister
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .errors import ConfigError

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
           "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
KINDS = {"person", "organization", "country", "group", "anonymous"}


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _split(cell: str | list | None) -> list[str]:
    if cell is None:
        return []
    if isinstance(cell, list):
        return [str(c).strip() for c in cell if str(c).strip()]
    return [c.strip() for c in str(cell).split("|") if c.strip()]


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None

    @property
    def stable_id(self) -> str:
        """The id an actor carries as ``kb_id``: one per person or body, whatever office the row is for."""
        return self.id if self.kind == "country" else f"{self.kind}:{_slug(self.name)}"

    def active_on(self, date: str | None) -> bool:
        if not date:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(eq=False)  # hashable by identity: matchers are cached per knowledge base
class KnowledgeBase:
    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)  # exact surface form -> entry ids
    adjectives: dict[str, str] = field(default_factory=dict)  # "Russian" -> "RUS"
    capitals: dict[str, str] = field(default_factory=dict)  # "Moscow" -> "RUS"
    sector_terms: dict[str, tuple[str, str]] = field(default_factory=dict)  # "police" -> ("COP", "group")

    # -- building -------------------------------------------------------------------------------
    def add(self, entry: Entry, override: bool = False) -> None:
        if override:  # a user entry replaces bundled entries of the same name
            for eid in list(self.names.get(entry.name, ())):
                old = self.entries.get(eid)
                if old and old.kind == entry.kind:
                    self._remove(eid)
        self.entries[entry.id] = entry
        for surface in (entry.name, *entry.aliases):
            ids = self.names.setdefault(surface, [])
            if entry.id not in ids:
                ids.append(entry.id)

    def _remove(self, eid: str) -> None:
        e = self.entries.pop(eid)
        for surface in (e.name, *e.aliases):
            ids = self.names.get(surface, [])
            if eid in ids:
                ids.remove(eid)

    # -- lookup ---------------------------------------------------------------------------------
    def lookup(self, surface: str, kind: str | None = None, date: str | None = None) -> list[Entry]:
        out = [self.entries[i] for i in self.names.get(surface, ()) if i in self.entries]
        if kind:
            out = [e for e in out if e.kind == kind]
        if date and len(out) > 1:
            active = [e for e in out if e.active_on(date)]
            out = active or out
        return out

    def country(self, iso3: str) -> Entry | None:
        return self.entries.get(f"country:{iso3}")

    def sector_of(self, term: str) -> tuple[str, str] | None:
        t = term.lower().strip()
        return self.sector_terms.get(t) or self.sector_terms.get(t.rstrip("s"))

    def phrases(self) -> Iterable[tuple[str, str]]:
        """(label, surface) pairs for a phrase matcher: every name, alias, capital and adjective."""
        for surface, ids in self.names.items():
            if ids:
                yield "KB", surface
        for surface in self.capitals:
            yield "CAPITAL", surface
        for surface in self.adjectives:
            yield "ADJ", surface


def _rows(path: Path | str, text: str | None = None) -> list[dict]:
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"{name}: cannot read actor dictionary ({e.strerror or e})") from e
    if name.lower().endswith((".yaml", ".yml")):
        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as e:
            raise ConfigError(f"{name}: invalid YAML ({e})") from e
        if isinstance(data, dict):
            data = data.get("actors", [])
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ConfigError(f"{name}: expected a list of actor entries (mappings)")
        return data
    return list(csv.DictReader(text.splitlines()))


def _entry_from_row(row: dict, source: str, default_kind: str) -> Entry:
    name = (row.get("name") or "").strip()
    if not name:
        raise ConfigError(f"{source}: an entry has no name")
    kind = (row.get("kind") or default_kind).strip()
    if kind not in KINDS:
        raise ConfigError(f"{source}: {name}: kind {kind!r} is not one of {sorted(KINDS)}")
    country = (row.get("country") or "").strip() or None
    sector = (row.get("sector") or "").strip() or None
    if sector and sector not in SECTORS:
        raise ConfigError(f"{source}: {name}: sector {sector!r} is not a PLOVER sector")
    start = str(row.get("start") or "").strip() or None
    end = str(row.get("end") or "").strip() or None
    eid = f"{kind}:{_slug(name)}" + (f"@{start}" if start else "") + (f":{_slug(row.get('title') or '')}" if kind == "person" and row.get("title") else "")
    return Entry(id=eid, name=name, kind=kind, country=country, sector=sector,
                 title=(row.get("title") or "").strip() or None, aliases=tuple(_split(row.get("aliases"))),
                 start=start, end=end)


def _bundled(name: str) -> tuple[str, str]:
    ref = resources.files("newsgraph").joinpath("data", "actors", name)
    return str(ref), ref.read_text(encoding="utf-8")


def build_kb(user_files: Iterable[str | os.PathLike] = ()) -> KnowledgeBase:
    kb = KnowledgeBase()
    src, text = _bundled("countries.csv")
    for row in _rows(src, text):
        iso = row["iso3"].strip()
        kb.add(Entry(id=f"country:{iso}", name=row["name"].strip(), kind="country", country=iso,
                     aliases=tuple(a for a in _split(row.get("aliases")))))
        for adj in _split(row.get("adjectives")):
            kb.adjectives.setdefault(adj, iso)
        for cap in _split(row.get("capitals")):
            kb.capitals.setdefault(cap, iso)
    src, text = _bundled("metonyms.csv")
    for row in _rows(src, text):
        kb.add(Entry(id=f"organization:{_slug(row['name'])}", name=row["name"].strip(), kind="organization",
                     country=row.get("country") or None, sector=row.get("sector") or None,
                     aliases=tuple(_split(row.get("aliases")))))
    src, text = _bundled("organizations.csv")
    for row in _rows(src, text):
        kb.add(_entry_from_row(row, src, "organization"))
    src, text = _bundled("people.csv")
    for row in _rows(src, text):
        kb.add(_entry_from_row(row, src, "person"))
    src, text = _bundled("sectors.csv")
    for row in _rows(src, text):
        kb.sector_terms[row["term"].strip().lower()] = (row["sector"].strip(), (row.get("kind") or "group").strip())
    for f in user_files:
        for row in _rows(f):
            kb.add(_entry_from_row(row, str(f), "person"), override=True)
    return kb


@lru_cache(maxsize=8)
def load_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base plus the given user dictionaries (cached)."""
    return build_kb(user_files)
