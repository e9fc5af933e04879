"""Unit tests of the rules added from the TempEval-3 error analysis, on made-up sentences.

Each test names the general English rule or TimeML convention it checks; none of the
sentences comes from the evaluation corpus.
"""

from datetime import date

from extractors.temporal import resolve, tag

FRI = date(2011, 3, 18)  # a Friday
OCT = date(2011, 10, 27)  # a Thursday late in October


def one(text, dct=FRI):
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------ decades


def test_decade_value_is_three_digits_as_in_timeml():
    assert resolve("the 1990s", FRI).value == "199"
    assert resolve("the early 1980s", FRI).value == "198"
    assert resolve("the nineties", FRI).value == "199"


# ------------------------------------------------------------ tense of the clause


def test_passive_after_a_future_auxiliary_is_future():
    assert one("The bonus would be paid in January to all staff.", OCT).value == "2012-01"
    assert one("Final rules are to be published in early November.", OCT).value == "2011-11"


def test_a_past_verb_telling_the_day_puts_it_before_the_report_weeks_ahead_or_not():
    dec = date(2025, 12, 30)
    assert one("It began in earnest on Feb. 12 with a phone call.", dec).value == "2025-02-12"
    assert one("The delegations met in Riyadh on Feb. 12 for talks.", dec).value == "2025-02-12"
    # a term set by a present or future clause stays the nearest one
    assert one("The company will redeem its preferred shares on Feb. 12.", dec).value == (
        "2026-02-12"
    )
    assert one("The accord would still be signed at a summit on Feb. 12.", dec).value == (
        "2026-02-12"
    )
    assert one("The board declared a dividend, payable Feb. 12.", dec).value == "2026-02-12"
    # a date opening the sentence, told by the past verb of its clause
    assert one("On Feb. 12, Pakistani aircraft struck houses in Khost.", dec).value == (
        "2025-02-12"
    )
    assert one("On Feb. 12, the ministers will meet in Paris.", dec).value == "2026-02-12"


def test_a_past_verb_tells_the_day_of_a_clock_time_too():
    mar = date(2019, 3, 14)
    told = "Villagers say the strike happened at about 7 a.m. on April 23."
    assert one(told, mar).value == "2018-04-23T07:00"
    assert one("The talks will open at 10 a.m. on April 23.", mar).value == "2019-04-23T10:00"


def test_passive_after_a_modal_of_the_past_is_not_future():
    assert one("The two men could not be found Wednesday.").value == "2011-03-16"


def test_deadline_takes_the_nearest_date_whatever_the_tense():
    assert one("The bank extended the credit line through January.", OCT).value == "2012-01"
    assert one("The firm said it must repay the loan by February.", OCT).value == "2012-02"
    assert one("The new rate takes effect, effective Feb. 1, the board said.", OCT).value == (
        "2012-02-01"
    )
    assert one("The fund had gained 3% through Oct. 19.", OCT).value == "2011-10-19"
    assert one("Shipments stayed flat through August, the firm said.", OCT).value == "2011-08"


# ------------------------------------------------------------ reporting periods


def test_a_year_earlier_after_a_quarter_is_the_same_quarter():
    text = "Profit rose in the third quarter from $5 million a year earlier."
    assert [t.value for t in tag(text, OCT)] == ["2011-Q3", "2010-Q3"]


def test_a_year_earlier_after_nine_months_is_the_previous_year():
    text = (
        "Profit rose in the third quarter. For the first nine months, sales rose 5% "
        "from a year earlier, and the year-earlier period had a charge."
    )
    values = [t.value for t in tag(text, OCT)]
    assert values == ["2011-Q3", "P9M", "2010", "P9M"]


def test_year_earlier_nine_months_is_one_duration():
    t = one("Net for the year-earlier nine months fell.", OCT)
    assert (t.text, t.type, t.value) == ("the year-earlier nine months", "DURATION", "P9M")
    found = tag("Jobs rose in the first nine months of 2010.", OCT)
    assert [(t.text, t.value) for t in found] == [
        ("the first nine months", "P9M"),
        ("2010", "2010"),
    ]


def test_a_period_of_an_earlier_year_does_not_move_the_quarter_in_focus():
    text = (
        "The firm earned $3 million in the first quarter, against $2 million in the "
        "2010 period. The quarter was strong."
    )
    assert [t.value for t in tag(text, OCT)] == ["2011-Q1", "2010-Q1", "2011-Q1"]


def test_the_corresponding_period_last_year_is_one_quarter():
    text = "Net fell in the third quarter from $2 million in the corresponding period last year."
    found = tag(text, OCT)
    assert [(t.text, t.value) for t in found] == [
        ("the third quarter", "2011-Q3"),
        ("the corresponding period last year", "2010-Q3"),
    ]
    text = "Sales rose in the second quarter; last year's quarter was weak."
    assert [t.value for t in tag(text, OCT)] == ["2011-Q2", "2010-Q2"]
    text = "Profit rose in the third quarter. For the quarter a year ago, it lost money."
    assert [t.text for t in tag(text, OCT)][-1] == "the quarter a year ago"


# ------------------------------------------------------------ clock times and years in words


def test_clock_time_with_a_date_is_one_time():
    t = one("The offer expires at 5 p.m. EST, Nov. 9, the company said.", OCT)
    assert (t.text, t.type, t.value) == ("5 p.m. EST, Nov. 9", "TIME", "2011-11-09T17:00")
    t = one("The tender runs until 11 a.m. Nov. 2.", OCT)
    assert t.value == "2011-11-02T11:00"


def test_month_and_season_with_a_year_in_words():
    assert one("January nineteen ninety-seven. A bomb went off again.").value == "1997-01"
    t = one("Oil fell to the level seen in the winter of nineteen ninety-four.")
    assert (t.text, t.value) == ("the winter of nineteen ninety-four", "1994-WI")
    assert one("In March two thousand one, prices fell.").value == "2001-03"


