"""A person's gender as the article and the person's first name give it, for pronoun agreement.

Read by the actors stage (a "he"/"she" never resolves to a person of the other gender) and by the
statements stage's speaker check (``stages/statements/speakers.py``). Two sources, in this order:

- what the article marks: an honorific before a name ("Ms. Park", "Mr. Okoro"), a gendered noun
  right before it or in apposition ("spokeswoman Jane Park", "his daughter, Ellie", "Jane Park, the
  union's spokeswoman"); marks of both genders give none;
- else the first name(s) the article gives the person, looked up in ``data/first_names.tsv.gz``: names
  the US Social Security Administration's baby-name counts give to one sex at least 95% of the time
  (public domain; built by ``tools/build_first_names.py``). "Jordan", "Kim" and names the counts do
  not hold give none;
- else a pronoun the actors stage gave the person as the only person before it in its sentence and
  that sentence's subject ("Pat Carlineo is passionate about his beliefs": ``Genders.learn``).

"f", "m" or None (nothing known, or both).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

HONORIFICS = {"ms": "f", "mrs": "f", "miss": "f", "dame": "f", "lady": "f", "madam": "f",
              "mr": "m", "sir": "m", "lord": "m"}
NOUNS = {**dict.fromkeys(("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                          "wife", "mother", "daughter", "sister", "widow", "queen", "princess", "actress",
                          "grandmother", "aunt", "niece", "woman", "duchess", "baroness"), "f"),
         **dict.fromkeys(("spokesman", "chairman", "congressman", "businessman", "councilman", "husband",
                          "father", "son", "brother", "widower", "king", "prince", "grandfather", "uncle",
                          "nephew", "man", "duke", "baron"), "m")}
#: third-person pronouns of a person and the gender each asks for
PRONOUNS = {**dict.fromkeys(("she", "her", "hers", "herself"), "f"),
            **dict.fromkeys(("he", "him", "his", "himself"), "m")}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    data = resources.files("newsgraph").joinpath("data/first_names.tsv.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, g = line.split("\t")
            out[name] = g
    return out


def first_name_gender(name: str) -> str | None:
    """The gender the SSA counts give a first name ("Helen" f, "Julian" m, "Jordan" None)."""
    return _first_names().get(name[:1].upper() + name[1:].lower()) if name else None


def _honorific(word: str) -> str | None:
    return HONORIFICS.get(word.lower().rstrip("."))


class Genders:
    """Each person actor's gender in one analysis (``of``), read once and kept; ``of_analysis`` gives
    the analysis's one instance, so what the actors stage learned (``learn``) the statements read."""

    def __init__(self, an):
        self.an = an
        self.doc = an.doc
        self.cache: dict[str, str | None] = {}

    @classmethod
    def of_analysis(cls, an) -> Genders:
        g = an.__dict__.get("_genders")
        if g is None or g.doc is not an.doc:
            g = an.__dict__["_genders"] = cls(an)
        return g

    def learn(self, actor, gender: str) -> None:
        """A gender read off a pronoun that can only be this person's ("Pat Carlineo is passionate
        about his beliefs"), for a person of none known."""
        if self.of(actor) is None:
            self.cache[actor.id] = gender

    def of(self, actor) -> str | None:
        if actor.id not in self.cache:
            self.cache[actor.id] = self._marked(actor) or self._by_first_name(actor)
        return self.cache[actor.id]

    def _by_first_name(self, actor) -> str | None:
        if actor.kind != "person":
            return None
        words = [w for w in actor.name.split() if not _honorific(w)]
        firsts = set(actor.__dict__.get("first_names", ()))
        if len(words) > 1:
            firsts.add(words[0])
        found = {g for n in firsts if (g := first_name_gender(n))}
        return found.pop() if len(found) == 1 else None

    def _marked(self, actor) -> str | None:
        seen = set()
        first = actor.name.split()[0] if len(actor.name.split()) > 1 else None
        for start, end in actor.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span) or span[0].pos_ == "PRON" or span[0].lower_ in PRONOUNS:
                continue
            words = [t.text for t in span if t.is_alpha and not _honorific(t.text)]
            if len(words) > 1 and first and words[0] != first:
                continue  # another person the actors stage merged by surname ("Ivanka Trump" in Donald's)
            before = self.doc[span.start - 1] if span.start else None
            if before is not None and before.pos_ == "PROPN" and before.text not in actor.name.split() \
                    and not _honorific(before.text):
                continue  # a longer name's last word: "Ivanka Trump" linked to Donald Trump
            g = _honorific(span[0].text) if len(span) > 1 else None
            if g is None and before is not None:  # "Ms. Park", "spokeswoman Jane Park"
                g = _honorific(before.text) or (before.text.islower() and NOUNS.get(before.text))
            if g:
                seen.add(g)
            # in apposition: "his daughter, Ellie", "Jane Park, the union's spokeswoman"
            apposed = [c for c in span.root.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
            if span.root.dep_ == "appos":
                apposed.append(span.root.head)
            seen.update(g for t in apposed if t.text.islower() and (g := NOUNS.get(t.text)))
        return seen.pop() if len(seen) == 1 else None
