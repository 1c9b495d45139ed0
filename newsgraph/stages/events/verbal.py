"""Verbal acts the parse or the lexicon leaves unsaid: a finite verb the parser coordinated with an
infinitive ("went after Clinton for following Obama's refusal to use the term and called for her to
quit": Trump calls), a warning whose content is the speaker's own harm to come ("the Saudis warned they
could sell off U.S. assets": a threat to the United States), and a statement that an act will have
consequences ("any action by China would have consequences, Carter said": a threat to China)."""

from __future__ import annotations

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