# ------------------------------------------------------------ vague references and rates


def test_near_future_and_short_term_are_future_references():
    assert one("Prices should ease in the near future.").value == "FUTURE_REF"
    assert one("The cuts will hurt in the short term.").value == "FUTURE_REF"
    assert one("Demand looks weak for the near term.").value == "FUTURE_REF"
    assert tag("He made short-term loans.", FRI) == []


def test_the_moment_is_not_a_timex():
    assert tag("There are no flights at the moment.", FRI) == []


def test_growth_rate_is_not_a_set():
    assert tag("Revenue should grow 8% annually.", FRI) == []
    assert one("The firm pays $2 million annually.").value == "P1Y"


# ------------------------------------------------------------ holidays by calendar rule


def test_fixed_date_holidays_take_the_year_from_tense():
    assert one("Shops were closed for Christmas.").value == "2010-12-25"
    assert one("The mission will end by Christmas.").value == "2011-12-25"
    assert one("Sales fell over New Year's Day 2009.").value == "2009-01-01"


def test_rule_based_holidays():
    jan = date(2000, 1, 7)
    assert one("The boy was found on Thanksgiving Day.", jan).value == "1999-11-25"
    assert one("He left home last Thanksgiving.", jan).value == "1999-11-25"
    assert one("Crowds gathered on Easter Sunday.", date(2011, 5, 2)).value == "2011-04-24"
    assert one("The banks reopen after Labor Day.", date(2011, 8, 20)).value == "2011-09-05"
    t = one("Pilgrims arrived as Easter week began.", date(2000, 4, 17))
    assert (t.text, t.value) == ("Easter week", "2000-W16")


# ------------------------------------------------------------ sentences, quarters of a year


def test_sentence_start_right_before_the_expression_stops_the_tense_scan():
    text = "More protests are expected. Friday's vote was close."
    assert [t.value for t in tag(text, date(2013, 3, 21))] == ["2013-03-15"]


def test_quarter_or_half_of_a_relative_year_is_one_timex():
    d = date(2013, 3, 21)
    assert [
        (t.text, t.value) for t in tag("Output fell in the fourth quarter of last year.", d)
    ] == [("the fourth quarter of last year", "2012-Q4")]
    assert one("The first half of the year was weak.", d).value == "2013-H1"


def test_nine_eleven_names_the_2001_attacks():
    assert one("Security has changed since 9/11.", date(2013, 3, 21)).value == "2001-09-11"


def test_eastern_time_zone_abbreviation():
    t = one("Trading closed at 4 p.m. ET on Thursday.", date(2013, 3, 21))
    assert t.text == "4 p.m. ET on Thursday" and t.value == "2013-03-21T16:00"


# ------------------------------------------------------------ 'the year', adjectives in -ed


def test_the_year_is_the_dct_year_unless_a_year_was_named_in_the_sentence():
    text = "Profit fell last year. The firm expects a gain for the full year."
    assert [t.value for t in tag(text, OCT)] == ["2010", "2011"]
    text = "The plant opened in 1995 and closed later in the year."
    assert [t.value for t in tag(text, OCT)] == ["1995", "1995"]


def test_an_ed_adjective_after_a_determiner_is_not_a_past_verb():
    t = one("The dividend will be paid on a still unspecified date in January.", OCT)
    assert t.value == "2012-01"


# ------------------------------------------------------------ modals and false positives


def test_modal_of_possibility_points_to_the_future():
    assert one("Protesters may march on Sunday, organisers said.").value == "2011-03-20"
    assert one("He may have met the envoy on Sunday.").value == "2011-03-13"


def test_month_name_before_a_name_is_no_month():
    assert tag("August Wilson wrote ten plays.", FRI) == []
    assert [t.text for t in tag("Apr. 1 is April Fools' Day.", FRI)] == ["Apr. 1"]
    assert one("Prices rose in August Britain-wide.").value == "2010-08"


def test_numbers_after_codes_are_not_years():
    assert tag("Call 555-1234 or book Room 2012.", FRI) == []
    assert [t.value for t in tag("The 1999-2000 season was long.", FRI)] == ["1999", "2000"]


def test_a_number_naming_a_model_or_a_resolution_is_not_a_year():
    assert tag("A patrol of Mirage 2000 jets flew over the town.", FRI) == []
    assert tag("The council passed Resolution 1973 authorizing a no-fly zone.", FRI) == []
    assert [t.value for t in tag("The war began in 2000 and ended later.", FRI)] == ["2000"]
    assert [t.value for t in tag("It was calm until Christmas 2009 there.", FRI)] == ["2009-12-25"]


# ------------------------------------------------------------ tense: quotations and clauses

WED = date(2011, 3, 16)  # a Wednesday


def test_a_quotation_in_the_previous_sentence_does_not_give_the_tense():
    # The closing quote after the full stop ends the sentence: "must" is the speaker's.
    text = 'Talks stalled. "We must wait." On Friday in Paris, the minister met his counterpart.'
    assert one(text, WED).value == "2011-03-11"


def test_a_quotation_that_does_not_hold_the_weekday_does_not_give_its_tense():
    assert one('On Friday, the minister: "We will respond."', WED).value == "2011-03-11"
    text = "On Friday the envoy assured his host that “we will not leave you alone.”"
    assert one(text, WED).value == "2011-03-11"


def test_a_weekday_inside_a_quotation_takes_the_tense_of_the_quotation():
    assert one('He will tell the court: "On Friday I stayed home."', WED).value == "2011-03-11"
    assert one('"On Friday we will decide," he said.', WED).value == "2011-03-18"


def test_the_reporting_clause_dates_the_saying_not_the_reported_future():
    assert one("The group said Friday that it will hold talks.", WED).value == "2011-03-11"
    assert one("On Friday the group, which will hold talks, attacked a town.", WED).value == (
        "2011-03-11"
    )


