"""Tables used for layout, read as the blocks they hold.

Older pages (and some newer ones) set the article inside a table of one column: each row one cell,
the cell holding paragraphs, lists and headings. The reader sees the text; the extractor reads the
table as a data table, keeps each cell's own text and drops what a cell of data would not hold (a
list of points inside the cell, for one). A table whose every row has one ``<td>`` with text (and at
most empty spacer cells besides) and whose cells hold block elements is no table of data: its rows and cells become ``<div>`` elements, so
that its paragraphs, lists and headings are read as the article's. Tables of two columns or more,
and tables with header cells, stay tables.
"""

from __future__ import annotations

_BLOCKS = frozenset(("p", "ul", "ol", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dl"))
_PARTS = frozenset(("tbody", "thead", "tfoot", "tr", "td"))
_RUNNING = 80  # characters: a paragraph of running text


def _own_rows(table) -> list:
    rows = []
    for part in table:
        if part.tag == "tr":
            rows.append(part)
        elif part.tag in ("tbody", "thead", "tfoot"):
            rows.extend(r for r in part if r.tag == "tr")
    return rows


def _layout(table) -> bool:
    """No header cell, and some cell holds a block element of running text (a paragraph of data
    tables' cells does not)."""
    rows = _own_rows(table)
    if not rows:
        return False
    cells = []
    for r in rows:
        own = [c for c in r if isinstance(c.tag, str)]
        if any(c.tag != "td" for c in own):
            return False
        cells.extend(own)
    return any(isinstance(ch.tag, str) and ch.tag in _BLOCKS and _text_len(ch) >= _RUNNING
               for c in cells for ch in c)


def _text_len(el) -> int:
    return len(" ".join("".join(el.itertext()).split()))


def unwrap_layout_tables(tree) -> int:
    """Turn single-column layout tables into ``<div>`` blocks, in place; how many."""
    tables = [t for t in tree.iter("table") if _layout(t)]
    for t in tables:
        for el in [t, *(x for x in t.iter() if x.tag in _PARTS and _table_of(x) is t)]:
            el.tag = "div"
    return len(tables)


def _table_of(el):
    return next(el.iterancestors("table"), None)
