"""Triggers: the verbs, event nouns under light verbs, multi-word verbs and frames that can give an event."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import ADJ, AUX, VERB

from ..syntax import stranded_object
from .agreement_content import named_by_content
from .lexicon import (
    ARRIVALS,
    COLLECTION_HEADS,
    CONFLICT,
    COOPERATIVE,
    QUANTITY_HEADS,
    TRAVEL,
    _split,
    _Trigger,
)

_TRIGGER_ATTRS = [POS, DEP, LEMMA, LOWER, TAG, HEAD]

#: nouns of asking that ask only with what or whom they ask ("pressure on China to rein in …", "a proposal to
#: close the base", "proposals for talks")
PRESSING_NOUNS = frozenset({"pressure", "proposal"})
#: prepositions written two ways; the lexicon lists one ("call upon" is "call on")
PREP_FORMS = {"upon": "on", "unto": "to", "towards": "toward"}


def _protesters(verb, heads: frozenset[str]) -> bool:
    """The verb's subject names protesters ("hundreds of anti-war protesters", "demonstrators")."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        words = [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if any(w.lemma_.lower() in heads or w.lower_ in heads for w in words):
            return True
    return False


def _asks(noun) -> bool:
    """A noun of calling used to ask: "calls for talks", "a call to withdraw", "calls on Peru"."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].pos_ == "VERB":
        return True  # "calls to ban all Muslims", however the parser hangs the infinitive
    return any((c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")) or (
        c.dep_ in ("acl", "relcl", "ccomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in noun.children)


def trip_destinations(verb, preps) -> list:
    """Where a verb of travel goes: the objects of its destination prepositions, also where the parse hangs
    them on the place left ("departs the UK for Germany", "for Germany" under "the UK")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "GPE"]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _ids(strings) -> dict[str, numpy.uint64]:
    return {w: numpy.uint64(strings[w]) for w in ("ROOT", "be", "acomp", "aux", "must", "should")}


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
    """The verb carries "must" or "should" ("X must return …", "Y should leave"), the mark of a demand when
    someone else says it."""
    kids = list(verb.children)
    subj = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    # "threats should China not accede": "should" before its subject is "if", no demand
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") and not any(i > c.i for i in subj) for c in kids)



#: adjectives of wanting: a frame only with an act to want ("eager to get their attention": nothing);
#: "willing/ready to send more resources" is an offer whatever is sent
DESIRE_ADJECTIVES = frozenset({"eager", "keen", "anxious", "happy"})
#: verbs of endorsing: with a hostile measure as object they advocate it ("supporting a ban on Syrian refugees")
ENDORSING = frozenset({"back", "support", "endorse", "champion", "favor", "favour"})
#: verbs of trying: with an infinitive an attempt, no request ("seek to play down", not "seek talks")
ATTEMPTS = frozenset({"seek", "strive", "endeavour", "endeavor"})


#: verbs whose object is the one addressed: a participle right after one describes that one ("told
#: visiting officials"), whatever the parse makes of it
ADDRESSING = frozenset({"tell", "inform", "warn", "brief", "assure", "remind", "urge", "thank", "greet", "welcome"})


#: verbs of easing, whose decision concedes ("decided to ease curfew hours", "decided to lift sanctions")
EASING = frozenset({"ease", "lift", "relax", "loosen", "release", "free", "withdraw", "drop", "end", "suspend",
                    "halt", "scrap", "cancel", "lower", "reduce", "pardon", "allow", "permit", "let"})


