"""What is no attribution however the cue classifier scores it (issue 16: a cue is a verb of saying,
writing, thinking or knowing used as such). Each check reads one frame (``frames.Frame``) and the
lexicon; ``extract`` applies them before drawing a statement.

- an act: "charged Sorel with fraud" (``action_frames``), "was convicted of tax evasion", "sentenced to
  two years for breaching …" (a verb of the ``actions`` list with its own preposition; a particle or
  "on"/"at" still makes a phrase of saying: "seized on the claim", "fired back at"; so does a frame of
  ``speaking_of`` with no object: "referred to him as …", not "referred the case to prosecutors");
- a verb of phase, seeming or trying, or of a plan, forecast or undertaking, with an infinitive: "the
  deal continued to anger officials", "agreed to replace the pipes", "declined to comment", "is expected
  to start in November";
- a verb of telling in the infinitive of a verb of declining, with no clause: "declined to comment on the
  report" (not "declined to say whether …");
- an unlisted verb with a participle of doing for its content: "spent the weekend watching …";
- a cue whose subject is no one: "No one has offered any information", "nobody claimed …";
- a participle of asking with no subject of its own: "Asked whether …, a Treasury source said …" (the
  source was asked; the question is the reporter's);
- a negated verb of knowing: "didn't know the senator was coming"; a name one goes by: "a group calling
  itself Free Harbour";
- numbers or pictures as the subject: "Figures show …", "Data published by the ministry showed …";
- a feeling stirred in others: "The move sparked fears that …", "raising hopes of a thaw";
- a passive with no one named as its agent and no clause for a content: "suspected of laundering",
  "a programmer accused of running …", "seen as a folk hero" (no one is said to have said anything);
- a negated cue with no clause: "did not reveal the date", "did not respond to a request for comment";
  one that puts its object into a state: "calls that into question", "talked him into running";
- the audience, manner or channel of saying for its content ("said to a crowd", "said with a smirk",
  ``manner_frames``);
- a cue in a related-story card pasted into the text ("Sen. Dana MorrowDana Lee MorrowSenators call for
  5G security coordinator … MORE", :func:`card_spans`).

Verbs of wanting and intending ("wants Britain to hand him over", "plans to sign", "eager to") are no
words either, nor is a verb whose direct object is a thing or an event ("claimed victory", "announced
a new strategy", "concluded its hearing"; not "denied the allegations", a noun of words or thought);
they are reported only from the classifier probabilities ``cues.yaml`` sets (``bars``: intention,
thing_object; :func:`below_bar`)."""

from __future__ import annotations

import re

from ..syntax import subject_of

_SPEECH_PREPS = ("on", "upon", "at")  # "seized on", "fired back at": a verb of doing made a phrase of saying
_CLAUSAL = ("comp", "comp<", "par")
# a related-story card: a name glued to the same name written out ("MorrowDana Lee Morrow"), then
# headlines, closed by "MORE"
_CARD = re.compile(r"\b[A-Z][\w'’.-]*[a-z](?=[A-Z][a-z])[^\n]{0,600}?\bMORE\b")


def clausal(fr) -> bool:
    """The frame's content is a clause (a that-clause, an infinitive, a parenthetical place)."""
    return fr.key.rsplit("|", 1)[-1] in _CLAUSAL


def _infinitive(fr) -> bool:
    toks = sorted(fr.content, key=lambda t: t.i)
    return bool(toks) and toks[0].lower_ == "to" and toks[0].tag_ == "TO"


def is_act(fr, lex) -> bool:
    tok = fr.cue[0]
    lemma = tok.lemma_.lower()
    if fr.key in lex.action_frames or lemma in lex.going:
        return True
    if any(c.dep_ == "prep" and f"{lemma}|{c.lower_}" in lex.action_frames for c in tok.children):
        return True  # whatever the frame read as content: "Noel is charged with five counts; Thomas, with three"
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ != "it" for c in tok.children):
        return True  # "put Sawyer in charge", "put the plan on hold": placing, not wording ("as she put it")
    if lemma not in lex.actions:
        return False
    if fr.key in lex.speaking_of and not any(c.dep_ == "dobj" for c in tok.children):
        return False  # "referred to the farmers as …": spoken of (not "referred the case to prosecutors")
    return not any(t.dep_ == "prt" or t.lower_ in _SPEECH_PREPS for t in fr.cue[1:])


