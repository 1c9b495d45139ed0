"""What a web page says about its article: headline, authors, publication date, outlet names.

Sources in order of trust: JSON-LD objects of an article type (``NewsArticle``, ``BlogPosting`` …), then
meta tags, then the page's markup. Everything here reads the parsed tree and never raises.

- **Title**: JSON-LD ``headline`` (or ``name``), ``dc.title``, ``og:title``, ``twitter:title``, then
  ``<title>``; parts naming the outlet ("… | CBC News", "… - NASA") or a section ("Opinion | …") are
  removed at either end, and where the page's ``<h1>`` is what is left of the title once its other
  separator-delimited parts are gone, the ``<h1>`` is the title. A ``<title>`` that is the page's only
  title loses a last part of up to three words after a bar or long dash (:func:`_lone_title`).
- **Date**: see :func:`publication_date`.
- **Authors**: JSON-LD ``author``, meta tags, then byline markup (``rel=author``, ``itemprop=author``,
  ``class="byline"``), each cleaned of "By", dates and roles glued on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import lru_cache
from html import unescape
from importlib import resources

import yaml

from .dates import date_from_url, normalize_date, parse_datetime

_ARTICLE_TYPES = re.compile(r"(?:article|posting|report|blog)$", re.IGNORECASE)
_PAGE_TYPES = re.compile(r"webpage$", re.IGNORECASE)
_CDATA = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
# separators between a headline and a site or section name: "Headline | Site", "Site - Headline"
_TITLE_SEP = re.compile(r"\s+(?:[|–—\-·»•/\\@]|::)\s+")
_NAME_CUT = re.compile(
    r"\s*(?:\||\s[-–—]\s|,?\s+(?:updated|published|posted|on)\b|\b\d|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d|\bpřed\b)",
    re.IGNORECASE)
_BY = re.compile(r"^\s*(?:by|von|par|por|door|di|av|written\s+by|words\s+by|posted\s+by|author:?)\s*[:\s]\s*",
                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _lists() -> dict:
    with resources.files("newsgraph.data").joinpath("residue.yaml").open(encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    return {
        "sections": frozenset(_key(s) for s in data.get("title_sections", [])),
        "not_names": frozenset(s.casefold() for s in data.get("not_author_names", [])),
        "roles": re.compile(r"\s*,?\s+\b(?:" + "|".join(data.get("author_roles", ["editor"])) + r")\b.*$",
                            re.IGNORECASE),
    }


def _key(s: str) -> str:
    """A name reduced to its letters and digits, accents off, case folded ("Aktuálně.cz" → "aktualnecz")."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


# --- JSON-LD ---------------------------------------------------------------------------------------------

def jsonld_objects(tree) -> list[dict]:
    """Every JSON-LD object of the page (``@graph`` and lists flattened), article types first.

    ``ItemList`` members (related-story lists) are not descended into.
    """
    found: list[dict] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        raw = _CDATA.sub("", (node.text or "").strip())
        try:
            data = json.loads(raw)
        except (ValueError, TypeError, RecursionError):
            continue
        stack = [data]
        while stack and len(found) < 200:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(reversed(d))
            elif isinstance(d, dict):
                found.append(d)
                for k in ("@graph", "mainEntity", "mainEntityOfPage"):
                    if isinstance(d.get(k), (dict, list)):
                        stack.append(d[k])
    arts = [d for d in found if any(_ARTICLE_TYPES.search(t) for t in _types(d))]
    pages = [d for d in found if d not in arts and any(_PAGE_TYPES.search(t) for t in _types(d))]
    rest = [d for d in found if d not in arts and d not in pages]
    return arts + pages + rest


def _types(d: dict) -> list[str]:
    t = d.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _is_article(d: dict) -> bool:
    return any(_ARTICLE_TYPES.search(t) or _PAGE_TYPES.search(t) for t in _types(d))


# --- meta tags -------------------------------------------------------------------------------------------

