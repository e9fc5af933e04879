"""Property tests of event dating through the product path (tagger + events).

Made-up sentences in the conventions of news English, over random publication dates: a
weekday is the last one on or before the publication day (that day itself included) in a
past-tense report and the next one on or after it in a plan; a date given only in a
trailing "officials said <day>" dates the saying, not the event; a sentence with no
temporal expression leaves its event unresolved, never dated by the publication date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.pipeline import extract
from extractors.records import Document

WEEKDAYS = list(calendar.day_name)  # English: the C locale tests run in
MONTHS = list(calendar.month_name)[1:]
PAST = [
    "Gunmen attacked a police post in the north on {d}.",
    "On {d}, gunmen attacked a police post in the north.",
    "A suicide bomber attacked a market in the capital {d}, killing five people.",
    "Police raided a house in the capital on {d}.",
    "The foreign ministers met in Geneva on {d}.",
    "Warplanes struck rebel positions near the border on {d}, the army said.",
]
FUTURE = [
    "The foreign ministers will meet in Geneva on {d}.",
    "The two leaders will hold talks in Cairo on {d}.",
]
UNDATED = [
    "Gunmen attacked a police post in the north, killing two soldiers.",
    "A drone strike hit a compound in the village.",
    "Police raided a house in the capital and seized weapons.",
    "The foreign ministers met in Geneva to discuss the ceasefire.",
    "A car bomb exploded near the ministry, police said.",
]
TRAILING = [
    "A drone strike hit a compound in the village, officials said {d}.",
    "Gunmen attacked a police post in the north, killing two soldiers, police said {d}.",
]
PUB = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def mentions(text: str, published: date | None):
    doc = Document("d", "probe", text, 0, len(text), published, "record")
    return [m for m in extract(doc).mentions if m.status in ("occurred", "planned", "cancelled")]


def last_on_or_before(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def next_on_or_after(pub: date, weekday: int) -> date:
    return pub + timedelta(days=(weekday - pub.weekday()) % 7)


@settings(max_examples=120, deadline=None)
@given(PUB, st.sampled_from(PAST), st.integers(0, 6), st.sampled_from(["", " night"]))
def test_past_weekday_is_the_last_one_on_or_before_publication(pub, template, wd, night):
    found = mentions(template.format(d=WEEKDAYS[wd] + night), pub)
    assert found
    want = last_on_or_before(pub, wd).isoformat()
    assert {m.date_value[:10] for m in found} == {want}


@settings(max_examples=80, deadline=None)
@given(PUB, st.sampled_from(FUTURE), st.integers(0, 6))
def test_planned_weekday_is_the_next_one_on_or_after_publication(pub, template, wd):
    found = mentions(template.format(d=WEEKDAYS[wd]), pub)
    assert found and all(m.status == "planned" for m in found)
    assert {m.date_value for m in found} == {next_on_or_after(pub, wd).isoformat()}


@settings(max_examples=80, deadline=None)
@given(st.one_of(st.none(), PUB), st.sampled_from(UNDATED))
def test_no_temporal_expression_leaves_the_event_unresolved(pub, text):
    found = mentions(text, pub)
    assert found
    assert all(m.date_value is None and m.date_type == "unresolved" for m in found)


@settings(max_examples=80, deadline=None)
@given(PUB, st.sampled_from(TRAILING), st.integers(0, 6))
def test_trailing_date_of_saying_does_not_date_the_event(pub, template, wd):
    found = mentions(template.format(d=WEEKDAYS[wd]), pub)
    assert found and all(m.date_value is None for m in found)


@settings(max_examples=80, deadline=None)
@given(PUB, st.integers(0, 6), st.integers(0, 6))
def test_reported_speech_dates_the_event_by_its_own_day(pub, said, held):
    text = (
        f"Officials said on {WEEKDAYS[said]} that the talks between the two sides were "
        f"held on {WEEKDAYS[held]}."
    )
    found = mentions(text, pub)
    assert [m.date_value for m in found] == [last_on_or_before(pub, held).isoformat()]


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(["The previous day", "The day before", "A day earlier"]),
)
def test_previous_day_chains_to_the_explicit_date_before_it(day, phrase):
    text = (
        f"A car bomb exploded in the capital on {MONTHS[day.month - 1]} {day.day}, "
        f"{day.year}. {phrase}, gunmen attacked a checkpoint in the north."
    )
    found = mentions(text, day + timedelta(days=3))
    assert [m.date_value for m in found] == [
        day.isoformat(),
        (day - timedelta(days=1)).isoformat(),
    ]


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(1, 9),
    st.sampled_from(["after", "before"]),
)
def test_a_count_of_days_from_a_dated_anchor(day, n, side):
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    text = (
        f"{words[n - 1].capitalize()} days {side} the bombing of the embassy on "
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}, warplanes struck rebel positions."
    )
    found = {m.trigger_text: m.date_value for m in mentions(text, day + timedelta(days=30))}
    sign = 1 if side == "after" else -1
    assert found["struck"] == (day + timedelta(days=sign * n)).isoformat()
    assert found["bombing"] == day.isoformat()


@settings(max_examples=60, deadline=None)
@given(PUB, st.sampled_from(["last week", "earlier this week", "this week"]))
def test_week_expressions_give_an_iso_week(pub, phrase):
    found = mentions(f"Gunmen attacked a police post in the north {phrase}.", pub)
    ref = pub - timedelta(days=7) if phrase == "last week" else pub
    year, week, _ = ref.isocalendar()
    assert [(m.date_value, m.date_granularity) for m in found] == [(f"{year}-W{week:02d}", "week")]


@settings(max_examples=60, deadline=None)
@given(PUB, st.sampled_from(["last month", "earlier this month", "this month"]))
def test_month_expressions_give_a_month(pub, phrase):
    found = mentions(f"Gunmen attacked a police post in the north {phrase}.", pub)
    ref = pub.replace(day=1) - timedelta(days=1) if phrase == "last month" else pub
    assert [(m.date_value, m.date_granularity) for m in found] == [(ref.strftime("%Y-%m"), "month")]


@settings(max_examples=60, deadline=None)
@given(PUB, st.sampled_from(["last year", "this year"]))
def test_year_expressions_give_a_year(pub, phrase):
    found = mentions(f"The president visited the capital {phrase}.", pub)
    want = pub.year - 1 if phrase == "last year" else pub.year
    assert [(m.date_value, m.date_granularity) for m in found] == [(str(want), "year")]


@settings(max_examples=60, deadline=None)
@given(PUB, st.sampled_from(["next week", "later this month", "next month"]))
def test_meetings_ahead_are_planned_and_dated_ahead(pub, phrase):
    found = mentions(f"The foreign ministers will meet in Geneva {phrase}.", pub)
    assert [m.status for m in found] == ["planned"]
    assert found[0].date_end >= pub


PIECES = [
    "two days after",
    "the day before",
    "on the eve of",
    "a week before",
    "in the weeks before",
    "one year after",
    "the attack",
    "the talks",
    "gunmen attacked",
    "met",
    "on Monday",
    "March 3",
    "last year's bombings",
    "which began in January",
    ",",
    "KABUL, March 14 (Reuters) -",
    "said",
    "his Sunday Mass",
    "the site of the shooting",
    "a rifle found in April",
    "postponed to Thursday",
    ".",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14), st.one_of(st.none(), PUB))
def test_dating_never_fails_and_never_dates_by_publication_alone(pieces, pub):
    text = " ".join(pieces)
    doc = Document("d", "probe", text, 0, len(text), pub, "record")
    for m in extract(doc).mentions:
        assert (m.date_value is None) == (m.date_start is None)
        if m.date_value is None:
            assert m.date_type == "unresolved"
        else:
            assert m.date_start <= m.date_end
