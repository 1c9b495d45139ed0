"""Events and statements a careful reader rejected on whole real news pages (Readability's test pages,
reading b), rewritten as short fictional articles: each test holds one kind of error (the record that
must not be written, or the field that must be right)."""

from __future__ import annotations

from event_helpers import code, date_of, names
from statement_helpers import cues, show


def _code(pipeline, text, published="2025-05-21"):
    return code(pipeline, text, published)


MUSEUM = (
    "Museum attack stokes fears in Valdora\n\n"
    "Gunmen opened fire on visitors at Valdora's national museum on Wednesday, killing at least 14 people, "
    "including nine foreigners, in an assault that threatened the country's fragile calm.\n\n"
    "It was the deadliest attack in the country in more than a decade. The interior minister, Tomas Ferreira, "
    "said two attackers had been shot dead by the police.\n\n"
    "The last major attack on a civilian target in Valdora was in 2004, when militants killed more than 30 "
    "people in a car bombing outside a market in the port city of Sanmar.\n\n"
    "In 2011, hundreds of militants stormed the Valdoran parliament, shattering windows and hurling petrol "
    "bombs. But the killing of two opposition politicians in 2013 set off a fresh political crisis, and the "
    "government stepped down.")


def test_groups_counted_differently_are_different_groups(pipeline):
    # "at least 14 people" (Wednesday) and "more than 30 people" (2004) are not the same victims
    doc = _code(pipeline, MUSEUM)
    old = [e for e in doc.events if e.trigger.text == "killed" and e.trigger.start > MUSEUM.index("2004")]
    assert old, [(e.type, e.trigger.text) for e in doc.events]
    for e in old:
        assert "at least 14 people" not in names(doc, e.recipient), names(doc, e.recipient)


def test_an_attack_set_apart_as_the_last_one_is_no_mention_of_the_news(pipeline):
    # "The last major attack … was in 2004": an earlier occurrence, not the police shooting told before it
    doc = _code(pipeline, MUSEUM)
    last = [e for e in doc.events if e.trigger.start == MUSEUM.index("attack on a civilian")]
    for e in last:
        assert not {"police", "two attackers"} & set(names(doc, e.actor + e.recipient)), names(doc, e.actor)


def test_a_noun_event_dated_otherwise_is_another_occurrence(pipeline):
    # "the killing of two opposition politicians in 2013" is not the storming of parliament told for 2011
    doc = _code(pipeline, MUSEUM)
    killing = [e for e in doc.events if e.trigger.text == "killing" and e.trigger.start > MUSEUM.index("2011")]
    for e in killing:
        assert "Valdoran parliament" not in names(doc, e.recipient) and "militants" not in names(doc, e.actor), \
            (names(doc, e.actor), names(doc, e.recipient))


TRIP = (
    "Prime minister lands in Nairobi for talks on trade\n\n"
    "Prime Minister Helen Marsh lands in Kenya later on Friday for her first visit since taking office.\n\n"
    "Ms Marsh was speaking to reporters in London before departing for Kenya. She said trade between the two "
    "countries had doubled in a decade.\n\n"
    "Ms Marsh will become the first British leader to address the East African Community when she travels on "
    "to Tanzania on Sunday.")


def test_a_weekday_in_a_when_clause_of_an_act_ahead_is_ahead(pipeline):
    # "will become … when she travels on to Tanzania on Sunday": the coming Sunday, not the one gone
    doc = code(pipeline, TRIP, "2025-05-23")  # a Friday
    travels = [e for e in doc.events if e.trigger.text == "travels"]
    assert travels, [(e.type, e.trigger.text) for e in doc.events]
    for e in travels:
        assert date_of(e)[0] in (None, "2025-05-25"), date_of(e)


UNREST = (
    "Valdora's fragile calm shaken after market bombing\n\n"
    "A bomb tore through a crowded market in the capital on Saturday, killing six people. The bloodshed "
    "raised fears that militants were regrouping in the hills along the border.\n\n"
    "The blast threatened to upset a truce that had held since the spring, and the combination of rising "
    "prices and insecurity has left many families struggling.\n\n"
    "The interior minister, Ana Lucero, said the police had arrested two suspects. She said the government "
    "would not be intimidated.\n\n"
    "Analysts said the attack could weaken support for the coalition ahead of the election. In 2019, voters "
    "elected a reformist president and a parliament dominated by liberal parties.")


def test_fears_an_event_raised_are_no_ones_words(pipeline):
    # "The bloodshed raised fears that …": a feeling stirred in others, not a statement of the bloodshed's
    found = cues(UNREST)
    assert "raised" not in found, show(found)
    # the sayings of people stay
    assert "said" in found and len(found["said"]) >= 3, show(found)


def test_a_leader_landing_for_a_visit_says_nothing(pipeline):
    # "lands in Kenya … for her first visit": a trip, not words (a verb of going, as "arrive")
    found = cues(TRIP)
    assert "lands" not in found, show(found)
    assert "said" in found, show(found)


def test_voters_electing_a_president_say_nothing(pipeline):
    # "voters elected a reformist president": an act, as "appointed", not words
    found = cues(UNREST)
    assert "elected" not in found, show(found)


DEBT = (
    "As debt rises, interest costs loom over the budget\n\n"
    "Within a decade the government will spend more on interest than on its armed forces, the budget office "
    "projected on Monday.\n\n"
    "The combination, say economists, marks a journey into mostly uncharted territory. Lawmakers have "
    "shown little appetite for cutting spending or raising taxes.\n\n"
    "\u201cThe issue has just disappeared,\u201d said Senator Ruth Calder, a Democrat from Ohio.")


def test_an_inverted_parenthetical_cue_is_its_own_subjects(pipeline):
    # "The combination, say economists, marks …": the economists say it, not the combination
    found = cues(DEBT)
    assert "say" in found, show(found)
    assert all(s.source is not None and s.source.text == "economists" for s in found["say"]), show(found)


GALLERY = (
    "Gallery attack stokes fears in Valdora\n\n"
    "Gunmen opened fire on visitors at the country's best-known gallery on Wednesday, killing at least 14 "
    "people, in an assault that threatened the country's fragile calm.\n\n"
    "The attackers, dressed in army uniforms, stormed the Marlowe Gallery on Wednesday afternoon, seizing "
    "foreign tourists before security forces raided the building to end the siege.\n\n"
    "In Washington, a State Department spokesman condemned the attack and said the United States was ready "
    "to help with the investigation.\n\n"
    "The last major attack on a civilian target in the region was in 2004, when al-Shabaab militants killed more than "
    "30 people in a car bombing outside a market in the port city of Mombasa.")


def test_a_noun_dated_by_the_news_takes_no_place_from_an_attack_of_another_year(pipeline):
    # "condemned the attack" (Wednesday's, at the gallery) is not the 2004 bombing in Mombasa told later
    doc = _code(pipeline, GALLERY)
    attack = [e for e in doc.events if e.trigger.start == GALLERY.index("the attack and said") + 4]
    assert attack, [(e.type, e.trigger.text, e.trigger.start) for e in doc.events]
    for e in attack:
        assert e.location is None or "Mombasa" not in (e.location.name or ""), e.location


def test_leaders_finding_it_harder_to_act_say_nothing(pipeline):
    # "political leaders will find it harder to address …": a difficulty, not a finding reported
    text = DEBT + ("\n\nHigher interest costs mean political leaders will find it harder to address pressing "
                   "needs like fixing crumbling roads and bridges.")
    found = cues(text)
    assert "find" not in found, show(found)
