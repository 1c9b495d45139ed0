"""Events a careful reader rejected on whole real pages, rewritten as short fictional articles: each test
holds one kind of error (the record that must not be written, or the field that must be right)."""

from __future__ import annotations

from event_helpers import code  # tests/event_helpers.py
from event_helpers import names as _names


def _code(pipeline, text, published="2025-05-21"):
    return code(pipeline, text, published)


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


def test_an_act_told_as_when_is_not_the_one_refrained_from(pipeline):
    # "has avoided extradition after seeking refuge": the refuge was sought; only what is avoided is not done
    doc = _code(pipeline, "Activist leaves the embassy\n\n"
                          "Marta Kowalczyk has avoided extradition to Lindia for five years after seeking refuge at "
                          "the Moravian embassy in Velgrad.\n\n"
                          "Kowalczyk refrained from criticising the Lindian government on Tuesday.")
    sought = [e for e in doc.events if e.trigger.text == "seeking"]
    assert sought, [(e.type, e.trigger.text) for e in doc.events]
    assert all(e.status == "asserted" for e in sought), [(e.type, e.status) for e in sought]
    refrained = [e for e in doc.events if e.trigger.text == "criticising"]
    assert all(e.status == "negated" for e in refrained), [(e.type, e.status) for e in refrained]


def test_releasing_documents_frees_no_one(pipeline):
    # RETREAT/release is setting people or seized property free, not publishing
    doc = _code(pipeline, "Lindia seeks publisher's extradition\n\n"
                          "Lindia is seeking the extradition of Marta Kowalczyk over her role in the release of "
                          "classified military material by the Open Files group in 2019.\n\n"
                          "Open Files released thousands of diplomatic cables that year.\n\n"
                          "Moravia released two Lindian sailors on Monday.")
    freed = [e for e in doc.events if e.type == "RETREAT"]
    assert [e.trigger.text for e in freed] == ["released"] and freed[0].trigger.start > doc.article.text.index("Moravia"), \
        [(e.type, e.trigger.text) for e in freed]


def test_if_convicted_the_subject_is_the_one_convicted(pipeline):
    doc = _code(pipeline, "Publisher faces trial\n\n"
                          "Marta Kowalczyk faces 12 charges in Lindia. If convicted, she could spend decades in jail.\n\n"
                          "When asked, Kowalczyk accused Lindian prosecutors of lying.")
    convicted = [e for e in doc.events if e.trigger.text == "convicted"]
    assert not [e for e in convicted if _names(doc, e.actor) == ["Marta Kowalczyk"]], \
        [(e.type, _names(doc, e.actor)) for e in convicted]
    assert [e for e in doc.events if e.trigger.text == "accused"]


def test_testimony_parties_read_as_a_reader_would(pipeline):
    # a hearing report: the gerund's own subject ("objected to Serbia opening an inquiry"), a request with
    # its own content is not the plea told before, shared interests are no cooperation, what is shared
    # is no party
    doc = _code(pipeline, "Envoy testifies before the committee\n\n"
                          "Former envoy Karl Brenner testified before the House committee on Tuesday.\n\n"
                          'He begged lawmakers "not to lose sight of" the war, saying it threatened the interests '
                          "mutually shared by Serbia and the U.S.\n\n"
                          "Brenner said he would have objected to Serbia opening an investigation into Senator "
                          "Paul Ostrow.\n\n"
                          "He did not realize President Mara Quist saw the request to investigate Ostrow as a "
                          "condition for aid.\n\n"
                          "Serbia shared intelligence with France last year, Brenner said.")
    opening = [e for e in doc.events if e.trigger.text == "opening"]
    assert opening and all(_names(doc, e.actor) == ["Serbia"] and e.status != "asserted" for e in opening), \
        [(_names(doc, e.actor), e.status) for e in opening]
    request = [e for e in doc.events if e.trigger.text == "request"]
    assert not [e for e in request if "Karl Brenner" in _names(doc, e.actor)], [_names(doc, e.actor) for e in request]
    assert not [e for e in doc.events if e.trigger.text == "shared" and e.trigger.start < doc.article.text.index("Brenner said")]
    shared = [e for e in doc.events if e.type == "COOPERATE"]
    assert shared and all(_names(doc, e.recipient) == ["France"] for e in shared), \
        [(_names(doc, e.actor), _names(doc, e.recipient)) for e in shared]


