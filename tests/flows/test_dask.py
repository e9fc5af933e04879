"""Scale-out: the batch tasks on a Dask cluster of two worker processes give the same warehouse."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import pytest

from dateline.versions import extractor_version
from flows.pipeline import dateline_flow
from flows.runners import make_task_runner, runner_label
from tests.flows.helpers import count, snapshot
from warehouse.lake import Lake

pytestmark = pytest.mark.flow

BATCH = 8


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """An existing engine, as a team would have one: two single-threaded worker processes."""
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        with Client(local) as client:  # import the code now, as the test process did
            client.run(importlib.import_module, "flows.pipeline")
        yield local.scheduler_address


def test_dask_cluster_gives_the_same_rows_and_ids_as_threads(cluster, corpus, tmp_path):
    on_threads, on_dask = tmp_path / "thread", tmp_path / "dask"
    threaded = dateline_flow(corpus, str(on_threads), BATCH)
    flow = dateline_flow.with_options(task_runner=make_task_runner("dask", cluster))
    distributed = flow(corpus, str(on_dask), BATCH, runner_label("dask", cluster))

    assert distributed["failed_batches"] == 0
    assert distributed["extracted"] == threaded["extracted"] > BATCH
    # workers wrote the lake in partitions, one file per batch, and the build sees them all
    parts = [f for f in Lake(on_dask).files("documents") if "empty" not in f]
    assert len(parts) == -(-distributed["extracted"] // BATCH)
    if extractor_version.__wrapped__() != extractor_version():
        pytest.skip("the extractors' files changed during the test: runs are not comparable")
    assert snapshot(on_dask) == snapshot(on_threads)
    assert count(on_dask, "SELECT runner FROM runs") == f"dask {cluster}"


def test_both_worker_processes_took_batches(cluster, corpus, tmp_path):
    from distributed import Client

    flow = dateline_flow.with_options(task_runner=make_task_runner("dask", cluster))
    flow(corpus, str(tmp_path), BATCH)
    with Client(cluster) as client:
        done = client.run(lambda dask_worker: len(dask_worker.state.log))
    assert len(done) == 2
    assert all(n > 0 for n in done.values())
