"""Rules of event extraction on general English sentences (written for these tests).

Timexes are built by hand here so each test isolates an event rule from the tagger.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from extractors.events import extract_mentions
from extractors.events.casualties import casualties
from extractors.events.clauses import clause_spans
from extractors.events.taxonomy import build, load
from extractors.events.words import tokenize
from extractors.pipeline import extract
from extractors.records import Document, EventMention
from extractors.sentences import split_sentences
from extractors.temporal.model import Resolution, Timex

DCT = date(2024, 5, 10)  # a Friday


def _day(text: str, when: date) -> tuple[str, Resolution]:
    iso = when.isoformat()
    return text, Resolution(iso, "DATE", when, when, "day", "exact", "test")


DAYS = {
    "Monday": DCT - timedelta(days=4),
    "Tuesday": DCT - timedelta(days=3),
    "Wednesday": DCT - timedelta(days=2),
    "Thursday": DCT - timedelta(days=1),
    "today": DCT,
    "March 3": date(2024, 3, 3),
    "March 17": date(2024, 3, 17),
    "next week": None,
    "Sept 11": date(2023, 9, 11),
}


def _timexes(text: str) -> list[Timex]:
    out = []
    for phrase, when in DAYS.items():
        at = text.find(phrase)
        while at >= 0:
            if when is None:
                r = Resolution(
                    "2024-W20",
                    "DATE",
                    date(2024, 5, 13),
                    date(2024, 5, 19),
                    "week",
                    "exact",
                    "test",
                )
            else:
                r = _day(phrase, when)[1]
            out.append(Timex(phrase, at, at + len(phrase), r))
            at = text.find(phrase, at + 1)
    return sorted(out, key=lambda t: t.start)


def run(text: str, published: date | None = DCT) -> list[EventMention]:
    doc = Document("d1", "test.txt", text, 0, len(text), published, "manifest")
    return extract_mentions(doc, split_sentences(text), _timexes(text))


def counted(text: str) -> list[EventMention]:
    return [m for m in run(text) if m.status in ("occurred", "planned", "cancelled")]


def tagged(text: str, published: date = DCT) -> list[EventMention]:
    """Counted mentions through the whole pipeline, real temporal tagger included."""
    doc = Document("t", "t", text, 0, len(text), published, "record")
    return [m for m in extract(doc).mentions if m.status in ("occurred", "planned", "cancelled")]


def one(text: str) -> EventMention:
    found = run(text)
    assert len(found) == 1, [(m.trigger_text, m.status) for m in found]
    return found[0]


# --- taxonomy -------------------------------------------------------------------------


def test_taxonomy_maps_types_to_plover_and_acled():
    tax = load()
    assert tax.types["strike"].plover_type == "ASSAULT"
    assert tax.types["meeting"].plover_type == "CONSULT"
    assert tax.types["raid"].acled_sub_event_type
    assert "drone strikes" in tax.forms


def test_taxonomy_new_type_is_data_only():
    data = {
        "types": {
            "protest": {
                "plover_type": "PROTEST",
                "plover_mode": "demonstrate",
                "acled_sub_event_type": "Peaceful protest",
                "triggers": [{"nouns": ["protest", "sit-in"], "verbs": ["rally"]}],
            }
        }
    }
    tax = build(data)
    assert {"protest", "protests", "rallied", "rallying", "sit-in"} <= set(tax.forms)
    assert tax.pattern.search("Students rallied outside the ministry")


def test_taxonomy_rejects_a_context_it_does_not_define():
    data = {
        "types": {
            "protest": {
                "plover_type": "PROTEST",
                "triggers": [{"verbs": ["rally"], "object_requires": ["crowds"]}],
            }
        }
    }
    with pytest.raises(ValueError, match="'crowds'"):
        build(data)


# --- types and senses -------------------------------------------------------------------


def test_airstrike_is_a_strike_with_drone_mode():
    m = one("A drone strike on Tuesday killed four fighters near the border.")
    assert (m.event_type, m.status, m.plover_type, m.plover_mode) == (
        "strike",
        "occurred",
        "ASSAULT",
        "drone",
    )
    assert m.date_value == "2024-05-07"
    assert m.time_precision == 1


def test_labour_strike_is_not_an_event():
    assert counted("Dock workers went on strike on Tuesday over unpaid wages.") == []
    assert counted("The teachers' union called a general strike on Monday.") == []


def test_metaphorical_attack_is_not_an_event():
    assert (
        counted("The senator attacked the newspaper on Monday for refusing to print his letter.")
        == []
    )
    assert counted("Critics denounced the decree as an attack on the constitutional order.") == []


def test_meet_in_sense_of_satisfy_is_not_a_meeting():
    assert counted("Factories cannot produce enough to meet the rising demand.") == []


def test_meeting_verb_and_noun():
    m = one("The foreign ministers met in Geneva on Tuesday.")
    assert (m.event_type, m.status, m.date_value) == ("meeting", "occurred", "2024-05-07")
    assert m.location == "Geneva"


# --- status -------------------------------------------------------------------------------


def test_negated_events_are_not_counted():
    found = run("There were no air strikes between the ceasefire and the elections.")
    assert [m.status for m in found] == ["negated"]
    assert [m.status for m in run("The two leaders did not meet in Geneva.")] == ["negated"]


def test_no_one_claiming_or_denying_a_given_attack_does_not_negate_it():
    for text in (
        "No group immediately claimed Sunday's attack on the base.",
        "No one has claimed Wednesday's bombing in the market.",
        "Nobody denied Sunday's attack on the base.",
    ):
        assert [m.status for m in run(text)] == ["occurred"], text
    assert [m.status for m in run("No attack on the base was reported on Sunday.")] == ["negated"]


def test_generic_and_habitual_statements_are_dropped():
    assert counted("Drone strikes continue to anger residents of the valley.") == []
    assert counted("Rebels often attack convoys on the mountain road.") == []
    assert counted("Any attack on an ally would be met with force.") == []


def test_aggregates_are_dropped():
    assert counted("The monitoring group counted 21 attacks in September alone.") == []


def test_hypotheticals_are_not_occurred():
    found = run("Officials warned that a major attack could force the closure of the airport.")
    assert all(m.status == "hypothetical" for m in found)
    found = run("If the army raided the camp, the talks would collapse.")
    assert all(m.status != "occurred" for m in found if m.event_type == "raid")


def test_planned_meeting():
    m = one("The two presidents will meet next week in Nairobi.")
    assert (m.event_type, m.status) == ("meeting", "planned")
    assert m.date_value == "2024-W20"
    assert m.time_precision == 2


def test_cancelled_and_postponed_meetings():
    m = one("The government canceled the meeting with opposition leaders.")
    assert (m.event_type, m.status) == ("meeting", "cancelled")
    found = counted("Both sides postponed peace talks indefinitely.")
    assert [(x.event_type, x.status) for x in found] == [("meeting", "cancelled")]


def test_definite_event_in_conditional_keeps_its_status():
    found = counted(
        "A rocket strike hit the depot on Tuesday. If the strike was a mistake, the army must say so."
    )
    assert [m.status for m in found] == ["occurred", "occurred"]


# --- casualties -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the clash killed at least 15 militants and one soldier", (16, None)),
        ("the blast killed over forty people", (41, None)),
        ("the raid killed twenty-one fighters", (21, 21)),
        ("dozens of people were killed", (None, None)),
        ("Three police officers and 11 civilians were killed.", (14, 14)),
        ("the attack killed nearly 50 people", (None, 50)),
        ("the death toll rose to 85", (85, 85)),
        ('its air strikes had killed "more than 400" jihadists', (401, None)),
        ("the attack killed “about 60” people", (60, 60)),
    ],
)
def test_casualty_figures_as_stated(text, expected):
    assert casualties(text)[:2] == expected


def test_injuries_are_separate_from_deaths():
    assert casualties("killing at least one guard and injuring four others") == (1, None, 4, 4)


def test_mention_carries_its_toll():
    m = one(
        "Gunmen attacked a checkpoint on Monday, killing at least 15 soldiers and one civilian."
    )
    assert (m.killed_low, m.killed_high) == (16, None)


# --- date governance ---------------------------------------------------------------------------


def test_same_clause_date_beats_sentence_date():
    found = counted(
        "Police said on Wednesday that gunmen ambushed a bus on Monday, and the army raided "
        "their hideout on Tuesday."
    )
    dates = {m.trigger_text: m.date_value for m in found}
    assert dates == {"ambushed": "2024-05-06", "raided": "2024-05-07"}


def test_reporting_date_does_not_date_the_event():
    m = one("Officials said Thursday that militants had attacked a police post.")
    assert m.date_value is None
    assert m.date_type == "unresolved"


def test_date_attached_to_another_event_is_not_borrowed():
    found = counted(
        "No strikes have been reported since the March 17 strike on a village that killed 40."
    )
    assert [(m.trigger_text, m.date_value) for m in found] == [("strike", "2024-03-17")]


def test_anaphora_takes_the_date_of_the_event_it_refers_to():
    found = counted(
        "An air strike hit a market on March 17. The strike drew condemnation from the "
        "United Nations."
    )
    assert [m.date_value for m in found] == ["2024-03-17", "2024-03-17"]
    assert "coreferent with 'air strike'" in found[1].date_reason


def test_unresolved_never_takes_the_publication_date():
    m = one("Rebels ambushed an army convoy in the hills.")
    assert m.date_value is None and m.date_start is None and m.date_end is None
    assert m.date_type == "unresolved"
    assert m.time_precision is None


def test_today_resolving_to_the_publication_date_is_the_texts_own_date():
    m = one("Security forces raided a militant compound today.")
    assert m.date_value == DCT.isoformat()


def test_actors_and_targets():
    m = one("Separatist fighters attacked a passenger train on Tuesday.")
    assert m.actors == ["Separatist fighters"]
    assert m.targets == ["passenger train"]
    m = one("The talks between Kenya and Somalia on Monday ended without agreement.")
    assert "Kenya" in m.actors and "Somalia" in m.actors


def test_participants_past_a_date_a_title_or_a_conjunction():
    m = one(
        "President Nyusi spoke by phone on Tuesday with South Africa's president, Cyril Ramaphosa."
    )
    assert m.actors == ["President Nyusi"] and m.targets == ["Cyril Ramaphosa"]
    m = one("President Paul Kagame and Nyusi spoke by phone about the situation on Monday.")
    assert m.actors == ["President Paul Kagame", "Nyusi"] and m.targets == []
    m = one("Separatist fighters attacked on Tuesday a passenger train near Quetta.")
    assert m.targets == ["passenger train"]
    m = one("Troops raided the base last night.")
    assert m.targets == ["base"]
    # adjectives joined are no two parties, a place phrase is no object
    m = one("Ugandan and Congolese commanders met in Beni last week.")
    assert m.actors == ["Congolese commanders"] and m.targets == []


def test_offsets_point_into_the_document_text():
    text = "Header line\n\nTroops raided a village on Monday."
    doc = Document("d", "t.txt", text, 13, len(text), DCT, "manifest")
    found = extract_mentions(doc, split_sentences(text, 13, len(text)), _timexes(text))
    assert found[0].trigger_text == text[found[0].trigger_start : found[0].trigger_end]
    assert found[0].sentence_text == text[found[0].sentence_start : found[0].sentence_end]


# --- later rules: modifiers, beliefs, processes, killing verbs ------------------------------


def test_trigger_modifying_another_noun_is_not_an_event():
    assert counted("The ministry dismissed the kidnapping allegations on Monday.") == []


def test_future_meeting_under_a_belief_verb_is_hypothetical():
    found = run("The envoy said he believes the two leaders will meet at some point.")
    assert [m.status for m in found] == ["hypothetical"]


def test_bare_negotiations_name_a_process():
    assert counted("Diplomats say the dispute can only be settled through negotiations.") == []
    m = one("The minister held talks with his Chinese counterpart on Tuesday.")
    assert (m.event_type, m.status, m.date_value) == ("meeting", "occurred", "2024-05-07")


def test_killing_verb_is_an_attack_only_with_an_agent():
    m = one("A gunman shot and killed two guards outside the bank on Monday.")
    assert (m.event_type, m.date_value) == ("attack", "2024-05-06")
    assert counted("Eleven civilians were killed.") == []


def test_killing_by_aircraft_is_a_strike_and_by_troops_a_raid():
    m = one("Two soldiers were killed on Monday by an American helicopter gunship.")
    assert m.event_type == "strike"
    m = one("The commander was killed on Tuesday by special forces commandos.")
    assert m.event_type == "raid"


def test_one_mention_per_clause_and_type():
    found = counted("The general will meet the army chief on Thursday for a scheduled visit.")
    assert [m.trigger_text for m in found] == ["meet"]


# --- precision: naming, counterfactuals, states, processes --------------------------------


def test_hours_or_days_of_talks_measure_one_round():
    text = "After about three hours of talks, the two ministers agreed on a truce on Monday."
    assert [(m.trigger_text, m.status) for m in counted(text)] == [("talks", "occurred")]
    assert counted("Months of talks have produced nothing, the minister said.") == []


def test_naming_a_process_is_not_a_meeting():
    assert counted("Both sides agreed to resume the process known as proximity talks.") == []


def test_almost_killed_did_not_happen():
    assert counted("The journalist was almost gunned down outside her home by a hitman.") == []


def test_a_state_described_with_event_participles_is_not_an_event():
    assert counted("Civilians remain hungry, bombed, besieged and displaced, the envoy said.") == []


def test_bare_negotiations_after_a_stance_verb_are_a_process():
    assert counted("We prioritize negotiations and understanding over force.") == []


# --- locations: from the event's own clause ----------------------------------------------


def _place(text: str) -> list[tuple[str, str | None]]:
    return [(m.trigger_text, m.location) for m in counted(text)]


def test_place_where_a_participant_is_based_is_not_the_event_s_place():
    assert _place("Officials said the gunmen behind Tuesday's attack are based in Kandara.") == [
        ("attack", None)
    ]
    assert _place("A Kandara-based group attacked a bus on Tuesday in Lumora.") == [
        ("attacked", "Lumora")
    ]


def test_a_place_opening_the_sentence_is_the_place_of_its_clause():
    assert _place("In Zaporizhzhia, a glide bomb struck an industrial site on Tuesday.") == [
        ("struck", "Zaporizhzhia")
    ]
    # the place where something was said is not the place of what was said
    assert _place("In Washington, officials said a drone struck a convoy on Monday.") == [
        ("struck", None)
    ]


def test_place_after_another_predicate_is_not_the_event_s_place():
    assert _place(
        "The envoy said the dispute is handled in Vienna and rejected Tuesday's meeting."
    ) == [("meeting", None)]


def test_place_named_as_the_town_of_x_is_x():
    assert _place(
        "Militants stormed a post in the northeastern Nigerian town of Damboa on Monday."
    ) == [("stormed", "Damboa")]
    assert _place("Militants stormed a post in the town of the north on Monday.")[0][1] is None


def test_place_on_the_outskirts_of_x_or_on_a_road_between_two_towns():
    assert _place("An Israeli strike hit a house in the outskirts of Khiam on Sunday.") == [
        ("Israeli strike", "Khiam")
    ]
    assert _place("A drone strike hit a car between Aynata and Aitaroun on Sunday.") == [
        ("drone strike", "Aynata")
    ]
    # "between" right after the trigger, or after talks, names the parties
    assert _place("Clashes between Armenia and Azerbaijan killed 49 soldiers on Monday.") == [
        ("Clashes", None)
    ]
    assert _place("Envoys held talks on Monday between Kinshasa and Kigali.")[0][1] is None


def test_place_of_a_copular_predicate_is_the_event_s_place():
    assert _place("Their second summit was in March 3 in Hanoi.")[0][1] == "Hanoi"
    assert _place("The talks were held in Doha on Tuesday.") == [("talks", "Doha")]


def test_visit_takes_its_destination_as_place():
    assert _place("The prime minister visited Lumora on Tuesday.") == [("visited", "Lumora")]
    assert _place("It came during a visit by the king to Lumora on Tuesday.") == [
        ("visit", "Lumora")
    ]


def test_meeting_noun_takes_the_subject_of_its_light_verb_as_participant():
    m = one("Secretary Ann Rowe led eight hours of talks with rebel officials in Lumora.")
    assert m.actors[0] == "Secretary Ann Rowe"
    m = one(
        "Aid stopped after the Oval Office clash between U.S. President Al Vance and his "
        "guest on March 3."
    )
    assert "U.S. President Al Vance" in m.actors


def test_meeting_does_not_take_the_date_of_a_meeting_of_other_parties():
    found = counted(
        "Aid stopped after the Oval Office clash between President Vance and President "
        "Lomov on March 3.\n\nSecretary Rowe led talks with Kandaran officials in Lumora."
    )
    assert [(m.trigger_text, m.date_value) for m in found] == [
        ("clash", "2024-03-03"),
        ("talks", None),
    ]


def test_meeting_takes_the_date_of_the_document_s_meeting_of_the_same_parties():
    found = counted(
        "General Vance is meeting with General Lomov today. Critics asked why Vance, who "
        "leads the army, would meet General Lomov for a regular visit."
    )
    assert [(m.trigger_text, m.date_value) for m in found][:2] == [
        ("meeting with", "2024-05-10"),
        ("meet", "2024-05-10"),
    ]


# --- status reason ---------------------------------------------------------------------


def test_status_reason_is_its_own_field():
    m = one("Gunmen attacked a police post in Varnholt on Thursday.")
    assert m.status == "occurred"
    assert m.status_reason
    assert "status:" not in m.date_reason
    h = one("Officials said militants could attack the dam.")
    assert h.status == "hypothetical"
    assert h.status_reason and h.status_reason != m.status_reason
    assert "status:" not in h.date_reason


def test_a_count_slot_in_a_phrase_matches_counts_and_no_count():
    tax = load()
    for text in ("fired two missiles", "fired a barrage of missiles", "fired missiles"):
        assert tax.pattern.fullmatch(text), text
    assert not tax.pattern.fullmatch("fired the missiles")


def test_clauses_rejoin_around_an_apposition_that_a_preposition_continues():
    text = "He received an envoy, former president Goodluck Jonathan, in Bamako for talks."
    tokens = tokenize(text, 0, len(text))
    spans = clause_spans(tokens)
    assert len(spans) == 1
    text = "He received an envoy, former president Goodluck Jonathan, and then left."
    assert len(clause_spans(tokenize(text, 0, len(text)))) == 3


def test_a_comma_inside_a_list_of_names_does_not_cut_the_clause():
    text = "Jets struck 20 targets in the Metina, Hakurk and Gara regions on Sunday."
    assert len(clause_spans(tokenize(text, 0, len(text)))) == 1
    text = "Jets struck 20 targets in the Metina, Hakurk, and Gara regions on Sunday."
    assert len(clause_spans(tokenize(text, 0, len(text)))) == 1
    # a name before a comma that opens a clause: two clauses
    text = "Jets struck 20 targets in Metina, killing 12 fighters on Sunday."
    assert len(clause_spans(tokenize(text, 0, len(text)))) == 2
    # so the day is the strike's own: not an aggregate of targets with no day
    assert [
        (m.trigger_text, m.date_value)
        for m in tagged(
            "Turkish jets struck 20 PKK targets in the Metina, Hakurk and Gara regions on Sunday."
        )
    ] == [("struck", "2024-05-05")]


def test_a_timeline_entry_told_in_the_present_reports_its_event():
    text = (
        "Here is a timeline of the month:\n\n"
        "Jan. 12 — Militants ambush an army patrol near the town, killing three soldiers.\n\n"
        "Jan. 20 — The two ministers speak by phone.\n\n"
        "March 3: Jets strike a depot outside the city."
    )
    found = [(m.trigger_text, m.status, m.date_value) for m in tagged(text)]
    assert found == [
        ("ambush", "occurred", "2024-01-12"),
        ("speak by phone", "occurred", "2024-01-20"),
        ("strike", "occurred", "2024-03-03"),
    ]
    # a dateline is no timeline entry; nor is a present-tense habit
    text = "KABUL, May 9 - Government forces bombard villages near the town."
    assert tagged(text) == []
    # the heading dates a plural the entry tells
    text = "Feb. 5, 2024 - Police close eleven offices in the north in coordinated raids."
    found = [(m.trigger_text, m.status, m.date_value) for m in tagged(text)]
    assert found == [("raids", "occurred", "2024-02-05")]


def test_a_plan_called_off_past_a_bracketed_name_and_its_relative_clause_is_cancelled():
    text = (
        "A meeting of foreign ministers of the Alliance of Sahel States (AES) that had been "
        "scheduled for Friday in Niamey was postponed."
    )
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("meeting", "cancelled")]


def test_a_plan_the_sentence_goes_on_to_call_off_is_one_cancelled_meeting():
    text = (
        "The foreign ministers were to meet in Niamey on March 22, but the meeting was "
        "postponed and has still not been rescheduled."
    )
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("meet", "cancelled")]
    text = (
        "The envoy had been expected to visit the capital this month, but the trip was postponed."
    )
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("visit", "cancelled")]
    # a plan that stands, whatever else the sentence says
    text = "The ministers were to meet in Niamey on March 22, but the venue may still change."
    assert [m.status for m in tagged(text)] == ["planned"]


def test_a_plan_called_off_past_its_post_modifiers_and_a_plan_aside_is_cancelled():
    text = "A visit by the envoy to Beirut, initially planned for this week, has been put off."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("visit", "cancelled")]
    # past a person named in apposition to the predicate
    text = "A planned visit by the envoy for Orsland, Gen. Ivo Brak, was postponed last week."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("visit", "cancelled")]
    text = "A visit by the envoy for Orsland, Gen. Ivo Brak, was held in Orso last week."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("visit", "occurred")]


def test_a_plan_dropped_or_expected_but_postponed_is_cancelled():
    text = "A planned meeting of the two presidents at the summit in Yerevan was dropped."
    found = {m.trigger_text: m.status for m in tagged(text)}
    assert found["meeting"] == "cancelled"
    assert found.get("summit") != "cancelled"  # the meeting at it was dropped, not the summit
    text = "The envoy's first trip to the region had been expected in May but was postponed."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("trip", "cancelled")]
    # put off by a day, then held
    text = "The talks had been expected on Thursday, but were postponed for a day."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("talks", "occurred")]


def statuses(text: str) -> list[tuple[str, str]]:
    return [(m.trigger_text, m.status) for m in tagged(text)]


def test_a_postponed_meeting_held_or_set_again_is_not_cancelled():
    assert statuses(
        "April 23 - Orsland and Beltravia hold the postponed border talks in Orso."
    ) == [("talks", "occurred")]
    text = "The two sides signed a deal after talks in Orso that had been postponed last month."
    assert statuses(text) == [("talks", "occurred")]
    text = "The summit in Orso, postponed in April, is now expected in the second half of May."
    assert statuses(text) == [("summit", "planned")]
    text = "The state awaits the rescheduled peace meeting between the two groups."
    assert statuses(text) == [("meeting", "planned")]
    # still called off
    assert statuses("The postponed talks in Orso have still not been given a new date.") == [
        ("talks", "cancelled")
    ]
    text = "A meeting that had been due to open in Orso on Wednesday was postponed."
    assert statuses(text) == [("meeting", "cancelled")]
    assert statuses("The rescheduled talks in Orso were postponed again.") == [
        ("talks", "cancelled")
    ]


def test_a_noun_of_calling_off_governs_an_event_only_through_of():
    text = "The postponement followed a phone call between the two presidents."
    assert statuses(text) == [("phone call", "occurred")]
    text = "The two ministers discussed the delay in a telephone call."
    assert statuses(text) == [("telephone call", "occurred")]
    assert statuses("The postponement of the summit angered the rebels.") == [
        ("summit", "cancelled")
    ]


def test_a_meeting_someone_will_chair_is_planned():
    text = "The governor will chair an emergency meeting of the security council in Orso."
    assert [(m.trigger_text, m.status) for m in tagged(text)] == [("meeting", "planned")]


def test_a_meeting_reset_or_never_reset_after_its_postponement():
    text = "The council's meeting with the parties, postponed on Wednesday, has been reset."
    assert statuses(text) == [("meeting with", "planned")]
    assert statuses("The postponed Orso talks have not been rescheduled.") == [
        ("talks", "cancelled")
    ]
    # past a trigger's own preposition to the predicate that calls it off
    text = "A planned meeting with the rebel leadership at a hotel in Orso was called off."
    assert statuses(text) == [("meeting with", "cancelled")]
    # a reset that is only a word of comment
    text = "Analysts described the Orso meeting as a cautious reset."
    assert [s for _, s in statuses(text)] == ["occurred"]
