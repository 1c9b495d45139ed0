"""Paragraphs set as text broken by ``<br><br>``, made ``<p>`` elements before the extractor reads the page.

Some pages set the article as text straight in a ``<div>``, its paragraphs separated by two line
breaks (``Following the …<br> <br>The report claims …``). The reader sees paragraphs; the extractor
sees one ``<div>``, and where it does not read ``<div>`` text (a page with enough ``<p>`` text
elsewhere, in comments or a sidebar) it keeps only the text after each ``<br>``, which drops the
first paragraph. As Mozilla Readability does (its ``replaceBrs``), each run of text and inline
elements between such breaks, or between the container's block children, becomes a ``<p>``: the
page's own paragraph structure, written in the markup the extractor reads. A single ``<br>`` stays
a line break inside its paragraph. Preformatted text and paragraphs (``<p>``, ``<li>``) are left alone.
"""

from __future__ import annotations

from lxml import etree

# elements that hold their own line or box: the text around them is not part of their paragraph
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "iframe", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
    "video", "audio", "noscript", "script", "style", "template", "svg", "canvas", "object", "embed",
))
# containers whose loose text is made paragraphs
_CONTAINERS = frozenset(("div", "section", "article", "main", "center", "body"))
_KEEP = frozenset(("pre", "code", "textarea", "p", "li", "table"))


def _double(br) -> bool:
    """``br`` is followed, past whitespace only, by another ``<br>``: a paragraph break."""
    nxt = br.getnext()
    return nxt is not None and nxt.tag == "br" and not (br.tail or "").strip()


def paragraphs_from_breaks(tree) -> int:
    """Wrap each run of loose text in a container with a ``<br><br>`` paragraph break in a ``<p>``;
    how many containers were rebuilt."""
    holders = []
    seen = set()
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is None or parent in seen or parent.tag not in _CONTAINERS or not _double(br):
            continue
        seen.add(parent)
        if any(a.tag in _KEEP for a in parent.iterancestors()):
            continue
        holders.append(parent)
    return sum(_rebuild(el) for el in holders)


def _rebuild(el) -> bool:
    """Rebuild ``el``'s children: loose runs of text and inline elements become ``<p>`` elements."""
    runs: list[tuple[str | None, list]] = []  # (leading text, inline children) of each run
    out: list = []  # the new children: a run (its index in ``runs``) or a block element
    text, inline = el.text, []

    def close():
        nonlocal text, inline
        runs.append((text, inline))
        out.append(len(runs) - 1)
        text, inline = None, []

    children = list(el)
    i = 0
    while i < len(children):
        ch = children[i]
        if ch.tag == "br" and _double(ch):
            close()
            # the run of breaks (whitespace between them only): the last one's tail opens the next paragraph
            while i + 1 < len(children) and children[i + 1].tag == "br" and not (children[i].tail or "").strip():
                i += 1
            text = children[i].tail
            i += 1
            continue
        if isinstance(ch.tag, str) and ch.tag in _BLOCKS:
            close()
            out.append(ch)
            text = ch.tail
            i += 1
            continue
        inline.append(ch)
        i += 1
    close()
    if not any(_has_text(t, kids) for t, kids in runs):
        return False
    for ch in children:
        el.remove(ch)
    el.text = None
    for item in out:
        if not isinstance(item, int):
            item.tail = None
            el.append(item)
            continue
        t, kids = runs[item]
        if _has_text(t, kids):
            p = etree.SubElement(el, "p")
            p.text = t
            for k in kids:
                p.append(k)
        else:  # no text: an image, or whitespace; back as it was
            for k in kids:
                el.append(k)
    return True


def _has_text(text: str | None, kids: list) -> bool:
    if (text or "").strip():
        return True
    return any("".join(k.itertext()).strip() or (k.tail or "").strip() for k in kids if isinstance(k.tag, str))
