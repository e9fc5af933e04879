"""Descriptions of the DuckDB views and of the columns they derive.

Columns copied from a lake table take that table's description (``schemas.tables``); only
what a view computes is described here.
"""

from __future__ import annotations

VIEWS: dict[str, str] = {
    "documents": "Ingested documents and sections (current extraction of each).",
    "mentions": "Event mentions: one row per clause reporting an event, with its date and evidence.",
    "chronology": "One row per canonical event, ordered by date: what happened, when, with provenance.",
    "chronology_flat": "The chronology with its list columns (actors, targets, sources, urls) joined as text, for BI tools that do not read lists.",
    "strikes": "Chronology rows of type strike (air, drone, missile, artillery).",
    "raids": "Chronology rows of type raid (ground or heliborne operations into a place).",
    "attacks": "Chronology rows of type attack (non-state violence, bombings, clashes).",
    "meetings": "Chronology rows of type meeting (talks, visits, calls, summits).",
    "events_by_month": "Events counted by month and type (dates of month precision or finer).",
    "timexes": "Temporal expressions found in the documents, resolved.",
    "quarantine": "Inputs that could not be processed, with the reason.",
    "runs": "Pipeline runs with their counts.",
}

DERIVED_COLUMNS: dict[str, str] = {
    "event_id": "Canonical event the row belongs to.",
    "n_mentions": "Number of mentions grouped into the event.",
    "n_sources": "Number of distinct documents reporting the event.",
    "sources": "Documents (file names or record ids) reporting the event.",
    "urls": "URLs of the documents reporting the event.",
    "first_reported": "Earliest publication date among the reports of the event.",
    "last_reported": "Latest publication date among the reports of the event.",
    "date_evidence": "The temporal expression the event date was read from (in the sentence of date_mention_id); null when undated.",
    "month": "Month of the event date (YYYY-MM).",
    "n_events": "Number of events.",
}
