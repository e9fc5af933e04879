"""Weekdays of plans: a date something is moved to, and the simple present of a schedule.

Made-up sentences; the publication date varies over random days.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.temporal import tag

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PUB = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def value_of(text: str, phrase: str, dct: date) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    assert found, tag(text, dct)
    return found[0].resolution.value


def coming(dct: date, wd: int) -> date:
    return dct + timedelta(days=(wd - dct.weekday()) % 7)


@settings(max_examples=80, deadline=None)
@given(
    PUB,
    st.integers(0, 6),
    st.sampled_from(
        [
            "The talks were postponed to {d}.",
            "The vote has been put off to {d}.",
            "The hearing was rescheduled for {d}.",
            "The talks begin {d}.",
            "The council meets {d} in emergency session.",
            "Negotiations resume {d} in Geneva.",
            "A conference that Britain is hosting in London on {d} will discuss aid.",
            "The envoy is visiting Kabul on {d} for talks.",
        ]
    ),
)
def test_a_weekday_something_is_moved_to_or_scheduled_for_lies_ahead(dct, wd, template):
    text = template.format(d=WEEKDAYS[wd])
    assert value_of(text, WEEKDAYS[wd], dct) == coming(dct, wd).isoformat()


def test_the_date_moved_from_stays_behind():
    dct = date(2025, 3, 14)  # a Friday
    text = "The talks were postponed from Monday to Thursday."
    assert value_of(text, "Monday", dct) == "2025-03-10"
    assert value_of(text, "Thursday", dct) == "2025-03-20"


def test_the_past_tense_of_a_schedule_stays_behind():
    assert value_of("The talks began Monday.", "Monday", date(2025, 3, 14)) == "2025-03-10"


def test_a_progressive_of_no_arrangement_keeps_the_news_default():
    text = "Police are investigating the attack on Monday."
    assert value_of(text, "Monday", date(2025, 3, 14)) == "2025-03-10"
