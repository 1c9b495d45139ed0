"""Arguments: who acts and who is acted upon — the actor side from the subject (or the reporter of a
reported clause), the other party from objects, datives, prepositions and the event noun's phrase."""

from __future__ import annotations

from ..actors import nationality_groups, pair_actors, participant_actor
from ..syntax import stranded_object, subject_of, with_conjuncts
from .lexicon import BODY_HEADS, CONFLICT, COOPERATIVE, LOCATED, TRAVEL, _Trigger
from .refuge import refuge_country
from .returns import returned_to
from .triggers import ENDORSING, trip_destinations

#: verbal acts: their other party may come with "at" ("lashed out at Khan", "jabbed back at critics")
VERBAL_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT"})
#: verbs of undergoing: the one a warning says will "face", "pay", "lose" or "have to wait" is threatened
UNDERGOING = frozenset({"face", "pay", "suffer", "lose", "regret", "be", "have", "wait", "bear", "endure", "go",
                        "receive", "get", "risk"})


def _undergoes(verb) -> bool:
    """The clause's subject undergoes it: a passive, or a verb of undergoing ("Peru would face
    consequences", "Britain would have to wait", "they will be punished")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.lemma_.lower() in UNDERGOING


#: acts whose other party, when they name none, is the one their "that"-clause is about ("warned that Peru
#: would pay", "complaints that China's glut …")
CONTENT_PARTY_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
#: nouns of saying whose possessor reports their "that"-clause ("North Korea's claim that it had tested …")
CLAIM_NOUNS = frozenset({"claim", "announcement", "assertion", "statement", "report", "admission", "boast"})
#: participles whose agent did the attack a noun names ("the airstrikes carried out by Russia")
OWNING_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "claim", "perform", "execute", "unleash"})
#: what a meeting is about, not with whom
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
#: a share of people counted ("59 percent said …"): a figure, no party
SHARE_WORDS = frozenset({"percent", "per", "%", "pct"})
#: nouns naming an occurrence, not who takes part in it ("the Arica Christmas party slaughter")
OCCURRENCE_HEADS = frozenset({"slaughter", "massacre", "carnage", "bloodshed", "battle", "killing", "killings",
                              "tragedy", "incident", "shooting", "shootings", "rampage", "atrocity", "action",
                              "actions", "event", "events", "crisis", "war", "violence", "attack", "attacks",
                              "assistance", "aid"})
#: heads of the names of laws, agreements and meetings ("the Hong Kong Human Rights and Democracy Act")
NAMED_THING_HEADS = frozenset({"act", "bill", "law", "accord", "treaty", "agreement", "deal", "resolution",
                               "amendment", "protocol", "summit"})
#: what one party puts to another: who made it is the other party of its acceptance or refusal ("rejected a
#: request by X", "spurned an offer from X")
PROPOSALS = frozenset({"request", "call", "offer", "proposal", "plan", "bid", "motion", "appeal", "demand",
                       "invitation", "initiative", "suggestion", "petition", "ultimatum", "overture", "plea",
                       "application", "proposition", "draft"})
#: verbs of sending or giving: the forces they send are the sender's own ("contribute troops to X")
SENDING = frozenset({"send", "contribute", "deploy", "dispatch", "offer", "provide", "supply", "give", "pledge",
                     "commit", "lend"})
#: acts done to people: whoever their object names is the other party, named or not ("arrested a Texas man")
DONE_TO_PEOPLE = frozenset({"COERCE/arrest", "COERCE/deport", "ASSAULT/abduct", "ASSAULT/torture", "ASSAULT/beat",
                            "ASSAULT/sexual"})
#: endings of nouns made from verbs ("the deterioration", "the development"): an act, no one acted upon
ACT_ENDINGS = ("ion", "ment", "ing", "ance", "ence", "ity")
#: verbs and nouns of taking forces back: the forces are the actor's own ("withdrew 300 peacekeepers", "the
#: withdrawal of its troops")
WITHDRAWING = frozenset({"withdraw", "withdrawal", "pull", "pullout", "remove", "removal", "recall", "drawdown",
                         "deployment", "dispatch", "redeploy", "redeployment", "evacuate", "evacuation"})
#: acts about another's act: who the act's "by" names is the other party ("condemned the shelling by X",
#: "demanded an apology by X", "a protest against abuses by X")
DOER_TYPES = frozenset({"ACCUSE", "REQUEST", "PROTEST"})
#: what one party owes another and is asked "from" it ("demanded an apology from Japan")
OWED = frozenset({"apology", "explanation", "compensation", "reparation", "reparations", "assurance", "assurances",
                  "guarantee", "guarantees", "commitment", "admission", "clarification", "withdrawal"})
#: verbs of demanding: a protest held to demand something is against the one asked
PURPOSE_DEMANDS = frozenset({"demand", "press", "urge", "seek"})
#: restrictions laid on a place's people: easing them is a concession to them ("lifted a curfew in X")
RESTRICTIONS = frozenset({"curfew", "emergency", "state", "measure", "restriction", "lockdown", "ban",
                          "law", "siege", "blockade"})
#: verbs of making something ("built two hospitals"): what they make is no party
MAKING = frozenset({"build", "construct", "establish", "create", "found", "open", "erect", "install"})
#: acts whose other party may be the author of what they take up or turn down
PROPOSAL_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE", "SUPPORT"})


def _np(head):
    """The head and the words before it in its noun phrase ("a 95-year-old man", "40 more individuals")."""
    left = [t for t in head.lefts if t.dep_ in ("det", "amod", "compound", "nmod", "nummod", "quantmod", "advmod")
            or (t.dep_ == "punct" and t.text == "-")]
    return head.doc[min([head.i] + [t.left_edge.i for t in left]): head.i + 1]


def _made(d) -> bool:
    """The object of a verb of making ("set up a company", "build two hospitals", "opened an embassy"): a
    thing made, no party (the party goes with "with" or "for": "formed an alliance with X")."""
    v = d.head
    if d.dep_ != "dobj" or v.pos_ not in ("VERB", "AUX"):
        return False
    lemma = v.lemma_.lower()
    return lemma in MAKING or lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children)


def none_of(tok) -> list:
    """The group of "none of the candidates" (none of them acts)."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


