"""Canonical events: mentions of one real-world event grouped within and across documents.

Two mentions are one event when their types are compatible (strike and raid may name the
same operation; a plain "the attack" may point back to a strike of its own document), their
dates overlap at their precision (a month holds its days; two different days never meet),
their places, participants and casualty tolls agree or are unknown, and enough evidence
(same document, same day, shared names and wording) speaks for it. A document's undated
mentions are placed after its dated ones; an anaphor joins the event the extractor's coreference linked
it to. Within a story, what happened stays apart from what is planned, meetings need their
named parties to meet, and two mentions of one sentence share no wording evidence. Across
documents, whole events merge (reports of one story weigh that in); an event with no date
joins another only with the same specific place, a shared participant and type, and close
publication. The event date is the finest member date, read most directly.

The event id is the hash of the event's founding mention: the first one in publication
order, so events of earlier documents keep their ids when later documents add mentions.

Documents are grouped as a stream in publication order (``stream``): an event is retired,
emitted and forgotten once its latest report is ``stream.RETIRE_AFTER`` older than the
document being read, so memory follows the news of a few years, not the archive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from extractors.grouping.clusters import Cluster, _as_day, _idf
from extractors.grouping.features import (
    FEATURE_COLUMNS,
    Interner,
    Mention,
    content_words,
    mention_features,
)
from extractors.grouping.stream import MERGE_WINDOW, by_document, group_documents
from extractors.ids import stable_id

__all__ = [
    "FEATURE_COLUMNS",
    "REPORTABLE",
    "event_id",
    "group_mentions",
    "group_stream",
    "word_rarity",
]

REPORTABLE = frozenset({"occurred", "planned", "cancelled"})
_STATUS_ORDER = ("occurred", "cancelled", "planned")


def _order_key(m: Mention) -> tuple:
    published = m.published
    return (
        published is None,
        str(published) if published is not None else "",
        "" if m.unsourced else m.source,
        m.doc_id,
        m.position,
        m.mention_id,
    )


def group_mentions(mentions: Iterable[dict]) -> list[dict]:
    """Group mention rows (``mentions`` view columns) into event rows (``events`` table).

    The rows are read once and reduced to their features (``FEATURE_COLUMNS``), so
    ``mentions`` may be a stream in any order: no row is kept, but every mention's features
    are, to sort them. ``group_stream`` is the same grouping for rows already in order, in
    memory bounded by the publication window.
    """
    intern = Interner()
    features = [
        mention_features(row, 0, intern) for row in mentions if row.get("status") in REPORTABLE
    ]
    del intern
    features.sort(key=_order_key)
    for i, m in enumerate(features):
        m.index = i
    rows: list[dict] = []
    idf = _idf(m.words for m in features)
    group_documents(by_document(features), idf, lambda c: rows.append(event_row(c)))
    return rows


def word_rarity(sentences: Iterable[str | None]) -> dict[str, float]:
    """The word rarity grouping weighs shared wording with (``group_stream``'s ``idf``): a
    first, cheap pass over the sentence texts of the reportable mentions."""
    return _idf(content_words(text) for text in sentences)


def group_stream(rows: Iterable[dict], idf: dict[str, float], emit: Callable[[dict], None]) -> int:
    """Group mention rows given in document order (publication date, nulls last; source,
    empty when missing; doc_id) and pass each event row to ``emit`` once it is final;
    return how many events. ``idf`` comes from ``word_rarity`` over the same rows. Gives
    the events ``group_mentions`` gives, in memory bounded by the publication window
    (``stream.MERGE_WINDOW``); rows of statuses grouping does not keep are skipped.
    """
    count = 0

    def finished(c: Cluster) -> None:
        nonlocal count
        count += 1
        emit(event_row(c))

    group_documents(_documents(rows), idf, finished)
    return count


def _documents(rows: Iterable[dict]) -> Iterator[list[Mention]]:
    """Each document's reportable mentions as features in canonical order, indexed in it.

    Repeated values are shared within a publication window (a fresh ``Interner`` after
    that, so what it holds does not grow with the lake).
    """
    intern, since = Interner(), None
    index = 0
    doc: list[Mention] = []

    def done() -> list[Mention]:
        nonlocal index
        doc.sort(key=_order_key)
        for m in doc:
            m.index = index
            index += 1
        return doc

    for row in rows:
        if row.get("status") not in REPORTABLE:
            continue
        if doc and row["doc_id"] != doc[0].doc_id:
            yield done()
            doc = []
            day = _as_day(row.get("published"))
            if day is not None:
                if since is None:
                    since = day
                elif day - since > MERGE_WINDOW:
                    intern, since = Interner(), day
        doc.append(mention_features(row, 0, intern))
    if doc:
        yield done()


def event_id(founder_mention_id: str) -> str:
    return stable_id("event", founder_mention_id)


def _typed(c: Cluster, members: list[Mention]) -> list[Mention]:
    return [m for m in members if m.family == c.family] or members


def _shown(c: Cluster) -> tuple[Mention | None, Mention]:
    """The member whose date the event shows (if any) and the one whose sentence describes it."""
    members = sorted(c.members, key=lambda m: m.index)
    typed = _typed(c, members)
    dated = c.best or min(c.hinted, key=_hint_order, default=None)
    described = dated or max(typed, key=lambda m: (not m.definite, m.confidence, -m.index))
    return dated, described


def event_row(c: Cluster) -> dict:
    """The ``events`` row of a finished cluster."""
    dated, described = _shown(c)
    members = sorted(c.members, key=lambda m: m.index)
    typed = _typed(c, members)
    weights: Counter[str] = Counter()
    for m in typed:
        weights[m.event_type] += m.confidence
    event_type = max(weights, key=lambda t: (weights[t], t == c.founder.event_type, t))
    of_type = [m for m in typed if m.event_type == event_type]
    # The most specific wording of the type carries its mode ("drone strike" over "strike").
    specific = max(of_type, key=lambda m: (m.trigger_len, -m.index))
    statuses = {m.status for m in members}
    status = next(s for s in _STATUS_ORDER if s in statuses)
    date_row = dated.details if dated else {}
    killed_low, killed_high = _toll(c.killed)
    injured_low, injured_high = _toll(c.injured)
    return {
        "event_id": event_id(c.founder.mention_id),
        "event_type": event_type,
        "plover_type": specific.plover_type,
        "plover_mode": specific.plover_mode,
        "status": status,
        "date_value": date_row.get("date_value"),
        "date_start": _date(date_row.get("date_start")),
        "date_end": _date(date_row.get("date_end")),
        "date_granularity": date_row.get("date_granularity"),
        "date_type": date_row.get("date_type") if dated else "unresolved",
        "date_reason": date_row.get("date_reason")
        if dated
        else "no mention of the event carries a resolved date",
        "time_precision": date_row.get("time_precision"),
        "date_mention_id": dated.mention_id if dated else None,
        "description": described.details.get("sentence_text") or "",
        "location": _location(members),
        "actors": _names(m.actor_names for m in members),
        "targets": _names(m.target_names for m in members),
        "killed_low": killed_low,
        "killed_high": killed_high,
        "injured_low": injured_low,
        "injured_high": injured_high,
        "mention_ids": [m.mention_id for m in members],
    }


def _hint_order(m: Mention) -> tuple:
    """Which carried-over date an event with no date of its own shows: the best founded
    one (an antecedent's before the previous sentence's before the document's main
    event's), then the finest."""
    return (m.evidence, m.rank, not m.exact, m.index)


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


def _toll(ranges: list[tuple[int, int | None]]) -> tuple[int | None, int | None]:
    """Largest stated lower bound; the largest stated upper bound when it is not below it."""
    if not ranges:
        return None, None
    low = max(r[0] for r in ranges)
    highs = [r[1] for r in ranges if r[1] is not None]
    high = max(highs) if highs and max(highs) >= low else None
    return low, high


def _location(members: list[Mention]) -> str | None:
    named = [m.location for m in members if m.location]
    if not named:
        return None
    counts = Counter(named)
    return max(counts, key=lambda p: (counts[p], len(p), -named.index(p)))


def _names(lists: object) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for names in lists:  # type: ignore[attr-defined]
        for name in names or ():
            key = " ".join(name.lower().split())
            if key and key not in seen:
                seen.add(key)
                out.append(name)
    return out
