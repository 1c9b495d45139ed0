"""Attribution frames read off the dependency parse: a verb, noun or adjective with what would be its
content (a clause, an infinitive, an object, a prepositional object, a parenthetical place), and the
content's bounds (the reporter's asides cut, the boundary model's units added)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, POS
from spacy.parts_of_speech import ADJ, NOUN, VERB

from ...lexicon import lexicon
from ..syntax import outer_cue
from . import weights as stage_weights
from .quotes import _QUOTE_TOKENS, Quote

_CHANNELS = frozenset((
    "statement", "interview", "media", "medium", "post", "briefing", "conference", "letter", "speech", "television",
    "radio", "x", "twitter", "telegram", "facebook", "instagram", "broadcast", "platform", "account", "blog",
    "website", "show", "programme", "program", "podcast", "op-ed", "column", "memo", "email", "video", "message"))

FRAME_PREPS = ("for", "about", "of", "on", "against", "over", "to", "with", "as")
#: people a verb of telling addresses ("urged voters", "warned reporters"): its object, not its content
ADDRESSED_PEOPLE = frozenset({"voter", "reporter", "journalist", "supporter", "crowd", "audience", "lawmaker",
                              "member", "official", "leader", "people", "citizen", "resident", "student", "worker",
                              "colleague", "delegate", "viewer", "listener", "reader", "follower", "senator"})
#: nouns of what is asked, and verbs by which the one asked meets it ("sidestepped questions about …",
#: "faced questions over …"): the subject is asked, it says nothing by them
ASKED_NOUNS = frozenset({"question", "query", "inquiry"})
FACING_QUESTIONS = frozenset({"sidestep", "dodge", "duck", "evade", "avoid", "field", "face", "answer", "take",
                              "receive", "get", "deflect", "ignore", "skirt", "parry", "fend", "brush"})
_ROUGHLY = ("about", "over")  # before an amount they say how much ("diverted about a fifth of …")
_AMOUNT_ENTS = ("CARDINAL", "PERCENT", "QUANTITY", "MONEY")
_FRACTIONS = frozenset(("half", "third", "quarter", "fifth", "tenth", "dozen", "dozens", "hundreds", "thousands",
                        "millions", "billions"))


def _amount(prep, obj) -> bool:
    """Whether a preposition's object is an amount: "about a fifth", "over 40 percent", "about 300
    people" (the number straight after the preposition)."""
    if obj.like_num or obj.ent_type_ in _AMOUNT_ENTS or obj.lower_ in _FRACTIONS:
        return True
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return nxt is not None and nxt.head.i == obj.i and nxt.dep_ == "nummod"


@dataclass
class Frame:
    """A verb that may attribute words or thoughts, with the words that would be their content."""

    key: str  # lemma|comp, lemma|<preposition>, lemma|obj
    cue: list  # spaCy tokens: the verb, and its particle or preposition
    content: list  # spaCy tokens of the content


def nominal_frame_of(word) -> Frame | None:
    """The attribution frame a noun or adjective heads: a clause ("the claim that …", "his decision
    to …", "confident that …") or a prepositional object ("criticism of …", "critical of …").
    Keys are ``lemma|n…`` for nouns and ``lemma|a…`` for adjectives."""
    tag = "n" if word.pos_ == "NOUN" else "a"
    lemma = word.lemma_.lower()
    if word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head.pos_ == "VERB" and lemma in _CHANNELS:
        return None  # "said in a statement that …": the verb's frame (see _clause_on_channel)
    if lemma in ASKED_NOUNS and word.dep_ in ("dobj", "nsubjpass") and word.head.lemma_.lower() in FACING_QUESTIONS:
        return None  # "The two leaders sidestepped tricky questions about their own policies": asked of them
    for c in word.children:
        if c.i < word.i:
            continue
        if c.dep_ in ("acl", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") \
                and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") and g.i < c.i for g in c.children):
            return Frame(f"{lemma}|{tag}comp", [word], list(c.subtree))
        if c.dep_ == "prep" and c.lower_ in FRAME_PREPS:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return Frame(f"{lemma}|{tag}{c.lower_}", [word, c], [t for g in objs for t in g.subtree])
    return None


