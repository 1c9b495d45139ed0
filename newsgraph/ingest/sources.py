"""Expand what the user names (files, directories, ``-``, http(s) URLs) into article drafts, in order.

Two steps, so the cheap one (reading) can stream in one process while the costly one (decoding,
HTML extraction, parsing) runs in workers: :func:`iter_raw` yields one :class:`Raw` item per article
(a text file, a JSON line, a WARC record) or an :class:`InputError`; :func:`to_draft` turns a raw item
into a :class:`Draft`. Neither raises for a bad input, so one broken file never stops the others.
Kinds: plain text, HTML, JSON lines (one article per line with ``text`` or ``html``), WARC / WARC.gz
(HTTP responses holding HTML), and any of these gzip-compressed.
"""

from __future__ import annotations

import bisect
import gzip
import io
import json
import os
import re
import sys
import urllib.error
import urllib.request
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..safety import display_name, scrub
from ..settings import Settings
from .article import Draft
from .dates import normalize_date
from .decode import decode_bytes
from .sidecar import file_meta

try:  # dateutil (inside the page-date readers) warns on stderr for every zone name it does not know ("XYZT");
    # only the day is kept, so the warning says nothing to the user
    from dateutil.parser import UnknownTimezoneWarning

    warnings.filterwarnings("ignore", category=UnknownTimezoneWarning)
except ImportError:  # pragma: no cover
    pass

TEXT_EXT = (".txt", ".text", ".md")
HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
JSONL_EXT = (".jsonl", ".ndjson")
WARC_EXT = (".warc",)
KNOWN_EXT = TEXT_EXT + HTML_EXT + JSONL_EXT + WARC_EXT
USER_AGENT = "newsgraph/0.1 (+https://pypi.org/project/newsgraph/)"

Item = Draft | InputError


@dataclass(frozen=True)
class Raw:
    """One article's input as read, before decoding and extraction (small, picklable)."""

    source: str
    kind: str  # "text" (bytes to decode), "html" (bytes or str), "text-str" (already text, e.g. a JSON line)
    data: bytes | str
    url: str | None = None
    charset: str | None = None
    meta: tuple[tuple[str, str | None], ...] = ()  # title, url, published, outlet given with the input
    crawled: str | None = None  # when the page was fetched (a WARC record's date)


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


# A directory's own documentation (README.md, LICENSE.txt, ...) is not an article; named directly, it is read.
_DOC_STEMS = ("readme", "license", "licence", "changelog", "copying", "contributing")


def _is_doc_file(name: str) -> bool:
    return name.lower().split(".")[0] in _DOC_STEMS


def _kind_of(name: str) -> str | None:
    n = name.lower()
    if n.endswith(".gz"):
        n = n[:-3]
    for kind, exts in (("text", TEXT_EXT), ("html", HTML_EXT), ("jsonl", JSONL_EXT), ("warc", WARC_EXT)):
        if n.endswith(exts):
            return kind
    return None


def sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--", b"<meta", b"<div",
                        b"<article")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_limited(fh, limit: int, source: str) -> bytes:
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(source, f"input is over the limit of {limit:,} bytes (max_input_bytes)")
    return data


