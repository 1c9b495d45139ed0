"""Migration 6: a story says how it stands and who claims it; undated records counted; indexes for the lists.

* ``stories.standing``: ``asserted`` (a fact: some article reports it as having happened, outside
  anyone's claim), ``claimed`` (asserted only inside someone's statement: "X accused Y of shelling"),
  else the most frequent status of its events (``negated``, ``future``, ``hypothetical`` — conditional
  counts as hypothetical). The rule of :data:`newsgraph.store.schema_v5.STORY_STANDING`, kept on the row
  so lists can filter on it. ``stories.claimed_by``: for a claim, the sources whose statements carry it
  (the actor's name in the article, else the words naming the source), so the page can say "alleged by …".
* ``event_dyads`` gains ``claimed_by`` (the source of the statement an event is attributed to).
* ``store_summary`` gains ``articles_undated``, ``stories_undated`` and the dated records per year
  (``article_years``, ``story_years``): pages show dated + undated = total without counting big tables.
"""

from __future__ import annotations

#: per story (those of ``story_events`` rows passing ``{where}``): standing and the claimants
STORY_STANDING_CLAIMS = """
    SELECT se.story_id,
           CASE WHEN bool_or(ev.status = 'asserted' AND ev.attributed_to IS NULL) THEN 'asserted'
                WHEN bool_or(ev.status = 'asserted') THEN 'claimed'
                ELSE mode(CASE WHEN ev.status = 'conditional' THEN 'hypothetical' ELSE ev.status END) END
               AS standing,
           CASE WHEN NOT bool_or(ev.status = 'asserted' AND ev.attributed_to IS NULL) THEN
               list_sort(list_distinct(list(nullif(trim(coalesce(sa.name, st.source_text)), ''))
                   FILTER (WHERE ev.status = 'asserted' AND ev.attributed_to IS NOT NULL))) END AS claimed_by
    FROM story_events se JOIN events ev ON ev.article_id = se.article_id AND ev.id = se.event_id
    LEFT JOIN statements st ON st.article_id = ev.article_id AND st.id = ev.attributed_to
    LEFT JOIN actors sa ON sa.article_id = st.article_id AND sa.id = st.source_actor
    {where}
    GROUP BY se.story_id"""

EVENT_DYADS = """
CREATE OR REPLACE VIEW event_dyads AS
SELECT e.article_id, e.id AS event_id, e.type, e.mode, e.status, e.attributed_to IS NOT NULL AS claimed,
       e.attributed_to, coalesce(csa.name, cst.source_text) AS claimed_by,
       s.actor_id AS source_actor, sae.entity_id AS source_entity, coalesce(sen.name, sac.name) AS source_name,
       coalesce(sen.country, sac.country) AS source_country, coalesce(sen.sector, sac.sector) AS source_sector,
       t.actor_id AS target_actor, tae.entity_id AS target_entity, coalesce(ten.name, tac.name) AS target_name,
       coalesce(ten.country, tac.country) AS target_country, coalesce(ten.sector, tac.sector) AS target_sector,
       e.date, e.date_precision, e.date_basis,
       CASE e.date_precision
           WHEN 'day' THEN try_cast(e.date AS DATE)
           WHEN 'week' THEN try_strptime(e.date || '-1', '%G-W%V-%u')::DATE
           WHEN 'month' THEN try_cast(e.date || '-01' AS DATE)
           WHEN 'year' THEN try_cast(e.date || '-01-01' AS DATE) END AS date_start,
       CASE e.date_precision
           WHEN 'day' THEN try_cast(e.date AS DATE)
           WHEN 'week' THEN (try_strptime(e.date || '-1', '%G-W%V-%u') + INTERVAL 6 DAY)::DATE
           WHEN 'month' THEN last_day(try_cast(e.date || '-01' AS DATE))
           WHEN 'year' THEN try_cast(e.date || '-12-31' AS DATE) END AS date_end,
       e.place, e.place_country, e.lat, e.lon, e.score, e.confidence,
       a.published, a.outlet, a.url, a.title,
       e.trigger, e.trigger_start, e.trigger_end, e.evidence, e.evidence_start, e.evidence_end
FROM events e
JOIN articles a ON a.id = e.article_id,
LATERAL (SELECT unnest(e.actors) AS actor_id) s
LEFT JOIN LATERAL (SELECT unnest(CASE WHEN len(e.recipients) > 0 THEN e.recipients
                                      ELSE [x FOR x IN e.actors IF x <> s.actor_id] END) AS actor_id) t ON true
LEFT JOIN actors sac ON sac.article_id = e.article_id AND sac.id = s.actor_id
LEFT JOIN actor_entities sae ON sae.article_id = e.article_id AND sae.actor_id = s.actor_id
LEFT JOIN entities sen ON sen.entity_id = sae.entity_id
LEFT JOIN actors tac ON tac.article_id = e.article_id AND tac.id = t.actor_id
LEFT JOIN actor_entities tae ON tae.article_id = e.article_id AND tae.actor_id = t.actor_id
LEFT JOIN entities ten ON ten.entity_id = tae.entity_id
LEFT JOIN statements cst ON cst.article_id = e.article_id AND cst.id = e.attributed_to
LEFT JOIN actors csa ON csa.article_id = cst.article_id AND csa.id = cst.source_actor;
"""

SQL = f"""
ALTER TABLE stories ADD COLUMN IF NOT EXISTS standing VARCHAR;
ALTER TABLE stories ADD COLUMN IF NOT EXISTS claimed_by VARCHAR[];
UPDATE stories SET standing = x.standing, claimed_by = x.claimed_by
FROM ({STORY_STANDING_CLAIMS.format(where="")}) x WHERE x.story_id = stories.story_id;
INSERT OR REPLACE INTO store_summary
    SELECT 'articles_undated', count(*)::VARCHAR FROM articles WHERE published IS NULL;
INSERT OR REPLACE INTO store_summary
    SELECT 'stories_undated', count(*)::VARCHAR FROM stories WHERE date IS NULL;
INSERT OR REPLACE INTO store_summary
    SELECT 'article_years', coalesce(string_agg(y || ':' || n, chr(10) ORDER BY y DESC), '')
    FROM (SELECT year(published) AS y, count(*) AS n FROM articles WHERE published IS NOT NULL GROUP BY y);
INSERT OR REPLACE INTO store_summary
    SELECT 'story_years', coalesce(string_agg(y || ':' || n, chr(10) ORDER BY y DESC), '')
    FROM (SELECT year(date) AS y, count(*) AS n FROM stories WHERE date IS NOT NULL GROUP BY y);
CREATE INDEX IF NOT EXISTS entities_country ON entities(country);
{EVENT_DYADS}
"""
