"""Small dependency-parse helpers shared by the statements and events stages."""

from __future__ import annotations

SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
FUTURE_FRAMES = {"set", "plan", "expect", "intend", "schedule", "due", "prepare", "aim", "go", "agree", "promise",
                 "pledge", "vow", "offer", "threaten", "want", "seek", "hope"}
MODAL_HYPOTHETICAL = {"could", "might", "may", "would", "should", "can"}
NEGATING_FRAMES = {"refuse", "fail", "decline", "unable", "reluctant", "unwilling", "loath", "stop", "cease", "quit"}
# "is ready to meet", "willing to withdraw", "eager to impose": what someone is prepared to do, not done
WILLINGNESS_FRAMES = {"ready", "willing", "eager", "keen", "prepared", "open", "happy", "anxious"}
# "is likely to deploy", "unlikely to agree": a guess about what may happen
# prepositions whose object can be the subject of a gerund after it ("objected to Ukraine opening …",
# "worried about China building …"); not "sent a letter on Monday saying …"
GERUND_SUBJECT_PREPS = frozenset({"to", "about", "of", "against", "over", "at", "with", "without", "from"})
LIKELIHOOD_FRAMES = {"likely", "unlikely", "possible", "probable"}
#: frames of an attempt, whose act is not told as achieved ("tried to force the Palestinians to capitulate")
ATTEMPT_FRAMES = {"try", "attempt", "strive", "endeavour", "endeavor"}


#: nouns whose infinitive is asked of someone else ("Trump's proposal to ban …", "calls to ban …")
ASKING_NOUNS = frozenset({"call", "demand", "request", "appeal", "proposal", "push", "plea", "pressure", "petition",
                          "motion", "resolution", "ultimatum", "urging", "campaign", "drive", "order", "invitation"})


