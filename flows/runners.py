"""Task runners a run can use: threads in this process (default) or a Dask cluster.

Extraction is CPU-bound Python, so threads use about one core. ``dask`` runs the batch tasks
in worker processes: on a temporary local cluster (one single-threaded worker process per
core) when no address is given, or on an existing cluster at ``tcp://HOST:PORT``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

RUNNERS = ("thread", "dask")


def make_task_runner(name: str = "thread", dask_address: str | None = None) -> TaskRunner:
    """The task runner called ``name``; ``dask_address`` picks an existing Dask cluster."""
    if name == "thread":
        return ThreadPoolTaskRunner(max_workers=2)
    if name == "dask":
        return _dask_runner(dask_address)
    raise ValueError(f"unknown task runner {name!r}")


def runner_label(name: str = "thread", dask_address: str | None = None) -> str:
    return f"dask {dask_address}" if name == "dask" and dask_address else name


def local_workers() -> int:
    """Worker processes for a temporary local cluster: one per core, or $DATELINE_DASK_WORKERS."""
    return int(os.environ.get("DATELINE_DASK_WORKERS") or os.cpu_count() or 1)


def _dask_runner(address: str | None) -> TaskRunner:
    """A DaskTaskRunner whose workers report to the same Prefect API as the flow.

    Task runs execute in the workers under the flow's serialized settings. With no
    ``PREFECT_API_URL`` the flow talks to Prefect's temporary local server, which is not a
    setting, so every worker would start a temporary server of its own (seconds each, and
    task runs recorded nowhere the flow can see). While the runner is open it therefore puts
    the temporary server's URL into the settings the tasks carry.
    """
    from prefect_dask import DaskTaskRunner

    class _Runner(DaskTaskRunner):
        def __enter__(self) -> _Runner:
            _quiet_dask()
            _short_message_logs()
            self._api_stack = ExitStack()
            self._api_stack.enter_context(_api_url_for_workers())
            try:
                return super().__enter__()
            except BaseException:
                self._api_stack.close()
                raise

        def __exit__(self, *exc: Any) -> None:
            try:
                super().__exit__(*exc)
            finally:
                self._api_stack.close()

        def duplicate(self) -> _Runner:
            return _Runner(
                address=self.address,
                cluster_class=self.cluster_class,
                cluster_kwargs=self.cluster_kwargs,
                adapt_kwargs=self.adapt_kwargs,
                client_kwargs=self.client_kwargs,
                performance_report_path=self.performance_report_path,
            )

    if address:
        return _Runner(address=address)
    return _Runner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": local_workers(),
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": ":0",  # a free port: two local clusters never clash
            "silence_logs": logging.WARNING,
        },
    )


def _short_message_logs() -> None:
    """Keep Dask's debugging copies of recent messages few: each one holds a batch's documents.

    Dask keeps the last ``distributed.admin.low-level-log-length`` (1,000) messages of every
    batched stream; the client's and the in-process scheduler's streams carry each batch task
    with its documents, so the flow process grew by ~1.3 MB per batch, ~1 GB at 100,000
    documents (measured: every document of a finished run still referenced from there).
    """
    import dask

    dask.config.set({"distributed.admin.low-level-log-length": 16})


def _quiet_dask() -> None:
    """Dask's INFO lines (workers joining, leaving) drown a run's output unless asked for."""
    if os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING").upper() not in ("DEBUG", "INFO"):
        logging.getLogger("distributed").setLevel(logging.WARNING)


@contextmanager
def _api_url_for_workers() -> Iterator[None]:
    """Expose the temporary server's URL as ``PREFECT_API_URL`` while open (no-op if set)."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    if get_current_settings().api.url:
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the process-wide temporary server the flow uses
    server.start()
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield
