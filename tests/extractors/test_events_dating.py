"""Which expression dates a mention, status in conditions, and typing by agent.

General English sentences written for these tests; timexes are built by hand (see
``test_events``) so the rules are tested apart from the tagger.
"""

from __future__ import annotations

from datetime import date

from test_events import counted, run, tagged

from extractors.records import Document


def dated(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.trigger_text, m.event_type, m.date_value) for m in counted(text)]


# --- attachment: a timex dates the predicate it governs --------------------------------


def test_timex_of_a_reaction_verb_does_not_date_the_event_noun_in_its_object():
    found = dated(
        "A drone strike hit a market on March 17. Officials on Thursday sharply disputed "
        "the account of the strike given by villagers."
    )
    assert found == [("drone strike", "strike", "2024-03-17"), ("strike", "strike", "2024-03-17")]


def test_timex_beyond_another_event_belongs_to_that_event():
    found = dated(
        "An air strike hit a school on March 3. The army has not apologized for the strike "
        "and now its commander is meeting with the minister today."
    )
    assert ("strike", "strike", "2024-03-03") in found
    assert ("meeting with", "meeting", "2024-05-10") in found


def test_timex_next_to_the_trigger_still_dates_it():
    found = dated("The minister condemned the attack on Tuesday by gunmen on a bus.")
    assert found == [("attack", "attack", "2024-05-07")]


# --- conditions -------------------------------------------------------------------------


def test_event_the_condition_is_about_is_hypothetical():
    found = run("If the rebels initiated the firefight, the army must answer for it.")
    assert [m.status for m in found] == ["hypothetical"]


def test_indefinite_event_in_a_long_condition_is_hypothetical():
    found = run(
        "If indeed this was a reckless, poorly planned assault on the base, then the "
        "commander should resign."
    )
    assert [m.status for m in found if m.event_type == "attack"] == ["hypothetical"]


def test_subject_of_the_condition_is_presupposed():
    found = counted(
        "A rocket strike hit the depot on Tuesday. If the strike was a mistake, then the "
        "army must say so."
    )
    assert [m.status for m in found] == ["occurred", "occurred"]


# --- type by agent ----------------------------------------------------------------------


def test_siege_by_state_forces_on_the_ground_is_a_raid():
    m = counted("A two-hour siege of the compound by government forces killed nine guards.")[0]
    assert m.event_type == "raid"


def test_assault_by_state_forces_with_aircraft_is_a_strike():
    m = counted("An assault on the town by army helicopters on Monday killed five people.")[0]
    assert m.event_type == "strike"


def test_siege_by_gunmen_stays_an_attack():
    m = counted("A siege of the hotel by gunmen on Monday left twelve people dead.")[0]
    assert m.event_type == "attack"


def test_a_state_force_that_lays_or_owns_the_siege_or_assault_makes_it_a_raid():
    for text in (
        "The marines laid siege to Orso for three weeks in April.",
        "Residents returned after the marines' three-week siege of Orso in April.",
        "Two soldiers were killed in the paratroopers' assault on Orso on Monday.",
        "The army's final assault on Orso began on Tuesday.",
    ):
        assert [m.event_type for m in counted(text)] == ["raid"], text
    for text in (
        "Rebels laid siege to the town of Orso in April.",
        "The rebels' final assault on Orso began on Tuesday.",
    ):
        assert [m.event_type for m in counted(text)] == ["attack"], text


def test_agent_of_another_noun_does_not_type_the_trigger():
    m = counted(
        "The ministry rejected claims by the army linking the attack on a bus on Monday "
        "to the rebels."
    )[0]
    assert m.event_type == "attack"


# --- plural anaphors and tolls -------------------------------------------------------------


def test_plural_anaphor_names_plural_events_reported_earlier():
    found = dated("Two drone strikes killed six people on Monday. The strikes angered residents.")
    assert found == [("drone strikes", "strike", "2024-05-06"), ("strikes", "strike", "2024-05-06")]


def test_plural_after_one_event_is_not_that_event():
    found = dated(
        "A missile strike hit a depot on March 3. Residents said the strikes terrify them."
    )
    assert found == [("missile strike", "strike", "2024-03-03")]


def test_toll_before_a_trigger_belongs_to_the_earlier_event():
    found = counted(
        "A roadside bomb killed 11 miners on Monday, while rebels took credit for attacking "
        "a convoy near the mine."
    )
    tolls = {m.trigger_text: (m.killed_low, m.killed_high) for m in found}
    assert tolls == {"roadside bomb": (11, 11), "attacking": (None, None)}


# --- named dates and anniversaries ------------------------------------------------------------


def test_named_date_event_takes_its_own_year():
    m = counted("Thousands of soldiers have died since the Sept 11 attacks on the United States.")
    assert [(x.trigger_text, x.date_value) for x in m] == [("attacks", "2001-09-11")]
    assert "named event" in m[0].date_reason


