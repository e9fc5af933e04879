"""Precision: words of the meeting and violence lexicons used in other senses, and mentions
that name a process, a proposal or a kind rather than one occurrence.

General English sentences written for these tests; timexes are built by hand (see
``test_events``).
"""

from __future__ import annotations

from test_events import DCT, counted, run, tagged

from extractors.events import COUNTED
from extractors.pipeline import extract
from extractors.records import Document


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


def test_a_meeting_with_after_a_determiner_is_a_noun_and_can_be_demanded():
    assert counted("The prime minister rejected calls for a meeting with the opposition.") == []
    assert kinds("After a meeting with the envoy on Monday, the minister left.") == [
        ("meeting with", "meeting", "occurred")
    ]


def test_the_noun_phrase_of_a_meeting_does_not_reach_back_over_its_verb():
    # "The United States wants talks": "The" does not make "talks" definite
    assert counted("The United States wants talks with Iran on its nuclear program.") == []


def test_a_meeting_under_a_modal_or_a_disposition_is_not_reported():
    assert counted("The chancellor said she would welcome a summit with Russia.") == []
    assert counted("The group said it was open to negotiations with the government.") == []
    assert (
        counted("Officials called on the parties to reduce violence and resume talks with Kabul.")
        == []
    )
    assert kinds("The leaders would hold a summit in Rome next week.") == [
        ("summit", "meeting", "planned")
    ]


def test_ongoing_or_long_negotiations_are_a_process_not_a_meeting():
    assert counted("The minister said his ongoing talks with the lender were going well.") == []
    assert counted("The truce could revive stalled peace talks with the rebels.") == []
    assert counted("Diplomats have held talks with Tehran for months without result.") == []
    assert counted("Months of negotiations with the union produced nothing.") == []
    assert kinds("He led more than eight hours of talks with Ukrainian officials in Jeddah.") == [
        ("talks", "meeting", "occurred")
    ]


def test_repeated_meetings_are_an_aggregate():
    assert counted("A series of talks between the sides has failed to produce a deal.") == []
    assert counted("Several rounds of talks with the rebels ended without a deal.") == []
    assert counted("The two leaders have met several times since 2020.") == []
    assert counted("The two leaders have met three times since 2020.") == []
    # one burst of violence described as repeated stays an event
    assert kinds("Gunmen stormed the bus and shot them several times on Monday.") != []


def test_a_count_of_attacks_over_a_period_is_an_aggregate():
    assert counted("Militias have attacked the base more than 160 times since October.") == []
    assert counted("Rebels had attacked the garrison 78 times since January 2021.") == []
    # a count within one day stays an event
    assert kinds("Gunmen attacked the convoy three times on Monday.") != []


def test_a_refused_invited_or_possible_meeting_is_not_reported():
    assert counted("Iran rejected direct talks with the United States on Tuesday.") == []
    assert counted("The supreme leader ruled out negotiations with Washington.") == []
    assert counted("The president invited the king to visit the capital.") == []
    assert counted("He said a meeting between the two leaders was possible.") == []
    assert counted("The leaders are expected to discuss a possible summit.") == []
    assert counted("The envoy, who has met the rebel leader twice, urged calm.") == []
    # the same words said of violence still report it
    assert kinds("Kabul rejected claims linking the attack on the train to militants.") != []


def test_a_ship_visiting_a_port_is_not_a_meeting():
    assert (
        counted("A navy destroyer, the pride of the fleet, paid a visit to the port on Monday.")
        == []
    )
    assert counted("A frigate made a port visit to Manila on Tuesday.") == []
    assert kinds("The admiral visited Manila on Tuesday.") == [("visited", "meeting", "occurred")]


def test_a_mountain_summit_is_not_a_meeting():
    assert counted("The climbers reached the summit on Tuesday.") == []


def test_a_rescue_operation_after_a_disaster_is_not_a_raid():
    assert counted("Rescue operations went on Tuesday after the cyclone flattened homes.") == []
    assert kinds("Troops ended the rescue operation at the hijacked train on Tuesday.") != []


def test_a_meeting_postponed_a_few_words_on_is_cancelled():
    assert kinds("The summit between the two leaders was postponed on Tuesday.") == [
        ("summit", "meeting", "cancelled")
    ]


def test_topic_named_negotiations_without_parties_place_or_date_are_a_process():
    assert counted("During Brexit negotiations he stressed the single market.") == []
    assert kinds("Governments continue climate talks in Madrid, experts said.") == [
        ("talks", "meeting", "occurred")
    ]


def test_a_gerund_subject_names_an_activity():
    assert counted("Aid is blocked because negotiating with armed groups is a crime.") == []
    assert kinds("After meeting with the envoy on Monday, the minister left.") == [
        ("meeting with", "meeting", "occurred")
    ]


