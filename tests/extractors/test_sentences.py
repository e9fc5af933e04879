"""Sentence spans: titles and initials stay inside their sentence."""

from __future__ import annotations

from extractors.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_run_of_initials_does_not_end_the_sentence():
    text = "Aziz met High Commissioner T.C.A. Raghavan on Monday. The meeting lasted an hour."
    assert sentences(text) == [
        "Aziz met High Commissioner T.C.A. Raghavan on Monday.",
        "The meeting lasted an hour.",
    ]


def test_titles_and_single_initials_stay_inside_the_sentence():
    text = "Lt. Gen. John A. Smith said on Friday that U.S. forces withdrew. They left Monday."
    assert sentences(text) == [
        "Lt. Gen. John A. Smith said on Friday that U.S. forces withdrew.",
        "They left Monday.",
    ]


def test_a_word_before_a_period_ends_the_sentence():
    assert sentences("Troops entered the town. Residents fled.") == [
        "Troops entered the town.",
        "Residents fled.",
    ]


def test_a_plural_of_a_number_before_a_period_ends_the_sentence():
    text = "The group has hidden in the forests since the 1990s. On Jan. 2, it ambushed a convoy."
    assert sentences(text) == [
        "The group has hidden in the forests since the 1990s.",
        "On Jan. 2, it ambushed a convoy.",
    ]
    assert sentences("The air force bought two F-16s. They arrived on Monday.") == [
        "The air force bought two F-16s.",
        "They arrived on Monday.",
    ]


def test_a_crosshead_flattened_into_a_paragraph_is_a_sentence_of_its_own():
    text = "They were freed on Wednesday. The attack The train came under fire on Tuesday."
    assert sentences(text) == [
        "They were freed on Wednesday.",
        "The attack",
        "The train came under fire on Tuesday.",
    ]
    # a verb before a capitalised name is no crosshead
    assert sentences("He spoke. Trump also attacked The Times.") == [
        "He spoke.",
        "Trump also attacked The Times.",
    ]
