"""Events and statements a careful reader rejected on whole real pages (reader-a), rewritten as short
fictional articles: each test holds one kind of error (the record that must not be written, or the field
that must be right)."""

from __future__ import annotations

from event_helpers import code, names
from statement_helpers import cues, show


def _code(pipeline, text, published="2025-05-21"):
    return code(pipeline, text, published)


LENDER = (
    "State attorney general investigating lender Brightwell\n\n"
    "The state attorney general is investigating the lender Brightwell, according to two people familiar "
    "with the matter, adding to a string of problems that have turned the company from a market darling "
    "into a pariah in a matter of weeks.\n\n"
    "\u201cWe received an inquiry from the office of the attorney general and are cooperating in the matter,\u201d "
    "a Brightwell spokeswoman said when contacted by reporters.\n\n"
    "Governor Alma Ruiz received a demand from the Tenants Union for a freeze on fees last month.\n\n"
    "Brightwell last week received fresh criticism from Senator Paul Whitcomb over its lending practices.\n\n"
    "Brightwell's founder resigned as chief executive in October.")


def test_what_a_subject_receives_is_done_to_it(pipeline):
    # "received a demand from the Tenants Union", "received criticism from Senator Whitcomb": the giver
    # acts, the receiver is acted upon (not the other way round)
    doc = _code(pipeline, LENDER)
    demand = [e for e in doc.events if e.trigger.text == "demand"]
    assert demand, [(e.type, e.trigger.text) for e in doc.events]
    assert names(doc, demand[0].actor) == ["Tenants Union"] and names(doc, demand[0].recipient) == ["Alma Ruiz"]
    criticism = [e for e in doc.events if e.trigger.text == "criticism"]
    assert criticism, [(e.type, e.trigger.text) for e in doc.events]
    assert names(doc, criticism[0].actor) == ["Paul Whitcomb"]
    assert names(doc, criticism[0].recipient) == ["Brightwell"]


def test_an_inquiry_received_is_not_the_receivers(pipeline):
    # "We received an inquiry from the office of the attorney general": the company is investigated
    doc = _code(pipeline, LENDER)
    inquiry = [e for e in doc.events if e.trigger.text == "inquiry"]
    assert all("Brightwell" not in names(doc, e.actor) for e in inquiry), \
        [(names(doc, e.actor), names(doc, e.recipient)) for e in inquiry]


def test_an_office_acts_for_its_holder(pipeline):
    # "an inquiry from the office of the attorney general": the attorney general inquires, not "office"
    doc = _code(pipeline, LENDER)
    inquiry = [e for e in doc.events if e.trigger.text == "inquiry"]
    assert inquiry and names(doc, inquiry[0].actor) == ["attorney general"], \
        [(names(doc, e.actor), names(doc, e.recipient)) for e in inquiry]


TRADE = (
    "Tariff demands may widen US-Korea trade deal\n\n"
    "WASHINGTON - A limited trade deal between the United States and South Korea may grow into something "
    "bigger if Washington agrees to Seoul's demands to roll back existing tariffs on steel, people familiar "
    "with the talks say.\n\n"
    "Seoul is pressing for the tariffs to be lifted before any deal is signed.\n\n"
    "President Donald Trump is the final decision-maker on any deal, and hasn't committed to any specifics "
    "so far, White House advisers say.\n\n"
    "South Korea has not yet agreed to buy more American beef, officials said.")


def test_an_agreement_not_made_so_far_is_no_refusal(pipeline):
    # "hasn't committed to any specifics so far", "has not yet agreed": still open, not a refusal
    doc = _code(pipeline, TRADE)
    refusals = [e for e in doc.events if e.type == "REJECT" and e.trigger.text in ("committed", "agreed")]
    assert not refusals, [(e.trigger.text, names(doc, e.actor)) for e in refusals]


HEARING = (
    "Aides tell impeachment panel of unease over call\n\n"
    "Two national security aides told lawmakers on Tuesday that the president's request to a foreign "
    "leader to investigate a political rival was inappropriate.\n\n"
    "Martha Kessel, an adviser on European affairs, said the phone call was unusual.\n\n"
    "\u201cI can't speak to what the president's motivation was in raising it, but the reference to his rival "
    "sounded political to me,\u201d she said in response to a question.\n\n"
    "The committee's chairman said the rebels' refusal to talk to the government would be raised again.\n\n"
    "Opposition leader Tomas Varga said he would not talk to the government until the detainees were freed.")


def test_declining_to_speak_to_a_topic_is_no_refusal(pipeline):
    # "I can't speak to what the president's motivation was": no comment, not a refusal of talks
    doc = _code(pipeline, HEARING)
    speak = [e for e in doc.events if e.trigger.text == "speak"]
    assert not speak, [(e.type, e.status, names(doc, e.actor)) for e in speak]
    # the counterpart: refusing to talk to a party stays a refusal
    talk = [e for e in doc.events if e.trigger.text == "talk" and "Tomas Varga" in names(doc, e.actor)]
    assert talk and talk[0].type == "REJECT", [(e.type, e.trigger.text) for e in doc.events]


LEDGER = (
    "Lender faces questions\n\n"
    "The Daily Ledger reported on Friday that the lender Brightwell is facing scrutiny from the Securities "
    "and Exchange Commission over whether it violated disclosure rules as it sought its public listing.\n\n"
    "Brightwell did not respond to a request for comment.")


