"""A promise's relative day is kept as the date it meant when typed (review 10a finding 1): a
note drafted or sent on a later day must not say "by end of next week" any more."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import cast

import pytest

from bot.conversation import Conversation
from flows.pivot import reminders


def _student(interview: str, now: datetime) -> Conversation:
    """What :func:`reminders.dated` reads of a conversation: the interview's day, the clock."""
    return cast(Conversation, SimpleNamespace(data={"interview_date": interview}, local_now=now))


# The interview on Monday 30 November 2026, the debrief on Wednesday 2 December.
MONDAY, WEDNESDAY = "2026-11-30", datetime(2026, 12, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (
            "I said I'd send my portfolio by end of next week",
            "I said I'd send my portfolio by Friday 11 December",
        ),
        ("I'll share the deck on friday.", "I'll share the deck on Friday 4 December."),
        ("I'll email the notebook tomorrow", "I'll email the notebook on Tuesday 1 December"),
        ("I'll call you next week", "I'll call you the week of 7 December"),
        ("send the case study by next friday", "send the case study by Friday 11 December"),
    ],
)
def test_a_relative_day_is_stored_as_the_date_it_meant(typed: str, stored: str) -> None:
    assert reminders.dated(_student(MONDAY, WEDNESDAY), typed) == stored


def test_words_without_a_day_are_kept_as_typed() -> None:
    said = "the fraud dashboard you showed me"
    assert reminders.dated(_student(MONDAY, WEDNESDAY), said) == said
