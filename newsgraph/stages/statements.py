"""Statements: who said what, to whom, through whom.

Three passes over the parse, each a rule over dependency structure with its words in
``data/cues.yaml``:

1. direct quotes: quotation spans (curly, straight, single, guillemets; running over sentences and
   paragraphs) tied to a speech cue before or after them in the same sentence;
2. indirect speech and belief: a frame (a verb with a that-clause, an infinitive, an object or a
   parenthetical place — "warned Putin of severe consequences", "X, he said, Y" —, or a noun or
   adjective with a clause or object — "his claim that …", "critical of …") that a small logistic
   regression (``data/statement_cues.csv``, learned on PolNeAR train) takes for an attribution; its
   probability is the statement's ``confidence``. And "according to X", and a line opening with a
   name and a colon ("Sanders: …", a transcript's "JAKE TAPPER: …"). The content stops before the
   reporter's glosses and a new attribution joined on by "and", runs on over what a second small
   regression (the boundary model) takes for more of it, to the close of a quote it opened, and a
   quote sentence with no cue right after a statement goes on with it;
3. chains: a source passed on by another ("sources cited by CNN", "citing two officials") gets a
   statement of the relaying source, linked by ``via``.

Sources resolve to the actors of the actors stage (pronouns and descriptions included); a source
with no name ("a European official") becomes an anonymous actor keeping what it reveals.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from operator import attrgetter

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.strings import get_string_id

from ..analysis import Analysis
from ..lexicon import lexicon
from ..nlp import DATELINE
from ..records import Source, Span, Statement
from .actors import anonymous_actor
from .syntax import subject_of

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "‹": "›"}
_CHANNELS = frozenset((
    "statement", "interview", "media", "medium", "post", "briefing", "conference", "letter", "speech", "television",
    "radio", "x", "twitter", "telegram", "facebook", "instagram", "broadcast", "platform", "account", "blog",
    "website", "show", "programme", "program", "podcast", "op-ed", "column", "memo", "email", "video", "message"))
# what a body does to a document that makes it its own ("a poll released by", "a report commissioned by")
_PUT_OUT = frozenset(("release", "publish", "issue", "conduct", "commission", "prepare", "write", "sign", "send",
                      "post", "produce", "compile", "file", "submit", "present", "distribute", "circulate"))
_TRIM_SOURCE_DEPS = ("relcl", "advcl", "cc", "conj", "parataxis")  # appositions stay: "the union's president, Rosa Delgado"


@dataclass
class Quote:
    start: int  # offset of the first character inside the marks
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just past the closing mark (or the paragraph end when unclosed)


_MARKS = re.compile("[" + re.escape("".join(_PAIRS) + "'") + "]")  # where a quote may open


def find_quotes(text: str) -> list[Quote]:
    """Quotation spans; a paragraph that ends inside a quote continues when the next reopens it."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        mark = _MARKS.search(text, i)  # nothing happens at other characters
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "'" and text.startswith("''", i) and _opens(text, i, width=2):
            # ''two apostrophes'' (the New York Times' house style)
            close_at = text.find("''", i + 2)
            para_end = text.find("\n", i)
            if close_at != -1 and (para_end == -1 or close_at < para_end):
                start, end = i + 2, close_at
                if end - start >= 2:
                    quotes.append(Quote(start, end, i, close_at + 2))
                i = close_at + 2
                continue
            i += 2
            continue
        if ch == "'":
            # 'a quote in straight single marks' (British style): closed within its paragraph, by a
            # mark no letter follows ("don't" and "the players' union" are apostrophes)
            close_at = _single_close(text, i) if _opens(text, i) and not text[i + 1: i + 2].isdigit() else -1  # '90s
            if close_at != -1:
                start, end = i + 1, close_at
                while start < end and text[start].isspace():
                    start += 1
                if end - start >= 2:
                    quotes.append(Quote(start, end, i, close_at + 1))
                i = close_at + 1
                continue
            i += 1
            continue
        if ch in _PAIRS and _opens(text, i):
            close = _PAIRS[ch]
            closers = ("”", '"') if ch in ("“", '"') else (close,)  # “…" as typed in a hurry
            j = i + 1
            start = j
            while j < n:
                c = text[j]
                if c in closers and (ch != "‘" or _closes_single(text, j)) and j > start:
                    break
                if c == "\n":
                    # multi-paragraph quote: next paragraph opens again with the same mark
                    k = j
                    while k < n and text[k] in "\n \t":
                        k += 1
                    if k < n and text[k] == ch:
                        j = k + 1
                        continue
                    break
                j += 1
            end = j
            content_start, content_end = start, end
            while content_start < content_end and text[content_start].isspace():
                content_start += 1
            while content_end > content_start and text[content_end - 1] in " \t\n":
                content_end -= 1
            if content_end - content_start >= 2:
                quotes.append(Quote(content_start, content_end, i, min(n, j + 1) if j < n and text[j] in closers else j))
            i = j + 1
        else:
            i += 1
    return quotes


def _opens(text: str, i: int, width: int = 1) -> bool:
    ch = text[i]
    prev = text[i - 1] if i else " "
    if ch in ('"', "‘", "'"):  # ambiguous marks open only after a space or bracket and before a word
        nxt = text[i + width] if i + width < len(text) else " "
        return (prev.isspace() or prev in "([{—–-:") and not nxt.isspace()
    return True


def _single_close(text: str, i: int) -> int:
    """Where a quote opened by a straight single mark at ``i`` closes in its paragraph, or -1."""
    para_end = text.find("\n", i)
    para_end = len(text) if para_end == -1 else para_end
    j = text.find("'", i + 1, para_end)
    while j != -1:
        nxt = text[j + 1] if j + 1 < len(text) else " "
        possessive = text[j - 1] in "sS" and nxt == " " and text[j + 2: j + 3].islower()
        if not text[j - 1].isspace() and not nxt.isalnum() and not possessive:
            return j
        j = text.find("'", j + 1, para_end)
    return -1


def _closes_single(text: str, j: int) -> bool:
    nxt = text[j + 1] if j + 1 < len(text) else " "
    return not nxt.isalpha()  # "don’t" is an apostrophe, not a closing mark


