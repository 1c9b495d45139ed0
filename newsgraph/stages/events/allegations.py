"""Allegations with no one named as making them ("the talks came amid allegations that Bolivia bribed port
officials", "the accusations against Governor Mora"): PLOVER codes an ACCUSE with no actor and the accused
as recipient, as for a passive with its critics unnamed (``unnamed_critics.py``).

Only a noun of alleging (an allegation, a charge, a lawsuit, a complaint), and only with the accused named
in it: the subject of its "that"-clause, or the object of "against". A pronoun is
left alone ("allegations that he lied": whom it stands for is a guess a reader may reject), and so is one
named by an owner ("allegations against Trump's campaign manager" do not accuse Trump) and a relative
clause ("allegations that were never proven": no content).

Also here, as the same reading of a noun's parties: the "of" object of a noun of criticism whose critic is
named otherwise is the one criticised (:func:`of_objects`).
"""

from __future__ import annotations

from .arguments import pobjs

#: nouns that name an allegation of wrongdoing by the one named in them ("charges against Mora", "a lawsuit
#: against Bolivia", "complaints that Chile closed the border")
ALLEGING_NOUNS = frozenset({"allegation", "accusation", "charge", "lawsuit", "suit", "complaint"})
#: verbs that let an act be done without doing it ("the bill allows lawsuits against the Saudis")
ALLOWING = frozenset({"allow", "permit", "enable", "authorize", "authorise", "legalize", "legalise"})
#: verbs that take an allegation as their object: a clause of one with no object of its own is a relative
#: clause with the noun as its object ("charges that Limbaugh called liberal lingo", "a charge that the
#: leaders denied"), not the allegation's content
TAKING = frozenset({"call", "deny", "make", "level", "raise", "bring", "file", "face", "reject", "dismiss", "repeat",
                    "dispute", "describe", "deem", "consider", "investigate", "lodge", "drop", "press", "hear",
                    "rebut", "refute", "denounce", "echo", "voice", "term", "label", "brand"})
#: clauses of a noun that can be its content
CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl"})


def accused_named(noun) -> list:
    """The tokens naming the accused of a noun of alleging: the subject of its "that"-clause right after
    it, or the object of its "against"; names and nouns only, not pronouns. Empty for any other noun."""
    if noun.lemma_.lower() not in ALLEGING_NOUNS and noun.lower_.rstrip("s") not in ALLEGING_NOUNS:
        return []
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "against":
            out += pobjs(c)
        elif c.dep_ in CONTENT_DEPS and c.pos_ in ("VERB", "AUX") and c.left_edge.i > noun.i \
                and c.left_edge.lower_ == "that" and c.left_edge.tag_ == "IN" \
                and (c.dep_ != "relcl" or c.left_edge.dep_ == "mark") \
                and not (c.lemma_.lower() in TAKING and not any(g.dep_ == "dobj" and g.lower_ != "that"
                                                               for g in c.children)):  # not "a charge that X denied"
            out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("that", "which")]
    # not one named by whose it is ("allegations against Trump's campaign manager" accuse the manager, not
    # Trump; "that his backers made threats": whose, a pronoun's resolution guesses)
    return [t for t in out if t.pos_ in ("PROPN", "NOUN") and not any(c.dep_ == "poss" for c in t.children)]


def accused(coder, trig) -> list[str]:
    """The actors accused by a noun of alleging (:func:`accused_named`), or the country of a nationality
    before the one named ("allegations that Chinese interests hacked …": China); empty for other triggers."""
    if trig.type != "ACCUSE" or trig.noun is None:
        return []
    named = accused_named(trig.noun)
    return coder.actors_of(named) or coder.actors_of(
        [g for t in named for g in coder._inside(t) if g.pos_ != "PRON" and g.dep_ != "amod"]) or [
        a for t in named for c in t.lefts if c.dep_ == "amod" and c.text in coder.an.kb.adjectives
        and (a := coder._country_actor(c))]


def merely_allowed(noun) -> bool:
    """A noun of alleging that is the object of a verb of allowing ("a bill that allows lawsuits against the
    Saudis"): what is allowed is not done, a hypothetical accusation."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ALLOWING and (
        noun.lemma_.lower() in ALLEGING_NOUNS or noun.lower_.rstrip("s") in ALLEGING_NOUNS)


def of_objects(noun) -> list:
    """The "of" objects of a noun of criticism: the ones criticised when its critic is named otherwise
    ("Chile's condemnation of Bolivia", "the criticism of Ortiz by Mora"); alone ("the criticism of
    Republicans") the critics or the criticised, no one can tell (nominal.OF_PATIENT)."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
