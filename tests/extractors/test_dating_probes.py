"""Dating through the product path (tagger + events) on made-up probe sentences.

Each test is a general English convention of news dating; none comes from a corpus. The
publication date is a Friday so weekday names resolve around it.
"""

from __future__ import annotations

from datetime import date

from test_dating_plans import value_of

from extractors.pipeline import extract
from extractors.records import Document
from extractors.temporal.tagger import tag

PUB = date(2025, 3, 14)  # a Friday


def dates(text: str, published: date | None = PUB) -> list[tuple[str, str | None]]:
    doc = Document("d", "probe", text, 0, len(text), published, "record")
    return [
        (m.trigger_text, m.date_value)
        for m in extract(doc).mentions
        if m.status in ("occurred", "planned", "cancelled")
    ]


def date_of(text: str, trigger: str, published: date | None = PUB) -> str | None:
    found = [d for t, d in dates(text, published) if t == trigger]
    assert found, dates(text, published)
    return found[0]


def tagged_all(text: str) -> list:
    """Every mention, whatever its status."""
    doc = Document("d", "probe", text, 0, len(text), PUB, "record")
    return list(extract(doc).mentions)


# --- counts of units from an anchor: "two days after the attack" ------------------------


def test_count_after_a_dated_anchor_in_a_fronted_phrase():
    text = "Two days after the attack on the embassy on March 3, warplanes struck rebel positions."
    assert date_of(text, "struck") == "2025-03-05"
    assert date_of(text, "attack") == "2025-03-03"


def test_count_after_an_anchor_with_an_attached_date():
    text = "Warplanes struck rebel positions two days after the March 3 attack on the embassy."
    assert date_of(text, "struck") == "2025-03-05"


def test_count_before_an_anchor():
    text = "A week before the summit in Geneva on March 20, rebels attacked the capital."
    assert date_of(text, "attacked") == "2025-03-13"  # writers count a week as seven days
    hedged = "Rebels attacked the capital less than a week before the summit in Geneva on March 20."
    assert date_of(hedged, "attacked") == "2025-W11"  # not exactly a week: the week


def test_the_same_day_as_an_event_is_that_event_s_day_not_the_focus():
    text = (
        "Gunmen attacked a hotel in the capital on Tuesday. Ministers met in Rome on "
        "Thursday. On the same day as the hotel attack, rebels ambushed a convoy in the north."
    )
    assert date_of(text, "ambushed") == "2025-03-11"
    assert date_of(text.replace("On the same day as", "The same night as"), "ambushed") == (
        "2025-03-11"
    )
    that = "Rebels ambushed a convoy on the same day that gunmen attacked a hotel on March 3."
    assert date_of(that, "ambushed") == "2025-03-03"


def test_a_toll_raised_or_a_revenge_vowed_later_is_not_the_event_s_day():
    told = "Gunmen attacked a market in Orso on Tuesday, killing nine people. "
    toll = told + "The ministry on Thursday raised the toll of the Orso attack to 12."
    assert [d for t, d in dates(toll) if t == "attack"] == ["2025-03-11"]
    vowed = told + "The army vowed on Thursday to retaliate for the attack."
    assert [d for t, d in dates(vowed) if t == "attack"] == ["2025-03-11"]


def test_the_focus_holds_across_sentences_that_report_no_event_and_stay_in_its_day():
    text = (
        "A drone strike hit a car near Orso on Sunday evening, killing three girls. "
        "The girls were fleeing to the city with their mother. The mother was wounded. "
        "The ministry said late on Sunday that four people had died. The group responded "
        "within hours. Its fighters fired rockets at the town of Metula."
    )
    assert date_of(text, "fired rockets") == "2025-03-09TEV"
    moved = text.replace("late on Sunday", "on Wednesday")
    assert date_of(moved, "fired rockets") is None


def test_a_month_a_meeting_was_planned_for_is_the_one_nearest_the_report():
    called_off = (
        "A meeting of foreign ministers that had been pencilled in for November in Paris "
        "was called off this week."
    )
    assert date_of(called_off, "meeting", date(2018, 10, 30)) == "2018-11"
    expected = "A Thai official said the next round of talks was expected in early March."
    assert date_of(expected, "round of talks", date(2020, 1, 21)) == "2020-03"
    # a leap February read as last year's moves whole to the next one
    leap = "A donor conference that had been planned for February was postponed indefinitely."
    assert date_of(leap, "conference", date(2024, 12, 20)) == "2025-02"
    held = "The foreign ministers met in Paris in November and agreed on a truce."
    assert date_of(held, "met", date(2018, 10, 30)) == "2017-11"


def test_events_that_were_reported_on_a_day_happened_then():
    text = "Clashes between the army and militias were also reported on Sunday around Orso."
    assert date_of(text, "Clashes") == "2025-03-09"
    said = "The army reported on Sunday that militias had attacked a post in Orso."
    assert date_of(said, "attacked") is None


def test_count_after_an_anaphoric_anchor_dated_in_the_previous_sentence():
    text = (
        "A bomb exploded at a market on Tuesday. Two days after the bombing, gunmen "
        "attacked a police post."
    )
    assert date_of(text, "attacked") == "2025-03-13"


def test_count_after_an_undated_anchor_does_not_take_the_focus_date():
    text = (
        "The ministers met in Paris on Tuesday. Two days after an ambush near the border, "
        "gunmen attacked a police post."
    )
    assert date_of(text, "attacked") is None


def test_months_after_a_day_give_a_month():
    text = "Three months after the bombing of the embassy on March 3, police raided a house."
    assert date_of(text, "raided", date(2025, 9, 1)) == "2025-06"


def test_an_anaphor_with_its_own_antecedent_keeps_its_date():
    text = (
        "A drone strike hit a village on March 3. The strike angered officials, coming a day "
        "after a prisoner was released."
    )
    assert [d for _, d in dates(text)] == ["2025-03-03", "2025-03-03"]


# --- clauses that date something else ---------------------------------------------------


def test_relative_clause_on_another_noun_does_not_date_the_trigger():
    text = "Trade, which fell sharply last year, was the main topic of the talks."
    assert date_of(text, "talks") is None


def test_relative_clause_inside_the_subject_is_skipped_for_the_main_date():
    text = "The talks, which began in January, resumed on Monday."
    assert date_of(text, "talks") == "2025-03-10"


def test_relative_clause_of_the_subject_does_not_date_the_object_event():
    text = "The president, who visited Kabul on Tuesday, praised the raid."
    assert date_of(text, "raid") is None
    assert date_of(text, "visited") == "2025-03-11"


def test_eve_of_an_event_is_the_day_before_it():
    text = "Gunmen attacked a checkpoint on Sunday, on the eve of the peace talks."
    assert date_of(text, "attacked") == "2025-03-09"
    assert date_of(text, "peace talks") == "2025-03-10"


def test_event_on_the_eve_of_a_dated_event():
    text = "On the eve of the summit on Monday, rebels attacked the capital."
    assert date_of(text, "attacked") == "2025-03-09"


def test_anchor_event_is_counted_back_from_the_main_date():
    text = "Gunmen attacked a checkpoint on Sunday, two days after the bombing of a mosque."
    assert date_of(text, "bombing") == "2025-03-07"
    assert date_of(text, "attacked") == "2025-03-09"


def test_anchor_named_after_an_abbreviation_is_counted_back():
    text = "Gunmen attacked a checkpoint on Wednesday, three days after U.S. airstrikes in Syria."
    assert date_of(text, "airstrikes") == "2025-03-09"


def test_an_aside_saying_when_the_event_took_place_dates_it():
    text = (
        "The Pentagon confirmed an air strike in Somalia. A spokesman said the strike, which "
        "he said took place on January 11, killed several militants."
    )
    assert date_of(text, "strike") == "2025-01-11"


def test_the_day_after_an_event_is_one_day():
    text = "Gunmen attacked a checkpoint on Sunday, the day after the bombing of a mosque."
    assert date_of(text, "bombing") == "2025-03-08"


def test_anchor_of_a_count_takes_the_main_events_date_back():
    text = (
        "The leaders met on Monday. The meeting came two weeks after a bomb exploded "
        "outside the parliament."
    )
    assert date_of(text, "exploded") == "2025-02-24"  # two weeks before Monday, March 10


def test_anchor_of_a_count_after_a_reported_non_event_counts_back_from_the_focus():
    text = (
        "A court heard the families of the victims on Friday. Gunmen attacked a police "
        "post in the north on Friday. The hearing came three days after a drone fired two "
        "missiles at a car."
    )
    assert date_of(text, "fired two missiles") == "2025-03-11"


def test_anchor_of_a_count_after_counts_back_from_the_day_the_sentence_before_sets():
    text = (
        "Aid agencies on Thursday appealed for more money for refugees. The appeal came two "
        "days after gunmen attacked an army checkpoint near Mopti."
    )
    assert date_of(text, "attacked") == "2025-03-11"  # Thursday, March 13, less two days
    bounded = (
        "A judge adjourned the case until March 20. The hearing came three days after a "
        "drone fired two missiles at a car."
    )
    assert date_of(bounded, "fired two missiles") is None


def test_anchor_of_a_count_after_an_undated_subject_stays_undated():
    text = (
        "Gunmen attacked a police post in the north on Friday. Officials said three days "
        "after a drone fired two missiles at a car, the road reopened."
    )
    assert date_of(text, "fired two missiles") is None


def test_in_the_weeks_before_an_event_does_not_give_it_the_main_date():
    text = (
        "A bomb exploded outside the embassy on Tuesday. His car was seen near the embassy "
        "in the weeks before the bombing, and was found at the airport in December."
    )
    assert date_of(text, "bombing") == "2025-03-11"


# --- wire conventions ----------------------------------------------------------------


