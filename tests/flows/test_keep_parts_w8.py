"""Issue 11 (w8): the parts to keep of a ready answer. Kindness ("That's kind of you", "so kind
of you", "very kind of you to ask") is never named as a hedge to drop, and the student's own
question to the interviewer ("One question: who leads that team?") is never cut for length."""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import stronger_parts
from flows.pivot.scoring import Context

GRID = Context(
    company="Verdant Grid",
    role="Sales Associate",
    target="product analytics",
    draws="their grid-forecasting launch",
    evidence="I built a usage dashboard in Looker that my team used for renewals",
    last_line="Do you have any questions for us?",
)

_REST = (
    " Honestly my best work is in product analytics: I built a usage dashboard in Looker that my"
    " team used for renewals. I'm not sure sales is the right fit for me. Could you introduce me"
    " to whoever leads product analytics? I am glad to stay in the process if you still see a fit."
)


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        (
            "That's so kind of you, and your grid-forecasting launch is what drew me here.",
            "That's so kind of you, and your grid-forecasting launch is what drew me here.",
        ),
        (
            "That's kind of you, and your grid-forecasting launch is what drew me here.",
            "That's kind of you, and your grid-forecasting launch is what drew me here.",
        ),
        (
            "It's very kind of you to ask, and your grid-forecasting launch is what drew me here.",
            "It's very kind of you to ask, and your grid-forecasting launch is what drew me here.",
        ),
        (
            "Thank you, that's kind of your team to ask, and your grid-forecasting launch is what"
            " drew me here.",
            "that's kind of your team to ask, and your grid-forecasting launch",
        ),
    ],
)
def test_kindness_is_never_a_hedge(opening: str, kept: str) -> None:
    version = to_plain(stronger_parts(GRID, opening + _REST)[0])
    assert version.startswith("Keep this one."), version
    assert 'drop "kind of"' not in version, version
    assert "so you," not in version and "That's you," not in version, version
    assert kept in version, version


def test_a_hedging_kind_of_is_still_named() -> None:
    """The fix is for kindness only: "kind of" said as a hedge is still named to drop."""
    answer = "Thanks, yes. Your grid-forecasting launch is kind of what drew me here." + _REST
    version = to_plain(stronger_parts(GRID, answer)[0])
    assert 'drop "kind of"' in version, version


_SIX = (
    "Thanks, yes. Your grid-forecasting launch is what drew me here. To be honest, sales isn't"
    " where I do my best work. My best work is in product analytics: I built a usage dashboard in"
    " Looker that my team used for renewals. I'd love an introduction to someone in product"
    " analytics. {question} I am glad to stay in the process if you still see a fit."
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("One question: who leads that team?", "who leads that team?"),
        ("Just one question - who leads that team?", "who leads that team?"),
        ("One thing: who runs the product analytics team?", "who runs the product analytics team?"),
        ("One quick question, how big is that team?", "how big is that team?"),
        ("Who would be the best person to talk to there?", "Who would be the best person to talk"),
    ],
)
def test_their_own_question_is_kept(question: str, asked: str) -> None:
    """A ready answer with more sentences than the parts to keep list: the student's own
    question is never the one cut (it was, as the sixth sentence)."""
    version = to_plain(stronger_parts(GRID, _SIX.format(question=question))[0])
    assert version.startswith("Keep this one"), version
    assert asked in version, version
    assert "I am glad to stay in the process if you still see a fit." in version, version