def test_named_date_expression_does_not_retype_other_events():
    m = counted("The two leaders met on Sept 11 in the capital.")
    assert [x.date_value for x in m] != ["2001-09-11"]


def test_anniversary_names_one_past_occasion():
    found = counted("Next month is the tenth anniversary of the terrorist strikes on the capital.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("terrorist strikes", "attack")]


# --- one mention per clause; narrative chains -------------------------------------------------


def test_merged_clause_mention_takes_the_date_of_either_word():
    found = counted(
        "During a visit to the port for a security meeting on Tuesday, the minister spoke."
    )
    assert [(m.event_type, m.date_value) for m in found] == [("meeting", "2024-05-07")]


def _with_days_later(text: str):
    """Hand-built timexes plus an unresolved 'days later' and a month ('Last month')."""
    from datetime import date

    from extractors.events import extract_mentions
    from extractors.sentences import split_sentences
    from extractors.temporal.model import Resolution, Timex

    out = []
    at = text.find("Last month")
    if at >= 0:
        r = Resolution(
            "2024-04", "DATE", date(2024, 4, 1), date(2024, 4, 30), "month", "exact", "t"
        )
        out.append(Timex("Last month", at, at + 10, r))
    at = text.find("days later")
    if at >= 0:
        r = Resolution("FUTURE_REF", "DATE", date(2024, 5, 10), None, None, "approximate", "t")
        out.append(Timex("days later", at, at + 10, r))
    doc = Document("d", "t.txt", text, 0, len(text), date(2024, 5, 10), "manifest")
    return extract_mentions(doc, split_sentences(text), sorted(out, key=lambda t: t.start))


def test_days_later_stays_at_the_precision_of_the_previous_event():
    found = _with_days_later(
        "Last month, rebels ambushed a bus in the hills. Just days later, a roadside bomb "
        "killed four miners, while the rebels took credit for attacking a convoy. "
        "Officials said the convoy came under attack near the mine."
    )
    assert [(m.trigger_text, m.date_value) for m in found if m.status == "occurred"] == [
        ("ambushed", "2024-04"),
        ("roadside bomb", "2024-04"),
        ("attacking", "2024-04"),
        ("attack", "2024-04"),
    ]


def test_a_sentence_opening_with_a_date_sets_the_scene_for_the_next_event():
    found = dated(
        "But on Tuesday, the mood in the capital changed.\n\nA siege of the hotel by "
        "gunmen left twelve people dead."
    )
    assert found == [("siege", "attack", "2024-05-07")]


def test_a_date_inside_the_previous_sentence_does_not_set_the_scene():
    found = dated(
        "Critics said the mood in the capital changed on Tuesday. A siege of the hotel by "
        "gunmen left twelve people dead."
    )
    assert found == [("siege", "attack", None)]


def test_statement_date_dates_a_meeting_only_where_the_statement_was_made():
    found = dated("The minister told a meeting of the council on Wednesday that aid would rise.")
    assert found == [("meeting", "meeting", "2024-05-08")]
    found = counted("A spokesman said on Wednesday that the two leaders would meet in Geneva.")
    assert [(m.status, m.date_value) for m in found] == [("planned", None)]


def test_date_inside_a_relative_clause_before_said_is_not_the_statements():
    found = counted("The envoy, who is due in Nairobi next week, said talks would resume.")
    first = found[0]
    assert (first.trigger_text, first.status, first.date_value) == (
        "due in",
        "planned",
        "2024-W20",
    )


def _run_with(text: str, spans: dict[str, tuple[str, str, str, str]]):
    """Extract with hand-made timexes: phrase -> (value, start, end, granularity)."""
    from datetime import date

    from extractors.events import extract_mentions
    from extractors.sentences import split_sentences
    from extractors.temporal.model import Resolution, Timex

    out = []
    for phrase, (value, a, b, gran) in spans.items():
        at = text.find(phrase)
        r = Resolution(
            value, "DATE", date.fromisoformat(a), date.fromisoformat(b), gran, "exact", "t"
        )
        out.append(Timex(phrase, at, at + len(phrase), r))
    doc = Document("d", "t.txt", text, 0, len(text), date(2024, 5, 10), "manifest")
    found = extract_mentions(doc, split_sentences(text), sorted(out, key=lambda t: t.start))
    return [(m.trigger_text, m.status, m.date_value) for m in found]


def test_event_after_the_main_one_does_not_take_its_day_or_future_month():
    found = _run_with(
        "The president is expected to visit Kenya in late June, after meeting with the "
        "prime minister.",
        {"late June": ("2024-06", "2024-06-01", "2024-06-30", "month")},
    )
    assert ("meeting with", "occurred", None) in found


def test_event_after_the_main_one_shares_a_past_year():
    found = _run_with(
        "Relations soured in 2010 after commandos stormed the ship.",
        {"2010": ("2010", "2010-01-01", "2010-12-31", "year")},
    )
    assert found == [("stormed", "occurred", "2010")]


def test_gerund_under_a_future_verb_is_planned():
    found = counted("The minister's trip will include meeting the king of Jordan.")
    assert [(m.trigger_text, m.status) for m in found] == [("meeting", "planned")]


def test_present_tense_elsewhere_in_the_clause_does_not_make_todays_meeting_planned():
    found = counted("The envoy denied that the country is buying arms at today's meeting.")
    assert [(m.status, m.date_value) for m in found] == [("occurred", "2024-05-10")]
    found = counted("The general is meeting the minister today.")
    assert [(m.status, m.date_value) for m in found] == [("planned", "2024-05-10")]


def test_meeting_where_the_previous_sentence_s_statement_was_made_takes_its_date():
    found = dated(
        'The head of the agency said Thursday that children are suffering. "The fighting '
        'is at their doorsteps," the director told a meeting of the council.'
    )
    assert found == [("meeting", "meeting", "2024-05-09")]


# --- anniversaries ----------------------------------------------------------------------


def test_nth_anniversary_dates_the_event_n_years_before_the_date_it_falls_on():
    found = dated(
        "The last troops will leave by Sept 11. That would be the 20th anniversary of the "
        "terrorist attacks on the city."
    )
    assert found == [("terrorist attacks", "attack", "2003-09-11")]
    found = dated("Crowds gathered on Tuesday to mark the tenth anniversary of the bombing.")
    assert found == [("bombing", "attack", "2014-05-07")]


def test_anniversary_without_a_number_of_years_leaves_the_event_undated():
    found = dated("Crowds gathered on Tuesday to mark the anniversary of the bombing.")
    assert found == [("bombing", "attack", None)]


def test_meeting_named_as_the_site_of_a_statement_takes_the_statement_s_date():
    found = dated(
        'The ministers urged both sides on Thursday to accept a truce. "We call for calm," '
        "the ministers said in a statement from the site of their talks in the capital."
    )
    assert found == [("talks", "meeting", "2024-05-09")]
    found = dated(
        'The envoy said Thursday that the truce holds. "It is fragile," the envoy said on '
        "the sidelines of the summit."
    )
    assert found == [("summit", "meeting", "2024-05-09")]


def test_statement_date_reaches_over_a_quotation_split_in_two():
    found = dated(
        "On Thursday, the foreign minister of the republic told reporters that the talks "
        'had ended. "I am hopeful. But it is hard," the minister told reporters following his '
        "meetings with counterparts."
    )
    assert found[-1] == ("meetings", "meeting", "2024-05-09")


def test_statement_date_does_not_cross_a_paragraph():
    found = dated(
        "On Thursday, the minister told reporters that the war must end.\n\n"
        "It is hard. The minister told a meeting of donors that aid is needed."
    )
    assert found == [("meeting", "meeting", None)]


def test_meeting_dated_by_its_week_takes_the_day_of_the_statement_made_there():
    text = (
        "Speaking at a United Nations Security Council meeting this week, the envoy said the "
        'border is closed. "The border is closed to trade," the envoy said Monday.'
    )
    week = ("2024-W19", "2024-05-06", "2024-05-12", "week")
    found = _run_with(
        text, {"this week": week, "Monday": ("2024-05-06",) + ("2024-05-06",) * 2 + ("day",)}
    )
    assert found == [("meeting", "occurred", "2024-05-06")]


def test_statement_day_outside_the_meeting_s_week_does_not_date_it():
    text = (
        "Speaking at a United Nations Security Council meeting next week, the envoy said the "
        'border is closed. "The border is closed to trade," the envoy said Monday.'
    )
    # the test week (2024-W20) does not hold Monday 2024-05-06
    assert dated(text) == [("meeting", "meeting", "2024-W20")]


# --- multi-day visits -------------------------------------------------------------------


def _with_duration(text: str, phrase: str, value: str):
    from test_events import DCT, _timexes

    from extractors.events import extract_mentions
    from extractors.sentences import split_sentences
    from extractors.temporal.model import Resolution, Timex

    at = text.find(phrase)
    span = Timex(
        phrase, at, at + len(phrase), Resolution(value, "DURATION", None, None, "day", "exact", "t")
    )
    doc = Document("d", "t.txt", text, 0, len(text), DCT, "manifest")
    timexes = sorted([*_timexes(text), span], key=lambda t: t.start)
    return [
        (m.trigger_text, m.date_value)
        for m in extract_mentions(doc, split_sentences(text), timexes)
    ]


def test_two_day_visit_takes_the_week_of_a_day_an_adjacent_sentence_places_its_visitor():
    found = _with_duration(
        "The deal came during a two-day visit by President Alma Tenner to the islands. "
        "Tenner, who opened a new port on Wednesday, said trade would grow.",
        "two-day",
        "P2D",
    )
    assert found == [("visit", "2024-W19")]


def test_multi_day_visit_is_not_dated_by_a_day_of_someone_else():
    found = _with_duration(
        "The deal came during a two-day visit by President Alma Tenner to the islands. "
        "The harbour master opened a new port on Wednesday.",
        "two-day",
        "P2D",
    )
    assert found == [("visit", None)]


def test_multi_day_visit_across_two_weeks_takes_the_month():
    found = _with_duration(
        "The deal came during a four-day visit by President Alma Tenner to the islands. "
        "Tenner opened a new port on Wednesday.",
        "four-day",
        "P4D",
    )
    assert found == [("visit", "2024-05")]


# --- the lede ---------------------------------------------------------------------------


def test_lede_event_reported_by_a_dated_statement_takes_its_day():
    found = dated("Security officials said Tuesday a military operation freed 40 hostages.")
    assert found == [("military operation", "raid", "2024-05-07")]


def test_lede_event_in_a_relative_clause_is_not_dated_by_the_statement():
    found = dated(
        "Washington accused the group on Tuesday of links to a militia, which it blames for "
        "an attack on an embassy."
    )
    assert found == [("attack", "attack", None)]


def test_statement_date_dates_a_reported_event_only_in_the_lede():
    found = dated(
        "The army is on alert in the region. Officials said Tuesday a military operation "
        "freed 40 hostages."
    )
    assert found == [("military operation", "raid", None)]


def test_lede_event_told_in_the_simple_past_takes_the_statement_s_day():
    found = dated("Officials said Tuesday that militants attacked a police post.")
    assert found == [("attacked", "attack", "2024-05-07")]


def test_call_made_to_express_something_takes_the_date_of_that_statement():
    found = dated(
        "The commander regretted on Thursday the loss of the two soldiers.\n\n"
        '"General Lane called General Omar and expressed his sincere regrets," a spokesman '
        "told reporters."
    )
    assert found == [("called", "meeting", "2024-05-09")]


def test_a_call_is_dated_by_its_own_date_not_taken_for_a_statement_s():
    found = dated("General Lane called General Omar on Thursday.")
    assert found == [("called", "meeting", "2024-05-09")]


def test_call_that_says_nothing_reported_is_not_dated_by_a_statement():
    found = dated(
        "The commander regretted on Thursday the loss of the two soldiers.\n\n"
        "General Lane called General Omar about the border."
    )
    assert found == [("called", "meeting", None)]


def test_multi_day_visit_anchored_by_he_opening_the_next_sentence():
    found = _with_duration(
        "The deal came during a two-day visit by the king to the islands. He arrived on "
        "Wednesday and opened a port.",
        "two-day",
        "P2D",
    )
    assert found == [("visit", "2024-W19")]


def test_meeting_a_statement_was_made_after_is_dated_by_its_possessive_day():
    found = dated("The minister said after Tuesday's meeting that the border would reopen.")
    assert found == [("meeting", "meeting", "2024-05-07")]


# --- narrative focus --------------------------------------------------------------------


def test_focus_carries_over_one_sentence_without_an_event():
    found = dated(
        "Troops raided the compound on Tuesday. Residents of the town were frightened. A "
        "gunfight between militants and police left five dead."
    )
    assert found[-1] == ("gunfight", "attack", "2024-05-07")


def test_focus_takes_the_previous_sentences_event_of_the_mentions_type():
    found = dated(
        "Troops raided a rebel camp on Monday, a day after the group's attack on the police "
        "station. Army commandos stormed the camp before dawn."
    )
    assert found[-1] == ("stormed", "raid", "2024-05-06")


def test_focus_does_not_carry_over_a_sentence_dated_elsewhere():
    found = dated(
        "Troops raided the compound on Tuesday. Residents were frightened on Thursday, "
        "officials said. A gunfight between militants and police left five dead."
    )
    assert found[-1] == ("gunfight", "attack", None)


def test_bare_plural_meetings_just_wrapped_up_with_named_parties_are_an_event():
    found = run(
        '"We must talk," the minister said after wrapping up meetings with foreign ministers.'
    )
    assert [(m.trigger_text, m.status) for m in found] == [("meetings", "occurred")]
    assert counted("He has held meetings with rebel leaders over the years.") == []


def test_noun_in_apposition_with_its_own_later_date_keeps_it():
    found = dated(
        "The bombing on Tuesday revived memories of the worst attack, the truck bombing at "
        "a busy junction in the capital on March 3, which killed 500 people."
    )
    assert ("bombing", "attack", "2024-03-03") in found
    assert ("bombing", "attack", "2024-05-07") in found


def test_an_anniversary_marked_now_dates_its_event_years_back_to_the_month():
    found = dated(
        "Parents gathered at the school on Tuesday to mark one year since gunmen killed 140 "
        "people, most of them pupils, in the deadliest attack in the country's history."
    )
    assert ("attack", "attack", "2023-05") in found
    found = dated("It has been two years since the bombing of the market, and on Tuesday ...")
    assert ("bombing", "attack", "2022-05") in found
    # another clause after the anniversary keeps its own date
    found = dated(
        "Officials marked one year since the siege, and militants attacked a base on Tuesday."
    )
    assert ("attacked", "attack", "2024-05-07") in found


def test_a_wave_of_strikes_is_one_salvo_and_the_anchor_of_a_day_after():
    found = dated(
        "Russian missiles struck power plants on Tuesday, a day after the most intense wave "
        "of Russian strikes on Ukrainian cities since the early weeks of the war."
    )
    assert found == [
        ("struck", "strike", "2024-05-07"),
        ("Russian strikes", "strike", "2024-05-06"),
    ]
    # a wave of attacks over months stays an aggregate
    assert dated("Officials blamed militants for a wave of attacks since January.") == []


def test_a_killing_before_a_day_after_is_its_own_event_and_the_tolls_attack_the_anchor():
    found = dated(
        "Four villagers were shot dead by militants near Orso on Thursday, a day after two "
        "police commandos were killed in an attack on security posts in Vell."
    )
    assert found == [
        ("shot dead", "attack", "2024-05-09"),
        ("attack", "attack", "2024-05-08"),
    ]


def test_a_meeting_that_prepares_a_dated_summit_keeps_its_own_date():
    found = counted("Ministers met in Vell on Monday to prepare Thursday's summit.")
    assert [(m.trigger_text, m.date_value) for m in found] == [("met", "2024-05-06")]
    found = counted("He held talks with Ida Varga on Monday and addressed the summit on Thursday.")
    assert [(m.trigger_text, m.date_value) for m in found] == [
        ("held talks", "2024-05-06"),
        ("summit", "2024-05-09"),
    ]
    # one meeting on two days keeps the date attached to its second word
    found = counted("The council met in emergency session on Monday and again on Tuesday.")
    assert [m.date_value for m in found] == ["2024-05-06"]
    # two words of one clause, each with its own day, are two meetings
    found = tagged(
        "The minister spoke by telephone with Ida Varga late on Monday and chaired a meeting"
        " of the crisis committee on Tuesday morning."
    )
    assert [(m.trigger_text, m.date_value[:10]) for m in found] == [
        ("spoke by telephone", "2024-05-06"),
        ("meeting", "2024-05-07"),
    ]


def _tagged(text: str) -> list[tuple[str, str | None]]:
    return [(m.trigger_text, m.date_value) for m in tagged(text, date(2022, 5, 3))]


def test_the_period_a_ranking_counts_over_does_not_date_the_event():
    # (the ranking itself is no mention: the killing it ranks is told, in August)
    text = "In one of the deadliest attacks of last year, gunmen killed 51 people in August."
    assert _tagged(text) == [("killed", "2021-08")]
    text = "It was the second drone attack on the base this year, the army said on Monday."
    assert _tagged(text) == [("drone attack", None)]
    # a first on its own date is dated by it
    assert _tagged("The two envoys met for the first time last month in Vell.") == [
        ("met", "2022-04")
    ]


def test_a_month_sentence_opening_tells_a_new_event_not_the_one_dated_to_a_day():
    text = (
        "A car bomb exploded at the Vell market on April 12, killing nine people. "
        "The bombing last month was claimed by the rebels. "
        "Last month, insurgents also attacked the village of Kessa, killing two."
    )
    found = dict(_tagged(text))
    assert found["bombing"] == "2022-04-12"  # the one April bombing the story dates
    assert found["attacked"] == "2022-04"


def test_a_closed_since_phrase_leaves_the_day_after_it_to_the_verb():
    found = tagged(
        "The shelling came as the two presidents met for the first time since June on "
        "Tuesday in Minsk."
    )
    assert [(m.trigger_text, m.date_value) for m in found if m.event_type == "meeting"] == [
        ("met", "2024-05-07")
    ]
    # a "since" phrase that names an event keeps its date to itself
    found = tagged(
        "Police raided the slum on Friday. The operation was the biggest push since a raid "
        "on the market on March 12 ended in disaster."
    )
    assert [(m.trigger_text, m.date_value) for m in found][1] == ("operation", "2024-05-10")


def test_the_lede_event_weighs_double_in_the_document_focus():
    found = tagged(
        "Jets pounded the city on Friday, killing four people. Debris from a downed missile "
        "set fire to a building. A man was killed in the north when a drone fragment struck "
        "a parked car. The deadliest strike this year came on March 3, when a missile hit a "
        "hospital during a barrage."
    )
    struck = next(m for m in found if m.trigger_text == "struck")
    # Friday (the lede) and March 3 (two mentions of a flashback) weigh the same: neither
    # dominates, so the car is not dated by the flashback
    assert struck.date_value is None


def test_a_roundup_of_incidents_takes_the_day_its_opening_sentence_reports():
    text = (
        "A drone strike killed seven militants in the valley on Thursday. Violence was also "
        "reported from other parts of the country on Tuesday. In Quetta, gunmen riding a "
        "motorcycle shot dead two policemen. In Peshawar, a roadside bomb wounded three "
        "policemen, while in Swat, police raided a house."
    )
    found = dated(text)
    assert ("shot dead", "attack", "2024-05-07") in found
    assert ("roadside bomb", "attack", "2024-05-07") in found
    assert ("raided", "raid", "2024-05-07") in found


def _dated_by_tagger(text: str) -> list[tuple[str, str | None]]:
    return [(m.trigger_text, m.date_value) for m in tagged(text)]


def test_a_year_inside_the_subjects_since_phrase_is_the_yardstick_not_the_date():
    assert _dated_by_tagger(
        "The first American airstrike in Iraq since the withdrawal of US troops in 2011 "
        "was carried out on Monday."
    ) == [("airstrike", "2024-05-06")]
    # a comma or a modal closes the phrase: "his first since taking office in 2021, will
    # take place next month" is dated by "next month"
    assert _dated_by_tagger(
        "The visit, his first since taking office in 2021, will take place next month."
    ) == [("visit", "2024-06")]


def test_an_hour_in_the_anchor_clause_does_not_anchor_a_count_of_days():
    # "after 7 p.m." describes the curfew, not the day it was announced
    assert _dated_by_tagger(
        "Gunmen attacked a bus near Kaya on Thursday. The attack comes a week after the "
        "government announced a curfew on motorbike traffic after 7 p.m."
    ) == [("attacked", "2024-05-09"), ("attack", "2024-05-09")]
    # a count of hours still runs from it
    assert ("raided", "2024-05-09") in _dated_by_tagger(
        "A bomb exploded at 7 p.m. on Thursday. Two hours after the blast at 7 p.m., police "
        "raided a house nearby."
    )


def test_a_second_count_in_the_sentence_dates_its_own_anchor():
    assert _dated_by_tagger(
        "Gunmen attacked an army post on Wednesday. The attack came a week after the defence "
        "minister visited Lome, and two days before a planned meeting in Cotonou."
    ) == [
        ("attacked", "2024-05-08"),
        ("attack", "2024-05-08"),
        ("visited", "2024-05-01"),
        ("meeting", "2024-05-10"),
    ]


def test_a_place_label_in_capitals_after_an_entry_date_is_part_of_the_heading():
    assert _dated_by_tagger(
        "A chronology of the week's incidents.\n\n"
        "Monday, May 6 — KYAUKTAW: A military jet bombs the township hospital.\n\n"
        "Tuesday, May 7 — NAF RIVER: Gunmen on speedboats abduct five fishermen."
    ) == [("bombs", "2024-05-06"), ("abduct", "2024-05-07")]


def test_an_event_the_subject_followed_is_another_event_with_its_own_day():
    # (DCT Friday 2024-05-10)
    assert _dated_by_tagger(
        "Gunmen attacked the hospital in Mamfe on Thursday. The hospital attack followed a "
        "week of violence that began with a deadly ambush on an army convoy on Monday."
    ) == [("attacked", "2024-05-09"), ("attack", "2024-05-09"), ("ambush", "2024-05-06")]


def test_a_plan_in_the_present_looks_ahead_to_its_weekday():
    assert _dated_by_tagger(
        "The minister prepares to meet the governors of the ten regions in Yaounde on Tuesday."
    ) == [("meet", "2024-05-14")]


def test_a_statement_opening_the_sentence_with_its_day_does_not_date_the_event_it_reports():
    assert _dated_by_tagger(
        "In a statement on Wednesday, the defence ministry said soldiers had carried out an "
        "operation against a separatist camp."
    ) == [("operation", None)]
    # an event opening the sentence keeps its day
    assert _dated_by_tagger("In an attack on Wednesday, gunmen killed four soldiers.") == [
        ("attack", "2024-05-08")
    ]


def test_a_place_that_was_the_scene_of_an_event_takes_the_events_date():
    assert _dated_by_tagger(
        "Bajaur was the scene of a major military operation against the Taliban in 2008."
    ) == [("military operation", "2008")]
    # a scene the sentence searches is not the event's day
    searched = "On Monday, investigators searched the scene of the bombing."
    assert _dated_by_tagger(searched) == [("bombing", None)]


def test_a_count_opening_a_present_tense_sentence_is_counted_from_the_report():
    # DCT Friday 2024-05-10
    assert _dated_by_tagger(
        "Nine days after the military bombed a crowded ceremony, residents are still "
        "identifying the dead."
    ) == [("bombed", "2024-05-01")]
    # a past main clause tells a day of its own; weeks counted from the report are loose
    assert _dated_by_tagger(
        "Nine days after the military bombed a crowded ceremony, residents buried the dead."
    ) == [("bombed", None)]
    assert _dated_by_tagger(
        "Six weeks after the military bombed a crowded ceremony, residents are still "
        "identifying the dead."
    ) == [("bombed", None)]


def test_a_span_from_one_day_to_another_dates_the_event_held_over_it():
    assert _dated_by_tagger("The first round of talks was held from May 1 to 3 in Jeddah.") == [
        ("round of talks", "2024-05-01")
    ]


def test_a_date_closing_a_relative_clause_before_a_statement_is_the_clauses():
    assert _dated_by_tagger(
        "Residents of villages that were raided and burned by fighters on May 8 said they "
        "were still too afraid to return."
    ) == [("raided", "2024-05-08")]
    # a date before the statement's verb is the statement's when no clause holds it
    assert _dated_by_tagger("Residents on Wednesday said the raid had lasted hours.") == [
        ("raid", None)
    ]


def test_another_event_in_a_timeline_entry_is_of_the_entrys_day():
    entry = (
        "Here are the key events.\n\n"
        "May 1 - A drone strike kills a gang leader in Bel-Air. A second strike hits a "
        "checkpoint in Fort National.\n\n"
        "May 4 - A doctor is kidnapped in Petion-Ville."
    )
    assert _dated_by_tagger(entry) == [
        ("drone strike", "2024-05-01"),
        ("strike", "2024-05-01"),
        ("kidnapped", "2024-05-04"),
    ]


def test_a_killing_inside_the_anchor_of_a_count_is_the_anchors_event():
    assert _dated_by_tagger(
        "Police raided a gang stronghold on Wednesday, two days after gunmen killed at least "
        "14 people in the nearby neighbourhood."
    ) == [("raided", "2024-05-08"), ("killed", "2024-05-06")]
    # a count before the event ends it: "before commandos killed them" is the siege's end
    siege = (
        "Gunmen stormed the college on Thursday morning and held students hostage for about "
        "15 hours before police commandos killed them."
    )
    assert [trigger for trigger, _ in _dated_by_tagger(siege)] == ["stormed"]


def test_a_date_inside_the_relative_clause_of_a_compound_bombing_dates_it():
    # "truck bombing that tore": a noun before an irregular past, not "bombing that truck"
    assert _dated_by_tagger(
        "The death toll from a truck bombing that tore through a market early Sunday rose to "
        "25 on Wednesday."
    ) == [("bombing", "2024-05-05")]


def test_an_aside_telling_when_talks_opened_dates_them():
    assert _dated_by_tagger(
        "Those talks, which opened on Monday, were adjourned on Wednesday without a deal."
    ) == [("talks", "2024-05-06")]
    # "announced on" dates an announcement, not a plan's slot
    assert _dated_by_tagger(
        "The attack on the base is the most serious since the creation of the alliance, "
        "announced on 17 December by six groups."
    ) == [("attack", None)]


def test_a_meeting_verb_repeated_after_and_names_a_second_meeting():
    assert _dated_by_tagger(
        "Kerry met Netanyahu in Jerusalem on Wednesday and later met Abbas in Ramallah."
    ) == [("met", "2024-05-08"), ("met", "2024-05-08")]


def test_so_far_this_year_after_a_superlative_is_the_rankings_span():
    assert _dated_by_tagger(
        "Insurgents who stormed the district town were driven out, in the most serious assault "
        "on a town in the province so far this year."
    ) == [("stormed", None), ("assault", None)]


def test_the_narrative_focus_is_the_previous_sentences_story_not_its_past_perfect_background():
    text = (
        "Late on Wednesday night, troops retook the hamlet, where fighters had overrun a "
        "dissident position on Monday. Before the push, army artillery shelled positions on "
        "the ridge for an hour, residents said."
    )
    assert _dated_by_tagger(text)[-1] == ("shelled", "2024-05-08TNI")


def test_a_killing_told_before_a_since_clause_is_its_own_event():
    text = (
        "The guerrillas launched an offensive in the region on April 2. Two former combatants "
        "were shot dead on Monday on the road, bringing to 11 the number of signatories killed "
        "since the offensive began."
    )
    assert ("shot dead", "2024-05-06") in _dated_by_tagger(text)


def test_a_relative_clause_on_a_later_noun_dates_its_own_predicate():
    text = (
        "The military said on Monday that it had carried out an air strike on the group's "
        "camps, the second there this month, as a campaign that began with fanfare early this "
        "year settles into a routine."
    )
    assert ("air strike", "2024") not in _dated_by_tagger(text)
    # a relative on the trigger's own phrase still dates it
    text = "The minister chaired a meeting in Dantewada that went on till late on Thursday."
    assert _dated_by_tagger(text) == [("meeting", "2024-05-09")]


def test_a_date_in_a_since_phrase_closed_before_the_trigger_is_the_yardsticks():
    text = (
        "The envoy, on his first visit to the country since his appointment in February, held "
        "two hours of talks with the general."
    )
    assert ("talks", None) in _dated_by_tagger(text)
    # not a date inside the trigger's own phrase
    text = "Haiti has been in turmoil since the July 7, 2021, assassination of the president."
    assert _dated_by_tagger(text) == [("assassination", "2021-07-07")]


def test_the_narrative_focus_is_the_event_that_took_place_not_the_one_put_off():
    text = (
        "The envoy met the army chief on Thursday, as a donors' meeting planned for Saturday in "
        "Geneva was postponed. He held two hours of talks with the general."
    )
    assert _dated_by_tagger(text)[-1] == ("talks", "2024-05-09")


def test_an_anaphor_told_in_the_past_names_the_meeting_held_not_the_one_put_off():
    text = (
        "The envoy met the army chief on Thursday, as a donors' meeting planned for Saturday in "
        "Geneva was postponed. The envoy told reporters after the meeting that aid must flow."
    )
    assert _dated_by_tagger(text)[-1] == ("meeting", "2024-05-09")


def test_a_sentence_opening_time_with_around_or_shortly_after_dates_the_main_clause():
    assert _dated_by_tagger(
        "At around 8:30 a.m. Thursday, troops stormed a compound in the town."
    ) == [("stormed", "2024-05-09T08:30")]
    assert _dated_by_tagger("Shortly after 9 p.m. on Thursday, gunmen opened fire on a bus.") == [
        ("opened fire", "2024-05-09T21:00")
    ]


def test_a_summit_after_since_is_no_object_of_the_noun_before_since():
    text = (
        "It was the first gathering of the bloc's heads of state since an extraordinary summit "
        "planned for Accra on April 4 was postponed."
    )
    assert _dated_by_tagger(text) == [("summit", "2024-04-04")]


def test_a_response_made_with_a_strike_is_no_statement():
    text = "The army said it responded late Thursday night with a drone strike on a gathering."
    assert _dated_by_tagger(text) == [("drone strike", "2024-05-09TNI")]


def test_a_date_inside_according_to_a_statement_is_the_statements():
    text = (
        "The convoy came under fire from gunmen, according to a ministry statement read on "
        "state television late Thursday."
    )
    assert _dated_by_tagger(text) == [("came under fire", None)]


def test_a_past_event_in_a_relative_clause_takes_no_date_to_come_from_the_main_clause():
    text = (
        "The president, who declared martial law after the siege began, will visit troops on "
        "Monday, his spokesman said."
    )
    assert _dated_by_tagger(text) == [("siege", None)]
    # a past date may be the occasion of both
    text = (
        "Commandos raided a compound late Thursday, cornering the leader, who killed himself by "
        "detonating a suicide vest, officials said."
    )
    assert ("detonating", "2024-05-09") in _dated_by_tagger(text)


def test_an_infinitive_after_a_decisions_date_takes_its_own_later_date():
    assert [
        (m.trigger_text, m.date_value)
        for m in tagged(
            "The two countries agreed on Wednesday to hold a new round of their "
            "counterterrorism dialogue in Islamabad next month."
        )
    ] == [("round", "2024-06")]
    # a trip's purpose shares the trip's day
    assert [
        (m.trigger_text, m.date_value)
        for m in tagged("The minister will travel to Lima on Thursday to meet his counterpart.")
    ] == [("meet", "2024-05-16")]


def test_a_bare_hour_goes_on_the_day_of_the_event_it_names():
    # the hour after "the next day" is the car bomb's, told first, not the ambush's
    got = tagged(
        "Three police officers were killed when a car packed with explosives blew up outside "
        "a police station late Saturday, and four soldiers died the next day in an ambush. "
        "The car bomb went off at about 11:30 p.m. outside the station."
    )
    assert [(m.trigger_text, m.date_value) for m in got][-1] == ("car bomb", "2024-05-04T23:30")


def test_an_assault_by_gunmen_is_no_strike_told_before():
    got = tagged(
        "An army helicopter fired on the gunmen as they fled. The violence followed Wednesday's "
        "assault by gunmen on a television studio."
    )
    assert [(m.trigger_text, m.event_type) for m in got] == [
        ("fired on", "strike"),
        ("assault", "attack"),
    ]
