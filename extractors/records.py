"""Records that flow through extraction: a document in, event mentions out.

Field names match the Parquet columns declared in ``schemas.tables`` so the warehouse
writes them without a mapping layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Document:
    """A document, or one section (post) of a multi-post page.

    ``text`` is always the whole source text (the file, or the record's ``text``) so that
    every offset the extractors produce points into it; ``start``/``end`` delimit the part
    this document covers.
    """

    doc_id: str
    source: str
    text: str
    start: int
    end: int
    published: date | None
    published_source: str  # manifest | record | none
    section: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class EventMention:
    """One clause reporting an event, with the date that governs it."""

    event_type: str
    status: str  # occurred | planned | cancelled | negated | hypothetical
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence_text: str
    sentence_start: int
    sentence_end: int
    date_value: str | None
    date_start: date | None
    date_end: date | None
    date_granularity: str | None
    date_type: str  # exact | approximate | range | unresolved
    date_reason: str
    status_reason: str = ""  # why the extractor gave this status
    timex_text: str | None = None
    timex_start: int | None = None
    timex_end: int | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    acled_sub_event_type: str | None = None
    time_precision: int | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    confidence: float = 0.5
