"""Unit tests of the temporal tagger on made-up English news sentences."""

from datetime import date

import pytest

from extractors.temporal import GRANULARITIES, resolve, tag

FRI = date(2011, 3, 18)  # a Friday
WED = date(2011, 9, 14)  # a Wednesday, ISO week 37
JAN = date(2011, 1, 20)  # a Thursday in January


def spans(text, dct=FRI):
    return [(t.text, t.value) for t in tag(text, dct)]


def one(text, dct=FRI):
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------ weekdays and tense


def test_weekday_in_past_tense_is_the_previous_one():
    t = one("The ministers met Tuesday in the capital.")
    assert t.text == "Tuesday" and t.value == "2011-03-15"
    assert "past" in t.resolution.reason


def test_weekday_of_the_dct_is_the_dct_itself():
    assert one("Protesters marched Friday through the old town.").value == "2011-03-18"


def test_weekday_in_future_tense_is_the_next_one():
    assert one("The two leaders will meet Tuesday.").value == "2011-03-22"
    assert one("The report is due Monday, officials said.", WED).value == "2011-09-19"
    assert one("The vote is scheduled for Thursday.").value == "2011-03-24"


def test_last_and_next_weekday():
    assert one("The strike began last Friday.").value == "2011-03-11"
    assert one("He leaves next Monday.").value == "2011-03-21"


def test_weekday_without_dct_is_unresolved_with_reason():
    r = one("Rebels attacked the town on Sunday.", None).resolution
    assert r.date_type == "unresolved" and r.start is None
    assert "no publication date" in r.reason


def test_without_dct_relative_expressions_say_why():
    text = "Now, two years ago, last week and this year differ from March 17, 2011."
    found = tag(text, None)
    assert [t.text for t in found] == [
        "Now",
        "two years ago",
        "last week",
        "this year",
        "March 17, 2011",
    ]
    for t in found[:-1]:
        assert (
            t.resolution.date_type == "unresolved" and "no publication date" in t.resolution.reason
        )
    assert found[-1].resolution.date_type == "exact"


# ------------------------------------------------------------ dates, months, years


def test_full_date_resolves_without_dct():
    t = one("The plant was hit on March 17, 2011, by a wave.", None)
    assert (t.text, t.value, t.resolution.date_type) == ("March 17, 2011", "2011-03-17", "exact")
    assert t.resolution.start == t.resolution.end == date(2011, 3, 17)


def test_month_without_year_in_january_story_is_the_previous_one():
    t = one("In October, the army pulled back.", JAN)
    assert t.value == "2010-10" and t.resolution.granularity == "month"
    assert t.resolution.start == date(2010, 10, 1) and t.resolution.end == date(2010, 10, 31)


def test_month_without_year_in_future_tense_is_the_next_one():
    assert one("Elections will be held in October.", JAN).value == "2011-10"


def test_month_day_of_this_year():
    assert one("He was arrested on January 7 of this year.", date(2011, 6, 1)).value == "2011-01-07"


def test_month_and_year_stays_a_month():
    r = one("Prices rose in July 2009.").resolution
    assert r.value == "2009-07" and r.granularity == "month"


def test_year_and_possessive_year():
    assert spans("Sales in 1998 beat 1998's forecast.") == [("1998", "1998"), ("1998", "1998")]


def test_fiscal_year():
    assert one("Profit for fiscal 1998 fell.").value == "1998"


def test_decade():
    t = one("Unemployment was low in the 1990s.")
    assert t.text == "1990s" and t.resolution.granularity == "decade"
    assert t.resolution.start == date(1990, 1, 1) and t.resolution.end == date(1999, 12, 31)


def test_sept_11_and_9_11_are_dates():
    assert [x[0] for x in spans("Since the Sept. 11 attacks and 9/11, travel fell.")] == [
        "Sept. 11",
        "9/11",
    ]


def test_election_year_is_tagged_but_not_the_election():
    assert spans("Campaigns for the 2024 election began.") == [("2024", "2024")]


# ------------------------------------------------------------ deictic and relative


@pytest.mark.parametrize(
    "expr, value",
    [
        ("today", "2011-03-18"),
        ("yesterday", "2011-03-17"),
        ("tomorrow", "2011-03-19"),
        ("tonight", "2011-03-18TNI"),
        ("this morning", "2011-03-18TMO"),
        ("last month", "2011-02"),
        ("this year", "2011"),
        ("next year", "2012"),
        ("last year", "2010"),
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("two years ago", "2009"),
        ("last spring", "2010-SP"),
        ("the first quarter", "2011-Q1"),
    ],
)
def test_relative_expressions(expr, value):
    assert resolve(expr, FRI).value == value


def test_this_week_is_an_iso_week():
    r = resolve("this week", WED)
    assert r.value == "2011-W37" and r.granularity == "week"
    assert r.start == date(2011, 9, 12) and r.end == date(2011, 9, 18)


