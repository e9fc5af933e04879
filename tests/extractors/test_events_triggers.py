"""Recall: events named by verbs and phrases beyond the plain trigger nouns.

General English sentences written for these tests; timexes are built by hand (see
``test_events``).
"""

from __future__ import annotations

from test_events import counted, tagged


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m.trigger_text, m.event_type, m.status) for m in counted(text)]


def test_killing_verb_in_its_own_who_clause_is_an_event_beside_other_triggers():
    found = kinds(
        "A surge in drone strikes and the arrest of a contractor who shot and killed two men "
        "strained relations."
    )
    assert ("shot and killed", "attack", "occurred") in found


def test_weapon_hitting_in_a_when_clause_is_its_own_event_beside_other_triggers():
    found = kinds(
        "The raids on Yemen were the first since March 2, when warplanes hit rebel "
        "positions near the port."
    )
    assert [(f[0], f[1]) for f in found] == [("raids", "raid"), ("hit", "strike")]


def test_killing_verb_in_a_when_clause_is_the_toll_of_the_main_event():
    found = kinds(
        "The largest strike of the year took place on May 4, when the army said it killed "
        "40 fighters."
    )
    assert [f[0] for f in found] == ["strike"]


def test_killing_participle_after_a_main_event_is_not_a_second_event():
    found = kinds("Gunmen attacked a checkpoint on Monday, killing six soldiers.")
    assert [f[0] for f in found] == ["attacked"]


def test_munitions_fired_from_aircraft_are_a_strike():
    found = kinds("Missiles fired from drones killed nine people on Tuesday.")
    assert found == [("fired from drones", "strike", "occurred")]


def test_coming_under_fire_is_an_attack_but_not_when_it_is_criticism():
    assert kinds("The convoy came under intense fire near the pass on Monday.") == [
        ("came under intense fire", "attack", "occurred")
    ]
    assert kinds("The minister came under fire from critics for his remarks on Monday.") == []


def test_fired_upon_by_artillery_is_a_strike():
    found = kinds("A patrol was fired upon by heavy artillery on Tuesday.")
    assert [(f[1], f[2]) for f in found] == [("strike", "occurred")]


def test_burning_of_vehicles_is_an_attack():
    found = kinds("Police are investigating the burning of fuel tankers on Monday.")
    assert found == [("burning of", "attack", "occurred")]


def test_calling_a_named_person_is_a_phone_contact():
    found = kinds("The general called (the army chief) Gen Ochieng and expressed regret.")
    assert found == [("called", "meeting", "occurred")]
    assert counted("The ministry called the report baseless on Monday.") == []
    assert counted("The envoy called Kenya's claims baseless.") == []
    assert counted("Protesters called for talks with the government.") == []
    assert counted("She called it a betrayal.") == []


def test_due_in_a_place_is_a_planned_visit():
    found = kinds("The envoy, who is due in Nairobi next week, said talks would resume.")
    assert ("due in", "meeting", "planned") in found
    assert counted("The report is due in March.") == []


def test_an_official_expected_in_a_place_is_a_planned_visit():
    text = "The EU envoy, Miroslav Lajcak, is expected in Pristina on Wednesday, diplomats said."
    assert kinds(text) == [("expected in", "meeting", "planned")]
    assert kinds("The two leaders are expected in Brussels next week.") == [
        ("expected in", "meeting", "planned")
    ]
    # the meeting of a "when he will meet" is the visit's
    text = "The envoy is expected in Beirut on Thursday, when he will meet Berri and Mikati."
    assert [k[0] for k in kinds(text)] == ["expected in"]
    # not a thing expected somewhere
    assert counted("A verdict is expected in The Hague next week, the minister said.") == []
    assert counted("The minister said elections are expected in May.") == []