def subject_of(verb):
    """The subject of a verb, following coordinated, participial and infinitival verbs up to theirs.

    "Trump, who once promised …" gives Trump for "promised"; "Having supported Putin, Trump …" gives
    Trump for "supported"; a passive verb's agent ("criticised by X") counts as its subject; a named
    possessor of a noun counts for the noun's infinitive ("North Korea's claim to have conducted …").
    """
    v = verb
    came_by = None  # the label by which the walk reached ``v``
    for _ in range(5):
        kids = list(v.children)  # read once: each pass over children makes new Token objects
        deps = [c.dep_ for c in kids]  # and each label once
        v_dep, head = v.dep_, v.head
        if "agent" in deps:
            agent = [g for c, d in zip(kids, deps, strict=True) if d == "agent" for g in c.children if g.dep_ == "pobj"]
            if agent and v.i == verb.i:
                return agent[0]
            if agent and came_by != "conj":
                return None  # a clause under a passive verb: no safe controller
        subj = [c for c, d in zip(kids, deps, strict=True) if d in ("nsubj", "csubj")]
        if subj:
            # two subjects: the one nearest before the verb ("NAIROBI, Kenya (AP) — President William
            # Ruto on Sunday defended …" parses the dateline as a subject too)
            s = subj[0] if len(subj) == 1 else ([c for c in subj if c.i < v.i] or subj)[-1]
            if v_dep == "relcl" and (s.lower_ in ("who", "which", "that") or any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("whom", "which") for g in p.children)
                    for p in s.children)):
                return head  # "Democrats, both of whom opposed the deal": the Democrats
            return s
        if "nsubjpass" in deps and v.i == verb.i and any(
                c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids) and any(
                d in ("ccomp", "dobj", "xcomp", "advcl", "prep") for d in deps) and "agent" not in deps:
            s = kids[deps.index("nsubjpass")]  # "He's said he …", "who's called for …": "has", parsed as a passive
            return head if s.lower_ in ("who", "which", "that") and v_dep == "relcl" else s
        if "nsubjpass" in deps:
            # raising: "the two ministers are expected to sign" -> the ministers sign; coordination:
            # "officials were angered by the deal and predicted …" -> the officials predicted
            # a gerund after a preposition: "six students were arrested after refusing to leave" -> the students
            return kids[deps.index("nsubjpass")] if v.i != verb.i and came_by in ("xcomp", "conj", "pcomp") else None
        if v_dep in ("advcl", "xcomp") and v.i == verb.i and v.tag_ == "VBG" and v.i > 0 and not any(
                d in ("mark", "aux") for d in deps):
            before = v.doc[v.i - 1]  # "objected to Ukraine opening an investigation": Ukraine opens it
            if before.dep_ == "pobj" and before.pos_ in ("PROPN", "NOUN") and before.head.dep_ == "prep" \
                    and before.head.head.i == head.i and before.head.i == before.i - 1 \
                    and before.head.lower_ in GERUND_SUBJECT_PREPS and before.ent_type_ not in ("DATE", "TIME"):
                return before
        if v_dep == "xcomp" and head.i != v.i:
            # object control: "persuade Putin to agree" -> Putin agrees
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < v.i]
            if obj:
                return obj[0]
        if v_dep == "pcomp" and head.dep_ == "prep" and (head.head.pos_ in ("VERB", "AUX") or (
                head.head.pos_ == "ADJ" and head.head.dep_ == "acomp" and v.i == verb.i)):
            if head.lower_ == "into" and head.head.pos_ == "VERB":  # object control: "pressured Zelensky
                obj = [c for c in head.head.children if c.dep_ in ("dobj", "dative") and c.i < head.i]
                if obj:  # into announcing …", "forced X into"
                    return obj[0]
            # "…, including approving weapons sales", "has been aggressive in pushing …" (the verb itself:
            # not "intent on preventing Ukraine from joining", where Ukraine would join)
            # (the gerund itself, not one nested in another: "accused of creating … by blocking", an act alleged)
            came_by = (came_by or v_dep) if v.i == verb.i else "nested" if came_by == "pcomp" else came_by
            v = head.head
            continue
        if v_dep in ("conj", "xcomp", "advcl", "acomp") and head.i != v.i:
            came_by = v_dep
            v = head
            if v.pos_ not in ("VERB", "AUX", "ADJ"):
                break
            continue
        if v_dep == "relcl" and head.dep_ == "dobj" and head.head.lemma_.lower() == "have" and v.i == verb.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            v = head.head  # "Obama and Xi have other topics to discuss": the ones who have them discuss them
            continue
        if v_dep == "relcl":
            return head
        if v_dep == "acl" and v.i == verb.i and head.pos_ == "NOUN" and head.lemma_.lower() not in ASKING_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            # "North Korea's claim to have conducted a test", "Iran's plan to build": the possessor's act
            # ("Trump's proposal to ban …" asks it of someone else)
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss and poss[0].lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
                return poss[0]
        break
    return None


