"""Structure: an act embedded in another act keeps its own parties and takes its status from the act that
holds it.

* "X accused / blamed / criticised Y of (for) V-ing Z": the ACCUSE is X's, towards Y; V (if an event) is
  Y's act on Z, a claim with the accusation's status, attributed to the accusation.
* "X denied V-ing", "X denied that it V-ed": the REJECT is X's; V is negated.
* "X called on / urged / asked Y to V", "X called for Y to V": the REQUEST is X's, towards Y; V is Y's
  act, hypothetical. The same for threats ("threatened to V": V hypothetical).
"""

from __future__ import annotations

from ..syntax import ASKING_NOUNS as SYNTAX_ASKING_NOUNS
from ..syntax import in_question, marked_clause, subject_of, tense_and_status

#: verbs of judging someone for an act: "accused Y of V-ing", "blamed Y for V-ing", "praised Y for V-ing"
JUDGING = frozenset({"accuse", "blame", "charge", "suspect", "criticize", "criticise", "condemn", "denounce",
                     "fault", "slam", "blast", "attack", "rebuke", "chide", "castigate", "praise", "thank",
                     "commend", "applaud", "credit", "hail", "laud", "punish", "sanction", "sue", "convict",
                     "indict", "arrest", "investigate", "target", "lambaste", "scold", "berate"})
DENYING = frozenset({"deny", "dismiss", "reject", "rebut", "refute", "disavow", "disclaim"})
#: verbs whose object (or "on"-object) is asked to act: "urged Y to V", "called on Y to V"
#: verbs of calling someone up, and the acts one calls someone to do to them oneself ("called Morrison to
#: congratulate him", "phoned Abe to apologize"): the caller's own, not asked of the one called
CALLING = frozenset({"call", "phone", "telephone", "ring"})
ADDRESSING = frozenset({"congratulate", "thank", "apologize", "apologise", "discuss", "express", "convey", "offer",
                        "wish", "brief", "inform", "update", "condole", "console", "reassure", "praise", "welcome"})
ASKING = frozenset({"call", "urge", "ask", "press", "appeal", "push", "pressure", "encourage", "invite", "implore",
                    "beg", "exhort", "demand", "request", "petition", "lobby", "challenge", "dare", "advise",
                    "want", "need", "tell", "order", "instruct", "direct", "recommend", "suggest", "propose",
                    "persuade", "convince", "induce"})
#: verbs that make an act a duty, not a deed ("the law requires Peru to withdraw its troops", "a policy of
#: requiring employees to sign …"): the act is owed, as one asked for is (not "forced X to V", which says it was done)
OBLIGING = frozenset({"require", "oblige", "obligate", "mandate"})
#: nouns whose infinitive or "that"-clause is sought, not done ("calls to ban", "a proposal to close", "efforts
#: to get …")
ASKING_NOUNS = SYNTAX_ASKING_NOUNS | {"bid", "effort", "attempt", "need"}
#: nouns that, with "no", deny their clause ("no sign that he would apologize", "no plan to withdraw")
NO_NOUNS = frozenset({"sign", "indication", "intention", "plan", "evidence", "suggestion", "sense", "hint",
                      "prospect", "chance", "desire", "interest", "attempt", "effort"})
#: verbs of holding back from what their gerund or infinitive names ("balking at committing to purchases")
REFRAINING = frozenset({"balk", "refrain", "shy", "recoil", "desist", "abstain", "resist", "avoid", "decline"})
#: verbs that ask for what their "for" holds ("called for banning …", "pushed for sending troops")
ASKING_FOR = frozenset({"call", "push", "press", "ask", "appeal", "clamor", "lobby", "campaign", "plead"})
#: verbs of intending whose infinitive carries what governs them on ("no sign that he was planning to
#: apologize" denies the apology)
INTENDING = frozenset({"plan", "want", "intend", "try", "seek", "hope", "expect", "prepare", "mean", "aim",
                       "attempt", "wish", "decide", "get"})
THREATENING = frozenset({"threaten", "warn", "vow", "swear"})
#: nouns whose infinitive is an act promised or planned, not done ("her pledge to withdraw", "a plan to release")
PROMISING_NOUNS = frozenset({"pledge", "promise", "vow", "plan", "commitment", "intention", "offer", "readiness",
                             "willingness"})
#: nouns whose infinitive is an act threatened ("Chile's threat to close the border") or refused ("his refusal to
#: release the prisoners")
THREAT_NOUNS = frozenset({"threat", "ultimatum"})
REFUSAL_NOUNS = frozenset({"refusal", "rejection"})
#: nouns of a thought, not a fact: their clause is entertained, not told as done ("the idea that the U.S. is
#: training the Islamic State", "fears that troops could be sent", "speculation that he would resign")
SUPPOSED_NOUNS = frozenset({"idea", "notion", "theory", "possibility", "prospect", "speculation", "suggestion",
                            "rumor", "rumour", "hypothesis", "scenario", "fear", "worry", "likelihood", "risk",
                            "conspiracy", "myth", "assumption", "premise"})
