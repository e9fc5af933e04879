CREATE OR REPLACE VIEW timexes AS
SELECT t.*, d.source, d.section, d.published
FROM stg_timexes AS t
JOIN stg_documents AS d USING (doc_id)
ORDER BY d.source, t.start;

CREATE OR REPLACE VIEW quarantine AS
SELECT *
FROM read_parquet('{lake}/quarantine/*.parquet', union_by_name = true)
QUALIFY row_number() OVER (PARTITION BY quarantine_id ORDER BY quarantined_at) = 1
ORDER BY quarantined_at, path, line;

CREATE OR REPLACE VIEW runs AS
SELECT *
FROM read_parquet('{lake}/runs/*.parquet', union_by_name = true)
ORDER BY started_at;