def candidate_frames(doc, quotes: list[Quote]):
    """Every attribution frame the rules can see outside quotation marks: verbs (:func:`frame_of`),
    and nouns and adjectives (:func:`nominal_frame_of`)."""
    if not len(doc):
        return
    spans = sorted((q.open_at, q.close_at) for q in quotes)
    k = 0
    # Token attributes as arrays: a noun or adjective can head a frame only with a clause or a
    # preposition to its right, so only those are looked at as tokens (the same frames, fewer Tokens).
    strings = doc.vocab.strings
    idx, pos, dep, rel_head = doc.to_array([IDX, POS, DEP, HEAD]).astype(numpy.int64).T
    where = numpy.arange(len(doc))
    heads = where + rel_head
    right_child = _labelled(dep, strings, ("acl", "ccomp", "xcomp", "prep")) & (heads < where)
    has_right = numpy.zeros(len(doc), dtype=bool)
    has_right[heads[right_child]] = True
    nominal = (pos == int(NOUN)) | ((pos == int(ADJ)) & _labelled(dep, strings, ("acomp", "oprd", "amod")))
    verb = pos == int(VERB)
    seen = numpy.flatnonzero(verb | (nominal & has_right))
    # plain ints from here on: indexing numpy arrays one item at a time is slow
    for i, at, is_verb in zip(seen.tolist(), idx[seen].tolist(), verb[seen].tolist(), strict=True):
        while k < len(spans) and spans[k][1] <= at:
            k += 1
        if k < len(spans) and spans[k][0] <= at:
            continue
        fr = frame_of(doc[i]) if is_verb else nominal_frame_of(doc[i])
        if fr is not None:
            yield fr


def _labelled(dep, strings, labels: tuple[str, ...]):
    """Where the dependency labels (an array of label ids as int64) are one of ``labels``: a few
    comparisons, cheaper than ``numpy.isin`` on arrays this small."""
    found = numpy.zeros(len(dep), dtype=bool)
    for label_id in numpy.array([strings[x] for x in labels], dtype=numpy.uint64).astype(numpy.int64).tolist():
        found |= dep == label_id
    return found