def test_a_future_in_another_coordinated_clause_does_not_give_the_tense():
    text = "Officials will meet again, but on Friday the rebels attacked the town."
    assert one(text, WED).value == "2011-03-11"
    assert one("On Friday the court will rule.", WED).value == "2011-03-18"


# ------------------------------------------------------------ "days later" and the date in focus


def _span(t):
    r = t.resolution
    return (r.value, r.type, r.start, r.end, r.granularity, r.date_type)


def test_days_later_after_a_day_is_the_vague_duration_over_the_following_week():
    # TimeML tags the vague duration (PXD); the calendar span counts from the day in focus.
    text = "Rebels seized the town on March 3. Days later, troops returned."
    t = tag(text, FRI)[1]
    assert t.text == "Days later"
    assert _span(t) == (
        "PXD",
        "DURATION",
        date(2011, 3, 4),
        date(2011, 3, 10),
        "day",
        "approximate",
    )
    assert "date in focus 2011-03-03" in t.resolution.reason


def test_a_few_days_later_and_weeks_later_count_from_the_day_in_focus():
    text = "Rebels seized the town on March 3. A few days later, troops returned."
    t = tag(text, FRI)[1]
    assert (t.text, t.value, t.resolution.start, t.resolution.end) == (
        "A few days later",
        "PXD",
        date(2011, 3, 4),
        date(2011, 3, 10),
    )
    t = tag("The plant closed on March 3. Weeks later, it reopened.", FRI)[1]
    assert (t.value, t.resolution.granularity, t.resolution.date_type) == (
        "PXW",
        "week",
        "approximate",
    )
    assert t.resolution.start == date(2011, 3, 10)


def test_days_earlier_is_before_the_day_in_focus():
    t = tag("The vote was held on March 10. Days earlier, the leader resigned.", FRI)[1]
    assert (t.value, t.resolution.start, t.resolution.end) == (
        "PXD",
        date(2011, 3, 3),
        date(2011, 3, 9),
    )


def test_days_later_after_a_month_stays_in_that_month():
    t = tag("In January the firm hired a chief. Days later, it reported a loss.", FRI)[1]
    assert _span(t) == (
        "PXD",
        "DURATION",
        date(2011, 1, 1),
        date(2011, 1, 31),
        "month",
        "approximate",
    )


def test_days_later_without_a_date_in_focus_has_no_calendar_span():
    t = one("Days later, troops returned.")
    assert (t.value, t.resolution.start, t.resolution.end) == ("PXD", None, None)


def test_the_weeks_ahead_is_a_vague_duration():
    assert one("Prices may fall in the weeks ahead.").value == "PXW"


def test_two_days_later_after_a_month_is_that_month_not_a_day_from_publication():
    t = tag("In January the firm hired a chief. Two days later, it reported a loss.", FRI)[1]
    assert _span(t) == (
        "2011-01",
        "DATE",
        date(2011, 1, 1),
        date(2011, 1, 31),
        "month",
        "approximate",
    )
    # The month mentioned last is in focus, not an older day.
    text = "On Jan. 5 the firm hired a chief. In February it sold a unit. Two days later, it fell."
    assert tag(text, FRI)[2].value == "2011-02"


def test_months_later_counts_from_the_month_in_focus():
    t = tag("In January the firm hired a chief. Two months later, it reported a loss.", FRI)[1]
    assert (t.value, t.resolution.date_type) == ("2011-03", "exact")


def test_a_day_earlier_after_a_day_is_the_day_before_it():
    t = tag("The talks ended on March 3. A day earlier, troops had left.", FRI)[1]
    assert (t.value, t.resolution.granularity) == ("2011-03-02", "day")


def test_the_next_day_after_a_month_is_that_month_approximately():
    t = tag("In January rebels took the town. The next day, troops arrived.", FRI)[1]
    assert (t.value, t.resolution.granularity, t.resolution.date_type) == (
        "2011-01",
        "month",
        "approximate",
    )


def test_a_year_ago_comparison_does_not_move_the_focus_of_a_later_comparison():
    text = (
        "Profit rose in the third quarter from a year ago. For the nine months, "
        "net fell from a year earlier."
    )
    assert [t.value for t in tag(text, OCT)] == ["2011-Q3", "2010-Q3", "P9M", "2010"]


def test_a_fronted_weekday_takes_the_tense_of_the_verb_after_a_long_subject():
    text = "On Friday, the National Association of Retail Grocers plans to hold a news conference."
    assert one(text, WED).value == "2011-03-18"


def test_a_weekday_after_a_deadline_word_is_the_coming_one_unless_it_was_yesterday():
    assert one("The agency gave the family until 9 a.m. Friday to reply.", WED).value == (
        "2011-03-18T09:00"
    )
    assert one("Officials postponed the vote until Monday morning.", WED).value == ("2011-03-21TMO")
    # The day before the report: the deadline has just passed.
    assert one("The rebels were told to leave by Tuesday.", WED).value == "2011-03-15"


# ------------------------------------------------------------ vague quantities of time


def test_a_couple_of_units_is_two():
    assert one("Prices will not recover for a couple of years.").value == "P2Y"
    assert one("Over the next couple of months the plant stays shut.").value == "P2M"


def test_recent_years_is_a_vague_past_reference():
    t = one("Exports have grown in recent years.")
    assert (t.value, t.resolution.end) == ("PAST_REF", FRI)
    assert one("There were such sales in past years, too.").value == "PAST_REF"
    # Other units keep the vague duration, as TimeML annotates them most often.
    assert one("Exports have grown in recent months.").value == "PXM"


def test_this_past_and_this_coming_are_one_expression_with_last_and_next():
    assert [(t.text, t.value) for t in tag("Crops failed this past summer.", WED)] == [
        ("this past summer", "2010-SU")
    ]
    assert one("The plant opens this coming April.", WED).value == "2011-04"
    assert one("Sales fell this past week.", WED).value == "2011-W10"
    assert one("The vote is set for this coming weekend.", WED).value == "2011-W11-WE"


