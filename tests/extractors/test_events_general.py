"""Generality probes: each false-alarm class and each miss class of issue #4, tested on
made-up sentences in varied English (names, places and wording invented for these tests).

Positive and negative cases sit side by side so a rule that removes a false alarm is also
checked not to remove the real event next to it. Timexes are built by hand (see
``test_events``).
"""

from __future__ import annotations

from test_events import counted, run, tagged


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m.trigger_text, m.event_type, m.status) for m in counted(text)]


def types(text: str) -> list[str]:
    return [m.event_type for m in counted(text)]


def adds_no_event(context: str, texts: tuple[str, ...], sep: str = "\n\n") -> None:
    """Each text, told after the context, adds no mention to the context's own."""
    told = [m.trigger_text for m in tagged(context)]
    for text in texts:
        assert [m.trigger_text for m in tagged(f"{context}{sep}{text}")] == told, text


# --- visits that are not official visits ----------------------------------------------


def test_private_and_site_visits_are_not_meetings():
    assert counted("Her brother was visiting relatives in Tormund when the storm hit.") == []
    assert counted("The minister visited the flooded villages on Monday.") == []
    assert counted("Lawyers visited the prisoners at Kelso jail on Tuesday.") == []
    assert counted("The singer paid a private visit to her hometown on Thursday.") == []
    assert counted("Dr. Anna Perl, a visiting professor at Orlen University, said so.") == []
    assert counted("Tourists visiting the old harbour of Vessby were turned away.") == []
    assert counted("He visited the grave of his father on Monday.") == []


def test_official_visits_are_meetings():
    assert kinds("Foreign Minister Ida Varga visited Beltravia on Monday.") == [
        ("visited", "meeting", "occurred")
    ]
    assert kinds("President Omar Sulen arrived on Tuesday for a state visit to Kerestan.") == [
        ("state visit", "meeting", "occurred")
    ]


# --- negotiations that are not diplomacy ----------------------------------------------


def test_an_envoy_summoned_by_a_government_is_a_meeting():
    assert kinds("The foreign ministry summoned the U.S. ambassador on Monday to protest.") == [
        ("summoned", "meeting", "occurred")
    ]
    assert kinds("A director general called in Ambassador U Aung Kyaw Moe to the ministry.") == [
        ("called in", "meeting", "occurred")
    ]
    assert kinds("Baghdad said it would summon Turkey's charge d'affaires.") == [
        ("summon", "meeting", "planned")
    ]


def test_a_summons_to_testify_or_a_call_for_troops_is_no_meeting():
    assert kinds("Lawmakers said they would summon the army commander to testify.") == []
    assert kinds("The governor called in the army to restore order.") == []


def test_kidnapper_and_ransom_negotiations_are_not_meetings():
    assert (
        counted(
            "The kidnappers demanded a ransom of $2 million, but negotiations broke off Thursday."
        )
        == []
    )
    assert counted("Police gave no details of the talks with the captors on Monday.") == []


def test_labour_and_business_negotiations_are_not_meetings():
    assert counted("The union resumed contract talks with management on Monday.") == []
    assert counted("The company is negotiating with Pell Corp. to build a plant in Orso.") == []
    assert counted("The firm will open talks with its creditors to sell the shipyard.") == []
    assert counted("Dravo Inc. holders approved the plan at the annual meeting on Tuesday.") == []
    assert counted("The board meeting of Kestrel Holdings ended on Monday without a vote.") == []


def test_diplomatic_talks_stay_meetings():
    assert kinds("Kerestan and Beltravia held talks in Vell on Monday.") == [
        ("held talks", "meeting", "occurred")
    ]
    assert kinds("The two foreign ministers met in Vell on Tuesday to discuss trade.") == [
        ("met", "meeting", "occurred")
    ]


# --- talks that are speeches; conferences that are not of officials -------------------


def test_talks_given_are_speeches():
    assert counted("She gave talks at three universities on Monday.") == []
    assert counted("His TED talks on leadership were watched by millions.") == []


def test_a_speech_to_a_conference_of_professionals_is_no_meeting():
    assert (
        counted("Governor Lin's remarks to a conference of economists on Monday drew laughs.") == []
    )
    assert (
        counted(
            "The minister told a conference of bankers in Orso on Tuesday that rates will rise."
        )
        == []
    )


# --- wished, possible and questioned meetings -----------------------------------------


def test_a_meeting_asked_about_is_not_reported():
    assert counted("Would the president meet Premier Kalu if invited?") == []
    assert counted("Will there be a summit between the two leaders next week?") == []


def test_renewing_talks_as_a_wish_is_not_reported():
    assert counted("Beltravia wants to renew the long-stalled talks with Kerestan.") == []
    assert counted("Both sides hope to resume the peace talks soon.") == []


def test_resumed_talks_are_reported():
    assert kinds("Beltravia and Kerestan resumed the peace talks on Monday.") == [
        ("peace talks", "meeting", "occurred")
    ]


# --- meet = satisfy / encounter -------------------------------------------------------


def test_meet_as_satisfy_or_encounter():
    assert counted("The new rules met fierce criticism from farmers on Monday.") == []
    assert counted("Soldiers advancing on the town met with heavy resistance on Tuesday.") == []
    assert counted("The utility struggled to meet demand during the heat wave.") == []
    assert counted("The proposal met the approval of the council on Monday.") == []


# --- metaphorical attacks and kidnappings ---------------------------------------------


def test_metaphorical_attacks_are_not_events():
    assert counted("The editor called the law an attack on press freedom.") == []
    assert counted("The senator, 71, died of a heart attack on Monday.") == []
    assert counted("She suffered a panic attack before the exam on Tuesday.") == []
    assert counted("Critics said the budget was an assault on the poor.") == []
    assert counted("His lawyers called the boy's long stay with his uncle a 'kidnapping'.") == []
    text = (
        "After an air strike killed three fighters on Saturday, the militia's leader launched "
        "a blistering attack on the ruling party, accusing it of serving the enemy."
    )
    assert [m.trigger_text for m in counted(text)] == ["air strike"]
    text = (
        "After an air strike killed three fighters on Saturday, the minister launched a sharp "
        "attack on the UN envoy in a speech."
    )
    assert [m.trigger_text for m in counted(text)] == ["air strike"]
    # what the speaker accuses them of says the attack is words, whatever its adjective
    text = (
        "The prime minister used a speech on Wednesday to launch a fresh attack on France, "
        "accusing Paris of sponsoring the jihadists."
    )
    assert counted(text) == []
    text = (
        "The party has stepped up its attack on the electoral commission, which it accused of "
        "bias after militants killed two officials."
    )
    assert [m.trigger_text for m in counted(text)] == ["killed"]
    # (an armed attack told with what its attackers accused someone of stays an attack)
    text = "Gunmen attacked the village on Monday, accusing residents of helping the army."
    assert kinds(text) == [("attacked", "attack", "occurred")]


def test_accidents_that_kill_are_not_attacks():
    assert counted("A ferry accident that killed 12 people on Monday shocked the island.") == []
    assert counted("The boat wreck killed his mother and ten others on Tuesday.") == []
    assert counted("An earthquake killed 40 people in the valley on Monday.") == []


def test_a_gunman_who_kills_is_an_attack():
    assert types("A gunman killed three people at a market in Orso on Monday.") == ["attack"]


# --- sport and games ------------------------------------------------------------------


def test_sport_senses_are_not_violence():
    assert counted("Men shooting skeet at the Orso gun club on Monday talked politics.") == []
    assert counted("The striker struck twice in the second half on Tuesday.") == []
    assert counted("The players spent Monday shooting hoops at the police gym.") == []


def test_a_sides_attack_in_a_sentence_that_reports_a_game_is_its_play():
    text = "Fans cheered as the Orso side's relentless attack tore apart the visitors in a 4-1 league win."
    assert counted(text) == []
    text = "On Sunday Orso's attack, led by its young striker, ran riot and killed off the game."
    assert counted(text) == []
    text = "The army club's relentless attack overwhelmed the visitors in a 3-0 win on Sunday."
    assert counted(text) == []
    text = "At a friendly match on Saturday, the soldiers' attack was led by a youth player."
    assert counted(text) == []
    text = (
        "Gunmen attacked a village near Orso on Saturday. At the stadium on Sunday, Orso Club's"
        " attack failed to break down a stubborn defence in a goalless derby."
    )
    assert [k[0] for k in kinds(text)] == ["attacked"]
    # the game's crowd attacked is an attack
    assert kinds("Gunmen attacked fans leaving a league match in Orso on Sunday, killing two.") == [
        ("attacked", "attack", "occurred")
    ]
    text = "Twin bombings killed 76 people watching the World Cup final in Orso in July 2010."
    assert [k[1] for k in kinds(text)] == ["attack"]


def test_a_shooting_is_violence():
    assert kinds("A shooting at a club in Orso killed two people on Monday.") == [
        ("shooting", "attack", "occurred")
    ]


# --- threatened attacks ---------------------------------------------------------------


def test_threatened_attacks_are_not_occurred():
    for text in (
        "The militants threatened to attack the base on Monday.",
        "The rebel leader threatened an attack on the capital.",
        "Gunmen threatened to kidnap the judge's children.",
    ):
        assert [m for m in run(text) if m.status == "occurred"] == [], text


# --- names and comparisons ------------------------------------------------------------


def test_comparisons_and_generic_operations_are_not_raids():
    assert counted("Lawmakers treated the arrest as though it were a commando operation.") == []
    assert (
        counted("Allies objected that the resolution did not authorize such a naval operation.")
        == []
    )


def test_generic_bare_attack_after_of_is_not_an_event():
    assert counted("Villagers live in fear of armed attack by bandits.") == []
    assert counted("Women are rarely victims of armed attack there, police said.") == []


# --- nominal events that should be found ----------------------------------------------


def test_nominal_violent_events_are_found():
    assert types("Gunmen opened fire on a bus in Orso on Monday, killing four.") == ["attack"]
    assert "attack" in types("Police said the bombing of the market on Monday killed 12.")
    assert types("The ambush on Monday left three soldiers dead.") == ["attack"]
    assert types("Clashes between rebels and troops killed 20 in Orso on Monday.") == ["attack"]


def test_a_rhetorical_wh_question_keeps_its_planned_meeting():
    assert kinds("Why send a hothead to a critical meeting in Vell next week?") == [
        ("meeting", "meeting", "planned")
    ]


def test_talks_of_lawyers_with_officials_are_meetings():
    assert kinds("Talks between lawyers for the family and federal officials ended on Monday.") == [
        ("Talks", "meeting", "occurred")
    ]


def test_a_place_that_could_only_be_visited_is_no_visit():
    assert counted("The palaces could only be visited by a special team of monitors.") == []


# --- round 2: generic gerunds, futures, causes, more nominal events -------------------


def test_generic_visiting_and_alternative_acts_are_not_events():
    assert counted("Travellers should continue visiting Orso and investing there.") == []
    assert counted("Officials urge caution when visiting the northern provinces.") == []
    assert (
        counted("They tried to stop the clinics by threatening the staff or bombing the buildings.")
        == []
    )


def test_an_attack_someone_will_respond_to_is_hypothetical():
    assert counted("Beltravia says it will respond to an attack on its ally.") == []
    assert counted("The general's second attack option would be a naval blockade.") == []


def test_looking_forward_to_a_visit_is_planned():
    assert kinds("The minister said she looked forward to visiting Kerestan.") == [
        ("visiting", "meeting", "planned")
    ]


def test_a_cancellation_caused_by_an_attack_does_not_cancel_it():
    assert kinds(
        "The hotel had one cancellation as a result of the bombing in Orso on Monday."
    ) == [("bombing", "attack", "occurred")]


def test_facility_operations_are_not_raids():
    assert (
        counted("Two lawsuits over operations at the naval station in Orso were heard Friday.")
        == []
    )


def test_more_nominal_and_verbal_violence():
    assert types("Police named a suspect in the slaying of the judge on Monday.") == ["attack"]
    assert types("He is a suspect in a fatal attack on a clinic in Orso last year.") == ["attack"]
    assert types("The town was sieged by a rival army in 1861.") == ["attack"]
    assert types("The sniper's bullet tore through the kitchen window on Monday.") == ["attack"]
    assert types("Government troops launched the offensive against Orso on Monday.") == ["raid"]


def test_offensive_as_an_adjective_or_a_campaign_of_words_is_no_raid():
    assert counted("Troops were ordered to hand in offensive weapons on Monday.") == []
    assert counted("The army began a charm offensive in the villages on Monday.") == []


def test_an_official_trip_is_a_visit():
    assert types(
        "Foreign Minister Ida Varga's one-day trip to Kerestan on Monday ended early."
    ) == ["meeting"]
    assert counted("The family's fishing trip to the lake on Monday ended early.") == []


def test_a_planned_trip_is_a_visit_planned_or_called_off():
    assert kinds("Ivo Brak called off a planned trip to Orso over the dispute.") == [
        ("trip", "meeting", "cancelled")
    ]
    assert kinds("A proposed trip to Orso by the delegation is expected in May.") == [
        ("trip", "meeting", "planned")
    ]
    # a trip nobody planned or took as an official is still no visit
    assert counted("The trip to the lake took three hours on Monday.") == []


def test_either_alternative_of_a_list_of_acts_is_generic():
    assert (
        counted("They vowed to stop the clinic by bombing the building or shooting the staff.")
        == []
    )
    assert kinds("Gunmen killed or wounded 12 people in a shooting at Orso on Monday.") == [
        ("shooting", "attack", "occurred")
    ]


def test_plural_killings_over_a_period_or_any_of_them_are_aggregates():
    assert (
        counted(
            "A task force began looking on Monday into the slayings of nine men over the last five years."
        )
        == []
    )
    assert counted("There have been no arrests in any of the slayings.") == []


def test_a_trip_refers_back_only_with_an_official():
    text = "The envoy met the king on Monday. The boy's mother made the trip by boat."
    assert [m.trigger_text for m in counted(text)] == ["met"]


def test_a_named_persons_trip_refers_back_to_the_visit():
    text = "Minister Ida Varga visited Kerestan on Monday. Varga's trip lasted five hours."
    assert [m.trigger_text for m in counted(text)] == ["visited", "trip"]


# --- round 3: agents' own acts, more violence verbs, more senses that are not events ----


def test_the_strikes_an_agent_ordered_or_planned_are_events():
    assert types("President Vell ordered the strikes on rebel camps near Orso on Monday.") == [
        "strike"
    ]
    assert "strike" in types(
        "Commanders planned the airstrikes against the depot for weeks before Monday's attack."
    )


def test_fighting_storming_seizing_burning_and_pounding():
    assert types(
        "Heavy fighting broke out between army troops and rebels near Orso on Monday."
    ) == ["attack"]
    assert types("Militants stormed a hotel in Orso on Monday and took 30 hostages.") == ["attack"]
    assert types("Troops stormed the rebel-held hotel in Orso on Monday.") == ["raid"]
    assert types("Kidnappers seized an aid worker in Orso on Monday.") == ["attack"]
    assert types("Unknown attackers set fire to a church in Orso on Monday.") == ["attack"]
    assert types("Israeli jets pounded targets in Orso on Monday.") == ["strike"]


def test_fighting_that_lasted_hours_is_the_clash_told_before_not_the_war():
    clash = "Gunmen attacked a police post in Orso on Monday. The fighting lasted three hours."
    assert kinds(clash)[1:] == [("fighting lasted", "attack", "occurred")]
    assert [m.date_value for m in counted(clash)] == ["2024-05-06"] * 2
    relative = clash.replace("lasted three hours.", ", which lasted three hours, left two dead.")
    assert len(counted(relative.replace("fighting ,", "fighting,"))) == 2
    war = "Gunmen attacked a police post in Orso on Monday. The fighting began in 2019."
    assert len(counted(war)) == 1


def test_an_attack_a_day_owns_needs_no_word_of_violence():
    arrest = "Two men were arrested in connection with last Friday's attack on the hotel."
    assert kinds(arrest) == [("attack", "attack", "occurred")]
    assert counted(arrest.replace("last Friday's", "the")) == []


def test_peacekeepers_fired_on_make_an_attack_violent():
    text = "They attacked the Muslim district on Saturday and fired on the peacekeepers there."
    assert [k[1] for k in kinds(text)][:1] == ["attack"]


def test_an_army_position_attacked_is_a_place_not_a_stance():
    assert kinds("Jihadists attacked an army position near Tassia on Monday.") == [
        ("attacked", "attack", "occurred")
    ]
    assert counted("The senator attacked the minister's decision on Monday.") == []


def test_the_armed_subject_reaches_past_an_aside_that_holds_a_list():
    text = "The assailants, armed with machetes, spears and firearms, stormed the site on Monday."
    assert kinds(text) == [("stormed", "attack", "occurred")]


def test_an_offensive_is_a_raid_or_an_attack_by_who_launched_it():
    text = (
        "Central African soldiers, backed by Rwandan troops and Russian instructors, launched a"
        " counter-offensive on Friday against rebel positions at Boyali."
    )
    assert types(text) == ["raid"]
    assert types("Rebels launched an offensive on Friday against army positions at Orso.") == [
        "attack"
    ]


def test_state_troops_burning_a_city_or_offensive_equipment_are_not_these_events():
    assert counted("Officials said enemy troops have set fire to large parts of Orso.") == []
    assert counted("Troops left much of their offensive military equipment behind on Monday.") == []


def test_raiding_things_and_fiction_are_not_raids():
    assert counted("Police raided the bank accounts of the suspect on Monday.") == []
    assert counted("The players raided the fridge after the game on Monday.") == []
    assert counted("The film depicts a raid on a bank in Orso in the 1920s.") == []
    assert counted("The novel tells of a kidnapping in Orso in the 1930s.") == []


def test_a_gathering_a_strike_was_aimed_at_is_no_meeting():
    assert types("The army said the airstrike on Monday targeted a meeting of rebel leaders.") == [
        "strike"
    ]
    assert types("The bomb struck the church during a prayer meeting on Sunday.") == ["attack"]
    assert types("The meeting struck a conciliatory tone on Monday.") == ["meeting"]


def test_a_meeting_only_floated_or_considered_is_hypothetical():
    floated = "A meeting of the two presidents, floated by French diplomats, has not been agreed."
    assert kinds(floated) == []
    assert kinds("Turkish officials have floated the idea of a new summit of the leaders.") == []
    assert kinds("Bangkok is considering a meeting of regional officials on the crisis.") == []


def test_meeting_people_who_are_not_parties():
    assert counted("The minister met reporters on Monday.") == []
    assert counted("The report met a cool reception on Monday.") == []
    assert counted("He met his wife at university in 1990.") == []
    assert counted("The two met by chance at an airport on Monday.") == []
    assert counted("Residents held a town hall meeting on Monday about potholes.") == []
    assert counted("She visited her mother in hospital on Monday.") == []


def test_criticism_of_a_coach_is_not_fire():
    assert counted("The coach came under fire after the defeat on Monday.") == []
    assert types("A police patrol came under fire near Orso on Monday.") == ["attack"]
    assert types("A UN patrol came under small-arms fire near Orso on Monday.") == ["attack"]


# --- round 4: status ----------------------------------------------------------------


def test_foiled_and_plotted_attacks_are_not_events():
    # a foiled act did not happen: most writers leave it out or mark it optional
    assert counted("Police foiled an attack on the embassy on Monday.") == []
    assert counted("An attack on the embassy was thwarted on Monday.") == []
    assert counted("He was arrested on Monday for planning an attack on the embassy.") == []
    # "that planned" is a relative clause's verb, not a premodifier ("that planned talks")
    found = counted("Troops raided the cell that planned Monday's attack on the embassy.")
    assert [(m.trigger_text, m.status) for m in found] == [
        ("raided", "occurred"),
        ("attack", "occurred"),
    ]


def test_an_attempted_storming_is_an_attack():
    assert kinds("Gunmen tried to storm the embassy on Monday but were repelled.") == [
        ("storm", "attack", "occurred")
    ]


def test_an_attack_told_by_the_means_used_for_it_happened():
    text = "The rebels used explosive-laden drones to attack an army base on Monday."
    assert kinds(text) == [("attack", "attack", "occurred")]
    # a habit ("used to attack") or a threat is no event
    assert kinds("The rebels used to attack army bases at night.") == []
    assert kinds("The rebels threatened to use drones to attack the base.") == []


def test_explosives_dropped_by_a_drone_are_an_attack_unless_a_state_dropped_them():
    text = "On Wednesday night, a small drone dropped explosives on the police station."
    assert types(text) == ["attack"]
    text = "A soldier wounded when drones dropped explosives on a checkpoint on Tuesday died."
    assert types(text) == ["attack"]  # the soldiers are the victims, not the agent
    assert types("Russian drones dropped grenades on Ukrainian trenches on Tuesday.") == ["strike"]


def test_called_off_and_cancelled_after_an_aside():
    assert kinds("The talks were called off on Monday.") == [("talks", "meeting", "cancelled")]
    assert kinds("The meeting, scheduled for Monday, was cancelled.") == [
        ("meeting", "meeting", "cancelled")
    ]
    # "called off" before a premodified noun is the cancellation, not a call for talks
    assert kinds("Trump abruptly called off peace talks with the Taliban on Saturday.") == [
        ("peace talks", "meeting", "cancelled")
    ]


