"""Score event extraction against hand-annotated gold (format: ../shared/annotation/GUIDE.md).

Runs the product path (``dateline.sources.read_inputs`` + ``extractors.pipeline.extract``)
over a corpus and compares its mentions with the gold lines:

- a system mention matches a gold line when both name the same document (and section), the
  system trigger or sentence span overlaps the gold ``evidence`` span, and the system type
  is the gold ``type`` or one of its ``alt_types``; each gold line and each system mention is
  matched at most once, a trigger on the gold trigger before a trigger elsewhere in the
  evidence before a sentence overlap;
- only system mentions whose status is occurred/planned/cancelled are scored (negated and
  hypothetical mentions are the system saying "not an event"), and only in the documents
  listed in ``<gold>_docs.txt`` when that file exists;
- optional gold lines are neither required nor penalised: a system mention matching one is
  set aside;
- dates compare the day of a TIME value (2011-10-09TNI -> 2011-10-09) with the gold value.

Dates are reported two ways. **Mention date**: the date the extractor gives the matched
mention itself. **Event date**: the date of the canonical event that holds the mention after
grouping (``extractors.grouping.group_mentions`` over every counted mention of the corpus,
as the warehouse does) -- the date an analyst sees in the chronology, and the headline date
figure, since the guideline gives every mention the date of its event. With grouping,
chronology recall (a dated gold event is found when the system event holding one of its
matched mentions carries the gold date) and B-cubed scores of the grouping against the gold
``event`` keys are reported too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

COUNTED = ("occurred", "planned", "cancelled")
DEFAULT_CORPUS = ("seeds",)

Row = dict[str, Any]
# A grouping: mention rows -> event rows (``event_id``, ``mention_ids``, ``date_value``, as
# ``extractors.grouping.group_mentions``) or a plain mapping of mention ``key`` -> event id.
GroupFn = Callable[[list[Row]], "list[Row] | dict[str, str]"]
DEFAULT_GROUPING = "default"  # use extractors.grouping.group_mentions when it exists


@dataclass(slots=True)
class Gold:
    line: int
    source: str
    section: str | None
    evidence: str
    trigger: str
    type: str
    alt_types: list[str]
    status: str
    date: str | None
    date_evidence: str | None
    event: str
    killed: list[int | None] | None
    location: str | None
    optional: bool
    doc_key: tuple[str, str | None] | None = None  # the document it was found in
    start: int | None = None  # evidence span in the document text
    end: int | None = None


@dataclass(slots=True)
class _Doc:
    key: tuple[str, str | None]
    source: str
    section: str | None
    text: str
    start: int
    end: int
    rows: list[Row] = field(default_factory=list)


def mention_key(row: Row) -> str:
    """Stable key of a system mention row: document, trigger offsets and type."""
    return f"{row['doc_id']}:{row['trigger_start']}:{row['trigger_end']}:{row['event_type']}"


def read_gold(path: str | Path) -> list[Gold]:
    """Gold lines of a JSON Lines file (blank lines and ``#`` comments skipped)."""
    out = []
    for n, raw in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        g = json.loads(raw)
        out.append(
            Gold(
                line=n,
                source=str(g["source"]),
                section=g.get("section"),
                evidence=g["evidence"],
                trigger=g.get("trigger", ""),
                type=g["type"],
                alt_types=list(g.get("alt_types") or []),
                status=g.get("status", "occurred"),
                date=g.get("date"),
                date_evidence=g.get("date_evidence"),
                event=g.get("event", f"line-{n}"),
                killed=g.get("killed"),
                location=g.get("location"),
                optional=bool(g.get("optional", False)),
            )
        )
    return out


def read_doc_list(gold_path: str | Path) -> set[str] | None:
    """Sources listed in ``<gold>_docs.txt`` beside the gold file, or None if there is none."""
    p = Path(gold_path)
    listing = p.with_name(p.stem + "_docs.txt")
    if not listing.exists():
        return None
    names = set()
    for raw in listing.read_text("utf-8").splitlines():
        name = raw.split("#", 1)[0].strip()
        if name:
            names.add(name.split("\t")[0].strip())
    return names


def _day(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value: TIME values compare by their day."""
    if value is None:
        return None
    return value.split("T", 1)[0] if "T" in value and value[:4].isdigit() else value


def _as_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> dict[str, float | int]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "system": n_sys,
        "gold": n_gold,
        "matched": tp_r,
    }


def _share(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _locate(gold: list[Gold], docs: dict[tuple[str, str | None], _Doc]) -> list[Gold]:
    """Find each gold evidence span; returns the gold lines that could not be placed."""
    by_source: dict[str, list[_Doc]] = defaultdict(list)
    for d in docs.values():
        by_source[d.source].append(d)
    lost = []
    for g in gold:
        candidates = [
            d for d in by_source.get(g.source, []) if g.section is None or d.section == g.section
        ]
        for d in candidates:
            at = d.text.find(g.evidence, d.start, d.end)
            if at < 0:
                at = _find_loose(d.text, g.evidence, d.start, d.end)
            if at >= 0:
                g.doc_key, g.start, g.end = d.key, at, at + len(g.evidence)
                break
        else:
            lost.append(g)
    return lost


def _find_loose(text: str, needle: str, start: int, end: int) -> int:
    """Position of ``needle`` ignoring runs of white space (scraped text); -1 if absent."""
    import re

    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.compile(pattern).search(text, start, end)
    return m.start() if m else -1


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _trigger_span(g: Gold) -> tuple[int, int]:
    """Span of the gold trigger inside its evidence (the evidence span if it is not there)."""
    at = g.evidence.find(g.trigger)
    if at < 0:
        at = g.evidence.lower().find(g.trigger.lower())
    if at < 0:
        return g.start, g.end
    return g.start + at, g.start + at + len(g.trigger)


def _match(gold: list[Gold], rows: list[Row]) -> list[tuple[Gold, Row]]:
    """Greedy one-to-one matching: a system trigger on the gold trigger first, then one
    elsewhere in the evidence, then sentence overlaps; ties go to the nearest trigger."""
    pairs: list[tuple[int, int, int, Gold, Row]] = []
    rows_by_doc: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        rows_by_doc[r["_doc_key"]].append(i)
    for gi, g in enumerate(gold):
        if g.doc_key is None:
            continue
        t0, t1 = _trigger_span(g)
        for i in rows_by_doc.get(g.doc_key, []):
            r = rows[i]
            if r["event_type"] != g.type and r["event_type"] not in g.alt_types:
                continue
            if _overlap(r["trigger_start"], r["trigger_end"], t0, t1):
                score = 3
            elif _overlap(r["trigger_start"], r["trigger_end"], g.start, g.end):
                score = 2
            elif _overlap(r["sentence_start"], r["sentence_end"], g.start, g.end):
                score = 1
            else:
                continue
            distance = abs(r["trigger_start"] - t0)
            pairs.append((score, -distance, -gi, g, r))
    pairs.sort(key=lambda p: (p[0], p[1], p[2]), reverse=True)
    used_g: set[int] = set()
    used_r: set[int] = set()
    out = []
    # Required gold lines take their matches before optional ones.
    for want_optional in (False, True):
        for _, _, _, g, r in pairs:
            if g.optional != want_optional or id(g) in used_g or id(r) in used_r:
                continue
            used_g.add(id(g))
            used_r.add(id(r))
            out.append((g, r))
    return out


def _casualty_ok(g: Gold, r: Row) -> bool:
    if not g.killed:
        return r["killed_low"] is None and r["killed_high"] is None
    low, high = [*g.killed, None, None][:2]
    if r["killed_low"] != low:
        return False
    return high is None or r["killed_high"] == high


def _b_cubed(items: list[tuple[str, str]]) -> dict[str, float | None]:
    """B-cubed precision/recall/F1 of (gold cluster, system cluster) assignments."""
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    gold_of: dict[str, Counter] = defaultdict(Counter)
    sys_of: dict[str, Counter] = defaultdict(Counter)
    for g, s in items:
        gold_of[g][s] += 1
        sys_of[s][g] += 1
    p = r = 0.0
    for g, s in items:
        both = gold_of[g][s]
        p += both / sum(sys_of[s].values())
        r += both / sum(gold_of[g].values())
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _row(doc: Any, mention: Any) -> Row:
    row = asdict(mention)
    for k, v in list(row.items()):
        if isinstance(v, date):
            row[k] = v.isoformat()
    row.update(
        doc_id=doc.doc_id,
        source=doc.source,
        section=doc.section,
        url=getattr(doc, "url", None),
        published=doc.published.isoformat() if getattr(doc, "published", None) else None,
    )
    row["_doc_key"] = (doc.source, doc.section)
    row["key"] = mention_key(row)
    row["mention_id"] = row["key"]  # the ``mentions`` view column the grouping reads
    return row


def run_corpus(corpus_paths: Iterable[str | Path]) -> tuple[list[_Doc], list[str]]:
    """Extract every document of the corpus; returns documents with their mention rows."""
    from dateline.sources import read_inputs
    from extractors.pipeline import extract

    docs, problems = [], []
    for item in read_inputs(list(corpus_paths)):
        if not hasattr(item, "doc_id"):
            problems.append(f"{item.source}: {item.reason}: {item.detail}")
            continue
        d = _Doc(
            (item.source, item.section), item.source, item.section, item.text, item.start, item.end
        )
        d.rows = [_row(item, m) for m in extract(item).mentions]
        docs.append(d)
    return docs, problems


def default_grouping() -> GroupFn | None:
    """The product's grouping, ``extractors.grouping.group_mentions``, if it is installed."""
    try:
        from extractors.grouping import group_mentions
    except ImportError:
        return None
    return group_mentions


def evaluate(
    gold_path: str | Path,
    corpus_paths: Sequence[str | Path] | None = None,
    explain: bool = False,
    group: GroupFn | str | None = DEFAULT_GROUPING,
) -> dict[str, Any]:
    """Score the pipeline on ``corpus_paths`` (default ``seeds/``) against the gold file.

    ``group`` turns the counted mention rows of the whole corpus (dicts with the
    EventMention fields plus ``key``/``mention_id``, ``doc_id``, ``source``, ``section``,
    ``published``) into canonical events, for event-date, chronology and B-cubed scores. By
    default it is the product's ``extractors.grouping.group_mentions``; None turns grouping
    off (then an ``event_id`` carried by the mentions is used if present).
    """
    gold = read_gold(gold_path)
    annotated = read_doc_list(gold_path)
    docs, problems = run_corpus(corpus_paths or DEFAULT_CORPUS)
    return score(gold, docs, annotated, explain=explain, group=group, problems=problems)


def score(
    gold: list[Gold],
    docs: list[_Doc],
    annotated: set[str] | None,
    *,
    explain: bool = False,
    group: GroupFn | str | None = None,
    problems: list[str] | None = None,
) -> dict[str, Any]:
    """Scores of extracted documents against gold lines (see module docstring)."""
    if group == DEFAULT_GROUPING:
        group = default_grouping()
    problems = list(problems or [])
    by_key = {d.key: d for d in docs}
    lost = _locate(gold, by_key)
    gold_sources = {g.source for g in gold}
    scope = annotated if annotated is not None else {d.source for d in docs}
    rows = [
        r
        for d in docs
        if d.source in scope or d.source in gold_sources
        for r in d.rows
        if r["status"] in COUNTED
    ]
    pairs = _match(gold, rows)
    matched_rows = {id(r) for _, r in pairs}
    required = [g for g in gold if not g.optional]
    req_pairs = [(g, r) for g, r in pairs if not g.optional]
    optional_rows = {id(r) for g, r in pairs if g.optional}
    scored_rows = [r for r in rows if id(r) not in optional_rows]
    false_alarms = [r for r in scored_rows if id(r) not in matched_rows]

    types = sorted({g.type for g in gold} | {r["event_type"] for r in scored_rows})
    per_type = {}
    for t in types:
        sys_t = [r for r in scored_rows if r["event_type"] == t]
        tp_sys = sum(1 for _, r in req_pairs if r["event_type"] == t)
        tp_gold = sum(1 for g, _ in req_pairs if g.type == t)
        per_type[t] = _prf(tp_sys, len(sys_t), tp_gold, sum(1 for g in required if g.type == t))
    overall = _prf(len(req_pairs), len(scored_rows), len(req_pairs), len(required))

    dated = [(g, r) for g, r in req_pairs if g.date]
    exact = [(g, r) for g, r in dated if _day(r["date_value"]) == g.date]
    near = []
    for g, r in dated:
        gd, sd = _as_date(g.date), _as_date(_day(r["date_value"]))
        if _day(r["date_value"]) == g.date or (gd and sd and abs((gd - sd).days) <= 1):
            near.append((g, r))
    day_dated = [(g, r) for g, r in dated if _as_date(g.date)]
    status_ok = [(g, r) for g, r in req_pairs if r["status"] == g.status]
    cas_ok = [(g, r) for g, r in req_pairs if _casualty_ok(g, r)]
    with_cas = [(g, r) for g, r in req_pairs if g.killed]
    result: dict[str, Any] = {
        "documents": len(docs),
        "annotated_documents": len(scope),
        "gold_mentions": len(required),
        "gold_optional": len(gold) - len(required),
        "gold_not_found": len(lost),
        "system_mentions": len(scored_rows),
        "mentions": overall,
        "per_type": per_type,
        "dates": {
            "gold_dated_matched": len(dated),
            "exact": _share(len(exact), len(dated)),
            "within_1_day": _share(len(near), len(dated)),
            "day_dated_matched": len(day_dated),
            "system_undated": sum(1 for _, r in dated if r["date_value"] is None),
            "dated_when_gold_null": sum(
                1 for g, r in req_pairs if not g.date and r["date_value"] is not None
            ),
        },
        "status": {"matched": len(req_pairs), "accuracy": _share(len(status_ok), len(req_pairs))},
        "casualties": {
            "matched": len(req_pairs),
            "accuracy": _share(len(cas_ok), len(req_pairs)),
            "gold_with_killed": len(with_cas),
            "accuracy_where_gold_has_killed": _share(
                sum(1 for g, r in with_cas if _casualty_ok(g, r)), len(with_cas)
            ),
        },
        "problems": problems,
    }
    counted = [r for d in docs for r in d.rows if r["status"] in COUNTED]
    grouped = _grouped(counted, group, problems)
    event_wrong: list[tuple[Gold, Row, str | None]] = []
    if grouped is not None:
        ids, event_dates = grouped
        event_day = {
            id(r): event_dates.get(ids.get(r["key"], ""), _day(r["date_value"]))
            for _, r in req_pairs
        }
        event_exact = [(g, r) for g, r in dated if event_day[id(r)] == g.date]
        event_wrong = [(g, r, event_day[id(r)]) for g, r in dated if event_day[id(r)] != g.date]
        result["dates"]["event_exact"] = _share(len(event_exact), len(dated))
        result["dates"]["event_undated"] = sum(1 for _, r in dated if event_day[id(r)] is None)
        result["chronology"] = chronology_scores(gold, req_pairs, ids, event_dates)
    if explain:
        result["explain"] = _explain(
            required, req_pairs, false_alarms, dated, exact, status_ok, lost, event_wrong
        )
        if "chronology" in result:
            for key in ("missed_events", "split_events", "merged_events"):
                result["explain"][key] = result["chronology"][key]
    return result


def _grouped(
    rows: list[Row], group: GroupFn | None, problems: list[str]
) -> tuple[dict[str, str], dict[str, str | None]] | None:
    """``(mention key -> event id, event id -> event day)`` of the system's grouping."""
    if group is not None:
        try:
            out = group([dict(r) for r in rows])
        except Exception as exc:  # a broken grouping must not hide the mention scores
            problems.append(f"grouping failed: {type(exc).__name__}: {exc}")
            return None
        if isinstance(out, dict):
            ids = {str(k): str(v) for k, v in out.items()}
            dates = None
        else:
            ids, dates = {}, {}
            for event in out:
                eid = str(event["event_id"])
                dates[eid] = _day(event.get("date_value"))
                for mid in event.get("mention_ids") or ():
                    ids[str(mid)] = eid
    elif rows and all(r.get("event_id") for r in rows):
        ids, dates = {r["key"]: r["event_id"] for r in rows}, None
    else:
        return None
    if dates is None:
        # No event rows: the date of an event is the most common day among its mentions.
        counts: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            eid = ids.get(r["key"])
            if eid is not None and r["date_value"]:
                counts[eid][_day(r["date_value"])] += 1
        dates = {eid: c.most_common(1)[0][0] for eid, c in counts.items()}
    return ids, dates


def chronology_scores(
    gold: list[Gold],
    req: list[tuple[Gold, Row]],
    ids: dict[str, str],
    dates: dict[str, str | None],
) -> dict[str, Any]:
    """Chronology recall and B-cubed of the grouping.

    A dated gold event is found when the canonical event holding one of its matched
    mentions (``req``: required gold line, system row) carries the gold date; ``ids`` maps a
    row key to its event id, ``dates`` an event id to the event's date (by day).
    """
    gold_events: dict[str, list[tuple[Gold, Row]]] = defaultdict(list)
    for g, r in req:
        gold_events[g.event].append((g, r))
    dated_events = {g.event: g.date for g in gold if g.date and not g.optional}
    found = 0
    missed = []
    for event, value in dated_events.items():
        pairs = gold_events.get(event, [])
        if any(dates.get(ids.get(r["key"], "")) == value for _, r in pairs):
            found += 1
            continue
        missed.append(
            {
                "event": event,
                "date": value,
                "matched_mentions": len(pairs),
                "system_event_dates": sorted(
                    {str(dates.get(ids.get(r["key"], ""))) for _, r in pairs}
                ),
            }
        )
    items = [(g.event, str(ids.get(r["key"], r["key"]))) for g, r in req]
    return {
        "gold_events_dated": len(dated_events),
        "recall": _share(found, len(dated_events)),
        "b_cubed": _b_cubed(items),
        "missed_events": missed,
        **_grouping_errors(req, ids),
    }


def _grouping_errors(req: list[tuple[Gold, Row]], ids: dict[str, str]) -> dict[str, Any]:
    """Gold events whose mentions the system split over several events, and system events
    that merged mentions of several gold events (the B-cubed losses, one line each)."""
    events_of: dict[str, set[str]] = defaultdict(set)
    golds_of: dict[str, set[str]] = defaultdict(set)
    triggers: dict[str, list[str]] = defaultdict(list)
    for g, r in req:
        eid = str(ids.get(r["key"], r["key"]))
        events_of[g.event].add(eid)
        golds_of[eid].add(g.event)
        triggers[eid].append(f"{g.source}: {r.get('trigger_text')} ({r.get('date_value')})")
    return {
        "split_events": [
            {"event": e, "system_events": [triggers[x] for x in sorted(xs)]}
            for e, xs in sorted(events_of.items())
            if len(xs) > 1
        ],
        "merged_events": [
            {"gold_events": sorted(gs), "mentions": triggers[eid]}
            for eid, gs in sorted(golds_of.items())
            if len(gs) > 1
        ],
    }


def _brief_gold(g: Gold) -> dict[str, Any]:
    return {
        "source": g.source,
        "section": g.section,
        "type": g.type,
        "status": g.status,
        "date": g.date,
        "trigger": g.trigger,
        "evidence": g.evidence,
        "line": g.line,
    }


def _brief_row(r: Row) -> dict[str, Any]:
    return {
        "source": r["source"],
        "section": r["section"],
        "type": r["event_type"],
        "status": r["status"],
        "date": r["date_value"],
        "trigger": r["trigger_text"],
        "sentence": r["sentence_text"][:200],
        "date_reason": r["date_reason"],
    }


def _explain(
    required, req_pairs, false_alarms, dated, exact, status_ok, lost, event_wrong
) -> dict[str, Any]:
    matched = {id(g) for g, _ in req_pairs}
    exact_ids = {id(g) for g, _ in exact}
    status_ids = {id(g) for g, _ in status_ok}
    return {
        "misses": [_brief_gold(g) for g in required if id(g) not in matched],
        "false_alarms": [_brief_row(r) for r in false_alarms],
        "wrong_dates": [
            {**_brief_gold(g), "system_date": r["date_value"], "date_reason": r["date_reason"]}
            for g, r in dated
            if id(g) not in exact_ids
        ],
        "wrong_event_dates": [
            {**_brief_gold(g), "system_event_date": d, "mention_date": r["date_value"]}
            for g, r, d in event_wrong
        ],
        "wrong_status": [
            {**_brief_gold(g), "system_status": r["status"], "date_reason": r["date_reason"]}
            for g, r in req_pairs
            if id(g) not in status_ids
        ],
        "gold_not_found": [_brief_gold(g) for g in lost],
        "missed_events": [],
        "split_events": [],
        "merged_events": [],
    }


def _fmt(x: Any) -> str:
    return "-" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))


