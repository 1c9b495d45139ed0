"""From many articles to one picture: near-duplicate clusters, actors merged across articles, events
merged into stories, and per-dyad pre-aggregates. Incremental: :func:`update_stories` processes only the
articles stored since its last run (those without a row in ``article_clusters``), and touches only the
stories, entities and relations those articles change.

Story rule: an event joins a story of the same PLOVER type whose dates are within ``window_days`` of its
date, that shares at least one participant (actors merged across articles) and whose place is compatible
(no two different countries). When an event fits several stories they are merged into one.
``n_articles`` counts distinct non-duplicate articles (near-duplicate clusters count once),
``n_reports`` every article, ``n_outlets`` distinct outlets (syndicated copies included).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from . import dedup

WINDOW_DAYS = 2
_STORY_TYPES = ("VARCHAR",) * 5 + ("DATE",) * 5 + ("INTEGER",) * 4 + ("VARCHAR[]",) * 3 + (
    "VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE", "DOUBLE", "TIMESTAMP")
CHUNK = 500


@dataclass
class UpdateReport:
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    stories_touched: int = 0
    stories_merged: int = 0
    entities_touched: int = 0
    duplicate_of: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return (f"{self.articles} article(s) linked ({self.duplicates} near-duplicate), {self.events} event(s) "
                f"placed in stories, {self.stories_touched} story(ies) updated")


# -- actors across articles ------------------------------------------------------------------------------
_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def normalise_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _PUNCT.sub(" ", s)
    s = _SPACE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def entity_id(name: str, kind: str | None, country: str | None, kb_id: str | None) -> str | None:
    """The cross-article id of an actor: its knowledge-base id, else normalised name + country.
    Anonymous sources ("a European official") are not merged across articles: None."""
    if kind == "anonymous":
        return None
    if kb_id:
        return kb_id
    n = normalise_name(name or "")
    if not n:
        return None
    return f"name:{n}|{country or ''}"


# -- the update ---------------------------------------------------------------------------------------
def update_stories(store, *, window_days: int = WINDOW_DAYS, rebuild: bool = False,
                   chunk: int = CHUNK) -> UpdateReport:
    """Link near-duplicates, merge actors and events across the articles stored since the last call.

    Safe to call any number of times (a second call with nothing new does nothing). ``rebuild=True``
    clears everything derived and recomputes it from the stored articles.
    """
    con = store.con
    report = UpdateReport()
    if rebuild:
        con.execute("BEGIN TRANSACTION")
        for t in ("article_signatures", "article_bands", "article_clusters", "entities", "actor_entities",
                  "stories", "story_events", "story_participants", "relations", "article_terms",
                  "store_summary"):
            con.execute(f"DELETE FROM {t}")
        con.execute("COMMIT")
    pending = [r[0] for r in con.execute(
        "SELECT a.id FROM articles a ANTI JOIN article_clusters c ON c.article_id = a.id "
        "ORDER BY a.ingested_at, a.id").fetchall()]
    for i in range(0, len(pending), chunk):
        ids = pending[i:i + chunk]
        con.execute("BEGIN TRANSACTION")
        try:
            _process(con, ids, window_days, report)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    if pending or rebuild:
        refresh_summary(store)
    return report


def _process(con, ids: list[str], window_days: int, report: UpdateReport) -> None:
    con.execute("CREATE OR REPLACE TEMP TABLE _batch (article_id VARCHAR)")
    _insert(con, "_batch", [[i] for i in ids], ("VARCHAR",))
    canonical = _link_duplicates(con, ids, report)
    ent = _merge_actors(con)
    _place_events(con, canonical, ent, window_days, report)
    report.articles += len(ids)


def _link_duplicates(con, ids: list[str], report: UpdateReport) -> dict[str, str]:
    rows = con.execute("SELECT a.id, a.title, a.text FROM articles a JOIN _batch b ON b.article_id = a.id").fetchall()
    by_id = {r[0]: r for r in rows}
    sigs: dict[str, tuple] = {}
    keys: dict[str, list[int]] = {}
    for aid in ids:
        _, title, text = by_id[aid]
        sig, n = dedup.signature(text or "")
        sigs[aid] = (sig, n)
        keys[aid] = dedup.band_keys(sig) if n else []
    # candidates already stored
    con.execute("CREATE OR REPLACE TEMP TABLE _keys (band_key UBIGINT, article_id VARCHAR)")
    _insert(con, "_keys", [[k, a] for a, ks in keys.items() for k in ks], ("UBIGINT", "VARCHAR"))
    old_pairs = con.execute(
        "SELECT DISTINCT k.article_id, b.article_id FROM _keys k JOIN article_bands b ON b.band_key = k.band_key"
    ).fetchall()
    old_cands: dict[str, set[str]] = defaultdict(set)
    for new, old in old_pairs:
        old_cands[new].add(old)
    old_ids = sorted({o for _, o in old_pairs})
    old_sig: dict[str, tuple] = {}
    old_canon: dict[str, str] = {}
    if old_ids:
        for aid, n, blob, canon in con.execute(
                "SELECT s.article_id, s.n_shingles, s.signature, c.canonical_id FROM article_signatures s "
                "JOIN article_clusters c ON c.article_id = s.article_id WHERE s.article_id IN "
                "(SELECT unnest(?::VARCHAR[]))", [old_ids]).fetchall():
            old_sig[aid] = (dedup.from_blob(blob), n)
            old_canon[aid] = canon
    # new against stored and against earlier new ones, in ingest order
    bucket: dict[int, list[str]] = defaultdict(list)
    canonical: dict[str, str] = {}
    sim: dict[str, float] = {}
    for aid in ids:
        sig, n = sigs[aid]
        best, best_c = None, 0.0
        cands = [(o, old_sig[o], old_canon[o]) for o in sorted(old_cands.get(aid, ())) if o in old_sig]
        cands += [(o, sigs[o], canonical[o]) for o in sorted({o for k in keys[aid] for o in bucket[k]})]
        for _o, (s2, n2), canon in cands:
            c = dedup.containment(sig, n, s2, n2)
            if c >= dedup.CONTAINMENT and c > best_c:
                best, best_c = canon, c
        canonical[aid] = best or aid
        sim[aid] = best_c if best else 1.0
        if best:
            report.duplicates += 1
            report.duplicate_of[aid] = best
        for k in keys[aid]:
            bucket[k].append(aid)
    now = _now()
    _insert(con, "article_signatures", [[a, sigs[a][1], dedup.to_blob(sigs[a][0])] for a in ids],
            ("VARCHAR", "INTEGER", "BLOB"))
    con.execute("INSERT INTO article_bands SELECT band_key, article_id FROM _keys")
    _insert(con, "article_clusters", [[a, canonical[a], sim[a], now] for a in ids],
            ("VARCHAR", "VARCHAR", "DOUBLE", "TIMESTAMP"))
    terms = [[t, a] for a in ids for t in dedup.search_terms(f"{by_id[a][1] or ''} {by_id[a][2] or ''}")]
    _insert(con, "article_terms", terms, ("UBIGINT", "VARCHAR"))
    return canonical


def _merge_actors(con) -> dict[tuple[str, str], str]:
    rows = con.execute(
        "SELECT x.article_id, x.id, x.name, x.kind, x.country, x.sector, x.kb_id, x.n_mentions, a.published "
        "FROM actors x JOIN _batch b ON b.article_id = x.article_id JOIN articles a ON a.id = x.article_id "
        "ORDER BY x.article_id, x.id").fetchall()
    mapping: dict[tuple[str, str], str] = {}
    agg: dict[str, dict] = {}
    for art, aid, name, kind, country, sector, kb, nm, pub in rows:
        eid = entity_id(name, kind, country, kb)
        if eid is None:
            continue
        mapping[(art, aid)] = eid
        g = agg.setdefault(eid, {"name": name, "kind": kind, "country": country, "sector": sector, "kb": kb,
                                 "arts": set(), "mentions": 0, "first": pub, "last": pub})
        g["arts"].add(art)
        g["mentions"] += nm or 0
        g["country"] = g["country"] or country
        g["sector"] = g["sector"] or sector
        if pub and (g["first"] is None or pub < g["first"]):
            g["first"] = pub
        if pub and (g["last"] is None or pub > g["last"]):
            g["last"] = pub
    if mapping:
        _insert(con, "actor_entities", [[a, b, e] for (a, b), e in mapping.items()], ("VARCHAR",) * 3)
    if agg:
        _insert(con, "entities", [
            [e, g["name"], g["kind"], g["country"], g["sector"], g["kb"], len(g["arts"]), g["mentions"],
             g["first"], g["last"]] for e, g in agg.items()],
            ("VARCHAR",) * 6 + ("INTEGER", "INTEGER", "DATE", "DATE"),
            "ON CONFLICT (entity_id) DO UPDATE SET "
            "n_articles = entities.n_articles + excluded.n_articles, "
            "n_mentions = entities.n_mentions + excluded.n_mentions, "
            "country = coalesce(entities.country, excluded.country), "
            "sector = coalesce(entities.sector, excluded.sector), "
            "first_seen = coalesce(least(entities.first_seen, excluded.first_seen), excluded.first_seen), "
            "last_seen = coalesce(greatest(entities.last_seen, excluded.last_seen), excluded.last_seen)")
    return mapping


def _event_day(value: str | None, precision: str | None, published) -> date | None:
    if value and precision == "day" and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return published


def _story_id(article_id: str, event_id: str) -> str:
    return "s" + hashlib.sha1(f"{article_id}:{event_id}".encode()).hexdigest()[:12]


@dataclass
class _Story:
    story_id: str
    type: str
    date_min: date | None
    date_max: date | None
    country: str | None
    participants: set[str]

    def fits(self, day: date | None, country: str | None, parts: set[str], window: timedelta) -> bool:
        if not parts or not (parts & self.participants):
            return False
        if day is None or self.date_min is None:
            return False
        if day < self.date_min - window or day > self.date_max + window:
            return False
        return not (country and self.country and country != self.country)

    def add(self, day: date, country: str | None, parts: set[str]) -> None:
        self.date_min = min(self.date_min, day)
        self.date_max = max(self.date_max, day)
        self.country = self.country or country
        self.participants |= parts


def _place_events(con, canonical: dict[str, str], ent: dict[tuple[str, str], str], window_days: int,
                  report: UpdateReport) -> None:
    rows = con.execute(
        "SELECT e.article_id, e.id, e.type, e.date, e.date_precision, e.place_country, e.actors, e.recipients, "
        "a.published FROM events e JOIN _batch b ON b.article_id = e.article_id "
        "JOIN articles a ON a.id = e.article_id ORDER BY a.ingested_at, e.article_id, e.id").fetchall()
    if not rows:
        return
    window = timedelta(days=window_days)
    events = []
    for art, eid, typ, dval, prec, country, actors, recips, pub in rows:
        parts = {ent[(art, x)] for x in list(actors or []) + list(recips or []) if (art, x) in ent}
        events.append((art, eid, typ, _event_day(dval, prec, pub), country, parts))
    days = [e[3] for e in events if e[3] is not None]
    stories: dict[str, _Story] = {}
    order: dict[str, int] = {}
    by_part: dict[tuple[str, str], set[str]] = defaultdict(set)  # (type, entity) -> stories with it

    def index(st: _Story) -> None:
        order.setdefault(st.story_id, len(order))
        for p in st.participants:
            by_part[(st.type, p)].add(st.story_id)

    if days:
        for sid, typ, dmin, dmax, country, parts in con.execute(
                "SELECT story_id, type, date_min, date_max, place_country, participants FROM stories "
                "WHERE date_max >= ? AND date_min <= ? AND type IN (SELECT unnest(?::VARCHAR[])) ORDER BY story_id",
                [min(days) - window, max(days) + window, sorted({e[2] for e in events})]).fetchall():
            st = _Story(sid, typ, dmin, dmax, country, set(parts or []))
            stories[sid] = st
            index(st)
    assign: list[list] = []
    touched: set[str] = set()
    merged: dict[str, str] = {}
    for art, eid, typ, day, country, parts in events:
        cands = sorted({sid for p in parts for sid in by_part.get((typ, p), ())}, key=order.__getitem__)
        fits = [stories[sid] for sid in cands if stories[sid].fits(day, country, parts, window)]
        if not fits:
            st = _Story(_story_id(art, eid), typ, day, day, country, set(parts))
            stories[st.story_id] = st
        else:
            st = fits[0]
            st.add(day, country, parts)
            for other in fits[1:]:  # this event bridges several stories: they are one
                st.add(other.date_min, other.country, other.participants)
                st.add(other.date_max, None, set())
                for p in other.participants:
                    by_part[(typ, p)].discard(other.story_id)
                del stories[other.story_id]
                merged[other.story_id] = st.story_id
                report.stories_merged += 1
        index(st)
        assign.append([art, eid, st.story_id])
        touched.add(st.story_id)
    # follow merge chains so every id points at a surviving story
    for a, b in list(merged.items()):
        while b in merged:
            b = merged[b]
        merged[a] = b
    for row in assign:
        row[2] = merged.get(row[2], row[2])
    touched = {merged.get(s, s) for s in touched}
    _insert(con, "story_events", assign, ("VARCHAR",) * 3)
    gone = sorted(merged)
    old_entities: set[str] = set()
    if gone:
        old_entities |= {r[0] for r in con.execute(
            "SELECT DISTINCT entity_id FROM story_participants WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
            [gone]).fetchall()}
        con.executemany("UPDATE story_events SET story_id = ? WHERE story_id = ?", [[b, a] for a, b in merged.items()])
        for t in ("stories", "story_participants"):
            con.execute(f"DELETE FROM {t} WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [gone])
    report.events += len(assign)
    report.stories_touched += len(touched)
    entities = _recompute_stories(con, sorted(touched)) | old_entities
    report.entities_touched += len(entities)
    _recompute_relations(con, sorted(entities))


def _most_common(values: Iterable):
    c = Counter(v for v in values if v is not None)
    return min(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[0] if c else None


def _recompute_stories(con, story_ids: list[str]) -> set[str]:
    """Rewrite the rows of these stories from their evidence; the entities taking part."""
    if not story_ids:
        return set()
    con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT unnest(?::VARCHAR[]) AS story_id", [story_ids])
    old = {r[0] for r in con.execute(
        "SELECT DISTINCT p.entity_id FROM story_participants p JOIN _touched t USING (story_id)").fetchall()}
    raw = con.execute("""
        SELECT se.story_id, e.article_id, e.type, e.mode, e.status, e.date, e.date_precision, e.place,
               e.place_country, e.lat, e.lon, e.score, a.published, a.outlet, c.canonical_id,
               e.actors, e.recipients
        FROM story_events se JOIN _touched t ON t.story_id = se.story_id
        JOIN events e ON e.article_id = se.article_id AND e.id = se.event_id
        JOIN articles a ON a.id = se.article_id
        LEFT JOIN article_clusters c ON c.article_id = se.article_id""").fetchall()
    ent = {(a, x): e for a, x, e in con.execute(
        "SELECT ae.article_id, ae.actor_id, ae.entity_id FROM actor_entities ae WHERE ae.article_id IN "
        "(SELECT DISTINCT se.article_id FROM story_events se JOIN _touched t ON t.story_id = se.story_id)").fetchall()}
    rows = [r[:15] + ([ent.get((r[1], x)) for x in r[15] or []], [ent.get((r[1], x)) for x in r[16] or []])
            for r in raw]
    by_story: dict[str, list] = defaultdict(list)
    for r in rows:
        by_story[r[0]].append(r)
    all_ents = sorted({x for r in rows for x in list(r[15] or []) + list(r[16] or []) if x})
    names = dict(con.execute("SELECT entity_id, name FROM entities WHERE entity_id IN (SELECT unnest(?::VARCHAR[]))",
                             [all_ents]).fetchall()) if all_ents else {}
    out, parts_rows, now = [], [], _now()
    for sid in story_ids:
        rs = by_story.get(sid)
        if not rs:
            continue
        days = [_event_day(r[5], r[6], r[12]) for r in rs]
        known = [d for d in days if d]
        actor_c = Counter(x for r in rs for x in (r[15] or []) if x)
        recip_c = Counter(x for r in rs for x in (r[16] or []) if x)
        actors = [x for x, _ in sorted(actor_c.items(), key=lambda kv: (-kv[1], kv[0]))]
        recips = [x for x, _ in sorted(recip_c.items(), key=lambda kv: (-kv[1], kv[0])) if x not in actor_c]
        placed = [r for r in rs if r[7]]
        place = _most_common(r[7] for r in placed)
        pr = next((r for r in placed if r[7] == place), None)
        scores = [r[11] for r in rs if r[11] is not None]
        score = sum(scores) / len(scores) if scores else None
        pubs = [r[12] for r in rs if r[12]]
        typ = rs[0][2]
        label = f"{typ}: " + ", ".join(names.get(x, x) for x in actors[:3]) + (
            " → " + ", ".join(names.get(x, x) for x in recips[:3]) if recips else "")
        day = _most_common(known)
        n_articles = len({r[14] or r[1] for r in rs})
        out.append([sid, typ, _most_common(r[3] for r in rs), _most_common(r[4] for r in rs), label, day,
                    min(known) if known else None, max(known) if known else None,
                    min(pubs) if pubs else None, max(pubs) if pubs else None, len(rs), n_articles,
                    len({r[1] for r in rs}), len({r[13] for r in rs if r[13]}), actors, recips, actors + recips,
                    place, pr[8] if pr else _most_common(r[8] for r in rs), pr[9] if pr else None,
                    pr[10] if pr else None, score, now])
        for role, xs in (("actor", actors), ("recipient", recips)):
            parts_rows += [[x, sid, role, typ, day, score, n_articles, label] for x in xs]
    con.execute("DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _touched)")
    con.execute("DELETE FROM story_participants WHERE story_id IN (SELECT story_id FROM _touched)")
    if out:
        _insert(con, "stories", out, _STORY_TYPES)
    if parts_rows:
        _insert(con, "story_participants", parts_rows,
                ("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "DOUBLE", "INTEGER", "VARCHAR"))
    return old | {p[0] for p in parts_rows}


def _recompute_relations(con, entity_ids: list[str]) -> None:
    if not entity_ids:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _ents AS SELECT unnest(?::VARCHAR[]) AS entity_id", [entity_ids])
    con.execute("DELETE FROM relations WHERE entity_id IN (SELECT entity_id FROM _ents)")
    con.execute("""
        INSERT INTO relations
        SELECT p1.entity_id, p2.entity_id,
               CASE WHEN p1.role = 'actor' AND p2.role = 'recipient' THEN 'out'
                    WHEN p1.role = 'recipient' AND p2.role = 'actor' THEN 'in' ELSE 'with' END,
               date_trunc('month', p1.date)::DATE, p1.type, count(*), sum(p1.score)
        FROM story_participants p1 JOIN _ents t ON t.entity_id = p1.entity_id
        JOIN story_participants p2 ON p2.story_id = p1.story_id AND p2.entity_id <> p1.entity_id
        GROUP BY ALL""")


def refresh_summary(store) -> dict[str, str]:
    """Counts and date range that page headers show, kept in ``store_summary`` (computed at write time)."""
    con = store.con
    vals = {
        "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
        "duplicates": con.execute("SELECT count(*) FROM article_clusters WHERE canonical_id <> article_id").fetchone()[0],
        "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
        "stories": con.execute("SELECT count(*) FROM stories").fetchone()[0],
        "entities": con.execute("SELECT count(*) FROM entities").fetchone()[0],
        "statements": con.execute("SELECT count(*) FROM statements").fetchone()[0],
    }
    lo, hi = con.execute("SELECT min(date), max(date) FROM stories").fetchone()
    plo, phi = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    vals.update(date_min=lo, date_max=hi, published_min=plo, published_max=phi)
    outlets = con.execute("SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
                          "ORDER BY count(*) DESC, outlet LIMIT 200").fetchall()
    vals["outlets"] = "\n".join(o[0] for o in outlets)
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM store_summary")
    con.executemany("INSERT INTO store_summary VALUES (?, ?)",
                    [[k, None if v is None else str(v)] for k, v in vals.items()])
    con.execute("COMMIT")
    return {k: None if v is None else str(v) for k, v in vals.items()}


def _insert(con, table: str, rows: list, types: tuple[str, ...], suffix: str = "") -> None:
    """Bulk insert: one list parameter per column, unnested together (much faster than executemany)."""
    if not rows:
        return
    cols = [list(c) for c in zip(*rows, strict=True)]
    sel = ", ".join(f"unnest(?::{t}[])" for t in types)
    con.execute(f"INSERT INTO {table} SELECT * FROM (SELECT {sel}) {suffix}", cols)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
