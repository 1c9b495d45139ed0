"""Criticism said in words of judgement: "Sanders calls Clinton unqualified", "what he called dangerous and
coercive actions", and a statement whose content judges another actor ("Trump's 'excesses' are sickening,
Hollande said"). PLOVER codes criticism as ACCUSE (disapprove) from the one who judges to the one judged.

The words of judgement are a lexicon list (``criticism`` in ``data/events.yaml``). A statement gives an
ACCUSE only when its speaker is an actor of the article and its content names another actor as well as a
word of judgement; the trigger is the statement's cue, and the record carries the statement as what it
is attributed to.
"""

from __future__ import annotations

from .lexicon import _Trigger

#: verbs that name someone or something as what the complement says ("called Clinton unqualified")
NAMING = frozenset({"call", "brand", "label", "dub", "describe", "deem", "term", "dismiss", "portray", "paint"})
NEGATORS = frozenset({"not", "n't", "no", "nothing", "never", "nor"})
#: verbs of warning; what they warn of is a threat when it is yet to come, a judgement when it is done
WARNING = frozenset({"warn", "caution"})
#: auxiliaries of what is yet to come or may come
UNREALISED = frozenset({"will", "would", "could", "may", "might", "can", "shall", "'ll", "wo", "ca"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
JUDGED_KINDS = frozenset({"person", "organization", "country", "group"})


def _phrase(tok) -> list:
    """A word's phrase without the clauses inside it ("a mistake by X", not "a mistake to rule out X")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in ("acl", "relcl", "xcomp", "ccomp", "advcl", "csubj"))
    return out


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


class Evaluations:
    """Criticism in words of judgement (a part of :class:`~.coder.Coder`)."""

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
        if any(c.dep_ in ("prt",) for c in kids) or any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
                                                        for c in kids):
            return None  # "call for", "call on", "call off": the phrases decide
        naming = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids) or any(c.dep_ == "oprd" or c.dep_ in ("ccomp", "xcomp", "attr") and (
            c.pos_ in ("ADJ", "NOUN", "PROPN") or c.tag_ == "VBN") for c in kids) or any(c.dep_ == "dobj" and any(g.dep_ in ("amod", "oprd") for g in c.children)
                                           for c in kids)
        if not naming:
            return None
        sent = tok.sent
        window = tok.doc[tok.i + 1: min(tok.i + 10, sent.end)]
        if self._judging(window):
            return _Trigger("ACCUSE", "disapprove", token=tok, head=tok)
        return False

    def code_statements(self, seen: set, taken: set[int]) -> None:
        """ACCUSE for each statement whose content judges another actor of the article."""
        an = self.an
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
            judged = self.judgements(span)
            if not judged:
                continue
            targets = self._judged_near(span, judged, speaker)
            if not targets:
                targets = self._pronoun_target(span, {t.i for t in judged}, speaker, min(st.content.start, st.cue.start))
            if not targets:
                continue
            taken.add(verb.i)
            self._emit(_Trigger("ACCUSE", "disapprove", token=verb, head=verb), [speaker], targets[:1], "asserted",
                       "past", seen)

    def _judged_near(self, span, judged: list, speaker: str | None) -> list[str]:
        """The actors judged: those named in the phrase of a word of judgement ("a mistake by Ferreira"),
        then close to one ("Trump's 'excesses' are sickening", "the failed Obama-Clinton foreign policy"),
        not anywhere in a long quotation; nearest first."""
        an = self.an
        found: dict[str, int] = {}
        # "a mistake by X", "X's reckless plan", "was a mistake by X" (the agent on the copula): first
        below = {t.i for j in judged for t in _phrase(j)} | {
            t.i for j in judged if j.head.pos_ in ("AUX", "VERB") for c in j.head.children
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" for t in c.subtree}
        for t in span:
            dist = 0 if t.i in below else min(abs(t.i - j.i) for j in judged)
            if dist > 6:
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