def meta_tags(tree) -> dict[str, str]:
    """First value of every meta tag by lower-cased name/property/itemprop."""
    out: dict[str, str] = {}
    metas = [m for m in tree.iter("meta") if (m.get("content") or "").strip()]
    for attrs in (("property",), ("name", "itemprop", "http-equiv")):  # RDFa properties first
        for m in metas:
            for attr in attrs:
                for key in (m.get(attr) or "").lower().split():
                    key = _DC.sub(r"\1.", key)
                    out.setdefault(key, " ".join(unescape(m.get("content")).split()))
    return out


_DC = re.compile(r"^(dc|dcterms?):")


# --- outlet and title ------------------------------------------------------------------------------------

def outlet_names(tree, meta: dict[str, str], objs: list[dict], url: str | None) -> set[str]:
    """Keys (see :func:`_key`) of the names the page gives its outlet: site name, publisher, domain."""
    names = set()
    for k in ("og:site_name", "application-name", "twitter:site", "al:android:app_name", "al:ios:app_name",
              "apple-mobile-web-app-title", "publisher", "dc.publisher", "cxenseparse:site"):
        # an app name of more than four words is a tagline or, on some sites, the headline itself
        if meta.get(k) and (k not in ("application-name", "apple-mobile-web-app-title") or len(meta[k].split()) <= 4):
            names.add(_key(meta[k].lstrip("@")))
    for d in objs[:5]:
        pub = d.get("publisher")
        for p in pub if isinstance(pub, list) else [pub]:
            if isinstance(p, dict) and isinstance(p.get("name"), str):
                names.add(_key(p["name"]))
    for u in (url, meta.get("og:url")):
        m = re.match(r"https?://([^/:?#]+)", u or "")
        if m:
            labels = [x for x in m[1].lower().split(".") if x not in ("www", "m", "amp", "mobile", "edition")]
            if len(labels) >= 2:
                names.add(_key(labels[-2] if len(labels[-2]) > 3 or len(labels) < 3 else labels[-3]))
                names.add(_key("".join(labels[:-1])))
    names.discard("")
    return {n for n in names if len(n) >= 2}


_NOT_A_NAME = re.compile(r"^\s*(?:copyright|©|\(c\)|all\s+rights)", re.IGNORECASE)
_SITE_SEP = re.compile(r"\s+(?:[|–—\-·»•]|::)\s+")


def clean_outlet(name: str | None) -> str | None:
    """A site name as the page gives it, without a tagline after a separator ("LinkNaija | Nigeria's
    popular news platform"); none where it is a copyright line ("Copyright 2014") or a URL."""
    name = " ".join((name or "").split())
    if not name or "://" in name or _NOT_A_NAME.match(name) or not any(ch.isalpha() for ch in name):
        return None
    head = _SITE_SEP.split(name, maxsplit=1)[0].strip()
    return head if len(_key(head)) >= 2 else name


def _names_outlet(part: str, outlets: set[str]) -> bool:
    k = _key(part)
    if not k or len(part.split()) > 6:
        return False
    for o in outlets:
        if k == o or (len(o) >= 3 and k.startswith(o) and len(part.split()) <= 4) or \
                (len(k) >= 4 and o.startswith(k)):
            return True
    return False


_SECTION_LINKS = ("//nav//a | //*[contains(@class, 'breadcrumb')]//a | //a[@rel='category' or @rel='tag' or "
                  "@itemprop='genre' or @itemprop='articleSection']")


def page_sections(tree, meta: dict[str, str]) -> set[str]:
    """Keys of the section names the page gives: ``article:section`` and the short texts of its
    navigation, breadcrumb and category links."""
    out = {_key(meta[k]) for k in ("article:section", "og:article:section", "section") if meta.get(k)}
    for a in tree.xpath(_SECTION_LINKS)[:300]:
        t = _text(a)
        if 0 < len(t.split()) <= 3:
            out.add(_key(t))
    out.discard("")
    return out


_BRACKET_END = re.compile(r"\s*[\[(]([^\[\]()]{2,60})[\])]\s*$")


