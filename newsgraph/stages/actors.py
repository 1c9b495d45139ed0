"""Actors: find mentions, group them into actors within the article, link them to the knowledge base.

Mentions come from the knowledge base (a phrase matcher over the curated names, aliases, capitals,
metonyms) and from spaCy's entities; a name's identity, not the small model's label, decides what it
is, which corrects the model's label errors ("Trump" tagged ORG) and its misses ("Kyiv"). Full names
are looked up by key in the whole knowledge base (the Phoenix dictionaries too) and coded by the role
held on the article's date; a full name is never resolved by its surname alone ("Seth Harris" is not
Kamala Harris). Within the article, a lone surname, honorific + surname or first name joins the person
the article named with it (the latest of two who share it); only a name no one in the article bears
goes to the knowledge base, and only where one person bears it there. Titles and appositives in the
article code people no dictionary knows ("Kosovo's interior minister, Xhelal Svecla"); a person's
officials, spokesman or administration are an actor of their own with that person's country and
sector ("Top Biden officials"); role descriptions ("his Russian counterpart", "the minister") and
third-person pronouns resolve to the actor named before them, a pronoun only to a person of its gender
or of none known (``newsgraph/genders.py``: the article's honorifics and gendered nouns, else the
first name). Headline-case words ("Clinton Breaks")
give the name only; counts, laws, wars and treaties are no actors. People and bodies named without a
country in an article about one country take that country, marked "country from the article" in
their attributes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, LOWER, ORTH, SENT_START, TAG
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from ..analysis import ActorDraft, Analysis
from ..genders import PRONOUNS as GENDER_OF_PRONOUN
from ..genders import Genders
from ..kb import NAME_SUFFIXES, NON_STATE, Entry, KnowledgeBase, name_key, short_key
from ..lexicon import lexicon
from . import descriptions
from .syntax import governing_verb, subject_of

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "around", "across", "inside", "within", "throughout"}
ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def _pronoun_ids(strings):
    return numpy.array(sorted(strings[w] for w in PERSON_PRONOUNS), dtype=numpy.uint64)


@lru_cache(maxsize=4)
def _matcher(kb: KnowledgeBase, vocab) -> PhraseMatcher:
    m = PhraseMatcher(vocab, attr="ORTH")
    by_label: dict[str, list[str]] = {}
    for label, surface in kb.phrases():
        by_label.setdefault(label, []).append(surface)
    from spacy.tokens import Doc

    for label, surfaces in by_label.items():
        docs = []
        for s in sorted(set(surfaces)):
            words = [p for w in s.replace("’", "'").split()  # "People's" is two tokens, as the text's are
                     for p in ((w[:-2], w[-2:]) if w.endswith("'s") and len(w) > 2 else (w,))]
            if words:
                docs.append(Doc(vocab, words=words))
                if "'" in s:  # the typographic apostrophe too ("Democratic People’s Republic of Korea")
                    docs.append(Doc(vocab, words=[w.replace("'", "’") for w in words]))
        m.add(label, docs)
    return m


def _place_like(name: str) -> bool:
    """A "person" the small model found that is a place name or a shouted dateline ("DOHA", "Goma")."""
    from .places import gazetteer

    return name.isupper() or name in gazetteer().cities


def _words_doc(vocab, text: str):
    from spacy.tokens import Doc

    words = text.replace("-", " - ").split()
    return Doc(vocab, words=words)


def filter_spans_ids(matches):
    """Longest non-overlapping (id, start, end) matches."""
    out, taken = [], set()
    for m_id, s, e in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not any(i in taken for i in range(s, e)):
            out.append((m_id, s, e))
            taken.update(range(s, e))
    return sorted(out, key=lambda m: m[1])


def _bare_name(span: SpacySpan) -> SpacySpan:
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].text in ("'s", "’s", "'", "’")):
        span = span[:-1]
    while len(span) > 1 and (span[0].tag_ == "POS" or span[0].text in ("'s", "’s", "'", "’")):
        span = span[1:]  # an entity the model began at the possessive before it ("the city’s Hoa Lo")
    while len(span) > 1 and (span[0].lower_ in LEADING_NOT_NAME or span[0].tag_ in ("VBD", "VBZ")
                             or span.label_ == "PERSON" and lexicon().title_sector(span[0].text)):
        span = span[1:]  # (a verb: "Said Ellis: “…”" tagged a person; a title: "Treasurer Joan Hartley")
    if len(span) > 1 and span[0].is_sent_start and span[0].lower_ in _QUESTION_OPENERS and _asks(span[0].sent):
        span = span[1:]  # "Will Peru open an inquiry?": the question's verb, not a name ("Will Smith said" stays)
    return span


#: auxiliaries that open a yes-no question, which the model may take into the name after them
_QUESTION_OPENERS = frozenset({"will", "can", "could", "should", "would", "did", "does", "do", "is", "are", "was",
                               "were", "has", "have", "had", "may", "might", "must", "shall"})


def _asks(sent) -> bool:
    """The sentence ends in a question mark."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and "?" in words[-1].text