#: nouns whose own clause the parse may hang as an adverbial one
NOUN_CLAUSE_NOUNS = ASKING_NOUNS | PROMISING_NOUNS | THREAT_NOUNS | REFUSAL_NOUNS | NO_NOUNS
#: verbs by which a promise is kept: its act is done ("kept her pledge to withdraw")
KEEPING = frozenset({"keep", "fulfil", "fulfill", "honor", "honour", "deliver", "carry", "implement"})
CLAIMS = frozenset({"claim", "allege", "report", "say", "insist", "contend", "assert", "maintain"})


#: conjunctions that make a clause say when, why or despite what, never what is asked, threatened or denied
ADVERBIAL_MARKS = frozenset({"after", "before", "when", "while", "whilst", "because", "since", "as", "although",
                             "though", "until", "once", "whereas", "whenever", "where"})


class Structure:
    """Embedded acts (a part of :class:`~.coder.Coder`)."""

    def judged_actor(self, verb):
        """For V in "X accused Y of V-ing": Y (the token), else None."""
        p = verb.head if verb.dep_ == "pcomp" else None
        if p is None or p.dep_ != "prep" or p.lower_ not in ("of", "for", "over") or p.head.pos_ != "VERB":
            return None
        judge = p.head
        if self.lemma(judge) not in JUDGING:
            return None
        obj = [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]
        return obj[0] if obj else None

    def asked_actor(self, verb):
        """For V in "X called on Y to V" / "urged Y to V" / "called for Y to V": Y, else None; also for a
        second infinitive sharing the first's "to" ("called on Y to lead, step up the fight")."""
        verb = _first_conjunct(verb)
        if verb.dep_ not in ("xcomp", "advcl", "ccomp") or verb.head.i == verb.i:
            return None
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if own and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
            return own[0]  # "called for the United States to step up …"
        head = verb.head
        asking = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS
                       and c.right_edge.i + 1 == verb.left_edge.i), None) if verb.dep_ == "advcl" else None
        if asking is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "decried Trump's calls to ban Muslims": the one calling would ban, not the one decrying; with no
            # one named, no one
            return next((c for c in asking.children if c.dep_ in ("poss", "nmod")), asking)
        if self.lemma(head) not in ASKING:
            return None
        if self._calls_up(verb):
            return None  # "called Morrison to congratulate him": the caller congratulates
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        for c in head.children:
            if c.dep_ in ("dobj", "dative") and c.i < verb.i:
                return c
            if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < verb.i:
                # ("called on Wednesday morning upon the U.S. to …": a time is no one called on)
                objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                if objs:
                    return objs[0]
        return None

    def embedding(self, verb):
        """(kind, governing verb) for a verb embedded in a request, threat, denial or accusation; kind is
        one of "asked", "threatened", "denied", "judged", "promised", "supposed", or None."""
        if self.judged_actor(verb) is not None:
            return "judged", verb.head.head
        t = _first_conjunct(verb)  # ("urged Y to lead and step up …": both asked)
        for _ in range(4):
            infinitive = t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            if t.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "acl") and not infinitive \
                    or t.head.i == t.i:
                return None, None  # (an infinitive the parser reads as a relative clause: "calls to ban …")
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in t.children):
                return None, None  # "after Mateen carried out his attack, Trump called for …": when, not what
            if t.dep_ == "prep" and t.lower_ in ADVERBIAL_MARKS:
                return None, None  # "has avoided extradition after seeking refuge": when, not what is avoided
            h = t.head
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS for c in h.children):
                return "asked", h  # "repeated his calls for Chile to close the border" (the clause hung on the verb)
            if t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ASKING_NOUNS and c.right_edge.i + 1 == t.left_edge.i
                    for c in h.children):
                return "asked", h  # "decried Trump's calls to ban all Muslims" (the infinitive hung on the verb)
            if (t.dep_ == "acl" or infinitive or t.dep_ == "advcl" and h.lemma_.lower() in NOUN_CLAUSE_NOUNS) \
                    and h.pos_ == "NOUN":
                # (an infinitive the parse hangs on the noun as an adverbial: "renewed her calls for Chile to …")
                noun = h.lemma_.lower()
                if any(c.dep_ == "det" and c.lower_ == "no" for c in h.children) and noun in NO_NOUNS:
                    return "denied", h  # "showed no sign that he would apologize", "no plan to withdraw"
                if noun in ASKING_NOUNS and not (t.dep_ == "acl" and t.tag_ == "VBN" and not any(
                        c.dep_ in ("aux", "auxpass") for c in t.children)):
                    # ("a call echoed by Japan", "a proposal backed by Chile": a participle tells what was done
                    # with the call, not what it asks)
                    return "asked", h  # "calls to ban all Muslims", "a proposal to close the border"
                if t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                    if noun in THREAT_NOUNS:
                        return "threatened", h  # "Chile's threat to close the border"
                    if noun in REFUSAL_NOUNS:
                        return "denied", h  # "Chile's refusal to release the fishermen"
                    if noun in PROMISING_NOUNS and not (h.dep_ == "dobj" and h.head.lemma_.lower() in KEEPING):
                        return "promised", h  # "her pledge to withdraw all troops": ahead, not done
                if noun in SUPPOSED_NOUNS and not any(c.dep_ == "det" and c.lower_ == "no" for c in h.children):
                    return "supposed", h  # "described the idea that the U.S. is training IS as absurd"
                return None, None
            lem = self.lemma(h) if h.pos_ in ("VERB", "AUX") else ""
            if lem in DENYING or (lem in REFRAINING and t.dep_ in ("pcomp", "xcomp", "pobj", "prep")):
                return "denied", h  # "denied supporting", "balking at committing", "refrained from attacking"
            if (lem in ASKING or lem in OBLIGING) and t.dep_ in ("xcomp", "ccomp", "advcl") and not (
                    t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN")):
                return "asked", h  # (a participle is the asker's own act: "told Lind, repeatedly calling for …")
            if lem in ASKING_FOR and t.dep_ == "prep" and t.lower_ == "for" and verb.dep_ == "pcomp":
                return "asked", h  # "called for banning all Muslims": a gerund asked for
            if lem in THREATENING and t.dep_ in ("xcomp",):
                return "threatened", h
            if h.pos_ in ("VERB", "AUX") and t.dep_ not in ("prep", "pobj", "pcomp") and not (
                    t.dep_ in ("xcomp", "ccomp") and lem in INTENDING):
                return None, None
            t = h  # (through "was planning to apologize", "wants to ban")
        return None, None

    def restructure(self, verb, subj):
        """The subject to use for an embedded act (the accused, the one asked), or ``subj`` unchanged."""
        judged = self.judged_actor(verb)
        if judged is not None:
            return judged
        asked = self.asked_actor(verb)
        if asked is not None:
            return asked
        if self._calls_up(verb):
            return subject_of(verb.head)  # "phoned Abe to apologize" (parsed as object control): the caller
        trained = _trained_for(verb)
        if trained is not None:
            return trained  # "has been training Syrian opposition forces to fight IS": the forces fight
        return subj

    def _calls_up(self, verb) -> bool:
        """ "called Morrison to congratulate him", "phoned Abe to apologize": a call made to someone to do
        to them an act of address, which is the caller's (not "called on X to discuss": a request)."""
        head = verb.head
        return verb.dep_ in ("xcomp", "advcl") and head.i != verb.i and self.lemma(head) in CALLING \
            and self.lemma(verb) in ADDRESSING and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children) \
            and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in head.children)

    def embedded_status(self, verb, status: str) -> str:
        kind, gov = self.embedding(verb)
        if kind == "denied":
            return "negated"
        if kind in ("asked", "threatened", "supposed"):
            return "hypothetical" if status in ("asserted", "future") else status
        if kind == "promised":
            return "future" if status == "asserted" else status
        if kind == "judged" and gov is not None and status != "negated":
            return tense_and_status(gov)[1]  # "accused Y of V-ing": as sure as the accusation
        if status in ("asserted", "future") and (_under_whether(verb) or in_question(verb)):
            return "hypothetical"  # "whether Trump will agree to remove tariffs depends on …", "will he go?": not known
        return status

    def subject_or_structure(self, verb):
        return self.restructure(verb, subject_of(verb))