def test_dateline_date_does_not_date_the_story_event():
    for text in (
        "KABUL, March 14 (Reuters) - A suicide bomber attacked a police compound, officials said.",
        "NAIROBI, Kenya, Aug. 7 (AP) _ A bomb exploded near the embassy.",
        "March 12 (Reuters) - Gunmen attacked a police station in the north.",
    ):
        assert [d for _, d in dates(text)] == [None], text


def test_dateline_leaves_the_events_own_date():
    text = "KABUL, March 14 -- A suicide bomber attacked a police compound on Thursday."
    assert date_of(text, "attacked") == "2025-03-13"


def test_story_opening_on_a_bare_date_and_a_lead_naming_its_day_is_a_dateline():
    # a wire dateline whose agency a scraper dropped; the lead's weekday dates the event
    text = "March 14 - Jets bombed a village in the north on Thursday, killing nine people."
    assert date_of(text, "bombed") == "2025-03-13"
    # a timeline that opens the story keeps its entries' dates
    text = "March 11 - Jets strike a fuel depot.\n\nMarch 12 - Rebels attack a police post."
    assert date_of(text, "strike") == "2025-03-11"
    assert date_of(text, "attack") == "2025-03-12"


def test_sentence_opening_with_a_date_and_a_dash_is_no_dateline():
    text = "On March 3 - the day of the vote - gunmen attacked a polling station."
    assert date_of(text, "attacked") == "2025-03-03"


# --- precisions of the guideline ---------------------------------------------------------


def test_a_weekend_is_given_as_its_iso_week():
    assert date_of("Gunmen attacked a checkpoint over the weekend.", "attacked") == "2025-W10"


def test_a_season_is_given_as_its_year():
    assert date_of("Gunmen attacked a checkpoint last fall.", "attacked") == "2024"


def test_a_definite_event_dated_by_its_year_takes_the_one_day_given_that_year():
    text = (
        "Police arrested a man over last year's embassy bombings. The bombings on Aug. 7, "
        "2024, killed 200 people."
    )
    found = dates(text, date(2025, 3, 14))
    assert ("bombings", "2024-08-07") in found
    assert all(d == "2024-08-07" for t, d in found if t == "bombings")


def test_an_indefinite_event_dated_by_its_year_keeps_the_year():
    text = "Militants attacked a base in 2024. On Aug. 7, 2024, a car bomb exploded in the capital."
    assert date_of(text, "attacked") == "2024"


def test_an_indefinite_event_dated_by_its_week_takes_the_day_given_at_its_place():
    text = (
        "A car bomb exploded at the police academy in Bogota on Tuesday, killing 21 cadets. "
        "The government suspended talks with the rebels after a car bomb attack on a police "
        "academy in Bogota last week."
    )
    found = dates(text, date(2025, 3, 24))  # a Monday: last week holds Tuesday the 18th
    assert found == [("car bomb", "2025-03-18"), ("car bomb", "2025-03-18")]


def test_an_indefinite_event_dated_by_its_week_elsewhere_keeps_the_week():
    text = (
        "A car bomb exploded at the police academy in Bogota on Tuesday, killing 21 cadets. "
        "Separately, a car bomb attack on an army base in Cali last week wounded two soldiers."
    )
    found = dates(text, date(2025, 3, 24))
    assert found == [("car bomb", "2025-03-18"), ("car bomb", "2025-W12")]


def test_an_event_named_by_the_place_of_an_earlier_one_takes_its_date():
    text = (
        "Rebel aircraft bombed the Kelanitissa power station in Colombo late on Wednesday, "
        "the military said. Air Force jets pounded the rebels' Iranamadu airstrip on "
        "Thursday in retaliation. A rebel spokesman confirmed that the Air Tigers had bombed "
        "Kelanitissa and said both aircraft had returned safely."
    )
    assert dates(text) == [
        ("bombed", "2025-03-12"),
        ("pounded", "2025-03-13"),
        ("bombed", "2025-03-12"),
    ]


def test_a_place_the_document_dates_twice_gives_no_date():
    text = (
        "Jets bombed Kelanitissa on Monday. Rebels shelled Kelanitissa on Wednesday. Air Force "
        "jets pounded the Iranamadu airstrip on Thursday. The rebels said they had attacked "
        "Kelanitissa."
    )
    assert dates(text)[-1] == ("attacked", "2025-03-13")


# --- what stands between a date and its event ---------------------------------------------


def test_a_second_content_clause_tells_its_own_event():
    text = (
        "Residents said Sunday's drone strike near a well had killed 11 civilians and that a "
        "second strike on Monday had hit a pick-up truck."
    )
    assert dates(text) == [("drone strike", "2025-03-09"), ("strike", "2025-03-10")]


def test_a_date_before_a_preposition_is_not_the_next_nouns():
    text = (
        "The minister paid tribute Tuesday to bombing victims on a whirlwind visit to the region."
    )
    assert date_of(text, "visit") == "2025-03-11"


def test_possessive_and_premodifier_dates_still_attach():
    text = "Tuesday's suicide bombing killed 12 people."
    assert date_of(text, "suicide bombing") == "2025-03-11"


# --- dates of another noun or verb of the sentence ---------------------------------------


def test_a_date_premodifying_another_noun_does_not_date_the_event():
    text = "In his Sunday Mass, the cardinal urged those angered by the slaying to pray."
    assert date_of(text, "slaying") is None


def test_a_year_premodifying_the_event_still_dates_it():
    text = "A nurse was among the victims of the 2024 clinic bombing in the city."
    assert [d for _, d in dates(text)] == ["2024"]


def test_details_of_an_event_emerging_on_a_day_do_not_date_it():
    assert date_of("Details of the slaying emerged on Sunday.", "slaying") is None


def test_the_site_of_an_event_searched_on_a_day_does_not_date_it():
    text = "But on April 8, investigators searched the site of the shooting once more."
    assert date_of(text, "shooting") is None


def test_an_inquiry_into_an_event_opened_on_a_day_does_not_date_it():
    text = "Police on Saturday opened an investigation into the Vell bombing."
    assert date_of(text, "bombing") is None
    text = "The agency took over the probe into the attack on the convoy on Saturday."
    assert date_of(text, "attack") is None


def test_the_slot_a_plan_was_to_have_taken_dates_it():
    text = "Talks that were to have opened in Vell on Thursday were called off."
    assert date_of(text, "Talks") == "2025-03-13"
    text = "A summit that was to be held in Vell on Tuesday has been postponed."
    assert date_of(text, "summit") is not None


def test_a_statement_dated_after_its_occasion_is_the_statements():
    text = (
        "The envoy is also expected to visit Baghdad, the spokesman said at a regular news "
        "briefing today."
    )
    assert date_of(text, "visit") is None
    # past the medium it went out on
    text = (
        "The army said in a statement read on state television on Tuesday evening that the "
        "assault on the town had been repelled."
    )
    assert date_of(text, "assault") is None
    # an occasion that is told ("told a news conference") rather than spoken at
    text = (
        '"The truck bomb attack was planned for months," the prosecutor told a news '
        "conference on Tuesday morning."
    )
    assert date_of(text, "truck bomb") is None


def test_an_event_counted_a_year_back_from_a_dated_occasion():
    text = (
        "About 500 people attended a Sunday night memorial service for the physician, one "
        "year after he was killed by a sniper."
    )
    assert date_of(text, "killed") == "2024"


def test_a_relative_clause_on_the_trigger_dates_it():
    text = "The summit, which ended on Wednesday, produced no agreement."
    assert date_of(text, "summit") == "2025-03-12"
    # a preposition before the relative pronoun: "in which", "during which"
    text = "It was the deadliest attack since the massacre, in which 160 died on June 5, 2021."
    assert date_of(text, "massacre") == "2021-06-05"
    text = "The summit, during which the two leaders met alone on Wednesday, ended in Paris."
    assert date_of(text, "summit") == "2025-03-12"


def test_a_meeting_a_dated_statement_follows_takes_its_day():
    text = (
        "The chancellor said Tuesday after meeting the president in Washington that the "
        "alliance was strong."
    )
    assert date_of(text, "meeting") == "2025-03-11"


def test_a_visit_ending_as_a_dated_statement_is_made_takes_its_day():
    text = (
        "The defense minister said Saturday that the army was ready. The minister, ending a "
        "two-day visit, said the alliance was ready."
    )
    assert date_of(text, "visit") == "2025-03-08"


# --- conventions the tagger and the clause rules already handle -------------------------


def test_since_a_month_dates_no_event():
    assert date_of("The bombing was the deadliest since March.", "bombing") is None


def test_a_date_in_the_previous_sentence_carries_to_an_anaphor():
    text = "Police raided a house in the capital on Wednesday. The raid netted weapons."
    assert [d for _, d in dates(text)] == ["2025-03-12", "2025-03-12"]


def test_an_undated_anaphor_of_an_undated_event_stays_unresolved():
    text = "A bomb exploded in a market. Police said the attack was carried out by militants."
    assert [d for _, d in dates(text)] == [None, None]


def test_a_night_keeps_its_day():
    text = "Militants attacked an army post on Tuesday night, officials said."
    assert date_of(text, "attacked").startswith("2025-03-11")


def test_the_publication_weekday_in_a_plan_is_that_day():
    assert date_of("The prime minister will visit India on Friday.", "visit") == "2025-03-14"


def test_a_headline_line_does_not_lend_its_words_a_date():
    text = (
        "Suicide bomber strikes Kabul market\n\n"
        "A suicide bomber blew himself up in a crowded market in Kabul on Thursday, killing "
        "12 people, police said."
    )
    assert all(d in (None, "2025-03-13") for _, d in dates(text))
    assert "2025-03-13" in [d for _, d in dates(text)]


def test_a_participle_phrase_on_a_thing_dates_the_finding_not_the_event():
    text = "Gunmen attacked the bus found on Monday near the border."
    assert date_of(text, "attacked") is None


def test_a_participle_phrase_does_not_undo_a_main_clause_date():
    text = "The minister arrived on Monday for talks with the president."
    assert date_of(text, "talks") == "2025-03-10"


