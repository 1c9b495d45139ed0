"""One document as rows of the per-article tables: the single definition that the DuckDB store, the
exports and the Spark runner share, so every path writes the same columns and values."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..records import Document

# table -> [(column, DuckDB type)] in table order (migration 1)
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [("id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("outlet", "VARCHAR"),
                 ("title", "VARCHAR"), ("published", "DATE"), ("language", "VARCHAR"), ("text", "VARCHAR"),
                 ("headings", "JSON"), ("authors", "VARCHAR[]"), ("published_from", "VARCHAR"),
                 ("model", "VARCHAR"), ("ingested_at", "TIMESTAMP"), ("doc", "JSON")],
    "actors": [("article_id", "VARCHAR"), ("id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"),
               ("country", "VARCHAR"), ("sector", "VARCHAR"), ("title", "VARCHAR"), ("kb_id", "VARCHAR"),
               ("attributes", "VARCHAR[]"), ("n_mentions", "INTEGER")],
    "mentions": [("article_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
                 ("text", "VARCHAR")],
    "statements": [("article_id", "VARCHAR"), ("id", "VARCHAR"), ("kind", "VARCHAR"), ("source_actor", "VARCHAR"),
                   ("source_text", "VARCHAR"), ("source_start", "INTEGER"), ("source_end", "INTEGER"),
                   ("anonymous", "BOOLEAN"), ("cue", "VARCHAR"), ("cue_start", "INTEGER"), ("cue_end", "INTEGER"),
                   ("content", "VARCHAR"), ("content_start", "INTEGER"), ("content_end", "INTEGER"),
                   ("addressee", "VARCHAR"), ("via", "VARCHAR")],
    "events": [("article_id", "VARCHAR"), ("id", "VARCHAR"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
               ("actors", "VARCHAR[]"), ("recipients", "VARCHAR[]"), ("status", "VARCHAR"), ("date", "VARCHAR"),
               ("date_text", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_basis", "VARCHAR"),
               ("place", "VARCHAR"), ("place_country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
               ("attributed_to", "VARCHAR"), ("trigger", "VARCHAR"), ("trigger_start", "INTEGER"),
               ("trigger_end", "INTEGER"), ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"),
               ("evidence_end", "INTEGER"), ("confidence", "DOUBLE"), ("score", "DOUBLE")],
}
TABLES = tuple(COLUMNS)


def document_rows(doc: Document, model: str | None, ingested_at: datetime) -> dict[str, list[list[Any]]]:
    """The rows one document adds to each per-article table, in column order."""
    a = doc.article
    rows: dict[str, list[list[Any]]] = {t: [] for t in TABLES}
    rows["articles"].append([
        a.id, a.source, a.url, a.outlet, a.title, a.published, a.language, a.text,
        json.dumps([h.to_dict() for h in a.headings], ensure_ascii=False), list(a.authors), a.published_from,
        model, ingested_at, json.dumps(doc.to_dict(), ensure_ascii=False)])
    for x in doc.actors:
        rows["actors"].append([a.id, x.id, x.name, x.kind, x.country, x.sector, x.title, x.kb_id,
                               list(x.attributes), len(x.mentions)])
        rows["mentions"].extend([a.id, x.id, m.start, m.end, m.text] for m in x.mentions)
    for s in doc.statements:
        src = s.source
        rows["statements"].append([
            a.id, s.id, s.kind, src.actor if src else None, src.text if src else None,
            src.start if src else None, src.end if src else None, src.anonymous if src else None,
            s.cue.text if s.cue else None, s.cue.start if s.cue else None, s.cue.end if s.cue else None,
            s.content.text, s.content.start, s.content.end, s.addressee, s.via])
    for e in doc.events:
        d, loc = e.date, e.location
        rows["events"].append([
            a.id, e.id, e.type, e.mode, list(e.actor), list(e.recipient), e.status,
            d.value if d else None, d.text if d else None, d.precision if d else None, d.basis if d else None,
            loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
            loc.lon if loc else None, e.attributed_to, e.trigger.text, e.trigger.start, e.trigger.end,
            e.evidence.text, e.evidence.start, e.evidence.end, e.confidence, e.score])
    return rows
