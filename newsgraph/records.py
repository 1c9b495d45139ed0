"""The ``newsgraph/1`` output contract as frozen dataclasses.

Every record has ``to_dict`` (JSON-ready, field order as in DESIGN §3) and ``from_dict``.
Offsets are character offsets into ``Article.text``, end-exclusive; ``text[start:end] == span.text``.
Fields may be added to this contract; none may be renamed or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "newsgraph/1"

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_STATUSES = ("asserted", "negated", "future", "hypothetical", "conditional")
STATEMENT_KINDS = ("direct", "indirect", "mixed")
ACTOR_KINDS = ("person", "organization", "country", "group", "anonymous")


def _drop_none_extras(d: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    """Keep contract fields always; drop optional extension fields that are None."""
    return {k: v for k, v in d.items() if k in required or v is not None}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if d is None:
            return None
        return cls(int(d["start"]), int(d["end"]), d["text"])

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """A span over ``text[start:end]``."""
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = "en"
    headings: tuple[Span, ...] = ()
    # extensions (newsgraph/1 allows added fields)
    authors: tuple[str, ...] = ()
    published_from: str | None = None  # where the date came from: json-ld, meta, page, url, input, user
    # the outlet's one-line summary under the headline (a web page's standfirst), where the text opens with it
    standfirst: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id, "source": self.source, "url": self.url, "outlet": self.outlet,
            "title": self.title, "published": self.published, "language": self.language,
            "text": self.text, "headings": [h.to_dict() for h in self.headings],
            "authors": list(self.authors), "published_from": self.published_from,
        }
        if self.standfirst is not None:  # only where there is one: a plain text's record is unchanged
            d["standfirst"] = self.standfirst.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=d["id"], source=d["source"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
            title=d.get("title"), published=d.get("published"), language=d.get("language"),
            headings=tuple(Span.from_dict(h) for h in d.get("headings") or ()),
            authors=tuple(d.get("authors") or ()), published_from=d.get("published_from"),
            standfirst=Span.from_dict(d.get("standfirst")),
        )


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    mentions: tuple[Span, ...] = ()
    # extensions
    kb_id: str | None = None  # stable knowledge-base id when linked, else None
    attributes: tuple[str, ...] = ()  # what an anonymous source reveals: "official", "European", ...

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "sector": self.sector, "title": self.title, "mentions": [m.to_dict() for m in self.mentions],
            "kb_id": self.kb_id, "attributes": list(self.attributes),
        }
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"], name=d["name"], kind=d["kind"], country=d.get("country"), sector=d.get("sector"),
            title=d.get("title"), mentions=tuple(Span.from_dict(m) for m in d.get("mentions") or ()),
            kb_id=d.get("kb_id"), attributes=tuple(d.get("attributes") or ()),
        )


@dataclass(frozen=True, slots=True)
class Source:
    text: str
    start: int
    end: int
    actor: str | None = None
    anonymous: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "text": self.text, "start": self.start, "end": self.end,
                "anonymous": self.anonymous}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Source | None:
        if d is None:
            return None
        return cls(text=d["text"], start=int(d["start"]), end=int(d["end"]), actor=d.get("actor"),
                   anonymous=bool(d.get("anonymous", False)))


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    kind: str
    source: Source | None
    cue: Span | None
    content: Span
    addressee: str | None = None
    via: str | None = None
    # extensions
    addressee_text: Span | None = None  # the words naming the addressee or channel ("told CNN")
    confidence: float | None = None  # 0..1: how likely this is an attribution (None: not estimated)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(), "addressee": self.addressee, "via": self.via,
            "addressee_text": self.addressee_text.to_dict() if self.addressee_text else None,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        return cls(
            id=d["id"], kind=d["kind"], source=Source.from_dict(d.get("source")),
            cue=Span.from_dict(d.get("cue")), content=Span.from_dict(d["content"]),
            addressee=d.get("addressee"), via=d.get("via"),
            addressee_text=Span.from_dict(d.get("addressee_text")), confidence=d.get("confidence"),
        )


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    text: str | None
    precision: str | None  # day | month | year | None
    # extensions
    # "text": resolved from words in the article; "published": the publication date, for a clause that
    # reports the day's news with no time of its own; "context": inferred from the article around the
    # event ("earlier in the day": the day the narrative last stated; a headline's event: the lede's day;
    # "the attack": the day another mention of the same occurrence states),
    # ``text`` and the offsets giving the words it came from; None: the article does not say when
    basis: str | None = "text"
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text, "precision": self.precision, "basis": self.basis,
                "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EventDate | None:
        if d is None:
            return None
        return cls(value=d.get("value"), text=d.get("text"), precision=d.get("precision"),
                   basis=d.get("basis", "text"), start=d.get("start"), end=d.get("end"))


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    # extensions
    start: int | None = None
    end: int | None = None
    geonameid: int | None = None
    feature: str | None = None  # city | admin1 | country

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat,
                "lon": self.lon, "start": self.start, "end": self.end, "geonameid": self.geonameid,
                "feature": self.feature}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Location | None:
        if d is None:
            return None
        return cls(text=d["text"], name=d.get("name"), country=d.get("country"), lat=d.get("lat"),
                   lon=d.get("lon"), start=d.get("start"), end=d.get("end"),
                   geonameid=d.get("geonameid"), feature=d.get("feature"))


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    status: str
    trigger: Span
    evidence: Span
    mode: str | None = None
    date: EventDate | None = None
    location: Location | None = None
    attributed_to: str | None = None
    confidence: float = 0.5
    # extensions
    score: float | None = None  # PLOVER cooperation-conflict score (-10 .. +10)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "actor": list(self.actor),
            "recipient": list(self.recipient), "status": self.status,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "attributed_to": self.attributed_to, "trigger": self.trigger.to_dict(),
            "evidence": self.evidence.to_dict(), "confidence": self.confidence, "score": self.score,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"], type=d["type"], mode=d.get("mode"), actor=tuple(d.get("actor") or ()),
            recipient=tuple(d.get("recipient") or ()), status=d["status"],
            date=EventDate.from_dict(d.get("date")), location=Location.from_dict(d.get("location")),
            attributed_to=d.get("attributed_to"), trigger=Span.from_dict(d["trigger"]),
            evidence=Span.from_dict(d["evidence"]), confidence=float(d.get("confidence", 0.5)),
            score=d.get("score"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """Everything newsgraph found in one article: one line of ``newsgraph extract`` output."""

    article: Article
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    schema: str = field(default=SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema, "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "statements": [s.to_dict() for s in self.statements],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            schema=d.get("schema", SCHEMA), article=Article.from_dict(d["article"]),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors") or ()),
            statements=tuple(Statement.from_dict(s) for s in d.get("statements") or ()),
            events=tuple(Event.from_dict(e) for e in d.get("events") or ()),
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def spans(self):
        """Every (path, Span-like dict) in this document, for offset checks."""
        d = self.to_dict()
        yield from _iter_spans(d, "")


def _iter_spans(node: Any, path: str):
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node.get("start"), int):
            yield path, node
        for k, v in node.items():
            if k == "text" and path.endswith("article"):
                continue
            yield from _iter_spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _iter_spans(v, f"{path}[{i}]")


__all__ = [
    "SCHEMA", "EVENT_TYPES", "EVENT_STATUSES", "STATEMENT_KINDS", "ACTOR_KINDS", "Span", "Article",
    "Actor", "Source", "Statement", "EventDate", "Location", "Event", "Document", "fields",
]
