"""``dateline report --since/--until/--type/--place``: a page for part of a large archive."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.batch import extract_batch, rebuild_events
from dateline.cli import main
from dateline.report import Scope, report_data
from dateline.sources import read_inputs
from dateline.versions import extractor_version
from warehouse import build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("data")
    docs = [d for d in read_inputs([ROOT / "seeds"]) if hasattr(d, "doc_id")]
    extract_batch(docs, data, "test-run", extractor_version())
    rebuild_events(data)
    build.build(data)
    return data


@pytest.fixture(scope="module")
def everything(seed_data) -> dict:
    return report_data(seed_data)


def _ids(data: dict) -> set[str]:
    return {e["event_id"] for e in data["events"]}


def test_no_scope_holds_the_whole_chronology(everything):
    assert everything["scope"] == ""
    assert len({e["event_type"] for e in everything["events"]}) > 1
    assert any(e["date_start"] is None for e in everything["events"])


def test_a_date_window_keeps_the_events_whose_interval_overlaps_it(seed_data, everything):
    since, until = date(2010, 9, 1), date(2010, 12, 31)
    scoped = report_data(seed_data, Scope(since=since, until=until))
    expected = {
        e["event_id"]
        for e in everything["events"]
        if e["date_start"] is not None
        and date.fromisoformat(e["date_end"]) >= since
        and date.fromisoformat(e["date_start"]) <= until
    }
    assert expected and _ids(scoped) == expected
    assert len(expected) < len(everything["events"])
    assert "2010-09-01 to 2010-12-31" in scoped["scope"]


def test_types_and_place_narrow_and_evidence_follows_its_events(seed_data, everything):
    strikes = report_data(seed_data, Scope(types=("strike",)))
    assert _ids(strikes) == {
        e["event_id"] for e in everything["events"] if e["event_type"] == "strike"
    }
    placed = next(e for e in everything["events"] if e["location"])
    word = placed["location"].split()[-1].upper()
    by_place = report_data(seed_data, Scope(place=word))
    assert placed["event_id"] in _ids(by_place)
    assert all(word.lower() in e["location"].lower() for e in by_place["events"])
    for event in by_place["events"]:
        assert event["evidence"], "every event keeps its evidence sentences"


def test_the_command_refuses_an_unknown_type(seed_data, tmp_path):
    with pytest.raises(SystemExit, match="unknown event type strikes"):
        main(
            [
                "report",
                "--data",
                str(seed_data),
                "--out",
                str(tmp_path / "r.html"),
                "--type",
                "strikes",
            ]
        )
    assert not (tmp_path / "r.html").exists()


def test_the_command_writes_the_scoped_page(seed_data, tmp_path):
    out = tmp_path / "r.html"
    assert main(["report", "--data", str(seed_data), "--out", str(out), "--type", "meeting"]) == 0
    assert "meeting events" in out.read_text(encoding="utf-8")
