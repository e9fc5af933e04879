CREATE OR REPLACE VIEW documents AS
SELECT
    doc_id, source, section, title, url, published, published_source, n_chars, n_words,
    text_start, text_end, extractor_version, extracted_at
FROM stg_documents
ORDER BY source, text_start;
