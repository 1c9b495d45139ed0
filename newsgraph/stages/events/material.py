"""Material acts the lexicon's keys miss because of how they are worded or parsed.

* Forces ordered somewhere: "Obama ordered 300 troops to Cameroon", "Carter ordered 2,000 soldiers to the
  Polish border". An order whose object is troops and that names where they go moves forces (PLOVER
  MOBILIZE, CAMEO 15), not a demand made of the troops (REQUEST).
* Forces leaving a country: "American troops have begun leaving Afghanistan" (RETREAT/withdraw); a person
  leaving a country is a trip, not a withdrawal.
* Fighting halted ("agreed to halt fighting"): a truce (RETREAT/ceasefire), the parser reading "fighting"
  as a verb.
* Material words in no political sense: a sale of no arms ("SUV sales"), a suspension of nothing ("multilink
  rear suspension"), a package of no aid ("the ESPN+ package"), a release of no one ("the release of classified
  material"); a return of nothing ("Hemsworth will return"), a release of a product ("Apple released
  the iPad"; property handed back to someone is a release: CAMEO 0842); a killing by a disease or a storm ("the pandemic that killed 25 million"); a burning with nothing
  burnt ("Hong Kong is burning"); showing or boosting something ("demonstrate ways to …", "rallied support"); aid a company
  gives to a company or to no one named ("SoftBank attempts to rescue the company", "Amazon's small business
  loans"); a release or return to no one ("returned the money"); a protest by forces ("the army took to the
  streets"), by a place ("Indiana's biggest teacher protest"; nor do
  "protests held in Oklahoma" make Oklahoma protest: coder.py), or by a market ("the Nifty has been rallying");
  information provided; a visit or hosting of companies ("Cook visiting Salesforce's conference").
* "let free" / "set free" however the parser splits it: "free" as a verb of its own ("Ethiopia let free 74
  leaders", "free" the complement holding the object) or as an adjective of the object ("Yemen let free
  activists"): a release (RETREAT/release) by the subject of "let", of the object.

What counts as troops: a word the lexicon sends as troops ("send+troop", "send+warship" coded MOBILIZE), or
a party the article already knows as military (its sector MIL), also behind a number ("300 of them"). An
order with no destination ("ordered troops to withdraw", "ordered the army to fire") is left to the frames.
"""

from __future__ import annotations

from .lexicon import _split, _Trigger

#: verbs of ordering forces somewhere
ORDERING = frozenset({"order"})
#: prepositions of a destination
DESTINATION = frozenset({"to", "into", "toward", "towards"})
#: sectors whose members are forces
MILITARY_SECTORS = frozenset({"MIL"})
#: verbs of going out of a place
LEAVING = frozenset({"leave", "exit", "quit"})
#: verbs of stopping, and the fighting they stop ("halt fighting", "stop the shelling")
HALTING = frozenset({"halt", "stop", "end", "cease", "suspend"})
FIGHTING = frozenset({"fighting", "hostilities", "shelling", "bombing", "bombardment", "firing"})
#: verbs of barring someone from doing something, and the verbs of going into a country they bar
BARRING = frozenset({"ban", "bar", "prohibit", "block", "forbid", "prevent", "stop"})
ENTERING = frozenset({"enter", "come", "travel", "immigrate", "emigrate", "go", "return", "move"})
#: what one takes with no act named ("take action", "take measures"): coercion only against someone
VAGUE_ACTS = frozenset({"action", "measure", "step"})
#: verbs that set someone free with "free"
FREEING = frozenset({"let", "set"})


