"""Issue 10, code review (w2 item 4): a month typed in lower case is mended only where it is
the month, never the modal "may" ("this may be useful"); and the repairs of typed slips compile
their patterns once, at import, never on each call (the same result either way)."""

from __future__ import annotations

import pytest

from bot import patterns
from flows.pivot import note_words, typed


@pytest.mark.parametrize(
    ("typed_in", "mended"),
    [
        ("you said this may be the busiest time", "you said this may be the busiest time"),
        ("this may be useful for the team", "this may be useful for the team"),
        ("after may be too late for the budget", "after may be too late for the budget"),
        ("next may help, they said", "next may help, they said"),
        ("the team in may be growing", "the team in may be growing"),
        ("hiring starts in may", "hiring starts in May"),
        ("the joining date will be may.", "the joining date will be May."),
        ("by may or june", "by May or june"),
        ("in may 2027", "in May 2027"),
        ("by may we will know", "by May we will know"),
        ("start in jan", "start in January"),
    ],
)
def test_may_is_the_month_only_where_it_is_not_the_modal(typed_in: str, mended: str) -> None:
    assert note_words.mend_casual(typed_in) == mended


TOLD = [
    "I was train a U-Net for segment lung nodule in CT and it get 0.87 dice score",
    "i like there AI platform topaz very much and i used it since 2 years",
    "I am more on forecasting side, I was migrate our club bookings",
    "in my thesis it get 0.9 accuracy score",
]


@pytest.mark.parametrize("text", TOLD)
def test_repairs_compile_no_pattern_per_call(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = typed.repair(text)

    def no_compile(*args: object, **kwargs: object) -> object:
        raise AssertionError("a pattern compiled on a call")

    monkeypatch.setattr(typed, "lazy", no_compile)
    monkeypatch.setattr(patterns, "lazy", no_compile)
    assert typed.repair(text) == before