# --- flashbacks: a bare anaphor returns to the story's own event -------------------------


def _dates_of(text: str, trigger: str) -> list[str | None]:
    return [d for t, d in dates(text) if t == trigger]


def test_anaphor_after_a_comparison_names_the_story_s_event():
    text = (
        "A car bomb exploded at a checkpoint in the city on Wednesday, killing 12 people. "
        "It was the deadliest attack there since 2019, when a suicide bombing at a mosque "
        "killed 30. The governor condemned the bombing."
    )
    assert _dates_of(text, "bombing")[-1] == "2025-03-12"


def test_anaphor_in_the_next_sentence_still_names_the_flashback():
    text = (
        "Gunmen kidnapped six engineers near the dam on Tuesday. In 2019, gunmen kidnapped "
        "20 pupils from a school in the same district. The kidnapping was claimed by a "
        "local gang."
    )
    assert _dates_of(text, "kidnapping")[-1] == "2019"


def test_anaphor_two_sentences_after_a_flashback_names_the_story_s_event():
    text = (
        "Rebel and government envoys held talks in Geneva on Tuesday. They first held "
        "talks in Oslo in 2021. Both sides have since accused each other of bad faith. "
        "The talks ended without a deal, a mediator said."
    )
    assert _dates_of(text, "talks")[-1] == "2025-03-11"


def test_a_recent_event_told_later_stays_the_antecedent():
    text = (
        "Gunmen kidnapped six engineers near the dam on March 2. A second group of gunmen "
        "kidnapped a priest on Wednesday. Police said the raid on his parish came at night. "
        "Witnesses said the kidnapping lasted minutes."
    )
    assert _dates_of(text, "kidnapping")[-1] == "2025-03-12"


def test_the_month_may_is_no_modal_of_a_planned_summit():
    text = "The two leaders agreed to a summit between Bashir and Kiir in Khartoum on May 4."
    assert date_of(text, "summit") == "2025-05-04"


def test_a_coordinated_clause_keeps_its_own_day_after_a_framing_phrase():
    text = (
        "In Brussels, ministers discussed Iraq at a meeting on Wednesday, and the envoy met "
        "the king in Jeddah on Thursday."
    )
    assert date_of(text, "met") == "2025-03-13"
    assert date_of(text, "meeting") == "2025-03-12"


def test_a_finer_date_inside_a_when_clause_dates_its_event():
    text = (
        "The thaw began last month, when officials held their first talks in two years at "
        "the border village on February 9 and agreed on a plan."
    )
    assert date_of(text, "talks") == "2025-02-09"
    text = "The thaw began last month, when officials held their first talks in two years."
    assert date_of(text, "talks") == "2025-02"


def test_a_when_clause_after_an_appositive_to_its_date_takes_that_date():
    text = (
        "The group, founded in 2016, launched its offensive on March 11, the day of the "
        "election, when its fighters attacked two border posts."
    )
    assert date_of(text, "attacked") == "2025-03-11"


def test_a_month_inside_a_when_clause_after_a_year_is_that_years_month():
    text = (
        "The group has not carried out a major attack in the capital since 2018, when "
        "suicide bombers struck the foreign ministry in December, killing three people."
    )
    assert date_of(text, "struck") == "2018-12"


# --- a "since" yardstick after the trigger -----------------------------------------------


def test_the_date_of_a_since_yardstick_is_not_the_triggers():
    for text, trigger in [
        (
            "It was the largest ground operation in the capital since the war began in April 2023.",
            "ground operation",
        ),
        (
            "The raid was the first in the region since the government took office in May 2021.",
            "raid",
        ),
        (
            "The bombing of the market was the deadliest incident in the province since "
            "coalition jets struck a wedding party on Sept. 12 last year.",
            "bombing",
        ),
    ]:
        assert date_of(text, trigger) is None, text
    # the yardstick's own verb keeps its date
    text = (
        "The bombing of the market was the deadliest incident in the province since "
        "coalition jets struck a wedding party on Sept. 12 last year."
    )
    assert date_of(text, "struck") == "2024-09-12"


def test_a_since_phrase_on_the_subject_leaves_the_main_verb_its_date():
    text = "The deadliest single airstrike since the coup hit a gathering in the village on April 11, 2023."
    assert date_of(text, "airstrike") == "2023-04-11"


def test_a_since_phrase_in_an_appositive_keeps_its_date():
    text = (
        "The raid, the first of its kind since commandos killed the group's leader, Abu Omar, "
        "in the town of Atmeh in February 2022, targeted a compound near Jarablus."
    )
    assert date_of(text, "raid") is None
    # the appositive closes at a comma and a verb: the date after it is the main clause's
    text = "The raid, the first of its kind since 2022, was carried out on Sunday near Jarablus."
    assert date_of(text, "raid") == "2025-03-09"


def test_a_since_phrase_after_a_modal_predicate_keeps_its_date():
    text = (
        "The attack on the base could be the deadliest against the mission since it "
        "deployed in Somalia in 2007, according to officials."
    )
    assert date_of(text, "attack") is None


# --- an event inside another, or the next step of the narrative --------------------------


def test_an_event_during_another_takes_its_date():
    text = (
        "Troops raided the town of Tammun early Monday. The army gave no details of its aims. "
        "Residents said shops stayed shut on Thursday. During the operation, a drone fired a "
        "missile at a group of armed men."
    )
    assert date_of(text, "fired a missile") == "2025-03-10"


def test_then_carries_the_day_of_the_event_before_it():
    text = (
        "Warplanes bombed a crowded market in the town on Monday. A helicopter gunship then "
        "fired on survivors."
    )
    assert date_of(text, "bombed") == "2025-03-10"
    assert date_of(text, "fired on") == "2025-03-10"
    # "since then" is no next step
    text = "Warplanes bombed a crowded market in the town on Monday. Since then, jets have hit the port."
    assert date_of(text, "hit") != "2025-03-10"


def test_a_trailing_after_clause_keeps_the_day_at_its_end():
    text = (
        "Wednesday's operation came less than a week after two men were killed in a separate "
        "army raid in the Qabatiya area, south of Jenin, on Thursday."
    )
    assert date_of(text, "raid") == "2025-03-13"
    assert date_of(text, "operation") == "2025-03-12"


def test_violence_that_went_on_through_a_night_took_place_on_that_day():
    text = "Russian forces shelled the city of Chernihiv through Wednesday night, officials said."
    assert date_of(text, "shelled") == "2025-03-12TNI"
    # a meeting's "through" stays a boundary, and so does a deadline's
    text = "The talks will run through Wednesday night, officials said."
    assert date_of(text, "talks") != "2025-03-12TNI"


def test_the_united_states_before_a_day_is_a_subject_not_a_statement():
    text = "The United States on Wednesday carried out an air strike in Somalia."
    assert date_of(text, "air strike") == "2025-03-12"
    text = "Police raided homes and offices in six states on Wednesday."
    assert date_of(text, "raided") == "2025-03-12"
    # a statement's day stays the statement's
    text = "Troops raided a camp. The army stated on Wednesday that the raid killed two men."
    assert date_of(text, "raid") != "2025-03-12"


def test_a_date_a_when_clause_tells_sets_the_scene_of_the_next_sentence():
    text = (
        "Police raided a mosque on Friday. Leaders have felt exposed since October 9, when a "
        "heavily armed man tried to force his way into the synagogue in Halle. When the door "
        "held, he shot dead a woman passing in the street."
    )
    assert date_of(text, "shot dead") == "2024-10-09"


def test_a_bomber_who_rams_a_convoy_carries_a_phrase_before_the_verb():
    text = (
        "A suicide bomber on a motorcycle rammed into a police convoy in southwestern Pakistan "
        "on Saturday, killing four officers."
    )
    assert date_of(text, "rammed") == "2025-03-08"
    assert dates("Police on Saturday drove into the village.") == []


def test_suspected_before_a_noun_is_no_police_process():
    text = "Two suspected militants were killed on Wednesday in a gunfight with security forces."
    assert date_of(text, "gunfight") == "2025-03-12"
    # the charge's day stays the charge's
    assert date_of("A man was charged on Wednesday in the bombing of a bus.", "bombing") is None


def test_an_adverb_inside_a_plan_phrase_keeps_it_ahead():
    text = "He is then due to meet the Russian president in Helsinki on Monday."
    assert date_of(text, "meet") == "2025-03-17"


def test_that_before_a_possessive_weekday_is_a_conjunction():
    text = (
        "Warplanes bombed the valley on February 25, the army said. A Taliban spokesman told "
        "reporters by phone that Thursday's air strikes had only killed innocent tribesmen."
    )
    assert date_of(text, "air strikes") == "2025-03-13"


def test_a_fronted_part_of_a_day_sets_the_scene_of_the_next_sentence():
    text = (
        "The leaders opened a summit in Brussels on Wednesday. It was soon dominated by money. "
        "On Thursday morning, the president arrived late and launched into a complaint. The "
        "other guests were asked to leave, and the 29 leaders met alone for an hour."
    )
    assert date_of(text, "met") == "2025-03-13TMO"


def test_a_date_after_a_claimed_attack_dates_the_claim():
    text = (
        "Gunmen attacked an army post on Saturday, killing 12 soldiers. The JNIM group "
        "claimed the assault two days later."
    )
    assert date_of(text, "assault") == "2025-03-08"


def test_the_slot_a_plan_names_past_the_participants_dates_the_meeting():
    text = "Hamas pulled out of a meeting with Egyptian mediators scheduled for Sunday in Cairo."
    assert date_of(text, "meeting with") == "2025-03-16"
    text = "A session with the mediators that had been scheduled for Sunday was called off."
    assert date_of(text, "session") == "2025-03-16"


