"""Property-based tests (Hypothesis) over every reader and the extraction entry point (issue #20).

For generated inputs — quotation marks, brackets, lone surrogates, dates, control characters, long runs,
broken markup, damaged archives and hostile HTTP responses — nothing may raise but newsgraph's own
errors, every span's offsets must reproduce its text, and no input may hang (a generous watchdog fails a
test only on a hang, never on speed). ``make test`` runs a short pass; ``make fuzz`` a long one
(``HYPOTHESIS_PROFILE=long``).
"""

from __future__ import annotations

import gzip
import io
import json
import os

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hostile_server import Hostile  # noqa: E402  (tests/hostile_server.py)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsgraph.errors import InputError, NewsgraphError  # noqa: E402
from newsgraph.ingest import Draft, build_article, iter_articles  # noqa: E402
from newsgraph.ingest.dates import date_from_url, normalize_date  # noqa: E402
from newsgraph.records import Article, Document  # noqa: E402
from newsgraph.safety import watchdog  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from newsgraph.stages.statements.quotes import find_quotes  # noqa: E402
from newsgraph.stages.time import find_dates, resolve  # noqa: E402

settings.register_profile("default", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

HANG_GUARD = 300  # seconds per example: only a hang reaches it

# pieces news text is made of, and the ones that broke readers and stages before
WORDS = ["The", "minister", "said", "on", "Tuesday", "that", "France", "and", "Germany", "will", "meet", "in",
         "Paris", "next", "week", "last", "month", "yesterday", "March", "5", "2025", "Smith", "told", "reporters",
         "according", "to", "officials", "he", "She", "protesters", "attacked", "police", "signed", "a", "deal"]
MARKS = ['"', "“", "”", "‘", "’", "'", "''", "«", "»", "„", "‹", "›", "(", ")", "[", "]", "{", "}", ",", ".",
         ":", "—", "\n", "\n\n", " ", "  ", "\t", "\r\n"]
ODD = ["\ud800", "\udfff", "\x00", "\x01", "\x1b", "\u200b", "\u0301", "👍", "👍\u0301\u0302", "\ufeff", "İ",
       "\u2028", "0001-01-01", "9999-12-31", "31 February", "Feb 30, 2024", "10000-01-01", "\\", "<", ">", "&"]
piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD),
                  st.text(max_size=8),
                  st.builds(lambda c, n: c * n, st.sampled_from(['"', "'", "(", "x", "👍", "-", "."]),
                            st.integers(1, 1500)))
texts = st.lists(piece, min_size=1, max_size=120).map(lambda ps: " ".join(ps))


def check_spans(doc: Document) -> None:
    text = doc.article.text
    for path, span in doc.spans():
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"]:span["end"]] == span["text"], path


def only_ours(items) -> list:
    for it in items:
        assert isinstance(it, Article | InputError), it
    return items


# --- the extraction entry point ------------------------------------------------------------------------

@given(text=texts, published=st.one_of(st.none(), st.sampled_from(["2025-08-14", "0001-01-01", "9999-12-31",
                                                                   "2024-02-29"])))
def test_extraction_never_raises_and_offsets_hold(pipeline, text, published):
    try:
        article = build_article(Draft(source="fuzz", text=text), pipeline.settings, published)
    except InputError:
        return
    with watchdog(HANG_GUARD):
        out = list(pipeline.process([article]))
    assert len(out) == 1
    if isinstance(out[0], Document):
        check_spans(out[0])
        json.dumps(out[0].to_dict(), ensure_ascii=False).encode("utf-8")
    else:
        assert isinstance(out[0], InputError) and "please report" not in out[0].reason, out[0]


@given(text=texts)
def test_quotes_are_ordered_disjoint_and_inside_the_text(text):
    with watchdog(HANG_GUARD):
        quotes = find_quotes(text)
    last = 0
    for q in quotes:
        assert last <= q.open_at <= q.start <= q.end <= q.close_at <= len(text)
        last = q.close_at


@given(text=texts, published=st.dates().map(lambda d: d.isoformat()),
       tense=st.sampled_from(["past", "future", "present"]))
def test_dates_never_raise(text, published, tense):
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text
        value, _ = resolve(d.text, d.kind, published, tense)
        assert value is None or 1 <= int(value[:4]) <= 9999
    normalize_date(text[:64])
    date_from_url(text)


@given(value=st.one_of(st.text(max_size=80), st.dates(), st.datetimes(), st.integers(), st.none()))
def test_normalize_date_never_raises(value):
    out = normalize_date(value)
    assert out is None or len(out) == 10


# --- readers ---------------------------------------------------------------------------------------------

html_pieces = st.one_of(st.sampled_from(["<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "<p>",
                                         "</p>", "<div class='x'>", "</div>", "<script>", "</script>", "<!--",
                                         "-->", "<meta name='date' content='2025-08-14'>", "<![CDATA[", "&amp;",
                                         "&#0;", "&#xD800;", "<br/>", "<a href='javascript:x'>", "</a>",
                                         '<time datetime="9999-12-31">', "<h1>", "</h1>", "<",
                                         "<x " + "a=1 " * 50 + ">"]),
                        piece)
