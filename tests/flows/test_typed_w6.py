"""Issue 10 (w6): what a student typed at the intake is read kindly and correctly: a reason
with small grammar slips is mended and kept (item 1), and the examples offered when one is
asked for again fit any student."""

from __future__ import annotations

import pytest

from flows.pivot import intake, phrases, reasons, typed
from flows.pivot.flow import load_content


@pytest.mark.parametrize(
    ("typed_in", "mended"),
    [
        (
            "they has very good training program for the new graduates",
            "they have a very good training program for the new graduates",
        ),
        ("they have very good training program", "they have a very good training program"),
        ("it have great data team", "it has a great data team"),
        ("he have excellent mentoring scheme.", "he has an excellent mentoring scheme."),
        ("we has amazing mentoring program", "we have an amazing mentoring program"),
        ("she have a great team", "she has a great team"),
        # A participle after "have" is another slip, mended as before.
        (
            "I have done final year project on hospital bed forecasting",
            "I did a final-year project on hospital bed forecasting",
        ),
        # Right already, or not a thing without its article: left as typed.
        ("they have dedicated team for graduates", "they have dedicated team for graduates"),
        ("could it have been the team", "could it have been the team"),
        ("they have been great to me", "they have been great to me"),
        ("they have programs for graduates", "they have programs for graduates"),
        ("they have good training for graduates", "they have good training for graduates"),
        ("they have a great team", "they have a great team"),
    ],
)
def test_small_slips_in_a_reason_are_mended(typed_in: str, mended: str) -> None:
    said = typed.repair(typed_in)
    assert said == mended
    if said != typed_in:  # mended: clean English, never asked for again
        assert not intake.unsayable(said)


@pytest.mark.parametrize("key", ["draws_short", "draws_refused.vague", "draws_generic"])
def test_examples_offered_fit_any_student(key: str) -> None:
    text = load_content().text(key)
    for narrow in ("savings app", "budget", "rural India", "hospitals"):
        assert narrow not in text


@pytest.mark.parametrize(
    "typed_in", ["2", "3/5", "4 out of 5", "five", "4 stars", "10/10!", "3 / 5", "2."]
)
def test_a_number_or_score_is_no_reason_and_no_name(typed_in: str) -> None:
    assert phrases.score_only(typed_in)
    assert phrases.non_answer(typed_in)
    assert reasons.non_reason(typed_in, _rules()) == reasons.RATING


@pytest.mark.parametrize(
    "typed_in",
    [
        "their 2 apps",
        "2 friends work there",
        "4 out of 5 of my friends use their app",
        "07700900123",
        "+44 7700 900123",
        "3M",
        "Studio 54",
    ],
)
def test_words_with_a_number_stay_answers(typed_in: str) -> None:
    assert not phrases.score_only(typed_in)


def _rules() -> reasons.NonReasons:
    return reasons.NonReasons.from_data(load_content().data["non_reasons"])