def test_later_in_the_day_and_the_afternoon_are_the_day_in_focus():
    text = (
        "Warplanes pounded the enclave on Tuesday, rescuers said. Shells struck a street "
        "shortly after the pause took effect at 9 a.m. Later in the day, an airstrike hit a "
        "makeshift clinic in Hamouriyeh."
    )
    assert date_of(text, "airstrike") == "2025-03-11"
    text = (
        "Shells slammed into a school in Beit Hanoun on Thursday. It was sheltering hundreds "
        "of families. Witnesses said at least four shells hit the courtyard in the afternoon."
    )
    assert date_of(text, "hit") == "2025-03-13TAF"


def test_an_apposition_between_commas_does_not_cut_the_clause():
    text = (
        "On Thursday, the regional bloc sent an envoy, former Nigerian president Goodluck "
        "Jonathan, to Bamako for talks on the timetable."
    )
    assert date_of(text, "talks") == "2025-03-13"


def test_an_event_named_as_the_means_of_a_dated_one_takes_its_date():
    text = (
        "Israel opened the offensive on Nov. 14 with an airstrike that killed the top Hamas "
        "commander."
    )
    assert date_of(text, "airstrike") == "2024-11-14"


def test_an_event_of_n_days_that_ended_on_a_day_began_n_minus_one_days_before():
    text = "NATO leaders wrapped up a two-day summit in Brussels on Thursday with a declaration."
    assert date_of(text, "summit") == "2025-03-12"
    # without its length, the day it ended is its day
    assert date_of("The envoys ended their talks in Doha on Thursday.", "talks") == "2025-03-13"


def test_a_year_naming_another_noun_yields_to_the_clause_s_own_day():
    text = "Talks aimed at reviving the 2015 nuclear deal resumed in Vienna on Thursday."
    assert date_of(text, "Talks") == "2025-03-13"
    # alone, the year of the setting still dates the event told in it
    assert date_of("Rebels attacked the town during the 2014 uprising.", "attacked") == "2014"


def test_a_present_perfect_relative_on_an_appositive_describes_the_place_not_the_event():
    text = (
        "Helicopters dropped barrel bombs on Kafr Nabudah, a town in northern Hama that has "
        "changed hands twice this month."
    )
    assert date_of(text, "dropped barrel bombs") is None
    counted_from = (
        "Warplanes bombed a crowded market in Maarat al-Numan on Sunday evening. Footage "
        "filmed after the raid showed stalls burning. The market attack came a day after "
        "helicopters dropped barrel bombs on Kafr Nabudah, a town that has changed hands "
        "twice this month."
    )
    assert date_of(counted_from, "dropped barrel bombs") == "2025-03-08"
    assert date_of(counted_from, "attack") == "2025-03-09TEV"  # its antecedent's time
    retold = (
        "Militants fired a missile at the Marlin Crest, a bulk carrier that was sailing in "
        "the Gulf of Aden on March 3."
    )
    assert date_of(retold, "fired a missile") == "2025-03-03"


def test_a_relative_clause_in_the_past_perfect_is_not_dated_by_the_main_clause():
    text = (
        "Militants overran an army base at El Adde on Monday. Jets struck their camps near "
        "Bardhere on Thursday, killing fighters who had taken part in the El Adde attack."
    )
    assert date_of(text, "struck") == "2025-03-13"
    assert date_of(text, "attack") == "2025-03-10"  # the attack told before, not Thursday
    # a relative clause in the simple past is not moved off the sentence's day
    text = "Jets struck camps near Bardhere on Thursday, hitting fighters who stormed a base."
    assert date_of(text, "stormed") == "2025-03-13"


# --- a predicate relating the event to another: "the ambush followed a bombing" ----------


def test_the_date_of_what_an_event_followed_is_not_its_own():
    text = (
        "Gunmen ambushed a police convoy near Afgoye on Wednesday. The ambush followed a "
        "suicide bombing at a tea shop in Mogadishu earlier this month."
    )
    assert date_of(text, "ambush") == "2025-03-12"


def test_the_date_of_what_an_event_retaliated_for_is_not_its_own():
    text = (
        "Israeli aircraft struck a building in southern Beirut on Tuesday. Israel said the "
        "strike was in retaliation for a rocket attack on a football field on March 1."
    )
    assert date_of(text, "strike") == "2025-03-11"


def test_an_event_that_came_amid_reports_does_not_take_their_date():
    text = (
        "Troops launched an operation against the militants in the hills on Monday. The "
        "operation came amid reports that detainees had escaped from a camp over the weekend."
    )
    assert date_of(text, "operation") == "2025-03-10"


def test_an_event_that_came_on_a_day_or_was_carried_out_on_it_keeps_that_day():
    text = "Gunmen attacked a police post near Afgoye. The attack came on Sunday, officials said."
    assert date_of(text, "attack") == "2025-03-09"
    text = (
        "A U.S. drone fired missiles at a compound in North Waziristan. The strike, carried "
        "out late Sunday near Miranshah, killed five militants."
    )
    assert date_of(text, "strike") == "2025-03-09"


def test_what_an_event_followed_is_another_event():
    text = "The ambush followed a bombing at a market in the town, officials said."
    assert [t for t, _ in dates(text)] == ["ambush", "bombing"]


def test_an_event_told_by_its_means_in_an_after_clause_is_its_anchor():
    text = (
        "The air force bombed a rebel camp on Thursday, a day after the guerrillas used "
        "drones to attack an army base near the border."
    )
    assert date_of(text, "attack") == "2025-03-12"


def test_the_day_of_a_statement_about_an_event_told_before_is_not_its_day():
    told = "Gunmen attacked a police post in Orso on Monday, killing three officers. "
    text = told + "In a statement on Thursday, the group denied any role in the attack."
    assert dates(text) == [("attacked", "2025-03-10"), ("attack", "2025-03-10")]
    text = told + "The minister told a Senate committee on Tuesday that the attack was planned."
    assert date_of(text, "attack") == "2025-03-10"
    # an event first told in the statement takes no earlier event's day
    text = told + "In a statement on Thursday, the army said an attack on a convoy killed two."
    assert dates(text)[-1] == ("attack", "2025-03-13")


def test_a_meeting_called_off_keeps_its_date():
    # "called" off is no statement whose day the date would be
    text = "A planned visit by the minister to Nairobi this week was called off."
    assert date_of(text, "visit") == "2025-W11"
    assert date_of("The visit to Nairobi on Wednesday was called off.", "visit") == "2025-03-12"
    # nor does it frame a statement whose day a meeting told before would keep
    text = "The envoys met in Orso on Monday. Officials called off on Thursday the talks in Orso."
    assert date_of(text, "talks") == "2025-03-13"


def test_the_date_of_what_an_event_came_after_is_not_its_date():
    text = "The meeting in Doha came after Beijing earlier this month called off a visit."
    assert dates(text) == [("meeting", None), ("visit", "2025-03")]
    # a time of day after "before" is the event's own
    text = "The attack on the base came before dawn on Sunday, officials said."
    assert date_of(text, "attack") == "2025-03-09"
    # nor is the date of an event told in an "after" clause behind it
    text = (
        "Gunmen ambushed a convoy near Orso on Tuesday. The Orso ambush is the second attack "
        "on a convoy in two weeks, after gunmen hit a convoy near Vell on March 2."
    )
    assert date_of(text, "ambush") == "2025-03-11"
    assert date_of(text, "hit") == "2025-03-02"


def test_a_possessive_does_not_hide_the_reaction_that_governs_a_noun():
    text = (
        "The minister on Friday defended the army's bombing of a rebel camp near Calamar"
        " earlier this week. Air force planes bombed the camp on Tuesday, killing ten fighters."
    )
    assert date_of(text, "bombing") == "2025-03-11"


def test_a_relative_clause_telling_when_the_anchor_began_dates_the_anchor():
    text = (
        "The summit took place a week after the attack on Palma, which began on March 3 and"
        " killed dozens."
    )
    assert date_of(text, "summit") == "2025-03-10"
    assert date_of(text, "attack") == "2025-03-03"
    # a relative clause on another noun tells nothing of the anchor
    text = (
        "Saturday's strike came three days after a drone hit the edge of the camp near Erbil,"
        " which houses Kurds who fled Turkey in the 1990s."
    )
    assert date_of(text, "hit") == "2025-03-05"


def test_a_verb_of_another_events_relative_clause_does_not_open_a_meeting():
    text = (
        "The summit of SADC leaders ended in Maputo on Tuesday. The summit took place a week"
        " after the attack on Palma, which began on March 3 and killed dozens."
    )
    assert [d for t, d in dates(text, PUB) if t == "summit"] == ["2025-03-11", "2025-03-10"]


# --- a coarse date restated by a finer one: "a week ago, on December 6" -----------------


def test_a_finer_date_set_off_after_a_coarse_one_dates_the_event():
    text = "The consultations opened a week ago, on March 6, after months of shuttling."
    assert date_of(text, "consultations") == "2025-03-06"
    text = "Earlier this week, on Tuesday, a suicide bomber attacked a checkpoint in the capital."
    assert date_of(text, "attacked") == "2025-03-11"
    text = "Rebels attacked the town last month, on February 3, and burned the market."
    assert date_of(text, "attacked") == "2025-02-03"
    # a later date outside the coarse one's span restates nothing
    text = "Rebels attacked the town last month, on March 12 they withdrew."
    assert date_of(text, "attacked") == "2025-02"


def test_the_event_of_a_toll_further_in_the_anchor_is_the_anchor():
    text = (
        "Troops stormed a militia stronghold on Thursday, two days after militiamen killed at"
        " least 62 people at a displacement camp in the deadliest attack in the province."
    )
    assert date_of(text, "attack") == "2025-03-11"


def test_before_dawn_is_a_time_phrase_not_a_clause():
    text = (
        "Residents marked on Thursday the first anniversary of the massacre, when regime forces fired"
        " rockets at the towns of Zamalka, Ein Tarma and Moadamiyeh before dawn on 21 August"
        " 2013, killing hundreds."
    )
    assert date_of(text, "fired rockets") == "2013-08-21"