def test_a_plan_in_the_past_perfect_is_over():
    mon = date(1990, 10, 29)  # a Monday
    assert one("The offer had been scheduled to expire Friday.", mon).value == "1990-10-26"
    assert one("The offer is scheduled to expire Friday.", mon).value == "1990-11-02"


def test_a_day_just_past_stays_past_under_a_future_marker():
    # Written on May 9: a deadline of May 1 is the one just missed, not next year's.
    text = "The withdrawal was supposed to be concluded by May 1."
    assert one(text, date(2021, 5, 9)).value == "2021-05-01"
    assert one("The summit will be held on May 1.", date(2021, 3, 9)).value == "2021-05-01"


def test_later_than_is_a_difference_of_time_not_a_date():
    t = tag("The ship sailed on March 3. It left a month later than planned.", FRI)[1]
    assert (t.text, t.type, t.value, t.resolution.start) == (
        "a month later",
        "DURATION",
        "P1M",
        None,
    )


def test_a_when_clause_after_the_weekday_speaks_of_that_day():
    assert one("The court meets on Friday, when it will rule on the case.", WED).value == (
        "2011-03-18"
    )


# ------------------------------------------------------------ weeks from a day in focus


def test_a_week_earlier_than_a_day_in_focus_is_a_day():
    text = "Troops raided the camp on Monday. A week earlier, a bomb hit a convoy."
    assert [t.value for t in tag(text, FRI)] == ["2011-03-14", "2011-03-07"]


def test_a_week_earlier_than_a_month_in_focus_stays_a_week_or_coarser():
    text = "Troops raided the camp in January. Two weeks later, a bomb hit a convoy."
    values = [t.value for t in tag(text, FRI)]
    assert values[0] == "2011-01" and len(values[1]) != len("2011-03-07")


# ------------------------------------------------------------ quoted deixis


def test_yesterday_in_a_quotation_counts_from_the_day_it_was_said():
    text = '"Yesterday\'s raid removed a key facilitator," the spokesman said on Wednesday.'
    assert [(t.text, t.value) for t in tag(text, FRI)] == [
        ("Yesterday", "2011-03-15"),
        ("Wednesday", "2011-03-16"),
    ]


def test_this_morning_quoted_after_a_dated_statement():
    text = 'The group said in a statement Thursday that it had hit the base "this morning".'
    assert [t.value for t in tag(text, FRI)] == ["2011-03-17", "2011-03-17TMO"]


def test_yesterday_outside_a_quotation_or_without_a_dated_statement_counts_from_publication():
    assert [t.value for t in tag("The spokesman said on Wednesday that yesterday was calm.", FRI)][
        1
    ] == "2011-03-17"
    assert [t.value for t in tag('"Yesterday was calm," the spokesman said.', FRI)] == [
        "2011-03-17"
    ]


def test_a_statement_in_an_earlier_sentence_does_not_move_a_quotation():
    text = 'The minister spoke on Wednesday. "I will leave tomorrow," he read from a letter.'
    assert [t.value for t in tag(text, FRI)] == ["2011-03-16", "2011-03-19"]


# ------------------------------------------------------------ months of a year in focus


def test_month_of_that_year_takes_the_year_in_focus():
    text = "Troops retook the town in 2008. An offensive retook the port in August of that year."
    assert [t.value for t in tag(text, FRI)] == ["2008", "2008-08"]
    text = "Rebels seized the city in May 2005 and lost it in March of the following year."
    assert [t.value for t in tag(text, FRI)] == ["2005-05", "2006-03"]


def test_that_year_takes_the_year_of_a_superlatives_yardstick():
    # the yardstick does not move the narrative, but it is the year "that year" points to
    text = (
        'They called it "the biggest attack on our camps since 2018," referring to the '
        "missile attack on its headquarters in September of that year."
    )
    assert [t.value for t in tag(text, FRI)] == ["2018", "2018-09"]
    text = "It was the deadliest attack since 2014. The following year, talks began."
    assert [t.value for t in tag(text, FRI)] == ["2014", "2015"]


def test_part_of_a_month_of_a_relative_year_is_one_expression():
    dct = date(2025, 7, 17)
    text = "In early January last year, troops left; in mid-March this year they returned."
    assert [(t.text, t.value) for t in tag(text, dct)] == [
        ("early January last year", "2024-01"),
        ("mid-March this year", "2025-03"),
    ]


def test_a_day_of_that_year_takes_the_year_in_focus():
    text = "The army was deployed in 2009. A bomb hit the academy on June 5 of that year."
    assert [t.value for t in tag(text, FRI)] == ["2009", "2009-06-05"]
    text = "The truce began in May 2005; talks opened on 3 February the following year."
    assert [t.value for t in tag(text, FRI)] == ["2005-05", "2006-02-03"]
    # with no year in focus, "that year" can only be the publication's
    assert one("Talks opened on January 9 of that year.").value == "2011-01-09"


def test_a_day_without_year_after_a_coarser_date_of_another_year_takes_that_year():
    text = "Fighting grew in the spring of 2008, when rebels stormed the prison on April 2."
    assert [t.value for t in tag(text, FRI)] == ["2008-SP", "2008-04-02"]
    text = "In 2006, gunmen attacked the convoy on May 23."
    assert [t.value for t in tag(text, FRI)] == ["2006", "2006-05-23"]
    # a year opening a coordinated clause does the same for its clause
    text = (
        "Jets bombed a camp on Feb. 26, 2009, and in 2006 the army crossed the line on May 23, "
        "after the attack of May 18 that year."
    )
    assert [t.value for t in tag(text, FRI)] == ["2009-02-26", "2006", "2006-05-23", "2006-05-18"]
    # a bound does not tell the year of what follows it
    text = "Since 2006, gunmen have attacked convoys; the last one was hit on January 23."
    assert [t.value for t in tag(text, FRI)][-1] == "2011-01-23"
    # nor does a date inside a relative clause
    text = "The states, which were invited in July 2007, will join on March 22."
    assert [t.value for t in tag(text, FRI)] == ["2007-07", "2011-03-22"]


