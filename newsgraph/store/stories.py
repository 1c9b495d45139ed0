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

import contextlib
import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import duckdb

from . import dedup, fingerprints, zones
from .bulk import insert_rows as _insert
from .schema_v9 import ENTITIES as _ENTITIES
from .schema_v9 import EVIDENCE as _EVIDENCE
from .schema_v9 import EVIDENCE_COLUMNS as _EVIDENCE_COLUMNS
from .schema_v9 import EVIDENCE_JOINS as _EVIDENCE_JOINS
from .schema_v9 import ORDER as _EVENTS_ORDER

WINDOW_DAYS = 2
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


#: words that open or close a name without naming anyone: honorifics, titles, epithets ("Mrs. Clinton",
#: "President Obama", "Crooked Hillary Clinton", "Sen. Ted Cruz"); removed from people's names only
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
               "vice", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
               "secretary", "minister", "prime", "chancellor", "premier", "general", "gen", "lt", "col", "former",
               "ex", "late", "then", "crooked", "lyin", "sleepy", "little", "mayor", "judge", "justice", "king",
               "queen", "prince", "princess", "sheikh", "ayatollah", "pope", "rev", "reverend", "elect", "candidate",
               "nominee", "jr", "sr", "us", "u", "s"}


def normalise_name(name: str, person: bool = False) -> str:
    """A name as actors are merged by across articles: no accents, case, punctuation or leading
    article; possessives removed ("Clinton's" → "clinton"); for people also honorifics, titles and
    epithets ("Mrs. Clinton", "Crooked Hillary Clinton" → "clinton", "hillary clinton")."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"'s\b|'$", "", s)
    s = _PUNCT.sub(" ", s)
    s = _SPACE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    if person:
        words = s.split()
        while len(words) > 1 and words[0] in _HONORIFICS:
            words.pop(0)
        while len(words) > 1 and words[-1] in _HONORIFICS:
            words.pop()
        s = " ".join(words)
    return s


def entity_id(name: str, kind: str | None, country: str | None, kb_id: str | None) -> str | None:
    """The cross-article id of an actor: its knowledge-base id, else normalised name + country.
    Anonymous sources ("a European official") are not merged across articles: None."""
    if kind == "anonymous":
        return None
    if kb_id:
        return kb_id
    n = normalise_name(name or "", person=kind == "person")
    if not n:
        return None
    return f"name:{n}|{country or ''}"


def ambiguous(name: str, kind: str | None, kb_id: str | None, kb) -> int:
    """How many knowledge-base people a person's name without a KB id could be, where more than one
    ("Clinton": Bill or Hillary); 0 otherwise. Such an actor is not merged with others by its name."""
    if kind != "person" or kb_id or kb is None:
        return 0
    from ..kb import name_key

    n = normalise_name(name or "", person=True)
    if not n:
        return 0
    if " " not in n:
        people = kb.surnames.get(name_key(n), ())
    else:
        people = {e.stable_id for e in kb.find(n, kind="person")}
    return len(people) if len(people) > 1 else 0


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
    # Each chunk commits on its own (an interrupted update keeps what it finished), but DuckDB's automatic
    # checkpoint after a commit rewrites the indexes of every table changed, which costs more the bigger
    # the store: with many chunks, checkpoint once at the end instead.
    threshold = None
    if len(pending) > chunk:
        threshold = con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]
        con.execute("SET checkpoint_threshold = '64GB'")
    try:
        for i in range(0, len(pending), chunk):
            ids = pending[i:i + chunk]
            con.execute("BEGIN TRANSACTION")
            try:
                _process(con, ids, window_days, report)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
    finally:
        if threshold is not None:
            with contextlib.suppress(duckdb.Error):
                con.execute(f"SET checkpoint_threshold = '{threshold}'")
    if report.stories_touched and _should_recluster(con, report):
        _recluster(con)
    if threshold is not None:
        con.execute("CHECKPOINT")
    if pending or rebuild:
        refresh_summary(store)
    return report


#: DuckDB's row group: the unit its zone maps (min/max per column) skip when a filter excludes it
ROW_GROUP = 122_880


def _should_recluster(con, report: UpdateReport) -> bool:
    """After an update that rewrote a large share of the stories (a rebuild, a backfill in no particular
    date order), the tables are no longer in date order: list pages (latest stories, a date range) and the
    next updates (which read the rows of a few days, see :func:`_days`) would read every row group. Small
    updates of articles arriving over time append rows of recent dates, which keeps the order."""
    n = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    return n > ROW_GROUP and report.stories_touched >= n // 4


#: the tables kept in date order, and their order
_CLUSTERED = (("stories", "date NULLS FIRST, story_id"),
              ("story_events", _EVENTS_ORDER),
              ("story_participants", "date NULLS FIRST, story_id, entity_id"),
              ("relations", "period NULLS FIRST, entity_id, counterpart_id, direction, type"))


def _recluster(con) -> None:
    """Rewrite the tables of :data:`_CLUSTERED` in date order, so that a date filter reads only the row groups
    of its dates."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, order in _CLUSTERED:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _all_rows AS SELECT * FROM {table}")
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} SELECT * FROM _all_rows ORDER BY {order}")
            con.execute("DROP TABLE _all_rows")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("DROP TABLE IF EXISTS _all_rows")