_AGE = re.compile(r"\b\d{1,3}[- ]year[- ]old\b")
LEADING_NOT_NAME = {"the", "top", "former", "senior", "ex", "late", "then", "crooked", "lyin'", "little", "sleepy",
                    "representative", "congressman", "congresswoman", "del.", "sen.", "rep.", "gov.", "senator",
                    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame"}


def _name_text(span: SpacySpan) -> str:
    return " ".join(span.text.split()).replace("’", "'")


def _is_locative(span: SpacySpan) -> bool:
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


# nouns of places a name modifies ("the al-Tanf base", "the Rukban camp", "the Hoa Lo prison")
PLACE_NOUNS = {"base", "camp", "crossing", "border", "area", "region", "province", "district", "town", "village",
               "city", "zone", "airport", "airbase", "port", "checkpoint", "highway", "road", "valley", "river",
               "refinery", "field", "oilfield", "dam", "bridge", "neighbourhood", "neighborhood", "suburb", "enclave",
               "settlement", "outpost", "garrison", "airfield", "harbour", "harbor", "strait", "pass", "mountains",
               "prison", "jail", "hospital", "stadium", "arena", "square", "palace", "mosque", "church", "temple",
               "cathedral", "museum", "station", "mall", "plaza", "hotel"}


def _names_used_as_places(spans, bare, kb) -> set[str]:
    """Names the knowledge base does not know that the article uses as places: a one-word name after
    "in", "at", "near" or before a place noun ("the al-Tanf base") in two uses at least and in half of
    them, any name that only ever names a place noun ("the city's Hoa Lo prison"), or one that names a place
    noun once and is otherwise only where or whither ("a trip to Walter Reed hospital", "his visit to Walter
    Reed"). The small model tags
    such names (al-Tanf, Rukban, Hoa Lo) a person or a body; they are neither."""
    uses: dict[str, list[tuple[bool, bool]]] = {}
    for sp, b in zip(spans, bare, strict=True):
        if sp.label_ not in ("PERSON", "ORG"):
            continue
        root = b.root
        names_place = root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in PLACE_NOUNS \
            and root.head.i >= b.end
        goal = root.dep_ == "pobj" and root.head.lower_ in ("to", "from", "into")
        uses.setdefault(_name_text(b), []).append((_is_locative(b) or goal, names_place))
    out = set()
    for text, u in uses.items():
        placed = sum(loc or named for loc, named in u)
        if (len(text.split()) == 1 and placed >= 2 and 2 * placed >= len(u) or all(named for _, named in u)
                or any(named for _, named in u) and placed == len(u)) and not kb.lookup(text):
            out.add(text)  # ("a trip to Walter Reed hospital … his visit to Walter Reed": a hospital's name)
    return out


def _is_modifier(span: SpacySpan) -> bool:
    """A country or nationality used as a modifier ("US soil", "Russian forces"), not as an actor."""
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod", "npadvmod") and root.head.i >= span.end


# (a person's campaign, team or staff speaks for the person: "Mr. Ellison's campaign said" is Ellison's word)
AFFILIATE_BODIES = {"administration": "GOV", "government": "GOV", "cabinet": "GOV", "regime": "GOV"}
AFFILIATE_HEADS = {"official", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "ally",
                   "lawyer", "attorney", "staffer", "supporter", "loyalist", "envoy", "representative", "surrogate",
                   "counsel", "deputy", "associate", "lieutenant", "confidant", "backer", "critic", "opponent",
                   *AFFILIATE_BODIES}
NOT_ACTOR_HEADS = {"war", "wars", "act", "law", "bill", "treaty", "agreement", "accord", "accords", "convention",
                   "conventions", "summit", "games", "olympics", "cup", "election", "elections", "crisis", "protocol",
                   "amendment", "pact", "deal", "conflict", "invasion", "revolution", "day", "award", "prize",
                   "doctrine", "plan", "initiative", "partnership", "strategy", "report", "index", "fund"}


US_PARTY_STATE = re.compile(r"^\s*[,(]\s*[RDI]\s*[-–]\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[),]")


# a reference, not a name: "Number FHC/ABJ/03/095/2018", "No. 4512", "Case 19-cv-2231", "Form 10-K"
_REFERENCE = re.compile(r"(?:^|\s)(?:No\.?|Number|Case|Form|Docket|Bill|Resolution|Flight)\s+\S*\d|\w+/\w+/\w*\d")


def last_name(text: str) -> str:
    """The surname of a full name as written: its last word but a generational suffix (the knowledge base's
    ``NAME_SUFFIXES``: "James P. Kennedy Jr." is Kennedy after)."""
    words = text.replace(",", " ").split()
    while len(words) > 2 and name_key(words[-1]) in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else text


def _not_an_actor(span: SpacySpan, text: str) -> bool:
    """Names that are no actor: a count ("40 prisoners"), words in lower case ("russia ukraine war"), a
    law, war, treaty or event ("the Affordable Care Act", "the Geneva Conventions")."""
    if not text or text[0].isdigit() or text == text.lower() or _REFERENCE.search(text):
        return True
    return span.label_ not in ("KB", "CAPITAL", "ADJ") and text.split()[-1].lower() in NOT_ACTOR_HEADS


#: last words of the name of a body ("the Swedish Prosecution Authority", "the Iraqi Interior Ministry"), besides
#: the knowledge base's nouns of groups; a title ("the UK Home Secretary") is none
BODY_HEADS = frozenset({"authority", "authorities", "agency", "office", "council", "commission", "service", "department",
                        "committee", "institute", "institution", "board", "bureau", "administration", "directorate",
                        "inspectorate", "tribunal", "assembly", "corporation", "company", "foundation", "association",
                        "federation", "league", "movement", "front", "organisation", "organization", "coalition",
                        "alliance", "guard", "embassy", "consulate", "cabinet", "secretariat", "regulator",
                        "watchdog", "forces", "force", "ministry", "court", "police", "army", "navy", "parliament"})


def _body_head(tok, kb) -> bool:
    """The word ends the name of a body, not of a title or a person."""
    low = tok.lower_
    if low in BODY_HEADS:
        return True
    hit = kb.sector_of(low)
    return bool(hit and hit[1] == "group")


def _described_as_person(span: SpacySpan, kb) -> bool:
    """A name the model took for a body that an apposition describes as a person ("Eswar Prasad, a trade
    professor at Cornell, said …"): two or three capitalised words, none a word of bodies, with an
    apposed noun of a person's office or trade."""
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
            or any((hit := kb.sector_of(w.lower())) and hit[1] != "person" for w in words):
        return False
    for c in span.root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            hit = kb.sector_of(c.lemma_.lower()) or kb.sector_of(c.lower_)
            if hit and hit[1] == "person":
                return True
    return False


def _lower_words(doc) -> set[str]:
    """The words the article writes in lower case somewhere (cached on the doc)."""
    got = doc.user_data.get("_lower_words")
    if got is None:
        arr = doc.to_array([IS_LOWER, ORTH])
        strings = doc.vocab.strings
        got = {strings[int(i)] for i in numpy.unique(arr[arr[:, 0] == 1, 1])}
        doc.user_data["_lower_words"] = got
    return got


def _two_word_adjective(tokens, kb) -> str | None:
    """The country of a two-word adjective among adjacent tokens ("North Korean", "Saudi Arabian")."""
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b.i == a.i + 1:
            iso = kb.adjectives.get(f"{a.text} {b.text}")
            if iso:
                return iso
    return None


def _headline_tokens(doc) -> numpy.ndarray:
    """Whether each token stands in a line in headline case: at least 70 % of its words capitalised
    (85 % and four words where it ends with a full stop). Computed once per article."""
    got = doc.user_data.get("_headline_tokens")
    if got is not None:
        return got
    arr = doc.to_array([SENT_START, IS_ALPHA, IS_TITLE, IS_UPPER])
    out = numpy.zeros(len(doc), dtype=bool)
    starts = [i for i in numpy.flatnonzero(arr[:, 0] == 1).tolist()] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts[1:] + [len(doc)]
    for a, b in zip(starts, bounds, strict=True):
        alpha = arr[a:b, 1] == 1
        n = int(alpha.sum())
        if n < 3:
            continue
        caps = int((alpha & ((arr[a:b, 2] == 1) | (arr[a:b, 3] == 1))).sum())
        stop = doc[b - 1].text in (".", "?", "!", '"', "”")
        if caps >= (0.85 if stop else 0.7) * n and (not stop or n >= 4):
            out[a:b] = True
    doc.user_data["_headline_tokens"] = out
    return out


def _headline(span) -> bool:
    """Whether a span (or a sentence) stands in a line in headline case."""
    return bool(_headline_tokens(span.doc)[span.start])


def _lowercase_use(tok) -> bool:
    return tok.text.islower()


class _Builder:
    def __init__(self, an: Analysis):
        self.an = an
        self.kb: KnowledgeBase = an.kb
        self.doc = an.doc
        self.date = an.article.published
        self.by_key: dict[str, ActorDraft] = {}
        self.lex = lexicon()

    # -- registry -------------------------------------------------------------------------------
    def actor_for(self, key: str, **kw) -> ActorDraft:
        a = self.by_key.get(key)
        if a is None:
            a = self.an.new_actor(**kw)
            self.by_key[key] = a
        return a

    def mention(self, actor: ActorDraft, span: SpacySpan) -> None:
        actor.add_mention(span.start_char, span.end_char)
        self.an.link_tokens(span, actor)

    # -- entries ------------------------------------------------------------------------------------
    def from_entry(self, e: Entry, name: str | None = None) -> ActorDraft:
        a = self.actor_for(e.stable_id, name=name or e.name, kind=e.kind, country=e.country, sector=e.sector,
                           title=e.title, kb_id=e.stable_id)
        if e.kind == "person" and e.curated:  # the short names a dictionary gives ("Ban" for Ban Ki-moon)
            a.surnames.update(al for al in e.aliases if " " not in al and al[:1].isupper())
        return a

    def person_entry(self, names: list[str]) -> Entry | None:
        for n in names:
            found = self.kb.lookup(n, kind="person", date=self.date)
            people = {e.stable_id for e in found}
            if len(people) == 1:
                active = [e for e in found if e.active_on(self.date)] or found
                return active[0]
        return None

    # -- main -----------------------------------------------------------------------------------
    def run(self) -> None:
        doc = self.doc
        kb_matches = [SpacySpan(doc, s, e, label=self.doc.vocab.strings[m]) for m, s, e in _matcher(self.kb, doc.vocab)(doc)]
        kb_spans = filter_spans(kb_matches)
        # a person's full name the model found wins over a surname alias inside it ("Seth Harris", not
        # the knowledge base's "Harris"; "Mary Trump", not "Trump")
        ents = doc.ents
        persons = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
        if persons:
            kb_spans = [k for k in kb_spans if not any(p.start <= k.start and k.end <= p.end and len(p) > len(k)
                                                       and k.label_ == "KB" and len(k) == 1
                                                       and (k.start == p.end - 1 or any(en.kind == "person" for en in
                                                                                       self.kb.lookup(k.text)))
                                                       for p in persons)]  # ("Jim Jordan", not Jordan)
        # a body the model named whole wins over a country's adjective inside it ("the Swedish Prosecution
        # Authority" is a body of Sweden, not the adjective "Swedish" and words of no one)
        orgs = [e for e in ents if e.label_ == "ORG" and len(e) > 1 and _body_head(e[-1], self.kb)]
        if orgs:
            kb_spans = [k for k in kb_spans if not (k.label_ == "ADJ" and len(k) == 1 and any(
                o.start <= k.start and k.end < o.end for o in orgs))]
        taken = {t.i for sp in kb_spans for t in sp}
        ent_spans = [e for e in ents if e.label_ in ENT_LABELS and not any(t.i in taken for t in e)]
        spans = sorted(kb_spans + ent_spans, key=lambda s: s.start)
        self.an.name_spans = spans

        # Pass 1: people. A full name defines a person (or two spellings of one KB person); a lone surname,
        # an honorific + surname or a first name joins the person the article introduced with it, the
        # latest of two that share it; only a name no one in the article bears goes to the knowledge base.
        person_spans: list[SpacySpan] = []
        bare = [_bare_name(sp) for sp in spans]  # (once: both passes read them)
        self.span_surnames = {last_name(_name_text(b)) for sp, b in zip(spans, bare, strict=True)
                              if sp.label_ == "PERSON" and len(b) > 1 and not _headline(sp)}
        for sp, sp2 in zip(spans, bare, strict=True):
            text = _name_text(sp2)
            if _not_an_actor(sp2, text):
                continue
            entries = self.kb.lookup(text)
            is_person = (sp.label_ == "PERSON" and not entries and not _place_like(text)) or \
                any(e.kind == "person" for e in entries) or \
                (sp.label_ == "ORG" and not entries and _described_as_person(sp2, self.kb))
            if is_person and text not in self.kb.capitals and text not in self.kb.adjectives:
                sp3 = self._headline_trim(sp2)
                if sp3 is sp2 and sp.label_ != "KB" and _headline(sp2) \
                        and any(t.lower_ in _lower_words(doc) for t in sp2):
                    continue  # "Sell Coal", "One Sums": headline words, no one's name
                person_spans.append(sp3)
        full = [sp for sp in person_spans if len(_name_text(sp).split()) > 1]
        places = _names_used_as_places(spans, bare, self.kb)
        self.an.place_names = places
        full = [sp for sp in full if _name_text(sp) not in places]
        single = [sp for sp in person_spans if len(_name_text(sp).split()) == 1 and _name_text(sp) not in places]
        by_key: dict[str, ActorDraft] = {}
        for sp in full:
            self.mention(self.full_name_actor(_name_text(sp), by_key), sp)
        for sp in single:
            actor = self.single_name_actor(_name_text(sp), sp.start_char)
            self.mention(actor, sp)
        # every other occurrence of a person's name is that person, whatever the model tagged it
        # ("Trump" as ORG, "Putin" as GPE, or no entity at all)
        names = {n for a in self.an.actors if a.kind == "person" for n in a.surnames}
        firsts = [n for a in self.an.actors if a.kind == "person" for n in a.__dict__.get("first_names", ())]
        names |= {n for n in firsts if firsts.count(n) == 1 and n not in names}  # "Lena said"
        if names:
            pm = PhraseMatcher(doc.vocab, attr="ORTH")
            for name in names:
                pm.add(name, [_words_doc(doc.vocab, name)])
            for m_id, s, e in filter_spans_ids(pm(doc)):
                if any(t.i in self.an.token_actor for t in doc[s:e]) or (e - s == 1 and _lowercase_use(doc[s])):
                    continue
                if e - s == 1 and doc[s].lower_ in _lower_words(doc) and (doc[s].is_sent_start or _headline(doc[s:s + 1])):
                    continue  # "Coal" in a headline ("…: Buy Mines, Sell Coal"), a common word in capitals
                name = doc.vocab.strings[m_id]
                actor = self._bearer(name, doc[s].idx) or self._bearer(name, doc[s].idx, first_names=True)
                if actor is not None:
                    self.mention(actor, doc[s:e])

        # Pass 2: countries, capitals, metonyms, organisations.
        for sp, sp2 in zip(spans, bare, strict=True):
            if any(t.i in self.an.token_actor for t in sp2):
                continue
            text = _name_text(sp2)
            if sp.label_ == "CAPITAL" or (text in self.kb.capitals and not self.kb.lookup(text)):
                iso = self.kb.capitals.get(text)
                if iso and not _is_locative(sp2) and not _is_modifier(sp2):
                    c = self.kb.country(iso)
                    a = self.actor_for(f"capital:{text}", name=text, kind="country", country=iso, sector="GOV",
                                       kb_id=f"{c.stable_id}/GOV" if c else None)
                    self.mention(a, sp2)
                continue
            if sp.label_ == "ADJ" or text in self.kb.adjectives:
                iso = self.kb.adjectives.get(text)
                root = sp2.root
                named = next((e for e in self.kb.lookup(text) if e.kind == "country"), None)
                if named is not None and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative") \
                        and not _is_locative(sp2):
                    self.mention(self.from_entry(named), sp2)  # "US suspended aid": a country, not an adjective
                    continue
                if iso and root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                        and text.endswith("s"):
                    a = self.actor_for(f"people:{iso}", name=text, kind="group", country=iso, sector="CVL")
                    self.mention(a, sp2)
                continue
            entries = [e for e in self.kb.lookup(text) if e.kind != "person"]
            if not entries and sp.label_ == "ORG" and not _not_an_actor(sp2, text):
                found = self.kb.resolve(text, date=self.date)  # the Phoenix dictionaries' bodies
                entries = [found] if found is not None and found.kind != "person" else []
            if entries:
                e = entries[0]
                if e.kind == "country" and (_is_modifier(sp2) or _is_locative(sp2)):
                    continue
                self.mention(self.from_entry(e), sp2)
            elif sp.label_ == "ORG" and not _not_an_actor(sp2, text) and text not in places:
                iso = self.kb.adjectives.get(text.split()[0]) if " " in text else None  # ("Swedish Prosecution Authority")
                self.mention(self.actor_for(f"org:{text.lower()}", name=text, kind="organization", country=iso), sp2)

        self.titles_and_appositives()
        self.affiliates()
        # a description that fits one person by what the article says of them, before the nearest holder
        # of a like title is taken ("the governor" is the one the article called governor)
        descriptions.resolve(self.an, self.kb, self.mention,
                             lambda a: a.surnames | a.__dict__.get("first_names", set()))
        self.role_descriptions()
        self.age_descriptions()
        self.pronouns()
        self.home_country()

    def home_country(self) -> None:
        """People and bodies named without a country in an article about one country take that country
        ("Jessica Ditto", "the Tax Foundation" in a story on a US election), marked so in their
        attributes ("country from the article"): where at least three of the article's mentions of
        coded actors are of one country and it holds at least 70 % of them."""
        home = article_country(self.an.actors)
        if home is None:
            return
        for a in self.an.actors:
            if a.kind in ("person", "organization") and not a.country and a.mentions:
                a.country = home
                a.attributes = [*a.attributes, "country from the article"]

    # -- people -----------------------------------------------------------------------------------
    def _headline_trim(self, span: SpacySpan) -> SpacySpan:
        """"Clinton Breaks", "Obama Seeks": a known person's surname glued by headline case to the verb
        after it is the surname alone."""
        if len(span) < 2:
            return span
        first = _name_text(span[:1])
        known = self.kb.surnames.get(name_key(first)) or first in self.span_surnames
        if self.kb.find(_name_text(span), kind="person"):
            return span
        if not known:  # "Gold Star Mom Corners Obama": the known name at the end of a headline's words
            last = _name_text(span[-1:])
            if _headline(span) and (self.kb.resolve_surname(last, self.date) is not None
                                         or last in self.span_surnames or self.kb.surnames.get(name_key(last))):
                return span[-1:]
            return span
        rest = span[1:]
        if _headline(span) or all(t.tag_.startswith("VB") or t.lower_ in _lower_words(self.doc) for t in rest):
            return span[:1]
        return span

    def full_name_actor(self, text: str, by_key: dict[str, ActorDraft]) -> ActorDraft:
        key = short_key(name_key(text))
        actor = by_key.get(key) or self._longer_name_bearer(text)
        if actor is None:
            entry = self.kb.resolve(text, kind="person", date=self.date)
            if entry is not None:
                actor = self.from_entry(entry, name=text)  # named as the article spells it
            else:
                actor = self.actor_for(f"person:{key}", name=text, kind="person")
            by_key[key] = actor
        words = text.split()
        actor.surnames.update({text, last_name(text)})
        actor.__dict__.setdefault("first_names", set()).add(words[0])
        return actor

    def _longer_name_bearer(self, text: str) -> ActorDraft | None:
        """The one person already named in full by a longer name that ends with ``text`` ("Kathleen Hawk
        Sawyer" … "Hawk Sawyer", "Martin Luther King" … "Luther King"): a surname of two words, not
        another person; None where no one or several are."""
        words = text.split()
        if len(words) < 2:
            return None
        tail = " " + text
        found = [a for a in self.an.actors if a.kind == "person"
                 and any(len(n.split()) > len(words) and n.endswith(tail) for n in a.surnames)]
        return found[0] if len(found) == 1 else None

    def _bearer(self, name: str, pos: int, first_names: bool = False) -> ActorDraft | None:
        """The person of the article who bears ``name`` (as surname or full name; or first name), the
        latest named before ``pos`` where two do (the first named after it, for a headline)."""
        people = [a for a in self.an.actors if a.kind == "person"
                  and (name in (a.__dict__.get("first_names", ()) if first_names else a.surnames))]
        if len(people) <= 1:
            return people[0] if people else None
        before = [(max(s for s, _ in a.mentions if s < pos), a) for a in people if any(s < pos for s, _ in a.mentions)]
        if before:
            return max(before, key=lambda x: x[0])[1]
        return min(people, key=lambda a: min(s for s, _ in a.mentions))

    def single_name_actor(self, text: str, pos: int) -> ActorDraft:
        actor = self._bearer(text, pos)
        if actor is None:  # "Lena said": a first name of one person the article introduced by full name
            firsts = [a for a in self.an.actors if a.kind == "person" and text in a.__dict__.get("first_names", ())]
            actor = firsts[0] if len(firsts) == 1 else None
        if actor is None:
            entry = self.kb.resolve_surname(text, date=self.date)
            if entry is not None:
                actor = self.from_entry(entry)
            else:
                actor = self.actor_for(f"person:{name_key(text)}", name=text, kind="person")
            actor.surnames.add(text)
        return actor

    # -- groups of a person ------------------------------------------------------------------------
    def affiliates(self) -> None:
        """"Top Biden officials", "Putin's spokesman", "the Obama administration": the people or body
        of a person, an actor of its own with that person's country and sector, not the person."""
        doc = self.doc
        for i, aid in list(self.an.token_actor.items()):
            tok = doc[i]
            person = self.an.actor(aid)
            if person is None or person.kind != "person" or tok.dep_ not in ("poss", "compound"):
                continue
            head = tok.head
            lemma = head.lemma_.lower()
            if head.i <= i or head.i in self.an.token_actor or lemma not in AFFILIATE_HEADS \
                    or any(doc[k].i in self.an.token_actor and self.an.token_actor[k] != aid for k in range(i + 1, head.i)):
                continue
            named = next((self.an.actor(self.an.token_actor[c.i]) for c in head.children
                          if c.dep_ == "appos" and c.i in self.an.token_actor), None)
            if named is not None and named.kind == "person" and named.id != aid:
                self.an.token_actor[head.i] = named.id  # "Okafor's attorney, Sonya Zoghlin": the attorney is she
                continue
            first = head.left_edge.i
            while first < head.i and doc[first].dep_ == "det":
                first += 1
            phrase = doc[first: head.i + 1]
            body = lemma in AFFILIATE_BODIES
            hit = self.kb.sector_of(lemma) or self.lex.title_sector(lemma)
            sector = AFFILIATE_BODIES.get(lemma) or (hit[0] if hit else None) or person.sector
            kind = "organization" if body else ("group" if head.tag_ in ("NNS", "NNPS") else "anonymous")
            a = self.actor_for(f"affiliate:{person.id}:{lemma}", name=phrase.text, kind=kind, country=person.country,
                               sector=sector)
            if kind == "anonymous":
                a.attributes = [lemma, "individual", f"of {person.name}"]
            elif not a.attributes:
                a.attributes = [lemma, "group" if kind == "group" else "body", f"of {person.name}"]
            a.add_mention(phrase.start_char, phrase.end_char)
            for t in phrase:
                if t.i not in self.an.token_actor:
                    self.an.token_actor[t.i] = a.id

    # -- titles ---------------------------------------------------------------------------------
    def _context_country(self, tokens) -> str | None:
        tokens = list(tokens)
        hit = _two_word_adjective(tokens, self.kb)  # "North Korean" before "Korean"
        if hit:
            return hit
        for t in tokens:
            for cand in (t.text.replace("’", "'"), t.text):
                if cand in self.kb.adjectives:
                    return self.kb.adjectives[cand]
                c = next((e for e in self.kb.lookup(cand) if e.kind == "country"), None)
                if c:
                    return c.country
        return None

    def _context_body_country(self, tokens, actor: ActorDraft) -> str | None:
        """The country of a body or place the title names ("Republican National Committee Research
        Director Raj Shah", "a spokesman for the State Department, John Kirby")."""
        for t in tokens:
            other = self.an.actor(self.an.token_actor.get(t.i))
            if other is not None and other is not actor and other.kind in ("organization", "country") \
                    and other.country and other.country not in ("IGO", "NGO", "MNC", "IMG"):
                return other.country
        return None

    def _title_of(self, tokens) -> tuple[str | None, str | None]:
        """(title, sector) from role words such as "Foreign Minister" or "interior minister"."""
        words = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.text not in self.kb.adjectives
                 and not self.kb.lookup(t.text)]
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(w.text for w in words[i:i + n])
                hit = self.kb.sector_of(phrase) or self.lex.title_sector(phrase)
                if hit and hit[1] == "person":
                    tail = words[i:]
                    return " ".join(w.text for w in tail).title(), hit[0]
        return None, None

    def titles_and_appositives(self) -> None:
        for actor in [a for a in self.an.actors if a.kind == "person"]:
            for start, end in list(actor.mentions):
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or _headline(span):  # a headline's words are no apposition
                    continue
                # words before the name in its noun phrase: "US President Donald Trump"
                pre = []
                i = span.start - 1
                while i >= 0 and self.doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case") and \
                        self.doc[i].head.i >= i + 1 and self.doc[i].head.i <= span.end and not self.doc[i].is_punct:
                    pre.insert(0, self.doc[i])
                    i -= 1
                # apposition: "Russia's ambassador to the United States, Anatoly Antonov" / "Putin, the Russian president,"
                appos_np = None
                root = span.root
                if root.dep_ == "appos" and root.head.i < span.start:
                    head = root.head
                    appos_np = self.doc[head.left_edge.i: head.i + 1]
                else:
                    for ch in root.children:
                        if ch.dep_ == "appos" and ch.i > span.end - 1 and ch.i not in self.an.token_actor:
                            appos_np = self.doc[ch.left_edge.i: ch.i + 1]
                            break
                if appos_np is not None and any(t.is_quote for t in self.doc[min(span.start, appos_np.start): max(span.end, appos_np.end)]):
                    appos_np = None  # across a quotation mark: '"… Hartley …," Ray Donnelly' is no apposition
                after = self.an.text[span.end_char: span.end_char + 24]
                tag = US_PARTY_STATE.match(after)
                if tag:  # "Sen. David Perdue (R-Ga.)", "Mitch McConnell, R-Ky.": a US politician
                    actor.country = actor.country or "USA"
                    if appos_np is not None and appos_np.start_char >= span.end_char \
                            and appos_np.start_char < span.end_char + tag.end():
                        appos_np = None
                ctx = pre + (list(appos_np) if appos_np is not None else [])
                if not ctx:
                    continue
                title, sector = self._title_of(ctx)
                if title and appos_np is not None and _of_a_company(appos_np.root):
                    sector = "BUS"  # "Tyler Besecker, president of … Besecker Company": a company's president
                country = self._context_country(ctx) or self._context_body_country(ctx, actor)
                if title and title.lower() not in ("counterpart",):
                    actor.title = actor.title or title
                    actor.sector = actor.sector or sector
                if country:
                    actor.country = actor.country or country
                if appos_np is not None and not any(t.i in self.an.token_actor for t in appos_np):
                    self.mention(actor, appos_np)

    # -- role descriptions ------------------------------------------------------------------------
    def _recent_person(self, before: int, pred) -> ActorDraft | None:
        best, best_pos = None, -1
        for a in self.an.actors:
            if a.kind != "person" or not pred(a):
                continue
            pos = max((s for s, _ in a.mentions if s < before), default=-1)
            if pos > best_pos:
                best, best_pos = a, pos
        return best

    def role_descriptions(self) -> None:
        # only nouns that name a role can head a role description: look at those, not at every noun chunk
        doc = self.doc
        strings = doc.vocab.strings
        nn = strings["NN"]
        is_role: dict[int, bool] = {}  # word -> whether it names a role (asked once per word)
        ambiguous = self.an.__dict__.get("ambiguous_descriptions", ())  # two people fit (descriptions.py)
        tags_words = doc.to_array([TAG, LOWER])
        for i in numpy.flatnonzero(tags_words[:, 0] == nn).tolist():
            lower = int(tags_words[i, 1])
            if lower not in is_role:
                role = strings[lower]
                hit = self.kb.sector_of(role) or self.lex.title_sector(role)
                is_role[lower] = role in self.lex.role_nouns or bool(hit and hit[1] == "person")
            if not is_role[lower] or i in self.an.token_actor or i in ambiguous:
                continue
            root = doc[i]
            role = root.lower_
            chunk = self.doc[root.left_edge.i: root.i + 1]
            det = chunk[0].lower_
            if det not in ("the", "his", "her", "their", "its") and chunk[0].dep_ != "poss":
                continue
            name = _named_beside(root)
            if name is not None:  # "Labour's shadow housing secretary, Priya Nandra": the name says who
                named = self.an.actor(self.an.actor_of(name))
                if named is not None and named.kind == "person":
                    self.mention(named, self.doc[chunk.start: root.i + 1])
                continue
            country = self._context_country(chunk)
            title_words = {w.lower() for w in chunk.text.split()}
            # "the minister" names the person last called a minister; "his Russian counterpart" a Russian
            def fits(a: ActorDraft, country=country, role=role, title_words=title_words) -> bool:
                if country and a.country != country:
                    return False
                if role in self.lex.role_nouns:
                    return country is not None
                return bool(a.title) and role in a.title.lower() and _same_rank(title_words, a.title)
            actor = self._recent_person(chunk.start_char, fits)
            if actor is None and country:
                actor = next((a for a in self.an.actors if a.kind == "person" and fits(a)), None)
            if actor is None and root.dep_ in ("nsubj", "nsubjpass") and det == "the" \
                    and role not in self.lex.role_nouns:
                # "Eyamba Sowers didn't know … The real estate agent said …": the one person just named
                actor = sole_person_before(self.an, chunk, country, 1, role, subjects=True)
            if actor is not None:
                self.mention(actor, self.doc[chunk.start: root.i + 1])

    def age_descriptions(self) -> None:
        """"The 48-year-old Australian", "the 73-year-old": a definite description by age names a person
        the article has just introduced — the one person named in that sentence and the two before it (of
        the description's nationality, where it gives one and the person's country is known). With two or
        more such people it stays unresolved."""
        doc = self.doc
        for m in _AGE.finditer(doc.text):
            old = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if old is None:
                continue
            old = old[-1]
            head = old.head if old.dep_ == "amod" and old.head.pos_ in ("NOUN", "PROPN") else old
            left = doc[head.left_edge.i]
            if left.lower_ != "the" or head.i in self.an.token_actor:
                continue
            chunk = doc[left.i: head.i + 1]
            country = next((self.kb.adjectives.get(t.text) for t in chunk if self.kb.adjectives.get(t.text)), None)
            person = sole_person_before(self.an, chunk, country, 2)
            if person is not None:
                self.mention(person, chunk)


    # -- pronouns -------------------------------------------------------------------------------
    def pronouns(self) -> None:
        doc = self.doc
        wanted = _pronoun_ids(doc.vocab.strings)
        found = [i for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), wanted)).tolist()
                 if i not in self.an.token_actor]
        if not found:
            return
        self.genders = Genders.of_analysis(self.an)
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        for i in found:
            k = bisect_right(starts, i) - 1
            tok = doc[i]
            actor = self.resolve_pronoun(tok, sents[k], self._narrative_before(sents, k))
            if actor is not None:
                self.mention(actor, doc[i: i + 1])
                if self._sole_subject(tok, sents[k], actor):
                    self.genders.learn(actor, GENDER_OF_PRONOUN[tok.lower_])

    def _narrative_before(self, sents, k: int, wanted: int = 3, most: int = 8) -> list:
        """Up to ``wanted`` sentences before ``sents[k]`` that tell something outside quotation marks, with
        the quoted ones between them (at most ``most`` in all), in text order: a quote of several
        sentences, or its stray closing mark, does not push the speaker's own sentence out of reach ("“…,”
        he said. “… .” He added …")."""
        out, told = [], 0
        for s in reversed(sents[max(0, k - most):k]):
            out.append(s)
            told += any(t.is_alpha and not self.an.in_quote(t.idx) for t in s)
            if told == wanted:
                break
        return out[::-1]

    def _sole_subject(self, tok, sent, actor) -> bool:
        """``actor`` is the only person named before ``tok`` in its sentence, and its subject."""
        ids = self.an.token_actor
        people = {ids[t.i] for t in sent[: tok.i - sent.start] if t.i in ids and t.pos_ != "PRON"
                  and (a := self.an.actor(ids[t.i])) is not None and a.kind == "person"}
        return people == {actor.id} and any(t.dep_ in ("nsubj", "nsubjpass") and self.an.actor_of(t) == actor.id
                                              for t in sent[: tok.i - sent.start])

    def _clause_subject(self, tok) -> ActorDraft | None:
        """For an object pronoun ("him", "her" as object), the subject of its own clause, which it cannot
        stand for ("Netanyahu will meet with him": not Netanyahu; "himself" would be)."""
        if tok.dep_ not in ("dobj", "pobj", "dative", "iobj") or tok.lower_ not in ("him", "her", "them"):
            return None
        v = governing_verb(tok.head, steps=3)
        subj = subject_of(v) if v is not None else None  # (through "rejects … but will meet")
        return self.an.actor(self.an.actor_of(subj)) if subj is not None else None

    def _clause_objects(self, tok) -> list:
        """For a subject pronoun, the people named as its verb's objects, which it cannot stand for ("his
        claim that he visited Epstein": not Epstein; "himself" would be)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("he", "she"):
            return []
        v = tok.head
        found = []
        for c in v.children:
            if c.dep_ in ("dobj", "dative") or c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN":
                found.append(c)  # (a name the parse made an adverb: "he visited Epstein in New York")
            elif c.dep_ == "prep":
                found += [g for g in c.children if g.dep_ == "pobj"]
        return [a for c in found if (a := self.an.actor(self.an.actor_of(c))) is not None]

    def resolve_pronoun(self, tok, sent, previous) -> ActorDraft | None:
        """The person a pronoun refers to; ``previous``: up to three sentences before ``sent``.

        Only a person of the pronoun's gender, or of none known (``newsgraph/genders.py``), is taken:
        "she" never goes to a man, and with no such person the pronoun stays unresolved."""
        doc = self.doc
        wanted = GENDER_OF_PRONOUN.get(tok.lower_)
        genders = getattr(self, "genders", None) or Genders.of_analysis(self.an)
        said_by = _relative_sayer(tok)
        if said_by is not None:  # "the source, who said he had spoken to …": he is the source, whoever that is
            a = self.an.actor(self.an.actor_of(said_by))
            return a if a is not None and a.kind == "person" and (
                not wanted or genders.of(a) in (None, wanted)) else None
        passed = []  # persons of the other gender the search went by
        bound = self._clause_subject(tok)
        objects = self._clause_objects(tok)
        # a pronoun of the narrative is not a person named only inside quoted words ("“… the day Okafor
        # died,” he said": he is the speaker, not Okafor; a pronoun inside a quote may be anyone)
        narrative = not self.an.in_quote(tok.idx)

        def person_at(t) -> ActorDraft | None:
            # the word's own actor, or its apposition's ("Zelenskyy's chief of staff, Andriy Yermak")
            if narrative and self.an.in_quote(t.idx):
                return None
            a = self.an.actor(self.an.actor_of(t))
            if a is None or a.kind != "person":
                return None
            if a is bound or a in objects:
                passed.append(a)
                return None
            if wanted and genders.of(a) not in (None, wanted):
                passed.append(a)
                return None
            return a

        before = [doc[i] for i in range(tok.i - 1, sent.start - 1, -1)]  # latest first
        # a person subject earlier in the same sentence ("Trump said he ..."), latest first
        for t in before:
            if t.dep_ in ("nsubj", "nsubjpass") and person_at(t):
                return person_at(t)
        # the sentence's subject is of the other gender: another person in it ("Trump went after
        # Hillary Clinton … and called for her to quit")
        if passed:
            for t in before:
                if person_at(t):
                    return person_at(t)
        # then the subject of an earlier sentence in the paragraph, nearest first
        for s in reversed(previous):  # (or its head noun, where the parse left it a fragment)
            subj = [t for t in s if (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN"))
                    and person_at(t)]
            if subj:
                return person_at(subj[0])
            # no person as subject: the person whose thing is the subject ("Mr. Trump's theatrical embrace is
            # not limited to China. He has …")
            owner = [t for t in s if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") and person_at(t)]
            if owner:
                return person_at(owner[0])
        # then any person earlier in the sentence
        for t in before:
            if person_at(t):
                return person_at(t)
        # the subjects were of the other gender: the nearest person named before of the pronoun's own
        # ("He asked her to explain. She replied …"; known to be of it, not merely not of the other)
        if passed:
            for s in reversed(previous):
                for t in reversed(s):
                    if (a := person_at(t)) is not None and genders.of(a) == wanted:
                        return a
        return None


def country_mentions(actors, coded_only: bool = False) -> dict[str, int]:
    """Mentions of actors by country (states only; with ``coded_only``, of actors of the knowledge base
    or countries alone)."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.country and a.country not in NON_STATE and (not coded_only or a.kb_id or a.kind == "country"):
            counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
    return counts


