"""Reading a data folder's warehouse back, for comparing runs."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse import build
from warehouse.lake import Lake

# Columns that legitimately differ between two runs over the same input.
RUN_COLUMNS = {"run_id", "extracted_at"}


def rows(data_dir: str | Path, view: str, order: str) -> list[tuple]:
    """Every row of ``view`` (less run stamps), in ``order``."""
    con = duckdb.connect()
    try:
        build.apply(con, Lake(data_dir))
        names = [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
                [view],
            ).fetchall()
            if r[0] not in RUN_COLUMNS
        ]
        columns = ", ".join(f'"{n}"' for n in names)
        return con.execute(f"SELECT {columns} FROM {view} ORDER BY {order}").fetchall()
    finally:
        con.close()


def count(data_dir: str | Path, sql: str) -> int:
    con = build.connect(data_dir)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def snapshot(data_dir: str | Path) -> dict[str, list[tuple]]:
    """The user-facing tables of a data folder."""
    return {
        "documents": rows(data_dir, "documents", "doc_id"),
        "timexes": rows(data_dir, "timexes", "timex_id"),
        "mentions": rows(data_dir, "mentions", "mention_id"),
        "chronology": rows(data_dir, "chronology", "event_id"),
    }