def is_aspect(fr, lex) -> bool:
    """A verb of phase, seeming or trying, or of a plan, forecast or undertaking, with an infinitive:
    "continued to anger", "agreed to replace", "declined to comment", "is expected to start"."""
    lemma = fr.cue[0].lemma_.lower()
    return (lemma in lex.aspect or lemma in lex.plans) and _infinitive(fr)


def asked_participle(tok) -> bool:
    """A past participle set before or after a clause with no subject, agent nor auxiliary of its own:
    "Asked whether the fund would be extended, a Treasury source said …", "Pressed on the date, …": the
    clause's subject is the one asked, not the asker."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in tok.children)


_NAMING = ("call", "dub", "name", "style", "brand")
_REFLEXIVE = ("itself", "themselves", "himself", "herself", "themself")


def self_naming(tok) -> bool:
    """A name one goes by, not words one said: "a group calling itself Free Harbour"."""
    return tok.lemma_.lower() in _NAMING and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in tok.children)


def unknown_fact(tok, lex) -> bool:
    """A negated verb of knowing: "didn't know the senator was coming" (he was; no belief is reported)."""
    return tok.lemma_.lower() in lex.factive and any(c.dep_ == "neg" for c in tok.children)


def unagented_passive(tok) -> bool:
    """A passive cue with no agent: "was suspected of …", "a programmer accused of …" (a past
    participle hung on the noun it is said of)."""
    kids = list(tok.children)
    if any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return True
    return tok.dep_ == "acl" and tok.tag_ == "VBN"


def found_it_hard(tok) -> bool:
    """A verb with an extraposed "it" and an adjective before an infinitive: "will find it harder to address
    …", "made it difficult to pay": how hard something is for the subject, no finding said."""
    return any(c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ" and c.i > tok.i
               and any(g.dep_ in ("nsubj", "dobj") and g.lower_ == "it" for g in list(c.children) + list(tok.children))
               and any(g.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in g.children) for g in c.children)
               for c in tok.children)


#: verbs whose infinitive is not done: "declined to comment on the report", "refused to say", "failed to mention"
_DECLINING = ("decline", "refuse", "fail")
#: verbs of telling whose refusal tells nothing ("declined to comment", "refused to say who owns it"); not
#: verbs of taking a side, whose refusal is a stance ("refused to endorse Trump")
_TELLING = frozenset({"comment", "say", "discuss", "elaborate", "speculate", "confirm", "disclose", "reveal",
                      "specify", "answer", "respond", "detail", "explain", "describe", "address", "testify",
                      "mention", "tell", "talk", "speak", "divulge", "identify", "name", "provide", "offer"})


def declined(tok) -> bool:
    """A verb of telling in the infinitive of a verb of declining ("WeWork declined to comment on the
    report"): nothing was said (``not_said`` keeps one with a clause, "declined to say whether …", which
    reports the question left open, as PolNeAR does)."""
    return tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.lemma_.lower() in _DECLINING \
        and tok.lemma_.lower() in _TELLING and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def said_by_no_one(tok) -> bool:
    """A cue whose subject is no one ("No one has offered any information", "none of the officials said
    …", "nobody claimed"): nothing was said, by anyone."""
    if tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("dobj", "attr", "acomp") and tok.head.i != tok.i:
        tok = tok.head  # "No one has offered any information about …": the noun's verb's subject
    subj = subject_of(tok)
    if subj is None:
        return False
    return subj.lower_ in ("nobody", "none", "noone") or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


#: verbs of memory and imagining, whose participle is what one holds in mind ("remembers going", "imagined winning")
_MINDFUL = frozenset({"remember", "recollect", "imagine", "regret", "forget", "picture", "envision"})


def doing_participle(fr, lex) -> bool:
    """An unlisted verb whose "content" is a participle of doing, with no object but a time ("Anglophiles
    spent the weekend watching the new season", "went hiking"): how time went or an act went on, not words; a report's content
    is a clause or an infinitive (a listed verb with a participle, "denied taking bribes", is another matter)."""
    verb = fr.cue[0]
    if fr.key.rsplit("|", 1)[-1] != "comp" or lex.is_cue(verb.lemma_.lower()) or verb.lemma_.lower() in _MINDFUL:
        return False  # ("he remembers going to get pizza that night": a memory told, his)
    if any(c.dep_ == "dobj" and c.ent_type_ not in _TIME_ENTS for c in verb.children):
        return False  # "polls have shown Clinton's lead eroding": the object does the participle's act, shown
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i]
    # (the participle's doer is the verb's subject: an xcomp, not a clause of its own, "Clinton's lead eroding")
    return bool(comps) and all(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in comps)


