"""HTML pages: residue out of the markup, trafilatura for the body, then newsgraph's clean-up.

Order of work on a page: metadata from the whole page (:mod:`.page_meta`: headline, authors, date
from JSON-LD, meta tags and markup; canonical URL and site name from trafilatura's meta reader),
whether it is an article at all, its standfirst; then residue boxes leave the tree
(:mod:`.residue`), trafilatura extracts the body, and :mod:`.cleanup` drops residue lines by pattern.
Publication date, in order: JSON-LD, meta tags, ``<time>`` outside related boxes, the URL;
htmldate's quick search only when none of these has one; never after the crawl date. Language from
``<html lang>`` or the meta tags. No library warning escapes :func:`extract_html`.
Body quality, titles, dates and speed are measured by ``benchmarks/ingest.py`` (benchmarks/README.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import warnings
from dataclasses import dataclass, field
from html import unescape

import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura import metadata as tmeta

from ..errors import InputError
from ..records import Span
from . import page_meta
from .breaks import paragraphs_from_breaks
from .cleanup import Cleaned, clean_paragraphs, split_paragraphs
from .dates import date_from_url, normalize_date
from .decode import decode_bytes
from .frame import mark_article_frame
from .layout_tables import unwrap_layout_tables
from .residue import prune_residue
from .subheadings import bold_headings

# Body extraction: trafilatura's own extractor without its readability/jusText comparison (``fast``),
# which on the benchmark in benchmarks/ loses no text and is about a third quicker; comments are
# not article text; tables are (figures, results).
_BODY_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_META_URL = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")
_WORDS = re.compile(r"\w+")
_NAV_XPATH = "//a|//nav|//header|//footer|//*[@role='navigation']"
# a word in lower case, not a particle of a name ("de", "van", "bin" …): a sentence, not a name
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:de|da|do|dos|das|del|della|di|du|der|den|van|von|zu|la|le|el|al|bin|ibn|"
                         r"y|e|ter|ten|af|av|och|und|and)\b)[a-z][a-z]+\b")
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
    is_article: bool = True  # an article, not a landing, index or app page (see _reads_as_article)
    standfirst: str | None = None  # the summary under the headline, the text's first line when found


def publication_date(tree, url: str | None, not_after: dt.date | None = None) -> tuple[str | None, str | None]:
    """(ISO date, where from): JSON-LD, meta tags, ``<time>`` outside related boxes (see
    :func:`.page_meta.publication_date`), then the URL."""
    v, how = page_meta.publication_date(tree, page_meta.meta_tags(tree), page_meta.jsonld_objects(tree), not_after,
                                        url=url)
    if v:
        return v, how
    v = date_from_url(url)
    if v and (not_after is None or v <= not_after.isoformat()):
        return v, "url"
    return None, None


def _lines_and_headings(doc, bold: set[str] = frozenset()) -> tuple[list[str], list[bool]]:
    """The body as trafilatura renders it as text (one block a line), and which lines are headings: its
    ``<head>`` elements and the page's bold-only paragraphs (``bold``, see :mod:`.subheadings`)."""
    heads = {" ".join("".join(h.itertext()).split()) for h in doc.body.iter("head")} | bold
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


_URL_HEAD = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)


def _bare_url(s: str) -> str:
    """An address without its scheme, ``www.`` and trailing slash: the same page however written."""
    return _URL_HEAD.sub("", s.strip()).rstrip("/").lower()


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