def test_a_date_after_a_verb_of_recalling_is_the_recalled_events():
    text = (
        "Saudi jets struck a school bus in Dahyan on Thursday. The Dahyan strike has revived"
        " memories of the funeral hall massacre in Sanaa on 8 October 2016."
    )
    assert [d for t, d in dates(text) if t == "strike"] == ["2025-03-13"]
    assert date_of(text, "massacre") == "2016-10-08"


def test_an_event_that_came_a_count_after_an_undated_one_takes_no_other_date():
    text = (
        "Gunmen stormed a hotel in the capital on Thursday. The attack came a week after the"
        " bombings in the north, and as the government struggled to carry out a peace deal"
        " signed in June."
    )
    assert [d for t, d in dates(text) if t == "attack"] == ["2025-03-13"]


def test_a_count_after_a_statement_runs_from_the_statements_day():
    text = (
        "The junta said on Monday it was recalling its ambassadors, a day after an"
        " extraordinary summit of West African leaders in Accra imposed sanctions."
    )
    assert date_of(text, "summit") == "2025-03-09"
    # an event of the main clause, not the statement, is what the count runs from
    text = (
        "The military said on Saturday it had killed 52 fighters in an air strike on March 12,"
        " a day after the jihadists stormed an army base."
    )
    assert date_of(text, "stormed") == "2025-03-11"


def test_a_since_phrase_in_the_anchor_is_the_yardsticks_not_the_anchors_date():
    text = (
        "The toll has risen to about 160 dead, local sources said on Tuesday, four days after"
        " the deadliest attack since jihadist violence began in the country in 2015."
    )
    assert date_of(text, "attack") == "2025-03-07"


def test_a_toll_counted_from_the_anchor_of_a_count_after_a_statement_is_that_event():
    text = (
        "The toll from the massacre in Solhan has risen to about 160 dead, local sources said"
        " on Tuesday, four days after the deadliest attack in the region."
    )
    assert date_of(text, "massacre") == "2025-03-07"
    assert date_of(text, "attack") == "2025-03-07"


def test_a_pronoun_going_on_from_a_sentence_with_a_day_and_no_event_takes_that_day():
    text = (
        "Gunmen on motorbikes arrived in the town on Sunday night, shortly before midnight."
        " They first attacked the post of the village militia, survivors said."
    )
    assert date_of(text, "attacked") == "2025-03-09TNI"
    # a sentence opening with its own subject noun does not carry the day over
    text = (
        "Gunmen on motorbikes arrived in the town on Sunday night, shortly before midnight."
        " Soldiers attacked a camp in another province, the army said."
    )
    assert date_of(text, "attacked") is None


def test_a_date_after_a_verb_of_recalling_past_the_triggers_phrase_is_the_recalled_events():
    text = (
        "Gunmen attacked two churches in the city on Sunday. The attacks on Christian and"
        " Jewish places of worship revived memories of 18 February 2018."
    )
    assert [d for t, d in dates(text) if t == "attacks"] == ["2025-03-09"]


def test_a_relative_clause_after_a_place_in_apposition_dates_the_trigger_before_it():
    text = "Envoys held a fifth round of talks in the Qatari capital, Doha, which began on Monday."
    assert date_of(text, "round of talks") == "2025-03-10"


def test_an_event_named_in_an_aside_to_the_date_does_not_stand_between_it_and_its_clause():
    text = (
        "Gunmen attacked a mosque in Fambita on Friday, killing 44 worshippers. On Thursday,"
        " the day before the attack, the defence ministers met in Niamey."
    )
    assert date_of(text, "met") == "2025-03-13"
    assert date_of(text, "attacked") == "2025-03-14"


def test_a_participle_phrase_on_the_trigger_dates_it_before_a_later_clause_with_its_own_subject():
    text = (
        "The opening session of the negotiations, held in Geneva on March 3, brought together"
        " senior diplomats, and a follow-up meeting had been expected this month."
    )
    assert date_of(text, "negotiations") == "2025-03-03"
    # the predicate's own date still comes first
    text = "The talks, held in Doha in January, resumed on Monday."
    assert date_of(text, "talks") == "2025-03-10"


def test_a_time_that_a_state_held_as_of_dates_no_event():
    text = (
        "A Turkish delegation is due in Baghdad on Sunday for talks on water. An Iraqi official"
        " said the visit had not been postponed as of Thursday morning."
    )
    assert [d for t, d in dates(text) if t == "visit"] == ["2025-03-16"]


def test_a_year_that_is_the_possessor_of_an_event_after_a_superlative_dates_that_event():
    text = "It was the deadliest attack in Kenya since last year's Westgate mall siege."
    assert date_of(text, "siege") == "2024"


def test_the_yardstick_of_a_superlative_is_not_the_story_event_unless_pointed_at():
    text = (
        "Gunmen stormed a university college on Thursday, in the deadliest attack on Kenyan"
        " soil since the 1998 bombing of the US embassy. The siege began at dawn when the"
        " gunmen shot two guards."
    )
    assert date_of(text, "siege") == "2025-03-13"
    text = (
        "Monday's attack was the deadliest in the city since a bombing at a bus stand on"
        " March 3 killed 14 people. That blast was claimed by a breakaway faction."
    )
    assert date_of(text, "blast") == "2025-03-03"


def test_a_reaction_to_an_attack_on_the_day_jets_struck_names_the_attack_not_the_strike():
    text = (
        "Kenyan jets bombed two camps in Somalia on Thursday. They were not a direct response"
        " to Monday's attack. The government on Thursday revised the death toll from the"
        " Garissa attack to 148."
    )
    found = [(t, d) for t, d in dates(text) if t == "attack"]
    assert found == [("attack", "2025-03-10"), ("attack", "2025-03-10")]


def test_a_plan_in_a_since_clause_is_past_and_a_month_named_meeting_that_would_be_is_ahead():
    nov = date(2019, 11, 16)
    text = (
        "The talks were the first contact between the two governments since a meeting of"
        " foreign ministers scheduled for March 21 in Nairobi was called off."
    )
    assert date_of(text, "meeting", nov) == "2019-03-21"
    text = (
        "Talks between the two governments ended in Nairobi on Friday. The ministry said it was"
        " optimistic that the December round would produce a deal."
    )
    assert date_of(text, "round", nov) == "2019-12"


def test_a_since_clause_after_a_past_verb_dates_the_yardstick_not_the_superlative_event():
    text = (
        "Kenya's military on Monday launched air strikes on positions around El Adde, three"
        " days after militants overran a Kenyan base there in the deadliest assault on its"
        " troops since they entered Somalia in 2011."
    )
    assert date_of(text, "overran") == "2025-03-07"
    assert date_of(text, "air strikes") == "2025-03-10"


def test_a_day_a_commander_told_reporters_in_a_town_dates_the_telling():
    text = (
        "Security forces raided a militant hideout in the forest on Tuesday. The raid near"
        " Bodhei, carried out by soldiers, followed weeks of surveillance, the police commander"
        " told reporters in Lamu on Wednesday."
    )
    assert [d for t, d in dates(text) if t.startswith("raid")] == ["2025-03-11", "2025-03-11"]


def test_the_toll_from_the_first_attack_is_that_attacks_not_a_count_from_it():
    text = (
        "Gunmen killed 15 people in villages near Mpeketoni on Monday night, barely 24 hours"
        " after Sunday's massacre in the town, police said, as the toll from the first attack"
        " was revised upward to 53."
    )
    assert date_of(text, "attack") == "2025-03-09"


def test_a_plan_counted_from_the_event_that_came_before_it():
    text = (
        "A bomb exploded on a bus in Ampatuan on Sunday, killing five people. The attack came "
        "two days before government and rebel officials were due to meet in Cotabato City."
    )
    assert date_of(text, "meet") == "2025-03-11"


def test_a_bare_hour_is_on_the_day_of_the_event_its_phrase_names():
    text = (
        "Police raided a safehouse in Cotabato City before dawn on Thursday, arresting three "
        "men suspected in Sunday's bombing of a bus. The raid on a two-storey house began at "
        "about 4 a.m., police said."
    )
    assert date_of(text, "raid") == "2025-03-13T04:00"


def test_a_blast_is_not_the_gunfight_told_before_it():
    text = (
        "A bomb tore through a bus in Ampatuan on Sunday, killing eight people. Police raided a "
        "house on Thursday and one suspect was wounded in a brief exchange of fire. "
        "Investigators found a cap like that of the man seen leaving the bus minutes before "
        "the blast."
    )
    assert date_of(text, "blast") == "2025-03-09"


def test_a_plan_told_of_another_noun_does_not_date_the_event():
    text = (
        "Government and rebel negotiators met in Cotabato on Tuesday. The four-hour meeting "
        "also discussed the next phase of decommissioning, which is expected to begin later "
        "this year, an official said."
    )
    assert date_of(text, "meeting") == "2025-03-11"
    # a plan told of the talks themselves across their modifiers dates them
    text = (
        "The talks between the foreign secretaries of Pakistan and India, which were scheduled "
        "to be held in Islamabad on Friday, were postponed."
    )
    assert date_of(text, "talks") == "2025-03-14"


def test_a_date_the_claimed_event_is_of_is_its_own():
    text = "Nobody has claimed the attack of last Tuesday on the army post."
    assert date_of(text, "attack") == "2025-03-11"
    # the day a claim or confirmation was made is not the event's
    text = "Gunmen attacked a post near Kandi on Monday. The group claimed the attack on Thursday."
    assert date_of(text, "attack") == "2025-03-10"


def test_an_event_in_its_nth_day_began_n_minus_one_days_before():
    text = "An army raid on the Nur Shams camp in the West Bank entered its third day on Thursday."
    assert date_of(text, "raid") == "2025-03-11"
    text = "An army raid on the Nur Shams camp in the West Bank continued on Thursday."
    assert date_of(text, "raid") == "2025-03-13"


