"""Across articles: near-duplicates, actors merged, events merged into stories, relations; incremental
and idempotent. Fixture: one wire story republished by three outlets with small edits, an independent
report of the same talks, an unrelated story (tests/fixtures/stories/)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from newsgraph.records import Actor, Article, Document, Event, EventDate, Span
from newsgraph.store import Store, dedup
from newsgraph.store.stories import entity_id, normalise_name, update_stories

FIX = Path(__file__).parent / "fixtures" / "stories"
WIRE = FIX / "wire.jsonl"
MIRROR = FIX / "mirror.jsonl"


def _counts(s: Store) -> dict[str, int]:
    return {t: s.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
        "articles", "events", "stories", "story_events", "entities", "article_clusters", "relations",
        "story_participants")}


def _ingest(s: Store, pipeline, paths) -> list[Document]:
    docs = [d for d in pipeline.run([str(p) for p in paths]) if isinstance(d, Document)]
    for d in docs:
        s.add(d)
    update_stories(s)
    return docs


@pytest.fixture(scope="module")
def wire_docs(pipeline):
    docs = [d for d in pipeline.run([str(WIRE)]) if isinstance(d, Document)]
    assert len(docs) == 6
    return docs


def _consult_story(s: Store):
    return s.con.execute(
        "SELECT story_id, n_articles, n_reports, n_outlets, n_events, place_country, first_seen, last_seen "
        "FROM stories WHERE type = 'CONSULT' AND list_contains(participants, 'person:ararat-mirzoyan')").fetchall()


def test_wire_copies_are_linked_and_the_story_counts_distinct_articles(tmp_path, wire_docs):
    with Store(tmp_path / "s.duckdb") as s:
        for d in wire_docs:
            s.add(d)
        rep = update_stories(s)
        wire_id = wire_docs[0].article.id
        assert rep.duplicates == 3
        assert set(rep.duplicate_of.values()) == {wire_id}
        dup_ids = {d.article.id for d in wire_docs[1:4]}
        assert set(rep.duplicate_of) == dup_ids
        # the independent report and the unrelated story are originals
        for d in wire_docs[4:]:
            assert s.con.execute("SELECT canonical_id FROM article_clusters WHERE article_id = ?",
                                 [d.article.id]).fetchone()[0] == d.article.id
        stories = _consult_story(s)
        assert len(stories) == 1, stories
        _, n_articles, n_reports, n_outlets, n_events, country, first, last = stories[0]
        assert n_articles == 2  # the wire story (counted once for its three copies) + the independent report
        assert n_reports == 5 and n_outlets == 5 and n_events >= 5  # at least one evidence span per report
        assert country == "CHE" and str(first) == "2025-03-18" and str(last) == "2025-03-19"
        # every evidence span is linked to the story
        sid = stories[0][0]
        # every evidence span is linked: each report's mentions of the meeting ("met", "the meeting", "the talks")
        mentions = sum(1 for d in wire_docs for e in d.events if e.type == "CONSULT"
                       and "Ararat Mirzoyan" in {d.actor(a).name for a in e.actor})
        assert mentions >= 5
        assert s.con.execute("SELECT count(*) FROM story_events WHERE story_id = ?", [sid]).fetchone()[0] == mentions
        # actors merged across articles by knowledge-base id
        n = s.con.execute("SELECT n_articles FROM entities WHERE entity_id = 'person:ararat-mirzoyan'").fetchone()[0]
        assert n == 5
        rel = s.con.execute("SELECT direction, type, n_events, score_sum FROM relations WHERE "
                            "entity_id = 'person:ararat-mirzoyan' AND counterpart_id = 'person:jeyhun-bayramov'"
                            ).fetchall()
        assert rel == [("with", "CONSULT", 1, 2.5)]


def test_ingesting_twice_or_under_another_url_changes_nothing(tmp_path, pipeline):
    with Store(tmp_path / "s.duckdb") as s:
        _ingest(s, pipeline, [WIRE])
        before = _counts(s)
        _ingest(s, pipeline, [WIRE])
        assert _counts(s) == before
        _ingest(s, pipeline, [MIRROR])  # the wire story's text under a second URL and outlet
        assert _counts(s) == before
        assert _consult_story(s)[0][1] == 2


def test_incremental_update_matches_a_rebuild(tmp_path, wire_docs):
    with Store(tmp_path / "s.duckdb") as s:
        s.add(wire_docs[0])
        update_stories(s)
        assert _consult_story(s)[0][1:3] == (1, 1)
        for d in wire_docs[1:4]:  # the copies: more reports, not more articles
            s.add(d)
        update_stories(s)
        assert _consult_story(s)[0][1:3] == (1, 4)
        for d in wire_docs[4:]:
            s.add(d)
        update_stories(s)
        incremental = _consult_story(s)
        assert incremental[0][1:3] == (2, 5)
        update_stories(s, rebuild=True)
        assert _consult_story(s)[0][1:] == incremental[0][1:]


def _doc(aid, outlet, published, events, actors, text="x"):
    return Document(article=Article(id=aid, source=aid, text=text, outlet=outlet, published=published),
                    actors=tuple(actors), events=tuple(events))


def _ev(eid, typ, actor, recipient=(), day=None, country=None):
    from newsgraph.records import Location

    loc = Location(text=country, name=country, country=country, lat=1.0, lon=2.0) if country else None
    return Event(id=eid, type=typ, actor=tuple(actor), recipient=tuple(recipient), status="asserted",
                 trigger=Span(0, 1, "x"), evidence=Span(0, 1, "x"), location=loc, score=-3.0,
                 date=EventDate(day, day, "day") if day else None)


M = (Span(0, 1, "x"),)
A = Actor("a1", "Nikol Pashinyan", "person", "ARM", "GOV", mentions=M, kb_id="person:nikol-pashinyan")
B = Actor("a2", "Ilham Aliyev", "person", "AZE", "GOV", mentions=M)
C = Actor("a3", "Ilham  Aliyev.", "person", "AZE", "GOV", mentions=M)  # same person, written differently


def test_story_rules_type_window_participants_place(tmp_path):
    t1 = "one two three four five six seven eight nine ten"
    t2 = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    t3 = "red orange yellow green blue indigo violet black white grey"
    t4 = "north south east west up down left right in out"
    t5 = "monday tuesday wednesday thursday friday saturday sunday week month year"
    with Store(tmp_path / "s.duckdb") as s:
        s.add(_doc("d1", "O1", "2025-01-10", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-01-10", "ARM")], [A, B], t1))
        s.add(_doc("d2", "O2", "2025-01-11", [_ev("e1", "ACCUSE", ["a3"], ["a1"], None, None)], [A, C], t2))
        s.add(_doc("d3", "O3", "2025-01-30", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-01-30")], [A, B], t3))
        s.add(_doc("d4", "O4", "2025-01-10", [_ev("e1", "REJECT", ["a1"], ["a2"], "2025-01-10")], [A, B], t4))
        s.add(_doc("d5", "O5", "2025-01-10", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-01-10", "FRA")], [A, B], t5))
        update_stories(s)
        rows = s.con.execute("SELECT type, date, n_articles, list_sort(participants) FROM stories "
                             "ORDER BY type, date, n_articles").fetchall()
        assert [(r[0], str(r[1]), r[2]) for r in rows] == [
            ("ACCUSE", "2025-01-10", 1),  # d5: same day and parties, but in France, not Armenia
            ("ACCUSE", "2025-01-10", 2),  # d1 + d2 (publication date, names normalised)
            ("ACCUSE", "2025-01-30", 1),  # d3: outside the window
            ("REJECT", "2025-01-10", 1),  # d4: another type
        ]
        assert rows[1][3] == sorted(["person:nikol-pashinyan", "name:ilham aliyev|AZE"])


def test_entity_ids():
    assert entity_id("Vladimir Putin", "person", "RUS", "person:vladimir-putin") == "person:vladimir-putin"
    assert entity_id("The Kremlin ", "organization", "RUS", None) == "name:kremlin|RUS"
    assert entity_id("a European official", "anonymous", None, None) is None
    assert normalise_name("Zelenskyy’s  Office") == normalise_name("zelenskyy's office") == "zelenskyy office"
    assert normalise_name("Erdoğan") == "erdogan"


def test_minhash_separates_copies_from_other_stories():
    base = (FIX / "make_fixtures.py").read_text(encoding="utf-8")
    edited = base.replace("Geneva", "Genf").replace("peace talks", "talks")
    s1, n1 = dedup.signature(base)
    s2, n2 = dedup.signature(edited)
    s3, n3 = dedup.signature(Path(__file__).read_text(encoding="utf-8"))
    assert dedup.is_near_duplicate(s1, n1, s2, n2)
    assert not dedup.is_near_duplicate(s1, n1, s3, n3)
    assert set(dedup.band_keys(s1)) & set(dedup.band_keys(s2))
    assert dedup.from_blob(dedup.to_blob(s1)).tolist() == s1.tolist()


def _relations_from_scratch(s: Store) -> list[tuple]:
    """What ``relations`` holds when computed in one go from ``story_participants``: facts (a story some
    event of which is asserted outside a claim) in n_events and score_sum, every story in n_all."""
    fact = """(SELECT count(*) > 0 FROM story_events se JOIN events ev ON ev.article_id = se.article_id
               AND ev.id = se.event_id WHERE se.story_id = p1.story_id AND ev.status = 'asserted'
               AND ev.attributed_to IS NULL)"""
    rows = s.con.execute(f"""
        SELECT p1.entity_id, p2.entity_id,
               CASE WHEN p1.role = 'actor' AND p2.role = 'recipient' THEN 'out'
                    WHEN p1.role = 'recipient' AND p2.role = 'actor' THEN 'in' ELSE 'with' END AS direction,
               date_trunc('month', p1.date)::DATE AS period, p1.type,
               count(*) FILTER (WHERE {fact}) AS n, coalesce(sum(p1.score) FILTER (WHERE {fact}), 0) AS score,
               count(*) AS n_all
        FROM story_participants p1 JOIN story_participants p2 ON p2.story_id = p1.story_id
             AND p2.entity_id <> p1.entity_id
        GROUP BY ALL ORDER BY ALL""").fetchall()
    return rows


def _relations(s: Store) -> list[tuple]:
    return s.con.execute("SELECT entity_id, counterpart_id, direction, period, type, n_events, score_sum, n_all "
                         "FROM relations ORDER BY ALL").fetchall()


def test_an_event_bridging_two_stored_stories_merges_them(tmp_path):
    people = {k: Actor(f"a{i}", k.title(), "person", "ARM", "GOV", mentions=M, kb_id=f"person:{k}")
              for i, k in enumerate(("ana", "bob", "cid", "dan"))}
    ana, bob, cid, dan = (people[k] for k in ("ana", "bob", "cid", "dan"))
    texts = ["one two three four five six seven eight nine ten", "alpha beta gamma delta epsilon zeta eta theta",
             "red orange yellow green blue indigo violet black white"]
    with Store(tmp_path / "s.duckdb") as s:
        s.add(_doc("d1", "O1", "2025-02-10", [_ev("e1", "ACCUSE", ["a0"], ["a1"], "2025-02-10", "ARM")],
                   [ana, bob], texts[0]))
        s.add(_doc("d2", "O2", "2025-02-11", [_ev("e1", "ACCUSE", ["a2"], ["a3"], "2025-02-11", "ARM")],
                   [cid, dan], texts[1]))
        update_stories(s)
        assert s.con.execute("SELECT count(*) FROM stories").fetchone()[0] == 2
        assert s.con.execute("SELECT count(*) FROM relations").fetchone()[0] == 4
        # a later article whose event names actors of both stories: the two become one
        s.add(_doc("d3", "", "2025-02-12", [_ev("e1", "ACCUSE", ["a0", "a2"], ["a1"], "2025-02-12"),
                                            _ev("e2", "ACCUSE", ["a1"], ["a0"], "2025-02-12")],
                   [ana, bob, cid], texts[2]))
        rep = update_stories(s)
        assert rep.stories_merged == 1 and rep.stories_touched == 1
        rows = s.con.execute(
            "SELECT story_id, n_events, n_articles, n_reports, n_outlets, date, date_min, date_max, first_seen, "
            "last_seen, actors, recipients, label, place, place_country, score FROM stories").fetchall()
        assert len(rows) == 1
        sid, *rest = rows[0]
        assert [str(v) if hasattr(v, "isoformat") else v for v in rest] == [
            4, 3, 3, 2,  # the third article has no outlet
            "2025-02-12", "2025-02-10", "2025-02-12", "2025-02-10", "2025-02-12",
            ["person:ana", "person:cid", "person:bob"],  # by evidence spans naming them, then by id
            ["person:dan"],  # bob and ana are among the actors: not repeated as recipients
            "ACCUSE: Ana, Cid, Bob → Dan", "ARM", "ARM", -3.0]
        assert s.con.execute("SELECT DISTINCT story_id FROM story_events").fetchall() == [(sid,)]
        assert s.con.execute("SELECT DISTINCT story_id FROM story_participants").fetchall() == [(sid,)]
        assert s.con.execute("SELECT count(*) FROM story_participants").fetchone()[0] == 4
        incremental = _relations_from_scratch(s)
        assert _relations(s) == incremental
        assert ("person:ana", "person:dan", "out", date(2025, 2, 1), "ACCUSE", 1, -3.0, 1) in incremental
        story = s.con.execute("SELECT * EXCLUDE (story_id, updated_at) FROM stories").fetchall()
        update_stories(s, rebuild=True)
        assert s.con.execute("SELECT * EXCLUDE (story_id, updated_at) FROM stories").fetchall() == story
        assert _relations(s) == incremental


def test_relations_count_facts_apart_from_claims_and_the_dyads_table(tmp_path, pipeline):
    """A written article with an act denied, an act someone is accused of, a call and talks: the relations
    count only what is reported as having happened; the rest has its own columns; event_dyads holds one
    row per event and pair of parties with both sides' codes and the date's range."""
    from newsgraph.ingest import Draft, build_article
    from newsgraph.settings import Settings

    text = (Path(__file__).parent / "fixtures" / "events" / "article_border_crisis.txt").read_text(encoding="utf-8")
    art = build_article(Draft(source="crisis.txt", text=text), Settings(plain=True), "2023-12-23")
    doc = next(iter(pipeline.process([art])))
    with Store(tmp_path / "s.duckdb") as s:
        s.add(doc)
        update_stories(s)

        def rel(src, dst, type_):
            return s.con.execute(
                "SELECT n_events, score_sum, n_all, n_claimed, n_negated, n_future, n_hypothetical FROM relations r "
                "JOIN entities a ON a.entity_id = r.entity_id JOIN entities b ON b.entity_id = r.counterpart_id "
                "WHERE a.name = ? AND b.name = ? AND r.type = ? AND r.direction = 'out'", [src, dst, type_]).fetchall()

        # "Rwanda denies supporting M23": no support counted, one negated
        [(n, score, n_all, claimed, negated, future, hyp)] = rel("Rwanda", "M23", "SUPPORT")
        assert (n, score, n_all, negated) == (0, 0, 1, 1)
        # "Kenya called on Uganda to withdraw": the call happened
        [(n, score, n_all, *_)] = rel("Kenya", "Uganda", "REQUEST")
        assert n == 1 == n_all
        # the dyads table: one row per pair, both sides coded, the date as a range
        rows = s.con.execute(
            "SELECT source_name, source_country, target_name, target_country, status, claimed, date_start, date_end, "
            "evidence FROM event_dyads WHERE type = 'CONSULT'").fetchall()
        pairs = {(r[0], r[2]) for r in rows}
        assert {("William Ruto", "Yoweri Museveni"), ("Yoweri Museveni", "William Ruto")} <= pairs
        talks = next(r for r in rows if r[0] == "William Ruto")
        assert talks[3] == "UGA"  # Museveni, coded from the knowledge base
        assert str(talks[6]) == str(talks[7]) == "2023-12-19" and "talks" in talks[8]
        shelling = s.con.execute("SELECT source_name, claimed, attributed_to FROM event_dyads "
                                 "WHERE trigger = 'shelling'").fetchall()
        assert shelling and shelling[0][0] == "Ukraine" and shelling[0][1] is True
    # the export names it
    from click.testing import CliRunner

    from newsgraph.cli import main

    out = CliRunner().invoke(main, ["export", str(tmp_path / "dyads.csv"), "--format", "csv", "--table", "event_dyads",
                                    "--db", str(tmp_path / "s.duckdb")])
    assert out.exit_code == 0, out.output
    header = (tmp_path / "dyads.csv").read_text(encoding="utf-8").splitlines()[0]
    for col in ("source_entity", "target_country", "date_start", "date_end", "date_precision", "claimed", "evidence"):
        assert col in header


_DERIVED = {
    "stories": "SELECT * EXCLUDE (updated_at) FROM stories",
    "story_events": "SELECT * FROM story_events",
    "story_participants": "SELECT * FROM story_participants",
    "article_clusters": "SELECT * EXCLUDE (processed_at) FROM article_clusters",
    "article_signatures": "SELECT * FROM article_signatures",
    "article_bands": "SELECT * FROM article_bands",
    "article_terms": "SELECT * FROM article_terms",
    "entities": "SELECT * FROM entities",
    "actor_entities": "SELECT * FROM actor_entities",
    "relations": "SELECT * EXCLUDE (score_sum), round(score_sum, 6) FROM relations",
}


def _derived(s: Store) -> dict[str, list]:
    return {t: s.con.execute(f"SELECT * FROM ({sql}) ORDER BY ALL").fetchall() for t, sql in _DERIVED.items()}


def test_updates_in_turns_leave_the_rows_of_a_rebuild(tmp_path, pipeline):
    """Articles arriving in turns (wire copies, claims, denials, talks, one publication day so their stories
    meet and merge), each turn updated in small chunks: every derived row — stories, their events and
    participants, duplicates, entities, relations by delta — equals a rebuild from the same articles."""
    fix = Path(__file__).parent / "fixtures"
    texts = sorted((fix / "events").glob("article_*.txt")) + sorted((fix / "statements").glob("*.txt"))[:12]
    docs = [d for d in pipeline.run([str(p) for p in texts], published="2025-03-18") if isinstance(d, Document)]
    docs += [d for d in pipeline.run([str(WIRE), str(MIRROR)]) if isinstance(d, Document)]
    people = [Actor(f"a{i}", k.title(), "person", "ARM", "GOV", mentions=M, kb_id=f"person:{k}")
              for i, k in enumerate(("ana", "bob", "cid", "dan"))]
    for i in range(6):  # stories that later events bridge, with facts turning claims into facts
        evs = [_ev("e1", "ACCUSE", [f"a{i % 4}"], [f"a{(i + 1) % 4}"], f"2025-03-{16 + i % 3}", "ARM")]
        if i % 2:
            evs[0] = dataclasses.replace(evs[0], status="negated" if i % 3 else "future")
        if i >= 4:
            evs.append(_ev("e2", "ACCUSE", ["a0", "a2"], ["a1", "a3"], "2025-03-17"))
        docs.append(_doc(f"x{i}", f"O{i}", "2025-03-18", evs, people, f"text {i} " + " ".join(
            f"w{i}{k}" for k in range(12))))
    assert len(docs) >= 25
    with Store(tmp_path / "s.duckdb") as s:
        turns = [docs[:1], docs[1:4], docs[4:11], docs[11:20], docs[20:]]
        for k, turn in enumerate(turns):
            for d in turn:
                s.add(d)
            update_stories(s, chunk=(2, 3)[k % 2])
        incremental = _derived(s)
        assert incremental["relations"] and incremental["stories"]
        assert any(r[0] != r[1] for r in incremental["article_clusters"])  # duplicates linked
        assert s.con.execute("SELECT count(DISTINCT standing) FROM stories").fetchone()[0] >= 3
        update_stories(s, rebuild=True)
        rebuilt = _derived(s)
    for t in _DERIVED:
        assert incremental[t] == rebuilt[t], t


def test_stories_participants_and_relations_kept_in_date_order(tmp_path):
    """After a backfill in no date order the derived tables are rewritten in date order (updates and pages read
    the rows of a few days through DuckDB's zone maps), with the same rows; an update that follows, touching
    a stored story, an undated event and a new month, still leaves the rows of a rebuild."""
    from newsgraph.store.stories import _recluster

    days = ["2025-03-20", "2025-01-05", "2025-02-11", None, "2025-01-06", "2025-03-21"]
    docs = [_doc(f"b{i}", "O", day, [_ev("e1", "ACCUSE", ["a1"], ["a2"], day)], [A, B],
                 f"article {i} " + " ".join(f"w{i}{k}" for k in range(12))) for i, day in enumerate(days)]
    with Store(tmp_path / "s.duckdb") as s:
        for d in docs[:-1]:
            s.add(d)
        update_stories(s)
        before = _derived(s)
        _recluster(s.con)
        assert _derived(s) == before
        for table, col in (("stories", "date"), ("story_participants", "date"), ("relations", "period")):
            got = [r[0] for r in s.con.execute(f"SELECT {col} FROM {table} ORDER BY rowid").fetchall()]
            assert got == sorted(got, key=lambda v: (v is not None, v)), table
        s.add(docs[-1])
        s.add(_doc("b9", "O", "2025-04-02", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-04-02")], [A, B],
                   "another article " + " ".join(f"v{k}" for k in range(12))))
        update_stories(s)
        incremental = _derived(s)
        update_stories(s, rebuild=True)
        assert _derived(s) == incremental


def test_migration_9_writes_the_evidence_on_story_events_in_day_order(tmp_path, pipeline):
    """A store of schema 8 (``story_events`` of three columns, in no day order): migration 9 writes on each row
    the evidence its story is computed from — the values the update writes for a new event (a claim's source
    among them) — in the order of the events' days (migration 10 then drops the table's indexes), and an update
    that follows leaves the rows of a rebuild."""
    from newsgraph.ingest import Draft, build_article
    from newsgraph.settings import Settings

    text = (Path(__file__).parent / "fixtures" / "events" / "article_border_crisis.txt").read_text(encoding="utf-8")
    art = build_article(Draft(source="crisis.txt", text=text), Settings(plain=True), "2023-12-23")
    docs = [next(iter(pipeline.process([art])))]
    days = ["2025-03-20", None, "2025-01-05", "2025-01-06"]
    docs += [_doc(f"m{i}", "O", day, [_ev("e1", "ACCUSE", ["a1"], ["a2"], day, "ARM")], [A, B],
                  f"report {i} " + " ".join(f"w{i}{k}" for k in range(12))) for i, day in enumerate(days)]
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        for d in docs:
            s.add(d)
        update_stories(s)
        written = s.con.execute("SELECT * FROM story_events ORDER BY ALL").fetchall()
        assert any(r[16] for r in written)  # a claimant
        assert any(r[17] and r[18] for r in written)  # actors and recipients as entities
        # back to schema 8: the three columns, in another order
        s.con.execute("CREATE TEMP TABLE _v8 AS SELECT article_id, event_id, story_id FROM story_events")
        s.con.execute("DROP TABLE story_events")
        s.con.execute("CREATE TABLE story_events (article_id VARCHAR, event_id VARCHAR, story_id VARCHAR, "
                      "PRIMARY KEY (article_id, event_id))")
        s.con.execute("INSERT INTO story_events SELECT * FROM _v8 ORDER BY article_id DESC")
        s.con.execute("CREATE INDEX story_events_story ON story_events(story_id)")
        s.con.execute("CREATE INDEX story_events_article ON story_events(article_id)")
        s.con.execute("DELETE FROM schema_migrations WHERE version >= 9")
    with Store(db) as s:
        assert s.version() >= 9
        assert s.con.execute("SELECT * FROM story_events ORDER BY ALL").fetchall() == written
        got = [r[0] for r in s.con.execute("SELECT day FROM story_events ORDER BY rowid").fetchall()]
        assert got == sorted(got, key=lambda v: (v is not None, v))
        idx = {r[0] for r in s.con.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'story_events'").fetchall()}
        assert idx == set()  # (migration 10 drops them)
        s.add(_doc("m9", "O", "2025-01-07", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-01-07", "ARM")], [A, B],
                   "a later report " + " ".join(f"v{k}" for k in range(12))))
        update_stories(s)
        incremental = _derived(s)
        assert s.con.execute("SELECT n_events FROM stories WHERE date_max = DATE '2025-01-07'").fetchall() == [(3,)]
        update_stories(s, rebuild=True)
        assert _derived(s) == incremental


def test_fingerprints_are_written_with_the_article_and_computed_for_one_stored_without(tmp_path):
    """Store.write writes each new article's MinHash signature, band keys and search terms with it; an article
    stored without them (by an older newsgraph) gets them from the update; both are linked as near-duplicates
    only once processed, whichever way their fingerprints came."""
    from newsgraph.store import fingerprints

    wire = " ".join(f"w{k}" for k in range(40))
    docs = [_doc(f"f{i}", f"O{i}", "2025-03-18", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-03-18")], [A, B],
                 wire + f" edited by outlet {i}") for i in range(3)]
    prints = fingerprints.compute((d.article.id, d.article.title, d.article.text) for d in docs)
    rows = {t: f"SELECT * FROM {t} ORDER BY ALL" for t in prints}
    with Store(tmp_path / "s.duckdb") as s:
        s.add(docs[0])
        update_stories(s)
        s.add(docs[1])
        s.add(docs[2])
        for t in prints:  # written with the article, before any update
            assert {r[0] for r in s.con.execute(f"SELECT article_id FROM {t}").fetchall()} == {"f0", "f1", "f2"}, t
            s.con.execute(f"DELETE FROM {t} WHERE article_id = 'f2'")  # as an older newsgraph stored it
        assert s.con.execute("SELECT count(*) FROM article_clusters").fetchone()[0] == 1
        update_stories(s)
        for t, sql in rows.items():
            assert s.con.execute(sql).fetchall() == sorted(tuple(r) for r in prints[t]), t
        assert dict(s.con.execute("SELECT article_id, canonical_id FROM article_clusters").fetchall()) == {
            "f0": "f0", "f1": "f0", "f2": "f0"}


def _pages(s: Store) -> dict:
    from newsgraph.store import queries as q

    arts = [r[0] for r in s.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    sts = [r[0] for r in s.con.execute("SELECT story_id FROM stories ORDER BY story_id").fetchall()]
    return {"articles": {a: sorted((e, r["story_id"]) for e, r in q.article(s.con, a)["stories"].items())
                         for a in arts},
            "stories": {i: [(r["article_id"], r["event_id"]) for r in q.story(s.con, i)["evidence"]] for i in sts}}


def test_migration_10_story_events_without_indexes_read_by_day(tmp_path):
    """A store of schema 9 (``story_events`` with its key and two indexes, rows in no day order;
    ``actor_entities`` with its key and index): migration 10 copies the rows (story events in day order) with
    no key or index; the article page finds the story of every event of an
    article (events dated days or months away from the publication, or undated) and the story page every
    event of a story (stories spanning days, an undated one, stories merged by a bridging event), reading the
    table by day; an update that follows leaves the rows of a rebuild."""
    from newsgraph.store import queries as q

    docs = [
        _doc("p0", "O", "2025-03-18", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2024-11-02"),
                                       _ev("e2", "ACCUSE", ["a1"], ["a2"], "2025-03-15"),
                                       _ev("e3", "CONSULT", ["a1"], ["a2"])], [A, B], "first report " + " ".join(
            f"w{k}" for k in range(12))),
        _doc("p1", "O", "2025-03-19", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-03-19")], [A, B],
             "second report " + " ".join(f"v{k}" for k in range(12))),
        _doc("p2", "O", None, [_ev("e1", "CONSULT", ["a1"], ["a2"])], [A, B],
             "undated report " + " ".join(f"u{k}" for k in range(12))),
        _doc("p3", "O", "2024-11-03", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2024-11-03")], [A, B],
             "older report " + " ".join(f"t{k}" for k in range(12)))]
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        for d in docs:
            s.add(d)
        update_stories(s)
        idx = "SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'story_events'"
        assert s.con.execute(idx).fetchone()[0] == 0
        written = s.con.execute("SELECT * FROM story_events ORDER BY ALL").fetchall()
        pages = _pages(s)
        assert all(len(v) == len(d.events) for v, d in zip(pages["articles"].values(), docs, strict=True))
        n_events = dict(s.con.execute("SELECT story_id, n_events FROM stories").fetchall())
        assert {i: len(v) for i, v in pages["stories"].items()} == n_events
        assert max(n_events.values()) == 2 and len(n_events) == 5
        assert q.article(s.con, "p2")["stories"]["e1"]["story_id"]  # an undated story
        # back to schema 9: the key and two indexes, the rows in another order
        s.con.execute("CREATE TEMP TABLE _v9 AS SELECT * FROM story_events")
        s.con.execute("DROP TABLE story_events")
        from newsgraph.store.schema_v9 import COLUMNS

        s.con.execute(f"CREATE TABLE story_events ({COLUMNS}, PRIMARY KEY (article_id, event_id))")
        s.con.execute("INSERT INTO story_events SELECT * FROM _v9 ORDER BY article_id DESC, event_id DESC")
        s.con.execute("CREATE INDEX story_events_story ON story_events(story_id)")
        s.con.execute("CREATE INDEX story_events_article ON story_events(article_id)")
        entities_of = s.con.execute("SELECT * FROM actor_entities ORDER BY ALL").fetchall()
        s.con.execute("CREATE TEMP TABLE _ae AS SELECT * FROM actor_entities")
        s.con.execute("DROP TABLE actor_entities")
        s.con.execute("CREATE TABLE actor_entities (article_id VARCHAR, actor_id VARCHAR, entity_id VARCHAR, "
                      "PRIMARY KEY (article_id, actor_id))")
        s.con.execute("INSERT INTO actor_entities SELECT * FROM _ae")
        s.con.execute("CREATE INDEX actor_entities_entity ON actor_entities(entity_id)")
        s.con.execute("DELETE FROM schema_migrations WHERE version = 10")
    with Store(db) as s:
        assert s.version() == 10
        assert s.con.execute(idx).fetchone()[0] == 0
        assert s.con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'story_events' "
                             "AND constraint_type = 'PRIMARY KEY'").fetchone()[0] == 0
        assert s.con.execute("SELECT * FROM story_events ORDER BY ALL").fetchall() == written
        assert s.con.execute("SELECT * FROM actor_entities ORDER BY ALL").fetchall() == entities_of
        assert s.con.execute("SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'actor_entities'").fetchone() == (0,)
        assert s.con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'actor_entities' "
                             "AND constraint_type = 'PRIMARY KEY'").fetchone() == (0,)
        got = [r[0] for r in s.con.execute("SELECT day FROM story_events ORDER BY rowid").fetchall()]
        assert got == sorted(got, key=lambda v: (v is not None, v))
        assert _pages(s) == pages
        # an event that bridges two stored stories (dated 2025-03-15 and 2025-03-19): their rows move by day
        s.add(_doc("p4", "O", "2025-03-18", [_ev("e1", "ACCUSE", ["a1"], ["a2"], "2025-03-17")], [A, B],
                   "bridging report " + " ".join(f"s{k}" for k in range(12))))
        rep = update_stories(s)
        assert rep.stories_merged == 1
        incremental, pages = _derived(s), _pages(s)
        n_events = dict(s.con.execute("SELECT story_id, n_events FROM stories").fetchall())
        assert {i: len(v) for i, v in pages["stories"].items()} == n_events
        assert sorted(n_events.values()) == [1, 1, 2, 3]
        update_stories(s, rebuild=True)
        assert _derived(s) == incremental
        assert _pages(s) == pages
