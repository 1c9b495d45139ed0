"""The coder: triggers, then arguments, then attributes, for each clause of an article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...analysis import Analysis
from ...lexicon import lexicon
from ...records import Event
from ..syntax import governing_verb, marked_clause, outer_cue, subject_of, tense_and_status
from . import validity
from .aid_given import aid_named
from .arguments import Arguments, none_of
from .arrest_charges import ArrestCharges
from .attackers import Attackers
from .attributes import Attributes
from .commitments import committed_to_act
from .evaluations import Evaluations
from .lexicon import COOPERATIVE, LOCATED, REPORTED_PRONOUNS, STATIVE_PASSIVES, TRAVEL, _Trigger, _word_sets
from .material import Material
from .narrative_dates import continued
from .nominal import MUTUAL_FIGHTS, Nominal
from .occasions import occasion_places
from .occurrences import Occurrences
from .received_acts import givers, received_noun
from .sponsors import Sponsors
from .structure import Structure
from .suspects import Suspects
from .threatened import aimed_against
from .triggers import Triggers, _obliged
from .unattributed_attacks import UnattributedAttacks
from .unnamed_critics import judged_subject
from .verbal import Verbal, mutual, saying_noun, stranded_conjunct_subject
from .wars import Wars

#: a possessive that makes a phrase the actor's own ("its troops", "their soldiers")
OWN_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my"})
#: what one declines to do when declining to comment: no refusal of a political act
SPEECH_REFUSALS = frozenset({"say", "comment", "speculate", "elaborate", "specify", "disclose", "reveal", "discuss",
                             "confirm", "answer", "detail", "estimate", "predict", "guess"})
#: what one declines to give when declining to comment ("declined to offer his own figure")
SPOKEN_THINGS = frozenset({"figure", "estimate", "comment", "detail", "details", "explanation", "number", "timeline",
                           "specifics", "information", "view", "opinion", "answer", "name", "names"})
#: people spoken to who are no political counterpart
AUDIENCES = frozenset({"supporters", "crowd", "crowds", "audience", "voters", "students", "victims", "families",
                       "fans", "donors", "workers", "residents", "followers"})
#: the press, as the other side of a "meeting"
PRESS = frozenset({"reporters", "journalists", "the press", "press", "media", "editorial board", "newspaper"})
#: heads that make an unnamed group political whatever the knowledge base says of it
POLITICAL_GROUPS = frozenset({"nations", "countries", "states", "governments", "leaders", "officials", "ministers",
                              "lawmakers", "legislators", "diplomats", "allies", "members", "parties", "authorities"})
#: a sports score ("beat Hungary 2-0")
SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
#: verbs of force most often used in no violent sense: they need a target or a word of force
FIGURATIVE_FORCE = frozenset({"hit", "beat", "strike", "target", "crush", "blast", "slam", "fire", "shoot", "smash",
                              "hammer", "batter", "pummel", "battle", "fight", "combat"})
#: verbal acts: a participle heading them is a mis-tagged past tense, not a reduced passive
VERBAL_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "CONCEDE"})
#: acts a headline's bare participle reports of their victims ("100 protesters killed in …")
SUFFERED = frozenset({"kill", "wound", "injure", "arrest", "detain", "jail", "sentence", "release", "free", "abduct",
                      "kidnap", "execute", "shoot", "deport", "expel", "convict", "charge", "hold", "evacuate"})
#: verbs of winning a contest; force only when armed people do it ("police beat protesters")
#: verbs whose other party is their object, with the preposition of their complement: "threatened X with
#: sanctions", "accused X of bribery"; used with the preposition and no object, they are passives
PASSIVE_PREPS = {"threaten": {"with"}, "accuse": {"of"}, "charge": {"with"}, "suspect": {"of"}, "blame": {"for"},
                 "sanction": {"for", "over"}, "punish": {"for"}, "fine": {"for"}, "arrest": {"for", "on"},
                 "convict": {"of"}, "sentence": {"to", "for"}, "indict": {"on", "for"}}
#: verbal acts that can be aimed at another's act, and so at its doer ("condemned the test")
AIMED_AT_ACTS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
#: verbs of handing a person over to another state ("extradite Assange to the US"): the person is the target
HANDING_OVER = frozenset({"extradite", "repatriate"})
#: craft an attack brings down ("shot down the helicopter"): force, whatever the verb's other senses
AIRCRAFT = frozenset({"helicopter", "plane", "aircraft", "airliner", "jet", "drone", "chopper", "warplane",
                      "fighter", "bomber", "airplane"})
#: what one defends of one's own ("defended her record"): no one else supported
OWN_RECORD = frozenset({"record", "decision", "decisions", "policy", "policies", "position", "stance", "comment",
                        "comments", "remark", "remarks", "action", "actions", "conduct", "handling", "approach",
                        "strategy", "vote", "votes", "tenure", "legacy", "choice", "statement", "statements"})
#: determiners of no one in particular ("a president should …", "any country must …")
GENERIC_DETS = frozenset({"a", "an", "any", "every", "each", "no"})
#: verbs that carry out an attack named by their object ("carried out his attack", "launched an offensive"):
#: the noun is the act itself, whoever does it
EXECUTING = frozenset({"carry", "launch", "conduct", "mount", "stage", "unleash", "wage", "commit", "perpetrate"})
CONTEST_VERBS = frozenset({"beat", "defeat", "crush", "thrash", "rout", "trounce", "edge", "top", "outplay"})
#: sectors that raid with arms ("warplanes carried out a raid", "commandos will be conducting raids")
MILITARY = frozenset({"MIL", "REB", "UAF", "IMG"})
ARMED_NOT_STATE = frozenset({"MIL", "REB", "UAF", "COP", "PRM", "SPY", "CRM", "IMG"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"})
#: sectors of people whose "attacks" are words: politicians and officials
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "ELI", "JUD", "OPP"})
#: sectors whose "going after" someone is words: politicians, not prosecutors or police
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "PTY", "ELI", "OPP"})
#: types a civilian group acting in no political capacity does not give ("attend a lecture", "met for coffee")
CIVIL_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "COERCE", "SANCTION",
                         "RETREAT", "MOBILIZE"})


def _past_modal(verb) -> bool:
    """ "should have signed", "must have known": a modal with the perfect, a judgement of what is done."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children)


