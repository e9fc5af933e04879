"""Flow tests run the real Prefect engine against one temporary server for the session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def prefect_server() -> Iterator[None]:
    """One temporary Prefect server and SQLite database for every flow test (start-up once)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The seed folder (manifest, multi-post page) plus 60 synthetic reports."""
    from dateline.synthetic import write_corpus

    folder = tmp_path_factory.mktemp("corpus")
    written = write_corpus(60, folder)
    return [str(REPO / "seeds"), *map(str, written.paths)]
