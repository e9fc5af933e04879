"""Agreement of two independent annotations of one corpus, scored as system and gold.

The ceiling an extractor can be held to is how well two careful people agree on the same
text under the same guideline. This scores annotation ``a`` as if it were a system's output
against annotation ``b`` with exactly the rules of ``dateline eval events``: spans overlap
(``a``'s trigger, else its evidence, against ``b``'s evidence), types match, optional lines
of ``b`` are neither required nor penalised. Optional lines of ``a`` count as reported only
with ``with_optional`` (an annotator's "maybe" is no claim by default). Event dates,
chronology recall and B-cubed use ``a``'s own ``event`` keys as its grouping.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.eval_events import Gold, Row, _locate, read_doc_list, read_gold, run_corpus, score


def _rows(gold: list[Gold], text_of: dict, with_optional: bool) -> dict[tuple, list[Row]]:
    """Annotation lines as the mention rows ``score`` reads, per document."""
    rows: dict[tuple, list[Row]] = {}
    for g in gold:
        if g.doc_key is None or (g.optional and not with_optional):
            continue
        at = text_of[g.doc_key].find(g.trigger, g.start, g.end)
        start = at if at >= 0 else g.start
        low, high = [*(g.killed or []), None, None][:2]
        key = f"{g.source}:{g.line}"
        rows.setdefault(g.doc_key, []).append(
            {
                "_doc_key": g.doc_key,
                "key": key,
                "mention_id": key,
                "event_id": g.event,
                "event_type": g.type,
                "status": g.status,
                "trigger_text": g.trigger,
                "trigger_start": start,
                "trigger_end": start + len(g.trigger),
                "sentence_start": g.start,
                "sentence_end": g.end,
                "date_value": g.date,
                "killed_low": low,
                "killed_high": high,
            }
        )
    return rows


def agreement(
    a_path: str | Path,
    b_path: str | Path,
    corpus_paths: list[str | Path],
    with_optional: bool = False,
) -> dict[str, Any]:
    """Scores of annotation ``a`` against annotation ``b`` (both GUIDE.md gold files)."""
    docs, problems = run_corpus(corpus_paths)
    by_key = {d.key: d for d in docs}
    a = read_gold(a_path)
    lost = _locate(a, by_key)
    problems += [f"{a_path}: evidence not found: {g.evidence!r}" for g in lost]
    rows = _rows(a, {k: d.text for k, d in by_key.items()}, with_optional)
    for d in docs:
        d.rows = rows.get(d.key, [])
    b = read_gold(b_path)
    return score(b, docs, read_doc_list(b_path), group=None, problems=problems)