def test_called_off_past_a_restrictive_relative_clause_of_the_plan():
    assert kinds(
        "A meeting of coalition leaders in Istanbul that was set for Sunday was postponed."
    ) == [("meeting", "meeting", "cancelled")]
    assert kinds("The talks that were scheduled for Monday have been called off.") == [
        ("talks", "meeting", "cancelled")
    ]
    # a relative clause that names no plan leaves the predicate alone
    assert kinds("The meeting that was held on Wednesday was productive.") == [
        ("meeting", "meeting", "occurred")
    ]
    # the relative clause of a noun in the trigger's clause is that noun's: the attack was
    # not called off
    text = (
        "Gunmen ambushed a convoy on Tuesday. The attack came a day after talks that were to "
        "have opened on Monday were called off."
    )
    assert ("attack", "attack", "occurred") in kinds(text)
    assert ("talks", "meeting", "cancelled") in kinds(text)


def test_agreed_to_hold_talks_and_the_eve_of_a_visit_are_planned():
    assert kinds("Kerestan and Beltravia agreed on Monday to hold talks.") == [
        ("hold talks", "meeting", "planned")
    ]
    assert kinds("This is the eve of the president's visit to Kerestan.") == [
        ("visit", "meeting", "planned")
    ]


# --- round 5: diplomacy wording -------------------------------------------------------


def test_meetings_named_but_not_held():
    assert counted("A meeting between the two leaders is not on the agenda.") == []
    assert counted("A spokesman said a date for the next round of talks has not been set.") == []
    assert counted("The group said it is seeking talks with the government.") == []
    assert counted("Kalu is known for his meetings with foreign business leaders.") == []
    assert counted("The talks process has been troubled from the start.") == []


def test_gatherings_of_non_officials_are_not_meetings():
    assert counted("She told a meeting of party members on Monday that she would run again.") == []
    assert counted("The university hosted a conference on climate change on Monday.") == []
    assert counted("Scientists met in Vell on Monday to discuss the virus.") == []
    # a strike's intelligence that fighters were gathering is no talks between parties
    found = counted(
        "The air strike on Monday was based on reports that fighters were meeting there."
    )
    assert [m.event_type for m in found] == ["strike"]


def test_a_meeting_of_donors_or_a_cabinet_is_kept():
    assert types("The minister told a meeting of donors in Vell on Monday that aid is needed.") == [
        "meeting"
    ]
    assert types("The cabinet met on Monday and approved the budget.") == ["meeting"]


def test_a_host_receiving_a_named_visitor_is_a_meeting():
    assert types("Kalu hosted Vell at his residence on Monday.") == ["meeting"]
    assert types("Vell welcomed Kalu to the White House on Monday.") == ["meeting"]
    assert counted("Vell welcomed the decision on Monday.") == []
    assert counted("The channel hosted a debate on Monday.") == []
    # the guest's side of the visit
    text = "He flew to Nouakchott on Monday, where he was received by President Ghazouani."
    assert types(text) == ["meeting"]
    assert counted("The letter was received by the ministry on Monday.") == []


def test_an_air_raid_not_linked_to_talks_is_still_reported():
    assert types("Officials said a U.S. air raid on Orso on Monday is not directly linked.") == [
        "strike"
    ]


# --- round 6: nominal and passive violence ----------------------------------------------


def test_an_event_noun_before_a_relative_that_is_a_noun():
    assert types("Kopp is sought for the 1996 Olympic bombing that killed one person.") == [
        "attack"
    ]


def test_shot_with_a_weapon_is_an_attack_and_with_a_camera_is_not():
    assert types("Judge Arno Pell, 52, was shot with a rifle in his kitchen on Monday.") == [
        "attack"
    ]
    assert counted("The bride was shot with a camera by a photographer on Monday.") == []


def test_the_slaying_of_an_unnamed_victim_is_an_attack():
    assert types("He was charged on Monday in the slaying of a doctor in Orso.") == ["attack"]


def test_a_bomb_at_a_place_is_an_attack_unless_defused_or_found():
    assert types("The bomb outside the embassy in Orso on Monday shattered windows.") == ["attack"]
    assert counted("A bomb at the station was defused by police on Monday.") == []
    assert counted("Police found a bomb near the market on Monday.") == []
    text = "A bomb exploded in Orso on Monday. Police said the bombs were made in Vell."
    assert [m.trigger_text for m in counted(text)] == ["exploded"]


def test_counted_members_of_a_series_are_an_aggregate():
    assert counted("A task force is investigating all five of the shootings in Orso.") == []


# --- round 7: meetings that will, will not, or cannot be ------------------------------


def test_a_meeting_that_will_be_held_is_planned_and_one_that_will_not_is_not_reported():
    assert kinds("The summit will be held in Vell, officials said.") == [
        ("summit", "meeting", "planned")
    ]
    assert counted("He said the talks would not take place.") == []
    assert counted("Both sides said the talks were not happening.") == []
    assert counted("The ministry said it had no information about a meeting.") == []


def test_meeting_points_talk_of_and_phone_ins_are_not_meetings():
    assert counted("The meeting point for the march was the main square.") == []
    assert counted("There was talk of a summit, but nothing came of it.") == []
    assert counted("Kalu phoned in to a radio show on Monday.") == []


def test_a_visit_to_a_disaster_zone_is_no_meeting():
    assert counted("The minister's visit to the flood zone on Monday drew criticism.") == []


def test_calling_someone_a_name_past_an_aside_is_no_call():
    assert (
        counted("Lord Vell called Munero -- who drove a taxi in Orso -- a ruffian on Monday.") == []
    )
    assert kinds("Vell called Gen Arno Smith -- the army chief -- on Monday.") == [
        ("called", "meeting", "occurred")
    ]


# --- round 8: devices that hit, thrown grenades, doubled consonants -------------------


def test_a_device_or_bomber_that_hits_or_strikes_is_violence():
    assert types("A suicide car bomber struck a checkpoint in Orso on Monday, killing five.") == [
        "attack"
    ]
    assert types("A mortar round hit a market in Orso on Monday, killing three.") == ["attack"]
    assert types("A drone hit a fuel depot in Orso overnight, officials said on Monday.") == [
        "strike"
    ]
    assert counted("The missile crisis hit the economy hard.") == []


def test_a_thrown_grenade_is_an_attack_and_one_with_its_explosion():
    assert types("A grenade was thrown at a rally in Orso on Monday, wounding 12.") == ["attack"]
    found = counted("The man who threw a grenade seconds before the bomb exploded was seen Monday.")
    assert [m.trigger_text for m in found] == ["exploded"]
    assert counted("Protesters threw stones at police on Monday.") == []


def test_doubled_consonant_forms():
    assert types("Gunmen kidnapped 12 passengers near Orso on Monday.") == ["attack"]
    assert types("A man stabbed three people at a station in Orso on Monday.") == ["attack"]


def test_a_hedged_verb_is_a_figure_of_speech():
    assert (
        counted("He said the boy's mother had been practically kidnapped by her boyfriend.") == []
    )
    assert types("The shopkeeper was kidnapped from his store in Orso on Monday.") == ["attack"]


# --- round 9 (written news): ordinary phrasing of strikes, rounds, calls ---------------


def test_a_series_of_strikes_in_one_night_is_one_event_and_over_a_year_an_aggregate():
    text = "Jets carried out a series of airstrikes overnight on the town of Orso, killing 9."
    assert kinds(text) == [("airstrikes", "strike", "occurred")]
    assert counted("Rebels carried out a series of attacks this year in Orso.") == []


def test_the_raids_after_airstrikes_are_those_strikes_and_a_raid_told_before_wins():
    text = (
        "Warplanes carried out a wave of airstrikes overnight on Orso, killing 5. "
        "The strikes hit a depot. The raids came a day after troops shelled villages."
    )
    assert [(m.trigger_text, m.event_type) for m in counted(text)] == [
        ("airstrikes", "strike"),
        ("strikes", "strike"),
        ("raids", "strike"),
        ("shelled", "strike"),
    ]
    text = "Commandos raided a farm in Orso on Monday. Drones struck a camp on Tuesday. The raid killed two."
    assert types(text) == ["raid", "strike", "raid"]


def test_overrunning_a_base_is_an_attack_and_costs_overrunning_are_not():
    assert kinds("In 2019, insurgents overran a police base at Kallo, killing 12 officers.") == [
        ("overran", "attack", "occurred")
    ]
    assert counted("Construction costs overran the budget by a third.") == []


def test_firing_munitions_is_typed_by_its_agent():
    assert types("Army units fired rockets into a camp near Orso on Monday, killing four.") == [
        "strike"
    ]
    assert types("The rebels said they had responded by firing mortars at an army post.") == [
        "attack"
    ]
    found = counted("Officials said troops were responding to mortar fire from rebels in Orso.")
    assert [m.event_type for m in found] == ["attack"]
    assert types("Artillery fire from army positions hit Orso on Monday.") == ["strike"]


def test_conference_calls_handshakes_and_mini_summits_of_officials_are_meetings():
    assert _typed("The ministers held a conference call on Monday.") == [
        ("conference call", "meeting")
    ]
    assert (
        counted("In a conference call with analysts on Monday, the company said profit fell.") == []
    )
    assert _typed("The president shook hands with the rebel leader at the palace on Monday.") == [
        ("shook hands with", "meeting")
    ]
    assert counted("Fans shook hands with the players after the match on Monday.") == []
    assert _typed("Leaders gathered for a mini-summit in Djibouti on Monday.") == [
        ("mini-summit", "meeting")
    ]


def test_the_call_refers_back_to_a_phone_call_only():
    text = "Vell spoke by phone with Arno on Monday. They agreed during the call that aides would meet."
    assert [m.trigger_text for m in counted(text)][:2] == ["spoke by phone", "call"]
    text = "Vell met Arno in Orso on Monday. The call for a truce went unanswered."
    assert [m.trigger_text for m in counted(text)] == ["met"]
    text = "Vell spoke by phone with Arno on Monday. The call for a truce went unanswered."
    assert [m.trigger_text for m in counted(text)] == ["spoke by phone"]


def test_the_cancellation_of_a_meeting_is_no_second_mention_of_it():
    # the calling off is told by the meeting's own mention; writers do not count the noun
    text = (
        "A meeting of the trade ministers, which had been scheduled for Thursday, was "
        "cancelled. Officials said the cancellation was a technical matter."
    )
    assert kinds(text) == [("meeting", "meeting", "cancelled")]
    text = "Vell met Arno in Orso on Monday. The cancellation of flights angered travellers."
    assert [m.trigger_text for m in counted(text)] == ["met"]


def test_an_ordinal_round_or_session_of_talks_already_told_is_a_meeting():
    text = (
        "Government and rebel envoys held talks in Orso on Monday. The next round is "
        "scheduled for next week. A second session took place in Vell in March."
    )
    assert kinds(text)[1:] == [("round", "meeting", "planned"), ("session", "meeting", "occurred")]
    assert counted("A second round of voting is scheduled for Thursday.") == []
    text = "Vell met Arno on Monday. The second session of parliament opened on Tuesday."
    assert [m.trigger_text for m in counted(text)] == ["met"]
    # a round follows talks, not any meeting ("the second round" of an election)
    text = "The two leaders met on Monday. The second round of the election is on Thursday."
    assert [m.trigger_text for m in counted(text)] == ["met"]


def test_returning_to_the_table_is_a_planned_round_of_negotiations():
    text = "The talks ended on Monday, and both sides said they would return to the table."
    assert kinds(text)[-1] == ("return to the table", "meeting", "planned")
    assert counted("The waiter said he would return to the table with the bill.") == []


def test_an_encounter_framed_by_meeting_is_a_meeting_and_an_armed_one_is_not():
    assert kinds("The two leaders had not met since a brief encounter in Orso in 2019.")[-1] == (
        "encounter",
        "meeting",
        "occurred",
    )
    found = counted("After the summit, soldiers killed two rebels in an encounter near Orso.")
    assert [m.event_type for m in found if m.trigger_text == "encounter"] == ["raid"]


def test_receiving_religious_leaders_or_a_delegation_one_is_due_to_receive():
    text = "On Friday, the president received the archbishop of Bangui at the palace."
    assert kinds(text) == [("received", "meeting", "occurred")]
    text = "The president is due to receive a delegation of the armed groups on Tuesday."
    assert kinds(text) == [("receive", "meeting", "planned")]
    text = "The president received the chairperson of the African Union Commission on Monday."
    assert kinds(text) == [("received", "meeting", "occurred")]


def test_receiving_a_titled_visitor_named_by_a_possessive():
    assert kinds("On Monday, Kalu received Orsonia's opposition leader, Ana Vell.") == [
        ("received", "meeting", "occurred")
    ]
    assert counted("On Monday, Kalu received Orsonia's reply to the letter.") == []


def test_business_talks_of_executives_are_not_meetings():
    text = (
        "Executives of Nordvik, a fish processor, held talks on Monday with a canning company "
        "about a joint venture."
    )
    assert counted(text) == []
    assert kinds("The two trade ministers held talks on Monday about fishing rights.") == [
        ("held talks", "meeting", "occurred")
    ]


def test_a_foreseen_effect_on_the_talks_and_a_would_be_visit_are_not_reports():
    text = "Vell and Arno held talks on Monday. A new bill would complicate the talks, he said."
    assert [m.trigger_text for m in counted(text)] == ["held talks"]
    text = "The premier is due to visit Orso next month. It would be his first visit there."
    assert [m.status for m in counted(text)] == ["planned"]


def test_a_threat_in_quotes_is_no_strike_and_a_team_attack_no_attack():
    text = 'The group warned that it would "strike the army wherever it is found."'
    assert counted(text) == []
    assert counted("The coach said his team's attack had been toothless all season.") == []


def test_a_cancellation_under_a_modal_leaves_the_meeting_planned():
    text = (
        "The minister is scheduled to travel to Orso next week for talks, an aide said, "
        "but the visit could be called off if the fighting goes on."
    )
    assert {m.status for m in counted(text)} == {"planned"}
    text = "A round of talks set for March in Orso was called off after a dispute."
    assert kinds(text) == [("round of talks", "meeting", "cancelled")]


def test_aggregates_since_a_date_campaigns_and_sites_are_not_events():
    assert counted("Over 900 people have been seized in mass kidnappings in Orso since 2019.") == []
    text = "Gunmen abducted nine men in Orso on Monday. He warned of reprisals if the attacks did not stop."
    assert [m.trigger_text for m in counted(text)] == ["abducted"]
    text = "Drones struck a convoy on Monday, about 40 kilometers from the ambush site."
    assert [m.trigger_text for m in counted(text)] == ["struck"]


def test_one_of_those_operations_is_one_event():
    text = (
        "Security forces have since carried out a series of raids in the villages. The army "
        "said it had killed a commander in one of those operations near Kallo on Monday."
    )
    assert [(m.trigger_text, m.event_type) for m in counted(text)] == [("operations", "raid")]
    assert counted("Police asked whether he took part in one of the attacks.") == []


def test_a_bombing_after_a_planned_meeting_is_not_planned():
    text = (
        "The governor said he would travel to Orso next week to meet the premier. The attack "
        "was the deadliest since 2016, when a suicide bombing at a hall killed 45 people."
    )
    statuses = {m.trigger_text: m.status for m in counted(text)}
    assert statuses.get("suicide bombing") == "occurred"


def test_violent_nouns_joined_by_and_are_several_events():
    text = (
        "A bomb went off in Orso on Monday. Letters claimed the Orso clinic bombing and the "
        "Vell assault."
    )
    assert [m.trigger_text for m in counted(text)] == ["went off", "bombing", "assault"]
    text = "Troops killed 12 rebels in a raid on a camp near Orso on Monday."
    assert [m.trigger_text for m in counted(text)] == ["raid"]


def test_an_explosion_beside_bombings_is_violent():
    text = (
        "Police say a series of bombings in Vell and last month's explosion at a clinic are linked."
    )
    assert [m.trigger_text for m in counted(text)] == ["explosion"]
    assert counted("Last month's explosion at the chemical plant was an accident.") == []


def test_a_bomb_that_explodes_at_a_place_in_narration_is_an_attack():
    text = "Last month, a guard is killed when a bomb explodes at another clinic."
    assert kinds(text) == [("explodes", "attack", "occurred")]
    assert counted("When a bomb explodes, shrapnel flies in all directions.") == []
    assert counted("A bomb explodes in a crowded market every few weeks.") == []


def test_a_shooter_who_fired_is_an_attack_and_a_firing_from_a_job_is_not():
    assert kinds("Police searched the roof from which the sniper fired, they said.") == [
        ("fired", "attack", "occurred")
    ]
    assert counted("The gunman was fired from his job in March.") == []
    assert counted("The company fired its chief executive on Monday.") == []


def test_telling_the_cabinet_is_a_cabinet_meeting():
    assert kinds("Premier Ana Vell told her Cabinet on Monday that talks would go on.")[0] == (
        "told her Cabinet",
        "meeting",
        "occurred",
    )


def test_what_a_meeting_would_produce_makes_it_planned():
    assert kinds("The summit, she said, would produce a plan for the border.") == [
        ("summit", "meeting", "planned")
    ]
    assert kinds("The summit, which ended on Tuesday, produced a plan for the border.") == [
        ("summit", "meeting", "occurred")
    ]


def test_an_official_meeting_company_heads_is_still_a_meeting():
    assert kinds("President Ana Vell met executives of tech companies in Orso on Monday.") == [
        ("met", "meeting", "occurred")
    ]


def test_talks_a_traveller_arrives_for_are_a_meeting_and_bare_process_talks_are_not():
    assert kinds("The envoy flew to Orso for talks with the rebels' leaders.") == [
        ("talks", "meeting", "occurred")
    ]
    assert kinds("Envoy Ana Vell arrived in Orso for two days of talks.") == [
        ("talks", "meeting", "occurred")
    ]
    assert counted("The dispute dragged on during years of Brexit negotiations.") == []


def test_shelling_is_typed_by_its_agent_and_a_weeks_long_campaign_is_not_one_event():
    assert types("Rebels shelled army positions near Orso on Monday, killing two soldiers.") == [
        "attack"
    ]
    assert types("Army artillery shelled rebel villages near Orso on Monday.") == ["strike"]
    assert counted("Rebels have been shelling army positions for weeks.") == []


def test_rockets_that_slam_into_a_building_are_a_strike_and_a_car_is_not():
    assert kinds("Two rockets slammed into a block of flats in Orso on Monday.") == [
        ("slammed into", "strike", "occurred")
    ]
    assert counted("The car slammed into a tree, killing the driver.") == []


def test_aircraft_that_destroy_or_flatten_a_building_strike_it():
    for text in (
        "Orsonian jets flattened a building in the Hadath area on Friday.",
        "On Friday, Orsonian jets destroyed a hangar in the southern suburbs.",
        "A drone also destroyed an ammunition depot outside Kelso on Friday night.",
    ):
        assert types(text) == ["strike"], text
    # intercepted munitions are destroyed by no strike
    assert counted("The missile was destroyed over the sea on Friday.") == []
    assert counted("The storm destroyed a building in Kelso on Friday.") == []


def test_aircraft_named_by_type_or_designation_strike():
    for text in (
        "Two Orsish F-16s attacked a convoy near Kelso on Monday.",
        "Orsish Harriers attacked gun positions on the Vell peninsula on Friday.",
        "An RAF Vulcan bomber attacked the airfield at Kelso on Saturday.",
        "Vellish MiG-29s bombed the bridge at Kelso on Monday.",
        "Two Vellish Mirages attacked a convoy near Kelso on Monday.",
    ):
        assert types(text) == ["strike"], text
    # a rifle's designation is no aircraft, and a tornado is weather
    assert types("Gunmen armed with AK-47s attacked a checkpoint in Kelso on Monday.") == ["attack"]
    assert counted("A tornado struck the town of Kelso on Monday.") == []


def test_receiving_the_titled_visitor_and_not_calling_someone_a_name():
    assert kinds("Kalu received the Orsonian president at the palace on Monday.") == [
        ("received", "meeting", "occurred")
    ]
    assert counted("He called the president a liar on Monday.") == []


def test_receiving_the_head_or_a_delegation_of_a_body_is_a_visit():
    for text in (
        "On Monday, Kalu received the head of the UN mission in Orso.",
        "On Thursday, Kalu received the commander of the Orsonian force, General Ana Vell.",
        "Kalu had received a Vellish delegation led by a deputy minister on Wednesday.",
    ):
        assert kinds(text) == [("received", "meeting", "occurred")], text
    assert counted("The soldier had received a head wound on Monday.") == []
    assert counted("Kalu had received the support of the army on Monday.") == []


def test_sides_that_reconvene_and_talks_set_to_resume_are_planned():
    assert kinds("The two sides will reconvene in Vell next week, the mediator said.") == [
        ("reconvene", "meeting", "planned")
    ]
    assert counted("Parliament will reconvene in September.") == []
    assert [m.status for m in counted("Negotiations with the rebels are set to resume.")] == [
        "planned"
    ]


