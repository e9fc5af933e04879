"""The Parquet lake: one folder per table, one file per batch, written atomically.

A batch file is written under ``<data>/staging`` (outside every table folder, so readers'
globs never see it half-written) and moved into place with ``os.replace``. A batch's file
name derives from its content keys, so a retried batch overwrites itself instead of adding
rows. Rows of a document are committed by its ``documents`` row, written last: readers
ignore timexes and mentions whose document row is absent.

Compaction merges a table's part files into one and drops the rows a newer extraction of
their document superseded. It commits through a journal in the staging area, so a crash at
any point loses no row and, once the next run has recovered (``recover``), leaves none twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas import TABLES, Table

EMPTY_FILE = "part-empty.parquet"
COMPACT_AT = 64  # part files in a table before a run merges them: queries open every file
ROW_GROUP = 65_536  # rows per row group of a merged file
JOURNAL = "compact-*.json"  # in staging: a compaction between publishing and cleaning up


class Lake:
    """The Parquet lake under a data folder."""

    def __init__(self, data_dir: str | Path) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.root = self.data_dir / "lake"
        self.staging = self.data_dir / "staging"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def ensure(self) -> None:
        """Create every table folder with an empty typed file, so views and BI tools can read it.

        The empty file is rewritten when the declared schema changed (a column added): the
        views read every file with ``union_by_name``, so a lake whose files all predate a
        new column still shows it, as null.
        """
        self.staging.mkdir(parents=True, exist_ok=True)
        self.recover()
        for table in TABLES.values():
            folder = self.table_dir(table.name)
            folder.mkdir(parents=True, exist_ok=True)
            empty = folder / EMPTY_FILE
            if not empty.exists() or not pq.read_schema(empty).equals(
                table.schema, check_metadata=True
            ):
                self._publish(table.schema.empty_table(), empty)

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

    def replacing(self, table: str) -> Replacement:
        """``replace_all`` for rows that come a few at a time: see ``Replacement``."""
        return Replacement(self, table)

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

    def parts(self, table: str) -> list[str]:
        """The table's data files (every file but the typed empty one)."""
        return [f for f in self.files(table) if Path(f).name != EMPTY_FILE]

    def read(self, table: str, columns: Iterable[str] | None = None) -> pa.Table:
        spec = TABLES[table]
        files = self.files(table)
        if not files:
            return spec.schema.empty_table()
        dataset = ds.dataset(files, format="parquet", schema=spec.schema)
        return dataset.to_table(columns=list(columns) if columns else None)

    def current(self) -> Current:
        """Each document's current extraction, as the views choose it (``stg_documents``)."""
        docs = self.read("documents", ["doc_id", "input_key", "extracted_at"])
        order = docs.sort_by(
            [("doc_id", "ascending"), ("extracted_at", "descending"), ("input_key", "ascending")]
        )
        chosen: dict[str, tuple[str, object]] = {}
        keys = order.column("input_key").to_pylist()
        times = order.column("extracted_at").to_pylist()
        for doc, key, at in zip(order.column("doc_id").to_pylist(), keys, times, strict=True):
            if doc not in chosen:
                chosen[doc] = (key, at)
        current = {key for key, _ in chosen.values()}
        return Current(chosen, set(keys) - current)

    def compact(self, table: str, at: int | None = None, current: Current | None = None) -> int:
        """Merge the table's part files into one when there are ``at`` or more; return how many.

        With ``current`` (see ``Lake.current``), superseded rows are dropped: rows of an
        extraction whose document row exists but is no longer the one the views show
        (``documents`` also loses exact duplicate rows). Rows
        of an extraction with no document row yet (a batch still writing, or one that
        crashed before committing) are kept. Rows are streamed batch by batch, so memory
        stays flat.

        The merged file is written in staging; a journal naming it and the parts is written
        before it is moved into the table folder, and removed once the parts are deleted. A
        crash before the move leaves the parts (nothing lost); after it, ``recover`` deletes
        the parts the merged file replaces (nothing twice). A reader in between sees rows
        twice at worst, which the views' dedupe by id absorbs; a part written after the
        listing is left alone.
        """
        self.recover()
        spec: Table = TABLES[table]
        parts = self.parts(table)
        if len(parts) < (COMPACT_AT if at is None else at) or not parts:
            return 0
        self.staging.mkdir(parents=True, exist_ok=True)
        token = uuid.uuid4().hex
        tmp = self.staging / f"{table}-compact-{token}.parquet"
        target = self.table_dir(table) / f"part-compact-{token}.parquet"
        dataset = ds.dataset(parts, format="parquet", schema=spec.schema)
        keep = _row_filter(table, current)
        with pq.ParquetWriter(tmp, spec.schema, compression="zstd") as writer:
            pending: list[pa.RecordBatch] = []
            for batch in dataset.to_batches():
                if keep is not None:
                    batch = batch.filter(keep(batch))
                pending.append(batch)
                if sum(b.num_rows for b in pending) >= ROW_GROUP:
                    writer.write_table(pa.Table.from_batches(pending, spec.schema))
                    pending = []
            if pending:
                writer.write_table(pa.Table.from_batches(pending, spec.schema))
        journal = self.staging / f"compact-{token}.json"
        note = {"target": str(target), "parts": parts, "tmp": str(tmp)}
        self._write_atomic(journal, json.dumps(note))
        os.replace(tmp, target)
        self._finish(note, journal)
        return len(parts)

    def recover(self) -> int:
        """Finish or undo compactions a crash interrupted; return how many were found.

        A journal whose merged file reached the table folder is rolled forward (its parts
        are deleted); one whose merged file did not is rolled back (the staged file is
        deleted, the parts stay).
        """
        found = 0
        for journal in sorted(self.staging.glob(JOURNAL)) if self.staging.exists() else []:
            try:
                note = json.loads(journal.read_text())
            except (OSError, ValueError):
                continue  # being written or already removed by another process
            found += 1
            if Path(note["target"]).exists():
                self._finish(note, journal)
            else:
                Path(note["tmp"]).unlink(missing_ok=True)
                journal.unlink(missing_ok=True)
        return found

    @staticmethod
    def _finish(note: dict, journal: Path) -> None:
        for part in note["parts"]:
            Path(part).unlink(missing_ok=True)
        journal.unlink(missing_ok=True)

    def _write_atomic(self, path: Path, text: str) -> None:
        tmp = self.staging / f"{path.name}.{uuid.uuid4().hex}.tmp"
        tmp.write_text(text)
        os.replace(tmp, path)

    def _publish(self, data: pa.Table, target: Path) -> Path:
        self.staging.mkdir(parents=True, exist_ok=True)
        tmp = self.staging / f"{target.parent.name}-{uuid.uuid4().hex}.parquet"
        pq.write_table(data, tmp, compression="zstd")
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        return target