def test_a_campaign_stop_and_a_request_for_comment_code_nothing(pipeline):
    doc = _code(pipeline, "Candidate courts voters in the south\n\n"
                          "Former governor Karl Brenner is eager to get their attention — and their vote.\n\n"
                          "Brenner's office didn't immediately respond to the Daily Ledger's request for comment.")
    assert not [e for e in doc.events if e.trigger.text in ("eager", "request")], \
        [(e.type, e.trigger.text) for e in doc.events]


def test_crimes_committed_and_trips_home_are_no_acts(pipeline):
    doc = _code(pipeline, "Financier found dead in cell\n\n"
                          "Financier Karl Brenner, who reportedly committed suicide in August while in custody, "
                          "committed fraud for years, prosecutors said.\n\n"
                          "Nearly 150 Serbians returned home on Wednesday, officials said.")
    assert not [e for e in doc.events if e.trigger.text in ("committed", "returned")], \
        [(e.type, e.trigger.text) for e in doc.events]


def test_a_passive_with_no_agent_has_no_actor(pipeline):
    # "returned home after being deported", "was caught by police and deported": the subject suffered it;
    # the police named for the first verb did the second too
    doc = _code(pipeline, "Deportees land in Belgrade\n\n"
                          "Nearly 150 Serbians landed in Belgrade on Wednesday after being deported by Hungary for "
                          "violating visa rules.\n\n"
                          '"I tried to enter Austria but was caught by police and deported," said Marko Ilic, 24.\n\n'
                          "Dozens more Serbians are due to be released from Hungarian detention next week.")
    for e in doc.events:
        if e.trigger.text in ("deported", "released", "caught"):
            assert not {"Serbians", "Marko Ilic"} & set(_names(doc, e.actor)), (e.type, e.trigger.text, _names(doc, e.actor))
    first = [e for e in doc.events if e.trigger.text == "deported"][:1]
    assert first and _names(doc, first[0].actor) == ["Hungary"], [(e.trigger.text, _names(doc, e.actor)) for e in doc.events]


def test_a_subject_pronoun_is_not_its_own_verbs_object(pipeline):
    # "his claim that he visited Brenner": he is not Brenner
    doc = _code(pipeline, "Prince under fire\n\n"
                          "Prince Anton of Moravia met financier Karl Brenner in 2010, the palace said.\n\n"
                          "The most telling contradiction was the prince's claim that he visited Brenner in Vienna "
                          "to end their friendship.")
    visited = [e for e in doc.events if e.trigger.text == "visited"]
    for e in visited:
        assert "Karl Brenner" not in _names(doc, e.actor), (_names(doc, e.actor), _names(doc, e.recipient))


def test_coordinated_acts_share_their_first_verbs_modality(pipeline):
    # "plans to reverse … and lift sanctions", "will improve access, stop supporting rebels and cooperate":
    # nothing of it is done yet; what will stop is not asserted either
    doc = _code(pipeline, "Washington to ease Serbia sanctions\n\n"
                          "The American government plans to reverse its position on Serbia and lift trade sanctions, "
                          "officials said on Thursday.\n\n"
                          "In return, Serbia will improve access for aid groups, stop supporting rebels in Kosovo, "
                          "cease the bombing of rebel villages and cooperate with American intelligence agents.")
    for e in doc.events:
        if e.trigger.start > doc.article.text.index("American government"):
            assert e.status != "asserted", (e.type, e.trigger.text, e.status)


def test_the_dateline_places_only_what_can_happen_there(pipeline):
    # a government's act at home is not placed where the reporter files from; words said are not either
    # (only where the text says where they were said: test_event_places.py)
    doc = _code(pipeline, "US to lift Serbia sanctions\n\n"
                          "LONDON — The American government lifted its trade sanctions on Thursday, officials "
                          "said.\n\n"
                          "British Foreign Secretary Anna Lind criticized Serbia on Thursday.\n\n"
                          "Serbia expelled two Hungarian diplomats on Friday.", published="2025-05-23")
    lifted = [e for e in doc.events if e.trigger.text == "lifted"]
    assert lifted and all(e.location is None or e.location.name != "London" for e in lifted), \
        [(e.type, e.location) for e in lifted]
    criticized = [e for e in doc.events if e.trigger.text == "criticized"]
    assert criticized and criticized[0].location is None, [(e.type, e.location) for e in criticized]


def test_a_story_filed_from_another_country_is_not_placed_at_the_dateline(pipeline):
    doc = _code(pipeline, "Gunmen storm museum\n\n"
                          "CAIRO — Gunmen opened fire on visitors at Tunisia's most renowned museum on Wednesday.\n\n"
                          "The attackers stormed the building before security forces raided it. Tunisian officials "
                          "said the Tunisian army was on alert, and Tunisian President Habib Essid spoke to the "
                          "nation.", published="2025-05-22")
    placed = [(e.type, e.trigger.text) for e in doc.events if e.location is not None and e.location.name == "Cairo"]
    assert not placed, placed