#: nouns of a post or its staff that act for whoever holds it ("the office of the attorney general")
OFFICE_HEADS = frozenset({"office", "offices", "cabinet", "staff"})


class Arguments:
    """Finding an event's parties (a part of :class:`~.coder.Coder`)."""

    def no_party(self, tok) -> bool:
        """Words that never name a party: a time ("the September 11 attack"), a share counted ("59 percent
        said"), no one ("no group"), an occurrence ("the Christmas party slaughter", "the U.S. action")."""
        if tok.ent_type_ in ("DATE", "TIME", "PERCENT") or tok.lower_ in SHARE_WORDS:
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return True  # "no group has claimed the bombing": no one
        if any(d.start <= tok.idx < d.end for d in self.an.dates):
            return True
        if tok.pos_ == "PROPN" and tok.lower_ in NAMED_THING_HEADS:
            return True  # a law or a summit by its name
        if tok.pos_ == "NOUN" and tok.lower_ == "state" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.pos_ == "NOUN" for g in p.children) for p in tok.children):
            return True  # "declared a state of siege": a condition, not the state
        if tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod") and tok.i not in self.an.token_actor and (
                tok.head.lower_ in self.nouns or tok.head.lemma_.lower() in self.nouns
                or tok.head.lower_ in NAMED_THING_HEADS) and (
                tok.head.text[:1].isupper() or any(c.dep_ == "nummod" for c in tok.children)
                or any(p.start <= tok.idx < p.end for p in self.an.places)):
            # a word of an event's name ("the Climate Action Summit", "a Phase 1 trade agreement") or where or
            # what it is about ("the Iran deal", "the Munich attack"), not a party the article names
            return True
        return tok.pos_ == "NOUN" and (tok.lower_ in OCCURRENCE_HEADS or tok.lemma_.lower() in self.attack_nouns)

    def no_party_actor(self, aid: str) -> bool:
        """An actor all of whose mentions name no party ("59 percent")."""
        a = self.an.actor(aid)
        if a is None:
            return True
        for s, e in a.mentions:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not self.no_party(span.root):
                return False
        return bool(a.mentions)

    def _home_country(self, tok) -> str | None:
        """ "our nation", "my country" in what someone says: the speaker's country, as an actor."""
        if tok.lower_ not in ("nation", "country") or not any(
                p.dep_ == "poss" and p.lower_ in ("our", "my") for p in tok.children):
            return None
        sid = self.attributed(tok.idx)
        st = next((x for x in self.an.statements if x.id == sid), None)
        speaker = self.an.actor(st.source.actor) if st is not None and st.source is not None and st.source.actor else None
        iso = speaker.country if speaker is not None and speaker.kind in ("person", "organization", "country") else None
        entry = self.an.kb.country(iso) if iso else None
        if entry is None:
            return None
        actor = next((a for a in self.an.actors if a.kind == "country" and a.country == iso), None)
        if actor is None:
            actor = self.an.new_actor(name=entry.name, kind="country", country=iso, kb_id=entry.stable_id)
        first = min(p.i for p in tok.children if p.dep_ == "poss")
        span = self.doc[first: tok.i + 1]
        actor.add_mention(span.start_char, span.end_char)
        self.an.link_tokens(span, actor)
        return actor.id

    def _placed(self, tok) -> bool:
        """A place named by "in" or "at" ("the attack in California", "a no-fly zone in Syria"): where
        something is, not a party to it."""
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and any(
            p.start <= tok.idx < p.end for p in self.an.places)

    def _doers(self, occurrence) -> list:
        """Who an occurrence noun names as its doer: its possessor, or a compound the article already
        knows as an actor and that is no place ("the U.S. action", not "the Benghazi attack")."""
        out = []
        for c in occurrence.children:
            if c.dep_ == "poss":
                out.append(c)
            elif c.dep_ in ("compound", "nmod") and c.i < occurrence.i and c.i in self.an.token_actor \
                    and not self.no_party(c) and not any(p.start <= c.idx < p.end and p.feature != "country"
                                                         for p in self.an.places):
                a = self.an.actor(self.an.token_actor[c.i])
                if a is not None and a.kind in ("country", "organization", "person"):
                    out.append(c)
        return out

    def actors_of(self, toks) -> list[str]:
        out: list[str] = []
        for t in toks:
            for c in with_conjuncts(t):
                if c.lower_ == "none" and not c.ent_type_:  # "none of the candidates": they do not act, the
                    # coder negates the act (Coder.run)
                    out.extend(a for a in self.actors_of(none_of(c)) if a not in out)
                    continue
                home = self._home_country(c)
                if home is not None:
                    out.extend([home] if home not in out else [])
                    continue
                if self.no_party(c):
                    # "condemned Iran's attack", "the U.S. action": the possessor or a named actor before it
                    # is the party, not the occurrence (nor its place: "the San Bernardino slaughter")
                    out.extend(a for a in self.actors_of(self._doers(c)) if a not in out)
                    continue
                pair = pair_actors(self.an, c) or nationality_groups(self.an, c)
                if pair:
                    out.extend(a for a in pair if a not in out)
                    continue
                # "candidates like Marco Rubio", "countries such as Japan": the ones named act
                named = [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("like", "including")
                         and c.pos_ == "NOUN" and c.tag_ == "NNS" for g in p.children if g.dep_ == "pobj"]
                named_actors = [x for g in named for x in self.actors_of([g])]
                if named_actors:
                    out.extend(x for x in named_actors if x not in out)
                    continue
                holder = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj"] if c.lower_ in OFFICE_HEADS and c.i not in self.an.token_actor else []
                held = self.actors_of(holder)
                if held:  # "an inquiry from the office of the attorney general": the office's holder acts
                    out.extend(x for x in held if x not in out)
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
                # "Russian airstrikes killed …", "the army's shelling killed …": the attack names who did it
                for x in c.lefts:
                    if x.dep_ in ("poss", "compound") and x.i in self.an.token_actor:
                        return [self.an.token_actor[x.i]]
                    if x.dep_ in ("amod", "compound") and x.text in self.an.kb.adjectives:
                        country = self._country_actor(x)
                        if country:
                            return [country]
                by = self.actors_of([g for p in c.rights if p.dep_ == "prep" and p.lower_ == "by"
                                     for g in p.children if g.dep_ == "pobj"]) or self.actors_of(
                    [g for v in c.rights if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in OWNING_VERBS
                     for p in v.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"])
                # ("the airstrikes carried out by Russia killed …": the participle's agent)
                if by:
                    return by  # "killed in an ambush by Chilean rebels": the attack's own agent
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

    def _inside(self, tok, skip: frozenset[str] = frozenset()) -> list:
        """Where the party of an event noun phrase sits: "the Syrian government's decision", "the
        release of Taliban prisoners", "aid to Gaza"."""
        out = []
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i:  # ("Trump’s calls": nmod at times)
                out.append(c)
            elif c.dep_ == "amod" and c.i < tok.i and c.text in self.an.kb.adjectives:
                out.append(c)  # "rejected Saudi concerns": the nationality names the party
            elif c.dep_ == "prep" and c.lower_ in self.rec_preps | {"of", "in"} and c.lower_ not in skip:
                out += pobjs(c)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i:
                # "condemned the unilateral move announced on Monday by Pompeo": the participle's agent
                out += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return out

    def others(self, trig: _Trigger) -> list[str]:
        """The other party: object, dative, or a prepositional object of the verb or the event noun;
        inside the object phrase when the object itself is no actor ("condemned Iran's decision")."""
        verb = trig.head
        if trig.type == "CONSULT" and trig.mode == "visit" and (preps := TRAVEL.get(verb.lemma_.lower())):
            # "departs the UK for Germany": the country gone to is visited, the one left is not
            gone_to = self.actors_of(trip_destinations(verb, preps))
            if gone_to:
                return gone_to
        holders = [verb] + ([trig.noun] if trig.noun is not None else [])
        xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
        if not (trig.type == "REQUEST" and any(self.asked_actor(x) is not None for x in xcomps)):
            holders += xcomps  # "threatened to attack X"; but "called on Y to withdraw X": Y is asked, not X
        direct = []
        for h in holders:
            if h is trig.noun:
                continue
            direct += [c for c in h.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != getattr(trig.noun, "i", -1)]
            direct += _out_of_idiom(h)  # "bomb the hell out of the Islamic State": its target
            for c in h.children:
                if trig.type == "CONSULT" and c.lower_ in TOPIC_PREPS:
                    continue  # "a discussion on the war", "talks over trade": what is discussed, not who
                if trig.type == "SUPPORT" and c.lower_ == "for" and any(d.dep_ == "dobj" for d in h.children):
                    continue  # "endorsed Ortiz for the Senate": the seat he is backed for, not a party backed
                if c.dep_ == "prep" and (c.lower_ in self.rec_preps or c.lower_ == "at" and trig.type in VERBAL_TYPES
                                         or c.lower_ == "of" and h.pos_ == "ADJ"  # "critical of X"
                                         or trig.figurative and f"{self.lemma(h)} {c.lower_}" in self.phrases):  # "went after X"
                    direct += [g for g in c.children if (g in pobjs(c) or stranded_object(g))
                               and g.i != getattr(trig.noun, "i", -1)]
        if trig.figurative:  # "pushed back against X", "hit back at X": the preposition hangs on the particle
            direct += [g for c in verb.children if c.dep_ in ("prt", "advmod") for p in c.children
                       if p.dep_ == "prep" and (p.lower_ in self.rec_preps or p.lower_ == "at")
                       for g in p.children if g.dep_ == "pobj"]
        if trig.noun is not None:
            if trig.token is not trig.noun and trig.noun.dep_ == "dobj" and trig.type != "COOPERATE" and not any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in trig.noun.children) \
                    and (trig.type, trig.mode) != ("RETREAT", "withdraw"):  # ("removed all troops": its own)
                # "expelled two Russian diplomats": the typed object is the party ("threw her weight": her own;
                # what is shared — "shared intelligence with France" — is no party)
                direct.append(trig.noun)
            # ("threw his support behind X": "his" is the actor's own, not the other party)
            # ("launched a sniper attack on X", "Russian airstrikes on X": who attacks, not whom)
            doer = trig.noun.lemma_.lower() in self.attack_nouns or trig.noun.lower_ in self.attack_nouns
            direct += [g for g in self._inside(trig.noun, TOPIC_PREPS if trig.type == "CONSULT" else frozenset())
                       if not (g.dep_ == "poss" and g.pos_ == "PRON" and g.head.i == trig.noun.i)
                       and not (doer and g.head.i == trig.noun.i and g.dep_ in ("poss", "compound", "nmod", "amod"))]
            if trig.noun.pos_ == "ADJ":  # "found the regime guilty": who is found so
                direct += [c for c in trig.noun.children if c.dep_ == "nsubj"]
        if trig.type == "ACCUSE" and trig.noun is not None:  # "a case filed by Manila challenging China's claims",
            # "a lawsuit accusing Chile of …": who the charge's own words are aimed at
            for c in [*trig.noun.children, *(verb.children if verb is not trig.noun else ())]:
                if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i > trig.noun.i \
                        and self.verbs.get(self.lemma(c), "").startswith("ACCUSE"):
                    objs = [o for o in c.children if o.dep_ == "dobj"]
                    direct += objs + [p for o in objs for p in o.children if p.dep_ == "poss"]
        # "kidnapped up to 16 advisers", parsed with "up" as a particle that holds "to 16 advisers"
        direct += [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for p in c.children
                   if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        if trig.type == "REQUEST":  # "demanded that Peru release …": Peru is asked (also by a noun of asking:
            # "renewed her calls for Chile to release …")
            asking = list(verb.children) + (list(trig.noun.children) if trig.noun is not None else [])
            direct += [g for c in asking if c.dep_ == "ccomp" or (c.dep_ in ("advcl", "xcomp", "acl") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children))  # "called for the U.S. to …"
                for g in c.children if g.dep_ == "nsubj" and not any(n.dep_ == "nummod" for n in g.children)]
            # ("called for 20,000 troops to be split …": troops counted are what is asked for, not whom)
        # "send peacekeepers to X", "offered attack helicopters", "refused to send troops to X": what is given,
        # not to whom
        given = {d.i for d in direct if (trig.type == "AID" or d.head.lemma_.lower() in SENDING | WITHDRAWING
                                         or d.dep_ == "pobj" and d.head.lower_ == "of"
                                         and d.head.head.lemma_.lower() in SENDING | WITHDRAWING)
                 and self._forces_given(d)}
        direct = [d for d in direct if d.i not in given and not _made(d)]
        if trig.type == "MOBILIZE":  # the troops sent are the actor's own, the place sent to no party
            direct = [d for d in direct if d.dep_ == "pobj" and d.head.lower_ in ("against", "toward", "towards")]
        if (trig.type, trig.mode) == ("RETREAT", "withdraw"):  # "removed its troops from Afghanistan": the place
            # left is where, not a party (a named side is: "withdrew from talks with the rebels")
            direct = [d for d in direct if not any(p.start <= d.idx < p.end for p in self.an.places)]
        if trig.type == "REQUEST":  # "called for a ban on X": what is asked for, not whom
            direct = [d for d in direct if not (d.dep_ == "pobj" and d.head.lower_ == "for")]
            if trig.phrasal and self.lemma(verb) in ENDORSING:  # "backing a ban on X": X is not asked
                direct = [d for d in direct if d.dep_ != "dobj"]
        # a place stands for its people where the act is done to it ("shelled villages in Tarvo", "aid to
        # peacekeepers in Peru", "a visit to Amman"); elsewhere it is where, not whom ("called the attack in
        # California an act of terror")
        # ("lifted a curfew in Kashmir": a concession to its people, as imposing it there coerces them)
        eased = trig.type == "CONCEDE" and trig.noun is not None and trig.noun.lemma_.lower() in RESTRICTIONS
        hosted = trig.type in LOCATED or trig.type in self.needs_recipient \
            or f"{trig.type}/{trig.mode}" in self.needs_recipient or eased
        if not hosted:
            direct = [d for d in direct if not self._placed(d)]
        found = []
        if trig.type == "PROTEST":  # "staged demonstrations in Lima to demand reforms by X": against X, rather
            # than where it is held
            for c in verb.children:
                if c.dep_ in ("advcl", "xcomp") and self.lemma(c) in PURPOSE_DEMANDS \
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    found = self.others(_Trigger("REQUEST", None, c, c))
                    if found:
                        break
        found = found or self.actors_of(direct) or self._plural_antecedent(direct, trig)
        if not found and f"{trig.type}/{trig.mode}" in DONE_TO_PEOPLE:  # (before where it was done:
            # "tortured an inmate in southern Bolivia"; but "arrested the leader of X" is coded with X, below)
            found = self._people_acted_on(verb, bare=True)
        if not found and trig.type in DOER_TYPES and (trig.token.i == verb.i or trig.noun is not None):
            # (not the event noun's own: "a complaint by X" is X's; but what is demanded is another's act:
            # "demanded an apology by X"; nor a judgement read from what someone said about another's act)
            found = self.actors_of(self._doers_by([d for d in direct if d.i != getattr(trig.noun, "i", -1)
                                                   or trig.type == "REQUEST" and trig.noun.i != trig.token.i]))
        if not found and trig.type != "CONSULT":  # what a meeting discusses is no party to it
            inner = [g for d in direct if not self.no_party(d) for g in self._inside(d)
                     if hosted or not self._placed(g)]
            found = self.actors_of(inner)
            if not found:  # "rejected Saudi concerns": the nationality names the party
                found = [a for g in inner if g.dep_ == "amod" and (a := self._country_actor(g))]
            if not found and trig.type in PROPOSAL_TYPES:
                found = self.actors_of(self._authors(direct))
        located = (trig.type in LOCATED or f"{trig.type}/{trig.mode}" in self.needs_recipient
                   or trig.type in self.needs_recipient or eased) and trig.type != "MOBILIZE"
        if not found and located and (trig.type not in self.reciprocal or trig.mode == "visit") \
                and trig.type != "PROTEST":  # (where people protest is where, not whom: "protested in Yerevan")
            # "arrived in Amman on a visit": the place visited stands for its host country; but the site an
            # act is done at is where, not whom ("an attack at the Blue Harbor restaurant")
            loc = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in self.fallback_preps
                   and (c.lower_ != "at" or trig.mode == "visit") for g in c.children if g.dep_ == "pobj"]
            found = self.actors_of(loc)
        if not found and located and trig.type not in self.reciprocal and trig.type != "PROTEST":
            # deeper in the verb phrase: "provided $2 million in assistance to Fiji" (not for a march: what
            # its purpose names, "marched … to protest against the decision to close the route between the two
            # countries", is no one marched against)
            found = self.actors_of(self._nominal_subtree(verb, skip={getattr(trig.noun, "i", -1)} | given))
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
        if not found and self._calls_up(verb):  # "phoned Abe to apologize": to Abe
            found = self.actors_of([c for c in verb.head.children if c.dep_ == "dobj"])
        if not found and f"{trig.type}/{trig.mode}" in DONE_TO_PEOPLE:
            found = self._people_acted_on(verb)
        if not found and trig.type in CONTENT_PARTY_TYPES:
            found = self._content_party(trig)
        if not found and trig.type == "THREATEN":
            found = self._condition_party(trig)
        if not found and trig.type == "REQUEST":  # "sought refuge in Germany": Germany is asked
            found = refuge_country(self, trig)
        if not found and trig.type in ("RETREAT", "CONCEDE", "AID"):  # "returned a portrait of a girl to Belgium"
            found = self.actors_of(returned_to(verb)[:1])
        return found

    def _forces_given(self, d) -> bool:
        """An object that names forces or military hardware of no other country ("troops", "200
        peacekeepers", "an armored regiment, attack helicopters and fighter jets"): what aid sends or
        offers, the giver's own; not forces of a country named in the phrase ("trained the Afghan army")."""
        if d.dep_ != "dobj" and not (d.dep_ == "pobj" and d.head.lower_ == "of"):
            return False  # (what is sent, or "the withdrawal of its troops"; not "aid to the army")
        for c in with_conjuncts(d):
            words = [t.lower_ for t in c.lefts if t.dep_ in ("compound", "amod")][-1:] + [c.lower_]
            hit = self.an.kb.sector_of(" ".join(words)) or self.an.kb.sector_of(c.lower_)
            if hit is None or hit[0] != "MIL" or c.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in c.lefts):
                continue  # ("the Free Peru Army": a named force, another party)
            if any(t.dep_ == "poss" or t.text in self.an.kb.adjectives or t.i in self.an.token_actor
                   for t in c.lefts):
                continue  # "the Afghan army", "Iraq's forces": another side's forces
            return True
        return False

    def _people_acted_on(self, verb, bare: bool = False) -> list[str]:
        """The unnamed people an arrest, deportation or abduction is done to, as a party: the verb's object
        or passive subject ("arrested a Texas man", "deported 40 more individuals", "detained the captain
        of a ship"); not an act or thing named by a noun made from a verb ("arrested the deterioration")."""
        out: list[str] = []
        for t in verb.children:
            if t.dep_ not in ("dobj", "nsubjpass") or t.pos_ != "NOUN" or self.no_party(t):
                continue
            if bare and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                continue  # ("the leader of X": whose, read first)
            low = t.lemma_.lower()
            if low in self.nouns or low.endswith(ACT_ENDINGS) or t.lower_.endswith(ACT_ENDINGS):
                continue
            a = participant_actor(self.an, t)
            actor = self.an.actor(a)
            if actor is None:
                span = _np(t)
                first = next((x for x in span if x.dep_ != "det"), span[0])
                actor = self.an.new_actor(name=self.an.text[first.idx: span.end_char],
                                          kind="group" if t.tag_ == "NNS" else "anonymous", country=None, sector=None)
                if actor.kind == "anonymous":
                    actor.attributes = [low, "individual"]
                actor.add_mention(span.start_char, span.end_char)
                self.an.link_tokens(span, actor)
            if actor.id not in out:
                out.append(actor.id)
        return out

    @staticmethod
    def _doers_by(direct) -> list:
        """Who did the act an object names, by "by" (or "from" after an apology or explanation): "the
        shelling of villages by Chilean forces", "an apology from Japan"."""
        out = []
        for d in direct:
            if d.pos_ != "NOUN":
                continue
            for c in d.children:
                if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and d.lemma_.lower() in OWED):
                    out += [g for g in c.children if g.dep_ == "pobj"]
        return out

    @staticmethod
    def _authors(direct) -> list:
        """Who made the proposal an act takes up or turns down: "a request by X", "an offer from X",
        "the demands of X" (read before), "calls by X", "an appeal filed by X"."""
        out = []
        for d in direct:
            if d.lemma_.lower() not in PROPOSALS and d.lower_ not in PROPOSALS:
                continue
            for c in d.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                    out += [g for g in c.children if g.dep_ == "pobj"]
                elif c.dep_ == "acl" and c.tag_ == "VBN":  # "an appeal filed by lawyers of X", "put forward by X"
                    out += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return out

    def _plural_antecedent(self, direct, trig: _Trigger) -> list[str]:
        """An object "them" the article left unresolved: the nearest plural object before it in the same
        sentence, where that names a group that does not do the act ("telling the Chilean people that …, and
        threatening them"); none where that object names no party ("imposed sanctions … and lifted them")."""
        pron = next((d for d in direct if d.lower_ == "them" and d.i not in self.an.token_actor), None)
        if pron is None:
            return []
        near = next((t for t in reversed(pron.sent[: pron.i - pron.sent.start])
                     if t.dep_ in ("dobj", "dative", "pobj") and t.tag_ in ("NNS", "NNPS")), None)
        if near is None or self.no_party(near):
            return []
        subj = subject_of(trig.head)
        own = set(self.actors_of([subj])) if subj is not None else set()
        found = [a for a in self.actors_of([near]) if a not in own]
        return [a for a in found if (x := self.an.actor(a)) is not None and x.kind in ("group", "organization", "country")]

    def _condition_party(self, trig: _Trigger) -> list[str]:
        """Whom a threat is made to when it names no one: the one its condition asks to act ("threatening to
        cut off the money unless Mexico pays for a wall", "will impose tariffs if China does not …")."""
        verbs = [trig.head] + [c for c in trig.head.children if c.dep_ == "xcomp"]
        for v in verbs:
            # (the condition may hang lower: "cut off the money they send home unless Mexico pays")
            for c in (v.children if v is trig.head else v.subtree):
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
                    found = self.actors_of([g for g in c.children if g.dep_ == "nsubj"])
                    if found:
                        return found
        return []

    def _content_party(self, trig: _Trigger) -> list[str]:
        """The party a complaint, warning or rejection is about when it names none but its content does:
        the subject of its "that"-clause ("complained that the Obama administration was …", "his warning
        that Britain would go to the back of the queue", "complaints that China's glut …")."""
        speaker = subject_of(trig.head) if trig.noun is not trig.head else next(
            (c for c in trig.noun.children if c.dep_ == "poss"), None)
        sides = {a.country for x in (self.actors_of([speaker]) if speaker is not None else [])
                 if (a := self.an.actor(x)) is not None and a.country} if trig.type == "THREATEN" else set()
        clauses = [c for h in (trig.head, trig.noun) if h is not None for c in h.children]
        noun = trig.noun
        if noun is not None:
            # "pressing his attack that Clinton is not qualified", "his warning that Britain would go …": the
            # "that"-clause right after the noun is its content, wherever the parse hung it (on the verb, on
            # a noun far before, or as a relative clause whose "that" is no pronoun of it)
            clauses += [c for c in noun.sent if c.dep_ in ("ccomp", "relcl") and c.left_edge.i == noun.right_edge.i + 1
                        and c.i not in {x.i for x in clauses}
                        and (c.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
        for c in clauses:
            # ("calls Clinton unqualified", parsed with Clinton as the subject of its complement)
            content = c.dep_ in ("ccomp", "acl") or c.dep_ == "relcl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            if content and c.pos_ in ("VERB", "AUX") or c.dep_ == "oprd":
                if trig.type == "THREATEN" and not _undergoes(c):
                    continue  # "officials warn that Putin could attack": a forecast of his act, no threat to him
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                found = self.actors_of(subj) or self.actors_of([g for s in subj for g in self._inside(s)])
                # "China's envoy warned that the Chinese government will not sit on its hands": its own
                # side, not the one warned (criticism of one's own government is common: kept)
                found = [x for x in found if (a := self.an.actor(x)) is None or a.country not in sides]
                if found:
                    return found
        return []

    def _nominal_subtree(self, verb, skip) -> list:
        out, todo = [], [c for c in verb.children if c.dep_ in ("dobj", "prep", "dative", "npadvmod", "attr")]
        while todo and len(out) < 40:
            t = todo.pop(0)
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos") or t.pos_ == "VERB":
                continue
            if t.dep_ == "prep" and (t.lower_ not in self.rec_preps | self.fallback_preps or t.lower_ == "at"):
                continue  # ("an attack on club goers at the Pulse nightclub": "at" says where, not whom)
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
        if rv is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in CLAIM_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            # "North Korea's claim that it had tested a hydrogen bomb": the claimant reports it
            return self.actors_of([c for c in verb.head.children if c.dep_ == "poss"])
        if rv is None:
            return []
        subj = subject_of(rv)
        return self.actors_of([subj]) if subj is not None else []

    def announced_intent(self, verb, trig, actors, status) -> str | None:
        """AGREE, REJECT or THREATEN for an event its own actor says it will (not) carry out."""
        if status not in ("future", "negated", "hypothetical") or trig.type in ("AGREE", "REJECT", "THREATEN"):
            return None
        if trig.type in ("REQUEST", "ACCUSE") and status in ("future", "hypothetical"):
            return None  # "we will ask the ICC to open an investigation": a request to come, no threat
        if self.embedding(verb)[0] == "denied":
            return None  # "denies supporting M23": the support is denied, not refused
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
        if cooperative:
            return "AGREE"
        # "will boycott the vote" threatens (CAMEO 13); "will seek real breakthroughs", "will press war crimes
        # charges": words to come are no threat
        return "THREATEN" if trig.type in CONFLICT or trig.type == "PROTEST" else None

    def in_condition_of_threat(self, verb) -> bool:
        t = verb
        for _ in range(6):
            if t.dep_ == "ROOT" or t.head.i == t.i:
                return False
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
                return t.head.lemma_.lower() in self.threat_lemmas
            t = t.head
        return False


    @staticmethod
    def _culprit(verb):
        """The subject of "X is guilty of (doing)": the one who did it."""
        p = verb.head if verb.dep_ == "pcomp" else None
        if p is not None and p.lower_ == "for" and p.head.lower_ in ("responsibility", "credit") \
                and p.head.dep_ == "dobj" and p.head.head.lemma_.lower() in CLAIMING_RESPONSIBILITY:
            # "the Taliban claimed responsibility for shooting down the helicopter": the claimant did it
            return next((c for c in p.head.head.children if c.dep_ == "nsubj"), None)
        if p is None or p.lower_ != "of" or p.head.lower_ not in ("guilty", "responsible", "culpable"):
            return None
        adj = p.head
        holder = adj.head if adj.dep_ in ("acomp", "oprd") else adj
        return next((c for c in holder.children if c.dep_ in ("nsubj",)), None)


def pobjs(prep) -> list:
    """The objects of a preposition, without the pieces of a hyphenated word the parse took for objects of
    their own ("against WikiLeaks co-founder Julian Assange" read as "co", "-" and "Assange": Assange only)."""
    found = [g for g in prep.children if g.dep_ == "pobj"]
    if len(found) < 2:
        return found
    doc = prep.doc
    last = found[-1]
    return [g for g in found if g is last or not (
        g.text == "-" or g.i + 1 < len(doc) and doc[g.i + 1].text == "-" and g.idx + len(g.text) == doc[g.i + 1].idx)]


#: verbs by which a doer owns an act ("claimed responsibility for shooting down …")
CLAIMING_RESPONSIBILITY = frozenset({"claim", "take", "accept", "assume", "admit"})


#: objects of the intensifying idiom "VERB the hell out of X", whose real object is X
IDIOM_OBJECTS = frozenset({"hell", "heck", "daylights", "crap", "shit", "stuffing"})


def _out_of_idiom(verb) -> list:
    """The object after "the hell out of" (however the parser hangs "out of": on the verb or the idiom's
    noun): "bomb the hell out of the Islamic State" is bombing the Islamic State."""
    idioms = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in IDIOM_OBJECTS]
    return [g for i in idioms for h in (verb, i) for o in h.children if o.dep_ in ("prep", "prt", "advmod")
            and o.lower_ == "out" and _next_word(i) == o.i for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _next_word(tok) -> int:
    """The index of the first word after ``tok``, past quotation marks ("to \"bomb the hell\" out of X")."""
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].is_quote:
        i += 1
    return i

