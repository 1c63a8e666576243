"""Telling a reason to want a company from a non-reason (flows.pivot.reasons), with the word lists
the flow ships in content/intake.yaml."""

from __future__ import annotations

import pytest

from flows.pivot import build_flow
from flows.pivot.reasons import KINDS, NonReasons, non_reason, words

RULES = NonReasons.from_data(build_flow().content.data["non_reasons"])


@pytest.mark.parametrize(
    "typed",
    [
        # How the interview came about.
        "they replied to my application",
        "They replied to my application!",
        "Honestly? They're hiring!",
        "they are hiring",
        "The recruiter got back to me really quickly",
        "a recruiter reached out on LinkedIn",
        "they invited me to interview",
        "I applied and they called me back",
        "They were the first to respond",
        "HR emailed me",
        "I saw the job posting",
        "only company that answered",
    ],
)
def test_how_the_interview_came_about_is_no_reason(typed: str) -> None:
    assert non_reason(typed, RULES) == "process"


@pytest.mark.parametrize(
    "typed",
    [
        "money",
        "Money lol",
        "the pay",
        "Mostly the pay, to be honest",
        "the salary and a short commute",
        "good benefits",
        "it's close to home",
        "remote work and flexible hours",
        "I need a job",
        "visa sponsorship",
    ],
)
def test_pay_place_and_hours_are_no_reason_for_the_company(typed: str) -> None:
    assert non_reason(typed, RULES) == "practical"


@pytest.mark.parametrize(
    "typed",
    [
        "idk",
        "IDK",
        "dunno",
        "I don't know",
        "i dont know",
        "not sure",
        "no idea tbh",
        "nothing",
        "Nothing really",
        "no reason",
        "nothing in particular",
        "n/a",
        "nah",
    ],
)
def test_not_knowing_is_no_reason(typed: str) -> None:
    assert non_reason(typed, RULES) == "unknown"


@pytest.mark.parametrize(
    "typed",
    [
        "It's a great company!",
        "good company",
        "they're nice",
        "it seems cool",
        "everything",
        "a great place to work",
        "Big name, good reputation",
        "🏕️",
        "...",
        "?",
        "x",
    ],
)
def test_praise_that_fits_any_company_is_vague(typed: str) -> None:
    assert non_reason(typed, RULES) == "vague"


@pytest.mark.parametrize(
    "typed",
    [
        "their repair-and-resell program",
        "I've used their gear for years 🏕️ and I love their repair-and-resell program",
        "the grid-forecasting launch",
        "Their launch",
        "The mission",
        "people",
        "A friend works there",
        "a friend from my course works there",
        "great culture",
        "their climate work",
        "AI",
        "they're a fintech that helps people save money",
        "they replied within a day and their onboarding app is brilliant",
        "The salary and their open-source tools",
        "مرحبا 🚀 שלום and emoji 🎉",
        "The warehouse robots",
        "Their grid-forecasting launch and the people I met at the meetup",
        "how they treat customers",
        "the first B-corp in outdoor gear",
    ],
)
def test_anything_about_the_company_is_a_reason(typed: str) -> None:
    assert non_reason(typed, RULES) is None


def test_a_tie_goes_to_the_kind_listed_first() -> None:
    rules = NonReasons.from_data({"filler": ["the"], "process": ["alpha"], "practical": ["beta"]})
    assert non_reason("alpha beta", rules) == "process"
    assert non_reason("beta the beta alpha", rules) == "practical"


def test_words_ignore_single_letters_and_numbers_and_fold_apostrophes() -> None:
    assert words("I don’t know 42 a n/a") == ["don't", "know", "na"]


def test_bad_word_lists_fail_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="not one of"):
        NonReasons.from_data({"money": ["pay"]})
    with pytest.raises(ValueError, match="quote it"):
        NonReasons.from_data({"filler": ["the", False]})
    with pytest.raises(ValueError, match="list of words"):
        NonReasons.from_data({"filler": "the"})


def test_every_kind_has_a_reply() -> None:
    texts = build_flow().content.texts
    assert all(f"draws_refused.{kind}" in texts for kind in KINDS)


@pytest.mark.parametrize(
    "typed",
    [
        # Issue 10 (review 27a): phone spelling read as the spelled-out form.
        "idk tbh they replied 2 my app",
        "they replied to my app",
        "they responded 2 my job app",
        "tbh bc they answered my app first",
        "u guys got back 2 me after i applied",
        "idk they called me back after i applied",
    ],
)
def test_phone_spelling_of_how_it_came_about_is_no_reason(typed: str) -> None:
    assert non_reason(typed, RULES) == "process"


def test_phone_spelling_of_hiring_is_no_reason() -> None:
    assert non_reason("cuz they r hiring rn", RULES) is not None


@pytest.mark.parametrize(
    "typed",
    ["their app is used by my uni n its v easy 2 use", "the app they make 4 students"],
)
def test_their_app_stays_a_reason(typed: str) -> None:
    assert non_reason(typed, RULES) is None


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "Honestly there are a lot of things. I read about their community health worker"
            " program in the Bronx",
            "I read about their community health worker program in the Bronx",
        ),
        (
            "Honestly, lots. Their repair programme for old phones",
            "Their repair programme for old phones",
        ),
        ("So many reasons, but mainly their CHW program", "mainly their CHW program"),
        ("Where do I start? The Bronx health worker program", "The Bronx health worker program"),
        ("Too many to list! The podcast they run on design.", "The podcast they run on design."),
        ("So many reasons: the podcast they run", "the podcast they run"),
        # Nothing after it, or no lead-in: as typed.
        ("Honestly there are a lot of things", "Honestly there are a lot of things"),
        (
            "there are a lot of things, like their CHW program",
            "there are a lot of things, like their CHW program",
        ),
        ("their podcast. It is great.", "their podcast. It is great."),
    ],
)
def test_lead_in_left_out(typed: str, kept: str) -> None:
    from flows.pivot.intake import without_lead_in

    assert without_lead_in(typed, RULES) == kept


@pytest.mark.parametrize("typed", ["5", "2", "3/5", "4 out of 5"])
def test_a_number_alone_is_a_rating_not_a_vague_reason(typed: str) -> None:
    # Typed for the 1-5 question that comes next (w6 item 2): told so, never "that could be
    # said of almost any company".
    assert non_reason(typed, RULES) == "rating"