def _metadata(tree, url: str | None, meta: dict[str, str], objs: list[dict]
              ) -> tuple[str | None, list[str], str | None, str | None, list[str]]:
    """Title, authors, canonical URL, site name and the page's ``<h1>`` texts.

    Title and authors from :mod:`.page_meta` (JSON-LD, meta tags, markup), trafilatura's author search
    when those find none; URL and site name from trafilatura's meta-tag reader.
    """
    md = tmeta.examine_meta(tree)
    page_url = md.url or tmeta.extract_url(tree, url)
    outlets = page_meta.outlet_names(tree, meta, objs, page_url or url)
    authors = page_meta.page_authors(tree, meta, objs)
    if not authors:
        author = tmeta.extract_author(tree)
        authors = [n for a in (_clean_field(author) or "").split(";") if (n := page_meta.clean_name(a))]
        if any(_LOWER_WORD.search(n) for n in authors):
            authors = []  # its guess took a sentence for a byline ("Ana Kovac covers schools; …"): no names
    title, h1s = page_meta.page_title(tree, meta, objs, outlets, authors)
    # a publisher's Facebook page or home URL, or a copyright line, is not a name; a tagline goes
    og_site = page_meta.clean_outlet(meta.get("og:site_name"))
    if og_site and len(page_meta._key(og_site)) < 3:
        og_site = None  # an edition ("U.S."), not the outlet
    sitename = page_meta.clean_outlet(md.sitename) or og_site or page_meta.clean_outlet(tmeta.extract_sitename(tree))
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url:
        m = _META_URL.match(page_url)
        sitename = m[1] if m else None
    return _clean_field(title), authors, _clean_field(page_url), _clean_field(sitename), h1s


def _clean_field(value: str | None) -> str | None:
    value = " ".join(unescape(value).split()) if value else None
    return value or None


