"""A store ten times bigger from a base store of ``benchmarks/store_incremental.py`` (issue 18: the update at
10,000,000 events), without running the cross-article update over it: the base's rows copied ``--copies``
times, copy k's dates moved ``copies - k`` years back, its article and story ids suffixed ``-k``, its LSH band
keys scrambled (copies are no near-duplicates of each other); the original rows stay as they are, the latest,
so the held articles find what they found in the base. Entities are shared (their counts multiplied).
The tables kept in date order stay in date order (copy by copy, oldest first).

    .venv/bin/python benchmarks/store_tile.py /tmp/inc/base1000000_1000.duckdb /tmp/inc/base10000000_1000.duckdb

Not the store an update over ten years would leave: the indexes are filled by bulk inserts (on 100,000 →
1,000,000 events the update's checkpoint wrote 36 MB against 105 MB on the store built by updates).
Measured here: 100,000 → 1,000,000 events in 2 minutes; 1,000,000 → 10,000,000 did not finish in 10 minutes
on the shared 2 cores (1.1 GB written), so it needs a machine of its own.
"""

from __future__ import annotations

import argparse
import shutil
import time

import duckdb

ORDERED = ("stories", "story_events", "story_participants", "relations")


def tile(src: str, dst: str, copies: int = 9) -> None:
    shutil.copyfile(src, dst)
    c = duckdb.connect(dst)
    c.execute("SET checkpoint_threshold = '64GB'")
    c.execute(f"CREATE TEMP TABLE k AS SELECT range AS k FROM range({copies})")
    years = f"INTERVAL ({copies} - k) YEAR"
    suffix = "'-' || k"

    def back(col: str) -> str:
        return f"CAST({col} - {years} AS DATE)"

    ev_date = (r"CASE WHEN regexp_full_match(date, '\d{4}-\d{2}-\d{2}') AND try_cast(date AS DATE) IS NOT NULL "
               f"THEN strftime(try_cast(date AS DATE) - {years}, '%Y-%m-%d') ELSE date END")
    art = {"article_id": f"article_id || {suffix}"}
    rules = {
        "articles": {"id": f"id || {suffix}", "published": back("published"), "ingested_at": f"ingested_at - {years}"},
        "actors": art, "mentions": art, "statements": art, "events": {**art, "date": ev_date},
        "article_signatures": art, "article_terms": art, "actor_entities": art,
        "article_bands": {**art, "band_key": "xor(band_key, hash(k))::UBIGINT"},
        "article_clusters": {**art, "canonical_id": f"canonical_id || {suffix}"},
        "stories": {"story_id": f"story_id || {suffix}", **{c: back(c) for c in (
            "date", "date_min", "date_max", "first_seen", "last_seen")}},
        "story_events": {**art, "story_id": f"story_id || {suffix}", "day": back("day"),
                         "published": back("published"), "art": f"art || {suffix}"},
        "story_participants": {"story_id": f"story_id || {suffix}", "date": back("date")},
        "relations": {"period": back("period")},
    }
    for table, rule in rules.items():
        cols = [r[0] for r in c.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND "
                                        "schema_name = 'main' ORDER BY column_index", [table]).fetchall()]
        sel = ", ".join(rule.get(col, f'"{col}"') for col in cols)
        order = f" ORDER BY k, {table}.rowid" if table in ORDERED else ""
        t0 = time.perf_counter()
        c.execute(f"INSERT INTO {table} SELECT {sel} FROM {table}, k{order}")
        print(table, c.execute(f"SELECT count(*) FROM {table}").fetchone()[0], f"{time.perf_counter() - t0:.1f} s",
              flush=True)
    c.execute(f"UPDATE entities SET n_articles = n_articles * {copies + 1}, n_mentions = n_mentions * {copies + 1}, "
              f"first_seen = CAST(first_seen - INTERVAL {copies} YEAR AS DATE)")
    c.execute("CHECKPOINT")
    c.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--copies", type=int, default=9)
    args = ap.parse_args()
    tile(args.src, args.dst, args.copies)


if __name__ == "__main__":
    main()
