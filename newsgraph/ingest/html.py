"""HTML pages: trafilatura for the body, then newsgraph's clean-up; metadata with a fixed date order.

Publication date, in order: JSON-LD ``datePublished``, then meta tags, then the page (``<time>``),
then the URL; htmldate's quick search only when none of these has one. Title, authors, outlet and
canonical URL come from trafilatura's metadata functions (only those newsgraph uses); language from
``<html lang>`` or the meta tags.
Body quality and speed are measured by ``benchmarks/ingest.py`` (see benchmarks/README.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape

import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura import metadata as tmeta

from ..errors import InputError
from .cleanup import Cleaned, clean_paragraphs, split_paragraphs
from .dates import date_from_url, normalize_date
from .decode import decode_bytes

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate", "citation_publication_date",
)
# Body extraction: trafilatura's own extractor without its readability/jusText comparison (``fast``),
# which on the benchmark in benchmarks/ loses no text and is about a third quicker; comments are
# not article text; tables are (figures, results).
_BODY_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_META_URL = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")
_WORDS = re.compile(r"\w+")
_NAV_XPATH = "//a|//nav|//header|//footer|//*[@role='navigation']"
_TITLE_SEP = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


@dataclass
class HtmlArticle:
    cleaned: Cleaned
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_from: str | None = None
    language: str | None = None


def _jsonld_dates(tree) -> str | None:
    for node in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(node)
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                for key in ("datePublished", "dateCreated", "uploadDate"):
                    if key in d:
                        v = normalize_date(d[key])
                        if v:
                            return v
                stack.extend(v for k, v in d.items() if k in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement") or isinstance(v, list))
    return None


def _meta_date(tree) -> str | None:
    found: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        if key in _META_DATE_KEYS and key not in found and m.get("content"):
            found[key] = m.get("content")
    for key in _META_DATE_KEYS:
        if key in found:
            v = normalize_date(found[key])
            if v:
                return v
    return None


def _page_date(tree) -> str | None:
    for t in tree.xpath("//time[@datetime]|//*[@itemprop='datePublished']"):
        v = normalize_date(t.get("datetime") or t.get("content") or (t.text or ""))
        if v:
            return v
    return None


def publication_date(tree, url: str | None) -> tuple[str | None, str | None]:
    for how, fn in (("json-ld", lambda: _jsonld_dates(tree)), ("meta", lambda: _meta_date(tree)),
                    ("page", lambda: _page_date(tree)), ("url", lambda: date_from_url(url))):
        v = fn()
        if v:
            return v, how
    return None, None


def _lines_and_headings(doc) -> tuple[list[str], list[bool]]:
    """The body as trafilatura renders it as text (one block a line), and which lines are headings."""
    heads = {" ".join("".join(h.itertext()).split()) for h in doc.body.iter("head")}
    heads.discard("")
    paras = split_paragraphs(doc.text or "")
    return paras, [p in heads for p in paras]


def _navigation_share(paras: list[str]) -> float:
    """Share of the text in menu-like lines (30 characters or fewer), on bodies of 30 lines or more."""
    if len(paras) < 30:
        return 0.0
    total = sum(len(p) for p in paras)
    return sum(len(p) for p in paras if len(p) <= 30) / total if total else 0.0


def _only_navigation(tree, text: str) -> bool:
    """Every line of ``text`` is link text or text of the page's nav, header or footer."""
    nav = f' {_norm(" ".join(" ".join(el.itertext()) for el in tree.xpath(_NAV_XPATH)))} '
    return all(f" {_norm(line)} " in nav for line in text.split("\n"))


def _norm(s: str) -> str:
    return " ".join(_WORDS.findall(s.lower()))


def _title_forms(title: str | None) -> set[str]:
    """The title as words, and its leading parts before a site-name separator ("Headline | Site")."""
    if not title:
        return set()
    forms = {_norm(title)}
    parts = _TITLE_SEP.split(title)
    for i in range(1, len(parts)):
        head = _norm(" ".join(parts[:i]))
        if len(head.split()) >= 3:
            forms.add(head)
    forms.discard("")
    return forms


def _decode(data: bytes, source: str) -> str:
    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "ignore") if m else None
    return decode_bytes(data, source, declared)