def _object_as_subject(verb, lemma, kids, deps, clause):
    """The clause's subject that the parse took for the verb's object: "added the exact circumstances of
    the attack remained unclear" (a clause with no subject of its own right after the object; not the
    addressee of "told reporters the plan was dead")."""
    if lemma in lexicon().addressee_object or clause.dep_ != "ccomp" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    obj = next((c for c, d in zip(kids, deps, strict=True) if d == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.right_edge.i + 1 != clause.left_edge.i:
        return None
    return obj


def frame_of(verb) -> Frame | None:
    """The attribution frame a verb heads, if its arguments allow one: a clause ("said that …",
    "plans to …"), a prepositional object ("called for …", "warned of …"), or a direct object
    ("denied the report")."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    deps = [c.dep_ for c in kids]  # each label read once
    verb_dep = verb.dep_
    head = verb.head
    if verb_dep == "ccomp" and head.i > verb.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        # "The Post reported, citing two officials, that …": the parser hangs the cue under its content
        inside = {t.i for t in verb.subtree} | {t.i for c in head.children if c.dep_ == "advcl" and c.i < verb.i + 8
                                                  and c.lemma_.lower() in ("cite", "quote") for t in c.subtree}
        return Frame(f"{lemma}|comp", [verb], [t for t in head.subtree if t.i not in inside and t.i > verb.i])
    comps = [c for c, d in zip(kids, deps, strict=True) if d in ("ccomp", "xcomp") and c.i > verb.i]
    if verb_dep == "parataxis" and head.i != verb.i and not comps \
            and any(d in ("nsubj", "expl") for d in deps) and not any(d in ("dobj", "ccomp") for d in deps):
        # "In Miami, Mr. Regalado said, Mr. Trump is seen as …": the cue inside its content
        inside = {t.i for t in verb.subtree}
        if any(d == "nsubj" and c.i > verb.i for c, d in zip(kids, deps, strict=True)):
            # "The combination, say economists, marks …": the subject before the cue is the content's
            inside -= {t.i for c, d in zip(kids, deps, strict=True) if d == "nsubj" and c.i < verb.i for t in c.subtree}
        return Frame(f"{lemma}|par", [verb], [t for t in head.subtree if t.i not in inside])
    if comps:
        aside = cited_aside(verb, comps[0])
        skip = {t.i for t in aside.subtree} if aside is not None else ()
        content = [t for c in comps for t in c.subtree if t.i not in skip]
        subject = _object_as_subject(verb, lemma, kids, deps, comps[0])
        return Frame(f"{lemma}|comp", [verb], list(subject.subtree) + content if subject is not None else content)
    clause = _clause_on_channel(kids, deps)
    if clause is not None:  # "said in a statement that …" with the clause hung on "statement"
        return Frame(f"{lemma}|comp", [verb], list(clause.subtree))
    if "nsubjpass" in deps and _quoted_as(verb, kids, deps):
        return None  # "was quoted by TASS as saying that …": the frame is "saying"'s (its source the subject)
    before = [c for c, d in zip(kids, deps, strict=True) if d == "ccomp" and c.i < verb.i]  # "…, the group says."
    if before:
        if not ("nsubj" in deps or "nsubjpass" in deps or inverted_subject(verb) is not None):
            return None  # with no one after or before the cue to say it, the clause before is no content, and
            # the object no saying ("- Egypt and Jordan - also sharply criticised the US policy shift", the
            # parse's clause on "signed")
        return Frame(f"{lemma}|comp<", [verb], list(before[-1].subtree))
    prt = [c for c, d in zip(kids, deps, strict=True) if d == "prt"]
    for c, d in zip(kids, deps, strict=True):
        if d == "prep" and c.lower_ in FRAME_PREPS and c.i > verb.i and c.doc[c.i - 1].text != ",":
            # (after a comma it is no argument of the verb: "rejected the plan, with Peskov telling …")
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                    and not (c.lower_ in _ROUGHLY and _amount(c, g))]
            if objs:  # (a date is no content: "warned on Wednesday"; nor an amount: "moved over 40 percent")
                told = _clause_told(lemma, c, objs[0])
                if told is not None:  # "said to a crowd of 500 that the fight was not over": the clause
                    return Frame(f"{lemma}|comp", [verb], list(told.subtree))
                cue = sorted([verb, *prt, c], key=lambda t: t.i)
                return Frame(f"{lemma}|{c.lower_}", [cue[0], *cue[1:]], [t for g in objs for t in g.subtree])
    objs = [c for c, d in zip(kids, deps, strict=True) if d == "dobj" and c.i > verb.i]
    if objs and lemma in lexicon().addressee_object and "oprd" not in deps and (
            objs[0].ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or objs[0].lower_ in ("me", "him", "her", "us", "them", "you")
            or objs[0].lemma_.lower() in ADDRESSED_PEOPLE):
        return None  # "he urged voters, “Look what …”": the ones addressed, not what was said (the quote's own)
    if objs:
        extra = [t for c, d in zip(kids, deps, strict=True) if d in ("oprd",) for t in c.subtree]
        return Frame(f"{lemma}|obj", [verb, *prt], [t for t in objs[0].subtree] + extra)
    preds = [c for c, d in zip(kids, deps, strict=True) if d == "oprd" and c.i > verb.i]
    if preds:  # "called the suspension “arbitrary”" with the object misparsed: what lies between goes too
        last = preds[0].right_edge.i
        between = [t for c in kids if verb.i < c.i <= last and c.left_edge.i > verb.i for t in c.subtree]
        return Frame(f"{lemma}|obj", [verb, *prt], [t for t in between if t.i <= last])
    passive = [c for c, d in zip(kids, deps, strict=True) if d == "nsubjpass" and c.i < verb.i]
    charge = misattached_charge(verb)
    if passive and charge is not None:  # "is accused by critics of promoting …": the charge is what is said
        return Frame(f"{lemma}|of", [verb, charge], [t for g in charge.children for t in g.subtree])
    if passive and "agent" in deps:  # "She is well liked by voters": what is held of whom, the agent's
        return Frame(f"{lemma}|pass", [verb], list(passive[0].subtree))
    return None


def misattached_charge(verb):
    """The "of" phrase of a passive verb of charging that the parse hangs on its agent ("is accused by critics
    of promoting high-tax policies"), else None."""
    if verb.lemma_.lower() not in ("accuse", "suspect", "convict", "acquit", "charge"):
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            for o in c.children:
                if o.dep_ == "pobj":
                    return next((g for g in o.children if g.dep_ == "prep" and g.lower_ == "of"
                                 and any(x.dep_ == "pcomp" for x in g.children)), None)
    return None


def _clause_told(lemma, prep, obj):
    """ "said to a crowd of 500 supporters that the fight was not over", "said with a laugh that …": the
    that-clause the parse hangs on the audience or manner of a verb of saying, else None."""
    if prep.lower_ not in ("to", "with", "on") or lemma not in lexicon().speech:
        return None
    return next((g for g in obj.children if g.dep_ in ("acl", "ccomp", "relcl") and g.i > obj.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in g.children)), None)


def _clause_on_channel(kids, deps):
    """ "said in a statement that …": the that-clause the parse hangs on the channel noun, else None."""
    for c, d in zip(kids, deps, strict=True):
        if d == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _CHANNELS:
                    for g in o.children:
                        if g.dep_ in ("acl", "ccomp") and g.i > o.i and any(
                                m.dep_ == "mark" and m.lower_ == "that" for m in g.children):
                            return g
    return None


def _quoted_as(verb, kids, deps) -> bool:
    """ "Putin was quoted (by TASS) as saying …": a passive relay verb with "as" and a participle."""
    return verb.lemma_.lower() in lexicon().relay and any(
        d == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)
        for c, d in zip(kids, deps, strict=True))


def quoted_as_saying(verb):
    """For "saying" in "Putin was quoted (by TASS) as saying …", the passive "quoted", else None."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoted = verb.head.head
    kids = list(quoted.children)
    deps = [c.dep_ for c in kids]
    return quoted if "nsubjpass" in deps and _quoted_as(quoted, kids, deps) else None


def _outer_cue(verb, lex):
    """For a speech verb with no subject coordinated with, or a participle hung on, a verb of another
    cue's complement ("said Marquez would face … and accused …"): that cue (:func:`syntax.outer_cue`)."""
    return outer_cue(verb, lex.speech)


def cited_aside(verb, clause):
    """ "reported, citing three executives, that …" when the parse hangs "citing …" on the reported
    clause, not on the cue: that aside (between the cue and the clause's "that"), else None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    relay = lexicon().relay
    return next((c for c in clause.children if c.dep_ == "advcl" and verb.i < c.i < mark.i
                 and c.lemma_.lower() in relay), None)


def _speech_use(verb, speech) -> bool:
    """A verb of the speech list used as one: not with a subject of its own and only a noun object
    ("but truckers would continue blockades …", "and would repeat the exercise in May")."""
    if verb.lemma_.lower() not in speech:
        return False
    deps = [c.dep_ for c in verb.children]
    return not ("nsubj" in deps and "dobj" in deps and not any(d in ("ccomp", "xcomp", "parataxis") for d in deps))


def _joined_on(verb, speech, cue=None) -> bool:
    """A verb coordinated into the content that is no part of it: a new attribution ("… and more
    than 4 in 10 said …"), or a verb that goes with the cue, not the infinitive it hangs on ("called
    on the US to attack the oil and proposed a safe zone"); not a second clause of the content opened
    by its own "that" ("was doing fine but that it would report …"), nor a bare verb sharing the "to"
    or modal of the content's verb when the cue has another form (``cue``): "is calling on Clinton to
    stop … and call on Emanuel to resign", "says he'd sit Putin down and tell him …"."""
    if _bare_coordinate(verb, cue):
        return False
    if verb.lemma_.lower() in speech:
        if not _speech_use(verb, speech):
            return False
        return not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    head = verb.head
    # (a form the cue's verb has, not a bare one continuing the infinitive: "plans to join them and live
    # stream it", with "stream" read as a present tense)
    return head.dep_ == "xcomp" and verb.tag_ != head.tag_ and (
        verb.tag_ in ("VBD", "VBZ") or verb.tag_ == head.head.tag_
        or any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children)) \
        and not any(c.dep_.startswith("nsubj") for c in verb.children)  # ("… and has expressed support")


def _bare_coordinate(verb, cue) -> bool:
    """A bare verb coordinated with a bare verb that has a "to" or a modal ("to stop … and call …",
    "would sit … and tell …"): it shares that "to" or modal, so it is no form of a cue that is
    finite or a participle ("says", "called", "calling"), which it cannot be coordinated with."""
    head = verb.head
    return cue is not None and cue.tag_ not in ("VB", "VBP") and verb.tag_ == "VB" and head.tag_ == "VB" \
        and head.i != cue.i and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "aux" and (c.tag_ in ("TO", "MD")) for c in head.children)


