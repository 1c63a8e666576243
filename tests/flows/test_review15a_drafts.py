"""Review 15a on the drafts, each at its kind and in words of its own: a "they" that is another
team stays "they"; a better fit that is a team is a place, named as one; names the student
capitalised elsewhere are written so; a number and unit before a noun are hyphenated."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text, phrases


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            "your tip to talk to the Payments Risk team, since they own the fraud rules",
            "since they own the fraud rules",
        ),
        ("her nudge toward another group because they hire career changers", "they hire"),
        ("his point that the Atlas unit is small but they ship every week", "they ship"),
    ],
)
def test_they_after_another_named_team_stays_they(said: str, kept: str) -> None:
    assert kept in phrases.to_person(said)


@pytest.mark.parametrize(
    ("said", "becomes"),
    [
        ("your data team and how they plan each sprint", "how you plan each sprint"),
        ("how the team started as two people", "how the team started as two people"),
    ],
)
def test_their_own_team_is_still_you(said: str, becomes: str) -> None:
    assert becomes in phrases.to_person(said)


@pytest.mark.parametrize(
    ("target", "typed", "team"),
    [
        (
            "blue harbour",
            ["she said the Blue Harbour squad might suit me"],
            "the Blue Harbour squad",
        ),
        ("blue harbour", ["ask about the blue harbour team"], "the Blue Harbour team"),
        ("AI.Cloud unit", [], "the AI.Cloud unit"),
        ("data analytics", ["the data analytics team was hiring"], ""),
        ("blue harbour", ["nothing about it here"], ""),
        ("Blue Harbour", [], "the Blue Harbour team"),
        ("Data Analytics", [], ""),
        ("the risk operations team, fraud detection on merchant payments", [], ""),
    ],
)
def test_a_better_fit_that_is_a_team_is_named_as_a_place(
    target: str, typed: list[str], team: str
) -> None:
    assert draft_text.target_team(target, typed) == team


def test_names_capitalised_elsewhere_are_written_so() -> None:
    names = draft_text.typed_names(["Fernway Ltd", "they moved billing onto Zuora last year"])
    assert "Zuora" in names
    assert draft_text.written_names("how the zuora rollout went", names) == (
        "how the Zuora rollout went"
    )
    # A sentence's opening capital names nothing; a common word stays as typed.
    names = draft_text.typed_names(["", "Billing was slow. We used the Data portal"])
    assert "Billing" not in names
    assert draft_text.written_names("data work", names) == "data work"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("a 4 day week", "a 4-day week"),
        ("their two week sprints", "their two-week sprints"),
        ("a 30 minute call", "a 30-minute call"),
        ("4 days a week", "4 days a week"),
        ("two weeks ago", "two weeks ago"),
        ("in 3 day", "in 3 day"),
    ],
)
def test_a_number_and_unit_before_a_noun_are_hyphenated(said: str, written: str) -> None:
    assert draft_text.compound_modifiers(said) == written