htmls = st.lists(html_pieces, min_size=1, max_size=150).map(lambda ps: "".join(ps))


def _files(tmp_path, name: str, data: bytes) -> list[str]:
    d = tmp_path / f"f{abs(hash(data)) % 10**12}"
    d.mkdir(exist_ok=True)
    p = d / name
    p.write_bytes(data)
    return [str(p)]


@given(body=st.one_of(texts.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=3000)),
       name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.warc", "a", "a.txt.gz", "a.warc.gz"]),
       gz=st.booleans())
def test_every_reader_on_arbitrary_bytes(tmp_path_factory, body, name, gz):
    tmp = tmp_path_factory.mktemp("r")
    data = gzip.compress(body) if gz or name.endswith(".gz") else body
    with watchdog(HANG_GUARD):
        only_ours(list(iter_articles(_files(tmp, name, data), Settings())))


@given(html=htmls)
def test_html_pages(tmp_path_factory, html):
    tmp = tmp_path_factory.mktemp("h")
    with watchdog(HANG_GUARD):
        for a in only_ours(list(iter_articles(_files(tmp, "p.html", html.encode("utf-8", "surrogatepass")),
                                              Settings()))):
            if isinstance(a, Article):
                for h in a.headings:
                    assert a.text[h.start:h.end] == h.text


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                                     texts, st.text(max_size=20)),
                           lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                  st.dictionaries(st.text(max_size=8), kids, max_size=4)),
                           max_leaves=20)
records = st.fixed_dictionaries({}, optional={"text": texts, "html": htmls, "title": json_values,
                                              "published": st.one_of(json_values, st.sampled_from(
                                                  ["2025-08-14", "0001-01-01", "99999-01-01", "yesterday"])),
                                              "url": json_values, "outlet": json_values, "x": json_values})


@given(lines=st.lists(st.one_of(records.map(lambda r: json.dumps(r)), json_values.map(json.dumps),
                                st.text(max_size=50), st.just("[" * 5000)), min_size=1, max_size=6))
def test_json_lines(tmp_path_factory, lines):
    tmp = tmp_path_factory.mktemp("j")
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    with watchdog(HANG_GUARD):
        only_ours(list(iter_articles(_files(tmp, "a.jsonl", data), Settings())))


def _warc(records_: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    for i, (uri, http) in enumerate(records_):
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{i}>\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
        out.write(head.encode("utf-8", "surrogateescape") + http + b"\r\n\r\n")
    return out.getvalue()


@given(recs=st.lists(st.tuples(st.text(max_size=30).map(lambda s: "http://x.example/" + s.replace("\r", "")
                                                        .replace("\n", "")),
                               htmls.map(lambda h: b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                                         + h.encode("utf-8", "surrogatepass"))),
                     min_size=1, max_size=3),
       cut=st.one_of(st.none(), st.integers(0, 5000)), gz=st.booleans())
def test_warc_archives(tmp_path_factory, recs, cut, gz):
    tmp = tmp_path_factory.mktemp("w")
    data = _warc(recs)
    if cut is not None:
        data = data[:cut]
    if gz:
        data = gzip.compress(data)
    with watchdog(HANG_GUARD):
        only_ours(list(iter_articles(_files(tmp, "a.warc.gz" if gz else "a.warc", data), Settings())))


# --- URL responses from a local hostile server ------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile():
    s = Hostile()  # answers with ``s.reply``
    yield s
    s.close()


status_lines = st.one_of(st.sampled_from([b"HTTP/1.1 200 OK", b"HTTP/1.1 404 Not Found", b"HTTP/1.1 301 Moved",
                                          b"HTTP/1.0 200", b"HTTP/9.9 200 OK", b"garbage", b""]),
                         st.binary(max_size=40))
headers = st.lists(st.one_of(st.sampled_from([b"Content-Type: text/html", b"Content-Type: application/json",
                                              b"Content-Type: text/plain; charset=klingon",
                                              b"Content-Encoding: gzip", b"Transfer-Encoding: chunked",
                                              b"Content-Length: 10", b"Content-Length: -1",
                                              b"Content-Length: 99999999999999999999", b"Location: http://[::1",
                                              b"Location: ftp://x/"]),
                             st.binary(max_size=60)), max_size=8)


@given(status=status_lines, hdrs=headers, body=st.one_of(htmls.map(lambda h: h.encode("utf-8", "surrogatepass")),
                                                         st.binary(max_size=500)))
def test_url_responses(hostile, status, hdrs, body):
    hostile.reply = status + b"\r\n" + b"".join(h + b"\r\n" for h in hdrs) + b"\r\n" + body
    url = hostile.url
    with watchdog(HANG_GUARD):
        items = only_ours(list(iter_articles([url], Settings(http_timeout=3, http_deadline=5))))
    for it in items:
        if isinstance(it, InputError):
            assert "\n" not in str(it)


def test_errors_are_ours():
    assert issubclass(InputError, NewsgraphError)
