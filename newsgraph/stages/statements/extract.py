"""The statements of one article: the direct pass over quotations, the indirect pass over attribution
frames, "according to", name-and-colon lines, quotes that go on, and chains (``via``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, VERB

from ...analysis import Analysis
from ...lexicon import lexicon
from ...nlp import DATELINE
from ...records import Source, Span, Statement
from ..actors import BODY_HEADS, anonymous_actor, sole_person_before
from ..syntax import subject_of
from . import classifier, filters
from .frames import (
    _CHANNELS,
    FRAME_PREPS,
    Frame,
    _depth,
    _outer_cue,
    _referential_it,
    candidate_frames,
    cited_aside,
    content_bounds,
    frame_content,
    inverted_subject,
    misattached_charge,
    quoted_as_saying,
)
from .quotes import Quote
from .speakers import agree

# what a body does to a document that makes it its own ("a poll released by", "a report commissioned by")
_PUT_OUT = frozenset(("release", "publish", "issue", "conduct", "commission", "prepare", "write", "sign", "send",
                      "post", "produce", "compile", "file", "submit", "present", "distribute", "circulate"))
_TRIM_SOURCE_DEPS = ("relcl", "advcl", "cc", "conj", "parataxis")  # appositions stay: "the union's president, Rosa Delgado"
# what one does to a thing that then speaks for one ("held signs calling …", "approved a resolution condemning …")
_HOLD_OUT = _PUT_OUT | frozenset(("hold", "carry", "wave", "display", "approve", "adopt", "pass", "run", "air",
                                  "unveil", "launch", "post", "tweet", "share", "put"))
CONTINUED_KINDS = ("mixed", "indirect")
# prepositions through which a verb's subject puts out a noun cue ("said in a statement", "responded with a
# letter"); "despite calls for …", "after warnings that …" name someone else's words
_CHANNEL_PREPS = ("in", "with", "through", "via", "during")
# how a source hides, not what it says: "(who asked) not to be named", "(spoke) on condition of anonymity"
_ANONYMITY = re.compile(r"(?:not |n't )?to be (?:\w+ly )?(?:named|identified|quoted|cited)\b"
                        r"|(?:his|her|their|its) (?:full )?names? (?:\w+ )?(?:not )?be (?:used|published|disclosed|withheld)\b"
                        r"|(?:the )?condition"
                        r"s? (?:of|that|they|he|she)\b.*\b(?:anonymity|named|identified)\b|anonymity\b", re.I)
_CONDITIONAL_MARKS = ("if", "unless")
_IRREALIS = ("would", "could", "might", "'d")
_WH_WORDS = ("what", "why", "how", "who", "whom", "whose", "which", "when", "where")
_RELATIVES = ("which", "who", "that", "whom")
# nouns a relative clause hangs on as a time, place, manner or cause ("the reason voters backed him",
# "to the extent she talks about Trump"): the clause leaves out no object
_ADVERBIAL_HEADS = frozenset(("reason", "extent", "way", "time", "day", "moment", "place", "point", "degree", "year",
                              "week", "month", "night", "morning", "case", "manner", "period"))
_PERSONAL = ("i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them")
_NEW_QUOTED_PARAGRAPH = re.compile(r'\n[ \t]*\n?[ \t]*["“](?=\S)')  # a paragraph that opens a quote anew
_ASKING = ("ask", "wonder", "question", "inquire", "query")  # their content may be a question


def _infinitive_verb(tok) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


# verbs that ask, push or force someone to do something: what they are made to say is not said
_MAKING = frozenset({"pressure", "press", "push", "force", "coerce", "urge", "ask", "persuade", "convince",
                     "encourage", "compel", "bully", "talk", "lobby", "call"})


def _made_to_say(tok) -> bool:
    """A cue that someone is pressed to utter: "pressured Zelensky into announcing …", "urged him to
    announce …" (the governing verb has an object, the one made to say it)."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "into" and tok.head.head.pos_ == "VERB":
        gov = tok.head.head
    elif tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
        gov = tok.head
    else:
        return False
    return gov.lemma_.lower() in _MAKING and any(c.dep_ in ("dobj", "dative") for c in gov.children)


def _relative_verb(tok):
    """The verb of the relative clause a cue is, or is in through its adjective, its infinitive, a
    coordinated verb with no subject of its own, or as the object noun: "who said", "who are skeptical
    of", "who went on to claim", "which backs … and has called for", "which left little doubt"."""
    v = tok
    for _ in range(4):
        if v.dep_ == "relcl":
            return v
        if v.head.i == v.i or v.dep_ not in ("acomp", "xcomp", "conj", "dobj", "attr", "advcl") \
                or v.dep_ == "advcl" and not _infinitive_verb(v) \
                or v.dep_ in ("dobj", "attr") and (v.i != tok.i or v.pos_ != "NOUN") \
                or v.dep_ == "conj" and (v.head.pos_ not in ("VERB", "AUX")
                                         or any(c.dep_.startswith("nsubj") for c in v.children)):
            return None
        v = v.head
    return None


