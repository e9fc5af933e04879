"""The event evaluation on a tiny synthetic corpus and gold written to a temporary folder."""

from __future__ import annotations

import json

from dateline.eval_events import Gold, _match, evaluate, format_report, mention_key


def _write(tmp_path, gold_lines, docs_listed=None):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Rebels ambushed an army convoy near Tal Afar on Tuesday, killing at least 12 soldiers.\n"
        "The defence minister met tribal elders in Mosul on Wednesday.\n"
        "Analysts said drone strikes continue across the region.\n",
        "utf-8",
    )
    (corpus / "b.txt").write_text("Police raided a warehouse in Basra on Monday.\n", "utf-8")
    (corpus / "manifest.jsonl").write_text(
        json.dumps({"file": "a.txt", "published": "2024-05-10"})
        + "\n"
        + json.dumps({"file": "b.txt", "published": "2024-05-10"})
        + "\n",
        "utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in gold_lines) + "\n", "utf-8")
    if docs_listed is not None:
        (tmp_path / "gold_docs.txt").write_text("\n".join(docs_listed) + "\n", "utf-8")
    return gold, corpus


def _g(evidence, trigger, type_, date, event, killed=None, status="occurred", **kw):
    return {
        "source": "a.txt",
        "evidence": evidence,
        "trigger": trigger,
        "type": type_,
        "alt_types": [],
        "status": status,
        "date": date,
        "date_evidence": None,
        "event": event,
        "killed": killed,
        "location": None,
        **kw,
    }


GOLD = [
    _g(
        "Rebels ambushed an army convoy near Tal Afar on Tuesday",
        "ambushed",
        "attack",
        "2024-05-07",
        "ambush",
        [12, None],
    ),
    _g(
        "The defence minister met tribal elders in Mosul on Wednesday",
        "met",
        "meeting",
        "2024-05-09",
        "elders",
    ),
]


def test_perfect_scores_on_documents_listed(tmp_path):
    gold, corpus = _write(tmp_path, GOLD, docs_listed=["a.txt"])
    result = evaluate(gold, [corpus], explain=True)
    assert result["mentions"]["precision"] == 1.0
    assert result["mentions"]["recall"] == 1.0
    assert result["per_type"]["attack"]["f1"] == 1.0
    assert result["dates"]["exact"] == 0.5  # Wednesday is the 8th, gold says the 9th
    assert result["dates"]["within_1_day"] == 1.0
    assert result["status"]["accuracy"] == 1.0
    assert result["casualties"]["accuracy"] == 1.0
    assert len(result["explain"]["wrong_dates"]) == 1
    # b.txt is not annotated: its raid is not a false alarm
    assert result["explain"]["false_alarms"] == []
    json.dumps(result)  # plain JSON
    assert "overall" in format_report(result)


def test_unlisted_documents_count_without_docs_file(tmp_path):
    gold, corpus = _write(tmp_path, GOLD)
    result = evaluate(gold, [corpus], explain=True)
    assert result["mentions"]["precision"] == round(2 / 3, 4)
    assert [fa["trigger"] for fa in result["explain"]["false_alarms"]] == ["raided"]


def test_misses_wrong_type_and_optional_lines(tmp_path):
    lines = [
        {**GOLD[0], "type": "raid"},  # wrong type: the system's attack cannot match it
        {**GOLD[1], "optional": True},
    ]
    gold, corpus = _write(tmp_path, lines, docs_listed=["a.txt"])
    result = evaluate(gold, [corpus], explain=True)
    assert result["gold_mentions"] == 1 and result["gold_optional"] == 1
    assert result["mentions"]["recall"] == 0.0
    # the meeting matched an optional line: neither rewarded nor penalised
    assert result["system_mentions"] == 1
    assert [m["trigger"] for m in result["explain"]["misses"]] == ["ambushed"]


def test_grouping_hook_reports_chronology_and_b_cubed(tmp_path):
    gold, corpus = _write(tmp_path, GOLD, docs_listed=["a.txt"])

    def one_event_each(rows):
        return {mention_key(r): f"e{i}" for i, r in enumerate(rows)}

    result = evaluate(gold, [corpus], group=one_event_each)
    chron = result["chronology"]
    assert chron["gold_events_dated"] == 2
    assert chron["recall"] == 0.5  # the meeting's system date is a day off
    assert chron["b_cubed"]["f1"] == 1.0

    def all_one(rows):
        return {mention_key(r): "same" for r in rows}

    merged = evaluate(gold, [corpus], group=all_one)["chronology"]["b_cubed"]
    assert merged["recall"] == 1.0 and merged["precision"] == 0.5


def test_event_rows_give_the_event_date(tmp_path):
    gold, corpus = _write(tmp_path, GOLD, docs_listed=["a.txt"])

    def events_dated_by_gold(rows):
        # one event per mention, each carrying the gold date of its document line
        dates = {"ambushed": "2024-05-07", "met": "2024-05-09"}
        return [
            {"event_id": f"e{i}", "mention_ids": [r["mention_id"]], "date_value": dates.get(t)}
            for i, r in enumerate(rows)
            for t in [r["trigger_text"]]
        ]

    result = evaluate(gold, [corpus], group=events_dated_by_gold, explain=True)
    assert result["dates"]["exact"] == 0.5  # the mention's own date is a day off
    assert result["dates"]["event_exact"] == 1.0  # the event holding it has the gold date
    assert result["chronology"]["recall"] == 1.0
    assert result["explain"]["wrong_event_dates"] == []
    report = format_report(result)
    assert "event date" in report and "mention date" in report


def test_product_grouping_is_the_default(tmp_path):
    gold, corpus = _write(tmp_path, GOLD, docs_listed=["a.txt"])
    result = evaluate(gold, [corpus])
    assert "event_exact" in result["dates"]
    assert result["chronology"]["b_cubed"]["f1"] == 1.0
    assert evaluate(gold, [corpus], group=None)["dates"].get("event_exact") is None


def test_a_failing_grouping_is_reported_not_raised(tmp_path):
    gold, corpus = _write(tmp_path, GOLD, docs_listed=["a.txt"])

    def broken(rows):
        raise KeyError("mention_id")

    result = evaluate(gold, [corpus], group=broken)
    assert result["mentions"]["f1"] == 1.0
    assert "chronology" not in result
    assert any("grouping failed" in p for p in result["problems"])


# --- agreement of two annotations ---------------------------------------------------------


def test_agreement_scores_one_annotation_against_another(tmp_path):
    from dateline.eval_agreement import agreement

    ambush = _g(
        "Rebels ambushed an army convoy near Tal Afar",
        "ambushed",
        "attack",
        "2024-05-07",
        "ambush",
        [12, None],
    )
    meeting = _g(
        "The defence minister met tribal elders in Mosul", "met", "meeting", "2024-05-08", "elders"
    )
    b, corpus = _write(tmp_path, [ambush, meeting])
    same = agreement(b, b, [corpus])
    assert same["mentions"]["f1"] == 1.0
    assert same["dates"]["exact"] == 1.0
    assert same["chronology"]["b_cubed"]["f1"] == 1.0
    # the other annotator typed the ambush a raid, dated the meeting a day off, and left
    # the optional line unreported
    other = tmp_path / "other.jsonl"
    lines = [
        {**ambush, "type": "raid"},
        {**meeting, "date": "2024-05-09"},
        {
            **_g("Police raided a warehouse in Basra", "raided", "raid", "2024-05-06", "basra"),
            "source": "b.txt",
            "optional": True,
        },
    ]
    other.write_text("\n".join(json.dumps(g) for g in lines) + "\n", "utf-8")
    scored = agreement(other, b, [corpus])
    assert scored["mentions"]["precision"] == 0.5 and scored["mentions"]["recall"] == 0.5
    assert scored["dates"]["exact"] == 0.0
    assert agreement(other, b, [corpus], with_optional=True)["system_mentions"] == 3


def test_the_mention_on_the_gold_trigger_wins_over_an_earlier_one_in_the_evidence():
    evidence = "Iran said that barrage was retaliation for an April 1 strike on its consulate"
    gold = Gold(
        line=1,
        source="d",
        section=None,
        evidence=evidence,
        trigger="strike",
        type="strike",
        alt_types=[],
        status="occurred",
        date="2024-04-01",
        date_evidence=None,
        event="e",
        killed=None,
        location=None,
        optional=False,
        doc_key=("d", None),
        start=0,
        end=len(evidence),
    )

    def row(word):
        at = evidence.index(word)
        return {
            "_doc_key": ("d", None),
            "event_type": "strike",
            "trigger_start": at,
            "trigger_end": at + len(word),
            "sentence_start": 0,
            "sentence_end": len(evidence),
        }

    barrage, strike = row("barrage"), row("strike")
    assert _match([gold], [barrage, strike]) == [(gold, strike)]