def _open_question(verb) -> bool:
    """The clause is an open question ("asked whether Britain should leave", "the debate on if it should"):
    asked about, not demanded."""
    return marked_clause(verb, ("whether", "if"), lambda t: t.dep_ == "conj", 3)


def _after_publication(value: str | None, published: str | None, slack_days: int = 2) -> bool:
    """``value`` (a day, ISO week, month or year) begins more than ``slack_days`` after the publication day
    (the slack for time zones and a report dated the evening before its news)."""
    if not value or not published:
        return False
    try:
        pub = dt.date.fromisoformat(published[:10])
        if "-W" in value:
            first = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        else:
            parts = [int(x) for x in value[:10].split("-")]
            first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return (first - pub).days > slack_days


def _agent_of(verb):
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _hidden_passive(verb):
    """For a passive whose subject is not its own — a gerund or infinitive ("after being deported by
    Hungary", "due to be released") or a participle sharing a passive's auxiliary ("was caught by police
    and deported") — its agent (the shared one for the participle), or False when none is named; None for
    any other verb."""
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None
    if any(c.dep_ == "auxpass" for c in kids):
        return _agent_of(verb) or False
    head = verb.head
    if verb.dep_ == "conj" and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in kids)) \
            and not any(c.dep_ == "aux" for c in kids) \
            and any(c.dep_ == "auxpass" for c in head.children):
        return _agent_of(verb) or _agent_of(head) or False
    return None


def _controller(verb):
    """Who undergoes a passive with no subject of its own: the coordinated passive's subject, else the
    subject of the clause it hangs from ("Serbians landed … after being deported")."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj":
        return next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    while head.pos_ == "ADP" and head.head.i != head.i:  # ("… after being deported": the clause of "after")
        head = head.head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(head)


def _marked_participle(verb) -> bool:
    """A participle opened by a conjunction, with no subject or auxiliary of its own ("If convicted, he could
    face …", "when asked"): a passive, for verbal acts too."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "once", "until", "though", "although", "while")
        for c in verb.children) and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children)


#: verbs of speaking that the lexicon reads as talks ("speak to", "talk with"): said of a topic, not a party,
#: they are comment, and declining them is no refusal of talks
SPEAKING = frozenset({"speak", "talk", "comment"})


def _not_yet(verb) -> bool:
    """A negated perfect that says the act is still to come ("has not yet agreed", "hasn't committed to
    anything so far", "still hasn't signed"): not done so far, which is no refusal."""
    kids = list(verb.children)
    if not (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)):
        return False
    return any(c.lower_ in ("yet", "still") for c in kids) or any(
        c.lower_ == "far" and any(g.lower_ == "so" for g in c.children) for c in verb.subtree
        if c.head.i == verb.i or c.head.head.i == verb.i)


