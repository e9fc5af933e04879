"""Property tests: offsets slice to the text, spans are ordered, resolution stays near the DCT."""

import calendar
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.temporal import GRANULARITIES, resolve, tag
from extractors.temporal.model import DATE_TYPES, TIMEX_TYPES

WEEKDAYS = list(calendar.day_name)  # English: the C locale tests run in
MONTHS = list(calendar.month_name)[1:]
PIECES = [
    *WEEKDAYS,
    *MONTHS,
    "the previous day",
    "two days later",
    "last week",
    "this year",
    "3 p.m.",
    "March 15-20",
    "1998",
    "$2,000",
    "45%",
    "will meet",
    "met",
    "in",
    "on",
    "we",
    "may",
    "the",
    "said",
    ".",
    ",",
    "\n",
    "three days",
    "the 1990s",
    "mid-2010",
    "9/11",
    "Sept. 11",
]

dcts = st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31))
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.none(), dcts))
def test_offsets_slice_to_text_sorted_and_disjoint(text, dct):
    found = tag(text, dct)
    end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= end and t.end > t.start
        end = t.end
        r = t.resolution
        assert r.type in TIMEX_TYPES and r.date_type in DATE_TYPES
        assert r.granularity is None or r.granularity in GRANULARITIES
        assert r.reason
        if r.start is not None and r.end is not None:
            assert r.start <= r.end
        if r.date_type == "unresolved":
            assert r.start is None and r.end is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WEEKDAYS), dcts, st.sampled_from(["met", "will meet", "said"]))
def test_weekday_lands_within_a_week_of_dct(weekday, dct, verb):
    found = tag(f"The envoys {verb} {weekday} in Geneva.", dct)
    assert len(found) == 1
    r = found[0].resolution
    assert r.granularity == "day" and r.start.strftime("%A") == weekday
    assert abs((r.start - dct).days) < 7
    if verb == "will meet":
        assert r.start >= dct
    else:
        assert r.start <= dct


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(MONTHS), dcts)
def test_month_without_year_lands_within_twelve_months(month, dct):
    r = resolve(f"in {month}", dct)
    assert r.granularity == "month" and r.start.strftime("%B") == month
    assert abs((r.start - dct.replace(day=1)).days) <= 366


@settings(max_examples=200, deadline=None)
@given(dcts)
def test_previous_day_is_one_day_before_focus(dct):
    focus = dct - timedelta(days=40)
    text = (
        f"It began on {focus.strftime('%B')} {focus.day}, {focus.year}. The previous day was calm."
    )
    found = tag(text, dct)
    assert [t.resolution.start for t in found] == [focus, focus - timedelta(days=1)]


@settings(max_examples=150, deadline=None)
@given(
    dct=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
    back=st.integers(min_value=1, max_value=6),
    word=st.sampled_from(["Yesterday", "Today", "Tomorrow"]),
)
def test_quoted_deixis_counts_from_the_weekday_of_the_statement(dct, back, word):
    said = dct - timedelta(days=back)
    text = f'"{word} is the day," the spokesman said on {WEEKDAYS[said.weekday()]}.'
    found = {t.text: t.value for t in tag(text, dct)}
    offset = {"Yesterday": -1, "Today": 0, "Tomorrow": 1}[word]
    assert found[WEEKDAYS[said.weekday()]] == said.isoformat()
    assert found[word] == (said + timedelta(days=offset)).isoformat()


@settings(max_examples=150, deadline=None)
@given(
    dct=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
    n=st.integers(min_value=1, max_value=40),
    weekday=st.sampled_from(WEEKDAYS),
)
def test_years_ago_on_a_weekday_is_that_weekday_of_the_week_so_many_years_back(dct, n, weekday):
    found = tag(f"{n} years ago on {weekday}, gunmen stormed the school.", dct)
    assert [t.text for t in found] == [f"{n} years ago on {weekday}"]
    day = dct - timedelta(days=(dct.weekday() - WEEKDAYS.index(weekday)) % 7)
    value = date.fromisoformat(found[0].resolution.value)
    assert value.year == day.year - n
    if (day.month, day.day) != (2, 29):
        assert (value.month, value.day) == (day.month, day.day)