def _days(col: str, lo: date | None, hi: date | None, nulls: bool = False) -> str:
    """A filter on ``col`` by constants (:func:`.zones.between`). The tables of :data:`_CLUSTERED` are in date
    order, so DuckDB's zone maps skip the row groups of other dates: an update reads the rows of the days it
    touches, not the store."""
    return zones.between(col, lo, hi, nulls)


def _process(con, ids: list[str], window_days: int, report: UpdateReport) -> None:
    con.execute("CREATE OR REPLACE TEMP TABLE _batch (article_id VARCHAR)")
    _insert(con, "_batch", [[i] for i in ids], ("VARCHAR",))
    _link_duplicates(con, ids, report)
    _merge_actors(con)
    _place_events(con, window_days, report)
    report.articles += len(ids)


def _link_duplicates(con, ids: list[str], report: UpdateReport) -> dict[str, str]:
    # the new articles' fingerprints, written with them (.fingerprints); computed here for those without
    stored = {r[0]: (dedup.from_blob(r[2]), r[1]) for r in con.execute(
        "SELECT s.article_id, s.n_shingles, s.signature FROM article_signatures s "
        "JOIN _batch b ON b.article_id = s.article_id").fetchall()}
    missing = [i for i in ids if i not in stored]
    if missing:
        con.execute("CREATE OR REPLACE TEMP TABLE _missing AS SELECT unnest(?::VARCHAR[]) AS article_id", [missing])
        texts = con.execute("SELECT a.id, a.title, a.text FROM articles a "
                            "JOIN _missing m ON m.article_id = a.id").fetchall()
        fingerprints.add(con, sorted(texts))
        stored.update({r[0]: (dedup.from_blob(r[2]), r[1]) for r in con.execute(
            "SELECT s.article_id, s.n_shingles, s.signature FROM article_signatures s "
            "JOIN _missing m ON m.article_id = s.article_id").fetchall()})
    sigs: dict[str, tuple] = {}
    keys: dict[str, list[int]] = {}
    for aid in ids:
        sig, n = stored[aid]
        sigs[aid] = (sig, n)
        keys[aid] = dedup.band_keys(sig) if n else []
    # candidates already stored (processed: an article stored but not yet processed is not one, even when its
    # band keys are written)
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
    _insert(con, "article_clusters", [[a, canonical[a], sim[a], _now()] for a in ids],
            ("VARCHAR", "VARCHAR", "DOUBLE", "TIMESTAMP"))
    return canonical