def test_a_wrong_asked_about_judges_no_one(pipeline):
    # "over whether it violated disclosure rules": a question reported, not the paper's criticism of anyone
    doc = _code(pipeline, LEDGER)
    ledger = [e for e in doc.events if e.type == "ACCUSE" and "Daily Ledger" in names(doc, e.actor)]
    assert not ledger, [(e.trigger.text, names(doc, e.recipient)) for e in ledger]


BORDER = (
    "Parliament passes border law\n\n"
    "LIMA - Peru's Congress on Thursday passed a law that requires the government to withdraw its troops "
    "from the disputed border area within six months.\n\n"
    "The measure also obliges the defence ministry to release detained fishermen held since March, "
    "lawmakers said.\n\n"
    "President Elena Paredes has not said whether she will sign it.")


def test_an_act_a_law_requires_is_not_done(pipeline):
    # "a law that requires the government to withdraw its troops": owed, not done
    doc = _code(pipeline, BORDER)
    owed = [e for e in doc.events if e.trigger.text in ("withdraw", "release")]
    assert owed and all(e.status != "asserted" for e in owed), [(e.trigger.text, e.status) for e in owed]



PUBLICIST = (
    "Lender in turmoil\n\n"
    "The lender Brightwell has faced a string of setbacks this autumn, from a failed listing to a "
    "regulator's inquiry.\n\n"
    "Brightwell's founder resigned as chief executive in October.\n\n"
    "The company's chairman, Prince Edward, gave a television interview last week, which only happened "
    "because his publicist quit.")


def test_a_persons_kin_or_staff_is_not_the_possessor(pipeline):
    # "Brightwell's founder resigned", "his publicist quit": someone else than the possessor quits
    doc = _code(pipeline, PUBLICIST)
    quit_ = [e for e in doc.events if e.trigger.text in ("quit", "resigned")]
    wrong = [(e.trigger.text, names(doc, e.actor)) for e in quit_
             if any("Brightwell" in n or "Edward" in n for n in names(doc, e.actor))]
    assert not wrong, wrong


FORTUNE = (
    "Fact check: did the ambassador amass a $17 million fortune?\n\n"
    "Claims that a former ambassador, Helen Marsh, is worth $17 million circulated widely on social media "
    "this week after she testified before Congress.\n\n"
    "No one has offered any information about how she supposedly built her alleged fortune, and the "
    "websites publishing the figure have offered no evidence.\n\n"
    "Bloomberg News reported on Friday that the websites are run from abroad. One of the sites declined "
    "to comment on the report, and another refused to say who owns it.\n\n"
    "Marsh's lawyer said the claim was false.")


def test_declined_or_no_ones_words_are_no_statement(pipeline):
    # "declined to comment on the report", "No one has offered any information": nothing was said
    found = cues(FORTUNE)
    assert not any(k.startswith(("comment", "offer", "information")) for k in found), show(found)
    # the counterparts: a report and a lawyer's words stay statements
    assert "reported" in found and "said" in found, show(found)


ROYAL = (
    "In the duke's disastrous interview, the truth comes out\n\n"
    "While Anglophiles spent the weekend watching the new season of the royal drama on television, the real "
    "Duke of Harlow was busy distancing himself from a far darker story.\n\n"
    "In a televised interview, the duke said he had no memory of meeting the woman who accuses him. "
    "\u201cHe knows exactly what he has done,\u201d the woman said on Monday.")


def test_time_spent_doing_something_is_no_statement(pipeline):
    # "Anglophiles spent the weekend watching …": how time went, not words
    found = cues(ROYAL)
    assert not any(k.startswith("spent") for k in found), show(found)
    assert "said" in found, show(found)
    # the counterpart: a memory told is the one who remembers
    found = cues("The duke recalls evening\n\nThe duke insists he was at home that night. He remembers going "
                 "to a pizza restaurant in the town with his daughter that evening.")
    assert "remembers" in found, show(found)


SPOKESMAN = (
    "Minister under pressure over donor links\n\n"
    "Opposition lawmakers on Tuesday demanded an inquiry into the finance minister's ties to a property "
    "developer who funded his campaign.\n\n"
    "He denied taking money from the developer, his spokesman said.\n\n"
    "The developer, Conrad Vail, did not respond to requests for comment.")


def test_he_is_not_the_spokesman_of_his(pipeline):
    # "He denied taking money, his spokesman said": "he" is the one the spokesman speaks for
    doc = _code(pipeline, SPOKESMAN)
    denied = [e for e in doc.events if e.trigger.text == "denied"]
    assert all("spokesman" not in " ".join(names(doc, e.actor)) for e in denied), \
        [(e.type, names(doc, e.actor)) for e in denied]


RALLY = (
    "Thousands of teachers rally at statehouse for better pay\n\n"
    "Several thousand teachers wearing red surrounded the statehouse on Tuesday to call for better pay.\n\n"
    "Union president Dana Whitlock told the crowd that the legislature should direct money from the state's "
    "reserves toward schools.\n\n"
    "\u201cThe crisis is now, and we need action now,\u201d Whitlock said to cheers from the crowd.")


def test_cheers_are_no_addressee(pipeline):
    # "said to cheers from the crowd": the crowd's response, not whom the words were addressed to
    doc = _code(pipeline, RALLY)
    st = [s for s in doc.statements if s.content.text.startswith("The crisis is now")]
    assert st and st[0].addressee_text is None, [(s.content.text, s.addressee_text) for s in st]
