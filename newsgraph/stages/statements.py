"""Statements: who said what, to whom, through whom.

Three passes over the parse, each a rule over dependency structure with its words in
``data/cues.yaml``:

1. direct quotes: quotation spans (curly, straight, single, guillemets; running over sentences and
   paragraphs) tied to a speech cue before or after them in the same sentence;
2. indirect speech and belief: a cue verb with a that-clause, an infinitive or an object
   ("warned Putin of severe consequences"), and "according to X";
3. chains: a source passed on by another ("sources cited by CNN", "citing two officials") gets a
   statement of the relaying source, linked by ``via``.

Sources resolve to the actors of the actors stage (pronouns and descriptions included); a source
with no name ("a European official") becomes an anonymous actor keeping what it reveals.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis import Analysis
from ..lexicon import lexicon
from ..records import Source, Span, Statement
from .actors import anonymous_actor
from .syntax import subject_of

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "‹": "›"}
_TRIM_SOURCE_DEPS = ("relcl", "appos", "advcl", "cc", "conj", "parataxis")


@dataclass
class Quote:
    start: int  # offset of the first character inside the marks
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just past the closing mark (or the paragraph end when unclosed)


def find_quotes(text: str) -> list[Quote]:
    """Quotation spans; a paragraph that ends inside a quote continues when the next reopens it."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _PAIRS and _opens(text, i):
            close = _PAIRS[ch]
            j = i + 1
            start = j
            while j < n:
                c = text[j]
                if c == close and (ch != "‘" or _closes_single(text, j)) and j > start:
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
                quotes.append(Quote(content_start, content_end, i, min(n, j + 1) if j < n and text[j] == close else j))
            i = j + 1
        else:
            i += 1
    return quotes


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i else " "
    if ch in ('"', "‘"):  # ambiguous marks open only after a space or bracket and before a word
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return (prev.isspace() or prev in "([{—–-:") and not nxt.isspace()
    return True


def _closes_single(text: str, j: int) -> bool:
    nxt = text[j + 1] if j + 1 < len(text) else " "
    return not nxt.isalpha()  # "don’t" is an apostrophe, not a closing mark


