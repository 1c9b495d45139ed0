"""The actor knowledge base: bundled CSV files, the converted PETRARCH2/Phoenix dictionaries, plus the
user's own dictionaries (YAML or CSV).

Bundled files (``newsgraph/data/actors/``, see its README): countries, metonyms (the Kremlin, the
White House), organisations (IGOs, NGOs, media, parties, companies), sector terms (police → COP),
people (heads of state and government, foreign ministers, with dates), office holders since 2016
(``office_holders.csv``), and ``phoenix.tsv.gz`` (~18,700 people and ~6,800 bodies with date-ranged
CAMEO codes, made into country and sector by ``cameo_roles.csv``). One person has one row per role;
:func:`pick_role` takes the row of the article's date. The bundled part is built once and pickled in
the user's cache folder (:func:`bundled_kb`). A user file adds entries or
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
import gc
import gzip
import hashlib
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

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


#: generational suffixes of a name, as keys ("James P. Kennedy Jr." → "james p kennedy jr"): no surname
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "dos", "du", "van", "von", "der", "den", "la", "le", "di", "del",
              *NAME_SUFFIXES}


@lru_cache(maxsize=100_000)
def name_key(s: str) -> str:
    """A name as the knowledge base indexes it: no accents, case, full stops or hyphens ("Jean-Marc
    Ayrault" → "jean marc ayrault"; "Donald J. Trump" → "donald j trump")."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[.,]", " ", s).replace("-", " ")
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def short_key(key: str) -> str:
    """The key without middle initials and suffixes ("donald j trump" → "donald trump")."""
    words = key.split()
    if len(words) < 3:
        return key
    kept = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    while len(kept) > 2 and kept[-1] in NAME_SUFFIXES:
        kept.pop()
    return " ".join(kept)


def surname_key(key: str) -> str:
    words = [w for w in key.split() if w not in NAME_SUFFIXES]
    return words[-1] if words else key


def pick_role(entries: list[Entry], date: str | None) -> Entry | None:
    """The row that codes one person or body on ``date``: a dated row of newsgraph's own files (or the
    user's) that covers the date, else a Phoenix dated row that does (the latest begun), else an undated
    row (the entry's default role), else the latest role."""
    if not entries:
        return None
    if date:
        for group in ([e for e in entries if e.curated], [e for e in entries if not e.curated]):
            on = [e for e in group if e.dated and e.active_on(date)]
            if on:
                return max(on, key=lambda e: e.start or "")
    undated = [e for e in entries if not e.dated]
    if undated:
        return next((e for e in undated if e.curated), undated[0])
    return max(entries, key=lambda e: (e.end or "9999-99-99", e.start or "", e.curated))


class Entry(NamedTuple):
    """One row of the knowledge base: a person or body in one role (one term of office), or a country.
    (A named tuple, not a dataclass: the cached index of ~37,000 rows loads three times faster.)"""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    person: str | None = None  # the stable id, where it is not kind:slug(name) (Phoenix homonyms, merged people)
    curated: bool = True  # newsgraph's own files and the user's; False: converted from the Phoenix dictionaries

    @property
    def stable_id(self) -> str:
        """The id an actor carries as ``kb_id``: one per person or body, whatever office the row is for."""
        if self.person:
            return self.person
        return self.id if self.kind == "country" else f"{self.kind}:{_slug(self.name)}"

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

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
    keys: dict[str, list[str]] = field(default_factory=dict)  # name_key of every full name and alias -> entry ids
    surnames: dict[str, set[str]] = field(default_factory=dict)  # surname key -> stable ids of people it may name

    # -- building -------------------------------------------------------------------------------
    def add(self, entry: Entry, override: bool = False) -> None:
        if override:  # a user entry replaces bundled entries of the same name (every role of them)
            k = name_key(entry.name)
            for eid in list(self.names.get(entry.name, ())) + list(self.keys.get(k, ())):
                old = self.entries.get(eid)
                if old and old.kind == entry.kind:
                    for other in list(self.find_by_stable(old.stable_id)):
                        if other.id in self.entries:
                            self._remove(other.id)
        self.entries[entry.id] = entry
        if entry.curated:  # exact surface forms: the phrase matcher's (the Phoenix names are found by key)
            for surface in (entry.name, *entry.aliases):
                ids = self.names.setdefault(surface, [])
                if entry.id not in ids:
                    ids.append(entry.id)
        self._index(entry)

    def _index(self, entry: Entry) -> None:
        if entry.kind == "country":
            return
        for surface in (entry.name, *entry.aliases):
            k = name_key(surface)
            if not k:
                continue
            multi = " " in k
            if entry.kind == "person" and not multi:  # a lone surname alias ("Obama") only names by surname
                self.surnames.setdefault(k, set()).add(entry.stable_id)
                continue
            for kk in {k, short_key(k)} if entry.kind == "person" else {k}:
                ids = self.keys.setdefault(kk, [])
                if entry.id not in ids:
                    ids.append(entry.id)
            if entry.kind == "person":
                self.surnames.setdefault(surname_key(k), set()).add(entry.stable_id)

    def _remove(self, eid: str) -> None:
        e = self.entries.pop(eid)
        for surface in (e.name, *e.aliases):
            ids = self.names.get(surface, [])
            if eid in ids:
                ids.remove(eid)
            k = name_key(surface)
            for kk in (k, short_key(k)):
                ids = self.keys.get(kk, [])
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

    def find(self, surface: str, kind: str | None = None) -> list[Entry]:
        """Entries a full name may refer to: its exact form, else its key (case, accents, middle
        initials and full stops aside), over the Phoenix dictionaries too."""
        out = [self.entries[i] for i in self.names.get(surface, ()) if i in self.entries]
        if not out:
            k = name_key(surface)
            ids = self.keys.get(k) or self.keys.get(short_key(k)) or ()
            out = [self.entries[i] for i in ids if i in self.entries]
        if kind:
            out = [e for e in out if e.kind == kind]
        return out

    def resolve(self, surface: str, kind: str | None = None, date: str | None = None) -> Entry | None:
        """The one person or body a name refers to, coded by its role on ``date``; None where the
        name is unknown or could be two of them."""
        found = self.find(surface, kind)
        if not found or len({e.stable_id for e in found}) != 1:
            return None
        return pick_role(self.find_by_stable(found[0].stable_id) or found, date)

    def resolve_surname(self, surname: str, date: str | None = None) -> Entry | None:
        """The person a lone surname names when the article has not introduced anyone by it: only where
        exactly one person in the knowledge base bears it and a dictionary gives it as their alias."""
        k = name_key(surname)
        ids = self.surnames.get(k, set())
        if len(ids) == 1:
            [sid] = ids
            rows = self.find_by_stable(sid)
            if any(name_key(a) == k for e in rows for a in e.aliases):
                return pick_role(rows, date)
            return None
        # several people bear it: the one a newsgraph file gives it to as an alias, if in office that day
        own = {e.stable_id for i in self.names.get(surname, ()) if (e := self.entries.get(i)) and e.kind == "person"}
        if len(own) == 1 and date:
            rows = self.find_by_stable(next(iter(own)))
            role = pick_role(rows, date)
            if role is not None and role.curated and role.dated and role.active_on(date):
                return role
        return None

    def find_by_stable(self, sid: str) -> list[Entry]:
        by = self.__dict__.get("_by_stable")
        if by is None or self.__dict__.get("_by_stable_n") != len(self.entries):
            by = {}
            for e in self.entries.values():
                by.setdefault(e.stable_id, []).append(e)
            self.__dict__["_by_stable"] = by
            self.__dict__["_by_stable_n"] = len(self.entries)
        return by.get(sid, [])

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


BUNDLED = ("countries.csv", "metonyms.csv", "organizations.csv", "people.csv", "office_holders.csv", "sectors.csv",
           "cameo_roles.csv", "phoenix.tsv.gz")


def cameo_table() -> tuple[dict[str, tuple[str | None, str | None]], dict[str, tuple[str | None, str | None]],
                           dict[str, str]]:
    """``cameo_roles.csv``: (primary codes, codes after IGO, role codes → PLOVER sector)."""
    src, text = _bundled("cameo_roles.csv")
    primary, after_igo, roles = {}, {}, {}
    for row in _rows(src, text):
        pos, code = row["position"].strip(), row["code"].strip()
        country, sector = (row.get("country") or "").strip() or None, (row.get("sector") or "").strip() or None
        if pos == "primary":
            primary[code] = (country, sector)
        elif pos == "after_igo":
            after_igo[code] = (country, sector)
        else:
            roles.setdefault(code, sector or "")
    return primary, after_igo, roles


def code_to_plover(code: str, countries: set[str], table) -> tuple[str | None, str | None]:
    """A CAMEO actor code ("USAGOV", "IGOUNOKID", "MNCUSA", "AFGGOVMIL") → (country, PLOVER sector)."""
    primary, after_igo, roles = table
    head, rest = code[:3], code[3:]
    country, sector = None, None
    if head in primary:
        country, sector = primary[head]
        if head == "IGO" and rest[:3] in after_igo:
            country = after_igo[rest[:3]][0]
            rest = rest[3:]
    elif head in countries:
        country = head
    elif head in roles:  # a role without a country ("[ELI]")
        rest = code
    if head in ("MNC", "NGO", "IGO"):  # "MNCUSA": the company's home is not its PLOVER code
        rest = rest[3:] if rest[:3] in countries else rest
    found = [roles[rest[i:i + 3]] for i in range(0, len(rest) - 2, 3) if roles.get(rest[i:i + 3])]
    if found:  # the first role, but a legislator or judge of a government ("USAGOVLEG") is LEG or JUD
        sector = next((s for s in found[1:] if s in ("LEG", "JUD")), found[0]) if found[0] == "GOV" else found[0]
    return country, sector


def _phoenix(kb: KnowledgeBase) -> None:
    """The converted PETRARCH2/Phoenix dictionaries (``phoenix.tsv.gz``): one row per role of each
    person or body, after newsgraph's own entries. A Phoenix person whose full name (or alias) is a
    full name of a person newsgraph's files already hold for the same country is that person."""
    ref = resources.files("newsgraph").joinpath("data", "actors", "phoenix.tsv.gz")
    table = cameo_table()
    countries = {e.country for e in kb.entries.values() if e.kind == "country" and e.country}
    curated_people: dict[str, set[tuple[str, str | None]]] = {}
    for e in kb.entries.values():
        if e.kind == "person":
            for a in (e.name, *e.aliases):
                k = name_key(a)
                if " " in k:
                    curated_people.setdefault(short_key(k), set()).add((e.stable_id, e.country))
    rows = []
    with gzip.open(ref.open("rb"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("kind\t"):
                continue
            kind, name, aliases, codes = line.rstrip("\n").split("\t")
            rows.append((kind, name, tuple(a for a in aliases.split("|") if a), [c for c in codes.split("|") if c]))
    seen: dict[tuple[str, str], int] = {}
    for kind, name, _a, _c in rows:
        seen[(kind, _slug(name))] = seen.get((kind, _slug(name)), 0) + 1
    for kind, name, aliases, codes in rows:
        roles = []
        for c in codes:
            code, _, rng = c.partition("@")
            start, _, end = rng.partition("..")
            country, sector = code_to_plover(code, countries, table)
            roles.append((country, sector, start or None, end or None))
        if not roles:
            continue
        home = next((r[0] for r in roles if r[0]), None)  # "[ELI]" alone: the country of the other roles
        roles = [(c or home, sec, st, en) for c, sec, st, en in roles]
        countries_of = {r[0] for r in roles if r[0]}
        sid = None
        if kind == "person":
            for a in (name, *aliases):
                k = short_key(name_key(a))
                if " " not in k:
                    continue
                match = {s for s, c in curated_people.get(k, ()) if c is None or c in countries_of}
                if len(match) == 1:
                    sid = next(iter(match))
                    break
        if sid is None:
            sid = f"{kind}:{_slug(name)}"
            if seen[(kind, _slug(name))] > 1:  # two people (or bodies) of the same name: kept apart
                sid += "~" + "-".join(sorted(countries_of)).lower()
        for i, (country, sector, start, end) in enumerate(roles):
            kb.add(Entry(id=f"phoenix:{sid}#{i}", name=name, kind=kind, country=country, sector=sector,
                         aliases=aliases, start=start, end=end, person=sid, curated=False))


def _build_bundled() -> KnowledgeBase:
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
    for fname in ("people.csv", "office_holders.csv"):
        src, text = _bundled(fname)
        for row in _rows(src, text):
            kb.add(_entry_from_row(row, src, "person"))
    src, text = _bundled("sectors.csv")
    for row in _rows(src, text):
        kb.sector_terms[row["term"].strip().lower()] = (row["sector"].strip(), (row.get("kind") or "group").strip())
    _phoenix(kb)
    return kb


def _cache_path() -> Path | None:
    """Where the built index of the bundled files is kept: the user's cache folder, keyed by the files'
    contents (``NEWSGRAPH_CACHE`` overrides the folder; ``NEWSGRAPH_CACHE=0`` turns the cache off)."""
    base = os.environ.get("NEWSGRAPH_CACHE")
    if base == "0":
        return None
    h = hashlib.sha1(Path(__file__).read_bytes())  # this module's code too: a changed class builds anew
    for name in BUNDLED:
        h.update(resources.files("newsgraph").joinpath("data", "actors", name).read_bytes())
    root = Path(base) if base else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"
    return root / f"kb-{h.hexdigest()[:16]}.pickle"


def bundled_kb() -> KnowledgeBase:
    """The bundled knowledge base, from the cached index where one is built (first use builds it)."""
    path = _cache_path()
    if path is not None and path.exists():
        enabled = gc.isenabled()
        gc.disable()  # tens of thousands of objects at once: the collector's passes would cost a third
        try:
            with open(path, "rb") as f:
                kb = pickle.load(f)
            if isinstance(kb, KnowledgeBase):
                return kb
        except Exception:  # a damaged or foreign cache file: build again
            pass
        finally:
            if enabled:
                gc.enable()
    kb = _build_bundled()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: the index is built in memory each time
    return kb


def build_kb(user_files: Iterable[str | os.PathLike] = ()) -> KnowledgeBase:
    kb = bundled_kb()
    for f in user_files:
        for row in _rows(f):
            kb.add(_entry_from_row(row, str(f), "person"), override=True)
    return kb


@lru_cache(maxsize=8)
def load_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base plus the given user dictionaries (cached)."""
    return build_kb(user_files)