def test_a_lynching_is_an_attack_and_a_factory_explosion_is_not():
    assert types("A mob lynched two men in the town of Orso on Monday.") == ["attack"]
    assert counted("An explosion at a fireworks factory killed 12 workers.") == []
    assert types("An explosion at a checkpoint killed 12 soldiers on Monday.") == ["attack"]


def test_a_meeting_still_to_be_arranged_is_not_held():
    assert [
        m.status for m in run("Aides are working to arrange a meeting of the two leaders.")
    ] == ["hypothetical"]
    assert kinds("Aides arranged a meeting of the two leaders in Orso on Monday.") == [
        ("meeting", "meeting", "occurred")
    ]


def test_protesters_clashing_with_police_are_no_armed_clash_and_armies_exchanging_fire_are():
    assert counted("Protesters clashed with police in the capital on Monday.") == []
    assert types("Troops clashed with rebels near Orso on Monday, killing five.") == ["attack"]
    assert types("The two armies exchanged fire along the border on Monday.") == ["attack"]
    assert counted("The two leaders exchanged views on Monday.") == []
    # fire exchanged needs no other word of violence beside it
    assert types("Kyrgyz and Tajik border guards exchanged heavy fire on Monday.") == ["attack"]
    assert types("Border guards exchanged fire near the water intake on Monday.") == ["attack"]


def test_firing_on_or_at_is_typed_by_its_subject():
    assert types("Army helicopters fired on a rebel column near Orso on Monday.") == ["strike"]
    assert types("Gunmen fired on a bus near Orso on Monday, killing three.") == ["attack"]
    assert types("Helicopters fired rockets at a rebel column near Orso on Monday.") == ["strike"]
    assert counted("The club fired its coach on Monday.") == []


def test_an_assault_on_a_garrison_and_officers_shot_dead_at_a_checkpoint_are_attacks():
    assert types("The assault on the garrison at Kallo began before dawn on Monday.") == ["attack"]
    assert types("Two police officers were shot dead at a checkpoint on Monday.") == ["attack"]
    assert counted("Five people were killed on Monday.") == []


def test_someone_shot_dead_is_an_attack_wherever_the_clause_goes_on():
    assert types("Two journalists were shot dead and a third was wounded on Tuesday.") == ["attack"]
    assert types("The driver, a father of four, was shot dead as he turned the bus.") == ["attack"]
    assert counted("The driver was killed as he turned the bus.") == []


def test_a_killing_before_a_tally_of_its_kind_is_reported():
    text = (
        "Gunmen on a motorbike shot dead a retired army major in Mandalay on Monday, the "
        "latest in a series of assassinations of suspected informers."
    )
    assert [(m.trigger_text, m.event_type) for m in counted(text)] == [("shot dead", "attack")]
    text = (
        "In February, gunmen shot dead a taxi driver in Ilaga, and police say more than 20 "
        "shootings have taken place in the regency since 2020."
    )
    assert [(m.trigger_text, m.event_type) for m in counted(text)] == [("shot dead", "attack")]
    # the event named before its toll: one mention
    text = "A wave of airstrikes killed 20 people in Idlib on Monday."
    assert [m.trigger_text for m in counted(text)] == ["airstrikes"]


def test_forces_or_armed_men_boarding_a_vessel():
    assert types("U.S. Navy SEALs boarded a dhow off the coast of Somalia on Monday.") == ["raid"]
    assert types("Armed men boarded an oil tanker off Fujairah on Tuesday.") == ["attack"]
    assert counted("Passengers boarded the ferry on Tuesday.") == []
    assert counted("Troops boarded a flight to the capital on Tuesday.") == []
    assert types("Rebel fighters boarded the bulk carrier from a helicopter on Tuesday.") == [
        "attack"
    ]


def test_a_vessel_an_armed_group_takes_is_hijacked():
    text = "Fighters lowered from a helicopter seized the car carrier in the Red Sea on Sunday."
    assert types(text) == ["attack"]  # (the helicopter carried men: no air strike)
    assert types("It was the first seizure of a merchant ship by the rebels.") == ["attack"]
    assert types("The cargo ship seized by the group on Tuesday was taken to port.") == ["attack"]
    # a navy or coast guard takes a vessel in a raid; a haul or a boat with no taker named
    # is no attack
    assert "attack" not in types("The coast guard seized a tanker in the Gulf on Monday.")
    assert types("The fishing boat seized near the island on Saturday stays in custody.") == []
    assert "attack" not in types("Police seized a boat carrying cocaine off the coast on Monday.")


def test_what_a_vow_of_revenge_is_about_was_done():
    assert kinds("Iran vowed on Monday to retaliate for an air strike on its consulate.") == [
        ("air strike", "strike", "occurred")
    ]
    assert kinds("The group vowed to avenge an air strike on its commanders.") == [
        ("air strike", "strike", "occurred")
    ]
    assert counted("Iran threatened to retaliate with missile strikes.") == []
    assert counted("Iran warned it would retaliate for any attack.") == []


def test_an_attack_its_possessor_names_as_non_state_is_no_strike_told_before():
    text = (
        "Israeli jets struck a compound in Damascus on Monday. Israel has stepped up its "
        "strikes since Hamas's October 7 attack on southern Israel."
    )
    assert ("attack", "attack") in [(m.trigger_text, m.event_type) for m in counted(text)]


def test_speaking_to_a_counterpart_by_phone_is_a_call_and_to_reporters_or_family_not():
    assert kinds("The premier spoke to his Orsonian counterpart by phone on Monday.") == [
        ("spoke to", "meeting", "occurred")
    ]
    assert counted("She spoke to reporters by phone on Monday.") == []
    assert counted("She had spoken to the boy's father by phone on Monday.") == []
    assert kinds("Talks to end the war resumed in Vell on Monday.") == [
        ("Talks", "meeting", "occurred")
    ]


def test_raids_by_tax_inspectors_or_regulators_are_not_force():
    assert counted("Tax inspectors raided the offices of the newspaper on Monday.") == []
    assert counted("Antitrust regulators raided the offices of two carmakers on Monday.") == []
    assert types("Troops raided a compound in Orso on Monday.") == ["raid"]


def test_a_meeting_moved_or_rescheduled_is_postponed_and_one_that_failed_was_not_held():
    assert [m.status for m in counted("The summit has been moved to a later date.")] == [
        "cancelled"
    ]
    assert [m.status for m in counted("The meeting was rescheduled for next month.")] == [
        "cancelled"
    ]
    assert counted("The two leaders failed to meet on Monday as planned.") == []
    assert types("Gunmen failed to storm the base near Orso on Monday.") == ["attack"]
    assert [m.status for m in counted("Aides said the visit would go ahead as planned.")] == [
        "planned"
    ]


def test_a_body_that_has_yet_to_meet_has_not_met():
    assert counted("A joint border commission, first floated last year, has yet to meet.") == []
    assert counted("The two leaders are yet to hold talks on the dispute.") == []
    assert [m.status for m in counted("The commission met on Monday to set a date.")] == [
        "occurred"
    ]


def test_projectiles_that_land_or_fall_are_typed_by_the_projectile():
    assert types("Shells landed on a school in Orso on Monday, killing seven.") == ["strike"]
    assert counted("A petrol bomb landed in his back yard on Monday.") == []
    assert counted("Prices fell on Monday after the report.") == []


def test_retaking_a_town_rebels_offensive_fighting_for_control_and_shooting_and_wounding():
    assert types("Army troops recaptured the town of Orso from rebels on Monday.") == ["raid"]
    assert types("Rebels launched an offensive on the city of Orso on Monday.") == ["attack"]
    assert types("The army launched an offensive against rebels near Orso on Monday.") == ["raid"]
    assert types("Troops and rebels fought for control of the airport on Monday.") == ["attack"]
    assert counted("The two firms fought for control of the market.") == []
    assert types("A gunman shot and wounded a journalist in Orso on Monday.") == ["attack"]


def test_parties_that_convene_and_an_emergency_session_of_ministers_are_meetings():
    assert kinds("The leaders will convene in Vell next week.") == [
        ("convene", "meeting", "planned")
    ]
    assert counted("The court will convene in Vell next week.") == []
    assert kinds("Ministers gathered in Vell on Monday for an emergency session.") == [
        ("emergency session", "meeting", "occurred")
    ]
    assert counted("The emergency session of parliament opened on Monday.") == []


def test_a_cabinet_that_convenes_or_is_convened_meets_and_a_call_over_the_telephone():
    assert kinds("The prime minister convened the security cabinet on Sunday night.") == [
        ("convened", "meeting", "occurred")
    ]
    assert kinds("The security cabinet is scheduled to convene on Sunday evening.") == [
        ("convene", "meeting", "planned")
    ]
    assert counted("The inquiry panel will convene on Sunday.") == []
    assert kinds("Vell spoke to the home minister over the telephone on Monday.") == [
        ("spoke to", "meeting", "occurred")
    ]
    assert counted("Vell spoke to the home minister about the attack on Monday.") == []


def test_meetings_held_with_named_parties_on_a_trip_and_a_call_by_telephone():
    assert kinds("During his stay, the envoy held meetings with opposition leaders.") == [
        ("meetings", "meeting", "occurred")
    ]
    assert counted("The group has held meetings with donors for years.") == []
    assert kinds("Vell and Arno discussed the crisis by telephone on Monday.") == [
        ("discussed", "meeting", "occurred")
    ]
    assert counted("Vell and Arno discussed the crisis on Monday.") == []


def test_an_inverted_condition_is_hypothetical():
    assert counted("Had the bomb exploded, dozens would have died.") == []
    assert types("The bomb had exploded early, police said on Monday.") == ["attack"]


def test_a_visit_that_will_now_take_place_later_is_planned():
    text = "The visit, originally scheduled for March, will now take place in June."
    assert [m.status for m in counted(text)] == ["planned"]


def test_a_courtesy_call_and_a_working_lunch_are_meetings():
    assert kinds("The minister paid a courtesy call on the president on Monday.") == [
        ("courtesy call", "meeting", "occurred")
    ]
    assert kinds("The two leaders held a working lunch in Vell on Monday.") == [
        ("working lunch", "meeting", "occurred")
    ]


def test_ramming_hostage_taking_executions_stabbings_and_downings():
    assert types("A driver rammed his car into a crowd in Orso on Monday, killing four.") == [
        "attack"
    ]
    assert types("Militants took 20 people hostage at a hotel in Orso on Monday.") == ["attack"]
    assert kinds("Militants attacked a train on Monday, taking hundreds hostage.") == [
        ("attacked", "attack", "occurred")
    ]
    assert counted("The economy is being held hostage by politics.") == []
    assert types("Gunmen executed 12 villagers near Orso on Monday.") == ["attack"]
    assert counted("The state executed a prisoner on Monday.") == []
    assert counted("The militants executed their plan with precision on Monday.") == []
    assert types("The stabbing took place outside a mosque in Orso on Monday.") == ["attack"]
    assert types("The rebels shot down an army helicopter near Orso on Monday.") == ["attack"]
    assert counted("The proposal was shot down by lawmakers on Monday.") == []


def test_counted_attempts_are_an_aggregate_and_one_attempt_an_attack():
    assert counted("He has survived several assassination attempts.") == []
    assert counted("He has survived three assassination attempts.") == []
    assert types("He survived an assassination attempt in Orso on Monday.") == ["attack"]


def test_a_call_in_a_month_is_not_a_phone_in_and_recurring_or_long_talks_are_not_one_meeting():
    assert kinds("Vell and Arno last spoke by phone in April.") == [
        ("spoke by phone", "meeting", "occurred")
    ]
    assert counted("Kalu phoned in to a radio show on Monday.") == []
    assert counted("The summit, held annually since 1975, brings the leaders together.") == []
    assert counted("The two countries have held talks on the issue since 2018.") == []
    assert kinds("The two ministers have met in Vell on Monday.") == [
        ("met", "meeting", "occurred")
    ]


def test_a_participle_after_an_attack_is_that_attack():
    assert kinds("Gunmen attacked a village near Orso on Monday, torching homes.") == [
        ("attacked", "attack", "occurred")
    ]
    assert types("The bombers targeted a crowded bus station in Orso on Monday.") == ["attack"]
    assert types("Fighting erupted between rival militias in Orso on Monday.") == ["attack"]
    assert types("The assailants fled on motorcycles after the attack on Monday.") == ["attack"]


def test_leaders_who_are_to_meet_or_agreed_to_hold_another_round_are_planned():
    assert [m.status for m in counted("The leaders are to meet in Vell on Friday.")] == ["planned"]
    text = "The two sides agreed to hold another round of talks in Vell."
    assert [m.status for m in counted(text)] == ["planned"]
    assert counted("He urged them to hold another round of talks.") == []
    assert counted("Vell said he had no plans to meet Arno.") == []
    assert counted("The aim was to meet the minister.") == []


def test_aircraft_that_land_are_no_strike_and_munitions_that_land_are():
    assert counted("The president's jet landed in Vell on Monday.") == []
    assert counted("The helicopter landed on the roof of the hospital on Monday.") == []
    assert counted("A drone crashed into a field near Orso on Monday.") == []
    assert types("A missile landed in a field near Orso on Monday.") == ["strike"]


def test_munitions_that_fell_near_or_rounds_that_hit_are_reported():
    assert types("Two shells fell near a school in Orso on Monday.") == ["strike"]
    assert types("Two mortar rounds hit a school in Orso on Thursday.") == ["attack"]
    # an aggregate's participle still describes its noun
    assert counted("Orsish jets pounded several besieged towns on Monday.")[0].trigger_text == (
        "pounded"
    )
    assert counted("Prices fell in March.") == []


def test_a_place_bombed_in_the_passive_takes_the_storys_violence():
    assert kinds("Orsish jets struck Kelso on Friday. Vell was also bombed on Saturday.") == [
        ("struck", "strike", "occurred"),
        ("bombed", "strike", "occurred"),
    ]
    assert [
        m.event_type
        for m in tagged("A bomb exploded in Kelso on Monday. A bus was bombed on Tuesday.")
    ] == ["attack", "attack"]
    # with no violence told before, nothing says who bombed it
    assert counted("Vell was bombed on Saturday.") == []


def test_stabbing_pains_and_a_budget_taken_hostage_are_figures():
    assert counted("He felt a stabbing pain in his chest on Monday.") == []
    assert counted("She complained of shooting pains on Monday.") == []
    assert counted("The senators took the budget hostage on Monday.") == []
    assert counted("Investors took the company hostage.") == []


def test_a_raid_by_a_non_state_force_is_an_attack():
    found = [
        (m.trigger_text, m.event_type) for m in counted("Gunmen raided a police station on Monday.")
    ]
    assert found == [("raided", "attack")]
    found = [
        (m.trigger_text, m.event_type) for m in counted("Troops raided a rebel camp on Monday.")
    ]
    assert found == [("raided", "raid")]


def _typed(text: str) -> list[tuple[str, str]]:
    return [(m.trigger_text, m.event_type) for m in counted(text)]


def test_munitions_fired_with_a_count_are_typed_by_their_agent():
    assert _typed("A U.S. drone fired two missiles at a vehicle on Monday.") == [
        ("fired two missiles", "strike")
    ]
    assert _typed("Rebels fired a barrage of Katyusha rockets at the city on Monday.") == [
        ("fired a barrage of Katyusha rockets", "attack")
    ]
    assert _typed("Militants fired several mortar rounds at the base on Monday.") == [
        ("fired several mortar rounds", "attack")
    ]


def test_bombs_dropped_are_a_strike():
    assert _typed("A fighter jet dropped two bombs on the village on Monday.") == [
        ("dropped two bombs", "strike")
    ]


def test_firing_on_any_noun_phrase_or_in_the_passive_is_an_event():
    assert _typed("Army helicopter gunships fired on suspected militant hideouts on Monday.") == [
        ("fired on", "strike")
    ]
    assert _typed("Two missiles were fired at the compound on Monday.") == [("fired at", "strike")]


def test_a_bomb_far_before_its_explosion_verb_is_still_its_subject():
    assert _typed("A bomb hidden in a parked motorcycle exploded near a market on Monday.") == [
        ("exploded", "attack")
    ]


def test_meals_between_officials_are_meetings():
    assert _typed("The vice president had dinner with the prime minister on Thursday.") == [
        ("had dinner with", "meeting")
    ]
    assert counted("The students had dinner with their families on Thursday.") == []


def test_a_call_to_titled_people_after_an_adverb_is_a_phone_contact():
    assert _typed("The prince also called both generals on Monday.") == [("called", "meeting")]
    assert counted("The prince also called both proposals unacceptable on Monday.") == []


def test_talks_a_visit_is_for_are_that_visit():
    text = "The president received his counterpart, Ali Khan, in the capital on Monday for talks."
    assert _typed(text) == [("received", "meeting")]


def test_one_of_the_deadliest_attacks_ranks_the_event_told_and_is_no_mention():
    text = (
        "Jihadists attacked an army post near Orso on Monday, killing 20 soldiers, one of the "
        "deadliest attacks on the army this year."
    )
    assert [t for t, _ in _typed(text)] == ["attacked"]
    # the killing the ranking follows is still told
    text = "Gunmen killed 51 people in Vell on Monday, in one of the worst attacks this year."
    assert [t for t, _ in _typed(text)] == ["killed"]


def test_speaking_to_a_named_official_is_a_contact_and_to_the_press_is_not():
    text = "The adviser, Ajit Doval, spoke to Secretary of State Marco Rubio on Wednesday."
    assert _typed(text) == [("spoke to", "meeting")]
    assert counted("The minister spoke to reporters on Wednesday.") == []
    assert counted("The minister spoke to Reuters on Wednesday.") == []


def test_visiting_a_memorial_is_no_meeting():
    assert counted("The vice president will visit a war memorial on Monday.") == []


def test_forces_entering_a_place_raid_it_and_armed_groups_attack_it():
    assert _typed("Police swooped on a house in the capital early on Monday.") == [
        ("swooped on", "raid")
    ]
    assert _typed(
        "Insurgents linked to the Islamic State group swept into the town on Monday."
    ) == [("swept into", "attack")]
    assert counted("Investors poured into the market on Monday.") == []
    text = "A unit of about 40 servicemen crossed the border before dawn on Sunday."
    assert _typed(text) == [("crossed the border", "raid")]
    assert counted("Many families have since crossed the border and are camping nearby.") == []


def test_munitions_with_their_kind_named_after_the_count():
    assert _typed("U.S. warships fired 59 Tomahawk cruise missiles at an air base on Monday.") == [
        ("fired 59 Tomahawk cruise missiles", "strike")
    ]


def test_a_dawn_raid_by_special_forces_is_a_raid_and_a_guided_bomb_strikes():
    assert _typed("Special forces freed 23 hostages in a dawn raid on a camp on Monday.") == [
        ("raid", "raid")
    ]
    assert _typed("A guided aerial bomb struck a residential street on Monday.") == [
        ("struck", "strike")
    ]


def test_an_emergency_session_of_the_security_council_is_a_meeting():
    text = "The envoy told an emergency session of the U.N. Security Council on Monday that aid was blocked."
    assert [t for t, _ in _typed(text)] == ["emergency session of the U.N. Security Council"]
    assert counted("Lawmakers opened an emergency session of parliament on Monday.") == []


def test_a_state_named_as_the_agent_of_fire_makes_it_a_strike():
    assert _typed("Iran fired more than a dozen ballistic missiles at an air base on Monday.") == [
        ("fired more than a dozen ballistic missiles", "strike")
    ]
    assert _typed("Hamas fighters fired rockets at the city on Monday.") == [
        ("fired rockets", "attack")
    ]
    # a state's own guard corps is a state force
    assert _typed("The IRGC fired ballistic missiles at a house in Erbil on Monday.") == [
        ("fired ballistic missiles", "strike")
    ]


def test_a_state_that_struck_made_a_strike_and_an_armed_group_an_attack():
    assert _typed("Israel struck a weapons convoy near the border on Monday.") == [
        ("struck", "strike")
    ]
    assert _typed("Hezbollah struck northern towns with rockets on Monday.") == [
        ("struck", "attack")
    ]
    assert counted("Iran and Oman struck a deal on Monday.") == []


def test_the_agent_that_launched_an_assault_or_names_a_missile_attack_types_it():
    text = "Special forces backed by police launched an assault on the hotel on Monday."
    assert _typed(text) == [("assault", "raid")]
    text = "Militants launched an assault on the army base on Monday."
    assert _typed(text) == [("assault", "attack")]
    assert _typed("A Houthi missile attack hit a tanker on Monday.") == [
        ("missile attack", "attack")
    ]
    assert _typed("A Russian missile attack hit the port on Monday.") == [
        ("missile attack", "strike")
    ]


def test_a_drone_attack_is_an_attack_unless_a_state_is_named_as_its_agent():
    assert _typed("A drone attack hit a base housing foreign troops on Monday.") == [
        ("drone attack", "attack")
    ]
    assert _typed("Jets bombed depots on Monday, after a drone attack on the garrison.")[-1] == (
        "drone attack",
        "attack",
    )
    assert _typed("Two U.S. drone attacks killed 18 militants on Monday.") == [
        ("drone attacks", "strike")
    ]
    assert _typed("Russia launched a drone attack on the port on Monday.") == [
        ("drone attack", "strike")
    ]
    assert _typed("A Russian drone attack hit the port on Monday.") == [("drone attack", "strike")]


