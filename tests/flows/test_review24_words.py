"""Blind review 24: the words a thank-you builds from what the student typed are mended before
they are said back to the person, never pasted with their slips ("you told joining date will
be jan", "asked loads about", "to cloud practice head"), and a practical point of the hiring
process is never something the note "especially appreciated"."""

from __future__ import annotations

import pytest

from flows.pivot import note_words
from flows.pivot.draft_text import note_topic
from flows.pivot.people import offer_form

MET = ["Ravi Menon", "Claire Dunn"]


@pytest.mark.parametrize(
    "typed",
    [
        "he told onboarding date would be in aug",
        "she said that first salary credit is end of the month",
        "he mentioned notice period must be 60 days",
        "she informed relocation to Hyderabad will be in sept",
    ],
)
def test_a_practical_point_told_is_never_thanked_for(typed: str) -> None:
    form, detail, why = note_topic(typed, ["Wipro"], False, MET)
    assert (form, detail) == ("", "")
    assert why == "logistics"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("he asked heaps about my tableau reports", "you asked a lot about my Tableau reports"),
        ("she quizzed me loads on my SQL joins", "you quizzed me a lot on my SQL joins"),
    ],
)
def test_chat_words_for_a_lot_are_written_out(typed: str, said: str) -> None:
    form, detail, _ = note_topic(typed, ["Wipro"], False, MET)
    assert form == "clause"
    assert detail == said


def test_what_they_told_is_said_as_what_was_heard() -> None:
    form, detail, _ = note_topic(
        "she told me the platform team is moving to Kubernetes", ["Wipro"], False, MET
    )
    assert form == "thing"
    assert detail == "hearing that the platform team is moving to Kubernetes"


def test_a_report_with_no_object_and_no_article_is_never_pasted() -> None:
    # "told" with no one told and a bare noun after it: no safe sentence, asked for again.
    form, detail, why = note_topic("he told data team uses airflow daily", ["Wipro"], False, MET)
    assert (form, detail, why) == ("", "", "unclear")


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("she offered to pass my CV to delivery head", "pass my CV to the delivery head"),
        ("he said he'd introduce me to campus hiring lead", "introduce me to the campus hiring lead"),
        ("she offered to send my profile to her manager", "send my profile to your manager"),
    ],
)  # fmt: skip
def test_an_offer_names_a_role_with_its_article(text: str, offered: str) -> None:
    _form, words = offer_form({"kind": "other", "text": text})
    assert words == offered


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("we start by mar", "we start by March"),
        ("results in oct.", "results in October."),
        ("loads of questions about my thesis", "a lot of questions about my thesis"),
        ("I may join", "I may join"),
        ("a contract with the data team", "a contract with the data team"),
    ],
)
def test_casual_words_mended_and_the_rest_kept(typed: str, mended: str) -> None:
    assert note_words.article_for_roles(note_words.mend_casual(typed)) == mended


def test_advice_they_gave_is_kept_as_they_gave_it() -> None:
    form, detail, _ = note_topic(
        "he said I should learn dbt before applying", ["Wipro"], False, MET
    )
    assert form == "clause"
    assert detail == "you said I should learn dbt before applying"


@pytest.mark.parametrize(
    ("promise", "kept"),
    [
        ("send Ama my writing samples in the week of 30 November", "send Ama my writing samples"),
        ("share my deck by the end of the week of December 7, 2026", "share my deck"),
        ("send my notes on the week's plan", "send my notes on the week's plan"),
    ],
)
def test_a_week_a_promise_was_dated_with_is_no_part_of_what_is_sent(
    promise: str, kept: str
) -> None:
    assert note_words.without_week(promise) == kept


@pytest.mark.parametrize(
    ("draws", "own"),
    [
        (
            "the graduate academy in Chennai, my seniors say it is the best",
            "the graduate academy in Chennai",
        ),
        (
            "the company because you build payment tools for small shops and also everyone says its a great place",
            "you build payment tools for small shops",
        ),
        ("your open-source work on Kafka connectors", "your open-source work on Kafka connectors"),
        ("my friend told me it is great", "my friend told me it is great"),
    ],
)  # fmt: skip
def test_the_reason_is_the_students_own(draws: str, own: str) -> None:
    assert note_words.own_reason(draws) == own