def clean_title(title: str, outlets: set[str], h1s: list[str], authors: list[str] = (),
                page_sections=frozenset) -> str:
    """The headline inside a page title: outlet, section and author parts off, or the ``<h1>`` the
    title holds. A part goes only while what is left is longer than it (a site name is shorter than
    its headline). ``page_sections``: a callable giving the keys of the page's own section names (a
    trailing part that is one goes)."""
    title = " ".join(title.split())
    m = _BRACKET_END.search(title)
    if m and _is_outlet(m[1], outlets) and len(m[1]) < m.start():
        title = title[: m.start()]  # "LWN.net Weekly Edition [LWN.net]"
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1:
        sections = _lists()["sections"]
        names = {_key(a) for a in authors if len(a) >= 4}
        seps = _TITLE_SEP.findall(title)

        def extra(part: str, rest: list[str], trailing: bool = False) -> bool:
            k = _key(part)
            if k in outlets and len(part.split()) <= 8:  # the outlet's own name, however long
                return True
            if len(part) >= sum(len(r) for r in rest):
                return False
            return _names_outlet(part, outlets) or k in sections or k in names or (trailing and k in page_sections())

        while len(parts) > 1 and extra(parts[-1], parts[:-1], trailing=True):
            parts.pop()
            seps.pop()
        while len(parts) > 1 and extra(parts[0], parts[1:]):
            parts.pop(0)
            seps.pop(0)
        title = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))
    # the page's own headline, where the title is that headline with further parts around it
    if len(parts) > 1:
        keys = [_key(p) for p in parts]
        for h in h1s:
            hk = _key(h)
            if not hk:
                continue
            for i in range(1, len(parts)):
                # the headline is the longer side (an <h1> holding the site's logo name is not it),
                # or the other side names the outlet
                head, rest = "".join(keys[:i]), "".join(keys[i:])
                if hk == head and (len(hk) > len(rest) or all(_is_outlet(p, outlets) for p in parts[i:])) or \
                        hk == rest and (len(hk) > len(head) or all(_is_outlet(p, outlets) for p in parts[:i])):
                    return h
    # "Outlet: headline", where the <h1> is the headline
    m = re.match(r"^([^:]{2,60}):\s+(.+)$", title)
    if m and _is_outlet(m[1], outlets) and any(_key(h) == _key(m[2]) for h in h1s):
        return m[2]
    return title


def _is_outlet(part: str, outlets: set[str]) -> bool:
    return _key(part) in outlets or _names_outlet(part, outlets)


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.casefold()))


_LOGO = re.compile(r"(?<![a-z])(?:logo|site[-_]?(?:title|name|logo)|branding|masthead|brand)(?![a-z])")
_ROOT_HREF = re.compile(r"^(?:/|\./|\.\./|(?:\./)?index\.html?|https?://[^/?#]+/?)$", re.IGNORECASE)
_PERMALINK = re.compile(r"\s*[¶#🔗§]+$")
_DANGLING = re.compile(r"(?:\s+(?:[|–—\-·»•/\\]|::))+\s*$|^\s*(?:(?:[|–—\-·»•/\\]|::)\s+)+")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")


def _continues(short: str, full: str) -> bool:
    """``full`` is ``short`` and more words (its last word may be cut in ``short``), not a site name or a
    bracket after a separator."""
    a, b = re.findall(r"\w+", short.casefold()), re.findall(r"\w+", full.casefold())
    if len(a) < 5 or len(b) <= len(a) or a[:-1] != b[: len(a) - 1] or not b[len(a) - 1].startswith(a[-1]):
        return False
    if b[len(a) - 1] != a[-1]:
        return True  # a word cut in the middle
    m = re.match(r"^" + r"\W+".join(re.escape(w) for w in a), full.casefold())
    return bool(m) and re.match(r"\s+[\w\"'‘“]", full[m.end():]) is not None


def is_logo_h1(el) -> bool:
    """An ``<h1>`` that holds the site's name, not the article's headline: its text is all one link
    to the site's home page ("/", "index.html", the origin), or it or an element in it is named like a
    logo (``logo``, ``site-title``, ``branding``, ``masthead``)."""
    links = el.xpath(".//a[@href]")
    if len(links) == 1 and _ROOT_HREF.match(links[0].get("href").strip()) and _key(_text(links[0])) == _key(_text(el)):
        return True
    return any(_LOGO.search(f"{a.get('class') or ''} {a.get('id') or ''}".lower()) for a in el.iter())


