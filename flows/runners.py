"""Task runners a run can use: threads in this process (default) or a Dask cluster."""

from __future__ import annotations

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner


def make_task_runner(name: str = "thread", dask_address: str | None = None) -> TaskRunner:
    if name == "thread":
        return ThreadPoolTaskRunner(max_workers=2)
    raise ValueError(f"unknown task runner {name!r}")


def runner_label(name: str = "thread", dask_address: str | None = None) -> str:
    return f"dask {dask_address}" if name == "dask" and dask_address else name
