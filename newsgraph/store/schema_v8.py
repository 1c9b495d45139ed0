"""Migration 8: a story's label kept on ``stories`` alone; the participants' index by story dropped (issue 18:
the cross-article update's cost per article).

``story_participants`` carried each story's label for the actor's timeline, so every update rewrote the
label of every participant row of every story it touched. DuckDB stores such a text column compressed
(dictionary + FSST), and an in-place update decompresses each vector it touches: on a 1,000,000-event
synthetic store, updating the labels of 1,000 participant rows at random took 0.62 s, of 20,000 rows
0.86 s, against 0.02 s for an integer column. The timeline now reads its page of labels from ``stories``
by id (:func:`newsgraph.store.queries.entity_timeline`), as the actor's story list already did.

``story_participants_story`` serves no query (the update reads a story's participant rows with a join,
which DuckDB runs as a hash join, not an index lookup; pages look participants up by entity), and DuckDB
keeps each index up to date at every commit and writes it at checkpoints. DuckDB drops no column of a
table with an index, so both indexes are dropped and the one pages read (by entity) is built again.
"""

SQL = """
DROP INDEX IF EXISTS story_participants_entity;
DROP INDEX IF EXISTS story_participants_story;
ALTER TABLE story_participants DROP COLUMN IF EXISTS label;
CREATE INDEX IF NOT EXISTS story_participants_entity ON story_participants(entity_id);
"""
