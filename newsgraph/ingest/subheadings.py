"""Subheadings set as bold paragraphs: ``<p><strong>What happens next</strong></p>``.

Many sites (and most CMS editors) set a section's heading as a paragraph whose whole text is one bold
run instead of an ``<h2>``. The body extractor drops the formatting, so the line would reach the text
as a paragraph of its own, unmarked, and later stages would read it as a sentence of the article. Such
a paragraph is a heading when it is short (up to 14 words, 120 characters), opens like a title (not in
lower case), does not end like a sentence or a lead-in (no final ``.``, ``,``, ``;``, ``:`` or ``。``: a
bold sentence is emphasis, "Night shifts:" opens the paragraph it belongs to) and holds at most two
sentences ("Back to Taylor! Why can't she sing it?"; three or more are a bold passage). A paragraph
holding a link is left to the residue rules (a related story's headline).
"""

from __future__ import annotations

import re

from lxml import etree

_BOLD_PARAGRAPHS = etree.XPath("//p[.//strong or .//b]")
_NOT_AN_END = (".", ",", ";", ":", "…", "。", "，", "；", "：")
_SENTENCE_BREAK = re.compile(r"[.?!](?=\s|$)|[。！？]")
MAX_WORDS = 14
MAX_CHARS = 120


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def bold_headings(tree) -> set[str]:
    """The texts (whitespace collapsed) of the page's paragraphs that are one short bold run."""
    out: set[str] = set()
    for p in _BOLD_PARAGRAPHS(tree):
        text = _text(p)
        if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or text.endswith(_NOT_AN_END) \
                or text[0].islower() or p.find(".//a") is not None or len(_SENTENCE_BREAK.findall(text)) > 2:
            continue
        if any(_text(b) == text for b in p.iter("strong", "b")):
            out.add(text)
    return out
