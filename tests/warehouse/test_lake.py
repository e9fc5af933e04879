"""The Parquet lake: declared schemas, atomic named parts, idempotent rewrites."""

import pyarrow.parquet as pq
import pytest

from schemas import SCHEMA_VERSION, TABLES


def test_every_table_has_a_typed_empty_file_with_descriptions(lake):
    for name, table in TABLES.items():
        files = lake.files(name)
        assert len(files) == 1
        schema = pq.read_schema(files[0])
        assert schema.names == table.schema.names
        assert schema.metadata[b"schema_version"] == SCHEMA_VERSION.encode()
        for field in schema:
            assert field.metadata[b"description"], (name, field.name)


def test_writing_the_same_part_twice_replaces_it(lake, make_document):
    lake.write("documents", [make_document("d1"), make_document("d2")], "batch-a")
    lake.write("documents", [make_document("d1"), make_document("d2")], "batch-a")
    assert lake.read("documents").num_rows == 2
    assert lake.keys("documents") == {"d1-v1", "d2-v1"}


def test_staging_leaves_nothing_behind_and_is_outside_table_folders(lake, make_document):
    lake.write("documents", [make_document("d1")], "p")
    assert list(lake.staging.iterdir()) == []
    assert lake.root not in lake.staging.parents


def test_rows_must_fit_the_declared_schema(lake, make_document):
    bad = make_document("d1")
    bad["n_chars"] = "many"
    with pytest.raises((TypeError, ValueError)):
        lake.write("documents", [bad], "p")
    assert lake.read("documents").num_rows == 0


def test_replace_all_keeps_only_the_new_content(lake, now):
    lake.replace_all("runs", [], "first")
    row = {
        "run_id": "r",
        "started_at": None,
        "finished_at": None,
        "status": "completed",
        "inputs": [],
        "n_read": 0,
        "n_extracted": 0,
        "n_quarantined": 0,
        "n_skipped": 0,
        "n_mentions": 0,
        "extractor_version": "v",
        "schema_version": "1",
        "runner": "thread",
    }
    row["started_at"] = row["finished_at"] = now
    lake.replace_all("runs", [row], "second")
    assert lake.read("runs").num_rows == 1
    assert sorted(p.rsplit("/", 1)[-1] for p in lake.files("runs")) == [
        "part-empty.parquet",
        "part-second.parquet",
    ]


def test_ensure_rewrites_an_empty_file_of_an_older_schema(lake, make_document):
    """A lake written before a column was added still shows the column (as null)."""
    import pyarrow as pa

    from warehouse.lake import EMPTY_FILE

    folder = lake.table_dir("documents")
    old = TABLES["documents"].schema.remove(TABLES["documents"].schema.get_field_index("url"))
    pq.write_table(old.empty_table(), folder / EMPTY_FILE)
    row = make_document("d1")
    del row["url"]
    pq.write_table(pa.Table.from_pylist([row], schema=old), folder / "part-old.parquet")
    lake.ensure()
    assert pq.read_schema(folder / EMPTY_FILE).equals(TABLES["documents"].schema)
    import duckdb

    con = duckdb.connect()
    got = con.execute(
        f"SELECT doc_id, url FROM read_parquet('{folder}/*.parquet', union_by_name = true)"
    ).fetchall()
    assert got == [("d1", None)]
