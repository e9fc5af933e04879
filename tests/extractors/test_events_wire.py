"""Wire-service news style (AP, Xinhua, WSJ): plural bombings tied to a place, bombs that
exploded, reactions dated apart from the attack they react to.

General English sentences written for these tests; timexes are built by hand (see
``test_events``).
"""

from __future__ import annotations

from test_events import counted


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m.trigger_text, m.event_type, m.status) for m in counted(text)]


def test_plural_bombings_at_a_named_place_are_specific_events():
    assert kinds("Terrorist bombings at two hotels in Zarland blew apart buildings.") == [
        ("bombings", "attack", "occurred")
    ]
    assert kinds("The ministry condemned the two bomb explosions near the Zarland consulate.") == [
        ("bomb explosions", "attack", "occurred")
    ]
    assert kinds("Relief came for victims of terrorist attacks on the embassies in Zarland.") == [
        ("terrorist attacks", "attack", "occurred")
    ]


def test_plural_attacks_in_general_stay_generic():
    assert counted("Militants based there keep staging attacks in Zarland.") == []
    assert counted("There is a long list of drone strikes in Zarland online.") == []
    assert counted("The government is against such kind of terrorist attacks.") == []


def test_a_bomb_that_exploded_went_off_or_ripped_through_is_an_attack():
    assert kinds("Two bombs exploded outside the consulates on Tuesday.") == [
        ("exploded", "attack", "occurred")
    ]
    assert kinds("A bomb went off at the station on Tuesday.") == [
        ("went off", "attack", "occurred")
    ]
    assert kinds("A car bomb ripped through an office building on Tuesday.")[0][1:] == (
        "attack",
        "occurred",
    )


def test_things_that_explode_without_a_bomb_are_not_attacks():
    assert counted("Prices exploded on Tuesday after the report.") == []
    assert counted("The alarm went off at the station on Tuesday.") == []


def test_a_reaction_on_the_day_of_publication_does_not_date_the_attack_it_condemns():
    # DCT is Friday 2024-05-10; "today" resolves to it
    text = (
        "A car bomb exploded outside the consulate on Tuesday. "
        "The council condemned the bombing of the consulate today."
    )
    found = counted(text)
    assert [m.date_value for m in found] == ["2024-05-07", "2024-05-07"]


def test_a_claim_or_defence_on_the_day_of_publication_does_not_date_the_attack():
    # DCT is Friday 2024-05-10; "today" resolves to it
    for text in (
        "The group claimed the attack on the checkpoint in a statement today.",
        "Officials today defended the drone strike that killed the commander.",
    ):
        assert [m.date_value for m in counted(text)] == [None], text


def test_a_reaction_verb_does_not_hide_an_earlier_day_of_the_attack():
    m = counted("The ministry condemned two terrorist bomb attacks in Zarland on Tuesday.")[0]
    assert m.date_value == "2024-05-07"


def test_a_later_day_of_a_reaction_dates_the_reaction_not_the_attack_told_before():
    # DCT is Friday 2024-05-10: Monday is 2024-05-06, Wednesday 2024-05-08
    for text in (
        "Gunmen attacked a bus near Fambita on Monday, killing nine people. "
        "The governor condemned the attack on the bus on Wednesday.",
        "An air strike hit a wedding party in Kunar on Monday. "
        "Villagers blocked the highway on Wednesday to protest against the strike.",
    ):
        assert [m.date_value for m in counted(text)] == ["2024-05-06", "2024-05-06"], text


def test_an_indefinite_attack_a_reaction_condemns_is_the_attack_told_before():
    # DCT is Friday 2024-05-10: Monday is 2024-05-06
    for text in (
        "Gunmen attacked an army post in Gaskinde on Monday, killing 11 soldiers. "
        'The president denounced a "heinous and barbaric" attack.',
        "Gunmen attacked an army post in Gaskinde on Monday, killing 11 soldiers. "
        "The UN condemned what it called a cowardly attack.",
    ):
        assert [(m.event_type, m.date_value) for m in counted(text)] == [
            ("attack", "2024-05-06"),
            ("attack", "2024-05-06"),
        ], text
    # nor is a speaker's attack
    text = (
        "Gunmen attacked an army post in Gaskinde on Monday, killing 11 soldiers. "
        "The minister denounced what he called a media attack on the army."
    )
    assert [m.trigger_text for m in counted(text)] == ["attacked"]
    # a kind of act condemned is no event
    text = (
        "Gunmen attacked an army post in Gaskinde on Monday, killing 11 soldiers. "
        "The group issued a statement condemning attacks on civilians."
    )
    assert [m.trigger_text for m in counted(text)] == ["attacked"]