def governing_verb(tok, steps: int = 4):
    """The verb a word belongs to: the word itself, or the nearest verb above it within ``steps`` heads
    ("met … on Sunday": met); None when there is none that close."""
    t = tok
    for _ in range(steps):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def with_conjuncts(tok):
    """A token and the tokens coordinated with it ("Trump and Putin")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(with_conjuncts(c))
    return out


#: nouns of an act intended, whose infinitive is ahead ("his plan to ban Muslims", "a pledge to cut taxes")
PLANNING_NOUNS = frozenset({"plan", "intention", "decision", "promise", "pledge", "vow", "commitment", "bid",
                            "intent", "resolve", "determination", "readiness", "preparation", "agreement", "deal",
                            "accord", "pact", "arrangement", "timetable", "timeline", "roadmap", "schedule"})


#: marks of a clause that times another ("after troops leave", "once the talks end")
TIME_CLAUSE_MARKS = frozenset({"after", "before", "until", "till", "once", "when", "whenever"})


def _present_passive(verb, auxes) -> bool:
    """A participle in a passive of the present ("is not agreed by many countries", "are being targeted"): its
    finite auxiliary is a present one, and no "have" makes it a perfect ("has been criticized"; a contracted
    "'s" may be either: "who's called for 20,000 troops" is a perfect)."""
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in auxes) and any(
        a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(
        a.lemma_.lower() == "have" or a.lower_ in ("'s", "’s") for a in auxes)


def tense_and_status(verb) -> tuple[str, str]:
    """(tense, status) of an event verb: tense past|present|future; status per the newsgraph/1 contract.

    A verb coordinated with another and with no subject or auxiliary of its own shares its status ("plans
    to reverse its position and lift sanctions", "will improve access … and cooperate"); after "but" not
    its negation ("did not attend but sent a delegate")."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children):
        tense, status = tense_and_status(verb.head)
        contrast = any(t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in verb.doc[verb.head.i + 1: verb.i])
        # a "not" of the first verb's own is left to it (the parse often hangs a new clause on a negated verb:
        # "said the President did not know … and accused Downing Street of …")
        if status != "negated" or not (contrast or any(c.dep_ == "neg" for c in verb.head.children)):
            own_tense = "past" if verb.tag_ in ("VBD", "VBN") else tense
            return (own_tense if status == "asserted" else tense), status
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lemmas = {a.lemma_.lower() for a in auxes} | {a.lower_ for a in auxes}
    negated = any(c.dep_ == "neg" for c in verb.children)
    frames = []
    h = verb
    for _ in range(3):  # "are set to hold", "refused to agree", "has been unable to persuade"
        if h.dep_ in ("xcomp", "ccomp", "acomp") and h.head.i != h.i:
            h = h.head
            frames.append(h)
        else:
            break
    if h.dep_ == "advcl" and h.tag_ == "VBG" and h.head.i != h.i and not any(
            c.dep_ in ("mark", "nsubj") for c in h.children):
        # a gerund of means or object ("would have objected to Ukraine opening …", "could win by attacking"):
        # as sure as the verb it hangs on, but not denied with it
        aux_lemmas |= {c.lower_ for c in h.head.children if c.dep_ == "aux"} & MODAL_HYPOTHETICAL
    frame_lemmas = {f.lemma_.lower() for f in frames}
    for f in frames:
        negated = negated or any(c.dep_ == "neg" for c in f.children)
        aux_lemmas |= {c.lower_ for c in f.children if c.dep_ in ("aux", "auxpass")}
    if frame_lemmas & NEGATING_FRAMES:
        negated = not negated
    future = bool(aux_lemmas & {"will", "shall", "'ll"}) or bool(frame_lemmas & FUTURE_FRAMES) or (
        "to" in aux_lemmas and (verb.dep_ == "ROOT" or verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT"
                                and verb.head.pos_ in ("NOUN", "PROPN"))  # a headline's "Ferreira to meet Salas": ahead
        or verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "have")
    # ("have other topics to discuss": ahead)
    tense = "future" if future else "past" if (verb.tag_ in ("VBD", "VBN") and not _present_passive(verb, auxes)
                                                or aux_lemmas & {"have", "had", "did", "has"}) else "present"
    if negated:
        return tense, "negated"
    if future:
        return tense, "future"
    if aux_lemmas & MODAL_HYPOTHETICAL or frame_lemmas & (LIKELIHOOD_FRAMES | WILLINGNESS_FRAMES | ATTEMPT_FRAMES):
        return tense, "hypothetical"
    if "to" in aux_lemmas and verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in PLANNING_NOUNS \
            and not frames and "have" not in aux_lemmas:
        # an act a noun plans, promises or decides ("his plan to ban Muslims", "the decision to withdraw"): ahead
        return "future", "future"
    if "to" in aux_lemmas and "have" not in aux_lemmas and h.dep_ in ("acl", "relcl", "advcl") \
            and h.head.pos_ == "NOUN" and (h.head.lemma_.lower() in PLANNING_NOUNS or any(
                c.dep_ == "mark" and c.lower_ == "for" for c in h.children)):
        # an act a noun sets out for someone ("an agreement for US troops to begin leaving", "a timetable for
        # the rebels to withdraw", "a deal to buy jets"): ahead, not done ("the last country to sign" names
        # no such noun and stays as it is)
        return "future", "future"
    if "to" in aux_lemmas and "have" not in aux_lemmas and verb.dep_ in ("relcl", "acl") and not frames \
            and verb.head.pos_ == "NOUN" and verb.head.dep_ == "attr" and verb.head.head.i != verb.head.i \
            and verb.head.head.pos_ in ("VERB", "AUX") and tense_and_status(verb.head.head)[1] == "future":
        # the infinitive of a predicate noun ("will become the first leader to address the assembly"): as far
        # ahead as the verb that makes its subject that noun
        return "future", "future"
    if verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ") and not auxes and verb.head.i != verb.i and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children) \
            and tense_and_status(verb.head)[1] == "future":
        # English tells a later act in the present after "after", "once", "until" ("will keep its base after
        # American troops leave Syria"): as far ahead as the clause it times
        return "future", "future"
    if any(c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children) for c in verb.children) \
            or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return tense, "conditional"
    return tense, "asserted"