def test_a_weekday_of_a_named_week_is_that_weekday_of_that_week():
    # published Friday 2011-03-18; the week of DCT runs Monday 14 to Sunday 20
    assert one("A man was stabbed on Friday of last week.").value == "2011-03-11"
    assert one("They meet on Tuesday of next week.").value == "2011-03-22"
    assert one("Talks opened Monday last week.").value == "2011-03-07"
    assert one("It ends Thursday of this week.").value == "2011-03-17"
    # a comma ends the weekday's phrase
    assert tag("On Monday, last week's talks resumed.", FRI)[0].value == "2011-03-14"


def test_years_ago_today_is_the_publications_day_that_many_years_back():
    assert one("Two years ago today, a raid went wrong in the hills.").value == "2009-03-18"
    assert one("A year ago yesterday, gunmen stormed the hotel.").value == "2010-03-17"
    assert one("Five years ago this week, the army took the town.").value == "2006-W11"
    assert one("A year ago this month, the talks collapsed.").value == "2010-03"
    # so do weeks: the publication's weekday that many weeks back
    assert one("A week ago today, a car bomb tore through the market.").value == "2011-03-11"
    assert one("Two weeks ago yesterday, gunmen stormed the hotel.").value == "2011-03-03"
    # a count of days keeps its own meaning
    assert tag("Three days ago today the talks opened.", FRI)[0].value == "2011-03-15"


# ------------------------------------------------------------ reported plans


def test_a_weekday_after_would_speak_or_hopes_to_lies_ahead():
    text = "The president said on Wednesday he would speak by phone with the emir on Monday."
    assert [t.value for t in tag(text, FRI)] == ["2011-03-16", "2011-03-21"]
    text = "He has said he hopes to return before the group's summit in November."
    assert [t.value for t in tag(text, FRI)] == ["2011-11"]


def test_a_day_a_past_perfect_plan_was_set_for_is_the_nearest_one():
    # published Friday 2011-03-18: the Wednesday two days before, not the one after
    text = "The fifth round of talks had been scheduled to open Wednesday in Quito."
    assert [t.value for t in tag(text, FRI)] == ["2011-03-16"]
    # late October: the coming November, not last year's
    text = "The meeting that had been scheduled to take place in early November was postponed."
    assert [t.value for t in tag(text, OCT)] == ["2011-11"]


def test_a_deadline_weekday_still_means_the_coming_one():
    assert [t.value for t in tag("The rebels must withdraw by Wednesday.", FRI)] == ["2011-03-23"]


def test_an_adjective_in_a_planned_meeting_does_not_make_it_past():
    text = "The council is scheduled to hold closed consultations on Monday, diplomats said."
    assert [t.value for t in tag(text, FRI)] == ["2011-03-21"]
    # a past verb after a future one still governs its own date
    assert [t.value for t in tag("The army will say it killed 20 militants on Monday.", FRI)] == [
        "2011-03-14"
    ]


# ------------------------------------------------------------ day of the month alone


def test_the_nth_after_on_is_that_day_of_the_publication_month_or_the_one_beside_it():
    assert one("Gunmen threw a grenade at a patrol on the 12th, wounding three.").value == (
        "2011-03-12"
    )
    assert one("Negotiators said the talks would resume on the 25th.").value == "2011-03-25"
    assert one("Negotiators said the talks would resume on the 2nd.").value == "2011-04-02"
    assert one("The ceasefire collapsed on the 20th after an ambush.").value == "2011-02-20"


def test_the_nth_before_a_noun_is_no_date():
    assert tag("The office is on the 5th floor of the tower.", FRI) == []
    assert tag("They met on the 20th anniversary of the accord.", FRI) == []


def test_a_participle_clause_after_a_comma_does_not_lend_its_tense():
    found = one(
        "The militants have rejected the government's offer of talks, agreed at a meeting of "
        "all the parties in the capital on Sept. 9, saying the army must first withdraw.",
        date(2013, 10, 15),
    )
    assert found.value == "2013-09-09"


def test_a_weekday_with_a_month_and_day_names_the_year_when_near_years_do_not_match():
    found = one(
        "On Friday, January 9, the gunmen took refuge in a printing works.", date(2020, 8, 20)
    )
    assert found.value == "2015-01-09"


# ------------------------------------------------------------ the day in focus


def test_later_in_the_day_and_the_afternoon_take_the_date_in_focus():
    found = tag("Shells hit a school on Tuesday. Later in the day, a jet struck a clinic.", FRI)
    assert [(t.text, t.resolution.value) for t in found] == [
        ("Tuesday", "2011-03-15"),
        ("Later in the day", "2011-03-15"),
    ]
    found = tag("Troops entered the town on Tuesday and left in the afternoon.", FRI)
    assert [t.resolution.value for t in found] == ["2011-03-15", "2011-03-15TAF"]
    # "the morning of March 3" is that date's, not a part of the day in focus
    found = tag("The bombing happened in the morning of March 3.", FRI)
    assert [t.text for t in found] == ["March 3"]


def test_a_superlatives_since_yardstick_does_not_move_the_focus():
    text = (
        "A bomber struck a checkpoint on Sunday. It was the worst attack since a restaurant "
        "was targeted in August. Two days later, a drone hit a convoy."
    )
    found = tag(text, FRI)
    assert found[-1].text == "Two days later" and found[-1].resolution.value == "2011-03-15"
    # a "when" clause after the date tells what happened then
    text = (
        "Leaders have been first in line since October 9, when a gunman attacked. A day later, ..."
    )
    assert tag(text, OCT)[-1].resolution.value == "2011-10-10"
    # however long the yardstick's own phrase
    text = (
        "A commander was killed on Sunday, in the most significant blow to the group's "
        "military leadership since the border fighting began on October 8. His car was hit "
        "at around 9 a.m."
    )
    assert tag(text, FRI)[-1].resolution.value == "2011-03-13T09:00"