#: nouns of a material act that name it only with a word of what is given or stopped: (modifiers that make
#: it the act, whether an "of" object of theirs does too)
QUALIFIED_NOUNS = {
    "sale": {"arms", "arm", "weapons", "weapon", "military", "missile", "missiles", "jet", "jets", "fighter", "drone",
             "drones", "tank", "tanks", "helicopter", "helicopters", "munitions", "ammunition", "f-16", "f-35"},
    "package": {"aid", "assistance", "rescue", "bailout", "relief", "military", "security", "economic", "financial",
                "humanitarian", "support"},
}
#: nouns that name the act only with an "of" object ("the suspension of aid", "the release of prisoners")
OF_NOUNS = frozenset({"suspension", "release"})
#: verbs and nouns of renewing a law, a sanction when it is a sanctions law ("renew the Iran Sanctions Act",
#: "a reauthorization of the Iran Sanctions Act")
RENEWING = frozenset({"renew", "extend", "reauthorize", "reauthorise", "reimpose"})
RENEWALS = frozenset({"renewal", "reauthorization", "reauthorisation", "extension"})
SANCTION_WORDS = frozenset({"sanction", "sanctions", "embargo", "embargoes"})
#: subjects that kill with no one acting: diseases, disasters, accidents
NO_AGENTS = frozenset({"pandemic", "epidemic", "disease", "virus", "outbreak", "plague", "flu", "cancer", "storm",
                       "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tsunami", "flood", "floods",
                       "flooding", "fire", "wildfire", "blaze", "landslide", "avalanche", "drought", "famine",
                       "heatwave", "heat", "cold", "accident", "crash", "collision", "overdose", "death"})
#: verbs of destroying that need what they destroy ("torched the houses"; "Hong Kong is burning": a picture)
DESTROYING = frozenset({"burn", "torch", "raze", "destroy"})
#: verbs of protest that with an object mean showing or gathering ("demonstrate ways", "rallied support")
PROTEST_INTRANSITIVE = frozenset({"demonstrate", "rally", "march"})
#: sectors of forces, which do not protest (an army "taking to the streets" clears them)
ARMED = frozenset({"MIL", "COP"})
#: the kinds of party one can release (people, their groups, countries; not products)
RELEASABLE = frozenset({"person", "group", "country", "anonymous"})


