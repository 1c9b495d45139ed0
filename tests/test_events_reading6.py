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
