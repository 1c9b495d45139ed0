"""People named by a definite description: "the Republican nominee", "the former prosecutor", "the
Vermont senator", "his Democratic rival".

A description names the one person of the article it fits, by what the article itself says of that
person before it — the words of an apposition ("Dana Whitcombe, the Republican nominee"), of a phrase
before the name ("Vermont Sen. Paul Ostrander"), a party tag ("(R-Ga.)") — and by the titles the
knowledge base gives the person on the article's date (an office that ended before it is a "former" one).
The description's head noun must head one of the person's phrases ("the nominee" fits "the Republican
nominee", not "a member of the nominating committee"), its rank and time words ("former", "deputy")
must agree with that phrase's, and each other word must be one the article or the knowledge base says of
the person. Where two people fit, or none, the description stays unresolved (precision first).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon

#: words that make another office of a title or another time of it: they must agree with the phrase
#: the head is read from ("the former prosecutor" is not the prosecutor)
RANK_OR_TIME = frozenset({"former", "ex", "then", "late", "future", "outgoing", "incoming", "shadow", "deputy",
                          "vice", "assistant", "junior", "associate", "acting", "under", "interim"})
#: spellings of one party or office
SAME_WORD = {"gop": "republican", "democrat": "democratic", "dem": "democratic", "sen.": "senator",
             "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
             "congressman": "representative", "congresswoman": "representative", "front-runner": "frontrunner"}
#: a description by one of these heads fits a person described by one of the values too ("the Democratic
#: candidate" is the Democratic nominee)
IMPLIED_HEADS = {"candidate": {"candidate", "nominee", "frontrunner", "hopeful"}}
#: heads that say whose rival or partner, not who: alone they name no one
RELATIONAL = frozenset({"rival", "opponent", "challenger", "counterpart", "ally", "successor", "predecessor",
                        "partner", "friend", "colleague", "boss", "deputy", "mate"})
#: heads too common to name one person of an article
GENERIC = frozenset({"man", "woman", "person", "people", "one", "other", "source", "official", "member", "group",
                     "figure", "guy", "lady", "gentleman", "boy", "girl", "child", "individual", "resident",
                     "victim", "suspect", "family", "father", "mother", "son", "daughter", "wife", "husband"})
PARTY_TAG = re.compile(r"^\s*[,(]\s*([RDI])\s*[-–]")
PARTY_OF_TAG = {"R": "republican", "D": "democratic", "I": "independent"}
DETERMINERS = frozenset({"the", "his", "her", "their"})
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself", "they", "them", "their"})


@lru_cache(maxsize=1)
def description_heads() -> frozenset[str]:
    """Nouns that describe a person beyond the titles (``roles.yaml``: description_heads)."""
    return frozenset(_word(w) for w in lexicon().description_heads)


def _person_noun(word: str, kb, lex) -> bool:
    """``word`` names a person by what they are ("nominee", "senator", "developer"), not a body ("the
    court") or a thing ("the tweet")."""
    if word in description_heads() or word in lex.role_nouns or lex.title_sector(word):
        return True
    hit = kb.sector_of(word)
    return bool(hit and hit[1] == "person")


def _word(tok_text: str) -> str:
    w = tok_text.lower().replace("’", "'")
    return SAME_WORD.get(w, w)


class _Profile:
    """What the article (and the knowledge base) says a person is: phrases of (head, words)."""

    def __init__(self):
        self.phrases: list[tuple[str, set[str], set[str]]] = []
        self.words: set[str] = set()

    def add(self, head: str | None, words: set[str], of: set[str] = frozenset()) -> None:
        """A phrase by its head, its words and the words of its "of" complement ("president of the New
        York Fed": another office than the president, named only with something of it)."""
        words = {w for w in words if w not in DETERMINERS and w not in ("a", "an")}
        if head:
            self.phrases.append((head, words, set(of) - DETERMINERS))
        self.words |= words


def _phrase_words(tokens) -> set[str]:
    return {_word(t.text) for t in tokens if t.is_alpha or "." in t.text or "-" in t.text}


def _is_a(tok):
    """The noun a name is said to be, in the present ("Ostrander is a former prosecutor"), else None."""
    v = tok.head
    if tok.dep_ != "nsubj" or v.lemma_ != "be" or v.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ == "neg" for c in v.children):
        return None  # ("Ostrander is not a prosecutor")
    return next((c for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)


def _np(head) -> list:
    """``head`` and the words before it in its noun phrase."""
    return [t for t in head.lefts if t.dep_ in ("det", "amod", "compound")] + [head]


def _with_of(head) -> list:
    """``head`` and the words of its "of" phrase ("secretary of state")."""
    out = [head]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i:
            for g in c.children:  # (a noun only: "the senator of twisting her record" has no office in it)
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    out += [t for t in g.lefts if t.dep_ in ("compound", "amod")] + [g]
    return out


def _profiles(an, kb, names_of) -> dict[int, _Profile]:
    doc = an.doc
    lex = lexicon()
    out: dict[int, _Profile] = {}
    for a in an.actors:
        if a.kind != "person":
            continue
        p = out.setdefault(id(a), _Profile())
        names = names_of(a)
        for start, end in a.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if span.text.lower() in PRONOUNS:
                continue
            if span.text in names or all(t.pos_ == "PROPN" or t.is_punct for t in span):
                pre, i = [], span.start - 1  # "Republican presidential nominee Dana Whitcombe"
                while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod") and span.start <= doc[i].head.i < span.end \
                        and not doc[i].is_punct and i not in an.token_actor:
                    pre.insert(0, doc[i])
                    i -= 1
                while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod") and pre and doc[i].head.i == pre[0].i \
                        and i not in an.token_actor:
                    pre.insert(0, doc[i])  # ("Vermont Sen." before the name)
                    i -= 1
                heads = [t for t in pre if t.pos_ == "NOUN" or _person_noun(_word(t.text), kb, lex)]
                p.add(_word(heads[-1].text) if heads else None, _phrase_words(pre))
                tag = PARTY_TAG.match(an.text[end:end + 12])
                if tag:
                    p.add(None, {PARTY_OF_TAG[tag.group(1)]})
                attr = _is_a(span.root)
                if attr is not None:  # "Ostrander is a former prosecutor"
                    p.add(_word(attr.text), _phrase_words([*_np(attr), *_with_of(attr)]), _phrase_words(_with_of(attr)[1:]))
                continue
            root = span.root  # "the Republican nominee", "a former prosecutor": a description of the person
            if root.pos_ != "NOUN":
                continue
            of = _phrase_words(_with_of(root)[1:])
            p.add(_word(root.text), _phrase_words([*span, *_with_of(root)]), of)
        date = an.article.published
        if a.kb_id and date:  # (with no date, no office is known to be held or past)
            for e in kb.lookup(a.name, kind="person"):
                if e.stable_id != a.kb_id or not e.title or (e.start and e.start > date):
                    continue
                words = [_word(w) for w in re.findall(r"[A-Za-z.\-]+", e.title)]
                if e.end and e.end <= date:
                    words.append("former")
                head_words = words[:words.index("of")] if "of" in words else words
                of = set(words[words.index("of") + 1:]) if "of" in words else set()
                head_words = [w for w in head_words if w not in RANK_OR_TIME]
                p.add(head_words[-1] if head_words else None, {w for w in words if w != "of"}, of)
        if a.title and not date:  # the title the article or the knowledge base gave (of no known time)
            words = [_word(w) for w in re.findall(r"[A-Za-z.\-]+", a.title)]
            if words and "of" not in words:
                p.add(words[-1], set(words))
    return out


def _description(an, head):
    """(determiner, qualifier words, country) of a definite description headed by ``head``, else None;
    country: of a country its "of" phrase names ("the President of the United States")."""
    doc = an.doc
    if head.tag_ not in ("NN", "NNP") or head.tag_ == "NNP" and (head.ent_type_ or doc[head.left_edge.i].lower_ != "the"):
        return None  # ("the President": a title in capitals, no name)
    if head.dep_ in ("compound", "appos", "attr", "nmod") or head.head.pos_ == "PROPN" and head.dep_ != "poss":
        return None
    if any(c.dep_ == "appos" or c.pos_ == "PROPN" and c.i > head.i for c in head.children):
        return None
    if any(c.dep_ in ("relcl", "acl") for c in head.children):
        return None  # "the candidate who wins the primary": no one yet
    left = doc[head.left_edge.i]
    det = left.lower_
    if det not in DETERMINERS:
        return None
    words = []
    for t in doc[left.i + 1: head.i]:
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB") or t.dep_ in ("poss", "det", "nummod"):
            return None
        if t.is_alpha or "-" in t.text:
            words.append(_word(t.text))
    country = None
    for t in _with_of(head)[1:]:
        other = an.actor(an.token_actor.get(t.i))
        if other is not None and other.kind == "country":
            country = other.country
        elif t.is_alpha:
            words.append(_word(t.text))
    return det, words, country


def _fits(profile: _Profile, head: str, words: list[str], country_of, actor) -> bool:
    heads = IMPLIED_HEADS.get(head, {head})
    rank = {w for w in words if w in RANK_OR_TIME}
    if not any(h in heads and {w for w in pw if w in RANK_OR_TIME} == rank and (not of or of & set(words))
               for h, pw, of in profile.phrases):
        return False
    for w in words:
        if w in RANK_OR_TIME or w in profile.words:
            continue
        iso = country_of(w)
        if iso is None or actor.country != iso:
            return False
    return True


def resolve(an, kb, mention, names_of) -> None:
    """Mention on each definite person description the one person of the article it fits."""
    doc = an.doc
    lex = lexicon()
    profiles = _profiles(an, kb, names_of)
    if not profiles:
        return
    known_heads = {h for p in profiles.values() for h, _, _ in p.phrases}
    known_heads |= {h for h, implied in IMPLIED_HEADS.items() if implied & known_heads}
    people = [a for a in an.actors if a.kind == "person"]

    def country_of(w: str):
        for cand in (w.title(), w.upper(), w):
            if cand in kb.adjectives:
                return kb.adjectives[cand]
        return None

    for head in doc:
        if head.i in an.token_actor or head.pos_ not in ("NOUN", "PROPN"):
            continue
        word = _word(head.text)
        if word not in known_heads or word in GENERIC or word in lex.anonymous_heads \
                or not _person_noun(word, kb, lex):
            continue
        found = _description(an, head)
        if found is None:
            continue
        det, words, country = found
        if an.in_quote(head.idx) and not country and all(w in RANK_OR_TIME for w in words):
            continue  # (in quoted words a bare title may be anyone's: "I don't see him as the president")
        if word in RELATIONAL and not [w for w in words if w not in RANK_OR_TIME]:
            continue  # "his rival": whose, not who
        start = doc[head.left_edge.i].idx
        fit = [a for a in people if any(s < start for s, _ in a.mentions) and (not country or a.country == country)
               and _fits(profiles[id(a)], word, words, country_of, a)]
        if len(fit) > 1:  # two people fit: no nearer holder of the title is taken either
            an.__dict__.setdefault("ambiguous_descriptions", set()).add(head.i)
        if len(fit) != 1:
            continue
        first = head.left_edge.i + (det != "the")  # ("his Democratic rival": not "his", whoever he is)
        chunk = doc[first: head.i + 1]
        if any(t.i in an.token_actor for t in chunk):
            continue
        mention(fit[0], chunk)
