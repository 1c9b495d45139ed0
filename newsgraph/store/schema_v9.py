"""Migration 9: each ``story_events`` row carries the evidence its story is computed from, and the table is
kept in the order of the events' days (issue 18: the cross-article update's cost per article).

The cross-article update rewrites a touched story from all its events. It read them by joining
``story_events`` with ``events``, ``articles``, ``article_clusters``, ``statements`` and ``actor_entities``:
hash joins that scan every row of those tables (at 1,000,000 synthetic events, 0.32 s of a 3.5 s update of
1,000 articles, and growing with the store). These values are fixed once an article is stored and its actors
merged, so they are written with the row (by :func:`newsgraph.store.stories.update_stories`), and the rows
are kept in day order: the update reads ``story_events`` alone, filtered by the days of the stories it
touches as constants, so DuckDB's zone maps skip the row groups of other days.

Columns added (``_ev`` in :mod:`.stories` names them the same): ``day`` (the day the event is placed on),
``type``, ``mode``, ``status``, ``place`` (null when empty), ``place_country``, ``lat``, ``lon``, ``score``,
``attributed_to``; of the article: ``published``, ``outlet`` (null when empty), ``art`` (its near-duplicate
cluster's canonical article); ``claimant`` (the source of the statement an event is attributed to);
``actor_entities`` and ``recipient_entities``: the entities (actors merged across articles) of the event's
actors and recipients, one per actor that has one, sorted.

DuckDB adds no column to a table with indexes in place: the table is copied, in day order.
"""

#: the day an event is placed on: its own date when known to the day, else its article's publication date
DAY = (r"CASE WHEN e.date_precision = 'day' AND regexp_full_match(e.date, '\d{4}-\d{2}-\d{2}') "
       "THEN coalesce(try_cast(e.date AS DATE), a.published) ELSE a.published END")

#: the evidence columns of an event ``e`` of article ``a`` (``c``: its cluster row, ``st``/``sa``: the
#: statement it is attributed to and that statement's source actor), in ``story_events`` order after the keys
EVIDENCE = f"""{DAY} AS day, e.type, e.mode, e.status, nullif(e.place, '') AS place, e.place_country, e.lat,
    e.lon, e.score, e.attributed_to, a.published, nullif(a.outlet, '') AS outlet,
    coalesce(nullif(c.canonical_id, ''), e.article_id) AS art,
    nullif(trim(coalesce(sa.name, st.source_text)), '') AS claimant"""

#: the joins :data:`EVIDENCE` reads, after ``events e``
EVIDENCE_JOINS = """JOIN articles a ON a.id = e.article_id
    LEFT JOIN article_clusters c ON c.article_id = e.article_id
    LEFT JOIN statements st ON st.article_id = e.article_id AND st.id = e.attributed_to
    LEFT JOIN actors sa ON sa.article_id = st.article_id AND sa.id = st.source_actor"""

#: per event of the events in ``{events}`` (article_id, id, actors, recipients): the sorted entities of its
#: actors and of its recipients (``actor_entities``)
ENTITIES = """
    SELECT u.article_id, u.id,
           coalesce(list(ae.entity_id ORDER BY ae.entity_id) FILTER (WHERE u.role = 'actor'), []) AS actor_entities,
           coalesce(list(ae.entity_id ORDER BY ae.entity_id) FILTER (WHERE u.role = 'recipient'), [])
               AS recipient_entities
    FROM (SELECT article_id, id, unnest(actors) AS actor_id, 'actor' AS role FROM {events}
          UNION ALL
          SELECT article_id, id, unnest(recipients) AS actor_id, 'recipient' AS role FROM {events}) u
    JOIN actor_entities ae ON ae.article_id = u.article_id AND ae.actor_id = u.actor_id
    GROUP BY ALL"""

#: the names of :data:`EVIDENCE`'s columns
EVIDENCE_COLUMNS = ("day", "type", "mode", "status", "place", "place_country", "lat", "lon", "score", "attributed_to",
                    "published", "outlet", "art", "claimant")

COLUMNS = """article_id VARCHAR, event_id VARCHAR, story_id VARCHAR, day DATE, type VARCHAR, mode VARCHAR,
    status VARCHAR, place VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, score DOUBLE,
    attributed_to VARCHAR, published DATE, outlet VARCHAR, art VARCHAR, claimant VARCHAR,
    actor_entities VARCHAR[], recipient_entities VARCHAR[]"""

#: the order ``story_events`` is kept in
ORDER = "day NULLS FIRST, story_id, article_id, event_id"

SQL = f"""
CREATE TABLE story_events_v9 ({COLUMNS}, PRIMARY KEY (article_id, event_id));
INSERT INTO story_events_v9
    WITH ents AS ({ENTITIES.format(events="(SELECT e.article_id, e.id, e.actors, e.recipients FROM events e "
                                          "SEMI JOIN story_events se ON se.article_id = e.article_id "
                                          "AND se.event_id = e.id)")})
    SELECT se.article_id, se.event_id, se.story_id, {EVIDENCE},
           coalesce(n.actor_entities, []), coalesce(n.recipient_entities, [])
    FROM story_events se JOIN events e ON e.article_id = se.article_id AND e.id = se.event_id
    {EVIDENCE_JOINS}
    LEFT JOIN ents n ON n.article_id = se.article_id AND n.id = se.event_id
    ORDER BY {ORDER};
DROP TABLE story_events;
ALTER TABLE story_events_v9 RENAME TO story_events;
CREATE INDEX IF NOT EXISTS story_events_story ON story_events(story_id);
CREATE INDEX IF NOT EXISTS story_events_article ON story_events(article_id);
"""
