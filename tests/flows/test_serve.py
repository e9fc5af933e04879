"""``dateline serve``: a local server plus a serving process run the pipeline on a schedule."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from warehouse.build import database_path

pytestmark = pytest.mark.flow

DEADLINE_S = 180


def _runs(data: Path) -> list[tuple]:
    if not database_path(data).exists():
        return []
    try:
        con = duckdb.connect(str(database_path(data)), read_only=True)
    except duckdb.Error:  # being swapped in right now
        return []
    try:
        return con.execute(
            "SELECT n_read, n_extracted, status FROM runs ORDER BY started_at"
        ).fetchall()
    finally:
        con.close()


def _wait(predicate, what: str, process: subprocess.Popen, log: Path, until: float) -> None:
    while time.monotonic() < until:
        if process.poll() is not None:
            pytest.fail(f"serve exited with {process.returncode}:\n{log.read_text()}")
        if predicate():
            return
        time.sleep(1)
    pytest.fail(f"no {what} within {DEADLINE_S} s:\n{log.read_text()}")


def test_scheduled_run_processes_a_file_dropped_into_the_inbox(tmp_path):
    data, inbox, log = tmp_path / "data", tmp_path / "inbox", tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["DATELINE_SERVE_INTERVAL_SECONDS"] = "5"  # the cron schedule, sped up for the test
    command = [sys.executable, "-m", "dateline.cli", "serve", "--cron", "* * * * *"]
    command += ["--inbox", str(inbox), "--data", str(data)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    until = time.monotonic() + DEADLINE_S
    try:
        _wait(lambda: len(_runs(data)) >= 1, "scheduled run", process, log, until)
        record = {
            "id": "dropped-1",
            "published": "2024-05-06",
            "text": "A drone strike killed three militants in North Waziristan on Sunday, "
            "officials said. The two governments held talks on Monday.",
        }
        (inbox / "dropped.jsonl").write_text(json.dumps(record) + "\n")
        _wait(
            lambda: any(n_read >= 1 and status == "completed" for n_read, _, status in _runs(data)),
            "run over the dropped file",
            process,
            log,
            until,
        )
        con = duckdb.connect(str(database_path(data)), read_only=True)
        try:
            docs = con.execute("SELECT source, published FROM documents").fetchall()
        finally:
            con.close()
        assert [source for source, _ in docs] == ["dropped-1"]
        assert (data / "prefect").is_dir()  # the server's SQLite database lives with the data
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    leftover = _group(process.pid)
    for _ in range(30):  # the server and a run in progress shut down on their own SIGTERM
        if not leftover:
            break
        time.sleep(1)
        leftover = _group(process.pid)
    if leftover:
        os.killpg(process.pid, signal.SIGKILL)
    assert not leftover, f"processes left behind: {leftover}"


def _group(pgid: int) -> list[str]:
    found = subprocess.run(["ps", "-eo", "pgid=,pid=,args="], capture_output=True, text=True)
    return [
        line.strip()
        for line in found.stdout.splitlines()
        if line.split() and line.split()[0] == str(pgid)
    ]