FRAME_PREPS = ("for", "about", "of", "on", "against", "over", "to", "with", "as")


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
        return Frame(f"{lemma}|par", [verb], [t for t in head.subtree if t.i not in inside])
    if comps:
        aside = cited_aside(verb, comps[0])
        skip = {t.i for t in aside.subtree} if aside is not None else ()
        return Frame(f"{lemma}|comp", [verb], [t for c in comps for t in c.subtree if t.i not in skip])
    clause = _clause_on_channel(kids, deps)
    if clause is not None:  # "said in a statement that …" with the clause hung on "statement"
        return Frame(f"{lemma}|comp", [verb], list(clause.subtree))
    if "nsubjpass" in deps and _quoted_as(verb, kids, deps):
        return None  # "was quoted by TASS as saying that …": the frame is "saying"'s (its source the subject)
    before = [c for c, d in zip(kids, deps, strict=True) if d == "ccomp" and c.i < verb.i]  # "…, the group says."
    if before:
        return Frame(f"{lemma}|comp<", [verb], list(before[-1].subtree))
    prt = [c for c, d in zip(kids, deps, strict=True) if d == "prt"]
    for c, d in zip(kids, deps, strict=True):
        if d == "prep" and c.lower_ in FRAME_PREPS and c.i > verb.i and c.doc[c.i - 1].text != ",":
            # (after a comma it is no argument of the verb: "rejected the plan, with Peskov telling …")
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
            if objs:  # (a date is no content: "warned on Wednesday")
                cue = sorted([verb, *prt, c], key=lambda t: t.i)
                return Frame(f"{lemma}|{c.lower_}", [cue[0], *cue[1:]], [t for g in objs for t in g.subtree])
    objs = [c for c, d in zip(kids, deps, strict=True) if d == "dobj" and c.i > verb.i]
    if objs:
        extra = [t for c, d in zip(kids, deps, strict=True) if d in ("oprd",) for t in c.subtree]
        return Frame(f"{lemma}|obj", [verb, *prt], [t for t in objs[0].subtree] + extra)
    preds = [c for c, d in zip(kids, deps, strict=True) if d == "oprd" and c.i > verb.i]
    if preds:  # "called the suspension “arbitrary”" with the object misparsed: what lies between goes too
        last = preds[0].right_edge.i
        between = [t for c in kids if verb.i < c.i <= last and c.left_edge.i > verb.i for t in c.subtree]
        return Frame(f"{lemma}|obj", [verb, *prt], [t for t in between if t.i <= last])
    passive = [c for c, d in zip(kids, deps, strict=True) if d == "nsubjpass" and c.i < verb.i]
    if passive and "agent" in deps:  # "She is well liked by voters": what is held of whom, the agent's
        return Frame(f"{lemma}|pass", [verb], list(passive[0].subtree))
    return None


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
    cue's complement ("said Marquez would face … and accused …", "saying the taxes were needed … and
    insisting that …", "said the city would cooperate, adding that …"): that cue, else None."""
    if verb.lemma_.lower() not in lex.speech:
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    cue = head.head
    if head.dep_ == "ccomp" and cue.i < head.i and cue.lemma_.lower() in lex.speech:
        return cue
    return None