def test_an_attack_dated_by_its_month_takes_the_one_day_the_document_gives():
    from datetime import date

    from test_events import DCT, Document, Resolution, Timex, extract_mentions, split_sentences

    text = (
        "Police arrested two suspects in the bombing of the consulate last month. "
        "The bombing, on March 17, killed nine people."
    )
    at = text.find("last month")
    month = Timex(
        "last month",
        at,
        at + len("last month"),
        Resolution("2024-03", "DATE", date(2024, 3, 1), date(2024, 3, 31), "month", "exact", "t"),
    )
    at = text.find("March 17")
    day = Timex(
        "March 17",
        at,
        at + len("March 17"),
        Resolution("2024-03-17", "DATE", date(2024, 3, 17), date(2024, 3, 17), "day", "exact", "t"),
    )
    doc = Document("d1", "test.txt", text, 0, len(text), DCT, "manifest")
    found = extract_mentions(doc, split_sentences(text), [month, day])
    assert [m.date_value for m in found] == ["2024-03-17", "2024-03-17"]


def test_a_bomb_found_or_seized_is_not_an_attack_nor_a_raid():
    assert counted("Police seized a car bomb under construction on Tuesday.") == []
    assert counted("Soldiers found a roadside bomb near the bridge on Tuesday.") == []


def test_weapons_or_vehicles_seized_are_a_haul_not_a_place_taken():
    assert counted("Troops seized 14 rifles and a grenade launcher on Tuesday.") == []
    assert counted("Marines captured several vehicles near the border on Tuesday.") == []
    assert counted("Government troops seized the town of Kidal on Tuesday.") != []


def test_a_blast_or_bombing_modifying_another_noun_is_not_an_event():
    assert counted("Rescuers worked through the night at the blast scene.") == []
    assert counted("The bombing investigators have made good progress.") == []


def test_an_explosion_before_the_main_event_does_not_take_its_day():
    found = counted(
        "The man who threw a grenade seconds before the bomb exploded was identified Thursday."
    )
    assert [(m.trigger_text, m.date_value) for m in found] == [("exploded", None)]
    m = counted("He was arrested after killing two guards on Tuesday.")[0]
    assert m.date_value == "2024-05-07"


def test_a_participle_after_a_comma_reports_a_meeting():
    found = kinds(
        "The ambassador finished her business on Tuesday, meeting with the trade minister "
        "to close talks that were interrupted."
    )
    assert ("meeting with", "meeting", "occurred") in found


def test_undated_plural_attacks_take_the_one_attack_day_the_document_gives():
    found = counted(
        "A car bomb exploded outside the consulate on Tuesday. "
        "Relief teams arrived to help victims of terrorist attacks on the consulate in Zarland."
    )
    assert [m.date_value for m in found] == ["2024-05-07", "2024-05-07"]


def test_undated_plural_attacks_take_no_document_focus_when_it_gives_two_days():
    found = counted(
        "A car bomb exploded outside the consulate on Tuesday. "
        "Another bomb exploded at the station on Monday. "
        "Relief teams arrived to help victims of terrorist attacks on the consulate in Zarland."
    )
    assert not found[-1].date_reason.startswith("document focus")


def test_a_date_right_after_the_verb_s_object_dates_the_verb():
    found = counted(
        "After touring the port Thursday and meeting with police leaders Wednesday, the envoy left."
    )
    assert [(m.trigger_text, m.date_value) for m in found] == [("meeting with", "2024-05-08")]


def test_calling_an_abbreviated_group_something_is_not_a_phone_call():
    assert counted("He called U.S. soldiers massing at the border the real occupiers.") == []


def test_meeting_needs_a_few_words_on_is_satisfying_them():
    assert (
        counted(
            "Besides meeting the immediate physical and emotional needs of victims, the team left."
        )
        == []
    )


def test_detonating_cord_is_a_bomb_part_not_an_attack():
    assert counted("Police found a bomb factory with circuitry, detonating cord and a truck.") == []


