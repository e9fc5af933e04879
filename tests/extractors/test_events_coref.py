"""Within-document coreference: anaphors take the date and toll of the event they name.

General English sentences written for these tests; timexes are built by hand (see
``test_events``) so the rules are tested apart from the tagger.
"""

from __future__ import annotations

from datetime import date

from test_events import counted, tagged


def dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.trigger_text, m.event_type, m.date_value) for m in counted(text)]


def test_anaphor_takes_the_date_of_its_antecedent_not_of_an_older_event():
    found = dates(
        "A drone strike hit a wedding party on March 3. Another air strike killed nine "
        "people in the valley. The strike angered tribal elders."
    )
    # the last strike is undated, so "the strike" is undated too: not March 3
    assert found[-1] == ("strike", "strike", None)
    assert (
        "coreferent with 'air strike'"
        in counted(
            "A drone strike hit a wedding party on March 3. Another air strike killed nine "
            "people in the valley. The strike angered tribal elders."
        )[-1].date_reason
    )


def test_anaphor_prefers_the_antecedent_with_the_same_modifier():
    found = dates(
        "A drone strike hit a market on March 3. An artillery strike on March 17 killed four. "
        "The drone strike was condemned by the governor."
    )
    assert found[-1] == ("drone strike", "strike", "2024-03-03")


def test_generic_attack_refers_back_to_a_strike():
    found = dates(
        "A missile strike destroyed a bridge on Tuesday. Residents said the attack came at dawn."
    )
    assert found == [("missile strike", "strike", "2024-05-07"), ("attack", "strike", "2024-05-07")]


def test_generic_attack_does_not_refer_back_to_a_raid():
    found = dates(
        "Gunmen attacked a bus on Monday. Troops launched a security operation against the "
        "gunmen in the hills. The initial attack wounded the driver."
    )
    assert found[-1] == ("attack", "attack", "2024-05-06")


def test_assault_with_no_attack_before_it_is_the_raid_told_before():
    found = dates(
        "Soldiers raided a village near the border on Monday. Residents said eight people "
        "were killed in the assault."
    )
    assert found[-1] == ("assault", "raid", "2024-05-06")


def test_assault_after_an_attack_stays_that_attack_not_an_earlier_raid():
    found = dates(
        "Soldiers raided a village near the border on Monday. Gunmen attacked an army post "
        "on Wednesday. The army said it repelled the assault."
    )
    assert found[-1] == ("assault", "attack", "2024-05-08")


def test_generic_attack_prefers_the_story_s_attack_over_a_blast_heard():
    found = dates(
        "Militants attacked a train on Tuesday. Survivors said they heard a blast in the "
        "tunnel. Police said the attack was planned for weeks."
    )
    assert found[-1] == ("attack", "attack", "2024-05-07")


def test_own_date_of_another_day_blocks_coreference():
    found = dates(
        "An air strike hit a market on March 3. The March 17 strike killed four civilians."
    )
    assert found[-1] == ("strike", "strike", "2024-03-17")


def test_toll_travels_along_the_coreference_chain():
    found = counted(
        "Gunmen ambushed a police patrol near the border, killing six officers. "
        "The ambush was the deadliest this year."
    )
    assert [(m.trigger_text, m.killed_low, m.killed_high) for m in found] == [
        ("ambushed", 6, 6),
        ("ambush", 6, 6),
    ]


def test_plural_anaphor_refers_back_to_plural_events():
    found = counted(
        "Two drone strikes hit the valley on Monday. An air strike hit a market on "
        "Wednesday. Elders condemned the strikes."
    )
    assert [(m.trigger_text, m.date_value) for m in found][-1] == ("strikes", "2024-05-06")


def test_date_of_a_statement_does_not_become_the_documents_meeting_date():
    found = counted(
        "The talks between the two prime ministers ended with eight agreements. "
        "A spokesman said on Wednesday that the leader will soon also visit the islands."
    )
    by_trigger = {m.trigger_text: (m.status, m.date_value) for m in found}
    assert by_trigger["talks"] == ("occurred", None)
    assert by_trigger["visit"][0] == "planned"


def test_event_toll_stated_as_the_killing_of_n_is_shared_along_the_chain():
    found = counted(
        "A drone strike on March 17 killed over forty people. The strike angered elders. "
        "Officials condemned the killing of 44 civilians in the March 17 drone strike."
    )
    tolls = [(m.trigger_text, m.killed_low, m.killed_high) for m in found]
    assert tolls == [("drone strike", 41, None), ("strike", 44, 44), ("drone strike", 44, 44)]