def test_a_crime_named_in_a_charge_is_not_an_event():
    assert counted("The men were charged with murder, attempted murder, assault and theft.") == []
    assert kinds("He was accused of the bombing of the embassy on Monday.") != []


def test_a_war_named_as_an_operation_and_drills_are_not_events():
    assert counted("Moscow calls its war a special military operation.") == []
    assert counted("The navy held an exercise simulating a strike on enemy ships.") == []
    assert kinds("The army launched a military operation against militants on Tuesday.") == [
        ("military operation", "raid", "occurred")
    ]


def test_capturing_territory_is_a_campaign_not_a_raid():
    assert counted("Government troops pushed north, capturing new territory.") == []


def dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.trigger_text, m.status, m.date_value) for m in counted(text)]


def test_by_phone_is_not_a_verb_that_takes_the_date_of_the_call():
    assert dates("The president spoke with the king by phone on Tuesday for an hour.") == [
        ("spoke with", "occurred", "2024-05-07")
    ]


def test_a_date_before_a_verb_is_not_attached_to_the_noun_after_it():
    # "Wednesday" dates "called", so the meeting where it was said takes it, not the talks
    assert dates(
        "The minister on Wednesday called for talks, during a meeting with his counterpart."
    ) == [("meeting with", "occurred", "2024-05-08")]


def test_a_visit_told_in_the_past_does_not_refer_to_a_planned_summit():
    found = dates(
        "The ministers discussed the upcoming summit, which Seoul will host next week. "
        "It was Cho's first visit to China."
    )
    assert ("visit", "occurred", None) in found


def test_a_meeting_whose_long_subject_takes_a_modal_is_hypothetical():
    assert (
        counted(
            "Analysts said a summit between the Chinese leader and the South Korean president "
            "could take place later this year."
        )
        == []
    )
    assert counted("Trump wants to meet him soon, but no date has been set for a summit.") == []


def test_plural_strikes_that_killed_people_are_one_night_of_strikes():
    assert kinds("Israeli airstrikes killed at least 15 people in Gaza, officials said.") == [
        ("airstrikes", "strike", "occurred")
    ]
    assert counted("Airstrikes have killed more than 40,000 people in Gaza since 2023.") == []
    # reported in the past perfect
    assert kinds('The army said its air strikes had killed "more than 400" jihadists.') == [
        ("air strikes", "strike", "occurred")
    ]


def test_plural_attacks_in_a_month_that_killed_people_are_an_aggregate():
    # through the product path, so that the tagger dates "in September"
    text = "The attacks in September killed 21 people across the province."
    doc = Document("t", "t", text, 0, len(text), DCT, "record")
    assert [m for m in extract(doc).mentions if m.status in COUNTED] == []


def test_a_clash_at_a_venue_is_a_meeting_only_between_named_parties():
    assert counted("The White House clash with Harvard escalated on Tuesday.") == []
    assert kinds("The Oval Office clash between the two presidents on Tuesday shocked allies.") == [
        ("clash", "meeting", "occurred")
    ]


def test_a_meeting_that_makes_the_statement_takes_its_date():
    assert dates("The summit of the two blocs in Nairobi on Tuesday called for a ceasefire.") == [
        ("summit", "occurred", "2024-05-07")
    ]
    # not when another clause stands between: the report's week is not the visit's
    found = dates("The visit to Kabul comes after a report on Tuesday criticised the army.")
    assert ("visit", "occurred", "2024-05-07") not in found


def test_a_dated_meeting_first_for_months_is_still_a_meeting():
    assert kinds("The ministers held talks on Tuesday, the first for months.") != []


def test_a_bare_gerund_meeting_a_thing_is_satisfying_it():
    assert counted("Smaller armies are capable of meeting a variety of contingencies.") == []
    assert counted("The bank should not face problems meeting capital requirements.") == []
    assert counted("The fund has met all the redemptions without selling anything.") == []
    assert kinds("The envoy said on Monday that the meeting of ministers went well.") == [
        ("meeting", "meeting", "occurred")
    ]
    assert kinds("On Monday, after meeting Minister Ali Khan, the envoy left.") == [
        ("meeting", "meeting", "occurred")
    ]


def test_shareholder_meetings_and_talks_are_corporate_routine():
    assert counted("The merger was approved at a special shareholders' meeting on Monday.") == []
    assert counted("The fund has engaged in talks with other shareholders, a filing said.") == []


def test_a_possible_or_wished_meeting_is_not_reported():
    assert (
        counted("The possibility of a meeting between Minister Ali Khan and the envoy grew.") == []
    )
    assert (
        counted(
            "Her father said he wants envoys based in Ruritania to meet with his son on Monday."
        )
        == []
    )


