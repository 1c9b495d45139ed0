"""Criticism said in words of judgement: "Sanders calls Clinton unqualified", "what he called dangerous and
coercive actions", and a statement whose content judges another actor ("Trump's 'excesses' are sickening,
Hollande said"). PLOVER codes criticism as ACCUSE (disapprove) from the one who judges to the one judged.

The words of judgement are a lexicon list (``criticism`` in ``data/events.yaml``). A statement gives an
ACCUSE only when its speaker is an actor of the article and its content names another actor as well as a
word of judgement (an adjective, a noun, or an adverb made from one: "recklessly ignored"); the trigger is
the statement's cue, or the word of judgement itself when it stands in a sentence of the quotation without
the cue, and the record carries the statement as what it is attributed to. The one judged is named close
to the word, not as the one it harms ("a threat to China").

Verbal acts told by a participle belong to the author of the words it hangs on ("her statement condemning
the test", "the rhetoric of the candidates blasting …"): :meth:`Evaluations.words_owner`.
"""

from __future__ import annotations

from ..syntax import subject_of
from .lexicon import _Trigger

#: verbs that name someone or something as what the complement says ("called Clinton unqualified")
NAMING = frozenset({"call", "brand", "label", "dub", "describe", "deem", "term", "dismiss", "portray", "paint"})
NEGATORS = frozenset({"not", "n't", "no", "nothing", "never", "nor"})
#: verbs of warning; what they warn of is a threat when it is yet to come, a judgement when it is done
WARNING = frozenset({"warn", "caution"})
#: auxiliaries of what is yet to come or may come
UNREALISED = frozenset({"will", "would", "could", "may", "might", "can", "shall", "'ll", "wo", "ca"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: nouns of words: a participle on one tells an act of their author ("her statement condemning …")
WORDS_NOUNS = frozenset({"statement", "remark", "remarks", "comment", "comments", "rhetoric", "speech", "letter",
                         "tweet", "tweets", "post", "message", "interview", "op-ed", "column", "address", "editorial",
                         "words", "communique", "communiqué", "declaration", "resolution"})
#: prepositions of a word of judgement that name the ones it harms ("a threat to China", "a danger for peace")
HARMED_PREPS = frozenset({"to", "for", "against"})
#: words of judgement that name a wrong done to their object ("undermines security", "a breach of the accord")
WRONGING = frozenset({"undermine", "breach", "violation", "violate"})
JUDGED_KINDS = frozenset({"person", "organization", "country", "group"})
#: objects of a naming verb that name a thing, not a party ("what he called …", "called it reckless")
THING_WORDS = frozenset({"what", "which", "it", "this", "that", "whatever"})


def _phrase(tok) -> list:
    """A word's phrase without the clauses inside it ("a mistake by X", not "a mistake to rule out X")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in ("acl", "relcl", "xcomp", "ccomp", "advcl", "csubj"))
    return out


def _asked_whether(word, cue) -> bool:
    """A word inside a "whether" clause below the cue ("scrutiny over whether it violated the rules"): an open
    question, which judges no one."""
    for t in (word, *word.ancestors):
        if t.i == cue.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
    return False


def _denies(x) -> bool:
    """A negator that denies ("not", "never"); "not only", "not just" add rather than deny."""
    doc = x.doc
    return x.lower_ in NEGATORS and not (x.i + 1 < len(doc) and doc[x.i + 1].lower_ in ("only", "just", "merely"))


def _negated(tok, doc, lo: int) -> bool:
    """A word denied: a negator among the three words before it ("not ready", "never honest"; "not only a
    liar" denies nothing), or on a verb it depends on within its clause ("I don't think she is qualified")."""
    if any(_denies(x) for x in doc[max(lo, tok.i - 3):tok.i]):
        return True
    t = tok
    for _ in range(3):
        h = t.head
        if h.i == t.i or h.i < lo:
            return False
        if h.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" and _denies(c) for c in h.children):
            return True
        t = h
    return False


#: verbs of speaking or thinking of something, besides the lexicon's cues ("the threat he has been warning about")
SPEAKING_OF = frozenset({"warn", "talk", "speak", "write", "mention", "describe", "fear", "cite", "point", "complain",
                         "worry", "think"})


def said_of(verb) -> list:
    """What a statement is said of ("… ,' Mora said of Ferreira's decision"): the object of the cue's "of",
    or its owner when it is a thing someone did or said ("Ferreira's decision")."""
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return [o for o in objs if o.pos_ == "PROPN"] + [
        p for o in objs if o.pos_ == "NOUN" for p in o.children if p.dep_ == "poss" and p.pos_ == "PROPN"]


def _adjective(adverb: str) -> str:
    """The adjective an adverb in "-ly" is made from ("recklessly" -> "reckless", "unacceptably" ->
    "unacceptable"); "" for other words."""
    if not adverb.endswith("ly") or len(adverb) < 6:
        return ""
    if adverb.endswith(("ably", "ibly")):
        return adverb[:-1] + "e"
    return adverb[:-2]


def _small_clause(c, words) -> bool:
    """A complement that is a word of judgement with no verb of its own, whatever its tag ("calls Clinton
    unqualified", the adjective read as a past tense with Clinton as its subject)."""
    return c.lower_ in words and not any(g.dep_ in ("aux", "auxpass", "dobj", "mark") for g in c.children)


class Evaluations:
    """Criticism in words of judgement (a part of :class:`~.coder.Coder`)."""

    def words_owner(self, verb):
        """For a verbal act told by a participle on a noun of words ("her statement condemning the test",
        "the rhetoric of the candidates blasting Obama's approach") or on an actor ("senators blasting the
        plan"): the token for whoever acts, their author; None otherwise ("a video condemning X")."""
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN") \
                or verb.head.i > verb.i or not verb.text[:1].islower():
            return None  # (not "Volatiles Investigating Polar Exploration Rover", a name)
        noun = verb.head
        if noun.lemma_.lower() not in WORDS_NOUNS:
            # "prosecutors investigating the attack", "candidates blasting Obama": criticism or rejection by
            # the actor the participle describes, when it is a party of the clause ("posted on Twitter
            # accusing …" hangs the participle on the wrong noun)
            return noun if self.lemma(verb) in self.verbs and self.verbs[self.lemma(verb)].split("/")[0] in (
                "ACCUSE", "REJECT") and (noun.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "ROOT") or (
                    noun.dep_ == "pobj" and noun.head.lower_ == "of")) \
                and self.actors_of([noun]) else None
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children
              if g.dep_ == "pobj"]
        for cand in ([poss] if poss is not None else []) + by:
            if self.actors_of([cand]):
                return cand
        if poss is not None and poss.lower_ in ("her", "his", "their") and noun.dep_ == "pobj" \
                and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB" and noun.head.i < noun.head.head.i:
            # "In her statement condemning the test, Clinton defended …": the main clause's subject, named after
            subj = subject_of(noun.head.head)
            if subj is not None and subj.i > noun.i and subj.pos_ == "PROPN":
                return subj
        return None

    def judged_warning(self, trig, speaker: list[str]) -> list[str] | None:
        """For a warning that judges what was done ("Republicans warn that the deal was a dangerous mistake
        by the administration"): the actors judged (criticism, not a threat), possibly none; None for a
        warning of what will or could happen (a threat) and anything else."""
        verb = trig.head
        if trig.noun is not None or self.lemma(verb) not in WARNING:
            return None
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None:
            return None
        if any(c.dep_ == "aux" and c.lower_ in UNREALISED for t in (content, *content.children)
               if t.pos_ in ("VERB", "AUX") for c in (t, *t.children)):
            return None
        first, last = min(t.i for t in content.subtree), max(t.i for t in content.subtree)
        span = self.doc[first:last + 1]
        judged = self.judgements(span)
        if not judged:
            return None
        return [a for a in self._judged_near(span, judged, None) if a not in speaker]

    def warning_of_a_state(self, trig) -> bool:
        """A warning "that" something is so, with nothing yet to come in it and nothing judged ("the
        doctors warned that migrants are not the only people at risk"): no threat, and no criticism."""
        verb = trig.head
        if trig.noun is not None or self.lemma(verb) not in WARNING or any(c.dep_ in ("dobj", "dative")
                                                                            for c in verb.children):
            return False
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in content.subtree):
            return False
        return not any(t.lower_ in UNREALISED or t.tag_ == "MD" for t in content.subtree) and \
            not self.judgements(self.doc[content.left_edge.i:content.right_edge.i + 1])

    def judgements(self, span) -> list:
        """The words of a span that judge: words of criticism not denied, words of merit denied (as
        adjectives: "not fit to lead", not "might not fit our perception")."""
        out = []
        for t in span:
            low, lem = t.lower_, t.lemma_.lower()
            if low in self.criticism or lem in self.criticism:
                if not _negated(t, self.doc, span.start):
                    out.append(t)
            elif t.pos_ == "ADJ" and low in self.merit and _negated(t, self.doc, span.start):
                out.append(t)
            elif t.pos_ == "ADV" and t.head.pos_ == "VERB" and _adjective(low) in self.criticism \
                    and not _negated(t, self.doc, span.start):
                out.append(t)  # "recklessly ignored": how one acted; not "dangerously close" (a degree)
        return out

    def _judging(self, tokens) -> bool:
        return any(t.lower_ in self.criticism or t.lemma_.lower() in self.criticism for t in tokens)

    def naming_trigger(self, tok, lemma: str):
        """For a naming verb: an ACCUSE trigger when its complement judges ("calls Clinton unqualified"),
        ``False`` when it names without judging ("called it a success": no event, and no phone call
        either), None when the verb is not used to name."""
        if lemma not in NAMING:
            return None
        kids = list(tok.children)
        # "calling Chilean fishermen 'thugs' on Monday", the one named parsed as a modifier of the insult
        insult = any(c.dep_ == "dobj" and (c.lower_ in self.criticism or c.lemma_.lower() in self.criticism)
                     and any(g.dep_ in ("nmod", "compound") and g.i < c.i for g in c.children) for c in kids)
        if not insult and (any(c.dep_ in ("prt",) for c in kids) or any(
                c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in kids)):
            return None  # "call for", "call on", "call off": the phrases decide
        naming = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids) or any(c.dep_ == "oprd" or c.dep_ in ("ccomp", "xcomp", "attr") and (
            c.pos_ in ("ADJ", "NOUN", "PROPN") or c.tag_ == "VBN" or _small_clause(c, self.criticism)) for c in kids) or any(
            c.dep_ == "dobj" and any(g.dep_ in ("amod", "oprd") for g in c.children) for c in kids) or insult
        if not naming:
            return None
        sent = tok.sent
        window = tok.doc[tok.i + 1: min(tok.i + 10, sent.end)]
        if self._judging(window):
            return _Trigger("ACCUSE", "disapprove", token=tok, head=tok)
        return False

    def names_a_thing(self, trig) -> bool:
        """A naming verb's criticism of a thing no party is named with ("what he called unilateral and
        coercive actions", "called it reckless"): criticism by its speaker with no one else named, coded with
        no recipient; a party named but not resolved ("called the nominee unfit") is left alone."""
        if trig.type != "ACCUSE" or trig.noun is not None or self.lemma(trig.token) not in NAMING:
            return False
        verb = trig.head
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "relcl" and not named:  # "the actions he called coercive": the noun it describes
            named = [verb.head]
        return all(c.lower_ in THING_WORDS for c in named) and (
            bool(named) or any(c.lower_ in ("what", "which") for c in verb.subtree if c.i < verb.i))

    def code_statements(self, seen: set, taken: set[int]) -> None:
        """ACCUSE for each statement whose content judges another actor of the article."""
        an = self.an
        # "pressing his attack that Clinton is not qualified": the act is coded at its noun, once
        accusations = {e.trigger.start for e in self.out if e.type == "ACCUSE"}
        for st in an.statements:
            speaker = st.source.actor if st.source is not None else None
            if speaker is None or an.actor(speaker) is None or self.no_party_actor(speaker):
                continue  # ("Fifty-one percent say …": those polled, no party)
            span = self.doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
            cue = self.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
            if span is None or cue is None or not len(cue):
                continue
            verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.lower_ == "according" or verb.i in taken or any(c.dep_ == "neg" for c in verb.children):
                continue  # ("according to …" reports what a source says, no judgement the source makes)
            if any(c.dep_ == "dobj" and c.idx in accusations for c in verb.children):
                continue
            judged = [j for j in self.judgements(span) if not self._someone_elses_words(j, speaker, verb)]
            if not judged:
                continue
            targets = self._judged_near(span, judged, speaker)
            if not targets:
                targets = self._pronoun_target(span, {t.i for t in judged}, speaker, min(st.content.start, st.cue.start))
            if not targets:  # "'This is a disgrace,' Mora said of Ferreira's decision"
                targets = [a for a in self.actors_of(said_of(verb)) if a != speaker and not self.no_party_actor(a)]
            if not targets:
                continue
            taken.add(verb.i)
            # a quotation's sentence without the speech verb is told at its own word of judgement ("Ferreira
            # recklessly ignored the warnings. She must go," Ortiz said): the speech verb's sentence says no such thing
            mentioned = [t.i for t in span if an.token_actor.get(t.i) == targets[0]]
            word = min(judged, key=lambda j: min((abs(j.i - m) for m in mentioned), default=0))
            at = word if word.sent.start != verb.sent.start and not any(
                j.sent.start == verb.sent.start for j in judged) else verb
            self._emit(_Trigger("ACCUSE", "disapprove", token=at, head=at), [speaker], targets[:1], "asserted",
                       "past", seen)

    def _someone_elses_words(self, word, speaker: str, cue) -> bool:
        """A word of judgement another subject is told to have said inside the content ("he asked about the
        Brotherhood, called Omar a 'terrorist' …, the prosecutor's office said"): that one's act, reported,
        not the speaker's judgement."""
        quoted = next((q for q in self.an.quotes() if q.open_at <= word.idx < q.close_at), None)
        if quoted is not None and len(self.an.text[quoted.open_at:quoted.close_at].split()) > 3:
            return False  # the speaker's own words telling what another said of them ("She has been saying
            # that I am not qualified"): a complaint of the speaker's all the same
        if _asked_whether(word, cue):
            return True  # "facing scrutiny over whether it violated the rules": asked, no one's judgement
        t = word
        naming = False
        for _ in range(8):
            if t.head.i == t.i or t.i == cue.i:
                return False
            t = t.head
            if t.i == cue.i:
                return False
            if t.pos_ == "VERB" and (t.lemma_.lower() in NAMING or t.lemma_.lower() in self.speech):
                naming = True
            if naming and t.pos_ in ("VERB", "AUX"):
                subj = subject_of(t)  # (a naming verb the parse hangs on a noun: the next clause up's subject)
                if subj is not None:
                    return self.an.token_actor.get(subj.i) != speaker
        return False

    def _judged_near(self, span, judged: list, speaker: str | None) -> list[str]:
        """The actors judged: those named in the phrase of a word of judgement ("a mistake by Ferreira"),
        then close to one ("Trump's 'excesses' are sickening", "the failed Obama-Clinton foreign policy"),
        not anywhere in a long quotation; nearest first."""
        an = self.an
        found: dict[str, int] = {}
        # "a mistake by X", "X's reckless plan", "was a mistake by X" (the agent on the copula): first
        below = {t.i for j in judged for t in _phrase(j)} | {
            t.i for j in judged if j.head.pos_ in ("AUX", "VERB") for c in j.head.children
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" for t in c.subtree} | {
            # "Trump's request to Zelensky … was inappropriate": the owner of what is judged so
            t.i for j in judged if j.dep_ in ("acomp", "attr") and j.head.pos_ in ("AUX", "VERB")
            for c in j.head.children if c.dep_ == "nsubj" for o in c.children if o.dep_ == "poss"
            or (o.dep_ == "prep" and o.lower_ == "by")  # ("the decision by Ferreira … was a disgrace")
            for t in o.subtree}
        # "a threat to China", "a danger to the region": the ones harmed, not the ones judged
        harmed = {t.i for j in judged for c in j.children if c.dep_ == "prep" and c.lower_ in HARMED_PREPS
                  for t in c.subtree}
        # "undermines regional security", "a breach of UN resolutions": what is wronged, not the wrongdoer
        harmed |= {t.i for j in judged if j.lemma_.lower() in WRONGING for c in j.children
                   if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of") for t in c.subtree}
        # "the threat Mr Assange has been warning about": who speaks of the thing judged, not who is judged
        # (but "the threat Russia poses" is Russia's)
        harmed |= {t.i for j in judged for c in j.children if c.dep_ == "relcl"
                   and (c.lemma_.lower() in self.speech or c.lemma_.lower() in SPEAKING_OF)
                   for sub in c.children if sub.dep_ in ("nsubj", "nsubjpass") for t in sub.subtree}
        for t in span:
            dist = 0 if t.i in below else min(abs(t.i - j.i) for j in judged)
            if dist > 6 or t.i in harmed:
                continue
            aid = an.token_actor.get(t.i)
            a = an.actor(aid)
            if a is None or aid == speaker or a.kind not in JUDGED_KINDS or (
                    a.kind == "group" and not (a.country or a.sector)):
                continue
            found[aid] = min(found.get(aid, dist), dist)
        return sorted(found, key=found.get)

    def _pronoun_target(self, span, judged: set[int], speaker: str, before: int) -> list[str]:
        """The person a "he"/"she" judged in a statement stands for: the one person other than the speaker
        named in the same or the previous paragraph before the statement; none when there are several (left
        unresolved, not guessed)."""
        if not any(t.lower_ in PERSON_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower()
                   not in NAMING and t.head.lemma_.lower() not in self.speech
                   and any(j.i in judged for j in t.head.subtree) for t in span):
            return []  # "he is a liar"; not "what he called unilateral actions" (the speaker's own words)
        text = self.an.text
        para = text.rfind("\n\n", 0, before)
        lo = text.rfind("\n\n", 0, para) if para > 0 else -1
        lo = max(lo, 0)
        people = {a.id for a in self.an.actors if a.id != speaker and a.kind == "person"
                  and any(lo <= s < before for s, _ in a.mentions)}
        return list(people) if len(people) == 1 else []