def test_a_siege_never_refers_back_to_an_airstrike():
    found = _typed(
        "Warplanes struck the compound on Monday. The siege of the embassy lasted until the "
        "following afternoon."
    )
    assert found == [("struck", "strike"), ("siege", "attack")]


def test_a_round_of_the_reported_talks_named_by_its_plan_or_as_earlier_is_a_meeting():
    found = kinds(
        "The two sides held talks in Geneva on Monday. A round scheduled for March 17 was "
        "postponed. An earlier round, in Jeddah on March 3, failed."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("held talks", "occurred"),
        ("round", "cancelled"),
        ("round", "occurred"),
    ]
    assert kinds("The two sides held talks on Monday. Voters face a round of voting.")[1:] == []
    assert (
        kinds("Talks were held on Monday. A single rocket could set off another round.")[1:] == []
    )


def test_a_raid_is_typed_by_the_force_that_leads_it():
    # armed men and gangs are non-state: their raid or incursion is an attack
    assert kinds("About 30 armed men raided police stations in the town on Monday.") == [
        ("raided", "attack", "occurred")
    ]
    assert kinds("It was the first gang incursion into Arcahaie this year, police said.")[0][
        :2
    ] == (
        "incursion",
        "attack",
    )
    # a state force joined or backed by a militia leads the operation
    assert kinds(
        "On Wednesday, Iraqi special forces and Shi'ite militia volunteers raided the village."
    ) == [("raided", "raid", "occurred")]
    assert kinds(
        "Syrian troops backed by Hezbollah fighters launched an assault on the town on Sunday."
    ) == [("assault", "raid", "occurred")]
    # the subject of the clause is not a premodifier of the noun
    assert kinds(
        "Its fighters had repelled the raid on the village on Monday, the group said."
    ) == [("raid", "raid", "occurred")]


def test_fire_whose_responsibility_is_claimed_is_an_attack():
    assert kinds("A little-known group claimed responsibility for the rocket fire on Monday.") == [
        ("rocket fire", "attack", "occurred")
    ]
    assert kinds("The rocket fire on Monday, which was claimed by a Salafist group, hurt no one.")[
        0
    ][:2] == ("rocket fire", "attack")
    assert kinds("The army said its rocket fire on Monday hit a depot.")[0][:2] == (
        "rocket fire",
        "strike",
    )


def test_a_speaker_before_a_strike_noun_is_not_its_agent():
    # the rebels report the strikes; they did not carry them out
    assert _typed("The rebels said the strikes on Monday killed nine people.") == [
        ("strikes", "strike")
    ]
    # a claim's subject is the agent
    assert _typed("The rebels claimed the shelling of the base on Monday.") == [
        ("shelling", "attack")
    ]


def test_the_army_of_a_non_state_group_is_no_state_force():
    # "Liberation Army" is a separatist group: its raid on a base is an attack
    assert _typed("Gunmen from the Baloch Liberation Army stormed a naval base on Monday.") == [
        ("stormed", "attack")
    ]
    assert _typed("Fighters of the Arakan Army stormed a police post on Monday.") == [
        ("stormed", "attack")
    ]
    # a country's army stays a state force
    assert _typed("Soldiers of the Pakistani army stormed a militant hideout on Monday.") == [
        ("stormed", "raid")
    ]


def test_a_projectile_hitting_us_or_coalition_posts_with_no_force_named_is_an_attack():
    for text in (
        "The drone struck a U.S. outpost near the Syrian border on Monday.",
        "Rockets slammed into a base housing American troops on Monday.",
        "The drone hit a storage area close to a hangar used by the U.S.-led coalition.",
    ):
        assert [m.event_type for m in counted(text)] == ["attack"], text
    for text in (
        "U.S. jets struck a militia base near the Syrian border on Monday.",
        "A drone struck a militia convoy near the Syrian border on Monday.",
    ):
        assert [m.event_type for m in counted(text)] == ["strike"], text


def test_a_projectile_hitting_a_merchant_ship_with_no_force_named_is_an_attack():
    for text in (
        "The Liberian-flagged tanker was hit by a missile on Monday, the maritime agency said.",
        "A drone struck a bulk carrier off the coast on Monday.",
        "The tanker was hit by a missile in the Gulf of Aden on Monday.",
    ):
        assert [m.event_type for m in counted(text)] == ["attack"], text
    for text in (
        "U.S. jets struck a cargo ship used by the militia on Monday.",
        "The drone hit fuel tankers near the airport on Monday.",
        "A missile hit an apartment building near the port on Monday.",
    ):
        assert [m.event_type for m in counted(text)] == ["strike"], text


def test_rockets_fired_in_the_passive_with_no_agent_are_an_attack():
    text = "About 10 rockets were fired at the Green Village base in eastern Syria on Monday."
    assert [m.event_type for m in counted(text)] == ["attack"]
    for text in (
        "Rockets were fired at the town by government forces on Monday.",
        "Two missiles were fired at the compound as the men gathered on Monday.",
    ):
        assert [m.event_type for m in counted(text)] == ["strike"], text


def test_munitions_fired_from_a_place_towards_a_target_are_an_event_wherever_they_came_from():
    assert kinds(
        "Three rockets were fired from south Lebanon towards northern Israel on Friday evening."
    ) == [("fired", "attack", "occurred")]
    assert kinds("Two rockets are launched from the hills toward Kiryat Shmona on Monday.") == [
        ("launched", "attack", "occurred")
    ]
    assert types("Two missiles had been launched from the coast against the base on Monday.") == [
        "strike"
    ]
    # a detail of a fire told before, a launch into space, a place named by a fire
    for text in (
        "The drones were launched from an area south of the town, officials said.",
        "A rocket carrying two satellites was launched into orbit on Monday.",
    ):
        assert counted(text) == [], text
    assert kinds("Troops shelled the hills from which rockets were fired at the town.") == [
        ("shelled", "strike", "occurred")
    ]


def test_a_counter_attack_by_rebels_is_an_attack():
    assert kinds("Rebels retook most of the camp in a counter-attack on Tuesday.") == [
        ("counter-attack", "attack", "occurred")
    ]


def test_a_meeting_called_on_a_past_day_was_held_and_one_called_for_is_not():
    assert kinds("Russia called an emergency meeting of the Security Council on Thursday.") == [
        ("meeting", "meeting", "occurred")
    ]
    assert (
        kinds("Russia called for an emergency meeting of the Security Council on Thursday.") == []
    )


def test_an_armed_force_that_strikes_a_physical_target_names_a_strike_or_an_attack():
    for text in (
        "The Velmarian military said it had struck an ammunition depot near Oskol on Tuesday.",
        "Velmarian forces hit a fuel terminal and a radar site on the coast on Monday.",
        'The army said it had struck "a rebel command centre" in the hills on Thursday.',
    ):
        assert types(text) == ["strike"], text
    for text in (
        "Militants struck army and police positions in the Karan district on Monday.",
        'The Houthis said they hit the tanker Sea Orchid with "naval missiles" on Monday.',
    ):
        assert types(text) == ["attack"], text


def test_a_force_that_strikes_no_target_names_no_strike():
    assert counted("The army struck a deal with the rebel leaders on Monday.") == []
    assert counted("Government forces hit back at their critics on Monday.") == []
    assert counted("The military struck a conciliatory tone in its statement on Monday.") == []


def test_a_host_named_in_an_appositive_receives_a_titled_guest():
    assert kinds(
        "On Monday, Velmar's foreign minister, Ida Varga, received the rebel chief negotiator, "
        "Omar Sulen, in the capital."
    ) == [("received", "meeting", "occurred")]
    assert kinds("The minister, Ida Varga, received his letter on Monday.") == []
    assert kinds("On Monday, received wisdom was questioned by the Velmar foreign minister.") == []


def test_a_weapon_that_hit_something_reports_its_event_before_the_phrases_that_point_back():
    assert types(
        "Coalition warplanes hit a rebel camp near Velmar on Sunday, although the coalition "
        "did not confirm the raid."
    ) == ["strike", "strike"]
    # a definite phrase before the verb tells the event; the verb then adds its toll
    assert types("The air strike hit a rebel camp near Velmar on Sunday, killing four.") == [
        "strike"
    ]


def test_an_encounter_with_security_forces_is_a_raid_and_a_mobs_rampage_an_attack():
    assert kinds("Two rebels were killed in an encounter with security forces on Monday.") == [
        ("encounter", "raid", "occurred")
    ]
    # a meeting verb frames a meeting's encounter
    assert [m.event_type for m in counted("The two had not met since a brief encounter in 2017.")][
        -1:
    ] == ["meeting"]
    assert kinds("Hundreds of settlers rampaged through the village on Sunday.") == [
        ("rampaged", "attack", "occurred")
    ]
    assert counted("An elephant went on a rampage in the village on Sunday.") == []


def test_a_bomb_or_mine_set_off_or_triggered_by_someone_is_an_attack():
    assert kinds("Four police were killed on Monday when rebels triggered a landmine.") == [
        ("triggered", "attack", "occurred")
    ]
    assert kinds("Militants set off a bomb at the gate on Monday, killing two.") == [
        ("set off", "attack", "occurred")
    ]
    # not what a killing or a bomb that hit a depot set off
    found = counted("The killing of two soldiers on Monday triggered protests.")
    assert "triggered" not in [m.trigger_text for m in found]
    found = counted("An airstrike on Monday set off explosives stored in the house, killing 20.")
    assert "set off" not in [m.trigger_text for m in found]


def test_bombed_by_a_state_force_is_a_strike_and_by_a_group_an_attack():
    assert kinds("On Tuesday the Sudanese army bombed a market in Nyala.") == [
        ("bombed", "strike", "occurred")
    ]
    assert kinds("On Tuesday the rebel group bombed a police station in Tormund.") == [
        ("bombed", "attack", "occurred")
    ]
    # the group right before the verb, whatever aircraft the sentence names elsewhere
    found = kinds("Troops backed by helicopters raided a camp, days after the group bombed a base.")
    assert ("bombed", "attack", "occurred") in found
    # no force named: the verb alone says nothing of who bombed or how
    assert counted("On Tuesday they bombed the town.") == []
    assert counted("The minister bombed in the debate on Tuesday.") == []


def test_a_weapon_that_hit_something_is_not_absorbed_by_a_meeting_or_by_a_later_event():
    # a meeting in the sentence does not tell the strike that "hit" reports
    found = kinds("Ministers met in Vell on Monday, a day after a missile hit a school in Tormund.")
    assert ("hit", "strike", "occurred") in found
    assert ("met", "meeting", "occurred") in found
    # a strike told in the main clause and another, earlier one in its "after" clause
    found = kinds(
        "Jets struck the port on Monday, after a drone hit a school in Tormund on Sunday."
    )
    assert [k[0] for k in found] == ["struck", "hit"]
    # but one strike told with its toll stays one mention
    assert [k[0] for k in kinds("The strike on Monday killed 40 people in Tormund.")] == ["strike"]


def test_deadly_marks_clashes_as_violence():
    text = "The envoy met the premier on Tuesday, after deadly clashes in Orso last week."
    assert ("clashes", "attack", "occurred") in kinds(text)
    # a clash of words stays none
    assert counted("The two ministers clashed over the budget on Tuesday.") == []


def test_a_participle_before_its_noun_is_an_adjective_not_an_event():
    text = "On Monday an air strike hit two hijacked fuel tankers in Orso, killing 90 people."
    assert [k[0] for k in kinds(text)] == ["air strike"]
    text = "Troops rescued 17 kidnapped villagers in a raid on a camp near Orso on Monday."
    assert "kidnapped" not in [k[0] for k in kinds(text)]
    # the verb after a relative "that" reports its event
    text = "Militants that attacked police posts near Orso on Monday fled into the forest."
    assert ("attacked", "attack", "occurred") in kinds(text)
    # a meeting verb's participle names how the contact was made
    text = "On Friday the minister received a telephoned apology from General Varga."
    assert [k[1] for k in kinds(text)] == ["meeting"]


def test_a_thing_met_and_a_bomb_being_planted_are_no_events():
    text = "The strike on Monday hit the car in Orso as children ran out to meet it."
    assert "meet" not in [k[0] for k in kinds(text)]
    text = "On Tuesday an air strike killed three insurgents who were planting a roadside bomb."
    assert [k[0] for k in kinds(text)] == ["air strike"]


def test_us_and_uk_without_full_stops_name_states_but_the_pronoun_us_does_not():
    assert _typed("On Monday another US drone attack killed four people in Orso.") == [
        ("drone attack", "strike")
    ]
    assert _typed("A UK drone attack hit a depot in Orso on Monday.") == [
        ("drone attack", "strike")
    ]
    # the pronoun names no state
    assert _typed("A drone attack hit the town that gave us shelter on Monday.") == [
        ("drone attack", "attack")
    ]


def test_munitions_with_no_agent_are_whose_the_story_last_named():
    text = "Houthi missiles struck Marib on Monday. A missile hit a school in the city on Tuesday."
    assert _typed(text) == [("struck", "attack"), ("hit", "attack")]
    # with no group named before, the missile is a strike, as it always was
    assert _typed("A missile hit a school in the city on Tuesday.") == [("hit", "strike")]
    # a state named since takes the munitions back ("warplanes" fly for states only)
    text += " On Wednesday warplanes and missiles hit Sanaa. A missile hit a depot on Thursday."
    assert _typed(text)[-1] == ("hit", "strike")
    # every side flies drones: whose a drone was is not carried over
    text = "Houthi drones struck Marib on Monday. On Tuesday a drone strike killed a commander."
    assert _typed(text)[-1] == ("drone strike", "strike")


def test_attack_helicopters_that_fired_report_their_strike():
    text = "On Friday morning, UN attack helicopters fired on rebel positions around the base."
    assert _typed(text) == [("fired on", "strike")]
    # the craft named alone report nothing
    assert _typed("The UN deployed attack helicopters to the base on Friday.") == []


def test_a_quoted_every_time_does_not_make_the_reporters_clause_habitual():
    text = (
        "“Every time they are chased from one place, they come and kill us,” said Amina Zawadi,"
        " who fled Kyondo after an attack on Monday night that killed nine people."
    )
    assert kinds(text) == [("attack", "attack", "occurred")]
    # unquoted, the phrase still makes the attacks recurring
    assert counted("Every time the army leaves, the rebels attack the villages.") == []


def test_a_ranked_event_in_recent_years_is_one_event():
    text = "The deadliest attack in recent years came on March 3, when gunmen killed 20 people."
    assert ("attack", "attack", "occurred") in kinds(text)
    # a class the event belongs to ("one of the deadliest attacks") is no mention of its own
    text = (
        "In 2018, seven soldiers were killed when rebels ambushed a truck near Tarvo, one of"
        " the deadliest attacks in the province in recent years."
    )
    assert [k[0] for k in kinds(text)] == ["ambushed"]
    # and so is the class a superlative is taken from: the killing is the event
    text = "In the most deadly of those attacks, fighters killed 17 road workers in May."
    assert [k[:2] for k in kinds(text)] == [("killed", "attack")]
    # occasions still make talks habitual
    assert counted("The two sides have held talks in Orlen in recent years.") == []


def test_aircraft_hitting_targets_strike():
    text = "On Monday, U.S. bombers and other aircraft hit 85 targets at seven sites in Varnia."
    assert _typed(text) == [("hit", "strike")]
    # a figure of speech keeps its own subject
    assert counted("The company hit its sales targets in March.") == []


def test_armed_forces_firing_on_a_target():
    text = "On March 2, IS militants fired on a Peshmerga patrol near Gwer, wounding one fighter."
    assert _typed(text) == [("fired on", "attack")]
    text = "On Monday, tanks of the Varnian army fired on several villages near the border."
    assert _typed(text) == [("fired on", "strike")]
    # fire on a crowd of protesters is no strike or attack of these types
    assert counted("On Monday, security forces fired on protesters in the capital.") == []
    # only where no other trigger names the event
    text = "On Monday gunmen attacked the post at Tarvo, firing at soldiers from two sides."
    assert _typed(text) == [("attacked", "attack")]


def test_a_stoppage_told_makes_the_strike_after_it_the_stoppage():
    text = (
        'The Clan del Golfo lifted an "armed strike" across the north on Monday. Truckers said'
        " the strike had left hundreds of lorries stranded."
    )
    assert counted(text) == []
    text = "Teachers went on strike on Monday. Two guards were killed during the strike on Tuesday."
    assert counted(text) == []
    # with no stoppage told before, a strike that killed is a strike
    text = "Two guards were killed during the strike on Tuesday."
    assert _typed(text) == [("strike", "strike")]
    # a military strike told before keeps "the strike" for itself
    text = (
        "A drone strike killed three men in Mir Ali on Tuesday. On Wednesday relatives began a"
        " hunger strike in Peshawar. The funerals of those killed in Tuesday's strike were held"
        " on Thursday."
    )
    assert [k[0] for k in kinds(text)] == ["drone strike", "strike"]
    # a stoppage told after the military strike is what "the strike" names next
    text = (
        "Drones struck a convoy near Bir Lahlou on Monday. In Laayoune, dock workers began a"
        " 48-hour strike on Thursday over pay. The strike is unrelated to the conflict."
    )
    assert [k[0] for k in kinds(text)] == ["struck"]
    # unless a reaction condemns it: the violence
    text = (
        "Drones struck a village on Tuesday night. Traders observed a shutter-down strike on"
        " Wednesday. Political parties condemned the strike."
    )
    assert [k[0] for k in kinds(text)] == ["struck", "strike"]


def test_a_states_bombing_is_a_strike():
    text = "On Thursday the minister defended the army's bombing of a rebel camp in Calamar."
    assert _typed(text) == [("bombing", "strike")]
    text = "The operation began with an air force bombing of a FARC camp on Monday."
    assert ("bombing", "strike") in _typed(text)
    assert _typed("A suicide bombing killed 12 people in Kabul on Monday.") == [
        ("suicide bombing", "attack")
    ]
    # a force naming the place bombed is no bomber: "the police academy bombing"
    text = "The police academy bombing was the deadliest attack on the capital in years."
    assert ("bombing", "attack") in _typed(text)
    assert ("bombing", "attack") in _typed("The army barracks bombing killed 12 on Monday.")


def test_visits_to_the_wounded_and_to_troops_are_not_meetings():
    assert counted("On Thursday he visited wounded cadets at the police hospital.") == []
    assert counted("The chief spoke during a visit to troops near the border on Thursday.") == []
    text = "The foreign minister met Kagame during a visit to Kigali on Thursday."
    assert [k[0] for k in kinds(text)] == ["met"]


def test_a_suspended_process_of_talks_is_no_meeting_called_off():
    text = "President Petro suspended peace talks with the ELN on Thursday over the attack."
    assert counted(text) == []
    text = "Santos suspended a round of talks with the rebels in Quito on Thursday."
    assert kinds(text) == [("round of talks", "meeting", "cancelled")]
    assert kinds("The talks in Quito were suspended on Monday.") == [
        ("talks", "meeting", "cancelled")
    ]


def test_a_speakers_attack_on_someone_is_said():
    text = (
        "The minister's attack on the UN came a day after the bombing killed 17 people on Monday."
    )
    assert [k[0] for k in kinds(text)] == ["bombing"]
    text = "His attack on the UN came after gunmen killed 17 villagers on Monday."
    assert "attack" not in [k[0] for k in kinds(text)]
    text = "The Congress stepped up its attack on the Biren Singh government after the killings."
    assert counted(text) == []
    # a name before the head of a real target keeps the attack
    text = "Gunmen launched an attack on a Peshmerga position near Gwer on Monday, killing two."
    assert ("attack", "attack") in _typed(text)


def test_a_regime_or_junta_bombing_is_a_strike():
    text = "The death toll from the regime's bombing of a monastery on Monday rose to 17."
    assert _typed(text) == [("bombing", "strike")]
    text = "On Monday junta troops shelled the village of Kan Gyi, killing four."
    assert _typed(text) == [("shelled", "strike")]


def test_armed_men_striking_a_post_attack_it():
    text = "On Monday about 30 armed men struck three police posts in the town of Mocimboa."
    assert _typed(text) == [("struck", "attack")]
    text = "Insurgents struck the town's bank and the police command on Monday."
    assert _typed(text) == [("struck", "attack")]
    assert counted("The storm struck the town's bank on Monday.") == []


def test_a_ranked_predicate_of_an_event_subject_is_that_event():
    text = "The bombing, claimed by IS within hours, was the deadliest attack in the capital."
    assert [k[0] for k in kinds(text)] == ["bombing"]
    text = "On Monday a car bomb killed 12. It was the deadliest attack in the capital since June."
    assert "attack" in [k[0] for k in kinds(text)]


def test_an_armed_group_named_overrunning_a_town_attacks_it():
    text = "The Taliban overran Kunduz on Monday in their biggest victory in years."
    assert _typed(text) == [("overran", "attack")]
    assert counted("Tourists overran the beaches of Kunduz on Monday.") == []


