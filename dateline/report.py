"""``dateline report``: the chronology as one self-contained HTML page.

The page needs no network: CSS and JavaScript are inline, the data is embedded as JSON in a
``<script type="application/json">`` block, and a Content-Security-Policy allows nothing
but that inline code (no fetches, no images, no other scripts). Article text is data: the
script renders it with ``textContent`` only, and ``<`` in the JSON is escaped so that a
``</script>`` inside an article cannot end the data block.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from warehouse.build import connect, database_path

MAX_EVIDENCE = 12  # evidence sentences embedded per event; the count of the rest is shown

_EVENTS_SQL = """
SELECT event_id, event_type, status, date_value, date_start, date_end, date_granularity,
       date_type, date_reason, date_evidence, time_precision, description, location, actors,
       targets, killed_low, killed_high, injured_low, injured_high, plover_type, plover_mode,
       n_mentions, n_sources, sources, urls, first_reported, last_reported
FROM chronology
WHERE {scope}
"""

_EVIDENCE_SQL = f"""
SELECT event_id, mention_id, source, section, url, published, event_type, status,
       trigger_start - sentence_start AS trigger_from,
       trigger_end - sentence_start AS trigger_to,
       sentence_text, date_value, timex_text
FROM mentions
WHERE event_id IN (SELECT event_id FROM chronology WHERE {{scope}})
QUALIFY row_number() OVER (
    PARTITION BY event_id ORDER BY published NULLS LAST, source, trigger_start
) <= {MAX_EVIDENCE}
ORDER BY event_id, published NULLS LAST, source, trigger_start
"""


@dataclass(frozen=True)
class Scope:
    """Which events a report holds: a page over a whole archive would be too big to open.

    A date window keeps the events whose date interval overlaps it (a month-precision event
    is in a window holding any of its days), so undated events fall outside any window.
    """

    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    place: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition on ``chronology`` and its parameters."""
        terms, params = ["TRUE"], []
        if self.since is not None:
            terms.append("date_end >= ?")
            params.append(self.since)
        if self.until is not None:
            terms.append("date_start <= ?")
            params.append(self.until)
        if self.types:
            terms.append("list_contains(?, event_type)")
            params.append(list(self.types))
        if self.place:
            terms.append("contains(lower(location), lower(?))")
            params.append(self.place)
        return " AND ".join(terms), params

    def describe(self) -> str:
        """The scope in words for the page header; empty for the whole chronology."""
        parts = []
        if self.types:
            parts.append(" or ".join(self.types) + " events")
        if self.since or self.until:
            parts.append(f"dated {self.since or '…'} to {self.until or '…'}")
        if self.place:
            parts.append(f"at places matching “{self.place}”")
        return ", ".join(parts)


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _rows(con: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()]


def report_data(data_dir: str | Path, scope: Scope | None = None) -> dict[str, Any]:
    """Events of the chronology in ``scope`` with their evidence sentences, JSON-ready."""
    if not database_path(data_dir).exists():
        raise SystemExit(f"no database in {data_dir}: run `dateline run` first")
    scope = scope or Scope()
    condition, params = scope.where()
    con = connect(data_dir)
    try:
        events = _rows(con, _EVENTS_SQL.format(scope=condition), params)
        evidence = _rows(con, _EVIDENCE_SQL.format(scope=condition), params)
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()
    by_event: dict[str, list[dict[str, Any]]] = {}
    for row in evidence:
        by_event.setdefault(row.pop("event_id"), []).append(row)
    for event in events:
        event["evidence"] = by_event.get(event["event_id"], [])
    return {
        "generated": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "documents": n_docs,
        "max_evidence": MAX_EVIDENCE,
        "scope": scope.describe(),
        "events": events,
    }


def embed_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    return (resources.files("dateline") / "report_assets" / name).read_text("utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def render(data: dict[str, Any]) -> str:
    """The HTML page for ``data`` (see ``report_data``)."""
    css, script = _asset("report.css"), _asset("report.js")
    policy = (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; "
        f"script-src '{_sha256(script)}'; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    page = _asset("report.html")
    # Placeholders are replaced in one pass so that no inserted text is searched again.
    parts = {"CSP": policy, "CSS": css, "JS": script, "DATA": embed_json(data)}
    out, rest = [], page
    while "{{" in rest:
        head, _, tail = rest.partition("{{")
        key, _, rest = tail.partition("}}")
        out += [head, parts[key]]
    out.append(rest)
    return "".join(out)


def write_report(data_dir: str | Path, out_path: str | Path, scope: Scope | None = None) -> Path:
    """Write the report page of the chronology (in ``scope``) in ``data_dir`` to ``out_path``."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    html = render(report_data(data_dir, scope))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out
