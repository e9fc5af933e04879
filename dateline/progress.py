"""Progress of a run on the terminal, fed by the flow's ``dateline.progress`` log records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

logger = logging.getLogger("dateline.progress")


def report(documents: int, words: int) -> None:
    """Called by the flow as each batch settles."""
    logger.info("batch done", extra={"documents": documents, "words": words})


class _ProgressHandler(logging.Handler):
    def __init__(self, progress: Progress, task_id: int) -> None:
        super().__init__(logging.INFO)
        self.progress, self.task_id = progress, task_id
        self.documents = self.words = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.documents += getattr(record, "documents", 0)
        self.words += getattr(record, "words", 0)
        self.progress.update(
            self.task_id,
            description=f"extracted {self.documents:,} documents, {self.words:,} words",
        )


@contextmanager
def progress_display(enabled: bool = True) -> Iterator[None]:
    if not enabled:
        yield
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        handler = _ProgressHandler(progress, progress.add_task("reading inputs", total=None))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.propagate = True
