"""``dateline bench``: the whole pipeline on a synthetic corpus of N documents, measured.

The run goes through the same flow, task runner and lake as ``dateline run``, into a fresh
lake under ``<data>/bench/<N>`` (left in place for inspection). Memory is the peak of the
summed resident size of this process and every process it started (Prefect's temporary
server, Dask workers), sampled every 0.1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import threading
import time
from importlib import metadata
from pathlib import Path

import psutil

from dateline.synthetic import write_corpus

PACKAGES = ("prefect", "prefect-dask", "dask", "distributed", "duckdb", "pyarrow")


class MemorySampler:
    """Peak resident memory of this process tree, sampled in a background thread."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak_total = self.peak_process = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self) -> MemorySampler:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def sample(self) -> None:
        me = psutil.Process()
        total = 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                rss = proc.memory_info().rss
            except psutil.Error:
                continue
            total += rss
            self.peak_process = max(self.peak_process, rss)
        self.peak_total = max(self.peak_total, total)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()


def machine() -> dict:
    memory = psutil.virtual_memory().total
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return {
        "cores": os.cpu_count(),
        "ram_gb": round(memory / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def chronology_query_seconds(data_dir: Path) -> tuple[float, int]:
    """Time of ``SELECT * FROM chronology`` on the built database, fetched whole as Arrow."""
    from warehouse.build import connect

    con = connect(data_dir)
    try:
        started = time.perf_counter()
        rows = con.sql("SELECT * FROM chronology").to_arrow_table().num_rows
        return time.perf_counter() - started, rows
    finally:
        con.close()


def bench(
    n: int,
    data_root: str | Path,
    runner: str = "thread",
    dask_address: str | None = None,
    batch_size: int | None = None,
) -> dict:
    """Build the corpus, run the pipeline on it in a fresh lake, and return the figures."""
    from flows.pipeline import BATCH_SIZE, dateline_flow
    from flows.runners import make_task_runner, runner_label

    folder = Path(data_root).resolve() / "bench" / str(n)
    if folder.exists():
        shutil.rmtree(folder)
    corpus = write_corpus(n, folder / "corpus")
    data_dir = folder / "data"
    flow = dateline_flow.with_options(task_runner=make_task_runner(runner, dask_address))
    label = runner_label(runner, dask_address)
    with MemorySampler() as memory:
        started = time.perf_counter()
        summary = flow(
            [str(p) for p in corpus.paths], str(data_dir), batch_size or BATCH_SIZE, label
        )
        seconds = time.perf_counter() - started
    query_s, events = chronology_query_seconds(data_dir)
    cores = os.cpu_count() or 1
    return {
        "docs": corpus.docs,
        "words": corpus.words,
        "seconds": round(seconds, 2),
        "docs_per_s": round(corpus.docs / seconds, 1),
        "words_per_s": round(corpus.words / seconds),
        "words_per_s_per_core": round(corpus.words / seconds / cores),
        "peak_rss_mb": round(memory.peak_total / 2**20),
        "peak_rss_mb_largest_process": round(memory.peak_process / 2**20),
        "chronology_query_s": round(query_s, 3),
        "extracted": summary["extracted"],
        "mentions": summary["mentions"],
        "events": events,
        "failed_batches": summary["failed_batches"],
        "phase_seconds": {k: round(v, 2) for k, v in summary.get("seconds", {}).items()},
        "runner": label,
        "data_dir": str(data_dir),
        "machine": machine(),
    }


def run_bench(args: argparse.Namespace) -> int:
    """CLI entry: print the figures, and write them to ``--json`` when asked."""
    figures = bench(
        args.docs,
        args.data,
        getattr(args, "runner", "thread"),
        getattr(args, "dask_address", None),
        getattr(args, "batch_size", None),
    )
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        if key != "machine":
            print(f"{key:<{width}}  {value}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json_out}")
    return 1 if figures["failed_batches"] else 0
