"""A thank-you detail that opens with "her" or "his" is theirs: "her on call setup" is said to
Priya as "your on call setup", never "you on call setup" (blind review of d8's branch)."""

from __future__ import annotations

import pytest

from flows.pivot import phrases


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("her on call setup", "your on call setup"),
        ("her in house design system", "your in house design system"),
        ("his on site training", "your on site training"),
        ("Her for loop trick", "Your for loop trick"),
    ],
)
def test_her_opening_a_detail_is_possessive(typed: str, said: str) -> None:
    assert phrases.to_person(typed) == said
    kind, detail = phrases.note_detail(typed, ["Priya Raman"], False)
    assert kind and detail.casefold().startswith(said.casefold())
    assert "you on" not in detail and "you in" not in detail


def test_her_after_a_verb_is_still_the_person() -> None:
    assert phrases.to_person("I told her about the dashboard") == "I told you about the dashboard"
    assert phrases.to_person("we asked her for advice") == "we asked you for advice"
