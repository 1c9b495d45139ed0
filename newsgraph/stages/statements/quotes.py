"""Quotation spans in article text: curly, straight, single and guillemet marks, the New York Times'
doubled apostrophes, quotes over several sentences and over paragraphs that reopen them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "‹": "›"}


@dataclass
class Quote:
    start: int  # offset of the first character inside the marks
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just past the closing mark (or the paragraph end when unclosed)


_MARKS = re.compile("[" + re.escape("".join(_PAIRS) + "'") + "]")  # where a quote may open


#: quotation spans kept per article (a real one has a few hundred at most): past it, a text of nothing
#: but quotation marks costs the later stages no more than a long article
MAX_QUOTES = 5000


def find_quotes(text: str) -> list[Quote]:
    """Quotation spans; a paragraph that ends inside a quote continues when the next reopens it. Linear
    in the length of the text: every scan moves on past what it read, or is remembered (see
    :func:`_single_close`)."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    unclosed = [-1]  # no closing single mark from here to the end of this paragraph
    while i < n and len(quotes) < MAX_QUOTES:
        mark = _MARKS.search(text, i)  # nothing happens at other characters
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "'":
            q, i = _apostrophe_quote(text, i, unclosed)
            if q is not None:
                quotes.append(q)
            continue
        if ch in _PAIRS and _opens(text, i):
            close = _PAIRS[ch]
            closers = ("”", '"') if ch in ("“", '"') else (close,)  # “…" as typed in a hurry
            j = i + 1
            start = j
            doubled = False  # “…’’ : a closing double mark typed as two apostrophes (AP copy)
            while j < n:
                c = text[j]
                if c in closers and (ch != "‘" or _closes_single(text, j)) and j > start:
                    break
                if c == "’" and ch in ("“", '"') and j + 1 < n and text[j + 1] == "’" and j > start:
                    doubled = True
                    break
                if c == "“" == ch and text[j - 1] in ",.?!" and (j + 1 == n or text[j + 1].isspace()):
                    closers = ("“",)  # “…,“ said X: an opening mark typed for the closing one
                    break
                if c == "\n":
                    # multi-paragraph quote: next paragraph opens again with the same mark
                    k = j
                    while k < n and text[k] in "\n \t":
                        k += 1
                    if k < n and text[k] == ch:
                        j = k + 1
                        continue
                    break
                j += 1
            end = j
            content_start, content_end = start, end
            while content_start < content_end and text[content_start].isspace():
                content_start += 1
            while content_end > content_start and text[content_end - 1] in " \t\n":
                content_end -= 1
            if content_end - content_start >= 2:
                closed_at = j + 2 if doubled else min(n, j + 1) if j < n and text[j] in closers else j
                quotes.append(Quote(content_start, content_end, i, closed_at))
            i = j + 2 if doubled else j + 1
        else:
            i += 1
    return quotes


def _opens(text: str, i: int, width: int = 1) -> bool:
    ch = text[i]
    prev = text[i - 1] if i else " "
    if ch in ('"', "‘", "'"):  # ambiguous marks open only after a space or bracket and before a word
        nxt = text[i + width] if i + width < len(text) else " "
        return (prev.isspace() or prev in "([{—–-:" or ch == '"' and prev in ".?!" and nxt.isupper()) \
            and not nxt.isspace()  # (…authorities."We were deceived": the space left out)
    return True


def _apostrophe_quote(text: str, i: int, unclosed: list[int]) -> tuple[Quote | None, int]:
    """The quote an apostrophe at ``i`` opens, if any, and where to read on: ''two apostrophes'' (the New
    York Times' house style) closed by two within the paragraph, or 'a straight single mark' (British
    style) closed as :func:`_single_close` has it ("don't", "the players' union", "'90s" are apostrophes)."""
    if text.startswith("''", i) and _opens(text, i, width=2):
        width, close_at = 2, text.find("''", i + 2)
        para_end = text.find("\n", i)
        if para_end != -1 and close_at > para_end:
            close_at = -1
    elif _opens(text, i) and not text[i + 1: i + 2].isdigit():
        width, close_at = 1, _single_close(text, i, unclosed)
    else:
        return None, i + 1
    if close_at == -1:
        return None, i + width
    quote = Quote(i + width, close_at, i, close_at + width) if close_at - (i + width) >= 2 else None
    return quote, close_at + width


def _single_close(text: str, i: int, unclosed: list[int] | None = None) -> int:
    """Where a quote opened by a straight single mark at ``i`` closes in its paragraph, or -1.

    Whether a mark can close depends on the mark alone, not on where the quote opened: when none does
    from ``i`` to the paragraph's end, none does from any later mark of it either, and ``unclosed[0]``
    remembers that end (a paragraph of many opening marks is read once, not once per mark)."""
    if unclosed is not None and i < unclosed[0]:
        return -1
    para_end = text.find("\n", i)
    para_end = len(text) if para_end == -1 else para_end
    j = text.find("'", i + 1, para_end)
    while j != -1:
        nxt = text[j + 1] if j + 1 < len(text) else " "
        possessive = text[j - 1] in "sS" and nxt == " " and text[j + 2: j + 3].islower()
        if not text[j - 1].isspace() and not nxt.isalnum() and not possessive:
            return j
        j = text.find("'", j + 1, para_end)
    if unclosed is not None:
        unclosed[0] = para_end
    return -1


def _closes_single(text: str, j: int) -> bool:
    nxt = text[j + 1] if j + 1 < len(text) else " "
    return not nxt.isalpha()  # "don’t" is an apostrophe, not a closing mark


_QUOTE_TOKENS = frozenset(("“", "”", '"', "``", "''"))  # quotation marks as the tokenizer gives them
