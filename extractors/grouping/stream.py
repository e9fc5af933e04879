"""Grouping as a stream in publication order, with events retired once no report can reach them.

Mentions arrive document by document in the canonical order (publication date, source,
document, offset). Each document's mentions are placed at once (placement only looks at the
document's own events: dated mentions first, then undated ones, as everywhere), and each new
event is merged into older retained events of other documents (``Grouper.merge_one``).

What used to need every mention at once is replayed with delays measured in publication
time, so that within ``MERGE_WINDOW`` the events come out as if everything were held:

- events founded by an undated mention merge after every event founded by a dated one (their
  numbers say so): their first merge round waits until the stream is ``MERGE_WINDOW`` past
  their document, so the dated reports of that window are there to be joined;
- the second merge round of an event (see ``Grouper.merge_one``) waits ``2 * MERGE_WINDOW``,
  after the first round of everything its window could bring;
- an event whose latest report is more than ``RETIRE_AFTER`` (three windows) older than the
  document being read is retired: its row is emitted and it leaves every index. A report
  published that long after every earlier report of an event founds a new event instead of
  joining it. Between one window and ``RETIRE_AFTER``, merges still happen, but the delayed
  rounds may see them in another order than if everything were held.

Memory is then bounded by the events reported in the last ``RETIRE_AFTER`` of publication
time plus the vocabulary, not by the size of the lake. Documents without a publication date
come last and never advance the clock: they are grouped against what is still retained, and
everything left is emitted at the end.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta

from extractors.grouping.clusters import UNDATED_FOUNDED, Cluster, Grouper, _as_day, _root
from extractors.grouping.features import Mention

# Within a year of publication time, events come out exactly as if every mention were held:
# reports of one event come within days, follow-ups within weeks or months. The rounds that
# must see that year's reports wait for it (see the module docstring).
MERGE_WINDOW = timedelta(days=365)
# An event whose latest report is older than this is retired: the rounds of every report
# within a window of it are done by then (two windows of waiting after that report). A
# report published later than this after every earlier report of an event (an anniversary,
# a retrospective) founds a new event; holding events longer would make memory grow with
# the archive instead of with the news of a few years.
RETIRE_AFTER = 3 * MERGE_WINDOW
SWEEP_AT = 2_000  # retired events before the indexes are swept of them


class StreamGrouper(Grouper):
    """Groups documents fed in canonical order; ``emit`` receives each finished event."""

    def __init__(self, idf: dict[str, float], emit: Callable[[Cluster], None]) -> None:
        super().__init__(idf=idf)
        self.emit = emit
        self.clock: date | None = None
        self.grown: set[int] = set()
        self.first_round: deque[tuple[date | None, list[Cluster]]] = deque()
        self.second_round: deque[tuple[date | None, list[Cluster]]] = deque()
        self.by_last: list[tuple[date, int, Cluster]] = []  # heap of retained events
        self.live: dict[int, Cluster] = {}  # events not merged into another, not retired
        self.retired_since_sweep = 0

    def add_document(self, mentions: list[Mention]) -> None:
        """Place one document's mentions (in canonical order) and merge its new events."""
        published = _as_day(mentions[0].published)
        if published is not None:
            self.advance(published)
        new: list[Cluster] = []
        for dated in (True, False):
            for m in mentions:
                if m.dated == dated:
                    c = self.place(m)
                    if c.number not in self.live:
                        self.live[c.number] = c
                        new.append(c)
        undated = []
        for c in new:  # events founded by a dated mention: their first round now
            if c.number < UNDATED_FOUNDED:
                self._merge(c, first=True)
            else:
                undated.append(c)
        self.first_round.append((published, undated))
        self.second_round.append((published, new))
        for c in new:
            self._track(c)

    def advance(self, today: date) -> None:
        """Run the merge rounds that are due and retire what no report can reach any more."""
        if self.clock is not None and today <= self.clock:
            return
        self.clock = today
        self._run(self.first_round, today - MERGE_WINDOW, first=True)
        self._run(self.second_round, today - 2 * MERGE_WINDOW, first=False)
        horizon = today - RETIRE_AFTER
        while self.by_last and self.by_last[0][0] < horizon:
            last, _, c = heapq.heappop(self.by_last)
            if c.retired or c.merged_into is not None or c.last_published != last:
                continue  # merged, or grown since: a newer entry stands for it
            self._retire(c)
        if self.retired_since_sweep >= max(SWEEP_AT, len(self.live)):
            self._sweep()

    def finish(self) -> None:
        """Run every pending round and emit every event left."""
        self._run(self.first_round, None, first=True)
        self._run(self.second_round, None, first=False)
        for c in sorted(self.live.values(), key=lambda c: c.number):
            self._retire(c)
        self._sweep()

    # -- internals --------------------------------------------------------------------------
    def _run(self, queue: deque, before: date | None, first: bool) -> None:
        due: list[Cluster] = []
        while queue and (before is None or (queue[0][0] is not None and queue[0][0] < before)):
            due += queue.popleft()[1]
        for c in sorted(due, key=lambda c: c.number):
            self._merge(c, first)

    def _merge(self, c: Cluster, first: bool) -> None:
        into = self.merge_one(c, None if first else self.grown)
        if into is None:
            return
        self.live.pop(c.number, None)
        if first:
            self.grown.add(into.number)
        self._track(into)

    def _track(self, c: Cluster) -> None:
        if c.last_published is not None and c.merged_into is None:
            heapq.heappush(self.by_last, (c.last_published, c.number, c))

    def _retire(self, c: Cluster) -> None:
        self.emit(c)
        c.retired = True
        c.release()
        self.live.pop(c.number, None)
        self.grown.discard(c.number)
        self.retired_since_sweep += 1

    def _sweep(self) -> None:
        """Drop retired events (and the events merged into them) from every index."""
        for index in (self.by_doc, self.by_source, self.by_day, self.by_name):
            for key in list(index):
                kept = [c for c in index[key] if not _root(c).retired]
                if kept:
                    index[key] = kept
                else:
                    del index[key]
        self.retired_since_sweep = 0


def group_documents(
    documents: Iterable[list[Mention]], idf: dict[str, float], emit: Callable[[Cluster], None]
) -> None:
    """Group documents given in canonical order, each as its mentions in canonical order."""
    grouper = StreamGrouper(idf, emit)
    for mentions in documents:
        if mentions:
            grouper.add_document(mentions)
    grouper.finish()


def by_document(mentions: Iterable[Mention]) -> Iterator[list[Mention]]:
    """Consecutive mentions of one document, as lists."""
    current: list[Mention] = []
    for m in mentions:
        if current and m.doc_id != current[0].doc_id:
            yield current
            current = []
        current.append(m)
    if current:
        yield current
