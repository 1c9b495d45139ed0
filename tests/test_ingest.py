"""Ingest: every input kind and every bad input, read from real files, a real stdin and a real HTTP server.

Static articles live in ``tests/fixtures/``; compressed, corrupt and archive inputs are built from them in
``tmp_path``, so each bad input is a damaged copy of a good one.
"""

from __future__ import annotations

import gzip
import http.server
import io
import json
import re
import sys
import threading
import types
import uuid
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import iter_articles
from newsgraph.records import Article
from newsgraph.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"
ARTICLE_TXT = FIXTURES / "article.txt"
ARTICLE_HTML = FIXTURES / "article.html"
WIRE_JSONL = FIXTURES / "wire.jsonl"
LEGACY_TXT = FIXTURES / "legacy_cp1252.txt"
GERMAN_TXT = FIXTURES / "german.txt"

TXT_TITLE = "Japan and South Korea pledge joint coast guard patrols after Busan meeting"
HTML_TITLE = "Kenya and Somalia reopen Mandera border crossing"
HTML_CANONICAL = "https://hornherald.example/news/kenya-somalia-mandera-crossing"
# Text of the page chrome in article.html: none of it may reach the article text.
HTML_BOILERPLATE = ("cookies", "Accept", "Home", "Politics", "Sport", "Subscribe", "Share", "Facebook", "Tweet",
                    "Related stories", "Al-Shabaab attack kills", "trade deal with Ethiopia", "About us",
                    "Privacy policy", "All rights reserved", "©", "By Wanjiru Kamau")


# --- helpers -------------------------------------------------------------------------------------------------

def ingest(*inputs, settings: Settings | None = None, published: str | None = None) -> list:
    return list(iter_articles([str(i) for i in inputs], settings or Settings(), published))


def one_article(*inputs, **kw) -> Article:
    items = ingest(*inputs, **kw)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def assert_heading_spans(article: Article) -> None:
    for h in article.headings:
        assert article.text[h.start:h.end] == h.text, h