def test_inspection_teams_visiting_sites_are_not_meetings():
    assert counted("Five inspection teams visited nine other sites on Monday.") == []


def test_the_possibility_of_violence_is_not_violence():
    assert (
        counted("Planning was built around the possibility of a ground assault in Ruritania.") == []
    )


def test_past_occasions_are_habitual_not_one_event():
    assert counted("The government has held talks with the rebels in the past.") == []
    assert counted("Both leaders have met on several occasions to discuss trade.") == []
    assert counted("Militants have attacked the convoy route time and again.") == []
    # "in the past week" bounds a period; the meeting is still one event
    assert kinds("The envoys met in Doha in the past week, officials said on Monday.") == [
        ("met", "meeting", "occurred")
    ]


def test_a_future_event_under_a_condition_is_hypothetical():
    assert counted("Officials will meet again if the ceasefire holds.") == []
    assert counted("The army will strike the camps unless the rebels withdraw.") == []
    # "even if" concedes: the plan stands
    assert kinds("The leaders will meet on Monday even if the rebels boycott the talks.")[0] == (
        "meet",
        "meeting",
        "planned",
    )


def test_the_present_perfect_over_a_period_is_a_tally():
    assert counted("Security forces have killed more than 800 people since the coup.") == []
    assert counted("The army has carried out airstrikes in the hills since late March.") == []
    assert counted("Talks with the government have dragged on since 2014.") == []
    assert counted("The group has not claimed an attack in years.") == []
    long_tally = (
        "Attacks blamed on jihadists have killed more than 1,400 people and forced more than "
        "a million to flee their homes since 2015."
    )
    assert counted(long_tally) == []
    # a siege that has lasted since Monday is one event
    assert kinds("The siege of the hotel has lasted since Monday.") == [
        ("siege", "attack", "occurred")
    ]


def test_a_source_talking_to_the_press_by_phone_is_no_meeting():
    assert (
        counted("A villager who spoke by phone on condition of anonymity said 20 homes burned.")
        == []
    )
    assert kinds("The Taliban claimed the attack on Monday in a phone call to reporters.") == [
        ("attack", "attack", "occurred")
    ]
    assert kinds("The president spoke by phone with the emir on Monday.") == [
        ("spoke by phone", "meeting", "occurred")
    ]
    # a participle set off by a comma describes how the reporter heard the source
    assert (
        counted('"We hold the town," said the commander, speaking by phone from the front.') == []
    )
    assert kinds("The president, speaking by phone with the emir on Monday, urged calm.") == [
        ("speaking by phone", "meeting", "occurred")
    ]


def test_traits_and_habits_of_a_group_are_not_events():
    assert counted("The ELN is notorious for kidnappings and for bombing oil pipelines.") == []
    assert counted("The group continues to carry out ambushes and bombings in the desert.") == []
    # the campaign words of the story still mark a campaign that stops
    assert counted("Officials warned they would act if the attacks did not stop.") == []


def test_clashes_that_broke_out_are_one_outbreak_even_undated():
    assert kinds("Heavy clashes broke out between the army and tribal fighters.") == [
        ("clashes", "attack", "occurred")
    ]
    assert counted("Clashes between the two groups are common in the province.") == []


def test_a_campaign_or_tally_told_past_its_targets_is_no_event():
    assert counted("The rebels said attacks on ships in the Red Sea would continue.") == []
    assert counted("Analysts warn that attacks are likely to continue.") == []
    assert counted("Attacks on police in the state have surged this year.") == []
    assert (
        counted("Officials blame militias for the attacks, which have escalated since May.") == []
    )
    # a day's strikes going on is that day's event
    assert kinds("Strikes on the city continued on Monday, killing four.") == [
        ("Strikes", "strike", "occurred")
    ]


def test_attacking_an_idea_or_someone_for_doing_something_is_criticism():
    assert (
        counted("After 40 people were killed, the candidate attacked the president's record.") == []
    )
    assert (
        counted("Rebel leaders attacked the council for dragging its feet on the killings.") == []
    )
    assert kinds("Militants attacked government buildings on Monday, killing four.") == [
        ("attacked", "attack", "occurred")
    ]


def test_an_attack_on_the_government_or_the_opposition_is_criticism():
    # (each probe has words of violence, without which no "attack" is read at all)
    assert (
        counted(
            "After 20 soldiers were killed, the opposition sharpened its attack on the government."
        )
        == []
    )
    assert (
        counted("After 20 soldiers were killed, rival parties kept attacking the administration.")
        == []
    )
    # the head of the object decides: government forces are no political side
    assert kinds("Militants killed 20 soldiers in an attack on government forces on Monday.") == [
        ("attack", "attack", "occurred")
    ]
    assert (
        counted("After 20 soldiers were killed, the senator launched an attack on the plan.") == []
    )