def _merge_actors(con) -> dict[tuple[str, str], str]:
    rows = con.execute(
        "SELECT x.article_id, x.id, x.name, x.kind, x.country, x.sector, x.kb_id, x.n_mentions, a.published "
        "FROM actors x JOIN _batch b ON b.article_id = x.article_id JOIN articles a ON a.id = x.article_id "
        "ORDER BY x.article_id, x.id").fetchall()
    mapping: dict[tuple[str, str], str] = {}
    agg: dict[str, dict] = {}
    know = None
    if rows:
        from ..kb import load_kb

        know = load_kb()
    for art, aid, name, kind, country, sector, kb, nm, pub in rows:
        eid = entity_id(name, kind, country, kb)
        if eid is None:
            continue
        if ambiguous(name, kind, kb, know):  # could be two KB people: one entity per article actor, marked so
            eid = f"ambiguous:{eid.removeprefix('name:')}@{art}/{aid}"
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
        # differences, not date ± window: no OverflowError next to year 1 or 9999
        if (self.date_min - day) > window or (day - self.date_max) > window:
            return False
        return not (country and self.country and country != self.country)

    def add(self, day: date, country: str | None, parts: set[str]) -> None:
        self.date_min = min(self.date_min, day)
        self.date_max = max(self.date_max, day)
        self.country = self.country or country
        self.participants |= parts


