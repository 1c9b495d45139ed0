"""The JSON API's response shapes (pydantic), for the OpenAPI document and Swagger UI at ``/docs``.

The handlers return the query functions' dicts as they are (no validation per request); these models say
what those dicts hold. ``tests/test_web.py`` checks real answers against them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class YearCount(BaseModel):
    year: int
    n: int


class Summary(_Open):
    articles: int = Field(description="articles stored")
    articles_undated: int = Field(description="of them, without a publication date")
    duplicates: int = Field(description="near-duplicate (syndicated) copies among them")
    events: int = Field(description="event reports (one per event of an article)")
    stories: int = Field(description="stories: events merged across articles")
    stories_undated: int = Field(description="of them, without a day")
    entities: int = Field(description="actors merged across articles")
    statements: int
    date_min: str | None = None
    date_max: str | None = None
    published_min: str | None = None
    published_max: str | None = None
    outlets: list[str] = []
    article_years: list[YearCount] = []
    story_years: list[YearCount] = []


class ArticleRow(_Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    ingested_at: dt.datetime | None = None


class Window(BaseModel):
    total: int = Field(description="records matching the filters (all pages)")
    since: dt.date | None = Field(None, description="the date range applied, if any")
    until: dt.date | None = None
    undated: bool | None = Field(None, description="true: only undated records; false: only dated; null: both")
    windowed: bool = Field(False, description="whether a date range was applied")


class ArticleList(Window):
    items: list[ArticleRow]


class Duplicate(_Open):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    similarity: float | None = None


class EventStory(_Open):
    event_id: str
    story_id: str
    label: str | None = None
    n_articles: int | None = None
    n_outlets: int | None = None
    n_reports: int | None = None


class ArticleDetail(BaseModel):
    doc: dict[str, Any] = Field(description="the newsgraph/1 document (newsgraph/schema/newsgraph-1.schema.json)")
    stories: dict[str, EventStory] = Field(description="the story of each event, by event id")
    canonical_id: str = Field(description="the first article of its near-duplicate cluster (itself if none)")
    similarity: float | None = None
    duplicates: list[Duplicate]


class Entity(_Open):
    entity_id: str
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    n_articles: int | None = None
    n_mentions: int | None = None
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


class EntityList(BaseModel):
    items: list[Entity]
    total: int


class TimelineRow(_Open):
    story_id: str
    role: str | None = None
    type: str | None = None
    date: dt.date | None = None
    score: float | None = None
    n_articles: int | None = None
    label: str | None = None


class PeriodScore(BaseModel):
    period: str
    n_events: int
    score: float | None = None


class Counterpart(_Open):
    entity_id: str
    name: str | None = None
    country: str | None = None
    n_events: int = Field(description="stories with this counterpart reported as having happened (facts)")
    score: float | None = Field(None, description="mean PLOVER score of those facts (-10 conflict … +10 cooperation)")
    n_all: int = 0
    n_claimed: int = 0
    n_negated: int = 0
    n_future: int = 0
    n_hypothetical: int = 0
    types: dict[str, int] = {}
    periods: list[PeriodScore] = []


class ActorDetail(BaseModel):
    actor: Entity
    timeline: list[TimelineRow]
    relations: list[Counterpart]


class Story(_Open):
    story_id: str
    type: str
    mode: str | None = None
    status: str | None = Field(None, description="the most frequent status of its events")
    standing: str | None = Field(None, description="asserted (a fact), claimed (only inside someone's statement), "
                                                   "negated, future or hypothetical")
    claimed_by: list[str] | None = Field(None, description="for a claim: the sources that make it")
    label: str | None = None
    date: dt.date | None = None
    date_min: dt.date | None = None
    date_max: dt.date | None = None
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    n_events: int | None = None
    n_articles: int | None = None
    n_reports: int | None = None
    n_outlets: int | None = None
    actors: list[str] = []
    recipients: list[str] = []
    actor_names: list[str | None] = []
    recipient_names: list[str | None] = []
    place: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    score: float | None = None


class StoryList(Window):
    items: list[Story]


class Evidence(_Open):
    article_id: str
    event_id: str
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    claimed_by: str | None = None
    date: str | None = None
    place: str | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    evidence: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    confidence: float | None = None
    score: float | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    duplicate_of: str | None = None


class StoryDetail(Story):
    evidence: list[Evidence]


class Dyad(_Open):
    source: str
    source_name: str | None = None
    target: str
    target_name: str | None = None
    direction: str
    period: dt.date | None = None
    type: str | None = None
    n_events: int = Field(description="facts: stories reported as having happened")
    mean_score: float | None = None
    n_claimed: int = 0
    n_negated: int = 0
    n_future: int = 0
    n_hypothetical: int = 0
    n_all: int = 0


class EventDyadList(BaseModel):
    items: list[dict[str, Any]] = Field(description="rows of the event_dyads table (columns: see /codebook)")
    total: int


class Problem(BaseModel):
    detail: str
