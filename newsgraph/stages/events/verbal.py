"""Verbal acts the parse or the lexicon leaves unsaid: a finite verb the parser coordinated with an
infinitive ("went after Clinton for following Obama's refusal to use the term and called for her to
quit": Trump calls), a warning whose content is the speaker's own harm to come ("the Saudis warned they
could sell off U.S. assets": a threat to the United States), and a statement that an act will have
consequences ("any action by China would have consequences, Carter said": a threat to China)."""

from __future__ import annotations

from ..syntax import subject_of
from .lexicon import _Trigger

#: finite verb tags: a verb with one of them has a subject of its own, or its conjunct's
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def stranded_conjunct_subject(verb):
    """The subject of a finite verb the parser coordinated with a non-finite one ("… for following Obama's
    refusal to use the term and called for her to quit", "called" hung on "use"): a past or present tense
    cannot share an infinitive's or a participle's subject, so it is coordinated with the nearest finite
    verb above, whose subject it takes. None when the verb is not so stranded."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.tag_ not in ("VB", "VBG") or head.pos_ != "VERB":
        return None
    t = head
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                return t.head  # "Trump, who went after … and called …"
            return subj
    return None


#: verbs of warning whose content can be the warner's own act to come
WARNING = frozenset({"warn", "caution"})
#: auxiliaries of an act yet to come
TO_COME = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "wo"})
#: pronouns by which a warner names itself in what it warns of ("Iran warned that it would …")
SELF_PRONOUNS = frozenset({"it", "they", "we", "i"})
#: acts that harm their other party without being force: one's own to come is a threat when warned of
HARMS = frozenset({"retaliate", "sell", "dump", "cut", "block", "halt", "suspend", "freeze", "expel", "boycott",
                   "punish", "close", "shut", "seize", "ban", "withdraw", "pull", "veto", "sever", "scrap", "abandon"})
#: nouns of the harm an act will bring its doer ("would have consequences", "will pay a heavy price")
CONSEQUENCES = frozenset({"consequence", "consequences", "repercussion", "repercussions", "price"})
#: verbs that bring such a harm to their subject
BEARING = frozenset({"have", "face", "bear", "suffer", "pay", "carry", "bring", "mean"})
#: subjects that name an act or a choice, not its doer ("any action by China", "that", "such a move")
ACT_WORDS = frozenset({"action", "actions", "act", "acts", "move", "moves", "step", "steps", "attempt", "attempts",
                       "decision", "choice", "that", "this", "it", "which"})
#: types of the lexicon whose act, one's own to come, is a threat
HARMFUL_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "REJECT"})


#: nouns of asking in "at the request of X": X asks, the clause's subject does what was asked
REQUEST_IDIOMS = frozenset({"request", "behest", "urging"})
#: verbal acts a noun can name in "in a rebuke to X, Y …", "in an endorsement of X, Y said": Y acts
FRAMED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})


#: nouns of words whose "that" clause is what they say ("Obama's advice that Britain should remain"): a demand
#: told in such a clause is made by the noun, the word a reader takes for the act
SAYING_NOUNS = frozenset({"advice", "suggestion", "suggestions", "insistence", "recommendation", "argument",
                          "message", "view", "position", "assertion", "contention", "urging"})


def saying_noun(verb):
    """The noun of words whose content clause holds the verb ("Obama's advice that Britain should remain":
    advice), None otherwise."""
    head = verb.head
    if verb.dep_ in ("acl", "ccomp", "appos") and head.pos_ == "NOUN" and head.i < verb.i \
            and head.lemma_.lower() in SAYING_NOUNS | {n.rstrip("s") for n in SAYING_NOUNS} \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return head
    return None


#: what makes an insisted clause a demand: an obligation or something yet to be done ("insisted that Mexico
#: must pay", "will pay")
DEMANDING = frozenset({"must", "should", "need", "needs", "will", "would", "'ll", "shall", "has", "have"})


def mutual(verb) -> bool:
    """The verb's object is "each other" or "one another", or a phrase they own ("attacked each other's
    policies on Brexit"): the subjects act on one another, no third party receives it."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "prep"):
            continue
        for t in c.subtree:
            if (t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "each") or (
                    t.lower_ == "one" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "another"):
                return True
    return False


