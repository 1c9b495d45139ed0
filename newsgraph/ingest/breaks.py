"""Paragraphs set as loose text in a ``<div>``, made ``<p>`` elements before the extractor reads the page.

Some pages set the article as text straight in a ``<div>``, its paragraphs separated by two line
breaks (``Following the …<br> <br>The report claims …``). The reader sees paragraphs; the extractor
sees one ``<div>``, and where it does not read ``<div>`` text (a page with enough ``<p>`` text
elsewhere, in comments or a sidebar) it keeps only the text after each ``<br>``, which drops the
first paragraph. As Mozilla Readability does (its ``replaceBrs``), each run of text and inline
elements between such breaks, or between the container's block children, becomes a ``<p>``: the
page's own paragraph structure, written in the markup the extractor reads. A single ``<br>`` stays
a line break inside its paragraph. Preformatted text and paragraphs (``<p>``, ``<li>``) are left alone.

The same holds for a paragraph set loose between blocks (``</div>The Federal Flag Code has …<p>``, the
text after a picture's box): a ``<div>`` with block children and a run of loose text of a sentence or
more (40 characters outside links and microdata) has its runs of that length made ``<p>`` elements;
a short label or a row of links between blocks is left as it is.
"""

from __future__ import annotations

from lxml import etree

# phrasing elements: they sit inside a paragraph's text; anything else (blocks, media, custom elements
# such as AP's ``<block>``) holds its own box, and the text around it is not part of its paragraph
_INLINE = frozenset((
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong",
    "sub", "sup", "time", "tt", "u", "var", "wbr",
))
# containers whose loose text is made paragraphs
_CONTAINERS = frozenset(("div", "section", "article", "main", "center", "body"))
_KEEP = frozenset(("pre", "code", "textarea", "p", "li", "table"))
_LOOSE = 40  # characters outside links: loose text between blocks that is a sentence, not a label
# containers with loose text of their own (the rest are passed over in C)
_LOOSE_CANDIDATES = etree.XPath("//div[text()[normalize-space()]]")


def _double(br) -> bool:
    """``br`` is followed, past whitespace only, by another ``<br>``: a paragraph break."""
    nxt = br.getnext()
    return nxt is not None and nxt.tag == "br" and not (br.tail or "").strip()


def paragraphs_from_breaks(tree) -> int:
    """Wrap runs of loose text in ``<p>`` elements, in place; how many containers were rebuilt.

    In a container with a ``<br><br>`` paragraph break, every run with text; in a container with
    block children and loose text between them (``</div><em>Disclaimer: …</em><p>``), the runs of
    a sentence or more (``_LOOSE`` characters outside links): a short label or a row of links
    between blocks is left as it is."""
    holders: dict = {}
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is not None and parent not in holders and parent.tag in _CONTAINERS and _double(br):
            holders[parent] = 0
    for el in _LOOSE_CANDIDATES(tree):
        if el not in holders and _mixed(el):
            holders[el] = _LOOSE
    return sum(_rebuild(el, least) for el, least in holders.items()
               if not any(a.tag in _KEEP for a in el.iterancestors()))


def _mixed(el) -> bool:
    """Block children, and loose text of ``_LOOSE`` characters or more (outside links) beside them."""
    block = loose = False
    if el.text and el.text.strip():
        loose = True
    for ch in el:
        if _block(ch):
            block = True
        elif _counted(ch):
            loose = True
        if ch.tail and not loose and ch.tail.strip():
            loose = True
    if not (block and loose):
        return False
    run = longest = len((el.text or "").strip())
    for ch in el:
        if _block(ch):
            run = 0
        elif _counted(ch):
            run += _own_text_len(ch)
        run += len((ch.tail or "").strip())
        longest = max(longest, run)
    return longest >= _LOOSE


def _counted(el) -> bool:
    """Text of an inline element that counts as the run's own: not a link's, nor schema.org microdata
    (``itemprop`` values set as spans for machines, which the page's style hides)."""
    return isinstance(el.tag, str) and el.tag not in ("a", "br") and el.get("itemprop") is None \
        and el.get("itemscope") is None


def _own_text_len(el) -> int:
    """Characters of an inline element's text, less what its links and microdata hold."""
    n = _text_len(el)
    for d in el.iterdescendants():
        if d.tag == "a" or d.get("itemprop") is not None or d.get("itemscope") is not None:
            n -= _text_len(d)
    return max(0, n)


def _block(el) -> bool:
    return isinstance(el.tag, str) and el.tag not in _INLINE


def _text_len(el) -> int:
    return len("".join(el.itertext()).strip())


def _rebuild(el, least: int) -> bool:
    """Rebuild ``el``'s children: loose runs of text and inline elements become ``<p>`` elements (those
    with ``least`` characters of text outside links or more)."""
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
        if _block(ch):
            close()
            out.append(ch)
            text = ch.tail
            i += 1
            continue
        inline.append(ch)
        i += 1
    close()
    wrap = [_has_text(t, kids) and _unlinked(t, kids) >= least for t, kids in runs]
    if not any(wrap):
        return False
    for ch in children:
        el.remove(ch)
    el.text = None
    last = None  # the last node put back: loose text left as it was goes after it
    for item in out:
        if not isinstance(item, int):
            item.tail = None
            el.append(item)
            last = item
            continue
        t, kids = runs[item]
        if wrap[item]:
            p = etree.SubElement(el, "p")
            p.text = t
            for k in kids:
                p.append(k)
            last = p
            continue
        # not a paragraph: back as it was (a label, links, an image, whitespace)
        if t:
            if last is None:
                el.text = (el.text or "") + t
            else:
                last.tail = (last.tail or "") + t
        for k in kids:
            el.append(k)
            last = k
    return True


def _unlinked(text: str | None, kids: list) -> int:
    """Characters of a run's text outside links."""
    n = len((text or "").strip())
    for k in kids:
        if _counted(k):
            n += _own_text_len(k)
        n += len((k.tail or "").strip())
    return n


def _has_text(text: str | None, kids: list) -> bool:
    if (text or "").strip():
        return True
    return any("".join(k.itertext()).strip() or (k.tail or "").strip() for k in kids if isinstance(k.tag, str))