def article_country(actors) -> str | None:
    """The country an article is about: where at least three of its mentions of coded actors (of the
    knowledge base, or countries) are of one country and it holds at least 70 % of them; else None."""
    counts = country_mentions(actors, coded_only=True)
    if not counts:
        return None
    home, n = max(counts.items(), key=lambda kv: kv[1])
    return home if n >= 3 and n >= 0.7 * sum(counts.values()) else None


def sole_person_before(an: Analysis, chunk, country: str | None, sentences: int, role: str | None = None,
                       subjects: bool = False):
    """The one person named between the start of the sentence ``sentences`` before ``chunk``'s and
    ``chunk`` (of ``country`` where both are known; with a title, one that holds ``role``), else None: a
    definite description right after a person is introduced ("Eyamba Sowers didn't know … The real estate
    agent said …", "The 48-year-old Australian was evicted …"). With ``subjects``, only the subjects of
    main clauses count ("Sowers didn't know Patrick was coming": Sowers)."""
    doc = chunk.doc
    starts = an.sent_starts()
    k = bisect_right(starts, chunk.start) - 1
    seen = []
    for t in doc[starts[max(0, k - sentences)]: chunk.start]:
        a = an.actor(an.token_actor.get(t.i))
        if a is not None and a.kind == "person" and a not in seen and (not subjects or _main_subject(t)):
            seen.append(a)
    if len(seen) != 1:
        return None
    a = seen[0]
    if country and a.country and a.country != country:
        return None
    if role and a.title and role not in a.title.lower():
        return None
    return a


