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
