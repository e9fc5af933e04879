"""Hand-made lake rows, so warehouse tests do not depend on extraction quality."""

from datetime import UTC, date, datetime

import pytest

from warehouse.lake import Lake

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def document(doc_id: str, version: str = "v1", **overrides) -> dict:
    row = {
        "doc_id": doc_id,
        "input_key": f"{doc_id}-{version}",
        "source": f"{doc_id}.txt",
        "section": None,
        "title": "T",
        "url": f"http://example.org/{doc_id}",
        "published": date(2011, 3, 20),
        "published_source": "manifest",
        "text_start": 0,
        "text_end": 100,
        "n_chars": 100,
        "n_words": 20,
        "content_hash": "h" * 64,
        "extractor_version": version,
        "run_id": "r1",
        "extracted_at": NOW,
    }
    row.update(overrides)
    return row


def mention(mention_id: str, doc_id: str, version: str = "v1", **overrides) -> dict:
    row = {
        "mention_id": mention_id,
        "doc_id": doc_id,
        "extractor_version": version,
        "input_key": f"{doc_id}-{version}",
        "event_type": "strike",
        "plover_type": "ASSAULT",
        "plover_mode": "drone",
        "acled_sub_event_type": "Air/drone strike",
        "status": "occurred",
        "trigger_text": "strike",
        "trigger_start": 10,
        "trigger_end": 16,
        "sentence_text": "A drone strike on March 17 killed 5.",
        "sentence_start": 0,
        "sentence_end": 40,
        "timex_text": "March 17",
        "timex_start": 20,
        "timex_end": 28,
        "date_value": "2011-03-17",
        "date_start": date(2011, 3, 17),
        "date_end": date(2011, 3, 17),
        "date_granularity": "day",
        "date_type": "exact",
        "date_reason": "same clause",
        "time_precision": 1,
        "actors": ["US"],
        "targets": [],
        "location": "Datta Khel",
        "killed_low": 5,
        "killed_high": 5,
        "injured_low": None,
        "injured_high": None,
        "confidence": 0.9,
    }
    row.update(overrides)
    return row


@pytest.fixture
def make_document():
    return document


@pytest.fixture
def make_mention():
    return mention


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def lake(tmp_path) -> Lake:
    lake = Lake(tmp_path / "data")
    lake.ensure()
    return lake
