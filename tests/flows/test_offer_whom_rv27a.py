"""Whom an introduction is to, read from the offer typed (review rv27a major 10): a one-word
name typed in lower case is a name when where they work follows it; a team, a group or someone
unnamed never is."""

from __future__ import annotations

import pytest

from flows.pivot import offers, people


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "she said she'd intro me to raj from the data team by friday",
            ("Raj", "from the data team"),
        ),
        ("she said she'd intro me to Raj from the data team", ("Raj", "")),
        ("he could connect me with vikram in the risk team", ("Vikram", "in the risk team")),
        (
            "she offered to introduce me to ana on the pricing team next week",
            ("Ana", "on the pricing team"),
        ),
        ("he'll intro me to raj at Northwind", ("Raj", "at Northwind")),
        (
            "she said she'd introduce me to Joy Chen, who leads merchandising analytics",
            ("Joy Chen", "who leads merchandising analytics"),
        ),
        ("she said she'd introduce me to marketing", None),
        ("she'd connect me with folks in the data team", None),
        ("she'll introduce me to someone from the data team", None),
        ("she'll introduce me to people in the risk team", None),
        ("she'll introduce me to sales in the london office", None),
    ],
)
def test_whom_read_from_the_offer(typed: str, expected: tuple[str, str] | None) -> None:
    assert people.guess_introduced(offers._without_when(typed)) == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("I told her I'd send my github", "her"),
        ("i promised him i'd send my deck by monday", "him"),
        ("I said I'd send her my portfolio", "her"),
        ("I said I'd email him the case study", "him"),
        ("I told her.", "her"),
        ("I said I'd send her manager my case study", None),
        ("I said I'd send my portfolio to her team", None),
        ("I'll send my github link", None),
    ],
)
def test_promise_made_to_her_or_him(typed: str, said: str | None) -> None:
    found = offers._TO_PRONOUN.search(typed)
    assert (found["said"].casefold() if found else None) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("she said she'll intro me to vikram", "she"),
        ("oh and he offered to pass my CV on", "he"),
        ("so, she'd connect me with her lead", "she"),
        ("the hiring manager said she'd call", None),
        ("shelly said she'd call", None),
    ],
)
def test_offer_said_by_she_or_he(typed: str, said: str | None) -> None:
    found = offers._SUBJECT.match(typed)
    assert (found["said"] if found else None) == said


@pytest.mark.parametrize(
    ("detail", "honorific", "said"),
    [
        ("her journey from QA to ML", "", "she"),
        ("he explain me how they do the code review", "", "he"),
        ("how the team does code review", "Ms.", "she"),
        ("how the team does code review", "Mr", "he"),
        ("how he and her manager split the work", "", ""),
        ("the churn model they are building", "", ""),
    ],
)
def test_said_as(detail: str, honorific: str, said: str) -> None:
    assert people.said_as(detail, honorific) == said


@pytest.mark.parametrize(
    ("typed", "no_offer"),
    [
        ("Tom Becker", True),
        ("sam", True),
        ("recruiting", True),
        ("the timeline for the process", True),
        ("how the sales team uses data", True),
        ("coffee", False),
        ("a call with her manager", False),
        ("an article on pricing", False),
        ("she'll intro me to raj", False),
        ("Tom offered to look over my CV", False),
        ("idk", False),
    ],
)
def test_no_offer(typed: str, no_offer: bool) -> None:
    assert offers._no_offer(typed) is no_offer


@pytest.mark.parametrize(
    ("typed", "team"),
    [
        ("talking me thru the churn model they r building", ""),
        ("how the sales team uses data", ""),
        ("about my dashboard", ""),
        ("showing me their roadmap", ""),
        ("Product analytics", "Product analytics"),
        ("she's in marketing", "marketing"),
    ],
)
def test_topic_is_no_team(typed: str, team: str) -> None:
    assert people.team_said(typed) == team
