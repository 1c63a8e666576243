"""Review 16a findings 2 and 3: a team is not a person, a contact detail is not a title, and an
unnamed person's label is their team as a contact, without the student's counting words."""

from __future__ import annotations

import pytest

from flows.pivot import people


@pytest.mark.parametrize(
    ("typed", "team"),
    [
        ("the cloud infra team", "the cloud infra team"),
        ("we met the treasury department", "the treasury department"),
        ("their ux research group", "the UX research group"),
        ("Finance", "Finance"),
    ],
)
def test_a_team_typed_for_a_person_is_a_team(typed: str, team: str) -> None:
    assert people.team_only(typed) == team


@pytest.mark.parametrize(
    "typed", ["Ines Duarte", "a woman from the treasury team", "the hiring manager", "the panel"]
)
def test_a_person_is_not_a_team(typed: str) -> None:
    assert people.team_only(typed) == ""


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("ines.duarte@northwind.io", "email"),
        ("https://www.linkedin.com/in/inesduarte", "link"),
        ("(415) 555-0199", "phone"),
        ("Head of Growth @ Northwind", ""),
        ("Senior treasury analyst", ""),
    ],
)
def test_a_contact_detail_is_known_for_what_it_is(typed: str, kind: str) -> None:
    assert people.contact_detail(typed) == kind


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("and another chap from the billing team, never got his name", "billing team contact"),
        ("plus one more girl from HR whose name I didn't catch", "HR contact"),
        ("also a man from legal, i forget his name", "legal contact"),
        ("the other interviewer", "interviewer"),
    ],
)
def test_an_unnamed_person_is_labelled_by_their_team(typed: str, label: str) -> None:
    name, about = people.read_name(typed)
    assert name == ""
    assert people.role_only(about) == label
    assert people.role_said(about) == f"the {label}"