def test_a_summit_being_planned_for_a_month_without_year_is_the_next_one():
    from datetime import date

    from test_events import DCT, Document, Resolution, Timex, extract_mentions, split_sentences

    text = "Ministers can take part in planning for the alliance summit in April."
    at = text.find("April")
    april = Timex(
        "April",
        at,
        at + len("April"),
        Resolution(
            "2024-04",
            "DATE",
            date(2024, 4, 1),
            date(2024, 4, 30),
            "month",
            "exact",
            "month name without year: most recent past one before DCT (no tense marker)",
        ),
    )
    doc = Document("d1", "test.txt", text, 0, len(text), DCT, "manifest")
    found = extract_mentions(doc, split_sentences(text), [april])
    assert [(m.trigger_text, m.date_value, m.status) for m in found] == [
        ("summit", "2025-04", "planned")
    ]


def test_a_named_campaign_is_not_one_operation():
    assert counted("Thousands of troops will be part of Operation Desert Lantern by Tuesday.") == []
    assert kinds("Troops ended a security operation near the border on Tuesday.") == [
        ("security operation", "raid", "occurred")
    ]


def test_an_explosion_told_with_as_is_its_own_attack_on_the_same_day():
    found = counted(
        "The bomb blast in the capital occurred on Tuesday at almost exactly the same moment as an "
        "explosion ripped through the consulate in the port."
    )
    assert [(m.trigger_text, m.date_value) for m in found] == [
        ("bomb blast", "2024-05-07"),
        ("ripped through", "2024-05-07"),
    ]


def test_as_a_result_opens_no_clause():
    from extractors.events.clauses import clause_spans
    from extractors.events.words import tokenize

    text = "The talks ended as a result of the dispute on Tuesday."
    assert len(clause_spans(tokenize(text, 0, len(text)))) == 1


def test_bombings_dated_by_a_possessive_are_specific():
    found = kinds("Investigators said Tuesday's bombings were planned for months.")
    assert found == [("bombings", "attack", "occurred")]


def test_explosions_that_wound_people_are_attacks():
    assert kinds("Two explosions rocked the city center on Tuesday, wounding 30 people.") == [
        ("explosions", "attack", "occurred")
    ]


def test_warplanes_that_attacked_delivered_a_strike():
    assert kinds("Warplanes attacked guerrilla positions in the south on Tuesday.") == [
        ("attacked", "strike", "occurred")
    ]
    assert kinds("A suicide bomber attacked a police post on Tuesday.") == [
        ("attacked", "attack", "occurred")
    ]


def test_bombings_used_as_an_anchor_are_specific():
    found = counted("The raids came 13 days after the embassy bombings.")
    assert [m.trigger_text for m in found if m.event_type == "attack"] == ["bombings"]


def test_no_decision_on_a_meeting_reports_none():
    assert counted("There was no decision on a meeting with the king.") == []


def test_bombers_who_are_people_do_not_make_bombing_an_air_strike():
    found = counted(
        "Sources said the plan of bombing the embassies took months and bombers were sent "
        "through the border."
    )
    assert [m for m in found if m.event_type == "strike"] == []
    assert kinds("Stealth bombers bombed the airfield on Tuesday.") == [
        ("bombed", "strike", "occurred")
    ]


def test_strikes_in_a_warning_that_they_could_do_harm_are_hypothetical():
    assert (
        counted(
            "The president glossed over warnings from Moscow on Tuesday that US air strikes "
            "against the country could do serious harm to relations."
        )
        == []
    )
    assert counted("Moscow warned on Tuesday that US air strikes could do serious harm.") == []


def test_the_attacks_after_a_reported_bombing_are_those_events():
    found = counted(
        "A car bomb exploded outside the consulate on Tuesday. "
        "The council strongly condemns the terrorist bomb attacks."
    )
    assert [m.trigger_text for m in found] == ["car bomb", "bomb attacks"]


def test_the_attacks_counted_over_years_stay_generic():
    from test_events import DCT, Document

    from extractors.pipeline import extract

    text = (
        "A car bomb exploded outside the consulate on Tuesday. "
        "Deaths in the attacks surged from 88 in 2022 to 388 in 2023."
    )
    doc = Document("d1", "test.txt", text, 0, len(text), DCT, "manifest")
    found = [m for m in extract(doc).mentions if m.status == "occurred"]
    assert [m.trigger_text for m in found] == ["car bomb"]
