"""Events a careful reader rejected on whole real pages (sixth reading), rewritten as short fictional
articles: each test holds one kind of error (the record that must not be written, or the field that must be
right)."""

from __future__ import annotations

from event_helpers import code, date_of


def _code(pipeline, text, published="2025-05-21"):
    return code(pipeline, text, published)


HOSTAGES = (
    "Two aid workers freed in prisoner exchange\n\n"
    "Two aid workers held by the Taliban since 2022 were released on Tuesday in an exchange for three "
    "insurgent commanders, officials said.\n\n"
    "Marta Lindqvist and Pavel Horak were abducted by gunmen wearing police uniforms near the airport in "
    "March 2022.\n\n"
    "Washington and the Taliban had been holding direct talks pursuing an agreement for US troops to begin "
    "leaving Afghanistan, but the talks stalled in the autumn.\n\n"
    "Afghan President Ashraf Ghani said he hoped the exchange would pave the way for direct talks between "
    "his government and the Taliban.")


def test_an_act_a_noun_sets_out_for_someone_is_ahead(pipeline):
    # "an agreement for US troops to begin leaving": the leaving is what the agreement would settle, not done
    doc = _code(pipeline, HOSTAGES)
    leaving = [e for e in doc.events if e.trigger.text == "leaving"]
    assert leaving and all(e.status != "asserted" for e in leaving), [(e.type, e.status) for e in leaving]


def test_talks_a_swap_would_pave_the_way_for_are_not_held(pipeline):
    # "hoped the exchange would pave the way for direct talks": talks made possible, not talks held
    doc = _code(pipeline, HOSTAGES)
    last = HOSTAGES.rindex("talks")
    talks = [e for e in doc.events if e.trigger.start == last]
    assert all(e.status != "asserted" for e in talks), [(e.type, e.status) for e in talks]
    # the talks told as held earlier stay held
    held = [e for e in doc.events if e.trigger.text == "holding"]
    assert held and held[0].status == "asserted"


def test_the_doers_participle_dates_the_act(pipeline):
    # "abducted by gunmen wearing police uniforms near the airport in March 2022": the month is the
    # abduction's, even though the parse hangs it on the gunmen's participle
    doc = _code(pipeline, HOSTAGES)
    abducted = [e for e in doc.events if e.trigger.text == "abducted"]
    assert abducted, [(e.type, e.trigger.text) for e in doc.events]
    assert date_of(abducted[0])[0] == "2022-03"


def test_the_time_of_a_participle_on_a_thing_stays_its_own(pipeline):
    # the counterpart: a participle on a thing inside a phrase keeps its own time ("an allegation made
    # against him in 2010" does not date the dropping)
    doc = _code(pipeline, "Prosecutors drop inquiry\n\n"
                          "Swedish prosecutors on Tuesday dropped an investigation into an allegation made "
                          "against Julian Assange in 2010, saying the evidence had weakened.")
    dropped = [e for e in doc.events if e.trigger.text in ("dropped", "investigation")]
    assert all(date_of(e)[0] != "2010" for e in dropped), [(e.type, date_of(e)) for e in dropped]


BASE = (
    "Ministries accuse US forces over desert camp\n\n"
    "In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused U.S. forces in "
    "southern Syria of blocking the return of refugees to their homes.\n\n"
    "The Pentagon rejected these accusations as false, and aid workers in the camp told reporters the "
    "claims were untrue.\n\n"
    "The United States will keep its military base in the desert after American troops leave Syria, "
    "officials said.\n\n"
    "An analyst described the idea that the U.S. is training the Islamic State at the base as absurd.")


def test_a_rebuttal_of_accusations_told_before_is_aimed_at_their_makers(pipeline):
    # "The Pentagon rejected these accusations": the rebutted are the ones who made them
    doc = code(pipeline, BASE, "2019-11-18")
    rejected = [e for e in doc.events if e.type == "REJECT" and e.trigger.text == "rejected"]
    assert rejected, [(e.type, e.trigger.text) for e in doc.events]
    makers = {doc.actor(a).name for a in rejected[0].recipient}
    accused = [e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "accused"]
    assert accused and makers and makers == {doc.actor(a).name for a in accused[0].actor}


