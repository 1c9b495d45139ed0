"""Migration 3: what is computed across articles (near-duplicates, entities, stories, relations).

Everything here is derived from the per-article tables of migration 1 by
:func:`newsgraph.store.stories.update_stories`, incrementally, after each ingest batch; it can be
rebuilt from scratch at any time with ``update_stories(store, rebuild=True)``.
"""

SQL = """
-- MinHash signature of each article's word 5-shingles (uint32[128] as a BLOB), for near-duplicate search
CREATE TABLE IF NOT EXISTS article_signatures (
    article_id VARCHAR PRIMARY KEY, n_shingles INTEGER, signature BLOB);
-- LSH band keys: two articles sharing a key are candidate near-duplicates
CREATE TABLE IF NOT EXISTS article_bands (band_key UBIGINT, article_id VARCHAR);
CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands(band_key);
-- every processed article points at the canonical article of its near-duplicate cluster (itself if none)
CREATE TABLE IF NOT EXISTS article_clusters (
    article_id VARCHAR PRIMARY KEY, canonical_id VARCHAR, similarity DOUBLE, processed_at TIMESTAMP);
CREATE INDEX IF NOT EXISTS article_clusters_canonical ON article_clusters(canonical_id);
-- actors merged across articles: by knowledge-base id, else by normalised name + country
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR,
    kb_id VARCHAR, n_articles INTEGER, n_mentions INTEGER, first_seen DATE, last_seen DATE);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE TABLE IF NOT EXISTS actor_entities (
    article_id VARCHAR, actor_id VARCHAR, entity_id VARCHAR, PRIMARY KEY (article_id, actor_id));
CREATE INDEX IF NOT EXISTS actor_entities_entity ON actor_entities(entity_id);
-- one story per real-world event, however many articles report it
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, status VARCHAR, label VARCHAR,
    date DATE, date_min DATE, date_max DATE, first_seen DATE, last_seen DATE,
    n_events INTEGER, n_articles INTEGER, n_reports INTEGER, n_outlets INTEGER,
    actors VARCHAR[], recipients VARCHAR[], participants VARCHAR[],
    place VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, score DOUBLE, updated_at TIMESTAMP);
CREATE INDEX IF NOT EXISTS stories_date ON stories(date);
CREATE INDEX IF NOT EXISTS stories_type ON stories(type);
-- every evidence span (an event of one article) and the story it belongs to
CREATE TABLE IF NOT EXISTS story_events (
    article_id VARCHAR, event_id VARCHAR, story_id VARCHAR, PRIMARY KEY (article_id, event_id));
CREATE INDEX IF NOT EXISTS story_events_story ON story_events(story_id);
CREATE INDEX IF NOT EXISTS story_events_article ON story_events(article_id);
-- who took part in each story, with what the actor page shows (no join needed per request)
CREATE TABLE IF NOT EXISTS story_participants (
    entity_id VARCHAR, story_id VARCHAR, role VARCHAR, type VARCHAR, date DATE, score DOUBLE,
    n_articles INTEGER, label VARCHAR);
CREATE INDEX IF NOT EXISTS story_participants_entity ON story_participants(entity_id);
CREATE INDEX IF NOT EXISTS story_participants_story ON story_participants(story_id);
-- per actor, counterpart, month and event type: stories and summed PLOVER score (mean = score_sum / n_events)
CREATE TABLE IF NOT EXISTS relations (
    entity_id VARCHAR, counterpart_id VARCHAR, direction VARCHAR, period DATE, type VARCHAR,
    n_events INTEGER, score_sum DOUBLE);
CREATE INDEX IF NOT EXISTS relations_entity ON relations(entity_id);
-- small pre-aggregates for page headers (counts, date range) so no page scans a big table
CREATE TABLE IF NOT EXISTS store_summary (key VARCHAR PRIMARY KEY, value VARCHAR);
-- article search: one row per distinct word of an article's title and text (hashed), indexed
CREATE TABLE IF NOT EXISTS article_terms (term UBIGINT, article_id VARCHAR);
CREATE INDEX IF NOT EXISTS article_terms_term ON article_terms(term);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
"""
