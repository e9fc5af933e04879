-- Each query returns the rows that break an expectation; a healthy warehouse returns none.

-- name: mention ids are unique
SELECT mention_id FROM mentions GROUP BY mention_id HAVING count(*) > 1;

-- name: a dated mention names the expression its date comes from (never a silent publication-date fallback)
SELECT mention_id FROM mentions WHERE date_type <> 'unresolved' AND timex_text IS NULL;

-- name: unresolved mentions carry no date, resolved ones carry a full interval
SELECT mention_id FROM mentions
WHERE (date_type = 'unresolved') <> (date_value IS NULL)
   OR (date_type <> 'unresolved' AND (date_start IS NULL OR date_end IS NULL));

-- name: date intervals run forward
SELECT mention_id FROM mentions WHERE date_start > date_end;

-- name: vocabularies
SELECT mention_id FROM mentions
WHERE status NOT IN ('occurred', 'planned', 'cancelled', 'negated', 'hypothetical')
   OR date_type NOT IN ('exact', 'approximate', 'range', 'unresolved')
   OR (date_granularity IS NOT NULL AND date_granularity NOT IN
       ('time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'));

-- name: trigger lies inside its sentence, which lies inside its document
SELECT m.mention_id FROM mentions AS m JOIN documents AS d USING (doc_id)
WHERE NOT (m.sentence_start <= m.trigger_start AND m.trigger_end <= m.sentence_end
           AND d.text_start <= m.sentence_start AND m.sentence_end <= d.text_end);

-- name: casualty ranges are ordered
SELECT mention_id FROM mentions
WHERE killed_low > killed_high OR injured_low > injured_high OR killed_low < 0;

-- name: every reportable mention belongs to a chronology event
SELECT m.mention_id FROM mentions AS m
WHERE m.status IN ('occurred', 'planned', 'cancelled')
  AND m.event_id NOT IN (SELECT event_id FROM chronology);
