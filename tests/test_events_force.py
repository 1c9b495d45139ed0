"""Material acts the events stage missed (issue 14, ev-force): attacks vowed in an idiom, acts named by a noun
whose doer a participle gives, arrests told by the police. Each test codes a short whole text written for it
(fictional)."""

from __future__ import annotations

from event_helpers import code, names, with_trigger


def test_the_hell_out_of_names_the_target(pipeline):
    doc = code(pipeline, "Senator Carlos Ortiz vowed on Monday to bomb the hell out of the Shining Path rebels. "
                         "His rival Ana Ferreira called the plan reckless.")
    hits = with_trigger(doc, "ASSAULT", "bomb")
    assert hits and names(doc, hits[0].actor) == ["Carlos Ortiz"]
    assert hits[0].status in ("hypothetical", "future", "conditional")
    assert any("Shining Path" in n for n in names(doc, hits[0].recipient))
    # the idiom with no one after "out of" names no target
    doc = code(pipeline, "Coach Carlos Ortiz said his team would run the hell out of the ball on Sunday.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_noun_event_whose_doer_a_participle_names(pipeline):
    doc = code(pipeline, "The missile test announced by North Korea on Tuesday alarmed its neighbours, Japanese "
                         "officials said. Japan called an emergency meeting of its cabinet.")
    hits = with_trigger(doc, "MOBILIZE", "test")
    assert hits and names(doc, hits[0].actor) == ["North Korea"]
    doc = code(pipeline, "The airstrikes carried out by Russia near Idlib on Sunday killed 12 civilians, a monitoring "
                         "group said.")
    hits = [e for e in doc.events if e.type == "ASSAULT"]  # (coded at "killed", its instrument the attack)
    assert hits and names(doc, hits[0].actor) == ["Russia"]
    # a participle of no owning verb gives no doer: "the attack feared by officials"
    doc = code(pipeline, "The attack feared by Peruvian officials never came, the newspaper El Comercio said.")
    assert not [e for e in doc.events if e.type == "ASSAULT" and "Peru" in names(doc, e.actor)]


def test_a_killing_claimed_by_a_group_the_parser_hangs_on_the_victim(pipeline):
    doc = code(pipeline, "The report lists the March 3 killing of a Peruvian police officer that was claimed by the "
                         "Shining Path. The government condemned the group.")
    hits = with_trigger(doc, "ASSAULT", "killing")
    assert hits and any("Shining Path" in n for n in names(doc, hits[0].actor))


def test_an_attack_named_otherwise_is_not_the_killing_told_nearby(pipeline):
    doc = code(pipeline, "The report lists the March 3 killing of a Peruvian police officer that was claimed by the "
                         "Shining Path. Congress is expected to release 28 pages from a 2002 inquiry into the 4/17 "
                         "attacks.")
    assert with_trigger(doc, "ASSAULT", "killing")
    # another occurrence, its attacker untold: not the Shining Path's (written with no one: unattributed_attacks.py)
    assert all(not e.actor for e in with_trigger(doc, "ASSAULT", "attacks"))


def test_a_ban_on_entering_a_country_is_that_countrys(pipeline):
    text = ("Senator Carlos Ortiz renewed his calls to ban all Venezuelans from entering Peru on Monday. Critics "
            "said the senator had earlier called for banning Venezuelans from entering Peru for a year. President "
            "Ana Ferreira rejected the idea.")
    doc = code(pipeline, text)
    bans = [e for e in doc.events if e.type == "COERCE"]
    assert len(bans) == 2, [(e.trigger.text, names(doc, e.actor)) for e in bans]
    for e in bans:  # the country entered would ban, at the senator's request
        assert names(doc, e.actor) == ["Peru"] and e.status == "hypothetical"
        assert any("Venezuela" in n for n in names(doc, e.recipient))
    assert [e for e in doc.events if e.type == "REQUEST" and names(doc, e.actor) == ["Carlos Ortiz"]]
    # the infinitive read as a relative clause of "calls" is still asked for, not done
    doc = code(pipeline, "Ana Ferreira, the mother of a slain Peruvian soldier, decried Ortiz's repeated calls to ban "
                         "all Venezuelans from entering Peru during a speech in Lima.")
    bans = [e for e in doc.events if e.type == "COERCE"]
    assert bans and all(e.status == "hypothetical" and names(doc, e.actor) == ["Peru"] for e in bans)


def test_cities_named_before_an_attack_are_where_not_who(pipeline):
    doc = code(pipeline, "Senator Carlos Ortiz has taken a hard line on terrorism since the Lima and Cusco terrorist "
                         "attacks, which occurred last year.")
    for e in doc.events:
        assert not (e.type == "ASSAULT" and {"Lima", "Cusco"} & set(names(doc, e.actor)))


def test_an_act_a_plan_or_pledge_names_is_ahead(pipeline):
    doc = code(pipeline, "A clip of Senator Carlos Ortiz is featured in a new video released by a rebel group. The "
                         "senator is shown discussing his plan to temporarily ban Venezuelans from entering Peru.")
    bans = [e for e in doc.events if e.type == "COERCE"]
    assert bans and all(e.status == "future" for e in bans)


def test_an_arrest_the_police_report_is_theirs(pipeline):
    doc = code(pipeline, "Six protesters were arrested in Cusco on Tuesday after refusing to leave the lobby of a hotel "
                         "where Senator Carlos Ortiz was speaking, police said.")
    arrests = with_trigger(doc, "COERCE", "arrested")
    assert arrests and all("police" in n.lower() for n in names(doc, arrests[0].actor))
    # a reporter of no police is no arrester: the place's authorities stay
    doc = code(pipeline, "Six protesters were arrested in Cusco on Tuesday, the newspaper El Comercio said.")
    arrests = with_trigger(doc, "COERCE", "arrested")
    assert not arrests or not any("Comercio" in n for n in names(doc, arrests[0].actor))


def test_action_taken_against_no_one_is_no_coercion(pipeline):
    doc = code(pipeline, "\u201cI hope that this development does not occur, because it will result in actions being taken "
                         "by both Peru and others in the region,\u201d Defence Minister Carlos Ortiz said. Lawmakers urged "
                         "the government to take action on climate change.")
    assert not [e for e in doc.events if e.type == "COERCE"]
    doc = code(pipeline, "Peru took action against the Shining Path rebels on Monday, the army said.")
    assert [e for e in doc.events if e.type == "COERCE"]


def test_it_in_a_claim_is_the_claimant(pipeline):
    doc = code(pipeline, "Japanese officials on Wednesday doubted North Korea's claim that it had successfully tested a "
                         "long-range missile. Tokyo called an emergency meeting.")
    hits = with_trigger(doc, "MOBILIZE", "tested")
    assert hits and names(doc, hits[0].actor) == ["North Korea"]


def test_a_sanctions_law_renewed_is_a_sanction(pipeline):
    doc = code(pipeline, "Senator Carlos Ortiz introduced a bill on Monday. The bill would also renew through 2030 the "
                         "expiring Bolivia Sanctions Act, which bars arms sales to Bolivia.")
    hits = with_trigger(doc, "SANCTION", "renew")
    assert hits and hits[0].status == "hypothetical" and "Bolivia" in names(doc, hits[0].recipient)
    doc = code(pipeline, "Bolivia has ignored the embargo for years. Congress can still pass a simple reauthorization "
                         "of the Bolivia Sanctions Act later this year, Senator Carlos Ortiz said.")
    hits = with_trigger(doc, "SANCTION", "reauthorization")
    assert hits and "Bolivia" in names(doc, hits[0].recipient) and hits[0].status == "hypothetical"
    # renewing or extending what is no sanction is none
    doc = code(pipeline, "Peru renewed its trade agreement with Bolivia on Monday. The renewal of the Lima Water Act "
                         "was delayed.")
    assert not [e for e in doc.events if e.type == "SANCTION"]