def test_an_officials_announced_journey_is_a_planned_visit():
    found = kinds("The envoy is expected to travel to Kessa next week, officials said.")
    assert found == [("travel to", "meeting", "planned")]
    assert kinds("The minister would travel to the capital, Vell, next week.") == [
        ("travel to", "meeting", "planned")
    ]
    # the talks the journey is for are the event; a past journey is told by what happened
    found = kinds("The envoy is due to travel to Kessa next week for talks with the rebels.")
    assert [k[0] for k in found] == ["talks"]
    assert counted("The envoy traveled to Kessa on Monday.") == []
    assert counted("Fans will travel to Kessa next week for the final.") == []


def test_killing_of_a_named_or_titled_person_is_an_attack():
    found = counted("Mourners marked the March 3 killing of former President John Okello.")
    assert [(m.trigger_text, m.event_type, m.date_value) for m in found] == [
        ("killing of", "attack", "2024-03-03")
    ]
    assert counted("Officials discussed the killing of Afghan civilians in the valley.") == []


def test_the_killing_of_a_count_of_people_is_an_attack():
    found = counted("The UN said it was outraged by the killing of more than 100 civilians.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("killing of", "attack")]
    found = tagged("Tourists left after the killing of 12 guards in the capital in March.")
    assert [(m.trigger_text, m.date_value) for m in found] == [("killing of", "2024-03")]
    assert counted("Officials discussed the killing of scores of villagers in the valley.") != []
    # not one death said in passing, a count without "the", or an operation's toll
    assert counted("This was not just the killing of one man, a minister said.") == []
    assert counted("The report lists killing of 44 civilians among the abuses.") == []
    assert counted("The military claimed the killing of 33 terrorists in the hills.") == []


def test_the_killing_of_a_count_in_a_named_event_is_that_event_s_toll():
    found = counted("Officials condemned the killing of 44 civilians in the March 17 drone attack.")
    assert [m.trigger_text for m in found] == ["drone attack"]
    found = counted("Dhaka protested against the killing of two people by an air strike.")
    assert [m.trigger_text for m in found] == ["air strike"]


def test_attack_on_vehicles_is_violence_not_a_metaphor():
    found = kinds("An attack on fuel tankers near the border was reported on Monday.")
    assert found == [("attack", "attack", "occurred")]


def test_double_hyphen_separates_clauses():
    found = kinds(
        "A patrol was fired upon by heavy artillery -- and the air strike was aimed at the "
        "guns on Tuesday."
    )
    assert [f[0] for f in found] == ["was fired upon", "air strike"]


def test_killing_by_a_war_or_disaster_is_not_an_attack():
    assert (
        counted("The agreement ended a war that lasted three years and killed 100,000 people.")
        == []
    )
    assert counted("Floods in the south killed 40 people last year.") == []


def test_targeted_by_an_armed_agent_is_violence():
    found = kinds("A police convoy was targeted by a drone on Monday near the border.")
    assert found == [("targeted", "strike", "occurred")]
    assert kinds("Gunmen targeted a bus carrying pilgrims on Monday.") == [
        ("targeted", "attack", "occurred")
    ]
    assert counted("The senator was targeted by critics on Monday for his remarks.") == []
    assert counted("The sanctions targeted banks on Monday.") == []


def test_gerund_before_a_time_phrase_is_a_noun():
    from test_events import run

    found = run("The council meeting this week was short.")
    assert [(m.trigger_text, m.status) for m in found] == [("meeting", "occurred")]


def test_detonating_and_blowing_up_are_bombings():
    assert kinds(
        "On Tuesday a suicide bomber detonated his explosives near a police convoy, killing "
        "five officers."
    ) == [("detonated", "attack", "occurred")]
    assert kinds("Militants blew up the railway tracks on Tuesday.") == [
        ("blew up", "attack", "occurred")
    ]
    assert [
        m for m in counted("The dispute blew up over tariffs.") if m.event_type == "attack"
    ] == []


def test_face_to_face_clash_of_leaders_is_a_meeting_and_a_border_skirmish_an_attack():
    assert kinds(
        "Aid was cut after the Oval Office clash between President Vance and President Lomov "
        "on March 3."
    ) == [("clash", "meeting", "occurred")]
    assert kinds("Five soldiers died in a border skirmish on Tuesday.") == [
        ("border skirmish", "attack", "occurred")
    ]
    assert kinds("No group has claimed the carnage at the market, where a bomb killed 12.") == [
        ("carnage", "attack", "occurred")
    ]
    assert counted("The senators clashed over policy on Tuesday.") == []


def test_a_bomber_blowing_himself_up_is_an_attack():
    found = kinds("A suicide bomber blew himself up at a mosque on Tuesday, killing 20 people.")
    assert found == [("blew himself up", "attack", "occurred")]


def test_a_named_person_who_was_killed_is_an_attack_but_not_a_toll_or_an_accident():
    found = kinds("The award honours reporter Ana Lopez, who was killed in Lima on Monday.")
    assert found == [("killed", "attack", "occurred")]
    (m,) = counted("The award honours reporter Ana Lopez, who was killed in Lima on Monday.")
    assert (m.killed_low, m.killed_high) == (1, 1)
    assert kinds("Minister Ali Khan was shot dead outside his home on Monday.") != []
    assert kinds("Five people were killed in Lima on Monday.") == []
    assert kinds("Reporter Ana Lopez, who was killed in a car crash on Monday, was 40.") == []
    assert kinds("He was killed in Lima on Monday.") == []


def test_bomber_driving_a_vehicle_into_a_target_is_an_attack():
    found = kinds("A suicide bomber rammed an explosives-laden car into a convoy on Tuesday.")
    assert [(f[1], f[2]) for f in found] == [("attack", "occurred")]
    found = kinds("A suicide bomber drove a truck packed with explosives into the gate on Sunday.")
    assert [(f[0], f[1]) for f in found] == [("drove", "attack")]
    assert counted("The bomb squad drove to the scene on Sunday.") == []


def test_shells_after_a_dash_or_a_count_is_the_noun():
    found = kinds("GAZA CITY — Shells slammed into a school on Thursday, killing 15 people.")
    assert [(f[0], f[1]) for f in found] == [("slammed into", "strike")]
    found = kinds("Witnesses said at least four shells hit the courtyard on Thursday.")
    assert [(f[0], f[1]) for f in found] == [("hit", "strike")]
    # "shell" after the munition's kind and before its impact: the noun, not "to shell"
    found = kinds("A mortar shell struck a house on Thursday, killing two children.")
    assert [(f[0], f[2]) for f in found] == [("struck", "occurred")]


def test_a_force_backing_the_troops_does_not_make_their_raid_an_attack():
    assert kinds("Army troops backed by militiamen raided the village on Saturday.") == [
        ("raided", "raid", "occurred")
    ]
    assert kinds("Militants backed by Iran raided a police post on Saturday.") == [
        ("raided", "attack", "occurred")
    ]


def test_a_force_that_suffered_an_attack_is_its_victim_not_its_agent():
    text = "The offensive followed the deadliest attack ever suffered by the army on Monday."
    assert [(f[0], f[1]) for f in kinds(text)] == [("attack", "attack")]
    text = "The offensive followed an assault by the army on the rebel camp on Monday."
    assert [(f[0], f[1]) for f in kinds(text)] == [("assault", "raid")]


def test_a_vehicle_that_hit_a_laid_device_names_the_bombing():
    for text in (
        "Two soldiers were killed on Saturday when their vehicle hit a homemade bomb.",
        "Their armoured vehicle struck an improvised explosive device near Orso on Saturday.",
        "A police truck ran over an IED near the border on Saturday, wounding four officers.",
    ):
        assert [(f[1], f[2]) for f in kinds(text)] == [("attack", "occurred")], text
    assert counted("The car hit a tree on Saturday, killing the driver.") == []
    assert counted("The truck ran over a cyclist in Orso on Saturday.") == []


def test_munitions_named_by_their_kind_without_a_count_are_fired():
    assert kinds("Russia fired ballistic missiles at Kyiv on Wednesday, killing one person.") == [
        ("fired ballistic missiles", "strike", "occurred")
    ]
    assert [
        f[1] for f in kinds("Hezbollah launched explosive-laden drones at a post on Monday.")
    ] == ["attack"]
    assert counted("Forces have fired hundreds of rockets into the province over two years.") == []


def test_forces_entering_or_advancing_into_a_place_raid_it():
    assert kinds("Troops backed by tanks advanced into the refugee camp on Monday.") == [
        ("advanced into", "raid", "occurred")
    ]
    assert kinds("Government forces entered Bani Walid on Wednesday.") == [
        ("entered", "raid", "occurred")
    ]
    assert [f[1] for f in kinds("Government forces entered talks with the rebels on Tuesday.")] == [
        "meeting"
    ]


def test_munitions_after_with_are_the_instrument_of_the_clause_event():
    assert kinds(
        "Guerrillas attacked a police station on Saturday with rifle fire and explosives "
        "dropped from drones."
    ) == [("attacked", "attack", "occurred")]
    assert kinds("Missiles fired from drones killed nine people on Tuesday.") == [
        ("fired from drones", "strike", "occurred")
    ]


def test_a_state_s_missile_and_drone_attack_is_a_strike():
    assert kinds("Russia launched a missile and drone attack on the power grid on Tuesday.") == [
        ("drone attack", "strike", "occurred")
    ]
    assert kinds("Houthi rebels launched a missile and drone attack on a tanker on Tuesday.") == [
        ("drone attack", "attack", "occurred")
    ]


def test_army_units_with_allied_militias_shelling_a_town_is_a_strike():
    assert kinds("Army units and allied militias shelled the town on Tuesday.") == [
        ("shelled", "strike", "occurred")
    ]
    assert kinds("Rebels and allied tribesmen shelled the town on Tuesday.")[0][1] == "attack"


def test_a_barrage_or_salvo_of_fire_is_a_strike_and_a_barrage_of_criticism_is_not():
    assert kinds("The barrage came a day after rockets killed 12 people in the city.")[0][:2] == (
        "barrage",
        "strike",
    )
    assert kinds("The first salvo landed at a bus stop on Tuesday, killing four.")[0][:2] == (
        "salvo",
        "strike",
    )
    assert kinds("The minister faced a barrage of criticism from the soldiers' families.") == []


def test_african_union_officials_are_a_party_not_a_labour_union():
    assert kinds("The president met African Union officials in the capital on Tuesday.") == [
        ("met", "meeting", "occurred")
    ]


def test_talks_held_by_named_parties_are_a_meeting_without_a_day():
    assert kinds("Saudi and Houthi officials held direct talks on the border.") == [
        ("talks", "meeting", "occurred")
    ]


def test_munitions_that_hit_land_or_fall_are_fire():
    assert kinds("Artillery shells hit a residential district on Tuesday, killing five.") == [
        ("hit", "strike", "occurred")
    ]
    assert kinds("Officials said the bombs fell on an empty hillside on Tuesday.") == [
        ("fell on", "strike", "occurred")
    ]
    assert kinds("Hours later, shells landed inside the compound of the hospital.") == [
        ("landed inside", "strike", "occurred")
    ]


def test_munitions_of_a_non_state_force_are_its_attack():
    assert kinds("A Hamas rocket landed near the airport on Tuesday, damaging a house.") == [
        ("landed near", "attack", "occurred")
    ]
    assert kinds("A Houthi drone hit a tanker in the Red Sea on Tuesday.") == [
        ("hit", "attack", "occurred")
    ]
    assert kinds("An Israeli drone hit a car in the town on Tuesday.") == [
        ("hit", "strike", "occurred")
    ]


def test_a_verb_coordinated_with_a_second_verb_shares_its_object():
    assert kinds("On Tuesday, a man stabbed and lightly wounded a soldier at the junction.") == [
        ("stabbed", "attack", "occurred")
    ]
    assert kinds("The army said it had killed and injured 1,000 fighters in the past week.") == []


def test_settlers_storming_a_village_attack_it():
    assert kinds("On Tuesday, dozens of masked settlers stormed the village, burning cars.") == [
        ("stormed", "attack", "occurred")
    ]


def test_forces_entering_the_city_or_the_village_of_x_raid_it():
    assert kinds("The military said forces entered the city before dawn on Tuesday.") == [
        ("entered", "raid", "occurred")
    ]
    assert kinds("Commandos entered the village of Sabiid on Tuesday and killed eight.")[0][:2] == (
        "entered",
        "raid",
    )
    assert kinds("Moroccan troops entered the buffer zone at Guerguerat on Friday.") == [
        ("entered", "raid", "occurred")
    ]
    assert counted("Two generals entered the presidential race on Friday.") == []


def test_a_market_bombed_is_a_place_not_a_stock_market():
    assert kinds("Jets bombed a crowded market in the town on Monday.") == [
        ("bombed", "strike", "occurred")
    ]
    assert kinds("Shares fell as the strike hit the stock market on Monday.") == []


def test_a_navy_vessel_attacked_is_violence():
    assert kinds("On Monday, Sea Tigers attacked a navy gunboat off the coast.") == [
        ("attacked", "attack", "occurred")
    ]


def test_a_bomb_described_between_commas_is_still_the_subject_of_its_explosion():
    text = (
        "The bomb, hidden in a three-wheeler parked by the roadside in the capital, exploded "
        "as the envoy's car passed on Monday."
    )
    assert kinds(text) == [("exploded", "attack", "occurred")]


def test_the_weapons_gunmen_are_armed_with_are_not_the_agent():
    text = (
        "A dozen gunmen armed with assault rifles and rocket launchers opened fire on a "
        "police convoy on Tuesday."
    )
    assert kinds(text) == [("opened fire", "attack", "occurred")]


def test_planes_that_bomb_bomb_from_the_air():
    assert kinds("Government planes bombed a rebel airstrip on Monday.") == [
        ("bombed", "strike", "occurred")
    ]


def test_munitions_fired_at_a_target_a_passive_hit_and_a_bomber_ramming():
    def typed(text: str) -> list[tuple[str, str]]:
        return [(m.trigger_text, m.event_type) for m in counted(text)]

    assert typed("The rebels fired a ballistic missile at a cargo ship on Monday.") == [
        ("fired a ballistic missile", "attack")
    ]
    assert typed("The vehicle was hit by two missiles on Monday and burst into flames.") == [
        ("hit by two missiles", "strike")
    ]
    assert typed("The ship was struck by a Houthi drone on Monday.") == [
        ("struck by a Houthi drone", "attack")
    ]
    assert typed("A suicide car bomber rammed an embassy vehicle on Monday.") == [
        ("rammed", "attack")
    ]
    assert typed("The militia fired a cruise missile towards the port city on Monday.") == [
        ("fired a cruise missile", "attack")
    ]
    # a test fires into the sea, at nothing
    assert typed("North Korea fired a ballistic missile into the sea on Monday.") == []


def test_slaughtering_and_hacking_to_death_are_killing_verbs():
    assert kinds("Gunmen slaughtered 43 farmers near Kessa on Monday.") == [
        ("slaughtered", "attack", "occurred")
    ]
    assert kinds("Militants hacked to death 12 villagers on Tuesday.") == [
        ("hacked to death", "attack", "occurred")
    ]


def test_munitions_before_a_verb_of_impact_are_its_subject():
    found = kinds("On Monday, M23 shells fell on the outskirts of Kessa, killing two.")
    assert [k[1] for k in found] == ["attack"]


def test_a_munition_fired_from_a_place_is_the_subject_of_its_impact():
    def typed(text: str) -> list[tuple[str, str]]:
        return [(m.trigger_text, m.event_type) for m in tagged(text)]

    # rockets fired from a place by no one named: the unclaimed fire of militants
    assert typed(
        "On Thursday, a rocket fired from the Gaza Strip slammed into an apartment building."
    ) == [("slammed into", "attack")]
    # fired from an aircraft: a strike
    assert typed("On Friday, missiles fired from an unmanned aircraft hit a vehicle.") == [
        ("hit", "strike")
    ]
    # "another shell": the noun, not the verb "to shell"
    assert [t for t, _ in typed("Another shell fired from Syria struck a house on Thursday.")] == [
        "struck"
    ]
    # fired by a named force: theirs
    assert typed("On Friday, rockets fired by the rebels from the hills hit a school.") == [
        ("hit", "attack")
    ]


def test_a_civilian_seized_or_captured_is_a_kidnapping():
    assert kinds("Gunmen seized two aid workers near the border on Monday.") == [
        ("seized", "attack", "occurred")
    ]
    found = counted("The pilot, who was seized on Monday after landing, appeared in a video.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("seized", "attack")]
    found = counted("Flights stopped after the seizure of Canadian pilot Ryan Tessier in May.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("seizure of", "attack")]
    found = counted("The pilot, Ryan Tessier, was seized on Monday after landing.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("seized", "attack")]
    found = counted("The pilot's capture on Monday drew attention across the region.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("capture", "attack")]
    # not goods seized from civilians, freed hostages, or a capture told with no captive
    assert counted("Police seized weapons from students on Monday.") == []
    found = counted("Troops raided the camp, freeing two hostages and seizing weapons.")
    assert [m.trigger_text for m in found] == ["raided"]
    assert counted("A reward has been offered for his capture.") == []


def test_a_killing_that_set_off_an_operation_is_its_own_event():
    found = tagged(
        "The area has been tense since December 2018, when rebels killed at least 17 "
        "workers building a bridge, prompting a military operation that displaced thousands."
    )
    assert ("killed", "attack", "2018-12") in [
        (m.trigger_text, m.event_type, m.date_value) for m in found
    ]
    # the strike that killed them tells the killing
    found = counted("A drone strike killed 17 workers on the bridge, prompting protests.")
    assert [m.trigger_text for m in found] == ["drone strike"]


def test_a_perfect_active_weapon_verb_on_its_own_day_is_an_event_beside_a_later_plan():
    found = tagged(
        "The rebels said a military helicopter had fired on houses near Dal late Wednesday "
        "night, and accused the army of preparing a wider bombing campaign."
    )
    assert [(m.trigger_text, m.event_type) for m in found] == [("fired on", "strike")]


def test_rockets_a_helicopter_fired_at_a_base_are_its_strike():
    assert kinds("A helicopter gunship fired rockets at a rebel base in Bezere on Tuesday.") == [
        ("fired rockets", "strike", "occurred")
    ]
    # unclaimed rockets on a base stay a militia's attack
    assert [k[1] for k in kinds("Rockets struck a military base near the airport on Tuesday.")] == [
        "attack"
    ]


def test_security_forces_searching_premises_raid_them():
    assert kinds("Police searched a house in the Aeropuerto neighbourhood on Saturday.") == [
        ("searched", "raid", "occurred")
    ]
    assert kinds("Investigators searched offices of the union's building on Wednesday.") == [
        ("searched", "raid", "occurred")
    ]
    assert kinds("Police began a search of the union headquarters on Monday.") == [
        ("search of", "raid", "occurred")
    ]
    # not a search for people or things, through rubble, nor the hunt of a told operation
    assert counted("Rescuers searched the rubble of the building on Monday.") == []
    assert counted("Soldiers searched for the missing hikers on Monday.") == []
    assert counted("The army said it had only searched houses for weapons.") == []


def test_rounds_fired_by_guns_or_aircraft_are_fire():
    text = (
        "North Korea fired about 90 artillery rounds near the border on Monday, the military said."
    )
    assert kinds(text) == [("fired about 90 artillery rounds", "strike", "occurred")]
    text = "On Monday, army helicopters fired about 100 rounds at the drones."
    assert kinds(text) == [("fired about 100 rounds", "strike", "occurred")]
    text = "On Monday, howitzers of the infantry division fired more than 30 rounds into the area."
    assert kinds(text) == [("fired more than 30 rounds", "strike", "occurred")]
    # rounds with no gun or aircraft named: rubber rounds, not fire from a distance
    assert counted("Police fired rubber rounds at protesters on Monday.") == []
    # artillery fire needs no other word of violence; a drill is no event
    text = "North Korea fired about 90 artillery rounds near the sea border late Monday night."
    assert [k[1] for k in kinds(text)] == ["strike"]
    assert (
        counted("North Korea fired artillery shells into the sea during a drill on Monday.") == []
    )


def test_troops_crossing_a_demarcation_line_raid():
    text = "About 20 North Korean soldiers briefly crossed the Military Demarcation Line on Sunday."
    assert kinds(text) == [("crossed the Military Demarcation Line", "raid", "occurred")]
    assert counted("Protesters crossed the line of police on Monday.") == []


def test_hundreds_of_munitions_over_a_long_period_are_a_tally():
    assert counted("Russia fired more than 300 attack drones at Ukrainian cities last week.") == []
    assert counted("Pakistani forces fired hundreds of rockets into Kunar over the summer.") == []
    # one bombardment fires shells in hundreds, even when dated to its week
    text = "Pakistani artillery fired more than 200 shells into Kunar's districts last week."
    assert [m.event_type for m in counted(text)] == ["strike"]


def test_a_maritime_force_taking_a_vessel_is_a_raid_but_not_a_haul():
    found = tagged("The coast guard detained a Taiwanese fishing boat near Kinmen on Thursday.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("detained", "raid")]
    assert tagged("The navy detained a boat carrying two tonnes of cocaine off the coast.") == []


def test_water_cannon_fired_at_a_vessel_is_an_attack_not_at_a_protest():
    found = tagged(
        "A coast guard ship fired water cannon at a supply boat near the shoal on Thursday."
    )
    assert [(m.trigger_text, m.event_type) for m in found] == [("fired water cannon", "attack")]
    assert tagged("Police fired water cannon at protesters in the capital on Thursday.") == []


def test_goods_seized_in_a_raid_are_a_haul_not_an_event():
    found = tagged(
        "Special forces raided a militant camp at dawn on Thursday, seizing 43 motorbikes and "
        "2,000 litres of fuel."
    )
    assert [(m.trigger_text, m.event_type) for m in found] == [("raided", "raid")]


def test_an_armed_group_named_in_brackets_storms_a_village():
    found = tagged(
        "On Thursday, gunmen believed to belong to the Group for the Support of Islam and "
        "Muslims (JNIM) stormed the village of Tizegorou."
    )
    assert [(m.trigger_text, m.event_type) for m in found] == [("stormed", "attack")]


def test_a_state_force_assaulting_a_camp_is_a_raid():
    found = tagged("Special forces had assaulted a militant camp near the border on Thursday.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("assaulted", "raid")]
    found = tagged("Gunmen assaulted a police post near the town on Thursday.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("assaulted", "attack")]


def test_hosting_or_receiving_officials_named_by_title_is_a_meeting():
    found = tagged("Chung hosted the Chinese and Japanese foreign ministers in Busan on Thursday.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("hosted", "meeting")]
    found = tagged("The minister received the rebels' coordinator with the UN mission on Thursday.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("received", "meeting")]


def test_a_ground_invasion_is_a_raid():
    found = tagged("Israeli troops launched a ground invasion of the south on Thursday.")
    assert [(m.trigger_text, m.event_type) for m in found] == [("ground invasion", "raid")]
