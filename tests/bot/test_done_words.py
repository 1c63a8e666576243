"""Review 11a finding 3: the words that say a message went (bot.flow.is_done)."""

from __future__ import annotations

import pytest

from bot.flow import is_done


@pytest.mark.parametrize(
    "text",
    [
        "done",
        "Done!",
        "sent it",
        "yeah did it",
        "ok sent",
        "just emailed it",
        "I've sent them both",
        "all done thanks",
        "it's gone",
        "yep, sent them off",
        "finally sent the notes",
    ],
)
def test_done_words(text: str) -> None:
    assert is_done(text)


@pytest.mark.parametrize(
    "text",
    ["ok", "yes", "not sent yet", "haven't sent it", "shorter", "send it", "will do", "done?x"],
)
def test_not_done_words(text: str) -> None:
    assert not is_done(text)