#: heads of an unnamed person's description ("a European official"); others name bodies ("the Afghan government")
INDIVIDUAL_HEADS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                              "diplomat", "source", "person", "man", "woman", "officer", "minister", "lawmaker",
                              "senator", "analyst", "expert", "witness", "resident", "member", "staffer", "insider",
                              "observer", "leader", "envoy", "ambassador", "president", "chief", "head", "negotiator",
                              "representative", "delegate", "lawyer", "attorney", "prosecutor", "judge", "general",
                              "commander", "secretary", "governor", "mayor", "candidate", "activist", "journalist"})


class Verbal:
    """Verbal acts left unsaid by the parse or the lexicon (a part of :class:`~.coder.Coder`)."""

    def pronoun_fits(self, pronoun, aids: list[str]) -> list[str]:
        """The reporters a pronoun subject can stand for: "it" no person ("'it will receive near-unanimous
        support,' Cardin said": the bill, not Cardin), "he"/"she" only a person."""
        low = pronoun.lower_

        def individual(aid) -> bool:  # a person, or an unnamed one ("a European official"), not a body
            a = self.an.actor(aid)
            return a is not None and (a.kind == "person" or a.kind == "anonymous" and bool(a.name)
                                      and a.name.split()[-1].lower() in INDIVIDUAL_HEADS)
        if low == "it":  # ("the Afghan government said it would free …": the government)
            return [a for a in aids if not individual(a)]
        if low in ("he", "she"):
            return [a for a in aids if individual(a) and not self._speaks_for(a, low)]
        if low == "they" and self.an.in_quote(pronoun.idx):
            # "“They closed the road in one night,” said Gelashvili, a driver": in his own words, not the driver
            # (but reported, "the spokesperson said that they support …" is the side he speaks for)
            return [a for a in aids if not individual(a)]
        return aids

    def _speaks_for(self, aid: str, pronoun: str) -> bool:
        """A reporter named by the pronoun's own possessive ("He denied it, his spokesman said"): "his"
        and "he" are one person, whom the spokesman speaks for; the spokesman is not "he"."""
        a = self.an.actor(aid)
        own = "his " if pronoun == "he" else "her "
        return a is not None and bool(a.mentions) and all(
            self.an.text[s:e].lower().startswith(own) for s, e in a.mentions)

    def insisted_fact(self, verb, actors) -> str | None:
        """For "insist" with a clause that asks nothing ("the Saudis insist they're fighting terror", "insisted
        that it had no role in the attacks"): "REJECT" when the clause is about the speaker itself (a rebuttal
        of what is said of it), "" when about another (a claim, no demand: abstain); None when the clause asks
        something ("insisted that Mexico must pay") or there is none."""
        if self.lemma(verb) != "insist":
            return None
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None or any(c.dep_ == "xcomp" for c in content.children if c.lemma_.lower() in ("need", "have")):
            return None
        if content.lemma_.lower() == "be" and not any(c.dep_ == "acomp" and c.lemma_.lower() in ("necessary", "essential")
                                                      for c in content.children):
            return ""  # "insists his tactics will be worth it": a forecast or a judgement, nothing asked of anyone
        if any(c.dep_ == "aux" and c.lower_ in DEMANDING - {"has", "have"} for c in content.children) \
                or content.lemma_.lower() == "need" or content.tag_ == "VB":
            return None  # ("insisted that he resign": a subjunctive, a demand)
        subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        own = self.actors_of([subj])
        if (set(own) & set(actors)) if own else subj.lower_ in SELF_PRONOUNS | {"he", "she"}:
            return "REJECT"
        return ""

    def named_by_the_insult(self, aid: str, verb) -> bool:
        """A party that is only the name a criticism calls someone ("calling Mexican border-crossers
        'rapists' and criminals": "criminals" is what they are called, not whom): each of its mentions in the
        verb's sentence is a word of criticism or coordinated with one."""
        a = self.an.actor(aid)
        if a is None:
            return False
        sent = verb.sent
        toks = [t for s, e in a.mentions if sent.start_char <= s < sent.end_char
                for t in [self.doc.char_span(s, e, alignment_mode="expand")] if t is not None]
        if not toks:
            return False
        return all(self._insult(span.root) or (span.root.dep_ == "conj" and self._insult(span.root.head))
                   for span in toks)

    def called_names(self, verb, actors) -> list[str]:
        """Who is called an insult parsed as its object's modifier ("calling Chilean fishermen 'thugs'"): the
        parties the modifier names; none when it names none."""
        out = []
        for c in verb.children:
            if c.dep_ == "dobj" and self._insult(c):
                mods = [g for g in c.children if g.dep_ in ("nmod", "compound") and g.i < c.i]
                out += [a for a in self.actors_of(mods) if a not in actors and a not in out]
        return out

    def _insult(self, tok) -> bool:
        return tok.lower_ in self.criticism or tok.lemma_.lower() in self.criticism

    def framed_noun_parties(self, trig) -> tuple[list[str], list[str]] | None:
        """The parties of a verbal-act noun that frames its clause: "in a halfhearted endorsement of Mr.
        Sanders, Mrs. Clinton added …" (Clinton endorses Sanders: the clause's subject acts, the noun's "of"
        or "to" party receives), "left the hotel at the request of police" (the police ask, the clause's
        subject is asked). None when the noun is not so used or a side is missing (abstain)."""
        noun = trig.noun
        if trig.type not in FRAMED_TYPES or noun is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        prep, verb = noun.head, noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "poss" for c in noun.children):
            return None  # ("in Clinton's endorsement of …": the possessor endorses, nominal.py)
        subj = subject_of(verb)
        clause = self.actors_of([subj]) if subj is not None else []
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
              for g in c.subtree if g.dep_ in ("pobj", "poss")]
        named = [a for a in self.actors_of(of) if a not in clause]
        if not clause or not named:
            return None
        if prep.lower_ == "at" and noun.lemma_.lower() in REQUEST_IDIOMS and trig.type == "REQUEST":
            return named[:1], clause
        if prep.lower_ == "in" and noun.i < verb.i:
            return clause, named[:1]
        return None

    def backs_no_one(self, trig, verb, recipients) -> bool:
        """Joining with no one joined ("signed on as a co-sponsor", "signed on to a two-year contract"): only
        joining a document whose sponsors are known ("signed on to the legislation") backs someone."""
        return trig.type == "SUPPORT" and not recipients and self.lemma(verb) == "sign" and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)

    def code_consequence_threats(self, seen: set) -> None:
        """THREATEN for each statement that says an act of another will bring consequences ("Any action by
        China to reclaim land would have consequences," Carter said; "If the Americans choose Trump, that
        will have consequences," he said): the speaker threatens the one whose act is meant, named as the
        doer in the subject ("any action by China") or as the subject of an "if" clause. Abstains when the
        consequences are no one's in particular ("there will be consequences")."""
        an = self.an
        for st in an.statements:
            speaker = st.source.actor if st.source is not None else None
            if speaker is None or an.actor(speaker) is None or self.no_party_actor(speaker) or st.cue is None:
                continue
            said = st.content.text.lower()
            if not any(w in said for w in CONSEQUENCES):
                continue  # (no word of consequences in the words: no Token made of them)
            span = self.doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
            cue = self.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
            if span is None or cue is None or not len(cue):
                continue
            verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.lower_ == "according" or any(c.dep_ == "neg" for c in verb.children):
                continue
            for noun in span:
                if noun.lemma_.lower() not in CONSEQUENCES and noun.lower_ not in CONSEQUENCES:
                    continue
                bearer = noun.head
                if noun.dep_ != "dobj" or self.lemma(bearer) not in BEARING or any(
                        c.dep_ == "neg" for c in bearer.children):
                    continue
                if noun.lemma_.lower() == "price" and self.lemma(bearer) != "pay":
                    continue  # "the price of oil"
                if not any(c.dep_ == "aux" and c.lower_ in TO_COME for c in bearer.children):
                    continue  # what is to come, not what an act had
                targets = self._consequence_bearers(bearer, speaker)
                if not targets:
                    continue
                at = verb if verb.sent.start == noun.sent.start else noun
                self._emit(_Trigger("THREATEN", None, token=at, head=at), [speaker], targets[:1], "asserted",
                           "past", seen)
                break

    def _consequence_bearers(self, bearer, speaker: str) -> list[str]:
        """Whose act the consequences follow: the doer named in the subject ("any action by China", "Peru's
        decision", "China would face consequences"), or the subject of an "if" clause ("if the Americans choose
        Trump, that will have …")."""
        subj = next((c for c in bearer.children if c.dep_ == "nsubj"), None)
        cands = []
        if subj is not None and subj.lower_ not in ACT_WORDS:
            cands = self.actors_of([subj])
        if subj is not None and not cands and subj.lemma_.lower() in ACT_WORDS and subj.pos_ == "NOUN":
            cands = self.actors_of([g for c in subj.children if c.dep_ == "poss" or (
                c.dep_ == "prep" and c.lower_ in ("by", "of")) for g in ([c] if c.dep_ == "poss" else c.children)
                if g.dep_ in ("poss", "pobj")])
        if not cands:
            cond = [c for c in bearer.children if c.dep_ == "advcl"]
            if bearer.dep_ == "relcl" and subj is not None and subj.lower_ == "that" and bearer.head.head.dep_ == "advcl":
                cond.append(bearer.head.head)  # "If the Americans choose Trump, that will have …", "that" read as a relative
            cond = [c for c in cond if any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)]
            cands = self.actors_of([g for c in cond for g in c.children if g.dep_ == "nsubj"])
        return [a for a in cands if a != speaker and (x := self.an.actor(a)) is not None
                and x.kind in ("country", "organization", "person", "group") and not self.no_party_actor(a)]

    def own_harm_warned(self, verb, speakers: list[str]) -> list[str]:
        """For "X warned (that) it will/could <harm>" with no one warned named: the other parties of the harm
        X says it will do ("the Saudis have warned they could sell off hundreds of billions of dollars in U.S.
        assets": the United States), so that the warning is a threat to them. Empty when the content is not
        the warner's own harmful act to come, or names no other party (abstain: no one is threatened)."""
        if self.lemma(verb) not in WARNING or not speakers or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return []
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        if content is None or not any(c.dep_ == "aux" and c.lower_ in TO_COME for c in content.children) \
                or any(c.dep_ == "neg" for c in content.children):
            return []
        subj = next((c for c in content.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
        own = self.actors_of([subj])
        if not (set(own) & set(speakers) if own else subj.lower_ in SELF_PRONOUNS):
            return []
        trig = self._verb_trigger(content)
        if trig is None or trig.type not in HARMFUL_TYPES:
            if self.lemma(content) not in HARMS:
                return []
            trig = _Trigger("THREATEN", None, content, content)
        found = [a for a in self.others(trig) if a not in speakers and a not in own]
        return found or self._owners_in_objects(content, set(speakers) | set(own))[:1]

    def _owners_in_objects(self, verb, excluded: set[str]) -> list[str]:
        """The parties named inside the verb's object phrases ("sell off … U.S. assets", "close its ports to
        American ships"): a name or a nationality that modifies a word there, not the subject's side."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ not in ("dobj", "prep", "dative"):
                continue
            for t in c.subtree:
                if t.dep_ not in ("compound", "poss", "amod", "pobj", "dobj") or t.pos_ not in ("PROPN", "ADJ", "NOUN"):
                    continue
                aid = self.an.token_actor.get(t.i)
                if aid is None and t.dep_ in ("amod", "compound") and t.text in self.an.kb.adjectives:
                    aid = self._country_actor(t)
                a = self.an.actor(aid) if aid is not None else None
                if a is not None and aid not in excluded and aid not in out and a.kind in ("country", "organization", "person"):
                    out.append(aid)
        return out
