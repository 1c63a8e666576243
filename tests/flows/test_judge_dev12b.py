"""Red flags from the twelfth round's second set (judge_dev12b), each at its kind.

Every answer here is written for these tests, in wording none of the labelled sets use: the
role's work as anything anyone could do with a qualifier between, a degree spent on it as a
pity, the work as spam or soon done by a machine, getting in first and moving later, the
interviewer's remaining questions skipped, and the other job declared as the one applied for;
and the plain answers near them that must stay unflagged.
"""

from __future__ import annotations

import pytest

from flows.pivot.rubric import CAP
from flows.pivot.scoring import Context, score
from tests.flows.test_judge_probes import LIBRARY, QUESTIONS, VANS

MORE = "We have a few more questions about the shifts, then time for yours."


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


FLAGGED = [
    # The role's work as anything anyone could do, with a qualifier between.
    (
        VANS,
        "Yes. Honestly, running shifts is a job anybody with a clipboard could handle. The van "
        "trial is great, and my route planner cut mileage by 15%. Who leads routing?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "Thank you. The counter is something anyone who can smile could do, so I'd be more use "
        "in digital archives. Who runs it?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "I love the oral-history project. Stamping books is work that everyone with a library "
        "card can do. I digitised 3,000 parish records.",
        "disparages_role",
    ),
    # A degree spent on the role's work as a pity.
    (
        VANS,
        "Yes. It seems a shame to use a maths degree on shift rotas. My route planner cut "
        "mileage by 15%. Who leads route optimisation?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "Thanks. It would be sad to waste my master's doing returns at the desk. Who leads "
        "digital archives?",
        "disparages_role",
    ),
    (
        VANS,
        "Honestly it's a bit of a waste to put my training into loading bays. The van trial is "
        "brilliant though. Could I meet the routing team?",
        "disparages_role",
    ),
    # The role's work as spam, or soon done by a machine.
    (
        VANS,
        "Sure. A robot could replace this job soon anyway. My planner cut mileage by 15%, so "
        "who leads routing?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "Yes. Let's be honest, software will take over the counter before long, it will handle "
        "it all. Who runs digital archives?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "Thanks. The newsletter you send members is basically spam, if I'm honest. I'd rather "
        "work on digital archives. Who leads it?",
        "disparages_role",
    ),
    # Getting in first, then moving later.
    (
        VANS,
        "Yes, absolutely. When I get my foot in I'll show the routing team my planner and "
        "switch to route optimisation.",
        "disparages_role",
    ),
    (
        LIBRARY,
        "Of course. After I'm hired I'd look around for a while and then transfer to digital "
        "archives.",
        "disparages_role",
    ),
    (
        VANS,
        "Definitely. As soon as I'm inside, I can prove myself on the floor and hop over to "
        "routing.",
        "disparages_role",
    ),
    # The interviewer's remaining questions skipped.
    (
        VANS,
        "Could we skip the rest? Shifts aren't really my thing. I'd love a name in routing though.",
        "leaves_early",
    ),
    (
        LIBRARY,
        "I'm happy if we pass on those, to be honest, the counter isn't for me. Who leads "
        "digital archives?",
        "leaves_early",
    ),
    (
        VANS,
        "Maybe we could just leave out the other questions? I realise this role isn't where I "
        "fit. Thank you.",
        "leaves_early",
    ),
    # The other job declared as the one applied for, or its move taken as done.
    (
        LIBRARY,
        "Thank you. Please put digital archives down as the job I'm applying for now. I "
        "digitised 3,000 parish records.",
        "demands_job",
    ),
    (
        VANS,
        "Yes. Please treat my application as one for route optimisation from now on. I'll call "
        "on Friday to confirm that it's been transferred.",
        "demands_job",
    ),
    (
        LIBRARY,
        "I love the oral-history project. I'll email tomorrow to confirm my CV has been passed "
        "on to digital archives.",
        "demands_job",
    ),
]


@pytest.mark.parametrize(("ctx", "text", "flag"), FLAGGED)
def test_flag_in_other_words(ctx: Context, text: str, flag: str) -> None:
    line = MORE if flag == "leaves_early" else QUESTIONS
    got = score(text, at(ctx, line))
    assert flag in got.red_flags
    assert got.total <= CAP


CLEAN = [
    # Asking whether anyone could talk is an ask, not a dig.
    (
        VANS,
        "Thank you. The van trial is why I applied. Is there anyone with routing experience "
        "who could do a short call with me? My planner cut mileage by 15%.",
    ),
    # A machine that does work in the student's own story.
    (
        LIBRARY,
        "Yes. I built a script that could handle the parish records, so software did the slow "
        "renaming. Who leads digital archives?",
    ),
    # Moving within their own past, not a plan to move.
    (
        VANS,
        "Yes. When I was at the courier firm I moved over to planning after a year, and my "
        "route planner cut mileage by 15%. Who leads routing here?",
    ),
    # Skipping over their own slides, not the interview.
    (
        LIBRARY,
        "Thanks. I skipped the rest of my notes because the oral-history project says it "
        "better. Who leads digital archives?",
    ),
]


@pytest.mark.parametrize(("ctx", "text"), CLEAN)
def test_plain_answers_stay_unflagged(ctx: Context, text: str) -> None:
    assert score(text, at(ctx, QUESTIONS)).red_flags == []


# -- praise taken back by admitting it was never looked at: the draws earn nothing --

PRAISE = "Yes. I love the oral-history project, it's amazing."
REST = " I digitised 3,000 parish records. Who leads digital archives?"


@pytest.mark.parametrize(
    "retraction",
    [
        " Well, okay, I haven't actually looked at it.",
        " Well, I've never even seen it, someone told me about it.",
        " Though I didn't really read through it.",
    ],
)
def test_praise_taken_back_earns_no_enthusiasm(retraction: str) -> None:
    kept = score(PRAISE + REST, at(LIBRARY, QUESTIONS))
    taken = score(PRAISE + retraction + REST, at(LIBRARY, QUESTIONS))
    assert kept.elements["E2"] > 0
    assert taken.elements["E2"] == 0


def test_praise_by_comparison_is_not_taken_back() -> None:
    text = (
        "Yes. The oral-history project is why I applied, I have not seen that in other libraries."
    )
    assert score(text + REST, at(LIBRARY, QUESTIONS)).elements["E2"] > 0
