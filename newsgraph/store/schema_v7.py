"""Migration 7: indexes no query reads, dropped (issue 18: the cross-article update's cost per article).

DuckDB rewrites every index of a table changed since the last checkpoint, whole, at the checkpoint, and
keeps it up to date at each commit: an index costs in proportion to the store at every update. These three
serve no query: DuckDB reads an index only for a selective comparison with a constant (``story_id = ?``,
``entity_id = ?``), which no page and no update makes on them (``benchmarks/store.py --explain`` on a
1,000,000-event store: no index scan of ``stories`` but by its key):

* ``article_bands_key``: the LSH lookup joins the new articles' band keys with the table (a hash join);
* ``stories_date``: date filters are served by the zone maps of ``stories``, kept in date order;
* ``stories_type``: a type is a sixteenth of the stories, never selective enough for an index.

Measured on a 1,000,000-event synthetic store: 32,000 band rows inserted cost 0.22 s at COMMIT and 0.88 s
at the next CHECKPOINT with the index, 0.007 / 0.03 s without; 5,000 stories inserted 0.05 / 1.08 s with
the three indexes of ``stories``, 0.02 / 0.04 s with its key alone.
"""

SQL = """
DROP INDEX IF EXISTS article_bands_key;
DROP INDEX IF EXISTS stories_date;
DROP INDEX IF EXISTS stories_type;
"""
