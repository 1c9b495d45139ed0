"""Teaser cards of other stories: a picture and a headline linked to one other page, with a line of
its summary ("Other Opinion Columns": a thumbnail, "Fraser's lasting legacy", "MALCOLM Fraser — an
effective prime minister …").

A card is the smallest element around a linked picture that also holds a heading whose link goes to
the same address, of up to 80 words in all. The article's own picture links to the picture, not to
a page with a headline of its own, so the article keeps its figures; a list article's sections
(a linked heading and its picture over paragraphs of text) run longer than a card. A card that is
most of an ``<article>`` element is a list page's entry (a section front marks each story it lists
as an article) and stays.
"""

from __future__ import annotations

_MAX_WORDS = 80
_UP = 4  # ancestors of the picture's link looked at: a card is a small box


def _words(el) -> int:
    return len("".join(el.itertext()).split())


def _is_entry(box) -> bool:
    """The card is most of an ``<article>`` element around it: an entry of a list page (a section
    front marks each story it lists as an article), not a box beside the page's article."""
    for up in box.iterancestors("article"):
        return 2 * _words(box) >= _words(up)
    return False


def teaser_cards(picture_links: list, heading_links: dict) -> list:
    """The cards around ``picture_links`` (``<a href>`` elements holding an ``<img>``) whose headline
    link (``heading_links``: address -> the links inside the page's ``<h2>``-``<h6>``) goes to the
    same address; each card once."""
    cards: list = []
    seen: set = set()
    for a in picture_links:
        href = (a.get("href") or "").strip()
        heads = heading_links.get(href) if href and not href.startswith("#") else None
        if not heads:
            continue
        ups = []
        for up in a.iterancestors():
            if len(ups) == _UP or up.tag in ("body", "html", "article", "main"):
                break
            ups.append(up)
        for x in heads:
            if x is a:
                continue  # the headline and its picture in one link: the linked-heading rule's
            box = next((up for up, _ in zip(x.iterancestors(), range(_UP + 2), strict=False) if up in ups), None)
            if box is None or box in seen or _words(box) > _MAX_WORDS or _is_entry(box):
                continue
            seen.add(box)
            cards.append(box)
    return cards
