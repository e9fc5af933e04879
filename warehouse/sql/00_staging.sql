-- Staging: the lake as written, reduced to the current extraction of each document.
-- A document re-extracted (new extractor version or publication date) supersedes its older
-- rows: timexes and mentions join their document's current input_key. Rows whose
-- document row is absent (a batch that crashed before committing) are not shown.

CREATE OR REPLACE VIEW stg_documents AS
SELECT *
FROM read_parquet('{lake}/documents/*.parquet', union_by_name = true)
QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY extracted_at DESC, input_key) = 1;

CREATE OR REPLACE VIEW stg_timexes AS
SELECT t.*
FROM read_parquet('{lake}/timexes/*.parquet', union_by_name = true) AS t
JOIN stg_documents AS d USING (doc_id, input_key)
QUALIFY row_number() OVER (PARTITION BY t.timex_id) = 1;

CREATE OR REPLACE VIEW stg_mentions AS
SELECT m.*
FROM read_parquet('{lake}/event_mentions/*.parquet', union_by_name = true) AS m
JOIN stg_documents AS d USING (doc_id, input_key)
QUALIFY row_number() OVER (PARTITION BY m.mention_id) = 1;

CREATE OR REPLACE VIEW stg_events AS
SELECT *
FROM read_parquet('{lake}/events/*.parquet', union_by_name = true);

CREATE OR REPLACE VIEW stg_event_links AS
SELECT event_id, unnest(mention_ids) AS mention_id
FROM stg_events;
