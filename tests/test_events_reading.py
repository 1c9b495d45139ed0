"""Events a careful reader rejected on whole real pages, rewritten as short fictional articles: each test
holds one kind of error (the record that must not be written, or the field that must be right)."""

from __future__ import annotations

from newsgraph.records import Article


def _code(pipeline, text, published="2025-05-21"):
    art = Article(id="r", source="r", text=text, published=published)
    return pipeline.analyse(art, pipeline.nlp(text))


def _names(doc, ids):
    return sorted(doc.actor(a).name for a in ids)


def test_readiness_is_no_act_done(pipeline):
    # "is ready to meet", "willing to withdraw", "eager to impose sanctions": what someone is prepared to do
    # has not been done; wanting to pull troops out is no threat
    doc = _code(pipeline, "Lindia signals a thaw\n\n"
                          "President Ana Ferreira of Lindia is ready to meet Prime Minister Tomas Okafor of Moravia "
                          "next month, her office said on Tuesday.\n\n"
                          "Ferreira has long been eager to withdraw, but her generals say Lindian troops will stay in "
                          "the border region for years.\n\n"
                          "Moravia is willing to withdraw its troops from the disputed valley, Okafor said.\n\n"
                          "Lindian lawmakers are eager to impose sanctions on Moravia's central bank.")
    for e in doc.events:
        if e.trigger.text in ("meet", "withdraw", "impose", "sanctions"):
            assert e.status != "asserted", (e.type, e.trigger.text, e.status)
    assert not [e for e in doc.events if e.type == "THREATEN" and _names(doc, e.actor) == ["Ana Ferreira"]], \
        [(e.type, e.trigger.text) for e in doc.events]


def test_a_participle_with_no_auxiliary_in_a_reported_clause_is_suffered(pipeline):
    # headline style inside a report: "says two soldiers killed", "helicopter shot down": the subject is the
    # victim, never the attacker
    doc = _code(pipeline, "Soldiers die in Moravian crash\n\n"
                          "The Lindian army says two soldiers killed while the rebels claim responsibility for "
                          "downing the helicopter.\n\n"
                          '"Lindian army helicopter shot down and destroyed last night near Velgrad," rebel spokesman '
                          "Marek Dvorsky said in a post.")
    for e in doc.events:
        if e.type in ("ASSAULT", "COERCE"):
            parties = _names(doc, e.actor)
            assert not any("soldier" in p.lower() or "helicopter" in p.lower() for p in parties), \
                (e.type, e.trigger.text, parties)