def extract_html(data: bytes | str, source: str, url: str | None = None,
                 crawled: str | dt.date | None = None) -> HtmlArticle:
    """Body text and metadata of one HTML page; :class:`InputError` when it holds no article text.

    ``crawled``: when the page was fetched (a WARC record's date); no publication date after it is
    taken (by default none after tomorrow). No library warning escapes.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _extract_html(data, source, url, crawled)


def _extract_html(data, source, url, crawled) -> HtmlArticle:
    text = _decode(data, source) if isinstance(data, bytes) else data
    try:
        tree = trafilatura.load_html(text)
        if tree is None and text.strip():  # a fragment (JSONL ``html``): trafilatura wants a whole page
            tree = trafilatura.load_html(f"<html><body>{text}</body></html>")
    except (etree.ParserError, ValueError, TypeError) as e:
        raise InputError(source, f"malformed HTML: {e}") from e
    if tree is None or not len(tree):
        raise InputError(source, "malformed HTML: no elements")
    not_after = _crawl_date(crawled)
    meta = page_meta.meta_tags(tree)
    objs = page_meta.jsonld_objects(tree)
    title, authors, page_url, outlet, h1s = _metadata(tree, url, meta, objs)
    published, how = page_meta.publication_date(tree, meta, objs, not_after, url=page_url or url)
    if not published:
        published = date_from_url(page_url or url)
        if published and not_after and published > not_after.isoformat():
            published = None
        how = "url"
    if not published:
        # htmldate's search of the page as it is: before the residue pass takes the boxes that carry
        # a date (an "entry-meta" or "story-info" line)
        found = find_date(tree, extensive_search=False, original_date=True, url=page_url or url,
                          max_date=(not_after or dt.date.today() + dt.timedelta(days=1)).isoformat())
        published = normalize_date(found) if found else None
        how = "page"
    is_article = _reads_as_article(tree, meta, objs)
    standfirst = _standfirst(tree, h1s, meta)
    copies: list = []
    prune_residue(tree, copies)
    unwrap_layout_tables(tree)
    paragraphs_from_breaks(tree)
    mark_article_frame(tree)
    bold = bold_headings(tree)
    doc = trafilatura.bare_extraction(tree, url=page_url or url, **_BODY_OPTIONS)
    if doc is None or doc.body is None or not (doc.text or "").strip():
        raise InputError(source, "malformed HTML: no article text found")
    paras, flags = _lines_and_headings(doc, bold)
    fast = True
    if _navigation_share(paras) > 0.5:
        # the fast extractor took a menu for the article: let trafilatura compare it with its
        # readability and jusText fallbacks, and keep their answer when it reads less like a menu
        alt = trafilatura.bare_extraction(tree, url=page_url or url, **{**_BODY_OPTIONS, "fast": False})
        if alt is not None and alt.body is not None and (alt.text or "").strip():
            alt_paras, alt_flags = _lines_and_headings(alt, bold)
            if _navigation_share(alt_paras) < _navigation_share(paras):
                doc, paras, flags, fast = alt, alt_paras, alt_flags, False
    if _cut_sentences(doc.text) and _join_source_lines(tree):
        # sentences cut at the source's line breaks: read the page again with them as spaces
        again = trafilatura.bare_extraction(tree, url=page_url or url, **{**_BODY_OPTIONS, "fast": fast})
        if again is not None and again.body is not None and (again.text or "").strip():
            paras, flags = _lines_and_headings(again, bold)
    if copies:
        paras, flags = _repeated_paragraphs(copies, paras, flags)
    # the page's own address as a line (a share box's "copy link" text) is no part of the text
    own = {_bare_url(u) for u in (page_url, url) if u}
    if own:
        keep = [i for i, p in enumerate(paras) if " " in p.strip() or _bare_url(p) not in own]
        if len(keep) < len(paras):
            paras, flags = [paras[i] for i in keep], [flags[i] for i in keep]
    # the headline repeated at the top of the body belongs to the title, not the text
    headlines = _title_forms(title) | {_norm(h) for h in h1s if len(h.split()) >= 3}
    for i in range(min(3, len(paras)) - 1, -1, -1):
        if _norm(paras[i]) in headlines:
            del paras[i], flags[i]
    # the standfirst (the summary under the headline) opens the text, where the extractor left it out
    if standfirst and not any(_norm(standfirst) in _norm(p) for p in paras[:4]):
        paras.insert(0, standfirst)
        flags.insert(0, False)
    cleaned = clean_paragraphs(paras, detect_title=False, heading_flags=flags, authors=authors, outlet=outlet)
    if not cleaned.text.strip():
        raise InputError(source, "malformed HTML: no article text found")
    if standfirst:
        cleaned.standfirst = _standfirst_span(cleaned.text, standfirst)
    if len(cleaned.text) < 300 and _only_navigation(tree, cleaned.text):
        # trafilatura's last resort on a page with no body (cut off, or all script) is the whole
        # page's text, which is then only the menu
        raise InputError(source, "no article text found (only the page's navigation links)")
    return HtmlArticle(cleaned=cleaned, title=title, url=page_url or url, outlet=outlet,
                       authors=list(dict.fromkeys([*authors, *cleaned.authors])), published=published,
                       published_from=how if published else None, language=_language(tree),
                       is_article=is_article, standfirst=standfirst)


_SOURCE_TEXT = etree.XPath("//body//text()[contains(., '\n') and normalize-space(.) != '']")
_VERBATIM = frozenset(("pre", "textarea", "script", "style", "listing", "plaintext", "xmp"))
_SENTENCE_END = tuple('.!?:;…"”’)»]')


def _cut_sentences(text: str) -> bool:
    """Some line of the extracted text ends mid-sentence: it does not end like one and the next line
    goes on in lower case."""
    paras = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return any(a[-1:] and not a.endswith(_SENTENCE_END) and b[:1].islower() for a, b in zip(paras, paras[1:], strict=False))


def _join_source_lines(tree) -> bool:
    """A line break in the HTML source is a space to the reader (only ``<br>`` and blocks break lines),
    but trafilatura keeps it in text outside paragraphs (``<div>`` text), and the article's own
    sentences reach the text cut in two. Such text gets its whitespace collapsed, except in
    preformatted elements. Whether anything changed (a pass over the page: only run when the
    extracted text shows cut sentences)."""
    changed = False
    for s in _SOURCE_TEXT(tree):
        if "\n" not in s.strip():
            continue
        el = s.getparent()
        holder = el if s.is_text else el.getparent()
        if holder is None or any(a.tag in _VERBATIM for a in (holder, *holder.iterancestors())):
            continue
        lead, trail = s[: len(s) - len(s.lstrip())], s[len(s.rstrip()):]
        joined = (" " if lead else "") + " ".join(s.split()) + (" " if trail else "")
        if s.is_text:
            el.text = joined
        else:
            el.tail = joined
        changed = True
    return changed


def _repeated_paragraphs(copies: list, paras: list[str], flags: list[bool]) -> tuple[list[str], list[bool]]:
    """Paragraphs the page repeats, one after another under one parent (``copies``: each repeat, from
    :func:`.residue.prune_residue`), which the reader sees each time and the extractor keeps once (it
    takes adjacent repeats for an artefact of its own): the copies go back after the one kept. Hidden
    copies are not the reader's; copies of another class (a layout's mobile and desktop versions of a
    paragraph) were not counted."""
    want: dict[str, int] = {}
    for p in copies:
        if not _hidden(p):
            t = " ".join("".join(p.itertext()).split())
            want[t] = want.get(t, 1) + 1
    if not want:
        return paras, flags
    out, out_flags = [], []
    for p, f in zip(paras, flags, strict=True):
        out.append(p)
        out_flags.append(f)
        extra = want.pop(p, 0) - paras.count(p) if p in want else 0
        out.extend([p] * max(0, extra))
        out_flags.extend([f] * max(0, extra))
    return out, out_flags


def _crawl_date(crawled: str | dt.date | None) -> dt.date | None:
    if isinstance(crawled, dt.datetime):
        return crawled.date()
    if isinstance(crawled, dt.date):
        return crawled
    iso = normalize_date(crawled) if crawled else None
    return dt.date.fromisoformat(iso) if iso else None


def _standfirst_span(text: str, standfirst: str) -> Span | None:
    """The line of the text's opening (its first three lines) that is the standfirst, as a span."""
    want, pos = _norm(standfirst), 0
    for line in text.split("\n")[:3]:
        if _norm(line) == want:
            return Span(pos, pos + len(line), line)
        pos += len(line) + 1
    return None