def _place_events(con, window_days: int, report: UpdateReport) -> None:
    """Put each new event into a story (greedy, in ingest order), then rewrite the touched stories and
    the relation rows they change with set-based SQL."""
    # the new events with the day each is placed on and the evidence their stories are computed from (kept
    # on their ``story_events`` rows, see .schema_v9), and the entities taking part in each
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _bev AS
        SELECT e.article_id, e.id, {_EVIDENCE}, a.ingested_at, e.actors, e.recipients
        FROM events e JOIN _batch b ON b.article_id = e.article_id {_EVIDENCE_JOINS}""")
    con.execute(f"CREATE OR REPLACE TEMP TABLE _bent AS {_ENTITIES.format(events='_bev')}")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _evp AS
        SELECT DISTINCT u.article_id, u.id, u.type, u.day, u.entity_id
        FROM (SELECT b.article_id, b.id, b.type, b.day,
                     unnest(list_concat(n.actor_entities, n.recipient_entities)) AS entity_id
              FROM _bev b JOIN _bent n ON n.article_id = b.article_id AND n.id = b.id) u""")
    rows = con.execute("""
        SELECT b.article_id, b.id, b.type, b.day, b.place_country, p.parts FROM _bev b
        LEFT JOIN (SELECT article_id, id, list(entity_id) AS parts FROM _evp GROUP BY ALL) p
               ON p.article_id = b.article_id AND p.id = b.id
        ORDER BY b.ingested_at, b.article_id, b.id""").fetchall()
    if not rows:
        return
    window = timedelta(days=window_days)
    events = [(art, eid, typ, day, country, set(parts or ())) for art, eid, typ, day, country, parts in rows]
    stories: dict[str, _Story] = {}
    order: dict[str, int] = {}
    by_part: dict[tuple[str, str], set[str]] = defaultdict(set)  # (type, entity) -> stories with it

    def index(st: _Story, parts: set[str]) -> None:
        order.setdefault(st.story_id, len(order))
        for p in parts:
            by_part[(st.type, p)].add(st.story_id)

    # stored stories a new event could join: same type, a shared participant, dates within the window (a
    # story is unchanged until an event joins it, so one that no new event fits as stored is never joined)
    # (with what their relation rows were counted from: see _update_relations)
    # Read from ``stories`` alone, first by the chunk's range of days as constants: ``stories`` is kept in
    # date order (new stories are recent ones, and _recluster restores the order after a backfill),
    # so its zone maps skip the row groups of other dates and the lookup reads a few weeks of stories, not
    # the store. A story's participants are the entities of its ``story_participants`` rows.
    stored: dict[str, list] = {}
    ranges: dict[str, tuple] = {}  # stored story -> its first and last day
    [(lo, hi)] = con.execute("SELECT min(day), max(day) FROM _evp").fetchall()  # all: register() needs none open
    found = [] if lo is None else con.execute("""
            WITH s AS (
                SELECT story_id, type, date_min, date_max, place_country, participants, date, score, standing,
                       actors, recipients
                FROM stories WHERE date_max >= ?::DATE - ?::INTEGER AND date_min <= ?::DATE + ?::INTEGER),
            k AS (SELECT DISTINCT v.type, v.entity_id, v.day FROM _evp v)
            SELECT s.* FROM s WHERE story_id IN (
                SELECT x.story_id FROM (SELECT story_id, type, date_min, date_max, unnest(participants) AS entity_id
                                        FROM s) x
                JOIN k ON k.entity_id = x.entity_id AND k.type = x.type
                WHERE x.date_max >= k.day - ?::INTEGER AND x.date_min <= k.day + ?::INTEGER)
            ORDER BY s.story_id""", [lo, window_days, hi, window_days, window_days, window_days]).fetchall()
    for sid, typ, dmin, dmax, country, parts, day, score, standing, actors, recipients in found:
        st = _Story(sid, typ, dmin, dmax, country, set(parts or []))
        stories[sid] = st
        stored[sid] = [sid, typ, day, score, standing, actors or [], recipients or []]
        ranges[sid] = (dmin, dmax)
        index(st, st.participants)
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
                parts = parts | other.participants
                for p in other.participants:
                    by_part[(typ, p)].discard(other.story_id)
                del stories[other.story_id]
                merged[other.story_id] = st.story_id
                report.stories_merged += 1
        index(st, parts)  # the story's participants not indexed yet are among these
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
    con.execute("CREATE OR REPLACE TEMP TABLE _assign (article_id VARCHAR, event_id VARCHAR, story_id VARCHAR)")
    _insert(con, "_assign", assign, ("VARCHAR",) * 3)
    ev_cols = ", ".join(f"b.{c}" for c in _EVIDENCE_COLUMNS)
    con.execute(f"""
        INSERT INTO story_events
        SELECT x.article_id, x.event_id, x.story_id, {ev_cols},
               coalesce(n.actor_entities, []), coalesce(n.recipient_entities, [])
        FROM _assign x JOIN _bev b ON b.article_id = x.article_id AND b.id = x.event_id
        LEFT JOIN _bent n ON n.article_id = x.article_id AND n.id = x.event_id""")
    con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT unnest(?::VARCHAR[]) AS story_id", [sorted(touched)])
    con.execute("CREATE OR REPLACE TEMP TABLE _merged (old VARCHAR, new VARCHAR)")
    _insert(con, "_merged", [[a, b] for a, b in sorted(merged.items())], ("VARCHAR", "VARCHAR"))
    # the stored stories rewritten or merged away: their relation rows are taken back (_update_relations)
    con.execute("CREATE OR REPLACE TEMP TABLE _oldst (story_id VARCHAR, type VARCHAR, date DATE, score DOUBLE, "
                "standing VARCHAR, actors VARCHAR[], recipients VARCHAR[])")
    _insert(con, "_oldst", [stored[sid] for sid in sorted(stored) if sid in touched or sid in merged],
            ("VARCHAR", "VARCHAR", "DATE", "DOUBLE", "VARCHAR", "VARCHAR[]", "VARCHAR[]"))
    # the stored rows of these stories (in ``stories`` and ``story_participants``) are of their stored dates
    old_days = [stored[sid][2] for sid in stored if (sid in touched or sid in merged) and stored[sid][2]]
    span = (min(old_days, default=None), max(old_days, default=None))
    # every event of a touched story is of a day within its first and last: the stored ones' and the new
    # events' (a stored story has no undated event: an undated event starts a story of its own, never joined)
    ev_days = [d for sid, r in ranges.items() if sid in touched or sid in merged for d in r if d]
    ev_days += [ev[3] for ev in events if ev[3]]
    ev_span = (min(ev_days, default=None), max(ev_days, default=None), any(ev[3] is None for ev in events))
    if merged:  # the stored events of the stories merged away: of days within those stories' first and last
        gone = [d for sid, r in ranges.items() if sid in merged for d in r if d]
        con.execute("UPDATE story_events SET story_id = m.new FROM _merged m WHERE story_events.story_id = m.old "
                    f"AND {_days('story_events.day', min(gone, default=None), max(gone, default=None))}")
        for t in ("stories", "story_participants"):
            con.execute(f"DELETE FROM {t} WHERE story_id IN (SELECT old FROM _merged) AND {_days('date', *span)}")
    report.events += len(assign)
    report.stories_touched += len(touched)
    _recompute_stories(con, span, ev_span)
    report.entities_touched += _update_relations(con)