def _through_compound_preposition(tok):
    """The verb a gerund cue is on through a preposition of several words, a bare noun between two
    prepositions ("In addition to saying …, Holt promised", "in response to claiming …") or an adverb
    after the verb ("stopped short of calling …", "aside from saying …"); None otherwise."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.dep_ != "prep":
        return None
    noun = tok.head.head
    if noun.pos_ == "ADV" and noun.dep_ == "advmod" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
        return noun.head  # "stopped short of calling …", "…, aside from saying …"
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.head.dep_ != "prep" \
            or any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _opens_on(tok, verb) -> bool:
    """``tok`` is in a prepositional phrase that opens the clause of ``verb``: the chain of heads from it
    runs through prepositions and nouns only, to a preposition on ``verb`` set before it."""
    t = tok
    for _ in range(12):
        if t.dep_ == "prep" and t.head.i == verb.i:
            return t.i < tok.i and t.left_edge.i == verb.left_edge.i
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return False


#: nouns of an audience's response: "said to cheers", "to laughter", "to applause" tell how words were met
_REACTIONS = frozenset({"cheer", "cheers", "applause", "laughter", "boo", "boos", "jeer", "jeers", "gasp", "gasps",
                        "cheering", "acclaim", "ovation", "chuckle", "chuckles", "murmur", "murmurs", "silence"})


class _Extractor:
    def __init__(self, an: Analysis):
        self.an = an
        self.doc = an.doc
        self.lex = lexicon()
        self.text = an.article.text
        self.out: list[Statement] = []
        self.loose: list[Quote] = []  # quote sentences with no cue nor speaker before them
        self.used_cues: set[int] = set()
        self.quotes = an.quotes()
        # find_quotes gives them in text order, none inside another: looked up by bisection (a scan of
        # every quote per word made statement extraction quadratic in the number of quotes)
        self._opens = [q.open_at for q in self.quotes]
        self._closes = [q.close_at for q in self.quotes]
        self._cue_positions: list[int] | None = None
        self._people: tuple[int, set[str]] | None = None  # (actor tokens read, nouns of people among them)
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
            found.update(i for i in verbs if self._as_x_put_it(doc[i]))
            according = numpy.flatnonzero(lower[:-1] == numpy.uint64(strings["according"]))
            found.update(according[lower[according + 1] == numpy.uint64(strings["to"])].tolist())
            self._cue_positions = sorted(found)
        return self._cue_positions

    @staticmethod
    def _as_x_put_it(tok) -> bool:
        """ "As one strategist put it, “…”": a cue of no list."""
        return tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)

    def in_quote(self, char: int) -> Quote | None:
        i = bisect_right(self._opens, char) - 1
        if i >= 0 and char < self.quotes[i].close_at:
            return self.quotes[i]
        return None

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
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):  # "calls from the opposition"
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        for c in noun.children:  # "European calls for …": the nationality's
            if c.dep_ in ("amod", "compound") and c.i < noun.i and c.i in self.an.token_actor:
                return c
        if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return subject_of(noun.head)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _CHANNEL_PREPS \
                and noun.head.head.pos_ in ("VERB", "AUX"):  # "said in a statement"
            return subject_of(noun.head.head)
        return None

    def subject_of(self, verb, content=()):
        """The speaker of a cue verb: its subject (:func:`syntax.subject_of`); for a participle hung on a
        noun, that noun ("911 calls saying shots had been fired", "a statement saying …"); else a name
        right after the cue (:func:`inverted_subject`), unless that is one of the ``content`` tokens
        ("said his wife was qualified": "his wife" heads what was said, not the speaker)."""
        rel = _relative_verb(verb)
        if rel is not None and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in rel.children):
            head = rel.head  # "a driver from Marneuli who said …", "mayors in the region, who are skeptical of
            # …": who is the driver, the mayors, not the town or the region
            while head.dep_ == "pobj" and head.head.head.pos_ == "NOUN" and head.ent_type_ != "PERSON" \
                    and getattr(self.an.actor(self.an.actor_of(head)), "kind", None) != "person" \
                    and head.lemma_.lower() not in self.lex.anonymous_heads and head.lower_ not in self.lex.role_nouns \
                    and head.lemma_.lower() not in self.lex.role_nouns:
                # (not from people: "the testimony of four officials, including a career Army officer who
                # described …" is the officer's)
                head = head.head.head
            if head.i != rel.head.i:
                return head
        quoted = quoted_as_saying(verb)
        if quoted is not None:  # "Putin was quoted by TASS as saying": Putin
            return next(c for c in quoted.children if c.dep_ == "nsubjpass")
        if (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
                and not any(c.dep_.startswith("nsubj") for c in verb.children):
            outer = _outer_cue(verb, self.lex)
            if outer is not None:  # "said Marquez would face … and accused party leaders of …": the
                return self.subject_of(outer)  # parse hangs "accused" in the content; it is the sayer's
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i and self.is_cue(verb.head) \
                and not any(c.dep_.startswith("nsubj") for c in verb.children):
            subj = self.subject_of(verb.head)  # "“…,” said Skelly, explaining he …": Skelly's
            if subj is not None and self.in_quote(subj.idx):
                subj = self._subject_after(verb.head)
            if subj is not None:
                return subj
        subj = subject_of(verb)
        if subj is not None and verb.dep_ == "parataxis" and subj.i < verb.i:
            after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
            if after is not None:  # "The combination, say economists, marks …": the parse gives the cue both
                return after  # subjects; the one after it says it, the one before is what is said's
        if subj is not None and verb.dep_ == "relcl" and subj.i == verb.head.i:
            return self._who_put_out(subj) or subj  # "is releasing an ad that urges …": the one releasing it
        if subj is not None:
            return subj
        part = verb  # "a report welcoming … and calling for …": the first participle's noun
        while part.dep_ == "conj" and part.tag_ == "VBG" and part.head.tag_ == "VBG" and part.head.i < part.i \
                and not any(c.dep_.startswith("nsubj") for c in part.children):
            part = part.head
        if part.dep_ == "acl" and part.tag_ == "VBG" and part.head.pos_ in ("NOUN", "PROPN", "NUM"):
            return self._who_put_out(part.head) or part.head  # ("letters, including one saying …": one)
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.i < verb.i and any(c.dep_ == "ccomp" for c in verb.children):
            return verb.head  # "The parent company, Meridian Holdings, announced that …" parsed as a noun
            # phrase with no verb, "announced" its reduced relative: the sentence's subject all the same
        subj = inverted_subject(verb)
        if subj is not None and not any(t.i == subj.i for t in content):
            return subj
        outer = _through_compound_preposition(verb)
        if outer is not None:  # "In addition to saying …, Holt promised …": Holt
            return subject_of(outer)
        return self._phrase_right_before(verb)

    def _who_put_out(self, thing):
        """Who puts out or holds up a thing that speaks, when it is the object of that act: "held signs
        calling …", "approved a resolution condemning …", "is releasing an ad that urges …" (the
        holders, the council, the one releasing it); none for a person or a body ("hired a lawyer
        saying …"), or for things received ("got calls saying …")."""
        if thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.lower_ in ("at", "in", "during") \
                and thing.lemma_.lower() in _CHANNELS and thing.head.head.pos_ in ("VERB", "AUX"):
            owner = subject_of(thing.head.head)  # "said at a news conference announcing …": she announced
            return owner if owner is not None and owner.lower_ not in _RELATIVES and not self.in_quote(owner.idx) \
                else None
        if thing.dep_ != "dobj" or thing.pos_ != "NOUN" or thing.head.lemma_.lower() not in _HOLD_OUT:
            return None
        actor = self.an.actor(self.an.actor_of(thing))
        if actor is not None and actor.kind != "anonymous":
            return None
        owner = subject_of(thing.head)
        if owner is None or owner.lower_ in _RELATIVES or owner.lower_ == "there" or self.in_quote(owner.idx):
            return None
        return owner

    def _phrase_right_before(self, verb):
        """The noun phrase that ends right before a finite cue verb the parse left without a subject
        ("…, former president Bill Clinton said his wife …" with the name taken for an apposition of
        an earlier one; "About 4 in 10 say …" with the number hung on the verb)."""
        if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP") or not self.lex.is_cue(verb.lemma_.lower()) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            return None
        prev = self.doc[verb.i - 1]
        if prev.text == "," and verb.i >= 3:
            return self._name_before_apposition(verb)
        while prev.dep_ == "conj" and prev.head.i < prev.i and prev.head.pos_ in ("NOUN", "PROPN"):
            prev = prev.head  # "Obama and Clinton call them …": both
        if prev.pos_ in ("NOUN", "PROPN", "NUM") and prev.right_edge.i == verb.i - 1 \
                and prev.dep_ in ("appos", "compound", "nummod", "npadvmod", "conj", "dep", "nmod") \
                and not self.in_quote(prev.idx):
            return prev
        if prev.pos_ == "PROPN" and prev.dep_ == "pobj" and prev.right_edge.i == verb.i - 1 \
                and prev.i in self.an.token_actor and not self.in_quote(prev.idx) and _opens_on(prev, verb):
            return prev  # "In a meeting with the board of the Herald Ruiz said …": no comma after the phrase
        return None

    def _name_before_apposition(self, verb):
        """ "…, Tanden, head of the Center for American Progress, recounted …" with the name and its
        apposition hung on an earlier word: the noun before the apposition's opening comma."""
        doc, end = self.doc, verb.i - 1  # the comma closing the apposition
        k = end - 1
        while k > max(0, end - 16) and doc[k].text != ",":
            if doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ != "VBG" or self.in_quote(doc[k].idx):
                return None  # a clause, not a description
            k -= 1
        if k <= 0 or doc[k].text != "," or k + 1 == end:
            return None
        name = doc[k - 1]
        if name.pos_ not in ("PROPN", "NOUN") or name.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL", "FAC") \
                or name.dep_ in ("compound", "poss"):
            return None
        return name

    def _subject_after(self, verb):
        """The subject after a cue outside quotation marks ("“…,” said Cruz", where the parse took a
        word of the quote for a second subject), or the name after it the tagger did not see as one."""
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i
                     and not self.in_quote(c.idx)), None) or inverted_subject(verb)

    def source_span(self, head, cue=None):
        """The source phrase around its head word, without relative clauses, appositions and the like,
        and without the cue's own words when the cue hangs on it ("911 calls [saying …]")."""
        toks = [head]
        skip = cue.i if cue is not None else -1
        charge = misattached_charge(cue) if cue is not None else None
        if charge is not None and charge.head.i == head.i:
            skip = charge.i  # "accused by critics [of promoting …]": the charge, not the critics' words
        stack = [c for c in head.children if c.dep_ not in _TRIM_SOURCE_DEPS and c.dep_ != "punct" and c.i != skip
                 and not (c.dep_ == "acl" and c.i > head.i and self.doc[c.left_edge.i - 1].text == ",")]
        # (", speaking privately," is set apart by its comma; "people briefed on the talks" is not)
        while stack:
            t = stack.pop()
            toks.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "punct"))
        if cue is not None and head.i < cue.i:
            toks = [t for t in toks if t.i < cue.i]  # "a narrator in the ad [states]": the cue hung in it
        first_idx = min(t.idx for t in toks)
        i = bisect_right(self._closes, head.idx) - 1  # the last quote closed at or before the head
        closed = self._closes[i] if i >= 0 and self._closes[i] > first_idx else None
        if closed is not None:  # "“…,” Nate Silver, …, tweeted" with the quote hung on the name
            toks = [t for t in toks if t.idx >= closed]
        colon = min((t.i for t in toks if t.i > head.i and t.text == ":"), default=None)
        if colon is not None:  # "Said Ellis: “I don't get …”" (the parse hangs the quote on the name)
            toks = [t for t in toks if t.i < colon]
        toks.sort(key=lambda t: t.i)
        first, last = toks[0], toks[-1]
        while first.is_punct and first.i < last.i:
            first = self.doc[first.i + 1]
        while last.is_punct and last.i > first.i:
            last = self.doc[last.i - 1]
        span = self.doc[first.i: last.i + 1]
        opened = sum(t.text == "(" for t in span) - sum(t.text == ")" for t in span)
        if opened > 0 and last.i + 1 < len(self.doc) and self.doc[last.i + 1].text == ")":
            span = self.doc[first.i: last.i + 2]  # a party or state tag closes with the name: "Noem (R-S.D.)"
        return span

    def make_source(self, head, cue=None) -> Source:
        span = self.source_span(head, cue)
        actor_id = self.an.actor_of(head, within=(span.start, span.end))  # (not through a word the phrase
        # leaves out: a quote the parse hung on the name)
        if actor_id is not None and head.i not in self.an.token_actor and head.lemma_.lower() in self.lex.anonymous_heads \
                and (a := self.an.actor(actor_id)) is not None and a.kind != "person":
            actor_id = None  # "An FAA spokeswoman": an unnamed person of the FAA (kept as what it reveals)
        anonymous = False
        if head.lemma_.lower() in self.lex.document_heads and (
                actor_id is None or (a := self.an.actor(actor_id)) is not None and a.kind == "anonymous"):
            # "a statement from the Kremlin": the Kremlin's; "the report", a report the article named the body of
            actor_id = self._body_of(head, span) or self._earlier_body(head) or actor_id
        if actor_id is None and head.lower_ == "it":
            actor_id = self._it_antecedent(head)
        if actor_id is None and head.dep_ == "appos" and (a := self.an.actor(self.an.actor_of(head.head))) is not None \
                and a.kind == "person" and not any(t.is_quote for t in self.doc[head.head.i: head.i]):
            actor_id = a.id  # "Levan Gelashvili, a 46-year-old driver …": the driver is Gelashvili
        if actor_id is None and head.lemma_.lower() in self.lex.voice_heads:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)  # "Mr. Ellison's campaign"
            actor_id = self.an.actor_of(owner) if owner is not None else None
        if actor_id is None and head.tag_ == "NN" and span[0].lower_ == "the" and head.dep_ in ("nsubj", "nsubjpass") \
                and head.lemma_.lower() not in self.lex.anonymous_heads and head.lower_ not in self.lex.role_nouns \
                and not any(t.i in self.an.token_actor for t in span) and head.lemma_.lower() not in BODY_HEADS \
                and not any(c.dep_ == "poss" for c in head.children):  # ("the prosecutor's office": a body, no one just named)
            # (not "the president", "the leader": the office the story is about, not whoever was just named —
            # "John Williams, the president of the New York Fed, said … The president says" in a story on Trump)
            # "Eyamba Sowers didn't know … The real estate agent said …": the one person just named
            person = sole_person_before(self.an, span, None, 1, head.lower_, subjects=True)
            actor_id = person.id if person is not None else None
            if person is not None:
                person.add_mention(span.start_char, span.end_char)
                self.an.link_tokens(span, person)
        if actor_id is None:
            named = [t for t in span if t.i in self.an.token_actor and t.dep_ != "poss"
                     and (a := self.an.actor(self.an.token_actor[t.i])) is not None and a.kind == "person"]
            if head.lemma_.lower() in self.lex.anonymous_heads or head.lower_ in self.lex.anonymous_heads \
                    or head.pos_ in ("NOUN", "NUM") or head.lower_ in self.lex.group_pronouns:
                if not named:
                    actor_id = anonymous_actor(self.an, span).id
                    anonymous = True
        else:
            anonymous = self.an.actor(actor_id).kind == "anonymous"
        rel = _relative_verb(cue) if cue is not None else None
        if actor_id is not None and rel is not None and head.i < rel.i:
            self._relative_mention(rel, actor_id)
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
                    if actor_id is None and obj.dep_ == "pobj":  # "by Stanford University's Center on
                        owner = next((c for c in obj.children if c.dep_ == "poss"), None)  # Poverty": its owner's
                        actor_id = self.an.actor_of(owner) if owner is not None else None
                    actor = self.an.actor(actor_id)
                    if actor is not None and actor.kind != "anonymous" and (prep.lower_ != "in" or actor.kind == "organization"):
                        return actor_id  # ("a report in The Athletic": a publication's)
        return None

    def _it_antecedent(self, it) -> str | None:
        """The body "it" stands for as a source: the subject just before it outside quotation marks, in its
        sentence (latest first) or else in the sentence before ("…, the Harbour Authority said. “…,” it
        added"), when that subject is a body (an organization, a country, a group, an unnamed source;
        a document speaks for its body); unresolved when it is a person or a thing."""
        sent = it.sent
        before = [t for t in sent if t.i < it.i]
        def subjects(toks):  # the main clause's first, then the latest
            found = [t for t in toks if t.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(t.idx)
                     and t.lower_ not in _RELATIVES]
            return sorted(found, key=lambda t: (t.head.dep_ != "ROOT", -t.i))

        cands = subjects(before)
        if not cands and sent.start > 0:
            cands = subjects(self.doc[sent.start - 1].sent)
        if not cands:
            return None
        subj = cands[0]
        actor = self.an.actor(self.an.actor_of(subj))
        if actor is None and subj.pos_ == "PROPN":  # a name the actors stage did not link here ("Emirates
            named = [a for a in self.an.actors if a.kind != "person" and subj.text in a.name.split()]  # had …")
            actor = named[0] if len(named) == 1 else None
        if subj.lemma_.lower() in self.lex.document_heads and (actor is None or actor.kind == "anonymous"):
            actor = self.an.actor(self._body_of(subj, subj.doc[subj.left_edge.i: subj.right_edge.i + 1])
                                  or self._earlier_body(subj)) or actor
        if actor is None or actor.kind == "person":
            return None
        return actor.id

    def _earlier_body(self, head) -> str | None:
        """The body behind a definite document ("The report concluded …", "the statement said"): the one
        the article named for the last document of that word before it ("a new report released by the
        Center on Poverty", "the US military said in a statement"), through other definite mentions of it
        ("As the report states"); none after a document the article introduces with no body ("a report")."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        doc, form = self.doc, head.lower_
        for k in range(head.i - 1, -1, -1):
            t = doc[k]
            if t.lower_ != form or t.pos_ != "NOUN":
                continue
            body = self._body_of(t, doc[t.left_edge.i: t.right_edge.i + 1])
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else t.head if t.dep_ == "dobj" \
                and t.head.lemma_.lower() in _PUT_OUT else None
            if body is None and verb is not None and verb.pos_ in ("VERB", "AUX"):
                subj = subject_of(verb)  # "said in a statement", "the United Nations published a report"
                # (also an unnamed one's, "a spokeswoman said in a statement …", made here if the pass
                # that reads that sentence has not come to it yet)
                body = None if subj is None else self.an.actor_of(subj) or self.make_source(subj, verb).actor
            if body is not None:
                return body
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                return None  # "a report" with no body: another document
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
                if pobj and c.lower_ == "to" and (pobj[0].lemma_.lower() in _REACTIONS or pobj[0].lower_ in _REACTIONS):
                    continue  # "said to cheers from the crowd": how the words were met, no one addressed
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
                        and self._sentence_is_quote(q) and not self._report_between(last, q):
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
            if subj is None or self.in_quote(subj.idx):  # none, or the parse took a word of the quote for it:
                subj = self._speaker_between(q, cue) or self._subject_after(cue)  # "…,” said Cruz"
            phrase = None
            if subj is None and cue.dep_ == "acl" and q.close_at <= cue.head.idx < cue.idx:
                subj = cue.head  # "“…,” Nate Silver, the polling guru …, tweeted": the cue hung on the name
                if subj.dep_ == "appos" and q.close_at <= subj.head.idx:
                    subj = subj.head
            if subj is None and cue.pos_ == "NOUN" and cue.idx > q.close_at:
                phrase = self._phrase_before_cue(q, cue)  # a cue tagged as a noun: no subject in the parse
                subj = phrase[0] if phrase else None
            source = self.make_source(subj, cue) if subj is not None else None
            if source is None:
                continue
            if phrase and phrase[1].idx < source.start:  # the whole phrase: "the editorial"
                source = replace(source, text=self.text[phrase[1].idx:source.end], start=phrase[1].idx)
            self.used_cues.add(cue.i)
            kind = "direct" if words >= 4 or self._sentence_is_quote(q) or self._quote_is_the_clause(q, cue) \
                else "mixed"
            cue_span = self.cue_span(cue)
            st = self.add(kind, source, cue_span, content, self.addressee(cue))
            self.relay(cue, subj, st)
            last = (source, cue_span, q.close_at)

    def _report_between(self, last, q: Quote) -> bool:
        """Another report stands between a speaker's last quote and a quote with no cue ("“…,” said Bell.
        Erekat said it was the latest move … “They wanted us on our knees …”"): the quote is not Bell's."""
        _src, cue_span, end = last
        if cue_span is not None:  # (not the last quote's own attribution: "said one volunteer who asked …")
            at = self.doc.char_span(cue_span.start, cue_span.end, alignment_mode="expand")
            if at is not None and len(at):
                end = max(end, at[0].sent.end_char)
        for i in self.cue_positions():
            t = self.doc[i]
            if t.idx < end:
                continue
            if t.idx >= q.open_at:
                break
            if cue_span is not None and cue_span.start <= t.idx < cue_span.end or self.in_quote(t.idx):
                continue
            return True
        return False

    def _after_quote(self, q: Quote, cue, words: bool = False) -> int:
        """The index of the first token between a quote and a cue after it (``words``: the first that
        is no punctuation); ``cue.i`` when there is none."""
        k = cue.i
        while k > 0 and self.doc[k - 1].idx >= q.close_at:
            k -= 1
        while words and k < cue.i and (self.doc[k].is_punct or self.doc[k].is_space):
            k += 1
        return k

    def _speaker_between(self, q: Quote, cue):
        """ "“…,” the airline's chief operating officer, Daniel Park, said": the phrase between the
        quote and the cue that hangs on neither, its head (the parse may hang it inside the quote)."""
        if cue.idx < q.close_at:
            return None
        k = self._after_quote(q, cue)
        for t in self.doc[k: cue.i]:  # from the quote on
            if t.pos_ in ("NOUN", "PROPN", "PRON") and not (q.close_at <= t.head.idx < cue.idx) \
                    and (t.head.i != cue.i or t.dep_ == "compound"):  # ("Conway notes" as a compound)
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

    def _colon_before(self, q: Quote) -> int:
        """Where the colon is that the quote follows on its line ("he laughed: “…”"), or -1."""
        k = q.open_at - 1
        while k >= 0 and self.text[k] in " \t":
            k -= 1
        return k if k >= 0 and self.text[k] == ":" else -1

    def _verb_and_colon_before(self, q: Quote) -> bool:
        k = self._colon_before(q)
        if k == -1:
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
        if k >= len(text) or text[k] not in "-—–―":
            return None
        dash_at = k
        while k < len(text) and text[k] in "-—–―":
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
                       and not (t.dep_ == "mark" and t.lower_ == "that")
                       and not (q.close_at <= t.idx < cue.idx)]  # (the speaker's phrase the parse hung in it)
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
        if self._colon_before(q) != -1 and cue.idx < q.open_at:
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
        # a quote ending in "?" or "!" ends its sentence for the parser: "''… why should voters?'' she
        # said", "“… a drug company?” Alvarez said." have their cue in the next one
        after = self.doc.char_span(k, k + 1, alignment_mode="expand") \
            if k < len(self.text) and (self.text[k].islower() or self.text[k].isupper()
                                       and self.text[q.start:q.end].rstrip(",’'\"”")[-1:] in ("?", "!")) else None
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
                if t.idx >= q.close_at and any(a.dep_ == "relcl" and a.idx >= q.close_at for a in (t, *t.ancestors)):
                    continue  # "“…,” Ray Donnelly, the pollster who called …, tweeted": the speaker's relative clause
                dist = q.open_at - (t.idx + len(t)) if t.idx < q.open_at else t.idx - q.close_at
                if dist < best_dist:
                    best, best_dist = t, dist
        # the cue must sit next to the quote: at most a short speaker phrase between them, or a long
        # one that is the cue's subject or bears the cue ("“…,” Nate Silver, the polling guru who
        # founded fivethirtyeight.com, tweeted")
        if best is not None and best.idx >= q.close_at and self._term_in_running_text(q, best):
            best = None
        if best is not None and (best_dist <= 80 or best_dist <= 240 and self._speaker_phrase_of(q, best)):
            return best
        return self._verb_taking_the_quote(q, last) or self._cue_tagged_as_noun(q, last)

    def _term_in_running_text(self, q: Quote, cue) -> bool:
        """A quoted term of a few words that the sentence runs on from, through a preposition or a
        conjunction, before a cue ("the right to use the word “We” for $5.9 million, though he later
        asked …"): a name or a term, not the cue's words."""
        if len(self.text[q.start:q.end].split()) > 3:
            return False
        k = self._after_quote(q, cue, words=True)
        return k < cue.i and self.doc[k].pos_ in ("ADP", "SCONJ", "CCONJ") and self.doc[k].lower_ != "according"

    def _speaker_phrase_of(self, q: Quote, cue) -> bool:
        """What stands between a quote and a cue after it is the phrase of the cue's speaker: the cue
        heads its first word or hangs on one of that word's heads there."""
        if cue.idx < q.close_at:
            return False
        k = self._after_quote(q, cue, words=True)
        if k == cue.i:
            return False
        first = self.doc[k]
        if cue in first.ancestors:  # the speaker's phrase is the cue's subject
            return all(a.i < k or a.i >= cue.i for a in cue.ancestors)
        top = first
        while top.head.i != top.i and k <= top.head.i < cue.i:
            top = top.head
        # the cue hung on the speaker's phrase (the parse's participle: "Nate Silver … tweeted")
        return cue.dep_ == "acl" and top.left_edge.i <= cue.head.i <= top.right_edge.i

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
            if t.pos_ == "VERB" and t.lemma_.lower() in self.lex.quote_verbs and q.start <= t.head.idx < q.end \
                    and inverted_subject(t) is not None:
                return t  # "“…,” read the email" with "read" hung on the quote
        return None

    def _cue_tagged_as_noun(self, q: Quote, last):
        """ "“…,” a narrator in the ad states.", "“…,” the Saudis state in the white paper", "“…,” the
        editorial read.": a cue verb the tagger took for a noun, after a short speaker phrase right
        after the quote, ending the sentence or followed by a preposition or a comma."""
        if last is None or not len(last):
            return None
        doc = self.doc
        sent = last[0].sent
        if any(t.idx < q.open_at and not (t.is_punct or t.is_space) for t in sent):
            return None  # the quote opens its sentence ("“Arrogant,” features a … report" is a title)
        words = [t for t in sent if t.idx > q.close_at and not (t.is_punct or t.is_space)]
        for j, t in enumerate(words[:8]):
            if t.pos_ in ("VERB", "AUX"):
                return None
            if t.idx > q.close_at + 80:
                break
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if j and t.tag_ in ("NN", "NNS") and (t.lemma_.lower() in self.lex.speech or t.lower_ in self.lex.quote_verbs) \
                    and words[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
                    and (nxt is None or nxt.is_punct or nxt.dep_ == "prep"):
                return t
        return None

    def _phrase_before_cue(self, q: Quote, cue):
        """The head and the first word of the phrase between a quote and a cue that took no subject ("a
        narrator in the ad")."""
        k = self._after_quote(q, cue, words=True)
        heads = [t for t in self.doc[k: cue.i] if t.head.i == t.i or not k <= t.head.i < cue.i]
        head = next((t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON")), None) or \
            next((t for t in heads if t.pos_ == "ADJ"), None)  # "the editorial [read]", tagged as words of a noun
        return (head, self.doc[k]) if head is not None else None

    # -- 2. indirect speech ---------------------------------------------------------------------
    def indirect(self) -> None:
        threshold = classifier.cue_model()[2]
        cands = []
        for i in self.cue_positions():  # the cue tokens, read once: "according (to)" among them
            tok = self.doc[i]
            if tok.lower_ == "according":
                self.according_to(tok)
        self.poll_findings()
        for fr in candidate_frames(self.doc, self.quotes):
            prob = classifier.cue_probability(fr)
            if prob >= threshold or prob >= self.lex.bars["listed_clause"] and (
                    filters.clausal(fr) and self.lex.is_cue(fr.cue[0].lemma_.lower()) or self._owned_claim(fr)):
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

    def _owned_claim(self, fr: Frame) -> bool:
        """A noun of words or thought with a that-clause and a party owning it: "his claim that …",
        "Ruiz's assertion that …" (a listed clause of saying, as "claimed that …" is)."""
        noun = fr.cue[0]
        if not fr.key.endswith("|ncomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.proposition_nouns:
            return False
        if not any(t.lower_ == "that" and t.dep_ == "mark" for t in fr.content):
            return False
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return owner is not None and (owner.lower_ in ("his", "her", "their", "my", "our", "your") or self.is_party(owner))

    def not_said(self, fr: Frame) -> bool:
        """Whether a frame's cue is no report of words or thoughts however it scores: a verb of doing
        ("Congress passed the act", "the US vetoed a resolution": the lexicon's ``actions``; not with a
        particle or preposition, "seized on the claim"), a cue in a condition ("If Yellen had warned
        that …, markets would have tumbled"), or in a question the article itself asks ("Would the
        White House say that …?": the sentence opens as a question and ends with its mark)."""
        tok = fr.cue[0]
        if filters.not_said(fr, self.lex):  # acts, phase verbs, agentless passives, negated objects
            return True
        t = tok
        while t.head.i != t.i:
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in t.children) \
                    and not self.lex.is_cue(h := t.head.lemma_.lower()) and h not in _ASKING \
                    and any(c.dep_ == "aux" and c.lower_ in _IRREALIS for c in t.head.children):
                return True  # a hypothetical: the main clause says what would be (not what was asked:
                # "Asked if he thought …"; nor a real condition: "unless it wants to release …, it needs to")
            t = t.head
        sent = tok.sent
        last = next((w for w in reversed(sent) if not (w.is_space or w.is_quote or w.text in (")", "]"))), None)
        if last is None or last.text != "?" or tok.lemma_.lower() in _ASKING \
                or self.in_quote(tok.idx) is not None or self.in_quote(last.idx) is not None:
            return False
        first = next((w for w in sent if not (w.is_space or w.is_punct)), None)
        return first is not None and first.i < tok.i and (
            first.lower_ in _WH_WORDS or first.pos_ == "AUX" and first.head.i == tok.i and first.dep_ != "nsubj")

    def people_word(self, words) -> bool:
        """Whether one of ``words`` (a noun's lemma and form) names people, not a thing: a noun heading
        one of the article's actor mentions ("Firefighters battling …") or a noun of people the
        knowledge base knows ("residents", "nurses")."""
        if any(self.an.kb.sector_of(w) for w in words):
            return True
        doc, ids = self.doc, self.an.token_actor
        if self._people is None or self._people[0] != len(ids):  # (read afresh: the stage adds actors)
            self._people = len(ids), {w for i, a in ids.items() if doc[i].pos_ == "NOUN"
                                      and (doc[i].head.i == i or ids.get(doc[i].head.i) != a)
                                      for w in (doc[i].lower_, doc[i].lemma_.lower())}
        return any(w in self._people[1] for w in words)

    def _only_whom(self, fr: Frame) -> bool:
        """A verb's prepositional frame with no object of its own whose content is just a party: "the
        policies his critics have long blamed on him" (the thing blamed is the head of the relative
        clause, out of the frame; "him" says whom, not what); a noun's "against" a party ("genocide
        charges at the court against the president", "the backlash against the mayor")."""
        verb = fr.cue[0]
        if verb.pos_ == "NOUN" and len(fr.cue) == 2 and fr.cue[1].lower_ == "against":
            objs = [c for c in fr.cue[1].children if c.dep_ == "pobj"]  # "genocide charges against the
            return bool(objs) and self.is_party(objs[0])  # president": whom they are against, not what
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "relcl" or len(fr.cue) < 2 or fr.cue[-1].dep_ != "prep" \
                or any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "dobj" and c.lower_ not in _RELATIVES
                       for c in verb.children):
            return False
        if not any(c.dep_ == "dobj" for c in verb.children) and (
                verb.head.lemma_.lower() in _ADVERBIAL_HEADS
                or any(c.dep_.startswith("nsubj") and c.lower_ in _RELATIVES for c in verb.children)):
            return False  # the relative is no object: "the reason voters backed Sanders", "those who spoke of him"
        words = [t for t in fr.content if not (t.is_punct or t.is_space)]
        return len(words) == 1 and self.is_party(words[0]) and words[0].pos_ in ("PRON", "PROPN")

    def _no_proposition(self, cue, content: Span, parenthetical: bool) -> bool:
        """An indirect content that says nothing: only adverbs or pronouns ("said nothing", "Vindman reported
        to him"), a relative clause describing someone ("the third witness testifying who listened in on the
        call"), or, for a cue in a relative clause, words told before it (what is denied in "…, a claim
        the minister denied" is the claim, not the sentence)."""
        toks = [t for t in self.doc.char_span(content.start, content.end, alignment_mode="expand") or []
                if not (t.is_punct or t.is_space)]
        if not toks:
            return True
        if all(t.pos_ in ("ADV", "PRON", "PART", "ADP", "DET", "CCONJ") for t in toks) and len(toks) <= 3:
            return True  # (an adjective is a judgement: "called her “weak”")
        if toks[0].dep_ == "pobj" and toks[0].head.lower_ == "to" and toks[0].head.head.i == cue.i \
                and self.is_party(toks[0]):
            return True  # "Anna Lind reported to him for two years": whom she answers to, nothing said
        if toks[0].lower_ in ("who", "which", "whom", "whose") and (toks[0].head.dep_ == "relcl" or cue.dep_ == "acl"):
            return True  # (a question's "who" stays: "did not say who was responsible")
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in toks)
        inside = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
        if verbless and len(roots) == 1 and roots[0].dep_ == "dobj" and roots[0].head.i == cue.i \
                and roots[0].lemma_.lower() in self.lex.document_heads and not self.lex.is_cue(cue.lemma_.lower()):
            return True  # "the warden issued a statement about the charges": what it says is not told
        # (a topic stays, as PolNeAR and the pages' gold count it: "complained about his mic")
        # ("declined to say whether …" stays a statement, as PolNeAR counts it: tests/test_statements.py)
        return cue.dep_ == "relcl" and not parenthetical and content.end <= cue.idx

    def _stirring(self, cue, subj) -> bool:
        """A verb that stirs or calms a feeling in others, as the cue of its object ("The bloodshed raised fears
        that militants were regrouping", "The ruling sparked anger"): the feeling is no one's the article
        names; "raise", "renew", "lift" voice the subject's own only when it is a party ("The senator raised
        concerns that …"), as for the noun cue (``filters.stirred_feeling``)."""
        lemma = cue.lemma_.lower()
        if cue.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in cue.children):
            return False
        if lemma in self.lex.stirring:
            return True
        return lemma in self.lex.stirring_voiced and not (
            subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or self.is_party(subj))

    def is_party(self, tok) -> bool:
        """Whether a word names someone who can speak: a name, a personal pronoun, a noun of people or one
        heading a mention of a person or a body ("the senator", "officials"), or a document ("the report"),
        not a thing or an event."""
        if tok.pos_ == "PROPN" or tok.pos_ == "PRON" and tok.lower_ in _PERSONAL:
            return True
        actor = self.an.actor(self.an.actor_of(tok))
        return actor is not None and actor.kind != "anonymous" or tok.lemma_.lower() in self.lex.anonymous_heads \
            or tok.lemma_.lower() in self.lex.document_heads or self.people_word((tok.lemma_.lower(), tok.lower_))

    def from_frame(self, fr: Frame, prob: float | None = None) -> Statement | None:
        tok = fr.cue[0]
        lemma = tok.lemma_.lower()
        if lemma in self.lex.relay and tok.dep_ in ("amod", "acl", "advcl", "xcomp") and not self._reason_cited(tok):
            return None  # "sources cited by CNN", "citing two officials": a chain, taken with its head
        if self.not_said(fr) or filters.below_bar(fr, prob, self.lex, self.people_word):
            return None
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
        if _made_to_say(tok):
            return None  # "pressured Zelensky into announcing an inquiry": asked of him, not said
        if filters.stirred_feeling(tok, self.lex, self.is_party):
            return None  # "The move sparked fears that …": no one named fears it
        if self._only_whom(fr):
            return None  # "policies his critics blamed on him": what is said of him is the relative's head
        if not quoted and self._no_proposition(tok, content, parenthetical):
            return None  # "testified side-by-side", "reported to him", "the witness testifying who listened …"
        subj = self.subject_of(tok, fr.content) if tok.pos_ != "NOUN" else self.holder_of(tok)
        if subj is None or subj.lower_ == "there" or subj.lower_ == "it" and not _referential_it(tok, subj):
            # no one named: "it was reported that …", "the talks are expected to fail"; a noun cue
            # heading its sentence is rather a verb the parser took for a noun ("Trump warns of …")
            if prob is None or prob < self.lex.bars["sourceless"] or tok.i in self.used_cues \
                    or tok.pos_ == "NOUN" and tok.dep_ == "ROOT" or _infinitive_verb(tok):
                return None  # (nor an infinitive with no one to say it: "willingness to maintain power …")
            subj, source = None, None
        else:
            if subj.lower_ in ("this", "that", "which", "what") or self.in_quote(subj.idx) \
                    or filters.data_source(subj, tok, self.lex):
                return None
            if subj.pos_ == "PRON" and subj.lower_ not in ("i", "we", "you", "they", "he", "she", "it") \
                    and subj.lower_ not in self.lex.group_pronouns and self.an.actor_of(subj) is None:
                return None
            if self._stirring(tok, subj):
                return None  # "The bloodshed raised fears that …": a feeling stirred in others, no one's
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
        content = None
        if pobj and tok.dep_ != "ROOT":
            head = tok.head
            while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head is not head:
                head = head.head
            excluded = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in to.subtree}
            toks = self._sentence_before(tok, to) or [t for t in head.subtree if t.i not in excluded]
            content = self.content_span(toks)
            source = self.make_source(pobj[0]) if content is not None else None
        if content is None:  # a parse that took "According" for the verb, or "to show insiders" for a clause
            found = self._according_by_commas(tok)
            if found is None:
                return
            (a, b), toks = found
            clause = any(t.pos_ in ("VERB", "AUX") for t in toks) or sum(not (t.is_punct or t.is_space) for t in toks) >= 3
            content = self.content_span(toks) if clause else None
            if content is None:
                return  # (a clause, not a word or two: "According to MSNBC, basically.")
            source = self.make_source(self.doc[a:b].root)
            if source.start < self.doc[a].idx or source.end > self.doc[b - 1].idx + len(self.doc[b - 1]):
                span = self.doc[a:b]
                source = replace(source, text=span.text, start=span.start_char, end=span.end_char)
        self.add("indirect", source, self.cue_span(tok), content)

    def poll_findings(self) -> None:
        """ "In a Gazette poll released Monday, Rourke led Ochoa by 6 points": what a poll or survey found,
        read as "according to" it, from a sentence that opens with "In" and the poll (``poll_heads``) hung on
        its main verb, which is no cue of its own ("In its report, the board said …" is the board's
        statement). A poll named later ("Rourke leads in the polls") is left alone: on PolNeAR TRAIN that
        reading gave 7 matches for 32 statements, the reporter's summary more than a finding."""
        doc = self.doc
        lower = doc.to_array([LOWER]).ravel()
        for i in numpy.flatnonzero(lower == numpy.uint64(doc.vocab.strings["in"])).tolist():
            tok = doc[i]
            head = tok.head
            if tok.dep_ != "prep" or head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ROOT", "ccomp") \
                    or self.is_cue(head) or self.in_quote(tok.idx) is not None:
                continue
            first = next((t for t in tok.sent if not (t.is_space or t.is_punct)), None)
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if first is None or first.i != tok.i or pobj is None or pobj.lemma_.lower() not in self.lex.poll_heads:
                continue  # (a poll named later in the sentence is mostly the reporter's summary: "leads in the polls")
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if subj is None:
                continue
            # the poll's phrase, and what the reporter sets before the finding's subject ("last month,",
            # "however,", "In the poll,")
            cut = {t.i for t in tok.subtree} | {t.i for c in head.children if c.i < subj.left_edge.i
                                                 and c.dep_ in ("npadvmod", "advmod", "prep", "advcl", "punct")
                                                 for t in c.subtree}
            content = self.content_span([t for t in head.subtree if t.i not in cut])
            if content is None or any(o.content.start < content.end and content.start < o.content.end
                                      for o in self.out):
                continue
            self.add("indirect", self.make_source(pobj), self.an.tok_span(tok, tok), content)

    def _sentence_before(self, tok, to) -> list | None:
        """The whole sentence before a closing "…, according to X." ("A received 41 percent, B had 35
        percent and C won 19 percent, according to the results": all of it, not the last clause the parse
        hangs the phrase on); None when the phrase opens the sentence, sits inside it or has no comma."""
        sent = tok.sent
        words = [t.i for t in sent if not (t.is_punct or t.is_space)]
        if not words or words[0] >= tok.i - 1 or self.doc[tok.i - 1].text != "," \
                or max(t.i for t in to.subtree) < words[-1]:
            return None
        return list(self.doc[sent.start: tok.i - 1])

    def _according_by_commas(self, tok):
        """((start, end) of the source, content tokens) of "according to X" read off its commas where the
        parse is of no use: "According to X, <content>." (past an apposition of X: "According to Jo
        Reyes, a spokeswoman, …") or "<content>, according to X." at the end of its sentence."""
        doc, sent = self.doc, tok.sent
        end = sent.end
        while end > tok.i + 2 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        words = [t for t in sent if not (t.is_space or t.is_punct and t.text not in (",",))]
        if words and words[0].i == tok.i:  # it opens the sentence
            commas = [t.i for t in doc[tok.i + 2: end] if t.text == ","]
            if not commas or commas[0] == tok.i + 2:
                return None
            cut = commas[0]
            if len(commas) > 1 and commas[1] - cut <= 9 and not any(
                    t.pos_ in ("VERB", "AUX") for t in doc[cut + 1: commas[1]]):
                cut = commas[1]  # "According to Jo Reyes, a spokeswoman, …": the apposition is the source's
                return (tok.i + 2, commas[0]), list(doc[cut + 1: end])
            return (tok.i + 2, cut), list(doc[cut + 1: end])
        if tok.i > sent.start + 1 and doc[tok.i - 1].text == "," and end > tok.i + 2:
            return (tok.i + 2, end), list(doc[sent.start: tok.i - 1])
        return None

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
        # "reported, citing …, that" with "citing" hung on the reported clause
        asides = [a for c in near if c.dep_ == "ccomp" and c.i > cue.i and (a := cited_aside(cue, c)) is not None]
        if cue.dep_ == "ccomp" and cue.head.i > cue.i:  # the inverted parse of "reported, citing …, that"
            near += [c for c in cue.head.children if c.i < cue.head.i]
        near += asides
        for c in near:  # "The Post reported, citing two officials"
            if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in self.lex.relay and not self._reason_cited(c):
                obj = [g for g in c.children if g.dep_ == "dobj"]
                if obj:
                    src = self.make_source(obj[0])
                    self.out.append(Statement(id=self.next_id(), kind=st.kind, source=src,
                                              cue=self.an.tok_span(c, c), content=st.content, via=st.id,
                                              confidence=st.confidence))

    def _reason_cited(self, verb) -> bool:
        """A participle of citing whose object is no party but a reason or a fact: "…, citing a threat to
        public health" (the subject's own statement, not a source relaying the main clause, as in
        "…, citing two officials")."""
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ != "VBG" or verb.lemma_.lower() != "cite":
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        return obj is not None and not self.is_party(obj)

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
            opened = line[:1] in ('"', "“") and line[1:2].isupper()  # a transcript whose paragraphs open a
            if opened:  # quote they never close ('"WALLACE: Let's start …'): the name after the mark
                line, line_start = line[1:], line_start + 1
            k = line.find(":")
            if k <= 0 or k > 60 or len(line[:k].split()) > 5 or line[:k].strip() != line[:k] \
                    or opened and not line[:k].isupper():
                continue
            rest = line[k + 1:]
            cs = line_start + k + 1 + len(rest) - len(rest.lstrip())
            ce = line_start + len(line.rstrip())
            if opened:
                self._cut_before(line_start - 1, cs, ce, taken)
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
            if who[0].tag_ == "PRP$" or who[0].lower_ in ("our", "my", "your", "their"):
                continue  # no one named: a page's "Our Standards: The Thomson Reuters Trust Principles."
            source = self.named_source(who)
            if source.actor is None and label:
                source = replace(source, actor=self._person_named(who.text))
            if source.actor is None and (
                    label and (len(who) == 1 and not opened or any(t.lower_ in ("is", "are", "was", "were", "be") for t in who))
                    or not label and who.root.pos_ != "PROPN" and who.root.i not in self.an.token_actor):
                continue  # no one named: "BOOM: …", "Q: …", "FIX IS IN: …", "Another problem for Sanders: …"
            quoted = any(cs <= q.open_at < ce for q in self.quotes)
            said = self.doc.char_span(cs, ce, alignment_mode="expand")
            if not label and not quoted and said is not None and not any(
                    t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in said):
                continue  # a list entry, no words: "Elizabeth A. Burton: Possession of methamphetamine, held in
                # jail in lieu of $70,000 bond." (a headline's "Sanders: Clinton email story has moved" says)
            content = self.an.span(cs, ce)
            kind = "mixed" if quoted else "indirect"
            self.add(kind, source, self.an.tok_span(colon[0], colon[0]), content)
            taken.append((cs, ce))

    def _cut_before(self, at: int, cs: int, ce: int, taken: list) -> None:
        """A transcript's line ('"PENCE: …') is the named speaker's: a direct statement whose content runs
        into it from an earlier line (the quote an unclosed mark seemed to open) ends before it, one that
        opens on it goes."""
        keep = []
        for st in self.out:
            c = st.content
            if st.kind == "direct" and c.start < ce and cs < c.end:
                head = self.text[c.start:at].rstrip(' \n"“”') if c.start < at else ""
                if len(head.split()) < 3:
                    continue  # (a quote that opens on the line: the line's, not the quote's)
                st.content = self.an.span(c.start, c.start + len(head))
            keep.append(st)
        self.out = keep
        taken[:] = [(st.content.start, st.content.end) for st in self.out]

    def run(self) -> list[Statement]:
        self.direct()
        self.indirect()
        self.colon_lines()
        self.continue_quotes()
        self.split_paragraphs()
        self.drop_headings()
        self.out = agree(self.an, self.out)
        return self.out

    def split_paragraphs(self) -> None:
        """A quotation run over paragraphs, each opening with a mark ("I would like to stress …
        ¶ "Its cables …"), is one direct statement a paragraph, with the same source and cue (as a
        quote sentence that goes on in the next paragraph is)."""
        out: list[Statement] = []
        for st in self.out:
            c = st.content
            cuts = [m.start() for m in _NEW_QUOTED_PARAGRAPH.finditer(self.text, c.start, c.end)] if st.kind == "direct" else []
            if not cuts:
                out.append(st)
                continue
            bounds, begin = [], c.start
            for k in cuts:
                bounds.append((begin, k))
                begin = k + 1
                while begin < c.end and self.text[begin] in ' \t\n"“':
                    begin += 1
            bounds.append((begin, c.end))
            first = True
            for a, b in bounds:
                piece = self.text[a:b].rstrip(' \t\n"”')
                if not piece.strip():
                    continue
                span = self.an.span(a, a + len(piece))
                out.append(replace(st, content=span) if first else replace(st, id=self.next_id(), content=span))
                first = False
        self.out = out

    def drop_headings(self) -> None:
        """No statement out of a heading inside the text: a subhead or a related story's headline left
        in the page ("Starmer's glitter shower …" is no one's words in this article). The text's opening
        line, where a plain text keeps the article's own headline ("Sanders: Clinton email story has
        moved"), stays."""
        spans = [(h.start, h.end) for h in self.an.article.headings if h.start > 0 and self.text[:h.start].strip()]
        spans += filters.card_spans(self.text)  # a related-story card pasted into a sentence
        if not spans or not self.out:
            return
        gone = {st.id for st in self.out
                if any(s <= (st.cue.start if st.cue is not None else st.content.start) < e
                       or st.content.start < e and s < st.content.end and st.kind != "direct" for s, e in spans)}
        if gone:
            self.out = [st for st in self.out if st.id not in gone and st.via not in gone]


def run(an: Analysis) -> Analysis:
    an.statements.extend(_Extractor(an).run())
    return an
