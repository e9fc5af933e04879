"""The scheduled deployment: the pipeline over an inbox folder, on one machine or a team's server.

``inbox_flow`` is the deployment's entrypoint. It takes the task runner as parameters and runs
``dateline_flow`` as a subflow with it, because a deployment loads its flow from source in a
fresh process, where a ``with_options(task_runner=...)`` copy made at serve time is lost.

Two ways to run it on a schedule:

* ``dateline serve --cron EXPR --inbox DIR`` (``flows.serve``): a local Prefect server and a
  serving process on this machine, nothing else needed.
* A team's existing Prefect server and work pool: ``prefect deploy --name inbox`` with the
  repository's ``prefect.yaml``, or ``python -m flows.deployments --pool POOL ...`` below;
  then a worker of that pool (``prefect worker start --pool POOL``) runs the scheduled runs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from prefect import flow

from flows.pipeline import BATCH_SIZE, dateline_flow
from flows.runners import make_task_runner, runner_label

DEPLOYMENT = "inbox"
REPO = Path(__file__).resolve().parents[1]


@flow(name="dateline-inbox", validate_parameters=False)
def inbox_flow(
    inbox: str = "inbox",
    data_dir: str = "data",
    runner: str = "thread",
    dask_address: str | None = None,
    batch_size: int = BATCH_SIZE,
) -> dict:
    """Run the pipeline over every file in ``inbox``; files already extracted are skipped."""
    Path(inbox).mkdir(parents=True, exist_ok=True)
    run = dateline_flow.with_options(task_runner=make_task_runner(runner, dask_address))
    return run([inbox], data_dir, batch_size, runner_label(runner, dask_address))


def parameters(
    inbox: str | Path,
    data_dir: str | Path,
    runner: str = "thread",
    dask_address: str | None = None,
) -> dict:
    """Deployment parameters with absolute paths: runs start in another working directory."""
    return {
        "inbox": str(Path(inbox).resolve()),
        "data_dir": str(Path(data_dir).resolve()),
        "runner": runner,
        "dask_address": dask_address,
    }


def deploy(pool: str, cron: str, params: dict, name: str = DEPLOYMENT) -> str:
    """Register the deployment on the server at ``PREFECT_API_URL`` for the work pool ``pool``.

    The code is taken from this checkout (a folder the pool's workers must also see, e.g. the
    same path on every machine); the data folder must be shared storage for the same reason.
    """
    deployable = inbox_flow.from_source(
        source=str(REPO), entrypoint="flows/deployments.py:inbox_flow"
    )
    deployment_id = deployable.deploy(
        name=name, work_pool_name=pool, cron=cron, parameters=params, build=False, push=False
    )
    return str(deployment_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flows.deployments",
        description="Register the scheduled inbox deployment on an existing Prefect server.",
    )
    parser.add_argument("--pool", required=True, help="work pool whose workers run the flow")
    parser.add_argument("--cron", default="*/15 * * * *", help="schedule (default every 15 min)")
    parser.add_argument("--inbox", required=True, help="inbox folder, as the workers see it")
    parser.add_argument("--data", required=True, help="data folder, as the workers see it")
    parser.add_argument("--runner", choices=("thread", "dask"), default="thread")
    parser.add_argument("--dask-address", default=os.environ.get("DATELINE_DASK_ADDRESS"))
    parser.add_argument("--name", default=DEPLOYMENT)
    args = parser.parse_args(argv)
    params = parameters(args.inbox, args.data, args.runner, args.dask_address)
    print(f"deployment {deploy(args.pool, args.cron, params, args.name)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
