"""Wars named by the country they are fought in ("the Iraq War", "the disastrous war in Iraq", "the Vietnam
War"): PLOVER codes an ASSAULT on that country; when no side is named with the noun, the article's words leave
the attacker open, and the record has none.

"war" is no event noun of the lexicon: most of its uses name no fighting ("the war on drugs", "a trade war",
"a war of words", "the war against poverty") or no particular one ("war is not the answer"). Only a war the
text ties to a country by its name is written:

* the country as a name before the noun ("the Iraq War") or after "in" ("the war in Iraq"), a country
  of the article's actors;
* a definite noun ("the Iraq War", "the war in Syria"; not "a war in Iran", "go to war in Iran"), with no modifier of another sense
  ("trade", "cold", "price", "culture", "civil" is fine) nor "on"/"against"/"of" object ("the war on terror",
  "war of words");
* no side named with it (a possessor, a nationality, "by"/"between"/"with"): those are the nominal coder's,
  and the word stays out of its lexicon.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA

from ..places import resolve_places
from .lexicon import _Trigger

#: modifiers that make "war" no fighting ("a trade war", "the Cold War", "a price war", "culture wars")
OTHER_SENSES = frozenset({"trade", "cold", "price", "culture", "cultural", "currency", "tariff", "bidding", "turf",
                          "talent", "class", "political", "legal", "media", "propaganda", "information", "cyber",
                          "word", "words", "verbal", "budget", "tax", "holy", "drug", "drugs", "gang", "gangs", "ratings", "format", "console", "streaming"})
#: prepositions after "war" that name a cause or its talk ("the war on drugs", "a war of words")
CAUSE_PREPS = frozenset({"on", "against", "of", "over", "for"})
#: dependents that name a side of the war (the nominal coder's parties)
SIDE_DEPS = frozenset({"poss", "nmod"})


class Wars:
    """Wars named by their country (a part of :class:`~.coder.Coder`)."""

    def code_named_wars(self, seen: set) -> None:
        doc = self.doc
        wanted = {doc.vocab.strings.add(w) for w in ("war", "War", "WAR")}
        # (the lemma column read once: making a Token of every word costs more than the rest of the module)
        for i in numpy.flatnonzero(numpy.isin(doc.to_array(LEMMA), list(wanted))).tolist():
            tok = doc[i]
            if tok.lemma_.lower() != "war" or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            country = self._war_country(tok)
            if country is None:
                continue
            trig = _Trigger("ASSAULT", None, token=tok, head=tok, noun=tok)
            tense, status = self.noun_status(tok)
            self._emit(trig, [], [country], status, tense, seen, bonus=-0.1)

    def _war_country(self, war) -> str | None:
        """The article's country actor a war noun is named by, where the noun is one the module writes."""
        kids = list(war.children)
        if war.dep_ == "compound" or any(c.dep_ in SIDE_DEPS for c in kids):
            return None  # "war crimes"; "Russia's war in Ukraine": a side named
        if any(c.lower_ in OTHER_SENSES for c in kids if c.dep_ in ("amod", "compound")):
            return None
        if any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPS | {"by", "between", "with"} for c in kids):
            return None
        if any(c.dep_ in ("amod", "compound") and c.text in self.an.kb.adjectives for c in kids):
            return None  # "the American war in Vietnam": a side named by its nationality
        names = [c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN"]
        names += [g for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None  # "a war in Iran", "go to war in Iran": no war told as fought
        if len(names) != 1:
            return None
        places = resolve_places(self.an, [self.doc[names[0].left_edge.i:names[0].i + 1]])
        if not places or places[0].feature != "country":
            return None  # "the war in Aleppo": a city, no country named
        countries = self.actors_of(names)
        return countries[0] if len(countries) == 1 else None
