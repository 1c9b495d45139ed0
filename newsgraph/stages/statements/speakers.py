"""Speakers that agree with what the article says of them, checked after the passes have run.

- A "he" or "she" source the actors stage gave to a person the article marks as the other gender
  (an honorific before a name, "Ms. Park", "Mr. Okoro"; a gendered noun beside it, "the union's
  spokeswoman") goes to the most recent person named before it in the same or the previous paragraph
  whom the article marks as that gender, passing only persons marked as the other; where there is
  none, or a nearer person is not marked, it stays unresolved, not guessed.
- A definite document with no owner ("The report said …") speaks for the body whose document of the
  same kind a statement just before named ("A report by the Rural Health Trust found …").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ...lexicon import lexicon

_HONORIFICS = {"ms": "f", "mrs": "f", "miss": "f", "dame": "f", "lady": "f", "madam": "f",
               "mr": "m", "sir": "m", "lord": "m"}
_NOUNS = {**dict.fromkeys(("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                           "wife", "mother", "daughter", "sister", "widow", "queen", "princess", "actress",
                           "grandmother", "aunt", "niece", "woman", "duchess", "baroness"), "f"),
          **dict.fromkeys(("spokesman", "chairman", "congressman", "businessman", "councilman", "husband",
                           "father", "son", "brother", "widower", "king", "prince", "grandfather", "uncle",
                           "nephew", "man", "duke", "baron"), "m")}
_PRONOUNS = {"she": "f", "he": "m"}


class _Genders:
    """What the article marks of each person actor's gender: "f", "m" or None (nothing, or both)."""

    def __init__(self, an):
        self.an = an
        self.doc = an.doc
        self.cache: dict[str, str | None] = {}

    def of(self, actor) -> str | None:
        if actor.id not in self.cache:
            seen = set()
            first = actor.name.split()[0] if len(actor.name.split()) > 1 else None
            for start, end in actor.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or not len(span) or span[0].pos_ == "PRON":
                    continue
                words = [t.text for t in span if t.is_alpha and t.lower_.rstrip(".") not in _HONORIFICS]
                if len(words) > 1 and first and words[0] != first:
                    continue  # another person the actors stage merged by surname ("Ivanka Trump" in Donald's)
                before = self.doc[span.start - 1] if span.start else None
                if before is not None and before.pos_ == "PROPN" and before.text not in actor.name.split() \
                        and before.lower_.rstrip(".") not in _HONORIFICS:
                    continue  # a longer name's last word: "Ivanka Trump" linked to Donald Trump
                g = _HONORIFICS.get(span[0].lower_.rstrip(".")) if len(span) > 1 else None
                if g is None and before is not None:  # "Ms. Park", "spokeswoman Jane Park"
                    g = _HONORIFICS.get(before.lower_.rstrip(".")) or (before.text.islower() and _NOUNS.get(before.text))
                if g:
                    seen.add(g)
                # in apposition: "his daughter, Ellie", "Jane Park, the union's spokeswoman"
                apposed = [c for c in span.root.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
                if span.root.dep_ == "appos":
                    apposed.append(span.root.head)
                seen.update(g for t in apposed if t.text.islower() and (g := _NOUNS.get(t.text)))
            self.cache[actor.id] = seen.pop() if len(seen) == 1 else None
        return self.cache[actor.id]


def agree(an, statements: list) -> list:
    """The statements with their pronoun and document sources checked (see the module's text)."""
    text = an.article.text
    paragraphs = [m.start() for m in re.finditer(r"[^\n]+", text)]
    genders = _Genders(an)
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


def _pronoun(an, st, wanted: str, genders: _Genders, paragraphs):
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