def outer_cue(verb, speech, depth: int = 1):
    """For a speech verb (lemma in ``speech``) with no subject coordinated with, or a participle hung on,
    a verb of another cue's complement ("said Marquez would face … and accused party leaders of …",
    "saying the taxes were needed … and insisting that …", "said the deaths were caused by gunshot wounds
    and called on the government to …"): that cue, whose subject is the speaker of both; else None. With
    ``depth`` above 1, also a verb of a complement inside the complement ("said the warning was a sign that
    Obama did not know …, and accused Downing Street of …", the parse hanging the second verb on the
    innermost clause)."""
    if verb.lemma_.lower() not in speech:
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    for _ in range(depth):
        cue = head.head
        if cue.i >= head.i:
            return None
        if head.dep_ == "ccomp" and cue.lemma_.lower() in speech:
            return cue
        if head.dep_ not in ("ccomp", "acomp", "xcomp", "attr"):
            return None  # (through the clauses of a complement only: "was indicative that …")
        head = cue
    return None


#: words that open a question asking about what it takes as done ("What was the investigation about?",
#: "Who ordered the strike?"): the act is presupposed, not put in doubt
WH_WORDS = frozenset({"what", "who", "whom", "whose", "which", "why", "when", "where", "how"})


def in_question(tok) -> bool:
    """``tok`` stands in a question that puts it in doubt: the first sentence-final mark after it in its
    sentence is "?" ("So he's going to do the investigation?", "Will Russia invade?"), not a question
    opening with a wh-word, which takes its acts as given ("What was the Swedish investigation about?";
    "what if …" still doubts)."""
    sent = tok.sent
    for t in sent[tok.i - sent.start + 1:]:
        if t.text in (".", "!", ";"):
            return False
        if "?" in t.text:
            break
    else:
        return False
    # a question: put in doubt unless it opens with a wh-word (its first two words read, not the whole sentence)
    words = []
    for t in sent:
        if not (t.is_punct or t.is_space):
            words.append(t)
            if len(words) == 2:
                break
    return not (len(words) > 1 and words[0].lower_ in WH_WORDS and words[1].lower_ != "if")


def marked_clause(verb, marks: tuple[str, ...], through, steps: int) -> bool:
    """The verb's clause, or one it hangs from through tokens ``through(t)`` accepts (up to ``steps``
    clauses), opens with one of ``marks`` ("whether he will agree", "asked if it should")."""
    t = verb
    for _ in range(steps):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if not through(t) or t.head.i == t.i:
            return False
        t = t.head
    return False


def stranded_object(tok) -> bool:
    """A name the parse leaves hanging off a preposition as "dep" where it is its object (a headline's "to stand
    up to Trump." read on into the next line)."""
    return tok.dep_ == "dep" and tok.pos_ == "PROPN" and tok.head.pos_ == "ADP" and not any(
        g.dep_ == "pobj" for g in tok.head.children)
