"""Blind review 9a, findings 6 and 7: a clause with a grammar slip is never said in a plan line
(the noun phrase before it is used, or the student is asked once), good proofs stay said, and an
answer asked for again names the words that could not be used and the shape wanted."""

from __future__ import annotations

import pytest

from flows.pivot import intake, plans
from tests.flows.test_plan_lines import pages

BASE = {"company": "Brightpath", "role": "Inside sales executive", "company_fit": 5, "role_fit": 2}


def script(**data: str) -> str:
    """The "What to say" part of the pivot plan for ``BASE`` with ``data``."""
    text = pages({**BASE, "path": "pivot", "target": "data analysis", **data})
    return text.split("What to say", 1)[1].split("Don't speak against", 1)[0]


@pytest.mark.parametrize(
    ("evidence", "slipped"),
    [
        ("I made dashboard for our canteen orders, cuts waste every month", "made dashboard"),
        ("We ourselves done the stock count for three shops, saved a week", "ourselves done"),
        ("I built chatbot for hostel complaints which answering 200 students", "built chatbot"),
    ],
)
def test_a_proof_with_a_slip_is_never_said(evidence: str, slipped: str) -> None:
    text = script(evidence=evidence)
    assert slipped not in text
    assert "add one example of your work here, in a short sentence of your own" in text


@pytest.mark.parametrize(
    "evidence",
    [
        "I organised a charity run for 300 people and kept it under budget",
        "I ran our department's open day and finished the setup ahead of schedule",
        "I rebuilt the society's booking sheet so members stopped double-booking rooms",
    ],
)
def test_a_good_proof_stays_said(evidence: str) -> None:
    assert not intake.unsayable(evidence)
    assert f"For example, {evidence}." in script(evidence=evidence)


def test_the_noun_phrase_before_a_slipped_clause_is_said() -> None:
    draws = (
        "your rural tutoring network which is reaching thousands of girls, "
        "I myself done two terms of volunteering in it"
    )
    text = script(draws=draws)
    assert "What drew me here is your rural tutoring network." in text
    assert "myself done" not in text and "which is reaching" not in text


def test_no_clean_noun_phrase_leaves_the_line_for_the_student() -> None:
    text = script(draws="we already seen how it teach farmers to sell online")
    assert 'What drew me here is ..." Finish it with a few words' in text
    assert "already seen" not in text and "it teach" not in text


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        (
            "I built Python script for college attendance report, saves time",
            "college attendance report",
        ),
        ("I wrote macro for our hostel budget", "macro"),
        ("I myself done 3 courses in it", "I myself done"),
        ("my tool help students to find rooms", "my tool help students"),
    ],
)
def test_the_words_that_could_not_be_used_are_named(typed: str, named: str) -> None:
    assert plans.first_slip(typed) == named