def test_today_after_a_capitalised_word_is_a_title_not_the_day():
    found = tag("A security source told L'Orient Today and USA Today that it happened.", FRI)
    assert found == []
    assert one("Today, the minister said the talks would go ahead.").resolution.value == (
        "2011-03-18"
    )


def test_a_clock_time_belongs_to_the_event_day_not_to_the_day_of_a_statement():
    text = (
        "Militants stormed a hotel on Friday night, police said Saturday. "
        "The assault began shortly after 8 p.m. when a car rammed the gate."
    )
    assert [t.value for t in tag(text, date(2018, 6, 23))] == [
        "2018-06-22TNI",
        "2018-06-23",
        "2018-06-22T20:00",
    ]
    # with no statement in between, the last day in focus
    text = "Troops entered the town on Saturday. The shooting began at 8 p.m."
    assert [t.value for t in tag(text, date(2018, 6, 25))][-1] == "2018-06-23T20:00"


def test_a_night_named_by_the_two_days_it_joins_is_the_day_it_runs_into():
    wed = date(2012, 5, 23)
    said = "Militants attacked the post on the night between Saturday and Sunday."
    assert one(said, wed).value == "2012-05-20"
    assert one("Jets bombed the city overnight Sunday into Monday.", wed).value == "2012-05-21"
    assert one("Troops raided the camp overnight Sunday-Monday.", wed).value == "2012-05-21"
    said = "The operation began on the intervening night of Sunday and Monday."
    assert one(said, wed).value == "2012-05-21"
    # two days that are not one night apart are two weekdays
    found = tag("Talks ran on the night between Saturday and Monday.", wed)
    assert [(t.text, t.resolution.value) for t in found] == [
        ("Saturday", "2012-05-19"),
        ("Monday", "2012-05-21"),
    ]


def test_a_day_naming_an_event_takes_the_year_the_event_is_told_in():
    wed = date(2012, 5, 23)
    recalled = "Elders recalled the March 17 strike on a jirga in Datta Khel last year."
    assert tag(recalled, wed)[0].resolution.value == "2011-03-17"
    # a day that opens its clause is not the name of an event told later
    approved = "On March 17 the council approved the plan it proposed last year."
    assert tag(approved, wed)[0].resolution.value == "2012-03-17"


def test_violence_a_weekday_is_the_possessor_of_is_past_whatever_the_sentence_tense():
    thu = date(2019, 7, 18)
    said = "Wednesday's shooting will change how people feel here, an analyst said."
    assert one(said, thu).value == "2019-07-17"
    said = "Sunday's drone strike will complicate the talks, diplomats said."
    assert one(said, thu).value == "2019-07-14"
    # a meeting of that day may be to come
    assert one("Monday's meeting will decide the matter.", thu).value == "2019-07-22"


def test_a_negated_plan_still_looks_ahead():
    thu = date(2019, 2, 28)
    said = "The minister said he would not attend the meeting in Abu Dhabi on Friday."
    assert one(said, thu).value == "2019-03-01"


# ------------------------------------------------------------ clock times


def test_shortly_after_midnight_is_the_first_hour_of_the_day():
    found = tag(
        "The strike came at dawn on Friday. Shortly after midnight, jets struck a house.", FRI
    )
    assert [t.value for t in found] == ["2011-03-18", "2011-03-18T00:00"]
    assert one("The talks ran until midnight.").value.endswith("T24:00")


def test_a_past_clause_hour_does_not_take_a_later_planned_day():
    text = "Their funeral is set for Saturday. Shortly after 1 a.m., jets struck a house."
    found = tag(text, FRI)
    assert [t.value for t in found] == ["2011-03-19", "2011-03-18T01:00"]
    assert "a past clause" in found[1].resolution.reason


def test_a_plan_reported_as_going_ahead_is_ahead_of_the_report():
    assert one("He said the Tuesday meeting would go ahead.").value == "2011-03-22"
    assert one("She told reporters the talks on Monday would still take place.").value == (
        "2011-03-21"
    )
    # the past of what is reported stays past
    assert one("He said Monday's attack would be investigated.").value == "2011-03-14"


def test_a_weekday_that_begins_a_name_is_no_date():
    assert tag("Two blasts tore through the Monday Market in Maiduguri.", FRI) == []
    assert tag("Worshippers left the Friday Mosque.", FRI) == []
    assert one("They met on the Monday after the vote.").value == "2011-03-14"


def test_a_predicate_joined_by_comma_and_keeps_its_tense_to_itself():
    text = (
        "The prime minister held talks with the chief minister at the Governor House late on "
        "Monday, and is due to chair a meeting of the committee on Friday."
    )
    assert [(t.text, t.value) for t in tag(text, FRI)] == [
        ("Monday", "2011-03-14"),
        ("Friday", "2011-03-18"),
    ]
    # a plan in the same predicate still looks ahead
    assert one("He is due to chair a meeting of the committee on Monday.").value == "2011-03-21"


def test_a_timeline_entrys_date_is_past_even_months_ahead_of_the_nearest():
    dec = date(2011, 12, 30)
    text = "Here are the key events of the year.\n\nMarch 16 — Gunmen ambush a supply convoy."
    assert tag(text, dec)[-1].resolution.value == "2011-03-16"
    # not a date inside a sentence, which stays the nearest one
    text = "The ministers meet again on March 16 — the first time since the war."
    assert tag(text, dec)[-1].resolution.value == "2012-03-16"


def _value_of(text: str, dct: date, words: str) -> str | None:
    return next(t.value for t in tag(text, dct) if t.text == words)


