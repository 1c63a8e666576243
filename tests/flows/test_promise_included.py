"""A thank-you never says it includes what the student has not done (rv26a, item 8): a promise
dated after the day the note goes out is said as coming, by its day; only one with no day, or
due by that day, is something the note could carry (and says so once the student has added
it). Typed shorthand is said in good English ("+" as "and", "a short write-up")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import cast

import pytest

from bot.parts import Part
from flows.pivot import draft_text

# The thank-you written and sent on Wednesday 25 November 2026.
WEDNESDAY = date(2026, 11, 25)


def _part() -> Part:
    c = SimpleNamespace(data={}, local_now=datetime(2026, 11, 25, 13, tzinfo=UTC))
    return cast(Part, SimpleNamespace(c=c))


@pytest.mark.parametrize(
    ("stored", "said", "carried"),
    [
        # Dated after the send day: said as coming, never carried.
        (
            "I told him I'd send my radio dashboard + a short write up by Monday 30 November",
            "send you my radio dashboard and a short write-up by Monday 30 November",
            "",
        ),
        (
            "I'll email the notebook on Friday 27 November",
            "email you the notebook on Friday 27 November",
            "",
        ),
        (
            "send my writing samples in the week of 30 November",
            "send you my writing samples next week",
            "",
        ),
        ("I'll send my CV tomorrow", "send you my CV tomorrow", ""),
        (
            "send my portfolio link by Friday, November 27",
            "send you my portfolio link by Friday, November 27",
            "",
        ),
        # No day, or due by the send day: the note could carry it.
        (
            "I said I'd send her my portfolio link",
            "send you my portfolio link",
            "my portfolio link",
        ),
        (
            "share my deck & a short write up",
            "share my deck and a short write-up",
            "my deck and a short write-up",
        ),
        (
            "mail her my Kaggle profile by Wednesday 25 November",
            "mail you my Kaggle profile",
            "my Kaggle profile",
        ),
    ],
)
def test_only_what_can_go_with_the_note_is_offered_as_included(
    stored: str, said: str, carried: str
) -> None:
    _, one, thing = draft_text._pledged(_part(), stored, "Tom Reyes", WEDNESDAY)
    assert (one, thing) == (said, carried)
