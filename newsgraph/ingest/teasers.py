"""Teaser cards of other stories: a picture and a headline linked to one other page, with a line of
its summary ("Other Opinion Columns": a thumbnail, "Fraser's lasting legacy", "MALCOLM Fraser — an
effective prime minister …").

A card is the smallest element around a linked picture that also holds another link of two words or
more (the headline, in a heading or not) to the same address, of up to 80 words in all. The
article's own picture links to the picture file, not to a page the text links by name; a list
article's sections (a linked heading and its picture over paragraphs of text) run longer than a card.
A card standing in an ``<article>`` element of its own is a list page's entry (a section front marks
each story it lists as an article) and stays.
"""

from __future__ import annotations

_MAX_WORDS = 80
_UP = 4  # ancestors of the picture's link looked at: a card is a small box


def _small(el, limit: int = _MAX_WORDS) -> bool:
    """``el`` holds ``limit`` words or fewer (counted only as far as the limit)."""
    n = 0
    for t in el.itertext():
        n += len(t.split())
        if n > limit:
            return False
    return True


def _is_entry(box) -> bool:
    """The card stands in an ``<article>`` element of its own (the article its parent or the one above
    it): an entry of a list page (a section front marks each story it lists as an article), not a
    box beside the page's article."""
    up = box.getparent()
    if up is None:
        return False
    return up.tag == "article" or (up.getparent() is not None and up.getparent().tag == "article")


def teaser_cards(picture_links: list, links: dict) -> list:
    """The cards around ``picture_links`` (``<a href>`` elements holding an ``<img>``) whose headline
    link (``links``: address -> the page's links that go there) goes to the same address; each card
    once."""
    cards: list = []
    seen: set = set()
    for a in picture_links:
        href = (a.get("href") or "").strip()
        heads = links.get(href) if href and not href.startswith("#") else None
        if not heads:
            continue
        ups = []
        for up in a.iterancestors():
            if len(ups) == _UP or up.tag in ("body", "html", "article", "main"):
                break
            ups.append(up)
        for x in heads:
            if x is a or len("".join(x.itertext()).split()) < 2:
                continue  # the headline and its picture in one link (the linked-heading rule's), or no headline
            box = next((up for up, _ in zip(x.iterancestors(), range(_UP + 2), strict=False) if up in ups), None)
            if box is None or box in seen or _is_entry(box) or not _small(box):
                continue
            seen.add(box)
            cards.append(box)
    return cards