def test_bandits_kidnappers_and_arson_make_an_attack_violent():
    assert kinds("Bandits attacked the school in Kankara on Friday.") == [
        ("attacked", "attack", "occurred")
    ]
    assert kinds("Al-Shabaab said it had attacked the college on Thursday.") == [
        ("attacked", "attack", "occurred")
    ]
    assert kinds("Protesters attacked several embassies on Tuesday, setting fire to cars.") == [
        ("attacked", "attack", "occurred")
    ]
    # criticism stays criticism
    assert kinds("The senator attacked the budget on Tuesday.") == []


def test_a_verb_after_and_shares_the_modal_or_infinitive_of_the_verb_before():
    assert kinds("The president is expected to fly to Paris and meet Macron.") == [
        ("meet", "meeting", "planned")
    ]
    assert kinds("He would still travel to Granada and meet Michel there.") == [
        ("meet", "meeting", "planned")
    ]
    assert kinds("The rebels threatened to seize the town and attack the army base.") == []
    # a past verb after "and" reports
    assert kinds("The envoy flew to Paris and met Macron.") == [("met", "meeting", "occurred")]


def test_the_killings_after_a_told_attack_name_it():
    text = "Gunmen attacked the village, killing 160 people. No group has claimed the killings."
    assert kinds(text) == [("attacked", "attack", "occurred"), ("killings", "attack", "occurred")]
    # no attack told before; killings counted or of victims
    assert kinds("Killings rose by 20 percent last year, the police said.") == []
    assert kinds("No group has claimed the killings.") == []
    text = "Gunmen attacked the village. Rights groups documented the killings of 71 civilians."
    assert kinds(text) == [("attacked", "attack", "occurred")]


def test_a_conference_that_speaks_or_is_led_is_a_body_not_a_gathering():
    text = "The Valley Conference and the People's Party said they would boycott the vote."
    assert kinds(text) == []
    assert kinds("The separatist Unity Conference led by Amir Sadiq called a strike.") == []
    # a conference that opens or is attended is a gathering
    assert kinds("Leaders met at the Harwell Security Conference on Saturday.")[-1][1:] == (
        "meeting",
        "occurred",
    )
    assert kinds("Ministers will attend the Donor Conference in Oslo next week.") == [
        ("Conference", "meeting", "planned")
    ]


def test_quoted_words_for_what_forces_carried_out_report_it():
    text = "The army said it had carried out “surgical strikes” on launch pads near Kelm."
    assert kinds(text) == [("surgical strikes", "strike", "occurred")]
    text = "Officials said troops had conducted “precision strikes” on rebel camps in Varo."
    assert kinds(text) == [("precision strikes", "strike", "occurred")]
    # a quoted word with no such verb is a label someone used
    assert kinds("The government described his stay abroad as a “kidnapping”.") == []
    # and a plan in quotes is still no report
    text = 'The group said it would begin "heavy air strikes" on targets in Tarsa.'
    assert kinds(text) == []


def test_the_gangs_of_a_coalition_are_the_agent_not_the_coalition():
    text = "Gangs of the Liri Ansam coalition stormed the town of Pelor on Monday."
    assert _typed(text) == [("stormed", "attack")]
    # a state's coalition storming is a raid
    assert _typed("Coalition troops stormed the town of Pelor on Monday.") == [("stormed", "raid")]


def test_forces_exchanging_fire_during_their_operation_is_the_operation():
    text = (
        "Armoured police vehicles moved into the market area early on Thursday and exchanged"
        " fire with gunmen for several hours."
    )
    assert _typed(text) == [("moved into", "raid")]
    text = "Soldiers exchanged fire with gunmen for about 20 minutes near the camp on Monday."
    assert _typed(text) == [("exchanged fire", "raid")]
    # attackers exchanging fire with the guards they attacked: their attack
    text = (
        "About 20 militants crossed from Meria and attacked the village at about 9 p.m.,"
        " exchanging fire with reservists for nearly an hour."
    )
    assert _typed(text) == [("attacked", "attack")]


def test_a_body_named_for_operations_is_no_operation():
    text = (
        "Two men were killed on Tuesday when troops stormed a house in Bacho, the Internal"
        " Security Operations Command said."
    )
    assert [k[0] for k in kinds(text) if k[1] == "raid"] == ["stormed"]
    text = "Troops killed two men in a security operation in Bacho on Monday, officials said."
    assert kinds(text)[-1] == ("security operation", "raid", "occurred")


def test_talks_called_for_after_another_demand_are_not_reported_talks():
    text = "Church leaders on Tuesday called for a ceasefire and for talks between the sides."
    assert kinds(text) == []
    assert kinds("Delegates from six groups attended the pre-talks in Geneva on Monday.") == [
        ("pre-talks", "meeting", "occurred")
    ]


def test_a_violent_face_off_is_a_clash_a_political_one_is_not():
    text = "Twenty soldiers were killed in a violent face-off with Chinese troops on Monday."
    assert kinds(text) == [("face-off", "attack", "occurred")]
    assert kinds("The two leaders are locked in a political face-off over the budget.") == []


def test_a_strike_or_an_attack_in_a_cricket_report_is_play():
    text = (
        "Pakistani troops shelled Indian posts on Tuesday, killing three soldiers. India beat"
        " Pakistan by eight wickets in Dubai on Wednesday, with the openers batting at a strike"
        " rate above 100 against Pakistan's vaunted pace attack."
    )
    assert kinds(text) == [("shelled", "strike", "occurred")]
    text = (
        "Pakistani troops shelled Indian posts on Tuesday, killing three soldiers. 'I was on"
        " strike and had just hit a four when the shells landed,' said the opener."
    )
    assert [k for k in kinds(text) if k[0] == "strike"] == []


def test_an_event_word_ending_an_offices_name_is_no_event():
    text = "The Directors General of Military Operations spoke over the hotline on February 22."
    assert [m.trigger_text for m in tagged(text)] == ["spoke over the hotline"]  # their call
    text = "Army commandos carried out military operations in the district on Monday."
    assert [m.trigger_text for m in tagged(text)] == ["military operations"]


def test_unclaimed_rockets_on_a_base_are_a_militias_attack_and_so_is_the_rocket_attack_after():
    text = (
        "A soldier was killed when rockets struck a Turkish military base near Mosul late on"
        " Wednesday. Nobody has claimed the rocket attack."
    )
    assert [(m.trigger_text, m.event_type) for m in tagged(text)] == [
        ("struck", "attack"),
        ("attack", "attack"),
    ]
    text = "At least ten rockets hit the Ain al-Asad Air Base in Anbar province on Wednesday."
    assert [m.event_type for m in tagged(text)] == ["attack"]
    # a state's rockets stay a strike
    text = "Russian rockets struck a Ukrainian military base near Lviv late on Wednesday."
    assert [m.event_type for m in tagged(text)] == ["strike"]


def test_a_denied_cancellation_leaves_the_meeting_planned():
    for text in (
        "Officials said the summit had not been postponed.",
        "The foreign minister said the talks have not been called off.",
    ):
        assert [m.status for m in run(text)] == ["planned"], text
    # a meeting never rescheduled was called off
    assert [m.status for m in run("That meeting was never rescheduled.")] == ["cancelled"]


def test_talks_reported_as_arranged_with_would_are_planned_not_hypothetical():
    for text in (
        "Officials said talks would be held in Geneva on June 20.",
        "Kenyan officials said a second round of talks would take place in Mogadishu.",
        "The envoy said that negotiations would resume next week.",
    ):
        assert [m.status for m in run(text)] == ["planned"], text
    # a meeting that merely might be stays hypothetical
    assert [m.status for m in run("A summit would be a breakthrough.")] == ["hypothetical"]


def test_a_plan_participle_after_an_of_phrase_does_not_hide_the_cancellation():
    text = "A meeting of foreign ministers scheduled for March 21 in Nairobi was called off."
    assert [m.status for m in run(text)] == ["cancelled"]


def test_a_silent_strike_is_a_protest_not_a_strike():
    text = (
        "Streets in Vell were largely deserted on Thursday as opponents of the military "
        "government staged a “silent strike” to mourn more than 100 people."
    )
    assert counted(text) == []
    text = "Opponents of military rule have called for a silent strike on Thursday."
    assert counted(text) == []
    assert types("A drone strike hit the village on Thursday.") == ["strike"]


def test_a_plan_called_off_after_its_prepositional_phrases_is_cancelled():
    text = "A planned visit by the minister to the Kolda area on Friday was called off."
    assert kinds(text) == [("visit", "meeting", "cancelled")]
    # the phrases of an object do not reach a coordinated predicate
    text = (
        "The envoy arrived in Riyadh on Monday for talks with the exiled government of "
        "President Adel Karim, and is expected to travel on to Sanaa."
    )
    assert ("talks", "meeting", "occurred") in kinds(text)


def test_that_before_a_plural_opens_a_clause_and_names_no_event_told_before():
    text = (
        "Pakistan carried out air strikes inside Afghanistan on Monday. His institute's "
        "figures show that militant attacks in Pakistan rose by more than half last year, "
        "with the north bearing the brunt."
    )
    assert [(m.trigger_text, m.event_type) for m in tagged(text)] == [("air strikes", "strike")]
    text = (
        "Gunmen attacked a police post on Monday. The council recalled that attacks against "
        "peacekeepers may constitute war crimes."
    )
    assert kinds(text) == [("attacked", "attack", "occurred")]
    # a plural meeting after "that" is still the story's ("said that talks would open")
    text = "Officials said that talks between the two sides would open in Vell on Monday."
    assert [(t, kind) for t, kind, _ in kinds(text)] == [("talks", "meeting")]


def test_ethnic_armies_and_defence_forces_of_the_resistance_attack():
    text = (
        "A week earlier the Kokang Democratic Alliance Army, one of the three groups, "
        "captured Laukkai, the capital of the region."
    )
    assert types(text) == ["attack"]
    assert types("The local People's Defence Force raided a police station on Monday.") == [
        "attack"
    ]
    assert types("Government troops raided a police station on Monday.") == ["raid"]


def test_places_taken_by_the_dozen_are_a_tally():
    text = "The rebels said they had seized more than 160 army camps and outposts since October."
    assert counted(text) == []
    assert counted("The rebels' offensive has captured hundreds of military posts.") == []
    # hostages of one kidnapping, and a few posts taken, are one event
    assert types("Gunmen seized 30 passengers from a bus on the highway on Sunday.") == ["attack"]
    assert types("The rebels captured two army posts near the town on Sunday.") == ["attack"]


def test_forces_that_struck_a_gathering_or_a_house_struck_it():
    text = "A spokesman said troops had struck a ceremony in the village that morning."
    assert types(text) == ["strike"]
    assert types("The army said its forces struck a house used by the rebels.") == ["strike"]
    assert counted("The army struck a deal with the rebels.") == []


def test_a_helicopter_raid_lands_commandos_and_a_gunship_raid_fires():
    text = "A coalition helicopter raid near the village on Tuesday killed a senior commander."
    assert kinds(text) == [("raid", "raid", "occurred")]
    text = "A gunship raid near the village on Tuesday killed a senior commander."
    assert kinds(text) == [("gunship raid", "strike", "occurred")]


def test_a_flying_bomb_on_a_base_with_no_force_named_is_an_attack():
    text = "Two explosive-laden drones targeted an air base in the west late on Monday."
    assert types(text) == ["attack"]
    # an armed drone of no named side stays a strike; a named state's laden drones too
    assert types("Two drones targeted an air base in the west late on Monday.") == ["strike"]
    text = "Two Russian explosive-laden drones targeted an air base in the west on Monday."
    assert types(text) == ["strike"]


def test_munitions_shot_down_in_flight_are_no_event_of_their_own():
    assert counted("The drone was shot down by the base's air defences on Monday.") == []
    text = "Of the drones launched overnight, 48 were shot down or jammed on Friday."
    assert [m.trigger_text for m in counted(text)] == []
    # an aircraft shot down is one
    text = "The airliner was shot down over rebel-held territory on Thursday, killing 298."
    assert [m.trigger_text for m in counted(text)] == ["shot down"]


def test_a_passive_killing_with_its_agent_past_the_place_is_an_attack():
    text = "A police officer was killed near the village of Banjska by a group of armed men."
    assert [k[:2] for k in kinds(text)] == [("killed", "attack")]
    # not the agent of another verb, nor of a tally
    text = "A resident was killed and two other people were wounded by falling debris."
    assert counted(text) == []
    text = "Five people have been killed on the Israeli side, according to tallies by AFP."
    assert counted(text) == []


def test_an_event_most_often_cited_is_no_habit():
    text = (
        "Among the incidents most often cited in Belgrade is the missile strike on the "
        "broadcaster's headquarters on April 23, 1999, which killed 16 employees."
    )
    assert [(m.trigger_text, m.date_value) for m in tagged(text)] == [
        ("missile strike", "1999-04-23")
    ]
    assert counted("The army often carries out raids in the district.") == []


def _tagged_types(text: str) -> list[tuple[str, str]]:
    return [(m.trigger_text, m.event_type) for m in tagged(text)]


def _statuses(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.trigger_text, m.status, m.date_value) for m in tagged(text)]


def test_a_planned_meeting_that_will_not_take_place_is_cancelled():
    assert _statuses(
        "The planned meeting between Hale and Speaker Berri, which officials had billed as a "
        "chance to revive the framework, will not take place."
    ) == [("meeting", "cancelled", None)]
    # a meeting never said to be planned is only denied
    assert _statuses("The meeting between Hale and Berri did not take place.") == []


def test_an_invitation_to_a_meeting_on_a_day_to_come_is_a_planned_meeting():
    assert _statuses(
        "The chief negotiators have been invited to a crisis meeting in Brussels on Tuesday."
    ) == [("meeting", "planned", "2024-05-14")]
    # the summit one was left out of took place
    assert _statuses(
        "The junta's foreign minister was not invited to the bloc's summit last October."
    ) == [("summit", "occurred", "2023-10")]
    # an open invitation is no plan
    assert _statuses("The president invited his counterpart to visit Vell.") == []


def test_the_union_cabinet_is_a_government_not_a_labour_union():
    assert _statuses("Modi chaired a meeting of the Union Cabinet on Wednesday morning.") == [
        ("meeting", "occurred", "2024-05-08TMO")
    ]
    assert _statuses("The union held talks with management on Wednesday.") == []


def test_a_call_in_a_prepositional_phrase_is_not_the_subject_of_the_modal_after_it():
    assert _statuses(
        "The king told the UN chief in a phone call on Thursday evening that his country "
        "would respect the ceasefire."
    ) == [("phone call", "occurred", "2024-05-09TEV")]
    # a call that is the subject of the modal is still only possible
    assert _statuses("A phone call between the two leaders could settle the dispute.") == []


def test_the_massacre_names_the_killing_told_before_not_a_later_abduction():
    found = _statuses(
        "Gunmen killed at least 230 people in the villages of Tole on Saturday. On Sunday, "
        "gunmen stopped a bus near Gimbi and abducted 17 passengers. Analysts said the "
        "massacre could deepen ethnic tensions."
    )
    assert found[-1] == ("massacre", "occurred", "2024-05-04")


def test_militants_dropping_bombs_attack_and_aircraft_dropping_them_strike():
    assert _tagged_types(
        "Suspected militants dropped bombs from drones on the village on Sunday."
    ) == [("dropped bombs", "attack")]
    assert _tagged_types(
        "Twelve Mirage fighters took off at 3 a.m. and dropped bombs on the camp on Sunday."
    ) == [("dropped bombs", "strike")]


def test_armed_men_setting_fire_to_homes_attack():
    assert _statuses("Armed men set fire to homes in two villages on Thursday night.") == [
        ("set fire to", "occurred", "2024-05-09TNI")
    ]
    assert _statuses("Workers set fire to rubbish in the yard on Thursday night.") == []


def test_the_strike_a_council_called_after_a_drone_attack_is_the_stoppage():
    found = _tagged_types(
        "A 48-hour general strike called by the council shut the valley on Monday. The council "
        "called the strike after two people were killed in a drone attack on Koutruk."
    )
    assert ("strike", "strike") not in found
    assert ("drone attack", "attack") in found
    # a strike by aircraft in its own clause is still one
    found = _tagged_types(
        "A general strike shut the valley on Monday. The strike by army drones killed two "
        "people on Tuesday."
    )
    assert ("strike", "strike") in found


def test_calling_on_an_official_is_a_visit_and_calling_on_a_country_to_act_is_not():
    assert _statuses("The chief minister called on the Prime Minister in New Delhi on Monday.") == [
        ("called on", "occurred", "2024-05-06")
    ]
    assert _statuses("The envoy called on President Ruto to resign on Monday.") == []
    assert _statuses("Stoltenberg called on Russia and Syria to halt their offensive.") == []


def test_an_official_briefed_by_phone_is_a_call_unless_a_meeting_is_told():
    assert _statuses("The chief minister briefed the Home Minister by phone on Monday.") == [
        ("briefed", "occurred", "2024-05-06")
    ]
    assert _statuses("The spokesman briefed reporters by phone on Monday.") == []
    assert _statuses(
        "The council met behind closed doors on Monday, and members were briefed by the envoy "
        "by video link."
    ) == [("met", "occurred", "2024-05-06")]


def test_gunmen_firing_rounds_attack_without_artillery():
    assert _tagged_types(
        "Unidentified gunmen fired several rounds towards paddy fields on Sunday afternoon."
    ) == [("fired several rounds", "attack")]
    assert tagged("Police fired several rounds into the air to disperse the crowd.") == []


def test_a_plural_anaphor_names_the_events_told_by_its_own_word_not_a_later_strike():
    assert _tagged_types(
        "Jihadist fighters attacked two army posts near the border on Wednesday. The army said "
        "it had responded with air strikes the same day. JNIM claimed Wednesday's attacks in a "
        "message on Thursday."
    ) == [("attacked", "attack"), ("air strikes", "strike"), ("attacks", "attack")]


def test_warships_or_artillery_opening_fire_is_a_strike_and_gunmen_a_shooting():
    assert _tagged_types("Two warships anchored off the village opened fire on Tuesday.") == [
        ("opened fire", "strike")
    ]
    assert _tagged_types(
        "Army artillery positions in the city opened fire on villages across the river."
    ) == [("opened fire", "strike")]
    assert _tagged_types("Gunmen opened fire on a bus on Tuesday, killing six.") == [
        ("opened fire", "attack")
    ]


def test_a_visit_called_off_past_its_places_and_its_envoy_is_cancelled():
    # the predicate follows the noun's phrases, however short, and two places joined by "and"
    assert _statuses(
        "A planned visit to Myanmar by the bloc's special envoy was called off, officials said."
    )[0][:2] == ("visit", "cancelled")
    assert _statuses(
        "The office said his visit to Naypyitaw and Sittwe, scheduled for Monday, had been "
        "called off."
    )[0][:2] == ("visit", "cancelled")
    # a clause joined by "and" is not the visit's predicate
    assert _statuses(
        "His visit to the capital and the talks were held on Thursday; the strike was called off."
    )[0][:2] == ("visit", "occurred")


def test_gunmen_bursting_into_a_school_attack_it_and_police_bursting_into_a_house_raid_it():
    assert _tagged_types("Gunmen burst into a private school on Monday and killed seven children.")[
        0
    ] == ("burst into", "attack")
    assert _tagged_types("Police burst into the house on Monday and arrested two men.")[0] == (
        "burst into",
        "raid",
    )
    assert _tagged_types("She burst into tears on Monday.") == []


def test_a_meeting_between_two_sides_is_found_cancelled_past_its_parties_and_its_plan():
    called_off = _statuses(
        "A bilateral meeting between the European coordinator and the American delegation, "
        "planned for Wednesday, was called off after a member tested positive."
    )
    assert [status for _, status, _ in called_off] == ["cancelled"]


def test_a_cancel_verb_quoted_after_its_auxiliary_still_governs_the_meeting():
    quoted = _statuses(
        'The ministry said the meeting had been "postponed until conditions allow," without '
        "giving a new date."
    )
    assert [status for _, status, _ in quoted] == ["cancelled"]


def test_an_attack_on_a_draft_or_on_what_a_speaker_called_something_is_criticism():
    assert _tagged_types('The army has attacked the draft as "rewarding aggression".') == []
    assert (
        _tagged_types('A spokesman attacked what he called the "silence" of Western capitals.')
        == []
    )
    assert _tagged_types("Gunmen attacked the draft office in Kano on Monday.") == [
        ("attacked", "attack")
    ]


def test_a_journey_someone_is_forced_to_make_is_no_visit():
    assert _tagged_types("Without the hospital, the wounded would have to travel to Tawila.") == []
    assert _tagged_types("The envoy is expected to travel to Port Sudan on Monday.") == [
        ("travel to", "meeting")
    ]


def test_a_coalition_of_gangs_or_rebels_is_no_state_force():
    assert _tagged_types(
        "Armed men from the Viv Ansanm gang coalition stormed the neighbourhood on Monday."
    ) == [("stormed", "attack")]
    assert _tagged_types("Troops from the US-led coalition stormed the village on Monday.") == [
        ("stormed", "raid")
    ]


def test_escaped_inmates_recaptured_are_no_raid_and_an_attack_on_the_radio_is_words():
    assert _tagged_types("Police said 21 escaped inmates had been recaptured.") == []
    assert _tagged_types("Troops recaptured the town of Bama on Monday.") == [
        ("recaptured", "raid")
    ]
    assert _tagged_types("The opposition leader attacked Conille on local radio.") == []
    assert _tagged_types("Gunmen attacked a radio station on Monday.") == [("attacked", "attack")]


