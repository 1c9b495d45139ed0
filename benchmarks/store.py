"""Store and web queries at scale: a synthetic store of N events over N/10 articles, the cross-article
update (dedup, entities, stories, relations), then the time of each page's main query and of exports,
each as a ratio to a plain DuckDB scan of the events table in the same run.

    .venv/bin/python benchmarks/store.py                      # 1,000,000 events, 100,000 articles
    .venv/bin/python benchmarks/store.py --events 100000      # a tenth of it
    .venv/bin/python benchmarks/store.py --db /tmp/big.duckdb --keep --json out.json

The synthetic corpus: 200 outlets, one year of publication dates, 2,000 actors (knowledge-base ids),
10 events per article (PLOVER types, parties drawn from the article's 4 actors, a place with
coordinates), and every tenth article a syndicated copy of the one before it with a line added.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsgraph.store import Store  # noqa: E402
from newsgraph.store import export as ex  # noqa: E402
from newsgraph.store import queries as q  # noqa: E402
from newsgraph.store.stories import update_stories  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SCORES = [2.5, 2.5, 5, 4.5, 9.5, 10, 6.5, 0, -3, -2, -3.5, -5, -6, -5.5, -7, -9]
COUNTRIES = ["USA", "RUS", "UKR", "CHN", "FRA", "DEU", "ARM", "AZE", "GEO", "IRN", "ISR", "PSE", "SDN", "COD",
             "PHL", "IND", "PAK", "BRA", "MEX", "NGA"]


def build(path: str, n_events: int) -> dict:
    t0 = time.perf_counter()
    with Store(path) as s:
        c = s.con
        build_rows(s, n_events)
        t_build = time.perf_counter() - t0
        t1 = time.perf_counter()
        rep = update_stories(s, chunk=2000)
        t_update = time.perf_counter() - t1
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "events", "stories", "entities", "relations", "article_terms")}
    return {"build_s": round(t_build, 1), "update_stories_s": round(t_update, 1), "counts": counts,
            "duplicates": rep.duplicates, "merged": rep.stories_merged}


def build_rows(s, n_events: int) -> None:
    """The synthetic articles, actors, mentions and events (no cross-article tables) in the store ``s``."""
    n_art = max(10, n_events // 10)
    c = s.con
    c.execute(f"CREATE TEMP TABLE ty AS SELECT unnest({TYPES}) AS type, unnest({SCORES}::DOUBLE[]) AS score, "
              "generate_subscripts(?::VARCHAR[], 1) - 1 AS k", [TYPES])
    c.execute(f"CREATE TEMP TABLE co AS SELECT unnest({COUNTRIES}) AS country, "
              "generate_subscripts(?::VARCHAR[], 1) - 1 AS k", [COUNTRIES])
    # articles: text of 60 words from a 5,000-word vocabulary; every tenth one a copy of the one before
    c.execute(f"""
        CREATE TEMP TABLE src AS SELECT i,
          substr(md5(i::VARCHAR), 1, 16) AS id,
          CASE WHEN i % 10 = 9 THEN i - 1 ELSE i END AS text_of,
          'outlet' || (hash(i) % 200) AS outlet,
          DATE '2024-01-01' + (i * 365 // {n_art})::INTEGER AS published
        FROM range({n_art}) t(i)""")
    c.execute("""
        INSERT INTO articles
        SELECT id, 'synthetic:' || i, 'https://example.test/' || id, outlet,
               'Story ' || i || ' w' || (hash(text_of, 1) % 5000) || ' w' || (hash(text_of, 2) % 5000),
               published, 'en',
               array_to_string(list_transform(range(60), lambda k: 'w' || (hash(text_of, k) % 5000)), ' ')
                 || CASE WHEN i % 10 = 9 THEN ' Reporting by the desk.' ELSE '' END,
               '[]', [], 'input', 'synthetic', now()::TIMESTAMP, NULL
        FROM src""")
    c.execute("""
        INSERT INTO actors
        SELECT s.id, 'a' || (j + 1), 'Person ' || p, 'person', co.country, 'GOV', NULL, 'person:p' || p, [], 2
        FROM src s, range(4) r(j), LATERAL (SELECT (hash(s.text_of, 100 + j) % 2000)::INTEGER AS p)
        JOIN co ON co.k = p % 20""")
    c.execute("""
        INSERT INTO mentions SELECT article_id, id, 0, 5, 'w' FROM actors""")
    c.execute("""
        INSERT INTO events
        SELECT s.id, 'e' || (j + 1), ty.type, NULL, ['a' || (j % 4 + 1)], ['a' || ((j + 1) % 4 + 1)], 'asserted',
               strftime(s.published - (j % 3)::INTEGER, '%Y-%m-%d'), 'Tuesday', 'day', 'text',
               'Place ' || (hash(s.text_of, 300 + j) % 500), co.country,
               ((hash(s.text_of, 400 + j) % 12000) / 100.0 - 60), ((hash(s.text_of, 500 + j) % 34000) / 100.0 - 170),
               NULL, 'met', 0, 3, 'w w w', 0, 5, 0.8, ty.score
        FROM src s, range(10) r(j)
        JOIN ty ON ty.k = hash(s.text_of, 200 + j) % 16
        JOIN co ON co.k = hash(s.text_of, 600 + j) % 20""")
    # the newsgraph/1 document of each article (what the article page reads)
    c.execute("""
        CREATE TEMP TABLE evdoc AS SELECT article_id, list({'id': id, 'type': type, 'mode': NULL, 'actor': actors,
            'recipient': recipients, 'status': status,
            'date': {'value': date, 'text': date_text, 'precision': 'day'},
            'location': {'text': place, 'name': place, 'country': place_country, 'lat': lat, 'lon': lon},
            'attributed_to': NULL, 'trigger': {'start': 0, 'end': 3, 'text': 'w' || ''},
            'evidence': {'start': 0, 'end': 5, 'text': 'w'}, 'confidence': confidence, 'score': score}) AS ev
        FROM events GROUP BY article_id""")
    c.execute("""
        CREATE TEMP TABLE acdoc AS SELECT article_id, list({'id': id, 'name': name, 'kind': kind,
            'country': country, 'sector': sector, 'title': NULL, 'mentions': [], 'kb_id': kb_id}) AS ac
        FROM actors GROUP BY article_id""")
    c.execute("""
        UPDATE articles SET doc = to_json({'schema': 'newsgraph/1', 'article': {'id': articles.id,
            'source': articles.source, 'url': articles.url, 'outlet': articles.outlet, 'title': articles.title,
            'published': articles.published::VARCHAR, 'language': 'en', 'text': articles.text, 'headings': []},
            'actors': acdoc.ac, 'statements': [], 'events': evdoc.ev})
        FROM acdoc, evdoc WHERE acdoc.article_id = articles.id AND evdoc.article_id = articles.id""")
    # trigger/evidence offsets must point into the text: 'w' + digits; use the first word
    c.execute("""UPDATE events SET trigger = substr(a.text, 1, 3), evidence = substr(a.text, 1, 5)
                 FROM articles a WHERE a.id = events.article_id""")


def _time(fn, reps: int) -> float:
    ts = []
    for i in range(reps):
        t = time.perf_counter()
        fn(i)
        ts.append(time.perf_counter() - t)
    return statistics.median(ts) * 1000


def _cases(c):
    """The baseline and each page's queries, as functions of a repetition number (parameters vary)."""
    words = [r[0] for r in c.execute("SELECT 'w' || (hash(i, 7) % 5000) FROM range(50) t(i)").fetchall()]
    arts = [r[0] for r in c.execute("SELECT id FROM articles USING SAMPLE 50 ROWS").fetchall()]
    ents = [r[0] for r in c.execute("SELECT entity_id FROM entities USING SAMPLE 50 ROWS").fetchall()]
    sts = [r[0] for r in c.execute("SELECT story_id FROM stories USING SAMPLE 50 ROWS").fetchall()]
    outlets = [f"outlet{i}" for i in range(50)]
    summ = q.summary(c)
    hi = q._day(summ["date_max"])
    import datetime as dt

    def month(i):
        lo = hi - dt.timedelta(days=30 * (i % 10 + 1))
        return lo, lo + dt.timedelta(days=30)

    cases = [
        ("baseline: SELECT type, count(*), avg(score) FROM events GROUP BY type",
         lambda i: c.execute("SELECT type, count(*), avg(score) FROM events GROUP BY type").fetchall()),
        ("home: summary + top actors + latest stories",
         lambda i: (q.summary(c), q.find_entities(c, limit=15), q.stories(c, limit=10))),
        ("articles: search two words", lambda i: q.search_articles(c, f"{words[i % 50]} {words[(i + 1) % 50]}")),
        ("articles: search one word", lambda i: q.search_articles(c, words[i % 50])),
        ("articles: outlet + month", lambda i: q.search_articles(c, None, outlets[i % 50], *month(i))),
        ("articles: latest (whole store, page 1)", lambda i: q.search_articles(c)),
        ("articles: a deep page (offset 5,000)", lambda i: q.search_articles(c, offset=5000)),
        ("articles: undated only", lambda i: q.search_articles(c, undated=True)),
        ("article page (document, stories, copies)", lambda i: q.article(c, arts[i % 50])),
        ("actors: find by name", lambda i: q.find_entities(c, f"Person {i}")),
        ("actors: page sorted by name, with filter lists",
         lambda i: (q.entities(c, sort="name", order="asc", offset=50 * (i % 10)), q.entity_facets(c))),
        ("actor page: entity + timeline + relations",
         lambda i: (q.entity(c, ents[i % 50]), q.entity_timeline(c, ents[i % 50]), q.entity_relations(c, ents[i % 50]))),
        ("stories: latest (whole store, page 1)", lambda i: q.stories(c)),
        ("stories: sorted by articles", lambda i: q.stories(c, sort="articles")),
        ("stories: undated only", lambda i: q.stories(c, undated=True)),
        ("stories: claims (standing)", lambda i: q.stories(c, standing="claimed")),
        ("stories: an actor's country", lambda i: q.stories(c, country=COUNTRIES[i % 20])),
        ("map: located stories of a type", lambda i: q.located_stories(c, type=TYPES[i % 16])),
        ("stories: type + month", lambda i: q.stories(c, type=TYPES[i % 16], since=month(i)[0], until=month(i)[1])),
        ("stories: actor", lambda i: q.stories(c, actor=ents[i % 50])),
        ("stories: place + status + month",
         lambda i: q.stories(c, place=COUNTRIES[i % 20], status="asserted", since=month(i)[0], until=month(i)[1])),
        ("story page (evidence spans)", lambda i: q.story(c, sts[i % 50])),
        ("download: stories CSV, type + month",
         lambda i: ex.copy_query(c, *q.stories_query(c, type=TYPES[i % 16], since=month(i)[0], until=month(i)[1]), "csv")),
    ]
    return cases, month


def measure(path: str, reps: int) -> list[tuple[str, float]]:
    con = q.connect_read_only_web(path)
    c = con.cursor()
    cases, month = _cases(c)
    out = [(name, _time(fn, reps)) for name, fn in cases]
    con.close()
    with tempfile.TemporaryDirectory() as d:
        for table in ("events", "stories"):
            out.append((f"export: {table} → Parquet (whole table)",
                        _time(lambda i, t=table: ex.export(path, os.path.join(d, f"{t}{i}.parquet"), "parquet", [t]),
                              max(1, reps // 10))))
        out.append(("export: events → CSV, one month",
                    _time(lambda i: ex.export(path, os.path.join(d, f"m{i}.csv"), "csv", ["events"], *month(i)),
                          max(1, reps // 10))))
    return out


class _Recorder:
    """A connection that remembers the statements run through it."""

    def __init__(self, con):
        self.con, self.log = con, []

    def execute(self, sql, params=None):
        self.log.append((sql, params))
        return self.con.execute(sql, params) if params is not None else self.con.execute(sql)

    def __getattr__(self, name):
        return getattr(self.con, name)


def explain(path: str) -> None:
    """EXPLAIN ANALYZE every statement of each page: per table read, the scan type and row groups read."""
    import re

    con = q.connect_read_only_web(path)
    c = con.cursor()
    rec = _Recorder(c)
    cases, _ = _cases(rec)
    for name, fn in cases[1:]:
        rec.log.clear()
        fn(0)
        print(f"== {name}")
        for sql, params in list(rec.log):
            plan = c.execute("EXPLAIN ANALYZE " + sql, params).fetchall()[0][1]
            scans = []
            for cell in (x.strip() for line in plan.splitlines() for x in line.split("│")):
                if m := re.match(r"Table: \S*?(\w+)$", cell):
                    scans.append([m.group(1), "?", "?"])
                elif (m := re.match(r"Type: (\w+ Scan)$", cell)) and scans and scans[-1][1] == "?":
                    scans[-1][1] = m.group(1)
                elif (m := re.match(r"Row Groups Scanned: ([\d /]+)$", cell)) and scans and scans[-1][2] == "?":
                    scans[-1][2] = m.group(1)
            print(f"  {' '.join(sql.split())[:100]}\n    " +
                  ("; ".join(f"{t}: {ty}, row groups read {rg}" for t, ty, rg in scans) or "(no table read)"))
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the synthetic store (articles: a tenth)")
    ap.add_argument("--db", help="DuckDB file to build or reuse (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="keep the database file")
    ap.add_argument("--reuse", action="store_true", help="measure an existing --db without building it")
    ap.add_argument("--reps", type=int, default=20, help="repetitions per query (median reported)")
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--explain", action="store_true",
                    help="instead of timing, EXPLAIN ANALYZE each page's statements (with --reuse --db)")
    args = ap.parse_args()
    if args.explain:
        if not (args.reuse and args.db):
            ap.error("--explain reads an existing database: give --reuse --db FILE")
        explain(args.db)
        return
    tmp = None
    path = args.db
    if not path:
        tmp = tempfile.mkdtemp()
        path = os.path.join(tmp, "bench.duckdb")
    info = {}
    if not args.reuse:
        Path(path).unlink(missing_ok=True)
        print(f"building {args.events:,} events over {args.events // 10:,} articles in {path} …", file=sys.stderr)
        info = build(path, args.events)
        print(json.dumps(info), file=sys.stderr)
    figures = measure(path, args.reps)
    base = figures[0][1]
    print(f"\n| query | ms (median of {args.reps}) | ratio to events scan |\n|---|---:|---:|")
    for name, ms in figures:
        print(f"| {name} | {ms:.2f} | {ms / base:.3f} |")
    if info:
        print(f"\nbuild {info['build_s']} s (synthetic rows), update_stories {info['update_stories_s']} s; "
              f"counts {info['counts']}; {info['duplicates']} near-duplicates linked")
    if args.json:
        Path(args.json).write_text(json.dumps({"info": info, "figures": figures}, indent=2))
    if tmp and not args.keep:
        Path(path).unlink(missing_ok=True)
        Path(path + ".wal").unlink(missing_ok=True)
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
