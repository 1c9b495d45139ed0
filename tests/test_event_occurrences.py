"""The mentions of one occurrence (events/occurrences.py): a mention that refers back to an occurrence
takes the date and place another mention of it states, with the words they come from; where the
occurrence meant is in doubt, or the act is one of words, nothing is given. Short whole articles written
for the tests (fictional events)."""

from __future__ import annotations

from event_helpers import at as _at  # tests/event_helpers.py
from event_helpers import code as _code

TALKS = ("Chile and Peru fail to settle border dispute\n\n"
         "Chile's foreign minister, Ana Ferreira, met Peru's foreign minister, Jorge Salas, in Lima on Monday to "
         "discuss the disputed border.\n\n"
         "Ferreira criticized Peru on Monday for closing the border crossing.\n\n"
         "Speaking in Santiago on Thursday, Ferreira said her talks with Salas had been frank. Her criticism of "
         "Peru was welcomed by Chilean lawmakers.\n")


def test_a_mention_takes_the_day_and_place_the_occurrence_is_told_with(pipeline):
    # "her talks with Salas" is Monday's meeting in Lima, told again on Thursday in Santiago: its day and
    # place are the meeting's, with the words and offsets of the mention that states them
    doc = _code(pipeline, TALKS)
    talks = _at(doc, "talks")
    assert talks.type == "CONSULT"
    assert (talks.date.value, talks.date.basis, talks.date.text) == ("2025-03-10", "context", "Monday")
    assert TALKS[talks.date.start:talks.date.end] == "Monday" and talks.date.start < TALKS.index("Ferreira criticized")
    assert talks.location is not None and talks.location.name == "Lima"
    assert TALKS[talks.location.start:talks.location.end] == "Lima"


def test_an_act_of_words_is_no_sure_mention_of_one_told(pipeline):
    # "her criticism of Peru" may be Monday's or another day's words: no date is given to it
    doc = _code(pipeline, TALKS)
    criticism = _at(doc, "criticism")
    assert criticism.type == "ACCUSE"
    assert criticism.date is None or criticism.date.value is None


def test_a_mention_that_could_mean_two_occurrences_gets_nothing(pipeline):
    # two attacks by the rebels, on two days in two places: "the rebels' attack" could be either
    text = ("Peru's president vows to catch rebels\n\n"
            "On March 2, rebels attacked a police post in Cusco, wounding a police officer.\n\n"
            "On March 8, rebels attacked an army base in Puno, killing two soldiers.\n\n"
            "President Luis Ortiz of Peru condemned the rebels' attack and promised to catch them.\n")
    doc = _code(pipeline, text)
    told = [e for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "attacked"]
    assert {e.date.value for e in told} == {"2025-03-02", "2025-03-08"}
    attack = _at(doc, "attack")
    assert attack.date is None or attack.date.value is None
    assert attack.location is None


def test_the_news_of_the_day_is_dated_by_the_lede(pipeline):
    # the lede dates Ferreira's demand (Thursday); her next act, told in the simple past with no time of its
    # own, is Thursday's news too; another actor's undated act may be background: no date
    text = ("Ferreira urges Peru to reopen the border\n\n"
            "President Ana Ferreira of Chile urged Peru on Thursday to reopen the border crossing at Tacna.\n\n"
            "Ferreira also called for talks with Lima on the dispute.\n\n"
            "Peru's president, Luis Ortiz, accused Chile of smuggling.\n")
    doc = _code(pipeline, text)
    called = _at(doc, "called")
    assert (called.date.value, called.date.basis, called.date.text) == ("2025-03-13", "context", "Thursday")
    assert text[called.date.start:called.date.end] == "Thursday"
    accused = _at(doc, "accused")
    assert accused.date is None or accused.date.value is None


def test_an_act_told_with_another_of_the_same_scene_takes_its_place(pipeline):
    # "when Lind criticized … and accused …": both acts are at the rally in Cusco; the minister's
    # accusation, with a subject of its own, is not placed by Ortiz's speech in Lima
    text = ("Peru senator accuses president of corruption\n\n"
            "Tempers flared at a rally in Cusco on Tuesday night when Senator Tomas Lind criticized the government "
            "and accused President Luis Ortiz of corruption.\n\n"
            "Ortiz spoke to supporters in Lima on Wednesday, and his minister accused Lind of lying.\n")
    doc = _code(pipeline, text)
    first, second = [e for e in doc.events if e.trigger.text == "accused"]
    assert first.location is not None and first.location.name == "Cusco"
    assert text[first.location.start:first.location.end] == "Cusco"
    assert second.location is None


def test_a_country_an_act_bears_on_is_not_its_place(pipeline):
    # "pressure on Peru": Peru is whom the pressure is on, not where it was put
    text = ("Chile presses Peru over border\n\n"
            "Chile stepped up pressure on Peru on Saturday to reopen the border crossing.\n")
    doc = _code(pipeline, text)
    pressure = _at(doc, "pressure")
    assert pressure.type == "REQUEST" and pressure.location is None


