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


# -- 3: a slip is never kept as typed -----------------------------------------------------------

from flows.pivot.feedback import said_cleanly  # noqa: E402


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Your wind atlas, I admire very much.", "I admire it"),
        ("Last summer, on placement, I build a battery test rig.", "I built a battery test rig"),
        ("Could you say me who runs the forecasting side?", "Could you tell me who"),
        ("Two years ago I learn a lot about solar yield models.", "I learned a lot about"),
        ("May I drop you quick email after this?", "drop you a quick email"),
        ("I am huge admirer of your open data work.", "I am a huge admirer"),
        ("I always enjoy to read your engineering blog.", "enjoy reading"),
    ],
)
def test_a_slip_is_written_right_before_it_is_handed_back(typed: str, meant: str) -> None:
    said = said_cleanly(typed)
    assert said != typed, said
    assert meant in said, (meant, said)


def test_keep_it_as_it_is_is_never_said_of_an_answer_with_a_slip() -> None:
    ctx = Context(
        company="Larkspur Energy",
        role="Billing Administrator",
        target="grid forecasting",
        draws="their open demand-forecast maps",
        evidence="I wrote a rota model that cut overtime by 25%",
        last_line="Why did you apply to Larkspur?",
    )
    answer = (
        "I am huge admirer of your open demand-forecast maps. Honestly the billing role isn't "
        "where I do my best work; I'm at my best in grid forecasting. Last spring I build a rota "
        "model that cut overtime by 25%. Could you say me who leads the forecasting team? I'm "
        "happy to stay in the process, and could I send you short email next week?"
    )
    from flows.pivot.feedback import feedback
    from flows.pivot.scoring import score

    note = to_plain(feedback(score(answer, ctx), ctx, answer))
    assert "Keep it as it is" not in note, note
    step = note.split("Next step:", 1)[1]
    for slip in ("I am huge admirer", "I build a rota", "say me who", "send you short email"):
        # a slip in the step is only ever shown beside its fix ('Say "..." as "..."')
        if slip in step:
            assert '" as "' in step.split(slip, 1)[1].split("\n", 1)[0], (slip, step)
