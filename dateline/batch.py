"""The work of one pipeline step, Prefect-free: the flow's tasks only call these."""

from __future__ import annotations

import shutil
import traceback
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from dateline.sources import Problem
from extractors.grouping import FEATURE_COLUMNS, REPORTABLE, group_stream, word_rarity
from extractors.ids import stable_id
from extractors.pipeline import extract
from extractors.records import Document
from warehouse import build
from warehouse import lake as lake_module
from warehouse.lake import Lake
from warehouse.rows import document_row, input_key, mention_rows, timex_rows

FETCH_ROWS = 10_000  # rows per row group of the ordered mentions file
READ_ROWS = 1_000  # rows turned into dicts at a time when reading it back
DUCKDB_MEMORY = "128MB"  # the view scan and sort of the mentions spill to staging beyond it


@dataclass
class BatchResult:
    extracted: int = 0
    mentions: int = 0
    words: int = 0
    problems: list[Problem] | None = None


def batch_key(docs: Sequence[Document], version: str) -> str:
    return stable_id(*sorted(input_key(d, version) for d in docs))


def extract_batch(
    docs: Sequence[Document], data_dir: str | Path, run_id: str, version: str
) -> BatchResult:
    """Extract a batch and commit it to the lake: timexes and mentions first, documents last.

    A document whose extraction raises is reported as a problem and left out; the rest of
    the batch is written.
    """
    lake = Lake(data_dir)
    now = datetime.now(UTC)
    result = BatchResult(problems=[])
    docs_rows, timexes, mentions = [], [], []
    for doc in docs:
        try:
            extraction = extract(doc)
        except Exception as err:  # a rule bug on odd text must not sink the batch
            result.problems.append(
                Problem(
                    doc.source,
                    doc.source,
                    "extraction",
                    f"extraction failed: {err!r}",
                    excerpt=traceback.format_exc(limit=-3)[-500:],
                )
            )
            continue
        docs_rows.append(document_row(doc, version, run_id, now))
        timexes += timex_rows(doc, extraction, version)
        mentions += mention_rows(doc, extraction, version)
        result.words += docs_rows[-1]["n_words"]
    part = batch_key(docs, version)
    lake.write("timexes", timexes, part)
    lake.write("event_mentions", mentions, part)
    lake.write("documents", docs_rows, part)
    result.extracted = len(docs_rows)
    result.mentions = len(mentions)
    return result


def quarantine(problems: Sequence[Problem], data_dir: str | Path, run_id: str) -> int:
    """Write problems not already in quarantine; return how many were new."""
    lake = Lake(data_dir)
    known = lake.keys("quarantine")
    now = datetime.now(UTC)
    rows, seen = [], set()
    for p in problems:
        qid = stable_id(p.path, p.line, p.source, p.reason, p.excerpt)
        if qid in known or qid in seen:
            continue
        seen.add(qid)
        rows.append(
            {
                "quarantine_id": qid,
                "source": p.source,
                "path": p.path,
                "line": p.line,
                "reason": p.reason,
                "detail": p.detail,
                "excerpt": p.excerpt,
                "run_id": run_id,
                "quarantined_at": now,
            }
        )
    lake.write("quarantine", rows, stable_id(*sorted(r["quarantine_id"] for r in rows)))
    return len(rows)


def rebuild_events(data_dir: str | Path) -> int:
    """Regroup every current mention into canonical events and replace the events table.

    DuckDB writes the reportable mentions' grouping columns (``FEATURE_COLUMNS``), in
    document order, to a Parquet file in staging, spilling to disk beyond
    ``DUCKDB_MEMORY``, and is closed. Two streamed passes over that file follow: the
    sentence texts, for the word rarity grouping weighs shared wording with, then the rows,
    which grouping turns into events as it goes (``group_stream``), retiring events once no
    later report can join them. Finished event rows go straight to a Parquet file in staging,
    moved into the lake at the end. Memory is bounded by the events of a publication window
    and DuckDB's limit, not by the lake; DuckDB's buffers never sit beside the grouping.
    """
    lake = Lake(data_dir)
    lake.ensure()
    ordered = lake.staging / f"mentions-ordered-{uuid.uuid4().hex}.parquet"
    spill = lake.staging / "duckdb-spill"
    try:
        con = duckdb.connect()
        try:
            con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
            con.execute("SET threads = 1")
            con.execute(f"SET temp_directory = '{spill}'")
            build.apply(con, lake)
            con.execute(
                f"COPY (SELECT {', '.join(FEATURE_COLUMNS)} FROM mentions "
                f"WHERE list_contains({_literal_list(sorted(REPORTABLE))}, status) "
                "ORDER BY published NULLS LAST, coalesce(source, ''), doc_id) "
                f"TO '{ordered}' (FORMAT parquet, ROW_GROUP_SIZE {FETCH_ROWS})"
            )
        finally:
            con.close()
        idf = word_rarity(
            text
            for batch in _batches(ordered, ["sentence_text"])
            for text in batch.column(0).to_pylist()
        )
        rows = (
            row for batch in _batches(ordered, list(FEATURE_COLUMNS)) for row in batch.to_pylist()
        )
        with lake.replacing("events") as events:
            count = group_stream(rows, idf, events.write)
            events.commit()
    finally:
        ordered.unlink(missing_ok=True)
        shutil.rmtree(spill, ignore_errors=True)
    return count


def _batches(path: Path, columns: list[str]) -> Iterator:
    reader = pq.ParquetFile(path)
    try:
        yield from reader.iter_batches(batch_size=READ_ROWS, columns=columns)
    finally:
        reader.close()


def _literal_list(values: Sequence[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


DOCUMENT_TABLES = ("timexes", "event_mentions", "documents")  # documents last: see compact
COMPACTED_TABLES = (*DOCUMENT_TABLES, "quarantine", "runs")


def compact(data_dir: str | Path, at: int | None = None) -> int:
    """Merge each batch-written table's part files once they pile up; return files merged.

    When any of a document's tables piles up, all three are compacted together and lose the
    rows a newer extraction superseded, against one snapshot of the current extractions
    taken first; ``documents`` goes last, so its superseded rows, which tell the other
    tables' superseded rows apart from uncommitted ones, outlive them until then. The
    caller holds the data folder's run lock (``warehouse.lock``): no other run compacts.
    """
    lake = Lake(data_dir)
    lake.ensure()
    merged = 0
    limit = lake_module.COMPACT_AT if at is None else at
    due = any(len(lake.parts(t)) >= limit for t in DOCUMENT_TABLES)
    current = lake.current() if due else None
    for table in COMPACTED_TABLES:
        document_table = table in DOCUMENT_TABLES
        if document_table and not due:
            continue
        try:
            merged += lake.compact(table, 1 if document_table else at, current)
        except FileNotFoundError:  # a part vanished under us: nothing lost, skip
            continue
    return merged


def record_run(data_dir: str | Path, row: dict) -> None:
    Lake(data_dir).write("runs", [row], row["run_id"])