def test_deaths_counted_since_an_event_are_not_its_toll():
    found = counted("Some 5,000 soldiers have been killed since the Sept 11 attacks on the city.")
    assert [(m.killed_low, m.killed_high) for m in found] == [(None, None)]


def test_compound_trigger_keeps_its_toll():
    found = counted("A roadside bomb blast killed 11 miners near the town on Monday.")
    assert [(m.killed_low, m.killed_high) for m in found] == [(11, 11)]


def test_killing_of_a_named_person_is_one_death():
    found = counted("Mourners marked the March 3 killing of former President John Okello.")
    assert [(m.killed_low, m.killed_high) for m in found] == [(1, 1)]


def test_an_anniversary_does_not_refer_back_to_the_story_s_events():
    found = counted(
        "Twin blasts killed 60 people on Monday. Next month is the tenth anniversary of the "
        "terrorist attacks on the capital."
    )
    assert [(m.trigger_text, m.date_value, m.killed_low) for m in found][-1] == (
        "terrorist attacks",
        None,
        None,
    )


def test_an_event_dated_by_coreference_anchors_the_next_sentence():
    found = counted(
        "A drone strike hit a market on March 3. The strike destroyed forty stalls. "
        "Witnesses said a convoy was ambushed near the market by gunmen."
    )
    assert [(m.trigger_text, m.date_value) for m in found][-1] == ("ambushed", "2024-03-03")


def test_plural_anaphor_names_the_singular_event_the_story_keeps_referring_to():
    found = dates(
        "Two drone strikes hit the valley on Monday. A missile strike hit a market on "
        "Wednesday. The strike killed nine people. Officials disputed the account of the strikes."
    )
    assert found[-1] == ("strikes", "strike", "2024-05-08")


def test_plural_anaphor_with_a_date_of_its_own_does_not_take_the_topic():
    found = dates(
        "A missile strike hit a market on Wednesday. The strike killed nine people. Deaths "
        "in the strikes of March 3 were counted."
    )
    assert found[-1] != ("strikes", "strike", "2024-05-08")


def test_air_attack_does_not_refer_back_to_artillery_fire():
    found = counted(
        "A patrol was fired upon by artillery near the border on Tuesday. The air attack "
        "that followed destroyed two posts."
    )
    air = next(m for m in found if m.trigger_text == "air attack")
    assert "coreferent" not in air.date_reason


def test_air_attack_refers_back_to_an_air_strike():
    found = dates(
        "An air strike hit a depot near the border on Tuesday. The air attack destroyed two posts."
    )
    assert found[-1] == ("air attack", "strike", "2024-05-07")


def test_anaphor_prefers_an_antecedent_named_with_the_same_word():
    found = dates(
        "The president visited the islands on Monday. Officials said he met the premier on "
        "Wednesday. Critics said the visit was too short."
    )
    assert found[-1] == ("visit", "meeting", "2024-05-06")


def test_head_of_a_trigger_with_a_particle_is_its_noun_or_verb():
    found = dates(
        "The minister held a meeting with the envoy on Monday. An air strike hit the port "
        "on Wednesday. Critics said the meeting was too short."
    )
    assert found[-1] == ("meeting", "meeting", "2024-05-06")


def test_the_bombing_after_an_airstrike_is_that_strike():
    found = dates(
        "Warplanes struck a fuel depot near the port on Tuesday. Residents said the bombing "
        "lasted an hour."
    )
    assert found[-1] == ("bombing", "strike", "2024-05-07")


def test_a_terrorist_bombing_after_an_airstrike_is_an_attack():
    found = dates(
        "Warplanes struck a fuel depot near the port on Tuesday. Officials said the terrorist "
        "bombing of a market on Monday had prompted the raid."
    )
    assert ("bombing", "attack", "2024-05-06") in found


def test_anaphor_takes_the_event_told_at_the_place_it_names():
    found = dates(
        "Militants stormed an army post in the town of Damboa on Monday, killing 11 soldiers. "
        "Air force jets bombed a camp in the forest on Tuesday. "
        "The raid on the Damboa post was the deadliest this year."
    )
    assert found[-1] == ("raid", "attack", found[0][2])


