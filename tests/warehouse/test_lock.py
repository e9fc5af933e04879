"""Runs over one data folder take turns; a dead holder never leaves the folder locked."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from warehouse.lock import LakeBusy, holder, run_lock

HOLD = """
import sys, time
from warehouse.lock import run_lock
with run_lock(sys.argv[1], "run-a"):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def other_process(tmp_path):
    """Another process holding the data folder's lock until it is killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait()


def test_second_run_is_refused_after_its_timeout_and_told_who_holds(tmp_path, other_process):
    waited: list[str] = []
    with pytest.raises(LakeBusy, match="run-a"), run_lock(tmp_path, "run-b", 0.3, waited.append):
        pass
    assert len(waited) == 1 and "run-a" in waited[0]
    assert f"pid {other_process.pid}" in holder(tmp_path)


def test_a_killed_holder_releases_the_folder(tmp_path, other_process):
    other_process.kill()
    other_process.wait()
    with run_lock(tmp_path, "run-b", timeout=5):
        assert "run-b" in holder(tmp_path)


def test_waiting_run_proceeds_once_the_holder_finishes(tmp_path):
    order: list[str] = []
    first_in = threading.Event()

    def first() -> None:
        with run_lock(tmp_path, "first"):
            first_in.set()
            time.sleep(0.5)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with run_lock(tmp_path, "second", timeout=10):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]


def test_no_lock_file_means_nobody_holds(tmp_path):
    assert holder(tmp_path) == "nobody"
