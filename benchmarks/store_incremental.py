"""What one incremental cross-article update costs as the store grows (issue 18, item 2).

A synthetic store of N events (``benchmarks/store.py``'s corpus) is built once with the last ``--held``
articles (the latest published) held back and the rest updated; then, round by round, a copy of that
store gets the held articles back and one ``update_stories`` call is timed, by each code tree in turn
(this tree, and ``--baseline DIR``, e.g. ``git archive main | tar -x -C DIR``), each in its own process,
so the machine's load falls on both alike. The rows each tree leaves (stories, story events, duplicates,
relations) are digested and must agree. Beside wall and CPU seconds, the megabytes the update wrote (the
WAL and the checkpoint, from /proc/self/io), which the load of a shared machine does not move.

    .venv/bin/python benchmarks/store_incremental.py --events 100000 1000000 --baseline /tmp/ng-main
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HELD = ("articles", "actors", "mentions", "events")


def prepare(path: str, n_events: int, held: int) -> dict:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from store import build_rows

    from newsgraph.store import Store
    from newsgraph.store.stories import update_stories

    t0 = time.perf_counter()
    with Store(path) as s:
        c = s.con
        build_rows(s, n_events)
        n_art = c.execute("SELECT count(*) FROM src").fetchone()[0]
        c.execute(f"CREATE TABLE _held_ids AS SELECT id FROM src WHERE i >= {n_art - held}")
        for t in HELD:
            key = "id" if t == "articles" else "article_id"
            c.execute(f"CREATE TABLE _held_{t} AS SELECT * FROM {t} WHERE {key} IN (SELECT id FROM _held_ids)")
            c.execute(f"DELETE FROM {t} WHERE {key} IN (SELECT id FROM _held_ids)")
        t1 = time.perf_counter()
        update_stories(s, chunk=2000)
        t2 = time.perf_counter()
        c.execute("CHECKPOINT")
    return {"events": n_events, "held_articles": held, "build_s": round(t1 - t0, 1), "base_update_s": round(t2 - t1, 1)}


#: run in the tree under test: put the held articles back, then time one update
RUN = r"""
import hashlib, json, sys, time
from newsgraph.store import Store
from newsgraph.store.stories import update_stories
path = sys.argv[1]
with Store(path):  # a migration the tree brings runs here, and its indexes are read back from the file as usual
    pass
with Store(path) as s:
    c = s.con
    c.execute("BEGIN TRANSACTION")
    for t in ("articles", "actors", "mentions", "events"):
        c.execute(f"INSERT INTO {t} SELECT * FROM _held_{t}")
    try:  # a tree whose Store.write writes each article's fingerprints with it: written here too, untimed
        from newsgraph.store import fingerprints
    except ImportError:
        fingerprints = None
    if fingerprints is not None:
        fingerprints.add(c, c.execute("SELECT id, title, text FROM _held_articles ORDER BY id").fetchall())
    c.execute("COMMIT")
    c.execute("CHECKPOINT")
    n_ev = c.execute("SELECT count(*) FROM _held_events").fetchone()[0]
    def written():  # bytes this process wrote (Linux), a measure the machine's load does not move
        try:
            return next(int(l.split()[1]) for l in open("/proc/self/io") if l.startswith("wchar"))
        except OSError:
            return 0
    w0 = written(); t0 = time.perf_counter(); c0 = time.process_time()
    rep = update_stories(s)
    wall, cpu, mb = time.perf_counter() - t0, time.process_time() - c0, (written() - w0) / 1e6
    dig = {}
    for name, sql in (
            ("stories", "SELECT * EXCLUDE (updated_at) FROM stories"),
            ("story_events", "SELECT article_id, event_id, story_id FROM story_events"),
            ("story_participants", "SELECT * FROM story_participants"),
            ("clusters", "SELECT article_id, canonical_id, similarity FROM article_clusters"),
            ("entities", "SELECT * FROM entities"),
            ("relations", "SELECT * EXCLUDE (score_sum), round(score_sum, 6) FROM relations")):
        rows = c.execute(f"SELECT md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)) FROM ({sql}) x").fetchone()[0]
        dig[name] = rows
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "written_mb": mb, "events": n_ev, "articles": rep.articles, "digest": dig}))
"""


def run_once(tree: str, base_db: str, workdir: str) -> dict:
    db = os.path.join(workdir, "run.duckdb")
    shutil.copyfile(base_db, db)
    env = dict(os.environ, PYTHONPATH=tree)
    out = subprocess.run([sys.executable, "-c", RUN, db], env=env, cwd=tree, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{tree}: {out.stderr[-3000:]}")
    Path(db).unlink()
    Path(db + ".wal").unlink(missing_ok=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--held", type=int, default=1000, help="articles held back and updated incrementally")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", help="another code tree to time in turn (e.g. main, from git archive)")
    ap.add_argument("--dir", help="where the base stores are kept (reused when present)")
    args = ap.parse_args()
    trees = [("this", str(ROOT))] + ([("baseline", args.baseline)] if args.baseline else [])
    work = args.dir or tempfile.mkdtemp()
    os.makedirs(work, exist_ok=True)
    print("| store (events) | tree | update of held articles: wall s (each round) | median | events/s | "
          "× baseline | CPU s (median) | MB written (median) |\n|---|---|---|---:|---:|---:|---:|---:|")
    for n in args.events:
        base = os.path.join(work, f"base{n}_{args.held}.duckdb")
        if not os.path.exists(base):
            print(json.dumps(prepare(base, n, args.held)), file=sys.stderr)
        res: dict[str, list[dict]] = {name: [] for name, _ in trees}
        for r in range(args.rounds):
            for name, tree in (trees if r % 2 == 0 else trees[::-1]):
                res[name].append(run_once(tree, base, work))
        digests = {name: {json.dumps(x["digest"], sort_keys=True) for x in rs} for name, rs in res.items()}
        same = len(set().union(*digests.values())) == 1
        med = {name: statistics.median(x["wall_s"] for x in rs) for name, rs in res.items()}
        for name, rs in res.items():
            ev = rs[0]["events"]
            ratio = f"{med['baseline'] / med[name]:.2f}×" if "baseline" in med else ""
            each = ", ".join(f"{x['wall_s']:.2f}" for x in rs)
            print(f"| {n:,} | {name} | {each} | {med[name]:.2f} | "
                  f"{ev / med[name]:,.0f} | {ratio} | {statistics.median(x['cpu_s'] for x in rs):.2f} | "
                  f"{statistics.median(x.get('written_mb', 0) for x in rs):.0f} |", flush=True)
        print(f"rows identical across trees and rounds: {same}", file=sys.stderr)
        if not same:
            for name, ds in digests.items():
                print(name, ds, file=sys.stderr)


if __name__ == "__main__":
    main()
