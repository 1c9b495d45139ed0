"""A headline in title case, as the parser should read it.

"Trump Calls On Obama To Resign." or "Trump Addresses Munich Attack" capitalise every word; a tagger
trained on running text reads each capital as a name and finds no verb, so the headline — which holds the
lede's facts — gives no events. :func:`parse_view` gives the text the parser reads: the same text, of the
same length (offsets do not move), with the headline's common words in lower case ("Trump calls on Obama
to resign."). Only letters' case changes, and only in the first line; the article's own text is untouched.

A word of the headline is common when the article's body uses it in lower case, or, for a word the body
does not use, when it is a function word, a form of a verb the event lexicon knows ("Urges", "Resign")
or another form of a word the body uses in lower case ("Addresses" beside "addressing"). A word the body capitalises in mid-sentence is a name and keeps its capital; so do the first
word, acronyms ("U.S.", "EU") and a quotation's first word.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-z][a-z]+(?:['’][a-z]+)?")
#: headlines are short; a long first line is body text
MAX_WORDS = 25
#: share of a line's words of four letters or more that begin with a capital for it to be title case
TITLE_SHARE = 0.75


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Function words and every verb lemma the event lexicon knows."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .lexicon import lexicon
    from .stages.events.lexicon import _derived

    return frozenset(STOP_WORDS) | _derived(id(lexicon()))[1]


def _stems(word: str) -> set[str]:
    """The forms a verb lemma may take in a headline ("Urges", "Vowed", "Meeting")."""
    out = {word}
    for suffix, add in (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                        ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)] + add)
    return out


def _headline_end(text: str) -> int | None:
    """The end of a title-case headline on the text's first line, or None."""
    end = text.find("\n")
    if end <= 0:
        return None
    words = WORD.findall(text[:end])
    if not 3 <= len(words) <= MAX_WORDS:
        return None
    long = [w for w in words if len(w) >= 4]
    if len(long) < 2 or sum(w[0].isupper() for w in long) < TITLE_SHARE * len(long):
        return None
    return end


def parse_view(text: str) -> str:
    """``text`` with a title-case headline recased for the parser (same length); else ``text`` itself."""
    end = _headline_end(text)
    if end is None:
        return text
    body = text[end:]
    lower_used = set(re.findall(r"(?<![A-Za-z])[a-z]+(?:['’][a-z]+)?", body))
    lower_stems = {x for w in lower_used if len(w) > 4 for x in _stems(w) if x != w}
    # capitalised in mid-sentence: after a lower-case word, a comma or a digit and a space
    named = set(re.findall(r"(?<=[a-z0-9,;] )([A-Z][a-z]+)", body))
    common = _common()
    chars = list(text)
    first = True
    for m in WORD.finditer(text, 0, end):
        word, start = m.group(), m.start()
        before = text[max(0, start - 2):start]
        if first or any(c in before for c in "\"“‘'(") or not word[0].isupper():
            first = False
            continue
        low = word.lower()
        if word in named:
            continue
        if low in lower_used or (low not in {w.lower() for w in named} and _stems(low) & (common | lower_stems)):
            if len(word[0].lower()) == 1:
                chars[start] = word[0].lower()
    return "".join(chars)