def test_a_relative_clause_of_another_act_does_not_date_an_event_noun(pipeline):
    # what someone else did with the thing, or when it was first done, is not this occurrence's time; a
    # verb that holds the act ("the test that Peru conducted on Saturday") tells the act itself
    first = _code(pipeline, "Chile and Peru trade words\n\nChile condemned the missile test that Peru first "
                            "conducted in 2010.\n")
    test = _at(first, "test")
    assert test.date is None or test.date.value is None
    proposed = _code(pipeline, "Chile and Peru trade words\n\nChile condemned Peru's missile test, which Bolivia "
                               "first proposed in 2010.\n")
    test = _at(proposed, "test")
    assert test.date is None or test.date.value is None
    held = _code(pipeline, "Chile and Peru trade words\n\nChile condemned the missile test that Peru conducted "
                           "on Saturday.\n", published="2025-03-13")
    assert _at(held, "test").date.value == "2025-03-08"


HEADLINE = ("Senator Lind accuses Ortiz of lying\n\n"
            "Peru's political feud deepened on Thursday.\n\n"
            "Speaking at a rally in Cusco on Wednesday, Senator Tomas Lind accused President Luis Ortiz of lying.\n")


def test_a_headline_act_takes_the_day_and_place_of_its_telling_in_the_body(pipeline):
    # the headline's accusation is the one the body tells, by the same parties, on Wednesday in Cusco: not the
    # lede's first day (Thursday)
    doc = _code(pipeline, HEADLINE)
    accuses = _at(doc, "accuses")
    assert (accuses.date.value, accuses.date.basis, accuses.date.text) == ("2025-03-12", "context", "Wednesday")
    assert accuses.location is not None and accuses.location.name == "Cusco"


def test_a_participle_of_the_same_moment_dates_the_act(pipeline):
    # "Speaking at a rally … on Wednesday, Lind accused …": the accusation was made then
    doc = _code(pipeline, HEADLINE)
    accused = _at(doc, "accused")
    assert (accused.date.value, accused.date.basis) == ("2025-03-12", "text")


def test_the_actors_own_attack_told_again_is_dated_and_placed_but_not_the_campaign(pipeline):
    # "the army's attack on their camps" is Monday's attack in Cusco ("Peru's army" and "the army" are one
    # side); "the army's fight against the rebels" is a campaign of a decade: no day of its own
    text = ("Peru's army strikes rebel camps\n\n"
            "Peru's army attacked rebel camps in Cusco on Monday, killing 12 rebels.\n\n"
            "The army's fight against the rebels has lasted a decade, and the army's attack on their camps was its "
            "largest.\n")
    doc = _code(pipeline, text)
    attack = _at(doc, "attack")
    assert (attack.date.value, attack.date.basis, attack.date.text) == ("2025-03-10", "context", "Monday")
    assert attack.location is not None and attack.location.name == "Cusco"
    fight = [e for e in doc.events if e.trigger.text == "fight"]
    assert all(e.date is None or e.date.value is None for e in fight)


def test_a_month_is_made_a_day_by_another_mention_of_the_same_meeting(pipeline):
    # "will meet … later this month" and "will hold talks on March 28": one meeting of the same two
    text = ("Chile's president to visit Peru\n\n"
            "President Ana Ferreira of Chile will meet President Luis Ortiz of Peru later this month, officials "
            "said on Thursday.\n\n"
            "Ferreira and Ortiz will hold talks on March 28, her office said.\n")
    doc = _code(pipeline, text)
    meet = _at(doc, "meet")
    assert (meet.date.value, meet.date.basis, meet.date.text) == ("2025-03-28", "context", "March 28")
    assert text[meet.date.start:meet.date.end] == "March 28"


def test_described_parties_neither_link_mentions_nor_make_the_days_news(pipeline):
    # "police officers killing unarmed protesters" (in general) and "a police officer shot a student" (once,
    # on a day the article does not give) are told by descriptions, not names: "the shooting" takes no day
    # from the first, and the officer's undated act is not the lede's news
    text = ("Ferreira condemns police shooting\n\n"
            "President Ana Ferreira of Chile spoke out on Tuesday about the epidemic of police officers killing "
            "unarmed protesters.\n\n"
            "A police officer shot and killed a student in Valparaiso after a march.\n\n"
            "Prosecutors are investigating the shooting.\n")
    doc = _code(pipeline, text)
    for e in doc.events:
        if e.trigger.text in ("shot", "shooting") and e.trigger.start > text.index("A police officer"):
            assert e.date is None or e.date.value is None, e


def test_a_meeting_told_ahead_is_still_ahead_when_mentioned_again(pipeline):
    # "will meet … in Velgrad on Friday": the later "the summit", "The meeting comes amid …" are not done;
    # "The meeting ended without a deal" would say it took place
    doc = _code(pipeline, "Ferreira to meet Salas in Velgrad\n\n"
                          "Chilean President Ana Ferreira will meet Peruvian President Jorge Salas in Velgrad on "
                          "Friday, their first meeting in six years.\n\n"
                          "Ahead of the summit, Ferreira asked her advisers for advice.\n\n"
                          "The meeting comes amid concerns in Lima over the border.")
    for e in doc.events:
        if e.type == "CONSULT":
            assert e.status == "future", (e.trigger.text, e.status)