def format_report(result: dict[str, Any]) -> str:
    """A human-readable table of ``evaluate``'s result."""
    lines = [
        f"documents {result['documents']} (annotated {result['annotated_documents']}); "
        f"gold mentions {result['gold_mentions']} (+{result['gold_optional']} optional, "
        f"{result['gold_not_found']} not found); system mentions {result['system_mentions']}",
        "",
        f"{'type':<10}{'P':>8}{'R':>8}{'F1':>8}{'sys':>6}{'gold':>6}{'match':>7}",
    ]
    for name, s in [*result["per_type"].items(), ("overall", result["mentions"])]:
        lines.append(
            f"{name:<10}{_fmt(s['precision']):>8}{_fmt(s['recall']):>8}{_fmt(s['f1']):>8}"
            f"{s['system']:>6}{s['gold']:>6}{s['matched']:>7}"
        )
    d = result["dates"]
    lines.append("")
    if "event_exact" in d:
        lines.append(
            f"event date (date of the canonical event holding the mention): exact "
            f"{_fmt(d['event_exact'])} ({d['event_undated']} events undated)"
        )
    lines += [
        f"mention date (the mention's own date): exact {_fmt(d['exact'])}, within 1 day "
        f"{_fmt(d['within_1_day'])} (of {d['gold_dated_matched']} matched gold mentions "
        f"with a date; {d['system_undated']} left unresolved)",
        f"status accuracy {_fmt(result['status']['accuracy'])}; casualty accuracy "
        f"{_fmt(result['casualties']['accuracy'])} (where gold has a toll: "
        f"{_fmt(result['casualties']['accuracy_where_gold_has_killed'])} of "
        f"{result['casualties']['gold_with_killed']})",
    ]
    if "chronology" in result:
        c = result["chronology"]
        b = c["b_cubed"]
        lines.append(
            f"chronology recall {_fmt(c['recall'])} of {c['gold_events_dated']} dated events; "
            f"B-cubed P {_fmt(b['precision'])} R {_fmt(b['recall'])} F1 {_fmt(b['f1'])}"
        )
    for p in result.get("problems", []):
        lines.append(f"problem: {p}")
    ex = result.get("explain")
    if ex:
        for title, key in (
            ("MISSES", "misses"),
            ("FALSE ALARMS", "false_alarms"),
            ("WRONG DATES", "wrong_dates"),
            ("WRONG EVENT DATES", "wrong_event_dates"),
            ("WRONG STATUS", "wrong_status"),
            ("GOLD NOT FOUND", "gold_not_found"),
            ("CHRONOLOGY MISSES (dated gold events no system event carries)", "missed_events"),
            ("SPLIT EVENTS (one gold event, several system events)", "split_events"),
            ("MERGED EVENTS (one system event, several gold events)", "merged_events"),
        ):
            lines += ["", f"{title} ({len(ex[key])})"]
            for item in ex[key]:
                lines.append("  " + json.dumps(item, ensure_ascii=False))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.eval_events", description=__doc__)
    parser.add_argument("gold", help="gold JSON Lines file (GUIDE.md format)")
    parser.add_argument("--corpus", nargs="+", default=list(DEFAULT_CORPUS))
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = evaluate(args.gold, args.corpus, explain=args.explain)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
