"""Page residue removed from the markup, before the body is extracted; and the text patterns after.

Markup first: related-story boxes, ad labels and slots, newsletter/app/podcast promotions, author bios
and bylines, the article's info line (date, section, comment count, reading time), section labels
(kickers), captions and credits, galleries, embedded posts (tweets, Instagram, TikTok) are elements
with telling class or id words (``newsgraph/data/residue.yaml``, ``box_classes``); they leave the page
before trafilatura reads it. ``<aside>`` and ``<figure>`` are removed by trafilatura itself; a caption
set as a plain italic paragraph under its picture goes by its credit (``caption_credits``). An element
holding 30% of the page's paragraph text (paragraphs in list items not counted), or the page's marked
article body (``itemprop="articleBody"``), is never removed (a site that calls its article container
``related-content`` keeps its article).

Text patterns (``lines``) are the last resort for what markup does not show; :mod:`.cleanup` applies
them line by line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .teasers import teaser_cards


@lru_cache(maxsize=1)
def _data() -> dict:
    with resources.files("newsgraph.data").joinpath("residue.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


@lru_cache(maxsize=1)
def _box_rx() -> re.Pattern:
    """One pattern for every ``box_classes`` word, bounded as a word of a class name."""
    words = "|".join(f"(?:{p})" for p in _data().get("box_classes", []))
    return re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])")


@lru_cache(maxsize=1)
def line_patterns() -> re.Pattern:
    """Whole lines that are residue (``lines`` of residue.yaml), one compiled pattern."""
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in _data().get("lines", [])) + r")$", re.IGNORECASE)


@lru_cache(maxsize=1)
def section_names() -> frozenset[str]:
    return frozenset(" ".join(s.casefold().split()) for s in _data().get("title_sections", []))


@lru_cache(maxsize=1)
def _credit_rx() -> re.Pattern:
    """A picture's credit inside a caption (``caption_credits`` of residue.yaml)."""
    return re.compile("|".join(f"(?:{p})" for p in _data().get("caption_credits", [])), re.IGNORECASE)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=16384)
def is_box(attrs: str) -> bool:
    """Whether a class/id string names a residue box: a ``box_classes`` word stands in it as a word
    or a run of words of a class name (``c-author-bio`` holds ``author-bio``; ``relatedLinks`` is
    ``related-links``; ``ad`` is in ``ad-slot`` but not in ``header``)."""
    return _box_rx().search(_CAMEL.sub("-", attrs).lower()) is not None


_KEEP_TAGS = frozenset(("html", "body", "main", "article", "h1"))


def _text_len(el) -> int:
    return sum(len(t.strip()) for t in el.itertext())


_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_SENTENCE_END = tuple(".!?:;\"”’'»")


def _link_only(el, text: str | None = None) -> bool:
    """A heading, or a short paragraph not ending like a sentence, whose text is all link text: a
    related story's headline ("Who will make the Rock Hall in 2020?" linked inside the article).
    ``text``: the element's text, words joined by single spaces, when known."""
    text = " ".join("".join(el.itertext()).split()) if text is None else text
    if not text:
        return False
    if el.tag == "p" and (len(text.split()) > 15 or text.endswith(_SENTENCE_END)):
        return False
    links = el.findall(".//a")
    if not links:
        parent = el.getparent()
        return parent is not None and parent.tag == "a" and el.tag in _HEADINGS
    return " ".join(" ".join("".join(a.itertext()).split()) for a in links).strip() == text


_RUNNING_TEXT = 80  # characters: a paragraph, not a label


def _introduces_text(h) -> bool:
    """The next element with text after the heading (past images and figures) is a paragraph of
    running text, not a link, or a list of points rather than of links."""
    nxt = h.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag == "figure" or not _text_len(nxt)):
        nxt = nxt.getnext()
    if nxt is None or _text_len(nxt) < _RUNNING_TEXT:
        return False
    if nxt.tag == "p":
        return not _link_only(nxt)
    # a list of the section's points, not of links
    return nxt.tag in ("ul", "ol") and _link_share(nxt) < 0.5


def _link_share(el) -> float:
    return sum(_text_len(a) for a in el.iter("a")) / (_text_len(el) or 1)


