"""What a narrow moment may credit, and what a line really asks, judged as a counsellor would.

An answer that fails the moment's own question ("who would you talk to?" answered by asking for a
job) gets no credit for what it was not asked, neither from the moment nor, in the chat, from
earlier turns: the chat and ``pivotbot score`` then agree. A specific line that also invites the
candidate's questions is answered by asking one. Answers are written for these tests, in wording
of their own.
"""

from __future__ import annotations

import re

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.practice import in_round
from flows.pivot.rubric import ELEMENTS, SHORT_NAMES
from flows.pivot.scoring import Context, score
from tests.flows.test_judge_probes import LIBRARY, VANS

# COACHING.md's calibration scenario.
CLIMATE = Context(
    company="Gridline",
    role="inside sales representative",
    target="product analytics",
    draws="the grid-forecasting launch",
    evidence="a usage dashboard",
)
WHO = (
    "Who in particular would you want to talk to, and why would they make time for you?",
    "Fine. Who exactly? Give me a name or a team.",
    "I know a few people. Anyone in particular you had in mind?",
)
QUESTIONS = "Do you have any questions for us?"
# Time pressure that also invites questions, as the rushed interviewer opens.
HURRIED_INVITES = (
    "Quick one before my next call: anything you want to ask?",
    "We're nearly out of time. Any questions for us?",
    "Right, I've got a hard stop soon. Questions?",
)
ALL_TWO = dict.fromkeys(ELEMENTS, 2)


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


JOB_ASKS = [
    (CLIMATE, "Honestly I'm not sure sales is for me. Do you have any analytics jobs?"),
    (
        LIBRARY,
        "To be honest the counter isn't really for me. Do you have any digital archives jobs?",
    ),
    (
        VANS,
        "Honestly, shift work isn't where I'm strongest. Are there any openings in route optimisation?",
    ),
]


@pytest.mark.parametrize("line", WHO)
@pytest.mark.parametrize(("ctx", "text"), JOB_ASKS)
def test_asking_for_a_job_when_asked_who_is_rework_not_ready(
    ctx: Context, text: str, line: str
) -> None:
    # It names no one, gives no reason to help, asks for a job rather than advice: about 7.
    result = score(text, at(ctx, line))
    assert 6 <= result.total <= 8 and result.band == "rework", result
    assert not result.granted, result  # the moment's own question is unanswered: no free credit
    assert result.elements["E5"] <= 1, result  # a job ask is no informational ask
    assert result.elements["E1"] <= 1 and "E1" not in result.quotes, result
    assert not result.red_flags, result  # a poor reply, but a reply: no "start again"
    # Without the intake's details the command line reads it the same way.
    bare = score(text, Context(last_line=line))
    assert bare.total == result.total and not bare.red_flags, bare


@pytest.mark.parametrize(("ctx", "text"), JOB_ASKS)
def test_earlier_turns_do_not_complete_an_answer_that_fails_its_moment(
    ctx: Context, text: str
) -> None:
    # The chat's scenario: a 16/16 first turn, then the job ask to "who in particular?".
    result = score(text, at(ctx, WHO[0]))
    shown = in_round(result, ALL_TWO)
    assert shown.total == result.total and shown.band == "rework", shown
    note = feedback(shown, at(ctx, WHO[0]), text)
    assert "Ready" not in note and "real interview" not in note, note
    assert f"({SHORT_NAMES['E1']})" not in note, note


def test_an_answer_that_names_someone_still_carries_earlier_turns() -> None:
    # The other side of the rule: naming a person and a reason answers the moment, and what an
    # earlier turn said still counts in the chat.
    text = (
        "Whoever leads the routing team, because my route planner cut our mileage by 15% and "
        "I'd like to learn how they plan at scale."
    )
    result = score(text, at(VANS, WHO[0]))
    assert result.answered and not result.red_flags, result
    assert in_round(result, ALL_TWO).total >= result.total and in_round(result, ALL_TWO).total >= 14


PIVOT_WITH_A_QUESTION = (
    "Yes, one. Your electric van trial in Bristol is the reason I applied, and I've read every "
    "update you've posted about it since the spring, including the piece on charging at the depot "
    "overnight. Running shifts here would teach me a lot about how the warehouse feeds the vans, "
    "and I respect that work. Still, I do my best work in route optimisation. I wrote a Python "
    "route planner that cut my courier team's mileage by 15% over six months, and the drivers "
    "still use it every morning. Could you point me to someone on the routing team I could talk "
    "to? I'm glad to stay in the process, and may I follow up next week?"
)


