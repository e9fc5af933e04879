"""One run at a time per data folder: an exclusive lock held for the whole run.

Batch files are atomic on their own, but a run decides what to skip from the documents
already in the lake, and regroups and rebuilds from what it reads: two runs at once would
extract the same new documents twice and race on the events table. The lock is an
``flock`` on ``<data>/run.lock``, so the operating system releases it when the holder dies
(a crashed run never leaves a stale lock); the file names the holder for the waiting run's
message. On a shared filesystem it serialises runs started on different machines too, as
long as that filesystem supports ``flock`` (local disks, NFSv4, most cluster filesystems).
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "run.lock"
POLL_SECONDS = 1.0


class LakeBusy(RuntimeError):
    """Another run holds the data folder and the caller chose not to wait (longer)."""


def holder(data_dir: str | Path) -> str:
    """Who holds (or last held) the data folder's run lock, as written by the holder."""
    try:
        return (Path(data_dir) / LOCK_FILE).read_text(encoding="utf-8").strip() or "unknown"
    except FileNotFoundError:
        return "nobody"


@contextmanager
def run_lock(
    data_dir: str | Path,
    run_id: str,
    timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the data folder's run lock; wait for it (forever when ``timeout`` is None).

    ``on_wait`` is called once, with the holder's description, if the lock is taken.
    """
    path = Path(data_dir) / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and time.monotonic() >= deadline:
                    raise LakeBusy(
                        f"{data_dir} is in use by another run ({holder(data_dir)})"
                    ) from None
                if on_wait is not None and not told:
                    on_wait(holder(data_dir))
                    told = True
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"run {run_id}, pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