_ASIDE_DEPS = frozenset(("advcl", "prep", "relcl", "appos", "conj"))  # the only ones trimmed below


def _trim_asides(toks, cue=None) -> list:
    """The content without the reporter's trailing asides (", highlighting the disconnect …", "…,
    according to X", a gloss: "a Cruz win in Texas, which votes on March 1") and without a verb the
    parser coordinated into it that is no part of it (:func:`_joined_on`)."""
    ids = {t.i for t in toks}
    drop: set[int] = set()
    speech = lexicon().speech
    for t in toks:
        if t.dep_ not in _ASIDE_DEPS or t.i in drop or t.head.i not in ids:
            continue
        prev = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
        aside = (t.dep_ == "advcl" and t.tag_ == "VBG") or (t.dep_ == "prep" and t.lower_ == "according")
        if aside and prev is not None and prev.text in (",", "—", "–") and t.right_edge.i >= max(ids) - 1:
            drop.update(x.i for x in t.subtree)
        elif t.dep_ in ("relcl", "appos") and prev is not None and prev.text in (",", "—", "–") \
                and t.right_edge.i >= max(ids) - 1:
            # "predicted a Cruz win in Texas, which votes on March 1": the reporter's gloss
            drop.update(x.i for x in t.subtree)
        elif t.pos_ in ("NOUN", "PROPN") and prev is not None and prev.text in (",", "—", "–") \
                and t.right_edge.i >= max(ids) - 1 and _holds_attribution(t):
            # "…, a stance her critics called reckless": the writer's gloss with a second source's words
            drop.update(x.i for x in t.subtree)
        elif t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _joined_on(t, speech, cue):
            # "… to attack the oil and proposed a safe zone": a new attribution the parser joined on
            drop.update(x.i for x in t.subtree)
            k = t.left_edge.i - 1
            while k in ids and (t.doc[k].is_punct or t.doc[k].dep_ == "cc"):
                drop.add(k)
                k -= 1
    return [t for t in toks if t.i not in drop]


