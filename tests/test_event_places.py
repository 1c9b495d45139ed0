"""Places of events: the place of the clause, of the speaker's occasion, of a goal or a source the act
moves troops to or from. Short whole articles written for the tests (fictional events)."""

from __future__ import annotations

from event_helpers import at, code, with_trigger  # tests/event_helpers.py

LISBON = ('Ortega Says Rival Garcia "Makes You Sick."\n\n'
          "President Daniel Ortega has joined a growing list of leaders who have attacked opposition candidate "
          "Luis Garcia as the election nears.\n"
          "Garcia's lies are sickening, Ortega said Tuesday in Lisbon, noting that the candidate \"wants to sell "
          "the country.\"\n"
          "Ortega was speaking after a meeting with Portuguese business leaders.\n"
          "Ortega denounced Garcia's remarks as \"reckless and dishonest\" and warned of the damage a Garcia "
          "presidency would do to the economy.\n"
          "\"If the voters choose Garcia, that will have consequences,\" he said.\n"
          "Garcia rejected the criticism on Tuesday in a statement.\n")


def _place(e):
    return (e.location.name, e.location.country) if e.location is not None else None


def test_acts_of_words_of_the_speakers_day_are_where_he_spoke(pipeline):
    # "Ortega said Tuesday in Lisbon …": his later acts of words that day, with no place of their own, were
    # done there too
    doc = code(pipeline, LISBON, published="2025-03-13")
    assert _place(at(doc, "denounced")) == ("Lisbon", "PRT")
    threat = with_trigger(doc, "THREATEN", "said")
    assert threat and _place(threat[0]) == ("Lisbon", "PRT")


def test_another_speaker_of_the_same_day_is_not_given_the_place(pipeline):
    # Garcia answered on Tuesday too, but nothing says where
    doc = code(pipeline, LISBON, published="2025-03-13")
    assert at(doc, "rejected").location is None


SAHEL = ("Lawmakers split over troops in the Sahel.\n\n"
         "The debate over the army's role abroad sharpened on Monday as Senator Paula Reyes said she would consider "
         "sending more special forces to Mali than the 200 that the government authorized last year.\n\n"
         "Defense Minister Tomas Beltran has pledged to remove all troops from Niger by the end of the year, "
         "except for a small team guarding the embassy.\n\n"
         "Beltran said the decision would be reviewed in the spring.\n")


def test_forces_sent_to_a_country_are_deployed_there(pipeline):
    # "sending more special forces to Mali than …": the parse hangs "to Mali" on the verb as a dative
    doc = code(pipeline, SAHEL, published="2025-03-11")
    assert _place(at(doc, "sending")) == ("Mali", "MLI")


def test_a_withdrawal_happens_where_the_troops_leave(pipeline):
    doc = code(pipeline, SAHEL, published="2025-03-11")
    assert _place(at(doc, "remove")) == ("Niger", "NER")


GROUND_WAR = ("Candidates avoid talk of ground war.\n\n"
              "None of the leading candidates is calling for a large troop presence like the one that followed "
              "Iraq's 1990 invasion of Kuwait, which would set them apart from the president.\n\n"
              "Hundreds of students staged a protest against Israel outside the university library on Friday, "
              "police said.\n")


def test_an_invasion_happens_in_the_country_invaded(pipeline):
    doc = code(pipeline, GROUND_WAR, published="2025-03-16")
    assert _place(at(doc, "invasion")) == ("Kuwait", "KWT")


def test_a_protest_against_a_country_is_not_placed_there(pipeline):
    doc = code(pipeline, GROUND_WAR, published="2025-03-16")
    assert at(doc, "staged").location is None


CHICAGO = ("Senator Mora calls on U.S. to lead on Venezuela.\n\n"
           "Senator Elena Mora is calling for the United States to step up pressure on the government of "
           "Venezuela.\n\n"
           "She also called for more sanctions on officials in Colombia who help the government move its money.\n\n"
           "\"This is a fight for democracy and the United States must lead it,\" Mora said on Thursday during a "
           "speech at the Atlantic Forum in Chicago.\n")