@pytest.mark.parametrize("line", HURRIED_INVITES)
def test_a_question_answers_a_hurried_invitation_to_ask(line: str) -> None:
    # Over the moment's brief length, but it takes up the invitation: it responds, then pivots.
    result = score(PIVOT_WITH_A_QUESTION, at(VANS, line))
    assert result.line_kind == "time_pressure", result
    assert "ignores_interviewer" not in result.red_flags and result.band != "restart", result
    assert result.elements["E1"] == 2 and result.total >= 12, result
    note = feedback(result, at(VANS, line), PIVOT_WITH_A_QUESTION)
    assert "Start again" not in note and "doesn't answer what they just said" not in note, note


def test_a_plain_time_warning_is_not_an_invitation() -> None:
    # "We only have five minutes left." asks for nothing: a long script still ignores it.
    result = score(PIVOT_WITH_A_QUESTION, at(VANS, "We only have five minutes left."))
    assert "ignores_interviewer" in result.red_flags, result


def _worked(note: str) -> list[tuple[str, str]]:
    """(quote, element name) under "What worked" in a coach's note."""
    if "What worked" not in note:
        return []
    block = note.split("What worked", 1)[1].split("\n\n", 1)[0]
    return re.findall(r'^- "(.+)" \(([^)]+)\)$', block, re.M)


NOTES = [
    (VANS, HURRIED_INVITES[0], PIVOT_WITH_A_QUESTION, {}),
    (VANS, WHO[0], JOB_ASKS[2][1], ALL_TWO),
    (CLIMATE, WHO[0], JOB_ASKS[0][1], ALL_TWO),
    (
        VANS,
        "Why did you apply for this role, then?",
        "I love your electric van trial in Bristol. Is there anyone in routing I could meet?",
        {"E2": 2, "E4": 2},
    ),
    (
        LIBRARY,
        QUESTIONS,
        "Thank you, I do. The oral-history project with retired miners is why I applied. The "
        "counter isn't where I do my best work, though: I built a digitisation pipeline for 3,000 "
        "parish records. Could you name someone in digital archives?",
        {},
    ),
]


@pytest.mark.parametrize(("ctx", "line", "text", "carried"), NOTES)
def test_the_coach_quotes_as_working_only_what_the_score_counts(
    ctx: Context, line: str, text: str, carried: dict[str, int]
) -> None:
    own = score(text, at(ctx, line))
    shown = in_round(own, carried)
    note = feedback(shown, at(ctx, line), text)
    names = {name: e for e, name in SHORT_NAMES.items()}
    for quote, name in _worked(note):
        element = names[name]
        # Full marks in the score the student sees, earned by words of this very answer.
        assert shown.elements[element] == 2 and own.elements[element] > 0, (quote, name, shown)
        said = re.sub(r"\\(.)", r"\1", quote).strip("…")  # markup escapes undone
        assert said in text or said[:40] in text, quote
    assert ("Start again" in note) == bool(shown.red_flags), note


COACHING_STRONG = (
    "Thank you, I do. First, I've really enjoyed hearing about the grid-forecasting launch; it's "
    "the reason Gridline was top of my list. I want to be straight with you, though: this role is "
    "mostly quota-driven outreach, and that isn't where I do my best work. Where I think I'd add "
    "the most value is closer to the data. In my current job I built a usage dashboard that our "
    "account team used to plan renewals, and it became part of every quarterly review. Is there a "
    "team like product analytics where that kind of work fits, and would you be comfortable "
    "pointing me to someone there? I'm happy to stay in the process if you still see a fit for me "
    "in sales. And would it be alright if I stayed in touch?"
)


@pytest.mark.parametrize(
    ("text", "low", "high", "flagged"),
    [
        (COACHING_STRONG, 14, 16, False),  # "strong (about 15)"
        ("I'm not sure sales is for me. Do you have analytics jobs?", 6, 9, False),  # about 7
        ("The posting misled me, so this isn't worth our time.", 0, 5, True),  # red flag
    ],
)
def test_coaching_md_examples_score_in_their_stated_bands(
    text: str, low: int, high: int, flagged: bool
) -> None:
    result = score(text, at(CLIMATE, QUESTIONS))
    assert low <= result.total <= high and bool(result.red_flags) == flagged, result