def test_the_attack_after_a_ground_assault_is_that_assault():
    found = dates(
        "Missiles hit the capital on Wednesday. Troops mounted an assault on the town on "
        "Tuesday. The army said the attack had been repelled."
    )
    assert found[-1] == ("attack", "raid", found[1][2])


def test_the_raid_names_the_storming_told_before_not_a_later_airstrike():
    found = dates(
        "Gunmen stormed the cattle market on March 3 and abducted dozens of women. "
        "Jets later bombed a camp the army said the attackers had used. "
        "Families have still not recovered the women taken during the raid."
    )
    assert found[-1] == ("raid", "attack", "2024-03-03")


def test_the_bombing_after_a_suicide_bomber_names_that_attack_not_the_jets_before():
    found = dates(
        "Military jets bombed rebel positions near the port on Monday. In the capital, a "
        "suicide bomber blew himself up inside a restaurant on Tuesday, killing seven people. "
        "The rebels said they carried out the bombing."
    )
    assert found[-1] == ("bombing", "attack", "2024-05-07")
    # with no bomb attack told since, the jets' bombing stays the referent
    found = dates(
        "Military jets bombed rebel positions near the port on Monday. "
        "The rebels said the bombing destroyed a clinic."
    )
    assert found[-1] == ("bombing", "strike", "2024-05-06")


def test_the_cause_of_a_reprisal_is_not_the_reprisal_told_in_its_sentence():
    found = dates(
        "Rebels attacked an army post on March 3. Jets struck a rebel camp on March 4 in "
        "retaliation for the assault."
    )
    assert found[-1] == ("assault", "attack", "2024-03-03")
    found = dates(
        "Rebels attacked an army post on March 3. The airstrikes on March 4 were aimed at the "
        "group responsible for that assault."
    )
    assert found[-1] == ("assault", "attack", "2024-03-03")


def test_the_cause_named_in_a_reprisal_clause_is_a_mention_of_its_own():
    found = dates(
        "Officials said the missile barrage was retaliation for the March 3 drone strike "
        "that killed a general."
    )
    assert [(t, ty) for t, ty, _ in found] == [("barrage", "strike"), ("drone strike", "strike")]
    assert found[-1][2] == "2024-03-03"


def test_a_demonstrative_names_the_event_just_told_not_an_older_one_with_its_word():
    text = (
        "The strikes on Monday hit militia depots. On March 3, jets bombed a border "
        "crossing, killing 17 fighters. That strike was itself a response."
    )
    assert [d[:3] for d in dates(text)] == [
        ("strikes", "strike", "2024-05-06"),
        ("bombed", "strike", "2024-03-03"),
        ("strike", "strike", "2024-03-03"),
    ]
    # the "that" of reported speech is no pointer: the story's strike stays the referent
    said = text.replace("That strike was", "Officials said that strike was").replace(
        "The strikes on Monday hit", "The strike on Monday hit"
    )
    assert dates(said)[-1] == ("strike", "strike", "2024-05-06")


def test_the_assault_names_the_storming_told_before_not_a_later_bombing():
    text = (
        "Gunmen stormed a hotel in the capital on Monday. A car bomb exploded outside a "
        "police station on Tuesday. Twelve guests were killed in the assault, police said."
    )
    assert dates(text)[-1] == ("assault", "attack", "2024-05-06")


def test_an_undated_lede_event_takes_the_day_the_next_sentence_tells_it_on():
    text = (
        "Suspected jihadists killed at least five gendarmes in an overnight attack on their "
        "post, security sources said. Dozens of gunmen attacked the gendarmerie post "
        "on Tuesday, a source said. On March 3, jihadists attacked the army headquarters in "
        "the capital."
    )
    assert dates(text)[0] == ("attack", "attack", "2024-05-07")


def test_the_lede_event_told_next_is_not_the_other_one_the_lede_dates():
    text = (
        "Gunmen killed three soldiers in an attack on an army post, the ministry said, as "
        "the country remained on edge after last week's hotel siege. The assailants "
        "attacked the post at Diafarabe on Tuesday. The siege began on March 3, when gunmen "
        "stormed the hotel."
    )
    assert dates(text)[0] == ("attack", "attack", "2024-05-07")


def test_the_lede_event_dated_by_the_document_anchors_the_count_it_comes_after():
    text = (
        "The military said it had killed 52 fighters in an air strike in the south, a day "
        "after militants stormed an army base near Jilib. The strike was carried out on "
        "Thursday, the military said. On March 3, an air strike hit a camp."
    )
    found = dates(text)
    assert found[0] == ("air strike", "strike", "2024-05-09")
    assert ("stormed", "attack", "2024-05-08") in found


