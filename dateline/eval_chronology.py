"""Chronology scores of the canonical events against gold event keys.

A gold event is found when the canonical event that holds its matched mentions carries the
gold date (the event's own date, as the ``chronology`` view shows it, compared by day); the
grouping itself is scored with B-cubed precision, recall and F1 over the matched mentions.
Mention matching is ``dateline.eval_events``'s; this module adds the grouping step the
product runs (``extractors.grouping.group_mentions``) on the matched documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from extractors.grouping import group_mentions

Row = dict[str, Any]


def _day(value: str | None) -> str | None:
    """The day of a TIME value (2011-10-09TNI -> 2011-10-09); other values unchanged."""
    if value and len(value) > 10 and value[10] == "T":
        return value[:10]
    return value


def group_events(rows: Sequence[Row]) -> tuple[dict[str, str], dict[str, Row]]:
    """Canonical events of evaluation mention rows: row key -> event id, event id -> event."""
    prepared = []
    for r in rows:
        row = dict(r)
        row.setdefault("mention_id", r["key"])
        row.setdefault("published", None)
        prepared.append(row)
    events = group_mentions(prepared)
    of_key = {mid: e["event_id"] for e in events for mid in e["mention_ids"]}
    return of_key, {e["event_id"]: e for e in events}


def group_for_eval(rows: list[Row]) -> dict[str, str]:
    """The grouping hook of ``dateline.eval_events.evaluate`` (row key -> event id)."""
    return group_events(rows)[0]


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name)


def b_cubed(items: Iterable[tuple[str, str]]) -> dict[str, float | None]:
    """B-cubed precision/recall/F1 of (gold key, system key) pairs, one per mention."""
    items = list(items)
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_sys: dict[str, set[int]] = defaultdict(set)
    for i, (g, s) in enumerate(items):
        by_gold[g].add(i)
        by_sys[s].add(i)
    p = r = 0.0
    for g, s in items:
        both = len(by_gold[g] & by_sys[s])
        p += both / len(by_sys[s])
        r += both / len(by_gold[g])
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def chronology_scores(
    gold_rows: Sequence[Any], matches: Sequence[tuple[Any, Row]], system_event_of: dict[str, Row]
) -> dict[str, Any]:
    """Chronology recall and B-cubed of the grouping.

    ``gold_rows``: gold lines (``event``, ``date``, ``optional``); ``matches``: (gold line,
    system mention row) pairs; ``system_event_of``: system mention key -> its canonical
    event row (``event_id``, ``date_value``).
    """
    required = [(g, r) for g, r in matches if not _get(g, "optional")]
    dated = {
        _get(g, "event"): _get(g, "date")
        for g in gold_rows
        if _get(g, "date") and not _get(g, "optional")
    }
    found_events, misses = [], []
    held: dict[str, list[Row]] = defaultdict(list)
    for g, r in required:
        event = system_event_of.get(r["key"])
        if event is not None:
            held[_get(g, "event")].append(event)
    for key, value in sorted(dated.items()):
        dates = {_day(e.get("date_value")) for e in held.get(key, [])}
        (found_events if value in dates else misses).append(key)
    items = [
        (
            _get(g, "event"),
            str(system_event_of[r["key"]]["event_id"]) if r["key"] in system_event_of else r["key"],
        )
        for g, r in required
    ]
    return {
        "gold_events_dated": len(dated),
        "found": len(found_events),
        "recall": round(len(found_events) / len(dated), 4) if dated else None,
        "b_cubed": b_cubed(items),
        "missed_events": misses,
    }


def evaluate(gold_path: str | Path, corpus_paths: Sequence[str | Path]) -> dict[str, Any]:
    """Extract the corpus, match mentions to the gold, group them, and score the chronology."""
    from dateline import eval_events as ev

    gold = ev.read_gold(gold_path)
    annotated = ev.read_doc_list(gold_path)
    docs, _problems = ev.run_corpus(corpus_paths)
    ev._locate(gold, {d.key: d for d in docs})
    scope = annotated if annotated is not None else {d.source for d in docs}
    gold_sources = {g.source for g in gold}
    rows = [
        r
        for d in docs
        if d.source in scope or d.source in gold_sources
        for r in d.rows
        if r["status"] in ev.COUNTED
    ]
    pairs = ev._match(gold, rows)
    # Group every counted mention of the corpus, as the warehouse (and ``eval_events``) does.
    counted = [r for d in docs for r in d.rows if r["status"] in ev.COUNTED]
    of_key, events = group_events(counted)
    return chronology_scores(gold, pairs, {k: events[e] for k, e in of_key.items()})
