"""PLOVER events: who did what to whom, when and where — coded only where the text supports it.

A trigger is a verb of the event lexicon (``data/events.yaml``): a multi-word verb ("step down", "go
on strike"), a verb with a typed object ("sell weapons", "impose a curfew"), a light verb with an
event noun ("pledging support for Ukraine"), a frame with an infinitive ("refused to release" →
REJECT, "is willing to withdraw" → AGREE) or a verb alone. An event is coded only when its actor
resolves to an actor of the article (a named actor, or a phrase that names a group by its sector:
"German prosecutors", "the Syrian government"); the other party comes from the object, a dative, a
prepositional phrase, or from inside the object phrase ("condemned Iran's decision"). Reciprocal
events (meetings, agreements) list all parties as actors. An event its own actor announces ("X
said it would release …") is X's stated intent: AGREE, REJECT when negated, THREATEN for conflict.
The condition of a threat ("if he refuses …") is the threat's content, not an event. Status, date
(resolved with the clause's tense), place, the statement it is attributed to, a confidence and
PLOVER's cooperation–conflict score are attached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import ADJ, AUX, VERB

from ..analysis import Analysis
from ..lexicon import lexicon
from ..records import Event, EventDate
from . import time as time_stage
from .actors import GENERIC_HEADS, PERSON_HEADS, pair_actors, participant_actor
from .syntax import subject_of, tense_and_status, with_conjuncts

LOCATIVE = {"in", "at", "near", "outside", "inside", "on"}
REPORTED_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
BODY_HEADS = GENERIC_HEADS - PERSON_HEADS  # "the committee", "the council": a body, though unnamed
LOCATED = {"COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}  # material acts whose target may be a place
CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
QUANTITY_HEADS = {"kg", "kilograms", "tons", "tonnes", "worth", "shipment", "consignment", "batch", "million", "billion"}
STATIVE_PASSIVES = {"oppose"}  # "is opposed to": a stance of the subject, not something done to it
ARRIVALS = {"arrive", "deploy", "serve", "participate", "land"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


@dataclass
class _Trigger:
    type: str
    mode: str | None
    token: object  # the verb (or noun) the event hangs on
    head: object  # the clause verb that carries subject, tense and modifiers
    noun: object | None = None  # event noun under a light verb
    demand: bool = False  # a clause with "must" and no event of its own: only a demand of its reporter


@lru_cache(maxsize=4)
def _derived(_key: int) -> tuple[frozenset[str], ...]:
    """Sets built once from the lexicon: attack nouns, every verb lemma the event lexicon knows, the
    verbs of threat, the verbs of saying."""
    lex = lexicon().events
    known = set(lex.get("verbs", {})) | set(lex.get("frames", {})) | set(lex.get("light_verbs", [])) \
        | {k.split()[0] for k in lex.get("phrases", {})} | {k.split("+")[0] for k in lex.get("objects", {})}
    threats = frozenset(k for k, v in lex.get("verbs", {}).items() if v.startswith("THREATEN"))
    speech = frozenset(lexicon().speech | {"announce", "declare", "confirm", "state"})
    # the verb lemma that begins any key ("call for", "hand over+medicine", "launch+attack"): no verb
    # outside this set can be a trigger, so the others are not looked at
    heads = set(lex.get("verbs", {})) | set(lex.get("frames", {})) | set(lex.get("light_verbs", [])) \
        | {re.split(r"[ +]", k, maxsplit=1)[0] for table in ("phrases", "objects") for k in lex.get(table, {})}
    return frozenset(lex.get("attack_nouns", [])), frozenset(known), threats, speech, frozenset(heads)


_TRIGGER_ATTRS = [POS, DEP, LEMMA, LOWER, TAG, HEAD]


def _ids(strings) -> dict[str, numpy.uint64]:
    return {w: numpy.uint64(strings[w]) for w in ("ROOT", "be", "acomp", "aux", "must")}


def _repaired_lemma(lemma: str, tag: str, low: str, known: frozenset[str]) -> str:
    """A verb's lemma, repaired where the small model's lemmatiser errs on a lexicon verb ("staged" ->
    "stag"): an inflected form whose regular stem is a known verb takes that stem (``lemma`` lower-cased)."""
    if lemma in known or not tag.startswith("VB"):
        return lemma
    for cand in (low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-1] if low.endswith("s") else ""):
        if cand and cand in known:
            return cand
    return lemma


# (lemma id, lower id, tag id) -> whether a verb with them is looked at as a possible trigger: its repaired
# lemma begins a lexicon key, or it is a verb of arrival (peacekeeping); per lexicon
_LOOK_AT: dict[tuple, bool] = {}


def _obliged(verb) -> bool:
    """The verb carries "must" ("X must return …"), the mark of a demand when someone else says it."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)


