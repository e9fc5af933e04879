"""Compaction on a real temp lake: it drops rows a newer extraction superseded, keeps rows of
uncommitted documents, changes no view row or id, and survives a crash at any step."""

from datetime import timedelta

import duckdb
import pytest

from dateline.batch import compact, rebuild_events
from warehouse import build
from warehouse.lake import Lake

VIEWS = {
    "documents": "doc_id",
    "timexes": "timex_id",
    "mentions": "mention_id",
    "chronology": "event_id",
}


def timex(timex_id, doc_id, version="v1"):
    return {
        "timex_id": timex_id,
        "doc_id": doc_id,
        "extractor_version": version,
        "input_key": f"{doc_id}-{version}",
        "text": "March 17",
        "start": 20,
        "end": 28,
        "timex_type": "DATE",
        "value": "2011-03-17",
        "mod": None,
        "date_start": None,
        "date_end": None,
        "granularity": "day",
        "date_type": "exact",
        "reason": "absolute date",
    }


def _batch(lake, make_document, make_mention, docs, version, now, part, commit=True):
    """One extraction batch as ``extract_batch`` writes it: timexes, mentions, documents."""
    lake.write("timexes", [timex(f"t-{d}-{version}", d, version) for d in docs], part)
    mentions = [
        make_mention(f"m-{d}-{version}-{i}", d, version, trigger_start=10 + 50 * i)
        for d in docs
        for i in range(2)
    ]
    lake.write("event_mentions", mentions, part)
    if commit:
        rows = [make_document(d, version, extracted_at=now) for d in docs]
        lake.write("documents", rows, part)


def _views(lake, regroup=True):
    if regroup:  # (which also recovers an interrupted compaction, as every run does)
        rebuild_events(lake.data_dir)
    con = duckdb.connect()
    try:
        build.apply(con, lake)
        out = {}
        for view, key in VIEWS.items():
            cursor = con.execute(f"SELECT * FROM {view} ORDER BY {key}")
            names = [d[0] for d in cursor.description]
            out[view] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        return out
    finally:
        con.close()


def _raw(lake, table, column):
    return sorted(lake.read(table, [column]).column(column).to_pylist())


@pytest.fixture
def relake(lake, make_document, make_mention, now):
    """d1..d4 extracted under v1, then d1..d3 re-extracted under v2 in three more batches."""
    _batch(lake, make_document, make_mention, ["d1", "d2"], "v1", now, "a")
    _batch(lake, make_document, make_mention, ["d3", "d4"], "v1", now, "b")
    later = now + timedelta(days=1)
    for i, doc in enumerate(["d1", "d2", "d3"]):
        _batch(lake, make_document, make_mention, [doc], "v2", later, f"c{i}")
    return lake


def test_compaction_keeps_only_current_rows_and_changes_no_view(relake):
    before = _views(relake)
    assert len(relake.parts("event_mentions")) == 5
    merged = compact(relake.data_dir, at=2)
    assert merged >= 15  # 5 parts in each of the three document tables
    for table in ("documents", "timexes", "event_mentions"):
        (only,) = relake.parts(table)
        assert "compact" in only
    assert _raw(relake, "documents", "input_key") == ["d1-v2", "d2-v2", "d3-v2", "d4-v1"]
    assert _raw(relake, "timexes", "input_key") == ["d1-v2", "d2-v2", "d3-v2", "d4-v1"]
    assert set(_raw(relake, "event_mentions", "input_key")) == {
        "d1-v2",
        "d2-v2",
        "d3-v2",
        "d4-v1",
    }
    assert relake.read("event_mentions").num_rows == 8
    assert _views(relake) == before
    assert list(relake.staging.iterdir()) == []


def test_a_second_compaction_changes_nothing(relake):
    compact(relake.data_dir, at=2)
    after_first = {t: _raw(relake, t, "input_key") for t in ("documents", "event_mentions")}
    views = _views(relake)
    compact(relake.data_dir, at=1)
    assert {t: _raw(relake, t, "input_key") for t in after_first} == after_first
    assert _views(relake) == views


