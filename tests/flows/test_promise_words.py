"""A promise typed in a second language or with signs is said as the thing promised (review 26a,
majors 8 and 22): "I say her that I will send ..." is a promise told to her, "+" and "&" are
"and", "a short write up" is "a short write-up", "solar panels costs" is "solar panel costs"."""

from __future__ import annotations

import pytest

from flows.pivot import phrases


@pytest.mark.parametrize(
    ("promise", "todo"),
    [
        (
            "I say her that I will send my thesis about solar panels costs",
            "Send Ana your thesis about solar panel costs",
        ),
        (
            "I told him I'd send my radio dashboard + a short write up by monday",
            "Send Ana your radio dashboard and a short write-up by Monday",
        ),
        ("I said her I would send my CV & a cover letter", "Send Ana your CV and a cover letter"),
        ("I'll send my CV + cover letter", "Send Ana your CV and cover letter"),
        ("I'll share my C++ project", "Share your C++ project"),
        (
            "I'll send a quick follow up on the sales costs",
            "Send Ana a quick follow-up on the sales costs",
        ),
    ],
)
def test_promise_is_said_as_the_thing_promised(promise: str, todo: str) -> None:
    assert phrases.promise_todo(promise, "Ana Gómez") == todo