def test_showing_rallying_trying_and_words_to_come(pipeline):
    # "demonstrated a willingness", "rally support": no protest; "will seek to play down": no request;
    # "will press charges": an accusation to come, no threat; "persuade both sides to stand down": asked
    doc = _code(pipeline, "Allies try to calm tensions\n\n"
                          "Serbian and Croatian leaders have demonstrated a willingness to take political risks, "
                          "President Ana Lind of Slovenia said on Monday.\n\n"
                          "The ruling party tried to rally right-wing support before the vote.\n\n"
                          "Lind and Prime Minister Karl Brenner of Austria will seek to play down the friction.\n\n"
                          "Croatia said it will press war crimes charges against Serbia.\n\n"
                          "Slovenia has been trying to persuade Serbia to stand down.")
    kinds = {(e.type, e.trigger.text) for e in doc.events}
    assert not {k for k in kinds if k[1] in ("demonstrated", "rally", "seek")}, kinds
    press = [e for e in doc.events if e.trigger.text == "press"]
    assert press and all(e.type == "ACCUSE" and e.status == "future" for e in press), [(e.type, e.status) for e in press]
    stand = [e for e in doc.events if e.trigger.text == "stand"]
    assert all(e.status != "asserted" and "Slovenia" not in _names(doc, e.actor) for e in stand), \
        [(e.status, _names(doc, e.actor)) for e in stand]


def test_an_attack_named_by_its_day_is_that_days_attack(pipeline):
    # "the attack Wednesday" refers to the attack told for Wednesday, not to gunbattles told since
    doc = _code(pipeline, "Gunmen storm museum in Tunis\n\n"
                          "Gunmen opened fire on visitors at the Bardo museum in Tunis on Wednesday, killing 19 "
                          "people.\n\n"
                          "Tunisian security forces have also fought gunbattles with jihadists at home.\n\n"
                          "But the attack Wednesday could heighten tensions in the country.\n\n"
                          "White House spokesman Josh Earnest condemned the attack.", published="2025-05-22")
    attack = [e for e in doc.events if e.trigger.text == "attack" and e.type == "ASSAULT"]
    assert attack and all("Tunisian security forces" not in _names(doc, e.actor) for e in attack), \
        [_names(doc, e.actor) for e in attack]
    condemned = [e for e in doc.events if e.trigger.text == "condemned"]
    assert condemned and all("Tunisian security forces" not in _names(doc, e.recipient) for e in condemned), \
        [_names(doc, e.recipient) for e in condemned]


def test_people_killed_in_a_state_were_not_killed_by_it(pipeline):
    doc = _code(pipeline, "President admits failure on guns\n\n"
                          "After nine churchgoers were killed in South Carolina in June, President Ana Lind admitted "
                          "the failure.\n\n"
                          "A journalist was arrested in Serbia on Monday. Serb forces were engaged in shelling "
                          "villages near the border.")
    killed = [e for e in doc.events if e.trigger.text == "killed"]
    assert not [e for e in killed if e.actor], [(_names(doc, e.actor)) for e in killed]
    arrested = [e for e in doc.events if e.trigger.text == "arrested"]
    assert arrested and _names(doc, arrested[0].actor) == ["Serbia"], [(_names(doc, e.actor)) for e in arrested]


def test_research_is_no_investigation_of_anyone(pipeline):
    doc = _code(pipeline, "Tribe studies strandings\n\n"
                          "The Ngatiwai tribe are investigating a possible link between the whale strandings and the "
                          "tree disease.\n\n"
                          "The Serbian police are investigating Senator Karl Brenner.")
    found = [(e.type, e.trigger.text, _names(doc, e.recipient)) for e in doc.events if e.trigger.text == "investigating"]
    assert len(found) == 1 and found[0][2] == ["Karl Brenner"], found


def test_soldiers_do_not_protest_and_done_acts_are_not_dated_ahead(pipeline):
    # a Monday editorial: "took to the streets this weekend" was the weekend just past, never the next one
    doc = _code(pipeline, "The view on Velgrad: a city on the brink\n\n"
                          "The Moravian army took to the city's streets to clear barricades this weekend.\n\n"
                          "Thousands of Velgrad students protested against the army this weekend.",
                published="2025-05-19")
    assert not [e for e in doc.events if e.type == "PROTEST" and "army" in " ".join(_names(doc, e.actor)).lower()]
    for e in doc.events:
        assert e.date is None or e.date.value <= "2025-05-19", (e.type, e.trigger.text, e.date.value)