def test_a_modal_after_a_reporting_aside_makes_the_subject_hypothetical():
    assert (
        counted("A ground offensive to retake the town, diplomats say, would need more troops.")
        == []
    )


def test_shutter_down_and_wheel_jam_strikes_and_phone_services_are_no_events():
    text = "In Panjgur, traders observed a shutter-down strike on Wednesday after the army raid."
    assert [k[0] for k in kinds(text)] == ["raid"]
    text = "Transporters announced a wheel-jam strike on Tuesday against the militant attacks."
    assert counted(text) == []
    text = "Mobile phone services were suspended on Wednesday after the bombing at the station."
    assert [m.event_type for m in counted(text)] == ["attack"]


def test_an_occupation_s_strike_is_a_labour_strike():
    assert (
        counted("A truckers’ strike paralyzed army supply convoys in the province last year.") == []
    )
    assert counted("A miners’ strike near the military base ended on Monday.") == []
    # a strike over pay that names no occupation near it
    text = (
        "Drone strikes hit the city on Saturday. Staff at the military hospital entered "
        "the third day of a strike over unpaid salaries on Monday."
    )
    assert [k[0] for k in kinds(text)] == ["Drone strikes"]
    assert kinds("An air strike killed 12 farmers near the rail line on Monday.") == [
        ("air strike", "strike", "occurred")
    ]


def test_a_bare_activity_halted_or_described_is_not_one_event():
    assert counted("The government suspended aerial bombing of rebel camps soon afterward.") == []
    assert counted("“Shelling is like the weather here,” said a retired steelworker.") == []
    assert kinds("Shelling killed three people in the city on Tuesday.") == [
        ("Shelling", "strike", "occurred")
    ]


def test_a_bare_noun_in_a_list_of_activities_is_no_event():
    assert (
        counted("The gang lives off extortion, kidnapping and illegal logging in the hills.") == []
    )
    assert kinds("The kidnapping of two engineers near the mine came on Monday.") == [
        ("kidnapping", "attack", "occurred")
    ]


def test_climbing_to_a_summit_is_no_meeting():
    assert counted("Pilgrims climb to the summit of Adam’s Peak before dawn.") == []


def test_a_meeting_weighed_in_principle_is_hypothetical():
    assert counted('An aide said a meeting between the two presidents was "possible".') == []
    assert counted("The minister said Russia was not against a meeting between the leaders.") == []
    assert kinds("The two presidents held a meeting in Istanbul on Monday.") == [
        ("meeting", "meeting", "occurred")
    ]


def test_recurring_and_repeated_contacts_are_not_one_event():
    assert counted('"Every few months there is a summit and a communique," she said.') == []
    assert counted("The two ministers have spoken by phone dozens of times.") == []
    assert counted("Military planners have been meeting since then to draft options.") == []
    assert counted("The senator said the government should stop meeting the rebels.") == []


def test_a_participle_between_article_and_noun_is_an_adjective():
    assert counted("Aid convoys reached several besieged towns on Monday.") == []
    # before a name too: "the bombed Cathedral of Our Lady"
    text = (
        "The president inspected the bombed Cathedral of Our Lady on Monday, hours after Air "
        "Force planes pounded rebel positions."
    )
    assert kinds(text) == [("pounded", "strike", "occurred")]
    assert kinds("Rebels besieged the town on Monday.") == [("besieged", "attack", "occurred")]
    # a relative pronoun is no article: "the bullet that tore through his window"
    assert kinds("Police said the bullet that tore through his window on Monday killed him.")


def test_the_european_union_is_a_party_not_a_labour_union():
    assert kinds(
        "The minister will meet European Union foreign policy chief Ann Linde on Friday."
    ) == [("meet", "meeting", "planned")]
    assert counted("The union will meet management on Friday to discuss wages.") == []


def test_a_meeting_not_yet_scheduled_is_hypothetical():
    assert counted("A fourth round of talks has not yet been scheduled.") == []
    # the talks took place, unannounced
    assert kinds("The talks in Geneva had not been announced, officials said on Monday.")
    assert counted("The two envoys spent years in hotel conference rooms in Geneva.") == []


