"""The dateline flow: read inputs, extract new documents in batches, write the lake, build views.

This module only wires tasks; the work lives in ``dateline.batch`` (Prefect-free).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.futures import PrefectFuture

from dateline import batch as work
from dateline.progress import report
from dateline.sources import Problem, read_inputs
from dateline.versions import extractor_version
from extractors.records import Document
from schemas import SCHEMA_VERSION
from warehouse import build
from warehouse.lake import Lake
from warehouse.lock import run_lock
from warehouse.rows import input_key

BATCH_SIZE = 200
IN_FLIGHT = 4  # batches submitted ahead of the oldest unfinished one: bounds memory


@task(retries=2, retry_delay_seconds=2, cache_policy=NONE)
def extract_batch(
    docs: list[Document], data_dir: str, run_id: str, version: str
) -> work.BatchResult:
    return work.extract_batch(docs, data_dir, run_id, version)


@task(retries=2, retry_delay_seconds=2, cache_policy=NONE)
def quarantine(problems: list[Problem], data_dir: str, run_id: str) -> int:
    return work.quarantine(problems, data_dir, run_id)


@task(retries=2, retry_delay_seconds=2, cache_policy=NONE)
def compact_lake(data_dir: str) -> int:
    return work.compact(data_dir)


@task(retries=2, retry_delay_seconds=2, cache_policy=NONE)
def group_events(data_dir: str) -> int:
    return work.rebuild_events(data_dir)


@task(retries=2, retry_delay_seconds=2, cache_policy=NONE)
def build_warehouse(data_dir: str) -> str:
    return str(build.build(data_dir))


def _batches(
    items: Iterable[Document | Problem], done: set[str], version: str, size: int, summary: dict
) -> Iterator[list[Document] | Problem]:
    """Documents not yet extracted by this version, in batches; problems as they come."""
    pending: list[Document] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        summary["read"] += 1
        key = input_key(item, version)
        if key in done or key in seen:
            summary["skipped"] += 1
            continue
        seen.add(key)
        pending.append(item)
        if len(pending) >= size:
            yield pending
            pending = []
    if pending:
        yield pending


@flow(name="dateline", validate_parameters=False)
def dateline_flow(
    paths: list[str],
    data_dir: str = "data",
    batch_size: int = BATCH_SIZE,
    runner_name: str = "thread",
) -> dict:
    """Run the pipeline over ``paths`` into the lake and database under ``data_dir``.

    Runs over one data folder take turns (``warehouse.lock``): a run started while another
    holds the folder waits for it, then skips what that run extracted.
    """
    data_dir = str(Path(data_dir).resolve())
    run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    logger = get_run_logger()
    with run_lock(data_dir, run_id, on_wait=lambda who: logger.warning("waiting for %s", who)):
        return _run(paths, data_dir, run_id, batch_size, runner_name)


def _run(paths: list[str], data_dir: str, run_id: str, batch_size: int, runner_name: str) -> dict:
    started = datetime.now(UTC)
    version = extractor_version()
    lake = Lake(data_dir)
    lake.ensure()
    done = lake.keys("documents")
    summary = {
        "run_id": run_id,
        "read": 0,
        "extracted": 0,
        "quarantined": 0,
        "skipped": 0,
        "mentions": 0,
        "words": 0,
        "failed_batches": 0,
    }
    problems: list[Problem] = []
    in_flight: list[tuple[PrefectFuture, list[Document]]] = []

    def settle(future: PrefectFuture, docs: list[Document]) -> None:
        state = future.wait() or future.state
        if future.state.is_completed():
            result: work.BatchResult = future.result()
            summary["extracted"] += result.extracted
            summary["mentions"] += result.mentions
            summary["words"] += result.words
            problems.extend(result.problems or [])
            report(result.extracted, result.words)
        else:  # a failed task still lets the flow complete: count it and quarantine its documents
            summary["failed_batches"] += 1
            problems.extend(
                Problem(d.source, d.source, "extraction", f"batch failed: {state.message}")
                for d in docs
            )

    try:
        clock = time.perf_counter()
        for item in _batches(read_inputs(paths), done, version, batch_size, summary):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            in_flight.append((extract_batch.submit(item, data_dir, run_id, version), item))
            while len(in_flight) > IN_FLIGHT:
                settle(*in_flight.pop(0))
        for pair in in_flight:
            settle(*pair)

        seconds = summary["seconds"] = {"extract": time.perf_counter() - clock}
        clock = time.perf_counter()
        summary["quarantined"] = quarantine(problems, data_dir, run_id)
        summary["problems"] = len(problems)
        summary["compacted_files"] = compact_lake(data_dir)
        seconds["compact"], clock = time.perf_counter() - clock, time.perf_counter()
        summary["events"] = group_events(data_dir)
        seconds["group"], clock = time.perf_counter() - clock, time.perf_counter()
        # views read the lake live: later files show
        summary["database"] = build_warehouse(data_dir)
        seconds["build"] = time.perf_counter() - clock
    except BaseException:  # the crashed run is on record too; the next run finishes its work
        _record_run(data_dir, run_id, started, paths, summary, version, runner_name, "failed")
        raise
    status = "failed" if summary["failed_batches"] else "completed"
    _record_run(data_dir, run_id, started, paths, summary, version, runner_name, status)
    return summary


def _record_run(
    data_dir: str,
    run_id: str,
    started: datetime,
    paths: list[str],
    summary: dict,
    version: str,
    runner_name: str,
    status: str,
) -> None:
    work.record_run(
        data_dir,
        {
            "run_id": run_id,
            "started_at": started,
            "finished_at": datetime.now(UTC),
            "status": status,
            "inputs": [str(Path(p).resolve()) for p in paths],
            "n_read": summary["read"],
            "n_extracted": summary["extracted"],
            "n_quarantined": summary["quarantined"],
            "n_skipped": summary["skipped"],
            "n_mentions": summary["mentions"],
            "extractor_version": version,
            "schema_version": SCHEMA_VERSION,
            "runner": runner_name,
        },
    )