def test_a_meeting_announced_for_a_day_and_put_off_is_cancelled_on_that_day():
    assert _statuses(
        "A meeting between the new leader and the main political parties, announced for "
        "Thursday afternoon, was postponed."
    ) == [("meeting", "cancelled", "2024-05-09TAF")]


def test_a_visit_called_off_takes_the_day_it_had_been_scheduled_for():
    assert _statuses(
        "Iraq on Thursday cancelled a visit by Turkey's defence minister that had been "
        "scheduled for Saturday."
    ) == [("visit", "cancelled", "2024-05-11")]


def test_talks_told_by_a_relative_clause_without_its_pronoun_are_called_off():
    assert _statuses(
        "The government said that talks it had been due to hold with Algerian officials this "
        "month had been cancelled."
    ) == [("talks", "cancelled", "2024-05")]


def test_a_session_or_a_security_council_someone_chairs_is_a_meeting():
    for text in (
        "Vell chaired a special session of the provincial apex committee on Thursday.",
        "Kalu presided over a security council in Orso on Friday with the governor.",
    ):
        assert types(text) == ["meeting"], text
    assert counted("The speaker chaired a special session of parliament on Thursday.") == []
    assert counted("Orso, which leads on the file at the Security Council, drafted a text.") == []


def test_a_cabinet_session_is_a_meeting_of_its_ministers():
    assert _statuses(
        "A cabinet session on the army's disarmament plan was adjourned on Thursday after the "
        "Shiite ministers boycotted it."
    ) == [("session", "occurred", "2024-05-09")]
    assert _statuses("At a session on April 5, the cabinet welcomed the plan.") == [
        ("session", "occurred", "2024-04-05")
    ]
    # a boycott inside the "after" clause calls off nothing of the session
    assert _statuses("The talks were postponed after the army refused to attend.")[0][1] == (
        "cancelled"
    )


def test_the_session_a_meeting_verb_meets_in_is_that_meeting():
    assert _statuses(
        "Foreign ministers met in an emergency session on Friday to approve the plan, while "
        "the unions postponed a general strike planned for Monday."
    ) == [("met", "occurred", "2024-05-10")]
    assert _statuses(
        "The two leaders have not met in person since a meeting in Astana in October."
    ) == [("meeting", "occurred", "2023-10")]


def test_a_plan_told_by_who_called_or_hoped_to_convene_it_is_called_off():
    assert _statuses(
        "A peace meeting between the two communities, which the home ministry had convened "
        "for Monday in New Delhi, has been postponed, officials said."
    )[0][:2] == ("meeting", "cancelled")
    assert _statuses(
        "A cabinet session that the prime minister had called for Thursday was postponed."
    ) == [("session", "cancelled", "2024-05-09")]
    assert _statuses(
        "A new round of talks that Washington had hoped to convene on April 18 was postponed."
    ) == [("round of talks", "cancelled", "2024-04-18")]


def test_fire_from_tanks_is_a_strike_and_troops_blowing_up_houses_a_raid():
    assert _tagged_types("Israeli tank fire hit a peacekeeping post near the border.") == [
        ("tank fire", "strike")
    ]
    assert _tagged_types("Israeli troops blew up two houses in the village on Thursday.") == [
        ("blew up", "raid")
    ]
    # the teller of the bomber's act is no agent
    assert _tagged_types("Police said the bomber detonated his vest at a checkpoint.") == [
        ("detonated", "attack")
    ]


def test_a_raid_in_which_only_a_non_state_force_acts_is_its_attack():
    assert _tagged_types(
        "Insurgents beheaded at least three men in a raid on Nanduli, a village to the east."
    ) == [("raid", "attack")]
    # the forces' own raid, and victims of a passive, stay a raid
    assert _tagged_types("Police killed two militants in a raid on a hideout.") == [
        ("raid", "raid")
    ]
    assert _tagged_types("Two militants were killed in a raid on a hideout.") == [("raid", "raid")]


def test_a_participle_of_a_habitual_clause_is_no_event():
    assert (
        _statuses(
            "Insurgents have frequently targeted schools in the north, burning buildings and "
            "abducting pupils, according to UNICEF."
        )
        == []
    )
    assert _statuses(
        "Over the weekend, insurgents raided a fishing village, looting shops and abducting at "
        "least four people."
    )[-1][:2] == ("abducting", "occurred")


def test_a_plan_with_no_new_date_set_was_put_off_on_the_day_its_clause_names():
    assert _statuses(
        "No new date has been set for a meeting of the committee that had been due to take "
        "place last Tuesday, a spokesman said."
    ) == [("meeting", "cancelled", "2024-05-07")]
    assert _statuses("He said no new date had been set for the Tokyo talks.") == [
        ("talks", "cancelled", None)
    ]
    # talks in general with no date are no put-off occasion
    assert ("negotiations", "cancelled", None) not in _statuses(
        "The talks ended in February, and there has been no new date for negotiations."
    )


def test_a_slot_without_its_preposition_still_dates_the_plan():
    assert _statuses(
        "A meeting that had been due to be held next week in Geneva was postponed."
    ) == [("meeting", "cancelled", "2024-W20")]
    assert _statuses("A summit that was due to take place last week was called off.") == [
        ("summit", "cancelled", "2024-W18")
    ]


def test_a_reported_plan_to_host_talks_is_planned_and_a_wish_stays_hypothetical():
    text = (
        "The interior ministers' meeting has been postponed, an official said, adding that "
        "Tunisia would instead host security talks with Algeria."
    )
    assert ("talks", "planned") in [s[:2] for s in _statuses(text)]
    assert _statuses("He said Egypt would host talks if both sides agreed.") == []
    assert _statuses("He said Egypt would welcome talks.") == []


def test_bare_plural_events_told_over_a_whole_year_are_a_tally():
    assert (
        _statuses(
            "More than 1,200 civilians were killed in ADF attacks in North Kivu and Ituri this "
            "year alone, the tracker says."
        )
        == []
    )
    assert _statuses("Air strikes on villages in Sagaing and Magway have surged this year.") == []
    # a month of this year dates the events; one round of strikes is one occasion
    assert _statuses("Border clashes in the Tovuz region in March this year killed 17 soldiers.")[
        0
    ][:2] == ("Border clashes", "occurred")
    assert _statuses("It was the second round of air strikes on Afghan territory this year.")[0][
        :2
    ] == ("air strikes", "occurred")


def test_critics_attacking_a_policy_and_a_stoppage_told_by_its_length_are_no_events():
    assert _statuses("Critics have attacked the government's heavy reliance on militias.") == []
    assert _statuses("Petro's critics have attacked the bombing campaign from both sides.") == []
    assert _statuses(
        "Doctors at the hospital ended their week-long strike on Thursday after the ministry "
        "paid two months of arrears, after an air strike on Monday."
    ) == [("air strike", "occurred", "2024-05-06")]
    # critics telling of an armed attack leave it an attack
    assert _statuses("Critics said gunmen attacked the village on Monday.") == [
        ("attacked", "occurred", "2024-05-06")
    ]


def test_a_denial_past_a_time_phrase_and_a_negated_expectation_tell_no_event():
    assert ("raided", "occurred") not in [
        s[:2]
        for s in _statuses(
            "Officials denied last week that their forces had raided the coastal town of Qandala."
        )
    ]
    assert ("bombed", "occurred") not in [
        s[:2] for s in _statuses("The army denied on Monday that its jets had bombed the market.")
    ]
    assert _statuses("Diplomats said they did not expect a new round of talks soon.") == []
    # doubting what a summit will agree leaves the summit
    assert [
        s[0]
        for s in _statuses(
            "Diplomats said they did not expect the summit in Lusaka to agree on a deployment."
        )
    ] == ["summit"]


def test_negotiating_promised_is_no_meeting():
    assert (
        _statuses(
            "He came to power in 2022 promising to negotiate with every armed group in the country."
        )
        == []
    )


def test_a_plan_put_off_in_an_aside_or_past_an_apposition_is_cancelled():
    assert [
        s[:2]
        for s in _statuses(
            "An earlier attempt at mediation, a round of talks planned for September in "
            "Djibouti, was called off at the last minute."
        )
    ] == [("round of talks", "cancelled")]
    assert [
        s[:2]
        for s in _statuses(
            "The summit of troop-contributing countries, postponed last week over funding, "
            "still has no new date."
        )
    ] == [("summit", "cancelled")]
    # a delay that ended in the meeting, and a verb of the subject after an object
    assert _statuses("The talks, delayed by a day, opened on Monday.") == [
        ("talks", "occurred", "2024-05-06")
    ]
    assert [
        s[:2]
        for s in _statuses(
            "Gunmen killed 26 tourists in an attack on April 22. India blamed Pakistan for the "
            "attack, suspended a treaty and expelled diplomats."
        )
    ] == [("attack", "occurred"), ("attack", "occurred")]


def test_a_meeting_of_two_joined_parties_put_off_is_cancelled_on_its_nearest_day():
    assert _statuses(
        "The office said Saturday's meeting of donors and agencies on the crisis had been "
        "postponed."
    ) == [("meeting", "cancelled", "2024-05-11")]


def test_a_meeting_said_to_take_place_is_planned_past_a_long_subject():
    assert _statuses(
        "Officials said a meeting of police commanders from both sides would take place in "
        "Mandera later this month."
    ) == [("meeting", "planned", "2024-05")]


def test_the_pace_of_strikes_is_an_aggregate():
    assert _statuses("Washington has sharply increased the pace of drone strikes in Yemen.") == []
    assert _statuses("The frequency of attacks on convoys has doubled since January.") == []


def test_a_round_of_a_named_series_of_talks_is_a_meeting():
    assert _statuses(
        "The next round of the security dialogue would be held in Washington early next year."
    ) == [("round", "planned", "2025")]
    assert _statuses("A round of the Nairobi process was postponed on Tuesday.") == [
        ("round", "cancelled", "2024-05-07")
    ]
    # rounds of other things are not
    assert _statuses("A second round of voting in the parliamentary process is due Sunday.") == []


def test_talks_someone_held_are_a_meeting_not_a_process():
    assert _statuses(
        "The timetable was agreed during talks held in Niamey last week between French "
        "officers and Nigerien officials."
    ) == [("talks", "occurred", "2024-W18")]


def test_an_event_naming_a_source_is_not_reported_there():
    assert _statuses(
        "Mediators met rebel leaders in Doha on Saturday, a source close to the talks said."
    ) == [("met", "occurred", "2024-05-04")]
    assert _statuses(
        "The envoys met on Monday, according to two people with knowledge of the meeting."
    ) == [("met", "occurred", "2024-05-06")]
    # the talks the source describes still make "the next round" theirs
    assert _statuses(
        "Officials familiar with the talks said they were tense. The next round is due on Tuesday."
    ) == [("round", "planned", "2024-05-14")]


def test_bombs_only_aircraft_drop_make_a_strike():
    assert [
        (m.trigger_text, m.event_type)
        for m in tagged(
            "Russian glide bombs killed five people in Kharkiv on Monday. Guided aerial bombs "
            "struck a residential street on Tuesday."
        )
    ] == [("killed", "strike"), ("struck", "strike")]


def test_phones_seized_are_no_phone_call():
    assert _statuses(
        "May 3 — Soldiers and police storm two pavilions of the prison, seizing firearms, "
        "grenades and phones."
    ) == [("storm", "occurred", "2024-05-03")]


def test_a_plan_whose_predicate_goes_on_to_call_it_off_is_cancelled():
    assert _statuses(
        "The meeting had been due to open on Apr. 29 but was called off after the shelling."
    ) == [("meeting", "cancelled", "2024-04-29"), ("shelling", "occurred", None)]
    # a delay of a day: it was held, late
    assert [
        s[1]
        for s in _statuses(
            "The talks had been expected on Thursday, but were postponed for a day amid "
            "wrangling over the agenda."
        )
    ] == ["occurred"]


def test_a_put_off_event_set_to_go_ahead_is_planned_or_held():
    assert _statuses(
        "Officials said the postponed talks between the two sides would take place in "
        "Istanbul on Thursday."
    ) == [("talks", "planned", "2024-05-16")]
    assert _statuses("The postponed summit was held in Luanda last week.") == [
        ("summit", "occurred", "2024-W18")
    ]
    # with no new date it stays put off
    assert _statuses("A new date for the postponed summit would be set.") == [
        ("summit", "cancelled", None)
    ]


def test_a_meeting_a_relative_clause_says_was_put_off_is_cancelled():
    for text in (
        "Rebels criticised the visit to Kalto that was scheduled for early March and then "
        "postponed.",
        "The minister has still not made the visit to Kalto he postponed in March.",
        "Rebels criticised the summit that the host postponed last week.",
    ):
        assert [s for _, s, _ in _statuses(text)] == ["cancelled"], text
    # the object of a verb that has it held took place
    text = "The minister paid the visit he postponed in March."
    assert [s for _, s, _ in _statuses(text)] == ["occurred"]


def test_a_visit_someone_has_yet_to_make_or_pay_did_not_happen():
    for text in (
        "The minister has yet to make the visit to Kalto.",
        "The envoy did not pay the visit to Kalto.",
    ):
        assert [m.status for m in run(text)] == ["negated"], text
    # a denial of a part in an attack leaves the attack told
    text = "Officials said the army did not carry out the attack on the market in Kalto."
    assert [m.status for m in run(text)] == ["occurred"]


def test_forces_sweeping_through_an_area_raid_it():
    text = "Troops backed by armoured vehicles swept through villages near Kalto on Monday."
    assert _typed(text) == [("swept through", "raid")]
    text = "Army units launched a sweep around Kalto and Vell on Saturday."
    assert _typed(text) == [("sweep", "raid")]
    assert counted("The storm swept through the town on Monday.") == []
    assert counted("The ruling party swept the vote in Kalto on Sunday.") == []


def test_a_put_off_meeting_past_long_names_and_a_places_region():
    text = (
        "A meeting of the government and the Kalto Liberation Front (KLF) peace implementing "
        "panels set for Thursday in the capital of the northern province has been postponed."
    )
    assert [s for _, s, _ in _statuses(text)] == ["cancelled"]
    text = "A visit by the ambassador to Jolo, Sulu, which had been set for Monday, was called off."
    assert [s for _, s, _ in _statuses(text)] == ["cancelled"]


def test_ground_troops_seizing_a_camp_raid_it_and_ground_seized_is_no_place():
    assert _typed("Ground troops seized a rebel camp near Kalto on Monday.") == [("seized", "raid")]
    assert counted("Troops seized ground near Kalto on Monday.") == []


def test_an_event_told_as_what_followed_takes_the_day_across_a_paragraph_break():
    text = (
        "Aircraft bombed rebel positions near Kalto on Friday, killing seven fighters.\n\n"
        "Ground troops later seized a rebel camp in the area."
    )
    assert [(m.trigger_text, m.date_value) for m in tagged(text)] == [
        ("bombed", "2024-05-10"),
        ("seized", "2024-05-10"),
    ]
    # without the connective, a new paragraph past the lede does not inherit the day
    text = "The province was tense.\n\n" + text.replace(" later", "")
    assert [(m.trigger_text, m.date_value) for m in tagged(text)][1] == ("seized", None)


def test_talks_in_a_place_named_by_its_kind_are_a_meeting():
    text = "The ministers signed a communique after talks in the Congolese port city of Vell."
    assert [(t, s) for t, s, _ in _statuses(text)] == [("talks", "occurred")]
    text = "The ministers signed a communique after talks in the capital, Vell."
    assert [(t, s) for t, s, _ in _statuses(text)] == [("talks", "occurred")]


def test_an_ordinal_round_after_a_meeting_is_the_next_meeting():
    text = (
        "Rebel envoys met government emissaries in Vell on Monday, in a meeting hosted by "
        "church leaders. A second round was scheduled for next week."
    )
    assert [(t, s) for t, s, _ in _statuses(text)][-1] == ("round", "planned")


def test_vessels_hit_in_the_red_sea():
    text = (
        "Rebels fired two missiles at the freighter on Monday. The ship was hit about 40 "
        "nautical miles west of the port."
    )
    assert [t for t, _ in _typed(text)] == ["fired two missiles", "hit"]  # a distance, no tally
    assert [t for t, _ in _typed("The group hit a bulk carrier in the southern Red Sea.")] == [
        "hit"
    ]
    assert _typed("The group hit a record in the polls.") == []
    text = "A cargo ship was damaged by a drone in the Gulf of Aden on Monday."
    assert [t for t, _ in _typed(text)] == ["damaged by a drone"]
    text = (
        "When a missile tore into the aft hold of the bulk carrier late on Monday, the crew fled."
    )
    assert [t for t, _ in _typed(text)] == ["tore into"]
    assert _typed("Critics tore into the plan on Monday.") == []


def test_events_a_count_of_days_runs_from_happened():
    text = (
        "Fires were still burning at the port on Tuesday, three days after Israeli air strikes "
        "that the health ministry now says killed nine people."
    )
    assert kinds(text) == [("air strikes", "strike", "occurred")]


def test_the_name_of_a_town_taken_is_the_target_an_anaphor_on_it_names():
    text = (
        "Islamist fighters seized the central town of Diabaly on Monday, only days after "
        "French air strikes halted their advance. The attack on Diabaly was led by a "
        "commander loyal to Abou Zeid."
    )
    found = counted(text)
    assert found[0].targets == ["central town of Diabaly"]
    assert [(m.trigger_text, m.event_type) for m in found][-1] == ("attack", "attack")


def test_a_minister_briefing_ambassadors_meets_them():
    text = "The foreign minister briefed ambassadors of the council members in Rabat on Tuesday."
    assert kinds(text) == [("briefed", "meeting", "occurred")]
    assert kinds("The spokesman briefed reporters in Rabat on Tuesday.") == []
    assert kinds("The minister briefed his counterpart on the attacks.") == []


def test_projectiles_that_struck_a_town():
    text = "One person was killed when projectiles struck residential areas of the city on Sunday."
    assert [t for t, _ in _typed(text)] == ["struck"]


def test_warplanes_that_knocked_out_an_airport():
    text = "Israeli warplanes knocked out the international airport on Monday."
    assert _typed(text) == [("knocked out", "strike")]
    assert _typed("The storm knocked out power across the city on Monday.") == []


# --- sabotage, razing and sieges ---------------------------------------------------------


def test_blowing_up_a_pipeline_is_an_attack_whoever_is_named():
    assert kinds("The Niger Delta Avengers blew up the Forcados export pipeline in February.") == [
        ("blew up", "attack", "occurred")
    ]
    assert kinds("The Niger Delta Avengers blew up the amnesty deal in February.") == []


def test_troops_razing_a_town_is_a_raid():
    assert kinds("In November 1999, soldiers razed the town of Odi in Bayelsa State.") == [
        ("razed", "raid", "occurred")
    ]


def test_a_place_under_siege_or_a_siege_of_months_is_no_one_event():
    assert kinds("Residents described a camp under siege, with snipers on rooftops.") == []
    assert "siege" not in [
        t
        for t, _, _ in kinds("Troops entered the town on Wednesday after a weeks-long siege of it.")
    ]
    assert kinds("Special forces ended the siege of the hotel on Friday.") == [
        ("siege", "attack", "occurred")
    ]


def test_attacks_planned_or_within_reach_are_not_reported():
    for text in (
        "Analysts say AQAP remains capable of attacks on Yemeni forces.",
        "Militants had gathered at launch pads to infiltrate and carry out attacks in Jammu.",
        "The administration has no authority to carry out strikes in Mali, officials said.",
        "Police arrested three men suspected of plotting attacks on government buildings.",
    ):
        assert kinds(text) == [], text
    assert kinds("Rebels carried out attacks on three police stations on Monday.") == [
        ("attacks", "attack", "occurred")
    ]


def test_overrunning_a_base_or_posts_is_an_assault_typed_by_who_overran_it():
    assert kinds("The group overran the headquarters of the border police battalion.") == [
        ("overran", "attack", "occurred")
    ]
    assert kinds("The extremists overran an African Union base held by Kenyan troops.") == [
        ("overran", "attack", "occurred")
    ]
    assert kinds("Government troops overran Camp Abubakar, the rebels' main stronghold.") == [
        ("overran", "raid", "occurred")
    ]
    assert kinds("Houthi fighters and allied army units overran the military base.") == [
        ("overran", "attack", "occurred")
    ]
    assert kinds("Tourists overran the beach area on Monday.") == []


def test_people_seized_by_anyone_but_a_state_force_are_kidnapped():
    assert kinds("Five oil workers seized on the Nembe waterway remain in captivity.") == [
        ("seized", "attack", "occurred")
    ]
    assert kinds("A Romanian security guard was seized at the manganese mine on Monday.") == [
        ("seized", "attack", "occurred")
    ]
    assert kinds("Coast guard vessels seized three trawlers near the banks on Monday.") == []
    assert kinds("Farmers seized the land on Monday.") == []
    assert kinds("Rights groups say civilians have suffered since the military seized power.") == []


