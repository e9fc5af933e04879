"""Grouping as a stream retires events no later report can join: events within the window
come out as if every mention were held, older events are emitted while the stream goes on,
unchanged, and a report published more than ``RETIRE_AFTER`` after an event's last report is
a new event."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from test_grouping import mention

import extractors.grouping.stream as stream
from extractors.grouping import group_mentions, group_stream, word_rarity
from extractors.grouping.features import FEATURE_COLUMNS


def _years(n: int, years: int, seed: int = 7) -> list[dict]:
    """Stories reported by 1-3 documents a few days apart, spread over ``years`` years."""
    rng = random.Random(seed)
    places = [f"Village{i}" for i in range(40)]
    rows = []
    for story in range(n):
        day = date(2001, 1, 1) + timedelta(days=rng.randrange(365 * years))
        kind = rng.choice(["strike", "raid", "attack", "meeting"])
        place = rng.choice(places)
        for report in range(rng.randint(1, 3)):
            doc = f"s{story}r{report}"
            published = day + timedelta(days=report + rng.randrange(2))
            rows.append(
                mention(
                    f"A {kind} hit {place} on that day, officials said.",
                    kind,
                    event_type=kind,
                    date_value=day.isoformat() if rng.random() < 0.8 else None,
                    doc=doc,
                    published=published.isoformat(),
                    location=place,
                    offset=0,
                    mention_id=f"m{story}-{report}",
                )
            )
    return rows


def _in_order(rows: list[dict]) -> list[dict]:
    """Rows in the order ``rebuild_events`` reads them: publication, source, document."""
    return sorted(
        rows,
        key=lambda r: (
            r["published"] is None,
            str(r["published"] or ""),
            r["source"] or "",
            r["doc_id"],
        ),
    )


def _by_id(events: list[dict]) -> dict[str, dict]:
    return {e["event_id"]: e for e in events}


def _streamed(rows: list[dict]) -> tuple[list[dict], list[tuple[str, date]]]:
    """Events of ``group_stream`` and, for each, the publication date being read when it was
    emitted."""
    rows = _in_order(rows)
    reading: list[date] = []
    emitted: list[tuple[str, date]] = []
    events: list[dict] = []

    def feed():
        for r in rows:
            reading.append(r["published"])
            yield {c: r.get(c) for c in FEATURE_COLUMNS}

    def emit(e: dict) -> None:
        events.append(e)
        emitted.append((e["event_id"], reading[-1]))

    idf = word_rarity(r["sentence_text"] for r in rows)
    assert group_stream(feed(), idf, emit) == len(events)
    return events, emitted


def test_within_the_window_nothing_is_retired_and_events_are_those_of_holding_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _years(300, 1)  # every report within a year (and a few days) of every other
    events, emitted = _streamed(rows)
    last_read = max(r["published"] for r in rows)
    assert all(at == last_read for _, at in emitted)  # all emitted at the end
    monkeypatch.setattr(stream, "MERGE_WINDOW", timedelta(days=10**5))
    monkeypatch.setattr(stream, "RETIRE_AFTER", timedelta(days=10**5))
    assert _by_id(events) == _by_id(group_mentions(rows))


def test_events_outside_the_window_are_emitted_during_the_stream_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _years(600, 12)
    events, emitted = _streamed(rows)
    published = {r["mention_id"]: r["published"] for r in rows}
    early = [
        (e, at)
        for e, at in zip(events, (a for _, a in emitted), strict=True)
        if at < max(published.values())
    ]
    assert len(early) > len(events) // 2  # most events left memory before the end
    for event, at in early:  # only once no later report could reach them
        last = max(published[m] for m in event["mention_ids"])
        assert (at - last) > stream.RETIRE_AFTER
    # stories here are reported within days: an unbounded window gives the same events
    monkeypatch.setattr(stream, "MERGE_WINDOW", timedelta(days=10**5))
    monkeypatch.setattr(stream, "RETIRE_AFTER", timedelta(days=10**5))
    assert _by_id(events) == _by_id(_streamed(rows)[0]) == _by_id(group_mentions(rows))


def test_a_report_after_the_window_founds_a_new_event() -> None:
    sentence = "A drone strike hit Village7 on March 17, 2005, killing four, officials said."

    def report(doc: str, published: str) -> dict:
        return mention(
            sentence,
            "strike",
            date_value="2005-03-17",
            doc=doc,
            published=published,
            location="Village7",
            killed=(4, 4),
            offset=0,
            mention_id=f"m-{doc}",
        )

    soon = [report("a", "2005-03-18"), report("b", "2005-03-19")]
    (one,) = group_mentions(soon)
    assert sorted(one["mention_ids"]) == ["m-a", "m-b"]
    retire = stream.RETIRE_AFTER.days
    within = report("c", (date(2005, 3, 19) + timedelta(days=retire - 1)).isoformat())
    (one,) = group_mentions([*soon, within])
    assert len(one["mention_ids"]) == 3
    beyond = report("d", (date(2005, 3, 19) + timedelta(days=retire + 1)).isoformat())
    events = group_mentions([*soon, beyond])
    assert sorted(len(e["mention_ids"]) for e in events) == [1, 2]
    assert group_mentions(soon)[0]["event_id"] in {e["event_id"] for e in events}  # id kept
