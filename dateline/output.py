"""Printing query results as a table, CSV or JSON Lines."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "csv", "jsonl")


def _plain(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _cell(value: object, width: int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = str(_plain(value))
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def write_rows(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    fmt: str = "table",
    out: TextIO | None = None,
    widths: dict[str, int] | None = None,
) -> None:
    out = out or sys.stdout
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(v, None) for v in row])
    elif fmt == "jsonl":
        for row in rows:
            record = {c: _plain(v) for c, v in zip(columns, row, strict=True)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        widths = widths or {}
        table = Table(show_lines=False, header_style="bold")
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(v, widths.get(c)) for c, v in zip(columns, row, strict=True)))
        Console(file=out, width=max(160, Console().width), soft_wrap=False).print(table)
        out.write(f"({len(rows)} rows)\n")
