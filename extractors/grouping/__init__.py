"""Canonical events: mentions of one real-world event grouped within and across documents."""

from __future__ import annotations

from collections.abc import Sequence

REPORTABLE = frozenset({"occurred", "planned", "cancelled"})


def group_mentions(mentions: Sequence[dict]) -> list[dict]:
    """Group mention rows (``mentions`` view columns) into event rows (``events`` table).

    First version: every reportable mention is its own event.
    """
    events = []
    for m in mentions:
        if m["status"] not in REPORTABLE:
            continue
        events.append(
            {
                "event_id": m["mention_id"],
                "event_type": m["event_type"],
                "plover_type": m["plover_type"],
                "plover_mode": m["plover_mode"],
                "status": m["status"],
                "date_value": m["date_value"],
                "date_start": m["date_start"],
                "date_end": m["date_end"],
                "date_granularity": m["date_granularity"],
                "date_type": m["date_type"],
                "date_reason": m["date_reason"],
                "time_precision": m["time_precision"],
                "date_mention_id": m["mention_id"] if m["date_value"] else None,
                "description": m["sentence_text"],
                "location": m["location"],
                "actors": m["actors"],
                "targets": m["targets"],
                "killed_low": m["killed_low"],
                "killed_high": m["killed_high"],
                "injured_low": m["injured_low"],
                "injured_high": m["injured_high"],
                "mention_ids": [m["mention_id"]],
            }
        )
    return events