def _holds_attribution(t) -> bool:
    """Whether a subtree holds a verb of saying or thinking with a subject of its own: someone else's
    words or view ("a stance her critics called reckless")."""
    lex = lexicon()
    return any(w.pos_ == "VERB" and (w.lemma_.lower() in lex.speech or w.lemma_.lower() in lex.belief)
               and any(g.dep_ == "nsubj" for g in w.children) for w in t.subtree)


def _leading_date_cut(toks) -> list:
    """The content without a date the parse put at its head, which goes with the cue ("said on Monday
    it would call a strike": the content is "it would call a strike")."""
    if not toks:
        return toks
    ids = {t.i for t in toks}
    first = min(toks, key=lambda t: t.i)
    for t in toks:
        if t.left_edge.i == first.i and t.head.i in ids and t.i != t.head.i and t.dep_ in ("prep", "npadvmod") \
                and t.right_edge.i < max(ids) and (t.ent_type_ in ("DATE", "TIME") or any(
                    g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children)):
            cut = {x.i for x in t.subtree}
            return [x for x in toks if x.i not in cut]
    return toks


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def _referential_it(verb, subj) -> bool:
    """ "It" as a speaker ("the bank said it plans to …; it says …"), not the empty subject of "it
    was reported that …", "it seems that …"."""
    if subj.dep_ != "nsubj" or subj.head.i != verb.i:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "acomp", "attr") for c in verb.children):
        return False
    return verb.lemma_.lower() not in ("seem", "appear", "look", "sound", "be", "become", "remain", "take", "make")