def test_a_visit_does_not_refer_back_to_a_phone_call():
    call = "Prime Minister Alder spoke by telephone with President Moro on Monday. "
    visit = counted(call + "The two men discussed trade and the papal visit, his office said.")
    assert visit[-1].trigger_text == "visit"
    assert not visit[-1].date_reason.startswith("coreferent with")
    # a meeting word names no way of meeting and still refers back to the call
    talk = counted(call + "The talks were described as warm.")
    assert talk[-1].trigger_text == "talks"
    assert talk[-1].date_reason.startswith("coreferent with 'spoke by telephone'")


def test_the_lede_meeting_does_not_take_the_day_of_a_meeting_of_others_told_next():
    text = (
        "Foreign Minister Alder met President Moro in the capital, officials said. Defence "
        "Minister Kato met General Ruiz on Monday to discuss the border."
    )
    assert dates(text)[0] == ("met", "meeting", None)


def test_plural_strikes_name_the_strike_a_verb_just_told():
    text = (
        "American warplanes struck weapons depots in eastern Syria early Thursday, the "
        "Pentagon said. The airstrikes, carried out by F-15E fighter jets near the town of "
        "Mayadin, were ordered by the president."
    )
    found = [(m.trigger_text, m.status, m.date_value) for m in tagged(text)]
    assert found == [("struck", "occurred", "2024-05-09"), ("airstrikes", "occurred", "2024-05-09")]


def test_plural_attacks_do_not_take_the_type_of_a_strike_verb_before_them():
    # the attacks are no anaphor of the bombing: they stay unnamed rather than become strikes
    text = "Kenyan jets bombed militant camps on Sunday. The attacks killed dozens, they said."
    assert [(m.trigger_text, m.event_type) for m in tagged(text)] == [("bombed", "strike")]


def test_a_meeting_told_after_in_the_past_names_no_planned_meeting():
    text = (
        "The two ministers met in Islamabad on Wednesday. The envoy will meet the president on "
        "Saturday. 'We discussed threats,' the minister told reporters after the meeting."
    )
    found = [(m.trigger_text, m.status, m.date_value) for m in tagged(text)]
    assert found[-1] == ("meeting", "occurred", "2024-05-08")


def test_plural_air_raids_name_the_strike_a_verb_just_told():
    text = (
        "Israeli warplanes struck two buildings near Baalbek at dawn on Wednesday. The state "
        "news agency said the raids hit a warehouse and a house."
    )
    found = [(m.trigger_text, m.event_type, m.date_value) for m in tagged(text)]
    assert found == [("struck", "strike", "2024-05-08"), ("raids", "strike", "2024-05-08")]


def test_a_noun_after_a_modal_verb_is_no_definite_anaphor():
    # "the military could unleash air strikes": "the" opens the subject, not the strikes'
    # noun phrase, so no strike told before is meant and the threat is no event
    found = dates(
        "Jets struck a camp on Monday. The governor warned that the military could unleash "
        "air strikes on any camp that refused the deal."
    )
    assert found == [("struck", "strike", "2024-05-06")]


def test_the_next_session_is_not_the_one_already_held():
    text = (
        "The first session of the security talks was held in Baghdad on March 3. Iraqi"
        " officials said on Thursday that the next session had been postponed indefinitely."
    )
    found = {(m.trigger_text, m.status): m.date_value for m in tagged(text)}
    assert found[("talks", "occurred")] == "2024-03-03", found
    assert found[("session", "cancelled")] is None, found
    # a round told as planned is the next one
    text = (
        "A second round of the security talks is set for May 20. Iraqi officials said on"
        " Thursday that the next round had been postponed indefinitely."
    )
    found = {(m.trigger_text, m.status): m.date_value for m in tagged(text)}
    assert found[("round", "cancelled")] == "2024-05-20", found


def test_the_bombing_names_the_bomb_or_the_bombs_told_before_not_a_later_gunfight():
    text = (
        "Four people were killed when a bomb exploded during Mass in the gymnasium on Sunday."
        " Troops killed a militant leader in a clash in the province in April."
        " Church leaders condemned the bombing."
    )
    found = {m.trigger_text: m.date_value for m in tagged(text)}
    assert found["bombing"] == found["exploded"] == "2024-05-05", found
    text = (
        "Jets struck caves and ammunition depots in the mountains on Sunday night. Two"
        " soldiers were killed in a clash with the rebels on Monday afternoon. Villagers said"
        " the bombing had gone on through the night."
    )
    found = {m.trigger_text: (m.event_type, m.date_value) for m in tagged(text)}
    assert found["bombing"] == found["struck"], found