def assert_error(item, source: str, reason: str) -> None:
    assert isinstance(item, InputError), item
    message = str(item)
    assert source in message, message
    assert re.search(reason, message, re.IGNORECASE), message
    assert "\n" not in message


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def http_response(body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def warc_record(rtype: str, uri: str | None, block: bytes, ctype: str = "application/http; msgtype=response") -> bytes:
    lines = ["WARC/1.0", f"WARC-Type: {rtype}", f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
             "WARC-Date: 2025-04-08T10:00:00Z"]
    if uri:
        lines.append(f"WARC-Target-URI: {uri}")
    lines += [f"Content-Type: {ctype}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


PAGE_URI = "https://hornherald.example/news/kenya-somalia-mandera-crossing"
SECOND_URI = "https://caspianledger.example/world/tbilisi-border-protest"
NOT_FOUND_URI = "https://hornherald.example/news/removed-story"
LOGO_URI = "https://hornherald.example/static/logo.png"


def warc_records() -> list[bytes]:
    """A small crawl: warcinfo, a request, two HTML pages, an image and a 404 (whose body is a real article)."""
    second = (EXAMPLES / "border_protest.html").read_bytes()
    return [
        warc_record("warcinfo", None, b"software: newsgraph-tests\r\nformat: WARC File Format 1.0\r\n",
                    "application/warc-fields"),
        warc_record("request", PAGE_URI, b"GET /news/kenya-somalia-mandera-crossing HTTP/1.1\r\n"
                                         b"Host: hornherald.example\r\n\r\n", "application/http; msgtype=request"),
        warc_record("response", PAGE_URI, http_response(ARTICLE_HTML.read_bytes())),
        warc_record("response", LOGO_URI, http_response(b"\x89PNG\r\n\x1a\n" + bytes(200), ctype="image/png")),
        warc_record("response", NOT_FOUND_URI, http_response(second, status="404 Not Found")),
        warc_record("response", SECOND_URI, http_response(second)),
    ]


def write_warc(path: Path, records: list[bytes]) -> Path:
    if path.name.endswith(".gz"):  # a .warc.gz holds one gzip member per record
        path.write_bytes(b"".join(gzipped(r) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


def html_page(*, jsonld: str | None = None, meta: str | None = None, time: str | None = None,
              title: str = "Chad and Sudan agree to reopen Adre border crossing for aid") -> str:
    """A small news page carrying only the date sources asked for."""
    head = [f"<title>{title}</title>"]
    if jsonld:
        head.append('<script type="application/ld+json">'
                    + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                                  "datePublished": jsonld}) + "</script>")
    if meta:
        head.append(f'<meta property="article:published_time" content="{meta}">')
    dateline = f'<p class="dateline"><time datetime="{time}">Updated</time></p>' if time else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{''.join(head)}</head><body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
<article><h1>{title}</h1>{dateline}
<p>N'DJAMENA — Chad and Sudan agreed to reopen the Adre border crossing to humanitarian convoys for three more
months, the United Nations said, after talks between the two governments in the Chadian capital.</p>
<p>UN aid chief Tom Fletcher welcomed the decision and said that more than 300 trucks were waiting on the Chadian
side of the border. "Every day this crossing stays open, food reaches families who have nothing," Fletcher said.</p>
<p>Sudan's government had threatened to close the crossing, accusing the Rapid Support Forces of using it to bring
in weapons, a claim the paramilitary group denies, according to officials familiar with the talks.</p>
</article><footer><p>About us | Contact</p></footer></body></html>"""


@pytest.fixture
def site(monkeypatch):
    """A real HTTP server on 127.0.0.1; tests put ``path -> (status, content type, body)`` into ``pages``."""
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    pages: dict[str, tuple[int, str, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            status, ctype, body = pages.get(self.path, (404, "text/html", b"<html><body>Not Found</body></html>"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site = types.SimpleNamespace(base=f"http://127.0.0.1:{server.server_address[1]}", pages=pages)
    yield site
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


# --- plain text ----------------------------------------------------------------------------------------------

def test_plain_text_utf8_title_headings_and_residue():
    a = one_article(ARTICLE_TXT)
    raw = ARTICLE_TXT.read_text(encoding="utf-8")
    assert a.source == str(ARTICLE_TXT)
    assert a.title == TXT_TITLE
    assert TXT_TITLE not in a.text
    assert a.text.startswith("BUSAN — Japanese Foreign Minister Takeshi Iwaya and South Korean Foreign Minister")
    assert "“Our coast guards will sail together before the end of the summer,” Iwaya told reporters" in a.text
    assert a.text.rstrip().endswith("the ministers will meet again in Tokyo in October.")
    # the sub-heading is its own line and span; the spans reproduce the text
    assert [h.text for h in a.headings] == ["North Korea responds"]
    assert_heading_spans(a)
    assert "North Korea responds" in a.text.split("\n")
    # scraper residue is gone: "Also Read", "Read more" and the stray ")" line
    assert "Also Read" not in a.text and "Read more" not in a.text
    assert ")" not in [line.strip() for line in a.text.split("\n")]
    assert "Why the Korea Strait matters" not in a.text and "Pyongyang tests new cruise missile" not in a.text
    # nothing invented: every line of the article is a line of the file, in the file's order
    raw_lines = [line.strip() for line in raw.splitlines() if line.strip()]
    positions = [raw_lines.index(line) for line in a.text.split("\n")]
    assert positions == sorted(positions)
    assert a.language == "en"
    assert re.fullmatch(r"[0-9a-f]{16}", a.id)
    assert a.published is None and a.url is None


@pytest.mark.parametrize(("first_line", "is_title"), [
    ("Japan and South Korea pledge joint coast guard patrols", True),
    ("Japan and South Korea agreed on Saturday to launch joint coast guard patrols in the Korea Strait.", False),
])
def test_first_line_is_title_only_when_it_reads_as_one(tmp_path, first_line, is_title):
    body = ARTICLE_TXT.read_text(encoding="utf-8").split("\n", 1)[1]
    p = tmp_path / "story.txt"
    p.write_text(first_line + "\n\n" + body, encoding="utf-8")
    a = one_article(p)
    if is_title:
        assert a.title == first_line
        assert a.text.startswith("BUSAN —")
    else:
        assert a.title is None
        assert a.text.startswith(first_line + "\n")
    assert_heading_spans(a)


def test_legacy_encoding_cp1252_fixture_decoded():
    raw = LEGACY_TXT.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    a = one_article(LEGACY_TXT)
    for name in ("José Manuel Albares", "Jean-Noël Barrot", "Irún", "Sílvia Paneque", "Palacio de Santa Cruz"):
        assert name in a.text
    assert "“We share the same border, so we share the same responsibility,” Albares told reporters" in a.text
    assert "MADRID — Spanish Foreign Minister" in a.text
    assert "\ufffd" not in a.text
    assert a.title == "Spanish and French ministers agree on joint border checks in the Pyrenees"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encoding_western_names(tmp_path, encoding):
    text = ("Portuguese Foreign Minister Paulo Rangel met François Bayrou and Günther Müller in Zürich on Monday.\n"
            "The ministers agreed to increase aid to Mozambique, officials said. Rangel said that Lisbon would "
            "send 20 doctors to Cabo Delgado next month.\n")
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(text.encode(encoding))
    a = one_article(p)
    assert a.text == text.strip()
    for name in ("François Bayrou", "Günther Müller", "Zürich"):
        assert name in a.text


def test_crlf_text_is_cleaned_like_lf(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(ARTICLE_TXT.read_bytes().replace(b"\n", b"\r\n"))
    a, b = one_article(p), one_article(ARTICLE_TXT)
    assert "\r" not in a.text
    assert (a.text, a.title, a.headings, a.id) == (b.text, b.title, b.headings, b.id)


def test_plain_setting_keeps_text_exactly(tmp_path):
    a = one_article(ARTICLE_TXT, settings=Settings(plain=True))
    raw = ARTICLE_TXT.read_text(encoding="utf-8")
    assert a.text == raw
    assert a.title is None
    assert "North Korea responds" in [h.text for h in a.headings]
    assert_heading_spans(a)
    # CRLF line ends and residue stay too
    p = tmp_path / "crlf.txt"
    p.write_bytes(raw.replace("\n", "\r\n").encode("utf-8"))
    b = one_article(p, settings=Settings(plain=True))
    assert b.text == raw.replace("\n", "\r\n")
    assert_heading_spans(b)


def test_user_published_date_overrides(tmp_path):
    a = one_article(ARTICLE_TXT, published="14 March 2025")
    assert (a.published, a.published_from) == ("2025-03-14", "user")
    items = ingest(ARTICLE_TXT, published="sometime last spring")
    assert len(items) == 1
    assert_error(items[0], str(ARTICLE_TXT), "not a date")


# --- HTML ----------------------------------------------------------------------------------------------------

def test_html_page_body_and_metadata():
    a = one_article(ARTICLE_HTML)
    assert a.source == str(ARTICLE_HTML)
    assert a.title == HTML_TITLE
    assert a.authors == ("Wanjiru Kamau",)
    assert a.outlet == "Horn Herald"
    assert a.url == HTML_CANONICAL
    # JSON-LD (7 April) wins over the meta tag (8 April)
    assert (a.published, a.published_from) == ("2025-04-07", "json-ld")
    assert a.text.startswith("NAIROBI — Kenya and Somalia reopened the Mandera border crossing on Monday")
    assert "“This crossing belongs to the people of Mandera on both sides,” Murkomen told a crowd" in a.text
    assert a.text.rstrip().endswith("would open a customs office in Bula Hawo next month.")
    assert HTML_TITLE not in a.text
    for chrome in HTML_BOILERPLATE:
        assert chrome not in a.text, chrome
    assert [h.text for h in a.headings] == ["Security concerns remain"]
    assert_heading_spans(a)
    assert a.language == "en"


@pytest.mark.parametrize(("parts", "expected"), [
    ({"jsonld": "2025-01-05T08:00:00Z", "meta": "2025-02-06T08:00:00Z", "time": "2025-03-07"}, ("2025-01-05", "json-ld")),
    ({"meta": "2025-02-06T08:00:00Z", "time": "2025-03-07"}, ("2025-02-06", "meta")),
    ({"jsonld": "2025-01-05", "time": "2025-03-07"}, ("2025-01-05", "json-ld")),
    ({"time": "2025-03-07T12:00:00+01:00"}, ("2025-03-07", "page")),
    ({}, ("2025-04-08", "url")),
])
def test_html_publication_date_order(site, parts, expected):
    """JSON-LD, then meta tags, then the page's <time>, then the URL (every page is served from a dated URL)."""
    path = "/africa/2025/04/08/adre-crossing.html"
    site.pages[path] = (200, "text/html; charset=utf-8", html_page(**parts).encode("utf-8"))
    a = one_article(site.base + path)
    assert (a.published, a.published_from) == expected
    assert a.text.startswith("N'DJAMENA — Chad and Sudan agreed")


def test_html_without_any_date(tmp_path):
    p = tmp_path / "undated.html"
    p.write_text(html_page(), encoding="utf-8")
    a = one_article(p)
    assert a.published is None and a.published_from is None
    assert a.title == "Chad and Sudan agree to reopen Adre border crossing for aid"


def test_example_html_page():
    a = one_article(EXAMPLES / "border_protest.html")
    assert a.title == "Thousands protest in Tbilisi as Georgia closes border crossing"
    assert a.outlet == "The Caspian Ledger"
    assert a.authors == ("Nino Beridze",)
    assert a.url == "https://www.caspianledger.example/world/2025/03/14/tbilisi-border-protest"
    assert (a.published, a.published_from) == ("2025-03-14", "json-ld")
    assert a.text.startswith("TBILISI — Thousands of people marched through central Tbilisi")
    for chrome in ("cookies", "Manage preferences", "Opinion", "Share", "WhatsApp", "Related stories",
                   "Kobakhidze reshuffles cabinet", "Privacy policy", "All rights reserved", "newsletter"):
        assert chrome not in a.text, chrome
    assert [h.text for h in a.headings] == ["Yerevan asks for explanation"]
    assert_heading_spans(a)


@pytest.mark.parametrize("kind", ["file", "jsonl"])
def test_utf8_html_without_charset_declaration(tmp_path, kind):
    page = ("<html><head><title>Manila protests water cannon attack</title></head><body><article>"
            "<p>MANILA — The Philippines lodged a diplomatic protest with China on Tuesday after a Chinese coast guard "
            "vessel fired water cannon at a Philippine fisheries ship near Scarborough Shoal, officials said.</p>"
            "<p>“This is a dangerous and illegal act, and we will not be intimidated,” said Jay Tarriela, the "
            "spokesman of the Philippine Coast Guard.</p></article></body></html>")
    if kind == "file":
        p = tmp_path / "page.html"
        p.write_text(page, encoding="utf-8")
    else:
        p = tmp_path / "page.jsonl"
        p.write_text(json.dumps({"html": page, "url": "https://manilaledger.example/x"}) + "\n", encoding="utf-8")
    a = one_article(p)
    assert "MANILA — The Philippines" in a.text
    assert "“This is a dangerous and illegal act" in a.text


# --- gzip ----------------------------------------------------------------------------------------------------

def test_gzip_text_and_html(tmp_path):
    txt_gz = tmp_path / "article.txt.gz"
    txt_gz.write_bytes(gzipped(ARTICLE_TXT.read_bytes()))
    html_gz = tmp_path / "article.html.gz"
    html_gz.write_bytes(gzipped(ARTICLE_HTML.read_bytes()))
    items = ingest(txt_gz, html_gz)
    assert [type(i) for i in items] == [Article, Article], items
    plain_txt, plain_html = one_article(ARTICLE_TXT), one_article(ARTICLE_HTML)
    for got, want, path in ((items[0], plain_txt, txt_gz), (items[1], plain_html, html_gz)):
        assert got.source == str(path)
        assert (got.id, got.text, got.title, got.headings, got.authors, got.url, got.published) == \
               (want.id, want.text, want.title, want.headings, want.authors, want.url, want.published)


# --- JSON lines ----------------------------------------------------------------------------------------------

def test_jsonl_text_and_html_lines():
    items = ingest(WIRE_JSONL)
    assert [type(i) for i in items] == [Article, Article], items
    text_line, html_line = items
    assert text_line.source == f"{WIRE_JSONL}:1"
    assert text_line.title == "Red Cross delivers medical supplies to Gaza City hospitals"
    assert text_line.url == "https://wire.example/2025/01/17/icrc-gaza"
    assert text_line.outlet == "Continental Wire"
    assert (text_line.published, text_line.published_from) == ("2025-01-17", "input")
    assert text_line.text.startswith("GENEVA — The International Committee of the Red Cross said on Friday")
    assert html_line.source == f"{WIRE_JSONL}:2"
    # the line's fields win over the page's own <title> and site name
    assert html_line.title == "Manila protests water cannon attack"
    assert html_line.url == "https://manilaledger.example/nation/scarborough-water-cannon"
    assert html_line.outlet == "Manila Ledger"
    assert (html_line.published, html_line.published_from) == ("2025-09-16", "input")
    assert "The Philippines lodged a diplomatic protest with China on Tuesday" in html_line.text
    assert "accused Manila of provocation" in html_line.text
    assert "Home" not in html_line.text and "Nation" not in html_line.text
    assert "Philippines protests Chinese water cannon attack" not in html_line.text


def test_jsonl_malformed_lines_each_error_good_lines_kept(tmp_path):
    good = WIRE_JSONL.read_text(encoding="utf-8").splitlines()
    lines = [
        good[0],
        '{"text": "The minister said that talks would resume", "title": "Talks"',  # cut off
        '["not", "an", "object"]',
        '{"title": "A line with neither text nor html", "url": "https://wire.example/x"}',
        "",
        good[1],
        json.dumps({"text": "Officials said the convoy reached the city on Monday.", "published": 20250101}),
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = ingest(p)
    assert len(items) == 6, items
    assert isinstance(items[0], Article) and items[0].source == f"{p}:1"
    assert_error(items[1], f"{p}:2", "malformed JSON")
    assert_error(items[2], f"{p}:3", "not an object")
    assert_error(items[3], f"{p}:4", "no 'text' or 'html'")
    assert isinstance(items[4], Article) and items[4].source == f"{p}:6"
    assert items[4].title == "Manila protests water cannon attack"
    assert_error(items[5], f"{p}:7", "'published' must be a string")


def test_example_jsonl():
    items = ingest(EXAMPLES / "wire.jsonl")
    assert all(isinstance(i, Article) for i in items), items
    assert [a.title for a in items] == [
        "EU imposes new sanctions on Belarus over migrant crossings",
        "First UN aid convoy in weeks reaches besieged Sudanese city",
        "Congo and M23 rebels agree prisoner swap at Doha talks",
    ]
    assert [a.published for a in items] == ["2025-02-24", "2025-05-06", "2025-06-11"]
    assert [a.outlet for a in items] == ["Continental Wire", "Nile Desk", "Continental Wire"]
    assert items[1].authors == ("Amira Osman",)
    assert items[1].text.startswith("PORT SUDAN — A convoy of 28 trucks")
    assert [h.text for h in items[1].headings] == ["Accusations on both sides"]
    for a in items:
        assert_heading_spans(a)
        assert 250 <= len(a.text.split()) <= 600


# --- WARC ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path, name):
    p = write_warc(tmp_path / name, warc_records())
    items = ingest(p)
    assert [type(i) for i in items] == [Article, Article], items
    first, second = items
    # non-HTML (the logo) and non-200 (the 404, though its body is a real article) records are skipped
    assert first.source == f"{p}:{PAGE_URI}"
    assert second.source == f"{p}:{SECOND_URI}"
    page = one_article(ARTICLE_HTML)
    assert (first.text, first.title, first.published, first.url) == (page.text, page.title, page.published, page.url)
    assert second.title == "Thousands protest in Tbilisi as Georgia closes border crossing"


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_keeps_complete_records(tmp_path, name):
    whole = write_warc(tmp_path / ("whole" + name[3:]), warc_records()).read_bytes()
    cut = len(whole) - len(whole) // 8  # inside the last record, the second HTML page
    p = tmp_path / name
    p.write_bytes(whole[:cut])
    items = ingest(p)
    assert len(items) == 2, items
    assert isinstance(items[0], Article) and items[0].source == f"{p}:{PAGE_URI}"
    assert_error(items[1], str(p), "truncated")


# --- directories, stdin, URLs -------------------------------------------------------------------------------

def test_directory_recursive_sorted_hidden_skipped(tmp_path):
    d = tmp_path / "inbox"
    (d / "b").mkdir(parents=True)
    (d / "sub").mkdir()
    (d / ".cache").mkdir()
    (d / "c.txt").write_bytes(ARTICLE_TXT.read_bytes())
    (d / "a_story.html").write_bytes(ARTICLE_HTML.read_bytes())
    (d / "b" / "second.txt").write_bytes(LEGACY_TXT.read_bytes())
    (d / "sub" / "z.jsonl").write_bytes(WIRE_JSONL.read_bytes())
    (d / "sub" / "page.html.gz").write_bytes(gzipped(ARTICLE_HTML.read_bytes()))
    # skipped: hidden files and folders, unknown extensions, the folder's README
    (d / ".hidden.txt").write_bytes(ARTICLE_TXT.read_bytes())
    (d / ".cache" / "old.txt").write_bytes(ARTICLE_TXT.read_bytes())
    (d / "notes.csv").write_text("id,title\n1,x\n", encoding="utf-8")
    (d / "README.md").write_text("# Inbox\n\nArticles dropped here are ingested every night by the cron job.\n",
                                 encoding="utf-8")
    items = ingest(d)
    assert all(isinstance(i, Article) for i in items), items
    assert [i.source for i in items] == [
        str(d / "a_story.html"), str(d / "b" / "second.txt"), str(d / "c.txt"),
        str(d / "sub" / "page.html.gz"), f"{d / 'sub' / 'z.jsonl'}:1", f"{d / 'sub' / 'z.jsonl'}:2",
    ]


def test_examples_directory():
    items = ingest(EXAMPLES)
    assert all(isinstance(i, Article) for i in items), items
    assert [Path(i.source.split(":")[0]).name for i in items] == [
        "border_protest.html", "summit_talks.txt", "wire.jsonl", "wire.jsonl", "wire.jsonl"]
    summit = items[1]
    assert summit.title == "Armenia and Azerbaijan agree to resume border talks after Vienna summit"
    assert summit.text.startswith("VIENNA — Armenian Foreign Minister Ararat Mirzoyan")
    assert [h.text for h in summit.headings] == ["A difficult road to a treaty", "Pressure from Moscow and Washington"]
    assert_heading_spans(summit)
    assert "Also Read" not in summit.text and "Read more" not in summit.text
    assert len({a.id for a in items}) == len(items)
    assert all(a.language == "en" for a in items)


@pytest.mark.parametrize("path", [ARTICLE_TXT, ARTICLE_HTML])
def test_stdin(monkeypatch, path):
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(path.read_bytes())))
    a = one_article("-")
    want = one_article(path)
    assert a.source == "-"
    assert (a.text, a.title, a.headings) == (want.text, want.title, want.headings)


def test_url_html_and_text(site):
    site.pages["/news/mandera.html"] = (200, "text/html; charset=utf-8", ARTICLE_HTML.read_bytes())
    site.pages["/wire/busan.txt"] = (200, "text/plain; charset=utf-8", ARTICLE_TXT.read_bytes())
    html_url, text_url = site.base + "/news/mandera.html", site.base + "/wire/busan.txt"
    items = ingest(html_url, text_url)
    assert [type(i) for i in items] == [Article, Article], items
    page, story = items
    assert page.source == html_url
    assert page.url == HTML_CANONICAL
    assert (page.title, page.text) == (HTML_TITLE, one_article(ARTICLE_HTML).text)
    assert story.source == text_url and story.url == text_url
    assert (story.title, story.text) == (TXT_TITLE, one_article(ARTICLE_TXT).text)


def test_url_404_between_good_inputs(site):
    url = site.base + "/news/deleted-story.html"
    items = ingest(ARTICLE_TXT, url, ARTICLE_HTML)
    assert len(items) == 3, items
    assert isinstance(items[0], Article) and items[0].source == str(ARTICLE_TXT)
    assert_error(items[1], url, "HTTP 404")
    assert isinstance(items[2], Article) and items[2].source == str(ARTICLE_HTML)


# --- bad inputs ----------------------------------------------------------------------------------------------

def _missing(tmp: Path):
    return tmp / "no-such-article.txt", "no such file"


def _empty_directory(tmp: Path):
    d = tmp / "empty_inbox"
    d.mkdir()
    (d / "notes.csv").write_text("id,title\n", encoding="utf-8")
    (d / ".draft.txt").write_bytes(ARTICLE_TXT.read_bytes())
    return d, "holds no articles"


def _empty_file(tmp: Path):
    p = tmp / "empty.txt"
    p.write_bytes(b"")
    return p, "empty"


def _blank_file(tmp: Path):
    p = tmp / "blank.txt"
    p.write_bytes(b"\n  \n\t\n")
    return p, "empty"


def _binary_png(tmp: Path):
    p = tmp / "photo.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return p, "binary"


def _binary_named_txt(tmp: Path):
    p = tmp / "download.txt"
    p.write_bytes(bytes(range(256)) * 4)
    return p, "binary"


def _invalid_encoding(tmp: Path):
    p = tmp / "mangled.txt"
    text = ARTICLE_TXT.read_bytes()
    p.write_bytes(text[:300] + bytes(range(0x80, 0x100)) * 3 + text[300:])
    return p, "invalid encoding"


def _malformed_html(tmp: Path):
    p = tmp / "broken.html"
    p.write_text("<html><head><title>Breaking news</title><script>var ads = [];</script></head>"
                 "<body><div></div><style>p { color: red }</style></body></html>", encoding="utf-8")
    return p, "no article text"


def _garbage_html(tmp: Path):
    p = tmp / "garbage.html"
    p.write_text("<<<>>> </p></div><html <body", encoding="utf-8")
    return p, "malformed HTML"


def _truncated_gz(tmp: Path):
    data = gzipped(ARTICLE_TXT.read_bytes())
    p = tmp / "story.txt.gz"
    p.write_bytes(data[: len(data) // 2])
    return p, "truncated gzip"


def _corrupt_gz(tmp: Path):
    data = bytearray(gzipped(ARTICLE_HTML.read_bytes()))
    data[20:60] = bytes(40)
    p = tmp / "page.html.gz"
    p.write_bytes(bytes(data))
    return p, "corrupt gzip"


def _truncated_warc(tmp: Path):
    whole = b"".join(warc_records()[:3])  # warcinfo, request, the HTML response
    p = tmp / "cut.warc"
    p.write_bytes(whole[: whole.index(b"Security concerns remain")])
    return p, "truncated WARC"


def _truncated_warc_gz(tmp: Path):
    whole = b"".join(gzipped(r) for r in warc_records()[:3])
    p = tmp / "cut.warc.gz"
    p.write_bytes(whole[: len(whole) - 400])
    return p, "truncated"


def _truncated_warc_headers(tmp: Path):
    whole = b"".join(warc_records()[:3])
    p = tmp / "headers-cut.warc"
    p.write_bytes(whole[: whole.index(b"WARC-Type: response") + 25])
    return p, "truncated"


def _warc_without_html(tmp: Path):
    records = warc_records()
    p = tmp / "images.warc"
    p.write_bytes(records[0] + records[3])
    return p, "no HTML responses"


def _text_over_limit(tmp: Path):
    p = tmp / "long.txt"
    p.write_bytes(ARTICLE_TXT.read_bytes() * 3)
    return p, "over the limit"


def _gz_text_over_limit(tmp: Path):
    p = tmp / "long.txt.gz"
    p.write_bytes(gzipped(ARTICLE_TXT.read_bytes() * 3))
    return p, "over the limit"


def _german(tmp: Path):
    return GERMAN_TXT, "language is 'de'"


def _french_html(tmp: Path):
    p = tmp / "paris.html"
    p.write_text(
        "<html lang='fr'><head><meta charset='utf-8'><title>Paris accueille une conférence sur le Soudan</title>"
        "</head><body><article><h1>Paris accueille une conférence sur le Soudan</h1>"
        "<p>Le ministre des Affaires étrangères, Jean-Noël Barrot, a annoncé mardi à Paris une aide humanitaire "
        "de 50 millions d'euros pour le Soudan, où la guerre a fait des millions de déplacés.</p>"
        "<p>« Nous ne pouvons pas détourner le regard », a déclaré le ministre devant les délégations réunies au "
        "Quai d'Orsay, selon un communiqué publié par le ministère.</p></article></body></html>",
        encoding="utf-8")
    return p, "language is 'fr'"


BAD_INPUTS = {
    "missing file": _missing,
    "directory without articles": _empty_directory,
    "empty file": _empty_file,
    "blank file": _blank_file,
    "binary file": _binary_png,
    "binary file named .txt": _binary_named_txt,
    "invalid encoding": _invalid_encoding,
    "HTML without article text": _malformed_html,
    "garbage HTML": _garbage_html,
    "truncated gzip": _truncated_gz,
    "corrupt gzip": _corrupt_gz,
    "truncated WARC": _truncated_warc,
    "truncated WARC.gz": _truncated_warc_gz,
    "WARC cut inside record headers": _truncated_warc_headers,
    "WARC without HTML": _warc_without_html,
    "text over the size limit": _text_over_limit,
    "gzipped text over the size limit": _gz_text_over_limit,
    "German article": _german,
    "French HTML article": _french_html,
}


@pytest.mark.parametrize("make_bad", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_yields_one_error_between_good_inputs(tmp_path, make_bad):
    bad, reason = make_bad(tmp_path)
    # both good inputs are under this limit (the cleaned texts are about 1 KB); the oversized ones are ~3 KB
    settings = Settings(max_text_bytes=2_000)
    items = ingest(ARTICLE_TXT, bad, ARTICLE_HTML, settings=settings)
    assert len(items) == 3, items
    assert isinstance(items[0], Article) and items[0].source == str(ARTICLE_TXT)
    assert_error(items[1], str(bad), reason)
    assert isinstance(items[2], Article) and items[2].source == str(ARTICLE_HTML)


def test_html_cut_off_after_navigation(tmp_path):
    p = tmp_path / "cut.html"
    p.write_text("<html><head><title>Breaking news</title></head><body><nav><a href='/'>Home</a> "
                 "<a href='/world'>World</a></nav><div class=\"article\"><p", encoding="utf-8")
    items = ingest(p)
    assert len(items) == 1
    assert_error(items[0], str(p), "no article text")


# A Spanish and a Dutch news report, long enough (over 40 words) for the English shortcut to be tried.
SPANISH_REPORT = (
    "El Gobierno de España anunció este martes un paquete de ayudas de 200 millones de euros para los "
    "agricultores afectados por la sequía en Andalucía y Murcia. El ministro de Agricultura, Luis Planas, "
    "explicó en rueda de prensa que las ayudas llegarán antes del verano y que he pedido a las comunidades "
    "autónomas que agilicen los trámites. Las organizaciones agrarias consideran que la cantidad es "
    "insuficiente y han convocado nuevas protestas en Madrid para la próxima semana.")
DUTCH_REPORT = (
    "Het kabinet heeft dinsdag bekendgemaakt dat de steun aan Oekraïne volgend jaar wordt verhoogd. Minister "
    "van Buitenlandse Zaken zei in Den Haag dat Nederland ook meer munitie zal leveren. Volgens de oppositie is "
    "het bedrag nog altijd te laag, of komt het te laat. Het voorstel wordt volgende week in de Tweede Kamer "
    "besproken, waar een meerderheid voor lijkt te zijn. De regering wil ook de luchtverdediging versterken.")


def test_language_check_takes_english_without_the_model_and_leaves_other_languages_to_it():
    from newsgraph.ingest.article import _ENGLISH_MARKERS, _ENGLISH_SHARE, detect_language

    english = ARTICLE_TXT.read_text(encoding="utf-8")
    words = english[:2500].lower().split()
    assert sum(w in _ENGLISH_MARKERS for w in words) >= _ENGLISH_SHARE * len(words)  # the shortcut applies
    assert detect_language(english) == ("en", 1.0)
    for text, lang in ((GERMAN_TXT.read_text(encoding="utf-8"), "de"), (SPANISH_REPORT, "es"), (DUTCH_REPORT, "nl")):
        words = text[:2500].lower().split()
        assert len(words) >= 40 and sum(w in _ENGLISH_MARKERS for w in words) < 0.02 * len(words)
        got, prob = detect_language(text)
        assert got == lang and prob > 0.9, (lang, got, prob)
    # too short for the shortcut: the model decides
    assert detect_language("The minister said the talks would resume next week in Geneva.")[0] == "en"


@pytest.mark.parametrize("line", [
    "Get the best of our coverage delivered to your inbox: sign up for the Morning Briefing newsletter.",
    "Keep an eye on your inbox for our weekly digest.",
    "Subscribe now for unlimited access to our reporting.",
    "Sign up to our free daily newsletter",
    "Thanks for signing up!",
    "Follow Maria Lopez on Twitter for live updates from the summit.",
    "You can follow her on @mlopez for more.",
    "Have a news tip? Email us at tips@example.org",
    "Also on example.com: the week in pictures",
    "Click here to read the full statement.",
    "Leaders must act now. Click to tweet",
    "If you enjoyed this article, share it with a friend.",
    "Like this story? Share it.",
    "This copy is for your personal, non-commercial use only.",
    "We may earn a commission when you buy through links on our site.",
    "(Reporting by Nino Beridze; Editing by Amira Osman)",
    "Writing by Jonas Keller",
    "Amira Osman contributed reporting from Khartoum.",
    "Tell us what you think in the comments.",
    "ſubscribe now for unlimited access",  # a long s: case-insensitively, still "subscribe"
])
def test_promotion_lines_are_boilerplate(line):
    """Each kind of promotion or credit line is dropped (the cheap word check before the regex misses none)."""
    from newsgraph.ingest.cleanup import is_boilerplate

    assert is_boilerplate(line)


def test_news_paragraphs_are_not_promotion():
    from newsgraph.ingest.cleanup import is_boilerplate

    assert not is_boilerplate("The minister said the talks would resume next week in Geneva, officials told reporters.")
    assert not is_boilerplate("Protesters followed the convoy to the border, where police had set up checkpoints.")