def inverted_subject(verb):
    """The speaker after the cue when the parser left the cue without a subject: "…,'' said Robin
    Maynard, half joking" (the name hung under a later verb)."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex.speech and verb.lemma_.lower() not in lex.quote_verbs \
            or verb.i + 1 >= len(verb.doc):
        return None  # (a quote verb: '"…," read the statement')
    nxt = verb.doc[verb.i + 1]
    if nxt.sent != verb.sent:
        return None
    prev = verb.i - 1
    while prev >= 0 and verb.doc[prev].pos_ == "ADV" and verb.i - prev <= 2:
        prev -= 1
    if prev >= 0 and verb.doc[prev].sent == verb.sent and not (
            verb.doc[prev].text in (",", ":", "…") or verb.doc[prev].is_quote or verb.doc[prev].is_space):
        return None  # an inverted cue follows the words it tells ("…,” said X); "- Egypt and Jordan - also
        # sharply criticised the US policy shift": the shift is criticised, no speaker
    if nxt.pos_ == "ADV" and nxt.is_title and nxt.ent_type_ not in ("DATE", "TIME") \
            and (nxt.i + 1 == len(nxt.doc) or nxt.nbor(1).is_punct):
        return nxt  # "…,” said Skelly, explaining …": a name the tagger took for an adverb
    if nxt.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON") and not (nxt.tag_ == "VBN" and nxt.dep_ == "amod"):
        return None  # (a participle before the name: "said retired neurosurgeon Ben Carson")
    head = nxt
    while head.head.i != head.i and head.head.i > verb.i and head.dep_ in ("compound", "det", "amod", "poss", "nmod") \
            and head.head.i - verb.i <= 6:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") and head.ent_type_ not in ("DATE", "TIME") else None


def frame_content(fr: Frame, extend: bool = True) -> list:
    """The tokens of a frame's content as the stage reports it: without the reporter's asides, with
    a condition on the cue ("will sign if …"), and (``extend``) with what the boundary model takes
    for more of it to its right (:func:`right_units`)."""
    parts = _leading_date_cut(_trim_asides(fr.content, fr.cue[0]))
    if fr.key.rsplit("|", 1)[-1] in FRAME_PREPS:  # "described her use of the system as a danger": the object too
        verb, prep = fr.cue[0], fr.cue[-1]
        for c in verb.children:
            if c.dep_ == "dobj" and verb.i < c.i < prep.i:  # (not a relative "that" before the verb: "companies
                parts = [*c.subtree, prep, *parts]       # that Brussels accuses of helping …")
    xcomps = [c for c in fr.cue[0].children if c.dep_ == "xcomp" and c.i > fr.cue[0].i] if fr.key.endswith("|comp") else []
    if xcomps:  # "called on Sanders to do the same", "urged Congress to act": who is to do it too
        verb, x = fr.cue[0], xcomps[0]
        for c in verb.children:
            if verb.i < c.i < x.i and c.dep_ == "dobj":
                parts = [*c.subtree, *parts]
            elif verb.i < c.i < x.i and c.dep_ == "prep" and c.lower_ in ("on", "upon"):  # (not "agreed on Tuesday")
                parts = [t for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                         for t in g.subtree] + parts
    if xcomps or parts and _ends_in_infinitive(parts):  # ("touted her proposals to invest …, expand …")
        parts = _infinitive_continued(fr.cue[0], parts)
    parts = _object_to_predicate(fr, parts)
    parts = _content_coordinate(fr.cue[0], parts)
    for c in fr.cue[0].children:
        if c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children):
            parts.extend(c.subtree)
    if extend:
        bias, weights = stage_weights.bounds_model()
        if weights:
            for unit, feats in right_units(fr, parts):
                z = bias + sum(weights.get(f, 0.0) for f in feats)
                if z < 0:  # probability under one half: the content ends here
                    break
                parts = [*parts, *unit]
    return parts


def _object_to_predicate(fr: Frame, parts) -> list:
    """An object and what it is called or taken for, with what the parse hung on the cue between them:
    "called her vote in favor of the war a mistake", "described the bill on its merits as a sham" (the
    words between are part of what is said of the object); not a date or the occasion of saying ("called
    them in an article last week “Manchurian anchors”": that is when and where it was said)."""
    verb = fr.cue[0]
    kind = fr.key.rsplit("|", 1)[-1]
    if kind not in ("obj", "as", "to") or not parts:
        return parts
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    pred = next((c for c in verb.children if (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in ("as", "to")
                                               and c.i in {t.i for t in fr.cue}) and obj is not None and c.i > obj.i),
                None)
    if obj is None or pred is None:
        return parts
    ids = {t.i for t in parts}
    doc = verb.doc
    gap = [doc[k] for k in range(obj.right_edge.i + 1, pred.left_edge.i) if k not in ids]
    if not gap or len(gap) > 12:
        return parts
    units = [t for t in gap if t.head.i == verb.i]
    if any(t.is_space or t.dep_ == "cc" for t in gap) or any(_occasion(u) for u in units):
        return parts
    return sorted([*parts, *gap], key=lambda t: t.i)


def _occasion(unit) -> bool:
    """A unit that says when or where something was said: a date or time, or a channel of saying."""
    return any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in _CHANNELS
               or t.lower_ in ("interview", "article", "speech", "remarks", "debate") for t in unit.subtree)


def _infinitive_continued(verb, parts) -> list:
    """An infinitive content with a bare verb the parse coordinated with the cue right after it: "promised
    to meet and in some cases exceed his goals" ("exceed", no subject of its own, is no form of the cue's
    "promised"): the infinitive's second verb, part of the content."""
    if not parts:
        return parts
    last = max(t.i for t in parts)
    doc = verb.doc
    for c in verb.rights:  # (or a bare verb the parse took for a clause of the cue's: "praised his plans to
        # invest …, widen the harbour, and …")
        if c.dep_ not in ("conj", "advcl") or c.tag_ not in ("VB", "VBP") or verb.tag_ in ("VB", "VBP") \
                or c.left_edge.i <= last or c.dep_ == "advcl" and c.tag_ != "VB" \
                or any(g.dep_.startswith("nsubj") or g.dep_ in ("aux", "mark") for g in c.children):
            continue
        gap = doc[last + 1: c.left_edge.i]
        # (joined by a conjunction, or by a comma in a list that one closes: "to invest …, expand …, and
        # enable …")
        if len(gap) and all(g.dep_ == "cc" or g.is_punct for g in gap) and (
                any(g.dep_ == "cc" for g in gap) or [g.text for g in gap] == [","] and _closes_list(c)):
            return [*parts, *gap, *c.subtree]
    return parts


