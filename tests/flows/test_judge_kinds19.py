"""The rules judge's nineteenth round (issue 11, blind counsellor review 16b of rehearsal).

Each kind is said here in words of its own, none of them the review's: a job demanded (only
that job will do, or the interviewer told to have them hired), and the interview offered back
with an ask after it. Each has its other side: the same wish said as a question, and a courtesy
that keeps the interview going.
"""

from __future__ import annotations

import re

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, score

MILL = Context(
    company="Harwood Mills",
    role="trade sales coordinator",
    target="quality assurance",
    draws="their recycled-fibre testing lab",
    evidence="a moisture-logging spreadsheet I built for my placement",
)

OFFER = "Our quality assurance lead sits near me. I can introduce you by email. Shall I?"
WANT = "I can put you in touch with someone in quality assurance. What would you want from them?"
RUSHED = "Sorry, I'm running late, so we only have a few minutes left. What else?"


def at(line: str) -> Context:
    return Context(MILL.company, MILL.role, MILL.target, MILL.draws, MILL.evidence, line)


# -- 1. a job demanded -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            OFFER,
            "Yes, thank you. To be frank I just want a role in the QA team, and if they can not "
            "take me on I won't accept the sales job.",
        ),
        (
            OFFER,
            "That would be great. All I want is a job in quality assurance; if they cannot hire "
            "me then I will not take this position.",
        ),
        (WANT, "tbh just a job on their team haha, could u ask them to hire me"),
        (WANT, "Mainly I hope you can get me a position in their lab, that's what I'm after."),
        (WANT, "Please convince them to take me on, I really only want a job with QA."),
    ],
)
def test_a_job_demanded_is_flagged(line: str, text: str) -> None:
    result = score(text, at(line))
    assert "demands_job" in result.red_flags, result


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            OFFER,
            "Yes please, thank you! Could you ask them whether they'd have twenty minutes to talk "
            "about how the lab tests fibre? May I follow up next week?",
        ),
        (
            WANT,
            "I'd want to hear how they got into testing, and which skills they'd tell a graduate "
            "to build. Could I email them next week?",
        ),
    ],
)
def test_a_question_about_their_work_is_no_demand(line: str, text: str) -> None:
    result = score(text, at(line))
    assert "demands_job" not in result.red_flags, result


# -- 1. the interview offered back ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maybe we could simply stop now and save us both some time. Could you send my CV to the "
        "QA team?",
        "I think we can just call it here, there's no need to continue. Would you forward my "
        "details to quality assurance?",
        "Perhaps we might simply finish here, it would spare us both the bother. Could you pass "
        "my name to your QA lead?",
    ],
)
def test_offering_to_end_the_interview_is_leaving_early_even_with_an_ask(text: str) -> None:
    result = score(text, at(RUSHED))
    assert "leaves_early" in result.red_flags, result


def test_being_quick_for_a_rushed_interviewer_is_not_leaving() -> None:
    text = (
        "I'll be quick, thanks for squeezing me in. I built a moisture-logging spreadsheet on my "
        "placement, and your fibre-testing lab is why I applied. Is there someone in quality "
        "assurance you'd suggest I talk to?"
    )
    result = score(text, at(RUSHED))
    assert "leaves_early" not in result.red_flags, result


# -- 3. only a job asked for, phone-typed ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "r there any quality control jobs going? thats where im strongest tbh",
        "any QA lab openings at the moment? lab work suits me way more",
    ],
)
def test_asking_only_for_a_job_is_named_and_half_an_ask(text: str) -> None:
    ctx = at("Do you have any questions for us?")
    result = score(text, ctx)
    assert result.elements["E5"] <= 1, result
    assert "Ask for advice or a name" in feedback(result, ctx, text)


def test_asking_who_to_talk_to_is_not_called_a_job_ask() -> None:
    text = (
        "Yes, thank you. Your fibre-testing lab is why I applied. Is there anyone in quality "
        "assurance you'd suggest I talk to about how the lab works?"
    )
    ctx = at("Do you have any questions for us?")
    assert "Ask for advice or a name" not in feedback(score(text, ctx), ctx, text)


# -- 2. credit for what was never said ---------------------------------------------------------

TAKE_IT = "Suppose we offered you the job this afternoon. Would you say yes?"


@pytest.mark.parametrize(
    "text",
    [
        "hmm tbh id want a day to think. the mill seems lovely. but selling isnt really me. "
        "testing is more my vibe ngl. who runs QA there? cd i email u next wk?",
        "To be honest, I would like some time to consider it. I have enjoyed meeting the team "
        "today. I do not feel sales is where I am strongest. Quality assurance interests me "
        "much more. Who would be the best person to speak to there? Could I contact you next "
        "week?",
    ],
)
def test_a_weighed_offer_without_proof_or_door_is_not_credited_with_them(text: str) -> None:
    ctx = at(TAKE_IT)
    result = score(text, ctx)
    assert result.elements["E4"] < 2, result  # nothing they did is in it
    note = feedback(result, ctx, text)
    # Credited "as a whole" (no quote) may be only what the answer says: its follow-up, whose
    # phone shorthand ("cd i email u next wk?") is credited without a quote (review f26).
    whole = re.search(r"from your answer as a whole:\*\* ([^\n]*)", note)
    assert whole is None or not re.search(r"bridge|proof|door", whole[1]), note


def test_a_weighed_offer_with_proof_keeps_full_bridge() -> None:
    text = (
        "Honestly, I'd want to sleep on it. Sales isn't where I'm strongest. On my placement I "
        "built a moisture-logging spreadsheet that cut failed batches by a fifth, and that's the "
        "work I'd like to do in quality assurance. Who leads that team? Could I email you next "
        "week?"
    )
    result = score(text, at(TAKE_IT))
    assert result.elements["E4"] == 2, result
