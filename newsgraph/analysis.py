"""The working state of one article while the stages run: the parse, and the records built so far.

Stages read and extend an :class:`Analysis`; :meth:`Analysis.to_document` freezes it into the
``newsgraph/1`` records. Stages share one mention index (token → actor id), so a statement's source
or an event's participant is the same actor the actors stage found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .records import Actor, Article, Document, Event, Span, Statement


@dataclass
class ActorDraft:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    kb_id: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char offsets
    attributes: list[str] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)

    def add_mention(self, start: int, end: int) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))


@dataclass
class Analysis:
    article: Article
    doc: Any  # spacy.tokens.Doc
    kb: Any  # kb.KnowledgeBase
    actors: list[ActorDraft] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)  # places.Place, filled by the places stage
    dates: list[Any] = field(default_factory=list)  # time.DateMention, filled by the time stage
    name_spans: list[Any] = field(default_factory=list)  # spaCy spans of names (entities + KB matches)
    place_names: set[str] = field(default_factory=set)  # names the article uses as places (actors stage)
    _by_id: dict[str, ActorDraft] = field(default_factory=dict, repr=False)
    _sent_starts: list[int] | None = field(default=None, repr=False)  # first token of each sentence, once
    _quotes: list[Any] | None = field(default=None, repr=False)  # statements.quotes.Quote spans, once
    _quote_opens: list[int] | None = field(default=None, repr=False)

    def sent_starts(self) -> list[int]:
        if self._sent_starts is None:
            from spacy.attrs import SENT_START

            self._sent_starts = [i for i, v in enumerate(self.doc.to_array(SENT_START).tolist()) if v == 1] or [0]
        return self._sent_starts

    def quotes(self) -> list[Any]:
        """The article's quotation spans (``stages/statements/quotes.py``), in text order, none inside
        another; found once and shared by the stages that read them."""
        if self._quotes is None:
            from .stages.statements.quotes import find_quotes

            self._quotes = find_quotes(self.article.text)
            self._quote_opens = [q.open_at for q in self._quotes]
        return self._quotes

    def in_quote(self, char: int) -> bool:
        """Whether the character at ``char`` lies within quotation marks (the marks included)."""
        from bisect import bisect_right

        quotes = self.quotes()
        i = bisect_right(self._quote_opens, char) - 1
        return i >= 0 and char < quotes[i].close_at

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end])

    def tok_span(self, first, last) -> Span:
        """Span from token ``first`` through token ``last`` (inclusive)."""
        return self.span(first.idx, last.idx + len(last.text))

    def actor(self, actor_id: str | None) -> ActorDraft | None:
        if actor_id is None:
            return None
        if len(self._by_id) != len(self.actors):  # actors may be appended directly; re-index then
            self._by_id = {a.id: a for a in self.actors}
        return self._by_id.get(actor_id)

    def new_actor(self, **kw: Any) -> ActorDraft:
        a = ActorDraft(id=f"a{len(self.actors) + 1}", **kw)
        self.actors.append(a)
        return a

    def link_tokens(self, tokens, actor: ActorDraft) -> None:
        for t in tokens:
            self.token_actor.setdefault(t.i, actor.id)

    def actor_of(self, token, within: tuple[int, int] | None = None) -> str | None:
        """The actor a token (or the phrase it heads) refers to, if any; ``within`` (token indices,
        end excluded) keeps to the words of a phrase the token heads."""
        if token.i in self.token_actor:
            return self.token_actor[token.i]
        for child in token.children:  # "the leaders of Russia": look into compounds and appositions
            if child.dep_ in ("compound", "appos") and child.i in self.token_actor \
                    and (within is None or within[0] <= child.i < within[1]):
                return self.token_actor[child.i]
        return None

    def to_document(self) -> Document:
        used = {a.id for a in self.actors if a.mentions}
        actors = tuple(
            Actor(id=a.id, name=a.name, kind=a.kind, country=a.country, sector=a.sector, title=a.title,
                  mentions=tuple(self.span(s, e) for s, e in sorted(a.mentions)), kb_id=a.kb_id,
                  attributes=tuple(a.attributes))
            for a in self.actors if a.id in used
        )
        return Document(article=self.article, actors=actors, statements=tuple(self.statements),
                        events=tuple(self.events))
