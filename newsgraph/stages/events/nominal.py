"""Noun events: summits, talks, meetings, visits, strikes, airstrikes, protests, sanctions, arrests named by
a noun that no verb of the clause carries ("the Obama–Xi meeting", "Russian airstrikes on Aleppo", "North
Korea's nuclear test", "criticism from Republicans").

The parties come from the noun phrase: its possessor, a name or a nationality before the noun ("Russian
airstrikes": Russia), "by"/"from" for who acts, "on", "against", "of", "to" for who is acted upon,
"with"/"between" for the other side of a meeting; a noun the object of "face", "draw" or "receive" has
the clause's subject as its recipient ("Clinton faced criticism from Republicans"). A noun event is
written only with at least one identified party. Its status follows what governs it: asked for
("called for a ban on …") is hypothetical, "no"/"without" negates, "planned"/"upcoming"/"proposed"
make it future. Its date is the noun phrase's own time expression ("the September 11 attack", "airstrikes
on Sunday night"), else the clause's when the noun is its subject.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LEMMA, LOWER, POS

from ..places import resolve_places
from ..syntax import in_question, tense_and_status
from .allegations import accused, merely_allowed, of_objects
from .arguments import CONTENT_PARTY_TYPES, pobjs
from .attackers import FIGURATIVE, WHEN_WORDS, _own_name, _words
from .criticised_acts import criticised_owner
from .drawn_criticism import doers_by, draws_criticism
from .lexicon import COOPERATIVE, LOCATED, _split, _Trigger
from .said_dates import saying_done_in

AGENT_PREPS = {"by", "from"}
PATIENT_PREPS = {"on", "against", "of", "to", "toward", "towards", "at", "over", "into"}
CO_PREPS = {"with", "between", "among"}
RECEIVING = {"face", "draw", "receive", "endure", "weather", "suffer", "attract", "incur", "field"}
#: answering a charge: who rebuts criticism naming no one else is the one criticised ("Peru rebuts criticism")
REBUTTING = {"rebut", "refute", "reject", "dismiss", "deny", "counter", "deflect", "shrug"}
#: weighing a request: who considers, accepts or turns down a demand naming no one else is the one asked
#: ("the ministry is considering a union proposal", "Peru rejected the demand")
WEIGHING = {"consider", "weigh", "review", "study", "examine", "receive", "reject", "accept", "approve", "grant",
            "refuse", "deny", "heed", "dismiss", "rebuff"}
#: asking for the noun's act as the verb's object ("demanded a ban", "proposed talks")
ASKING = {"urge", "demand", "propose", "seek", "advocate", "favor", "favour", "want", "request"}
#: asking for it with "for" ("called for a ban", "pushed for sanctions"), or as a noun ("calls for talks")
ASKING_FOR = {"call", "push", "press", "ask", "appeal", "clamor", "lobby", "campaign", "argue"}
#: verbs whose subject owns the act their object names: "North Korea claims nuclear test", "announced
#: airstrikes", "the test that North Korea carried out"
OWNING = {"claim", "announce", "confirm", "acknowledge", "admit", "report", "carry", "conduct", "perform",
          "execute", "complete", "pass", "enact", "adopt"}  # (a legislature's act: "Congress passed sanctions")
SCHEDULING = {"schedule", "plan", "set", "expect", "slate", "due"}
PREVENTING = {"block", "cancel", "postpone", "prevent", "delay", "oppose"}
FUTURE_MARKS = {"planned", "upcoming", "proposed", "scheduled", "expected", "next", "possible", "potential", "eventual",
                "prospective", "future", "forthcoming", "coming"}
NEGATION_MARKS = {"no", "without"}
#: "pave the way for talks", "set the stage for a summit", "open the door to sanctions": an act made possible
ENABLING = {"way", "stage", "groundwork", "door", "path", "ground"}
# the patient of these comes with "of" ("the release of prisoners", "the arrest of a journalist"); for the
# others "of" names the actor ("the criticism of Republicans" is ambiguous: left out)
OF_PATIENT = {"RETREAT", "COERCE", "SANCTION", "ASSAULT", "AID"}
#: modes whose noun names with "of" who acts: "the withdrawal of US troops", "the deployment of NATO forces"
OF_AGENT_MODES = {"withdraw", "troops", "resign", "ceasefire"}
RECIPROCAL_NOUNS = {"CONSULT", "AGREE", "COOPERATE"}
WEAPON_WORDS = {"bomb", "missile", "weapon", "warhead", "rocket", "device"}
#: entity labels of words before an event noun that say when or how many, never who
NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: fights both sides wage: whoever is named with them fights ("clashes between troops and rebels")
MUTUAL_FIGHTS = frozenset({"clash", "clashes"})
#: quarrels both sides wage in words: whoever is named with them criticises the other ("Trump's feud with Fox
#: News"); coded only with a side named after "with" or "between"
MUTUAL_QUARRELS = frozenset({"feud", "row", "spat", "squabble", "quarrel", "dispute"})
#: quarrels that are as often a standing conflict as words ("China's territorial disputes with its neighbors"):
#: coded only when they refer back to a criticism told just before ("the dispute")
STANDING_QUARRELS = frozenset({"dispute"})
#: nouns of a promise: an act when they hold what is promised ("her pledge to withdraw"), a stance otherwise
PROMISES = frozenset({"pledge", "promise"})
#: nouns of support that name an act, not a stance ("Le Pen's endorsement of Trump")
ENDORSEMENTS = frozenset({"endorsement"})
#: determiners that make an event noun refer back to an occurrence already told ("the talks", "this attack")
#: nouns whose possessor undergoes the act ("his arrest", "Okafor's detention", "the president's
#: impeachment"): the possessor is the recipient, unless an "of" patient or a "by" agent is given too ("the
#: army's arrest of three reporters": the army arrests)
POSSESSOR_UNDERGOES = frozenset({"arrest", "detention", "capture", "abduction", "kidnapping", "execution",
                                 "assassination", "murder", "killing", "imprisonment", "jailing", "deportation",
                                 "expulsion", "extradition", "indictment", "impeachment", "conviction", "ouster",
                                 "dismissal", "firing", "removal", "release", "sentencing", "prosecution"})
ANAPHORIC = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}
#: words that make a noun another occurrence than one told before ("the next attack")
ANOTHER = {"next", "another", "new", "future", "further", "fresh", "possible", "potential", "other", "later",
           "last", "previous", "earlier", "prior"}  # "the last major attack … was in 2004": one before the news


def _other_content(noun, first) -> bool:
    """A noun with its own infinitive ("the request to investigate Burisma") whose verb the earlier
    occurrence's sentence does not have: what is asked or planned differs, so the occurrence does."""
    acts = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if not acts:
        return False
    told = {w.lower() for w in first.evidence.text.split()}
    return not any(a.lower_ in told or a.lemma_.lower() in told for a in acts)


