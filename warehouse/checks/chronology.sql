-- name: one row per event
SELECT event_id FROM chronology GROUP BY event_id HAVING count(*) > 1;

-- name: an event date is one of its mentions' dates (with that mention's evidence)
SELECT c.event_id FROM chronology AS c
WHERE c.date_value IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM mentions AS m
    WHERE m.event_id = c.event_id AND m.date_value = c.date_value
);

-- name: events have provenance
SELECT event_id FROM chronology WHERE n_mentions < 1 OR n_sources < 1 OR len(sources) <> n_sources;