#: verbs of making others able to act, whose purpose infinitive is the object's act ("armed the rebels to
#: fight IS", "trained the forces to fight"); not a verb of sending, whose sender acts through the ones sent
EQUIPPING = frozenset({"train", "arm", "equip", "recruit", "hire", "pay", "fund", "finance", "enlist", "coach"})


def _trained_for(verb):
    """The object of an equipping verb whose purpose infinitive ``verb`` is ("training Syrian opposition forces
    … to fight against Islamic State"), or None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.lemma_.lower() not in EQUIPPING \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")),
                None)


def _under_whether(verb) -> bool:
    """The verb, or a verb it is the complement of, is introduced by "whether" ("whether he will agree to …");
    a purpose clause of such a verb too ("whether Trump withheld aid to pressure Zelensky": not known either)."""
    return marked_clause(verb, ("whether",), _complement_or_purpose, 5)


def _complement_or_purpose(t) -> bool:
    return t.dep_ in ("xcomp", "ccomp", "csubj", "conj", "pcomp", "prep") or (
        t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))


def _first_conjunct(verb):
    """The first of conjoined embedded verbs that share its subject ("to lead, step up the fight": "lead"),
    else the verb itself."""
    if verb.dep_ == "conj" and verb.head.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return verb.head
    return verb
