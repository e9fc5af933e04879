CREATE OR REPLACE VIEW mentions AS
SELECT
    m.mention_id,
    coalesce(l.event_id, m.mention_id) AS event_id,
    m.doc_id, d.source, d.section, d.url, d.published,
    m.event_type, m.plover_type, m.plover_mode, m.acled_sub_event_type, m.status,
    m.status_reason,
    m.trigger_text, m.trigger_start, m.trigger_end,
    m.sentence_text, m.sentence_start, m.sentence_end,
    m.timex_text, m.timex_start, m.timex_end,
    m.date_value, m.date_start, m.date_end, m.date_granularity, m.date_type, m.date_reason,
    m.time_precision, m.actors, m.targets, m.location,
    m.killed_low, m.killed_high, m.injured_low, m.injured_high,
    m.confidence, m.extractor_version
FROM stg_mentions AS m
JOIN stg_documents AS d USING (doc_id)
LEFT JOIN stg_event_links AS l USING (mention_id)
ORDER BY d.source, m.trigger_start;
