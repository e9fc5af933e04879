"""Dates of plans, "when" clauses and count phrases on made-up probe sentences.

Plans: a weekday governed by a plan verb far to its left ("is scheduled to meet <long
object> on Monday") lies ahead; a date a plan was set for ("set for January", "had been
scheduled for Thursday") is the nearest one of that name, on either side of the report, unless
the plan is told in the present ("are set for January": ahead). A plan told in the simple
past ("were due to visit Gaza on Tuesday") is the nearest day of that name; "a planned visit
in November" lies ahead unless told in the past; "is likely to" looks ahead, and a hyphenated
participle ("rebel-held") is no past verb. Property tests run over random publication dates.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from test_events import tagged

from extractors.pipeline import extract
from extractors.records import Document
from extractors.temporal import tag

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = (
    "January February March April May June July August September October November December"
).split()
PUB = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def value_of(text: str, phrase: str, dct: date) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    assert found, tag(text, dct)
    return found[0].resolution.value


def dates(text: str, published: date) -> list[tuple[str, str | None]]:
    doc = Document("d", "probe", text, 0, len(text), published, "record")
    return [
        (m.trigger_text, m.date_value)
        for m in extract(doc).mentions
        if m.status in ("occurred", "planned", "cancelled")
    ]


def date_of(text: str, trigger: str, published: date) -> str | None:
    found = [d for t, d in dates(text, published) if t == trigger]
    assert found, dates(text, published)
    return found[0]


def coming(dct: date, wd: int) -> date:
    return dct + timedelta(days=(wd - dct.weekday()) % 7)


def nearest_month(dct: date, m: int) -> str:
    here = dct.year * 12 + dct.month - 1
    best = min(
        (y * 12 + m - 1 for y in (dct.year - 1, dct.year, dct.year + 1)),
        key=lambda k: abs(k - here),
    )
    return f"{best // 12}-{best % 12 + 1:02d}"


# --- a plan verb far to the left ---------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    PUB,
    st.integers(0, 6),
    st.sampled_from(
        [
            "She is scheduled to meet the country's new police chief in the capital on {d}.",
            "The envoy plans to hold talks with the leaders of both rebel factions in Nairobi "
            "on {d}.",
            "The minister will travel to the northern border province of the country on {d}.",
            "He said he would still travel to the port and meet its governor and the mayor on {d}.",
        ]
    ),
)
def test_a_far_plan_verb_puts_the_weekday_ahead(dct, wd, template):
    text = template.format(d=WEEKDAYS[wd])
    assert value_of(text, WEEKDAYS[wd], dct) == coming(dct, wd).isoformat()


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_a_far_past_verb_keeps_the_weekday_behind(dct, wd):
    text = (
        f"The rebels attacked the main police station in the northern town near the border "
        f"on {WEEKDAYS[wd]}."
    )
    back = dct - timedelta(days=(dct.weekday() - wd) % 7)
    assert value_of(text, WEEKDAYS[wd], dct) == back.isoformat()


# --- the date a plan was set for ---------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    PUB,
    st.integers(1, 12),
    st.sampled_from(
        [
            "A round of technical talks set for {m} in the port city was called off.",
            "The minister postponed a visit that had been scheduled for {m}.",
            "A summit planned for {m} was cancelled.",
        ]
    ),
)
def test_a_month_a_plan_was_set_for_is_the_nearest_one(dct, m, template):
    text = template.format(m=MONTHS[m - 1])
    assert value_of(text, MONTHS[m - 1], dct) == nearest_month(dct, m)


def test_a_plan_told_in_the_present_lies_ahead():
    dct = date(2021, 2, 23)
    assert value_of("The talks are set for January.", "January", dct) == "2022-01"


def nearest_weekday(dct: date, wd: int) -> date:
    ahead = (wd - dct.weekday()) % 7
    return dct + timedelta(days=ahead) if ahead <= 3 else dct - timedelta(days=7 - ahead)


def next_month(dct: date, m: int) -> str:
    year = dct.year + (m < dct.month)  # this month counts as ahead
    return f"{year}-{m:02d}"


@settings(max_examples=40, deadline=None)
@given(
    PUB,
    st.integers(0, 6),
    st.sampled_from(
        [
            "The envoy is expected to fly to the rebel-held capital on {d} for talks.",
            "The dispute is likely to dominate a meeting of Iranian-backed factions on {d}.",
        ]
    ),
)
def test_a_hyphenated_participle_or_likely_to_leaves_the_plan_ahead(dct, wd, template):
    # "rebel-held" is an adjective, not a past verb; "is likely to" looks ahead
    text = template.format(d=WEEKDAYS[wd])
    assert value_of(text, WEEKDAYS[wd], dct) == coming(dct, wd).isoformat()


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_a_plan_told_in_the_simple_past_is_the_nearest_weekday(dct, wd):
    text = f"Arab League foreign ministers were also due to visit Gaza on {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == nearest_weekday(dct, wd).isoformat()


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6), st.sampled_from(["were", "was also"]))
def test_was_to_is_a_plan_told_in_the_past_without_a_plan_word(dct, wd, was):
    text = f"Security chiefs {was} to meet the president on {WEEKDAYS[wd]} to review protection."
    assert value_of(text, WEEKDAYS[wd], dct) == nearest_weekday(dct, wd).isoformat()


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_a_plan_in_the_simple_past_reaches_past_a_place_with_commas(dct, wd):
    text = (
        "Ministers were due to hold an emergency meeting in Jakarta, Indonesia, "
        f"on {WEEKDAYS[wd]} to discuss the crisis."
    )
    assert value_of(text, WEEKDAYS[wd], dct) == nearest_weekday(dct, wd).isoformat()


def test_talks_on_a_topic_due_to_open_on_a_weekday_take_that_day():
    text = (
        "The United Nations has postponed peace talks on Yemen that were due to open in "
        "Geneva on Thursday, officials said."
    )
    assert date_of(text, "peace talks", date(2015, 5, 27)) == "2015-05-28"


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(1, 12))
def test_a_planned_visit_lies_ahead_unless_told_in_the_past(dct, m):
    month = MONTHS[m - 1]
    ahead = f"A planned visit by the president to Paris in {month} has not been confirmed."
    told = f"A planned visit by the president to Paris in {month} was cancelled."
    assert value_of(ahead, month, dct) == next_month(dct, m)
    assert value_of(told, month, dct) == nearest_month(dct, m)


def test_likely_to_hold_talks_is_a_plan():
    text = "The dispute is likely to dominate a meeting in Geneva between the two envoys."
    found = [
        m
        for m in extract(
            Document("d", "p", text, 0, len(text), date(2017, 4, 8), "record")
        ).mentions
    ]
    assert [(m.trigger_text, m.status) for m in found] == [("meeting", "planned")]


def test_a_cancelled_meeting_scheduled_for_a_weekday_two_days_on():
    dct = date(2024, 4, 2)  # a Tuesday
    text = "A meeting of the ministers, which had been scheduled for Thursday, was cancelled."
    assert value_of(text, "Thursday", dct) == "2024-04-04"


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_the_day_a_plan_was_set_for_is_the_nearest_one(dct, wd):
    text = f"A meeting of coalition leaders that was set for {WEEKDAYS[wd]} was postponed."
    assert value_of(text, WEEKDAYS[wd], dct) == nearest_weekday(dct, wd).isoformat()


def test_as_scheduled_keeps_the_future_of_the_sentence():
    dct = date(2021, 2, 23)
    assert value_of("The vote will be held as scheduled on Monday.", "Monday", dct) == "2021-03-01"


# --- a "when" clause after a date --------------------------------------------------------

PUBDAY = date(2022, 5, 13)  # a Friday


def test_a_when_clause_after_since_takes_that_year():
    text = (
        "The attack was the deadliest in the city since 2016, when a double suicide bombing "
        "at a wedding hall killed at least 45 people."
    )
    assert date_of(text, "suicide bombing", PUBDAY) == "2016"


def test_a_when_clause_after_a_month_takes_that_month():
    text = (
        "Drones had not struck the region since last October, when a strike on a training "
        "camp was followed by allegations of civilian deaths."
    )
    assert date_of(text, "strike", PUBDAY) == "2021-10"


def test_a_when_clause_after_a_weekday():
    text = "Talks resumed on Monday, when the envoys met in Geneva."
    assert date_of(text, "met", PUBDAY) == "2022-05-09"


# --- dates inside the anchor of a count; transparent nouns; attributions -------------------


def test_a_date_inside_the_anchor_clause_is_the_anchors():
    text = (
        "The announcement came two days after the minister spoke by telephone with his "
        "counterpart, Ilse Varga, on Wednesday."
    )
    assert date_of(text, "spoke by telephone", PUBDAY) == "2022-05-11"


def test_a_fronted_count_still_dates_the_main_clause():
    text = "Two days after the bombing on May 3, warplanes struck rebel positions."
    assert date_of(text, "struck", PUBDAY) == "2022-05-05"


def test_a_round_of_negotiations_takes_the_date_of_its_verb():
    text = (
        "A third round of peace negotiations between the government and the rebels ended in "
        "Nairobi on Thursday without an agreement."
    )
    assert date_of(text, "negotiations", PUBDAY) == "2022-05-12"


def test_details_of_an_event_still_do_not_take_the_date_of_their_verb():
    text = "Details of the slaying emerged on Sunday."
    assert date_of(text, "slaying", PUBDAY) is None


def test_according_to_is_a_source_not_a_statement_date():
    text = "The envoy spoke by phone with the president on Tuesday, according to a statement."
    assert date_of(text, "spoke by phone", PUBDAY) == "2022-05-10"


# --- overnight, shown events, a week narrowed to the document's one day --------------------


@settings(max_examples=40, deadline=None)
@given(PUB)
def test_overnight_is_the_day_the_night_ends_on(dct):
    text = "Rebels attacked the army base overnight."
    assert date_of(text, "attacked", dct) == dct.isoformat()


def test_overnight_with_a_statement_day_is_that_day():
    text = (
        "Warplanes carried out a series of airstrikes overnight on the town, killing 14 "
        "people, residents said Thursday."
    )
    assert date_of(text, "airstrikes", PUBDAY) == "2022-05-12"


def test_overnight_after_a_long_object_is_still_the_adverb_of_the_trigger():
    text = (
        "The security service said on Friday that its officers had raided an apartment in "
        "the southern port city of Zarport overnight and detained three men."
    )
    assert date_of(text, "raided", PUBDAY) == "2022-05-13"


def test_a_date_after_again_is_a_repeat_not_the_first_occurrence():
    text = "Gunmen attacked the village on Monday and again on Wednesday."
    assert date_of(text, "attacked", PUBDAY) == "2022-05-09"
    # the session's own date is the meeting's, not the repeat's
    text = "The council met in emergency session on Monday and again on Wednesday."
    assert date_of(text, "met", PUBDAY) == "2022-05-09"


def test_a_date_after_the_verbs_own_again_is_that_verbs():
    # the second verb's "again" follows its object: the date after it is the second verb's
    text = (
        "The minister met observers in Vell on Monday and is due to meet the security chiefs "
        "again next week."
    )
    assert date_of(text, "met", PUBDAY) == "2022-05-09"
    assert date_of(text, "meet", PUBDAY) == "2022-W20"
    text = "Ida Varga met the envoy on Monday night and was due to meet him again on Thursday."
    assert date_of(text, "meet", PUBDAY) == "2022-05-12"


def test_a_date_opening_the_sentence_governs_its_first_clause():
    # a plural trigger needs a date of its own clause to be one event, not a generic one
    text = "On Monday, U.S. aircraft carried out airstrikes against rebel positions."
    assert date_of(text, "airstrikes", PUBDAY) == "2022-05-09"
    text = "A day later, on Monday, jets carried out airstrikes against rebel positions."
    assert date_of(text, "airstrikes", PUBDAY) == "2022-05-09"
    # not across a statement it opens: the airstrikes stay generic
    text = "On Monday, officials said that airstrikes have killed hundreds of civilians."
    assert dates(text, PUBDAY) == []


def test_overnight_opening_the_sentence():
    assert date_of("Overnight, rebels attacked the army base.", "attacked", PUBDAY) == "2022-05-13"


def test_an_overnight_curfew_dates_nothing():
    text = "The army imposed an overnight curfew after rebels attacked the base."
    assert date_of(text, "attacked", PUBDAY) is None


def test_overnight_in_the_triggers_own_clause_beats_another_clauses_day():
    text = (
        "Rebels clashed with troops in the hills on Wednesday, and a drone strike on a depot "
        "in the capital overnight killed four guards."
    )
    assert date_of(text, "clashed", PUBDAY) == "2022-05-11"
    assert date_of(text, "drone strike", PUBDAY) == "2022-05-13"
    # a timeline entry's date is the night's
    text = "May 3 — Shells hit the outskirts of the village overnight, damaging houses."
    assert date_of(text, "hit", PUBDAY) == "2022-05-03"


def test_an_early_hour_of_a_night_named_by_its_evening_is_on_the_next_day():
    for night in ("late Monday night", "overnight on Monday"):
        text = (
            f"Artillery shelled the border villages {night}, officials said. The shelling "
            "began shortly after midnight and lasted four hours."
        )
        assert date_of(text, "shelling", PUBDAY) == "2022-05-10T00:00", night
    # an evening hour of that night, or an early hour of a plain day, stays on its day
    text = "Artillery shelled the villages late Monday night. The shelling began at 9 p.m."
    assert date_of(text, "shelling", PUBDAY) == "2022-05-09T21:00"
    text = "Police raided a house in the old town on Monday. The raid began at about 4 a.m."
    assert date_of(text, "raid", PUBDAY) == "2022-05-09T04:00"


def test_a_later_time_clause_with_its_own_verb_does_not_set_the_tense_of_the_day():
    text = (
        "The envoy met the rebel leaders at their camp in Sultan Kudarat, Maguindanao del "
        "Norte, on Thursday, days before the panels are due to resume talks."
    )
    assert date_of(text, "met", PUBDAY) == "2022-05-12"


def test_a_shown_event_does_not_take_the_date_of_the_showing():
    text = "The group released a video on Friday purporting to show the assault on the base."
    assert all(d is None for t, d in dates(text, PUBDAY) if t == "assault")


def test_a_week_narrows_to_the_one_day_the_document_gives_its_event():
    text = (
        "Police freed nine of the students abducted from a school earlier this week. Gunmen "
        "stormed the school late on Tuesday, witnesses said."
    )
    assert date_of(text, "abducted", PUBDAY) == "2022-05-10"


def test_a_week_does_not_narrow_to_the_day_of_force_delivered_otherwise():
    text = (
        "Army shelling killed four people in Orso on Tuesday. The week's violence began with the "
        "drone strike on the Vell market earlier this week."
    )
    assert date_of(text, "drone strike", PUBDAY) == "2022-W19"


def test_a_week_with_two_days_of_its_type_stays_a_week():
    text = (
        "Police freed nine of the students abducted from a school earlier this week. Gunmen "
        "stormed a school on Monday, and militants attacked a market on Tuesday."
    )
    assert date_of(text, "abducted", PUBDAY) == "2022-W19"


# --- dates that belong to a disclosure, a complement clause, a framing event ---------------


def test_confirming_an_event_on_a_day_does_not_date_the_event():
    text = (
        "The two leaders spoke by phone on Sunday. The president's office confirmed the call "
        "on Tuesday."
    )
    assert date_of(text, "call", PUBDAY) == "2022-05-08"


def test_the_medium_of_a_disclosure_does_not_hand_its_day_to_the_event():
    for medium in ("on state television", "in a statement", "to reporters"):
        text = (
            "Jets struck a crowded market on Sunday, killing 20 people. The army confirmed the "
            f"strike {medium} on Tuesday."
        )
        assert date_of(text, "strike", PUBDAY) == "2022-05-08", medium


def test_a_complement_clause_with_a_modal_does_not_date_the_noun_before_it():
    text = (
        "The ministers agreed during the call that their deputies would finalize an agenda "
        "over the weekend."
    )
    assert all(d is None for _, d in dates(text, PUBDAY))


def test_a_relative_clause_still_dates_its_noun():
    assert date_of("The strike that killed three on Monday was condemned.", "strike", PUBDAY) == (
        "2022-05-09"
    )


def test_an_event_on_the_sidelines_of_a_dated_event_takes_its_date():
    text = "On the sidelines of Monday's summit, the president met the prime minister."
    assert date_of(text, "met", PUBDAY) == "2022-05-09"


def test_an_event_during_a_dated_visit_takes_its_date():
    text = "During last week's visit, the minister met the rebel leaders."
    assert date_of(text, "met", PUBDAY) == "2022-W18"


# --- the case of a legal act; an event ahead of which something happens ----------------------


def test_the_day_of_a_charge_does_not_date_the_slaying():
    text = "A man was charged with murder Thursday in the slaying of a doctor."
    assert date_of(text, "slaying", PUBDAY) is None


def test_the_day_of_an_arrest_does_not_date_the_bombing():
    text = "Police arrested two men on Monday over the bombing of the market."
    assert date_of(text, "bombing", PUBDAY) is None


def test_the_case_keeps_its_own_attached_date():
    text = "Police arrested two men over the May 3 bombing of the market."
    assert date_of(text, "bombing", PUBDAY) == "2022-05-03"


def test_an_event_ahead_of_which_something_happened_is_not_on_that_day():
    text = "Just ahead of the minister's one-day visit, rebels attacked the town on Sunday."
    assert all(d is None for t, d in dates(text, PUBDAY) if t == "visit")
    assert date_of(text, "attacked", PUBDAY) == "2022-05-08"


# --- apposition; a complement clause's own date ------------------------------------------


def test_a_meeting_in_apposition_takes_the_date_of_the_meeting_it_renames():
    text = (
        "The presidents last met in October 2017 on the sidelines of a regional summit in "
        "Geneva, a meeting that produced a short-lived agreement."
    )
    assert date_of(text, "meeting", PUBDAY) == "2017-10"


def test_a_date_in_a_complement_clause_is_not_the_calls():
    text = (
        "The ministers spoke by telephone on Wednesday. The two ministers agreed during the "
        "call that their deputies would finalize an agenda over the weekend."
    )
    assert date_of(text, "call", PUBDAY) == "2022-05-11"


# --- a past event does not take a planned event's date by focus ----------------------------


@settings(max_examples=30, deadline=None)
@given(PUB, st.sampled_from(["next week", "next month", "in two weeks"]))
def test_a_past_event_does_not_take_a_planned_events_date_by_focus(dct, when):
    text = (
        f"The governor said he would travel to the capital {when} to meet the prime minister. "
        "A bombing at a wedding hall killed 45 people. The envoy condemned the bombing."
    )
    assert all(d is None for t, d in dates(text, dct) if t == "bombing")


def test_a_past_event_does_not_take_a_planned_weekday_by_focus():
    text = (
        "The governor said he would travel to the capital on Friday to meet the prime "
        "minister. A bombing at a wedding hall killed 45 people."
    )
    assert date_of(text, "bombing", date(2022, 5, 10)) is None


def test_a_planned_event_still_carries_its_date_to_its_anaphor():
    text = "The minister will visit Kabul on Friday. The visit will focus on trade."
    assert [d for _, d in dates(text, PUBDAY)] == ["2022-05-13", "2022-05-13"]


# --- a planned meeting's month narrowed to the one day the document gives -----------------


def test_a_planned_month_narrows_to_the_planned_day():
    text = (
        "Both sides said they would return to the table next month. The next round of talks "
        "is scheduled to begin on June 2, the mediator said."
    )
    assert date_of(text, "return to the table", PUBDAY) == "2022-06-02"


def test_a_planned_month_with_two_planned_days_stays_a_month():
    text = (
        "Both sides said they would return to the table next month. The next round of talks "
        "is scheduled to begin on June 2, and the ministers will meet on June 20."
    )
    assert date_of(text, "return to the table", PUBDAY) == "2022-06"


def test_a_date_across_a_colon_is_the_other_clauses():
    text = (
        "Analysts say the talks face a deadline of sorts: the rainy season, which usually "
        "brings a lull in fighting, ends in September."
    )
    assert all(d is None for t, d in dates(text, PUBDAY) if t == "talks")


# --- a meeting that opened on one day and ended on another of the same week ----------------


def test_a_meeting_that_opened_and_ended_in_one_week_is_that_week():
    text = (
        "A third round of peace negotiations ended in Nairobi on Thursday without an "
        "agreement. The talks, hosted by Kenya, opened on Monday at a hotel."
    )
    assert [d for _, d in dates(text, PUBDAY)] == ["2022-W19", "2022-W19"]


def test_a_meeting_that_only_opened_keeps_its_day():
    text = "The talks, hosted by Kenya, opened on Monday at a hotel."
    assert date_of(text, "talks", PUBDAY) == "2022-05-09"


# --- "later" with nothing before it; "hours after"; apposition needs the comma and article --


@settings(max_examples=30, deadline=None)
@given(PUB, st.sampled_from(["Three days later", "Two weeks later", "A month later"]))
def test_later_than_nothing_dated_is_not_counted_from_publication(dct, phrase):
    text = f"{phrase}, militants attacked a checkpoint near the border."
    found = [(t, d) for t, d in dates(text, dct) if t == "attacked"]
    assert found and found[0][1] is None


def test_later_than_a_dated_event_is_counted_from_it():
    text = "Gunmen attacked a market on Monday. Three days later, militants attacked a checkpoint."
    assert [d for _, d in dates(text, PUBDAY)] == ["2022-05-09", "2022-05-12"]


def test_hours_after_an_event_is_its_day():
    for text in (
        "Hours after the bombing on Monday, police raided a house.",
        "Police raided a house just hours after the bombing on Monday.",
    ):
        assert date_of(text, "raided", PUBDAY) == "2022-05-09"


def test_the_anchor_of_hours_after_is_the_main_day():
    text = "Police raided a house on Tuesday, hours after the bombing."
    assert date_of(text, "bombing", PUBDAY) == "2022-05-10"
    assert "apposition" not in str(
        [
            m.date_reason
            for m in extract(Document("d", "p", text, 0, len(text), PUBDAY, "record")).mentions
        ]
    )


# --- a "since" phrase with a gerund; a parenthetical after the subject ----------------------


def test_since_taking_office_in_a_year_does_not_date_the_visit():
    text = "The visit, his first since taking office in 2021, will take place next month."
    assert date_of(text, "visit", PUBDAY) == "2022-06"


def test_a_parenthetical_date_still_dates_when_nothing_else_does():
    text = "The talks, held in Geneva on Monday, ended without a deal."
    assert date_of(text, "talks", PUBDAY) == "2022-05-09"


# --- "since <month>" is behind; it does not set the tense of a plan ---------------------------


@settings(max_examples=60, deadline=None)
@given(PUB, st.integers(1, 12), st.integers(0, 6))
def test_since_a_month_is_behind_and_the_plans_weekday_ahead(dct, m, wd):
    text = f"The leaders will meet for the first time since {MONTHS[m - 1]} on {WEEKDAYS[wd]}."
    since = value_of(text, MONTHS[m - 1], dct)
    assert since <= f"{dct.year}-{dct.month:02d}"
    assert value_of(text, WEEKDAYS[wd], dct) == coming(dct, wd).isoformat()


@settings(max_examples=40, deadline=None)
@given(PUB)
def test_earlier_in_the_week_is_the_week_of_the_report(dct):
    year, week, _ = dct.isocalendar()
    text = "Earlier in the week, the ministers met in Paris."
    assert value_of(text, "Earlier in the week", dct) == f"{year}-W{week:02d}"
    assert date_of(text, "met", dct) == f"{year}-W{week:02d}"


# --- the new rules never fail, and a date is always a whole interval --------------------------

PIECES = [
    "overnight",
    "Overnight ,",
    "since 2016 , when",
    "according to a statement",
    "confirmed the call on Tuesday",
    "on the sidelines of this week's round ,",
    "hours after",
    "Three days later ,",
    "set for January",
    "is scheduled to meet",
    "had been scheduled for Thursday",
    "a third round of talks",
    "ended on Thursday",
    "opened on Monday",
    "charged in the slaying",
    "a video purporting to show the assault",
    "the talks :",
    ", a meeting that",
    "earlier this week",
    "gunmen attacked a bus",
    "the bombing",
    "will visit",
    ".",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.one_of(st.none(), PUB))
def test_the_new_rules_never_fail(pieces, pub):
    text = " ".join(pieces)
    doc = Document("d", "probe", text, 0, len(text), pub, "record")
    for m in extract(doc).mentions:
        assert (m.date_value is None) == (m.date_start is None)
        if m.date_value is not None:
            assert m.date_start <= m.date_end


def test_a_date_before_the_triggers_own_conjunct_is_the_other_verbs():
    text = (
        "The envoy arrived in Vell on Monday and is due to hold talks with officials of the "
        "interior ministry on Thursday."
    )
    assert date_of(text, "hold talks", PUBDAY) == "2022-05-19"
    # without a date of its own after it, the trigger still takes the date before
    text = "The envoy arrived in Vell on Monday and held talks with officials of the ministry."
    assert date_of(text, "held talks", PUBDAY) == "2022-05-09"


def test_a_date_before_a_conjunct_with_its_own_subject_is_the_other_verbs():
    text = (
        "The bombing on May 1 triggered a spiral of violence, with rebels killing two officers "
        "two days later and Vell launching air strikes on rebel camps in the northern hills of "
        "the country on May 6."
    )
    assert date_of(text, "air strikes", PUBDAY) == "2022-05-06"


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_a_meeting_parties_prepared_for_is_on_the_nearest_such_day(dct, wd):
    text = (
        "Two men were arrested, as foreign ministers of the five Sahel countries prepared to"
        f" meet in Bamako on {WEEKDAYS[wd]}."
    )
    assert dates(text, dct) == [("meet", nearest_weekday(dct, wd).isoformat())]


def test_preparing_to_host_a_meeting_plans_it_being_prepared_to_meet_is_willing():
    dct = date(2017, 2, 8)
    text = "Russia is preparing to host a meeting on Afghanistan in Moscow next week."
    doc = Document("d", "probe", text, 0, len(text), dct, "record")
    assert [(m.trigger_text, m.status) for m in extract(doc).mentions] == [("meeting", "planned")]
    text = "Putin said he was prepared to meet Zelensky in Moscow."
    doc = Document("d", "probe", text, 0, len(text), dct, "record")
    assert [(m.trigger_text, m.status) for m in extract(doc).mentions] == [("meet", "hypothetical")]


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_a_meeting_someone_has_called_is_still_to_come(dct, wd):
    text = f"The governor has called an all-party meeting in Tarn on {WEEKDAYS[wd]}."
    doc = Document("d", "probe", text, 0, len(text), dct, "record")
    found = [(m.trigger_text, m.status, m.date_value) for m in extract(doc).mentions]
    assert found == [("meeting", "planned", coming(dct, wd).isoformat())]
    # the simple past tells the day it was convened and met
    text = f"Russia called an emergency meeting of the council on {WEEKDAYS[wd]}."
    doc = Document("d", "probe", text, 0, len(text), dct, "record")
    assert [m.status for m in extract(doc).mentions] == ["occurred"]


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(0, 6))
def test_an_adjective_after_a_preposition_is_no_past_tense(dct, wd):
    text = f"The council is expected to meet behind closed doors on {WEEKDAYS[wd]}."
    assert dates(text, dct) == [("meet", coming(dct, wd).isoformat())]


@settings(max_examples=40, deadline=None)
@given(PUB, st.integers(1, 12))
def test_a_meeting_sides_agreed_to_hold_is_in_the_nearest_such_month(dct, m):
    text = f"Both sides agreed to meet again in early {MONTHS[m - 1]}, officials said."
    assert dates(text, dct) == [("meet", nearest_month(dct, m))]


def test_a_plan_in_apposition_after_a_comma_dates_the_meeting():
    text = (
        "The violence comes ahead of the first formal meeting between the two sides, due to"
        " take place in Kuala Lumpur on June 28."
    )
    assert dates(text, PUBDAY) == [("meeting", "2022-06-28")]
    text = "It came ahead of talks between the rivals, scheduled for June 2."
    assert date_of(text, "talks", PUBDAY) == "2022-06-02"


def test_a_slot_told_in_an_object_relative_clause_dates_the_plan_called_off():
    text = (
        "A regional summit on the crisis that Angola was due to host in Luanda on Thursday "
        "has been postponed, the ministry said on Wednesday."
    )
    found = [(m.trigger_text, m.status, m.date_value) for m in tagged(text, date(2023, 3, 1))]
    assert found == [("summit", "cancelled", "2023-03-02")]
    # a summit the host held is dated as told, not as a plan
    held = "A summit that Angola hosted in Luanda on Thursday was praised by the envoys."
    assert date_of(held, "summit", date(2023, 3, 1)) == "2023-02-23"


def test_a_slot_after_the_plan_s_place_dates_it():
    text = (
        "Weekly digest.\n\nFeb. 25 - A planned visit to Bouar does not take place.\n\n"
        "March 1 - Angola postpones a mini-summit in Luanda that was scheduled for the next "
        "day.\n\nMarch 8 - Gunmen kill 12 civilians near Batangafo."
    )
    assert date_of(text, "mini-summit", date(2023, 3, 20)) == "2023-03-02"


def test_an_aside_after_the_meeting_s_parties_does_not_date_it():
    text = (
        "A meeting between church leaders and the minister, postponed in July, finally took "
        "place in Jakarta on August 14."
    )
    assert date_of(text, "meeting", date(2024, 12, 20)) == "2024-08-14"
    # an aside naming the plan's slot still dates the plan called off
    text = (
        "A summit of the three leaders, originally planned for January in Khartoum, was "
        "postponed after a row last year, diplomats said."
    )
    assert date_of(text, "summit", date(2017, 2, 1)) == "2017-01"