def test_below_the_threshold_nothing_is_compacted(relake):
    assert compact(relake.data_dir, at=100) == 0
    assert len(relake.parts("documents")) == 5


def test_rows_of_uncommitted_documents_are_kept(relake, make_document, make_mention, now):
    """A batch still writing (mentions and timexes, no document row yet): a new document d5 and
    a re-extraction of d4 under v2. Neither is superseded, so both stay for its commit."""
    later = now + timedelta(days=2)
    _batch(relake, make_document, make_mention, ["d4", "d5"], "v2", later, "d", commit=False)
    before = _views(relake)
    compact(relake.data_dir, at=2)
    mention_keys = set(_raw(relake, "event_mentions", "input_key"))
    assert {"d4-v1", "d4-v2", "d5-v2"} <= mention_keys
    assert {"d4-v2", "d5-v2"} <= set(_raw(relake, "timexes", "input_key"))
    assert _views(relake) == before
    # the batch commits: its rows become current, d4's v1 rows are superseded and go next time
    rows = [make_document(d, "v2", extracted_at=later) for d in ("d4", "d5")]
    relake.write("documents", rows, "d")
    committed = _views(relake)
    compact(relake.data_dir, at=1)
    assert "d4-v1" not in set(_raw(relake, "event_mentions", "input_key"))
    assert _raw(relake, "documents", "input_key") == [f"d{i}-v2" for i in range(1, 6)]
    assert _views(relake) == committed


class Crash(Exception):
    pass


@pytest.mark.parametrize("step", ["before_publish", "after_publish"])
def test_a_crash_mid_compaction_loses_nothing_and_duplicates_nothing(relake, monkeypatch, step):
    before = _views(relake)
    import warehouse.lake as lake_module

    if step == "before_publish":
        real = lake_module.os.replace

        def crash_on_publish(src, dst):
            if "part-compact-" in str(dst):
                raise Crash
            return real(src, dst)

        monkeypatch.setattr(lake_module.os, "replace", crash_on_publish)
    else:

        def crash_on_cleanup(note, journal):
            raise Crash

        monkeypatch.setattr(Lake, "_finish", staticmethod(crash_on_cleanup))
    with pytest.raises(Crash):
        compact(relake.data_dir, at=2)
    monkeypatch.undo()
    # whatever the crash left, the views show the same rows (duplicates are deduped by id)
    assert _views(relake, regroup=False) == before
    assert list(relake.staging.glob("compact-*.json"))  # the journal tells what to finish
    assert relake.recover() == 1
    assert list(relake.staging.iterdir()) == []
    ids = _raw(relake, "event_mentions", "mention_id")
    assert len(ids) == len(set(ids))  # nothing twice
    if step == "after_publish":  # rolled forward: the merged file replaced the parts
        assert len(relake.parts("timexes")) == 1
    else:  # rolled back: the parts are all there
        assert len(relake.parts("timexes")) == 5
    assert _views(relake) == before
    compact(relake.data_dir, at=2)
    assert _views(relake) == before
    assert _raw(relake, "documents", "input_key") == ["d1-v2", "d2-v2", "d3-v2", "d4-v1"]


def test_a_replacement_left_without_commit_changes_nothing(lake):
    from schemas.tables import EVENTS

    before = lake.files("events")
    row = {name: None for name in EVENTS.schema.names}
    row.update(event_id="e1", event_type="strike", status="occurred", description="")
    row["mention_ids"] = ["m1"]
    with pytest.raises(RuntimeError), lake.replacing("events") as events:
        events.write(row)
        raise RuntimeError
    assert lake.files("events") == before
    assert list(lake.staging.iterdir()) == []
    with lake.replacing("events") as events:
        events.write(row)
        events.commit()
    assert lake.read("events").column("event_id").to_pylist() == ["e1"]
