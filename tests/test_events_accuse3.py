"""Recall of ACCUSE, third round (events/allegations.py and the lexicon). Each test codes a short whole text
written for it (fictional names and events)."""

from __future__ import annotations

from event_helpers import code, names, typed, with_trigger


def test_allegations_whose_content_names_the_accused_are_an_accusation_by_no_one_named(pipeline):
    # "allegations that Bolivia bribed …": Bolivia is accused; who alleges it is not named
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "The meeting came amid allegations that Bolivia had bribed port officials in Arica. "
                         "Ferreira did not comment on the accusations against Governor Luis Mora.\n\n"
                         "Ortiz said the allegations that Chilean hackers had stolen the files were old.")
    acc = {e.trigger.text: e for e in reversed(typed(doc, "ACCUSE"))}  # the first of each word
    assert "allegations" in acc and not acc["allegations"].actor
    assert names(doc, acc["allegations"].recipient) == ["Bolivia"]
    assert acc["allegations"].status == "asserted"
    assert "accusations" in acc and not acc["accusations"].actor
    assert names(doc, acc["accusations"].recipient) == ["Luis Mora"]
    # the accused named as a group ("Chilean hackers")
    chile = [e for e in typed(doc, "ACCUSE") if e.trigger.text == "allegations" and e.trigger.start > 200]
    assert len(chile) == 1 and names(doc, chile[0].recipient) == ["Chilean hackers"]


def test_allegations_with_no_named_party_or_a_pronoun_are_left_alone(pipeline):
    # the content names no party ("the vote was rigged"), or a pronoun whose resolution is a guess
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "Ortiz rejected allegations that the vote was rigged. "
                         "The senator's campaign stalled over allegations that he had lied about his degree. "
                         "There were allegations that were never proven. "
                         "Mora spoke about allegations against Ortiz's campaign manager.\n\n"
                         "Ferreira said the talks went well.")
    assert not with_trigger(doc, "ACCUSE", "allegations")


def test_allegations_made_by_someone_are_theirs(pipeline):
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "Carlos Ortiz's allegations that Bolivia had bribed port officials were rejected in La Paz.\n\n"
                         "Ferreira said the talks went well.")
    acc = with_trigger(doc, "ACCUSE", "allegations")
    assert len(acc) == 1 and names(doc, acc[0].actor) == ["Carlos Ortiz"]
    assert names(doc, acc[0].recipient) == ["Bolivia"]


