"""Migration 8: the story label on ``story_participants`` stored uncompressed; its index by story dropped
(issue 18: the cross-article update's cost per article).

``story_participants`` carries each story's label for the actor's timeline, and every update rewrites the
rows of the stories it touches in place. DuckDB stores a text column compressed (dictionary + FSST), and
an in-place update decompresses every vector it touches: on a 1,000,000-event synthetic store, updating
the labels of 20,000 participant rows at random took 1.04 s compressed, 0.07 s uncompressed (1,000 rows
0.62 s compressed; an integer column 0.02 s). The label stays on the row (the timeline reads its page by
index, with no read of ``stories``: reading the page's labels from ``stories`` by id took 185 ms against
55 ms for the 500-row timelines of the 20 busiest actors at 1M events), at about 40 bytes a row on disk.

``story_participants_story`` serves no query (the update reads a story's participant rows with a join,
which DuckDB runs as a hash join, not an index lookup; pages look participants up by entity), and DuckDB
keeps each index up to date at every commit and writes it at checkpoints.

DuckDB changes no column's storage in place, nor drops a column of an indexed table: the table is copied
(in date order, as :func:`newsgraph.store.stories._recluster` keeps it).
"""

SQL = """
CREATE TABLE story_participants_v8 (
    entity_id VARCHAR, story_id VARCHAR, role VARCHAR, type VARCHAR, date DATE, score DOUBLE,
    n_articles INTEGER, label VARCHAR USING COMPRESSION uncompressed);
INSERT INTO story_participants_v8
    SELECT entity_id, story_id, role, type, date, score, n_articles, label FROM story_participants
    ORDER BY date NULLS FIRST, story_id, entity_id;
DROP TABLE story_participants;
ALTER TABLE story_participants_v8 RENAME TO story_participants;
CREATE INDEX IF NOT EXISTS story_participants_entity ON story_participants(entity_id);
"""