def test_an_armed_group_capturing_a_place_is_an_attack():
    assert kinds("Insurgents captured Mocimboa da Praia after days of fighting.") == [
        ("captured", "attack", "occurred")
    ]
    assert kinds("Islamist fighters seized the central Malian town of Diabaly on Monday.") == [
        ("seized", "attack", "occurred")
    ]
    for text in (
        "The fighters seized vehicles, weapons and ammunition.",
        "Seven militants were captured.",
        "Some 400 rebel fighters captured during that fighting were sentenced on Monday.",
        "At least 14 militants were neutralised, a term for fighters killed, captured or surrendered.",
    ):
        assert kinds(text) == [], text


def _meeting_statuses(text: str) -> list[tuple[str, str]]:
    return [(m.trigger_text, m.status) for m in tagged(text) if m.event_type == "meeting"]


def test_a_meeting_planned_in_the_past_perfect_did_not_go_ahead():
    for text in (
        "The meeting had been expected this week.",
        "A round of talks on prisoner exchanges that had been scheduled for Monday in Istanbul "
        "drew no delegations.",
        "The envoy had been due to meet Houthi negotiators in Muscat this week.",
    ):
        assert [s for _, s in _meeting_statuses(text)] == ["cancelled"], text
    # arranged earlier, still in doubt, or an attack planned for weeks: no lapsed plan
    assert _meeting_statuses("The meeting had been set earlier this month.") == [
        ("meeting", "occurred")
    ]
    doubtful = "A meeting that had been expected in Riyadh later this month is now in doubt."
    assert [s for _, s in _meeting_statuses(doubtful)] == ["planned"]
    assert kinds("Officials said Monday's raid had been planned for weeks.") == [
        ("raid", "raid", "occurred")
    ]


def test_a_first_slot_since_moved_or_a_plan_that_never_took_place_is_cancelled():
    for text in (
        "The meeting was originally planned for March 13.",
        "A sixth round of negotiations, which had been pencilled in for early February in "
        "Caracas, is now off.",
        "A ministerial mission that was meant to visit Jakarta early this year never took place.",
    ):
        assert {s for _, s in _meeting_statuses(text)} == {"cancelled"}, text
    lasting = "The talks began on Monday and were originally scheduled to last two days."
    assert _meeting_statuses(lasting) == [("talks", "occurred")]


def test_habitual_seizures_of_workers_are_not_one_event():
    habitual = "In the past, the rebels occasionally seized foreign workers and released them."
    assert kinds(habitual) == []
    text = (
        "In January 2006, fighters of the Movement for the Emancipation of the Niger Delta "
        "(MEND) seized four foreign workers from an offshore platform."
    )
    assert [(t, k) for t, k, _ in kinds(text)] == [("seized", "attack")]


def test_a_sides_own_claim_of_kills_is_no_event():
    for text in (
        "The army said it had killed more than 100 militants.",
        "Al-Shabaab claimed to have killed 41 soldiers.",
        "The resistance group said its fighters killed more than a dozen soldiers on Monday.",
    ):
        assert kinds(text) == [], text
    assert kinds("Police said gunmen killed five people in the market on Monday.") == [
        ("killed", "attack", "occurred")
    ]


def test_a_disaster_told_a_few_words_before_its_toll_is_no_attack():
    for text in (
        "The ceasefire followed the 7.7-magnitude earthquake of March 28, which killed 3,600 people.",
        "Critics pointed to the wildfires that killed dozens of people in Kabylie this month.",
    ):
        assert kinds(text) == [], text


def test_people_captured_are_no_raid_but_a_place_recaptured_is():
    for text in (
        "Three militants were captured alive, the army said.",
        "Four men were arrested there, and rifles were seized by the police.",
    ):
        assert kinds(text) == [], text
    clash = "The soldiers were seized during a clash near the border, the army said."
    assert [t for t, _, _ in kinds(clash)] == ["clash"]
    assert kinds("The town was recaptured by the army on Monday.") == [
        ("recaptured", "raid", "occurred")
    ]


def test_talks_held_with_another_party_after_a_meeting_are_a_second_meeting():
    text = (
        "The envoy met the president at the palace on Monday and then held talks with the "
        "prime minister at the Grand Serail."
    )
    assert [t for t, _, _ in kinds(text)] == ["met", "held talks"]
    assert [
        t for t, _, _ in kinds("The envoy met the president on Monday and held talks on security.")
    ] == ["met"]
    visit = "The prime minister visited the area on Monday and held talks with village chiefs."
    assert [t for t, _, _ in kinds(visit)] == ["visited"]


def test_a_place_or_unit_attacked_is_an_attack_whatever_else_its_sentence_says():
    text = "The charity, which lost nine staff members when its clinic was attacked on Monday, said it was devastated."
    assert [(t, k) for t, k, _ in kinds(text)] == [("attacked", "attack")]
    assert kinds("The hospital attacked the new law in a statement on Monday.") == []


def test_long_spells_of_shelling_and_shelling_grown_used_to_are_no_one_event():
    for text in (
        "Most residents of the town were moved out after weeks of shelling.",
        "The district has lived through months of heavy bombardment.",
        "Residents of the district have grown used to shelling, officials said.",
        "Russian troops are now shelling border communities almost continuously, officials say.",
    ):
        assert kinds(text) == [], text
    # talks held over days are one round
    assert [t for t, _, _ in kinds("The ministers ended three days of talks on Monday.")] == [
        "talks"
    ]


def test_air_raid_sirens_are_no_air_raid():
    assert kinds("Air raid sirens sounded across the city again on Monday.") == []
    assert kinds("An air raid alert was declared in the region on Monday.") == []
    assert kinds("An air raid on the depot on Monday killed two guards.") == [
        ("air raid", "strike", "occurred")
    ]


def test_talks_a_party_denies_having_held_are_not_reported():
    text = (
        "The Kremlin on Monday denied reports that Russian and Ukrainian officials had held "
        "secret talks in Doha on energy infrastructure."
    )
    assert kinds(text) == []
    assert kinds("The army denied that it had carried out the strike on the market.") == []
    # a denial of something else about the event leaves it reported
    assert [
        t for t, _, _ in kinds("The army denied that the bombing on Monday was deliberate.")
    ] == ["bombing"]


def test_an_armed_unit_crossing_a_border_is_a_raid_but_a_group_of_refugees_is_not():
    text = (
        "The Freedom Legion, a unit of volunteers fighting for Kyiv, crossed into the Belgorod "
        "region on Monday."
    )
    assert kinds(text) == [("crossed into", "raid", "occurred")]
    assert kinds("A group of 300 refugees crossed into Chad on Monday.") == []


def test_a_practice_or_a_frequency_of_events_is_no_event():
    for text in (
        "Critics in parliament attacked the military's reliance on bombing, saying farmers suffer.",
        "Kidnappings of foreigners are rare in the enclave.",
        "Ambushes on the road have been increasingly common.",
        "The movement reports daily shelling of army positions.",
    ):
        assert kinds(text) == [], text
    # "used to" before a verb of purpose is no practice
    text = "The targets had been used to direct Thursday's rocket attack on a village."
    assert [t for t, _, _ in kinds(text)] == ["attack"]
    # one day's session of a weekly series is a meeting
    assert [t for t, _, _ in kinds("The cabinet will hold its weekly session on Monday.")] == [
        "session"
    ]


def test_an_event_set_against_another_by_not_is_negated():
    text = "Two fighters died in what the group described as a clash with a patrol, not an assault on a base."
    assert [t for t, _, _ in kinds(text)] == ["clash"]


def test_acts_denied_in_reports_circulating_are_not_reported():
    text = (
        "An army spokesman denied reports circulating on social media that aircraft had bombed "
        "villages near the border."
    )
    assert kinds(text) == []


def test_attacking_something_as_what_a_speaker_judges_it_is_criticism():
    for text in (
        "Civilian politicians attacked the army's victory parade as premature, saying the war went on.",
        'The ministry attacked the militia truce as "an insult to our people" on Monday.',
        "Exiled leaders attacked the truce as a reward for the militias on Monday.",
        'The foreign ministry attacked it as "foreign interference" on Monday.',
    ):
        assert counted(text) == [], text
    # "as" opening a clause of time or a motive: force
    for text in (
        "Gunmen attacked the convoy as it passed through Bara on Monday.",
        "Gunmen attacked the village as a crowd gathered for prayers on Monday.",
        "Militants attacked the village as a reprisal for the arrests on Monday.",
    ):
        assert types(text) == ["attack"], text


def test_officials_attacking_a_designation_criticise_it():
    assert kinds("Rebel officials attacked the terrorist designation as a badge of honour.") == []


def test_the_nearer_agent_of_fire_is_not_blanked_by_a_clause_between():
    text = (
        "Two soldiers of the Territorial Army were killed and one was injured when militants "
        "fired on a patrol in the forests on Monday."
    )
    assert _typed(text) == [("fired on", "attack")]
    assert _typed("Army troops and allied militiamen shelled the village on Monday.") == [
        ("shelled", "strike")
    ]


def test_fire_opened_with_heavy_weapons_is_typed_by_its_agent():
    text = "The army opened unprovoked fire with mortars on forward posts late Monday night."
    assert _typed(text) == [("opened unprovoked fire", "strike")]
    text = "Militants opened fire with rockets on the convoy on Monday."
    assert _typed(text) == [("opened fire", "attack")]
    assert _typed("Gunmen opened indiscriminate fire on shoppers on Monday.") == [
        ("opened indiscriminate fire", "attack")
    ]


def test_talks_over_a_military_hotline_are_a_call():
    assert kinds("The two army chiefs spoke over the hotline on Monday.") == [
        ("spoke over the hotline", "meeting", "occurred")
    ]
    assert kinds("The residents called the police hotline on Monday.") == []


def test_an_annual_meeting_of_a_commission_is_a_meeting_but_a_companys_is_not():
    text = "The annual meeting of the Indus Commission will be held in Lahore on Monday."
    assert [t for t, _, _ in kinds(text)] == ["meeting"]
    assert kinds("The company's annual meeting will be held in Lahore on Monday.") == []


def test_a_base_named_with_a_bracketed_acronym_is_still_the_object_overrun():
    text = "Troops overran a major Oromo Liberation Army (OLA) base in the forests on Wednesday."
    assert kinds(text) == [("overran", "raid", "occurred")]


def test_a_dated_possessive_is_no_bare_kind_and_lists_a_second_event():
    assert kinds("He chaired a review in the wake of last week's ambush in the district.") == [
        ("ambush", "attack", "occurred")
    ]
    text = "He chaired a review after Monday's attack on pilgrims and last week's ambush in Poonch."
    assert [t for t, _, _ in kinds(text)] == ["attack", "ambush"]


def test_a_militia_seizing_a_town_is_an_attack():
    assert kinds("In August 2023 the militia briefly seized the town of Lalibela.") == [
        ("seized", "attack", "occurred")
    ]


def test_fighting_a_day_names_is_one_clash():
    text = "Eleven fighters were killed and 50 wounded in Wednesday's fighting, officials said."
    assert kinds(text) == [("fighting", "attack", "occurred")]
    text = "Gunmen attacked the town on Monday. Diplomats said the fighting made peace unlikely."
    assert [t for t, _, _ in kinds(text)] == ["attacked"]


def test_an_assault_after_a_strike_is_no_air_strike():
    text = (
        "Jets struck positions near the town on Monday. Troops then stormed the town; two "
        "soldiers were wounded in the assault."
    )
    assert ("assault", "strike") not in _typed(text)


def test_a_crosshead_names_no_event():
    text = (
        "Gunmen attacked a train on Monday.\n\nThe attack\n\nThe train came under fire on Monday."
    )
    assert [t for t, _, _ in kinds(text)] == ["attacked", "came under fire"]


def test_an_infiltration_bid_foiled_was_made_but_an_attack_foiled_was_not():
    text = (
        "The army foiled an infiltration bid along the border on Monday, killing three intruders."
    )
    assert kinds(text) == [("infiltration bid", "attack", "occurred")]
    assert kinds("Police foiled an attack on a mosque on Monday.") == []
    assert kinds("Troops have foiled over 20 infiltration bids along the border this year.") == []


def test_a_meeting_a_trip_to_come_is_for_or_one_the_speaker_will_hold_is_planned():
    text = "The president is expected to travel to Addis Ababa this week for his first visit there."
    assert _statuses(text) == [("visit", "planned", "2024-W19")]
    text = "He will hold his first face-to-face meeting with the rebel leader next week."
    assert [(t, s) for t, s, _ in _statuses(text)] == [("meeting with", "planned")]
    # a trip made
    text = "The envoy travelled to Sanaa on Monday for his first meetings with rebel leaders."
    assert [(t, s) for t, s, _ in _statuses(text)] == [("meetings", "occurred")]


def test_a_meeting_that_was_to_be_held_did_not_go_ahead():
    for text in (
        "The talks, which were to bring together intelligence chiefs, would not now happen.",
        "The foreign secretaries' talks, which were to be held last Friday, remain on hold.",
    ):
        assert [s for _, s in _meeting_statuses(text)] == ["cancelled"], text
    # one that went ahead after all, and a relative on the thing a dated meeting made
    text = "The summit, which was to open on Sunday, went ahead on Monday."
    assert [s for _, s in _meeting_statuses(text)] != ["cancelled"]
    text = "The roadmap, adopted at a summit in September 2021, which was meant to end the war, failed."
    assert [s for _, s in _meeting_statuses(text)] == ["occurred"]


def test_fire_traded_by_two_states_forces_is_a_clash_not_a_raid():
    assert types("Pakistani and Afghan forces exchanged heavy fire at the crossing on Monday.") == [
        "attack"
    ]
    assert types("Pakistani troops exchanged fire with Afghan forces on Monday.") == ["attack"]
    assert types("Police exchanged fire with gunmen on Monday.") == ["raid"]
    assert types("Somali and AU forces exchanged fire with al-Shabaab fighters on Monday.") == [
        "raid"
    ]


def test_an_ordinal_round_continues_talks_told_by_the_meeting_verb():
    told = "The two envoys first met in Muscat on Monday. The second round was held on Wednesday."
    assert kinds(told)[-1] == ("round", "meeting", "occurred")


def test_counter_terrorism_police_and_gendarmes_are_state_forces():
    text = "Officers of the Counter-Terrorism Department killed three suspected militants in a raid on a house on Monday."
    assert types(text) == ["raid"]
    assert types("Gendarmes killed two suspected militants in a raid on a camp on Monday.") == [
        "raid"
    ]


def test_due_in_said_of_a_meeting_just_named_is_its_plan_not_a_second_visit():
    assert kinds("A second round of talks, due in Vell, was postponed.") == [
        ("round of talks", "meeting", "cancelled")
    ]
    assert [
        t for t, _, _ in kinds("The summit that was due in Vell on Thursday was postponed.")
    ] == ["summit"]
    # a person's own trip after the talks is a meeting of its own
    told = "Arno held talks with Vell on Monday and is due in Orso on Thursday."
    assert [t for t, _, _ in kinds(told)] == ["held talks", "due in"]


def test_motorised_paragliders_bomb_from_the_air():
    assert types("A paraglider bombed the village on Monday, killing five people.") == ["strike"]
    assert types("Residents recalled the paraglider bombing of the village on Monday.") == [
        "strike"
    ]


def test_glide_bomb_attacks_and_a_state_hitting_a_place_with_missiles_are_strikes():
    assert types("Monday's glide-bomb attack on a market killed seven people.") == ["strike"]
    assert types("Russia hit the port with missiles on Monday night, killing four people.") == [
        "strike"
    ]
    assert types("Russia was hit by new sanctions on Monday.") == []


def test_a_host_receives_members_of_a_delegation_even_after_himself():
    assert types("Kalu received members of the party's delegation at the palace on Monday.") == [
        "meeting"
    ]
    assert types("Kalu himself had received the party delegation at the palace on Monday.") == [
        "meeting"
    ]
    assert types("Kalu received members of the press on Monday.") == []


def test_craft_that_bomb_in_a_timeline_s_present_are_a_verb():
    text = "Key events:\n\nMarch 8 — Government aircraft bomb the outskirts of Nasir."
    assert types(text) == ["strike"]


def test_forces_entering_a_building_raid_it_and_a_bomber_entering_does_not():
    assert types("Troops entered the house at about 5pm on Monday and found two bodies.") == [
        "raid"
    ]
    assert types("Soldiers forced their way into the compound on Monday night.") == ["raid"]
    assert types("The bomber had entered the compound in a police uniform on Monday.") == []


def test_mortar_rounds_that_landed_near_a_place_and_an_offensive_that_began_are_events():
    assert types("At least three mortar rounds landed near the airport late on Sunday night.") == [
        "strike"
    ]
    text = "Army troops fought on in an offensive in the Catupa forest that began on Saturday."
    assert types(text) == ["raid"]
    # an offensive named since another event began is the campaign, not its launch
    assert counted("Army troops have kept up the offensive since the war began in 2023.") == []


def test_a_regional_command_that_struck_fighters_strikes():
    text = "Last Monday, AFRICOM struck Islamic State fighters in the Cal Miskaad mountains."
    assert kinds(text) == [("struck", "strike", "occurred")]
    text = "U.S. Central Command struck militants near the border on Monday, officials said."
    assert types(text) == ["strike"]
    assert counted("The news struck militants as a betrayal on Monday.") == []


def test_sudans_rapid_support_forces_attack_on_the_ground_and_strike_with_guns():
    for text in (
        "Fighters of the Rapid Support Forces stormed the village of Um Sadr on Saturday.",
        "The RSF overran Ardamata on Saturday, residents said.",
    ):
        assert "attack" in types(text) and "raid" not in types(text), text
    assert types("The Rapid Support Forces shelled El Obeid on Saturday.") == ["strike"]
    assert types("Government forces stormed the village of Um Sadr on Saturday.") == ["raid"]


def test_a_dialogue_held_or_set_for_a_day_is_a_meeting_and_a_call_for_dialogue_is_not():
    text = "A security dialogue that had been due to take place in Orso on Monday was postponed."
    assert kinds(text) == [("dialogue", "meeting", "cancelled")]
    assert kinds("The national dialogue opened in Orso on Saturday.") == [
        ("dialogue", "meeting", "occurred")
    ]
    assert counted("Church leaders called for renewed dialogue with the rebels on Sunday.") == []


def test_a_jirga_held_is_a_meeting_and_a_jirga_that_met_is_its_party():
    text = (
        "Elders of the Zehri tribe will hold a jirga with the district administration on Saturday."
    )
    assert kinds(text) == [("jirga", "meeting", "planned")]
    assert kinds("A jirga of tribal elders met Afghan officials at Torkham on Monday.") == [
        ("met", "meeting", "occurred")
    ]


def test_an_attack_named_by_its_calendar_day_is_an_event():
    text = "The strikes came three weeks after the April 22 attack on tourists in Orso."
    assert ("attack", "attack", "occurred") in kinds(text)
    text = "A faction claimed the Jan. 8, 2010 attack on the bus of the football team."
    assert kinds(text) == [("attack", "attack", "occurred")]
    assert counted("Attack helicopters flew over the city on April 22.") == []


def test_directors_of_military_operations_call_and_speak_over_their_hotline():
    text = "The director general of military operations called his Orsonian counterpart on Monday."
    assert kinds(text) == [("called", "meeting", "occurred")]
    text = "The directors general of military operations spoke over their hotline on Monday."
    assert kinds(text) == [("spoke over their hotline", "meeting", "occurred")]
    text = "A group of militants called the Front claimed the blast on Monday."
    assert "meeting" not in types(text)


def test_units_named_by_their_service_raid_and_a_round_of_modified_talks_was_held():
    text = "Counter-terrorism units backed by armoured vehicles stormed the house on Monday."
    assert kinds(text) == [("stormed", "raid", "occurred")]
    text = "The last round of detainee talks, held in Muscat in July last year, freed 40 people."
    assert kinds(text) == [("talks", "meeting", "occurred")]
    text = "Diplomats said no new round of Orsonian-Vellish talks was in sight."
    assert counted(text) == []


def test_a_modified_title_is_a_person_met_and_a_verb_after_an_appositive_meets():
    text = "March 10 — Kalu receives interim president Ana Vell in Orso."
    assert kinds(text) == [("receives", "meeting", "occurred")]
    text = "March 10 — Admiral Jon Vell, head of the Southern Command, meets Orso's prime minister."
    assert kinds(text) == [("meets", "meeting", "occurred")]


def test_attacking_someone_while_saying_something_is_criticism():
    text = "Opposition parties in Orso have attacked both sides on Monday, saying the region was held hostage."
    assert counted(text) == []
    assert kinds("Gunmen attacked the village on Monday, killing five people.") == [
        ("attacked", "attack", "occurred")
    ]


def test_a_strike_on_a_target_is_force_even_with_no_other_word_of_war():
    assert types("Israel carried out a strike on a building in Orso.") == ["strike"]
    # not a stoppage on a day, nor a labour strike
    assert types("A strike on Monday closed the shops in Orso.") == []
    assert types("Workers began a strike on the docks in Orso.") == []


def test_a_host_whose_name_opens_with_a_particle_receives_a_delegation():
    text = "President Abdel Fattah al-Sisi received a delegation of US senators in Orso."
    assert kinds(text) == [("received", "meeting", "occurred")]
    later = "Prime Minister Mohammed Shia al-Sudani received the Orsan delegation later in the day."
    assert kinds(later) == [("received", "meeting", "occurred")]
    # a thing received is no visit
    assert kinds("Prime Minister Mohammed Shia al-Sudani received a shipment of vaccines.") == []


