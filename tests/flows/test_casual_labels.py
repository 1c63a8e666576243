"""A casual label a student types for someone met ("one HR lady", "the tech guy") is said back,
listed and drafted as a neutral role, never in the student's words; titles and descriptions
that are no such label are left as they were (issue 10, d15)."""

from __future__ import annotations

import pytest

from flows.pivot import people


@pytest.mark.parametrize(
    ("typed", "listed", "said"),
    [
        ("one HR lady", "HR contact", "the HR contact"),
        ("the human resources woman", "HR contact", "the HR contact"),
        ("a recruiting lady", "recruiter", "the recruiter"),
        ("the engineering guy", "technical interviewer", "the technical interviewer"),
        ("that IT dude", "technical interviewer", "the technical interviewer"),
        ("the boss lady", "hiring manager", "the hiring manager"),
        ("the older gentleman", "interviewer", "the interviewer"),
        ("the finance bloke", "finance contact", "the finance contact"),
    ],
)
def test_casual_label_becomes_a_neutral_role(typed: str, listed: str, said: str) -> None:
    assert people.role_only(typed) == listed
    assert people.role_said(typed) == said
    for word in ("lady", "guy", "dude", "woman", "bloke", "gentleman"):
        assert word not in people.role_said(typed)


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("Hiring manager", "Hiring manager"),
        ("marketing person", "marketing person"),
        ("a guy on the data team", "data team contact"),
        ("Head of ecommerce", "Head of ecommerce"),
    ],
)
def test_titles_and_descriptions_are_left_alone(typed: str, listed: str) -> None:
    assert people.role_only(typed) == listed