def test_a_plan_that_stands_now_is_on_the_coming_weekday():
    # a past verb nearer the day ("remained") is not the plan's tense
    text = (
        "The delegation is due to sit down with negotiators of the faction that remained in "
        "the talks, known as the Command of the Northern and Western Fronts, in Vell on "
        "Thursday."
    )
    assert date_of(text, "sit down with") == "2025-03-20"
    text = "His office said he would chair a meeting of the security council on Thursday."
    assert date_of(text, "meeting") == "2025-03-20"
    # a plan told in the past may be for a day gone
    text = (
        "The president was due to meet the ambassadors of the five permanent members of the "
        "council on Wednesday."
    )
    assert date_of(text, "meet") == "2025-03-12"
    # a day that comes before the plan's word is another verb's
    text = "Ruth Ames, named on Wednesday as the new envoy, will travel to the region soon."
    assert date_of(text, "travel to") != "2025-03-19"


def test_a_day_before_a_reaction_verb_dates_the_reaction_not_its_object():
    text = "Pakistan on Friday defended its air strikes inside Afghanistan the previous day."
    assert date_of(text, "air strikes") == "2025-03-13"
    # a day right before the noun phrase stays the event's
    text = "Thursday's air strikes inside Afghanistan killed eight people."
    assert date_of(text, "air strikes") == "2025-03-13"


def test_a_decisions_infinitive_dates_its_own_act_not_the_deciding_meeting():
    text = (
        "The meeting of the security committee, chaired by the prime minister, decided to "
        "send a delegation to Kabul later this month."
    )
    assert date_of(text, "meeting") is None
    text = "The meeting of the security committee later this month will review the plan."
    assert date_of(text, "meeting") == "2025-03"


def test_a_date_after_said_that_is_the_complements_not_the_statements():
    text = (
        "Jets struck the village on Thursday. The ministry said that three days earlier a "
        "drone strike on a motorcycle had wounded three people."
    )
    assert date_of(text, "drone strike") == "2025-03-10"
    # without "that" the date next to the verb of saying stays the statement's
    text = "The ministry said on Monday a drone strike on a motorcycle had wounded three people."
    assert date_of(text, "drone strike") != "2025-03-10"


def test_a_date_after_a_conjoined_noun_phrase_is_its_own_not_the_first_conjuncts():
    text = (
        "Tension rose after a drone attack on the air base on Monday night and retaliatory "
        "US strikes in Syria early on Wednesday."
    )
    assert date_of(text, "drone attack") == "2025-03-10TNI"
    assert date_of(text, "US strikes") == "2025-03-12"


def test_a_day_after_a_condemned_event_told_before_is_the_condemnings():
    text = (
        "A drone strike hit a militia convoy near Qaim late on Monday. The foreign ministry "
        "condemned the strike on Wednesday, calling it a violation of sovereignty."
    )
    assert date_of(text, "strike") == "2025-03-10"
    # with no earlier event told, the day after the object is still the strike's own
    text = "The foreign ministry condemned the air strike on Wednesday, calling it a violation."
    assert date_of(text, "air strike") == "2025-03-12"


def test_every_sentence_of_a_timeline_entry_tells_its_events_on_the_entrys_date():
    text = (
        "Here are the main events.\n\n"
        "September 16, 2022: Fighting escalates sharply. Troops seize the village of Ak-Sai. "
        "A drone strike hits a mosque in Ovchi-Kalacha.\n\n"
        "March 3, 2023: Border guards exchange fire near Ak-Sai."
    )
    assert date_of(text, "seize") == "2022-09-16"
    assert date_of(text, "drone strike") == "2022-09-16"
    # the same present out of a timeline is habitual
    assert "seize" not in dict(dates("Troops seize villages in the valley every spring."))
    # and a story that opens on a date and a dash, with no paragraph breaks, is no timeline
    text = "March 3 (Reuters) - Guards exchanged fire on Monday. Rebels seize the village."
    assert "seize" not in dict(dates(text))


def test_a_date_in_the_possessive_belongs_to_the_noun_after_it_not_an_earlier_relative():
    text = (
        "Soldiers were killed in a gunfight on Friday, in an operation that police said "
        "targeted the commanders behind last Tuesday’s bombing of a convoy."
    )
    assert date_of(text, "bombing") == "2025-03-11"
    assert date_of(text, "operation") != "2025-03-11"


def test_an_aside_on_when_the_event_began_dates_it_past_its_place_and_a_night():
    text = "China retaliated for the speaker's visit to Taipei, which began late on Tuesday."
    assert date_of(text, "visit") == "2025-03-11"
    text = "Tunnels are the main goal of the ground operation, which began on the night of March 9."
    assert date_of(text, "ground operation") == "2025-03-09"


def test_plans_that_are_the_topic_of_talks_do_not_put_them_in_the_future():
    text = (
        "The minister held talks with the commander of the African Union mission in the "
        "capital on Monday on plans to hand over security."
    )
    assert date_of(text, "held talks") == "2025-03-10"
    text = "The minister will meet the commander on Monday on plans to hand over security."
    assert date_of(text, "meet") == "2025-03-17"


def test_a_far_past_verb_tells_the_year_of_a_day_with_nothing_after_it():
    text = (
        "The envoy brought the two ministers together in Washington shortly after a meeting "
        "of the two presidents in Prague on July 6 at which both sides said they agreed."
    )
    assert date_of(text, "meeting") == "2024-07-06"
    # a day told after an infinitive may be a plan's: the nearest one
    text = "The company announced an agreement with the ministry to acquire the bank on July 2."
    assert value_of(text, "July 2", PUB) == "2025-07-02"


def test_a_timeline_entry_tells_a_later_day_in_the_historical_present():
    text = (
        "Here are the main events.\n\n"
        "January 10, 2025 - Ministers meet in Luanda. A border commission meets in Cabinda "
        "on January 20.\n\n"
        "The commission meets again on January 20."
    )
    assert date_of(text, "meets") == "2025-01-20"
    # out of the timeline the same present is a plan
    assert value_of(text.split("\n\n")[-1], "January 20", PUB) == "2026-01-20"


def test_a_year_naming_another_noun_after_the_trigger_does_not_date_it():
    text = (
        "Troops moved into the buffer zone on Friday. The rebels said the incursion was a "
        "violation of the 1991 ceasefire."
    )
    assert date_of(text, "incursion") == "2025-03-14"


def test_a_timeline_entry_resolves_its_words_as_of_its_own_day():
    text = (
        "Here are the main events.\n\n"
        "Nov. 1-2, 2022 - Algiers hosts an Arab League summit that had been postponed from "
        "March.\n\n"
        "September 2023 - The envoy tours the region."
    )
    assert value_of(text, "March", PUB) == "2022-03"
    assert ("summit", "occurred") in [
        (m.trigger_text, m.status)
        for m in extract(Document("d", "p", text, 0, len(text), PUB, "record")).mentions
    ]


# --- rescheduled events and datelines ----------------------------------------------------


def test_talks_moved_from_an_old_slot_took_place_on_the_day_told():
    text = (
        "The minister met traditional rulers at Government House on Wednesday, in talks that "
        "had been put off from last week."
    )
    assert dates(text) == [("met", "2025-03-12"), ("talks", "2025-03-12")]
    moved = (
        "Officials reached a deal on Wednesday, after talks in Baghdad that had been postponed "
        "from Sunday, officials said."
    )
    assert [m.status for m in tagged_all(moved) if m.trigger_text == "talks"] == ["occurred"]
    assert date_of(moved, "talks") != "2025-03-09"


def test_a_summit_postponed_from_one_month_to_another_is_still_called_off():
    [mention] = tagged_all("The summit was postponed from March to June.")
    assert mention.status == "cancelled"


def test_a_wire_dateline_and_its_dash_do_not_date_the_lead_noun():
    text = (
        "NAIROBI, March 14 - Heavy fighting broke out inside El Fasher after the paramilitary "
        "Rapid Support Forces attacked army positions on Thursday."
    )
    assert date_of(text, "Heavy fighting") == "2025-03-13"


def test_talks_that_built_on_a_call_are_not_dated_by_the_call():
    text = (
        "The talks in Niamey ended on Thursday. The talks built on a telephone call between "
        "the two advisers on March 1."
    )
    assert dates(text) == [
        ("talks", "2025-03-13"),
        ("talks", "2025-03-13"),
        ("telephone call", "2025-03-01"),
    ]


def test_a_count_to_the_day_keeps_the_anchors_day():
    text = "The conference came two years to the day after fighting erupted in Khartoum on April 15, 2023."
    assert date_of(text, "conference") == "2025-04-15"
    assert date_of("The raid came six months to the day after the August 31 bombing.", "raid") == (
        "2025-02-28"
    )
    plain = "The conference was held two years after fighting erupted on April 15, 2023."
    assert date_of(plain, "conference") == "2025"


def test_a_bare_plural_in_a_timeline_entry_is_the_entrys_event():
    text = (
        "Key dates:\n\nMay 10, 2024 - Heavy fighting breaks out in El Fasher. The army answers "
        "with air strikes.\n\nJune 8, 2024 - Fighters storm the South Hospital."
    )
    assert ("air strikes", "2024-05-10") in dates(text)


def test_a_day_fronted_after_an_opening_phrase_is_told_by_the_past_verb_after_it():
    text = (
        "Less than three weeks later, on February 11, the leaders of Ukraine, Russia, Germany "
        "and France met in Minsk for the all-night summit."
    )
    assert dates(text, date(2016, 2, 5)) == [("met", "2015-02-11")]


def test_meetings_told_over_are_not_planned_whatever_day_their_sentence_names():
    text = (
        "The two envoys met for nearly three hours at the Foreign Ministry, and officials said "
        "they would be joined on Monday by Japan's chief negotiator."
    )
    assert [(m.trigger_text, m.status) for m in tagged_all(text)][:1] == [("met", "occurred")]
    text = (
        "The Washington talks ended without an agreement, and U.S. officials said the envoys "
        "would meet again next week."
    )
    statuses = {m.trigger_text: m.status for m in tagged_all(text)}
    assert statuses["talks"] == "occurred"