def _mode(col: str) -> str:
    """Per story, the most frequent non-null value of an ``_ev`` column (ties: the smallest)."""
    return (f"(SELECT story_id, v FROM (SELECT story_id, {col} AS v, count(*) AS n FROM _ev "
            f"WHERE {col} IS NOT NULL GROUP BY ALL) QUALIFY row_number() OVER (PARTITION BY story_id "
            "ORDER BY n DESC, v) = 1)")


def _recompute_stories(con, span: tuple, ev_span: tuple) -> None:
    """Rewrite the rows of the stories in ``_touched`` (and their participants) from their evidence, in SQL.

    Per story: ``type``; ``mode``, ``status``, ``date`` and ``place`` the most frequent value (ties: the
    smallest); ``date_min``/``date_max`` over the events' days, ``first_seen``/``last_seen`` over
    publication dates; ``actors`` and ``recipients`` the entities by how many evidence spans name them
    (then by id), an entity among the actors not repeated among the recipients; ``place_country``, ``lat``,
    ``lon`` from an evidence span at the most frequent place (one with coordinates first), else the most
    frequent country; ``score`` the mean PLOVER score; ``label`` the type and the first three actors' and
    recipients' names; ``standing`` and ``claimed_by`` as :mod:`.schema_v6` defines them.

    The evidence is read from ``story_events`` alone (each row carries it, see :mod:`.schema_v9`), by the
    days of the touched stories as constants (``ev_span``: first day, last day, and whether undated rows
    are among them): the table is kept in day order, so zone maps skip the other days' row groups."""
    lo, hi, undated = ev_span
    cols = ", ".join(f"se.{c}" for c in _EVIDENCE_COLUMNS)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _ev AS
        SELECT se.story_id, se.article_id, se.event_id, {cols}, se.actor_entities, se.recipient_entities
        FROM story_events se JOIN _touched t ON t.story_id = se.story_id
        WHERE {_days('se.day', lo, hi, undated)}""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _roles AS
        WITH m AS (
            SELECT story_id, unnest(actor_entities) AS entity_id, 'actor' AS role FROM _ev
            UNION ALL
            SELECT story_id, unnest(recipient_entities) AS entity_id, 'recipient' AS role FROM _ev),
        c AS (SELECT story_id, entity_id, role, count(*) AS n FROM m GROUP BY ALL)
        SELECT c.*, row_number() OVER (PARTITION BY c.story_id, c.role ORDER BY c.n DESC, c.entity_id) AS rk
        FROM c WHERE c.role = 'actor' OR NOT EXISTS (
            SELECT 1 FROM c x WHERE x.story_id = c.story_id AND x.entity_id = c.entity_id AND x.role = 'actor')""")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _new AS
        WITH agg AS (
            SELECT story_id, min(type) AS type, min(day) AS date_min, max(day) AS date_max,
                   min(published) AS first_seen, max(published) AS last_seen, count(*) AS n_events,
                   count(DISTINCT art) AS n_articles, count(DISTINCT article_id) AS n_reports,
                   count(DISTINCT outlet) AS n_outlets, avg(score) AS score,
                   bool_or(status = 'asserted' AND attributed_to IS NULL) AS fact,
                   bool_or(status = 'asserted') AS asserted,
                   list_sort(list_distinct(list(claimant) FILTER (WHERE status = 'asserted'
                                                                  AND attributed_to IS NOT NULL))) AS claimants,
                   mode(CASE WHEN status = 'conditional' THEN 'hypothetical' ELSE status END) AS other
            FROM _ev GROUP BY story_id),
        parts AS (
            SELECT r.story_id,
                   list(r.entity_id ORDER BY r.rk) FILTER (WHERE r.role = 'actor') AS actors,
                   list(r.entity_id ORDER BY r.rk) FILTER (WHERE r.role = 'recipient') AS recipients,
                   string_agg(coalesce(en.name, r.entity_id), ', ' ORDER BY r.rk)
                       FILTER (WHERE r.role = 'actor' AND r.rk <= 3) AS actor_names,
                   string_agg(coalesce(en.name, r.entity_id), ', ' ORDER BY r.rk)
                       FILTER (WHERE r.role = 'recipient' AND r.rk <= 3) AS recipient_names
            FROM _roles r LEFT JOIN entities en ON en.entity_id = r.entity_id GROUP BY r.story_id),
        place AS {_mode("place")},
        pr AS (
            SELECT e.story_id, e.place_country, e.lat, e.lon FROM _ev e
            JOIN place p ON p.story_id = e.story_id AND p.v = e.place
            QUALIFY row_number() OVER (PARTITION BY e.story_id
                                       ORDER BY e.lat IS NULL, e.published, e.article_id, e.event_id) = 1)
        SELECT a.story_id, a.type, mo.v AS mode, stt.v AS status,
               a.type || ': ' || coalesce(p.actor_names, '')
                   || coalesce(' → ' || p.recipient_names, '') AS label,
               dy.v AS date, a.date_min, a.date_max, a.first_seen, a.last_seen, a.n_events, a.n_articles,
               a.n_reports, a.n_outlets, coalesce(p.actors, []) AS actors, coalesce(p.recipients, []) AS recipients,
               list_concat(coalesce(p.actors, []), coalesce(p.recipients, [])) AS participants,
               pl.v AS place, CASE WHEN pr.story_id IS NULL THEN pc.v ELSE pr.place_country END AS place_country,
               pr.lat, pr.lon, a.score, ?::TIMESTAMP AS updated_at,
               CASE WHEN a.fact THEN 'asserted' WHEN a.asserted THEN 'claimed' ELSE a.other END AS standing,
               CASE WHEN NOT a.fact THEN a.claimants END AS claimed_by
        FROM agg a LEFT JOIN parts p ON p.story_id = a.story_id
        LEFT JOIN {_mode("mode")} mo ON mo.story_id = a.story_id
        LEFT JOIN {_mode("status")} stt ON stt.story_id = a.story_id
        LEFT JOIN {_mode("day")} dy ON dy.story_id = a.story_id
        LEFT JOIN place pl ON pl.story_id = a.story_id
        LEFT JOIN pr ON pr.story_id = a.story_id
        LEFT JOIN {_mode("place_country")} pc ON pc.story_id = a.story_id""", [_now()])
    _write_stories(con, span)


