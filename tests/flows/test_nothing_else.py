"""Review 6 finding 4: a negative or closing reply to an "anything else?" question means its
"Nothing" button; an offer or a promise typed there is never read as one."""

import pytest

from bot.flow import is_nothing


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "No.",
        "nah",
        "nope",
        "nope thats it",
        "Nope, that's it!",
        "none",
        "nothing",
        "nothing else",
        "that's it",
        "thats all",
        "that's everything",
        "all good",
        "I'm done",
        "im done",
        "no thanks",
        "No, that’s all, thanks",
        "ok that's it",
        "nobody offered anything",
        "I didn't promise anything else",
        "they didn't offer me anything",
    ],
)
def test_a_closing_reply_is_nothing(text: str) -> None:
    assert is_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sam said he'd introduce me to Joy Chen",
        "I'll send my dashboard link",
        "no idea who, but she'll pass my CV on",
        "nothing formal, but she'll send the reading list",
        "Noor offered a call next week",
        "done my portfolio, I'll send it",
    ],
)
def test_an_offer_or_a_promise_is_not_nothing(text: str) -> None:
    assert not is_nothing(text)
