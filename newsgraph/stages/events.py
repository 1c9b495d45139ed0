"""PLOVER events: who did what to whom, when and where — coded only where the text supports it.

A trigger is a verb of the event lexicon (``data/events.yaml``), a verb with a typed object
("sell weapons"), or a light verb with an event noun ("pledging support for Ukraine"). An event is
coded only when its actor resolves to an actor of the article; the other party comes from the
object or a prepositional phrase. Status, date (resolved with the clause's tense), place, the
statement it is attributed to, and a confidence are attached.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis import Analysis
from ..lexicon import lexicon
from ..records import Event, EventDate
from . import time as time_stage
from .syntax import subject_of, tense_and_status, with_conjuncts

LOCATIVE = {"in", "at", "near", "outside", "inside", "on"}


@dataclass
class _Trigger:
    type: str
    mode: str | None
    token: object  # the verb (or noun) the event hangs on
    head: object  # the clause verb that carries subject, tense and modifiers
    noun: object | None = None  # event noun under a light verb


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
        self.out: list[Event] = []

    # -- triggers ---------------------------------------------------------------------------------
    def triggers(self):
        for tok in self.doc:
            if tok.pos_ != "VERB":
                continue
            lemma = tok.lemma_.lower()
            objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
            hit = None
            for o in objs:
                for key in (f"{lemma}+{o.lemma_.lower()}", f"{lemma}+{o.lower_}"):
                    if key in self.objects:
                        hit = _Trigger(*_split(self.objects[key]), token=tok, head=tok, noun=o)
                        break
                if hit is None and lemma in self.light:
                    code = self.nouns.get(o.lower_) or self.nouns.get(o.lemma_.lower())
                    if code:
                        hit = _Trigger(*_split(code), token=o, head=tok, noun=o)
                if hit:
                    break
            if hit is None and lemma in self.verbs:
                # a particle changes the meaning ("call off", "back down"): only plain uses
                if not any(c.dep_ == "prt" for c in tok.children):
                    hit = _Trigger(*_split(self.verbs[lemma]), token=tok, head=tok)
            if hit:
                yield hit

    # -- participants -----------------------------------------------------------------------------
    def actors_of(self, toks) -> list[str]:
        out: list[str] = []
        for t in toks:
            for c in with_conjuncts(t):
                a = self.an.actor_of(c)
                actor = self.an.actor(a)
                # an anonymous source counts as a party only when it names who it is ("officials")
                if actor is None or (actor.kind == "anonymous" and not actor.sector):
                    continue
                if a not in out:
                    out.append(a)
        return out

    def others(self, trig: _Trigger) -> list[str]:
        """The other party: object, dative, or a prepositional object of the verb or the event noun."""
        cands = []
        verb = trig.head
        if trig.noun is None:
            cands += [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        holders = [verb] + ([trig.noun] if trig.noun is not None else [])
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in self.rec_preps:
                    cands += [g for g in c.children if g.dep_ == "pobj"]
        return self.actors_of(cands)

    # -- attributes -------------------------------------------------------------------------------
    def date_for(self, trig: _Trigger, tense: str) -> EventDate:
        pub = self.an.article.published
        sub = list(trig.head.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
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
        for p in self.an.places:
            span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            root = span[0] if span[0].dep_ == "pobj" else span.root
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and root.head.head.i in holders:
                if best is None or abs(p.start - trig.token.idx) < abs(best.start - trig.token.idx):
                    best = p
        return best.location() if best else None

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
            actors = self.actors_of([subj]) if subj is not None else []
            if not actors:
                continue  # an event with no identifiable actor is not coded
            others = [o for o in self.others(trig) if o not in actors]
            if passive:
                others = self.actors_of([c for c in verb.children if c.dep_ == "nsubjpass"]) + others
            if trig.type in self.reciprocal and trig.noun is None and not passive:
                actors, recipients = actors + others, []
            else:
                recipients = others
            code = f"{trig.type}/{trig.mode}" if trig.mode else trig.type
            if (trig.type in self.needs_recipient or code in self.needs_recipient) and not recipients:
                continue
            if trig.type in self.reciprocal and len(actors) < 2 and not recipients:
                continue
            tense, status = tense_and_status(verb)
            if trig.type == "THREATEN" and status == "conditional":
                status = "asserted"  # the if-clause is the content of the threat, not a condition on it
            sent = verb.sent
            key = (trig.type, tuple(sorted(actors)), tuple(sorted(recipients)), sent.start)
            if key in seen:
                continue
            seen.add(key)
            trig_tok = trig.token
            evidence = self.an.span(sent.start_char, sent.end_char)
            while evidence.text and evidence.text[-1].isspace():
                evidence = self.an.span(evidence.start, evidence.end - 1)
            confidence = 0.6 + (0.15 if recipients or len(actors) > 1 else 0) + (0.1 if trig.noun is None else 0)
            if status in ("hypothetical", "conditional"):
                confidence -= 0.15
            self.out.append(Event(
                id=f"e{len(self.out) + 1}", type=trig.type, mode=trig.mode, actor=tuple(actors),
                recipient=tuple(recipients), status=status, date=self.date_for(trig, tense),
                location=self.location_for(trig), attributed_to=self.attributed(trig_tok.idx),
                trigger=self.an.tok_span(trig_tok, trig_tok), evidence=evidence,
                confidence=round(min(confidence, 0.95), 2),
                score=float(self.mode_scores.get(code, self.scores.get(trig.type, 0))),
            ))
        return self.out


def run(an: Analysis) -> Analysis:
    an.events.extend(_Coder(an).run())
    return an
