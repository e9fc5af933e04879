"""Extraction of one document: temporal expressions first, then the events they date."""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors import events, temporal
from extractors.records import Document, EventMention
from extractors.sentences import split_sentences
from extractors.temporal.model import Timex


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document yields; every offset points into ``Document.text``."""

    timexes: list[Timex]
    mentions: list[EventMention]


def extract(doc: Document) -> Extraction:
    """Tag and resolve time against the document's own publication date, then find events."""
    timexes = [
        replace(t, start=t.start + doc.start, end=t.end + doc.start)
        for t in temporal.tag(doc.body, doc.published)
    ]
    sentences = split_sentences(doc.text, doc.start, doc.end)
    return Extraction(timexes, events.extract_mentions(doc, sentences, timexes))
