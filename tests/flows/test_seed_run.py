"""The whole pipeline through the real Prefect engine, DuckDB file and Parquet lake."""

import json

import duckdb
import pytest

from flows.pipeline import dateline_flow
from warehouse.build import connect
from warehouse.checks import failures

pytestmark = pytest.mark.flow

TABLES = ("documents", "timexes", "mentions", "chronology", "quarantine")


def _counts(data_dir) -> dict[str, int]:
    con = connect(data_dir)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "cp1252.txt").write_bytes("The \u201ctalks\u201d ended.".encode("cp1252"))
    (folder / "ok.txt").write_text("Troops raided a compound on Tuesday.\n")
    (folder / "manifest.jsonl").write_text(
        json.dumps({"file": "ok.txt", "published": "2011-13-45"}) + "\n"
    )
    corpus = folder / "records.jsonl"
    corpus.write_text(
        '{"id": "x1", "text": "Talks were held on Monday.", "published": "2020-05-06"}\n{oops\n'
    )
    return folder


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, bad_inputs):
    data = tmp_path_factory.mktemp("data")
    first = dateline_flow(["seeds", str(bad_inputs)], str(data))
    counts_first = _counts(data)
    second = dateline_flow(["seeds", str(bad_inputs)], str(data))
    return data, first, counts_first, second, _counts(data)


def test_first_run_extracts_and_quarantines_bad_input(two_runs):
    data, first, *_ = two_runs
    assert first["failed_batches"] == 0
    assert first["extracted"] == first["read"] > 0
    con = connect(data)
    reasons = dict(con.execute("SELECT source, reason FROM quarantine").fetchall())
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] == "binary"
    assert reasons["cp1252.txt"] == "encoding"
    assert reasons["ok.txt"] == "date"
    assert "json" in reasons.values()
    # the undated document with a bad manifest date is still processed
    assert con.execute(
        "SELECT published_source FROM documents WHERE source = 'ok.txt'"
    ).fetchone() == ("none",)


def test_second_run_adds_no_rows_and_keeps_ids(two_runs):
    data, first, counts_first, second, counts_second = two_runs
    assert second["extracted"] == 0
    assert second["skipped"] == first["read"]
    assert second["quarantined"] == 0
    assert counts_second == counts_first
    con = connect(data)
    assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 2


def test_warehouse_expectations_hold(two_runs):
    data = two_runs[0]
    con = connect(data)
    assert failures(con) == {}


def test_seed_chronology_has_the_key_strikes_with_their_dates(two_runs):
    con = connect(two_runs[0])
    strikes = con.execute(
        "SELECT date_value, killed_low FROM chronology WHERE event_type = 'strike'"
    ).fetchall()
    dates = {d for d, _ in strikes}
    assert "2011-03-17" in dates
    assert ("2010-10-02", 18) in strikes or any(d == "2010-10-02" for d, _ in strikes), strikes


def test_no_event_is_dated_by_publication_date_fallback(two_runs):
    con = connect(two_runs[0])
    undocumented = con.execute(
        "SELECT count(*) FROM mentions WHERE date_value IS NOT NULL AND timex_text IS NULL"
    ).fetchone()[0]
    assert undocumented == 0


def test_database_is_read_only_for_sql_users(two_runs):
    con = connect(two_runs[0])
    with pytest.raises(duckdb.Error):
        con.execute("CREATE TABLE x AS SELECT 1")
