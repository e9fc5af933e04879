"""TimeML reading/writing and the TempEval-3 Task A scorer on a tiny hand-made document."""

from datetime import date

import pytest

from dateline.timeml import GoldTimex, parse_timeml, score, write_timeml
from extractors.temporal.model import Resolution, Timex

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-18" functionInDocument="CREATION_TIME">2011-03-18</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> <TIMEX3 tid="t1" type="DATE" value="2011-03-17">Thursday</TIMEX3> &amp; held the town for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> before <TIMEX3 tid="t3" type="DATE" value="2011-03" mod="START">early March</TIMEX3> ended.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def _sys(text, s, e, type_, value):
    r = Resolution(value, type_, None, None, None, "exact", "test")
    return Timex(text[s:e], s, e, r)


def test_read_strips_tags_and_keeps_offsets():
    doc = parse_timeml(DOC)
    assert doc.dct == date(2011, 3, 18)
    assert "&" in doc.text and "<" not in doc.text
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("Thursday", "DATE", "2011-03-17", None),
        ("three days", "DURATION", "P3D", None),
        ("early March", "DATE", "2011-03", "START"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_scorer_strict_relaxed_and_value():
    doc = parse_timeml(DOC)
    text = doc.text
    i = text.index("Thursday")
    j = text.index("three days")
    k = text.index("March")
    system = [
        _sys(text, i, i + 8, "DATE", "2011-03-17"),  # strict, right value
        _sys(text, j, j + 5, "DURATION", "P3D"),  # relaxed only ("three")
        _sys(text, k, k + 5, "DATE", "2010-03"),  # relaxed, wrong value
        _sys(text, 1, 6, "DATE", "XXXX"),  # spurious ("Rebels")
    ]
    s = score([(doc.timexes, system)])
    assert (s["n_gold"], s["n_system"], s["n_strict"], s["n_relaxed"]) == (3, 4, 1, 3)
    assert s["strict_precision"] == pytest.approx(1 / 4)
    assert s["strict_recall"] == pytest.approx(1 / 3)
    assert s["relaxed_precision"] == pytest.approx(3 / 4)
    assert s["relaxed_recall"] == pytest.approx(1.0)
    f = 2 * 0.75 / 1.75
    assert s["relaxed_f1"] == pytest.approx(f)
    assert s["value_accuracy"] == pytest.approx(2 / 3)
    assert s["value_f1"] == pytest.approx(f * 2 / 3)
    assert s["type_accuracy"] == pytest.approx(1.0)
    assert s["type_f1"] == pytest.approx(f)


def test_scorer_compares_values_case_insensitively():
    g = [GoldTimex(0, 3, "now", "DATE", "PRESENT_REF")]
    s = score([(g, [_sys("now", 0, 3, "DATE", "present_ref")])])
    assert s["value_accuracy"] == 1.0 and s["strict_f1"] == 1.0


def test_write_replaces_annotation_inside_text_only():
    doc = parse_timeml(DOC)
    i = doc.text.index("Thursday")
    r = Resolution("2011-03-17", "DATE", None, None, "day", "exact", "x", "START")
    out = write_timeml(doc, [Timex("Thursday", i, i + 8, r)])
    assert '<DCT><TIMEX3 tid="t0"' in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2011-03-17" mod="START">Thursday</TIMEX3>' in out
    assert "EVENT" not in out and "TLINK" not in out and "P3D" not in out
    assert "&amp; held" in out
    again = parse_timeml(out)
    assert again.text == doc.text
    assert [(t.start, t.end) for t in again.timexes] == [(i, i + 8)]
