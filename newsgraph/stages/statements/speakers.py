"""Speakers that agree with what the article says of them, checked after the passes have run.

- A "he" or "she" source the actors stage gave to a person of the other gender (as the article marks
  it, an honorific before a name, "Ms. Park", "Mr. Okoro", a gendered noun beside it, "the union's
  spokeswoman", or as the first name gives it: ``newsgraph/genders.py``) goes to the most recent
  person named before it in the same or the previous paragraph of that gender, passing only persons
  of the other; where there is none, or a nearer person's gender is not known, it stays unresolved,
  not guessed. (The actors stage already keeps to the gender it knows; this catches what it did not.)
- A definite document with no owner ("The report said …") speaks for the body whose document of the
  same kind a statement just before named ("A report by the Rural Health Trust found …").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ...genders import Genders
from ...lexicon import lexicon

_PRONOUNS = {"she": "f", "he": "m"}


def agree(an, statements: list) -> list:
    """The statements with their pronoun and document sources checked (see the module's text)."""
    text = an.article.text
    paragraphs = [m.start() for m in re.finditer(r"[^\n]+", text)]
    genders = Genders.of_analysis(an)
    doc_heads = lexicon().document_heads
    out = []
    for st in statements:
        src = st.source
        if src is not None and src.actor is not None and src.text.lower() in _PRONOUNS:
            st = _pronoun(an, st, _PRONOUNS[src.text.lower()], genders, paragraphs)
        elif src is not None and src.anonymous and src.text.lower().startswith("the ") \
                and len(src.text.split()) == 2 and src.text.split()[1].lower() in doc_heads:
            st = _document(an, st, statements, paragraphs)
        out.append(st)
    return out


def _window_start(paragraphs: list[int], at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts."""
    k = bisect_right(paragraphs, at) - 1
    return paragraphs[max(0, k - 1)] if paragraphs else 0


def _pronoun(an, st, wanted: str, genders: Genders, paragraphs):
    actor = an.actor(st.source.actor)
    if actor is None or actor.kind != "person":
        return st
    have = genders.of(actor)
    if have is None or have == wanted:
        return st
    lo, at = _window_start(paragraphs, st.source.start), st.source.start
    found = []  # (mention end, actor) of the persons named before the pronoun in the window
    for a in an.actors:
        if a.kind != "person" or a.id == actor.id:
            continue
        ends = [e for s, e in a.mentions if lo <= s and e <= at]
        if ends:
            found.append((max(ends), a))
    for _end, a in sorted(found, key=lambda x: -x[0]):
        g = genders.of(a)
        if g == wanted:
            return replace(st, source=replace(st.source, actor=a.id, anonymous=False))
        if g is None:
            break  # a nearer person the article says nothing of: not guessed past
    return replace(st, source=replace(st.source, actor=None, anonymous=False))


def _document(an, st, others: list, paragraphs):
    noun = st.source.text.split()[1].lower()
    lo = _window_start(paragraphs, st.source.start)
    named = [o.source for o in others if o.source is not None and o.source.actor is not None
             and not o.source.anonymous and lo <= o.source.start < st.source.start
             and noun in (w.lower() for w in re.findall(r"\w+", o.source.text))]
    if not named:
        return st
    last = max(named, key=lambda s: s.start)  # the nearest before it
    return replace(st, source=replace(st.source, actor=last.actor, anonymous=False))