# --- a date in an aside on another noun ---------------------------------------------------


def test_the_date_of_a_participle_aside_on_another_noun_is_not_the_events():
    text = (
        "The patrol, part of Operation Kestrel, the deployment launched in 2022 to secure the "
        "border, was hit by a roadside bomb."
    )
    assert date_of(text, "roadside bomb") is None
    assert (
        date_of("The patrol, part of an operation launched in 2022, was ambushed.", "ambushed")
        is None
    )
    # the event's own aside dates it
    assert date_of("The strike, carried out on Monday, killed five.", "strike") == "2025-03-10"
    # a list with a clause of its own is no aside
    text = (
        "Gunmen opened fire on a helicopter carrying the president, the defence minister and "
        "the interior minister as it approached the airport on Thursday."
    )
    assert date_of(text, "opened fire") == "2025-03-13"


def test_the_date_of_a_clause_on_a_person_with_whom_another_acted_is_not_the_events():
    text = (
        "He also spoke by telephone with the president of Mali, with whom he signed a defence "
        "pact in September."
    )
    assert date_of(text, "spoke by telephone") is None
    # the person's own movements are the visit's
    text = "He discussed the plan during his meeting with the envoy, who is due in Islamabad on Monday."
    assert date_of(text, "meeting with") == "2025-03-17"


def test_an_event_named_after_a_place_not_yet_told_is_not_the_storys_event():
    text = (
        "Gunmen attacked the village of Kaloum on Tuesday, killing 17 people. The killings "
        "come a month after the Dorobo assault in the east."
    )
    assert date_of(text, "assault") == "2025-02"
    # a place the story has named is its event
    text = (
        "Gunmen attacked the village of Kaloum on Tuesday, killing 17 people. Aid arrived a "
        "week after the Kaloum attack."
    )
    assert date_of(text, "attack") == "2025-03-11"


def test_a_dateline_of_two_places_or_with_a_colon_is_the_filing_date():
    text = (
        "KYIV/MOSCOW, March 14 - The two ombudsmen met on Monday at the border, their first "
        "face-to-face meeting since January."
    )
    assert [d for _, d in dates(text)] == ["2025-03-10", "2025-03-10"]
    text = "IMPHAL/TENGNOUPAL, March 14: Militants ambushed a patrol on Thursday night."
    assert date_of(text, "ambushed") == "2025-03-13TNI"


def test_a_count_coordinated_after_another_has_its_own_anchor():
    text = (
        "Missiles struck the city early on Thursday. The strike came a day after artillery "
        "shelled Vovchansk, a border town, and three days after a bomb hit a village on Monday."
    )
    assert date_of(text, "shelled") == "2025-03-12"
    # a plain "before" phrase is no count
    text = (
        "Missiles struck the city early on Thursday. The strike came a day after the president "
        "met ministers in Brussels, where he pressed allies for air defence before the winter."
    )
    assert date_of(text, "met") == "2025-03-12"


def test_a_slot_announced_for_a_weekday_after_a_long_postmodifier_dates_a_plan_put_off():
    text = (
        "A visit to the Sudzha district by a delegation of the International Committee of the "
        "Red Cross, which had been announced for Tuesday, had been postponed indefinitely."
    )
    assert date_of(text, "visit", date(2025, 3, 15)) == "2025-03-18"


def test_a_week_is_not_narrowed_to_the_day_of_an_event_its_sentence_lists_apart():
    text = (
        "The review came after Sunday's attack on pilgrims near Qazigund and last week's "
        "ambush in Poonch."
    )
    assert date_of(text, "ambush") == "2025-W10"


def test_a_relative_clause_on_an_anchor_noun_dates_it():
    text = (
        "The attack comes a year after the ambush near Krishna Ghati, in which three soldiers "
        "were killed on July 11 last year."
    )
    assert date_of(text, "ambush") == "2024-07-11"


def test_a_demonstrative_names_the_nearest_event_of_its_type_whatever_its_word():
    text = (
        "Gunmen attacked a bus near Qazigund on Sunday. The militants behind the Tuesday "
        "ambush near Krishna Ghati escaped; two were killed in an encounter three days after "
        "that attack."
    )
    assert date_of(text, "encounter") == "2025-03-14"


def test_the_date_of_a_hearsay_aside_on_the_subject_is_not_the_events():
    text = (
        "Police said a group of militants, believed to have infiltrated across the border "
        "earlier this year, was behind the ambush."
    )
    assert date_of(text, "ambush") is None


def test_a_reporting_word_used_as_an_adjective_does_not_take_the_date():
    text = "Jets struck positions near the disputed border early on Friday, the army said."
    assert date_of(text, "struck") == "2025-03-14"


def test_a_meeting_an_agreement_sets_lies_after_it():
    text = "The two leaders spoke by telephone on Sunday and agreed to send delegations to talks on Thursday."
    assert date_of(text, "talks", date(2025, 3, 9)) == "2025-03-13"
    # not the day they agreed at talks
    text = "Russia and Turkey agreed to halt hostilities during talks in Moscow on Thursday."
    assert date_of(text, "talks", date(2025, 3, 15)) == "2025-03-13"


def test_a_date_set_off_after_a_weekday_noun_names_its_day():
    text = "Jets bombed the camps. The Friday strikes, on March 7, went after command posts."
    assert date_of(text, "strikes", date(2025, 3, 16)) == "2025-03-07"
    # not a date set off after a count's anchor
    text = "Two weeks before the raid, on March 1, fighters ambushed a convoy."
    assert date_of(text, "ambushed") == "2025-03-01"


def test_a_month_in_a_when_clause_is_of_the_year_it_describes():
    text = (
        "Artillery fire last shook the border in 2011, when artillery exchanges around the "
        "temple in February killed at least 10 people."
    )
    assert [t.resolution.value for t in tag(text, PUB)] == ["2011", "2011-02"]


def test_a_past_perfect_counts_from_the_last_past_day_not_a_planned_one():
    text = (
        "The leaders spoke by telephone on Sunday and agreed to hold talks on Thursday. The call "
        "was arranged by an envoy who had spoken to both of them the previous day."
    )
    assert date_of(text, "call", date(2025, 3, 9)) == "2025-03-09"


def test_as_planned_is_no_past_tense():
    text = "Officials said the talks would go ahead as planned on Thursday."
    assert date_of(text, "talks", date(2025, 3, 17)) == "2025-03-20"


def test_clashes_that_killed_in_a_named_month_are_one_bout_of_fighting():
    text = "In August 2022, clashes between rival militias killed 32 people in the capital."
    assert date_of(text, "clashes") == "2022-08"
    # a year's clashes are not one bout
    text = "It is the worst violence since 2012, when clashes between the two communities killed 100 people."
    assert [t for t, _ in dates(text)] == []


def test_a_place_captured_by_an_armed_group_is_their_attack_dated_by_its_phrase():
    text = "The rebels' capture of Nyabiondo on Sunday drew condemnation from the African Union."
    assert date_of(text, "capture of") == "2025-03-09"
    # a capture its sentence gives to no armed group is not told as an attack
    assert dates("Kagame praised the soldiers for the capture of Mocimboa da Praia.") == []


def test_a_name_set_off_in_commas_does_not_end_the_relative_clause_its_date_is_in():
    text = (
        "The governor, who met the air force chief, Air Marshal Hasan Abubakar, in Gusau on "
        "March 4, has demanded an inquiry."
    )
    assert date_of(text, "met") == "2025-03-04"


def test_the_paragraph_after_the_lede_goes_on_telling_the_lede_s_event():
    text = (
        "JENIN, West Bank - Troops pushed into the refugee camp early on Tuesday.\n\n"
        "A drone strike on a group of men in the camp killed three people, officials said.\n\n"
        "Residents said the camp was quiet.\n\n"
        "An air strike on a house killed two people, medics said."
    )
    assert date_of(text, "drone strike") == "2025-03-11"
    # further down, a new paragraph is no longer the lede's story
    assert date_of(text, "air strike") is None


def test_violence_flaring_on_a_day_sets_the_scene_for_the_attack_told_next():
    text = (
        "Violence flared again in the southeast on Tuesday. Gunmen stormed the courthouse "
        "in the provincial capital, killing five people."
    )
    assert date_of(text, "stormed") == "2025-03-11"


def test_a_plan_told_with_an_adverb_or_a_summons_lies_ahead():
    # (published on Friday 2025-03-14)
    assert date_of("He is now expected in Orso on Monday to meet the governor.", "meet") == (
        "2025-03-17"
    )
    assert date_of("He had summoned the security committee to meet on Monday.", "meet") == (
        "2025-03-17"
    )
    text = (
        "A visit to Orso by the foreign minister, originally pencilled in for Tuesday, was dropped."
    )
    assert date_of(text, "visit") == "2025-03-18"
    # a participle after "were also" tells the past
    assert date_of("Talks were also held in Orso on Monday.", "Talks") == "2025-03-10"


def test_a_timeline_entry_headed_by_a_range_of_days_tells_its_first_day():
    text = "March 10-11 — US envoy Ana Vell visits Orso and holds talks with President Jon Kalu."
    assert dates(text) == [("visits", "2025-03-10")]


def test_a_verb_after_an_aside_on_its_subject_is_a_verb():
    text = "March 10 — The ceasefire committee, known as the mechanism, meets in Naqoura."
    assert dates(text) == [("meets", "2025-03-10")]


def test_a_capitalised_reporting_word_inside_a_name_is_no_statement():
    # "Said" in "President Said Abdullahi Deni" is a name: the Saturday is the meeting's
    text = "Ahmed Islam met Puntland President Said Abdullahi Deni in Garowe on Saturday."
    assert date_of(text, "met") == "2025-03-08"


