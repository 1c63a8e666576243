"""The rules judge on a blind counsellor review of today's main (issue 11, review j24).

Each kind is said here in words of its own, none of them the review's, at a games studio: a
nervous, over-apologetic yes to an offered introduction is a yes (the apologies cost delivery,
nothing else), and a job asked for in a casual or non-native word order gets the same note as
one asked for in the textbook order. Each has its other side.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, Score, score

HALDEN = Context(
    company="Halden Games",
    role="QA tester",
    target="level design",
    draws="their co-op puzzle series",
    evidence="the puzzle mod I built, which 4,000 players downloaded",
)

OFFER = "Our level design lead is looking for people; want me to pass your name along?"
OPEN = "So, what brings you to us today?"


def at(line: str) -> Context:
    return Context(HALDEN.company, HALDEN.role, HALDEN.target, HALDEN.draws, HALDEN.evidence, line)


def judged(line: str, text: str) -> tuple[Score, str]:
    result = score(text, at(line))
    return result, feedback(result, at(line), text)


# -- 1. a nervous yes is a yes: apologies are no retraction -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ah yes, sorry, sorry! Maybe not the done thing to be so eager in an interview, forgive "
        "me for taking up your time. Yes, please.",
        "Oh gosh, sorry, yes, perhaps maybe not my place to say but yes, thank you so much, sorry.",
    ],
)
def test_an_apologetic_yes_to_an_offer_is_not_taken_back(text: str) -> None:
    result, note = judged(OFFER, text)
    assert "retracted" not in result.gaming, result
    assert "took it back" not in note.lower(), note
    assert result.elements["E1"] == 2, result  # the reply to their line stands
    assert result.elements["E5"] >= 1, result  # the offer is taken up
    assert result.elements["E8"] <= 1, result  # heavy apologising costs delivery
    assert "Start again" not in note


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, I'd love that, thank you. Maybe not though, I don't want to bother them.",
        "Yes, that would be brilliant, thank you. Hmm, maybe not.",
    ],
)
def test_a_yes_then_maybe_not_is_still_taken_back(text: str) -> None:
    result, note = judged(OFFER, text)
    assert "took it back" in note.lower(), note
    assert result.elements["E5"] == 0, result


# -- 2. a job asked for in any word order gets the job-ask note -------------------------------

JOB_NOTE = "not a job"


@pytest.mark.parametrize(
    "text",
    [
        "have you some job in level design?",
        "u got any openings on the level design side??",
        "Is there some position for me in level design team? I like very much your puzzle games.",
        "can i get a job with the level designers maybe",
        "you guys hiring in level design rn?",
        "There is some role for me with the designers? I made a puzzle mod.",
    ],
)
def test_a_casual_or_non_native_job_ask_is_named(text: str) -> None:
    result, note = judged(OPEN, text)
    assert JOB_NOTE in note, note
    assert "Nothing in it needs undoing" not in note, note
    assert result.total <= 9, result


@pytest.mark.parametrize(
    "text",
    [
        "Could I have a short chat with someone in level design?",
        "Do you have some advice for me about getting into level design?",
        "Have you got a minute after this so I could ask about level design?",
    ],
)
def test_asking_for_a_chat_or_advice_is_no_job_ask(text: str) -> None:
    _, note = judged(OPEN, text)
    assert JOB_NOTE not in note, note


# -- 3. a question for a name, right after the team was named, is a specific ask --------------

PITCH = (
    "Your co-op puzzle series is why I applied, and I built a puzzle mod that players still use. "
)


@pytest.mark.parametrize(
    "text",
    [
        PITCH + "Ideally I'd just sit down for a coffee with somebody on the narrative team. "
        "Is there anyone you could put me in touch with?",
        PITCH + "The people I'd most like to hear from are on your live-ops team. "
        "Would you feel able to pass on a name?",
    ],
)
def test_a_name_asked_for_after_the_team_is_the_whole_ask(text: str) -> None:
    result, note = judged(OPEN, text)
    assert result.elements["E5"] == 2, result
    assert "name the team" not in note.lower(), note
    assert "spot a clear ask" not in note, note


def test_a_name_asked_for_with_no_team_anywhere_stays_half() -> None:
    result, _ = judged(OPEN, PITCH + "I really enjoy testing games. Could you suggest a name?")
    assert result.elements["E5"] == 1, result
