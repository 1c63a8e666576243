"""Issue 11 (found by r1): the stronger version keeps the student's own ask, proof, door-open
and follow-up line, each once. Before, an ask that names a person ("Would Priya have twenty
minutes for a quick chat?") was not read as an ask, so a generic one was added after it (two
asks); a proof inside the fit sentence ("like the one that cut our reporting time in half") got
the intake's proof added as well (the proof twice)."""

from __future__ import annotations

import re

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

_FIT = "Thanks! Honestly my best work is in product analytics rather than sales. "

# The generic ask the version adds when the answer has none of its own.
_GENERIC_ASK = re.compile(r"you'd suggest I talk to|who there would you suggest", re.I)


@pytest.mark.parametrize(
    ("ask", "kept"),
    [
        # names a person, asks for time
        (
            "Would Priya have twenty minutes for a quick chat?",
            "Would Priya have twenty minutes for a quick chat?",
        ),
        # a "whether" clause asking for a chat
        (
            "I was wondering whether Priya on the data team might be open to a coffee chat?",
            "I was wondering whether Priya on the data team might be open to a coffee chat?",
        ),
        # phone typing
        (
            "could Priya spare 15 mins for a call sometime?",
            "Could Priya spare 15 minutes for a call",
        ),
        # phone typing: "u"
        ("do u think Priya would be open to a quick coffee?", "Do you think Priya would be open"),
        # non-native English: a meeting
        (
            "Is it possible to have a short meeting with Priya from analytics?",
            "Is it possible to have a short meeting with Priya from analytics?",
        ),
        # formal: asks for a name
        (
            "Might I ask for the name of someone in product analytics?",
            "Might I ask for the name of someone in product analytics?",
        ),
        # permission to write to someone
        (
            "Would it be alright if I emailed Priya about the analytics team?",
            "Would it be alright if I emailed Priya about the analytics team?",
        ),
        # "open to" a coffee
        (
            "Do you think Priya would be open to a quick coffee?",
            "Do you think Priya would be open to a quick coffee?",
        ),
        # asks for a contact
        (
            "May I have the email address of Priya from the data team?",
            "May I have the email address of Priya from the data team?",
        ),
    ],
)
def test_their_ask_is_the_only_ask(ask: str, kept: str) -> None:
    version = to_plain(stronger_parts(GRID, _FIT + ask)[0])
    assert kept.casefold() in version.casefold(), version
    assert not _GENERIC_ASK.search(version), version


@pytest.mark.parametrize(
    "question",
    [
        "What does the analytics team work on day to day?",
        "How big is the product analytics team?",
        "What does a typical client call look like for the analytics team?",
        "How does the team use the weekly planning meeting?",
    ],
)
def test_a_question_about_the_work_still_gets_an_ask(question: str) -> None:
    """A question about the work is no ask: the version still adds one (unchanged)."""
    version = to_plain(stronger_parts(GRID, _FIT + question)[0])
    assert question in version, version
    assert _GENERIC_ASK.search(version), version


_INTAKE_PROOF = "usage dashboard in Looker"


@pytest.mark.parametrize(
    ("answer", "proof"),
    [
        (
            "I love your grid-forecasting launch. I'm happiest building dashboards, like the one"
            " that cut our reporting time in half. Could you introduce me to whoever leads product"
            " analytics?",
            "cut our reporting time in half",
        ),
        (
            "Thanks. My best work is in analytics, for example I automated our weekly sales report"
            " so it takes ten minutes instead of two hours. Could you introduce me to someone in"
            " product analytics?",
            "automated our weekly sales report",
        ),
        (
            "Thank you. Where I light up is data work, such as the churn model I built that my"
            " manager now uses every month. Who leads product analytics here?",
            "churn model I built",
        ),
        (
            "Thanks! I do my best work in analytics, like when I mapped 300 customer accounts by"
            " usage to find upsell leads. Is there someone in product analytics I could talk to?",
            "mapped 300 customer accounts",
        ),
    ],
)
def test_their_proof_inside_the_fit_sentence_is_the_only_proof(answer: str, proof: str) -> None:
    version = to_plain(stronger_parts(GRID, answer)[0])
    assert proof in version, version
    assert _INTAKE_PROOF not in version, version


_STOCK_DOOR = "I'm glad to stay in the process if you still see a fit."
_STOCK_FOLLOW = "Would it be alright if I stayed in touch?"


@pytest.mark.parametrize(
    ("tail", "door", "follow"),
    [
        (
            "I'd be glad to stay in the process for this role too. Can I follow up with you next"
            " week?",
            "I'd be glad to stay in the process for this role too.",
            "Can I follow up with you next week?",
        ),
        (
            "Happy to keep my application going for this role as well. I'll drop you a line next"
            " week, if that's ok.",
            "Happy to keep my application going for this role as well.",
            "I'll drop you a line next week",
        ),
        (
            "i'm still keen on this role too. may i email u next week to follow up?",
            "I'm still keen on this role too.",
            "email you next week to follow up",
        ),
        (
            "I remain interested in this position as well. Would it be acceptable to touch base"
            " with you next Friday?",
            "I remain interested in this position as well.",
            "touch base with you next Friday",
        ),
    ],
)
def test_their_door_and_follow_up_are_said_once(tail: str, door: str, follow: str) -> None:
    answer = _FIT + "Could you introduce me to someone in product analytics? " + tail
    version = to_plain(stronger_parts(GRID, answer)[0])
    assert door.casefold() in version.casefold(), version
    assert follow.casefold() in version.casefold(), version
    assert _STOCK_DOOR not in version, version
    assert _STOCK_FOLLOW not in version, version


@pytest.mark.parametrize(
    ("tail", "stock"),
    [
        # door and follow-up in one sentence
        (
            "I'm still very much interested in this role, and I'll send you a short email next"
            " week to follow up.",
            [_STOCK_DOOR, _STOCK_FOLLOW],
        ),
        # door and follow-up run together, phone style
        (
            "Please keep me in mind for this role too, I'll reach out on LinkedIn after.",
            [_STOCK_DOOR, _STOCK_FOLLOW],
        ),
        # formal
        (
            "I remain keen to be considered for this position, and I will write to you next"
            " week to follow up.",
            [_STOCK_DOOR, _STOCK_FOLLOW],
        ),
        # non-native English
        (
            "I am still interested for this role also and I will email you next Monday.",
            [_STOCK_DOOR, _STOCK_FOLLOW],
        ),
    ],
)
def test_door_and_follow_up_in_one_sentence_are_not_said_again(tail: str, stock: list[str]) -> None:
    answer = _FIT + "Could you introduce me to someone in product analytics? " + tail
    version = to_plain(stronger_parts(GRID, answer)[0])
    for line in stock:
        assert line not in version, version


def test_a_role_that_does_not_fit_is_no_door() -> None:
    """'this role isn't where I do my best work' keeps no door open: the stock line stays."""
    answer = (
        "To be honest, this role isn't where I do my best work; I'm at my best in product"
        " analytics. Could you introduce me to someone there?"
    )
    version = to_plain(stronger_parts(GRID, answer)[0])
    assert _STOCK_DOOR in version, version
