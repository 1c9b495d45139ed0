"""Whom refuge is sought from.

"80,000 Kurds sought refuge in Germany", "the dissident sought asylum in Canada": shelter sought *in* a
country is asked of that country (it grants or refuses it), so the country is the other party of the
REQUEST. Only a country counts: "sought refuge in the Maradi region" or "in a church" names where, and no
one asked.
"""

from __future__ import annotations

from ..places import resolve_places

REFUGE_NOUNS = frozenset({"refuge", "asylum", "sanctuary"})


def refuge_country(args, trig) -> list[str]:
    """The country actor a REQUEST for refuge is made in ("sought refuge in Germany"), or []."""
    if trig.type != "REQUEST":
        return []
    verb = trig.head
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REFUGE_NOUNS]
    if trig.noun is not None and trig.noun.lemma_.lower() in REFUGE_NOUNS:
        nouns.append(trig.noun)
    if not nouns:
        return []
    holders = [verb] + nouns
    found = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if len(found) != 1:
        return []
    name = found[0]
    places = resolve_places(args.an, [args.doc[name.left_edge.i:name.i + 1]])
    if not places or places[0].feature != "country" or not places[0].country:
        return []
    return [country_actor(args.an, places[0].country, args.doc[name.left_edge.i:name.i + 1])]


def country_actor(an, iso: str, span) -> str:
    """The article's actor for the country ``iso``, made if there is none yet, with ``span`` as a mention."""
    actor = next((a for a in an.actors if a.kind == "country" and a.country == iso), None)
    if actor is None:
        entry = an.kb.country(iso)
        actor = an.new_actor(name=entry.name if entry else iso, kind="country", country=iso,
                             kb_id=entry.stable_id if entry else None)
    actor.add_mention(span.start_char, span.end_char)
    an.link_tokens(list(span), actor)
    return actor.id
