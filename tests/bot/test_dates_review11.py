"""Review 11a: a day said in the past tense is a day gone, and a wait said inside a sentence
("they said results in 10 days") is read (bot.dates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot import dates
from bot.dates import When

WED = datetime(2026, 11, 25, 9, 0)  # a Wednesday, on the person's own clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past tense: the day gone, not the next one.
        ("it was monday", When(date(2026, 11, 23))),
        ("the interview was on monday", When(date(2026, 11, 23))),
        ("we had it two days ago", When(date(2026, 11, 23))),
        ("i went on friday", When(date(2026, 11, 20))),
        ("it happened yesterday", When(date(2026, 11, 24))),
        # The same words without the past tense stay ahead.
        ("monday", When(date(2026, 11, 30))),
        # A wait mid-sentence.
        ("they said results in 10 days", When(date(2026, 12, 5))),
        ("we should hear back within two weeks", When(date(2026, 12, 9))),
        ("decision in about 5 working days", When(date(2026, 12, 2))),
        ("in a couple of weeks they said", When(date(2026, 12, 9))),
        ("news in a month or so", When(date(2026, 12, 25))),
        # No wait said: still nothing.
        ("they were nice in many ways", None),
    ],
)
def test_past_tense_and_waits_in_a_sentence(text: str, expected: When | None) -> None:
    assert dates.parse(text, WED) == expected


def test_a_wait_counts_from_the_interview_when_asked_about_it() -> None:
    # Said at an interview on Friday 20 November, typed on the 25th: counted from the 20th.
    said = dates.parse("they said results in 10 days", WED, since=date(2026, 11, 20))
    assert said == When(date(2026, 11, 30), since=date(2026, 11, 20))