def test_a_frequency_adjective_before_its_noun_is_no_habit():
    found = counted(
        "A bombing at a mosque killed 41 people on Friday as worshippers left weekly prayers."
    )
    assert [m.trigger_text for m in found] == ["bombing"]
    assert counted("Militants bomb the market weekly.") == []
    found = counted(
        "The spokesman told the weekly Cabinet press briefing in Colombo that the raid was "
        "launched on intelligence that the rebels were preparing boats."
    )
    assert [m.trigger_text for m in found] == ["raid"]
    assert counted("The two sides meet weekly Mondays in Geneva.") == []


def test_a_frequency_adjective_on_the_trigger_names_a_recurring_kind():
    assert counted("The rebels claim near-daily artillery fire against the army's posts.") == []
    assert counted("Residents said daily attacks on the road had emptied the villages.") == []
    # a definite phrase may still name one occurrence
    assert kinds("The ministers spoke at the weekly cabinet meeting on Sunday.")
    # and a present verb whose object is a free relative is the habit, not a noun
    assert counted("Drones patrol the strip and strike what the army calls targets.") == []


def test_plural_strikes_that_hit_one_target_are_one_event():
    assert [
        m.event_type for m in counted("Residents said eight airstrikes hit a military camp.")
    ] == ["strike"]
    assert counted("Airstrikes hit targets across the country.") == []


def test_interceptions_and_attack_drones_are_no_events():
    assert counted("Air defences shot down 13 of 19 missiles and 23 drones overnight.") == []
    assert counted("Russia fired nearly 900 attack drones at Ukraine last week.") == []
    assert [m.event_type for m in counted("Rebels shot down an army helicopter on Monday.")] == [
        "attack"
    ]


def test_an_offensive_is_an_event_where_it_is_launched_not_where_it_goes_on():
    assert kinds("The army launched a major offensive on the rebel town on Tuesday.") == [
        ("offensive", "raid", "occurred")
    ]
    assert kinds("Rebels were driven out by an army offensive that began on March 3.") != []
    assert kinds("The army's offensive against the rebels has since killed 300 fighters.") == []
    assert kinds("Troops will resume the offensive against the militants after the pause.") == []


def test_munitions_with_no_as_their_subject_were_not_fired():
    assert kinds("Officials noted that no missiles were fired at the capital on Tuesday.") == []
    assert kinds("No shells landed in Bangladesh on Saturday, the border guards said.") == []
    assert kinds("Ankara summoned no Russian diplomats over the shelling.") == [
        ("shelling", "strike", "occurred")
    ]
    # the "no" of another phrase does not reach the verb
    assert kinds("With no warning, shells landed in the market on Saturday.") == [
        ("landed in", "strike", "occurred")
    ]


def test_a_source_speaking_by_telephone_from_a_place_is_an_interview_not_a_meeting():
    assert (
        kinds('"We waited for hours," said a volunteer, speaking by telephone from the town.') == []
    )


def test_a_verb_with_dozens_of_targets_and_no_day_is_a_tally():
    assert kinds("Before that, the rebels attacked more than 100 merchant ships with drones.") == []
    assert kinds("Bandits have raided dozens of villages in the state.") == []
    # the victims of one attack are no tally
    assert kinds("In February, gunmen killed 41 people in the village of Birane.") != []


def test_strikes_stepped_up_resumed_or_halted_are_a_campaign():
    assert kinds(
        "The peace talks broke up on Tuesday. Within days, the coalition resumed airstrikes on "
        "the capital and the rebels stepped up attacks on border towns."
    ) == [("peace talks", "meeting", "occurred")]
    assert kinds("The two sides resumed talks in Geneva on Tuesday.") == [
        ("talks", "meeting", "occurred")
    ]
    # after an auxiliary the shallow noun phrase takes in the verb; a halt is not a cancellation
    assert kinds("The Taliban have stepped up attacks on Afghan troops.") == []
    assert kinds("The militia said it was suspending attacks on U.S. forces.") == []


def test_refused_requested_and_more_recent_meetings():
    assert kinds("The North is refusing to meet to discuss denuclearization.") == []
    assert kinds("Canada requested dispute consultations with the U.S. over its duties.") == []
    # "more recent" talks lie behind, "more" talks ahead
    assert kinds("The more recent talks in Doha on Monday ended without a deal.") == [
        ("talks", "meeting", "occurred")
    ]


def test_talks_held_at_someones_request_took_place():
    assert kinds("At the request of Iran talks were held in Vienna on Monday.") == [
        ("talks", "meeting", "occurred")
    ]


def test_a_session_its_participants_name_is_a_meeting():
    assert kinds("On Friday, G7 foreign ministers held a session on China in Quebec.") == [
        ("session", "meeting", "occurred")
    ]
    assert kinds("Lawmakers from both parties ended a session of parliament on Friday.") == []
    assert kinds("The ministers took part in a training session with the army on Friday.") == []


