"""Migration 10: ``story_events`` and ``actor_entities`` without indexes; ``story_events`` read by the days of
its rows (issue 18: the cross-article update's cost per article as the store grows).

DuckDB writes a changed table's indexes whole at every checkpoint, and every update adds rows to
``story_events``: with its primary key and two indexes (by story, by article) the checkpoint after an update
of 1,000 synthetic articles grew with the store (10,000 rows added: 0.13 s at 100,000 events, 0.82 s at
1,000,000; 0.12 s at 1,000,000 without the indexes). The table is kept in day order (:mod:`.schema_v9`), so
every reader filters it by day as constants and DuckDB's zone maps skip the row groups of other days: the
update by the days of the stories it touches, the story page by its story's first and last day (every event
of a story lies between them; an undated story has one undated event), the article page by the days of the
article's events (computed from its ``events`` rows, as the update placed them). The key (article, event) is
kept by the update, which places each event of an article once (an article is processed once; a rebuild
clears the table first).

``actor_entities`` (which entity each article's actor is) is read by no page: the update joins it with the new
events (a hash join, which reads no index), an export reads it whole. Its key and its index by entity cost
at each checkpoint (4,000 rows added at 1,000,000 events: 28 MB written).

DuckDB drops no primary key in place: the tables are copied (``story_events`` in day order).
"""

from .schema_v9 import COLUMNS, ORDER

SQL = f"""
CREATE TABLE story_events_v10 ({COLUMNS});
INSERT INTO story_events_v10 SELECT * FROM story_events ORDER BY {ORDER};
DROP TABLE story_events;
ALTER TABLE story_events_v10 RENAME TO story_events;
CREATE TABLE actor_entities_v10 (article_id VARCHAR, actor_id VARCHAR, entity_id VARCHAR);
INSERT INTO actor_entities_v10 SELECT article_id, actor_id, entity_id FROM actor_entities ORDER BY rowid;
DROP TABLE actor_entities;
ALTER TABLE actor_entities_v10 RENAME TO actor_entities;
"""