def _said_of_the_past(noun) -> bool:
    """A noun that says what something was ("Benghazi was a planned attack"): the predicate of a past "be",
    where "planned" tells how it was done, not that it is ahead."""
    head = noun.head
    return noun.dep_ == "attr" and head.lemma_.lower() == "be" and head.tag_ == "VBD"


_NOUN_WORDS: dict[int, frozenset[str]] = {}


def _noun_words(key: int, nouns) -> frozenset[str]:
    """The event nouns' words a token must have to be one: each noun, and the last word of a two-word one
    ("a scathing attack": "attack"); once per lexicon (``key`` its table's id)."""
    words = _NOUN_WORDS.get(key)
    if words is None:
        words = _NOUN_WORDS[key] = frozenset(nouns) | frozenset(k.split()[-1] for k in nouns if " " in k)
    return words


class Nominal:
    """Coding event nouns (a part of :class:`~.coder.Coder`)."""

    def _noun_candidates(self) -> tuple[list[int], list[int]]:
        """Indices of the nouns that may name an event (their form or lemma is an event noun, or the last
        word of a two-word one) and of the nouns "test", read from the doc's arrays: no token object is
        made for the other words (two passes over every token were the stage's largest cost)."""
        doc = self.doc
        strings = doc.vocab.strings
        noun, propn = strings["NOUN"], strings["PROPN"]
        pos, lower, lemma = doc.to_array([POS, LOWER, LEMMA]).T
        words = _noun_words(id(self.nouns), self.nouns)
        events, tests = [], []
        for i in numpy.flatnonzero((pos == noun) | (pos == propn)).tolist():
            low, lem = strings[int(lower[i])], strings[int(lemma[i])].lower()
            if low in words or lem in words:
                events.append(i)
            if lem == "test" and pos[i] == noun:
                tests.append(i)
        return events, tests

    def noun_triggers(self, taken: set[int]):
        """Event nouns not already carried by a verb trigger (``taken``: token indices used)."""
        events, tests = self._noun_candidates()
        for i in events:
            tok = self.doc[i]
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in taken:
                continue
            low = tok.lower_
            if low not in self.nouns and tok.lemma_.lower() not in self.nouns and not any(
                    c.dep_ in ("compound", "amod") and f"{c.lower_} {low}" in self.nouns for c in tok.lefts):
                continue
            if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "attack ads", "summit venue": a modifier, no occurrence
            if tok.dep_ == "dobj" and self.lemma(tok.head) in self.light:
                continue  # a light verb's object: the verb's trigger codes it, or nothing should
            code = self._noun_code(tok)
            if code and not self._unsensed_noun(tok):
                yield _Trigger(*_split(code), token=tok, head=tok, noun=tok)
        for i in tests:  # "the test of a hydrogen bomb", "this test": a weapons test told before or named so
            tok = self.doc[i]
            if tok.lemma_.lower() == "test" and tok.pos_ == "NOUN" and tok.i not in taken and not any(
                    c.dep_ in ("compound", "amod") and f"{c.lower_} test" in self.nouns for c in tok.lefts):
                weapon = any(g.lemma_.lower() in WEAPON_WORDS for c in tok.children if c.dep_ == "prep"
                             and c.lower_ == "of" for g in c.subtree)
                trig = _Trigger("MOBILIZE", "weapons", token=tok, head=tok, noun=tok)
                if weapon or self._earlier_occurrence(trig) is not None:
                    yield trig

    def _unsensed_noun(self, noun) -> bool:
        """An event noun whose "of"/"for" object cancels its sense as its verb's object does ("the release of
        classified material", of a report: no one set free; a newspaper's "request for comment")."""
        unsense = self.object_not.get(noun.lemma_.lower())
        if not unsense:
            return False
        objs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                for g in c.children if g.dep_ == "pobj"]  # ("the request for comment")
        return bool(objs) and all(o.lemma_.lower() in unsense or o.lower_ in unsense for o in objs)

    # -- parties ----------------------------------------------------------------------------------
    def _is_place(self, tok) -> bool:
        if tok.ent_type_ == "FAC" and (a := self.an.actor(self.an.token_actor.get(tok.i, ""))) is not None \
                and a.kind == "person":
            return False  # "the Lind-Ortiz talks" tagged a facility: the people it names
        return any(p.start <= tok.idx < p.end for p in self.an.places) or (
            tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.text not in self.an.kb.adjectives)

    def _compound_city(self, tok, noun):
        """A city named before an event noun ("the Benghazi attack", "the Munich talks") that the named-entity
        tagger took for something else: the gazetteer's place, kept as the noun event's place."""
        if tok.pos_ != "PROPN" or tok.dep_ != "compound" or tok.ent_type_ in ("PERSON", "NORP"):
            return None
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].dep_ == "compound":
            return None  # part of a longer name ("Pulse Nightclub attack" is fine, "Boko Haram" is not a city)
        places = resolve_places(self.an, [self.doc[tok.i:tok.i + 1]])
        if not places or places[0].feature != "city":
            return None
        self._noun_places[noun.i] = places[0]
        return places[0]

    def _country_actor(self, tok) -> str | None:
        """The country a nationality word names ("Russian" airstrikes), as an actor of the article."""
        iso = self.an.kb.adjectives.get(tok.text)
        toks = [tok]
        if tok.i > 0 and (pair := self.an.kb.adjectives.get(f"{self.doc[tok.i - 1].text} {tok.text}")):
            iso, toks = pair, [self.doc[tok.i - 1], tok]  # "the North Korean test": not the Korea of "Korean"
        if not iso:
            return None
        start, end = toks[0].idx, tok.idx + len(tok.text)
        for a in self.an.actors:
            if a.kind == "country" and a.country == iso:
                a.add_mention(start, end)
                self.an.link_tokens(toks, a)
                return a.id
        entry = self.an.kb.country(iso)
        a = self.an.new_actor(name=entry.name if entry else iso, kind="country", country=iso,
                              kb_id=entry.stable_id if entry else None)
        a.add_mention(start, end)
        self.an.link_tokens(toks, a)
        return a.id

    def _receiving_verb(self, trig: _Trigger):
        """The verb by which its subject receives the event the noun names ("faced criticism"), or, for
        criticism, comes under it ("came under sharp criticism from …"); None otherwise."""
        noun = trig.noun
        if noun.dep_ == "dobj" and self.lemma(noun.head) in RECEIVING:
            return noun.head
        if trig.type == "ACCUSE" and draws_criticism(noun, self.lemma(noun.head)):
            return noun.head  # "sparked criticism", "is getting criticism" (drawn_criticism.py)
        if trig.type == "ACCUSE" and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
                and self.lemma(noun.head.head) in ("come", "fall"):
            return noun.head.head
        return None

    @staticmethod
    def _possessor_undergoes(noun) -> bool:
        """The noun's possessor is who undergoes it (``POSSESSOR_UNDERGOES``, with no "of" patient nor
        "by" agent of its own)."""
        return noun.lemma_.lower() in POSSESSOR_UNDERGOES and not any(
            c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.rights)

    def noun_parties(self, trig: _Trigger) -> tuple[list[str], list[str]]:
        noun = trig.noun
        actors: list[str] = []
        recipients: list[str] = []
        for c in noun.lefts:
            if c.ent_type_ in NOT_PARTIES or c.lower_.rstrip(".") in WHEN_WORDS:
                continue  # "the September 11 attack": when, not who (whatever tag the month got)
            if c.dep_ == "compound" and (self._is_place(c) or self._compound_city(c, noun) is not None):
                continue  # "the Benghazi attack", "the Paris attacks": where, not who
            if c.dep_ == "nmod" and trig.type in LOCATED and not any(g.dep_ == "case" for g in c.children) \
                    and self._is_place(c):
                if noun.i not in self._noun_places and (found := resolve_places(self.an, [self.doc[c.left_edge.i:c.i + 1]])):
                    self._noun_places[noun.i] = found[0]  # (its place: not an occurrence told elsewhere)
                continue  # "the San Bernardino and Paris attacks", the names read as modifiers: where, not who
            if c.dep_ == "poss" and self._possessor_undergoes(noun):
                recipients += [a for a in self.actors_of([c]) if a not in recipients]
            elif c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and c.pos_ == "PROPN"):
                # "the Obama-Xi talks": each name of a hyphened pair
                paired = [g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"
                          and any(h.text in ("-", "–") for h in c.children)]
                actors += [a for a in self.actors_of([c] + paired) if a not in actors]
            elif c.dep_ in ("amod", "compound") and c.text in self.an.kb.adjectives:
                a = self._country_actor(c)
                if a and trig.mode == "visit":
                    recipients.append(a)  # "his British trip": the country visited
                elif a and a not in actors:
                    actors.append(a)
        for prep in noun.rights:
            if prep.dep_ != "prep":
                continue
            objs = pobjs(prep)
            p = prep.lower_
            if p in AGENT_PREPS:
                actors += [a for a in self.actors_of(objs) if a not in actors]
            elif p in CO_PREPS and (trig.type in RECIPROCAL_NOUNS or noun.lemma_.lower() in MUTUAL_FIGHTS | MUTUAL_QUARRELS):
                actors += [a for a in self.actors_of(objs) if a not in actors]  # "clashes with the Sol group"
            elif trig.type == "CONSULT" and p in ("on", "over", "about"):
                continue  # "talks on trade": the topic
            elif p == "of" and trig.mode in OF_AGENT_MODES:
                actors += [a for a in self.actors_of(objs) if a not in actors]  # "the withdrawal of US troops"
            elif p in PATIENT_PREPS and (p != "of" or trig.type in OF_PATIENT) \
                    or p == "about" and trig.type == "ACCUSE":  # "his complaints about China's currency"
                # (criticism about someone or what is theirs is criticism of them; "talks about" is a topic)
                recipients += [a for a in self.actors_of(objs) if a not in recipients]
        if not actors:
            for c in noun.children:  # "the nuclear test that North Korea conducted last night"
                if c.dep_ == "relcl" and (self.lemma(c) in self.light or self.lemma(c) in OWNING):
                    actors += [a for a in self.actors_of([g for g in c.children if g.dep_ == "nsubj"
                                                          and g.lower_ not in ("that", "which", "who")])
                               if a not in actors]
                if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and self.lemma(c) not in RECEIVING \
                        and (self.lemma(c) in self.light or self.lemma(c) in OWNING):
                    # "the nuclear test announced by North Korea", "the airstrikes carried out by Russia"
                    actors += [a for a in self.actors_of([g for p in c.children if p.dep_ == "agent"
                                                          for g in p.children if g.dep_ == "pobj"]) if a not in actors]
        head = noun.head
        if noun.lemma_.lower() in MUTUAL_FIGHTS and noun.dep_ == "pobj" and head.lower_ == "in" \
                and self.lemma(head.head) in ("engage", "involve", "embroil", "lock", "trap"):
            # "security forces were engaged in heavy clashes with …": both sides fight
            actors = [a for a in self.actors_of([c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")])
                      if a not in actors] + actors
        if not actors and noun.dep_ == "dobj" and self.lemma(head) in OWNING:
            # "North Korea claims nuclear test", "Russia announced airstrikes": the claimant's own act
            actors += [a for a in self.actors_of([c for c in head.children if c.dep_ == "nsubj"]) if a not in actors]
        if (receiver := self._receiving_verb(trig)) is not None:
            # "Clinton faced criticism from Republicans": the subject receives it, "from" gives it
            subj = [c for c in receiver.children if c.dep_ in ("nsubj", "nsubjpass")]
            recipients += [a for a in self.actors_of(subj) or self.actors_of(doers_by(subj)) if a not in recipients]
            actors += [a for a in self.actors_of([g for c in receiver.children if c.dep_ == "prep"
                                                  and c.lower_ in AGENT_PREPS for g in c.children
                                                  if g.dep_ == "pobj"]) if a not in actors]
        if not recipients and actors and trig.type == "ACCUSE":  # "Chile's condemnation of Bolivia" (allegations.py)
            recipients = [a for a in self.actors_of(of_objects(noun)) if a not in actors]
        if not recipients and trig.type in CONTENT_PARTY_TYPES:
            recipients = [a for a in self._content_party(trig) if a not in actors]
        if not recipients and noun.dep_ == "dobj" and (trig.type == "ACCUSE" and self.lemma(head) in REBUTTING
                                                       or trig.type == "REQUEST" and self.lemma(head) in WEIGHING):
            # "China rebuts American criticism on overcapacity": the one who answers it was criticised (and
            # the one who weighs a demand is the one asked)
            recipients = [a for a in self.actors_of([c for c in head.children if c.dep_ == "nsubj"])
                          if a not in actors]
        if not recipients and trig.type == "SANCTION":
            recipients = [a for a in self.named_in_law(noun) if a not in actors]  # "renewal of the Iran Sanctions Act"
        if trig.type in RECIPROCAL_NOUNS and trig.mode != "visit":  # a visit's place or host receives it
            actors, recipients = actors + [r for r in recipients if r not in actors], []
        recipients = [r for r in recipients if r not in actors]
        return actors, recipients

    def _endorsement_parties(self, noun, actors, recipients):
        """Who endorses whom: the "by" agent or the possessor endorses ("the Trump endorsement by Le Pen",
        "Le Pen's endorsement of Trump"); the other names, before the noun or after "of", are endorsed. With
        neither, "the Trump endorsement" could be either: no parties."""
        by = self.actors_of([g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "by"
                             for g in p.children if g.dep_ == "pobj"])
        poss = self.actors_of([c for c in noun.lefts if c.dep_ == "poss"])
        endorsed = self.actors_of([g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
                                   for g in p.subtree if g.dep_ in ("pobj", "poss")])
        doers = by or poss
        if not doers:
            return [], []
        others = [a for a in list(actors) + list(recipients) + endorsed if a not in doers]
        return doers, list(dict.fromkeys(others))

    def _promised_code(self, noun) -> str | None:
        """For a noun of promise with its own infinitive ("Obama's pledge to remove all troops"): the code of the
        promise as the verb would have it (AGREE; THREATEN for harm, REJECT for a refusal), else None."""
        if noun.lemma_.lower() not in PROMISES:
            return None
        act = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB"
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        return self._frame_code(noun.lemma_.lower(), act) if act is not None else None

    # -- status and time --------------------------------------------------------------------------
    def noun_status(self, noun) -> tuple[str, str]:
        """(tense, status) of a noun event from what governs it."""
        mods = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "compound", "neg")}
        if mods & NEGATION_MARKS or (noun.dep_ == "pobj" and noun.head.lower_ == "without"):
            return "past", "negated"
        if mods & FUTURE_MARKS and not _said_of_the_past(noun):
            return "future", "future"
        if noun.dep_ in ("nsubj", "nsubjpass") and self.lemma(noun.head) in SCHEDULING:
            return "future", "future"  # "the meeting was scheduled two weeks ago"
        if noun.dep_ == "dobj" and self.lemma(noun.head) in PREVENTING:
            return "future", "future"  # "to block Trump's visit": a planned visit
        enabler = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to") else None
        if enabler is not None and enabler.lemma_.lower() in ENABLING and enabler.dep_ == "dobj":
            tense, status = tense_and_status(enabler.head)
            if status != "asserted" or tense != "past":
                return "future", "hypothetical"  # ("hoped the swap would pave the way for talks"): made possible
        t = noun
        for _ in range(4):  # "called for a ban on …", "calls to ban …": asked for, not done
            h = t.head
            if h.i == t.i:
                break
            lem = self.lemma(h) if h.pos_ in ("VERB", "NOUN") else ""
            if (lem in ASKING_FOR and (t.dep_ == "pobj" or h.pos_ == "NOUN" or t.dep_ == "prep" and t.lower_ == "for")) \
                    or (lem in ASKING and t.dep_ in ("dobj", "pobj", "xcomp")):  # ("asked Zelenskiy for the investigations")
                return "future", "hypothetical"
            if h.pos_ == "VERB" and self.lemma(h) in self.threat_lemmas:
                return "future", "hypothetical"
            if h.pos_ == "VERB":
                if h.dep_ == "xcomp" and self.lemma(h.head) in SCHEDULING:
                    return "future", "future"  # "is expected to surface in the Obama-Xi talks": ahead
                break
            t = h
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and self.lemma(noun.head) in OWNING:
            tense, status = tense_and_status(noun.head)  # "Congress can still pass a reauthorization of …"
            if status != "asserted":
                return tense, status
        return "past", "asserted"

    def noun_date_holder(self, noun):
        """The token whose subtree holds the noun event's time: the noun phrase, or the clause when the
        noun is its subject ("Russian airstrikes killed 20 people on Sunday")."""
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head
        # the act a saying does, named in its "in" phrase ("in a halfhearted endorsement of Sanders, Clinton
        # added …"): the saying's clause
        return saying_done_in(noun) or noun

    def _earlier_occurrence(self, trig: _Trigger):
        """The event a definite noun refers back to ("the talks", "the test", "this attack"): the latest
        event of the same type, and of the same mode where both have one, coded before it in the article, within the last few paragraphs
        ("the withdrawal of troops" is no release of prisoners told before)."""
        noun = trig.noun
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC for c in noun.children):
            return None
        if any(c.dep_ in ("amod", "det") and c.lower_ in ANOTHER for c in noun.children):
            return None  # "prevent the next terrorist attack": another occurrence
        start = noun.idx
        window = self.an.text.rfind("\n", 0, max(0, start - 1500)) + 1
        before = [e for e in self.out if e.type == trig.type and not (e.mode and trig.mode and e.mode != trig.mode)
                  and window <= e.trigger.start < start and e.actor]
        # a noun naming its own day refers to an occurrence of that day ("the attack Wednesday": the museum
        # attack told for Wednesday, not "forces have fought gunbattles with jihadists" told since)
        same_day = [e for e in before if self.dated_alike(trig, e)]
        return max(same_day or before, key=lambda e: e.trigger.start) if before else None

    def _quarrel_told_before(self, trig: _Trigger) -> list[str]:
        """The two sides of a quarrel noun that refers back ("the dispute", "this feud", with nothing else
        before it): the critic and the criticised of the latest criticism told shortly before, one of each;
        none otherwise ("the territorial dispute", "the South China Sea dispute": another quarrel)."""
        noun = trig.noun
        lefts = list(noun.lefts)
        if not lefts or any(c.dep_ != "det" or c.lower_ not in ("the", "this", "that") for c in lefts):
            return []
        first = self._earlier_occurrence(trig)
        if first is None or first.mode != "disapprove" or len(first.actor) != 1 or len(first.recipient) != 1:
            return []
        return [first.actor[0], first.recipient[0]]

    @staticmethod
    def _another_kind(noun, first) -> bool:
        """A noun named by a compound ("the impeachment inquiry") none of whose modifiers the earlier
        occurrence's sentence has: another occurrence. Dates do not count ("the September 11th attack"),
        and one modifier in common is enough ("the nuclear weapons test" after "a nuclear test")."""
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("DATE", "TIME",
                                                                                                  "ORDINAL", "CARDINAL")]
        if not any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in mods):
            return False
        told = first.evidence.text.lower()
        return not any(c.lower_ in told for c in mods)

    def code_noun(self, trig: _Trigger, seen: set) -> None:
        endorsement = trig.noun.lemma_.lower() in ENDORSEMENTS
        promised = self._promised_code(trig.noun) if trig.type == "AGREE" else None
        if promised is not None and promised != "AGREE":
            return  # "his pledge to ban all imports": a threat or a refusal announced, the verb's reading
        if trig.type in COOPERATIVE and trig.type not in ("CONSULT", "AID", "RETREAT") and not endorsement \
                and promised is None:
            return  # "agreement", "support", "commitment": too often a stance or a document, not an act
        framed = self.framed_noun_parties(trig)  # "in an endorsement of X, Y said", "at the request of X" (verbal.py)
        actors, recipients = framed or self.noun_parties(trig)
        if trig.noun.lemma_.lower() in MUTUAL_QUARRELS and (len(actors) < 2 or not any(
                p.dep_ == "prep" and p.lower_ in CO_PREPS for p in trig.noun.children)
                or trig.noun.lemma_.lower() in STANDING_QUARRELS):
            sides = self._quarrel_told_before(trig)  # "the dispute" after Sanders criticised Clinton
            if not sides:
                return  # "three days in a row", "a feud": no two sides named with it or told before
            actors, recipients = sides, []
        if endorsement and not framed:
            actors, recipients = self._endorsement_parties(trig.noun, actors, recipients)
        first = None
        if not actors and trig.type == "ASSAULT":
            actors = self.claimed_attack(trig.noun)  # "X was behind the attack" (attackers.py)
        if not actors:
            first = self._earlier_occurrence(trig)
            own = self.location_for(trig, dateline=False, target=False)
            if first is not None and own is not None and (first.location is None or first.location.name != own.name):
                first = None  # "the attack in Nice" after one in Munich: another occurrence
            if first is not None and trig.type == "ACCUSE" and (of := self.actors_of(of_objects(trig.noun))) \
                    and not set(of) & set(first.actor + first.recipient):
                first = None  # "the criticism of Bolivia" after Mora's criticism of Ortiz: another
            if first is not None and recipients and not set(recipients) & set(first.recipient):
                first = None  # "the release of the hostages" after the government freed prisoners: another
            if first is not None and trig.type == "ASSAULT" and (own_name := _own_name(trig.noun)) \
                    and not own_name <= _words(first.evidence.text):
                first = None  # "the 9/11 attacks" after a killing told otherwise: another occurrence
            if first is not None and self._another_kind(trig.noun, first):
                first = None  # "the impeachment inquiry" after Ukraine was to investigate Biden: another
            if first is not None and _other_content(trig.noun, first):
                first = None  # "the request to investigate Burisma" after a plea to lawmakers: another
            if first is not None and self.dated_apart(trig, first):
                first = None  # "the September 11th attack" after Monday's shelling: another
            if first is not None and trig.noun.lemma_.lower() in FIGURATIVE and not recipients:
                first = None  # "the fight against corruption" after an airstrike: no fighting told again
            if first is not None:  # the same occurrence mentioned again: its parties
                actors = list(first.actor)
                recipients = recipients or [r for r in first.recipient if r not in actors]
                if trig.type in RECIPROCAL_NOUNS and trig.mode != "visit":
                    actors, recipients = actors + [r for r in recipients if r not in actors], []  # "the meeting"
        if not actors and trig.type == "ASSAULT":
            self.defer_attack(trig, recipients)  # its attacker may be told elsewhere in the article (attackers.py)
            return
        alleged = accused(self, trig) if not actors and self._receiving_verb(trig) is None else []
        if not actors and not alleged and not recipients and trig.type == "ACCUSE" and self._receiving_verb(trig) is None:
            alleged = criticised_owner(self, trig.noun)  # "the outcry over Chile's decision" (criticised_acts.py)
        recipients = alleged or recipients  # "allegations that Bolivia bribed …", by no one named (allegations.py)
        if not actors and not recipients:
            return
        if trig.type in RECIPROCAL_NOUNS and len(actors) < 2 and not recipients and promised is None:
            return  # a meeting needs two sides (a pledge to act needs only its maker)
        received = self._receiving_verb(trig) is not None
        if not actors and not (received and recipients and trig.type == "ACCUSE") and not alleged:
            return  # who did it is the least an event says; but "Obama has endured criticism" is news
        tense, status = self.noun_status(trig.noun)
        if status == "asserted" and (in_question(trig.noun) or merely_allowed(trig.noun)):
            status = "hypothetical"  # "So he's going to do the investigation?", "allows lawsuits against …"
        above = {t.idx for t in trig.noun.ancestors}  # the clause it hangs from, not just its sentence
        told = next((e for e in self.out if e.type == trig.type and set(e.actor) == set(actors)
                     and e.trigger.start in above and e.status == "future"), None)
        if status == "asserted" and told is not None:
            tense, status = "future", "future"  # "will meet Putin on Friday, marking their first meeting": ahead
        if status == "asserted" and first is not None and first.status == "future" and tense != "past":
            tense, status = "future", "future"  # "The meeting comes amid concerns …": the one told ahead, still ahead
        n = len(self.out)
        self._emit(trig, actors, recipients, status, tense, seen, bonus=-0.1)
        if first is not None and len(self.out) > n:  # the same occurrence: its time and place too
            e = self.out[-1]
            self.out[-1] = replace(e, date=e.date if e.date is not None and e.date.value else first.date,
                                   location=e.location or first.location)
