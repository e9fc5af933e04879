-- name: document ids are unique
SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1;

-- name: a publication date and its source agree
SELECT doc_id FROM documents
WHERE published_source NOT IN ('manifest', 'record', 'none')
   OR (published IS NULL) <> (published_source = 'none');

-- name: section offsets are sane
SELECT doc_id FROM documents
WHERE text_start < 0 OR text_end < text_start OR n_chars <> text_end - text_start;