#: words that make the body a title is "of" a company ("president of Dana F. Besecker Company")
COMPANY_WORDS = frozenset({"company", "co.", "inc.", "inc", "corp.", "corp", "corporation", "ltd", "ltd.", "llc",
                           "plc", "gmbh", "firm", "bank", "airlines", "airline", "group", "holdings", "enterprises",
                           "industries", "partners", "ventures", "foods", "brands", "motors", "technologies"})


def _of_a_company(title):
    """A title noun whose "of" phrase names a company ("president of Mercer Island-based Dana F. Besecker
    Company", "chief executive of Acme Corp.")."""
    return any(g.lower_ in COMPANY_WORDS for c in title.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.subtree)


def _relative_sayer(tok):
    """For a subject pronoun in what a relative clause's subject says or thinks ("the source, who said he
    had spoken …"): the noun the relative clause describes; else None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("he", "she"):
        return None
    v = tok.head
    if v.dep_ != "ccomp":
        return None
    rel = v.head
    if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
        return None
    return rel.head if rel.head.pos_ in ("NOUN", "PROPN") else None


def _main_subject(tok) -> bool:
    """``tok`` is (a word of) the subject of its sentence's main verb or of a verb coordinated with it."""
    t = tok
    while (t.dep_ in ("compound", "flat", "appos", "amod", "det") or t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN")) \
            and t.head.i != t.i:
        t = t.head  # ("Marta Lind and Paul Ostrow left": both are subjects)
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "ROOT"


def run(an: Analysis) -> Analysis:
    _Builder(an).run()
    return an


#: people posted to another country: "the ambassador to Britain" represents someone else there
POSTED_TO = frozenset({"ambassador", "envoy", "emissary", "representative", "delegate", "consul", "attache",
                       "attaché", "diplomat", "correspondent"})


def anonymous_actor(an: Analysis, span: SpacySpan) -> ActorDraft:
    """An anonymous source ("a European official", "sources cited by CNN") as an actor with what it reveals."""
    lex = lexicon()
    kb: KnowledgeBase = an.kb
    attrs: list[str] = []
    country = _two_word_adjective(list(span), kb)  # "the North Korean regime"
    sector = None
    root = span.root
    for t in span:
        if t.text in kb.adjectives:
            attrs.append(t.text)
            country = country or kb.adjectives[t.text]
        elif t.text in lex.regional_adjectives:
            attrs.append(t.text)
        elif t.i in an.token_actor and t.dep_ == "poss" and t.head.i == root.i:
            other = an.actor(an.token_actor[t.i])
            if other is not None and other.kind == "country":  # "China's ambassador to Britain": China's
                country = country or other.country
        elif t.i in an.token_actor and t.dep_ != "poss":
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == root.i \
                    and root.lemma_.lower() in POSTED_TO:
                continue  # "the ambassador to Britain" is not British
            other = an.actor(an.token_actor[t.i])
            if other:
                attrs.append(other.name)
                country = country or other.country
                if other.kind == "organization" and other.sector:
                    sector = sector or other.sector  # "a Wikileaks spokesman" speaks for a news body
    hit = kb.sector_of(root.lemma_) or kb.sector_of(root.lower_)
    if hit and sector is None:
        sector = hit[0]  # (a spokesman or official of no body named: the office's own sector)
    attrs.append(root.lemma_.lower())
    attrs.append("group" if root.tag_ in ("NNS", "NNPS") else "individual")
    first = span.start  # the phrase as written, without the article it opens with ("a European official")
    while first < span.end - 1 and span.doc[first].lower_ in ("a", "an", "the", "another"):
        first += 1
    name = span.doc[first: span.end].text or span.text
    a = an.new_actor(name=name, kind="anonymous", country=country, sector=sector,
                     attributes=list(dict.fromkeys(attrs)))
    a.add_mention(span.start_char, span.end_char)
    an.link_tokens(span, a)
    return a


# -- event participants ---------------------------------------------------------------------------
PAIR_HEADS = {"leader", "minister", "president", "premier", "diplomat", "envoy", "man", "woman", "chief", "head",
              "counterpart", "side", "country", "nation", "foreign minister", "prime minister"}
#: nouns of a person's kin and household: "his wife", "the senator's son" is another person than the possessor
KIN_HEADS = frozenset({"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "child",
                       "parent", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
                       "girlfriend", "boyfriend", "fiancé", "fiancee", "fiancée", "widow", "widower", "publicist",
                       "bodyguard", "driver", "friend"})
PERSON_HEADS = {"man", "woman", "leader", "representative", "delegate", "negotiator", "member", "figure"}
GENERIC_HEADS = {"man", "woman", "men", "women", "group", "groups", "side", "sides", "country", "countries",
                 "nation", "nations", "state", "states", "leader", "leaders", "delegation", "delegations", "ally",
                 "allies", "neighbour", "neighbours", "neighbor", "neighbors", "agency", "agencies", "body",
                 "organisation", "organization", "council", "commission", "committee", "department", "office",
                 "alliance", "bloc", "coalition", "movement", "faction", "factions", "representatives"}


def _np_tokens(head):
    """The head and the words before it in its noun phrase ("the Syrian government", "US wildlife authorities")."""
    left = [t for t in head.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case")
            or (t.dep_ == "punct" and t.text == "-")]
    start = min([head.i] + [t.left_edge.i for t in left])
    return head.doc[start: head.i + 1]


QUANTITY_HEADS = {"thousands", "hundreds", "dozens", "scores", "tens", "millions", "number", "group", "crowd",
                  "handful", "majority", "some", "many", "most", "several", "all", "one", "two", "three", "members"}


def _quantified(head):
    """"Thousands of Iraqi Kurds", "hundreds of thousands of people", "a group of Yoruba leaders": the
    party is what is counted."""
    for _ in range(3):
        if head.lower_ not in QUANTITY_HEADS:
            break
        of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not of or of[0].pos_ not in ("NOUN", "PROPN"):
            break
        head = of[0]
    return head


def _count_words(np) -> str:
    """The number a group phrase counts its members by, with its qualifiers ("at least 14", "more than
    30"); "" where it has none."""
    nums = [t for t in np if t.like_num or t.dep_ == "nummod"]
    if not nums:
        return ""
    words = [t for t in np if t.i < np[-1].i and (t in nums or t.dep_ in ("quantmod", "advmod") or t.head in nums)]
    return " ".join(t.lower_ for t in sorted(set(words), key=lambda t: t.i))


#: heads of phrases that name agreements, laws and plans — never a party themselves ("the Iran deal"; the party
#: named inside one is found by the events stage's own rules)
THING_HEADS = frozenset({"deal", "agreement", "treaty", "accord", "pact", "plan", "bill", "law", "legislation",
                         "measure", "proposal", "resolution", "policy", "program", "programme", "strategy",
                         "ruling", "verdict", "judgment", "judgement", "decision", "decree", "order"})


def participant_actor(an: Analysis, head) -> str | None:
    """The actor a participant phrase refers to, creating one for a phrase that names a group by its
    sector or an unnamed person by role ("German prosecutors", "the Syrian government", "a Saudi
    dissident", "the court"); ``None`` for phrases that name no actor ("the decision")."""
    head = _quantified(head)
    a = an.actor_of(head)
    if a is not None and an.actor(a).kind == "anonymous" and not an.actor(a).sector and not an.actor(a).country \
            and an.kb.sector_of(head.lower_):
        a = None  # a long source phrase taken as anonymous ("tens of thousands of students …"): its head names it
    if a is not None and an.actor(a).kind == "anonymous":
        # "the APEC forum" taken as an anonymous source: the named body inside it is the party
        named = [an.token_actor[c.i] for c in head.lefts if c.dep_ == "compound" and c.i in an.token_actor
                 and an.actor(an.token_actor[c.i]).kind in ("organization", "country")]
        return named[0] if named else a
    if a is not None:
        return a
    kb: KnowledgeBase = an.kb
    lex = lexicon()
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                                                                  "QUANTITY", "ORDINAL"):
        return None
    place = next((p for p in an.places if p.start <= head.idx < p.end), None) if head.pos_ == "PROPN" else None
    if place is not None or (head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "LOC", "FAC")):
        # a place named as a party stands for its people ("aid to Gaza"), coded by its country
        if place is None or not place.country:
            return None
        made: dict[str, ActorDraft] = an.__dict__.setdefault("_participants", {})
        key = f"place:{place.name}"
        if key not in made:
            made[key] = an.new_actor(name=place.name, kind="group", country=place.country, sector="CVL")
        made[key].add_mention(place.start, place.end)
        an.link_tokens(head.doc.char_span(place.start, place.end, alignment_mode="expand") or [head], made[key])
        return made[key].id
    if head.pos_ == "PROPN" and an.place_names and " ".join(
            t.text for t in head.subtree if t.dep_ in ("compound", "flat") or t.i == head.i) in an.place_names:
        return None  # "his visit to Walter Reed": a hospital the article names so, no party
    if head.pos_ == "NOUN" and head.lemma_.lower() in THING_HEADS:
        return None  # "the Iran deal", "the Corker bill": a thing named after a party, not a party
    if head.pos_ == "NOUN" and head.lower_ in PLACE_NOUNS and any(
            t.pos_ == "PROPN" and t.dep_ == "compound" for t in head.lefts):
        return None  # "a visit to the Hoa Lo prison", "the al-Tanf base": a place, no party
    np = _np_tokens(head)
    top = head
    while top.dep_ in ("compound", "nmod") and top.head.i != top.i:
        top = top.head
    if _REFERENCE.search(an.text[top.left_edge.idx:top.right_edge.idx + len(top.right_edge)]):
        return None  # "the suit, with Number FHC/ABJ/03/095/2018": a reference, no party
    quotes = [t for t in np if t.is_quote]
    if quotes and not (len(quotes) == 2 and quotes[-1].i < head.i and kb.sector_of(head.lower_)):
        return None  # a quoted term ("the “one country, two systems” formula"), a phrase cut in it: no party
        # (a body with a word in scare quotes, "the “interim” government", is still the body)
    first = next((t for t in np if t.dep_ != "det"), np[0])
    text = an.text[first.idx: np.end_char]
    owner = an.actor(an.token_actor.get(first.i)) if first.dep_ == "poss" and first.pos_ == "PRON" else None
    if owner is not None and first.i + 1 < np.end:
        # "his government" of Ashraf Ghani: named for whose it is, as the article would name it in full
        text = f"{owner.name}'s {an.text[first.nbor().idx: np.end_char]}"
    low = head.lower_
    hit = None
    for n in range(min(3, len(np)), 0, -1):  # "riot police", "supreme court", "police"
        phrase = " ".join(t.lower_ for t in np[len(np) - n:])
        hit = kb.sector_of(phrase) or lex.title_sector(phrase)
        if hit:
            break
    if hit is None and low not in lex.anonymous_heads and low not in GENERIC_HEADS and head.pos_ != "PROPN":
        # "Trump's reelection campaign filed a lawsuit": the possessor is the party
        poss = [c for c in head.children if c.dep_ == "poss" and c.i in an.token_actor]
        if poss and (head.lemma_.lower() in KIN_HEADS or head.lemma_.lower() in lex.description_heads):
            return None  # "his publicist quit", "Brightwell's founder resigned": another person, unnamed
        if poss:
            return an.token_actor[poss[0].i]
        if not any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in np):
            return None  # "the decision"; but "the APEC forum" names a body
    # country from the phrase: an adjective ("Syrian"), a possessor or compound that is an actor ("Iran's")
    country = _two_word_adjective([t for t in np if t.i != head.i], kb)  # "the North Korean regime"
    for t in np if country is None else ():
        if t.i == head.i:
            continue
        if t.text in kb.adjectives:
            country = kb.adjectives[t.text]
            break
        other = an.actor(an.token_actor.get(t.i))
        if other is not None and other.country:
            country = other.country
            break
    if country is None:  # "the New Zealand government"
        words = [t.text for t in np if t.i != head.i and t.dep_ != "det"]
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                c = next((e for e in kb.lookup(" ".join(words[i:i + n])) if e.kind == "country"), None)
                if c is not None:
                    country = c.country
                    break
            if country:
                break
    if country is None:  # "authorities in Pakistan", "the armies of Brazil"
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for pobj in prep.children:
                    other = an.actor(an.token_actor.get(pobj.i))
                    if pobj.dep_ == "pobj" and other is not None and other.country and other.kind == "country":
                        country = other.country
    sector = hit[0] if hit else None
    # a modifier naming a side ("government forces", "opposition forces", "rebel fighters") makes another
    # group than the bare head: two sides of one country's war never merge, and the side gives the sector
    side = _side_modifier(np, head, kb) if hit else None
    if side is not None and side[0] != sector and side[0] not in ("GOV",):
        sector = side[0]
    # "the APEC forum": a body named by a name inside it; "her weight", "the plan" name no body
    named_body = hit is None and head.pos_ != "PROPN" and low not in lex.anonymous_heads and low not in GENERIC_HEADS \
        and any(t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "amod") and t.head.i == head.i for t in np)
    if named_body:  # "the APEC forum"
        kind, key = "organization", f"org:{text.lower()}"
    elif head.pos_ == "PROPN" and hit is None:
        if low in GENERIC_HEADS or head.ent_type_ in ("PERSON",):
            kind = "person" if head.ent_type_ == "PERSON" else "organization"
        elif head.ent_type_ == "NORP" and head.tag_ == "NNPS":
            kind = "group"  # "Iraqi Kurds"
        else:
            kind = "organization"
        key = f"org:{text.lower()}"
    elif head.tag_ in ("NNS", "NNPS") or (hit and hit[1] == "group") or (low in GENERIC_HEADS and low not in PERSON_HEADS):
        kind = "group"
        key = f"group:{country}:{sector}:{side[1] if side else ''}:{head.lemma_.lower()}:{text.lower() if not sector else ''}"
        count = _count_words(np)
        if count:  # "at least 14 people", "more than 30 people": a count makes a set of its own (other victims)
            key += f":{count}"
    else:
        kind = "anonymous"
        key = None
    made: dict[str, ActorDraft] = an.__dict__.setdefault("_participants", {})
    existing = made.get(key) if key else None
    if existing is None:
        existing = an.new_actor(name=text, kind=kind, country=country, sector=sector)
        if kind == "anonymous":
            existing.attributes = [head.lemma_.lower(), "individual"]
        if key:
            made[key] = existing
    existing.add_mention(np.start_char, np.end_char)
    an.link_tokens(np, existing)
    return existing.id


