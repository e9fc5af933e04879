"""DuckDB views over a temp lake: current extraction only, comments, SQL expectations."""

import duckdb
import pytest

from dateline.batch import rebuild_events
from warehouse import build
from warehouse.checks import failures, load_checks


def _con(lake):
    build.build(lake.data_dir)
    return build.connect(lake.data_dir)


def _scalar(con, sql):
    return con.execute(sql).fetchone()[0]


def test_views_exist_and_every_view_and_column_is_described(lake):
    con = _con(lake)
    views = {
        r[0]: r[1]
        for r in con.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
        ).fetchall()
    }
    for name in (
        "documents",
        "mentions",
        "chronology",
        "strikes",
        "raids",
        "attacks",
        "meetings",
        "events_by_month",
    ):
        assert views.get(name), name
    undescribed = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE table_name IN (SELECT view_name FROM duckdb_views() WHERE NOT internal AND view_name NOT LIKE 'stg_%') "
        "AND (comment IS NULL OR comment = '')"
    ).fetchall()
    assert undescribed == []


def test_required_view_columns(lake):
    con = _con(lake)

    def cols(view):
        return [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]

    assert set(cols("documents")) >= {
        "doc_id",
        "source",
        "section",
        "title",
        "url",
        "published",
        "published_source",
        "n_chars",
    }
    assert set(cols("mentions")) >= set(
        [
            "mention_id",
            "event_id",
            "doc_id",
            "source",
            "section",
            "published",
            "event_type",
            "status",
            "trigger_text",
            "trigger_start",
            "trigger_end",
            "sentence_start",
            "sentence_end",
            "timex_text",
            "date_value",
            "date_start",
            "date_end",
            "date_granularity",
            "date_type",
            "date_reason",
            "killed_low",
            "killed_high",
        ]
    )
    assert set(cols("chronology")) >= set(
        [
            "event_id",
            "event_type",
            "date_value",
            "date_start",
            "date_end",
            "date_granularity",
            "date_reason",
            "description",
            "location",
            "killed_low",
            "killed_high",
            "n_mentions",
            "n_sources",
            "sources",
        ]
    )


def test_orphan_rows_of_an_uncommitted_batch_are_hidden(lake, make_document, make_mention):
    lake.write("event_mentions", [make_mention("m1", "d1"), make_mention("m2", "d2")], "b1")
    lake.write("documents", [make_document("d1")], "b1")  # d2's document row never landed
    rebuild_events(lake.data_dir)
    con = _con(lake)
    assert [r[0] for r in con.execute("SELECT mention_id FROM mentions").fetchall()] == ["m1"]
    assert _scalar(con, "SELECT count(*) FROM chronology") == 1


def test_duplicate_rows_from_a_retried_batch_are_shown_once(lake, make_document, make_mention):
    lake.write("documents", [make_document("d1")], "b1")
    lake.write("event_mentions", [make_mention("m1", "d1")], "b1")
    lake.write("event_mentions", [make_mention("m1", "d1")], "b1-retry-with-other-name")
    rebuild_events(lake.data_dir)
    con = _con(lake)
    assert _scalar(con, "SELECT count(*) FROM mentions") == 1


def test_a_newer_extraction_supersedes_the_old_rows(lake, make_document, make_mention):
    from datetime import UTC, datetime

    lake.write("documents", [make_document("d1", "v1")], "old")
    lake.write("event_mentions", [make_mention("m-old", "d1", "v1")], "old")
    later = datetime(2026, 2, 1, tzinfo=UTC)
    lake.write("documents", [make_document("d1", "v2", extracted_at=later)], "new")
    lake.write("event_mentions", [make_mention("m-new", "d1", "v2")], "new")
    rebuild_events(lake.data_dir)
    con = _con(lake)
    assert _scalar(con, "SELECT count(*) FROM documents") == 1
    assert _scalar(con, "SELECT extractor_version FROM documents") == "v2"
    assert [r[0] for r in con.execute("SELECT mention_id FROM mentions").fetchall()] == ["m-new"]


def test_views_use_absolute_paths_and_open_from_another_folder(
    lake, make_document, tmp_path, monkeypatch
):
    lake.write("documents", [make_document("d1")], "b1")
    build.build(lake.data_dir)
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(str(build.database_path(lake.data_dir)), read_only=True)
    assert _scalar(con, "SELECT count(*) FROM documents") == 1


def test_database_is_swapped_in_while_a_reader_holds_the_old_one(lake, make_document):
    lake.write("documents", [make_document("d1")], "b1")
    build.build(lake.data_dir)
    reader = build.connect(lake.data_dir)
    build.build(lake.data_dir)  # does not fail on the open reader
    assert _scalar(reader, "SELECT count(*) FROM documents") == 1


def test_checks_pass_on_consistent_rows(lake, make_document, make_mention):
    lake.write("documents", [make_document("d1")], "b1")
    lake.write(
        "event_mentions",
        [make_mention("m1", "d1"), make_mention("m2", "d1", trigger_start=30, trigger_end=36)],
        "b1",
    )
    rebuild_events(lake.data_dir)
    con = _con(lake)
    assert len(load_checks()) >= 10
    assert failures(con) == {}


@pytest.mark.parametrize(
    ("overrides", "broken"),
    [
        ({"timex_text": None}, "never a silent publication-date fallback"),
        ({"date_start": None}, "unresolved mentions carry no date"),
        ({"trigger_end": 99}, "trigger lies inside its sentence"),
        ({"status": "rumoured"}, "vocabularies"),
        ({"killed_low": 9, "killed_high": 3}, "casualty ranges are ordered"),
    ],
)
def test_checks_catch_broken_rows(lake, make_document, make_mention, overrides, broken):
    lake.write("documents", [make_document("d1")], "b1")
    lake.write("event_mentions", [make_mention("m1", "d1", **overrides)], "b1")
    con = _con(lake)
    assert any(broken in name for name in failures(con)), failures(con)


def test_a_corrected_publication_date_supersedes_rows_with_the_same_ids(
    lake, make_document, make_mention
):
    from datetime import UTC, datetime

    lake.write("documents", [make_document("d1", input_key="k-old")], "old")
    lake.write(
        "event_mentions",
        [make_mention("m1", "d1", input_key="k-old", date_value="2011-03-10")],
        "old",
    )
    later = datetime(2026, 2, 1, tzinfo=UTC)
    lake.write("documents", [make_document("d1", input_key="k-new", extracted_at=later)], "new")
    lake.write("event_mentions", [make_mention("m1", "d1", input_key="k-new")], "new")
    rebuild_events(lake.data_dir)
    con = _con(lake)
    assert con.execute("SELECT mention_id, date_value FROM mentions").fetchall() == [
        ("m1", "2011-03-17")
    ]
