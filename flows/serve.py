"""``dateline serve``: the pipeline on a schedule over an inbox folder, on one machine.

Scheduled runs need what the temporary server of a plain ``dateline run`` lacks: a Prefect
server that lives as long as the schedule (its scheduler creates the runs; its SQLite database
keeps their history under ``<data>/prefect``) and a process serving the deployment (it picks
the due runs and executes them). This starts both; Ctrl-C or SIGTERM stops both.

With ``PREFECT_API_URL`` already set, no server is started: the deployment is served against
that server instead.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HEALTH_TIMEOUT_S = 120
# Test hook: serve on an interval of this many seconds instead of the cron schedule.
INTERVAL_ENV = "DATELINE_SERVE_INTERVAL_SECONDS"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(api_url: str, server: subprocess.Popen, timeout: float = HEALTH_TIMEOUT_S) -> None:
    """Block until the server answers its health check; fail early if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"prefect server exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"prefect server at {api_url} not healthy after {timeout:.0f} s")


@contextmanager
def local_server(home: Path) -> Iterator[str]:
    """A ``prefect server start`` on a free localhost port with its SQLite database in ``home``."""
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_API_HOST="127.0.0.1",
        PREFECT_SERVER_API_PORT=str(port),
    )
    log = (home / "server.log").open("ab")
    command = [sys.executable, "-m", "prefect", "server", "start"]
    server = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(api_url, server)
        yield api_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _stop_on_sigterm() -> None:
    """SIGTERM ends the serving loop like Ctrl-C, so the server is stopped on the way out."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def serve(args: argparse.Namespace) -> int:
    """Start a local server (unless PREFECT_API_URL is set) and serve the inbox deployment."""
    data = Path(args.data).resolve()
    inbox = Path(args.inbox).resolve()
    inbox.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    _stop_on_sigterm()
    try:
        if os.environ.get("PREFECT_API_URL"):
            _serve(args, inbox, data, os.environ["PREFECT_API_URL"])
        else:
            home = data / "prefect"
            with local_server(home) as api_url:
                # Flow runs execute in subprocesses of the serving process: they read the env.
                os.environ["PREFECT_API_URL"] = api_url
                os.environ["PREFECT_HOME"] = str(home)
                _serve(args, inbox, data, api_url)
    except KeyboardInterrupt:
        print("stopped")
    return 0


def _serve(args: argparse.Namespace, inbox: Path, data: Path, api_url: str) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.deployments import DEPLOYMENT, inbox_flow, parameters

    schedule: dict = {"cron": args.cron}
    if os.environ.get(INTERVAL_ENV):
        schedule = {"interval": float(os.environ[INTERVAL_ENV])}
    params = parameters(inbox, data, args.runner, args.dask_address)
    print(f"serving deployment dateline-inbox/{DEPLOYMENT} on {schedule} over {inbox}")
    print(f"Prefect API {api_url}; runs land in {data}")
    sys.stdout.flush()
    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        inbox_flow.serve(
            name=DEPLOYMENT,
            parameters=params,
            limit=1,  # one run at a time: a slow run is never overtaken by the next
            print_starting_message=False,
            pause_on_shutdown=False,
            **schedule,
        )