def _language(tree) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for m in tree.iterfind(".//head/meta[@content]"):
            key = (m.get("http-equiv") or m.get("property") or m.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language", "dc.language"):
                lang = m.get("content")
                break
    m = _LANG.match((lang or "").strip())
    return m.group(1).lower() if m else None


def _metadata(tree, url: str | None) -> tuple[str | None, list[str], str | None, str | None]:
    """Title, authors, canonical URL and site name: meta tags and JSON-LD, then the page's markup.

    The same sources trafilatura's ``extract_metadata`` uses, minus what newsgraph never reads
    (categories, tags, licence, and its date search: :func:`publication_date` runs first).
    """
    md = tmeta.examine_meta(tree)
    if md.author and " " not in md.author:  # a single word in a meta tag is a handle, not a name
        md.author = None
    try:
        md = tmeta.extract_meta_json(tree, md)
    except Exception:  # trafilatura's JSON-LD parser, on whatever the page holds
        pass
    title = md.title or tmeta.extract_title(tree)
    author = md.author or tmeta.extract_author(tree)
    page_url = md.url or tmeta.extract_url(tree, url)
    sitename = md.sitename or tmeta.extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url:
        m = _META_URL.match(page_url)
        sitename = m[1] if m else None
    authors = [a.strip() for a in (_clean_field(author) or "").split(";") if a.strip()]
    return _clean_field(title), authors, _clean_field(page_url), _clean_field(sitename)


def _clean_field(value: str | None) -> str | None:
    value = " ".join(unescape(value).split()) if value else None
    return value or None


def extract_html(data: bytes | str, source: str, url: str | None = None) -> HtmlArticle:
    """Body text and metadata of one HTML page; :class:`InputError` when it holds no article text."""
    text = _decode(data, source) if isinstance(data, bytes) else data
    try:
        tree = trafilatura.load_html(text)
        if tree is None and text.strip():  # a fragment (JSONL ``html``): trafilatura wants a whole page
            tree = trafilatura.load_html(f"<html><body>{text}</body></html>")
    except (etree.ParserError, ValueError, TypeError) as e:
        raise InputError(source, f"malformed HTML: {e}") from e
    if tree is None or not len(tree):
        raise InputError(source, "malformed HTML: no elements")
    published, how = publication_date(tree, url)
    title, authors, page_url, outlet = _metadata(tree, url)
    doc = trafilatura.bare_extraction(tree, url=page_url or url, **_BODY_OPTIONS)
    if doc is None or doc.body is None or not (doc.text or "").strip():
        raise InputError(source, "malformed HTML: no article text found")
    paras, flags = _lines_and_headings(doc)
    if _navigation_share(paras) > 0.5:
        # the fast extractor took a menu for the article: let trafilatura compare it with its
        # readability and jusText fallbacks, and keep their answer when it reads less like a menu
        alt = trafilatura.bare_extraction(tree, url=page_url or url, **{**_BODY_OPTIONS, "fast": False})
        if alt is not None and alt.body is not None and (alt.text or "").strip():
            alt_paras, alt_flags = _lines_and_headings(alt)
            if _navigation_share(alt_paras) < _navigation_share(paras):
                paras, flags = alt_paras, alt_flags
    # the headline repeated at the top of the body belongs to the title, not the text
    headlines = _title_forms(title)
    for i in range(min(3, len(paras)) - 1, -1, -1):
        if _norm(paras[i]) in headlines:
            del paras[i], flags[i]
    cleaned = clean_paragraphs(paras, detect_title=False, heading_flags=flags)
    if not cleaned.text.strip():
        raise InputError(source, "malformed HTML: no article text found")
    if len(cleaned.text) < 300 and _only_navigation(tree, cleaned.text):
        # trafilatura's last resort on a page with no body (cut off, or all script) is the whole
        # page's text, which is then only the menu
        raise InputError(source, "no article text found (only the page's navigation links)")
    if not published:
        found = find_date(tree, extensive_search=False, original_date=True, url=page_url or url)
        published = normalize_date(found) if found else None
        how = "page"
    return HtmlArticle(cleaned=cleaned, title=title, url=page_url or url, outlet=outlet,
                       authors=authors or cleaned.authors, published=published,
                       published_from=how if published else None, language=_language(tree))