def test_a_gerund_subject_also_where_the_parse_makes_it_a_complement(pipeline):
    # with "objected" in quotes the parse hangs "opening" as a complement, not an adverbial clause
    doc = _code(pipeline, "Envoy testifies\n\n"
                          'Karl Brenner later said he would have "objected" to Serbia opening an investigation into '
                          "Senator Paul Ostrow and did not realize the president saw the request as a condition.")
    opening = [e for e in doc.events if e.trigger.text == "opening"]
    assert opening and all(_names(doc, e.actor) == ["Serbia"] for e in opening), [_names(doc, e.actor) for e in opening]


def test_a_supplier_and_its_customer_give_no_aid(pipeline):
    # trade between a company's president and a grocery chain is no political aid; a state's is
    doc = _code(pipeline, "Halibut prices fall\n\n"
                          "Karl Brenner, president of Seattle-based Brenner Fish Company, supplies Northwind Markets "
                          "with fresh halibut.\n\n"
                          "Norway supplied Ukraine with air defence systems, the ministry said.")
    aid = [(e.trigger.text, _names(doc, e.actor), _names(doc, e.recipient)) for e in doc.events if e.type == "AID"]
    assert not [a for a in aid if "Karl Brenner" in a[1]], aid
    assert [a for a in aid if a[1] == ["Norway"]], aid


def test_the_possessor_of_an_arrest_is_the_one_arrested(pipeline):
    # "since his arrest", "Okafor's detention": the possessor undergoes it (no arrester named: no record);
    # with an "of" patient or a "by" agent the possessor does it ("the army's arrest of three reporters")
    doc = _code(pipeline, "Lindian banker found dead in his cell\n\n"
                          "Former minister Tomas Okafor was found dead in his cell on Sunday. His lawyer said "
                          "Okafor had been depressed since his arrest in March.\n\n"
                          "Separately, the army's arrest of three reporters in Tarvo drew protests from press "
                          "groups.")
    arrests = [e for e in doc.events if e.trigger.text == "arrest"]
    his = [e for e in arrests if doc.article.text[e.trigger.start - 4:e.trigger.start] == "his "]
    assert all("Tomas Okafor" not in _names(doc, e.actor) for e in his), \
        [(e.type, _names(doc, e.actor), _names(doc, e.recipient)) for e in his]
    army = [e for e in arrests if e not in his]
    assert army and _names(doc, army[0].actor) == ["army"] and _names(doc, army[0].recipient) == ["three reporters"]


def test_paperwork_signed_is_no_agreement_and_a_call_made_while_telling_is_made(pipeline):
    # "signed false certifications" backs no one (a treaty signed still does); "told the director,
    # repeatedly calling for an explanation": the call is made, not asked of the director
    doc = _code(pipeline, "Lindian guards charged over inmate checks\n\n"
                          "Two guards at the Lindian state prison signed false certifications saying they had "
                          "checked on the inmates, prosecutors said on Tuesday.\n\n"
                          "At a hearing on Tuesday, the prison director, Ana Ferreira, was questioned by senators. "
                          "\"You have failed these inmates,\" Senator Carlos Ortiz told Ferreira, repeatedly calling "
                          "for an explanation of the missed checks.\n\n"
                          "Chile and Peru signed a border treaty in Lima on Monday.")
    signed = [e for e in doc.events if e.trigger.text == "signed"]
    assert [e.type for e in signed] == ["SUPPORT"] and "treaty" in doc.article.text[
        signed[0].trigger.end:signed[0].trigger.end + 20]
    calls = [e for e in doc.events if e.type == "REQUEST" and e.trigger.text == "calling"]
    assert calls and calls[0].status == "asserted" and _names(doc, calls[0].actor) == ["Carlos Ortiz"]


