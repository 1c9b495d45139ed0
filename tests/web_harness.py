"""What the web tests share: `newsgraph serve` in a subprocess on a real database file, plain HTTP
helpers, headless Chromium (Debian's) through Playwright, and a crawler that follows the page's links
from the home page and counts the records it reaches."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db) -> Iterator[str]:
    """``newsgraph serve`` on the database, in a subprocess; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db), "--host",
                             "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {proc.stdout.read().decode()}")
            try:
                urllib.request.urlopen(base + "/api/summary", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("server did not start in 30 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def get(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.headers.get("content-type"), r.read()


def getj(url: str):
    return json.loads(get(url)[2])


def status(url: str) -> tuple[int, str, str]:
    """Status, content type and body, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.headers.get("content-type") or "", r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type") or "", e.read().decode()


@contextlib.contextmanager
def chromium(tmp_path_factory) -> Iterator:
    """A headless Chromium context (Playwright driving Debian's /usr/bin/chromium)."""
    if not CHROMIUM:
        pytest.skip("Chromium not found (/usr/bin/chromium); `make test` installs Debian's chromium package")
    pw_mod = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    downloads = tmp_path_factory.mktemp("downloads")
    with pw_mod.sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, accept_downloads=True,
            downloads_path=str(downloads),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            yield ctx
        finally:
            ctx.close()


# -- the crawler ------------------------------------------------------------------------------------------
class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.events: set[str] = set()
        self.statements: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if a.get("data-event"):
            self.events.add(a["data-event"])
        if a.get("data-statement"):
            self.statements.add(a["data-statement"])


#: links a reader follows to reach records (not downloads, the API, static files, or mere re-sorting)
_SKIP = re.compile(r"^/(api/|static/|docs|openapi|map/world\.svg)|[?&](sort|order)=")


def crawl(base: str, depth: int = 3, workers: int = 4) -> dict[str, set]:
    """Follow every link from the home page up to ``depth`` clicks; the records reached: article, story
    and actor ids (their pages opened within ``depth`` clicks) and the events and statements those article
    pages list (as ``article_id/event_id``)."""
    seen = {"/": 0}
    frontier = ["/"]
    found: dict[str, set] = {"articles": set(), "stories": set(), "actors": set(), "events": set(),
                             "statements": set(), "pages": set()}

    def fetch(path: str) -> _Links:
        p = _Links()
        code, ctype, body = status(base + path)
        if code == 200 and ctype.startswith("text/html"):
            p.feed(body)
        return p

    def record(path: str) -> None:
        m = re.match(r"^/(articles|stories|actors)/(.+)$", urlsplit(path).path)
        if m:
            found[m.group(1)].add(unquote(m.group(2)))

    with ThreadPoolExecutor(workers) as pool:
        for d in range(depth + 1):
            # pages at depth d are opened: their links lead to depth d + 1 (article pages at the last
            # depth are opened too, for the events and statements they list)
            todo = frontier if d < depth else [p for p in frontier if urlsplit(p).path.startswith("/articles/")]
            nxt = []
            for path, parsed in zip(todo, pool.map(fetch, todo), strict=True):
                found["pages"].add(path)
                art = re.match(r"^/articles/([^/?#]+)$", urlsplit(path).path)
                if art:
                    found["events"] |= {f"{art.group(1)}/{e}" for e in parsed.events}
                    found["statements"] |= {f"{art.group(1)}/{s}" for s in parsed.statements}
                if d == depth:
                    continue
                for href in parsed.links:
                    u = urlsplit(urljoin(base + path, href))
                    if u.netloc != urlsplit(base).netloc:
                        continue
                    link = u.path + (f"?{u.query}" if u.query else "")
                    if _SKIP.search(link) or link in seen:
                        continue
                    seen[link] = d + 1
                    record(link)
                    nxt.append(link)
            frontier = nxt
    return found
