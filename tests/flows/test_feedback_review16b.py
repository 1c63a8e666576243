"""Blind counsellor review 16b (feedback), each finding as a kind, in wordings of our own:

1. To a would-you-take-it line, the stronger version never says yes to a role the student
   does not want (their target is other work): it weighs the offer honestly, and it keeps the
   student's own question and ask when their answer had them.
2. Slang judgements never reach a spoken line of the stronger version.
3. A sentence with a non-native slip is never kept as typed, and "Keep it as it is" is never
   said of an answer with a slip.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import stronger_parts
from flows.pivot.scoring import Context

BASE = Context(
    company="Hallam & Reid",
    role="Audit Associate",
    target="data analytics",
    draws="their open audit-quality reports",
    evidence="I built a dashboard that cut month-end checks from 3 days to 1",
    last_line="",
)

# -- 1: would you take it? ----------------------------------------------------------------------

OFFERS = [
    "So if we offered you the associate job tomorrow, would you accept?",
    "Suppose the offer landed on your desk this week. Would you say yes?",
]


@pytest.mark.parametrize("line", OFFERS)
@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        (
            "Definitely, I'd accept. Analytics is where I really shine, I built dashboards all "
            "through my placement. What kind of data work happens in your advisory arm? Is "
            "there someone there I might speak with?",
            (
                "What kind of data work happens in your advisory arm?",
                "Is there someone there I might speak with?",
            ),
        ),
        (
            "Yes I would. My real strength is data analytics, not auditing. Which team looks "
            "after the analytics for your audit clients? Could you introduce me to someone "
            "there?",
            (
                "Which team looks after the analytics for your audit clients?",
                "Could you introduce me to someone there?",
            ),
        ),
    ],
)
def test_a_yes_to_a_role_they_do_not_want_is_weighed_and_keeps_their_questions(
    line: str, answer: str, kept: tuple[str, ...]
) -> None:
    ctx = replace(BASE, last_line=line)
    version, _ = stronger_parts(ctx, answer)
    plain = to_plain(version)
    first = plain.split(". ", 1)[0]
    assert not first.startswith("Yes") and "I would" not in first, plain
    assert "I'd accept" not in first and "think hard" in first, plain
    for question in kept:
        assert question in plain, (question, plain)


# -- 2: slang never reaches a spoken line -------------------------------------------------------

STREAMING = Context(
    company="Tidewave",
    role="Customer Support Agent",
    target="data analytics",
    draws="",
    evidence="",
    last_line="What made you apply to us?",
)
SLANG = ("insane", "fire", "goated", "lowkey", "dope", " thing ")


@pytest.mark.parametrize(
    ("draws", "evidence", "answer"),
    [
        (
            "the live lyrics feature, that thing is insane",
            "I built a tracker of our college choirs member numbers, we check it before every gig",
            "I'm much stronger with data than with support work.",
        ),
        (
            "",
            "",
            "I applied because your playlist cover thing was goated. I lowkey prefer numbers "
            "to support tickets. I built a tracker of my hockey clubs member numbers and it "
            "doubled sign-ups.",
        ),
        (
            "their podcast charts, which are fire",
            "I made a dashboard for our student union, honestly it was dope",
            "My best work is in data analytics rather than support.",
        ),
    ],
)
def test_slang_never_reaches_the_stronger_version(draws: str, evidence: str, answer: str) -> None:
    ctx = replace(STREAMING, draws=draws, evidence=evidence)
    version, _ = stronger_parts(ctx, answer)
    plain = f" {to_plain(version).casefold()} "
    assert plain.strip(), version
    for word in SLANG:
        assert word not in plain, (word, plain)
    assert "choirs member" not in plain and "clubs member" not in plain, plain
    # a proof run on with a comma is said as two sentences, never spliced
    assert ", we check it" not in plain, plain