def test_the_period_repeats_are_counted_over_is_not_the_day():
    text = "Last week, drones hit the Orso dam for the third time this year."
    assert date_of(text, "hit") == "2025-W10"
    # a first is dated by its period
    assert date_of("The two leaders met for the first time last month.", "met") == "2025-02"


def test_of_two_dates_of_a_clause_the_finer_one_inside_the_other_says_when():
    text = "The fighting this month began with an attack on an army post near Orso on March 6."
    assert date_of(text, "attack") == "2025-03-06"


def test_a_past_meeting_does_not_take_the_date_of_a_plan_told_with_it():
    text = (
        "Fighting continued in the north on Tuesday. The two ministers met in Cairo and "
        "agreed to hold another round of talks on March 20."
    )
    found = {m.trigger_text: (m.status, m.date_value) for m in tagged_all(text)}
    assert found["met"] == ("occurred", None)
    assert found["round of talks"] == ("planned", "2025-03-20")


def test_a_bulleted_timeline_entry_is_an_entry():
    text = (
        "Here are the key events of the year:\n\n- March 4: Army jets bomb rebel positions on the "
        "islands. The defence minister visits Bol and meets local commanders.\n\n"
        "- March 6: The army launches a ground operation on the islands."
    )
    assert dates(text) == [
        ("bomb", "2025-03-04"),
        ("visits", "2025-03-04"),
        ("ground operation", "2025-03-06"),
    ]


def test_a_timeline_entry_told_in_the_present_lies_in_the_past():
    # a year-end review: "April 19" is the April gone by, not the coming one
    text = (
        "A look back at the year.\n\nApril 19 - The president visits Orso and meets the governor."
    )
    assert dates(text, date(2025, 12, 29)) == [("visits", "2025-04-19")]
    # unless the entry tells a plan: "due to open"
    plan = "A timeline.\n\nDecember 31 - Preparatory talks due to open in Orso."
    assert dates(plan, date(2025, 12, 29)) == [("talks", "2025-12-31")]


def test_a_meeting_someone_is_told_to_hold_comes_after_the_instruction():
    text = "The leaders instructed their defence ministers to meet in Orso in February."
    assert date_of(text, "meet", date(2025, 12, 23)) == "2026-02"


def test_a_bracketed_acronym_does_not_end_the_phrase_before_a_plans_slot():
    text = (
        "The summit of the Orso Basin Commission (OBC), which had been due to open in Orso on "
        "March 19, has been postponed."
    )
    assert date_of(text, "summit") == "2025-03-19"


def test_what_an_untensed_clause_comes_ahead_of_is_still_to_come():
    text = "The violence comes ahead of a visit to Orso on Wednesday by the commission chair."
    assert date_of(text, "visit") == "2025-03-19"
    # a past verb still tells the tense
    past = "The violence came ahead of a visit to Orso on Wednesday by the commission chair."
    assert date_of(past, "visit") == "2025-03-12"


def test_a_plan_scheduled_with_its_object_before_the_slot_takes_the_nearest_day():
    text = (
        "The ministry had scheduled a meeting with regional officials and oil firms for Thursday."
    )
    assert date_of(text, "meeting with", date(2025, 3, 12)) == "2025-03-13"


def test_a_plan_told_in_the_past_reaches_a_slot_after_a_long_object():
    text = (
        "The envoy was due to meet Foreign Minister Anna Orso and her deputy Tomas Berg in "
        "Geneva on Sunday, officials said."
    )
    assert date_of(text, "meet", date(2025, 3, 15)) == "2025-03-16"


def test_a_plans_slot_past_a_phrase_with_for():
    # (a year-end timeline: the month heading its entry is coarser than the slot)
    text = (
        "DECEMBER — The first planning conference for the Orso Force, scheduled for Dec. 15 "
        "in Nairobi, is postponed to January."
    )
    assert date_of(text, "conference", date(2025, 12, 31)) == "2025-12-15"


def test_a_plan_in_a_reduced_relative_then_called_off_takes_the_nearest_day():
    text = (
        "A meeting between the president and the rebel leader, due to take place in Orso on "
        "Tuesday, has been postponed, two sources said."
    )
    assert date_of(text, "meeting", date(2025, 3, 15)) == "2025-03-18"


def test_an_event_likened_to_another_does_not_take_its_date():
    text = (
        "Gunmen attacked the Orso hospital on Monday. The Orso hospital attack recalls the "
        "assault on the General Hospital on Christmas Eve last year."
    )
    assert dates(text) == [
        ("attacked", "2025-03-10"),
        ("attack", "2025-03-10"),
        ("assault", "2024-12-24"),
    ]


def test_a_past_verb_takes_no_focus_from_a_plan_called_off_before_it():
    text = (
        "A planned visit by the envoy to Orso was postponed last month. The witnesses who met "
        "U.N. officials said they had little hope."
    )
    assert dates(text) == [("visit", "2025-02"), ("met", None)]
    # an event that took place is the focus
    text = (
        "The envoy met the minister in Orso last month. The witnesses who met U.N. officials "
        "said they had little hope."
    )
    assert dates(text) == [("met", "2025-02"), ("met", "2025-02")]


def test_an_offensive_announced_on_a_day_began_that_day():
    text = "At least 90 people have been killed since the army announced its offensive on Monday."
    assert date_of(text, "offensive") == "2025-03-10"
    # an attack announced on a day was disclosed that day, not carried out
    text = "The army announced the raid on Orso in a statement on Monday."
    assert date_of(text, "raid") is None


def test_the_day_before_followed_by_an_adjunct_is_a_date():
    text = "The army said on Sunday that it had carried out air strikes the day before on Orso."
    assert date_of(text, "air strikes", published=date(2025, 3, 24)) == "2025-03-22"
    # "the day before the attack" is anchored on the attack
    text = "The army said on Sunday it had moved troops the day before the attack on Orso."
    assert "the day before" not in [t.text for t in tag(text, PUB)]


def test_a_second_predicate_with_its_own_day_names_a_second_meeting():
    text = "Orso met the Orsish leader in Vell on Saturday and flew to Orsk on Tuesday for talks."
    assert dates(text) == [("met", "2025-03-08"), ("talks", "2025-03-11")]


def test_a_date_before_a_preposition_does_not_premodify_the_noun_after_it():
    text = "The army seized the town of Orso from rebels on June 5 following clashes."
    assert date_of(text, "seized", published=date(2025, 6, 19)) == "2025-06-05"
    # a date right before the noun, or with a modifier between, is the noun's own
    text = "The army seized the town of Orso after the June 5 clashes near Vell."
    assert date_of(text, "clashes", published=date(2025, 6, 19)) == "2025-06-05"


def test_a_count_inside_the_anchor_of_another_count_has_its_own_anchor():
    text = (
        "The truce came hours after jets struck Orso on Tuesday morning, a day after air "
        "strikes on the port of Vell."
    )
    assert date_of(text, "air strikes") == "2025-03-10"
    assert date_of(text, "struck") == "2025-03-11TMO"


def test_that_before_an_article_opens_a_clause_and_discloses_nothing():
    text = "Residents reported that a drone strike on Wednesday morning hit a car near Orso."
    assert date_of(text, "drone strike") == "2025-03-12TMO"
    # "that" as a determiner: the day is the claiming's
    assert date_of("Rebels claimed that attack on Wednesday.", "attack") is None


def test_a_day_a_meeting_was_prepared_or_pencilled_in_for_is_the_nearest():
    text = "Diplomats had been preparing for a meeting of donor countries in Orso on Monday."
    assert date_of(text, "meeting", published=date(2025, 3, 15)) == "2025-03-17"
    text = "A meeting of donors, which officials had pencilled in for Monday, has been postponed."
    assert date_of(text, "meeting", published=date(2025, 3, 15)) == "2025-03-17"
    # preparing for an assault is no plan of a day for a meeting, nor for the next clause
    text = "Troops prepared for an assault on Orso on Monday and shelled the town on Tuesday."
    assert date_of(text, "shelled", published=date(2025, 3, 15)) == "2025-03-11"


def test_a_plan_dated_by_the_narrative_focus_does_not_own_the_focus_date():
    # the summons takes Sunday from the operation before it; the strikes told between keep
    # the offensive's Sunday too
    text = (
        "Orsland has launched a new air and ground offensive against rebels in Vell province, "
        "with drones striking targets late on Sunday before commandos were flown in at dawn "
        "on Monday, the defence ministry said. The operation targets rebel hideouts along the "
        "border, the ministry said. Jets struck shelters, caves and ammunition depots in the "
        "opening wave of the offensive, which began shortly before midnight on Sunday. "
        "Officials in Vell denied on Monday that they had been given advance notice of the "
        "operation. Vell's foreign ministry called the offensive a violation of its "
        "sovereignty and said it would summon the Orsish ambassador."
    )
    assert date_of(text, "struck") == "2025-03-09"


def test_a_day_told_after_the_period_that_holds_it_dates_the_event():
    # (PUB is Friday 2025-03-14; "two weeks ago" is the week of 2025-02-24)
    text = "Orsish jets first hit rebel positions near Vell two weeks ago, on the night of Feb. 27."
    assert date_of(text, "hit") == "2025-02-27"
    text = "Gunmen attacked the Vell garrison last month, on February 11, killing four soldiers."
    assert date_of(text, "attacked") == "2025-02-11"
    # not a day of another clause, nor one of several
    text = "Troops raided Vell last month, and on February 11 the Orsish minister resigned."
    assert date_of(text, "raided") == "2025-02"
    text = "Orsland held talks with Vell in Orso last month, the first round on February 3."
    assert date_of(text, "held talks") == "2025-02"
    # a day outside the period is not its day
    text = "Gunmen attacked the Vell garrison last month, on March 2 a court heard."
    assert date_of(text, "attacked") == "2025-02"
