"""Per-sentence PLOVER accuracy (issue 14, ev-plv): the parties of an event, on short whole articles
written for these tests (fictional events)."""

from __future__ import annotations

from event_helpers import code, names, typed, with_trigger


def test_who_made_a_rejected_proposal_is_the_other_party(pipeline):
    # "rejected a request by X", "spurned an offer from X": the one whose proposal is turned down
    doc = code(pipeline, "Chile turns down Peru\n\n"
                         "The Chilean government on Tuesday rejected a request by President Ana Ferreira of Peru "
                         "to reopen the border crossing at Tacna. Bolivia spurned an offer from Peru for direct "
                         "talks, officials said.")
    (rejected,) = with_trigger(doc, "REJECT", "rejected")
    assert names(doc, rejected.recipient) == ["Ana Ferreira"]
    (spurned,) = with_trigger(doc, "REJECT", "spurned")
    assert names(doc, spurned.actor) == ["Bolivia"] and names(doc, spurned.recipient) == ["Peru"]


def test_the_forces_a_country_sends_are_its_own_not_the_other_party(pipeline):
    # "refused to send peacekeepers to X", "is ready to contribute troops to a force in X": the troops or
    # hardware sent are what is given, the place or party they go to is the other party
    doc = code(pipeline, "Norway weighs a mission\n\n"
                         "Norway has refused to send peacekeepers to Moldova, officials said on Monday. Denmark is "
                         "ready to contribute troops and fighter jets to the mission, its defense minister "
                         "said.")
    for e in doc.events:
        assert not {"peacekeepers", "troops", "fighter jets"} & set(names(doc, e.recipient)), \
            (e.type, e.trigger.text, names(doc, e.recipient))
    (refused,) = with_trigger(doc, "REJECT", "refused")
    assert names(doc, refused.recipient) == ["Moldova"]


def test_a_state_of_siege_is_no_party(pipeline):
    doc = code(pipeline, "Siege in the north\n\n"
                         "The Bolivian government on Friday declared a state of siege in the town of Oruro after "
                         "two days of riots, officials said.")
    for e in doc.events:
        assert "state" not in [doc.actor(a).name.lower() for a in e.recipient], (e.type, e.trigger.text)


def test_the_unnamed_people_arrested_or_abducted_are_the_other_party(pipeline):
    # an arrest, a deportation, an abduction is done to people: its object is its other party even where
    # the article does not name them ("arrested a Texas man", "detained 40 more individuals")
    doc = code(pipeline, "Arrests in Lima\n\n"
                         "Peruvian police on Monday arrested a Texas man suspected of smuggling gold. Chilean "
                         "authorities deported 40 more individuals on Tuesday, officials said.")
    (arrested,) = with_trigger(doc, "COERCE", "arrested")
    assert [doc.actor(a).name for a in arrested.recipient] == ["Texas man"]
    (deported,) = with_trigger(doc, "COERCE", "deported")
    assert [doc.actor(a).name for a in deported.recipient] == ["40 more individuals"]


def test_an_arrest_of_a_process_keeps_no_party(pipeline):
    # "arrested the deterioration of …": a nominalised act is no one arrested
    doc = code(pipeline, "Arrests in Lima\n\n"
                         "The Peruvian government arrested the deterioration of the currency on Monday, officials "
                         "said.")
    for e in doc.events:
        assert not e.recipient, (e.type, e.trigger.text, names(doc, e.recipient))


def test_who_phones_someone_to_congratulate_or_apologise_does_it(pipeline):
    # "called X to congratulate him": the caller congratulates X (X is addressed, not asked to act);
    # "called X to resign" still asks X
    doc = code(pipeline, "Calls to Lima\n\n"
                         "Chilean President Luis Mora called Peruvian President Ana Ferreira on Wednesday to "
                         "congratulate her on her election. Bolivian President Jorge Rojas phoned Ferreira to "
                         "apologize for the border incident.")
    for e in doc.events:
        if e.type == "SUPPORT":
            assert names(doc, e.actor) != ["Ana Ferreira"], (e.trigger.text, names(doc, e.actor))
    (congratulate,) = with_trigger(doc, "SUPPORT", "congratulate")
    assert names(doc, congratulate.actor) == ["Luis Mora"]
    (apologize,) = with_trigger(doc, "SUPPORT", "apologize")  # the one called is the one apologised to
    assert names(doc, apologize.actor) == ["Jorge Rojas"] and names(doc, apologize.recipient) == ["Ana Ferreira"]


