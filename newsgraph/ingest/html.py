"""HTML pages: trafilatura for the body, then newsgraph's clean-up; metadata with a fixed date order.

Publication date, in order: JSON-LD ``datePublished``, then meta tags, then the page (``<time>``),
then the URL. Title, authors, outlet and canonical URL come from trafilatura's metadata.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

from ..errors import InputError
from .cleanup import Cleaned, clean_paragraphs, split_paragraphs
from .dates import date_from_url, normalize_date

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate", "citation_publication_date",
)
_BLOCKS = {"p", "head", "quote", "item", "list", "table", "row", "cell", "code", "lb"}


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


def _body_paragraphs(body) -> tuple[list[str], list[bool]]:
    paras: list[str] = []
    flags: list[bool] = []

    def add(el, heading: bool) -> None:
        text = " ".join("".join(el.itertext()).split())
        if text:
            paras.append(text)
            flags.append(heading)

    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "list":
            for item in el.iter("item"):
                add(item, False)
        elif tag == "table":
            for row in el.iter("row"):
                add(row, False)
        else:
            add(el, tag == "head")
    return paras, flags


def extract_html(data: bytes | str, source: str, url: str | None = None) -> HtmlArticle:
    """Body text and metadata of one HTML page; :class:`InputError` when it holds no article text."""
    try:
        tree = lxml.html.fromstring(data if isinstance(data, bytes) else data.encode("utf-8"))
    except (etree.ParserError, ValueError) as e:
        raise InputError(source, f"malformed HTML: {e}") from e
    if tree is None or not len(tree):
        raise InputError(source, "malformed HTML: no elements")
    published, how = publication_date(tree, url)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, date_extraction_params={"extensive_search": False})
    if doc is None or doc.body is None or not (doc.text or "").strip():
        raise InputError(source, "malformed HTML: no article text found")
    paras, flags = _body_paragraphs(doc.body)
    if not paras:
        paras, flags = split_paragraphs(doc.text), []
    title = doc.title
    # the headline repeated at the top of the body belongs to the title, not the text
    while paras and title and paras[0].strip() == title.strip():
        paras.pop(0)
        if flags:
            flags.pop(0)
    cleaned = clean_paragraphs(paras, detect_title=False, heading_flags=flags or None)
    if not cleaned.text.strip():
        raise InputError(source, "malformed HTML: no article text found")
    if not published and doc.date:
        published, how = normalize_date(doc.date), "page"
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()] or cleaned.authors
    return HtmlArticle(cleaned=cleaned, title=title, url=doc.url or url, outlet=doc.sitename,
                       authors=authors, published=published, published_from=how if published else None,
                       language=doc.language)