def test_the_place_of_the_occasion_a_speaker_spoke_at(pipeline):
    # "said … during a speech at the Atlantic Forum in Chicago": the speech is where it was said, and so
    # are the senator's calls of that day; the country a call is about ("Venezuela") is no stop of her day
    doc = code(pipeline, CHICAGO, published="2025-03-13")
    assert _place(at(doc, "calling")) == ("Chicago", "USA")


QUITO = ("Ramos rejects rival's remarks but agrees to talks.\n\n"
         "QUITO - Ecuadorean President Lucia Ramos will meet opposition leader Diego Paz next week, officials said "
         "Wednesday.\n\n"
         "Ramos rejected Paz's latest comments about the police, an aide said.\n\n"
         "Opposition lawmakers called on the government Wednesday to release the detained students.\n\n"
         "Police arrested three student leaders on Tuesday after a march through the city center.\n")


def test_the_dateline_does_not_say_where_words_were_said(pipeline):
    # the reporter files from Quito; where the lawmakers made their call the text does not say (the gold's
    # convention: a place only where the article says where it happened). The arrest, the day's news by
    # the home police, stays at the dateline
    doc = code(pipeline, QUITO, published="2025-03-13")
    assert at(doc, "called").location is None
    assert _place(at(doc, "arrested")) == ("Quito", "ECU")


HALIFAX = ("Canada presses Russia over Arctic patrols.\n\n"
           "Canada stepped up pressure on Russia on Saturday to halt its military patrols in the Arctic, with "
           "Defense Minister Claire Dubois vowing to keep a strong presence in the north.\n\n"
           "Dubois said Canada's approach remained \"firm but open\", but she also warned Russia against provocative "
           "flights near the coast.\n\n"
           "\"We hope that this does not continue, because it will isolate Moscow,\" Dubois told the Halifax Forum, "
           "an annual security conference in Halifax.\n\n"
           "Dubois said she would welcome Russia's participation in a new Arctic council.\n")


def test_where_a_speaker_told_her_audience_is_where_her_words_of_the_day_were_said(pipeline):
    # "Dubois told the Halifax Forum, an annual security conference in Halifax": a statement with no act of its
    # own, but it says where she spoke; all her words are of one day
    doc = code(pipeline, HALIFAX, published="2025-03-15")
    assert _place(at(doc, "warned")) == ("Halifax", "CAN")
    assert _place(at(doc, "welcome")) == ("Halifax", "CAN")


TWO_COUNTRIES = ("Ministry sends troops abroad.\n\n"
                 "The Defense Ministry said on Monday that it had deployed troops in Mali and Niger to support local "
                 "forces.\n\n"
                 "Last week the army deployed 300 soldiers in Anchorage, Alaska, to guard the port.\n")


def test_an_act_in_two_coordinated_places_takes_neither(pipeline):
    # "deployed troops in Mali and Niger": not Mali's alone; "Anchorage, Alaska" is one place
    doc = code(pipeline, TWO_COUNTRIES, published="2025-03-15")
    deployed = with_trigger(doc, "MOBILIZE", "deployed")
    assert len(deployed) == 2, [(e.type, e.trigger.text) for e in doc.events]
    assert deployed[0].location is None
    assert _place(deployed[1]) == ("Anchorage", "USA")


BALTICS = ("Prime minister ends tour of the Baltics.\n\n"
           "Prime Minister Anna Berg leaves Latvia for Lithuania on Friday, where she will be greeted by thousands "
           "of farmers protesting against the new trade rules.\n\n"
           "Berg said the rules would be reviewed next year.\n")


def test_an_act_told_in_a_where_clause_is_at_the_place_it_stands_for(pipeline):
    # "for Lithuania on Friday, where she will be greeted by farmers protesting": the protest is in Lithuania
    doc = code(pipeline, BALTICS, published="2025-03-14")
    assert _place(at(doc, "protesting")) == ("Lithuania", "LTU")