def _linked_sections(linked: list) -> set:
    """Of the linked headings (``linked``: headings whose text is all link text), those that head the
    article's own sections: two or more of one level under one parent, each followed by running
    text (a list article's items, "“Thumper” ($20)" linked to the game's page). A lone linked
    headline among the paragraphs is a related story's."""
    series: dict[tuple, list] = {}
    for h in linked:
        parent = h.getparent()
        if parent is None or parent.tag == "a" or not _introduces_text(h):
            continue
        series.setdefault((parent, h.tag), []).append(h)
    return {h for hs in series.values() if len(hs) >= 2 for h in hs}


def _link_list(el) -> bool:
    """A list of links to other stories among the article's paragraphs: two or more items, each
    holding a link and short (a headline, not a point of the article), the links most of the list's
    text ("More Great Stories": "The strange life and <a>mysterious death of a virtuoso coder</a>").
    Lists elsewhere (menus, widgets) are the extractor's to leave out."""
    parent = el.getparent()
    if parent is None or sum(1 for p in parent.iterchildren("p") if _text_len(p) >= _RUNNING_TEXT) < 2:
        return False
    items = el.findall("li")
    if len(items) < 2:
        return False
    for li in items:
        a = li.find(".//a")
        if a is None or len("".join(li.itertext()).split()) > 30:
            return False
    if all((a.get("href") or "#").startswith("#") for a in el.iter("a")):
        return False  # the article's table of contents
    return _link_share(el) >= 0.4


def _link_lines(p, links: list) -> bool:
    """A paragraph that is a list of links, one a line ("<a>China furious at Macron</a> [INSIGHT]<br>
    <a>Lakers vs Nets: NBA decides</a> [VIDEO]"): two or more links (``links``, the paragraph's), line
    breaks, links 75% of its text."""
    return (len(links) >= 2 and p.find(".//br") is not None
            and sum(_text_len(a) for a in links) >= 0.75 * _text_len(p))


def _link_cards(p, links: list) -> list:
    """Pop-up cards inside a paragraph: an inline element holding three or more links and nothing
    but them (a name's hover card with its latest stories), which the reader sees only on hover. The
    innermost such element: the name linked in the sentence stays."""
    found: list = []
    if len(links) < 3:
        return found
    for el in p.iter("span", "div"):
        links = el.findall(".//a") if el is not p else ()
        if len(links) >= 3 and sum(_text_len(a) for a in links) >= _text_len(el) > 0:
            found.append(el)
    inner = set()
    for el in found:
        inner.update(el.iterancestors())
    return [el for el in found if el not in inner]


def _tag_lists(tag_links: list) -> list:
    """The page's tag and category lists: the element holding links marked ``rel="tag"`` (``tag_links``)
    when its other text is a label and separators ("Tags:", "Filed under", commas), not a sentence
    with a tag in it."""
    boxes: list = []
    for a in tag_links:
        box = a.getparent()
        if box is None or box.tag in _KEEP_TAGS or box in boxes:
            continue
        rest = _text_len(box) - sum(_text_len(x) for x in box.iter("a"))
        if rest <= 30:
            boxes.append(box)
    return boxes


_CAPTION_TAGS = frozenset(("em", "i", "small", "br"))


def _plain_caption(p, text: str) -> bool:
    """A picture's caption set as a plain paragraph right after it (``<img …><p><em>Light a Wish by
    OGE Group</em></p>``, no caption markup): all its text in italics or small type, up to 40 words,
    naming a credit ("by …", "Photo: …", "(Reuters)"), the element before it a picture with no text."""
    if not text or len(text.split()) > 40 or (p.text or "").strip():
        return False
    kids = [c for c in p if isinstance(c.tag, str)]
    if not kids or any(c.tag not in _CAPTION_TAGS or (c.tail or "").strip() for c in kids):
        return False
    prev = p.getprevious()
    if prev is None or not isinstance(prev.tag, str) or (prev.tail or "").strip():
        return False
    if prev.tag != "img" and (prev.find(".//img") is None or _text_len(prev) > 0):
        return False
    return _credit_rx().search(text) is not None


