"""BI access: the database file through SQLAlchemy (duckdb-engine), as Superset and Metabase
use it, and the Parquet lake read directly without the database file."""

import warnings
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from dateline.batch import rebuild_events
from warehouse import build

VIEWS = (
    "chronology",
    "chronology_flat",
    "mentions",
    "strikes",
    "raids",
    "attacks",
    "meetings",
    "events_by_month",
    "documents",
)


@pytest.fixture
def data_dir(lake, make_document, make_mention):
    """Two documents reporting one strike, and a meeting: two canonical events."""
    lake.write(
        "documents",
        [
            make_document("d1", url="https://example.org/a", published=date(2011, 3, 18)),
            make_document("d2", url="https://example.org/b", published=date(2011, 3, 20)),
        ],
        "b1",
    )
    lake.write(
        "event_mentions",
        [
            make_mention("m1", "d1"),
            make_mention(
                "m2",
                "d2",
                sentence_text="A US drone strike in Datta Khel on March 17 killed 5.",
            ),
            make_mention(
                "m3",
                "d2",
                event_type="meeting",
                plover_type="CONSULT",
                plover_mode="meet",
                trigger_text="met",
                trigger_start=60,
                trigger_end=63,
                sentence_text="Mattis met Kayani on April 7.",
                date_value="2011-04-07",
                date_start=date(2011, 4, 7),
                date_end=date(2011, 4, 7),
                actors=["Mattis"],
                targets=["Kayani"],
                location=None,
                killed_low=None,
                killed_high=None,
            ),
        ],
        "b1",
    )
    rebuild_events(lake.data_dir)
    build.build(lake.data_dir)
    return lake.data_dir


def _engine(data_dir) -> sa.Engine:
    return sa.create_engine(f"duckdb:///{build.database_path(data_dir)}?access_mode=read_only")


@pytest.mark.filterwarnings("ignore:Did not recognize type")
def test_sqlalchemy_lists_views_and_columns(data_dir):
    engine = _engine(data_dir)
    try:
        inspector = sa.inspect(engine)
        names = set(inspector.get_view_names()) | set(inspector.get_table_names())
        assert set(VIEWS) <= names
        columns = {c["name"] for c in inspector.get_columns("chronology")}
        assert {
            "event_id",
            "event_type",
            "date_value",
            "plover_type",
            "plover_mode",
            "time_precision",
            "actors",
            "targets",
            "first_reported",
            "last_reported",
            "urls",
        } <= columns
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # every column of the flat view has a known type
            flat = {c["name"]: c["type"] for c in inspector.get_columns("chronology_flat")}
        assert set(flat) == columns
        assert all(isinstance(flat[c], sa.String) for c in ("actors", "targets", "urls"))
    finally:
        engine.dispose()


def test_sqlalchemy_queries_the_chronology_read_only(data_dir):
    engine = _engine(data_dir)
    other = _engine(data_dir)  # a second BI connection at the same time
    try:
        with engine.connect() as con, other.connect() as con2:
            rows = con.execute(
                sa.text(
                    "SELECT event_type, date_value, n_mentions, n_sources, urls "
                    "FROM chronology ORDER BY date_start"
                )
            ).all()
            assert [(r.event_type, r.date_value, r.n_mentions, r.n_sources) for r in rows] == [
                ("strike", "2011-03-17", 2, 2),
                ("meeting", "2011-04-07", 1, 1),
            ]
            assert rows[0].urls == ["https://example.org/a", "https://example.org/b"]
            by_month = con2.execute(
                sa.text("SELECT month, event_type, n_events FROM events_by_month")
            ).all()
            assert sorted(map(tuple, by_month)) == [
                ("2011-03", "strike", 1),
                ("2011-04", "meeting", 1),
            ]
            with pytest.raises(sa.exc.DBAPIError):
                con.execute(sa.text("CREATE TABLE scratch (x INTEGER)"))
    finally:
        engine.dispose()
        other.dispose()


def test_chronology_has_one_row_per_event_and_comments_reach_bi_tools(data_dir):
    con = build.connect(data_dir)
    try:
        n_events, n_ids = con.execute(
            "SELECT count(*), count(DISTINCT event_id) FROM chronology"
        ).fetchone()
        assert n_events == n_ids == 2
        linked = con.execute(
            "SELECT count(*) FROM mentions m JOIN chronology c USING (event_id)"
        ).fetchone()[0]
        assert linked == 3
        missing = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() "
            f"WHERE table_name IN {VIEWS!r} AND (comment IS NULL OR comment = '')"
        ).fetchall()
        assert missing == []
        views = dict(
            con.execute(
                f"SELECT view_name, comment FROM duckdb_views() WHERE view_name IN {VIEWS!r}"
            ).fetchall()
        )
        assert set(views) == set(VIEWS) and all(views.values())
    finally:
        con.close()


def test_the_lake_reads_directly_without_the_database(data_dir):
    lake = data_dir / "lake"
    con = duckdb.connect()
    try:
        events = con.execute(
            f"SELECT event_id, event_type, date_value, len(mention_ids) AS n "
            f"FROM read_parquet('{lake}/events/*.parquet', union_by_name = true) "
            "ORDER BY date_start"
        ).fetchall()
        assert [(e[1], e[2], e[3]) for e in events] == [
            ("strike", "2011-03-17", 2),
            ("meeting", "2011-04-07", 1),
        ]
        # every table folder is one dataset; the file name says which batch wrote a row
        per_table = con.execute(
            f"SELECT count(*) FROM read_parquet('{lake}/event_mentions/*.parquet', "
            "union_by_name = true, filename = true)"
        ).fetchone()[0]
        assert per_table == 3
    finally:
        con.close()
    # the Parquet files describe their own columns
    schema = pq.read_schema(next((lake / "events").glob("part-*.parquet")))
    assert schema.field("event_id").metadata[b"description"]