def _h1_text(el) -> str:
    return _PERMALINK.sub("", _text(el))


_LOGO_WORDS = re.compile(r"\b(?:logo|home(?:\s*page)?|homepage|startseite|accueil)\b", re.IGNORECASE)


def logo_names(tree) -> set[str]:
    """Keys of the site's name as its links home give it: the ``alt`` of an image in a link to the home
    page ("LWN.net Logo" → LWN.net), or such a link's own short text ("Coast Courier"; not "Home")."""
    out = set()
    for a in tree.xpath("//a[@href]")[:300]:
        if not _ROOT_HREF.match(a.get("href").strip()):
            continue
        names = [img.get("alt") or "" for img in a.iter("img")] + [_text(a)]
        for n in names:
            n = " ".join(_LOGO_WORDS.sub(" ", n).split())
            if 0 < len(n.split()) <= 5:
                out.add(_key(n))
        if len(out) >= 3:
            break
    return {k for k in out if len(k) >= 3} - _lists()["sections"]


def page_title(tree, meta: dict[str, str], objs: list[dict], outlets: set[str],
               authors: list[str] = ()) -> tuple[str | None, list[str]]:
    """(headline, the page's ``<h1>`` texts: the article's first, then any holding the site's name).

    The first candidate (JSON-LD headline, meta titles, ``<title>``, ``<h1>``) that is not the site's own
    name, cleaned of outlet, section and author parts; a candidate cut short (JSON-LD headlines are
    often cut at 110 characters) gives way to the later one it begins.
    """
    h1_els = [h for h in tree.iter("h1") if 0 < len(_text(h)) <= 300][:8]
    logos = [h for h in h1_els if is_logo_h1(h)]
    h1s = [_h1_text(h) for h in h1_els if h not in logos][:5]
    logo_texts = [_h1_text(h) for h in logos]
    outlets = outlets | {k for k in (_key(n) for n in logo_texts) if len(k) >= 2} | logo_names(tree)
    found: list[set[str]] = []

    def sections() -> set[str]:  # looked up only for a part nothing else removes (2 ms on a big page)
        if not found:
            found.append(page_sections(tree, meta))
        return found[0]

    t = tree.find(".//title")
    doc_title = _text(t) if t is not None else ""
    cands: list[str] = []
    for d in objs:
        if not _is_article(d):
            continue
        given = [v for v in (d.get("headline"), d.get("name")) if isinstance(v, str) and v.strip()]
        if len(given) == 2 and given[0] != given[1] and doc_title:
            # headline and name differ: the name where it is the <title>'s words and the headline is not
            # (Wikipedia's headline is a description), as Mozilla Readability decides
            ref = _words(doc_title)
            share = [len(_words(v) & ref) / max(1, len(_words(v))) for v in given]
            if share[1] > 0.75 >= share[0]:
                given.reverse()
        if given:
            cands.append(given[0])
            break
    for k in ("dc.title", "dcterm:title", "dcterms.title", "og:title", "twitter:title", "title", "parsely-title",
              "sailthru.title", "twitter:text:title"):
        if meta.get(k):
            cands.append(meta[k])
    if doc_title:
        cands.append(doc_title)
    cands.extend(h1s[:1])
    raw = [(c2, bool(_DANGLING.search(c1))) for c1 in cands if (c2 := _DANGLING.sub("", " ".join(unescape(c1).split())))]
    # the site's own name, or an app name that names the outlet ("Yahoo News - Latest News & Headlines";
    # some sites give the headline as the app name)
    site = {_key(meta["og:site_name"])} if meta.get("og:site_name") else set()
    for k in ("application-name", "apple-mobile-web-app-title"):
        if meta.get(k) and any(_is_outlet(p, outlets) for p in _TITLE_SEP.split(meta[k])):
            site.add(_key(meta[k]))
    others = {_key(c) for c, _ in raw} - site
    cleaned = []
    for c, dangling in raw:
        if _key(c) in site and others:
            continue  # the site's name and tagline, given as the page's title where the page has another
        c = clean_title(c, outlets, h1s, authors, sections) or c
        if _key(c) in outlets and len(raw) > 1:
            continue
        cleaned.append((c, dangling))
    if not cleaned:
        return (raw[0][0] if raw else None), h1s + logo_texts
    best, dangling = cleaned[0]
    if len(raw) == 1 and best == raw[0][0]:
        best = _lone_title(best)
    if dangling or len(best) >= 90 or _ELLIPSIS.search(best):
        for c in [c for c, _ in cleaned[1:]] + h1s:
            if _continues(_ELLIPSIS.sub("", best), c):
                best = c  # cut short: the full headline it begins
                break
    return best, h1s + logo_texts


