"""What ingest pays to store documents: row-by-row inserts (one ``executemany`` of ``INSERT … VALUES`` per
table and one transaction per article, as ``Store.add`` wrote before batching) against batched writes
(``Store.write`` through ``BatchWriter``: one transaction per batch, one statement per table), in turns in
one run, on the documents of real articles.

    .venv/bin/python benchmarks/store_writes.py                       # 300 PolNeAR train articles
    .venv/bin/python benchmarks/store_writes.py --limit 100 --rounds 3 --cache /tmp/docs.jsonl

Each method writes every document into a new store file; the order of the methods turns round by round
so load from other work falls on all alike. Reported: median wall time and CPU time, documents/s, and
the ratio to row-by-row.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsgraph.records import Document  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store.batches import BatchWriter  # noqa: E402
from newsgraph.store.rows import COLUMNS, document_rows  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "data" / "train" / "text"


def documents(data: Path, limit: int, cache: Path | None) -> list[Document]:
    if cache and cache.exists():
        return [Document.from_dict(json.loads(x)) for x in cache.read_text(encoding="utf-8").splitlines()]
    from newsgraph.pipeline import Pipeline

    files = sorted(str(p) for p in data.iterdir() if p.is_file())[:limit]
    docs = [d for d in Pipeline().run(files) if isinstance(d, Document)]
    if cache:
        cache.write_text("\n".join(json.dumps(d.to_dict(), ensure_ascii=False) for d in docs), encoding="utf-8")
    return docs


def row_by_row(store: Store, docs: list[Document]) -> None:
    """The write before batching: per article, a lookup, then one transaction with the input's record and
    an ``executemany`` of one-row inserts per table."""
    c = store.con
    for doc in docs:
        a = doc.article
        if c.execute("SELECT 1 FROM articles WHERE id = ?", [a.id]).fetchone() is not None:
            continue
        now = datetime.now(UTC).replace(tzinfo=None)
        c.execute("BEGIN TRANSACTION")
        c.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)", [a.source, "stored", a.id, None, now])
        for table, rows in document_rows(doc, "m", now).items():
            if rows:
                c.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(COLUMNS[table]))})", rows)
        c.execute("COMMIT")


def batched(size: int):
    def write(store: Store, docs: list[Document]) -> None:
        w = BatchWriter(store, "m", size=size, seconds=1e9)
        for d in docs:
            w.document(d)
        w.flush()
    return write


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batches", type=int, nargs="+", default=[1, 16, 64, 256])
    ap.add_argument("--cache", type=Path, help="documents as JSON lines: read if present, else written")
    args = ap.parse_args()
    if not args.data.exists() and not (args.cache and args.cache.exists()):
        sys.exit(f"no data: {args.data} (the project's shared data) and no --cache")
    docs = documents(args.data, args.limit, args.cache)
    methods = [("row by row (before)", row_by_row)] + [(f"batch of {b}", batched(b)) for b in args.batches]
    times: dict[str, list[tuple[float, float]]] = {m: [] for m, _ in methods}
    with tempfile.TemporaryDirectory() as d:
        for r in range(args.rounds):
            for k in range(len(methods)):
                name, fn = methods[(k + r) % len(methods)]
                path = os.path.join(d, f"{r}_{k}.duckdb")
                with Store(path) as s:
                    w0, c0 = time.perf_counter(), time.process_time()
                    fn(s, docs)
                    times[name].append((time.perf_counter() - w0, time.process_time() - c0))
                    assert s.con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(docs)
                os.unlink(path)
    base = statistics.median(w for w, _ in times[methods[0][0]])
    print(f"{len(docs)} documents, {args.rounds} rounds (medians)\n")
    print("| method | wall s | CPU s | documents/s | × row by row |\n|---|---:|---:|---:|---:|")
    for name, _ in methods:
        w = statistics.median(x for x, _ in times[name])
        c = statistics.median(y for _, y in times[name])
        print(f"| {name} | {w:.2f} | {c:.2f} | {len(docs) / w:,.0f} | {base / w:.1f}× |")


if __name__ == "__main__":
    main()