class Material:
    """Material acts worded or parsed past the lexicon's keys (a part of :class:`~.coder.Coder`)."""

    def material_trigger(self, tok, lemma: str) -> _Trigger | None:
        return self.troop_move(tok, lemma) or self._forces_leaving(tok, lemma) or self._set_free(tok, lemma) \
            or self._fighting_halted(tok, lemma) or self._sanctions_law_renewed(tok, lemma)

    @staticmethod
    def _sanctions_law_renewed(tok, lemma: str) -> _Trigger | None:
        """A sanctions law renewed or extended ("renew the expiring Iran Sanctions Act"): a sanction of the
        country it names (its object a name whose words say sanctions; "renew sanctions" is the lexicon's)."""
        if lemma not in RENEWING:
            return None
        for o in (c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
            if any(t.lower_ in SANCTION_WORDS for t in o.subtree if t.i < o.i):
                return _Trigger("SANCTION", None, token=tok, head=tok)
        return None

    @staticmethod
    def _fighting_halted(tok, lemma: str) -> _Trigger | None:
        """Fighting halted, parsed as a verb of its own ("agreed to halt fighting"): a truce, not a
        sanction (the lexicon's "halt+fighting" keys catch the noun)."""
        if lemma not in HALTING:
            return None
        if any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.lower_ in FIGHTING and c.i == tok.i + 1 for c in tok.children):
            return _Trigger("RETREAT", "ceasefire", token=tok, head=tok)
        return None

    def _forces_leaving(self, tok, lemma: str) -> _Trigger | None:
        """Forces going out of a country ("troops began leaving Afghanistan"): their side withdraws them."""
        if lemma not in LEAVING:
            return None
        place = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == "GPE"]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ in ("xcomp", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "troops have begun leaving"
        if not place or not subj or self._moved_forces(subj[0]) is None:
            return None
        return _Trigger("RETREAT", "withdraw", token=tok, head=tok)

    def _set_free(self, tok, lemma: str) -> _Trigger | None:
        """ "let free" / "set free" split by the parser: the release of the object."""
        if lemma not in FREEING:
            return None
        for c in tok.children:
            if c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ == "free" and a.i == tok.i + 1 for a in c.children):
                return _Trigger("RETREAT", "release", token=tok, head=tok, noun=c)  # "let free activists"
            if c.dep_ in ("ccomp", "xcomp") and c.lower_ == "free" and c.i == tok.i + 1 \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                if obj is not None:  # "let free some 74 leaders", "free" a verb of its own
                    return _Trigger("RETREAT", "release", token=tok, head=tok, noun=obj)
        return None

    def troop_move(self, tok, lemma: str) -> _Trigger | None:
        if lemma not in ORDERING:
            return None
        if not any(c.dep_ == "prep" and c.lower_ in DESTINATION and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in tok.children):
            return None
        for o in (c for c in tok.children if c.dep_ == "dobj"):
            code = self._moved_forces(o)
            if code is not None:
                return _Trigger(*_split(code), token=tok, head=tok, noun=o)
        return None

    def _moved_forces(self, obj) -> str | None:
        """The MOBILIZE code of an object that names forces: troops by word, or a military party; a number
        stands for what its "of" names ("300 of them")."""
        heads = [obj]
        if obj.like_num or obj.ent_type_ == "CARDINAL" or obj.pos_ == "NUM":
            heads += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
        for h in heads:
            for key in (f"send+{h.lemma_.lower()}", f"send+{h.lower_}"):
                code = self.objects.get(key, "")
                if code.startswith("MOBILIZE"):
                    return code
            aid = self.an.token_actor.get(h.i)
            actor = self.an.actor(aid) if aid else None
            if actor is not None and actor.sector in MILITARY_SECTORS and actor.kind != "person":
                return "MOBILIZE/troops"
        return None

    def entry_banned(self, verb) -> list[str]:
        """The country whose entry a ban bars ("ban all Muslims from entering the United States", "barred
        from coming to Peru"): the one that bans. Only a verb of barring whose "from" holds entering a country."""
        if self.lemma(verb) not in BARRING:
            return []
        places = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for e in p.children if e.dep_ in ("pcomp", "pobj") and self.lemma(e) in ENTERING
                  for g in [*e.children, *(x for q in e.children if q.dep_ == "prep" and q.lower_ in DESTINATION
                                           for x in q.children)]
                  if g.dep_ in ("dobj", "pobj") and g.ent_type_ == "GPE"]
        return self.actors_of(places[:1])

    def named_in_law(self, verb) -> list[str]:  # (``verb``: the verb or the event noun)
        """The country a sanctions law renewed names ("renew the Iran Sanctions Act": Iran), as the article's
        actor of that name (the law's words are tagged a law, not a country)."""
        names = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "PROPN"] + [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # (a noun's: "a reauthorization of the Iran Sanctions Act")
        words = {t.text for o in names if any(t.lower_ in SANCTION_WORDS for t in o.subtree)
                 for t in o.subtree if t.pos_ == "PROPN"}
        return [a.id for a in self.an.actors if a.kind == "country" and a.name in words]

    def police_reporting(self, verb) -> list[str]:
        """The police who report a coercive act told in the passive with no agent ("six protesters were
        arrested, police said"): they made it (an arrest, a detention is police work). A reporter of no police
        sector gives no one."""
        return [a for a in self.reporter_of(verb) if (x := self.an.actor(a)) is not None and x.sector == "COP"]

    def material_noun_ok(self, noun) -> bool:
        """An event noun that names its act only with a word of what is given or stopped has one ("arms
        sales", "an aid package", "the suspension of talks", "the release of the prisoners")."""
        low = noun.lemma_.lower()
        if low not in QUALIFIED_NOUNS and low.endswith("s") and low[:-1] in QUALIFIED_NOUNS:
            low = low[:-1]  # a name's word keeps its plural as lemma ("Nissan Sales & Regional Operations")
        words = QUALIFIED_NOUNS.get(low)
        of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if words is not None:
            mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
            mods |= {t.lower_ for g in of for t in g.subtree}
            return bool(mods & words)
        if low in RENEWALS:  # of a sanctions law or of sanctions: "the renewal of the Iran Sanctions Act"
            return any(t.lower_ in SANCTION_WORDS for g in of for t in g.subtree)
        if low in OF_NOUNS:
            if not of:
                return False
            if low == "release":  # of someone: "the release of the hostages", not "of classified material"
                return bool(self.actors_of(of)) or any(self.an.kb.sector_of(g.lower_) for g in of) or any(
                    t.ent_type_ == "MONEY" for g in of for t in g.subtree)  # ("the release of $1.2 billion in aid")
        return True

    def material_no_act(self, trig, actors, recipients) -> bool:
        """Uses of a material trigger that name no political act (see the module's docstring)."""
        verb = trig.head
        kids = list(verb.children)
        doers = [c for c in kids if c.dep_ in ("nsubj", "agent")]
        doers += [g for c in doers if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in doers):
            doers.append(verb.head)  # "the pandemic that killed …": the noun the clause describes
        if trig.type == "COERCE" and not recipients and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in VAGUE_ACTS for c in kids):
            return True  # "it will result in actions being taken by the United States": against no one, no coercion
        if trig.type == "ASSAULT" and any(c.lemma_.lower() in NO_AGENTS or c.lower_ in NO_AGENTS for c in doers):
            return True  # "the pandemic that killed 25 million", "killed by the storm"
        if trig.token is verb and trig.type == "ASSAULT" and self.lemma(verb) in DESTROYING and not any(
                c.dep_ in ("dobj", "nsubjpass", "agent") for c in kids):
            return True  # "Hong Kong is burning"
        if trig.token is verb and trig.type == "PROTEST" and self.lemma(verb) in PROTEST_INTRANSITIVE and any(
                c.dep_ == "dobj" for c in kids):
            return True  # "demonstrate ways to fight addiction", "rallied support"
        if trig.type == "RETREAT" and trig.mode == "release" and trig.token is verb and trig.noun is None \
                and not any((a := self.an.actor(x)) is not None and a.kind in RELEASABLE for x in recipients):
            if not any(c.dep_ in ("dobj", "nsubjpass", "dative", "npadvmod", "oprd") for c in kids):
                return True  # "Hemsworth will return", "nearly 150 Indians returned home": nothing given back
            if self.lemma(verb) == "release" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in kids):
                return True  # "Apple released the MacBook Pro": a product, no one freed nor anything handed back
            if not recipients and not any(t.dep_ == "prep" and t.lower_ in ("to", "into") for t in verb.subtree):
                return True  # "returned the money", "handed me a novel": no one freed, handed back to no one
        if trig.type == "PROTEST" and actors and all(
                (a := self.an.actor(x)) is not None and a.sector in ARMED for x in actors):
            return True  # "the army took to the streets to clear barricades", "the army crushed the protests"
        if trig.type == "PROTEST" and actors and all(self._a_place(x) for x in actors) and trig.noun is not None:
            return True  # "Indiana's biggest teacher protest": where, not who
        if trig.type == "PROTEST" and trig.token is verb and self.lemma(verb) == "rally" and all(
                self._business(x) for x in actors):
            return True  # "the Nifty has been rallying": a market
        if trig.type == "AID" and self.lemma(verb) in self.object_not and any(
                g.lemma_.lower() in self.object_not[self.lemma(verb)] or g.lower_ in self.object_not[self.lemma(verb)]
                for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
            return True  # "did not provide PolitiFact with further information"
        if trig.type == "CONSULT" and trig.mode == "visit" and recipients and all(self._business(x) for x in recipients):
            return True  # "Cook visiting Salesforce's conference", "South Korea hosts polysilicon manufacturers"
        if trig.type == "AID" and actors and all(self._business(x) or self._private(x) for x in actors) \
                and all(self._business(x) or self._private(x) for x in recipients):
            return True  # "SoftBank attempts to rescue the company", "the fisherman does not supply Whole Foods"
        return False

    def _a_place(self, aid: str) -> bool:
        """A country, or a party the article made of a place named as a party ("aid to Gaza")."""
        a = self.an.actor(aid)
        return a is not None and (a.kind == "country" or any(p.name == a.name for p in self.an.places))

    def _private(self, aid: str) -> bool:
        """A person with no public role the article or the knowledge base gives (no sector, no title), or a
        company's (sector BUS)."""
        a = self.an.actor(aid)
        return a is not None and a.kind == "person" and (a.sector == "BUS" or not a.sector and not a.title)

    def _business(self, aid: str) -> bool:
        """A company, or a body the article ties to no country and no sector (a product, a firm)."""
        a = self.an.actor(aid)
        return a is not None and (a.sector == "BUS" or (a.kind == "organization" and not a.sector and not a.country))