def test_a_claimed_or_condemned_attack_in_a_statement_is_no_figure_of_speech():
    text = (
        "Gunmen stormed a hotel in Mogadishu on Sunday. Al-Shabab claimed responsibility for "
        "Sunday's attack in a statement."
    )
    assert ("attack", "attack", "occurred") in kinds(text)
    assert kinds("The senator attacked the newspaper in a statement on Sunday.") == []
    assert kinds("The opposition condemned the attack on democracy on Sunday.") == []


def test_the_month_may_is_no_modal_verb():
    text = (
        "Africa Command said it had conducted an airstrike on May 13 against Islamic State "
        "fighters in the Cal Miskaad mountains of Puntland."
    )
    assert ("airstrike", "strike", "occurred") in kinds(text)


def test_a_perfect_toll_in_thousands_or_over_the_past_days_is_a_tally():
    assert kinds("Boko Haram has killed more than 20,000 people in the northeast.") == []
    assert kinds("The army has killed 40 militants over the past day.") == []
    # a dozen is the toll of one attack; "12," is no thousands group
    assert kinds("Gunmen have killed 12, police said on Monday.") == [
        ("killed", "attack", "occurred")
    ]


def test_violence_become_routine_or_awaited_to_stop_is_a_kind():
    assert kinds("Airstrikes on markets and shelling of camps have become a pattern.") == []
    assert kinds("Until the shelling and the rockets stop, the visits are about damage.") == [
        ("visits", "meeting", "occurred")
    ]
    assert kinds("Officials said the raids would go on until rocket fire stopped.") == []
    assert kinds("He warned that talks would end unless the bombing stopped.") == []
    assert kinds("A study found that heart attacks among adults under 40 rose.") == []
    # a relative clause about the target leaves the strike alone
    assert kinds("Airstrikes hit a market on Monday, which became a common target.") == [
        ("Airstrikes", "strike", "occurred")
    ]


def test_an_event_reported_in_error_is_not_counted():
    text = (
        "A bomb exploded at the airport gate on March 3, killing 13. Officials said they had "
        "mistakenly reported a second explosion at a nearby hotel on March 3."
    )
    assert [m.trigger_text for m in counted(text)] == ["exploded"]
    # reported without the error, the second explosion counts
    assert len(counted(text.replace("mistakenly ", ""))) == 2


def test_another_strike_in_a_story_of_strikes_needs_no_military_word_of_its_own():
    text = "Jets bombed the city on March 3. A separate strike hit a village on March 4."
    assert [(m.trigger_text, m.event_type) for m in counted(text)] == [
        ("bombed", "strike"),
        ("strike", "strike"),
    ]
    # with no strike told before, a bare strike may be a labour one: not counted
    assert counted("Dockers walked out on March 3. Another strike hit the port on March 4.") == []


def test_a_sentence_opened_by_a_span_of_days_tells_a_tally():
    assert counted("Over the past three nights, jets have struck the port, killing 12.") == []
    assert len(counted("In the past hour, jets struck the port, killing 12.")) == 1


def test_a_war_that_killed_many_is_no_attack_but_gunmen_after_a_comma_are():
    text = (
        "The agreement ended an ethnically rooted war that lasted more than three years and "
        "killed 100,000 people."
    )
    assert counted(text) == []
    assert [m.trigger_text for m in counted("Since the war began, gunmen killed two guards.")] == [
        "killed"
    ]


def test_a_doubted_summit_and_talks_that_remain_stalled_are_not_events():
    text = "Experts see little chance that another summit will take place this year."
    assert [m.status for m in run(text)] == ["hypothetical"]
    assert [m.status for m in run("Officials said the summit will take place next week.")] == [
        "planned"
    ]
    text = "Talks broke down on Monday, and the talks remain stalled."
    assert [m.trigger_text for m in counted(text)] == ["Talks"]


def test_the_talks_as_a_process_are_no_meeting():
    for text in (
        "Analysts said the talks had been fragile from the start.",
        "That is why the talks keep stalling, a researcher said.",
        "Analysts say the talks face a deadline: the rainy season.",
        "Norway, which acted as a guarantor of the talks, urged calm.",
        "A diplomat who follows the talks said the mood was grim.",
        "Analysts said the collapse of the talks could endanger the truce.",
        "The minister accused the rebels of undermining the talks.",
        "An opposition leader said the talks risked rewarding violence.",
        "Analysts say that if the talks collapse, fighting could resume.",
        "Diplomats fear the negotiations fail without guarantees.",
    ):
        assert counted(text) == [], text
    text = "The talks had been postponed once already this month."
    assert [m.trigger_text for m in counted(text)] == ["talks"]