def cited_aside(verb, clause):
    """ "reported, citing three executives, that …" when the parse hangs "citing …" on the reported
    clause, not on the cue: that aside (between the cue and the clause's "that"), else None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    relay = lexicon().relay
    return next((c for c in clause.children if c.dep_ == "advcl" and verb.i < c.i < mark.i
                 and c.lemma_.lower() in relay), None)


def _joined_on(verb, speech) -> bool:
    """A verb coordinated into the content that is no part of it: a new attribution ("… and more
    than 4 in 10 said …"), or a verb that goes with the cue, not the infinitive it hangs on ("called
    on the US to attack the oil and proposed a safe zone"); not a second clause of the content opened
    by its own "that" ("was doing fine but that it would report …")."""
    if verb.lemma_.lower() in speech:
        return not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    head = verb.head
    return head.dep_ == "xcomp" and verb.tag_ != head.tag_ \
        and not any(c.dep_.startswith("nsubj") for c in verb.children)


_ASIDE_DEPS = frozenset(("advcl", "prep", "relcl", "appos", "conj"))  # the only ones trimmed below


def _trim_asides(toks) -> list:
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
        elif t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _joined_on(t, speech):
            # "… to attack the oil and proposed a safe zone": a new attribution the parser joined on
            drop.update(x.i for x in t.subtree)
            k = t.left_edge.i - 1
            while k in ids and (t.doc[k].is_punct or t.doc[k].dep_ == "cc"):
                drop.add(k)
                k -= 1
    return [t for t in toks if t.i not in drop]


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
    if verb.lemma_.lower() not in lexicon().speech or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON") or nxt.sent != verb.sent:
        return None
    head = nxt
    while head.head.i != head.i and head.head.i > verb.i and head.dep_ in ("compound", "det", "amod", "poss", "nmod") \
            and head.head.i - verb.i <= 6:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") else None


def frame_content(fr: Frame, extend: bool = True) -> list:
    """The tokens of a frame's content as the stage reports it: without the reporter's asides, with
    a condition on the cue ("will sign if …"), and (``extend``) with what the boundary model takes
    for more of it to its right (:func:`right_units`)."""
    parts = _trim_asides(fr.content)
    if fr.key.rsplit("|", 1)[-1] in FRAME_PREPS:  # "described her use of the system as a danger": the object too
        verb, prep = fr.cue[0], fr.cue[-1]
        for c in verb.children:
            if c.dep_ == "dobj" and c.i < prep.i:
                parts = [*c.subtree, prep, *parts]
    xcomps = [c for c in fr.cue[0].children if c.dep_ == "xcomp" and c.i > fr.cue[0].i] if fr.key.endswith("|comp") else []
    if xcomps:  # "called on Sanders to do the same", "urged Congress to act": who is to do it too
        verb, x = fr.cue[0], xcomps[0]
        for c in verb.children:
            if verb.i < c.i < x.i and c.dep_ == "dobj":
                parts = [*c.subtree, *parts]
            elif verb.i < c.i < x.i and c.dep_ == "prep" and c.lower_ in ("on", "upon"):  # (not "agreed on Tuesday")
                parts = [t for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                         for t in g.subtree] + parts
    for c in fr.cue[0].children:
        if c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children):
            parts.extend(c.subtree)
    if extend:
        bias, weights = bounds_model()
        if weights:
            for unit, feats in right_units(fr, parts):
                z = bias + sum(weights.get(f, 0.0) for f in feats)
                if z < 0:  # probability under one half: the content ends here
                    break
                parts = [*parts, *unit]
    return parts


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
        if _another_attribution(c, speech):
            break
        gap = [doc[k] for k in range(cur + 1, c.left_edge.i)]
        if any(not (g.is_punct or g.is_space or g.dep_ == "cc") for g in gap):
            break
        unit = gap + list(c.subtree)
        out.append((unit, _unit_features(fr, c, gap, unit, n)))
        cur = c.right_edge.i
    return out


def _another_attribution(c, speech) -> bool:
    """A subtree after a content that is an attribution of its own, where the content stops: a speech
    verb coordinated into it ("… and insisting that …", cut by :func:`_trim_asides` too) or heading
    it ("…, adding that …"), a participle with a clause ("…, ruling that …"), or someone else's speech
    verb with its subject inside it ("…, with spokesman Dmitry Peskov telling reporters that …")."""
    if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _joined_on(c, speech):
        return True
    if c.pos_ == "VERB" and c.lemma_.lower() in speech:
        return True
    if c.tag_ == "VBG" and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children):
        return True
    return any(t.pos_ == "VERB" and t.lemma_.lower() in speech and any(g.dep_ == "nsubj" for g in t.children)
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
    if c.lemma_.lower() in lexicon().speech:
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


CONTINUED_KINDS = ("mixed", "indirect")
# how a source hides, not what it says: "(who asked) not to be named", "(spoke) on condition of anonymity"
_ANONYMITY = re.compile(r"(?:not |n't )?to be (?:\w+ly )?(?:named|identified|quoted|cited)\b"
                        r"|(?:his|her|their|its) (?:full )?names? (?:\w+ )?(?:not )?be (?:used|published|disclosed|withheld)\b"
                        r"|(?:the )?condition"
                        r"s? (?:of|that|they|he|she)\b.*\b(?:anonymity|named|identified)\b|anonymity\b", re.I)
SOURCELESS_MIN = 0.25  # a frame with no source is reported from this probability (held-out TRAIN: 0.5 lost matches)

# -- the cue classifier --------------------------------------------------------------------------------
_index = attrgetter("i")
_QUOTE_TOKENS = frozenset(("“", "”", '"', "``", "''"))
_QUOTE_ORTHS = frozenset(get_string_id(x) for x in _QUOTE_TOKENS)  # as ``Token.orth``: no string read
_WH = ("that", "to", "whether", "if", "how", "what", "why", "when", "who", "where")


_lexicon = lexicon


def _subject_kind(verb) -> str:
    subj = subject_of(verb)
    if subj is None:
        return "pass" if any(c.dep_ == "nsubjpass" for c in verb.children) else "none"
    low = subj.lower_
    if low in ("it", "there", "this", "that", "which", "what"):
        return "expl"
    if subj.pos_ == "PRON":
        return "pron"
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subj.ent_type_.lower()
    if subj.pos_ == "PROPN":
        return "propn"
    if subj.lemma_.lower() in _lexicon().anonymous_heads:
        return "anon"
    return subj.pos_.lower()


def frame_features(fr: Frame) -> list[str]:
    """The features the cue classifier reads for a frame: its key, the verb and its place in the
    parse, the kind of subject, tense, negation and modality, how the content opens and how long it
    is, and quotation marks around it."""
    return _signature_features(frame_signature(fr))


def frame_signature(fr: Frame) -> tuple:
    """What :func:`frame_features` reads of a frame, as a tuple of words and flags (frames with the same
    signature have the same features, so the classifier's answer is cached by it)."""
    v = fr.cue[0]
    lemma = v.lemma_.lower()
    subj = _subject_kind(v)
    kids = list(v.children)
    deps = [c.dep_ for c in kids]  # each label read once
    neg = "neg" in deps
    modal = next((c.lower_ for c, d in zip(kids, deps, strict=True) if d == "aux" and c.tag_ == "MD"), "")
    passive = "auxpass" in deps or "nsubjpass" in deps
    toks = fr.content
    first = min(toks, key=_index) if toks else v
    opener = first.lower_ if first.lower_ in _WH else f"{first.pos_}:{first.dep_}"
    n = len(toks)
    size = "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"
    quoted = any(t.orth in _QUOTE_ORTHS for t in toks)
    dep, tag = v.dep_, v.tag_
    head = v.head.lemma_.lower() if dep in ("xcomp", "ccomp", "conj", "advcl") else "-"
    addressee = "dative" in deps or "dobj" in deps and lemma in _lexicon().addressee_object
    return fr.key, lemma, dep, tag, subj, opener, size, head, neg, modal, passive, quoted, addressee


def _signature_features(sig: tuple) -> list[str]:
    key, lemma, dep, tag, subj, opener, size, head, neg, modal, passive, quoted, addressee = sig
    kind = key.split("|", 1)[1]
    lex = _lexicon()
    listed = "speech" if lemma in lex.speech else "belief" if lemma in lex.belief else "other"
    feats = [f"k={key}", f"l={lemma}", f"f={kind}", f"listed={listed}|{kind}", f"dep={dep}", f"tag={tag}",
             f"subj={subj}", f"l|subj={lemma}|{subj}", f"listed|subj={listed}|{subj}", f"open={opener}",
             f"k|open={key}|{opener}", f"size={size}", f"f|size={kind}|{size}", f"l|dep={lemma}|{dep}",
             f"head={head}", f"head|l={head}|{lemma}", f"l|tag={lemma}|{tag}"]
    if neg:
        feats.append("neg")
    if modal:
        feats += [f"modal={modal}", f"listed|modal={listed}|{modal}"]
    if passive:
        feats += ["passive", f"l|passive={lemma}"]
    if quoted:
        feats += ["quoted", f"f|quoted={kind}"]
    if addressee:
        feats.append("addressee")
    return feats


@lru_cache(maxsize=1)
def _weights_file() -> tuple[dict[str, float], dict[str, float]]:
    """(meta, weights) of ``data/statement_cues.csv``, learned by ``benchmarks/statements.py learn``."""
    import csv
    import io
    from importlib import resources

    text = resources.files("newsgraph").joinpath("data", "statement_cues.csv").read_text(encoding="utf-8")
    rows = csv.reader(io.StringIO(text))
    next(rows)  # header
    meta, weights = {}, {}
    for name, value in rows:
        if name == "__about__":
            continue
        if name.startswith("__") and name.endswith("__"):
            meta[name] = float(value)
        else:
            weights[name] = float(value)
    return meta, weights


@lru_cache(maxsize=1)
def cue_model() -> tuple[float, dict[str, float], float]:
    """(bias, weights, threshold) of the cue classifier (``data/statement_cues.csv``), a logistic
    regression learned on PolNeAR train by ``benchmarks/statements.py learn``."""
    meta, weights = _weights_file()
    return meta["__bias__"], {k: w for k, w in weights.items() if not k.startswith("u:")}, meta["__threshold__"]


@lru_cache(maxsize=1)
def bounds_model() -> tuple[float, dict[str, float]]:
    """(bias, weights) of the boundary model, a logistic regression deciding whether a unit to the
    right of a content goes on with it (the ``u:`` rows of ``data/statement_cues.csv``, learned on
    PolNeAR train with the cue classifier); without weights, contents are not extended."""
    meta, weights = _weights_file()
    return meta.get("__ubias__", 0.0), {k: w for k, w in weights.items() if k.startswith("u:")}


def cue_probability(fr: Frame) -> float:
    """How likely a frame is an attribution, as the classifier has it."""
    return _signature_probability(frame_signature(fr))


@lru_cache(maxsize=65536)
def _signature_probability(sig: tuple) -> float:
    bias, weights, _ = cue_model()
    z = bias + sum(map(weights.get, _signature_features(sig), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class _Extractor:
    def __init__(self, an: Analysis):
        self.an = an
        self.doc = an.doc
        self.lex = lexicon()
        self.text = an.article.text
        self.out: list[Statement] = []
        self.loose: list[Quote] = []  # quote sentences with no cue nor speaker before them
        self.used_cues: set[int] = set()
        self.quotes = find_quotes(self.text)
        self._cue_positions: list[int] | None = None
        self._issued = len(an.statements)  # ids given so far (statements folded away keep theirs)

    # -- helpers ------------------------------------------------------------------------------------
    def next_id(self) -> str:
        self._issued += 1
        return f"s{self._issued}"

    def cue_positions(self) -> list[int]:
        """The indices of the tokens that :meth:`is_cue` takes, in order (read once, from arrays)."""
        if self._cue_positions is None:
            doc, strings = self.doc, self.doc.vocab.strings
            pos, lemma, lower = doc.to_array([POS, LEMMA, LOWER]).T
            verbs = numpy.flatnonzero((pos == int(VERB)) | (pos == int(AUX))).tolist()
            lemmas = lemma[verbs].tolist()
            cue_lemma = {lem: self.lex.is_cue(strings[lem].lower()) for lem in set(lemmas)}
            found = {i for i, lem in zip(verbs, lemmas, strict=True) if cue_lemma[lem]}
            according = numpy.flatnonzero(lower[:-1] == numpy.uint64(strings["according"]))
            found.update(according[lower[according + 1] == numpy.uint64(strings["to"])].tolist())
            self._cue_positions = sorted(found)
        return self._cue_positions

    def in_quote(self, char: int) -> Quote | None:
        return next((q for q in self.quotes if q.open_at <= char < q.close_at), None)

    def is_cue(self, tok) -> bool:
        return tok.pos_ in ("VERB", "AUX") and self.lex.is_cue(tok.lemma_.lower()) or \
            (tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to")

    def holder_of(self, noun):
        """Whose words or thoughts a noun cue names: "Trump's claim", "the criticism by X", or the
        subject of the verb it is the object of ("Clinton voiced concern that …") or hangs on ("said in a
        statement that …")."""
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return subject_of(noun.head)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                and noun.head.head.pos_ in ("VERB", "AUX"):  # "said in a statement"
            return subject_of(noun.head.head)
        return None

    def subject_of(self, verb, content=()):
        """The speaker of a cue verb: its subject (:func:`syntax.subject_of`); for a participle hung on a
        noun, that noun ("911 calls saying shots had been fired", "a statement saying …"); else a name
        right after the cue (:func:`inverted_subject`), unless that is one of the ``content`` tokens
        ("said his wife was qualified": "his wife" heads what was said, not the speaker)."""
        if verb.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in verb.children):
            head = verb.head  # "a driver from Marneuli who said …": who is the driver, not the town
            while head.dep_ == "pobj" and head.head.head.pos_ == "NOUN" and head.ent_type_ != "PERSON" \
                    and getattr(self.an.actor(self.an.actor_of(head)), "kind", None) != "person":
                head = head.head.head
            if head.i != verb.head.i:
                return head
        quoted = quoted_as_saying(verb)
        if quoted is not None:  # "Putin was quoted by TASS as saying": Putin
            return next(c for c in quoted.children if c.dep_ == "nsubjpass")
        if (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
                and not any(c.dep_.startswith("nsubj") for c in verb.children):
            outer = _outer_cue(verb, self.lex)
            if outer is not None:  # "said Marquez would face … and accused party leaders of …": the
                return self.subject_of(outer)  # parse hangs "accused" in the content; it is the sayer's
        subj = subject_of(verb)
        if subj is not None:
            return subj
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        subj = inverted_subject(verb)
        return None if subj is None or any(t.i == subj.i for t in content) else subj

    def source_span(self, head, cue=None):
        """The source phrase around its head word, without relative clauses, appositions and the like,
        and without the cue's own words when the cue hangs on it ("911 calls [saying …]")."""
        toks = [head]
        skip = cue.i if cue is not None else -1
        stack = [c for c in head.children if c.dep_ not in _TRIM_SOURCE_DEPS and c.dep_ != "punct" and c.i != skip
                 and not (c.dep_ == "acl" and c.i > head.i and self.doc[c.left_edge.i - 1].text == ",")]
        # (", speaking privately," is set apart by its comma; "people briefed on the talks" is not)
        while stack:
            t = stack.pop()
            toks.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "punct"))
        toks.sort(key=lambda t: t.i)
        first, last = toks[0], toks[-1]
        while first.is_punct and first.i < last.i:
            first = self.doc[first.i + 1]
        while last.is_punct and last.i > first.i:
            last = self.doc[last.i - 1]
        return self.doc[first.i: last.i + 1]

    def make_source(self, head, cue=None) -> Source:
        span = self.source_span(head, cue)
        actor_id = self.an.actor_of(head)
        if actor_id is not None and head.i not in self.an.token_actor and head.lemma_.lower() in self.lex.anonymous_heads \
                and (a := self.an.actor(actor_id)) is not None and a.kind != "person":
            actor_id = None  # "An FAA spokeswoman": an unnamed person of the FAA (kept as what it reveals)
        anonymous = False
        if actor_id is None and head.lemma_.lower() in self.lex.document_heads:
            actor_id = self._body_of(head, span)  # "a statement from the Kremlin": the Kremlin's
        if actor_id is None and head.dep_ == "appos" and (a := self.an.actor(self.an.actor_of(head.head))) is not None \
                and a.kind == "person":
            actor_id = a.id  # "Levan Gelashvili, a 46-year-old driver …": the driver is Gelashvili
        if actor_id is None and head.lemma_.lower() in self.lex.voice_heads:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)  # "Mr. Ellison's campaign"
            actor_id = self.an.actor_of(owner) if owner is not None else None
        if actor_id is None:
            named = [t for t in span if t.i in self.an.token_actor and t.dep_ != "poss"
                     and (a := self.an.actor(self.an.token_actor[t.i])) is not None and a.kind == "person"]
            if head.lemma_.lower() in self.lex.anonymous_heads or head.lower_ in self.lex.anonymous_heads \
                    or head.pos_ == "NOUN" or head.lower_ in self.lex.group_pronouns:
                if not named:
                    actor_id = anonymous_actor(self.an, span).id
                    anonymous = True
        else:
            anonymous = self.an.actor(actor_id).kind == "anonymous"
        if actor_id is not None and cue is not None and cue.dep_ == "relcl" and (cue.head.i == head.i or head.i < cue.i):
            self._relative_mention(cue, actor_id)
        return Source(text=span.text, start=span.start_char, end=span.end_char, actor=actor_id, anonymous=anonymous)

    def _body_of(self, head, span) -> str | None:
        """The named actor a document speaks for: the object of "from", "by" or "of" on its head ("A
        statement from the Kremlin", "a report by the Institute for the Study of War")."""
        preps = [c for c in head.children if c.dep_ == "prep"]
        preps += [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _PUT_OUT
                  for g in c.children if g.dep_ == "agent"]  # "released by", not "reviewed by"
        for prep in preps:
            if prep.lower_ in ("from", "by", "of", "in") and span.start <= prep.i < span.end:
                for obj in prep.children:
                    actor_id = self.an.actor_of(obj) if obj.dep_ == "pobj" else None
                    actor = self.an.actor(actor_id)
                    if actor is not None and actor.kind != "anonymous" and (prep.lower_ != "in" or actor.kind == "organization"):
                        return actor_id  # ("a report in The Athletic": a publication's)
        return None

    def _relative_mention(self, cue, actor_id: str) -> None:
        """ "Mr. Scott, who has called the comments “toxic”": the source is Mr. Scott, and "who" is a
        mention of him (the source phrase stops before the relative clause)."""
        rel = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
                    and c.i not in self.an.token_actor), None)
        actor = self.an.actor(actor_id)
        if rel is not None and actor is not None:
            actor.add_mention(rel.idx, rel.idx + len(rel))
            self.an.link_tokens([rel], actor)

    def addressee(self, cue):
        """(actor id, span) of whom the words were addressed to or the channel ("told CNN", "on social media")."""
        lemma = cue.lemma_.lower()
        for c in cue.children:
            if c.dep_ in ("dative",) or (c.dep_ == "dobj" and lemma in self.lex.addressee_object):
                if c.dep_ != "dobj":
                    return self.an.actor_of(c), self.doc[c.left_edge.i: c.right_edge.i + 1]
                # the object and a name set beside it ("told the newspaper Handelsblatt"), not what follows
                end = max([c.i, *(g.right_edge.i for g in c.rights if g.dep_ in ("appos", "compound", "npadvmod")
                                  and g.pos_ == "PROPN")])
                return self.an.actor_of(c) or self.an.actor_of(self.doc[end]), self.doc[c.left_edge.i: end + 1]
        # a channel: "said in a statement", "warned in an interview with the BBC", and one set before the
        # verb or the verb it is coordinated with ("In a post on social media, he thanked … and urged …")
        kids = list(cue.children)
        if cue.dep_ == "conj":
            kids += [c for c in cue.head.children if c.i < cue.head.i]
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "on") \
                    and (c.lower_ != "to" or lemma in ("say", "write", "post", "tell", "add")):
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj and (c.lower_ == "to" or pobj[0].lemma_.lower() in _CHANNELS or pobj[0].lower_ in _CHANNELS):
                    o = pobj[0]  # "in a statement", "in an interview with the BBC"; not "that …" hung on it
                    end = max([o.i, *(g.right_edge.i for g in o.rights if g.dep_ in ("prep", "compound", "appos"))])
                    return self.an.actor_of(o), self.doc[c.i: end + 1]
        return None, None

    def add(self, kind: str, source: Source | None, cue_span: Span | None, content: Span,
            addressee=(None, None), via: str | None = None, confidence: float | None = None) -> Statement:
        actor_id, addr_span = addressee
        st = Statement(id=self.next_id(), kind=kind, source=source, cue=cue_span, content=content,
                       addressee=actor_id, via=via, confidence=None if confidence is None else round(confidence, 3),
                       addressee_text=self.an.span(addr_span.start_char, addr_span.end_char) if addr_span is not None else None)
        self.out.append(st)
        return st

    def cue_span(self, cue) -> Span:
        if cue.lower_ == "according":
            return self.an.tok_span(cue, self.doc[cue.i + 1])
        return self.an.tok_span(cue, cue)

    def content_span(self, toks, whole: bool = False) -> Span | None:
        """The content as one span (:func:`content_bounds`), without a dateline that opens it
        ("WASHINGTON — The fund will run dry …", "SAN BERNARDINO, Calif. (AP) — …"); ``whole``: from
        its first word to its last, over the parenthetical cue inside it ("Some members, she
        acknowledged, had argued for a cut")."""
        bounds = content_bounds(toks, whole)
        if not bounds:
            return None
        span = self.an.tok_span(*bounds)
        m = DATELINE.match(span.text)
        if m and m.end() < len(span.text):
            span = self.an.span(span.start + m.end(), span.end)
        for q in self.quotes:  # a quote the content opens ends with its closing mark, which the parse
            # may hang on what follows ("would face “a very tough primary” and accused …")
            if span.start <= q.open_at < span.end < q.close_at <= span.end + 2 and q.end < q.close_at \
                    and not self.text[span.end:q.close_at - 1].strip(" ,."):
                span = self.an.span(span.start, q.close_at)
        return span

    # -- 1. direct quotes -----------------------------------------------------------------------
    def direct(self) -> None:
        # (source, cue, end of the last quote) of the last attributed quote: a quote that follows it
        # with no cue of its own continues it ("“…,” she said. “…”")
        last: tuple[Source, Span | None, int] | None = None
        for q in self.quotes:
            content = self.quote_content(q)
            words = len(content.text.split())
            # "Asked if …, Holm laughed: “…”": the verb before the colon, not a cue further off
            first = self.colon_source(q) if self._verb_and_colon_before(q) else None
            cue = None if first else self.find_quote_cue(q)
            if cue is None:
                signed = first or self.colon_source(q) or self.dash_source(q)
                if signed is not None:
                    source, cue_tok = signed
                    cue_span = self.an.tok_span(cue_tok, cue_tok)
                    self.used_cues.add(cue_tok.i)
                    st = self.add("direct", source, cue_span, content, self.addressee(cue_tok))
                    last = (source, cue_span, q.close_at)
                    continue
                if last and words >= 4 and self.text.count("\n", last[2], q.open_at) <= 2 \
                        and self._sentence_is_quote(q):
                    # the speaker's next quote, in this paragraph or the next, goes on what they said:
                    # it keeps the cue, so that the two read as one attribution
                    src, cue_span, _ = last
                    self.add("direct", src, cue_span, content)
                    last = (src, cue_span, q.close_at)
                elif words >= 4 and self._sentence_is_quote(q):
                    self.loose.append(q)
                continue
            if self._inside_complement(cue, q) or self._held_by_another_cue(cue, q):
                continue  # "said his staff “did the wrong thing”": a mixed quote, taken by the indirect pass
            subj = self.subject_of(cue) if cue.lower_ != "according" else None
            if subj is not None and self.in_quote(subj.idx):
                subj = self._speaker_between(q, cue)  # the parse took a word of the quote for the subject
            source = self.make_source(subj) if subj is not None else None
            if source is None:
                continue
            self.used_cues.add(cue.i)
            kind = "direct" if words >= 4 or self._sentence_is_quote(q) or self._quote_is_the_clause(q, cue) \
                else "mixed"
            cue_span = self.cue_span(cue)
            st = self.add(kind, source, cue_span, content, self.addressee(cue))
            self.relay(cue, subj, st)
            last = (source, cue_span, q.close_at)

    def _speaker_between(self, q: Quote, cue):
        """ "“…,” the airline's chief operating officer, Daniel Park, said": the phrase between the
        quote and the cue that hangs on neither, its head (the parse may hang it inside the quote)."""
        if cue.idx < q.close_at:
            return None
        k = cue.i
        while k > 0 and self.doc[k - 1].idx >= q.close_at:
            k -= 1
        for t in self.doc[k: cue.i]:  # from the quote on
            if t.pos_ in ("NOUN", "PROPN", "PRON") and not (q.close_at <= t.head.idx < cue.idx) \
                    and t.head.i != cue.i:
                return t
        return None

    def quote_content(self, q: Quote) -> Span:
        """The words inside a quote's marks, without the comma that hands over to the cue."""
        text = self.text[q.start:q.end].rstrip(",")
        return self.an.span(q.start, q.start + len(text))

    def _person_named(self, label: str) -> str | None:
        """The person of the article whose surname a transcript's speaker label spells ("STREETING")."""
        found = [a.id for a in self.an.actors if a.kind == "person" and a.name.split()
                 and a.name.split()[-1].upper() == label.split()[-1].upper()]
        return found[0] if len(found) == 1 else None

    def named_source(self, who: Span) -> Source:
        """A source that is a name as written ("Carl Bialik", "Mayor Tom Alvarez"), its actor the last word's."""
        return Source(text=who.text, start=who.start_char, end=who.end_char, actor=self.an.actor_of(who[-1]))

    def _verb_and_colon_before(self, q: Quote) -> bool:
        k = q.open_at - 1
        while k > 0 and self.text[k] in " \t":
            k -= 1
        if k <= 0 or self.text[k] != ":":
            return False
        span = self.doc.char_span(k, k + 1, alignment_mode="expand")
        return span is not None and len(span) == 1 and span[0].i > 0 and self.doc[span[0].i - 1].pos_ == "VERB"

    def colon_source(self, q: Quote):
        """(source, cue) for "Rubio fired back: “…”" and "Carl Bialik: “…”" (the colon as cue), the
        quote on the same line or in the next paragraph ("In a 1963 speech, he declared:\n\n“…”")."""
        k = q.open_at - 1
        while k >= 0 and self.text[k] in " \t\xa0\n" and self.text.count("\n", k, q.open_at) <= 2:
            k -= 1
        if k < 0 or self.text[k] != ":":
            return None
        span = self.doc.char_span(k, k + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        colon = span[0]
        before = [t for t in colon.sent if t.i < colon.i and not t.is_space]
        if not before or self.in_quote(before[0].idx):
            return None
        # a long line only when a verb ends it ("…, the president of the tenants' union, Rosa Delgado, wrote:",
        # "Asked if the deal would be done by the weekend, Holm laughed:")
        if len(before) > 12 and before[-1].pos_ != "VERB":
            return None
        verbs = [t for t in before if t.pos_ == "VERB"]
        if verbs:
            subj = self.subject_of(verbs[-1])
            ok = subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON")
            return (self.make_source(subj), verbs[-1]) if ok else None
        heads = [t for t in before if t.pos_ in ("PROPN", "NOUN") and not (before[0].i <= t.head.i < colon.i)
                 or t.pos_ in ("PROPN", "NOUN") and t.head.i == t.i]
        if len(before) <= 8 and heads:
            return self.make_source(heads[-1]), colon
        return None

    def dash_source(self, q: Quote):
        """(source, dash) for a quote signed after a dash: "“…” — Bernie Sanders", on its line, the
        next or after a blank line (the dash as cue); the name is a capitalised phrase of one to six words
        ending its line or sentence."""
        text = self.text
        k = q.close_at
        while k < len(text) and text[k] in " \t\xa0.,":
            k += 1
        for _ in range(2):  # on its line, the next, or after a blank line
            if k < len(text) and text[k] == "\n":
                k += 1
                while k < len(text) and text[k] in " \t\xa0":
                    k += 1
        if k >= len(text) or text[k] not in "-—–":
            return None
        dash_at = k
        while k < len(text) and text[k] in "-—–":
            k += 1
        start = k
        while start < len(text) and text[start] in " \t\xa0":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        name = text[start:end].rstrip(" .\t\xa0")
        if "," in name:
            name = name[:name.index(",")]
        if not name or start == k and text[dash_at:k] == "-" or len(name.split()) > 6 \
                or not all(w[:1].isupper() for w in name.split()):
            return None  # a dash that goes on with the sentence ("“…” -- and more"), or a hyphen, not a signature
        who = self.doc.char_span(start, start + len(name), alignment_mode="expand")
        dash = self.doc.char_span(dash_at, dash_at + 1, alignment_mode="expand")
        if who is None or dash is None or not len(who) or not len(dash) or who[-1].pos_ != "PROPN":
            return None
        return self.named_source(who), dash[0]

    def _inside_complement(self, cue, q: Quote) -> bool:
        """The quote is part of the cue's complement, which holds words of the reporter too."""
        for c in cue.children:
            if c.dep_ not in ("ccomp", "xcomp", "dobj", "oprd", "acomp") \
                    and not (c.dep_ == "prep" and c.lower_ in FRAME_PREPS and c.i > cue.i):
                continue
            sub = [t for t in c.subtree if t.i != c.i or c.dep_ != "prep"]  # "called for more “flexibility” …"
            if not any(q.open_at <= t.idx < q.close_at for t in sub):
                continue
            outside = [t for t in sub if not (q.open_at <= t.idx < q.close_at) and not t.is_punct
                       and not (t.dep_ == "mark" and t.lower_ == "that")]
            if outside:
                return True
        return False

    def _held_by_another_cue(self, cue, q: Quote) -> bool:
        """Another cue of the quote's sentence holds it inside a complement of the reporter's words:
        "told reporters that the government would not intervene “for now,” but added that …" (the
        nearest cue, "added", is not the one)."""
        sent = cue.sent
        cues = self.cue_positions()
        for i in cues[bisect_left(cues, sent.start): bisect_left(cues, sent.end)]:
            t = self.doc[i]
            if i != cue.i and not (q.open_at <= t.idx < q.close_at) and self._inside_complement(t, q):
                return True
        return False

    def _quote_is_the_clause(self, q: Quote, cue) -> bool:
        """The quote is all that was said: it opens its sentence with the cue after it ("“Nous sommes
        solidaires,” a union leader told the crowd"), or follows the cue's colon."""
        k = q.open_at - 1
        while k >= 0 and self.text[k] in " \t":
            k -= 1
        if k >= 0 and self.text[k] == ":" and cue.idx < q.open_at:
            return True
        if cue.idx < q.close_at:
            return False
        first = self.doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
        if first is None or not len(first):
            return False
        sent = first[0].sent
        return not any(t.idx < q.open_at and not (t.is_punct or t.is_space) for t in sent)

    def _sentence_is_quote(self, q: Quote) -> bool:
        sent = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if sent is None or not len(sent):
            return False
        s = sent[0].sent
        outside = [t for t in s if not (q.open_at <= t.idx < q.close_at) and not t.is_punct and not t.is_space]
        return len(outside) <= 4

    def find_quote_cue(self, q: Quote):
        """A cue verb outside the quote, in the sentence where the quote opens or closes."""
        first = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        last = self.doc.char_span(max(q.start, q.end - 1), q.end, alignment_mode="expand")
        sents = []
        k = q.close_at
        while k < len(self.text) and self.text[k] in " \t":
            k += 1
        # a quote ending in "?" or "!" may end its sentence for the parser: "''… why should voters?'' she
        # said" has its cue in the next one, which opens in lower case
        after = self.doc.char_span(k, k + 1, alignment_mode="expand") \
            if k < len(self.text) and self.text[k].islower() else None
        for tok_span in (first, last, after):
            if tok_span is not None and len(tok_span):
                sent = tok_span[0].sent  # (found by walking the tokens: once)
                if sent not in sents:
                    sents.append(sent)
        best, best_dist = None, 10**9
        cues = self.cue_positions()
        for s in sents:
            for i in cues[bisect_left(cues, s.start): bisect_left(cues, s.end)]:
                t = self.doc[i]
                if q.open_at <= t.idx < q.close_at:
                    continue
                dist = q.open_at - (t.idx + len(t)) if t.idx < q.open_at else t.idx - q.close_at
                if dist < best_dist:
                    best, best_dist = t, dist
        # the cue must sit next to the quote: at most a short speaker phrase between them
        if best is not None and best_dist <= 80:
            return best
        return self._verb_taking_the_quote(q, last)

    def _verb_taking_the_quote(self, q: Quote, last):
        """A verb of no cue list right after the quote whose clause the quote is ("“…,” scoffed the
        treasurer", "“…,” he riffed"): the parse hangs the quoted clause on it."""
        if last is None or not len(last):
            return None
        sent = last[0].sent
        for t in sent:
            if t.idx < q.close_at:
                continue
            if t.idx > q.close_at + 40:
                break
            if t.pos_ == "VERB" and any(c.dep_ in ("ccomp", "parataxis") and q.start <= c.idx < q.end for c in t.children):
                return t
        return None

    # -- 2. indirect speech ---------------------------------------------------------------------
    def indirect(self) -> None:
        threshold = cue_model()[2]
        cands = []
        for i in self.cue_positions():  # the cue tokens, read once: "according (to)" among them
            tok = self.doc[i]
            if tok.lower_ == "according":
                self.according_to(tok)
        for fr in candidate_frames(self.doc, self.quotes):
            prob = cue_probability(fr)
            if prob >= threshold:
                cands.append((fr, prob))
        # outer attributions first: a cue inside another's content is part of what was said
        cands.sort(key=lambda c: (_depth(c[0].cue[0]), c[0].cue[0].i))
        taken: list[tuple[int, int]] = [(st.content.start, st.content.end) for st in self.out]
        for fr, prob in cands:
            tok = fr.cue[0]
            if any(s <= tok.idx < e for s, e in taken):
                continue
            st = self.from_frame(fr, prob)
            if st is not None:
                taken.append((st.content.start, st.content.end))

    def from_frame(self, fr: Frame, prob: float | None = None) -> Statement | None:
        tok = fr.cue[0]
        lemma = tok.lemma_.lower()
        if lemma in self.lex.relay and tok.dep_ in ("amod", "acl", "advcl", "xcomp"):
            return None  # "sources cited by CNN", "citing two officials": a chain, taken with its head
        parenthetical = fr.key.endswith("|par")
        content = self.content_span(frame_content(fr), whole=parenthetical)
        if content is None or len(content.text.split()) < 1 or _ANONYMITY.match(content.text):
            return None
        q = self.in_quote(content.end - 1)
        if q is not None and content.start <= q.open_at and q.end > content.end:
            # the parse ended the sentence inside a quote the content opened: "that the laws “are set…
            # And I think we have to leave it that way.”" runs to the closing mark
            content = self.an.span(content.start, q.close_at)
        q = self.in_quote(content.start)
        quoted = q is not None and q.close_at >= content.end and self.in_quote(tok.idx) is None and "|comp" in fr.key
        if quoted:
            if any(o.content.start < q.close_at and q.open_at < o.content.end for o in self.out):
                return None  # the content is a direct quote, found by the direct pass
            whole = self.quote_content(q)  # one the direct pass did not attribute: all of it
            content = whole if whole.text else content
        fragments = []
        if tok.i in self.used_cues and self._overlaps_quote(content):
            fragments = self._fragments_within(tok, content)
            if fragments is None:
                return None  # the content is a direct quote, found by the direct pass
        subj = self.subject_of(tok, fr.content) if tok.pos_ != "NOUN" else self.holder_of(tok)
        if subj is None or subj.lower_ == "there" or subj.lower_ == "it" and not _referential_it(tok, subj):
            # no one named: "it was reported that …", "the talks are expected to fail"; a noun cue
            # heading its sentence is rather a verb the parser took for a noun ("Trump warns of …")
            if prob is None or prob < SOURCELESS_MIN or tok.i in self.used_cues \
                    or tok.pos_ == "NOUN" and tok.dep_ == "ROOT":
                return None
            subj, source = None, None
        else:
            if subj.lower_ in ("this", "that", "which", "what") or self.in_quote(subj.idx):
                return None
            if subj.pos_ == "PRON" and subj.lower_ not in ("i", "we", "you", "they", "he", "she", "it") \
                    and subj.lower_ not in self.lex.group_pronouns and self.an.actor_of(subj) is None:
                return None
            source = self.make_source(subj, tok)
            if content.start <= source.start < content.end and not parenthetical:
                return None  # the speaker inside what is said: a misparse ("…,'' said X, half joking")
        inner = [qq for qq in self.quotes if content.start <= qq.open_at and qq.close_at <= content.end + 1]
        kind = "direct" if quoted else "mixed" if inner else "indirect"
        last = fr.cue[0]
        for t in fr.cue[1:]:  # the verb with its particle or preposition when they follow it ("called for")
            if t.i == last.i + 1:
                last = t
        cue_span = self.an.tok_span(fr.cue[0], last)
        st = self.add(kind, source, cue_span, content, self.addressee(tok), confidence=prob)
        if fragments:  # the quoted words are part of this content: one mixed statement, not two
            gone = {f.id for f in fragments}
            self.out = [o for o in self.out if o.id not in gone and o.via not in gone]
        self.relay(tok, subj, st)
        return st

    def _fragments_within(self, cue, content: Span) -> list[Statement] | None:
        """For a content that overlaps a quote, whose cue the direct pass has used: the direct pass's
        statements for this cue that it replaces, when they are quoted words inside a content of the
        reporter's own ("called the suspension “arbitrary”", "pledged to oppose it “today, tomorrow,
        forever”", "called her “weak”": all of them within it, and words of it outside quotation marks); none
        when the direct pass gave the cue only quotes elsewhere ("called Trump a “blowhard,” and said
        his remarks were “propaganda”"); None when the content is the direct pass's quote."""
        mine = [o for o in self.out if o.cue is not None and o.cue.start == cue.idx and o.via is None
                and o.content.start < content.end and content.start < o.content.end]
        if not mine:
            return []
        if any(not (content.start <= o.content.start and o.content.end <= content.end + 1) for o in mine):
            return None
        span = self.doc.char_span(content.start, content.end, alignment_mode="expand")
        outside = [t for t in span or () if not (t.is_punct or t.is_space) and self.in_quote(t.idx) is None]
        return mine if outside else None

    def _overlaps_quote(self, content: Span) -> bool:
        return any(q.open_at < content.end and content.start < q.close_at for q in self.quotes)

    def according_to(self, tok) -> None:
        to = self.doc[tok.i + 1]
        pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if not pobj:
            return
        head = tok.head
        while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head is not head:
            head = head.head
        excluded = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in to.subtree}
        toks = [t for t in head.subtree if t.i not in excluded]
        content = self.content_span(toks)
        if content is None:
            return
        source = self.make_source(pobj[0])
        self.add("indirect", source, self.cue_span(tok), content)

    # -- 3. chains ------------------------------------------------------------------------------------
    def relay(self, cue, subj, st: Statement) -> None:
        """"Sources cited by CNN said …": CNN relays the sources; "X reported, citing Y": Y via X."""
        if subj is None:
            return
        quoted = quoted_as_saying(cue)
        relays = [quoted] if quoted is not None else []  # "Putin was quoted by TASS as saying"
        relays += [t for t in subj.subtree if t.lemma_.lower() in self.lex.relay and t.dep_ in ("acl", "amod", "relcl")]
        for t in relays:  # "sources cited by CNN"
            agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agent:
                src = self.make_source(agent[0])
                rel = Statement(id=self.next_id(), kind=st.kind, source=src, cue=self.an.tok_span(t, t),
                                content=st.content, confidence=st.confidence)
                self.out.append(rel)
                self._set_via(st, rel.id)
        near = list(cue.children)
        if cue.dep_ == "ccomp" and cue.head.i > cue.i:  # the inverted parse of "reported, citing …, that"
            near += [c for c in cue.head.children if c.i < cue.head.i]
        for c in cue.children:  # "reported, citing …, that" with "citing" hung on the reported clause
            if c.dep_ == "ccomp" and c.i > cue.i and (aside := cited_aside(cue, c)) is not None:
                near.append(aside)
        for c in near:  # "The Post reported, citing two officials"
            if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in self.lex.relay:
                obj = [g for g in c.children if g.dep_ == "dobj"]
                if obj:
                    src = self.make_source(obj[0])
                    self.out.append(Statement(id=self.next_id(), kind=st.kind, source=src,
                                              cue=self.an.tok_span(c, c), content=st.content, via=st.id,
                                              confidence=st.confidence))

    def _set_via(self, st: Statement, via: str) -> None:
        i = self.out.index(st)
        self.out[i] = replace(st, via=via)

    def continue_quotes(self) -> None:
        """A quote sentence with no cue right after a statement goes on with it: "He said the plan
        was “dead on arrival.” “Nobody wants it.”" (the same source and cue, read as one)."""
        for q in self.loose:
            prev = [st for st in self.out if st.via is None and st.content.end <= q.open_at and st.source is not None
                    and st.cue is not None]
            if not prev:
                continue
            st = max(prev, key=lambda s: s.content.end)
            if st.kind not in CONTINUED_KINDS or self.text.count("\n", st.content.end, q.open_at) > 2:
                continue
            if any(st.content.end <= o.content.start < q.open_at for o in self.out) \
                    or any(st.content.end <= qq.open_at < q.open_at for qq in self.quotes):
                continue
            a = self.doc.char_span(st.content.end - 1, st.content.end, alignment_mode="expand")
            k = q.open_at - 1
            while k > 0 and self.text[k].isspace():
                k -= 1
            b = self.doc.char_span(k, k + 1, alignment_mode="expand")
            if a is None or b is None or not len(a) or not len(b) or a[0].sent.start != b[0].sent.start:
                continue
            self.add("direct", st.source, st.cue, self.an.span(q.start, q.end), confidence=st.confidence)

    def colon_lines(self) -> None:
        """A line opening with a name and a colon, the rest of it what they said: a headline
        ("Sanders: Clinton email story has moved") or a transcript ("JAKE TAPPER: …")."""
        text = self.text
        taken = [(st.content.start, st.content.end) for st in self.out]
        start = 0
        for line in text.split("\n"):
            line_start, start = start, start + len(line) + 1
            k = line.find(":")
            if k <= 0 or k > 60 or len(line[:k].split()) > 5 or line[:k].strip() != line[:k]:
                continue
            rest = line[k + 1:]
            cs = line_start + k + 1 + len(rest) - len(rest.lstrip())
            ce = line_start + len(line.rstrip())
            if len(text[cs:ce].split()) < 3 or any(s < ce and cs < e for s, e in taken):
                continue
            who = self.doc.char_span(line_start, line_start + k, alignment_mode="expand")
            colon = self.doc.char_span(line_start + k, line_start + k + 1, alignment_mode="expand")
            if who is None or colon is None or not len(who) or not len(colon) or colon[0].text != ":":
                continue
            last = who[-1]
            label = who.text.isupper() and all(t.is_alpha or t.text in (".", "-", "'") for t in who)
            if not label and (not (last.pos_ == "PROPN" or last.i in self.an.token_actor) or not who[0].is_alpha
                              or any(t.pos_ in ("VERB", "AUX") for t in who)):
                continue  # "Editor's note: …", "Spoiler no more: …"; a transcript's "STREETING:" is a name
            source = self.named_source(who)
            if source.actor is None and label:
                source = replace(source, actor=self._person_named(who.text))
            content = self.an.span(cs, ce)
            kind = "mixed" if any(cs <= q.open_at < ce for q in self.quotes) else "indirect"
            self.add(kind, source, self.an.tok_span(colon[0], colon[0]), content)
            taken.append((cs, ce))

    def run(self) -> list[Statement]:
        self.direct()
        self.indirect()
        self.colon_lines()
        self.continue_quotes()
        return self.out


def run(an: Analysis) -> Analysis:
    an.statements.extend(_Extractor(an).run())
    return an

