"""Capitals as the student typed them unless a name is certain (review 26a, minor 14): a place
typed in lower case is written as its name ("los angeles" -> "Los Angeles", never "LOS"), and a
title or team typed in title case ("Head of Analytics") capitalises no word elsewhere."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text, phrases


@pytest.mark.parametrize(
    ("place", "name"),
    [
        ("los angeles", "Los Angeles"),
        ("san jose", "San Jose"),
        ("la paz", "La Paz"),
        ("st louis", "St Louis"),
        ("bbc", "BBC"),
        ("ibm uk", "IBM UK"),
    ],
)
def test_place_particles_are_never_initials(place: str, name: str) -> None:
    assert phrases.proper_name(place) == name


def test_a_title_typed_in_title_case_names_nothing() -> None:
    names = draft_text.typed_names(
        ["Infosys", "Head of Analytics", "Data & Analytics Practice", "the Grid Edge team"]
    )
    assert "Analytics" not in names and "Analytics Practice" not in names
    assert "Grid Edge" in names
