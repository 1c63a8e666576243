"""Review 15 (item 2): the decline offers each person met once. Two contacts are one person when
they have the same name in any case or spacing, or, with a name missing, the same title at the
same organisation; anyone else is someone else."""

from __future__ import annotations

import pytest

from flows.pivot.drafts import _same_person


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"name": "Priya Raman"}, {"name": "priya  raman"}),
        (
            {"name": "", "title": "Recruiter", "organisation": "Halden"},
            {"name": None, "title": "recruiter", "organisation": "Halden"},
        ),
        (
            {"name": "Priya Raman", "title": "Recruiter", "organisation": "Halden"},
            {"name": "", "title": "Recruiter", "organisation": "Halden"},
        ),
    ],
)
def test_the_same_person_entered_twice_is_one(one: dict[str, str], other: dict[str, str]) -> None:
    assert _same_person(one, other)
    assert _same_person(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"name": "Priya Raman"}, {"name": "Priya Nair"}),
        (
            {"name": "", "title": "Recruiter", "organisation": "Halden"},
            {"name": "", "title": "Recruiter", "organisation": "Verdant Grid"},
        ),
        ({"name": "", "title": "", "organisation": "Halden"}, {"name": "", "title": ""}),
        (
            {"name": "Priya Raman", "title": "Recruiter", "organisation": "Halden"},
            {"name": "Sam Patel", "title": "Recruiter", "organisation": "Halden"},
        ),
    ],
)
def test_different_people_stay_apart(one: dict[str, str], other: dict[str, str]) -> None:
    assert not _same_person(one, other)
    assert not _same_person(other, one)