def not_said(fr, lex) -> bool:
    """Whether a frame is none of saying, writing, thinking or knowing, by its form alone."""
    if is_act(fr, lex) or is_aspect(fr, lex) or asked_participle(fr.cue[0]) or unknown_fact(fr.cue[0], lex) \
            or self_naming(fr.cue[0]) or fr.key in lex.manner_frames or found_it_hard(fr.cue[0]) \
            or said_by_no_one(fr.cue[0]) or declined(fr.cue[0]) and not clausal(fr) or doing_participle(fr, lex):
        return True
    if clausal(fr):
        return False
    tok = fr.cue[0]
    return unagented_passive(tok) or any(c.dep_ == "neg" or c.dep_ == "prep" and c.lower_ == "into"
                                         for c in tok.children)


_PARTY_ENTS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_AMOUNT_ENTS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
_TIME_ENTS = ("DATE", "TIME", "QUANTITY", "CARDINAL")


def _no_party(words) -> bool:
    return False


def thing_object(fr, lex, people=_no_party) -> bool:
    """The frame's content is a direct object that is a thing or an event: a common noun that is no noun
    of words or thought (``proposition_nouns``), no party (a name, a pronoun, a noun of people: one
    ``people(words)`` takes, a noun the article's actors are named by, "thanked firefighters"), no
    gerund, no amount; an object with a predicate ("called the process a sham") is none."""
    if clausal(fr) or fr.key.endswith("|pass"):  # (a verb with an object and a preposition is read by its
        return False  # object too: "concluded its hearing for …")
    verb = fr.cue[0]
    kids = list(verb.children)
    if any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return False  # the object with what it is called or taken for: "cited the backlash as proof that …"
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.tag_ == "VBG" or obj.like_num:
        return False
    if obj.lower_.endswith("ing") and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in obj.children) \
            or any(c.dep_ == "compound" and c.tag_ == "VBG" for c in obj.children):
        return False  # a gerund the parse took for a noun or its modifier: "reported hearing gunfire"
    if obj.ent_type_ in _PARTY_ENTS or obj.ent_type_ in _AMOUNT_ENTS:
        return False
    words = (obj.lemma_.lower(), obj.lower_)
    if any(w in lex.proposition_nouns or w in lex.anonymous_heads for w in words):
        return False
    return not people(words)


def below_bar(fr, prob: float | None, lex, people=_no_party) -> bool:
    """A verb of wanting or intending, or a thing or event as the object, that the classifier is not
    sure enough of (``cues.yaml``, ``bars``)."""
    if fr.cue[0].lemma_.lower() in lex.intentions:  # (never with a thing for its object: "seeking his extradition")
        return prob is None or prob < lex.bars["intention"] or thing_object(fr, lex, people)
    if thing_object(fr, lex, people):
        return prob is None or prob < lex.bars["thing_object"]
    return False


def stirred_feeling(noun, lex, party=_no_party) -> bool:
    """A noun cue that a verb of stirring or calming has for its object: "The move sparked fears that …",
    "…, raising hopes of a thaw" (the feeling is others', unnamed; ``stirring``), save a party voicing
    its own ("The senator raised concerns that …"; ``stirring_voiced``, ``party(subject)``)."""
    if noun.pos_ != "NOUN":
        return False
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        noun = noun.head  # "sparked anger and fears that …"
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex.stirring:
        return True
    if lemma not in lex.stirring_voiced:
        return False
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None) if noun.dep_ == "dobj" else \
        next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return subj is None or not party(subj)


def data_source(subj, cue, lex) -> bool:
    """The subject of a cue is numbers or pictures ("Figures show …", "Data … showed"): evidence, no speaker."""
    if subj.lemma_.lower() in lex.data_heads or subj.lower_ in lex.data_heads:
        return True
    return subj.lower_ in lex.count_heads and cue.lemma_.lower() == "show"


def card_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each related-story card pasted into the text (The Hill's name cards: "Rep. Carl
    ObiCarl Ademola ObiLawmakers spar over … MORE")."""
    return [(m.start(), m.end()) for m in _CARD.finditer(text)]
