"""An interrupted ingest (Ctrl-C, or a killed process) leaves nothing half-written, and the same command run
again completes the job with every input stored exactly once."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"


def make_corpus(folder: Path, n: int) -> None:
    base = (EXAMPLES / "summit_talks.txt").read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(n):  # distinct texts: each copy reports a different round of talks
        (folder / f"story_{i:03d}.txt").write_text(base.replace("on Tuesday", f"on Tuesday in round {i}"),
                                                 encoding="utf-8")


def consistent(db: Path) -> int:
    """Every stored article has all of its extractions, as its stored document lists them; returns the count."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT id, doc FROM articles").fetchall()
        for aid, doc in rows:
            d = json.loads(doc)
            for table, n in (("statements", len(d["statements"])), ("events", len(d["events"])),
                             ("actors", len(d["actors"])),
                             ("mentions", sum(len(a["mentions"]) for a in d["actors"]))):
                got = con.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [aid]).fetchone()[0]
                assert got == n, f"{aid}: {table} has {got} rows, the document {n}"
        return len(rows)
    finally:
        con.close()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_ingest_resumes_without_loss_or_duplicates(tmp_path, sig):
    corpus = tmp_path / "corpus"
    n = 200  # enough that the signal lands mid-run however fast the machine parses
    make_corpus(corpus, n)
    db = tmp_path / "news.duckdb"
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", str(db)]
    # --summary prints each article once it is committed: interrupt after the third
    proc = subprocess.Popen(cmd + ["--summary"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")  # (a kill may cut a character in two)
    seen = 0
    deadline = time.time() + 180
    while seen < 3 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line.startswith("== ")
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert seen == 3
    if sig == signal.SIGINT:  # Ctrl-C: a clean stop between articles, whatever the process was doing
        assert proc.returncode == 130 and "Traceback" not in err and "interrupted;" in err, err[-2000:]
    partial = consistent(db)
    assert partial < n, "the ingest finished before it could be interrupted; use a larger corpus"
    r = subprocess.run(cmd, capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert consistent(db) == n


def test_a_kill_in_the_middle_of_a_batch_loses_nothing_and_stores_nothing_twice(tmp_path):
    """Ingest writes batches (``store_batch`` results per transaction). Killed (-9) while it gathers the
    second batch, the store holds exactly the articles of the batches it committed (the ones it reported),
    with all their rows, and the inputs recorded as done are exactly those; run again, every input is
    stored once."""
    corpus = tmp_path / "corpus"
    n, batch = 40, 5
    make_corpus(corpus, n)
    db = tmp_path / "news.duckdb"
    config = tmp_path / "settings.yaml"
    config.write_text(f"store_batch: {batch}\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "newsgraph.cli", "--config", str(config), "ingest", str(corpus), "--db", str(db),
           "--workers", "1"]
    proc = subprocess.Popen(cmd + ["--summary"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")  # (a kill may cut a character in two)
    seen = 0
    deadline = time.time() + 180
    while seen < batch and time.time() < deadline:  # the first batch is committed: its summaries come
        line = proc.stdout.readline()
        if not line:
            break
        seen += line.startswith("== ")
    proc.kill()  # now gathering the second batch
    out, _ = proc.communicate(timeout=60)
    reported = seen + sum(line.startswith("== ") for line in out.splitlines())
    assert seen == batch
    stored = consistent(db)
    assert stored == reported and batch <= stored < n, (stored, reported)
    con = duckdb.connect(str(db), read_only=True)
    try:
        done = con.execute("SELECT count(*) FROM inputs WHERE status = 'stored'").fetchone()[0]
    finally:
        con.close()
    assert done == stored  # what was not written is not recorded as done either
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert consistent(db) == n
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT source) FROM inputs").fetchone() == (n, n)
        assert con.execute("SELECT count(*), count(DISTINCT text) FROM articles").fetchone() == (n, n)
    finally:
        con.close()