def test_last_week_and_later_this_week():
    assert resolve("last week", WED).value == "2011-W36"
    r = resolve("later this week", WED)
    assert r.value == "2011-W37" and r.mod == "END" and r.date_type == "approximate"


def test_earlier_this_month():
    r = resolve("earlier this month", WED)
    assert r.value == "2011-09" and r.mod == "START"


def test_ago_has_the_unit_granularity():
    r = resolve("two years ago", FRI)
    assert r.type == "DATE" and r.granularity == "year" and r.value == "2009"
    assert resolve("a week ago", WED).value == "2011-W36"


def test_sunday_night():
    r = one("Shelling resumed Sunday night.").resolution
    assert r.type == "TIME" and r.value == "2011-03-13TNI"


def test_mods():
    assert resolve("mid-2010", FRI).mod == "MID"
    r = resolve("early March", FRI)
    assert r.mod == "START" and r.granularity == "month" and r.value == "2011-03"
    assert resolve("late 2009", FRI).mod == "END"


def test_vague_references():
    assert resolve("recent weeks", FRI).date_type == "approximate"
    assert resolve("recently", FRI).value == "PAST_REF"


# ------------------------------------------------------------ durations and sets


def test_durations_are_not_offsets():
    t = one("The past three years were hard.")
    assert (t.text, t.type, t.value) == ("The past three years", "DURATION", "P3Y")
    t = one("After three days of clashes, calm returned.")
    assert (t.text, t.type, t.value) == ("three days", "DURATION", "P3D")
    assert t.resolution.start is None
    assert resolve("five hours", FRI).value == "PT5H"


def test_sets():
    assert resolve("every Friday", FRI).type == "SET"
    assert resolve("daily", FRI).value == "P1D"


# ------------------------------------------------------------ narrative focus


def test_previous_day_is_anchored_to_date_in_focus():
    text = "The bomb exploded on March 3, 2011. The previous day, police had raised the alert."
    found = tag(text, FRI)
    assert [t.value for t in found] == ["2011-03-03", "2011-03-02"]
    assert "2011-03-03" in found[1].resolution.reason


def test_days_later_and_next_day_follow_the_focus():
    text = "Talks opened on May 2, 2010. Two days later they broke down, and the next day troops moved."
    assert [t.value for t in tag(text, FRI)] == ["2010-05-02", "2010-05-04", "2010-05-05"]


def test_previous_day_without_earlier_date_uses_dct():
    assert one("The previous day was calm.").value == "2011-03-17"


# ------------------------------------------------------------ ranges


def test_day_range_in_one_timex():
    t = one("Fighting raged March 15-20 near the port.", date(2011, 4, 1))
    r = t.resolution
    assert t.text == "March 15-20" and r.date_type == "range"
    assert (r.start, r.end) == (date(2011, 3, 15), date(2011, 3, 20))


def test_between_two_dates_gives_two_timexes_and_resolve_gives_a_range():
    text = "between January 23 and February 21"
    assert [t.text for t in tag(text, date(2011, 3, 1))] == ["January 23", "February 21"]
    r = resolve(text, date(2011, 3, 1))
    assert r.date_type == "range" and (r.start, r.end) == (date(2011, 1, 23), date(2011, 2, 21))
    r = resolve("from 2001 to 2005", FRI)
    assert (r.start, r.end) == (date(2001, 1, 1), date(2005, 12, 31))


# ------------------------------------------------------------ world knowledge


@pytest.mark.parametrize("holiday", ["Ramadan", "Election Day", "Independence Day"])
def test_holidays_need_world_knowledge(holiday):
    r = one(f"Shops were closed for {holiday}.").resolution
    assert r.date_type == "unresolved" and "world knowledge" in r.reason


# ------------------------------------------------------------ false positives


@pytest.mark.parametrize(
    "text",
    [
        "We may march to the sea, we said.",
        "The price rose to $2,000 and 1,500 people came.",
        "Turnout was 45 percent and 2000% of nothing.",
        "He came second in the race.",
        "See https://example.com/2011/03/17/story.html for details.",
        "The sun sat low; we sat in the sun.",
        "She bought 3 of the 12 boxes.",
        "He is a 44-year-old engineer.",
    ],
)
def test_no_false_positives(text):
    assert tag(text, FRI) == []


def test_may_and_march_as_months_when_capitalised_in_date_context():
    assert spans("The law passed in May and took effect March 1.") == [
        ("May", "2010-05"),
        ("March 1", "2011-03-01"),
    ]


def test_granularity_is_always_known():
    for t in tag("In early March, last week, two years ago and now.", FRI):
        assert t.resolution.granularity is None or t.resolution.granularity in GRANULARITIES