def _verb_form(verb) -> str:
    """A verb's form: "MD" with a modal, "TO" with "to", the tense of its auxiliary with one ("is
    seeking": VBZ), else its tag."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i]
    return aux[0].tag_ if aux else verb.tag_


def _content_coordinate(verb, parts) -> list:
    """A content whose verb is a gerund or an infinitive, not the cue's form, with a verb of that form and
    no subject of its own that the parse coordinated with the cue right after it: "mentioned refinancing student
    loans and forcing universities to …" ("forcing" is no form of "mentioned": the content's second
    verb, part of it)."""
    if not parts:
        return parts
    ids = {t.i for t in parts}
    roots = [t for t in parts if t.head.i not in ids]
    if len(roots) != 1:
        return parts
    head = roots[0]
    if head.pos_ == "NOUN" and head.left_edge.tag_ == "VBG" and head.left_edge.head.i == head.i \
            and head.left_edge.dep_ in ("amod", "compound"):
        head = head.left_edge  # a gerund the parse took for the object's modifier: "refinancing student loans"
    if not head.tag_.startswith("VB") or head.pos_ not in ("VERB", "AUX"):
        return parts
    form = _verb_form(head)
    if form not in ("VBG", "VB", "TO") or form == _verb_form(verb):
        return parts  # (two finite forms may both be the speaker's: "insisted that it is …, but wants …")
    last = max(ids)
    doc = verb.doc
    for c in verb.rights:
        if c.dep_ != "conj" or c.left_edge.i <= last or c.pos_ not in ("VERB", "AUX") or _verb_form(c) != form \
                or any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for g in c.children):
            continue
        gap = doc[last + 1: c.left_edge.i]
        if len(gap) and all(g.dep_ == "cc" or g.is_punct for g in gap) and any(g.dep_ == "cc" for g in gap):
            return [*parts, *gap, *c.subtree]
        return parts
    return parts


def _closes_list(verb) -> bool:
    """A verb whose coordination ends a list with a conjunction: "expand …, and enable …"."""
    return any(g.dep_ == "cc" for g in verb.children) and any(
        g.dep_ == "conj" and g.tag_ == verb.tag_ for g in verb.children)


def _ends_in_infinitive(parts) -> bool:
    """Whether a content ends with an infinitive: "her proposals to invest $275 billion in
    infrastructure" (a bare verb with its "to", whose words run to the content's end)."""
    last = max(t.i for t in parts)
    return any(t.tag_ == "VB" and t.right_edge.i == last and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
               for t in parts)


_UNIT_SKIP = ("punct", "cc", "case")


def right_units(fr: Frame, parts) -> list[tuple[list, list[str]]]:
    """What may continue a frame's content to its right, in order, each with the features the
    boundary model reads: subtrees hung on the cue verb or on a word of the content that begin after
    it ("said he had not held fundraising dinners and never called a donor", "raised $21 million,
    bringing its total to $95 million"), each with the commas and conjunctions before it. Only for a
    cue before its content, within the sentence."""
    if not parts:
        return []
    v = fr.cue[0]
    ids = {t.i for t in parts}
    first, last = min(ids), max(ids)
    if v.i > first:
        return []
    end = v.sent.end
    heads = [v, *parts]
    # (only right children can start after the content: every head here is in it or before it)
    kids = sorted({c.i: c for h in heads if h.n_rights for c in h.rights
                   if c.i > last and c.left_edge.i > last and c.right_edge.i < end and c.dep_ not in _UNIT_SKIP}.values(),
                  key=lambda c: c.left_edge.i)
    doc = v.doc
    out = []
    cur = last
    speech = lexicon().speech
    for n, c in enumerate(kids):
        if c.left_edge.i <= cur:
            continue
        if _another_attribution(c, speech, v) or _when_said(fr, c):
            break
        gap = [doc[k] for k in range(cur + 1, c.left_edge.i)]
        if any(not (g.is_punct or g.is_space or g.dep_ == "cc") for g in gap):
            break
        unit = gap + list(c.subtree)
        out.append((unit, _unit_features(fr, c, gap, unit, n)))
        cur = c.right_edge.i
    return out


