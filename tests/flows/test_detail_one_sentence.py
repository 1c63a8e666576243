"""A thank-you's "one thing you talked about" is its first sentence only: a second sentence
typed in the same answer (a promise, an aside) is never pasted into the note (blind review 8:
"...our conversation about your on call setup. also I said I'd send my portfolio link by
Friday. As promised, ...")."""

from __future__ import annotations

import pytest

from flows.pivot.phrases import note_detail


@pytest.mark.parametrize(
    ("typed", "kept", "dropped"),
    [
        ("their on call setup. also I said I'd send my portfolio link by friday", "on call setup", "portfolio"),
        ("the warehouse robots! i promised to email my capstone report", "warehouse robots", "capstone"),
        ("how they plan the spring range? oh and I owe her my reading list", "spring range", "reading list"),
    ],
)  # fmt: skip
def test_only_the_first_sentence_is_the_detail(typed: str, kept: str, dropped: str) -> None:
    _kind, words = note_detail(typed, ["Priya"], offered=False)
    assert kept in words
    assert dropped not in words.casefold()
    assert not words.endswith((".", "!", "?"))


def test_a_title_with_a_full_stop_is_not_a_sentence_end() -> None:
    _, words = note_detail(
        "priya kindly offered to introduce me to her manager, Mr. Arjun Mehta", ["Priya"], False
    )
    assert "Mr. Arjun Mehta" in words