def _side_modifier(np, head, kb: KnowledgeBase) -> tuple[str, str] | None:
    """(sector, word) of a modifier of ``head`` that names a side or branch ("government", "opposition",
    "rebel", "army"), as in "Syrian government forces"; ``None`` where none does."""
    for t in np:
        if t.i != head.i and t.head.i == head.i and t.dep_ in ("amod", "compound", "nmod") and t.pos_ != "PROPN":
            hit = kb.sector_of(t.lower_)
            if hit:
                return hit[0], t.lower_
    return None


def nationality_groups(an: Analysis, head) -> list[str]:
    """"Chilean and Peruvian officials", "U.S. and Chinese negotiators": one group per nationality (two
    sides, not one); [] for a phrase with fewer than two nationalities."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    kb: KnowledgeBase = an.kb
    adjs = []
    for c in head.children:
        if c.dep_ in ("amod", "compound") and c.i < head.i:
            adjs += [t for t in [c, *(g for g in c.subtree if g.dep_ == "conj")] if t.text in kb.adjectives
                     or any(e.kind == "country" for e in kb.lookup(t.text))]
    isos = []
    for t in adjs:
        iso = kb.adjectives.get(t.text) or next(e.country for e in kb.lookup(t.text) if e.kind == "country")
        if iso not in [i for i, _ in isos]:
            isos.append((iso, t))
    if len(isos) < 2:
        return []
    hit = kb.sector_of(head.lemma_.lower()) or kb.sector_of(head.lower_)
    sector = hit[0] if hit else None
    made: dict[str, ActorDraft] = an.__dict__.setdefault("_participants", {})
    out = []
    for iso, t in isos:
        key = f"group:{iso}:{sector}:{head.lemma_.lower()}:"
        if key not in made:
            made[key] = an.new_actor(name=f"{t.text} {head.text}", kind="group", country=iso, sector=sector)
        made[key].add_mention(t.idx, head.idx + len(head.text))
        out.append(made[key].id)
    return out


def pair_actors(an: Analysis, head) -> list[str]:
    """"The two leaders", "both ministers", "the two sides": the two people (or parties) last named
    together, else the last two persons mentioned before the phrase."""
    dets = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    if not (dets & {"two", "both"}) or head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in PAIR_HEADS:
        return []
    before = head.idx
    people = [a for a in an.actors if a.kind in ("person", "country") and any(s < before for s, _ in a.mentions)]
    want = "country" if head.lower_ in ("sides", "countries", "nations") else "person"
    people = [a for a in people if a.kind == want]
    people.sort(key=lambda a: max(s for s, _ in a.mentions if s < before), reverse=True)
    pair = people[:2]
    if len(pair) < 2:
        return []
    np = _np_tokens(head)
    for a in pair:
        a.add_mention(np.start_char, np.end_char)
    return [a.id for a in pair]


# words that make another office of the same title: the shadow housing secretary is not the housing
# secretary, the deputy director not the director
_RANK_WORDS = frozenset(("shadow", "deputy", "vice", "assistant", "junior", "associate", "acting", "under"))


def _same_rank(title_words: set[str], title: str) -> bool:
    """A role description and a person's title agree on the words that make another office of it."""
    return {w for w in title_words if w in _RANK_WORDS} == {w.lower() for w in title.split() if w.lower() in _RANK_WORDS}


def _named_beside(root):
    """The name a role noun is in apposition with ("the shadow housing secretary, Priya Nandra", "Priya
    Nandra, the shadow housing secretary"): it, not an earlier holder of a like title, says who."""
    if root.dep_ == "appos" and root.head.pos_ == "PROPN":
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
