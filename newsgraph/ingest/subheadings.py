"""Subheadings set as bold paragraphs: ``<p><strong>What happens next</strong></p>``.

Many sites (and most CMS editors) set a section's heading as a paragraph whose whole text is one bold
run instead of an ``<h2>``. The body extractor drops the formatting, so the line would reach the text
as a paragraph of its own, unmarked, and later stages would read it as a sentence of the article. Such
a paragraph is a heading when it is short (up to 14 words, 120 characters), opens like a title (not in
lower case), does not end like a sentence or a lead-in (no final ``.``, ``,``, ``;``, ``:`` or ``。``: a
bold sentence is emphasis, "Night shifts:" opens the paragraph it belongs to) and holds at most two
sentences ("Back to Taylor! Why can't she sing it?"; three or more are a bold passage). A paragraph
holding a link is left to the residue rules (a related story's headline). The same holds for a bold
run that opens a paragraph on a line of its own (``<p><strong>Heading</strong><br>Text …</p>``): the
extractor breaks the line there, and the bold line is the heading.
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
        if any(_text(b) == text for b in p.iter("strong", "b")):
            if _reads_as_heading(p, text):
                out.add(text)
            continue
        kids = list(p)  # a bold first line: <p><strong>Heading</strong><br>Text</p>
        if len(kids) >= 2 and kids[0].tag in ("strong", "b") and kids[1].tag == "br" and not (p.text or "").strip() \
                and not (kids[0].tail or "").strip():
            line = _text(kids[0])
            if _reads_as_heading(kids[0], line):
                out.add(line)
    return out


def _reads_as_heading(el, text: str) -> bool:
    return bool(text) and len(text) <= MAX_CHARS and len(text.split()) <= MAX_WORDS \
        and not text.endswith(_NOT_AN_END) and not text[0].islower() and el.find(".//a") is None \
        and len(_SENTENCE_BREAK.findall(text)) <= 2