_TRAIL_SEP = re.compile(r"\s+(?:[|–—]|::)\s+")


def _lone_title(title: str) -> str:
    """A ``<title>`` that is the page's only title (no headline in metadata, no ``<h1>``): its last
    part after a bar or a long dash goes where it is a name of three words or fewer after a headline
    of four or more ("Lorem ipsum dolor sit amet – My website"), the site's name by the convention of
    page titles, though nothing on the page names the site."""
    seps = list(_TRAIL_SEP.finditer(title))
    if not seps:
        return title
    head, tail = title[: seps[-1].start()], title[seps[-1].end():]
    if len(tail.split()) <= 3 and len(head.split()) >= 4 and tail[:1].isupper():
        return head
    return title


# --- authors ---------------------------------------------------------------------------------------------

def clean_name(raw: str) -> str | None:
    """One author's name out of a byline string: no "By", no date, role or link after it."""
    s = " ".join(unescape(raw).split())
    s = _BY.sub("", s)
    if re.match(r"(?:last\s+)?(?:updated|published|posted)\b", s, re.IGNORECASE):
        return None
    s = _NAME_CUT.split(s, maxsplit=1)[0]
    s = _lists()["roles"].sub("", s).strip(" ,;:-–—|·")
    if not s or "@" in s or "://" in s or s.casefold() in _lists()["not_names"]:
        return None
    words = s.split()
    if len(words) > 6 or not any(ch.isalpha() for ch in s) or all(len(w.strip(".")) <= 1 for w in words):
        return None
    if len(words) == 1 and s.isascii() and s.islower():  # a handle, not a name
        return None
    return s


def _split_names(raw: str) -> list[str]:
    raw = _BY.sub("", " ".join(raw.split()))
    parts = re.split(r"\s*(?:;|\band\b|\bund\b|\bet\b|\by\b|&|,(?=\s*[A-Z][^,]*\s[A-Z]))\s*", raw) \
        if not re.match(r"^[^,]+,\s*[^,\s]+(?:\s[^,\s]+)?$", raw) else [raw]
    out = []
    for i, p in enumerate(parts):
        if i and _lists()["roles"].search(p):
            continue  # "Tom Krisher, AP Auto Writer": after a name, a job title, not a second name
        n = clean_name(p)
        if n:
            out.append(n)
    return out


def _ld_names(v) -> list[str]:
    out: list[str] = []
    for a in v if isinstance(v, list) else [v]:
        if isinstance(a, dict):
            a = a.get("name")
            if isinstance(a, list):
                a = ", ".join(x for x in a if isinstance(x, str))
        if isinstance(a, str) and a.strip():
            out.extend(_split_names(a))
    return out


_BYLINE_XPATH = ("//*[@rel='author' or @itemprop='author' or contains(@class, 'byline') or contains(@class, 'Byline')"
                 " or contains(@class, 'author-name') or contains(@class, 'authorName') or contains(@class, 'author__name')]")