# --- munitions fired, told in a reduced relative --------------------------------------


def test_a_missile_fired_from_somewhere_is_an_event():
    assert kinds("Sirens sounded as the army intercepted a missile fired from Orsland.") == [
        ("fired", "strike", "occurred")
    ]
    assert kinds("Air defences shot down four drones launched toward the ship.") == [
        ("launched", "strike", "occurred")
    ]
    # unclaimed rockets are militants' fire
    assert kinds("In August, a rocket fired from Orsland wounded three people.") == [
        ("fired", "attack", "occurred")
    ]


def test_a_reduced_relative_of_launch_beside_another_verb_of_the_event_is_not_counted():
    # the later verb tells the event
    assert kinds("A rocket fired from Orsland slammed into a house.") == [
        ("slammed into", "attack", "occurred")
    ]
    # a tally of interceptions
    assert kinds("The air force said it shot down 13 of 19 drones launched at the region.") == []
    # a munition fired in no direction is no event
    assert kinds("The rockets fired in the war were old.") == []


def test_criticism_of_a_quoted_policy_is_no_attack():
    text = (
        'Opposition lawmakers attacked the government\'s "total peace" policy in Congress on '
        "Monday, saying it had allowed armed groups to grow stronger."
    )
    assert kinds(text) == []


def test_a_faction_in_talks_with_the_government_is_a_state_not_a_meeting():
    text = "The front joined a rival faction, which is still in talks with the government."
    assert kinds(text) == []
    assert kinds('"We are in talks with Orsland," the minister said.') == []
    # a day makes it one meeting
    assert kinds("Officials were in talks with the rebels in Orso on Tuesday.") == [
        ("talks", "meeting", "occurred")
    ]


def test_a_reporters_unanswered_calls_are_no_meeting():
    text = "A spokesman did not answer repeated phone calls seeking comment on Monday."
    assert kinds(text) == []


def test_bombing_that_has_continued_is_a_campaign():
    assert kinds("Opposition groups say bombing has continued almost without pause.") == []
    assert kinds("The health ministry said strikes over the past 48 hours had killed seven.") == []
    # one day's shelling that continued is still told
    assert kinds("Residents said shelling hit the village on Tuesday.") == [
        ("shelling", "strike", "occurred")
    ]


def test_an_attack_braced_for_or_anticipated_is_not_an_event():
    text = "The army has stockpiled food and fuel in anticipation of a siege."
    assert kinds(text) == []


def test_an_attack_on_a_truce_or_on_an_idea_of_force_is_criticism():
    assert kinds("Orsland's leader accused the rebels of attacking the truce on Monday.") == []
    text = "The minister rejected the idea of shooting down Orsish aircraft over allied territory."
    assert kinds(text) == []
    # the monitors of a truce can be attacked
    assert kinds("Gunmen attacked the ceasefire monitors in Orso on Monday.") == [
        ("attacked", "attack", "occurred")
    ]


def test_fresh_strikes_are_the_latest_ones_not_a_kind():
    text = "A truce was agreed on Tuesday, but it was shaken within hours by fresh air strikes."
    assert kinds(text) == [("air strikes", "strike", "occurred")]
    text = "Officials warned that the attacks could prompt fresh air strikes."
    assert kinds(text) == []


def test_a_state_force_entering_an_unnamed_area_is_a_raid():
    text = "Ground troops entered the area on Tuesday morning to secure the site."
    assert kinds(text) == [("entered", "raid", "occurred")]
    text = "On Thursday, a column of about 80 troops entered three villages near Orso."
    assert kinds(text) == [("entered", "raid", "occurred")]
    text = "Soldiers and police entered villages in Orso district early Sunday, searching homes."
    assert kinds(text) == [("entered", "raid", "occurred")]
    assert kinds("Orsish forces on Monday entered the Orso valley.") == [
        ("entered", "raid", "occurred")
    ]


def test_gunmen_entering_the_village_as_their_attack_began_are_told_by_the_attack():
    text = "The attack began before dawn, when dozens of gunmen entered the town from the north."
    assert [t for t, _, _ in kinds(text)] == ["attack"]
    assert kinds("Gunmen then entered the building and fought security forces.") == []
    # a named place an armed group enters is still its capture
    assert kinds("Orsish rebels entered Orso on Sunday after days of fighting.") == [
        ("entered", "attack", "occurred")
    ]
    assert kinds("Rebel fighters entered the town of Orso on Friday.") == [
        ("entered", "attack", "occurred")
    ]


def test_an_offensive_announced_or_begun_in_an_aside_is_reported():
    text = "Dozens have been killed since the army announced its offensive on Orso on Monday."
    assert kinds(text) == [("offensive", "raid", "occurred")]
    text = "The army's offensive, which began a week ago, has displaced 5,000 families."
    assert kinds(text) == [("offensive", "raid", "occurred")]
    # an offensive named without its start is a campaign
    assert kinds("The army's offensive has displaced 5,000 families.") == []


def test_strikes_carried_out_in_the_simple_past_are_one_occasion():
    text = "Orsland ordered its negotiators home and launched air strikes across Orso."
    assert kinds(text) == [("air strikes", "strike", "occurred")]
    text = "Orsish jets carried out further air strikes after nightfall."
    assert kinds(text) == [("air strikes", "strike", "occurred")]
    # the perfect over a period, or a denial, is not one occasion
    assert kinds("The army has carried out air strikes in Orso since March.") == []
    text = "The army said it had not fired artillery or carried out air strikes."
    assert kinds(text) == []


def test_strikes_whose_toll_verb_follows_a_long_post_modifier_are_one_occasion():
    text = "Orsish air strikes against a militia in western Orso and eastern Orsland killed 25."
    assert kinds(text) == [("air strikes", "strike", "occurred")]
    # a day's tally is not one occasion
    text = "The ministry said Orsish strikes over the past 24 hours had killed 46 people."
    assert kinds(text) == []


def test_munitions_with_a_participle_before_their_verb_are_its_subject():
    text = "Rockets carrying cluster munitions hit the centre of Orso on Wednesday."
    assert kinds(text) == [("hit", "strike", "occurred")]


def test_an_owner_or_a_date_does_not_hide_the_criticised_head_of_the_object():
    for text in (
        "Orsish politicians attacked the army's decision last week to send troops to the war.",
        "Orsish politicians have been attacking Orsland's decision to bomb the rebels in the war.",
        "The minister attacked the coalition's reading of the war resolution on Monday.",
    ):
        assert counted(text) == [], text
    # a named owner of a place attacked is still the owner of a target
    for text in (
        "Gunmen attacked the army's base last week.",
        "Rebels attacked Orso's compound in the war on Monday.",
    ):
        assert types(text) == ["attack"], text


def test_an_offensive_launched_in_a_participle_aside_or_counted_into_is_reported():
    text = "The army offensive, launched on May 12, has displaced 5,000 families."
    assert kinds(text) == [("offensive", "raid", "occurred")]
    text = "Two days into the army's offensive on Orso, commanders speak with confidence."
    assert kinds(text) == [("offensive", "raid", "occurred")]
    # an aside of another kind, or a count of distance, tells no start
    assert kinds("The army offensive, backed by jets, has displaced 5,000 families.") == []
    assert kinds("Ten miles into Orso, the army offensive has displaced 5,000 families.") == []


def test_the_capitalised_first_word_of_a_timeline_entry_is_no_name():
    text = "Key events:\n\nJan 2 - Troops capture Orso, the rebels' capital."
    assert types(text) == ["raid"]
    # a name before the word still makes it a noun's modifier
    assert types("Key events:\n\nJan 2 - the Orso capture of the port.") == []


def test_a_verb_is_not_excluded_by_its_own_word():
    # "strike" names a subject that is no device ("the strike hit the economy"), not the verb
    text = "Key events:\n\nMay 2 - Shells strike a makeshift hospital at Orso."
    assert types(text) == ["strike"]
    text = "Key events:\n\nApril 12 - A suicide bomber strikes the parliament cafeteria."
    assert types(text) == ["attack"]
    assert types("A general strike hit the economy of Orso on Monday.") == []


def test_a_vow_that_an_operation_goes_on_is_no_mention_of_it():
    story = "Troops raided rebel camps near Orso on Monday. "
    for vow in (
        "The minister said the operation would continue until the rebels were defeated.",
        "Officials said the operation would last as long as needed.",
        "'This operation will not stop at Orso,' the general said.",
    ):
        assert kinds(story + vow) == [("raided", "raid", "occurred")], vow
    # how long it lasted, or its going on told in the past, reports it
    text = "Police besieged the Orso mall on Saturday. Nobody said how long the siege would last."
    assert [k[0] for k in kinds(text)] == ["besieged", "siege"]


def test_separatists_and_guerrillas_are_armed_agents():
    for who in ("Separatists", "Guerrillas"):
        text = f"{who} stormed an army post near Orso on Monday."
        assert kinds(text) == [("stormed", "attack", "occurred")], who
    # storming to victory in an election is a landslide, not an assault
    assert kinds("Rebels stormed to victory in the Orso elections on Monday.") == []


def test_the_nearer_premodifier_names_the_agent():
    text = "Rebels credit the first French strikes on Saturday afternoon with saving the city."
    assert [m.event_type for m in tagged(text)] == ["strike"]
    text = "Officials said the rebel shelling on Saturday afternoon killed five people."
    assert [m.event_type for m in tagged(text)] == ["attack"]


def test_bombers_a_state_flies_are_aircraft():
    assert types("Russian bombers also hit the air base outside Orso on Saturday.") == ["strike"]
    assert types("Two Su-24 bombers hit the convoy near Orso on Saturday.") == ["strike"]
    assert types("Suicide bombers hit the market in Orso on Saturday.") == ["attack"]
    # aircraft in support are not the agent of the ground force they back
    text = "Militias backed by US bombers overran the last rebel caves at Orso on Sunday."
    assert types(text) == ["attack"]


def test_a_disguise_is_no_agent():
    for who in ("Ten gunmen wearing army uniforms", "Militants dressed in police uniforms"):
        text = f"{who} stormed the army headquarters in Orso on Saturday."
        assert types(text) == ["attack"], who
    text = "Militants disguised as soldiers stormed the army headquarters in Orso on Saturday."
    assert types(text) == ["attack"]
    # soldiers in uniform are still soldiers
    assert types("Soldiers in full uniform stormed the rebel camp at Orso on Saturday.") == ["raid"]


def test_a_force_strikes_fighters_cells_and_columns():
    assert types("The army said it had struck a rebel commander near Orso on Monday.") == ["strike"]
    assert types("The military said it hit a column of Vell fighters on Monday.") == ["strike"]
    assert types("Government forces said they had struck a militant cell in Orso.") == ["strike"]
    # a deal struck or a chord hit is no target
    assert types("The army said it had struck a deal with the Vell elders on Monday.") == []


def test_a_shell_that_kills_is_fire_from_a_distance():
    text = "On Wednesday afternoon, an Orsish naval shell killed four boys on the beach."
    assert kinds(text) == [("killed", "strike", "occurred")]
    assert types("On Thursday a single shell killed 71 people in Vell.") == ["strike"]
    text = "On Thursday a Vell shell tore through a crowded square in Orso, killing 71 people."
    assert kinds(text) == [("tore through", "strike", "occurred")]
    # a bomb that tears through a square is planted; mortar shells are as often a group's
    assert types("On Thursday a bomb tore through a crowded square in Orso.") == ["attack"]
    assert types("On Tuesday, mortar shells killed three people in Orso.") == ["attack"]
    # "shell" after a modal or "to" is still the verb
    text = "Rebels threatened on Monday to shell the town of Orso."
    assert [(m.trigger_text, m.status) for m in run(text)] == [("shell", "hypothetical")]


def test_a_sound_heard_is_not_the_event_that_made_it():
    bomb = "A roadside bomb struck a police vehicle near Orso on Monday, killing two officers."
    adds_no_event(
        bomb,
        (
            "Residents said they heard a loud explosion followed by sporadic gunfire.",
            "A loud explosion was heard across the town shortly after sunset.",
            "Two more blasts could still be heard from the hills, residents said.",
        ),
    )
    # the blast itself, told by what it did, is the event
    text = "The blast destroyed the barracks on Thursday and was heard several kilometres away."
    assert kinds(text) == [("blast", "attack", "occurred")]
    text = "An explosion tore through the market in Orso on Thursday, residents said."
    assert [k[1:] for k in kinds(text)] == [("attack", "occurred")]


def test_pirates_who_take_a_ship_hijack_it():
    assert kinds("On Saturday, pirates seized the Orsish yacht Vell in the gulf.") == [
        ("seized", "attack", "occurred")
    ]
    text = "Pirates captured the container ship Orso Star off the coast on Saturday."
    assert kinds(text) == [("captured", "attack", "occurred")]
    # a later "the seizure" names the taking the story told
    text = (
        "Pirates hijacked the tanker Orso Star on Wednesday. The seizure came four days after "
        "the gang took a trawler."
    )
    assert [m.trigger_text for m in tagged(text)] == ["hijacked", "seizure"]
    # a seizure with no attack told before it is no event of its own
    text = "Customs officers said the seizure of the cargo took place on Wednesday."
    assert tagged(text) == []


def test_operations_in_the_plural_name_an_activity_not_one_event():
    raid = "Orsish commandos raided a compound in Vell on Tuesday, killing four militants."
    adds_no_event(
        raid,
        (
            "The army said troops would continue operations in the hills around Vell.",
            "The ministry rarely comments on individual operations in the border area.",
            "The two operations were not connected, the spokesman said.",
            "The air force denies carrying out air operations in the province.",
        ),
    )
    # operations carried out or launched on an occasion are told as events
    text = "On Wednesday, soldiers carried out search operations in five villages near Vell."
    assert [k[1:] for k in kinds(text)] == [("raid", "occurred")]
    text = "Police launched clearance operations in the Orso hills on Friday."
    assert [k[1:] for k in kinds(text)] == [("raid", "occurred")]
    # and one of them is one event
    text = f"{raid}\n\nA commander was killed in one of those operations near Vell on Monday."
    assert [m.trigger_text for m in tagged(text)] == ["raided", "operations"]


def test_a_summit_fought_over_is_a_hilltop_not_a_meeting():
    for text in (
        "Orsish infantry edged towards the summit on Monday under heavy fire.",
        "The soldiers climbed all night to reach the summit of Point 4875 on Sunday.",
        "He was hit as he charged the last bunker on the summit on Tuesday.",
    ):
        assert [k[1] for k in kinds(text)] == [], text
    text = "The leaders of Orsland and Vell met at the summit in Orso on Monday."
    assert "meeting" in [k[1] for k in kinds(text)]


def test_meeting_aggression_and_attacking_the_opposition_are_no_events():
    text = "The cabinet said on Monday the army was fully prepared to meet any aggression."
    assert kinds(text) == []
    text = (
        'The ruling Orsish party on Friday attacked the Vellish opposition for "spreading '
        'panic", and television broadcast footage of army reservists reporting for duty.'
    )
    assert tagged(text) == []
    # a meeting with the opposition is one
    text = "The Orsish envoy met the Vellish opposition in Orso on Friday."
    assert kinds(text) == [("met", "meeting", "occurred")]


def test_a_trip_told_called_off_is_one_visit():
    text = (
        "The Orsish foreign minister had been expected in Vell on Friday. Two diplomats said "
        "the trip had been cancelled."
    )
    assert [(m.trigger_text, m.status) for m in tagged(text)][-1] == ("trip", "cancelled")
    text = "Orsland called off that trip and accused Vell of bad faith."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("trip", "cancelled")]
    # a trip told with nothing to make it one is no event
    text = "The trip was long and the roads were poor, the driver said."
    assert tagged(text) == []


def test_dockers_who_began_a_strike_stopped_work():
    text = (
        "In Orso, members of the Vellish Maritime Union began a strike today against Orsish "
        "ships, refusing to load or unload cargo bound for Orsland."
    )
    assert tagged(text) == []
    text = "Truck drivers on the Vell road began a strike on Wednesday to demand army escorts."
    assert tagged(text) == []
    # a strike that hits is still one
    text = "An Orsish drone strike hit a convoy near Vell on Wednesday, killing three drivers."
    assert [(m.trigger_text, m.event_type) for m in tagged(text)] == [("drone strike", "strike")]


def test_a_campaign_called_to_stop_is_no_event():
    strike = "Orsish jets bombed a bridge in Vell on Monday, killing four people."
    adds_no_event(
        strike,
        (
            "The Vellish envoy demanded an immediate halt to the bombing.",
            "Orsland said it would not stop the bombing until the rebels withdrew.",
            "The Greens called for a pause in the bombing.",
            "Diplomacy has so far failed to halt the shelling.",
            "Lawmakers said the government had failed to stop the killings.",
        ),
    )
    # a bombardment resumed on a place is told as one
    text = "Orsish warplanes resumed their bombardment of eastern Vell on Tuesday."
    assert [k[1:] for k in kinds(text)] == [("strike", "occurred")]


def test_the_start_of_a_campaign_as_a_reference_point_is_no_event():
    strike = "Orsish jets bombed a bridge in Vell on Monday, killing four people."
    adds_no_event(
        strike,
        (
            "More than 10,000 people have fled Vell since the bombing began, the UN said.",
            "Food prices in Vell have doubled since the offensive started, traders said.",
            "Hundreds have been killed since the siege began.",
        ),
    )
    # dated, the start is told
    text = "Hundreds have been killed since the army's offensive began on March 3."
    assert [m.trigger_text for m in tagged(text)] == ["offensive"]


def test_a_force_that_hit_in_a_later_conjunct_is_an_event_of_its_own():
    text = (
        "A day later, Vell fired missiles at the Orso air base, and Orsish jets hit the gate "
        "of the Vell prison, killing 71 people."
    )
    assert [m.trigger_text for m in tagged(text)] == ["fired missiles", "hit"]
    text = (
        "The deadline to leave the town expired on Monday, and a helicopter gunship fired on "
        "the market in Vell."
    )
    assert [m.trigger_text for m in tagged(text)] == ["fired on"]
    # a killing with no subject of its own is the primary's toll
    text = "Orsish jets struck the Vell depot on Monday and killed two guards."
    assert [m.trigger_text for m in tagged(text)] == ["struck"]


def test_hauls_and_tanks_seized_are_no_seizure_of_a_place():
    for text in (
        "Orsish troops seized a large cache of arms near Vell on Tuesday.",
        "The rebels said they had captured two tanks in the Vell attack on Sunday.",
        "Militias backed by Orsish troops have seized land and set up roadblocks in Vell.",
    ):
        assert [k[1] for k in kinds(text) if k[0] in ("seized", "captured")] == [], text
    text = "Orsish troops seized parts of Vell on Tuesday after a week of fighting."
    assert [k[:2] for k in kinds(text)] == [("seized", "raid")]


def test_a_flood_or_an_earthquake_that_killed_is_no_attack():
    for text in (
        "The summer floods, which drowned a fifth of Orsland, killed nearly 2,000 people.",
        "The earthquake killed 300 people in Vell on Tuesday.",
    ):
        assert kinds(text) == [], text
    text = "Gunmen killed 12 villagers in Vell on Tuesday."
    assert [k[1:] for k in kinds(text)] == [("attack", "occurred")]


def test_critics_who_attacked_spoke():
    war = "Orsish jets bombed rebel positions near Vell on Monday, killing 12 fighters."
    adds_no_event(
        war,
        (
            "Politicians in Orso attacked the prominent role of the militias, warning of reprisals.",
            "Communist and liberal deputies alike attacked the military's optimism on Tuesday.",
            "Several newspapers attacked the defence minister as too weak to lead.",
        ),
    )
    # gunmen who attacked are attackers
    text = f"{war}\n\nOn Tuesday, rebels attacked an army post near Orso, killing two soldiers."
    assert [m.trigger_text for m in tagged(text)] == ["bombed", "attacked"]


def test_no_plans_for_an_event_is_no_event():
    taken = "Rebels seized two Orsish journalists near Vell on Sunday."
    adds_no_event(
        taken,
        (
            "The army said it had no plans for a rescue raid.",
            "Officials said there were no plans for air strikes on the camp.",
        ),
        sep=" ",
    )


def test_a_gunbattle_written_as_one_word_is_a_clash():
    text = "Soldiers and rebels fought a gunbattle near Vell on Tuesday, killing four fighters."
    assert [k[:2] for k in kinds(text)] == [("gunbattle", "attack")]


def test_a_place_taken_by_troops_or_rebels_is_seized():
    text = "Orsish troops took the town of Vell on Monday after a day of fighting."
    assert [k[:2] for k in kinds(text)] == [("took", "raid")]
    text = "Since the rebels took Vell last month, aid has stopped."
    assert [k[:2] for k in kinds(text)] == [("took", "attack")]
    # office, part or power taken is no place
    for text in (
        "The Orsish president took office on Monday.",
        "Troops took part in a parade in Vell on Monday.",
        "The rebels took power in Vell in 2013.",
    ):
        assert kinds(text) == [], text