def _subtree_ends(tok):
    """The first and last tokens of ``tok.subtree`` without walking the whole subtree."""
    first = last = tok
    while first.n_lefts:
        first = next(first.lefts)
    while last.n_rights:
        *_, last = last.rights
    return first, last


def _split(code: str) -> tuple[str, str | None]:
    t, _, m = code.partition("/")
    return t, (m or None)


class _Coder:
    def __init__(self, an: Analysis):
        self.an = an
        self.doc = an.doc
        lex = lexicon().events
        self.verbs = lex.get("verbs", {})
        self.objects = lex.get("objects", {})
        self.light = set(lex.get("light_verbs", []))
        self.nouns = lex.get("nouns", {})
        self.reciprocal = set(lex.get("reciprocal", []))
        self.rec_preps = set(lex.get("recipient_preps", []))
        self.scores = lex.get("scores", {})
        self.mode_scores = lex.get("mode_scores", {})
        self.needs_recipient = set(lex.get("needs_recipient", []))
        self.phrases = lex.get("phrases", {})
        self.fallback_preps = set(lex.get("fallback_preps", []))
        self.needs_two = set(lex.get("needs_two_parties", []))
        self.needs_object = set(lex.get("needs_object", []))
        self.frames = lex.get("frames", {})
        self.verbal_attack = set(lex.get("verbal_attack", []))
        self.attack_nouns, self.known, self.threat_lemmas, self.speech, self.trigger_lemmas = _derived(id(lex))
        self.out: list[Event] = []
        self._roots: list | None = None

    # -- triggers ---------------------------------------------------------------------------------
    def _noun_code(self, noun) -> str | None:
        """The event type of an event noun, trying "hunger strike" before "strike"."""
        comp = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        for c in comp:
            for key in (f"{c.lower_} {noun.lower_}", f"{c.lemma_.lower()} {noun.lemma_.lower()}"):
                if key in self.nouns:
                    return self.nouns[key]
        code = self.nouns.get(noun.lower_) or self.nouns.get(noun.lemma_.lower())
        if code and code.startswith("ASSAULT") and any(
                c.dep_ == "amod" and c.lower_ in self.verbal_attack for c in noun.children):
            return "ACCUSE/disapprove"  # "launched a scathing attack on the government": words, not force
        if code is None:  # "a mediation mission", "weapons sales": the modifier names the event
            code = next((self.nouns[c.lower_] for c in comp if c.dep_ == "compound" and c.lower_ in self.nouns), None)
        return code

    def lemma(self, tok) -> str:
        """The token's lemma, repaired where the small model's lemmatiser errs on a lexicon verb
        ("staged" -> "stag"): an inflected form whose regular stem is a known verb takes that stem."""
        return _repaired_lemma(tok.lemma_.lower(), tok.tag_, tok.lower_, self.known)

    def _looked_at(self, lemma_id: int, lower_id: int, tag_id: int) -> bool:
        """Whether a verb can give a trigger here at all (cached per word form): no other verb is made
        a Token (see :meth:`triggers`)."""
        key = (id(self.trigger_lemmas), lemma_id, lower_id, tag_id)
        found = _LOOK_AT.get(key)
        if found is None:
            strings = self.doc.vocab.strings
            lemma = strings[lemma_id].lower()
            found = _repaired_lemma(lemma, strings[tag_id], strings[lower_id], self.known) in self.trigger_lemmas \
                or lemma in ARRIVALS
            if len(_LOOK_AT) > 200_000:
                _LOOK_AT.clear()
            _LOOK_AT[key] = found
        return found

    def _frame_code(self, lemma: str, xcomp) -> str:
        """A frame's code; willingness to use force ("is prepared to impose martial law", "vowed to
        attack") is a threat (CAMEO 13), not an intent to cooperate."""
        code = self.frames[lemma]
        if lemma == "order" and xcomp.pos_ == "VERB":
            # "ordered Menem to appear for questioning", "to hand over $650 million": a demand (CAMEO 10);
            # "ordered the paper to suspend publication": coercion
            inner = self._verb_trigger(xcomp)
            if inner is None or inner.type in COOPERATIVE:
                return "REQUEST"
        if code.startswith("AGREE") and xcomp.pos_ == "VERB":
            inner = self._verb_trigger(xcomp)
            if inner is not None and inner.type in CONFLICT and not (
                    inner.type == "MOBILIZE" and lemma in ("offer", "pledge", "promise")):
                return "THREATEN"  # but "offered to send troops to help" is an offer (CAMEO 03)
        return code

    def _verb_trigger(self, tok) -> _Trigger | None:
        lemma = self.lemma(tok)
        if lemma not in self.trigger_lemmas:
            return None
        # "kidnapped up to 16 advisers": "up" before "to" and a number is no particle
        prts = [c for c in tok.children if c.dep_ == "prt" and not (
            c.lower_ == "up" and c.i + 2 < len(self.doc) and self.doc[c.i + 1].lower_ == "to"
            and self.doc[c.i + 2].like_num)]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        if not objs and any(c.dep_ == "auxpass" for c in tok.children):  # "people evacuated by the U.S."
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
        # "700 kg of medicine", "$50,000 worth of goods": a quantity's "of" object is what is given
        objs += [g for o in objs if o.ent_type_ in ("QUANTITY", "MONEY", "CARDINAL", "PERCENT") or o.lower_ in QUANTITY_HEADS
                 for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        preps = [c for c in tok.children if c.dep_ == "prep"]
        for prt in prts:  # "handed over medicine": a typed object decides before the particle
            for o in objs:
                key = f"{lemma} {prt.lower_}+{o.lemma_.lower()}"
                if key in self.objects:
                    return _Trigger(*_split(self.objects[key]), token=tok, head=tok, noun=o)
        if preps and not prts:  # "withdraw inspectors from Iraq": the typed object before "withdraw from"
            for o in objs:
                key = f"{lemma}+{o.lemma_.lower()}"
                if key in self.objects:
                    return _Trigger(*_split(self.objects[key]), token=tok, head=tok, noun=o)
        # multi-word verbs: "step down", "go on strike", "call for", "remain on alert"
        for prt in prts:
            key = f"{lemma} {prt.lower_}"
            if key in self.phrases:
                return _Trigger(*_split(self.phrases[key]), token=tok, head=tok)
        for prep in preps:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                key = f"{lemma} {prep.lower_} {pobj.lemma_.lower()}"
                if key in self.phrases:
                    return _Trigger(*_split(self.phrases[key]), token=tok, head=tok, noun=pobj)
        for prep in preps:
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children):
                continue  # "called on Sunday for …" is no "call on"
            key = f"{lemma} {prep.lower_}"
            if key in self.phrases:
                return _Trigger(*_split(self.phrases[key]), token=tok, head=tok)
        for c in tok.children:  # a predicative complement: "found X guilty of …"
            if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.pos_ == "ADJ" and f"{lemma}+{c.lower_}" in self.objects:
                return _Trigger(*_split(self.objects[f"{lemma}+{c.lower_}"]), token=tok, head=tok, noun=c)
        if any(p.lower_ != "out" for p in prts):
            return None  # a particle changes the meaning ("call off", "back down") unless listed
        # "carry out": the particle adds nothing; its object decides ("carried out strikes")
        for o in objs:
            for key in (f"{lemma}+{o.lemma_.lower()}", f"{lemma}+{o.lower_}"):
                if key in self.objects:
                    code = self.objects[key]
                    if code.startswith("ASSAULT") and any(c.dep_ == "amod" and c.lower_ in self.verbal_attack
                                                          for c in o.children):
                        code = "ACCUSE/disapprove"  # "launched a scathing attack on": words, not force
                    return _Trigger(*_split(code), token=tok, head=tok, noun=o)
            if lemma in self.light and not prts:
                code = self._noun_code(o)
                if code and self.verbs.get(lemma, "").startswith("REQUEST") and not code.startswith("REQUEST"):
                    # "demanded a meeting", "demanded support from": what is asked for is the content
                    code = "REQUEST/meet" if code.startswith("CONSULT") else "REQUEST"
                if code:
                    return _Trigger(*_split(code), token=o, head=tok, noun=o)
        if prts:
            return None
        xcomp = [c for c in tok.children if c.dep_ == "xcomp"] or [
            # "have sworn to fight" parsed as an adverbial clause: an infinitive right after the frame verb
            c for c in tok.children if c.dep_ == "advcl" and c.i == tok.i + 2 and self.doc[tok.i + 1].lower_ == "to"]
        if lemma in self.frames and xcomp:
            return _Trigger(*_split(self._frame_code(lemma, xcomp[0])), token=tok, head=tok)
        if lemma in self.verbs:
            return _Trigger(*_split(self.verbs[lemma]), token=tok, head=tok)
        return None

    def triggers(self):
        doc = self.doc
        ids = _ids(doc.vocab.strings)
        pos, dep, lemma, lower, tag, rel_head = doc.to_array(_TRIGGER_ATTRS).T
        # verbs (and a main-clause auxiliary other than "be"), and predicative adjectives with a frame
        looked_at = (pos == VERB) | ((pos == AUX) & (dep == ids["ROOT"]) & (lemma != ids["be"])) \
            | ((pos == ADJ) & (dep == ids["acomp"]))
        # the verbs that carry "must" (:func:`_obliged`)
        must = numpy.flatnonzero((lower == ids["must"]) & (dep == ids["aux"]))
        obliged = set((must + rel_head[must].astype(numpy.int64)).tolist())
        at = numpy.flatnonzero(looked_at)
        for i, p, lem, low, tg in zip(at.tolist(), pos[at].tolist(), lemma[at].tolist(), lower[at].tolist(),
                                      tag[at].tolist(), strict=True):
            if p != ADJ and i not in obliged and not self._looked_at(lem, low, tg):
                continue  # no trigger, no arrival, no "must": nothing this verb can give
            tok = doc[i]
            if p != ADJ:
                hit = self._verb_trigger(tok)
                if (hit is None and tok.lemma_.lower() in ARRIVALS or hit is not None and hit.type == "MOBILIZE") \
                        and self._peacekeeping(tok):
                    # "peacekeepers arrived in Bosnia", "deployed 230 troops to Liberia on a peacekeeping
                    # mission": peacekeeping is military protection given (CAMEO 074, PLOVER AID)
                    hit = _Trigger("AID", "peacekeeping", token=tok, head=tok)
                if hit:
                    yield hit
                elif i in obliged:  # "Russia said Sudan must return …": a demand, whatever Sudan must do
                    yield _Trigger("REQUEST", None, token=tok, head=tok, demand=True)
            elif tok.lower_ in self.frames and any(c.dep_ == "xcomp" for c in tok.children):
                # a predicative adjective (the only ones looked at): "is willing to withdraw"
                xcomp = next(c for c in tok.children if c.dep_ == "xcomp")
                yield _Trigger(*_split(self._frame_code(tok.lower_, xcomp)), token=tok, head=tok)

    def _peacekeeping(self, verb) -> bool:
        """The clause's subject or object phrase, or its purpose, names peacekeeping."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "advcl", "xcomp"):
                if any(t.lower_.startswith(("peacekeep", "peace-keep")) for t in c.subtree):
                    return True
        return False

    # -- participants -----------------------------------------------------------------------------
    def actors_of(self, toks) -> list[str]:
        out: list[str] = []
        for t in toks:
            for c in with_conjuncts(t):
                pair = pair_actors(self.an, c)
                if pair:
                    out.extend(a for a in pair if a not in out)
                    continue
                a = participant_actor(self.an, c)
                actor = self.an.actor(a)
                # an anonymous source counts as a party only when it names who it is ("officials")
                if actor is None or (actor.kind == "anonymous" and not actor.sector and not actor.country
                                     and c.lower_ not in BODY_HEADS):
                    continue
                if a not in out:
                    out.append(a)
        return out

    def unidentified_attackers(self, verb, subj) -> list[str]:
        """The unnamed perpetrators of a violent act whose instrument is all the sentence names: "a
        roadside bombing killed one soldier", "were killed in a suicide car bombing", "killed by an
        improvised explosive device". Coded as a group of unidentified attackers (PLOVER sector UAF)
        whose mention is the attack phrase; only for the attack nouns of the lexicon."""
        cands = [subj] if subj is not None and subj.dep_ in ("nsubj", "pobj") else []
        cands += [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
                  for g in c.children if g.dep_ == "pobj"]
        for c in cands:
            if c.lemma_.lower() in self.attack_nouns or c.lower_ in self.attack_nouns:
                made: dict = self.an.__dict__.setdefault("_participants", {})
                actor = made.get("uaf:attackers")
                if actor is None:
                    actor = made["uaf:attackers"] = self.an.new_actor(name="unidentified attackers", kind="group",
                                                                      country=None, sector="UAF")
                left = min([c.i] + [t.left_edge.i for t in c.lefts if t.dep_ != "det"])
                span = self.doc[left: c.i + 1]
                actor.add_mention(span.start_char, span.end_char)
                self.an.link_tokens(span, actor)
                return [actor.id]
        return []

    def _inside(self, tok) -> list:
        """Where the party of an event noun phrase sits: "the Syrian government's decision", "the
        release of Taliban prisoners", "aid to Gaza"."""
        out = []
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and c.i < tok.i:
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in self.rec_preps | {"of", "in"}:
                out += [g for g in c.children if g.dep_ == "pobj"]
        return out

    def others(self, trig: _Trigger) -> list[str]:
        """The other party: object, dative, or a prepositional object of the verb or the event noun;
        inside the object phrase when the object itself is no actor ("condemned Iran's decision")."""
        verb = trig.head
        holders = [verb] + ([trig.noun] if trig.noun is not None else [])
        holders += [c for c in verb.children if c.dep_ == "xcomp"]  # "threatened to attack X"
        direct = []
        for h in holders:
            if h is trig.noun:
                continue
            direct += [c for c in h.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != getattr(trig.noun, "i", -1)]
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in self.rec_preps:
                    direct += [g for g in c.children if g.dep_ == "pobj" and g.i != getattr(trig.noun, "i", -1)]
        if trig.noun is not None:
            if trig.token is not trig.noun and trig.noun.dep_ == "dobj":
                direct.append(trig.noun)  # "expelled two Russian diplomats": the typed object is the party
            direct += self._inside(trig.noun)
            if trig.noun.pos_ == "ADJ":  # "found the regime guilty": who is found so
                direct += [c for c in trig.noun.children if c.dep_ == "nsubj"]
        # "kidnapped up to 16 advisers", parsed with "up" as a particle that holds "to 16 advisers"
        direct += [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for p in c.children
                   if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        if trig.type == "REQUEST":  # "demanded that Peru release …": Peru is asked
            direct += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        found = self.actors_of(direct)
        if not found:
            inner = [g for d in direct for g in self._inside(d)]
            found = self.actors_of(inner)
        located = trig.type in LOCATED or f"{trig.type}/{trig.mode}" in self.needs_recipient \
            or trig.type in self.needs_recipient
        if not found and located and (trig.type not in self.reciprocal or trig.mode == "visit"):
            # "arrived in Amman on a visit": the place visited stands for its host country
            loc = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in self.fallback_preps
                   for g in c.children if g.dep_ == "pobj"]
            found = self.actors_of(loc)
        if not found and located and trig.type not in self.reciprocal:
            # deeper in the verb phrase: "provided $2 million in assistance to Fiji"
            found = self.actors_of(self._nominal_subtree(verb, skip={getattr(trig.noun, "i", -1)}))
        if not found and trig.type == "AID":
            # the aid's purpose names who gets it: "donated ventilators to assist Ethiopia", "gave 352
            # million euros to promote development in Ethiopia"
            purposes = list(verb.children) + [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
            for c in purposes:
                if c.dep_ in ("advcl", "xcomp", "acl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                    found = self.actors_of([g for g in c.children if g.dep_ == "dobj"]) \
                        or self.actors_of(self._nominal_subtree(c, skip=set()))
                    if found:
                        break
        return found

    def _nominal_subtree(self, verb, skip) -> list:
        out, todo = [], [c for c in verb.children if c.dep_ in ("dobj", "prep", "dative", "npadvmod", "attr")]
        while todo and len(out) < 40:
            t = todo.pop(0)
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos") or t.pos_ == "VERB":
                continue
            if t.dep_ == "prep" and t.lower_ not in self.rec_preps | self.fallback_preps:
                continue
            if t.pos_ in ("NOUN", "PROPN") and t.i not in skip:
                out.append(t)
            todo.extend(c for c in t.children if c.dep_ in ("prep", "pobj", "compound", "poss", "dobj"))
        return out

    def _reporting_verb(self, verb):
        """The speech verb whose complement holds this clause ("said (that) it would …"), or None."""
        t = verb.head if verb.dep_ == "acomp" else verb  # "says it is willing to …"
        for _ in range(3):
            if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
                return None
            t = t.head
            if t.lemma_.lower() in self.frames:
                return None  # "threatened to call …": the frame is the event
            if t.lemma_.lower() in self.speech:
                return t
        return None

    def reporter_of(self, verb) -> list[str]:
        rv = self._reporting_verb(verb)
        if rv is None:
            return []
        subj = subject_of(rv)
        return self.actors_of([subj]) if subj is not None else []

    def announced_intent(self, verb, trig, actors, status) -> str | None:
        """AGREE, REJECT or THREATEN for an event its own actor says it will (not) carry out."""
        if status not in ("future", "negated", "hypothetical") or trig.type in ("AGREE", "REJECT", "THREATEN"):
            return None
        rv = self._reporting_verb(verb)
        if rv is None:
            return None
        subj = subject_of(rv)
        speakers = self.actors_of([subj]) if subj is not None else []
        if not speakers or not set(speakers) & set(actors):
            return None
        cooperative = trig.type in COOPERATIVE
        if status == "future" and any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless"
                                                                  for g in c.children) for c in verb.children):
            return "THREATEN"  # "will withdraw its force unless …": a conditional act is a threat
        if status == "negated":
            return "REJECT" if cooperative else None
        if not any(c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children) and status != "future":
            return None
        return "AGREE" if cooperative else "THREATEN"

    def in_condition_of_threat(self, verb) -> bool:
        t = verb
        for _ in range(6):
            if t.dep_ == "ROOT" or t.head.i == t.i:
                return False
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
                return t.head.lemma_.lower() in self.threat_lemmas
            t = t.head
        return False

    # -- attributes -------------------------------------------------------------------------------
    def date_for(self, trig: _Trigger, tense: str) -> EventDate:
        pub = self.an.article.published
        first, last = _subtree_ends(trig.head)
        lo, hi = first.idx, last.idx + len(last)
        in_clause = [d for d in self.an.dates if lo <= d.start and d.end <= hi]
        if in_clause:
            d = min(in_clause, key=lambda d: abs(d.start - trig.token.idx))
            value, precision = time_stage.resolve(d.text, d.kind, pub, tense)
            if value:
                return EventDate(value=value, text=d.text, precision=precision, start=d.start, end=d.end)
        return EventDate(value=pub, text=None, precision="day" if pub else None, basis="published")

    def location_for(self, trig: _Trigger):
        """The place a locative phrase of the event's own clause names ("meet … in Anchorage, Alaska")."""
        holders = {trig.head.i} | ({trig.noun.i} if trig.noun is not None else set())
        holders |= {c.i for c in trig.head.children if c.dep_ in ("dobj", "npadvmod")}
        best = None
        for p, root in self._place_roots():
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and root.head.head.i in holders:
                if best is None or abs(p.start - trig.token.idx) < abs(best.start - trig.token.idx):
                    best = p
        return best.location() if best else None

    def _place_roots(self) -> list:
        """Each place with the token that attaches it (its first word when that is a preposition's
        object, else its phrase's root); built once per article."""
        if self._roots is None:
            self._roots = []
            for p in self.an.places:
                span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
                if span is not None:
                    self._roots.append((p, span[0] if span[0].dep_ == "pobj" else span.root))
        return self._roots

    def attributed(self, char: int) -> str | None:
        best = None
        for st in self.an.statements:
            if st.content.start <= char < st.content.end and (
                    best is None or st.content.end - st.content.start < best.content.end - best.content.start):
                best = st
        return best.id if best else None

    # -- main -------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        seen: set[tuple] = set()
        for trig in self.triggers():
            verb = trig.head
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            subj = subject_of(verb)
            if subj is None:
                subj = self._culprit(verb)  # "both sides are guilty of violating the ceasefire"
            if subj is None and passive and self.lemma(verb) in STATIVE_PASSIVES \
                    and not any(c.dep_ == "agent" for c in verb.children):
                subj = next(c for c in verb.children if c.dep_ == "nsubjpass")  # "Israel is opposed to …"
                passive = False
            actors = self.actors_of([subj]) if subj is not None else []
            if not actors and subj is not None and subj.lower_ in REPORTED_PRONOUNS:
                actors = self.reporter_of(verb)  # "Farc has said it will release …"
            if not actors and passive and trig.type in LOCATED:
                # "was arrested in Rwanda": with no agent, the authorities of the place act (PLOVER GSR)
                actors = self.actors_of([g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                                         for g in c.children if g.dep_ == "pobj"])
            if _obliged(verb) and actors and subj is not None and subj.lower_ not in REPORTED_PRONOUNS:
                # "Russia said Sudan must return the helicopter": Russia demands it of Sudan (CAMEO 10)
                speakers = [a for a in self.reporter_of(verb) if a not in actors]
                if speakers:
                    trig = _Trigger("REQUEST", None, trig.token, trig.head, trig.noun)
                    actors, subj = speakers, None
                    self._demanded = self.actors_of([subject_of(verb)])
            if trig.demand:
                continue
            if not actors and trig.mode == "peacekeeping" and subj is not None:
                # "the first deployment of NATO peacekeeping troops": who sends them, inside the subject
                actors = self.actors_of([t for t in subj.subtree if t.pos_ in ("PROPN", "NOUN") and t.i != subj.i])[:1]
            if not actors and trig.type == "ASSAULT":
                actors = self.unidentified_attackers(verb, subj)  # "a roadside bombing killed …"
            if not actors:
                continue  # an event with no identifiable actor is not coded
            others = [o for o in self.others(trig) if o not in actors]
            if trig.type == "REQUEST" and getattr(self, "_demanded", None):
                others, self._demanded = self._demanded, None
            if passive:
                patient = self.actors_of([c for c in verb.children if c.dep_ == "nsubjpass"])
                others = patient + [o for o in others if o not in patient]
            framed = any(c.dep_ == "xcomp" for c in verb.children) and self.lemma(trig.token) in self.frames
            if trig.type in self.reciprocal and trig.noun is None and not passive and not framed:
                actors, recipients = actors + others, []
            else:
                recipients = others
            code = f"{trig.type}/{trig.mode}" if trig.mode else trig.type
            tense, status = tense_and_status(verb)
            # "will not accept any more refugees": a refusal needs no recipient
            refusal = status == "negated" and trig.type in COOPERATIVE and self._refusal(verb, trig)
            if (trig.type in self.needs_recipient or code in self.needs_recipient) and not recipients \
                    and len(actors) < 2 and not refusal:
                continue
            if code in self.needs_two and len(actors) < 2 and not recipients and not refusal:
                continue
            if self.lemma(trig.token) in self.needs_object and trig.noun is None and not recipients \
                    and len(actors) < 2 and not any(c.dep_ == "prt" for c in verb.children):  # "called off"
                continue
            if self.in_condition_of_threat(verb):
                continue  # "warned Putin of consequences if he refuses": the condition is the threat's content
            if trig.type == "THREATEN" and status == "conditional":
                status = "asserted"  # the if-clause is the content of the threat, not a condition on it
            intent = self.announced_intent(verb, trig, actors, status)
            if intent is not None:  # "X said it would release …" is X's stated intent (CAMEO 03/12/13)
                trig = _Trigger(intent, None, trig.token, trig.head, trig.noun)
                status = "asserted"
            if intent is None and status == "negated" and trig.type in COOPERATIVE and self._refusal(verb, trig):
                # "will not accept any refugees", "would not meet the demands": a refusal (CAMEO 12)
                trig = _Trigger("REJECT", None, trig.token, trig.head, trig.noun)
                status = "asserted"
            if intent is None and status == "future" and trig.type in COOPERATIVE and trig.type != "AGREE" \
                    and self._announced(verb, actors):
                # "Finland will give Tanzania a grant", "X will visit Y": the announcement of a cooperative
                # act is itself an event, intent to cooperate (CAMEO 03, PLOVER AGREE); the act stays, future
                self._emit(_Trigger("AGREE", None, trig.token, trig.head, trig.noun), actors, recipients,
                           "asserted", tense, seen, bonus=0.05)
            elif intent is None and status == "future" and trig.type in CONFLICT and self._announced(verb, actors):
                # "Annan will withdraw the inspectors", "plans to impose restrictions": an announced
                # coercive act is a threat (CAMEO 13); the act stays, future
                self._emit(_Trigger("THREATEN", None, trig.token, trig.head, trig.noun), actors, recipients,
                           "asserted", tense, seen, bonus=0.05)
            self._emit(trig, actors, recipients, status, tense, seen)
        return self._frame_parties()

    def _frame_parties(self) -> list[Event]:
        """A frame event ("refused to deploy peacekeepers in Iraq") is about the parties of the act it
        frames: the embedded event's recipients join the frame's, for the same actors."""
        by_start = {e.trigger.start: e for e in self.out}
        out = []
        for e in self.out:
            tok = self.an.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            inner = None
            if tok is not None and e.type in ("REJECT", "AGREE", "THREATEN"):
                inner = next((by_start.get(c.idx) for c in tok[0].children if c.dep_ == "xcomp"), None)
            if inner is not None and inner is not e and set(inner.actor) == set(e.actor):
                extra = tuple(r for r in inner.recipient if r not in e.recipient and r not in e.actor)
                if extra:
                    e = replace(e, recipient=e.recipient + extra)
            out.append(e)
        self.out = out
        return out

    @staticmethod
    def _culprit(verb):
        """The subject of "X is guilty of (doing)": the one who did it."""
        p = verb.head if verb.dep_ == "pcomp" else None
        if p is None or p.lower_ != "of" or p.head.lower_ not in ("guilty", "responsible", "culpable"):
            return None
        adj = p.head
        holder = adj.head if adj.dep_ in ("acomp", "oprd") else adj
        return next((c for c in holder.children if c.dep_ in ("nsubj",)), None)

    def _refusal(self, verb, trig) -> bool:
        """A negated cooperative act that its actor declines: "not" with "will", "would" or "can" on
        the verb, or any negated agreement ("did not accept")."""
        if trig.type == "AGREE" and any(c.dep_ == "neg" for c in verb.children):
            return True
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "can", "ca", "could", "shall")
                   for c in verb.children) and any(c.dep_ == "neg" for c in verb.children)

    def _announced(self, verb, actors) -> bool:
        """The clause says its actor will act: "will" or "shall" on the verb itself (or on the verb
        of its light-verb phrase), not a modal of possibility or an expectation of others."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("plan", "intend"):
            return True  # "plans to impose restrictions"
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
            return False
        # "analysts say Russia will attack": a forecast by another party is no announcement
        speakers = [self.an.actor(a) for a in self.reporter_of(verb)]
        own = {getattr(self.an.actor(a), "country", None) for a in actors} - {None}
        if not speakers or not own or any(sp.id in actors or not sp.country for sp in speakers):
            return True
        return any(sp.country in own for sp in speakers)

    def _emit(self, trig, actors, recipients, status, tense, seen, bonus=0.0) -> None:
        verb = trig.head
        sent = verb.sent
        code = f"{trig.type}/{trig.mode}" if trig.mode else trig.type
        key = (trig.type, tuple(sorted(actors)), tuple(sorted(recipients)), sent.start)
        if key in seen:
            return
        seen.add(key)
        trig_tok = trig.token
        evidence = self.an.span(sent.start_char, sent.end_char)
        while evidence.text and evidence.text[-1].isspace():
            evidence = self.an.span(evidence.start, evidence.end - 1)
        confidence = 0.6 + (0.15 if recipients or len(actors) > 1 else 0) + (0.1 if trig.noun is None else 0)
        if status in ("hypothetical", "conditional"):
            confidence -= 0.15
        confidence += bonus
        self.out.append(Event(
            id=f"e{len(self.out) + 1}", type=trig.type, mode=trig.mode, actor=tuple(actors),
            recipient=tuple(recipients), status=status, date=self.date_for(trig, tense),
            location=self.location_for(trig), attributed_to=self.attributed(trig_tok.idx),
            trigger=self.an.tok_span(trig_tok, trig_tok), evidence=evidence,
            confidence=round(min(confidence, 0.95), 2),
            score=float(self.mode_scores.get(code, self.scores.get(trig.type, 0))),
        ))


def run(an: Analysis) -> Analysis:
    an.events.extend(_Coder(an).run())
    return an