def _gunzip(data: bytes, source: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
            return _read_limited(g, limit, source)
    except EOFError as e:
        raise InputError(source, "truncated gzip data (unexpected end of file)") from e
    except (gzip.BadGzipFile, zlib.error, OSError) as e:
        raise InputError(source, f"corrupt gzip data ({e})") from e


def iter_drafts(inputs: Iterable[str | os.PathLike], settings: Settings) -> Iterator[Item]:
    """Drafts (or errors) for every article in ``inputs``, in input order."""
    for raw in iter_raw(inputs, settings):
        yield raw if isinstance(raw, InputError) else to_draft(raw)


def expand_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[str | InputError]:
    """Input names with directories expanded to their article files (recursive, sorted)."""
    for inp in inputs:
        name = os.fspath(inp)
        p = Path(name)
        if name != "-" and not is_url(name) and p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and _kind_of(f.name)
                           and not _is_doc_file(f.name)
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                yield InputError(display_name(name), "directory holds no articles (looked for "
                                       + ", ".join(KNOWN_EXT) + " and their .gz)")
            yield from (str(f) for f in files)
        else:
            yield name


def iter_raw(inputs: Iterable[str | os.PathLike], settings: Settings) -> Iterator[Raw | InputError]:
    """Raw items (or errors) for every article in ``inputs``, in input order; streams big files."""
    for name in expand_inputs(inputs):
        if isinstance(name, InputError):
            yield name
            continue
        if name == "-":
            try:
                data = _read_limited(sys.stdin.buffer, settings.max_input_bytes, "-")
            except InputError as e:
                yield e
                continue
            yield from _from_bytes(data, "-", sniff(data), settings)
        elif is_url(name):
            yield from _from_url(name, settings)
        elif settings.metadata or settings.metadata_from_names:
            given = file_meta(name, settings.metadata, settings.metadata_from_names)
            for item in _from_file(Path(name), settings):
                if given and isinstance(item, Raw):  # what the item itself carries (a JSON line's fields) wins
                    item = replace(item, meta=tuple({**given, **dict(item.meta)}.items()),
                                   url=item.url or given.get("url"))
                yield item
        else:
            yield from _from_file(Path(name), settings)


def _from_file(p: Path, settings: Settings) -> Iterator[Item]:
    source = display_name(str(p))
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        yield InputError(source, "no such file or directory")
        return
    except OSError as e:
        yield InputError(source, f"cannot read ({e.strerror or e})")
        return
    if not p.is_file():
        yield InputError(source, "not a regular file")
        return
    kind = _kind_of(p.name)
    compressed = p.name.lower().endswith(".gz")
    if kind == "warc":  # fastwarc streams plain and gzipped WARC files itself
        yield from _from_warc_file(p, settings)
        return
    if kind == "jsonl":  # streamed line by line: a JSON-lines file may be far bigger than memory
        yield from _from_jsonl(_jsonl_lines(p, compressed, settings), source)
        return
    if kind == "text" and not compressed and size > settings.max_text_bytes:
        yield InputError(source, f"file is {size:,} bytes, over the limit of {settings.max_text_bytes:,} (--max-size)")
        return
    if size > settings.max_input_bytes:
        yield InputError(source, f"file is {size:,} bytes, over the limit of {settings.max_input_bytes:,}")
        return
    try:
        data = p.read_bytes()
    except OSError as e:
        yield InputError(source, f"cannot read ({e.strerror or e})")
        return
    if compressed or data[:2] == b"\x1f\x8b":
        try:
            data = _gunzip(data, source, settings.max_input_bytes)
        except InputError as e:
            yield e
            return
    if kind is None:
        kind = sniff(data)
        if kind == "warc":
            yield from _from_warc_stream(io.BytesIO(data), source, settings)
            return
    yield from _from_bytes(data, source, kind, settings)


class _Deadline:
    """Closes every connection a download opened once its total time is up (a server that trickles
    a byte every few seconds never trips the per-read timeout)."""

    def __init__(self, seconds: float):
        import threading

        self.socks: list = []  # (urllib drops the connection's reference once the headers are read)
        self.expired = False
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        import socket

        self.expired = True
        for sock in list(self.socks):
            try:
                sock.shutdown(socket.SHUT_RDWR)  # a blocked read returns at once
            except OSError:
                pass

    def handlers(self) -> list:
        import http.client

        deadline = self

        def factory(cls):
            class Conn(cls):
                def connect(self):
                    super().connect()
                    deadline.socks.append(self.sock)
                    if deadline.expired:
                        raise TimeoutError("download deadline passed")
            return Conn

        class Http(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(factory(http.client.HTTPConnection), req)

        class Https(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(factory(http.client.HTTPSConnection), req, context=self._context)

        class Redirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, req, fp, code, msg, headers, newurl):
                if not is_url(newurl):  # (urllib would follow a redirect to ftp:)
                    raise urllib.error.HTTPError(newurl, code, "redirect to a URL that is not http(s) refused",
                                                 headers, fp)
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        return [Http(), Https(), Redirect()]


def _download(url: str, settings: Settings) -> tuple[bytes, str, str | None, str]:
    """(body, content type, charset, final URL) of ``url``: at most ``max_input_bytes`` (decompressed),
    within ``http_deadline`` seconds in all; an :class:`InputError` for anything else."""
    import http.client

    deadline = _Deadline(settings.http_deadline)
    opener = urllib.request.build_opener(*deadline.handlers())
    limit = settings.max_input_bytes
    deadline.timer.start()
    try:
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"})
        with opener.open(req, timeout=settings.http_timeout) as resp:
            parts, size = [], 0
            while True:
                chunk = resp.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise InputError(url, f"input is over the limit of {limit:,} bytes (max_input_bytes)")
                parts.append(chunk)
            if deadline.expired:
                raise TimeoutError
            if resp.length:  # the server closed before the Content-Length it announced
                raise InputError(url, f"truncated HTTP body ({size:,} of {size + resp.length:,} bytes)")
            data = b"".join(parts)
            ctype = (resp.headers.get("Content-Type") or "").lower()
            charset = resp.headers.get_content_charset()
            final_url = resp.geturl()
            if (resp.headers.get("Content-Encoding") or "").lower() == "gzip":
                data = _gunzip(data, url, limit)
            return data, ctype, charset, final_url
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        raise InputError(url, f"HTTP {e.code} {e.reason}") from None
    except http.client.IncompleteRead as e:
        raise InputError(url, f"truncated HTTP body ({len(e.partial):,} bytes read)") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as e:
        if deadline.expired:
            raise InputError(url, f"cannot fetch (took more than {settings.http_deadline:g} s; http_deadline)") from None
        reason = getattr(e, "reason", None) or e
        raise InputError(url, f"cannot fetch ({e.__class__.__name__}: {reason})") from None
    finally:
        deadline.timer.cancel()


def _from_url(url: str, settings: Settings) -> Iterator[Item]:
    try:
        data, ctype, charset, final_url = _download(url, settings)
    except InputError as e:
        yield e
        return
    if "html" in ctype or "xml" in ctype:
        kind = "html"
    elif "json" in ctype:
        kind = "jsonl"
    elif ctype.startswith("text/plain"):
        kind = "text"
    else:
        kind = _kind_of(url.split("?")[0]) or sniff(data)
    yield from _from_bytes(data, url, kind, settings, url=final_url, charset=charset)


def _from_bytes(data: bytes, source: str, kind: str, settings: Settings, url: str | None = None,
                charset: str | None = None) -> Iterator[Raw | InputError]:
    try:
        if kind == "warc":
            yield from _from_warc_stream(io.BytesIO(data), source, settings)
        elif kind == "jsonl":
            yield from _from_jsonl(decode_bytes(data, source, charset).splitlines(), source)
        elif kind == "html":
            yield Raw(source=source, kind="html", data=data, url=url, charset=charset)
        else:
            yield Raw(source=source, kind="text", data=data, url=url, charset=charset)
    except InputError as e:
        yield e


def to_draft(raw: Raw) -> Item:
    """Decode and extract one raw item; an :class:`InputError` (returned, not raised) when it is bad."""
    meta = dict(raw.meta)
    try:
        if raw.kind == "html":
            return _html_draft(raw.data, raw.source, raw.url, crawled=raw.crawled, **meta)
        text = raw.data if isinstance(raw.data, str) else decode_bytes(raw.data, raw.source, raw.charset)
        return Draft(source=raw.source, text=text, title=meta.get("title"), url=meta.get("url") or raw.url,
                     outlet=meta.get("outlet"), published=meta.get("published"),
                     published_from="input" if meta.get("published") else None)
    except InputError as e:
        return e


#: most elements in a page (counted as '<'), and most attributes in one element: the HTML parser takes
#: time quadratic in the number of distinct attributes of an element (40,000 took 9 s, 1 million hours)
MAX_HTML_ELEMENTS = 500_000
MAX_ELEMENT_ATTRIBUTES = 1_000
_LONG_TAG = 4 * MAX_ELEMENT_ATTRIBUTES  # bytes: only a tag this long can hold that many attributes


def check_html_bounds(data: bytes | str, source: str) -> None:
    """Refuse (:class:`InputError`) a page over the element or attribute bounds. C-speed work only: a
    count, and a split at '>' whose long pieces alone are looked into (~4 ns a byte)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    n = raw.count(b"<")
    if n > MAX_HTML_ELEMENTS:
        raise InputError(source, f"page has {n:,} tags, over the limit of {MAX_HTML_ELEMENTS:,}")
    if raw.count(b"=") <= MAX_ELEMENT_ATTRIBUTES:
        return
    raw_text = None  # script, style and comment spans: their text holds no attributes (a page's JSON data)
    pos = 0
    for piece in raw.split(b">"):
        if len(piece) > _LONG_TAG:
            k = piece.rfind(b"<")  # the tag this '>' closes
            if k != -1 and piece.count(b"=", k) > MAX_ELEMENT_ATTRIBUTES:
                if raw_text is None:
                    raw_text = _raw_text_spans(raw)
                if not _inside(raw_text, pos + k):
                    raise InputError(source, f"an element has over {MAX_ELEMENT_ATTRIBUTES:,} attributes")
        pos += len(piece) + 1


_RAW_TEXT = re.compile(rb"<(script|style|textarea|title)\b|<!--", re.IGNORECASE)


def _raw_text_spans(raw: bytes) -> list[tuple[int, int]]:
    """(start, end) of every script, style, textarea and title element's text and of every comment, in
    one pass (each end is searched from its start on)."""
    spans = []
    i = 0
    while (m := _RAW_TEXT.search(raw, i)) is not None:
        if m[1] is None:
            end = raw.find(b"-->", m.end())
        else:
            close = re.compile(rb"</" + m[1] + rb"\s*>", re.IGNORECASE).search(raw, m.end())
            end = close.start() if close else -1
        end = len(raw) if end == -1 else end
        spans.append((m.start(), end))
        i = max(end, m.end())
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    k = bisect.bisect_right(spans, (at, at)) - 1  # the last span starting at or before ``at``
    return k >= 0 and spans[k][0] < at < spans[k][1]


def _html_draft(data: bytes | str, source: str, page_url: str | None, crawled: str | None = None, **meta) -> Draft:
    """``page_url``: where the page was found (URL, WARC target); ``meta``: fields given with it (JSONL), which win."""
    if isinstance(data, bytes):
        from .decode import looks_binary

        if not data.strip():
            raise InputError(source, "empty input")
        if looks_binary(data):
            raise InputError(source, "binary data, not HTML")
    check_html_bounds(data, source)
    # imported here, not at the top: reading inputs (a parallel run's parent) needs no trafilatura
    from .html import extract_html

    h = extract_html(data, source, url=page_url, crawled=crawled)
    return Draft(source=source, cleaned=h.cleaned, title=meta.get("title") or h.title, url=meta.get("url") or h.url,
                 outlet=meta.get("outlet") or h.outlet, published=meta.get("published") or h.published,
                 published_from="input" if meta.get("published") else h.published_from,
                 authors=h.authors, language=h.language)


def _jsonl_lines(p: Path, compressed: bool, settings: Settings) -> Iterator[str | InputError]:
    """The lines of a (gzipped) JSON-lines file, decoded one at a time; a bad line or a cut file is an error."""
    source = display_name(str(p))
    try:
        fh = gzip.open(p, "rb") if compressed else open(p, "rb")
    except OSError as e:
        yield InputError(source, f"cannot read ({e.strerror or e})")
        return
    with fh:
        lineno = 0
        limit = settings.max_input_bytes
        try:
            while True:
                raw = fh.readline(limit + 1)  # never more than the limit in memory, however long the line
                if not raw:
                    break
                lineno += 1
                if len(raw) > limit:
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line, a bounded read at a time
                        raw = fh.readline(1 << 20)
                    yield InputError(f"{source}:{lineno}", f"line is over the limit of {limit:,} bytes")
                    continue
                try:
                    yield raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    yield InputError(f"{source}:{lineno}", f"invalid encoding: JSON lines must be UTF-8 ({e.reason})")
        except EOFError:
            yield InputError(source, "truncated gzip data (unexpected end of file)")
        except (gzip.BadGzipFile, zlib.error, OSError) as e:
            yield InputError(source, f"corrupt gzip data ({e})")


def _from_jsonl(lines: Iterable[str | InputError], source: str) -> Iterator[Item]:
    seen_any = False
    for lineno, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            yield line
            seen_any = True
            continue
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"malformed JSON line ({e.msg.rstrip('.')}, at column {e.colno})")
            continue
        except RecursionError:
            yield InputError(where, "malformed JSON line (nested too deeply)")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "JSON line is not an object")
            continue
        meta = {k: obj.get(k) for k in ("title", "url", "published", "outlet")}
        bad = [k for k, v in meta.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield InputError(where, f"field {bad[0]!r} must be a string")
            continue
        meta = {k: scrub(v) if v is not None else None for k, v in meta.items()}
        if meta["published"] is not None and meta["published"].strip() and normalize_date(meta["published"], sane=False) is None:
            yield InputError(where, f"field 'published' is not a date ({meta['published'][:40]!r})")
            continue
        for k in ("html", "text"):
            if isinstance(obj.get(k), str):
                obj[k] = scrub(obj[k])
        given = tuple((k, v) for k, v in meta.items() if v is not None)
        if isinstance(obj.get("html"), str) and obj["html"].strip():
            yield Raw(source=where, kind="html", data=obj["html"], url=meta["url"], meta=given)
        elif isinstance(obj.get("text"), str) and obj["text"].strip():
            yield Raw(source=where, kind="text-str", data=obj["text"], url=meta["url"], meta=given)
        else:
            yield InputError(where, "JSON line has no 'text' or 'html' string")
    if not seen_any:
        yield InputError(source, "empty input")


def _from_warc_file(p: Path, settings: Settings) -> Iterator[Item]:
    source = display_name(str(p))
    try:
        fh = open(p, "rb")
    except OSError as e:
        yield InputError(source, f"cannot read ({e.strerror or e})")
        return
    with fh:
        if not fh.read(1):
            yield InputError(source, "empty input")
            return
        fh.seek(0)
        yield from _from_warc_stream(fh, source, settings)


def _from_warc_stream(fh, source: str, settings: Settings) -> Iterator[Item]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n_records = 0
    n_html = 0
    n_cut = 0
    try:
        # ArchiveIterator reads a binary file object and detects gzip (one member per record) itself
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True,
                                   verify_digests=False):
            n_records += 1
            uri = rec.headers.get("WARC-Target-URI")
            where = f"{source}:{uri or n_records}"
            if rec.headers.get("Content-Length") is None:  # the file ends inside the record's WARC headers
                yield InputError(where, "truncated WARC record (incomplete WARC headers)")
                n_cut += 1
                continue
            http = rec.http_headers if rec.is_http_parsed else None
            status = http.status_code if http is not None else None
            ctype = (http.get("Content-Type") or "").lower() if http is not None else ""
            if status is not None and status != 200:
                continue
            if "html" not in ctype:
                continue
            n_html += 1
            if rec.content_length > settings.max_input_bytes:
                yield InputError(where, f"record is over the limit of {settings.max_input_bytes:,} bytes")
                continue
            body = rec.reader.read()
            # after parse_http, content_length counts the payload only (fastwarc 2): a short read is a cut file
            if len(body) < rec.content_length:
                yield InputError(where, f"truncated WARC record ({len(body):,} of {rec.content_length:,} bytes)")
                continue
            yield Raw(source=where, kind="html", data=body, url=uri, crawled=rec.headers.get("WARC-Date"))
    except Exception as e:  # fastwarc raises plain exceptions for corrupt streams
        yield InputError(source, f"corrupt or truncated WARC ({e.__class__.__name__}: {e})")
        return
    if n_records == 0:
        yield InputError(source, "truncated or invalid WARC: no response records found")
    elif n_html == 0 and not n_cut:
        yield InputError(source, "WARC holds no HTML responses")