class Triggers:
    """Finding triggers (a part of :class:`~.coder.Coder`)."""

    def _worded(self, code: str, obj) -> str:
        """An attack its object calls verbal is words, not force ("launched a scathing attack on", also with
        a time phrase on the verb: "launched on Sunday a scathing attack")."""
        if code.startswith("ASSAULT") and any(c.dep_ == "amod" and c.lower_ in self.verbal_attack
                                              for c in obj.children):
            return "ACCUSE/disapprove"
        return code

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
        if code and not self.material_noun_ok(noun):
            return None  # "SUV sales", "rear suspension", "the release of classified material" (material.py)
        if code and code.startswith("REQUEST") and noun.lemma_.lower() in PRESSING_NOUNS and not _asks(noun):
            return None  # "under pressure", "inflationary pressure", "the proposal was shelved": no one asked
        if code and code.startswith("REQUEST") and noun.lemma_.lower() == "call" and not _asks(noun):
            # "Trump's July 25 call with Zelenskiy": a phone call; a call asks only "for" something or "to" act
            return "CONSULT/phone" if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children) \
                else None
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
                    inner.type == "MOBILIZE" and lemma in ("offer", "pledge", "promise")) \
                    and not self._wants_its_object(inner, xcomp):
                return "THREATEN"  # but "offered to send troops to help" is an offer (CAMEO 03)
            if inner is not None and inner.type == "REJECT":
                return "REJECT"  # "vowed to ignore the ruling", "pledged to veto the bill": a rejection announced
        return code

    def _wants_its_object(self, inner: _Trigger, verb) -> bool:
        """An act coded only with another party ("withdraw" an envoy: SANCTION) used with none: "eager to
        withdraw" pulls one's own forces out, it threatens no one."""
        code = f"{inner.type}/{inner.mode}" if inner.mode else inner.type
        return (inner.type in self.needs_recipient or code in self.needs_recipient) and not any(
            c.dep_ in ("dobj", "dative", "prep") for c in verb.children)

    def _verb_trigger(self, tok) -> _Trigger | None:
        lemma = self.lemma(tok)
        material = self.material_trigger(tok, lemma)  # "ordered 300 troops to Cameroon" (material.py)
        if material is not None:
            return material
        if lemma not in self.trigger_lemmas:
            return None
        if lemma in ("visit", "host") and tok.tag_ == "VBG" and (tok.dep_ == "amod" or (
                tok.dep_ == "xcomp" and tok.i == tok.head.i + 1 and tok.head.lemma_.lower() in ADDRESSING)):
            return None  # "told visiting Ukraine officials": who they are, no visit told with its parties
        # "kidnapped up to 16 advisers": "up" before "to" and a number is no particle
        prts = [c for c in tok.children if c.dep_ == "prt" and not (
            c.lower_ == "up" and c.i + 2 < len(self.doc) and self.doc[c.i + 1].lower_ == "to"
            and self.doc[c.i + 2].like_num) or (  # "pushed back against", "back" read as an adverb
            c.dep_ == "advmod" and c.i == tok.i + 1 and (f"{lemma} {c.lower_}" in self.figurative or any(
                o.dep_ == "dobj" and f"{lemma} {c.lower_}+{o.lemma_.lower()}" in self.objects for o in tok.children)))]
        # ("take back his words", "back" read as an adverb: the listed object decides)
        objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        # "the text messages Volker provided": the messages are what was provided (for the verb's sense only)
        antecedent = [tok.head] if not objs and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "nsubjpass" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children) else []
        if not objs and not antecedent and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
            antecedent = [tok.head]  # "the interests shared by Ukraine and the U.S.": the interests are shared
        # "a series of text messages Volker provided": the messages, not the series
        antecedent = [g for a in antecedent for g in (
            [g for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if a.lower_ in COLLECTION_HEADS else [a])] or antecedent
        if not objs and any(c.dep_ == "auxpass" for c in tok.children):  # "people evacuated by the U.S."
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
        # "700 kg of medicine", "$50,000 worth of goods": a quantity's "of" object is what is given
        counted = [g for o in objs if o.ent_type_ in ("QUANTITY", "MONEY", "CARDINAL", "PERCENT") or o.lower_ in QUANTITY_HEADS
                   for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        counting = {g.head.head.i for g in counted}
        objs += counted
        preps = [c for c in tok.children if c.dep_ == "prep"]
        named = self.naming_trigger(tok, lemma)  # "calls Clinton unqualified"; "called it a success": none
        if named is not None:
            return named or None
        if lemma in self.transitive_only and not objs and any(
                c.dep_ == "prep" and c.lower_ in ("to", "home", "from") or c.dep_ == "advmod" and c.lower_ in ("home", "back")
                for c in tok.children) \
                and not any(c.dep_ in ("nsubjpass", "dative", "npadvmod") for c in tok.children):
            return None  # "would not return to the front line": going back, not handing back
        if lemma in self.intransitive_only and (objs or antecedent):
            return None  # "demonstrated a willingness to …", "tried to rally right-wing support"
        if lemma in ATTEMPTS and not objs and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                           for g in c.children) for c in tok.children):
            return None  # "will seek to play down the friction": an attempt, nothing sought of anyone
        sense = self.object_senses.get(lemma)
        if sense is not None and not any(o.lemma_.lower() in sense or o.lower_ in sense for o in objs + antecedent):
            return None  # "attend a lecture", "searching for shelter": not the event's sense of the verb
        unsense = self.object_not.get(lemma)
        # "the benefits that Mexico provides": the relative pronoun stands for the noun it follows
        given = [tok.head if o.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else o for o in objs
                 if o.i not in counting] + antecedent  # ("thousands of cables": the cables)
        if unsense and given and all(o.lemma_.lower() in unsense or o.lower_ in unsense for o in given):
            return None  # "released two videos", "executed a search warrant"
        for prt in prts:  # "handed over medicine": a typed object decides before the particle
            for o in objs:
                key = f"{lemma} {prt.lower_}+{o.lemma_.lower()}"
                if key in self.objects:
                    return _Trigger(*_split(self.objects[key]), token=tok, head=tok, noun=o)
        if preps and not prts:  # "withdraw inspectors from Iraq": the typed object before "withdraw from"
            for o in objs:
                key = f"{lemma}+{o.lemma_.lower()}"
                if key in self.objects:
                    return _Trigger(*_split(self._worded(self.objects[key], o)), token=tok, head=tok, noun=o,
                                    figurative=key in self.figurative)
        # "stepped up airstrikes", "ramped up pressure": an intensifying particle verb passes its object's
        # event on, as a light verb does
        if any(p.lower_ == "up" for p in prts) and lemma in self.light | {"ramp", "beef", "scale"}:
            for o in objs:
                code = self._noun_code(o)
                if code:
                    return _Trigger(*_split(code), token=o, head=tok, noun=o)
        # "calling for the United States to step up …": "for" marks the clause asked for
        if f"{lemma} for" in self.phrases and not prts and any(
                c.dep_ in ("ccomp", "advcl", "xcomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                for c in tok.children):
            return _Trigger(*_split(self.phrases[f"{lemma} for"]), token=tok, head=tok, phrasal=True)
        # multi-word verbs: "step down", "go on strike", "call for", "remain on alert"; a particle verb with its
        # preposition before the particle alone ("stand up to Trump" defies him)
        for prt in prts:
            for prep in preps:
                key = f"{lemma} {prt.lower_} {prep.lower_}"
                if key in self.phrases and any(g.dep_ == "pobj" or stranded_object(g) for g in prep.children):
                    return _Trigger(*_split(self.phrases[key]), token=tok, head=tok, phrasal=True)
        for prt in prts:
            key = f"{lemma} {prt.lower_}"
            if key in self.figurative and objs:
                continue  # "pushed back the vote": postponed, no rebuttal
            if key in self.phrases:
                return _Trigger(*_split(self.phrases[key]), token=tok, head=tok, figurative=key in self.figurative)
        for prep in preps:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                key = f"{lemma} {prep.lower_} {pobj.lemma_.lower()}"
                if key in self.phrases:
                    return _Trigger(*_split(self.phrases[key]), token=tok, head=tok, noun=pobj)
        for prep in preps:
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children):
                continue  # "called on Sunday for …" is no "call on"
            if not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
                continue  # "has stood idly by": a stranded preposition, no "stand by" someone
            key = f"{lemma} {prep.lower_}"
            if key not in self.phrases:  # "called upon" is "called on" unless listed itself ("agree upon")
                key = f"{lemma} {PREP_FORMS.get(prep.lower_, prep.lower_)}"
            if key in self.phrases:  # "called for a ban": the phrase's own object, whatever it is
                return _Trigger(*_split(self.phrases[key]), token=tok, head=tok, phrasal=True,
                                figurative=key in self.figurative)
        # a predicative complement: "found X guilty of …"; one the parse hangs on the object after it ("held
        # Bolivia responsible for …": "responsible" an amod of "Bolivia")
        for c in list(tok.children) + [a for o in objs for a in o.children if a.dep_ == "amod" and a.i > o.i]:
            if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "amod") and c.pos_ == "ADJ" \
                    and f"{lemma}+{c.lower_}" in self.objects:
                return _Trigger(*_split(self.objects[f"{lemma}+{c.lower_}"]), token=tok, head=tok, noun=c)
        if any(p.lower_ != "out" for p in prts):
            return None  # a particle changes the meaning ("call off", "back down") unless listed
        # "carry out": the particle adds nothing; its object decides ("carried out strikes"); a passive
        # participle's noun is its object ("a call echoed by Japan", "a case filed by the Philippines")
        if not objs and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            objs = [o for o in antecedent if f"{lemma}+{o.lemma_.lower()}" in self.objects]
        for o in objs or (antecedent if tok.dep_ == "acl" else []):
            for key in named_by_content(lemma, o) + [f"{lemma}+{o.lemma_.lower()}", f"{lemma}+{o.lower_}"]:
                if key in self.objects:
                    return _Trigger(*_split(self._worded(self.objects[key], o)), token=tok, head=tok, noun=o)
            if lemma in self.light:  # no particle but "out" here: "carried out his attack"
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
        if not xcomp and self.frames.get(lemma, "").startswith("REQUEST"):
            # "lobbying Asian countries to back the ruling", the infinitive hung on the verb: the object is asked
            xcomp = [c for c in tok.children if c.dep_ == "advcl" and self.doc[c.i - 1].lower_ == "to"
                     and self.doc[c.i - 1].head.i == c.i and any(o.dep_ == "dobj" and tok.i < o.i < c.i for o in tok.children)]
        if xcomp and self.frames.get(lemma, "").startswith("REQUEST") and not any(
                g.dep_ == "aux" and g.lower_ == "to" for g in xcomp[0].children):
            xcomp = []  # "encourages taking up a side job": a gerund, no one asked
        if lemma == "fail" and xcomp and not self._cooperative_act(xcomp[0]):
            xcomp = []  # "tried to save him but failed to do so": no refusal; "failed to reach agreement" is
        if lemma == "decide" and xcomp and xcomp[0].lemma_.lower() not in EASING and (
                (inner := self._verb_trigger(xcomp[0])) is None or inner.type not in ("CONCEDE", "RETREAT")):
            xcomp = []  # "decided to ease curfew hours" concedes; "decided to reopen the investigation" does not
        if lemma in self.frames and xcomp:
            return _Trigger(*_split(self._frame_code(lemma, xcomp[0])), token=tok, head=tok)
        if lemma in ENDORSING and any((self._noun_code(o) or "").split("/")[0] in CONFLICT for o in objs):
            # "backing a ban on refugees", "supported airstrikes": advocating a measure against someone asks for
            # it (REQUEST); its target is not backed (and not asked: see Arguments.others)
            return _Trigger("REQUEST", None, token=tok, head=tok, phrasal=True)
        if lemma in self.verbs:
            code = self.verbs[lemma]
            noun = self._attack_suffered_in(tok) if code.startswith("ASSAULT") else None
            if noun is not None:  # "were killed in a bomb attack": the attack is the event, the noun its trigger
                return _Trigger(*_split(self._noun_code(noun) or code), token=noun, head=tok, noun=noun)
            return _Trigger(*_split(code), token=tok, head=tok)
        if lemma in self.gathering and _protesters(tok, self.protest_heads):
            return _Trigger("PROTEST", "demo", token=tok, head=tok)  # "hundreds of protesters gathered outside"
        return None

    def _cooperative_act(self, verb) -> bool:
        """``verb`` (or the event noun it takes as object) names a cooperative act: "agree", "reach
        agreement", "approve"."""
        if self.verbs.get(self.lemma(verb), "").split("/")[0] in COOPERATIVE:
            return True
        return any(o.dep_ == "dobj" and (self._noun_code(o) or "").split("/")[0] in COOPERATIVE
                   for o in verb.children)

    def triggers(self):
        doc = self.doc
        ids = _ids(doc.vocab.strings)
        pos, dep, lemma, lower, tag, rel_head = doc.to_array(_TRIGGER_ATTRS).T
        # verbs (and a main-clause auxiliary other than "be"), and predicative adjectives with a frame
        looked_at = (pos == VERB) | ((pos == AUX) & (dep == ids["ROOT"]) & (lemma != ids["be"])) \
            | ((pos == ADJ) & (dep == ids["acomp"]))
        # the verbs that carry "must" (:func:`_obliged`)
        must = numpy.flatnonzero(((lower == ids["must"]) | (lower == ids["should"])) & (dep == ids["aux"]))
        obliged = {h for h in (must + rel_head[must].astype(numpy.int64)).tolist() if _obliged(doc[h])}
        # "Japan should be careful": a demand on a copula too
        looked_at = looked_at | numpy.isin(numpy.arange(len(pos)), list(obliged)) & (pos == AUX)
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
                if hit is None and self._trip(tok):  # "Trump arrives in Israel later this month"
                    hit = _Trigger("CONSULT", "visit", token=tok, head=tok)
                if hit:
                    yield hit
                elif i in obliged:  # "Russia said Sudan must return …": a demand, whatever Sudan must do
                    yield _Trigger("REQUEST", None, token=tok, head=tok, demand=True)
            elif tok.lower_ in self.frames and any(c.dep_ == "xcomp" for c in tok.children):
                # a predicative adjective (the only ones looked at): "is willing to withdraw"
                xcomp = next(c for c in tok.children if c.dep_ == "xcomp")
                code = self._frame_code(tok.lower_, xcomp)
                if tok.lower_ in DESIRE_ADJECTIVES and self._verb_trigger(xcomp) is None:
                    continue  # "is eager to get their attention", "ready to go": readiness for no act
                yield _Trigger(*_split(code), token=tok, head=tok)
            else:  # a predicative adjective with its preposition: "was critical of the plan"
                key = next((k for c in tok.children if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)
                            and (k := f"{tok.lower_} {c.lower_}") in self.phrases), None)
                if key is not None:
                    yield _Trigger(*_split(self.phrases[key]), token=tok, head=tok)

    def _attack_suffered_in(self, verb):
        """The attack noun a passive verb of harm happened in ("nine people were killed and 21 were wounded
        in a terrorist attack"): the verb tells what the attack did, the noun is the occurrence a reader
        counts (the coders' trigger), also with an agent ("were hit by France in airstrikes": France's
        airstrikes). None when the verb is active."""
        kids = list(verb.children)
        if not any(c.dep_ == "auxpass" for c in kids):
            return None
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.lower_ in self.attack_nouns or g.lemma_.lower() in self.attack_nouns) \
                            and (self._noun_code(g) or "").startswith("ASSAULT"):
                        return g
        return None

    def _trip(self, verb) -> bool:
        """A verb of travel with a named place as its destination ("arrives in Israel", "flew to Lima"); who
        travels is checked by the coder (a political figure, not a tourist)."""
        preps = TRAVEL.get(verb.lemma_.lower())
        return bool(preps) and any(g.ent_type_ == "GPE" for g in trip_destinations(verb, preps))

    def _peacekeeping(self, verb) -> bool:
        """The clause's subject or object phrase, or its purpose, names peacekeeping."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "advcl", "xcomp"):
                if any(t.lower_.startswith(("peacekeep", "peace-keep")) for t in c.subtree):
                    return True
        return False

