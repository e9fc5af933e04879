"""Precision: words of the meeting and violence lexicons used in other senses, and mentions
that name a process, a proposal or a kind rather than one occurrence.

General English sentences written for these tests; timexes are built by hand (see
``test_events``).
"""

from __future__ import annotations

from test_events import counted


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m.trigger_text, m.event_type, m.status) for m in counted(text)]


def test_meeting_a_thing_is_satisfying_or_encountering_it():
    assert counted("Nations must raise their ambitions to meet global warming limits.") == []
    assert counted("The firm failed to meet the deadline set by regulators on Monday.") == []
    assert counted("The plan met with stiff resistance from farmers on Tuesday.") == []
    assert counted("Factories cannot meet the rapid rise in demand.") == []
    assert counted("The rebels said their demands were met on Monday.") == []


def test_meeting_a_person_amid_criticism_is_still_a_meeting():
    assert kinds("The envoy met Minister Ali Khan amid criticism on Monday.") == [
        ("met", "meeting", "occurred")
    ]
    assert kinds("The envoy met the minister on Monday to discuss targets.") == [
        ("met", "meeting", "occurred")
    ]


def test_a_thing_word_modifying_the_people_met_is_not_the_object():
    assert kinds("The president met with opposition leaders on Monday.") == [
        ("met with", "meeting", "occurred")
    ]
