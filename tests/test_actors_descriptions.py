"""People named by a definite description ("the Republican nominee", "the former prosecutor", "the
Vermont senator"): the one person the article described so, never a guess between two."""

from __future__ import annotations


def _extract(text, published="2016-03-01"):
    import newsgraph

    return newsgraph.extract(text, published=published)


def _holder(doc, words):
    """The actor with a mention of exactly ``words``, or None."""
    found = [a for a in doc.actors if any(m.text == words for m in a.mentions)]
    assert len(found) <= 1, [a.name for a in found]
    return found[0] if found else None


ARTICLE = (
    "Vermont Sen. Harold Bexley and Gov. Marisa Quint traded blows on Tuesday in the race for the Democratic "
    "nomination.\n\n"
    "Quint, a former state attorney general, has led in every poll this month. The former attorney general "
    "accused the Vermont senator of twisting her record on trade.\n\n"
    "The senator rejected the charge. Bexley's campaign manager, Tom Ridley, said the governor would lose in "
    "November.\n"
)


def test_a_description_is_the_person_the_article_described_so(pipeline):
    doc = _extract(ARTICLE)
    # what an apposition said of her ("Quint, a former state attorney general")
    assert _holder(doc, "The former attorney general").name == "Marisa Quint"
    # the state before the title and name ("Vermont Sen. Harold Bexley")
    assert _holder(doc, "the Vermont senator").name == "Harold Bexley"
    accuse = next(e for e in doc.events if e.trigger.text == "accused")
    assert [doc.actor(a).name for a in accuse.actor] == ["Marisa Quint"]
    assert [doc.actor(a).name for a in accuse.recipient] == ["Harold Bexley"]


def test_a_title_goes_to_its_holder_not_to_the_person_just_named(pipeline):
    doc = _extract(ARTICLE)
    # "Tom Ridley, said the governor would lose": the governor is Gov. Quint, not Ridley
    assert _holder(doc, "the governor").name == "Marisa Quint"
    assert "the governor" not in [m.text for m in _holder(doc, "Tom Ridley").mentions]


def test_a_description_two_people_fit_stays_unresolved(pipeline):
    doc = _extract(
        "Lorna Vesk, a former prosecutor, and Amos Threlkeld, a former prosecutor too, are running for mayor of "
        "the town.\n\nThe former prosecutor said on Monday that crime had doubled.\n")
    holder = _holder(doc, "The former prosecutor")
    assert holder is None or holder.name not in ("Lorna Vesk", "Amos Threlkeld")


def test_a_description_whose_words_fit_no_one_stays_unresolved(pipeline):
    doc = _extract(
        "Republican nominee Susan Whitmore held a rally in Ohio on Tuesday. Whitmore spoke for an hour.\n\n"
        "The Democratic nominee did not attend. The Republican nominee promised to cut taxes.\n")
    assert _holder(doc, "The Republican nominee").name == "Susan Whitmore"
    holder = _holder(doc, "The Democratic nominee")
    assert holder is None or holder.name != "Susan Whitmore"


def test_a_former_office_is_not_the_present_one(pipeline):
    doc = _extract(
        "Corwin Blaylock, the governor, met Ida Fennimore, a former governor, in the capital on Friday.\n\n"
        "The former governor urged him to veto the budget.\n")
    assert _holder(doc, "The former governor").name == "Ida Fennimore"


def test_a_description_in_quoted_words_is_left_to_the_reader(pipeline):
    doc = _extract(
        "Ruth Okonkwo, the Democratic nominee, spoke in Denver on Monday.\n\n"
        "\u201cWe will not let the Democratic nominee decide this alone,\u201d said Paul Ostrow, a local "
        "organizer.\n")
    holders = [a.name for a in doc.actors if any(m.text == "the Democratic nominee" for m in a.mentions)]
    assert "Ruth Okonkwo" not in holders


def test_a_title_in_capitals_is_its_one_holder(pipeline):
    doc = _extract(
        "President Ellen Morgan spoke to reporters in Washington on Monday. Morgan said the talks went well.\n\n"
        "Senator Tom Vail said the President did not know what she was talking about.\n")
    assert _holder(doc, "the President").name == "Ellen Morgan"


def test_an_office_of_a_named_body_is_not_the_bare_title(pipeline):
    doc = _extract(
        "Mayor Ana Pruett met John Keller, president of the Lakeside Farm Bureau, on Monday.\n\n"
        "The president said the drought would ruin the harvest.\n")
    holder = _holder(doc, "The president")
    assert holder is None or holder.name != "John Keller"


def test_what_the_article_says_a_person_is_describes_them(pipeline):
    doc = _extract(
        "Paul Ostrander is a former prosecutor from Dayton. Ostrander said on Monday he would run for mayor.\n\n"
        "Mayor Lisa Grant is not a prosecutor.\n\nThe former prosecutor accused the mayor of wasting money.\n")
    assert _holder(doc, "The former prosecutor").name == "Paul Ostrander"
    accuse = next(e for e in doc.events if e.trigger.text == "accused")
    assert [doc.actor(a).name for a in accuse.actor] == ["Paul Ostrander"]