def test_an_attack_the_army_carried_out_is_the_air_strike_told_before():
    text = (
        "The toll from a military air strike on a village near Pale has risen to 100, "
        "residents said, as the junta acknowledged it had carried out the attack."
    )
    assert [(m.trigger_text, m.event_type) for m in counted(text)] == [
        ("air strike", "strike"),
        ("attack", "strike"),
    ]


def tagged_dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.trigger_text, m.event_type, m.date_value) for m in tagged(text)]


def test_a_target_hit_in_the_passive_is_hit_by_the_story_s_violence():
    text = (
        "A U.S. drone strike killed two men near Marib on Monday. A third man was also killed "
        "when the vehicle was hit."
    )
    assert tagged_dates(text) == [
        ("drone strike", "strike", "2024-05-06"),
        ("hit", "strike", "2024-05-06"),
    ]
    text = (
        "Houthi gunmen attacked a tanker in the Red Sea on Monday. The crew abandoned the ship "
        "after it was hit again on Thursday."
    )
    assert tagged_dates(text)[-1] == ("hit", "attack", "2024-05-09")
    # no violence told before, a figure of speech, a place named by what befell it
    assert tagged("The vehicle was hit on the road on Monday.") == []
    text = "Gunmen attacked a bank on Monday. The economy was hit hard by the crisis."
    assert [m.trigger_text for m in tagged(text)] == ["attacked"]
    text = "Jets struck a school on Monday. Parents gathered at the school that was hit."
    assert [m.trigger_text for m in tagged(text)] == ["struck"]


def test_a_passive_hit_on_a_named_target_is_the_strike_told_on_it():
    text = (
        "Jets struck the surgical hospital in Kafr Nabl on Tuesday. An air strike on the "
        "vegetable market killed nine people on Wednesday. Doctors said they had moved twice "
        "since the hospital was hit."
    )
    assert tagged_dates(text)[-1] == ("hit", "strike", "2024-05-07")


def test_a_singular_anaphor_does_not_jump_to_plural_events_of_its_word():
    found = tagged(
        "Relatives of people killed in drone strikes filled a courtroom on Tuesday to take "
        "the issue of the attacks to the United Nations. A drone fired two missiles at a "
        "vehicle near Miranshah on Saturday. The foreign ministry said in a statement on "
        "Monday that the attack was a violation of sovereignty.",
        published=date(2013, 10, 15),
    )
    dates = {m.trigger_text: m.date_value for m in found}
    assert dates["attack"] == "2013-10-12"


def test_a_hedged_count_of_years_does_not_date_the_anaphor():
    text = (
        "Rebels ambushed an army patrol in Nduga on Sunday, killing four soldiers. The ambush "
        "comes just over four years after the December 2018 killings of road workers."
    )
    found = tagged(text, published=date(2023, 4, 18))
    assert [(m.trigger_text, m.date_value) for m in found][:2] == [
        ("ambushed", "2023-04-16"),
        ("ambush", "2023-04-16"),
    ]
    # an exact count still dates what it counts
    exact = tagged("Rebels ambushed a patrol four years after the December 2018 massacre.")
    assert (exact[0].trigger_text, exact[0].date_value) == ("ambushed", "2022")


def test_a_bombing_of_a_place_names_the_strike_that_hit_that_place():
    found = dates(
        "Missiles struck a crowded market on Tuesday. Hours later, militants fired rockets at "
        "a border town, an attack that killed a boy. The bombing of the market was the "
        "deadliest in the province."
    )
    assert found[-1] == ("bombing", "strike", "2024-05-07")


def test_the_bombs_of_an_air_raid_are_its_strike_and_a_new_device_is_not():
    told = "Jets bombed a naval base on Tuesday. Officials said the bombs had struck a village."
    assert [t for _, t, _ in dates(told)] == ["strike", "strike"]
    planted = "Jets bombed a naval base on Tuesday. A roadside bomb struck a bus on Wednesday."
    assert [t for _, t, _ in dates(planted)] == ["strike", "attack"]
