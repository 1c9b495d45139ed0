"""Dating acts that carry no time word of their own by the saying that does or tells them (a part of
:class:`~.attributes.Attributes`).

A coder dates such an act by what the report says of it, not by a guess:

* an act done by a saying is dated as the saying: one conjoined with a verb of saying that shares its
  subject ("Ferreira said the criticism was unfair and accused Salas of …", also where the parse hangs it on a
  clause with "did" inside the saying: "said the warning proved that the president did not understand the
  deal, and accused the cabinet …") and an offer or a threat its
  speaker reports with "will"/"would" ("said she would welcome …", "said it would retaliate");
* an act named in a saying's "in" phrase is done by that saying, at its time ("And in a halfhearted
  endorsement of Sanders, Clinton added that …");
* a present told inside a past saying is the speaker's present, not the reporter's: the day of the saying
  ("While saying that he respects Ferreira, Salas continued …"), never the day of publication;
* an act not done "yet" ("has yet to apologize", "have not signed on … yet") is told as it stands on the day
  of publication;
* an act that continues in the present ("continue to warn", "keep accusing") is the day's news as the plain
  present is.

Tried on the whole-article gold and dropped: the month of publication for an undated noun of an act of
words ("has endured criticism", "jabbed back at complaints"; the coders often give the month): among
matches 2 dates right, 2 wrong, 6 more given a month where the gold has a day, and a month of publication
is wrong for criticism of an earlier month ("has fielded criticism … following the attacks in July"). Weeks
("this week": "2016-W14") are kept though the gold has no week (2 matched records): a week is what the
words say, and the store reads it as its seven days.
"""

from __future__ import annotations

#: verbs of plain saying (as :data:`.attributes.SAYING`)
SAYING = frozenset({"say", "tell", "add", "remark", "note", "explain", "insist", "argue", "state", "declare",
                    "comment", "respond", "reply", "suggest", "stress", "contend", "maintain", "observe"})
#: acts made by announcing one's own act to come: an offer, a pledge, a threat
ANNOUNCED = frozenset({"AGREE", "THREATEN"})
#: modals of an act announced
WILL = frozenset({"will", "would", "'ll", "wo"})
#: verbs whose present complement goes on in the present ("continue to warn", "keep accusing")
GOING_ON = frozenset({"continue", "keep", "remain"})
#: adverbs of a process drawn out over time: no day's act ("is gradually increasing troops")
GRADUAL = frozenset({"gradually", "increasingly", "steadily", "continually", "continuously", "progressively",
                     "slowly"})
SUBJECTS = ("nsubj", "nsubjpass")


def _lemma(t) -> str:
    return t.lemma_.lower()


def conjoined_saying(verb):
    """The verb of saying a verb is conjoined with, sharing its subject ("said … and accused"), or None. The
    parse may hang the act on the reported clause instead ("said the criticism was unfair and accused Salas
    of …"): when that clause's subject is a thing (no name, no pronoun), which cannot be the one who
    accuses, and the act has the saying's tense, the act is the speaker's."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if verb.tag_ == "VBD" and _done_with_do(head):
        head = _past_above(head)
    elif head.dep_ == "ccomp" and head.head.i != head.i and head.head.tag_ == verb.tag_ and _thing_subject(head):
        head = head.head
    return head if head is not None and head.pos_ in ("VERB", "AUX") and _lemma(head) in SAYING else None


def _done_with_do(verb) -> bool:
    """A bare verb with "did"/"does" ("did not understand"): a verb in the past cannot be its conjunct."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and _lemma(c) == "do" for c in verb.children)


def _past_above(verb):
    """The first past verb a clause with "did" hangs below, through reported clauses whose subject is a thing
    ("said the warning proved that the president did not understand …"), or None."""
    t = verb
    for _ in range(3):
        if t.dep_ != "ccomp" or t.head.i == t.i:
            return None
        t = t.head
        if t.tag_ == "VBD" and not _thing_subject(t):
            return t
    return None


def _thing_subject(verb) -> bool:
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_


def announcing_saying(trig, verb):
    """The verb of saying that reports an offer or a threat with "will"/"would" ("said she would welcome
    …"), or None."""
    if trig.type not in ANNOUNCED or trig.head is trig.noun or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        return None
    head = verb.head
    return head if head.pos_ in ("VERB", "AUX") and _lemma(head) in SAYING else None


def past_saying(verb, speech: frozenset[str]):
    """The verb of saying, told in the past, whose complement holds ``verb`` ("said that he respects",
    "While saying that he respects …, he continued"), or None."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("ccomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in speech:
            return t if _told_in_past(t) else None
    return None


def _told_in_past(verb) -> bool:
    """A past verb, or a participle of one ("While saying …, he continued")."""
    if verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "pcomp") and verb.head.tag_ == "VBD"


def not_yet(verb) -> bool:
    """An act told as not done "yet" in the present ("has yet to apologize", "have not signed on … yet")."""
    holders = [verb] + ([verb.head] if verb.dep_ == "xcomp" and verb.head.i != verb.i else [])
    if not any(c.lower_ == "yet" for h in holders for c in h.children):
        return False
    return any(c.tag_ in ("VBZ", "VBP") and c.dep_ in ("aux", "ROOT") or h.tag_ in ("VBZ", "VBP")
               for h in holders for c in h.children)


def going_on(verb) -> bool:
    """An act in the complement of a present "continue", "keep" ("continue to warn", "keep accusing")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and _lemma(head) in GOING_ON and (
        head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children))


def gradual(verb) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in GRADUAL for c in verb.children)


#: prepositions of a phrase naming the act a saying does ("in a rebuke of Trump, Ryan said …")
DONE_IN = frozenset({"in"})


def saying_done_in(noun):
    """The verb of saying whose "in" phrase names the act it does ("And in a halfhearted endorsement of
    Sanders, Clinton added that …"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in DONE_IN or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and _lemma(verb) in SAYING else None