_STANDFIRST = re.compile(r"(?<![a-z])(?:standfirst|dek|deck|sub-?head(?:line|ing)?|sub-?title|strap(?:line)?|excerpt|"
                         r"bajada|perex|(?:article|story|post|entry|header)[-_]*(?:summary|description|intro|lede|excerpt|teaser)|"
                         r"heading[-_]?desc?\w*|summary|lede|intro|"
                         r"lead(?![-_]?(?:image|img|photo|media|art|video|figure|caption|story|stories))(?:[-_]?(?:text|paragraph|in))?)"
                         r"(?![a-z])", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _standfirst(tree, h1s: list[str], meta: dict[str, str] | None = None) -> str | None:
    """The summary under the headline, after the page's ``<h1>`` and before the first long paragraph,
    outside related boxes and hidden elements, a sentence or two (40–400 characters): an element named
    like one (``standfirst``, ``dek``, ``articleDek``, ``article__lead-paragraph``, ``sub-headline`` …),
    a ``<header>`` of a sentence or two of its own text (:func:`_summary_header`), or one whose text is
    the page's own description (``og:description``, ``description``)."""
    h1 = next((h for h in tree.iter("h1") if not page_meta.is_logo_h1(h)), None)
    if h1 is None:
        return None
    meta = meta or {}
    described = {_norm(meta[k]) for k in ("og:description", "description", "twitter:description") if meta.get(k)}
    described = {d for d in described if len(d) >= 40}
    seen_h1 = False
    paragraphs = 0
    for el in tree.iter("h1", "p", "h2", "div", "span", "header"):
        if el is h1:
            seen_h1 = True
            continue
        if not seen_h1:
            continue
        attrs = _CAMEL.sub("-", f"{el.get('class') or ''} {el.get('id') or ''}")
        named = bool(attrs.strip()) and _STANDFIRST.search(attrs) is not None or el.tag == "header" and _summary_header(el)
        if not named and not (el.text or "").strip():
            continue  # a wrapper: its text is its children's, looked at one by one (and not paid for here)
        text = _norm("".join(el.itertext()))
        if el.tag == "p" and len(text) >= 120:
            paragraphs += 1
            if len(text) > 250 or paragraphs > 2:
                return None  # the body has started
        if not 40 <= len(text) <= 400 or _not_standfirst(el, " ".join("".join(el.itertext()).split())):
            continue
        # the page's description under the headline is its standfirst whatever the box is called
        # ("article-promo"), unless it is a link's (a teaser of a story); a named one, outside boxes
        if (text in described and not any(a.tag in ("a", "li") for a in el.iterancestors())
                or named and not page_meta._SKIP_BOX.search(attrs.lower())
                and not page_meta._in_box(el)) and not _hidden(el):
            t = " ".join("".join(el.itertext()).split())
            if 40 <= len(t) <= 400:
                return t
    return None


_SENTENCE_STOP = tuple('.!?"”’')


def _summary_header(el) -> bool:
    """A ``<header>`` under the headline that holds a sentence or two of its own text and nothing
    else (no headline, byline or date in elements of their own): the article's summary, set as its
    header (``<header>Neuroscience tells us … New research investigates.</header>``)."""
    text = (el.text or "").strip()
    return bool(text) and text.endswith(_SENTENCE_STOP) and not any(
        isinstance(c.tag, str) and c.tag not in ("a", "em", "i", "strong", "b", "br", "span") for c in el)


_MEDIA_BOX = re.compile(r"(?<![a-z])(?<!no-)(?:caption|credit|byline|author|figure|media|image|photo|video|gallery)(?![a-z])")
_STAMP = re.compile(r"(?:updated|published|posted)(?:\s*:|\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    r"[a-z]*\.?\s+\d)|\b\d{1,2}:\d\d\b", re.IGNORECASE)
_MEDIA_TAGS = ("figure", "figcaption", "img", "picture", "video")


def _not_standfirst(el, text: str) -> bool:
    """A caption, credit, byline or date line, or a box holding a picture: not a standfirst, whatever
    it is called ("ArticlePage-lead" around the lead photo, "subhead-right" holding the byline)."""
    if _STAMP.search(text) or any(x.tag in _MEDIA_TAGS for x in el.iter()):
        return True
    if _MEDIA_BOX.search(_CAMEL.sub("-", f"{el.get('class') or ''} {el.get('id') or ''}").lower()):
        return True
    return any(a.tag in _MEDIA_TAGS for a in list(el.iterancestors())[:4])


def _hidden(el) -> bool:
    for a in (el, *el.iterancestors()):
        style = (a.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style or a.get("hidden") is not None \
                or a.get("aria-hidden") == "true":
            return True
    return False


def _reads_as_article(tree, meta: dict[str, str], objs: list[dict]) -> bool:
    """Whether the page is an article: declared one (JSON-LD article type, ``og:type`` article), or
    holds enough running text, scored as Mozilla Readability's ``isProbablyReaderable`` does (visible
    paragraphs of 140 characters or more, each worth the square root of its length beyond 140, must
    reach 20)."""
    if meta.get("og:type", "").lower() == "article" or any(
            page_meta._ARTICLE_TYPES.search(t) for d in objs for t in page_meta._types(d)):
        return True
    score = 0.0
    for el in tree.iter("p", "pre", "article"):
        if _hidden_or_listed(el):
            continue
        n = len(" ".join("".join(el.itertext()).split()))
        if n >= 140:
            score += math.sqrt(n - 140)
            if score > 20:
                return True
    return False


def _hidden_or_listed(el) -> bool:
    """Hidden (style, `hidden`, `aria-hidden`) or inside a list item, as Readability skips them."""
    return _hidden(el) or any(a.tag == "li" for a in (el, *el.iterancestors()))
