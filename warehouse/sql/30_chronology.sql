-- One row per canonical event, ordered by date; provenance aggregated from its mentions.
-- The date is the event's finest supported date; date_evidence is the expression it was read
-- from, in the sentence of the mention date_mention_id.

CREATE OR REPLACE VIEW chronology AS
WITH provenance AS (
    SELECT
        event_id,
        count(*) AS n_mentions,
        count(DISTINCT source) AS n_sources,
        list(DISTINCT source ORDER BY source) AS sources,
        list(DISTINCT url ORDER BY url) FILTER (WHERE url IS NOT NULL) AS urls,
        min(published) AS first_reported,
        max(published) AS last_reported
    FROM mentions
    GROUP BY event_id
)
SELECT
    e.event_id, e.event_type, e.status,
    e.date_value, e.date_start, e.date_end, e.date_granularity, e.date_type, e.date_reason,
    e.time_precision, dm.timex_text AS date_evidence, e.date_mention_id,
    e.description, e.location, e.actors, e.targets,
    e.killed_low, e.killed_high, e.injured_low, e.injured_high,
    e.plover_type, e.plover_mode,
    p.n_mentions, p.n_sources, p.sources, coalesce(p.urls, []) AS urls,
    p.first_reported, p.last_reported
FROM stg_events AS e
JOIN provenance AS p USING (event_id)
LEFT JOIN mentions AS dm ON dm.mention_id = e.date_mention_id
ORDER BY e.date_start NULLS LAST, e.date_end NULLS LAST, e.event_type, e.event_id;

-- The same rows with list columns joined as text, for BI tools that cannot show lists
-- (SQLAlchemy reflection, hence Superset, reads LIST columns as an unknown type).
CREATE OR REPLACE VIEW chronology_flat AS
SELECT * REPLACE (
    array_to_string(actors, '; ') AS actors,
    array_to_string(targets, '; ') AS targets,
    array_to_string(sources, '; ') AS sources,
    array_to_string(urls, ' ') AS urls
)
FROM chronology;