def test_the_day_of_the_statement_an_act_is_done_in_dates_it(pipeline):
    # "In a joint statement published Oct. 25, the ministries accused …": the statement's day is the act's
    doc = code(pipeline, BASE, "2019-11-18")
    accused = [e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "accused"]
    assert accused and date_of(accused[0])[0] == "2019-10-25"


def test_a_present_tense_time_clause_under_a_future_is_ahead(pipeline):
    # "will keep its base after American troops leave Syria": the leaving is still to come
    doc = code(pipeline, BASE, "2019-11-18")
    leave = [e for e in doc.events if e.trigger.text == "leave"]
    assert leave and all(e.status == "future" for e in leave), [(e.type, e.status) for e in leave]


def test_an_idea_called_absurd_is_no_act_done(pipeline):
    # "the idea that the U.S. is training the Islamic State": entertained, not told as done
    doc = code(pipeline, BASE, "2019-11-18")
    training = [e for e in doc.events if e.trigger.text == "training"]
    assert all(e.status != "asserted" for e in training), [(e.type, e.status) for e in training]


def test_the_ones_trained_to_fight_do_the_fighting(pipeline):
    # "has been training the Syrian opposition forces … to fight against Islamic State": the forces fight,
    # not their trainer
    doc = code(pipeline, "US trainers stay at desert base\n\n"
                         "The U.S. military has been training the Syrian opposition forces known as Jaish "
                         "al-Badiya to fight against Islamic State, officials said on Monday.", "2019-11-18")
    fight = [e for e in doc.events if e.trigger.text == "fight"]
    assert fight, [(e.type, e.trigger.text) for e in doc.events]
    assert all("U.S. military" not in {doc.actor(a).name for a in e.actor} for e in fight), \
        [(e.type, [doc.actor(a).name for a in e.actor]) for e in fight]


def test_an_act_tried_is_not_told_as_done(pipeline):
    # "the latest move by the US to try to force the Palestinians to capitulate": neither the forcing nor
    # the capitulation happened; a done act beside it stays done
    doc = code(pipeline, "Palestinians reject settlement decision\n\n"
                         "Chief negotiator Saeb Erekat said it was the latest move by the US to try to force the "
                         "Palestinians to capitulate.\n\n"
                         "Israel seized control of the territories in 1967.", "2019-11-20")
    tried = [e for e in doc.events if e.trigger.text in ("force", "capitulate")]
    assert tried and all(e.status != "asserted" for e in tried), [(e.type, e.status) for e in tried]


def test_an_insult_told_of_another_is_no_criticism_by_the_teller(pipeline):
    # "he … called Delgado a 'traitor' and said he would hurt her, the prosecutor's office said": the
    # prosecutors report his words; they criticise no one
    doc = code(pipeline, "Ohio man admits threatening senator\n\n"
                         "A Columbus man pleaded guilty Monday to threatening to kill Senator Maria Delgado in "
                         "March, prosecutors said.\n\n"
                         "During the call, he asked about her voting record, called Delgado a \"traitor\" and said "
                         "he would hurt her, the prosecutor's office said.", "2019-11-19")
    by_office = [e for e in doc.events if e.type == "ACCUSE" and any(
        "office" in doc.actor(a).name or "prosecutor" in doc.actor(a).name for a in e.actor)]
    assert not by_office, [(e.type, e.trigger.text) for e in by_office]


def test_a_craft_shot_down_is_an_attack_whoever_claims_it(pipeline):
    # "The Taliban claimed responsibility for shooting down the helicopter": an attack by the claimant;
    # a proposal shot down stays no attack
    doc = code(pipeline, "Helicopter crash kills two\n\n"
                         "Two US service members were killed in a helicopter crash in Afghanistan, the military "
                         "said on Wednesday.\n\n"
                         "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter.\n\n"
                         "Senators later shot down a proposal to fund the mission.", "2019-11-20")
    shot = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "shooting"]
    assert shot and {doc.actor(a).name for a in shot[0].actor} == {"Taliban"}, \
        [(e.type, e.trigger.text) for e in doc.events]
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "shot"]


