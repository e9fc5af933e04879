"""Incremental, idempotent and crash-safe runs, through the real Prefect engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import batch as work
from extractors.pipeline import extract
from flows import pipeline
from flows.pipeline import dateline_flow
from tests.flows.helpers import count, snapshot
from warehouse.build import connect
from warehouse.lake import Lake
from warehouse.rows import mention_rows, timex_rows

pytestmark = pytest.mark.flow

BATCH = 16  # several batches, so a crash can land in the middle of a run


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> tuple[str, dict]:
    """One uninterrupted run: what every other way of getting there must equal."""
    data = str(tmp_path_factory.mktemp("clean"))
    summary = dateline_flow(corpus, data, BATCH)
    assert summary["failed_batches"] == 0
    return data, snapshot(data)


def test_rerun_extracts_nothing_and_keeps_every_table(clean, corpus):
    data, before = clean
    summary = dateline_flow(corpus, data, BATCH)
    assert summary["extracted"] == 0
    assert summary["skipped"] == summary["read"] > 0
    assert snapshot(data) == before


def test_runs_table_records_each_run(clean, corpus):
    data, _ = clean
    runs_before = count(data, "SELECT count(*) FROM runs")
    summary = dateline_flow(corpus, data, BATCH, "thread")
    assert count(data, "SELECT count(*) FROM runs") == runs_before + 1
    con = connect(data)
    try:
        cursor = con.execute("SELECT * FROM runs WHERE run_id = ?", [summary["run_id"]])
        names = [d[0] for d in cursor.description]
        run = dict(zip(names, cursor.fetchone(), strict=True))
    finally:
        con.close()
    assert run["status"] == "completed"
    assert (run["n_read"], run["n_extracted"], run["n_skipped"]) == (
        summary["read"],
        0,
        summary["read"],
    )
    assert run["runner"] == "thread"
    assert run["started_at"] <= run["finished_at"]
    assert run["extractor_version"] and run["schema_version"]
    assert run["inputs"] == [str(Path(p).resolve()) for p in corpus]


def test_batch_that_crashed_before_its_commit_is_finished_by_next_run(
    clean, corpus, tmp_path, monkeypatch
):
    """Timexes and mentions written, documents row not: the next run completes the batch."""
    data = str(tmp_path)
    real = work.extract_batch
    calls = {"n": 0}

    def crashing(docs, data_dir, run_id, version):
        calls["n"] += 1
        if calls["n"] != 2:
            return real(docs, data_dir, run_id, version)
        # what extract_batch does up to its commit, then the worker is lost
        timexes, mentions = [], []
        for doc in docs:
            extraction = extract(doc)
            timexes += timex_rows(doc, extraction, version)
            mentions += mention_rows(doc, extraction, version)
        lake, part = Lake(data_dir), work.batch_key(docs, version)
        lake.write("timexes", timexes, part)
        lake.write("event_mentions", mentions, part)
        raise RuntimeError("worker lost before the commit")

    monkeypatch.setattr(work, "extract_batch", crashing)
    monkeypatch.setattr(pipeline, "extract_batch", pipeline.extract_batch.with_options(retries=0))
    first = dateline_flow(corpus, data, BATCH)
    assert first["failed_batches"] == 1
    assert first["extracted"] == first["read"] - BATCH
    orphans = Lake(data).read("event_mentions").num_rows
    assert orphans > count(data, "SELECT count(*) FROM mentions")  # written, not visible

    monkeypatch.setattr(work, "extract_batch", real)
    second = dateline_flow(corpus, data, BATCH)
    assert second["failed_batches"] == 0
    assert second["extracted"] == BATCH
    assert snapshot(data) == clean[1]
    assert count(data, "SELECT count(*) - count(DISTINCT mention_id) FROM mentions") == 0
    assert count(data, "SELECT count(*) FROM runs WHERE status = 'failed'") == 1


def test_run_that_died_mid_way_is_finished_by_next_run(clean, corpus, tmp_path, monkeypatch):
    """The flow itself raises after some batches: a failed runs row, then a clean finish."""
    data = str(tmp_path)

    def explode(*_args, **_kwargs):
        raise RuntimeError("killed during grouping")

    monkeypatch.setattr(work, "rebuild_events", explode)
    monkeypatch.setattr(pipeline, "group_events", pipeline.group_events.with_options(retries=0))
    with pytest.raises(RuntimeError, match="killed during grouping"):
        dateline_flow(corpus, data, BATCH)
    monkeypatch.undo()

    second = dateline_flow(corpus, data, BATCH)
    assert second["extracted"] == 0  # the batches had committed; only the rest is redone
    assert snapshot(data) == clean[1]
    assert count(data, "SELECT count(*) FROM runs WHERE status = 'failed'") == 1
    assert count(data, "SELECT count(*) FROM runs WHERE status = 'completed'") == 1


def test_new_extractor_version_re_extracts_and_replaces_rows(clean, corpus, tmp_path, monkeypatch):
    data = str(tmp_path)
    first = dateline_flow(corpus, data, BATCH)
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "99+test")
    second = dateline_flow(corpus, data, BATCH)
    assert second["extracted"] == first["extracted"] > 0
    assert second["skipped"] == second["read"] - second["extracted"]
    versions = count(data, "SELECT count(DISTINCT extractor_version) FROM documents")
    assert versions == 1
    assert count(data, "SELECT any_value(extractor_version) FROM documents") == "99+test"
    assert count(data, "SELECT count(*) FROM mentions WHERE extractor_version <> '99+test'") == 0
    for view in ("documents", "timexes", "mentions"):
        assert len(snapshot(data)[view]) == len(clean[1][view]), view
    assert count(data, "SELECT count(*) - count(DISTINCT timex_id) FROM timexes") == 0
    # a third run under the new version has nothing left to do
    assert dateline_flow(corpus, data, BATCH)["extracted"] == 0


def test_compaction_merges_parts_and_changes_no_row(clean, corpus, tmp_path, monkeypatch):
    """Many small batch files become one per table; the views show exactly the same rows."""
    from warehouse import lake as lake_module

    data = str(tmp_path)
    monkeypatch.setattr(lake_module, "COMPACT_AT", 10**6)
    dateline_flow(corpus, data, BATCH)
    parts = [f for f in Lake(data).files("event_mentions") if "empty" not in f]
    assert len(parts) > 2
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "99+test")  # superseded rows too
    dateline_flow(corpus, data, BATCH)
    before = snapshot(data)
    monkeypatch.setattr(lake_module, "COMPACT_AT", 2)
    summary = dateline_flow(corpus, data, BATCH)
    assert summary["compacted_files"] > 2 * len(parts)
    for table in ("documents", "timexes", "event_mentions"):
        (merged,) = [f for f in Lake(data).files(table) if "empty" not in f]
        assert "compact" in merged
    assert snapshot(data) == before
    assert count(data, "SELECT count(*) FROM runs") == 3
