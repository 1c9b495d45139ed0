"""PLOVER events: the evaluator (scoring logic on hand-made records, loaders on small fixtures) and the
events stage on a whole article written for the test (fictional events)."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import code as _code  # tests/event_helpers.py
from event_helpers import names as _names

from newsgraph.evaluate import plover as pl
from newsgraph.records import Actor, Article, Document, Event, Span

FIX = Path(__file__).parent / "fixtures" / "events"


# -- evaluator: loaders ---------------------------------------------------------------------------------
def test_load_plv_unmarks_spans_and_keeps_labels():
    items = pl.load(FIX / "plv_sample.tsv")
    assert [i.label for i in items] == ["ACCUSE", "COERCE", "YIELD", "AGREE"]
    it = items[0]
    assert it.text == "Chile condemned Peru's decision."
    assert [it.text[s:e] for s, e in it.sources] == ["Chile"]
    assert [it.text[s:e] for s, e in it.targets] == ["Peru"]
    assert items[2].accepted == {"CONCEDE", "RETREAT"}  # YIELD joins both


def test_load_gsr_maps_old_labels_and_skips_documentation():
    items = pl.load(FIX / "gsr_sample.json")
    assert [i.label for i in items] == ["REQUEST", "CONSULT"]  # DEMAND -> REQUEST; DOCUMENT skipped
    consult = items[1]
    assert [consult.text[s:e] for s, e in consult.sources] == ["Chile", "Peru"]
    assert consult.targets == ()


def test_unmark_nested_positions():
    text, spans = pl._unmark("A <s>B c</s> d <t>E</t>.")
    assert text == "A B c d E."
    assert [text[s:e] for s, e in spans["s"]] == ["B c"] and [text[s:e] for s, e in spans["t"]] == ["E"]


# -- evaluator: scoring -----------------------------------------------------------------------------
def _doc(text, actors, events):
    art = Article(id="x", source="x", text=text)
    acts = tuple(Actor(id=i, name=text[s:e], kind="country", mentions=(Span(s, e, text[s:e]),))
                 for i, (s, e) in actors.items())
    evs = tuple(Event(id=f"e{n}", type=t, actor=tuple(a), recipient=tuple(r), status="asserted",
                      trigger=Span(ts, ts + 1, text[ts]), evidence=Span(0, len(text), text), confidence=c)
                for n, (t, a, r, ts, c) in enumerate(events, 1))
    return Document(article=art, actors=acts, statements=(), events=evs)


TEXT = "Chile condemned Peru and Bolivia praised Peru."


def test_choose_prefers_the_gold_dyad_then_the_actor_side():
    item = pl.Item("1", TEXT, "ACCUSE", sources=((0, 5),), targets=((16, 20),))
    doc = _doc(TEXT, {"a1": (0, 5), "a2": (16, 20), "a3": (25, 32), "a4": (41, 45)},
               [("SUPPORT", ["a3"], ["a4"], 33, 0.9), ("ACCUSE", ["a1"], ["a2"], 6, 0.5)])
    assert pl.choose(doc, item).type == "ACCUSE"  # the event about the gold dyad, despite lower confidence
    assert pl.covers(doc, doc.events[1], item) == (True, True)
    assert pl.covers(doc, doc.events[0], item) == (False, False)


def test_report_counts_type_dyad_and_macro_f1():
    r = pl.Report("t")
    a = pl.Item("1", TEXT, "ACCUSE", sources=((0, 5),), targets=((16, 20),))
    doc_right = _doc(TEXT, {"a1": (0, 5), "a2": (16, 20)}, [("ACCUSE", ["a1"], ["a2"], 6, 0.5)])
    doc_wrong_dyad = _doc(TEXT, {"a1": (0, 5), "a3": (25, 32)}, [("ACCUSE", ["a1"], ["a3"], 6, 0.5)])
    doc_none = _doc(TEXT, {}, [])
    y = pl.Item("2", TEXT, "YIELD", sources=((0, 5),), targets=())
    doc_retreat = _doc(TEXT, {"a1": (0, 5)}, [("RETREAT", ["a1"], [], 6, 0.5)])
    r.add(a, doc_right)
    r.add(a, doc_wrong_dyad)
    r.add(a, doc_none)
    r.add(y, doc_retreat)
    f = r.figures()
    assert f["sentences"] == 4 and f["no_event"] == 1
    assert f["type_accuracy"] == pytest.approx(3 / 4)
    assert f["dyad_accuracy"] == pytest.approx(2 / 4)
    # ACCUSE: P = 2/2, R = 2/3 -> F1 0.8; YIELD: 1.0 -> macro 0.9
    assert f["macro_f1"] == pytest.approx(0.9)
    assert f["per_type"]["YIELD"]["correct"] == 1


def test_reciprocal_event_covers_target_with_its_other_actor():
    item = pl.Item("1", TEXT, "CONSULT", sources=((0, 5),), targets=((16, 20),))
    doc = _doc(TEXT, {"a1": (0, 5), "a2": (16, 20)}, [("CONSULT", ["a1", "a2"], [], 6, 0.5)])
    assert pl.covers(doc, doc.events[0], item) == (True, True)


# -- evaluator end to end on fixtures (the pipeline) ------------------------------------------------
def test_evaluate_fixtures(pipeline):
    plv = pl.evaluate(pl.load(FIX / "plv_sample.tsv"), pipeline, name="plv")
    f = plv.figures()
    assert f["sentences"] == 4
    # the weather sentence holds no event: newsgraph codes none (precision first), so it is a miss
    assert f["type_accuracy"] == pytest.approx(0.75) and f["no_event"] == 1
    assert [e["id"] for e in plv.errors] == ["4"]
    gsr = pl.evaluate(pl.load(FIX / "gsr_sample.json"), pipeline, name="gsr")
    assert gsr.figures()["type_accuracy"] == 1.0 and gsr.figures()["dyad_accuracy"] == 1.0


def test_cli_evaluate_plover(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import main

    out = tmp_path / "r.json"
    res = CliRunner().invoke(main, ["evaluate", "plover", str(FIX / "gsr_sample.json"), "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "| gsr_sample | 2 |" in res.output
    assert out.exists()


# -- the events stage on a whole article ------------------------------------------------------------------
@pytest.fixture(scope="module")
def summit(pipeline):
    from newsgraph.ingest import Draft, build_article
    from newsgraph.settings import Settings

    text = (FIX / "article_summit.txt").read_text(encoding="utf-8")
    art = build_article(Draft(source="summit", text=text), Settings(plain=True), "2025-03-14")
    return next(iter(pipeline.process([art])))


def _of_type(doc, type_):
    """The document's events of a type, in order; at least one."""
    found = [e for e in doc.events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found


def _one(doc, type_, trigger):
    found = [e for e in doc.events if e.type == type_ and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def test_article_meeting(summit):
    meet = _one(summit, "CONSULT", "meet")
    assert _names(summit, meet.actor) == ["Ana Ferreira", "Tomas Lind"] and meet.recipient == ()
    assert meet.status == "future"
    assert (meet.date.value, meet.date.text, meet.date.precision) == ("2025-03-17", "Monday", "day")
    assert meet.location.name == "Geneva" and meet.location.country == "CHE"
    assert meet.score == 2.5
    ferreira = summit.actor(meet.actor[0]) if summit.actor(meet.actor[0]).name == "Ana Ferreira" else \
        summit.actor(meet.actor[1])
    assert (ferreira.country, ferreira.sector, ferreira.title) == ("CHL", "GOV", "Foreign Minister")
    # "the two ministers are expected to sign": both of them, future
    sign = [e for e in summit.events if e.type == "SUPPORT" and _names(summit, e.actor) == ["Ana Ferreira", "Tomas Lind"]]
    assert sign and sign[0].status == "future"


def test_article_conflict_events(summit):
    sus = _one(summit, "SANCTION", "suspended")
    assert _names(summit, sus.actor) == ["Germany"] and _names(summit, sus.recipient) == ["Peru"]
    # "has suspended", with no time in its sentence: the article does not say when, so no value is guessed
    assert sus.date.value is None and sus.date.basis is None
    con = _one(summit, "ACCUSE", "condemned")
    assert _names(summit, con.actor) == ["Friedrich Merz"]
    assert (con.date.value, con.date.text) == ("2025-03-12", "Wednesday")  # the past Wednesday
    arr = _one(summit, "COERCE", "arrested")
    police = summit.actor(arr.actor[0])
    assert (police.kind, police.country, police.sector) == ("group", "PER", "COP")
    assert summit.actor(arr.recipient[0]).sector == "CVL"
    assert (arr.date.value, arr.date.precision) == ("2025-W10", "week")
    assert arr.location.name == "Arequipa" and arr.location.country == "PER"
    assert arr.score == -7
    shell = _one(summit, "ASSAULT", "shelled")
    army = summit.actor(shell.actor[0])
    assert (army.country, army.sector) == ("PER", "MIL")
    assert shell.attributed_to is not None  # "according to local officials"


def test_article_precision(summit):
    # a negated intent is not an asserted troop deployment; nothing is coded from the headline's "continue"
    send = [e for e in summit.events if e.trigger.text == "send"]
    assert all(e.status == "negated" for e in send)
    assert not any(e.trigger.text in ("continue", "expected", "said") for e in summit.events)
    for e in summit.events:
        assert summit.article.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end


# -- general rules on single sentences (fictional) ---------------------------------------------------
def test_unnamed_attackers_of_a_bombing(pipeline):
    doc = _code(pipeline, "A roadside bombing near Tarvo killed three Chilean soldiers on Sunday.")
    ev = _of_type(doc, "ASSAULT")
    assert doc.actor(ev[0].actor[0]).sector == "UAF"
    assert doc.actor(ev[0].recipient[0]).country == "CHL"
    # an accident is no attack: nothing is coded
    assert not _code(pipeline, "A car crash near Tarvo killed three people on Sunday.").events


def test_must_under_a_speech_verb_is_a_demand(pipeline):
    doc = _code(pipeline, "Chile said on Tuesday that Peru must return the seized fishing boat.")
    req = _of_type(doc, "REQUEST")
    assert _names(doc, req[0].actor) == ["Chile"] and _names(doc, req[0].recipient) == ["Peru"]


def test_counted_parties_and_willingness_to_use_force(pipeline):
    doc = _code(pipeline, "Thousands of Peruvian students demonstrated in Lima.")
    prot = _of_type(doc, "PROTEST")
    assert doc.actor(prot[0].actor[0]).sector == "CVL"
    doc = _code(pipeline, "Peru's government said it is prepared to impose martial law.")
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_announced_act_is_one_record_with_its_status(pipeline):
    # "will give": one record at the trigger, the act with status future (CAMEO would add an AGREE at the
    # same words; a reader counts the second record as a duplicate)
    doc = _code(pipeline, "Chile will give Peru a grant of 50 million dollars.")
    assert [(e.type, e.status) for e in doc.events] == [("AID", "future")]
    assert _names(doc, doc.events[0].recipient) == ["Peru"]
    doc = _code(pipeline, "Chile will expel two Peruvian diplomats.")
    assert [(e.type, e.status) for e in doc.events] == [("SANCTION", "future")]
    assert len({e.trigger.start for e in doc.events}) == len(doc.events)
    # a refusal: "will not accept" is REJECT, with no recipient needed
    doc = _code(pipeline, "Chile says it will not accept any more refugees.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_typed_object_is_the_party_and_cameo_conventions(pipeline):
    doc = _code(pipeline, "Chile expelled two Peruvian diplomats.")
    ev = _of_type(doc, "SANCTION")
    assert doc.actor(ev[0].recipient[0]).country == "PER"
    # easing a curfew is CONCEDE (CAMEO 081-083); a verbal attack is ACCUSE; a verdict is ACCUSE
    assert [e.type for e in _code(pipeline, "Chile lifted the curfew in Tarvo.").events] == ["CONCEDE"]
    doc = _code(pipeline, "Chile's president launched a scathing attack on Peru's government.")
    assert [e.type for e in doc.events] == ["ACCUSE"]
    doc = _code(pipeline, "A court in Lima found the Chilean consul guilty of fraud.")
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_peacekeepers_and_aid_purpose(pipeline):
    doc = _code(pipeline, "The first contingent of NATO peacekeeping troops arrived in Peru.")
    ev = _of_type(doc, "AID")
    assert ev[0].mode == "peacekeeping" and doc.actor(ev[0].recipient[0]).country == "PER"
    doc = _code(pipeline, "Chile donated a shipment of ventilators to assist Peru.")
    ev = _of_type(doc, "AID")
    assert _names(doc, ev[0].recipient) == ["Peru"]


def test_frame_event_takes_the_parties_of_the_framed_act(pipeline):
    doc = _code(pipeline, "Chile has refused to deploy peacekeepers in Peru.")
    rej = _of_type(doc, "REJECT")
    assert "Peru" in _names(doc, rej[0].recipient)


def test_lexicon_round_four_entries(pipeline):
    def types(text):
        return [e.type for e in _code(pipeline, text).events]

    # a court opening a hearing into something is an investigation (PLOVER ACCUSE/investigate)
    assert "ACCUSE" in types("Peru's supreme court opened a hearing on Monday into the conduct of Chilean border guards.")
    # reaching a consensus to do something is intent to cooperate (CAMEO 03), not a signed deal
    assert "AGREE" in types("Chile and Peru reached a consensus to share data on fishing stocks.")
    # offering troops or concessions is an offer (CAMEO 03), not the act itself
    assert "AGREE" in types("Chile offered its troops to Peru's president to help him restore order.")
    assert "AGREE" in types("A Chilean envoy offered concessions to Peru at the border talks.")
    # "issued a stern reminder to X that it must …" is a demand (CAMEO 10)
    assert "REQUEST" in types("Chile's president issued a stern reminder to Peru that it must respect the treaty.")
    # ethnic cleansing is mass violence; collecting signatures for a petition is a protest (CAMEO 14)
    assert "ASSAULT" in types("Chilean paramilitaries engaged in ethnic cleansing against the Peruvian minority.")
    assert "PROTEST" in types("Chilean opposition groups began collecting signatures to press the Peruvian government.")


def test_federal_foreign_office_is_germany(pipeline):
    # the German ministry's English name, not the British "Foreign Office" inside it
    doc = _code(pipeline, "The Federal Foreign Office summoned the Russian ambassador.")
    assert doc.events and doc.actor(doc.events[0].actor[0]).country == "DEU"


def test_frame_with_infinitive_parsed_as_adverbial_clause(pipeline):
    # the small model parses "have sworn to fight" as an adverbial clause; it is still the frame's
    # complement, and willingness to use force is a threat (CAMEO 13)
    doc = _code(pipeline, "Chilean rebels have sworn to fight until they regain control of the border villages.")
    assert "THREATEN" in [e.type for e in doc.events]


# -- the whole-article cases of the events issue ---------------------------------------------------
@pytest.fixture(scope="module")
def crisis(pipeline):
    """A written article holding the structures the issue names: an accusation of an act, a denial, a
    call on someone to act, talks and airstrikes named by nouns, dates of the sentence, a nested place,
    and words of the lexicon in no political sense."""
    from newsgraph.ingest import Draft, build_article
    from newsgraph.settings import Settings

    text = (FIX / "article_border_crisis.txt").read_text(encoding="utf-8")
    art = build_article(Draft(source="crisis", text=text), Settings(plain=True), "2023-12-23")
    return next(iter(pipeline.process([art])))


def _parties(doc, e):
    return _names(doc, e.actor), _names(doc, e.recipient)


def test_accusation_of_an_act_is_the_accused_s_claimed_act(crisis):
    acc = _one(crisis, "ACCUSE", "accused")
    assert _parties(crisis, acc) == (["Russia"], ["Ukraine"])
    shelling = _one(crisis, "ASSAULT", "shelling")
    assert _names(crisis, shelling.actor) == ["Ukraine"]  # not Russia's: Russia says Ukraine did it
    assert shelling.attributed_to is not None  # a claim, attributed to the accusation
    # the accusation's own date: "on Thursday" before a Saturday publication
    assert acc.date.value == "2023-12-21" and shelling.date.value == "2023-12-21"


def test_denial_codes_reject_and_the_denied_act_negated(crisis):
    rej = _one(crisis, "REJECT", "denies")
    assert _names(crisis, rej.actor) == ["Rwanda"]
    sup = _one(crisis, "SUPPORT", "supporting")
    assert _parties(crisis, sup) == (["Rwanda"], ["M23"]) and sup.status == "negated"


def test_call_on_someone_to_act_is_a_request_and_a_hypothetical_act(crisis):
    req = _one(crisis, "REQUEST", "called")
    assert _parties(crisis, req) == (["Kenya"], ["Uganda"])  # the one asked, not the troops to move
    assert req.location is None  # "called on Uganda": a party, not a place
    act = _one(crisis, "RETREAT", "withdraw")
    assert _names(crisis, act.actor) == ["Uganda"] and act.status == "hypothetical"
    assert act.recipient == ()  # "its troops" are Uganda's own, no other party


def test_noun_events_with_their_parties_place_and_date(crisis, pipeline):
    talks = [e for e in crisis.events if e.type == "CONSULT" and "talks" in e.evidence.text[:80]]
    assert talks and _names(crisis, talks[0].actor) == ["William Ruto", "Yoweri Museveni"]
    assert talks[0].recipient == () and talks[0].location.name == "Nairobi"
    # what a meeting is about is no party to it
    doc = _code(pipeline, "Chile and Peru will hold talks on the border war in Lima.")
    consult = _of_type(doc, "CONSULT")
    assert consult[0].recipient == () and _names(doc, consult[0].actor) == ["Chile", "Peru"]
    assert talks[0].date.value == "2023-12-19"  # "on Tuesday"
    # "Russian airstrikes on Aleppo killed 14 civilians on Wednesday": one attack, Russia's, one record
    strikes = [e for e in crisis.events if e.type == "ASSAULT" and "airstrikes" in e.evidence.text]
    assert len(strikes) == 1 and _names(crisis, strikes[0].actor) == ["Russia"]
    assert strikes[0].date.value == "2023-12-20"  # "on Wednesday"


def test_place_nested_in_the_clause_and_absolute_date(crisis):
    fire = _one(crisis, "ASSAULT", "opened")
    assert fire.location is not None and fire.location.name == "Prague"
    assert fire.date.value == "2023-12-21" and fire.date.text == "21 December 2023"


def test_words_of_the_lexicon_in_no_political_sense(crisis, pipeline):
    triggers = {e.trigger.text for e in crisis.events}
    for word in ("searching", "attend", "died", "sign", "hit", "targeting"):
        assert word not in triggers, word
    for text in ("House Republicans fired Kevin McCarthy as Speaker on Tuesday.",
                 "Haley is beating Pence's bid for the nomination in New Hampshire.",
                 "Senator Ortiz will attend a lecture at Yale on Friday.",
                 "Families were searching for shelter in the city.",
                 "Three inmates died by suicide in the jail last year."):
        assert _code(pipeline, text).events == (), text
    # the same verbs in their political sense still code
    assert [e.type for e in _code(pipeline, "Troops fired on protesters in Kano.").events] == ["ASSAULT"]
    assert [e.type for e in _code(pipeline, "Senator Ortiz will attend the summit in Brussels.").events] == ["CONSULT"]
    # an attack made with words is criticism; one made with a drone strike is force
    doc = _code(pipeline, "The regime is targeting Machado, the opposition leader, with a smear campaign.")
    assert [e.type for e in doc.events] == ["ACCUSE"]
    doc = _code(pipeline, "The army targeted the rebel commander with a drone strike.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    # a politician's verbal attack on another is criticism, not force
    doc = _code(pipeline, "Mr. Khan viciously attacked Senator Ortiz from the stage of the convention.")
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_undated_background_gets_no_guessed_date(crisis):
    # "Three inmates died …": no event; the requests and denials of the lede carry their sentence's time
    for e in crisis.events:
        if e.date.value is None:
            assert e.date.basis is None and e.date.text is None
        else:
            assert e.date.basis in ("text", "published", "context")


def test_one_record_per_trigger(crisis):
    starts = [e.trigger.start for e in crisis.events]
    assert len(starts) == len(set(starts))


def test_confidence_threshold(pipeline):
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings

    text = (FIX / "article_border_crisis.txt").read_text(encoding="utf-8")
    art = Article(id="c", source="c", text=text, published="2023-12-23")
    every = Pipeline(Settings(min_event_confidence=0.0), nlp=pipeline.nlp, kb=pipeline.kb).analyse(art, pipeline.nlp(text))
    assert all(0 <= e.confidence <= 1 for e in every.events)
    # a bar between the article's least and most confident events (the learned weights move them)
    bar = sorted({e.confidence for e in every.events})[-1]
    strict = Pipeline(Settings(min_event_confidence=bar), nlp=pipeline.nlp, kb=pipeline.kb).analyse(art, pipeline.nlp(text))
    assert {e.trigger.start for e in strict.events} == {e.trigger.start for e in every.events if e.confidence >= bar}
    assert 0 < len(strict.events) < len(every.events)


def test_criticism_in_words_of_judgement(pipeline):
    doc = _code(pipeline, "Senator Ortiz calls Governor Lane unqualified.")
    acc = _of_type(doc, "ACCUSE")
    assert _names(doc, acc[0].actor) == ["Ortiz"] and _names(doc, acc[0].recipient) == ["Lane"]
    # naming without judging is neither criticism nor a phone call
    assert _code(pipeline, "Senator Ortiz called the vote a success.").events == ()
    # a statement judging another actor is criticism by its speaker, attributed to the statement
    doc = _code(pipeline, "Governor Lane's plan is reckless and dangerous, Senator Ortiz said on Monday.")
    acc = _of_type(doc, "ACCUSE")
    assert _names(doc, acc[0].actor) == ["Ortiz"] and _names(doc, acc[0].recipient) == ["Lane"]
    # "nothing wrong with": no judgement
    assert not [e for e in _code(pipeline, "Ortiz said there was nothing wrong with Lane's plan.").events
                if e.type == "ACCUSE"]


def test_a_definite_event_noun_is_the_occurrence_already_told(pipeline):
    text = ("Chile and Peru held talks in Lima on Monday about the border.\n\n"
            "The talks ended without an agreement, officials said.")
    doc = _code(pipeline, text)
    talks = [e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "talks" and e.trigger.start > 60]
    assert talks and _names(doc, talks[0].actor) == ["Chile", "Peru"]
    # its time and place are those of the occurrence it refers to
    assert talks[0].date.value == "2025-03-10" and talks[0].location.name == "Lima"


def test_parties_of_meetings_deployments_calls_and_rejections(pipeline):
    doc = _code(pipeline, "President Ortiz held a joint meeting in Lima with Prime Minister Ana Ferreira.")
    consult = _of_type(doc, "CONSULT")
    assert _names(doc, consult[0].actor) == ["Ana Ferreira", "Ortiz"] and consult[0].recipient == ()
    # the troops sent are the sender's own, no other party; "against" names one
    doc = _code(pipeline, "Chile has sent in more special operations forces.")
    assert [(e.type, e.recipient) for e in doc.events] == [("MOBILIZE", ())]
    doc = _code(pipeline, "Chile deployed troops against Peru.")
    assert [_names(doc, e.recipient) for e in doc.events if e.type == "MOBILIZE"] == [["Peru"]]
    # what is called for is the content of the request, not whom it is made to
    doc = _code(pipeline, "Senator Ortiz is calling for a ban on Peruvian imports.")
    req = _of_type(doc, "REQUEST")
    assert req[0].recipient == ()
    # a nationality in the object names the party rejected
    doc = _code(pipeline, "Chile rejected Peruvian concerns about the treaty.")
    rej = _of_type(doc, "REJECT")
    assert _names(doc, rej[0].recipient) == ["Peru"]


def test_senses_a_coder_keeps_apart(pipeline):
    def types(text):
        return [e.type for e in _code(pipeline, text).events]

    # judging someone "as" something is criticism; dismissing a claim is a rejection
    assert types("Senator Ortiz dismissed Governor Lane as an ineffective leader.") == ["ACCUSE"]
    assert types("Chile dismissed Peru's claims.") == ["REJECT"]
    # cancelling a campaign event is no rejection; cancelling talks is
    assert types("Senator Ortiz canceled an event in Lima.") == []
    assert "REJECT" in types("Chile canceled the talks with Peru.")
    # declining to give a figure is declining to comment
    assert types("Minister Lou declined to offer his own figure for layoffs.") == []
    # a rocket launched at no one is a weapons test
    assert types("North Korea launched a long-range rocket into space.") == ["MOBILIZE"]
    # speaking to supporters or meeting victims is no meeting of political counterparts
    assert types("Senator Ortiz spoke to supporters in Lima.") == []
    # a match is no fight; a video released is no prisoner released; information is no aid; a warrant
    # executed is no execution
    assert types("Wales beat Hungary 2-0 to earn the 20th spot on Tuesday.") == []
    assert types("The next year, the Taliban released two videos of the hostages.") == []
    assert types("The Taliban released two American hostages on Tuesday.") == ["RETREAT"]
    assert types("Senator Ortiz's office did not provide the newspaper with further information.") == []
    assert types("Officers executed a search warrant at the home.") == []
    # the subject of a headline's participle or of a shared passive suffered the act; a suicide is no
    # assault; a legal fight is no fight; a plea in court is no request; a study is no investigation
    assert types("More than 100 protesters killed in Iran unrest") == []
    assert types("Noel and Thomas pleaded not guilty on Tuesday and were released on bail.") == []
    assert types("The inmate hanged himself in his cell.") == []
    assert types("Assange is battling extradition to the United States.") == []
    assert types("The agency has investigated how crew hibernation would affect long missions.") == []
    # games are not politics: a win is no assault, a blocked shot no rejection, a hit on the field no attack
    assert types("Russia beat Croatia on Monday.") == []
    assert types("Parise blocked a shot in the waning seconds of the third period.") == []
    assert types("Garrett hit Rudolph in the head with the helmet after the game.") == []
    assert types("Police beat protesters in Lima on Monday.") == ["ASSAULT"]
    # a weapons test is a show of force (MOBILIZE), a politician "targeting" a country with words is criticism,
    # welcoming leaders is hosting them
    assert types("North Korea has conducted a fourth nuclear bomb test.") == ["MOBILIZE"]
    # (and calling its officials liars is a second criticism, of them)
    assert types("President Ortiz has consistently targeted Peru, calling Peruvian officials liars.") == ["ACCUSE", "ACCUSE"]
    assert types("President Ortiz welcomed world leaders to the presidential palace for a working dinner.") == ["CONSULT"]
    # a politician's attacks are words
    doc = _code(pipeline, "Senator Bernie Sanders sharpened his attacks on Hillary Clinton.")
    assert "ASSAULT" not in [e.type for e in doc.events]


def test_a_demand_is_a_request_at_its_modal_and_the_act_stays_the_other_s(pipeline):
    doc = _code(pipeline, "Chile said Peru must return the captured helicopter.")
    req = _of_type(doc, "REQUEST")
    assert req[0].trigger.text == "must"
    assert _names(doc, req[0].actor) == ["Chile"] and _names(doc, req[0].recipient) == ["Peru"]
    # in a quotation, its speaker demands it
    doc = _code(pipeline, '"Peru should withdraw its troops from the border," Chilean President Ana Ferreira said.')
    req = _of_type(doc, "REQUEST")
    assert req[0].trigger.text == "should" and _names(doc, req[0].recipient) == ["Peru"]
    act = [e for e in doc.events if e.trigger.text == "withdraw"]
    assert act and _names(doc, act[0].actor) == ["Peru"] and act[0].status == "hypothetical"
    # "calling for the United States to step up …": the request is made of the United States
    doc = _code(pipeline, "Senator Ortiz is calling for Chile to step up its patrols on the border.")
    req = _of_type(doc, "REQUEST")
    assert _names(doc, req[0].recipient) == ["Chile"]
    # troops deployed by a passive verb are their own side's, no party deployed against
    doc = _code(pipeline, "Chilean army troops were deployed.")
    mob = _of_type(doc, "MOBILIZE")
    assert mob[0].recipient == ()


def test_a_refused_offer_keeps_the_other_side_as_recipient(pipeline):
    doc = _code(pipeline, "Senator Ortiz is not accepting the invitation from President Lane.")
    rej = _of_type(doc, "REJECT")
    assert _names(doc, rej[0].actor) == ["Ortiz"] and _names(doc, rej[0].recipient) == ["Lane"]


def test_a_group_named_by_its_members_is_its_members(pipeline):
    doc = _code(pipeline, "Candidates like Senator Ortiz have blasted Governor Lane for not arming the police.")
    acc = _of_type(doc, "ACCUSE")
    assert _names(doc, acc[0].actor) == ["Ortiz"] and _names(doc, acc[0].recipient) == ["Lane"]


def test_what_someone_has_yet_to_do_is_not_done(pipeline):
    doc = _code(pipeline, "Senator Ortiz has yet to apologize to Governor Lane.")
    assert [(e.type, e.status) for e in doc.events] == [("SUPPORT", "negated")]


def test_an_attack_carried_out_before_a_call_is_done_and_told_again(pipeline):
    # "after X carried out an attack, Y called for …": the adverbial clause says when, not what is asked;
    # "carried out an attack" is force whoever the victims are; "club" is no word of sport; the next
    # "the attack" is the same occurrence, with its attacker
    text = ("Hours after Rafael Quintero carried out a deadly attack on night club guests in Valparaiso, "
            "Senator Ortiz was calling for new security laws.\n\n"
            "Immediately after the attack, Ortiz issued a statement.")
    doc = _code(pipeline, text)
    attacks = _of_type(doc, "ASSAULT")
    assert [e.status for e in attacks] == ["asserted", "asserted"]
    assert all(_names(doc, e.actor) == ["Rafael Quintero"] for e in attacks)
    assert _one(doc, "REQUEST", "calling").status == "asserted"


def test_denied_merit_and_a_judged_pronoun_are_criticism(pipeline):
    # "not only a liar" denies nothing; "he" is the one person named before, other than the speaker
    doc = _code(pipeline, 'Governor Lane toured the port of Arica on Monday.\n\n'
                          '"He is not only a liar, but a danger to the region," Senator Ortiz said.')
    acc = _of_type(doc, "ACCUSE")
    assert _names(doc, acc[0].actor) == ["Ortiz"] and _names(doc, acc[0].recipient) == ["Lane"]
    doc = _code(pipeline, 'Lawmakers in Lima criticised the visit of Governor Lane on Tuesday.\n\n'
                          '"He is not only a liar, but a danger to the region," said Carla Ortiz, a member of parliament.')
    acc = [e for e in doc.events if e.type == "ACCUSE" and e.trigger.text == "said"]
    assert acc and _names(doc, acc[0].actor) == ["Carla Ortiz"] and _names(doc, acc[0].recipient) == ["Lane"]
    # merit denied: "I do not believe Lane is qualified"
    doc = _code(pipeline, '"I do not believe that Governor Lane is qualified to lead this region," Senator Ortiz said.')
    acc = _of_type(doc, "ACCUSE")
    assert _names(doc, acc[0].recipient) == ["Lane"]
    # the speaker's own naming ("what he called reckless actions") judges no "he"; a verb "fit" is no merit
    doc = _code(pipeline, 'Governor Lane toured Arica on Monday.\n\nSenator Ortiz said his party would '
                          'oppose what he called reckless actions. "A new port might not fit our plans," he added.')
    assert not [e for e in doc.events if e.type == "ACCUSE" and _names(doc, e.recipient) == ["Lane"]]


def test_a_city_or_a_date_before_an_event_noun_is_no_party(pipeline):
    # "the Valparaiso bombing": where it was, not who did it; "the March 3 attack": when
    doc = _code(pipeline, "Investigators said the 2019 Valparaiso bombing and the March 3 attack remain unsolved.")
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.actor]
    # a noun event told again with its own, other place is another occurrence: no parties inherited
    doc = _code(pipeline, "Chilean rebels shelled the village of Tarvo on Monday.\n\n"
                          "The attack in Arica on Tuesday left two dead.")
    assert [_names(doc, e.actor) for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "attack"] in ([], [[]])


def test_a_warning_that_judges_what_was_done_is_criticism(pipeline):
    # of what was done, with words of judgement: ACCUSE of the one whose act is judged, dated by the
    # warning, not by the content's "last year"
    doc = _code(pipeline, "Senate Republicans warned on Tuesday that last year's border treaty with Peru "
                          "was a dangerous mistake by President Ana Ferreira.")
    acc = _one(doc, "ACCUSE", "warned")
    assert _names(doc, acc.recipient) == ["Ana Ferreira"]
    assert acc.date.text == "Tuesday"
    assert not [e for e in doc.events if e.type == "THREATEN"]
    # of what would happen: a threat, its recipient the one the warning is about
    doc = _code(pipeline, "President Ana Ferreira warned that Peru would face consequences.")
    thr = _one(doc, "THREATEN", "warned")
    assert _names(doc, thr.recipient) == ["Peru"]
    # a forecast of another's act is no threat to them: "officials warn that Ferreira could use the truce"
    doc = _code(pipeline, "Officials warn that President Ana Ferreira could use any ceasefire to rebuild her forces.")
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_what_a_call_asks_and_what_no_sign_denies(pipeline):
    # "no sign that he was planning to apologize": denied, through the verb of intending
    doc = _code(pipeline, "But at a rally on Thursday, Senator Ortiz showed no sign that he was planning to "
                          "apologize to Ferreira.")
    assert _one(doc, "SUPPORT", "apologize").status == "negated"
    # "repeated his calls for Chile to close the border": the closing is asked for, not done
    doc = _code(pipeline, "Senator Lane has repeated his calls for Chile to close the border.")
    assert _one(doc, "COERCE", "close").status == "hypothetical"
    # "called upon" is "called on": a request to the one called upon
    doc = _code(pipeline, "Senator Ortiz on Wednesday called upon Chile to press Peru into abiding by the treaty.")
    req = _one(doc, "REQUEST", "called")
    assert _names(doc, req.recipient) == ["Chile"]


def test_headline_passives_envoys_and_quoted_terms(pipeline):
    # "X threatened with Y", "X accused of Y by Z": passives without "was"; X is threatened, Z accuses
    doc = _code(pipeline, "Senator Ortiz accused of bribery by prosecutors in Lima.")
    acc = _one(doc, "ACCUSE", "accused")
    assert _names(doc, acc.recipient) == ["Ortiz"] and "Ortiz" not in _names(doc, acc.actor)
    doc = _code(pipeline, "Peru threatened with sanctions over border dispute.")
    assert not [e for e in doc.events if e.type == "THREATEN" and _names(doc, e.actor) == ["Peru"]]
    # "Chile's ambassador to Peru" is Chile's; warning of what his own government will do threatens no
    # one named, least of all his own side
    doc = _code(pipeline, "Chile's ambassador to Peru warned that the Chilean government will not sit on its "
                          "hands if the border crisis becomes uncontrollable.")
    envoy = next(a for a in doc.actors if a.name.startswith("Chile's ambassador"))
    assert envoy.country == "CHL"
    assert not [e for e in doc.events if e.type == "THREATEN" and e.recipient
                and doc.actor(e.recipient[0]).country == "CHL"]
    # a quoted term is no party: "committed to the 'one country, two systems' formula"
    doc = _code(pipeline, "Peru said it is committed to the “one nation, two peoples” formula for the border.")
    assert all(not doc.actor(a).name.startswith(("“", '"')) for e in doc.events for a in e.actor + e.recipient)


def test_one_occurrence_told_again_is_the_same_act_only(pipeline):
    # "the release of the hostages" after the government freed prisoners is another release: no parties
    # inherited; "the withdrawal of US troops" is the troops' own, and "eventual" is yet to come; going
    # back ("would not return to the front line") hands nothing back
    text = ("The Peruvian government freed three rebel prisoners on Monday and flew them to Quito.\n\n"
            "Senator Ortiz said the release of the hostages gave hope. A peace deal would allow for the "
            "eventual withdrawal of US troops. Lima said the freed rebels would not return to the front line.")
    doc = _code(pipeline, text)
    assert [e.trigger.text for e in doc.events if e.type == "RETREAT" and e.mode == "release"] == ["freed"]
    out = _one(doc, "RETREAT", "withdrawal")
    assert _names(doc, out.actor) == ["US troops"] and out.status == "future"
    assert not [e for e in doc.events if e.trigger.text == "return"]


def test_efforts_to_get_someone_to_act_phone_calls_and_things_provided(pipeline):
    # "efforts to get Peru to investigate Lind": sought, not done; Peru is the one asked
    doc = _code(pipeline, "Ortiz is entangled in the president's efforts to get Peru to investigate his rival Tomas Lind.")
    inv = _one(doc, "ACCUSE", "investigate")
    assert inv.status == "hypothetical" and _names(doc, inv.actor) == ["Peru"]
    # "Ferreira's July 25 call with Ortiz" is a phone call, not a request; a month is no party
    doc = _code(pipeline, "Lawmakers will ask about President Ana Ferreira's July 25 call with Senator Ortiz.")
    call = _one(doc, "CONSULT", "call")
    assert call.mode == "phone" and _names(doc, call.actor) == ["Ana Ferreira", "Ortiz"]
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # "the text messages Lind provided to lawmakers": no aid
    doc = _code(pipeline, "A series of text messages Tomas Lind provided to lawmakers showed the talks.")
    assert not [e for e in doc.events if e.type == "AID"]


def test_demands_made_with_should(pipeline):
    # "she should step down," a senator said of the president: a demand of the one "she" stands for
    doc = _code(pipeline, "President Ana Ferreira refused to call the attack terrorism. “For that reason alone, "
                          "she should step down,” Senator Ortiz said.")
    req = _one(doc, "REQUEST", "should")
    assert _names(doc, req.actor) == ["Ortiz"] and _names(doc, req.recipient) == ["Ana Ferreira"]
    # of oneself, of no one in particular, a status: no demand
    for text in ("“I should have acted sooner,” Senator Ortiz said.",
                 "“A president should not be able to do that,” Senator Ortiz said.",
                 "Senator Ortiz refused to say that Arica should be the capital of the region."):
        assert not [e for e in _code(pipeline, text).events if e.type == "REQUEST"], text
    # "should be careful": a demand on a copula
    doc = _code(pipeline, "A Chilean official responded by saying Peru should be careful not to interfere in the talks.")
    assert _names(doc, _one(doc, "REQUEST", "should").recipient) == ["Peru"]


def test_acts_aimed_at_acts_protesters_gathering_and_tariffs(pipeline):
    # condemning the test condemns whoever tested
    doc = _code(pipeline, "Peru claims to have conducted the successful test of a hydrogen bomb on Wednesday. "
                          "Chile condemned the test.")
    assert _names(doc, _one(doc, "ACCUSE", "condemned").recipient) == ["Peru"]
    # protesters gathering demonstrate, against the one their name is "anti-"; officials gathering do not
    doc = _code(pipeline, "Hundreds of anti-Ferreira protesters had gathered outside the hotel in Lima where "
                          "President Ana Ferreira was holding a rally.")
    demo = _one(doc, "PROTEST", "gathered")
    assert _names(doc, demo.recipient) == ["Ana Ferreira"]
    assert not _code(pipeline, "Officials gathered in Geneva on Monday.").events
    # "putting heavy tariffs on Peruvian steel makers"
    doc = _code(pipeline, "The Chilean trade ministry has begun putting heavy tariffs on Peruvian steel makers.")
    assert _of_type(doc, "SANCTION")


def test_whose_act_a_claimed_or_conducted_event_noun_is(pipeline):
    # "Peru claims nuclear test", "Peru's claim to have conducted a test", "the test that Peru conducted":
    # Peru's own test; "Lane's proposal to ban traders" asks it of someone else, not Lane's ban
    doc = _code(pipeline, "Chile blasts Ferreira after Peru claims nuclear test.\n\n"
                          "Senators condemned Peru's claim to have conducted the successful test of a hydrogen bomb.\n\n"
                          "Officials are learning more about the nuclear test that Peru conducted last night.")
    tests = [e for e in doc.events if e.type == "MOBILIZE"]
    assert len(tests) == 3 and all(_names(doc, e.actor) == ["Peru"] for e in tests)
    doc = _code(pipeline, "Peruvian groups condemned Senator Lane's proposal to ban Chilean traders from entering Peru.")
    assert not [e for e in doc.events if e.trigger.text == "ban" and _names(doc, e.actor) == ["Lane"]]


def test_two_nationalities_in_one_phrase_are_two_sides(pipeline):
    # "annual meetings between senior Chilean and Peruvian officials": two sides, so a meeting; and the
    # talks told again are theirs
    doc = _code(pipeline, "Lind spoke at the end of a day of annual meetings in Lima between senior Chilean and "
                          "Peruvian officials.\n\nThe talks, set to end on Tuesday, also cover the border.")
    meet = _one(doc, "CONSULT", "meetings")
    assert _names(doc, meet.actor) == ["Chilean officials", "Peruvian officials"]
    assert {doc.actor(a).country for a in meet.actor} == {"CHL", "PER"}
    talks = _one(doc, "CONSULT", "talks")
    assert set(talks.actor) == set(meet.actor)


def test_phrases_that_name_no_act(pipeline):
    for text in ("The embassies are in Lima and not Arica, whose eastern flanks are considered occupied territory "
                 "under international law.",                                  # a participle describing a noun
                 "Peru is run by a lunatic while President Ferreira has stood idly by.",  # no one stood by
                 "In her statement, Senator Ana Ortiz defended her record as minister.",  # her own record
                 "An official, speaking on condition of anonymity to discuss the president's schedule, said "
                 "Ferreira would travel.",                                     # the source's terms
                 "Chile pressed its attack on Peru's trade policy."):           # no request
        doc = _code(pipeline, text)
        assert not [e for e in doc.events if e.trigger.text in ("occupied", "stood", "defended", "discuss",
                                                                 "pressed")], text


def test_the_one_asked_is_not_the_asker(pipeline):
    # "Ortiz called for her to quit": if "her" was resolved to Ortiz, it is left unresolved (no record)
    doc = _code(pipeline, "Likewise, Senator Ortiz went after Ana Ferreira for following Lind's refusal to use the "
                          "term as well and called for her to quit her bid for president.")
    quits = [e for e in doc.events if e.trigger.text == "quit"]
    assert all(_names(doc, e.actor) != ["Ortiz"] for e in quits)


def test_what_is_held_back_or_in_question_is_not_done(pipeline):
    # "whether she will agree": not known; "balking at committing", "refrained from attacking": not done
    doc = _code(pipeline, "Analysts said whether President Ana Ferreira will agree to remove existing tariffs "
                          "depends on the election.")
    assert _one(doc, "AGREE", "agree").status == "hypothetical"
    doc = _code(pipeline, "But Peru is balking at committing to a specific amount of copper purchases.")
    assert _one(doc, "AGREE", "committing").status == "negated"
    doc = _code(pipeline, "Chile refrained from attacking the convoy.")
    assert _one(doc, "ASSAULT", "attacking").status == "negated"


def test_inverted_should_and_according_to(pipeline):
    # "threats should Peru not accede": "should" before its subject is "if", no demand
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings

    every = Pipeline(Settings(min_event_confidence=0.0))  # (every event coded, whatever its confidence)
    doc = _code(every, "“We will impose tariffs should Peru not accede to our terms,” President Ana Ferreira said.")
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # "according to people familiar with …": what a source reports, no criticism by the source
    doc = _code(pipeline, "President Lind is a reckless leader, according to people familiar with Ferreira's thinking.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_more_words_of_criticism(pipeline):
    for text, trigger in (("Senator Ortiz responded first, ripping into President Ana Ferreira late Tuesday night.",
                           "ripping"),
                          ("Senator Ortiz took aim at President Ana Ferreira's border policy on Monday.", "took"),
                          ("Senator Ortiz castigated President Ana Ferreira over the border deal.", "castigated")):
        doc = _code(pipeline, text)
        acc = _one(doc, "ACCUSE", trigger)
        assert _names(doc, acc.actor) == ["Ortiz"] and _names(doc, acc.recipient) == ["Ana Ferreira"], text


def test_support_thrown_behind_someone(pipeline):
    for text, trigger, actor, recipient in (
            ("Senator Ortiz has waded into the debate, throwing her weight behind President Ana Ferreira's plan.",
             "throwing", "Ortiz", "Ana Ferreira"),
            ("Governor Lane threw his support behind Senator Ortiz for the nomination.", "threw", "Lane", "Ortiz")):
        doc = _code(pipeline, text)
        sup = _one(doc, "SUPPORT", trigger)
        assert _names(doc, sup.actor) == [actor] and _names(doc, sup.recipient) == [recipient], text


def test_both_of_whom_and_deals_named_after_a_country(pipeline):
    # "two Democrats, both of whom opposed the treaty": the Democrats; "the Peru treaty" is no party
    doc = _code(pipeline, "Only two Democrats, both of whom opposed the Peru treaty, are backing the measure.")
    rej = _one(doc, "REJECT", "opposed")
    assert _names(doc, rej.actor) == ["Democratic Party"]
    assert all(not doc.actor(a).name.endswith("treaty") for a in rej.recipient)


def test_the_author_of_a_ruling_is_the_party(pipeline):
    # "denounced a Hong Kong court ruling": the court, not "the ruling"
    doc = _code(pipeline, "Peru has denounced a Chile court ruling on the border.")
    acc = _one(doc, "ACCUSE", "denounced")
    assert [doc.actor(a).name for a in acc.recipient] == ["Chile court"]


def test_who_has_called_for_counted_troops(pipeline):
    # "who's called for": has called (the parser reads a passive); the troops counted are what is asked for
    doc = _code(pipeline, "Other than Senator Lindsey Graham, who's called for 20,000 troops split between Chile "
                          "and Peru, the candidates aren't offering specifics.")
    req = _one(doc, "REQUEST", "called")
    assert _names(doc, req.actor) == ["Lindsey Graham"] and req.recipient == ()


def test_the_dateline_is_the_place_of_the_days_news_only(pipeline):
    """A shouted dateline ("NAIROBI, Kenya (AP) —") is a place; it is where the day's news happened, not
    where an older or undated act of the story did."""
    text = ("NAIROBI, Kenya (AP) — Kenyan police arrested two opposition leaders on Thursday, a day after "
            "protesters blocked the main road to the airport.\n"
            "In 2019, police arrested dozens of students in Mombasa. The government has repeatedly accused "
            "the opposition of inciting violence.")
    doc = _code(pipeline, text)
    today = _one(doc, "COERCE", "arrested") if any(e.type == "COERCE" for e in doc.events) else \
        next(e for e in doc.events if e.trigger.text == "arrested")
    assert today.date.value == "2025-03-13" and today.location is not None and today.location.name == "Nairobi"
    for e in doc.events:
        if e.date is None or e.date.value is None or e.date.value < "2025-03-11":
            assert e.location is None or e.location.name != "Nairobi", (e.trigger.text, e.location)
    # words are placed only where the text says they were said, not by the dateline alone (test_event_places.py)
    moscow = _code(pipeline, "MOSCOW (Reuters) - Russia accused Britain of spying on Friday.")
    assert _one(moscow, "ACCUSE", "accused").location is None


def test_troops_sent_somewhere_happen_there(pipeline):
    doc = _code(pipeline, "Officials in Lima said on Friday that Chile has sent 300 troops to Arica to guard the "
                          "border, and Peru deployed more soldiers into the Tacna region.")
    sent = _one(doc, "MOBILIZE", "sent")
    assert sent.location is not None and sent.location.name == "Arica"
    assert sent.recipient == ()  # a place the troops go to is where, not whom


def test_a_call_the_parse_hangs_in_what_was_said_and_a_failure_that_is_no_refusal(pipeline):
    """"X's office said the deaths were caused by gunshot wounds and called on the “interim” government to
    withdraw …": the parse makes "called" a conjunct of "caused"; the call is the office's, to the
    government (a word of its name in scare quotes), and the withdrawal the government's, hypothetical. A
    doctor who "tried to save a demonstrator but failed to do so" refused nothing."""
    doc = _code(pipeline, "Three protesters died in clashes with soldiers near the fuel plant on Tuesday.\n"
                          "The ombudsman's office said the deaths were caused by gunshot wounds and called on the "
                          "“interim” government to withdraw military units from all policing operations. A doctor "
                          "at the scene said he tried to save one of the wounded protesters but failed to do so.")
    call = _one(doc, "REQUEST", "called")
    assert [doc.actor(a).name for a in call.actor] == ["ombudsman's office"] or "office" in doc.actor(call.actor[0]).name
    assert call.recipient and "government" in doc.actor(call.recipient[0]).name
    withdraw = _one(doc, "RETREAT", "withdraw")
    assert withdraw.status == "hypothetical" and withdraw.actor == call.recipient
    assert not [e for e in doc.events if e.trigger.text == "failed"]


def test_threaten_a_thing_is_to_endanger_it(pipeline):
    doc = _code(pipeline, "The Foreign Office reiterated its position that the new roads \"are illegal, present an "
                          "obstacle to peace and threaten the viability of a settlement\". The drought threatens "
                          "millions of farmers. Separately, the union threatened a strike, and Peru threatened Chile "
                          "with sanctions.")
    assert [e.trigger.text for e in doc.events if e.type == "THREATEN" and e.trigger.text.startswith("threaten")] \
        == ["threatened", "threatened"]


def test_a_noun_of_another_kind_a_noun_asked_for_and_a_question_are_no_asserted_occurrence(pipeline):
    """"the impeachment inquiry" is not the investigation Ukraine was pressed to open; investigations a
    president asks for, or asks about ("So he's going to do the investigation?"), are not done."""
    doc = _code(pipeline,
                "WASHINGTON (AP) — The president pressed Ukraine to investigate his rival Joe Biden, the envoy said.\n"
                "The envoy's testimony is of particular concern to the White House as the historic impeachment "
                "inquiry reaches closer to the president. In a July call the president asked Ukraine's leader "
                "for the investigations.\n"
                "“I then heard the president ask, quote, ‘So he’s going to do the investigation?’” the aide "
                "testified.")
    for e in doc.events:
        if e.trigger.text == "inquiry":
            assert "Ukraine" not in _names(doc, e.actor)
        if e.trigger.text.startswith("investigation") and e.type == "ACCUSE":
            assert e.status != "asserted", (e.trigger.text, e.status)


def test_what_a_whether_clause_asks_and_its_purpose_are_not_asserted(pipeline):
    doc = _code(pipeline, "The hearings are an effort by lawmakers to establish whether the president withheld "
                          "military aid to Moldova to pressure the country's president, Ana Rusu, into announcing a "
                          "corruption inquiry into Tomas Lind.")
    press = _one(doc, "REQUEST", "pressure")
    assert press.status == "hypothetical"
    inquiry = _one(doc, "ACCUSE", "inquiry")
    assert inquiry.status == "hypothetical" and _names(doc, inquiry.actor) == ["Ana Rusu"]


def test_a_warning_that_something_is_so_is_no_threat(pipeline):
    doc = _code(pipeline, "The doctors warned that migrants are not the only people at risk of illness. Health "
                          "workers warned that the camps are overcrowded. Iran warned the United States that it "
                          "would close the strait.")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert [e.trigger.start for e in threats] == [doc.article.text.index("warned the United States")]


def test_a_likely_act_is_not_done_and_a_participle_of_being_forced_is_undergone(pipeline):
    doc = _code(pipeline, "President Ana Rusu is likely to deploy army units onto the streets of the capital. "
                          "Forced to choose between a crackdown and a retreat, Rusu will crack down on the protesters.")
    assert _one(doc, "MOBILIZE", "deploy").status == "hypothetical"
    assert not [e for e in doc.events if e.trigger.text == "Forced"]


def test_harm_suffered_in_an_attack_is_coded_at_the_attack_noun(pipeline):
    # "were killed … in a bomb attack": the attack is the occurrence (one record, at the noun), its
    # unnamed perpetrators unidentified attackers
    doc = _code(pipeline, "At least nine people were killed and 21 were wounded in a bomb attack near the port "
                          "of Arica on Friday, Chilean police said.")
    ev = _of_type(doc, "ASSAULT")
    assert [e.trigger.text for e in ev] == ["attack"]
    assert doc.actor(ev[0].actor[0]).sector == "UAF"
    # the attack's own agent acts
    doc = _code(pipeline, "Five soldiers were killed in an ambush by Chilean rebels near Tarvo.")
    ev = _of_type(doc, "ASSAULT")
    assert [e.trigger.text for e in ev] == ["ambush"] and _names(doc, ev[0].actor) == ["Chilean rebels"]
    # an active verb keeps its own trigger
    doc = _code(pipeline, "Chilean rebels killed five soldiers in an ambush near Tarvo.")
    assert [e.trigger.text for e in _of_type(doc, "ASSAULT")] == ["killed"]


def test_an_attack_noun_takes_the_attacker_the_article_tells(pipeline):
    # the suspect named in a sentence about Arica is the attacker of "the shooting in Arica", told later;
    # "the next attack" names no occurrence
    doc = _code(pipeline, "Police in Arica said on Saturday that the suspect, Carlos Mena, a 34-year-old mechanic, "
                          "had acted alone.\n\nGovernor Lane visited Valparaiso on Sunday and met families of the "
                          "victims.\n\nSenator Ortiz said the shooting in Arica showed the region needed more police. "
                          "She said the government must prevent the next attack.")
    ev = _of_type(doc, "ASSAULT")
    assert [(e.trigger.text, _names(doc, e.actor)) for e in ev] == [("shooting", ["Carlos Mena"])]
    # a shooting at another place is another occurrence: its attacker is not told, nothing is written
    doc = _code(pipeline, "Police in Arica said on Saturday that the suspect, Carlos Mena, a 34-year-old mechanic, "
                          "had acted alone. Chilean rebels shelled the town of Tarvo on Friday.\n\n"
                          "Senator Ortiz said the shooting in Valparaiso showed the region needed more police.")
    assert [e.trigger.text for e in _of_type(doc, "ASSAULT")] == ["shelled"]
    # "X was behind the attack", "claimed responsibility for the bombing": the attacker in the noun's clause
    doc = _code(pipeline, "The Red Hand militia was behind the attack on the Arica port, Chilean officials said. "
                          "In a separate incident, the Sol group claimed responsibility for the bombing of a bus.")
    assert [(e.trigger.text, _names(doc, e.actor)) for e in _of_type(doc, "ASSAULT")][:2] == [
        ("attack", ["Red Hand militia"]), ("bombing", ["Sol group"])]
    # no one claimed it: no attacker
    doc = _code(pipeline, "No group has claimed responsibility for the bombing of a bus in Arica.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_bill_acts_for_its_sponsors(pipeline):
    # what a bill would do is its sponsors' act, hypothetical; backing the measure supports them
    doc = _code(pipeline, "A small group led by Senator Ana Lane is introducing a new bill to impose sanctions on "
                          "Peru.\n\nSo far only two Democrats, Senator Carla Ortiz and Senator Ben Ruiz, are backing "
                          "the measure. The legislation would also suspend military aid to Bolivia.")
    imp = _one(doc, "COERCE", "impose")
    assert _names(doc, imp.actor) == ["Ana Lane"] and _names(doc, imp.recipient) == ["Peru"]
    assert imp.status == "hypothetical"
    sus = _one(doc, "SANCTION", "suspend")
    assert _names(doc, sus.actor) == ["Ana Lane"] and sus.status == "hypothetical"
    assert _names(doc, _one(doc, "SUPPORT", "backing").recipient) == ["Ana Lane"]
    # a bill of no one in particular acts for no one
    doc = _code(pipeline, "Analysts said a bill would suspend military aid to Bolivia.")
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_a_trip_abroad_is_a_visit_of_its_host(pipeline):
    # "her trip to Peru", "her Peruvian trip": a visit, the country its host; coming back from it is no release
    doc = _code(pipeline, "President Ana Ferreira returned from her trip to Peru on Sunday. Critics attacked the "
                          "statements she made during her Peruvian trip.")
    trips = [e for e in doc.events if e.trigger.text == "trip"]
    assert [(e.type, _names(doc, e.actor), _names(doc, e.recipient)) for e in trips] == [
        ("CONSULT", ["Ana Ferreira"], ["Peru"])] * 2
    assert not [e for e in doc.events if e.type == "RETREAT"]
    # a trip with no political host is no visit
    doc = _code(pipeline, "Governor Lane said the family trip to the beach was cancelled.")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_each_event_noun_of_a_sentence_is_a_mention_of_its_own(pipeline):
    # a test conducted and a rocket launched: two acts; "killed and wounded" stays one attack
    doc = _code(pipeline, "Peru, which in recent months has conducted a fourth nuclear bomb test and launched a "
                          "long-range rocket into space, was condemned by Chile.")
    assert [e.trigger.text for e in doc.events if e.type == "MOBILIZE"] == ["conducted", "launched"]
    doc = _code(pipeline, "Police in Arica said the suspect, Carlos Mena, had planned the massacre for weeks before "
                          "the shooting began on Tuesday.")
    assert [e.trigger.text for e in doc.events if e.type == "ASSAULT"] == ["massacre", "shooting"]


def test_an_attack_of_another_time_is_another_occurrence(pipeline):
    # "the September 11th attack" is no party's "September", and not Monday's shelling told before it
    doc = _code(pipeline, "Rebels of the Sol group shelled Arica on Monday. Senator Ortiz said the delay between the "
                          "September 11th attack and the November 12th announcement was suspicious.")
    assert [e.trigger.text for e in doc.events if e.type == "ASSAULT"] == ["shelled"]
    # the same day: the same occurrence, its attackers
    doc = _code(pipeline, "Rebels of the Sol group shelled Arica on Monday. Senator Ortiz said Monday's attack was "
                          "a crime.")
    att = _one(doc, "ASSAULT", "attack")
    assert _names(doc, att.actor) == _names(doc, _one(doc, "ASSAULT", "shelled").actor)


def test_a_participle_after_a_noun_is_the_noun_s_act(pipeline):
    # "thousands of Peruvians protesting against the deal": the Peruvians protest, when the clause says
    doc = _code(pipeline, "President Ortiz departs for Peru today, where he will be greeted by thousands of "
                          "Peruvians protesting against the trade deal.")
    prot = _one(doc, "PROTEST", "protesting")
    assert _names(doc, prot.actor) == ["Peruvians"] and prot.status == "future"
    doc = _code(pipeline, "Chile sent 50 advisers to assist rebels fighting the Sol group.")
    fight = _one(doc, "ASSAULT", "fighting")
    assert _names(doc, fight.actor) == ["rebels"] and _names(doc, fight.recipient) == ["Sol group"]
    # through the verb it governs: "the coalition helping to provide assistance to …"
    doc = _code(pipeline, "The Chilean-led coalition helping to provide assistance to the Free Peru Army has grown "
                          "to 65 countries.")
    aid = _one(doc, "AID", "provide")
    assert _names(doc, aid.actor) == ["Chilean-led coalition"] and _names(doc, aid.recipient) == ["Free Peru Army"]


def test_talks_named_by_a_hyphened_pair_of_leaders(pipeline):
    # "the Lind-Ortiz talks": both leaders meet; "is expected to surface in" them: they are ahead
    doc = _code(pipeline, "Ana Ortiz and Tomas Lind also have other topics to discuss. The border is not expected "
                          "to come up in the Lind-Ortiz talks.")
    talks = _one(doc, "CONSULT", "talks")
    assert sorted(_names(doc, talks.actor)) == ["Ana Ortiz", "Tomas Lind"] and talks.status == "future"


def test_allegiance_pledged_is_support_and_aid_cut_off_a_sanction(pipeline):
    doc = _code(pipeline, "The Red Hand, a militant group that has pledged loyalty to the Sol group, attacked Arica.")
    sup = _one(doc, "SUPPORT", "pledged")
    assert _names(doc, sup.recipient) == ["Sol group"]
    assert not [e for e in doc.events if e.type == "AGREE"]
    doc = _code(pipeline, "Chile cut off military aid to Peru on Monday.")
    cut = _one(doc, "SANCTION", "cut")
    assert _names(doc, cut.actor) == ["Chile"] and _names(doc, cut.recipient) == ["Peru"]


def test_an_endorsement_is_support_of_the_endorsed(pipeline):
    doc = _code(pipeline, "Valls spoke after an influential Ortiz endorsement by Marine Le Pen, leader of France's "
                          "far-right party.")
    end = _one(doc, "SUPPORT", "endorsement")
    assert _names(doc, end.actor) == ["Marine Le Pen"] and _names(doc, end.recipient) == ["Ortiz"]
    doc = _code(pipeline, "Senator Lane's endorsement of Governor Ortiz surprised the party.")
    end = _one(doc, "SUPPORT", "endorsement")
    assert _names(doc, end.actor) == ["Lane"] and _names(doc, end.recipient) == ["Ortiz"]
    # "the Ortiz endorsement": given or received, the words do not say
    doc = _code(pipeline, "The Ortiz endorsement helped Lane win.")
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_political_figure_s_trip_abroad_is_a_visit(pipeline):
    doc = _code(pipeline, "President Ana Ferreira of Chile will visit Peru next week.")
    visit = _one(doc, "CONSULT", "visit")
    assert _names(doc, visit.actor) == ["Ana Ferreira"] and _names(doc, visit.recipient) == ["Peru"]
    doc = _code(pipeline, "President Ana Ferreira of Chile flew to Lima on Monday for talks.")
    flew = _one(doc, "CONSULT", "flew")
    assert _names(doc, flew.actor) == ["Ana Ferreira"] and flew.mode == "visit"
    doc = _code(pipeline, "President Ana Ferreira left for Peru on Monday.")
    assert _names(doc, _one(doc, "CONSULT", "left").recipient) == ["Peru"]
    # no political figure, or no one in particular: no visit
    for text in ("Lionel Messi flew to Paris on Monday.", "Thousands of refugees arrived in Greece.",
                 "Lind will meet any candidate from any party who will be arriving in Peru."):
        doc = _code(pipeline, text)
        assert not [e for e in doc.events if e.mode == "visit"], text


def test_a_noun_telling_again_a_planned_event_of_its_sentence_is_ahead_too(pipeline):
    doc = _code(pipeline, "President Ana Ferreira will meet her Peruvian counterpart, Tomas Lind, in Lima on Friday, "
                          "marking their first meeting in six years.")
    assert [(e.trigger.text, e.status) for e in doc.events if e.type == "CONSULT"] == [
        ("meet", "future"), ("meeting", "future")]


def test_forces_sent_or_added_under_other_names(pipeline):
    doc = _code(pipeline, "Senator Ortiz said she would consider sending more special operators to Peru.")
    send = _one(doc, "MOBILIZE", "sending")
    assert _names(doc, send.actor) == ["Ortiz"] and send.status == "hypothetical"
    doc = _code(pipeline, "Chile is gradually increasing troops on the ground in the region.")
    assert _names(doc, _one(doc, "MOBILIZE", "increasing").actor) == ["Chile"]
    # money moved is no force
    doc = _code(pipeline, "The company is moving assets to Delaware.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_a_military_raid_is_an_assault_and_a_police_raid_coercion(pipeline):
    doc = _code(pipeline, "Chilean troops raided a rebel camp in Peru.")
    assert [e.type for e in doc.events if e.trigger.text == "raided"] == ["ASSAULT"]
    doc = _code(pipeline, "Police raided the offices of the newspaper on Monday.")
    assert [e.type for e in doc.events if e.trigger.text == "raided"] == ["COERCE"]


def test_clashes_are_fought_by_both_sides_when_armed(pipeline):
    doc = _code(pipeline, "Chilean security forces were engaged in heavy clashes with members of the Sol group near "
                          "Arica.")
    assert _names(doc, _one(doc, "ASSAULT", "clashes").actor) == ["Chilean security forces", "Sol group"]
    doc = _code(pipeline, "Clashes between Chilean troops and Sol rebels killed ten people.")
    assert _names(doc, _one(doc, "ASSAULT", "Clashes").actor) == ["Chilean troops", "Sol rebels"]
    # a quarrel of politicians is no fighting
    doc = _code(pipeline, "Chile's president faced clashes with the opposition over the budget.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_fight_against_a_cause_is_no_attack_told_again(pipeline):
    doc = _code(pipeline, "Chilean jets bombed Sol rebel camps in Peru on Monday. Ortiz said the fight against "
                          "corruption would go on.")
    assert [e.trigger.text for e in doc.events if e.type == "ASSAULT"] == ["bombed"]
    doc = _code(pipeline, "Chilean jets bombed Sol rebel camps in Peru on Monday. Ortiz said the fight against the "
                          "Sol group would go on.")
    assert _names(doc, _one(doc, "ASSAULT", "fight").recipient) == ["Sol group"]


def test_failing_to_agree_is_a_rejection_failing_to_save_someone_is_not(pipeline):
    doc = _code(pipeline, "Chile and Peru failed to reach agreement on the border on Monday. A doctor said he tried "
                          "to save one of the wounded protesters but failed to do so.")
    assert [e.trigger.text for e in doc.events if e.type == "REJECT"] == ["failed"]
    assert _one(doc, "REJECT", "failed").trigger.start < doc.article.text.index("A doctor")