def page_authors(tree, meta: dict[str, str], objs: list[dict]) -> list[str]:
    for d in objs:
        if _is_article(d) and d.get("author"):
            names = _ld_names(d["author"])
            if names:
                return list(dict.fromkeys(names))
    for k in ("dc.creator", "dcterms.creator", "author", "dc.creator.author", "article:author", "og:article:author", "parsely-author",
              "sailthru.author", "byl", "cxenseparse:author", "citation_author"):
        v = meta.get(k)
        if v and "://" not in v:
            names = _split_names(v)
            if names:
                return names
    for el in tree.xpath(_BYLINE_XPATH)[:20]:
        if el.tag in ("meta", "link", "script", "style") or _in_box(el, _BYLINE_SKIP):
            continue  # a commenter's or a related story's byline is not the article's
        if el.get("itemprop") == "author":
            name_el = el.find(".//*[@itemprop='name']")
            if name_el is not None:
                el = name_el
        t = _text(el)
        if 2 < len(t) <= 120:
            names = _split_names(t)
            if names:
                return names
    return []


# --- publication date -------------------------------------------------------------------------------------

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "date",
    "article.published", "cxenseparse:recs:publishtime", "originalpublicationdate", "citation_publication_date",
)
_SKIP_BOX = re.compile(r"(?<![a-z])(?:related|recommend\w*|more|trending|popular|sidebar|widget|teaser|promo|"
                       r"card|list|rail|comments?|footer|nav|also|next|prev|latest|most)(?![a-z])")
_PUBLISHED_HINT = re.compile(r"publish|posted|pubdate|created|dateline|article-date|entry-date", re.IGNORECASE)


# for bylines, only what holds other stories' or readers' names (a "card" may be the article's own)
_BYLINE_SKIP = re.compile(r"(?<![a-z])(?:related|recommend\w*|more|trending|popular|sidebar|widget|comments?|footer|"
                          r"nav|also|latest|most)(?![a-z])")


def _in_box(el, boxes: re.Pattern = _SKIP_BOX) -> bool:
    """Inside a related/recommended box, an aside, nav, footer or comment thread."""
    for a in el.iterancestors():
        if a.tag in ("aside", "nav", "footer"):
            return True
        cls = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if cls.strip() and boxes.search(cls):
            return True
    return False


def _candidates(tree, meta: dict[str, str], objs: list[dict]) -> list[tuple[str, str]]:
    """(where, raw value) of every publication-date candidate, in order of trust."""
    out: list[tuple[str, str]] = []
    arts = [d for d in objs if _is_article(d)]
    for d in arts or objs:
        for key in ("datePublished", "dateCreated") + (("uploadDate",) if not arts else ()):
            if isinstance(d.get(key), str):
                out.append(("json-ld", d[key]))
    for key in _META_DATE_KEYS:
        if meta.get(key):
            out.append(("meta", meta[key]))
    times = [t for t in tree.xpath("//time[@datetime]|//*[@itemprop='datePublished']") if not _in_box(t)]
    times.sort(key=lambda t: not _PUBLISHED_HINT.search(f"{t.get('class') or ''} {t.get('itemprop') or ''} "
                                                          f"{t.get('pubdate') is not None and 'pubdate' or ''} "
                                                          f"{(t.getparent().get('class') or '') if t.getparent() is not None else ''}"))
    for t in times[:10]:
        v = t.get("datetime") or t.get("content") or _text(t)
        if v:
            out.append(("page", v))
    return out


def publication_date(tree, meta: dict[str, str], objs: list[dict], not_after: dt.date | None = None,
                     url: str | None = None) -> tuple[str | None, str | None]:
    """(ISO date, where it came from) of the article's publication.

    JSON-LD, then meta tags, then ``<time>`` elements outside related boxes, asides, navigation and
    footers; where none has one and the URL has no date, the page's own "Published on …" line. A candidate after ``not_after`` (the crawl date; by default tomorrow) is passed over. The
    date is the one of the outlet's own time zone: a value given in UTC is moved to the local date of
    the same moment that the page also gives, with the outlet's offset ("…T01:18Z" and
    "…T17:18-08:00": the day before) or as a local time without one ("2019-11-18 20:58:46" beside
    "2019-11-19T04:58:46Z"), or that the page's URL gives (``/2019/11/18/`` beside "2019-11-19T07:03Z":
    the day of the same moment 8 hours west); else it is taken as written.
    """
    limit = not_after or (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1))
    cands = _candidates(tree, meta, objs)
    parsed = [(how, raw, parse_datetime(raw)) for how, raw in cands]
    for how, raw, when in parsed:
        day = when.date() if when is not None else None
        if day is None:
            iso = normalize_date(raw)
            day = dt.date.fromisoformat(iso) if iso else None
        if day is None or day > limit:
            continue
        if when is not None and when.tzinfo is not None and when.utcoffset() == dt.timedelta(0):
            day = _local_day(when, parsed, url) or day
        return day.isoformat(), how
    if not date_from_url(url):
        iso = labelled_date(tree, limit)
        if iso:
            return iso, "page"
    return None, None


