"""The web page and JSON API, against the real server (``newsgraph serve``) on loopback with a real
database file; the pages in headless Chromium (Debian's, installed by ``make test``'s browser step)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_harness import chromium, get, getj  # tests/web_harness.py
from web_harness import serving as _serving

from newsgraph.cli import main as cli
from newsgraph.records import Document
from newsgraph.store import Store
from newsgraph.store.stories import update_stories

FIX = Path(__file__).parent / "fixtures" / "stories"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
XSS = "<script>window.__pwned = 1</script><img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> Path:
    path = tmp_path_factory.mktemp("web") / "news.duckdb"
    hostile = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "title": "Odd title " + XSS, "outlet": "Test <b>Outlet</b>", "published": "2025-03-20",
        "text": f"Ararat Mirzoyan said on Thursday that the text {XSS} was harmless. " * 3}) + "\n")
    with Store(path) as s:
        for d in pipeline.run([str(FIX / "wire.jsonl"), str(EXAMPLES), str(hostile)]):
            if isinstance(d, Document):
                s.add(d)
        update_stories(s)
    return path


@pytest.fixture(scope="module")
def server(db):
    with _serving(db) as base:
        yield base


def _story(base):
    items = getj(base + "/api/stories?type=CONSULT&since=2025-03-01&until=2025-03-31")["items"]
    return next(s for s in items if "person:ararat-mirzoyan" in s["actors"])


# -- JSON API ---------------------------------------------------------------------------------------------
def test_api_summary_and_openapi(server):
    s = getj(server + "/api/summary")
    assert s["articles"] == 12 and s["duplicates"] == 3 and s["stories"] >= 1
    spec = getj(server + "/openapi.json")
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/actors/{entity_id}",
              "/api/stories", "/api/stories/{story_id}", "/api/stories.csv", "/api/dyads"):
        assert p in spec["paths"], p


def test_api_articles_search_and_article(server):
    res = getj(server + "/api/articles?q=Geneva+talks")
    titles = {a["title"] for a in res["items"]}
    wire = [json.loads(line)["title"] for line in (FIX / "wire.jsonl").read_text(encoding="utf-8").splitlines()]
    assert set(wire[:5]) <= titles and wire[5] not in titles and res["total"] == len(titles)
    for a in res["items"]:  # every hit holds both words
        text = getj(server + f"/api/articles/{a['id']}")["doc"]["article"]["text"].lower()
        assert "geneva" in text and "talks" in text
    res = getj(server + "/api/articles?outlet=Baku+Observer&since=2025-03-01&until=2025-03-31")
    assert [a["outlet"] for a in res["items"]] == ["Baku Observer"]
    aid = res["items"][0]["id"]
    a = getj(server + f"/api/articles/{aid}")
    assert a["canonical_id"] != aid and a["doc"]["article"]["id"] == aid
    ev = a["doc"]["events"][0]
    assert a["stories"][ev["id"]]["n_articles"] == 2
    with pytest.raises(urllib.error.HTTPError) as e:
        get(server + "/api/articles/nope")
    assert e.value.code == 404


def test_api_story_actor_relations_dyads(server):
    st = _story(server)
    assert (st["n_articles"], st["n_reports"], st["n_outlets"]) == (2, 5, 5)
    full = getj(server + f"/api/stories/{st['story_id']}")
    assert len({e["article_id"] for e in full["evidence"]}) == 5  # every report, one or more spans each
    assert len({r["article_id"] for r in full["evidence"] if r["duplicate_of"]}) == 3
    for r in full["evidence"]:
        assert r["evidence_end"] > r["evidence_start"]
    actor = getj(server + "/api/actors/person:ararat-mirzoyan")
    assert actor["actor"]["n_articles"] >= 5
    assert any(t["story_id"] == st["story_id"] for t in actor["timeline"])
    rel = {r["entity_id"]: r for r in actor["relations"]}
    assert rel["person:jeyhun-bayramov"]["score"] == 2.5
    dy = getj(server + "/api/dyads?period=month")
    assert any(d["source"] == "person:ararat-mirzoyan" and d["target"] == "person:jeyhun-bayramov"
               and d["type"] == "CONSULT" and d["mean_score"] == 2.5 for d in dy)


def test_api_downloads(server):
    _, ctype, body = get(server + "/api/stories.csv?type=CONSULT&since=2025-03-01&until=2025-03-31")
    assert ctype.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert any(r["label"].startswith("CONSULT: Ararat Mirzoyan") and r["n_articles"] == "2" for r in rows)
    _, ctype, body = get(server + "/api/stories.parquet?since=2025-01-01")
    assert body[:4] == b"PAR1"


def test_pages_escape_article_text(server):
    res = getj(server + "/api/articles?q=harmless")
    aid = res["items"][0]["id"]
    for url in (f"/articles/{aid}", "/articles?q=harmless", "/articles?since=2025-03-01&until=2025-03-31"):
        html = get(server + url)[2].decode()
        assert "<script>window.__pwned" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html or "\\u003cscript" in html


def test_pages_answer(server):
    st = _story(server)
    for url in ("/", "/articles", "/actors", "/actors?q=mirz", "/actors/person:ararat-mirzoyan", "/stories",
                "/stories?type=CONSULT&since=2025-03-01", f"/stories/{st['story_id']}", "/static/app.css"):
        assert get(server + url)[0] == 200, url
    with pytest.raises(urllib.error.HTTPError) as e:
        get(server + "/stories/nope")
    assert e.value.code == 404


# -- CLI: export and query --------------------------------------------------------------------------------
def test_export_formats_and_query(db, tmp_path):
    import duckdb

    r = CliRunner().invoke(cli, ["export", str(tmp_path / "pq"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'stories.parquet'}'").fetchone()[0]
    assert n == getattr(_n(db, "stories"), "real", 0)
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "a.csv"), "--table", "articles", "--format", "csv",
                                 "--since", "2025-03-18", "--until", "2025-03-18", "--db", str(db)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(open(tmp_path / "a.csv", encoding="utf-8")))
    assert len(rows) == 4 and {x["published"] for x in rows} == {"2025-03-18"}
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "j"), "--format", "jsonl", "--table", "events",
                                 "--table", "entities", "--db", str(db)])
    assert r.exit_code == 0, r.output
    lines = (tmp_path / "j" / "events.jsonl").read_text().splitlines()
    assert len(lines) == _n(db, "events") and json.loads(lines[0])["type"]
    r = CliRunner().invoke(cli, ["query", "SELECT type, n_articles FROM stories WHERE n_articles = 2",
                                 "--format", "json", "--db", str(db)])
    assert r.exit_code == 0 and json.loads(r.output) == [{"type": "CONSULT", "n_articles": 2}]
    r = CliRunner().invoke(cli, ["query", "SELECT count(*) AS n FROM articles", "--format", "csv", "--db", str(db)])
    assert r.output.splitlines() == ["n", "12"]
    r = CliRunner().invoke(cli, ["query", "SELECT count(*) AS n FROM articles", "--db", str(db)])
    assert "12" in r.output and "(1 row)" in r.output
    for bad in ("DELETE FROM stories", "CREATE TABLE x (i INT)", f"COPY articles TO '{tmp_path / 'x.csv'}'",
                "SELECT * FROM read_text('/etc/hostname')"):
        r = CliRunner().invoke(cli, ["query", bad, "--db", str(db)])
        assert r.exit_code == 2 and "query failed" in r.output, bad
    assert _n(db, "stories") > 0


def _n(db, table) -> int:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_second_writer_gets_a_clear_message(tmp_path):
    from newsgraph.errors import StoreError

    db = tmp_path / "w.duckdb"
    with Store(db):
        code = ("import sys\nfrom newsgraph.store import Store\nfrom newsgraph.errors import StoreError\n"
                "try:\n    Store(sys.argv[1])\nexcept StoreError as e:\n    print(e); sys.exit(3)\n")
        p = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60)
        assert p.returncode == 3 and "one writer at a time" in p.stdout
    assert StoreError


def _status(url: str) -> tuple[int, str | None, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, None, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Retry-After"), e.read().decode()


def test_ingest_into_the_served_database_while_the_server_runs(db, tmp_path):
    served = tmp_path / "served.duckdb"
    shutil.copy(db, served)  # the module's database keeps its counts for the other tests
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({
        "title": "Quokkaville accord signed", "outlet": "Late Wire", "published": "2025-03-21",
        "text": "Ararat Mirzoyan and Jeyhun Bayramov signed the Quokkaville accord in Geneva on Friday, "
                "officials said. The two ministers met for three hours. " * 3}) + "\n")
    with _serving(served) as base:
        before = getj(base + "/api/summary")["articles"]
        # while another process writes the file, pages and the API answer 503 with Retry-After
        with Store(served):
            for url in ("/api/summary", "/stories"):
                code, retry, body = _status(base + url)
                assert code == 503 and retry and int(retry) > 0, (url, code, body)
                assert "being written" in body
        assert _status(base + "/api/summary")[0] == 200  # and answer again once it is done
        # `newsgraph ingest` into the served file, with requests coming in all along
        ingest = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "ingest", str(new), "--db", str(served),
                                   "--workers", "1", "--no-progress"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
        seen = set()
        deadline = time.monotonic() + 300
        while ingest.poll() is None and time.monotonic() < deadline:
            code, retry, _ = _status(base + "/api/summary")
            assert code == 200 or (code == 503 and retry), code
            seen.add(code)
            time.sleep(0.1)
        out = ingest.communicate(timeout=60)[0].decode()
        assert ingest.returncode == 0, out
        assert "ingested 1 new article" in out, out
        assert getj(base + "/api/summary")["articles"] == before + 1
        res = getj(base + "/api/articles?q=Quokkaville")
        assert [a["title"] for a in res["items"]] == ["Quokkaville accord signed"]
        assert "Quokkaville accord signed" in get(base + "/articles?q=Quokkaville")[2].decode()
        assert 503 in seen, seen  # the server kept answering while the ingest had the file


# -- the page in a real browser ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    with chromium(tmp_path_factory) as ctx:
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.set_default_timeout(15000)
        yield page, errors


def test_browser_every_page_loads(server, browser_page):
    page, errors = browser_page
    st = _story(server)
    for url, heading in (("/", "What happened"), ("/articles", "Articles"), ("/actors", "Actors"),
                         ("/actors/person:ararat-mirzoyan", "Ararat Mirzoyan"),
                         ("/stories?since=2025-01-01", "Events and stories"),
                         (f"/stories/{st['story_id']}", "CONSULT")):
        page.goto(server + url)
        assert heading in page.locator("h1").inner_text(), url
    page.goto(server + "/actors/person:ararat-mirzoyan")
    assert page.locator("#timeline svg rect").count() >= 1
    assert "Jeyhun Bayramov" in page.locator("#relations").inner_text()
    page.goto(server + "/stories?since=2025-01-01")
    assert page.locator("#map svg circle").count() >= 1
    assert not errors, errors


def test_browser_search_and_click_a_highlight(server, browser_page):
    page, errors = browser_page
    page.goto(server + "/")
    page.fill("header input[name=q]", "Geneva talks")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/articles?q=*")
    assert "article(s)" in page.locator("#result-count").inner_text()
    page.get_by_role("link", name="Armenian, Azerbaijani ministers meet in Geneva for peace talks").click()
    page.wait_for_selector("#article-text")
    page.locator("mark.hl.trig").first.click()
    details = page.locator("#details")
    text = details.inner_text()
    assert "CONSULT" in text and "Ararat Mirzoyan" in text and "Geneva" in text and "2025-03-18" in text
    assert "2 article(s), 5 outlet(s)" in text
    details.get_by_role("link").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("#n-articles").inner_text() == "2"
    # a statement: source and cue
    page.go_back()
    page.locator("mark.hl.cue").first.click()
    assert "Statement" in page.locator("#details").inner_text()
    # article text is escaped: the hostile article's markup shows as text and runs nothing
    page.goto(server + "/articles?q=harmless")
    page.locator("#articles a").first.click()
    page.wait_for_selector("#article-text")
    assert "<script>window.__pwned" in page.locator("#article-text").inner_text()
    assert page.evaluate("window.__pwned === undefined")
    assert not errors, errors


def test_browser_filters_and_csv_download(server, browser_page):
    page, errors = browser_page
    page.goto(server + "/stories")
    page.select_option("select[name=type]", "CONSULT")
    page.fill("input[name=since]", "2025-03-01")
    page.fill("input[name=until]", "2025-03-31")
    page.click("#story-filters button")
    page.wait_for_url("**type=CONSULT*")
    assert "Ararat Mirzoyan" in page.locator("#stories").inner_text()
    with page.expect_download() as dl:
        page.click("#dl-csv")
    path = dl.value.path()
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    assert rows and all(r["type"] == "CONSULT" for r in rows)
    assert any(r["n_articles"] == "2" and r["n_outlets"] == "5" for r in rows)
    assert not errors, errors
