"""Build the DuckDB database file: ordered SQL files over the Parquet lake, plus comments.

The file is built aside and moved into place in one step, so a reader never meets a
half-built database and a long-lived reader never blocks a build.
"""

from __future__ import annotations

import os
import uuid
from importlib import resources
from pathlib import Path

import duckdb

from schemas import TABLES
from schemas.views import DERIVED_COLUMNS, VIEWS
from warehouse.lake import Lake

DATABASE = "dateline.duckdb"


def sql_files() -> list[tuple[str, str]]:
    """The warehouse SQL files, in the order they apply."""
    folder = resources.files("warehouse") / "sql"
    return sorted(
        (p.name, p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".sql")
    )


def database_path(data_dir: str | Path) -> Path:
    return Path(data_dir).resolve() / DATABASE


def build(data_dir: str | Path) -> Path:
    """(Re)build the database over the lake in ``data_dir`` and return its path."""
    lake = Lake(data_dir)
    lake.ensure()
    target = database_path(data_dir)
    tmp = lake.staging / f"build-{uuid.uuid4().hex}.duckdb"
    con = duckdb.connect(str(tmp))
    try:
        apply(con, lake)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return target


def apply(con: duckdb.DuckDBPyConnection, lake: Lake) -> None:
    """Create every view on ``con`` over ``lake`` and describe it."""
    root = str(lake.root).replace("'", "''")
    for _name, sql in sql_files():
        con.execute(sql.replace("{lake}", root))
    comment(con)


def comment(con: duckdb.DuckDBPyConnection) -> None:
    described = {c.name: c.description for t in TABLES.values() for c in t.columns}
    described.update(DERIVED_COLUMNS)
    for view, text in VIEWS.items():
        con.execute(f"COMMENT ON VIEW {view} IS {_literal(text)}")
        for (column,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [view]
        ).fetchall():
            description = _view_column_description(view, column, described)
            if description:
                con.execute(f'COMMENT ON COLUMN {view}."{column}" IS {_literal(description)}')


def _view_column_description(view: str, column: str, described: dict[str, str]) -> str | None:
    table = TABLES.get(view)
    if table and column in {c.name for c in table.columns}:
        return table.description_of(column)
    return described.get(column)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(data_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the built database."""
    return duckdb.connect(str(database_path(data_dir)), read_only=True)