def test_a_role_in_negotiations_and_negotiating_extensively_are_no_meeting():
    assert counted("The president reassigned officials involved in negotiations with Iran.") == []
    text = "Smith, a former envoy who had negotiated with Iran extensively, praised the deal."
    assert counted(text) == []
    assert len(counted("The envoy had negotiated with Iran on Monday.")) == 1


def test_an_s_form_before_its_object_is_a_verb_in_a_condition():
    found = counted(
        "The RSF attacks on Monday killed 12 people in Kessa. "
        "If the RSF attacks the city again, thousands will be trapped."
    )
    assert [(m.trigger_text, m.sentence_start) for m in found] == [("attacks", 0)]


def test_a_year_before_plural_events_names_them_and_counts_none():
    text = "He was charged over his role in the 1998 bombings of the embassies."
    assert [m.trigger_text for m in tagged(text)] == ["bombings"]
    assert tagged("Police recorded 1998 bombings in the province last year.") == []


def test_a_postponement_in_another_clause_does_not_cancel_the_talks():
    text = "The postponement of the visit showed that the talks held in Doha on Monday had failed."
    assert [(m.trigger_text, m.status) for m in counted(text)][-1] == ("talks", "occurred")


def test_that_before_plural_events_is_a_conjunction_not_a_determiner():
    # "that follow-on strikes had killed ...": plural strikes in a reported clause, not
    # "those strikes" naming the strike told before
    text = (
        "U.S. jets struck the group's camp on Monday, killing 12 militants. Central Command "
        "said on Thursday that follow-on strikes had killed several more of the operatives."
    )
    assert [m.trigger_text for m in tagged(text)] == ["struck"]


def test_an_event_considered_but_called_off_is_cancelled():
    text = "Commanders had considered a drone strike on the compound but called it off on Monday."
    assert [(m.trigger_text, m.status) for m in counted(text)] == [("drone strike", "cancelled")]
    text = "Officials planned a raid on the camp but scrapped it after a leak."
    assert [(m.trigger_text, m.status) for m in counted(text)] == [("raid", "cancelled")]
    text = "Troops raided the camp on Monday, but the army called off the search on Tuesday."
    assert [(m.trigger_text, m.status) for m in counted(text)] == [("raided", "occurred")]


def test_a_weapon_hitting_on_a_day_of_its_own_clause_is_its_own_event():
    text = (
        "On Tuesday, an Israeli drone targeted a car on the coast road, killing two men, and on "
        "Wednesday, Israeli jets struck the village of Khiam."
    )
    found = [(m.trigger_text, m.date_value) for m in tagged(text)]
    assert found == [("targeted", "2024-05-07"), ("struck", "2024-05-08")]
    text = "An Israeli drone targeted a car on Tuesday, and Israeli jets struck the village."
    assert [m.trigger_text for m in tagged(text)] == ["targeted", "struck"]
    # a day fronted before both acts: the weapon's act is part of the one event told
    text = "On Tuesday, an Israeli drone targeted a car, and Israeli jets struck the village."
    assert [m.trigger_text for m in tagged(text)] == ["struck"]


def test_a_speakers_quoted_words_name_an_event_only_by_the_or_a_date():
    # a witness's or an analyst's own words, undated and without "the": a kind of act
    story = (
        "Gunmen attacked the village of Kadda on Monday, killing nine people. "
        '"They shot at everybody," said a farmer who escaped. '
        "“Exclusion has not stopped a single airstrike,” said a researcher in Bangkok."
    )
    assert [m.trigger_text for m in tagged(story)] == ["attacked"]
    # a quotation going on from its opening sentence is still the speaker's
    story = (
        "Militants stormed a hotel in Mogadishu on Sunday. “The guards ran away. "
        "Then they opened fire on the guests,” a survivor said."
    )
    assert [m.trigger_text for m in tagged(story)] == ["stormed"]
    # a definite phrase or a date singles one out; a phrase quoted inside the reporter's
    # sentence is the reporter's
    story = (
        "Al-Shabaab fighters attacked a base in Mandera on Saturday. "
        '"Yesterday\'s attack was carried out by militants from Somalia," the governor said. '
        '"We will hold a meeting with the elders on Monday," he added. '
        'The army said it had carried out "a precision strike" on a camp in Jilib.'
    )
    assert [m.trigger_text for m in tagged(story)] == [
        "attacked",
        "attack",
        "meeting with",
        "precision strike",
    ]


