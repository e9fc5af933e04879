"""The Parquet lake: one folder per table, one file per batch, written atomically.

A batch file is written under ``<data>/staging`` (outside every table folder, so readers'
globs never see it half-written) and moved into place with ``os.replace``. A batch's file
name derives from its content keys, so a retried batch overwrites itself instead of adding
rows. Rows of a document are committed by its ``documents`` row, written last: readers
ignore timexes and mentions whose document row is absent.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas import TABLES, Table

EMPTY_FILE = "part-empty.parquet"
COMPACT_AT = 64  # part files in a table before a run merges them: queries open every file
ROW_GROUP = 65_536  # rows per row group of a merged file


class Lake:
    """The Parquet lake under a data folder."""

    def __init__(self, data_dir: str | Path) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.root = self.data_dir / "lake"
        self.staging = self.data_dir / "staging"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def ensure(self) -> None:
        """Create every table folder with an empty typed file, so views and BI tools can read it."""
        self.staging.mkdir(parents=True, exist_ok=True)
        for table in TABLES.values():
            folder = self.table_dir(table.name)
            folder.mkdir(parents=True, exist_ok=True)
            if not (folder / EMPTY_FILE).exists():
                self._publish(table.schema.empty_table(), folder / EMPTY_FILE)

    def write(self, table: str, rows: Sequence[dict], part: str) -> Path | None:
        """Write ``rows`` as the table's file ``part`` (replacing a previous file of that name)."""
        if not rows:
            return None
        spec: Table = TABLES[table]
        data = pa.Table.from_pylist(list(rows), schema=spec.schema)
        return self._publish(data, self.table_dir(table) / f"part-{part}.parquet")

    def replace_all(self, table: str, rows: Sequence[dict], part: str) -> Path:
        """Make ``rows`` the table's whole content: a derived table rebuilt on every run."""
        spec: Table = TABLES[table]
        data = pa.Table.from_pylist(list(rows), schema=spec.schema)
        target = self._publish(data, self.table_dir(table) / f"part-{part}.parquet")
        for old in self.table_dir(table).glob("part-*.parquet"):
            if old != target and old.name != EMPTY_FILE:
                old.unlink()
        return target

    def keys(self, table: str, column: str | None = None) -> set[str]:
        """Values of the table's key column (or another string column) already in the lake."""
        column = column or TABLES[table].key
        files = self.files(table)
        if not files:
            return set()
        dataset = ds.dataset(files, format="parquet", schema=TABLES[table].schema)
        return set(dataset.to_table(columns=[column]).column(column).to_pylist())

    def files(self, table: str) -> list[str]:
        folder = self.table_dir(table)
        return sorted(str(p) for p in folder.glob("*.parquet")) if folder.exists() else []

    def read(self, table: str, columns: Iterable[str] | None = None) -> pa.Table:
        spec = TABLES[table]
        files = self.files(table)
        if not files:
            return spec.schema.empty_table()
        dataset = ds.dataset(files, format="parquet", schema=spec.schema)
        return dataset.to_table(columns=list(columns) if columns else None)

    def compact(self, table: str, at: int | None = None) -> int:
        """Merge the table's part files into one when there are ``at`` or more; return how many.

        Rows are copied as they are (superseded and uncommitted rows too: the views decide what
        is current), streamed batch by batch so memory stays flat. The merged file is
        published before the parts are deleted, so a reader or a crash in between sees rows
        twice at worst, which the views' dedupe by id absorbs; a part written after the
        listing is left alone.
        """
        spec: Table = TABLES[table]
        parts = [f for f in self.files(table) if Path(f).name != EMPTY_FILE]
        if len(parts) < (COMPACT_AT if at is None else at):
            return 0
        self.staging.mkdir(parents=True, exist_ok=True)
        tmp = self.staging / f"{table}-compact-{uuid.uuid4().hex}.parquet"
        dataset = ds.dataset(parts, format="parquet", schema=spec.schema)
        with pq.ParquetWriter(tmp, spec.schema, compression="zstd") as writer:
            pending: list[pa.RecordBatch] = []
            for batch in dataset.to_batches():
                pending.append(batch)
                if sum(b.num_rows for b in pending) >= ROW_GROUP:
                    writer.write_table(pa.Table.from_batches(pending, spec.schema))
                    pending = []
            if pending:
                writer.write_table(pa.Table.from_batches(pending, spec.schema))
        os.replace(tmp, self.table_dir(table) / f"part-compact-{uuid.uuid4().hex}.parquet")
        for part in parts:
            Path(part).unlink(missing_ok=True)
        return len(parts)

    def _publish(self, data: pa.Table, target: Path) -> Path:
        self.staging.mkdir(parents=True, exist_ok=True)
        tmp = self.staging / f"{target.parent.name}-{uuid.uuid4().hex}.parquet"
        pq.write_table(data, tmp, compression="zstd")
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        return target
