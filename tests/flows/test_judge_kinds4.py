"""Judge faults from a fourth blind counsellor review, each fixed at its kind, not at one wording.

Love for something of the company's own is enthusiasm, not faked interest in the role; the note
never says it "didn't spot" what it quotes; non-native phrasing of enthusiasm, fit, proof and an
open door is credited; and an answer that dodges "who, and why would they see you?" is told so.
Every answer here is written for these tests, in wording of its own.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, score

MUSEUM = Context(
    company="Tidewater Museum",
    role="Visitor Services Assistant (ticket desk)",
    target="collections data",
    draws="their touring exhibition on shipwrecks",
    evidence="a visitor-flow model that cut queue times 20%",
)
GRID = Context(
    company="Nordwind Energie",
    role="Service Technician",
    target="grid analytics",
    draws="their battery storage park",
    evidence="load forecasting with grid operators in my thesis",
)
RUSHED = "We're nearly out of time. Any questions for us?"
QUESTIONS = "Do you have any questions for us?"
WHO_WHY = (
    "Who in particular would you want to talk to, and why would they make time for you?",
    "Who specifically would you want to talk to, and why would they give you the time?",
)


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


# -- 1. love for the company's own work is enthusiasm, not faked interest in the role ---------


@pytest.mark.parametrize(
    ("text", "liking"),
    [
        (
            "Just one, briefly. I adore what your Learning Centre is doing with school visits from "
            "coastal villages. To be honest, I do my best work on visitor data rather than at the "
            "ticket desk; I built a visitor-flow model that cut queue times 20%. Could you point "
            "me to someone in collections data? And may I stay in touch?",
            "I adore what your Learning Centre",
        ),
        (
            "Quickly, yes. I'm really excited by the mission of your outreach programme for "
            "visitors. I do my best work on data rather than at the ticket desk; I built a "
            "visitor-flow model that cut queues 20%. Who leads collections data, and may I email "
            "you next week?",
            "excited by the mission",
        ),
    ],
)
def test_love_for_something_of_the_company_is_enthusiasm_not_faked_interest(
    text: str, liking: str
) -> None:
    result = score(text, at(MUSEUM, RUSHED))
    assert "fakes_interest" not in result.red_flags, result
    assert result.elements["E2"] == 2 and liking in result.quotes["E2"], result
    # "I do my best work on X rather than Y" is honest fit, said plainly.
    assert result.elements["E3"] == 2 and "best work" in result.quotes["E3"], result
    note = feedback(result, at(MUSEUM, RUSHED), text)
    assert "Start again" not in note and "claims enthusiasm" not in note, note


@pytest.mark.parametrize(
    "liking",
    [
        "I love the ticket desk work, it's my dream job.",
        "I adore your visitor services work, it's my dream job.",  # "your" + the role is the role
    ],
)
def test_delight_in_the_role_still_fakes_interest_and_the_note_owns_its_quotes(
    liking: str,
) -> None:
    text = (
        f"Quickly, yes. {liking} I do my best work on visitor data rather than at the ticket "
        "desk; I built a visitor-flow model that cut queue times 20%. Who leads collections data?"
    )
    result = score(text, at(MUSEUM, RUSHED))
    assert "fakes_interest" in result.red_flags, result
    note = feedback(result, at(MUSEUM, RUSHED), text)
    assert "I do my best work on visitor data" in note, note  # quoted under what worked...
    assert "didn't spot an honest word about fit" not in note, note  # ...so never "not spotted"
    assert "Honest fit: it's in your answer" in note, note


# -- 2. non-native phrasing of each element ---------------------------------------------------

NON_NATIVE = (
    "Yes, thank you. I am very impressed from your new battery storage park, I have read about it "
    "in the newspaper. I must be honest, I am more happy when I work close with grid operators on "
    "the analytics side. In my bachelor thesis I have done the load forecasting together with "
    "engineers at Stadtwerke Kassel. Is there someone in grid analytics I could speak with? Of "
    "course I stay interested in this process, and may I write to you next week?"
)


@pytest.mark.parametrize(
    ("element", "words"),
    [
        ("E2", "impressed from your new battery storage park"),
        ("E3", "I am more happy when I work close with grid operators"),
        ("E4", "In my bachelor thesis I have done the load forecasting"),
        ("E6", "I stay interested in this process"),
    ],
)
def test_non_native_phrasing_earns_full_credit(element: str, words: str) -> None:
    result = score(NON_NATIVE, at(GRID, QUESTIONS))
    assert result.elements[element] == 2 and words in result.quotes[element], result
    note = feedback(result, at(GRID, QUESTIONS), NON_NATIVE)
    assert "didn't spot" not in note and "half there" not in note, note
    assert result.band == "ready", result


# -- 3. an answer that dodges "who, and why would they see you?" --------------------------------


@pytest.mark.parametrize("line", WHO_WHY)
@pytest.mark.parametrize(
    ("ctx", "text"),
    [
        (
            GRID,
            "To be honest the technician role is not for me. Are there analyst jobs open that I "
            "could apply to?",
        ),
        (MUSEUM, "I'm not sure the ticket desk suits me. Do you have any data vacancies?"),
    ],
)
def test_the_note_says_when_the_answer_names_no_one_and_gives_no_reason(
    ctx: Context, text: str, line: str
) -> None:
    result = score(text, at(ctx, line))
    assert result.total <= 9 and result.band != "ready", result
    note = feedback(result, at(ctx, line), text)
    assert "doesn't say who or why" in note, note
    assert "name a person or a team" in note and "one reason" in note, note


@pytest.mark.parametrize("line", WHO_WHY)
def test_a_named_team_with_a_reason_is_not_told_it_dodged(line: str) -> None:
    text = (
        "Ideally whoever leads collections data: my visitor-flow model cut queue times 20%, so I "
        "could help them with their visitor numbers."
    )
    result = score(text, at(MUSEUM, line))
    assert result.elements["E1"] == 2, result
    assert "who or why" not in feedback(result, at(MUSEUM, line), text)
