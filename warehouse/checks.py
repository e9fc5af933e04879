"""Column expectations as SQL: each check is a query returning the rows that break it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import duckdb

_NAMED = re.compile(r"^-- name: (?P<name>.+?)\n(?P<sql>.*?)(?=^-- name:|\Z)", re.S | re.M)


@dataclass(frozen=True)
class Check:
    file: str
    name: str
    sql: str


def load_checks() -> list[Check]:
    folder = resources.files("warehouse") / "checks"
    checks = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".sql"):
            for match in _NAMED.finditer(path.read_text("utf-8")):
                sql = (
                    "\n".join(
                        line for line in match["sql"].splitlines() if not line.startswith("--")
                    )
                    .strip()
                    .rstrip(";")
                )
                checks.append(Check(path.name, match["name"].strip(), sql))
    return checks


def failures(con: duckdb.DuckDBPyConnection, limit: int = 5) -> dict[str, list[tuple]]:
    """Checks that found offending rows, with a few of those rows."""
    found = {}
    for check in load_checks():
        rows = con.execute(f"SELECT * FROM ({check.sql}) LIMIT {limit}").fetchall()
        if rows:
            found[f"{check.file}: {check.name}"] = rows
    return found