_OCCASION = ("during", "at", "on", "in")  # ("after college in Alaska" is no occasion of saying)
_OCCASION_ENTS = ("DATE", "TIME", "GPE", "FAC", "EVENT")


def _when_said(fr: Frame, c) -> bool:
    """A unit hung on the cue that says when or where the words were said, not what: a preposition of
    occasion with a date, a place, an event or a channel in it ("called for more investment in a statement on
    Thursday", "criticized the law as a “crazy system” during a stop in Flint"), or, after an object or
    prepositional content, a clause of time ("described her as a “disgrace” after she attacked …")."""
    if c.head.i != fr.cue[0].i:
        return False
    if c.dep_ == "prep" and c.lower_ in _OCCASION and any(
            g.ent_type_ in _OCCASION_ENTS or g.dep_ == "pobj" and g.head.i == c.i and g.lemma_.lower() in _CHANNELS
            for g in c.subtree):
        return True  # (or a channel: "in a statement", "during an interview")
    return c.dep_ == "advcl" and c.left_edge.lower_ in ("after", "before", "when") \
        and fr.key.rsplit("|", 1)[-1] != "comp"


def _another_attribution(c, speech, cue=None) -> bool:
    """A subtree after a content that is an attribution of its own, where the content stops: a speech
    verb coordinated into it ("… and insisting that …", cut by :func:`_trim_asides` too) or heading
    it ("…, adding that …"), a participle with a clause ("…, ruling that …"), or someone else's speech
    verb with its subject inside it ("…, with spokesman Dmitry Peskov telling reporters that …")."""
    if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _joined_on(c, speech, cue):
        return True
    if c.pos_ == "VERB" and _speech_use(c, speech) and not (c.dep_ == "conj" and _bare_coordinate(c, cue)):
        return True
    if c.tag_ == "VBG" and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children):
        return True
    return any(t.pos_ == "VERB" and _speech_use(t, speech) and any(g.dep_ == "nsubj" for g in t.children)
               for t in c.subtree)


def _unit_features(fr: Frame, c, gap, unit, n: int) -> list[str]:
    """What the boundary model reads of a unit ``c`` (its subtree after ``gap``, the ``n``-th after
    the content): where it hangs, its dependency label and tag, the comma or conjunction joining it,
    the word it opens with, whether it has a subject of its own, its size, the cue and frame kind."""
    v = fr.cue[0]
    on = "cue" if c.head.i == v.i else "content"
    joint = next((g.lower_ for g in gap if not g.is_space), "-")
    opener = c.left_edge.lower_ if c.left_edge.i != c.i else "-"
    has_subj = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    m = len(unit)
    size = "1" if m <= 1 else "2-3" if m <= 3 else "4-8" if m <= 8 else "9-20" if m <= 20 else "21+"
    dep = c.dep_
    lemma = v.lemma_.lower()
    kind = fr.key.split("|", 1)[1]
    feats = [f"dep={on}|{dep}", f"tag={dep}|{c.tag_}", f"joint={joint}",
             f"joint|dep={joint}|{on}|{dep}", f"open={opener}", f"open|dep={opener}|{dep}", f"subj={dep}|{has_subj}",
             f"joint|subj={joint}|{has_subj}", f"size={size}", f"f|dep={kind}|{dep}", f"l|dep={lemma}|{on}|{dep}",
             f"n={min(n, 2)}", f"headtag={c.head.tag_}|{c.tag_}|{dep}", f"lem={c.lemma_.lower()}|{dep}"]
    if _speech_use(c, lexicon().speech):
        feats.append(f"speech|{dep}")
    if any(t.text in _QUOTE_TOKENS for t in unit):
        feats.append("quoted")
    return [f"u:{f}" for f in feats]



def content_bounds(toks, whole: bool = False) -> tuple | None:
    """(first, last) token of the content as one span: the longest unbroken run of the tokens given
    (``whole``: all of them, gaps included), without the complementizer, a leading conjunction, or
    punctuation at its edges (closing quote marks stay)."""
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
    if whole and toks:
        toks = list(toks[0].doc[toks[0].i: toks[-1].i + 1])
    runs: list[list] = []
    for t in toks:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    if not runs:
        return None
    toks = runs[0] if len(runs) == 1 else \
        max(runs, key=lambda r: sum(len(t.text_with_ws) for t in r if not (t.is_punct or t.is_space)))
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].lower_ == "that" and toks[0].dep_ == "mark"
                    or toks[0].dep_ == "cc"):
        toks.pop(0)
    while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in ("”", '"', "’", "»")):
        toks.pop()
    if not toks:
        return None
    return toks[0], toks[-1]