# "Published on 7 October 2025", "publiziert am 25. September 2018", "Publié le …", "Publicado el …"
_PUBLISHED_LABEL = re.compile(r"\b(?P<label>published|posted|first\s+published|publiziert|veröffentlicht|publié|publicado|"
                              r"pubblicato|gepubliceerd|opublikowano)\b\s*(?:on|am|le|el|il|op|dnia)?\s*:?\s*"
                              r"(?P<date>[^|•·\n]{6,40}?\d{4})\b", re.IGNORECASE)
_LABEL_TEXT = ("//text()[contains(., 'ublish') or contains(., 'osted') or contains(., 'ubliziert') or "
               "contains(., 'eröffentlicht') or contains(., 'ublié') or contains(., 'ublicado') or "
               "contains(., 'ubblicato') or contains(., 'epubliceerd') or contains(., 'publikowano')]")


def labelled_date(tree, not_after: dt.date) -> str | None:
    """The date of the page's own "Published on …" line, outside related boxes, asides, navigation
    and footers (a last resort, looked for only when no other source has a date)."""
    for node in tree.xpath(_LABEL_TEXT)[:20]:
        m = _PUBLISHED_LABEL.search(str(node))
        parent = node.getparent()
        if not m or parent is None or parent.tag in ("script", "style") or _in_box(parent):
            continue
        iso = normalize_date(m["date"]) or _date_in_words(m["date"], _LABEL_LANGUAGE.get(m["label"].casefold()[:6], ["en"]))
        if iso and iso <= not_after.isoformat():
            return iso
    return None


# the language of a "published" label (its first six letters), for dateparser: told the language, it
# parses in milliseconds; left to guess it among all its languages, in seconds
_LABEL_LANGUAGE = {"publiz": ["de"], "veröff": ["de"], "publié": ["fr"], "public": ["es", "pt"], "pubbli": ["it"],
                   "gepubl": ["nl"], "opubli": ["pl"]}


def _date_in_words(s: str, languages: list[str]) -> str | None:
    """A day, month and year written in the label's language ("30. Juli 2018"), or None."""
    try:
        import dateparser

        d = dateparser.parse(s, languages=languages,
                             settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # whatever the library raises on a strange value: not a date
        return None
    return normalize_date(d.date()) if d is not None else None


_MAX_WEST, _MAX_EAST = dt.timedelta(hours=-12), dt.timedelta(hours=14)


def _local_day(when: dt.datetime, parsed: list, url: str | None) -> dt.date | None:
    """The outlet's local day of a UTC moment, where the page says it (see :func:`publication_date`)."""
    for _, _, other in parsed:
        if other is None:
            continue
        if other.tzinfo is not None:
            if other.utcoffset() != dt.timedelta(0) and abs((other - when).total_seconds()) <= 120:
                return other.date()
        else:  # a local time without its offset: the same moment if it is a whole quarter-hour away
            off = other - when.replace(tzinfo=None)
            if off != dt.timedelta(0) and _MAX_WEST <= off <= _MAX_EAST and off.total_seconds() % 900 == 0:
                return other.date()
    url_day = date_from_url(url)
    if url_day:
        d = dt.date.fromisoformat(url_day)
        if d != when.date() and (when + _MAX_WEST).date() <= d <= (when + _MAX_EAST).date():
            return d
    return None
