"""The rehearsal's stronger version said aloud (review finding 2): the student's sentences only
when they can be spoken as they are; their honest-fit sentence kept; an example promised is the
next thing said."""

from __future__ import annotations

from bot.markup import to_plain
from flows.pivot.feedback import speakable, stronger_version
from flows.pivot.scoring import Context

QUESTIONS = "Do you have any questions for us?"
PROOF = "Our product analytics people want proof. What have you actually done in that area?"


def coffee(line: str = QUESTIONS) -> Context:
    return Context(
        company="Northshore Coffee",
        role="inside sales representative",
        target="social media marketing",
        draws="your cold brew, which is everywhere in my neighbourhood",
        evidence="I ran my uni cafe's Instagram and grew it to 12k followers",
        last_line=line,
    )


def test_shorthand_and_run_ons_are_rebuilt_from_the_intake() -> None:
    typed = (
        "so I love ur cold brew its everywhere in my neighborhood and I ran my uni cafe's "
        "instagram and got it to 12k followers is there someone on the social team I could chat w?"
    )
    better = to_plain(stronger_version(coffee(), typed))
    assert " ur " not in better and " w?" not in better and "so I love" not in better
    assert "What draws me to Northshore Coffee is your cold brew" in better
    assert "grew it to 12,000 followers" in better  # shorthand numbers said in full (w21)


def test_the_honest_fit_is_kept_and_a_blunt_ask_replaced() -> None:
    typed = (
        "To be honest, sales isn't where I do my best work; I'm at my best in social media "
        "marketing. Can I just talk to the social media people instead?"
    )
    better = to_plain(stronger_version(coffee(), typed))
    assert "To be honest, sales isn't where I do my best work" in better
    assert "Can I just" not in better and "instead?" not in better


def test_an_example_promised_comes_next() -> None:
    ctx = Context(
        "Gridline",
        "inside sales representative",
        "product analytics",
        "the grid-forecasting launch",
        "I built a usage dashboard that our account team used for renewals",
        PROOF,
    )
    better = to_plain(
        stronger_version(ctx, "I really want to work in analytics, I'd be good at it.")
    )
    first, second = better.split(". ", 2)[:2]
    assert "example" in first
    assert second.startswith("I built a usage dashboard"), better
    assert "example. For example" not in better


def test_speakable() -> None:
    assert speakable("I built a usage dashboard that our account team used for renewals.")
    assert not speakable("is there someone on the social team I could chat w?")
    assert not speakable("Can I just talk to the analytics people instead?")
    assert not speakable(" ".join(["word"] * 30) + ".")