def test_the_doer_of_what_is_condemned_demanded_or_protested_is_the_other_party(pipeline):
    # "condemned the shelling by X", "demanded an apology from X", "in protest against abuses by X"
    doc = code(pipeline, "Tension on the border\n\n"
                         "Peru on Monday condemned the shelling of border villages by Chilean forces. Bolivia "
                         "demanded an immediate apology by Chile. Hundreds of Peruvian students staged a protest "
                         "in Lima against the abuses by Chilean police, witnesses said.")
    (condemned,) = with_trigger(doc, "ACCUSE", "condemned")
    assert names(doc, condemned.recipient) == ["Chilean forces"]
    (demanded,) = with_trigger(doc, "REQUEST", "demanded")
    assert names(doc, demanded.recipient) == ["Chile"]
    protests = typed(doc, "PROTEST")
    assert protests and all(names(doc, e.recipient) == ["Chilean police"] for e in protests), \
        [(e.trigger.text, names(doc, e.recipient)) for e in protests]


def test_the_troops_a_country_withdraws_are_its_own(pipeline):
    doc = code(pipeline, "Pullout\n\n"
                         "Chile completed the withdrawal of its troops from the border zone on Monday. Peru "
                         "withdrew 300 peacekeepers from the buffer zone last week, officials said.")
    for e in doc.events:
        assert not {"troops", "its troops", "300 peacekeepers"} & set(names(doc, e.recipient)), \
            (e.type, e.trigger.text, names(doc, e.recipient))


def test_a_protest_held_to_demand_something_of_someone_is_against_them(pipeline):
    # "staged demonstrations in Lima to demand an apology from X": the protest's other party is the one
    # asked, not the city it is held in
    doc = code(pipeline, "Students march\n\n"
                         "Thousands of Peruvian students staged demonstrations in Lima on Saturday to demand "
                         "an apology from the Peruvian government, witnesses said.")
    (staged,) = with_trigger(doc, "PROTEST", "staged")
    assert names(doc, staged.recipient) == ["Peruvian government"]


def test_lifting_a_curfew_in_a_place_concedes_to_its_people(pipeline):
    # as imposing one there is coercion of its people ("imposed a curfew in Kashmir"), lifting it is a
    # concession to them
    doc = code(pipeline, "Curfew lifted\n\n"
                         "Chile on Sunday lifted a night curfew in Bolivia's border town of Oruro, officials said. "
                         "Peru eased emergency measures in Bolivia on Monday.")
    concessions = typed(doc, "CONCEDE")
    assert concessions, [(e.type, e.trigger.text) for e in doc.events]
    for e in concessions:
        assert names(doc, e.recipient) in (["Bolivia"], ["Oruro"]), (e.trigger.text, names(doc, e.recipient))


def test_what_is_set_up_or_built_is_no_party(pipeline):
    # "agreed to set up a company", "agreed to build two field hospitals": what is made is no one acted upon
    doc = code(pipeline, "Plans in Lima\n\n"
                         "The Chilean government has agreed to set up a new transport company in Lima, officials "
                         "said on Monday. Bolivia agreed to build two field hospitals in Peru.")
    for e in doc.events:
        assert not {"new transport company", "two field hospitals"} & set(names(doc, e.recipient)), \
            (e.type, e.trigger.text, names(doc, e.recipient))
    assert with_trigger(doc, "AGREE", "agreed")


def test_who_is_tortured_is_the_other_party_not_where(pipeline):
    doc = code(pipeline, "Abuse in prison\n\n"
                         "Bolivian police tortured a 35-year-old inmate in southern Bolivia last week, his lawyer "
                         "said.")
    (tortured,) = with_trigger(doc, "ASSAULT", "tortured")
    assert [doc.actor(a).name for a in tortured.recipient] == ["35-year-old inmate"]


def test_the_kind_of_attacker_before_an_attack_is_no_target(pipeline):
    # "launched a sniper attack on X": the sniper shoots, X is attacked
    doc = code(pipeline, "Border clash\n\n"
                         "A Bolivian militia launched a sniper attack on Peruvian soldiers near the border on "
                         "Friday, officials said.")
    (launched,) = with_trigger(doc, "ASSAULT", "launched")
    assert names(doc, launched.recipient) == ["Peruvian soldiers"]