class _Extractor:
    def __init__(self, an: Analysis):
        self.an = an
        self.doc = an.doc
        self.lex = lexicon()
        self.text = an.article.text
        self.out: list[Statement] = []
        self.used_cues: set[int] = set()
        self.quotes = find_quotes(self.text)

    # -- helpers ------------------------------------------------------------------------------------
    def next_id(self) -> str:
        return f"s{len(self.an.statements) + len(self.out) + 1}"

    def in_quote(self, char: int) -> Quote | None:
        return next((q for q in self.quotes if q.open_at <= char < q.close_at), None)

    def is_cue(self, tok) -> bool:
        return tok.pos_ in ("VERB", "AUX") and self.lex.is_cue(tok.lemma_.lower()) or \
            (tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to")

    def subject_of(self, verb):
        return subject_of(verb)

    def source_span(self, head):
        toks = [head]
        stack = [c for c in head.children if c.dep_ not in _TRIM_SOURCE_DEPS]
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

    def make_source(self, head) -> Source:
        span = self.source_span(head)
        actor_id = self.an.actor_of(head)
        anonymous = False
        if actor_id is None:
            named = [t for t in span if t.i in self.an.token_actor and t.dep_ != "poss"
                     and (a := self.an.actor(self.an.token_actor[t.i])) is not None and a.kind == "person"]
            if head.lemma_.lower() in self.lex.anonymous_heads or head.lower_ in self.lex.anonymous_heads \
                    or head.pos_ == "NOUN":
                if not named:
                    actor_id = anonymous_actor(self.an, span).id
                    anonymous = True
        else:
            anonymous = self.an.actor(actor_id).kind == "anonymous"
        return Source(text=span.text, start=span.start_char, end=span.end_char, actor=actor_id, anonymous=anonymous)

    def addressee(self, cue):
        """(actor id, span) of whom the words were addressed to or the channel ("told CNN", "on social media")."""
        lemma = cue.lemma_.lower()
        for c in cue.children:
            if c.dep_ in ("dative",) or (c.dep_ == "dobj" and lemma in self.lex.addressee_object):
                return self.an.actor_of(c), self.doc[c.left_edge.i: c.right_edge.i + 1] if c.dep_ != "dobj" \
                    else self.doc[c.left_edge.i: c.i + 1]
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "on") and lemma in ("say", "write", "post", "tell", "add"):
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj and (c.lower_ == "to" or pobj[0].lemma_.lower() in (
                        "statement", "interview", "media", "post", "briefing", "conference", "letter", "speech",
                        "television", "radio", "x", "twitter", "telegram", "facebook", "broadcast")):
                    return self.an.actor_of(pobj[0]), self.doc[c.i: pobj[0].right_edge.i + 1]
        return None, None

    def add(self, kind: str, source: Source | None, cue_span: Span | None, content: Span,
            addressee=(None, None), via: str | None = None) -> Statement:
        actor_id, addr_span = addressee
        st = Statement(id=self.next_id(), kind=kind, source=source, cue=cue_span, content=content,
                       addressee=actor_id, via=via,
                       addressee_text=self.an.span(addr_span.start_char, addr_span.end_char) if addr_span is not None else None)
        self.out.append(st)
        return st

    def cue_span(self, cue) -> Span:
        if cue.lower_ == "according":
            return self.an.tok_span(cue, self.doc[cue.i + 1])
        return self.an.tok_span(cue, cue)

    def content_span(self, toks) -> Span | None:
        toks = sorted(toks, key=lambda t: t.i)
        while toks and (toks[0].is_punct or toks[0].lower_ == "that" and toks[0].dep_ == "mark"):
            toks.pop(0)
        while toks and toks[-1].is_punct and toks[-1].text not in ("”", '"', "’", "»"):
            toks.pop()
        if not toks:
            return None
        return self.an.tok_span(toks[0], toks[-1])

    # -- 1. direct quotes -----------------------------------------------------------------------
    def direct(self) -> None:
        last_source: tuple[Source, int] | None = None
        for q in self.quotes:
            content = self.an.span(q.start, q.end)
            content_text = content.text.rstrip(",")
            if content_text != content.text:
                content = self.an.span(q.start, q.start + len(content_text))
            words = len(content.text.split())
            cue = self.find_quote_cue(q)
            if cue is None:
                # a quote alone in its paragraph position right after an attributed one: same speaker
                if last_source and words >= 4 and self.text.count("\n", last_source[1], q.open_at) <= 1 \
                        and self._sentence_is_quote(q):
                    src = last_source[0]
                    self.add("direct", src, None, content)
                    last_source = (src, q.close_at)
                continue
            subj = self.subject_of(cue) if cue.lower_ != "according" else None
            source = self.make_source(subj) if subj is not None and not self.in_quote(subj.idx) else None
            if source is None:
                continue
            self.used_cues.add(cue.i)
            kind = "direct" if words >= 4 or self._sentence_is_quote(q) else "mixed"
            st = self.add(kind, source, self.cue_span(cue), content, self.addressee(cue))
            self.relay(cue, subj, st)
            last_source = (source, q.close_at)

    def _sentence_is_quote(self, q: Quote) -> bool:
        sent = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if sent is None:
            return False
        s = sent[0].sent
        outside = [t for t in s if not (q.open_at <= t.idx < q.close_at) and not t.is_punct and not t.is_space]
        return len(outside) <= 4

    def find_quote_cue(self, q: Quote):
        """A cue verb outside the quote, in the sentence where the quote opens or closes."""
        first = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        last = self.doc.char_span(max(q.start, q.end - 1), q.end, alignment_mode="expand")
        sents = []
        for tok_span in (first, last):
            if tok_span is not None and tok_span[0].sent not in sents:
                sents.append(tok_span[0].sent)
        best, best_dist = None, 10**9
        for s in sents:
            for t in s:
                if q.open_at <= t.idx < q.close_at or not self.is_cue(t):
                    continue
                dist = q.open_at - (t.idx + len(t)) if t.idx < q.open_at else t.idx - q.close_at
                if dist < best_dist:
                    best, best_dist = t, dist
        # the cue must sit next to the quote: at most a short speaker phrase between them
        if best is not None and best_dist <= 80:
            return best
        return None

    # -- 2. indirect speech ---------------------------------------------------------------------
    def indirect(self) -> None:
        for tok in self.doc:
            if not self.is_cue(tok):
                continue
            if tok.lower_ == "according":
                self.according_to(tok)
                continue
            lemma = tok.lemma_.lower()
            if lemma in self.lex.relay or tok.dep_ in ("amod", "acl") and lemma in self.lex.relay:
                continue
            parts = []
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("of", "about", "against")
                                                    and lemma not in self.lex.belief):
                    parts.append(c)
            if not parts and lemma in ("announce", "deny", "confirm", "promise", "demand", "propose",
                                       "acknowledge", "admit", "reveal", "disclose", "predict"):
                parts = [c for c in tok.children if c.dep_ == "dobj"]
            if not parts:
                continue
            for c in list(tok.children):
                if c.dep_ == "advcl" and any(g.lower_ in ("if", "unless", "when") for g in c.children) and parts:
                    parts.append(c)
            toks = [t for p in parts for t in p.subtree]
            content = self.content_span(toks)
            if content is None or len(content.text.split()) < 2:
                continue
            q = self.in_quote(content.start)
            if (q and q.close_at >= content.end and self.in_quote(tok.idx) is None) or \
                    (tok.i in self.used_cues and self._overlaps_quote(content)):
                continue  # the content is a direct quote, found by the direct pass
            subj = self.subject_of(tok)
            if subj is None or subj.lower_ in ("it", "there", "this", "that", "which"):
                continue
            if subj.pos_ == "PRON" and self.an.actor_of(subj) is None:
                continue  # "we agreed", an unresolved "she": no source to name
            if lemma in self.lex.belief and subj.pos_ == "PRON" and subj.lower_ in ("i", "we", "you"):
                continue
            source = self.make_source(subj)
            inner = [qq for qq in self.quotes if content.start <= qq.open_at and qq.close_at <= content.end + 1]
            kind = "mixed" if inner else "indirect"
            st = self.add(kind, source, self.cue_span(tok), content, self.addressee(tok))
            self.relay(tok, subj, st)

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
        for t in subj.subtree:  # "sources cited by CNN"
            if t.lemma_.lower() in self.lex.relay and t.dep_ in ("acl", "amod", "relcl"):
                agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if agent:
                    src = self.make_source(agent[0])
                    rel = Statement(id=self.next_id(), kind=st.kind, source=src, cue=self.an.tok_span(t, t),
                                    content=st.content)
                    self.out.append(rel)
                    self._set_via(st, rel.id)
        for c in cue.children:  # "The Post reported, citing two officials"
            if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in self.lex.relay:
                obj = [g for g in c.children if g.dep_ == "dobj"]
                if obj:
                    src = self.make_source(obj[0])
                    self.out.append(Statement(id=self.next_id(), kind=st.kind, source=src,
                                              cue=self.an.tok_span(c, c), content=st.content, via=st.id))

    def _set_via(self, st: Statement, via: str) -> None:
        i = self.out.index(st)
        self.out[i] = Statement(id=st.id, kind=st.kind, source=st.source, cue=st.cue, content=st.content,
                                addressee=st.addressee, via=via, addressee_text=st.addressee_text)

    def run(self) -> list[Statement]:
        self.direct()
        self.indirect()
        return self.out


def run(an: Analysis) -> Analysis:
    an.statements.extend(_Extractor(an).run())
    return an

