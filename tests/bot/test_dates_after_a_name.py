"""A day or a time typed after a name (review 16a finding 1): split off, never part of it."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.dates import when_after
from flows.pivot.intake import company_named

NOW = datetime(2026, 11, 30, 9, 0)


@pytest.mark.parametrize(
    ("typed", "name", "when"),
    [
        ("harbor freight, tmr 3pm", "harbor freight", "tmr 3pm"),
        ("Wells Fargo at 4pm", "Wells Fargo", "at 4pm"),
        ("Pinecone on tues", "Pinecone", "on tues"),
        ("Quill Media 14:30", "Quill Media", "14:30"),
        ("Delta Dental the week after next", "Delta Dental", "the week after next"),
        ("Arbor - 7 dec", "Arbor", "7 dec"),
        ("Ridgeway last thursday", "Ridgeway", "last thursday"),
    ],
)
def test_a_day_after_a_name_is_split_off(typed: str, name: str, when: str) -> None:
    assert when_after(typed, NOW) == (name, when)


@pytest.mark.parametrize(
    "typed", ["USA Today", "Forever 21", "Sun Life", "Friday Pictures", "Monday.com", "Studio 54"]
)
def test_a_name_with_a_day_word_of_its_own_stays_whole(typed: str) -> None:
    assert when_after(typed, NOW) == (typed, "")
    assert company_named(typed) == typed


def test_the_company_never_keeps_the_day_typed_after_it() -> None:
    assert company_named("it's with harbor freight, tmr 3pm") == "harbor freight"
    assert company_named("interviewing at Wells Fargo on friday morning") == "Wells Fargo"
