"""Grouping a stream of rows (what ``rebuild_events`` does) gives the same events as grouping
rows held in memory, and keeps features rather than rows."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_grouping import _corpus, mention

from extractors.grouping import FEATURE_COLUMNS, group_mentions
from extractors.grouping.features import Mention, mention_features


def _synthetic(n: int) -> list[dict]:
    rng = random.Random(3)
    places = [f"Village{i}" for i in range(200)]
    rows = []
    for i in range(n):
        day = date(2010, 1, 1) + timedelta(days=rng.randrange(365))
        kind = rng.choice(["strike", "raid", "attack", "meeting"])
        place = rng.choice(places)
        rows.append(
            mention(
                f"A {kind} hit {place} on that day, officials in {rng.choice(places)} said.",
                kind,
                event_type=kind,
                date_value=day.isoformat() if i % 4 else None,
                doc=f"d{i // 4}",
                published=(day + timedelta(days=rng.randrange(3))).isoformat(),
                location=place if i % 3 else None,
                offset=(i % 4) * 100,
                mention_id=f"m{i}",
                killed=(i % 7, None) if i % 2 else (None, None),
                actors=[rng.choice(["Taliban", "US forces", "Pakistani troops"])],
                status=rng.choice(["occurred", "occurred", "planned", "reported"]),
            )
        )
    return rows


@pytest.mark.parametrize("rows", [_corpus(), _synthetic(4_000)], ids=["corpus", "synthetic"])
def test_a_stream_of_feature_columns_groups_like_whole_rows(rows: list[dict]) -> None:
    stream = ({c: r.get(c) for c in FEATURE_COLUMNS} for r in rows)
    assert group_mentions(stream) == group_mentions(rows)


def test_input_order_does_not_change_any_event_row() -> None:
    rows = _synthetic(2_000)
    shuffled = rows[:]
    random.Random(5).shuffle(shuffled)
    assert group_mentions(shuffled) == group_mentions(rows)


def test_features_keep_no_row_and_share_repeated_values() -> None:
    from extractors.grouping.features import Interner

    intern = Interner()
    a, b = _synthetic(2)
    b = {**b, "doc_id": "d0", "sentence_text": a["sentence_text"], "location": "Village1"}
    a = {**a, "location": "Village1"}
    ma, mb = mention_features(a, 0, intern), mention_features(b, 1, intern)
    assert not hasattr(ma, "__dict__") and "row" not in Mention.__slots__
    assert ma.words is mb.words and ma.place is mb.place and ma.doc_id is mb.doc_id


def test_rebuild_events_streams_the_lake_into_the_same_events(tmp_path: Path) -> None:
    import duckdb
    import pyarrow as pa

    from dateline.batch import extract_batch, rebuild_events
    from dateline.sources import read_inputs
    from dateline.versions import extractor_version
    from schemas.tables import EVENTS
    from warehouse import build
    from warehouse.lake import Lake

    root = Path(__file__).resolve().parents[2]
    docs = [d for d in read_inputs([root / "seeds"]) if hasattr(d, "doc_id")]
    extract_batch(docs, tmp_path, "test", extractor_version())
    lake = Lake(tmp_path)
    n = rebuild_events(tmp_path)
    con = duckdb.connect()
    try:
        build.apply(con, lake)
        cursor = con.execute("SELECT * FROM mentions")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    finally:
        con.close()
    written = lake.read("events").to_pylist()
    expected = pa.Table.from_pylist(group_mentions(rows), schema=EVENTS.schema).to_pylist()
    assert n == len(written) > 0
    assert sorted(written, key=lambda e: e["event_id"]) == sorted(
        expected, key=lambda e: e["event_id"]
    )
    assert list(lake.staging.iterdir()) == []