#: ``stories`` columns DuckDB updates in place (not nested, not indexed); a change to any other column
#: (``date``, the lists) is a delete and an insert, whose index upkeep at COMMIT is the costly part
_STORY_IN_PLACE = ("mode", "status", "label", "date_min", "date_max", "first_seen", "last_seen", "n_events",
                   "n_articles", "n_reports", "n_outlets", "place", "place_country", "lat", "lon", "score",
                   "updated_at", "standing")
_STORY_MOVED = ("date", "actors", "recipients", "participants", "claimed_by")


def _write_stories(con, span: tuple) -> None:
    """Write ``_new`` (the touched stories, rewritten) and their participants into the store, updating rows in
    place where DuckDB can (a deleted row costs its removal from every index at COMMIT, re-inserting the
    same keys more): new stories inserted; stored ones whose date and lists are unchanged updated in place,
    the others deleted and inserted; participant rows updated in place, inserted or deleted by key. ``span``
    (the first and last stored date of the touched stories, see :func:`_days`): only those rows are read."""
    stored = _days("date", *span)
    moved = " OR ".join(f"s.{c} IS DISTINCT FROM n.{c}" for c in _STORY_MOVED)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cmp AS
        SELECT n.story_id, s.story_id IS NULL AS fresh, s.story_id IS NOT NULL AND ({moved}) AS moved
        FROM _new n LEFT JOIN (SELECT * FROM stories WHERE {stored}) s ON s.story_id = n.story_id""")
    con.execute(f"DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _cmp WHERE moved) AND {stored}")
    sets = ", ".join(f"{c} = n.{c}" for c in _STORY_IN_PLACE)
    con.execute(f"""
        UPDATE stories SET {sets} FROM _new n JOIN _cmp c ON c.story_id = n.story_id
        WHERE stories.story_id = n.story_id AND NOT c.fresh AND NOT c.moved AND {_days('stories.date', *span)}""")
    con.execute("INSERT INTO stories SELECT n.* FROM _new n JOIN _cmp c ON c.story_id = n.story_id "
                "WHERE c.fresh OR c.moved")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _np AS
        SELECT r.entity_id, r.story_id, r.role, s.type, s.date, s.score, s.n_articles, s.label
        FROM _roles r JOIN _new s ON s.story_id = r.story_id""")
    # the touched stories' stored rows, by row id, matched to the rows they become: one read of the table
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _npx AS
        SELECT p.rid, n.* FROM (SELECT rowid AS rid, story_id, entity_id FROM story_participants
                                WHERE story_id IN (SELECT story_id FROM _touched) AND {stored}) p
        FULL JOIN _np n ON n.story_id = p.story_id AND n.entity_id = p.entity_id""")
    con.execute("DELETE FROM story_participants WHERE rowid IN (SELECT rid FROM _npx WHERE story_id IS NULL)")
    con.execute("""
        UPDATE story_participants SET role = n.role, date = n.date, score = n.score, n_articles = n.n_articles,
               label = n.label
        FROM _npx n WHERE story_participants.rowid = n.rid AND n.story_id IS NOT NULL""")
    con.execute("INSERT INTO story_participants SELECT * EXCLUDE (rid) FROM _npx WHERE rid IS NULL")


_REL_KEY = ("entity_id", "counterpart_id", "direction", "period", "type")
_REL_COUNTS = ("n_events", "score_sum", "n_all", "n_claimed", "n_negated", "n_future", "n_hypothetical")


def _update_relations(con) -> int:
    """Keep ``relations`` by delta: take back the contributions of the stored stories this chunk rewrote or
    merged away (``_oldst``, as stored before), add those of the stories as rewritten (``_new``/``_roles``),
    and drop the rows left counting nothing. A story adds, per ordered pair of its participants, one to
    ``n_all`` and to the column of its standing, and for a fact its score to ``score_sum`` — the rows
    :data:`.schema_v5.RELATIONS_INSERT` computes from all stories. Reads no table but ``relations`` (the keys
    changed); returns the number of actors whose rows changed."""
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _dp AS
        SELECT r.story_id, r.entity_id, r.role, s.type, s.date, s.score, s.standing, 1 AS sign
        FROM _roles r JOIN _new s ON s.story_id = r.story_id
        UNION ALL
        SELECT story_id, unnest(actors), 'actor', type, date, score, standing, -1 FROM _oldst
        UNION ALL
        SELECT story_id, unnest(recipients), 'recipient', type, date, score, standing, -1 FROM _oldst""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _rd AS
        SELECT p1.entity_id, p2.entity_id AS counterpart_id,
               CASE WHEN p1.role = 'actor' AND p2.role = 'recipient' THEN 'out'
                    WHEN p1.role = 'recipient' AND p2.role = 'actor' THEN 'in' ELSE 'with' END AS direction,
               date_trunc('month', p1.date)::DATE AS period, p1.type,
               coalesce(sum(p1.sign) FILTER (WHERE p1.standing = 'asserted'), 0) AS n_events,
               coalesce(sum(p1.sign * p1.score) FILTER (WHERE p1.standing = 'asserted'), 0) AS score_sum,
               sum(p1.sign) AS n_all,
               coalesce(sum(p1.sign) FILTER (WHERE p1.standing = 'claimed'), 0) AS n_claimed,
               coalesce(sum(p1.sign) FILTER (WHERE p1.standing = 'negated'), 0) AS n_negated,
               coalesce(sum(p1.sign) FILTER (WHERE p1.standing = 'future'), 0) AS n_future,
               coalesce(sum(p1.sign) FILTER (WHERE p1.standing = 'hypothetical'), 0) AS n_hypothetical
        FROM _dp p1 JOIN _dp p2 ON p2.story_id = p1.story_id AND p2.sign = p1.sign AND p2.entity_id <> p1.entity_id
        GROUP BY ALL""")
    n, lo, hi, nulls = con.execute(
        "SELECT count(DISTINCT entity_id), min(period), max(period), bool_or(period IS NULL) FROM _rd").fetchone()
    if not n:
        return 0
    months = _days("relations.period", lo, hi, bool(nulls))  # read the rows of these months only
    # counts are updated in place (a deleted row costs its removal from the index at COMMIT); keys new here
    # inserted, keys left counting nothing deleted
    on = " AND ".join(f"relations.{k} IS NOT DISTINCT FROM d.{k}" for k in _REL_KEY)
    sets = ", ".join(
        "score_sum = CASE WHEN relations.n_events + d.n_events = 0 THEN 0 ELSE relations.score_sum + d.score_sum END"
        if c == "score_sum" else f"{c} = relations.{c} + d.{c}" for c in _REL_COUNTS)
    con.execute(f"UPDATE relations SET {sets} FROM _rd d WHERE {on} AND {months}")
    cols = ", ".join(_REL_KEY + _REL_COUNTS)
    vals = ", ".join(f"d.{c}" if c != "score_sum" else "CASE WHEN d.n_events = 0 THEN 0 ELSE d.score_sum END"
                     for c in _REL_KEY + _REL_COUNTS)
    con.execute(f"INSERT INTO relations ({cols}) SELECT {vals} FROM _rd d "
                f"ANTI JOIN (SELECT * FROM relations WHERE {months}) relations ON {on} WHERE d.n_all > 0")
    con.execute(f"DELETE FROM relations USING _rd d WHERE {on} AND relations.n_all = 0 AND {months}")
    return n


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
    vals["articles_undated"] = con.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0]
    vals["stories_undated"] = con.execute("SELECT count(*) FROM stories WHERE date IS NULL").fetchone()[0]
    lo, hi = con.execute("SELECT min(date), max(date) FROM stories").fetchone()
    plo, phi = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    vals.update(date_min=lo, date_max=hi, published_min=plo, published_max=phi)
    outlets = con.execute("SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
                          "ORDER BY count(*) DESC, outlet LIMIT 200").fetchall()
    vals["outlets"] = "\n".join(o[0] for o in outlets)
    for key, sql in (("article_years", "SELECT year(published) AS y, count(*) FROM articles"),
                     ("story_years", "SELECT year(date) AS y, count(*) FROM stories")):
        rows = con.execute(f"{sql} GROUP BY y HAVING y IS NOT NULL ORDER BY y DESC").fetchall()
        vals[key] = "\n".join(f"{y}:{n}" for y, n in rows)
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM store_summary")
    con.executemany("INSERT INTO store_summary VALUES (?, ?)",
                    [[k, None if v is None else str(v)] for k, v in vals.items()])
    con.execute("COMMIT")
    return {k: None if v is None else str(v) for k, v in vals.items()}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