_HEADING_CLASS = re.compile(r"(?<![a-z])(?:sub-?)?(?:head(?:ing|line)?|title|cross-?head)(?![a-z])")
_INLINE = frozenset(("a", "span", "strong", "b", "em", "i", "br"))


def _subheading_div(el) -> bool:
    """A subheading set as a ``<div>`` between the article's paragraphs (``<div class="subheadline">What
    tariffs has the US imposed?</div>``), which the extractor skips as it skips a layout box: named a
    heading or title, up to 20 words of inline text, a paragraph of running text after it."""
    cls = el.get("class")
    low = cls.lower() if cls else ""
    if ("head" not in low and "title" not in low) or not _HEADING_CLASS.search(_CAMEL.sub("-", cls).lower()):
        return False
    if any(ch.tag not in _INLINE for ch in el if isinstance(ch.tag, str)):
        return False
    words = len("".join(el.itertext()).split())
    if not 1 <= words <= 20:
        return False
    nxt = el.getnext()
    return nxt is not None and nxt.tag == "p" and _text_len(nxt) >= _RUNNING_TEXT


_BODYLIKE = re.compile(r"body|content|text|article|story|chunk|entry|post", re.IGNORECASE)


def merge_body_chunks(root) -> int:
    """Join an article split over sibling containers of one class ("article__chunk", each holding
    paragraphs of running text, with ads or images between them) into the first, so the extractor,
    which takes one container, takes all of them. Repeated while it joins something (containers
    joined at one level can make the ones inside them siblings). The number of containers joined."""
    total = 0
    for _ in range(4):
        n = _merge_pass(root)
        total += n
        if not n:
            break
    return total


def _merge_pass(root) -> int:
    groups: dict[tuple, list] = {}
    for el in root.iter("div", "section"):
        cls = el.get("class")
        parent = el.getparent()
        if cls and parent is not None:
            groups.setdefault((parent, el.tag, cls), []).append(el)
    merged = 0
    for (parent, _, _), members in groups.items():
        if len(members) < 2:
            continue
        texty = [m for m in members if sum(_text_len(p) for p in m.iter("p") if _text_len(p) >= 80) >= 150]
        if len(texty) < 2:
            continue
        # the later containers' contents into the first, where nothing of substance lies between
        # them (ads, images, share bars), so the text keeps its order
        first, last = texty[0], texty[-1]
        if first.getparent() is not parent or last.getparent() is not parent:  # moved with an earlier group
            continue
        kids = list(parent)
        between = kids[kids.index(first) + 1: kids.index(last)]
        if any(sib not in texty and isinstance(sib.tag, str) and _text_len(sib) >= 80 for sib in between):
            continue
        for m in texty[1:]:
            if m.text and m.text.strip():
                first.append(_text_holder(m.text))
            for ch in list(m):
                first.append(ch)
            _drop(m)
            merged += 1
    return merged


def _text_holder(text: str):
    from lxml import html as lh

    el = lh.Element("p")
    el.text = text
    return el


_BODY_IDS = frozenset(("articlebody", "article-body", "article_body"))


# a paragraph's generated anchor: one run of letters and digits with a capital inside or a digit
# ("NavzzU", "d2c1"), not a word
_GENERATED_ID = re.compile(r"^(?=[A-Za-z0-9]*(?:[a-z][A-Z]|[0-9]))[A-Za-z0-9]{4,12}$")


def _note_copy(el, text: str, cls: str | None, last: dict, copies: list) -> None:
    """Note ``el`` in ``copies`` where it repeats the paragraph before it under its parent (``last``:
    parent -> that paragraph and its text) word for word, class included."""
    parent = el.getparent()
    before = last.get(parent)
    if before is not None and len(text) > 50 and before[1] == text and before[0].get("class") == cls:
        copies.append(el)
    last[parent] = (el, text)