def test_booing_impugning_lampooning_and_reproaching_are_criticism(pipeline):
    doc = code(pipeline, "Mayor Debbie Ramos spoke at a party breakfast in Lima on Monday.\n\n"
                         "Debbie Ramos was booed during the breakfast. "
                         "Senator Carlos Ortiz impugned Ramos's integrity on Tuesday. "
                         "Governor Luis Mora lampooned Carlos Ortiz in a speech in Cusco. "
                         "Debbie Ramos reproached Luis Mora for the delay.\n\n"
                         "Fans booed the referee during the football match in Lima.")
    acc = sorted((e.trigger.text, names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert acc == [("booed", [], ["Debbie Ramos"]), ("impugned", ["Carlos Ortiz"], ["Debbie Ramos"]),
                   ("lampooned", ["Luis Mora"], ["Carlos Ortiz"]), ("reproached", ["Debbie Ramos"], ["Luis Mora"])]


def test_charges_lawsuits_and_complaints_against_someone_named_accuse_them(pipeline):
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "The bill would allow lawsuits against Bolivia over the attack on the border post. "
                         "The charges against Governor Luis Mora were reported in Cusco. "
                         "Ferreira spoke about complaints that Chile had closed the border.\n\n"
                         "The lawsuit was filed in a court in Lima. Ortiz said the complaints were about the weather. "
                         "Ortiz said the border was closed, a charge that Bolivian leaders denied, and uttered charges "
                         "that Governor Mora, for one, called absurd.")
    acc = sorted((e.trigger.text, names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert acc == [("charges", [], ["Luis Mora"]), ("complaints", [], ["Chile"]), ("lawsuits", [], ["Bolivia"])]
    # what a bill would allow is not done
    assert [e.status for e in typed(doc, "ACCUSE") if e.trigger.text == "lawsuits"] == ["hypothetical"]


def test_a_passive_whose_agent_names_no_party_is_criticism_by_no_one_named(pipeline):
    # "accused by critics", "accused of fraud by a former aide": the critics are not an actor of the article
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "Carlos Ortiz is accused by critics of hiding the cost of the port. "
                         "Governor Luis Mora was accused of fraud by a former aide in Cusco.\n\n"
                         "Ferreira was criticized by Senator Ortiz on Friday.")
    acc = sorted((e.trigger.text, names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert acc == [("accused", [], ["Carlos Ortiz"]), ("accused", [], ["Luis Mora"]),
                   ("criticized", ["Carlos Ortiz"], ["Ferreira"])]


def test_criticism_drawn_by_an_act_or_words_is_criticism_of_their_author(pipeline):
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "The decision by Ana Ferreira sparked criticism from Chile. "
                         "Carlos Ortiz is getting criticism from Bolivia. "
                         "Ana Ferreira's remarks prompted a backlash in Bolivia.\n\n"
                         "The storm sparked protests in Lima, and the vote triggered criticism from Chile.")
    acc = sorted((e.trigger.text, names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert (("criticism", ["Chile"], ["Ana Ferreira"]) in acc or ("criticism", ["Chile"], ["Ferreira"]) in acc)
    assert ("criticism", ["Bolivia"], ["Carlos Ortiz"]) in acc
    assert [r for t, a, r in acc if t == "backlash"] in ([["Ana Ferreira"]], [["Ferreira"]])
    # a thing with no author criticised: no one named as judged, nothing new
    assert not [e for e in typed(doc, "ACCUSE") if e.trigger.start > doc.article.text.index("The storm")
                and e.recipient]


def test_police_identifying_someone_as_the_suspect_accuse_them(pipeline):
    # naming a suspect publicly is an allegation by whoever names them (the gold's adjudication: police
    # naming the San Bernardino suspect)
    doc = code(pipeline, "A gunman killed three people at a market in Valparaiso on Sunday.\n\n"
                         "Chilean police identified the gunman as Pedro Salas, a former guard. "
                         "On Monday, prosecutors named Ana Reyes as a suspect in the killings. "
                         "Pedro Salas was identified as the shooter by witnesses.\n\n"
                         "The ministry named Luis Mora as its new spokesman. "
                         "Police identified the victim as Carla Soto.")
    acc = sorted((e.trigger.text, names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert ("identified", ["Pedro Salas"]) in acc and ("named", ["Ana Reyes"]) in acc
    assert not [r for t, r in acc if r in (["Luis Mora"], ["Carla Soto"])]
    assert all(e.mode == "allege" and e.actor for e in typed(doc, "ACCUSE"))


def test_a_judgement_of_what_someone_did_or_said_of_them_is_criticism_of_them(pipeline):
    # "the decision by Ferreira … was a disgrace"; "'This is a disgrace,' Ortiz said of Ferreira's decision"
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "Carlos Ortiz said the decision by Ana Ferreira to close the port was a disgrace.\n\n"
                         "\"This is a disgrace,\" Governor Luis Mora said of Ana Ferreira's decision.\n\n"
                         "\"This is a good day,\" Mora said of the vote. \"It is a disgrace,\" Mora said of the weather.")
    acc = sorted((names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert len(acc) == 2
    assert acc[0][0] == ["Carlos Ortiz"] and acc[1][0] == ["Luis Mora"]
    assert all(r in (["Ana Ferreira"], ["Ferreira"]) for _, r in acc)


def test_the_of_object_of_a_criticism_with_its_critic_named_is_the_one_criticised(pipeline):
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "Ana Ferreira's criticism of Carlos Ortiz surprised the senate. "
                         "Chile's condemnation of Bolivia came on Friday. "
                         "The criticism of Carlos Ortiz by Governor Luis Mora was sharp.\n\n"
                         "The criticism of Bolivia grew.")
    acc = sorted((e.trigger.text, names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE"))
    assert ("condemnation", ["Chile"], ["Bolivia"]) in acc
    assert ("criticism", ["Luis Mora"], ["Carlos Ortiz"]) in acc
    assert [r for t, a, r in acc if t == "criticism" and a in (["Ana Ferreira"], ["Ferreira"])] == [["Carlos Ortiz"]]
    assert len(acc) == 3  # "the criticism of Bolivia": by Bolivia or of it, no one can tell


def test_rounding_on_someone_is_criticism_not_an_arrest(pipeline):
    doc = code(pipeline, "President Ana Ferreira met Senator Carlos Ortiz in Lima on Thursday.\n\n"
                         "Chile rounded on Bolivia over the border closure on Friday. "
                         "Police rounded up dozens of protesters in Lima.")
    assert not [e for e in typed(doc, "COERCE") if e.trigger.text == "rounded" and e.trigger.start < 120]
    acc = [(names(doc, e.actor), names(doc, e.recipient)) for e in typed(doc, "ACCUSE")]
    assert acc == [(["Chile"], ["Bolivia"])]
