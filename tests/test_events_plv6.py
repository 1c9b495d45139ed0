"""Per-sentence PLOVER type accuracy (ev-plv6): linguistic gaps found in the PLOVER confusion table,
each shown on a short whole article written for these tests (fictional events)."""

from __future__ import annotations

from event_helpers import code, names, typed, with_trigger


def test_aid_named_by_its_object_needs_no_recipient(pipeline):
    # "is providing urgent assistance", "has been delivering humanitarian aid for months": the object
    # names aid, so it is AID though no party is named to receive it; "provided the documents" is not
    doc = code(pipeline, "Floods in the delta\n\n"
                         "The Red Cross is providing urgent assistance to meet the needs of thousands of families "
                         "displaced by flooding in the river delta, a spokeswoman said on Tuesday. Oxfam has been "
                         "delivering humanitarian aid for months through local volunteers. The regional governor "
                         "provided the documents at a news conference.")
    (providing,) = with_trigger(doc, "AID", "providing")
    assert names(doc, providing.actor) == ["International Committee of the Red Cross"]
    assert not providing.recipient
    assert names(doc, with_trigger(doc, "AID", "aid")[0].actor) == ["Oxfam"]
    assert not with_trigger(doc, "AID", "provided")


def test_what_is_given_back_goes_to_the_party_its_to_phrase_names(pipeline):
    # "returned a portrait of a young girl to Belgium": the parser hangs "to Belgium" on "girl"; the
    # country the thing is returned to is the other party (but not one inside a clause of the object:
    # "the farmland that once belonged to Moldova")
    doc = code(pipeline, "Stolen art goes home\n\n"
                         "The United States on Tuesday returned a portrait of a young girl to Belgium, 70 years "
                         "after it was stolen, officials said. Romania returned the farmland that once belonged "
                         "to Moldova, the ministry said.")
    (portrait,) = with_trigger(doc, "RETREAT", "returned")[:1]
    assert names(doc, portrait.actor) == ["United States"] and names(doc, portrait.recipient) == ["Belgium"]
    for e in doc.events:
        assert "Moldova" not in names(doc, e.recipient), (e.type, e.trigger.text)


def test_refuge_sought_in_a_country_is_asked_of_it(pipeline):
    # "sought refuge in Germany": the country that grants or refuses it is the other party; a region or a
    # building is only where ("sought shelter in a church", "in the Tarvo region")
    doc = code(pipeline, "Fleeing the fighting\n\n"
                         "Some 40,000 Valdorian villagers have sought refuge in Austria since the fighting began "
                         "in March, the UN refugee agency said on Friday. Hundreds more sought refuge in a church "
                         "near the border, aid workers said.")
    first, *rest = typed(doc, "REQUEST")
    assert names(doc, first.recipient) == ["Austria"]
    assert doc.actor(first.recipient[0]).kind == "country"
    for e in rest:
        assert not e.recipient, (e.trigger.text, names(doc, e.recipient))


def test_an_official_received_is_a_visitor_hosted(pipeline):
    # "has received the Valdorian ambassador to discuss ties": a meeting the host holds (CONSULT)
    doc = code(pipeline, "Ties with Valdoria\n\n"
                         "Prime Minister Aldo Brenner on Sunday received the Valdorian ambassador, Tomas Erkel, to "
                         "discuss trade between the two countries, his office said. The two men last met in "
                         "March.")
    (visit,) = with_trigger(doc, "CONSULT", "received")[:1]
    assert names(doc, visit.actor) == ["Aldo Brenner"]
    assert "Tomas Erkel" in names(doc, visit.recipient)


def test_being_committed_to_an_act_is_the_subjects_own_promise(pipeline):
    # "is committed to opening up the economy": the government commits (AGREE), as "committed to open up"
    # does; troops "committed to the mission" commit nothing themselves
    doc = code(pipeline, "Reform pledge\n\n"
                         "The Valdorian government is committed to opening up the telecom sector to foreign "
                         "investors, Finance Minister Ana Rusu said on Monday. Some 2,000 troops were committed to "
                         "the peacekeeping mission last year.")
    (committed,) = with_trigger(doc, "AGREE", "committed")
    assert names(doc, committed.actor) == ["Valdorian government"]


def test_a_measure_threatened_against_a_party_is_a_threat(pipeline):
    # "threatened further action against Moldova": the object names no party, its "against" phrase does;
    # "rising prices threaten the stability of the region" is no threat
    doc = code(pipeline, "Warning to Valdoria\n\n"
                         "President Elena Marsh on Tuesday threatened further action against Moldova over the "
                         "seizure of two fishing boats, her office said. Economists say rising prices threaten the "
                         "stability of the region.")
    (threat,) = typed(doc, "THREATEN")
    assert threat.trigger.text == "threatened"
    assert names(doc, threat.actor) == ["Elena Marsh"] and names(doc, threat.recipient) == ["Moldova"]


def test_an_agreement_named_by_its_content_is_that_content(pipeline):
    # "violating the ceasefire agreement" violates the ceasefire: fighting (ASSAULT), as "violated the
    # ceasefire" is; "violated the trade agreement" stays a rejection of the deal
    doc = code(pipeline, "Truce under strain\n\n"
                         "The Moldovan army and the rebels are guilty of violating the ceasefire agreement, a "
                         "monitoring group said on Friday. Romania violated the trade agreement with Moldova, the "
                         "ministry said.")
    assert with_trigger(doc, "ASSAULT", "violating")
    assert not with_trigger(doc, "REJECT", "violating")
    assert with_trigger(doc, "REJECT", "violated")


def test_a_scathing_attack_launched_on_a_day_is_words(pipeline):
    # "launched on Sunday a scathing attack on X": a time phrase on the verb does not make words force
    doc = code(pipeline, "Teachers hit out\n\n"
                         "The National Teachers Union on Sunday launched a scathing attack on the Education "
                         "Ministry over the budget, union officials said.")
    assert with_trigger(doc, "ACCUSE", "launched")
    assert not typed(doc, "ASSAULT")