def test_documents_handed_over_are_no_aid(pipeline):
    # "A series of text messages Volker provided to lawmakers": evidence given to a committee, no aid; arms
    # provided stay aid
    text = ("Envoy's messages released\n\n"
            "A series of text messages Kurt Volker provided to lawmakers showed conversations about the "
            "investigations.\n\n"
            "The United States provided weapons to Ukraine in 2018.")
    doc = code(pipeline, text, "2019-11-20")
    aid = [e for e in doc.events if e.type == "AID"]
    assert [e.trigger.start for e in aid] == [text.rindex("provided")], [(e.type, e.trigger.start) for e in aid]


def test_visiting_officials_are_no_visit_of_the_one_who_told_them(pipeline):
    # "Sondland told visiting Ukraine officials they would need to deliver": the officials visit; the envoy
    # visits no one
    doc = code(pipeline, "Envoy faces questions\n\n"
                         "Ambassador Gordon Sondland will testify on Wednesday about President Donald Trump's "
                         "dealings with Ukraine.\n\n"
                         "Alexander Vindman testified about a July 10 meeting at the White House when Sondland told "
                         "visiting Ukraine officials they would need to deliver.", "2019-11-20")
    visits = [e for e in doc.events if e.trigger.text == "visiting"]
    assert all("Gordon Sondland" not in {doc.actor(a).name for a in e.actor} for e in visits), visits


def test_a_body_owned_by_a_pronoun_is_named_for_its_owner(pipeline):
    # "talks between his government and the Taliban", "his" being Ghani: "Ashraf Ghani's government", of
    # Afghanistan, not a party named "his government"
    doc = code(pipeline, "Hostages freed\n\n"
                         "Afghan President Ashraf Ghani said he hoped the swap would lead to direct talks between his "
                         "government and the Taliban.", "2019-11-19")
    talks = [e for e in doc.events if e.trigger.text == "talks"]
    assert talks, [(e.type, e.trigger.text) for e in doc.events]
    names = {doc.actor(a).name: doc.actor(a).country for a in talks[0].actor}
    assert names.get("Ashraf Ghani's government") == "AFG", names


def test_the_body_in_a_hyphenated_title_is_no_party(pipeline):
    # "an allegation against WikiLeaks co-founder Julian Assange", parsed as objects "co", "-", "Assange":
    # Assange is the party, not WikiLeaks
    doc = code(pipeline, "Sweden drops inquiry\n\n"
                         "Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks "
                         "co-founder Julian Assange.", "2019-11-20")
    for e in doc.events:
        assert "WikiLeaks" not in {doc.actor(a).name for a in e.recipient}, (e.type, e.trigger.text)
    assert any("Julian Assange" in {doc.actor(a).name for a in e.recipient} for e in doc.events)


def test_the_one_extradited_is_the_target_not_a_party_acting(pipeline):
    # "The US wants the UK to extradite Assange": the UK would hand Assange over; Assange acts with no one
    # (PLOVER's gold records target the person extradited)
    doc = code(pipeline, "Extradition fights\n\n"
                         "WikiLeaks founder Julian Assange is in a London jail.\n\n"
                         "The US wants the UK to extradite Assange, 47, over his alleged role in the release of "
                         "classified material.", "2019-11-20")
    coop = [e for e in doc.events if e.type == "COOPERATE"]
    assert all("Julian Assange" not in {doc.actor(a).name for a in e.actor} for e in coop), coop
    assert all({doc.actor(a).name for a in e.recipient} <= {"Julian Assange"} for e in coop), coop


def test_a_decision_concedes_only_an_easing(pipeline):
    # "decided to reopen the investigation" concedes nothing; "decided to ease curfew hours" does
    doc = code(pipeline, "Prosecutors reopen inquiry\n\n"
                         "Swedish prosecutors decided to reopen the investigation in May.\n\n"
                         "Egypt's presidency has decided to ease curfew hours in North Sinai.", "2019-11-20")
    conceded = [e for e in doc.events if e.type == "CONCEDE" and e.trigger.text == "decided"]
    assert [doc.actor(e.actor[0]).name for e in conceded] == ["Egypt's presidency"], \
        [(e.type, e.trigger.text) for e in doc.events]