def test_a_relative_year_opening_the_sentence_is_the_year_of_its_month_and_day():
    nov = date(2019, 11, 28)
    text = "Earlier this year, clinics were set on fire: the February 24 attack forced MSF out."
    assert _value_of(text, nov, "February 24") == "2019-02-24"
    text = "Last year, gunmen attacked the town on March 4 and killed 12 people."
    assert _value_of(text, nov, "March 4") == "2018-03-04"
    # not a year said later in the sentence, which leaves the date nearest the report
    text = "The February 24 vote, he said, was the most important event this year."
    assert _value_of(text, nov, "February 24") == "2020-02-24"


def test_a_relative_year_closing_the_noun_phrase_is_the_year_of_its_month_and_day():
    jan = date(2023, 1, 30)
    text = (
        "It was the deadliest since the March 4 suicide attack on a Shia mosque in the old "
        "city last year, which killed more than 60 worshippers."
    )
    assert _value_of(text, jan, "March 4") == "2022-03-04"
    # a verb between them: the year belongs to another clause
    text = "The March 4 hearing will be the first since the court reopened last year."
    assert _value_of(text, jan, "March 4") == "2023-03-04"


def test_a_day_officials_had_said_a_plan_might_take_is_the_nearest_of_that_name():
    sun = date(2024, 9, 29)
    text = (
        "A planned meeting, which officials had said might take place on Thursday, did not happen."
    )
    assert _value_of(text, sun, "Thursday") == "2024-09-26"
    # said now, it still looks ahead
    text = "Officials say the meeting might take place on Thursday."
    assert _value_of(text, sun, "Thursday") == "2024-10-03"


def test_a_perfect_invitation_to_a_meeting_on_a_weekday_looks_ahead():
    mon = date(2024, 2, 5)
    text = "The negotiators have been invited to a crisis meeting in Brussels on Thursday."
    assert _value_of(text, mon, "Thursday") == "2024-02-08"


def test_the_next_day_after_a_reporting_day_counts_from_the_event_told():
    tue = date(2022, 6, 21)
    text = (
        "Gunmen killed 230 people early on Saturday morning. An official said on Tuesday that "
        "an inquiry was under way. The next day, gunmen stopped a bus and abducted 17 people."
    )
    assert _value_of(text, tue, "The next day") == "2022-06-19"
    # a plan told on the reporting day still looks to the day after it
    text = "An official said on Tuesday that the envoy would arrive the next day."
    assert _value_of(text, tue, "the next day") == "2022-06-22"


def test_a_weekday_and_a_date_glossing_each_other_name_the_same_day():
    jul = date(2024, 7, 1)  # a Monday: "Sunday" alone would be June 30
    text = "Here is a recap.\n\nJune 2 (Sunday): Militants drop bombs on a village."
    assert [t.value for t in tag(text, jul)] == ["2024-06-02", "2024-06-02"]
    text = "The attack took place on Sunday (June 2) in the village."
    assert [t.value for t in tag(text, jul)] == ["2024-06-02", "2024-06-02"]
    # not a date whose weekday is another: each keeps its own reading
    text = "The meeting on Saturday (8/12) lasted four hours."
    assert [t.value for t in tag(text, jul)][:2] == ["2024-06-29", "2024-08-12"]


def test_the_same_day_in_a_later_sentence_is_the_day_of_the_event_not_of_the_statement():
    thu = date(2024, 4, 18)
    text = (
        "Seven soldiers were killed on Wednesday when gunmen attacked two posts, the army said "
        "in a statement on Thursday. The army said it had responded with air strikes the same day."
    )
    assert _value_of(text, thu, "the same day") == "2024-04-17"
    # in the statement's own sentence, the day is the statement's
    text = "Officials said on Thursday that they had met the envoy the same day."
    assert _value_of(text, thu, "the same day") == "2024-04-18"


def test_a_count_back_in_the_past_tense_skips_a_plan_told_last():
    tue = date(2024, 1, 9)
    told = "The envoy met the prime minister on Tuesday. He is due to meet the king on Thursday."
    assert _value_of(f"{told} A day earlier, he held talks in Riyadh.", tue, "A day earlier") == (
        "2024-01-08"
    )
    text = f"{told} Days earlier, he held talks in Riyadh."
    days = next(t.resolution for t in tag(text, tue) if t.text == "Days earlier")
    assert days.end == date(2024, 1, 8)
    # a count looking ahead, or back in the future tense, still counts from the plan
    assert _value_of(f"{told} A day later, he will fly to Cairo.", tue, "A day later") == (
        "2024-01-12"
    )
    assert _value_of(f"{told} A day earlier, he will visit Amman.", tue, "A day earlier") == (
        "2024-01-10"
    )


def test_a_month_and_day_just_after_a_day_of_another_year_is_of_that_year():
    dct = date(2024, 3, 24)
    text = (
        "The attack, which began on March 24, 2021, went on for a week. On March 26, "
        "insurgents ambushed a convoy."
    )
    assert _value_of(text, dct, "March 26") == "2021-03-26"
    # not across a paragraph (there, the past one nearest the report), nor before the day told
    assert _value_of(text.replace(" On March 26", "\n\nOn March 26"), dct, "March 26") == (
        "2023-03-26"
    )
    text = "Talks opened on December 28, 2023. On January 2, the sides met again."
    assert _value_of(text, date(2024, 1, 10), "January 2") == "2024-01-02"


def test_a_timeline_entry_announcing_a_plan_is_dated_nearest_the_report():
    text = "Oct 17 - Fighters take the town.\n\nOct 18 - The church announces it will host talks."
    assert _value_of(text, date(2024, 11, 18), "Oct 18") == "2024-10-18"


def test_the_day_a_plan_was_due_or_convened_for_is_the_nearest_one():
    monday, saturday = date(2024, 1, 8), date(2024, 6, 8)
    text = (
        "A visit by the minister, who had been due in Beirut on Tuesday, was called off, "
        "the embassy said on Monday."
    )
    assert _value_of(text, monday, "Tuesday") == "2024-01-09"
    text = (
        "A peace meeting, which the home ministry had convened for Monday in New Delhi, has "
        "been postponed, officials said on Saturday."
    )
    assert _value_of(text, saturday, "Monday") == "2024-06-10"
    # a visit told in the past is of the past day
    assert _value_of("The minister was in Beirut on Tuesday.", monday, "Tuesday") == "2024-01-02"


