"""Rows of the lake tables from extraction records, with their stable ids."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from extractors.ids import stable_id
from extractors.pipeline import Extraction
from extractors.records import Document
from schemas import TABLES

_MENTION_COLUMNS = [c.name for c in TABLES["event_mentions"].columns]


def input_key(doc: Document, extractor_version: str) -> str:
    """What decides whether a document needs extracting: its content, date and extractor."""
    return stable_id(doc.doc_id, doc.published, extractor_version)


def document_row(doc: Document, version: str, run_id: str, at: datetime) -> dict:
    body = doc.body
    return {
        "doc_id": doc.doc_id,
        "input_key": input_key(doc, version),
        "source": doc.source,
        "section": doc.section,
        "title": doc.title,
        "url": doc.url,
        "published": doc.published,
        "published_source": doc.published_source,
        "text_start": doc.start,
        "text_end": doc.end,
        "n_chars": len(body),
        "n_words": len(body.split()),
        "content_hash": stable_id(doc.text, length=64),
        "extractor_version": version,
        "run_id": run_id,
        "extracted_at": at,
    }


def timex_rows(doc: Document, extraction: Extraction, version: str) -> list[dict]:
    key = input_key(doc, version)
    rows = []
    for t in extraction.timexes:
        r = t.resolution
        rows.append(
            {
                "timex_id": stable_id(doc.doc_id, version, t.start, t.end),
                "doc_id": doc.doc_id,
                "extractor_version": version,
                "input_key": key,
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "timex_type": r.type,
                "value": r.value,
                "mod": r.mod,
                "date_start": r.start,
                "date_end": r.end,
                "granularity": r.granularity,
                "date_type": r.date_type,
                "reason": r.reason,
            }
        )
    return rows


def mention_rows(doc: Document, extraction: Extraction, version: str) -> list[dict]:
    key = input_key(doc, version)
    rows = []
    for m in extraction.mentions:
        row = asdict(m)
        row["mention_id"] = stable_id(
            doc.doc_id, version, m.event_type, m.trigger_start, m.trigger_end
        )
        row["doc_id"] = doc.doc_id
        row["extractor_version"] = version
        row["input_key"] = key
        rows.append({name: row.get(name) for name in _MENTION_COLUMNS})
    return rows
