"""The article's container, marked for the extractor where its own container names find none.

trafilatura looks for the article in a container it knows by name (``<article>``, ``articleBody``,
``post-content``, ``id="content"`` …). Where a page has none of these it falls back to reading every
``<p>`` of the page ("wild text"): sidebars' and footers' paragraphs come in, and the article's own
headings, lists and quotes, which are not ``<p>``, stay out. Here the container is found from the
page's structure instead: the smallest element that holds nearly all the page's running text
(paragraphs of 80 characters or more, not links, not in lists), and it is marked as the article body
(``itemprop="articleBody"``, the first name trafilatura looks for) so that the extractor reads it
whole. Where that element is ``<body>`` (paragraphs straight in the page), the body's contents are
put in a block of their own and marked. Nothing is marked where the running text is too little.
"""

from __future__ import annotations

import re

from lxml import etree
from trafilatura import xpaths as _tx

_RUNNING = 80  # characters: a paragraph of running text
_SHARE = 0.75  # of the page's running text the container must hold
_MIN_TEXT = 400  # characters of running text on the page, or nothing is marked
_FRAMES = frozenset(("article", "div", "main", "section", "body", "html"))


def _text_len(el) -> int:
    return len(" ".join("".join(el.itertext()).split()))


# trafilatura's container names (its BODY_XPATH), as one pass in Python: its XPaths, run here, cost
# 3 ms a page (the extractor runs them again); this is the same test at a tenth of that
_ID_RX = re.compile("|".join((*_tx._ARTICLE_CONTENT_ID_TOKENS, *_tx._STORY_ID_TOKENS, *_tx._MAIN_CONTENT_ID_TOKENS,
                              "^main", "^(?:articleContent|article|story|content)$")))
_CLASS_RX = re.compile("|".join((*_tx._ARTICLE_CONTENT_CLASS_TOKENS, *_tx._STORY_CLASS_TOKENS,
                                 *_tx._MAIN_CONTENT_CLASS_TOKENS, "^main", "(?i:fulltext)",
                                 "^(?:post|entry|postarea|art-postcontent|text|cell|story|content)$")))
_CM, _CP = str.maketrans("CM", "cm"), str.maketrans("CP", "cp")


def has_known_frame(tree) -> bool:
    """Whether trafilatura finds a container it knows by name (any of its ``BODY_XPATH``)."""
    if next(tree.iter("article", "main"), None) is not None:
        return True
    for el in tree.iter("div", "section"):
        cls, id_, role = el.get("class"), el.get("id"), el.get("role")
        if cls is not None and (_CLASS_RX.search(cls) or "main-content" in cls.translate(_CM)
                                or "page-content" in cls.translate(_CP)):
            return True
        if id_ is not None and (_ID_RX.search(id_) or "main-content" in id_.translate(_CM)):
            return True
        if el.get("itemprop") == "articleBody" or role is not None and (role == "article" or role.startswith("main")):
            return True
    return False


def mark_article_frame(tree) -> bool:
    """Mark the article's container where trafilatura would find none; whether one was marked."""
    if has_known_frame(tree):
        return False
    weights: dict = {}
    total = 0
    for p in tree.iter("p", "pre"):
        n = _text_len(p)
        if n < _RUNNING or any(a.tag in ("a", "li") for a in p.iterancestors()):
            continue
        links = sum(_text_len(a) for a in p.iter("a"))
        if links > 0.5 * n:
            continue
        total += n
        for a in p.iterancestors():
            weights[a] = weights.get(a, 0) + n
    if total < _MIN_TEXT:
        return False
    # the deepest element holding the share: its weight is at least _SHARE of the total, and none of
    # its children's is
    best = None
    for el, w in weights.items():
        if w >= _SHARE * total and (best is None or _depth(el) > _depth(best)):
            best = el
    # trafilatura looks for the name on these elements only (a table cell: the block around its table)
    while best is not None and best.tag not in _FRAMES:
        best = best.getparent()
    if best is None or best.tag == "html":
        return False
    if best.tag == "body":  # the text is the page's own: its contents, in a block of their own
        frame = etree.Element("div")
        frame.text, best.text = best.text, None
        for ch in list(best):
            frame.append(ch)
        best.append(frame)
        best = frame
    best.set("itemprop", "articleBody")
    return True


def _depth(el) -> int:
    return sum(1 for _ in el.iterancestors())