class Replacement:
    """A table's whole new content, written as it comes (``write``), moved in on ``commit``.

    Rows are appended to a file in staging, a row group at a time, so no more than a row
    group is in memory; ``commit`` moves the file into the table folder (its name is a hash
    of the rows' keys) and removes the table's other parts, as ``replace_all`` does. Used as
    a context manager, leaving without ``commit`` (an error) leaves the table as it was.
    """

    def __init__(self, lake: Lake, table: str, row_group: int = 10_000) -> None:
        self.lake, self.spec, self.row_group = lake, TABLES[table], row_group
        lake.staging.mkdir(parents=True, exist_ok=True)
        self.tmp = lake.staging / f"{table}-{uuid.uuid4().hex}.parquet"
        self.writer = pq.ParquetWriter(self.tmp, self.spec.schema, compression="zstd")
        self.pending: list[dict] = []
        self.digest = hashlib.sha256()
        self.rows = 0

    def write(self, row: dict) -> None:
        self.pending.append(row)
        self.digest.update(str(row[self.spec.key]).encode() + b"\0")
        self.rows += 1
        if len(self.pending) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.spec.schema))
            self.pending = []

    def commit(self) -> Path:
        self._flush()
        self.writer.close()
        folder = self.lake.table_dir(self.spec.name)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"part-{self.digest.hexdigest()[:16]}.parquet"
        os.replace(self.tmp, target)
        for old in folder.glob("part-*.parquet"):
            if old != target and old.name != EMPTY_FILE:
                old.unlink()
        return target

    def __enter__(self) -> Replacement:
        return self

    def __exit__(self, *exc: object) -> None:
        self.writer.close()  # a second close does nothing
        self.tmp.unlink(missing_ok=True)  # gone already when committed


class Current:
    """Which extraction of each document is current: ``chosen`` maps a doc_id to the
    ``(input_key, extracted_at)`` of the row the views show; ``superseded`` holds the input
    keys of committed extractions that a newer one replaced."""

    def __init__(self, chosen: dict[str, tuple[str, object]], superseded: set[str]) -> None:
        self.chosen = chosen
        self.superseded = superseded


def _row_filter(table: str, current: Current | None):  # type: ignore[no-untyped-def]
    """The mask of rows a compaction keeps in ``table``, or None to keep every row."""
    if current is None:
        return None
    if table == "documents":
        seen: set[tuple] = set()

        def keep_documents(batch: pa.RecordBatch) -> pa.Array:
            # A row newer than the ``current`` snapshot is neither superseded nor seen: kept.
            mask = []
            docs = batch.column("doc_id").to_pylist()
            keys = batch.column("input_key").to_pylist()
            times = batch.column("extracted_at").to_pylist()
            for row in zip(docs, keys, times, strict=True):
                ok = row[1] not in current.superseded and row not in seen
                if ok:
                    seen.add(row)
                mask.append(ok)
            return pa.array(mask, pa.bool_())

        return keep_documents
    if table in ("timexes", "event_mentions"):
        dropped = pa.array(sorted(current.superseded), pa.string())

        def keep_rows(batch: pa.RecordBatch) -> pa.Array:
            return pc.invert(pc.is_in(batch.column("input_key"), value_set=dropped))

        return keep_rows
    return None