def test_in_what_officials_described_as_renames_the_event_just_told():
    text = (
        "Two bombs ripped through the cathedral on Sunday, in what authorities described as "
        "the deadliest attack on a place of worship in years."
    )
    assert kinds(text) == [
        ("ripped through", "attack", "occurred"),
        ("attack", "attack", "occurred"),
    ]
    text = (
        "Jets struck a depot near Tripoli early Thursday, the alliance said, in what officials "
        "described as a strike on a command center."
    )
    assert [k[0] for k in kinds(text)] == ["struck", "strike"]
    # without "in what", "described as" still names a kind
    assert kinds("Lawmakers described the decree as an attack on the constitution.") == []


def test_an_act_someone_denies_is_not_told_as_happening():
    for text in (
        "A spokesman denied that the air force had bombed civilians in the town.",
        "Sudan has denied bombing inside South Sudan.",
        "The ministry denied reports that the militants had seized the refinery.",
    ):
        assert [m.status for m in run(text)] == ["negated"], text
    # a denied role or intent leaves the attack itself told
    assert kinds("The group denied any role in the attack on the base.") == [
        ("attack", "attack", "occurred")
    ]
    assert kinds("The army denied that the bombing of the market was deliberate.") == [
        ("bombing", "attack", "occurred")
    ]


def test_further_attacks_a_group_threatened_are_not_the_attacks_told():
    told = "Gunmen set fire to five shops in Pattani on Friday. "
    text = told + "A leaflet found at one store threatened further attacks on shops."
    assert kinds(text) == [("set fire to", "attack", "occurred")]
    text = told + "The group vowed more attacks on traders who stayed open."
    assert kinds(text) == [("set fire to", "attack", "occurred")]


def test_a_modified_meeting_with_after_a_determiner_is_a_noun_with_its_own_status():
    text = "The BSF has sought a sector commander-level flag meeting with the Rangers."
    assert [m.status for m in run(text)] == ["hypothetical"]
    text = "Mr Sharif has proposed a new meeting with the Malian authorities."
    assert [m.status for m in run(text)] == ["hypothetical"]
    # a subject and its verb before the gerund leave it a verb
    text = "The president started meeting with aides on Monday."
    assert kinds(text) == [("meeting with", "meeting", "occurred")]


def test_the_modal_of_a_second_verb_does_not_make_a_noun_before_it_hypothetical():
    text = (
        "The envoy will travel to Port Sudan next week for talks with army leaders and would"
        " seek a separate meeting with RSF representatives."
    )
    assert ("talks", "meeting", "planned") in kinds(text)
    assert [m.status for m in run("An attack on the base could force a withdrawal.")] == [
        "hypothetical"
    ]


def test_since_inside_a_perfect_verb_group_opens_no_clause():
    text = "Talks between local commanders have since been held almost daily, officials said."
    assert kinds(text) == []


def test_a_meeting_a_negated_hold_governs_is_negated_an_unattended_summit_is_not():
    text = "He is not expected to hold a bilateral meeting with his Chinese counterpart."
    assert [m.status for m in run(text)] == ["negated"]
    assert kinds("He did not attend the summit in Kazan on Monday.") == [
        ("summit", "meeting", "occurred")
    ]


def test_a_long_subject_with_a_plan_clause_reaches_its_predicate():
    text = (
        "A round of negotiations between China and Southeast Asian nations on a code of conduct"
        " for the South China Sea that was due to open in Manila next week has been postponed."
    )
    assert [m.status for m in run(text)] == ["cancelled"]
    text = "A round of talks between the two sides that was to be held in Doha was postponed."
    assert [m.status for m in run(text)] == ["cancelled"]
    text = (
        "The direct talks between the government and the rebels that were due to open in"
        " Luanda on Tuesday did not take place."
    )
    assert [m.status for m in run(text)] == ["cancelled"]


def test_a_meeting_said_to_be_planned_is_planned():
    assert [
        (m.trigger_text, m.status) for m in run("A meeting is planned in the coming weeks.")
    ] == [("meeting", "planned")]
    assert [m.status for m in run("Talks are scheduled, the envoy said.")] == ["planned"]
    # a meeting that was planned and held is told in the past
    assert [m.status for m in run("The meeting, planned for weeks, was held on Monday.")] == [
        "occurred"
    ]


def test_plural_strikes_told_by_what_they_have_done_are_a_campaign():
    told = "Jets struck militant camps on Monday. The strikes have degraded the group's leadership."
    assert [m.trigger_text for m in counted(told)] == ["struck"]
    # what the strikes did on a day is the event
    told = "Jets struck militant camps on Monday. The strikes killed ten fighters."
    assert [m.trigger_text for m in counted(told)] == ["struck", "strikes"]
    # nor is a plural in a "since" phrase the subject of the perfect
    told = (
        "Bombs exploded at the two embassies on Monday. Visitors since the bombings have dwindled."
    )
    assert "bombings" in [m.trigger_text for m in counted(told)]
