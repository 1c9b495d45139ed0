"""Migration 5: claims apart from facts, and a flat table of dyads for event-data work.

* ``relations`` counts **facts** by default: in ``n_events`` and ``score_sum``, the stories some article
  reports as having happened (an event asserted, and not only as someone's claim: "X accused Y of
  shelling" makes the shelling a claim). The other stories have their own columns — ``n_claimed``
  (asserted only as someone's claim), ``n_negated``, ``n_future``, ``n_hypothetical`` (hypothetical or
  conditional) — and ``n_all`` counts every story. "Rwanda denies supporting M23" adds no SUPPORT to
  Rwanda→M23.
* ``event_dyads``: one row per event and pair of parties (each actor with each recipient; for a
  reciprocal event with no recipient, each actor with each other actor), with both sides' entity id,
  name, country and sector, type, mode, status, whether it is a claim, ``date_start``/``date_end``/
  ``date_precision``, place with coordinates, score, confidence, the article and the evidence span.
"""

from __future__ import annotations

#: how a story stands: a fact if any of its events is asserted outside a claim, else a claim if any is
#: asserted inside one, else the status most of its events have (negated, future, hypothetical)
STORY_STANDING = """
    SELECT se.story_id,
           CASE WHEN bool_or(ev.status = 'asserted' AND ev.attributed_to IS NULL) THEN 'asserted'
                WHEN bool_or(ev.status = 'asserted') THEN 'claimed'
                ELSE mode(CASE WHEN ev.status = 'conditional' THEN 'hypothetical' ELSE ev.status END) END
               AS standing
    FROM story_events se JOIN events ev ON ev.article_id = se.article_id AND ev.id = se.event_id
    {where}
    GROUP BY se.story_id"""

#: the relations rows of the keys (actor, type, month) in ``{keys}`` (a table), or of every key
RELATIONS_INSERT = """
    INSERT INTO relations (entity_id, counterpart_id, direction, period, type, n_events, score_sum, n_all,
                           n_claimed, n_negated, n_future, n_hypothetical)
    WITH st AS ({standing})
    SELECT p1.entity_id, p2.entity_id,
           CASE WHEN p1.role = 'actor' AND p2.role = 'recipient' THEN 'out'
                WHEN p1.role = 'recipient' AND p2.role = 'actor' THEN 'in' ELSE 'with' END,
           date_trunc('month', p1.date)::DATE, p1.type,
           count(*) FILTER (WHERE st.standing = 'asserted'),
           coalesce(sum(p1.score) FILTER (WHERE st.standing = 'asserted'), 0),
           count(*),
           count(*) FILTER (WHERE st.standing = 'claimed'),
           count(*) FILTER (WHERE st.standing = 'negated'),
           count(*) FILTER (WHERE st.standing = 'future'),
           count(*) FILTER (WHERE st.standing = 'hypothetical')
    FROM story_participants p1 {keys}
    JOIN story_participants p2 ON p2.story_id = p1.story_id AND p2.entity_id <> p1.entity_id
    LEFT JOIN st ON st.story_id = p1.story_id
    GROUP BY ALL"""

#: restricts :data:`RELATIONS_INSERT` to the keys in the temp table ``_rk``
KEYS_RK = """SEMI JOIN _rk k ON k.entity_id = p1.entity_id AND k.type IS NOT DISTINCT FROM p1.type
             AND k.period IS NOT DISTINCT FROM date_trunc('month', p1.date)::DATE"""

EVENT_DYADS = """
CREATE OR REPLACE VIEW event_dyads AS
SELECT e.article_id, e.id AS event_id, e.type, e.mode, e.status, e.attributed_to IS NOT NULL AS claimed,
       e.attributed_to,
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
LEFT JOIN entities ten ON ten.entity_id = tae.entity_id;
"""

SQL = f"""
ALTER TABLE relations ADD COLUMN IF NOT EXISTS n_all INTEGER;
ALTER TABLE relations ADD COLUMN IF NOT EXISTS n_claimed INTEGER;
ALTER TABLE relations ADD COLUMN IF NOT EXISTS n_negated INTEGER;
ALTER TABLE relations ADD COLUMN IF NOT EXISTS n_future INTEGER;
ALTER TABLE relations ADD COLUMN IF NOT EXISTS n_hypothetical INTEGER;
DELETE FROM relations;
{RELATIONS_INSERT.format(standing=STORY_STANDING.format(where=""), keys="")};
{EVENT_DYADS}
"""
