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
    proc = subprocess.Popen(cmd + ["--summary"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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