def test_a_wh_question_takes_its_act_as_done_and_bail_breached_is_no_rejection(pipeline):
    # a subheading "What was the Chilean investigation about?" asks about an investigation that was
    # opened (not put in doubt, as "Will Chile open …?" would); "jailed for breaching his bail
    # conditions" rejects no one, breaching a ceasefire still does
    doc = _code(pipeline, "Chile drops inquiry into Tomas Okafor\n\n"
                          "Prosecutors in Chile have dropped an investigation into the banker Tomas Okafor. Okafor "
                          "was jailed in April for breaching his bail conditions.\n\n"
                          "What was the Chilean investigation about?\n\n"
                          "Chile opened the inquiry in 2021. Will Peru open an inquiry of its own?\n\n"
                          "Separately, Peru accused Bolivia of breaching the ceasefire.")
    probes = [e for e in doc.events if e.trigger.text == "investigation" and "about" in doc.article.text[
        e.trigger.end:e.trigger.end + 8]]
    assert all(e.status == "asserted" for e in probes), [(e.type, e.status) for e in probes]
    peru = [e for e in doc.events if e.trigger.text == "open"]
    assert all(e.status != "asserted" for e in peru)
    # (and the question's "Will" is no part of Peru's name)
    assert all(_names(doc, e.actor) == ["Peru"] for e in peru), [_names(doc, e.actor) for e in peru]
    breaches = [e for e in doc.events if e.trigger.text == "breaching"]
    assert len(breaches) <= 1 and all("bail" not in doc.article.text[e.trigger.end:e.trigger.end + 20]
                                      for e in breaches), [(e.type, e.trigger.start) for e in breaches]


def test_a_date_of_a_thing_named_deep_in_the_object_is_not_the_events(pipeline):
    # "dropped an investigation into an allegation made against him in 2010" was dropped now, not in 2010;
    # "is seeking his extradition over his role in the release of cables by a website in 2010" seeks now;
    # the time of the occasion an act takes place at is still its own ("met Okafor at a summit on Monday")
    doc = _code(pipeline, "Chile drops inquiry into Okafor\n\n"
                          "Prosecutors in Chile have dropped an investigation into a fraud allegation made against "
                          "the banker Tomas Okafor in 2010.\n\n"
                          "Separately, Peru is seeking Okafor's extradition from Chile over his alleged role in the "
                          "release of secret cables by a website in 2010.\n\n"
                          "Peru's president met Chile's president at a summit on Monday.")
    years = {e.trigger.text: e.date.value for e in doc.events if e.trigger.text in ("dropped", "seeking")}
    assert years and all(v != "2010" for v in years.values()), years
    met = [e for e in doc.events if e.trigger.text == "met"]
    assert met and met[0].date.value == "2025-05-19", [(e.type, e.date.value) for e in met]


def test_who_speaks_of_the_threat_is_not_who_is_judged_for_it(pipeline):
    # "the threat Mr Okafor has been warning about: the belligerent prosecution of Peru": Peru is judged,
    # not Okafor, who warns of it ("the threat Russia poses" stays Russia's)
    doc = _code(pipeline, "Chile drops inquiry into Okafor\n\n"
                          "Chile dropped its inquiry into Tomas Okafor on Tuesday.\n\n"
                          "Okafor's lawyer Ana Ferreira said: \"Let us now focus on the threat Mr Okafor has been "
                          "warning about for years: the belligerent prosecution of Peru and the threat it poses to "
                          "free speech.\"")
    judged = [_names(doc, e.recipient) for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "said"]
    assert all(not any("Okafor" in n for n in r) for r in judged), judged


def test_a_march_is_against_no_place_it_passes_or_is_held_in(pipeline):
    # "marched through central Lima … to protest against the government's decision to close the crossing on
    # the border with Bolivia, the busiest route between the two countries": the government is protested
    # against (at "protest"); the march has no recipient from its purpose's depths; "protested in Cusco": where
    doc = _code(pipeline, "Thousands march in Lima over border closure\n\n"
                          "Thousands of people marched through central Lima on Tuesday evening to protest against "
                          "the government's decision to close the Desaguadero crossing on the border with Bolivia, "
                          "the busiest trade route between the two countries.\n\n"
                          "Hundreds of residents of Puno province protested in Cusco last week against the plan.")
    marched = [e for e in doc.events if e.trigger.text == "marched"]
    assert marched and not marched[0].recipient, [_names(doc, e.recipient) for e in marched]
    protested = [e for e in doc.events if e.trigger.text == "protested"]
    assert all("Cusco" not in _names(doc, e.recipient) for e in protested)


def test_they_in_a_persons_quote_is_not_the_speaker(pipeline):
    # "“They closed the road in one night,” said Ivo Salas, a driver": they are not the driver (no act of his);
    # "we" would be his side
    doc = _code(pipeline, "Drivers stranded as Peru shuts crossing\n\n"
                          "Peru closed the Desaguadero crossing on Monday.\n\n"
                          "\"They closed the road in one night and nobody told us why,\" said Ivo Salas, a "
                          "46-year-old driver from Puno.")
    closed = [e for e in doc.events if e.trigger.text == "closed" and e.trigger.start > 60]
    assert all("Ivo Salas" not in _names(doc, e.actor) for e in closed), [_names(doc, e.actor) for e in closed]