def test_the_day_of_a_plan_put_off_is_the_nearest_one():
    monday = date(2025, 3, 17)
    text = "Tuesday's summit of the bloc had been postponed, officials said."
    assert _value_of(text, monday, "Tuesday") == "2025-03-18"
    text = "Saturday's summit was cancelled, officials said."
    assert _value_of(text, monday, "Saturday") == "2025-03-15"


def test_may_after_a_name_is_part_of_the_name():
    d = date(2024, 10, 24)
    text = "A ship blasted water cannon at the supply boat Unaizah May 1 on Sunday."
    assert [t.text for t in tag(text, d)] == ["Sunday"]
    assert [t.text for t in tag("The vote on Sunday May 16 was close.", d)] == ["Sunday May 16"]
    assert [t.text for t in tag("Troops entered the town May 4, residents said.", d)] == ["May 4"]


def test_a_when_clause_opening_the_sentence_gives_the_year_of_a_day_after_it():
    text = (
        "When their columns advanced on Mopti in January 2013, French warplanes struck them on "
        "January 11."
    )
    assert _value_of(text, date(2023, 12, 14), "January 11") == "2013-01-11"


def test_a_day_opening_the_sentence_after_a_month_of_another_year_is_in_that_month():
    text = (
        "The conflict turned into a full-scale war in September 2024. On September 17, pagers "
        "exploded across Lebanon."
    )
    assert _value_of(text, date(2025, 10, 20), "September 17") == "2024-09-17"
    # not a day inside a later sentence
    text = (
        "He had rejected the treaty after the August 1988 ceasefire. Iran condemned the invasion "
        "of Kuwait on Aug. 2 but criticised the force."
    )
    assert _value_of(text, date(1990, 8, 15), "Aug. 2") == "1990-08-02"


def test_a_british_clock_time_has_its_minutes_after_a_point():
    t = one("Rockets struck the village at about 11.40am, officials said.")
    assert (t.text, t.value) == ("11.40am", "2011-03-18T11:40")
    assert all("11.40" not in t.text for t in tag("The index closed at 11.40 on the day.", FRI))


def test_a_month_in_a_when_clause_after_a_year_is_of_that_year():
    text = "Fighting last shook the border in 2008, when clashes in October killed ten."
    assert [t.value for t in tag(text, FRI)] == ["2008", "2008-10"]
    # a year in an aside names no year for a later month
    text = "The group, founded in 2008, attacked the town in February."
    assert [t.value for t in tag(text, FRI)] == ["2008", "2011-02"]


def test_a_gerund_s_infinitive_after_the_day_says_nothing_of_its_tense():
    # "by agreeing to start" is no plan for Wednesday: the talks ended that day
    text = (
        "The two sides ended a second round of Omani-mediated nuclear talks in Rome on "
        "Wednesday by agreeing to start new ones."
    )
    assert one(text).resolution.value == "2011-03-16"
    # a plan after the day still makes it the coming one
    assert one("Talks on Wednesday, due to open in Djibouti.").resolution.value == "2011-03-23"


def test_so_long_ago_on_a_weekday_counts_back_from_that_weekday():
    # an anniversary story: the day so many years before this week's Friday
    assert one("Eleven years ago on Friday, gunmen stormed a school.").resolution.value == (
        "2000-03-18"
    )
    assert one("Two weeks ago on Monday, gunmen stormed a school.").resolution.value == (
        "2011-02-28"
    )


def test_during_the_morning_is_a_part_of_the_day_in_focus():
    found = tag("Troops raided the camp on Tuesday. Gunmen fought them during the morning.", FRI)
    assert [t.resolution.value for t in found] == ["2011-03-15", "2011-03-15TMO"]
    # a service or prayers held in the evening is no time of the narrative
    found = tag("Troops raided the camp on Tuesday. Gunmen came during the evening service.", FRI)
    assert [t.text for t in found] == ["Tuesday"]


def test_a_traveller_who_arrives_on_a_weekday_arrives_on_the_coming_one():
    found = one("The president, who arrives in Brussels on Thursday, said he would press on.")
    assert found.resolution.value == "2011-03-24"
    assert one("The president arrived in Brussels on Thursday.").resolution.value == "2011-03-17"


def test_the_last_week_of_a_month_is_a_part_of_that_month_not_of_the_report():
    # (DCT Friday 2011-03-18: "the last week" alone is the week before it)
    found = one("The offensive began in the last week of December.")
    assert (found.text, found.resolution.value) == ("December", "2010-12")
    assert one("It came in the last week of the campaign.").resolution.value == "2011-W10"


def test_a_half_of_a_month_is_that_month_a_half_of_a_year_a_half_year():
    t = one("The summit is expected in the second half of May.")
    assert (t.text, t.resolution.value, t.resolution.mod) == (
        "the second half of May",
        "2011-05",
        "END",
    )
    t = one("in the first half of March 2024")
    assert (t.resolution.value, t.resolution.mod) == ("2024-03", "START")
    assert one("Growth slowed in the second half of 2010.").resolution.value == "2010-H2"


def test_a_superlatives_infinitive_after_a_weekday_is_no_future():
    # (FRI is Friday 2011-03-18)
    text = (
        "Gunmen shot the police chief as he took a morning walk on the edge of the capital "
        "city on Sunday, the most senior official to be killed in the insurgency."
    )
    assert one(text).resolution.value == "2011-03-13"
    text = (
        "He took a slow walk through the old market in the heart of the walled city on "
        "Sunday, the first foreign leader to be seen there since the war."
    )
    assert one(text).resolution.value == "2011-03-13"
    # a plan after the weekday is still one
    text = "The talks will be held on Sunday, the first round to be held since the war."
    assert one(text).resolution.value == "2011-03-20"
