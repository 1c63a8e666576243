"""Review 11a finding 2: what is typed as a company's name must look like one, and a place
typed after it is kept apart (flows.pivot.intake)."""

from __future__ import annotations

import pytest

from flows.pivot.intake import company_and_place, looks_like_name


@pytest.mark.parametrize("text", ["2", "?", "-", "x", " 7 ", "...", "12"])
def test_a_stray_number_or_mark_is_no_name(text: str) -> None:
    assert not looks_like_name(text)


@pytest.mark.parametrize("text", ["3M", "eBay", "Acme", "7-Eleven", "23andMe", "HP"])
def test_short_names_are_names(text: str) -> None:
    assert looks_like_name(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Analytics, Seattle", ("Acme Analytics", "Seattle")),
        ("Acme Analytics in Seattle", ("Acme Analytics", "Seattle")),
        ("acme analytics in seattle", ("acme analytics", "Seattle")),
        ("Tallis Foods (Chicago office)", ("Tallis Foods", "Chicago")),
        ("Harbor Robotics - Austin, TX", ("Harbor Robotics", "Austin, TX")),
        ("Northwind, London", ("Northwind", "London")),
        # A comma or dash before words that are no place is part of the name.
        ("Paul, Weiss", ("Paul, Weiss", "")),
        ("Procter & Gamble", ("Procter & Gamble", "")),
        ("Lumen Outdoor Co.", ("Lumen Outdoor Co.", "")),
        ("Smith - Jones Partners", ("Smith - Jones Partners", "")),
    ],
)
def test_a_place_after_the_name_is_kept_apart(text: str, expected: tuple[str, str]) -> None:
    assert company_and_place(text) == expected
