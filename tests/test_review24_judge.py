"""Review 24 of the rules judge (issue 11, round r31): five kinds a blind counsellor found
wrong, each said here in wordings of its own, at a port authority's graduate scheme.

1. A pasted pitch in reply to "why did you apply?" never says why they applied: it ignores the
   line (capped), like a pasted answer to any other direct question.
2. Leaving soon, said formally, politely or as a hypothetical, is the self-sabotage red flag
   (capped), never honest fit, and never quoted under "What worked".
3. Asked who and why they would make time: a titled name, a role or a team with a reason tied
   to their work or the student's proof is the whole ask.
4. An introduction asked for to someone by name, inside an answer to "would you take it?", is a
   full ask.
5. A short okay or thanks to an offered introduction is a reply, a weak one: rework, no flag.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import coach_note
from flows.pivot.rubric import CAP
from flows.pivot.scoring import Context, score

PORT = Context(
    company="Solent Harbour Board",
    role="Graduate Operations Assistant",
    target="marine environmental monitoring",
    draws="their seagrass restoration trial",
    evidence="I ran water-quality sampling for my dissertation",
)
PITCH = (
    "What draws me to Solent Harbour Board is their seagrass restoration trial. I'd be a "
    "better fit in marine environmental monitoring, because I ran water-quality sampling for "
    "my dissertation. Is there someone on the monitoring team you'd suggest I speak to? Could "
    "I follow up with you next week?"
)


def at(line: str) -> Context:
    c = PORT
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. a pasted pitch in reply to a direct question ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Be straight with me: why did you apply for this post?",
        "So what made you apply for the operations role?",
        "Quickly, why apply here at all?",
        "And what would you bring to the operations desk?",
    ],
)
def test_a_pasted_pitch_never_answers_why_they_applied(line: str) -> None:
    result = score(PITCH, at(line))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP and result.band != "ready", result
    assert result.elements["E1"] == 0, result


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I applied because the operations post puts me next to the seagrass restoration "
        "trial, though I'd be a better fit in marine environmental monitoring.",
        "Because I wanted to work at Solent Harbour Board, and the advert mentioned the seagrass "
        "restoration trial.",
        "The role appealed because it is hands-on at the harbour, and I'd love to learn how the "
        "monitoring team work.",
        "To be near the seagrass restoration trial, though I'd be a better fit in marine "
        "environmental monitoring.",
        "Mostly the seagrass restoration trial: I wanted to be close to that work.",
    ],
)
def test_a_real_reason_for_applying_still_answers_it(text: str) -> None:
    result = score(text, at("Be straight with me: why did you apply for this post?"))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2, result


@pytest.mark.parametrize(
    "text",
    [
        "I'd bring a careful eye for data: I ran water-quality sampling for my dissertation.",
        "Reliability and organisation, mostly. I kept the lab rota for twelve people.",
        "My patience with people, since I spent two summers on a ferry ticket desk.",
    ],
)
def test_saying_what_they_would_bring_answers_it(text: str) -> None:
    result = score(text, at("And what would you bring to the operations desk?"))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2, result


# -- 2. leaving soon, said politely ---------------------------------------------------------------

OFFER = "Suppose the post were yours on Monday. Would you take it?"


@pytest.mark.parametrize(
    "leaving",
    [
        "Should I take the post, I would in all likelihood be looking to move on within six months.",
        "I would expect to seek a transfer before the summer.",
        "I cannot see myself remaining beyond the first few months.",
        "My plan would be to move across after a couple of months.",
        "I doubt I'd stay past Christmas, to be candid.",
    ],
)
def test_polite_leaving_soon_is_a_red_flag_and_never_fit(leaving: str) -> None:
    text = f"{leaving} I'd be a better fit in marine environmental monitoring."
    result = score(text, at(OFFER))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= CAP, result
    assert leaving not in result.quotes.get("E3", ""), result
    note, _ = coach_note(result, at(OFFER), text)
    worked = note.split("**What worked**")[1].split("**")[0] if "**What worked**" in note else ""
    assert leaving not in worked, note
    assert "plan to leave within months" in note, note  # named as what it is


def test_staying_a_long_time_is_not_leaving() -> None:
    text = (
        "Yes, I would take it, and I'd hope to move into marine environmental monitoring in "
        "a few years. Who runs the seagrass restoration trial?"
    )
    assert not score(text, at(OFFER)).red_flags


# -- 3. who, and why they would make time -----------------------------------------------------------

WHO_WHY = "Which person would you most want to meet, and why would they give you the time?"


@pytest.mark.parametrize(
    "text",
    [
        "Prof Achebe, as she wrote the seagrass survey protocol. She might spare a quarter of an "
        "hour because my dissertation sampled the same estuary.",
        "Ms Varga on the monitoring side, since her group logs the water quality data and I ran "
        "the same sampling for my dissertation.",
        "The head of the monitoring team, because my dissertation tested the sensors they use.",
    ],
)
def test_a_titled_name_or_role_with_a_reason_is_the_whole_ask(text: str) -> None:
    result = score(text, at(WHO_WHY))
    assert not result.red_flags, result
    assert result.elements["E5"] == 2, result
    assert result.total >= 12 and result.band in ("solid", "ready"), result


def test_a_name_with_no_reason_is_only_half_the_ask() -> None:
    result = score("Prof Achebe, I suppose.", at(WHO_WHY))
    assert result.elements["E5"] < 2, result


# -- 4. an introduction asked for by name inside "would you take it?" -----------------------------


def test_an_introduction_to_a_named_person_is_a_full_ask() -> None:
    text = (
        "I'd need a night to weigh it up, though my strongest work is in marine environmental "
        "monitoring. Might you be able to introduce me to Helen Brody?"
    )
    result = score(text, at(OFFER))
    assert result.elements["E5"] == 2, result


# -- 5. a short thanks to an offered introduction ------------------------------------------------

INTRO = "Our monitoring lead is short of hands, as it happens. Shall I put you in touch?"


@pytest.mark.parametrize("text", ["okay great ta", "cool cheers!", "great thank you"])
def test_a_short_thanks_to_an_offer_is_a_weak_reply_not_a_miss(text: str) -> None:
    result = score(text, at(INTRO))
    assert not result.red_flags, result
    assert result.elements["E1"] >= 1, result  # heard and taken up, if in a word
    assert 5 <= result.total <= 9, result  # a weak reply: built on, not restarted
    note, _ = coach_note(result, at(INTRO), text)
    assert "didn't spot a reply" not in note, note
    assert "Start again" not in note, note