def prune_residue(tree, repeats: list | None = None) -> int:
    """Remove residue boxes, and linked headlines of related stories, from ``tree`` in place; join an
    article split over sibling containers. The number of elements removed.

    ``repeats``, when given, receives the paragraphs (of more than 50 characters; ``<p>``s, and
    ``<div>``s of text alone) that repeat the previous paragraph under the same parent word for word,
    class included (the extractor keeps one of such copies), that are still on the page after the
    pruning."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    merge_body_chunks(root)
    # the page's paragraphs, less those in list items (a gallery's captions, teasers of other stories)
    listed = {p for li in root.iter("li") for p in li.iter("p")}
    total = sum(_text_len(p) for p in root.iter("p") if p not in listed) or 1
    doomed = []
    linked = []  # headings that are all link text: a related story's, or a list article's sections
    last_p: dict = {}  # parent -> its last paragraph so far, and that paragraph's text
    copies = []
    tag_links = []
    picture_links = []  # links holding a picture: a teaser card's thumbnail, or the article's own figure
    page_links: dict = {}  # address -> the page's links that go there
    hidden = []  # elements the page does not render: gone whatever their share of the text
    marks = []  # the article's own container, as the page marks it
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        ident = el.get("id")
        if el.get("itemprop") == "articleBody" or ident and len(ident) in (11, 12) and ident.lower() in _BODY_IDS:
            marks.append(el)
        if tag in _KEEP_TAGS:
            continue
        cls = el.get("class")
        if el.get("hidden") not in (None, "until-found"):  # not rendered (until-found: shown on a search)
            hidden.append(el)
            continue
        if tag == "div" and not len(el) and el.text and len(el.text) > 50:
            # a paragraph set as a ``<div>`` of text alone: its repeats are the reader's too
            _note_copy(el, " ".join(el.text.split()), cls, last_p, copies)
        if tag == "p":
            text = " ".join("".join(el.itertext()).split())
            _note_copy(el, text, cls, last_p, copies)
            if len(text) >= _RUNNING_TEXT and _GENERATED_ID.match(el.get("id") or ""):
                del el.attrib["id"]  # an anchor, which the extractor may read as a box's name ("NavzzU": nav)
            if _link_only(el, text) or _plain_caption(el, text):
                doomed.append(el)
                continue
            if len(links := el.findall(".//a")) >= 2:
                if _link_lines(el, links):
                    doomed.append(el)
                    continue
                doomed.extend(_link_cards(el, links))
        elif tag in _HEADINGS:
            if _link_only(el):
                linked.append(el)
                continue
        elif tag == "a":
            if "tag" in (el.get("rel") or "").split():
                tag_links.append(el)
            if href := el.get("href"):
                page_links.setdefault(href.strip(), []).append(el)
        elif tag == "img":
            up = el.getparent()
            if up is not None and (up.tag == "a" or (up := up.getparent()) is not None and up.tag == "a"):
                picture_links.append(up)  # the picture's link, the img in it or one element down
        elif (tag == "ul" or tag == "ol") and _link_list(el):
            doomed.append(el)
            continue
        ident = el.get("id")  # the paragraph's, dropped above where generated
        if not (cls and cls.strip()) and not (ident and ident.strip()):
            continue
        if is_box(f"{cls or ''} {ident or ''}"):
            doomed.append(el)
        elif tag == "div" and _subheading_div(el):
            el.tag = "h3"  # read as the heading it is
    # never the article's own container, as the page marks it (``itemprop="articleBody"``,
    # ``id="articleBody"``), whatever it is set in (text between ``<br>``s is no ``<p>`` to count)
    keep = {a for b in marks for a in (b, *b.iterancestors())}
    sections = _linked_sections(linked)
    doomed.extend(h for h in linked if h not in sections)
    doomed.extend(_tag_lists(tag_links))
    doomed.extend(teaser_cards(picture_links, page_links))
    removed = 0
    for el in hidden:
        if el.getparent() is not None:
            _drop(el)
            removed += 1
    for el in doomed:
        if el.getparent() is None:
            continue
        # never the article itself: a box holds a small share of the page's paragraphs and no headline
        paras = sum(_text_len(p) for p in el.iter("p") if p not in listed)
        if paras > 0.3 * total or el in keep or el.find(".//h1") is not None or el.find(".//article") is not None:
            continue
        _drop(el)
        removed += 1
    if repeats is not None:
        top = root.getroottree().getroot()
        repeats.extend(p for p in copies if p.getroottree().getroot() is top)
    return removed


def _drop(el) -> None:
    """Remove an element, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