class Coder(Triggers, Arguments, Structure, Nominal, Evaluations, Attributes, Attackers, Sponsors, Verbal, Material,
            Suspects, ArrestCharges, UnattributedAttacks, Wars):
    def __init__(self, an: Analysis):
        self.an = an
        self.doc = an.doc
        lex = lexicon().events
        self.__dict__.update(_word_sets(id(lex)))  # the lexicon's tables, built once per lexicon
        self.out: list[Event] = []
        self._roots: list | None = None
        self._noun_places: dict = {}  # event noun index -> the city named before it (nominal.py)
        self._trigs: dict = {}  # event id -> its trigger, for linking the mentions of one occurrence (occurrences.py)

    # -- main -------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        seen: set[tuple] = set()
        verbal = list(self.triggers())
        taken = {t.token.i for t in verbal} | {t.noun.i for t in verbal if t.noun is not None}
        for trig in verbal:
            verb = trig.head
            obliged_act = False
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            if (trig.type not in VERBAL_ACTS or _marked_participle(verb)) and self._undone_passive(verb):
                continue  # "100 protesters killed in Iran", "… and were released on bail": the subject suffered it
            # "after being deported", "due to be released", "was caught by police and deported": the subject
            # suffered it; only an agent named acts
            hidden = _hidden_passive(verb) if not passive else None
            reduced = self._reduced_passive(verb) or hidden is not None
            if reduced:
                passive = True  # "Peru threatened with sanctions": Peru is threatened; the agent, if any, acts
            # "accused Y of V-ing", "called on Y to V": Y does V
            subj = self.restructure(verb, subject_of(verb)) if not reduced else (hidden or None) if hidden is not None \
                else next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if trig.type in VERBAL_ACTS and verb.dep_ == "conj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                outer = outer_cue(verb, lexicon().speech, depth=3)  # "said the deaths were caused by … and called on
                if outer is not None:  # the government to …": the parse hangs the call in what was said
                    subj = subject_of(outer)
            if subj is None and trig.type in VERBAL_ACTS:
                subj = stranded_conjunct_subject(verb)  # "… refusal to use the term and called for her to quit"
            if subj is None:
                subj = self._culprit(verb)  # "both sides are guilty of violating the ceasefire"
            if subj is None and trig.type in VERBAL_ACTS:
                subj = self.words_owner(verb)  # "her statement condemning the test", "senators blasting …"
            participle = verb
            while participle.dep_ == "xcomp" and participle.head.i != participle.i:
                participle = participle.head  # "the coalition helping to provide assistance to …"
            if subj is None and participle.dep_ == "acl" and participle.tag_ == "VBG" \
                    and participle.head.pos_ in ("NOUN", "PROPN") and trig.type not in VERBAL_ACTS:
                subj = participle.head  # "thousands of Germans protesting against the deal", "rebels fighting IS"
                acl_subject = True
            else:
                acl_subject = False
            if subj is None and passive and (self.lemma(verb) in STATIVE_PASSIVES or committed_to_act(verb)) \
                    and not any(c.dep_ == "agent" for c in verb.children):
                subj = next(c for c in verb.children if c.dep_ == "nsubjpass")  # "Israel is opposed to …"
                passive = False
            actors = self.actors_of([subj]) if subj is not None else []
            if actors and subj is not None and subj.pos_ == "PRON":
                kind, gov = self.embedding(verb)
                asker = subject_of(gov) if kind == "asked" and gov is not None else None
                if asker is not None and set(actors) <= set(self.actors_of([asker])):
                    actors = []  # "Ortiz called for her to quit": not Ortiz; a "her" resolved to the asker is unresolved
            if trig.type == "REQUEST" and (fact := self.insisted_fact(verb, actors)) is not None:
                if not fact:
                    continue  # "insisted that Ukraine started the war": a claim, no demand
                trig = _Trigger(fact, None, trig.token, verb)  # "the Saudis insist they're fighting terror"
            if trig.type == "THREATEN" and self.warning_of_a_state(trig):
                continue  # "warned that migrants are not the only people at risk": no threat
            judged = self.judged_warning(trig, actors) if trig.type == "THREATEN" else None
            if judged is not None:  # "warned that the deal was a mistake": criticism, not a threat
                trig = _Trigger("ACCUSE", "disapprove", trig.token, verb)
            if not actors and subj is not None and subj.lower_ in REPORTED_PRONOUNS:
                actors = self.pronoun_fits(subj, self.reporter_of(verb))  # "Farc has said it will release …"
            if not actors and passive and (trig.type == "MOBILIZE" or trig.mode == "peacekeeping"):
                # "Libyan army troops were deployed", "the Ecowas peacekeepers are being deployed": the troops'
                # own side deploys them
                actors = self.actors_of([c for c in verb.children if c.dep_ == "nsubjpass"])
            if not actors and passive and trig.mode == "expel" and not any(c.dep_ == "agent" for c in verb.children):
                # "two inspectors were expelled from North Korea": the country they leave expels them
                actors = self.actors_of([g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                                         for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"])
            if trig.type in ("COERCE", "SANCTION") and (entered := self.entry_banned(verb)):
                actors = entered  # "calls to ban all Muslims from entering the U.S.": the country entered would ban
            if not actors and passive and trig.type == "COERCE" and trig.mode in ("arrest", "seize") \
                    and not any(c.dep_ == "agent" for c in verb.children):
                actors = self.police_reporting(verb)  # "six protesters were arrested, police said": the police did
            if not actors and passive and trig.type in LOCATED and trig.type != "PROTEST":
                # "was arrested in Rwanda": with no agent, the authorities of the place act (PLOVER GSR); but
                # "protests were held in Oklahoma": the place's people, unnamed, protest; people "killed in South
                # Carolina" were not killed by the state: for force, only a place that is a body's own ("in a
                # secret CIA prison")
                actors = self.actors_of([g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                                         for g in c.children if g.dep_ == "pobj" and (
                                             trig.type != "ASSAULT" or g.pos_ == "NOUN")])
            if _obliged(verb) and actors and subj is not None:
                # "Russia said Sudan must return the helicopter": Russia demands it of Sudan (CAMEO 10), a
                # REQUEST at "must"; the return itself is Sudan's, hypothetical. A pronoun subject demands of
                # the one it stands for, never of the speaker ("he should resign," Trump said of Obama)
                said_by = self.reporter_of(verb) or self._quoted_by(verb)
                speakers = [a for a in said_by if a not in actors]
                modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)
                pronoun = subj.lower_ in REPORTED_PRONOUNS
                if pronoun and (not speakers or set(actors) & set(said_by)):
                    modal = None
                if any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in subj.children) or any(
                        c.dep_ == "expl" for c in verb.children):
                    modal = None  # "a president should not be able to …", "there should be no doubt": no one's
                if verb.pos_ == "AUX" and not any(c.dep_ == "acomp" for c in verb.children):
                    modal = None  # "Jerusalem should be the capital": a status; "Japan should be careful": a demand
                if modal is not None and (_past_modal(verb) or _open_question(verb)):
                    modal = None  # "should never have signed it": a judgement of the past; "whether X should": a question
                speakers = [a for a in speakers if not self.no_party_actor(a)]  # "59 percent said …": a share, no one
                if speakers and modal is not None:
                    demanded = [a for a in actors if a not in speakers]
                    self._emit(_Trigger("REQUEST", None, saying_noun(verb) or modal, verb), speakers, demanded, "asserted",
                               tense_and_status(verb)[0], seen)
                    if trig.demand:
                        continue
                    obliged_act = True
            if trig.demand:
                continue
            if not actors and trig.mode == "peacekeeping" and subj is not None:
                # "the first deployment of NATO peacekeeping troops": who sends them, inside the subject
                actors = self.actors_of([t for t in subj.subtree if t.pos_ in ("PROPN", "NOUN") and t.i != subj.i])[:1]
            if not actors and trig.type == "ASSAULT":
                actors = self.unidentified_attackers(verb, subj)  # "a roadside bombing killed …"
            by_document = False
            if not actors and trig.type not in VERBAL_ACTS:
                actors = self.document_acts(verb, subj)  # "the bill would impose sanctions" (sponsors.py)
                by_document = bool(actors)
            unnamed_critics = False
            if not actors and passive and not reduced:
                judged = self.actors_of(judged_subject(verb, trig)[:1]) or self.actors_of(judged_subject(verb, trig)[1:])
                unnamed_critics = bool(judged)  # "Ortiz has been criticized for …": criticism by no one named
            if not actors and not unnamed_critics:
                continue  # an event with no identifiable actor is not coded
            others = [o for o in self.others(trig) if o not in actors]
            if not others and trig.type == "SANCTION":
                others = [o for o in self.named_in_law(verb) if o not in actors]  # "renew the Iran Sanctions Act"
            if (trig.type in VERBAL_ACTS or trig.type == "ASSAULT") and len(actors) > 1 and mutual(verb):
                others = []  # "Johnson and Corbyn attacked each other's policies on Brexit": no one else
            if trig.type == "ACCUSE":  # "calling them 'rapists' and criminals": no party named "criminals"
                others = [o for o in others if not self.named_by_the_insult(o, verb)] or self.called_names(verb, actors)
            if not others and trig.type in ("SUPPORT", "REJECT"):
                others = [o for o in self.document_backed(verb) if o not in actors]  # "backing the measure"
            if passive and trig.type != "MOBILIZE" and trig.mode != "peacekeeping":  # (troops deployed are no
                # party deployed against)
                patient = self.actors_of([c for c in verb.children if c.dep_ == "nsubjpass"
                                          or (reduced and c.dep_ == "nsubj")]
                                         or ([s] if hidden is not None and (s := _controller(verb)) is not None else []))
                others = patient + [o for o in others if o not in patient]
            if unnamed_critics:  # "Ortiz's rhetoric has been condemned": its owner is judged
                others = judged + [o for o in others if o not in judged]
            framed = any(c.dep_ == "xcomp" for c in verb.children) and self.lemma(trig.token) in self.frames
            # "met X", "held a meeting with X": all parties act; a typed object ("signed a pact with X") too
            light = trig.noun is not None and trig.mode != "visit" and (
                trig.token is trig.noun or trig.noun.lower_ in self.nouns or trig.noun.lemma_.lower() in self.nouns)
            own = list(actors)  # the subject's side, before a reciprocal act folds the other side in
            handed_over = self.lemma(verb) in HANDING_OVER and trig.noun is None
            if handed_over:  # "wants the UK to extradite Assange": the one handed over is the act's target
                # (PLOVER's gold records: "Zambia extradited … Aswad to Britain" targets Aswad), never a party
                # acting with the state that hands him over
                others = [o for o in self.actors_of([c for c in verb.children if c.dep_ == "dobj"])
                          if o not in actors]
            if trig.type in self.reciprocal and (trig.noun is None or light) and not passive and not framed \
                    and not handed_over \
                    and trig.mode != "visit":  # a visit goes one way: the host receives it
                actors, recipients = actors + others, []
            else:
                recipients = others
            if judged:
                recipients = [a for a in judged if a not in actors][:1]
            if received_noun(verb, trig) and trig.mode != "visit" and trig.type not in self.reciprocal:
                # "received an inquiry from the attorney general": the giver acts on the receiver (received_acts.py)
                giving = [a for a in self.actors_of(givers(verb, trig.noun)) if a not in own]
                if not giving:
                    continue
                actors, recipients = giving, own
            code = f"{trig.type}/{trig.mode}" if trig.mode else trig.type
            tense, status = tense_and_status(verb)
            if subj is not None and subj.lower_ == "none" and none_of(subj) and status == "asserted":
                status = "negated"  # "none of the candidates is pushing for …": no one of them does
            status = self.embedded_status(verb, status)  # denied, asked for, threatened, alleged
            if acl_subject and status == "asserted" and (gv := governing_verb(participle.head)) is not None \
                    and tense_and_status(gv)[1] == "future":
                tense, status = tense_and_status(gv)  # "will be greeted by thousands protesting": then
            if obliged_act and status == "asserted":
                status = "hypothetical"  # what someone says another must do has not been done
            if by_document and status in ("asserted", "future"):
                status = "hypothetical"  # what a bill would do is done only if it becomes law
            if verb.dep_ == "xcomp" and self.lemma(verb.head) in ("have", "be") and any(
                    c.lower_ == "yet" for c in verb.head.children):
                status = "negated"  # "Trump has yet to apologize", "is yet to respond": not done
            # "will not accept any more refugees": a refusal needs no recipient
            refusal = status == "negated" and trig.type in COOPERATIVE and self._refusal(verb, trig)
            if (trig.type in self.needs_recipient or code in self.needs_recipient) and not recipients \
                    and len(actors) < 2 and not refusal and not aid_named(self, trig):
                continue
            if code in self.needs_two and len(actors) < 2 and not recipients and not refusal \
                    and not self._several_parties(subj):
                continue
            if trig.type == "THREATEN" and trig.noun is None and not recipients:
                recipients = self.own_harm_warned(verb, actors)  # "warned they could sell off U.S. assets"
            if self.backs_no_one(trig, verb, recipients):
                continue  # "signed on as a co-sponsor": no one backed
            if self.lemma(trig.token) in self.needs_object and trig.noun is None and not recipients \
                    and not trig.phrasal and not self.names_a_thing(trig) \
                    and len(actors) < 2 and not any(c.dep_ == "prt" for c in verb.children):  # "called off"
                continue
            if self.lemma(trig.token) in self.object_or_infinitive and trig.noun is None and not recipients:
                recipients = [a for a in aimed_against(self, verb) if a not in actors]  # "threatened action against X"
            if self.lemma(trig.token) in self.object_or_infinitive and trig.noun is None and not recipients \
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in self.nouns
                            for c in verb.children):
                continue  # "settlements threaten the viability of a two-state solution": endanger, no threat
            if self.in_condition_of_threat(verb):
                continue  # "warned Putin of consequences if he refuses": the condition is the threat's content
            if trig.type == "THREATEN" and status == "conditional":
                status = "asserted"  # the if-clause is the content of the threat, not a condition on it
            if trig.type == "CONSULT" and status == "negated" and not recipients and len(actors) < 2 \
                    and self.lemma(verb) in SPEAKING:
                continue  # "I can't speak to what his motive was": no comment on a topic, no talks refused
            intent = self.announced_intent(verb, trig, actors, status)
            if intent is not None:  # "X said it would release …" is X's stated intent (CAMEO 03/12/13)
                trig = _Trigger(intent, None, trig.token, trig.head, trig.noun)
                status = "asserted"
            if intent is None and status == "negated" and trig.type in COOPERATIVE and self._refusal(verb, trig) \
                    and (trig.type != "CONSULT" or recipients or len(actors) > 1):  # "I can't speak to …": no refusal
                # "will not accept any refugees", "would not meet the demands": a refusal (CAMEO 12), of the
                # other side ("is not accepting the invitation from Peña Nieto": Peña Nieto is refused)
                trig = _Trigger("REJECT", None, trig.token, trig.head, trig.noun)
                status = "asserted"
                if len(actors) > len(own):
                    actors, recipients = own, [a for a in actors if a not in own] + list(recipients)
            # an announced act ("X will visit Y", "plans to impose restrictions") is one record, the act
            # with status future: CAMEO also codes the announcement (03 intent, 13 threat) at the same
            # words, two records at one trigger, which a reader counts as one right and one duplicate
            self._emit(trig, actors, recipients, status, tense, seen)
        for trig in self.noun_triggers(taken):
            self.code_noun(trig, seen)
        self.resolve_attacks(seen)
        self.code_statements(seen, taken)
        self.code_consequence_threats(seen)
        self.code_named_suspects(seen)  # "police identified the gunman as Salas" (suspects.py)
        self.code_arrest_charges(seen)  # "were arrested on charges of trespass, police said" (arrest_charges.py)
        self.code_named_wars(seen)  # "the war in Iraq" (wars.py); last: its country is no party of the others
        self._object_event_parties()
        self.out = continued(self, Occurrences(self, self._trigs).fill(self._frame_parties()), self._trigs)
        self.out = occasion_places(self, self.out, self._trigs)  # where the speaker spoke that day (occasions.py)
        return self.out

    def _several_parties(self, subj) -> bool:
        """The subject is a plural noun naming several sides ("the leaders", "the two sides", "Asian
        ministers"): a meeting of them needs no other party named. A bare plural is a label, no parties
        ("Leaders meet in Lima" over a story of something else)."""
        return subj is not None and subj.tag_ == "NNS" and subj.lemma_.lower() in self.party_groups and any(
            c.dep_ in ("det", "amod", "nummod", "compound", "poss") for c in subj.children)

    def _object_event_parties(self) -> None:
        """A verbal act aimed at an act ("Chile condemned the test", "Obama welcomed the release") is aimed at
        whoever did it: with no other party of its own, the recipients are the actors of the event its
        object names (the same words, or the occurrence they tell again)."""
        by_token: dict[int, Event] = {}
        for e in self.out:
            span = self.an.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if span is not None:
                by_token.setdefault(span.root.i, e)
        for n, e in enumerate(self.out):
            if not e.recipient and e.type == "PROTEST":
                against = self._protested(e)
                if against:
                    self.out[n] = replace(e, recipient=tuple(against))
                continue
            if e.recipient or e.type not in AIMED_AT_ACTS:
                continue
            span = self.an.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if span is None:
                continue
            objs = [c for c in span.root.children if c.dep_ == "dobj"]
            target = next((by_token[o.i] for o in objs if o.i in by_token and by_token[o.i] is not e), None)
            if target is None and e.type == "REJECT":
                target = self._rebutted_accusation(e, objs)  # "The Pentagon rejected these accusations"
            if target is None:
                continue
            others = tuple(a for a in target.actor if a not in e.actor)
            if others:
                self.out[n] = replace(e, recipient=others)

    def _rebutted_accusation(self, e, objs):
        """The accusation a rebuttal takes up by a noun that refers back ("rejected these accusations as
        false", "denied the allegations"): the latest accusation coded before it, within the last few
        paragraphs, made by someone else; None where the noun names its owner or no accusation was told."""
        noun = next((o for o in objs if o.pos_ == "NOUN" and (self.nouns.get(o.lemma_.lower()) or "").startswith(
            "ACCUSE")), None)
        if noun is None or any(c.dep_ == "poss" for c in noun.children) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that", "such") for c in noun.children):
            return None
        start = noun.idx
        window = self.an.text.rfind("\n", 0, max(0, start - 1500)) + 1
        before = [x for x in self.out if x.type == "ACCUSE" and window <= x.trigger.start < start and x.actor
                  and not set(x.actor) & set(e.actor)]
        return max(before, key=lambda x: x.trigger.start) if before else None

    def _frame_parties(self) -> list[Event]:
        """A frame event ("refused to deploy peacekeepers in Iraq") is about the parties of the act it
        frames: the embedded event's recipients join the frame's, for the same actors."""
        by_start = {e.trigger.start: e for e in self.out}
        out = []
        for e in self.out:
            tok = self.an.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            inner = None
            if tok is not None and e.type in ("REJECT", "AGREE", "THREATEN"):
                inner = next((by_start.get(c.idx) for c in tok[0].children if c.dep_ == "xcomp"), None)
            if inner is not None and inner is not e and set(inner.actor) == set(e.actor):
                extra = tuple(r for r in inner.recipient if r not in e.recipient and r not in e.actor)
                if extra:
                    e = replace(e, recipient=e.recipient + extra)
            out.append(e)
        self.out = out
        return out

    def _protested(self, e) -> list[str]:
        """Whom protesters named "anti-X" protest against: X ("anti-Ferreira protesters")."""
        doc = self.an.doc
        out: list[str] = []
        for s, end in (m for a in e.actor if (act := self.an.actor(a)) is not None for m in act.mentions):
            span = doc.char_span(s, end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if t.i >= 2 and doc[t.i - 1].text in ("-", "–") and doc[t.i - 2].lower_ == "anti" \
                        or t.i >= 1 and doc[t.i - 1].lower_ in ("anti-", "anti"):
                    aid = self.an.token_actor.get(t.i)
                    if aid and aid not in e.actor and aid not in out:
                        out.append(aid)
        return out

    def _refusal(self, verb, trig) -> bool:
        """A negated cooperative act that its actor declines: "not" with "will", "would" or "can" on
        the verb, or any negated agreement ("did not accept")."""
        if trig.type == "AGREE" and any(c.dep_ == "neg" for c in verb.children):
            return not _not_yet(verb)  # "hasn't committed to any specifics so far": still open, no refusal
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "can", "ca", "could", "shall")
                   for c in verb.children) and any(c.dep_ == "neg" for c in verb.children)

    def _announced(self, verb, actors) -> bool:
        """The clause says its actor will act: "will" or "shall" on the verb itself (or on the verb
        of its light-verb phrase), not a modal of possibility or an expectation of others."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("plan", "intend"):
            return True  # "plans to impose restrictions"
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
            return False
        # "analysts say Russia will attack": a forecast by another party is no announcement
        speakers = [self.an.actor(a) for a in self.reporter_of(verb)]
        own = {getattr(self.an.actor(a), "country", None) for a in actors} - {None}
        if not speakers or not own or any(sp.id in actors or not sp.country for sp in speakers):
            return True
        return any(sp.country in own for sp in speakers)

    def _own_or_placed(self, rid: str, location) -> bool:
        """A recipient that is no other party: the actor's own forces or people ("withdraw its troops",
        named by a possessive pronoun) or the event's place ("held talks in Nairobi")."""
        a = self.an.actor(rid)
        if a is None:
            return True
        for s, e in a.mentions:
            if location is not None and location.start is not None and s < location.end and location.start < e:
                return True
            if self.an.text[s:e].split(" ", 1)[0].lower() in OWN_DETERMINERS and a.kind in ("group", "anonymous"):
                return True
        return False

    def _politicians(self, actors) -> bool:
        """Every actor is a person, body or party of politics or of no known sector, and none is armed:
        those whose "attacks" are words."""
        found = [self.an.actor(a) for a in actors]
        return bool(found) and all(a is not None and (a.sector is None or a.sector in SPEAKING_SECTORS)
                                   and a.kind in ("person", "organization", "group") for a in found)

    def _political(self, actors) -> bool:
        """Some actor is a political actor: a named person or body, a country, or a group the article
        ties to a country or a sector other than civilians ("Students gathered to attend a lecture": no)."""
        for aid in actors:
            a = self.an.actor(aid)
            if a is None:
                continue
            if a.kind in ("person", "organization", "country") or a.country or (a.sector and a.sector not in ("CVL", "EDU")):
                return True
            if any(w in POLITICAL_GROUPS for w in a.name.lower().split()):
                return True  # "the Southeast Asian nations", "Western governments"
        return False

    def _force(self, trig, actors, recipients) -> str | None:
        """ASSAULT when the act is one of force, ACCUSE when it is a verbal attack ("Khan
        attacked Trump from the stage", "Sanders's attack on her qualifications"), None when it is
        neither ("fired McCarthy as Speaker", "beating Pence's bid", "targeting young voters")."""
        armed = self.armed_sectors

        def is_armed(aid):
            a = self.an.actor(aid)
            return a is not None and (a.sector in armed or a.kind == "country" or a.name == "unidentified attackers")

        def is_physical(aid):
            a = self.an.actor(aid)
            return a is not None and (a.kind in ("country", "group") or a.sector in armed)

        verb = trig.head
        with_words = {g.lemma_.lower() for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "with"
                      and c.head.i in {verb.i} | {o.i for o in verb.children if o.dep_ == "dobj"}
                      for g in c.subtree if g.pos_ in ("NOUN", "PROPN")}
        if with_words & self.verbal_instruments:  # "targeting Machado with a smear campaign"
            return "ACCUSE" if self.lemma(trig.token) in self.verbal_force | {"target"} else None
        figurative = trig.noun is not trig.head and self.lemma(trig.token) in FIGURATIVE_FORCE
        if trig.noun is not trig.head and self.lemma(trig.token) in CONTEST_VERBS and not any(
                (a := self.an.actor(x)) is not None and a.sector in ARMED_NOT_STATE for x in actors):
            # "Russia beat Croatia", "beat her challenger": a contest, unless the force is the police's
            if not any(t.lower_ in self.force_words for t in trig.head.sent if t.i != trig.token.i):
                return None
        if figurative and SCORE.search(trig.head.sent.text):
            return None  # "Wales beat Hungary 2-0": a match, not a fight
        if figurative and actors and all((a := self.an.actor(x)) is not None and a.kind == "person"
                                         and a.sector in POLITICAL_SECTORS for x in actors) \
                and not any(t.lower_ in self.force_words for t in trig.head.sent if t.i != trig.token.i):
            # "Trump has consistently targeted Mexico, calling …": a politician's words
            return "ACCUSE" if recipients else None
        if trig.noun is not None and trig.noun is not trig.head and self.lemma(trig.head) in EXECUTING:
            return trig.type  # "Mateen carried out his murderous attack": an attack done, not words
        if trig.noun is None and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in AIRCRAFT
                                     for c in verb.children):
            return trig.type  # "claimed responsibility for shooting down the helicopter": a craft downed
        if any(is_physical(r) for r in recipients) or (any(is_armed(a) for a in actors) and not figurative):
            return trig.type  # ("oil prices hit a high", "Norway's output beat forecasts": no target, no force)
        sent = trig.head.sent
        if any(t.lower_ in self.force_words for t in sent if t.i != trig.token.i):
            return trig.type
        if trig.noun is trig.head:  # an attack named by a noun: words only when aimed at a person's words
            people = [self.an.actor(a) for a in list(actors) + list(recipients)]
            clause = any(c.dep_ in ("acl", "ccomp") for c in trig.noun.children)
            politician = bool(people) and all(x is not None and x.kind in ("person", "anonymous")
                                              and x.sector in POLITICAL_SECTORS for x in people)
            # (an unnamed politician too: "Senator sharpens attacks")
            if trig.type == "ASSAULT" and (clause or politician or (len(people) > 1 and all(
                    x is not None and x.kind == "person" for x in people))):
                return "ACCUSE"
            return trig.type
        if recipients and (trig.token.lower_ in self.verbal_force or self.lemma(trig.token) in self.verbal_force):
            return "ACCUSE"  # words aimed at someone
        return None

    def _told_by_its_verb(self, trig) -> bool:
        """An event noun that is the subject or the means of a verb already coded as the same event ("Russian
        airstrikes on Aleppo killed 14 civilians"): one occurrence, told by the verb's record."""
        noun = trig.noun
        if noun is None or noun is not trig.head or noun.dep_ not in ("nsubj", "pobj"):
            return False
        verb = noun.head if noun.dep_ == "nsubj" else noun.head.head
        return any(e.type == trig.type and e.trigger.start == verb.idx for e in self.out)

    def _quoted_by(self, verb) -> list[str]:
        """The speaker of the statement whose content holds the clause ("'North Korea should abandon
        nuclear weapons,' Stoltenberg said")."""
        sid = self.attributed(verb.idx)
        st = next((x for x in self.an.statements if x.id == sid), None)
        return [st.source.actor] if st is not None and st.source is not None and st.source.actor else []

    def _reduced_passive(self, verb) -> bool:
        """A verb that takes its other party as object used with none, only its complement's preposition:
        a passive without "was" ("Hong Kong threatened with military intervention", "Ortiz accused of
        bribery by prosecutors"), whatever tag the parser gave it."""
        preps = PASSIVE_PREPS.get(self.lemma(verb))
        if preps is None or verb.tag_ not in ("VBD", "VBN"):
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "aux", "auxpass", "nsubjpass") for c in kids):
            return False
        return any(c.dep_ == "prep" and c.lower_ in preps for c in kids) and any(c.dep_ == "nsubj" for c in kids)

    @staticmethod
    def _undone_passive(verb) -> bool:
        """A passive with no agent whose subject would be taken for the actor: a participle with no
        auxiliary heading a headline or a clause ("More than 100 protesters killed in Iran unrest",
        "Forced to choose, …"), or a passive coordinated with an active verb whose subject it shares
        ("pleaded not guilty and were released on bail")."""
        kids = list(verb.children)
        if any(c.dep_ == "agent" for c in kids):
            return False
        barred = ("aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "prt") + (
            () if verb.dep_ == "advcl" else ("xcomp",))  # ("Forced to choose, Xi …": Xi is forced)
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in lexicon().speech:
            return False  # "ordered nine ex-members jailed": the one ordering does it; "says two soldiers killed"
        if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "acl", "advcl", "ccomp") and not any(c.dep_ in barred for c in kids) \
                and (verb.dep_ in ("acl", "advcl") or (any(c.dep_ == "nsubj" for c in kids)
                                                        and verb.lemma_.lower() in SUFFERED)):
            return True  # (in a reported clause too: "the army says two soldiers killed while …")
        if verb.tag_ == "VBD" and verb.lemma_.lower() in SUFFERED and any(c.dep_ == "nsubj" for c in kids) \
                and not any(c.dep_ in barred and c.lower_ not in ("down", "dead") for c in kids) and not any(
                    c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in kids) \
                and any(c.i == verb.i + 1 and c.lower_ in ("down", "dead") for c in kids):
            return True  # "helicopter shot down near …": "shot down", "shot dead" take their victim as object
        return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in kids) and not any(
            c.dep_ in ("nsubjpass", "nsubj") for c in kids)

    def _no_act(self, trig, actors, recipients) -> bool:
        """Uses of a trigger that name no act: a participle describing a noun ("occupied territory"), an
        agreement with a proposition ("Democrats agree that …"), declining to comment ("declined to
        speculate"), talking to the press ("spoke to reporters"), a politician's rally as a protest."""
        tok, verb = trig.token, trig.head
        if tok is verb and tok.dep_ == "amod":
            return True
        kids = list(verb.children)
        if tok is verb and tok.tag_ == "VBN" and tok.i + 1 < len(tok.doc) and not any(
                c.dep_ in ("aux", "auxpass", "nsubjpass", "agent") for c in kids):
            nxt = tok.doc[tok.i + 1]
            if nxt.head.i == tok.i and nxt.dep_ == "dobj" and not any(c.dep_ in ("det", "poss") for c in nxt.children) \
                    and (nxt.pos_ == "NOUN" or not any(c.dep_ == "nsubj" for c in kids)):
                return True  # "considered occupied territory": a participle describing the noun after it
        if trig.type == "ACCUSE" and self.lemma(verb) in ("question", "wonder", "doubt") and any(
                c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
                for c in kids):
            return True  # "led authorities to question whether it was an isolated incident": wondering
        if self.lemma(verb) == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in kids) and actors and all(
                (a := self.an.actor(x)) is not None and a.kind == "person" and a.sector not in self.armed_sectors
                for x in actors):
            return True  # "took over the embassy last year": a post taken up, no seizure
        if trig.type == "SUPPORT" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in OWN_RECORD and any(
                    g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in kids):
            return True  # "defended her record as secretary of state": her own, no one supported
        if any(t.lower_ == "anonymity" for t in verb.doc[max(verb.sent.start, verb.i - 4):verb.i]):
            return True  # "speaking on condition of anonymity to discuss …": the source's terms
        if self.lemma(verb) == "plead" and any(c.lower_ in ("guilty", "innocent", "contest") for c in verb.subtree):
            return True  # a plea in court, no request
        if trig.type in ("ASSAULT", "COERCE") and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
            return True  # "hanged himself": no act on another
        if trig.type == "ACCUSE" and trig.mode == "investigate" and not recipients and tok is verb \
                and not self._own_investigation(tok) and not any(
                c.dep_ == "dobj" for c in verb.children):
            return True  # "ESA has investigated how hibernation would …": a study, no investigation of anyone
        if any(not any(ch.isalnum() for ch in (self.an.actor(a).name if self.an.actor(a) else "")) for a in actors):
            return True  # an actor of no words (page residue)
        if trig.type in ("AGREE", "SUPPORT") and trig.noun is None and any(c.dep_ == "ccomp" for c in kids) \
                and not any(c.dep_ in ("dobj", "xcomp", "dative") for c in kids):
            return True
        if trig.type == "REJECT" and any(c.dep_ == "xcomp" and (
                (self.lemma(c) in SPEECH_REFUSALS and not any(g.dep_ in ("dobj", "ccomp") for g in c.children))
                or any(g.dep_ == "dobj" and g.lemma_.lower() in SPOKEN_THINGS for g in c.children)) for c in kids):
            return True  # "declined to comment", "declined to offer his own figure"; "refused to say that …" stays
        if trig.type == "ACCUSE" and self.lemma(tok) == "question" and all(
                (a := self.an.actor(x)) is not None and (a.sector == "JRN" or a.name.lower() in PRESS) for x in actors):
            return True  # "reporters questioned the press secretary": questions asked, no one accused
        if trig.type == "ACCUSE" and self.lemma(tok) == "question" and not recipients and any(
                c.dep_ == "ccomp" for c in kids):
            return True  # "police question whether it was an isolated incident": a doubt about what happened
        if self.material_no_act(trig, actors, recipients):
            return True  # "SUV sales", "Hong Kong is burning", "Apple released the iPad" (material.py)
        if trig.type in ("CONSULT", "COOPERATE"):
            others = [self.an.actor(a) for a in list(actors[1:]) + list(recipients)]
            if others and all(o is not None and (o.sector == "JRN" or o.name.lower() in PRESS
                                                 or o.name.lower().split()[-1] in AUDIENCES) for o in others):
                return True  # talking to reporters, speaking to supporters, meeting victims: no counterpart
        if trig.type == "CONSULT" and trig.mode == "visit" and self.lemma(tok) in TRAVEL and (not all(
                (a := self.an.actor(x)) is not None and (a.kind == "country" or a.sector in POLITICAL_SECTORS)
                for x in actors) or self._generic_subject(verb)):
            return True  # a trip is a visit only when a political figure makes it ("Messi flew to Paris": no)
        if trig.type == "PROTEST" and trig.mode in ("demo", None) and actors and all(
                (a := self.an.actor(x)) is not None and a.kind == "person" for x in actors):
            return True  # "Trump's rally": a campaign event, not a protest
        if trig.type == "THREATEN" and trig.head is trig.noun and not any(
                c.dep_ in ("acl", "xcomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("to", "of")) for c in tok.children):
            return True  # "the threat from the Islamic State": a danger, not a threat made
        return False

    def _own_investigation(self, noun) -> bool:
        """An investigation noun that names whose it is in its own phrase ("the investigation by the FBI",
        "Schiff's impeachment inquiry", "the Swedish investigation"): an investigation though no one
        investigated is named; not a noun told again ("the inquiry") nor a space "probe"."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("investigation", "inquiry"):
            return False
        return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                   or (c.dep_ == "amod" and c.text in self.an.kb.adjectives) for c in noun.children)
    @staticmethod
    def _generic_subject(verb) -> bool:
        """The verb's subject is no one in particular: "any candidate … who will be arriving"."""
        subj = subject_of(verb)
        if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            subj = verb.head
        for _ in range(3):  # "any candidate from any party who …": up through the phrase
            if subj is None:
                return False
            if any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in subj.children):
                return True
            subj = subj.head.head if subj.dep_ == "pobj" else None
        return False

    def _sport(self, trig, actors, recipients) -> bool:
        """A game, not politics: a word of sport in the sentence and no party with a country or a
        political sector."""
        sent = trig.head.sent
        sporty = self.__dict__.setdefault("_sport_sents", {})  # sentence start -> a word of sport in it, once
        if sent.start not in sporty:
            sporty[sent.start] = any(t.lower_ in self.sport_words for t in sent)
        if not sporty[sent.start]:
            return False
        for aid in list(actors) + list(recipients):
            a = self.an.actor(aid)
            if a is not None and (a.country or (a.sector and a.sector not in ("CVL", "BUS", "EDU"))):
                return False
        return True

    def _emit(self, trig, actors, recipients, status, tense, seen, bonus=0.0) -> None:
        if trig.figurative and not (recipients and self._politicians(actors) and not any(
                t.lower_ in self.force_words and t.i != getattr(trig.noun, "i", -1) for t in trig.head.subtree)):
            return  # "police went after the suspects", "took a shot at officers with a rifle": no words
        if trig.type in CIVIL_TYPES and not self._political(actors):
            return
        if self._sport(trig, actors, recipients):
            return
        if self._no_act(trig, actors, recipients):
            return
        if trig.type == "ASSAULT" and not recipients and any(
                t.lemma_.lower() in ("rocket", "missile", "satellite") for t in (trig.token, trig.noun) if t is not None):
            trig = _Trigger("MOBILIZE", "weapons", trig.token, trig.head, trig.noun)  # a launch with no target: a test
        if trig.type == "COERCE" and any(t is not None and t.lemma_.lower() == "raid" for t in (trig.token, trig.noun)) \
                and actors and all((a := self.an.actor(x)) is not None and (a.kind == "country" or a.sector in MILITARY)
                                   for x in actors):
            trig = _Trigger("ASSAULT", None, trig.token, trig.head, trig.noun)  # a military raid; a police raid coerces
        if trig.type == "COERCE" and trig.mode == "seize" and actors and all(
                (a := self.an.actor(x)) is not None and a.sector in MILITARY for x in actors):
            trig = _Trigger("ASSAULT", None, trig.token, trig.head, trig.noun)  # "rebels seized the town": by force
        if trig.type == "ASSAULT" and trig.noun is not None and trig.noun.lemma_.lower() in MUTUAL_FIGHTS and not any(
                (a := self.an.actor(x)) is not None and a.sector in self.armed_sectors for x in list(actors) + list(recipients)) \
                and not any(t.lower_ in self.force_words for t in trig.head.sent):
            return  # "faced clashes with the opposition over the budget": a quarrel, no fighting
        if trig.type == "ASSAULT":  # coercion by a government needs no arms ("authorities deported …")
            kind = self._force(trig, actors, recipients)
            if kind is None:
                return
            if kind != trig.type:
                trig = _Trigger(kind, "disapprove", trig.token, trig.head, trig.noun)
                if not recipients:  # "pressing his attack that Clinton is not qualified": whom the words are about
                    recipients = [r for r in self._content_party(trig) if r not in actors]
        verb = trig.head
        sent = verb.sent
        code = f"{trig.type}/{trig.mode}" if trig.mode else trig.type
        # "nine people were killed and 21 were wounded": one attack, one record; but each noun that names an
        # event is a mention of its own ("the massacre … the jihad shooting", "conducted a test and launched a rocket")
        key = (trig.type, tuple(sorted(actors)), () if trig.type in ("ASSAULT", "COERCE") else tuple(sorted(recipients)),
               sent.start, trig.noun.i if trig.noun is not None else None)
        if key in seen or self._told_by_its_verb(trig):
            return
        seen.add(key)
        trig_tok = trig.token
        date = self.date_for(trig, tense, status)
        if date is not None and _after_publication(date.value, self.an.article.published) and (
                status in ("asserted", "negated") and tense != "future"):
            date = None  # a done act cannot be dated after the article: a day resolved the wrong way
        location = self.location_for(trig, dateline=self._news_of_the_day(date)
                                     and self._dateline_fits(trig, list(actors) + list(recipients)))
        # the place of a meeting is where, not who ("held talks in Nairobi"); a visit's or aid's place
        # stands for its host ("peacekeepers arrived in Peru")
        where = location if trig.type in self.reciprocal and trig.mode != "visit" else None
        recipients = [r for r in recipients if not self._own_or_placed(r, where)]
        if len(actors) > 1 and where is not None:
            actors = [a for a in actors if not self._own_or_placed(a, where)] or actors
        evidence = self.an.span(sent.start_char, sent.end_char)
        while evidence.text and evidence.text[-1].isspace():
            evidence = self.an.span(evidence.start, evidence.end - 1)
        feats = validity.features(self, trig, actors, recipients, status)
        weights = validity.load_weights()
        if weights is not None:
            confidence = validity.probability(feats, weights)
        else:  # no learned weights: the hand-set confidence
            confidence = 0.6 + (0.15 if recipients or len(actors) > 1 else 0) + (0.1 if trig.noun is None else 0)
            confidence += bonus - (0.15 if status in ("hypothetical", "conditional") else 0)
        eid = f"e{len(self.out) + 1}"
        self._trigs[eid] = trig
        if validity.COLLECT is not None:
            validity.COLLECT.append((self.an.article.id, eid, feats))
        self.out.append(Event(
            id=eid, type=trig.type, mode=trig.mode, actor=tuple(actors),
            recipient=tuple(recipients), status=status, date=date,
            location=location, attributed_to=self.attributed(trig_tok.idx),
            trigger=self.an.tok_span(trig_tok, trig_tok), evidence=evidence,
            confidence=round(min(confidence, 0.99), 3),
            score=float(self.mode_scores.get(code, self.scores.get(trig.type, 0))),
        ))


