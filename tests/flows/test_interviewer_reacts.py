"""The rule-based interviewer reacts to what the student just said (counsellor review 9b, item 9):
it never asks for what was just given, answers an ask, turns cool (never warm) after a red flag or
cynicism, and over a few rounds deals every curveball of its persona, "would you take it?" and
"are you withdrawing?" included. Several rounds per persona, in wordings of our own."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from flows.pivot.interviewer import FRIENDLY, PERSONAS, RUSHED, SCEPTICAL, next_line, opening
from flows.pivot.scoring import Context, analyse, classify_line, rules

CTX = Context(
    company="Harbourline",
    role="customer service adviser",
    target="route planning",
    draws="the night-ferry timetable redesign",
    evidence="a rota tool",
)
KEY = "telegram:4711"


def cast(persona: str) -> dict[str, Any]:
    doc: dict[str, dict[str, Any]] = rules().doc["interviewer"]["personas"]
    return doc[persona]


def warm_lines(persona: str) -> set[str]:
    c = cast(persona)
    said = [*c["curveballs"], *(line for group in c["reactions"].values() for line in group)]
    return {line["text"] for line in said if line.get("warm")}


def play(
    persona: str, answers: list[str] | None, round_no: int = 1, key: str = KEY
) -> Iterator[tuple[str, str]]:
    """One round as practice.py plays it: each answer, then the line said back to it. With no
    ``answers``, each line gets a plain, fitting reply from ``RESPONDS`` (nothing to react to)."""
    seed = zlib.crc32(f"{key}:{round_no}:{persona}".encode())
    line = opening(persona, CTX, seed)
    used = [line]
    for turn in range(1, 5):
        if answers is None:
            answer = RESPONDS[classify_line(line)]
        elif turn <= len(answers):
            answer = answers[turn - 1]
        else:
            return
        reading = analyse(answer, replace(CTX, last_line=line))
        got = next_line(
            persona,
            turn,
            answer,
            CTX,
            seed,
            used,
            reading.signals,
            reading.score,
            conversation=key,
            round_no=round_no,
        )
        if got is None:
            return
        yield answer, got
        line = got
        used.append(line)


# Proof of the bridge in the student's own words: a thing they did, with a number.
PROOF = [
    "I built a rota tool for our call centre that cut weekly planning from six hours to one, "
    "so route planning is where I'd add the most.",
    "I rebuilt the rota for 30 volunteers at a food bank and cut no-shows by half; planning "
    "routes is the same puzzle.",
    "Last year I mapped 40 delivery routes for a food bank and cut the drivers' mileage by a "
    "fifth, so I think route planning is where I'd be strongest.",
]


@pytest.mark.parametrize("seed_round", range(1, 9))
@pytest.mark.parametrize("answer", PROOF)
def test_proof_just_given_is_never_asked_for(answer: str, seed_round: int) -> None:
    assert analyse(answer, CTX).score.elements["E4"] == 2, answer
    for persona in PERSONAS:
        for _, line in play(persona, [answer] * 4, round_no=seed_round):
            assert classify_line(line) != "prove_it", (persona, line)


CYNICAL = [
    "I don't honestly expect anyone to help, but is there someone in route planning I could ask?",
    "Not that I'm expecting much, but I love Harbourline's night-ferry redesign.",
    "I doubt you can do much for me. I'd still like to hear about the planning side.",
    "Probably pointless asking, but could you point me to the route planning people?",
]
RED_FLAGS = [
    "Honestly this job is mind-numbing. Could you introduce me to your route planning lead?",
    "I only applied to get my foot in the door. Is there anyone in route planning I can meet?",
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("answer", CYNICAL + RED_FLAGS)
def test_cynicism_or_a_red_flag_never_gets_a_warm_reply(persona: str, answer: str) -> None:
    warm = warm_lines(persona)
    for round_no in range(1, 5):
        replies = list(play(persona, [answer] * 3, round_no=round_no))
        assert replies
        for _, line in replies:
            assert line not in warm, (persona, answer, line)
        # The first reply is the cool one: no offer, no "happy to help".
        first = classify_line(replies[0][1])
        assert first in {"opening", "withdrawing"}, (persona, replies[0][1])
        assert "help" not in replies[0][1].lower()


def test_the_reviewers_case_friendly_is_not_happy_to_help() -> None:
    answer = "I do not really expect you to help, but who would I talk to about route planning?"
    for round_no in range(1, 6):
        (_, line), *_ = play(FRIENDLY, [answer], round_no=round_no)
        assert not line.startswith("Happy to help"), line
        assert line not in warm_lines(FRIENDLY)


ASKS = [
    "Harbourline's ferry redesign is why I'm here. Is there someone I could have a coffee with?",
    "I'd really value a chat with somebody who works on timetables here, if that's possible?",
]
NAMED_ASKS = [
    "I admire the night-ferry redesign. Could you put me in touch with whoever runs route planning?",
    "Is the head of route planning someone you could introduce me to?",
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("answer", ASKS + NAMED_ASKS)
def test_an_ask_is_answered(persona: str, answer: str) -> None:
    assert analyse(answer, CTX).signals.asked_contact, answer
    for round_no in range(1, 5):
        (_, line), *_ = play(persona, [answer], round_no=round_no)
        kind = classify_line(line)
        assert kind in {"who_particular", "floated_team", "no_openings"}, (answer, line)
        if answer in NAMED_ASKS:  # they said whom: an offer or a plain no, not "who?"
            assert kind != "who_particular", (answer, line)


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_second_ask_gets_an_answer_not_who_again(persona: str) -> None:
    answers = [ASKS[0], "Is there anyone at all in planning you could suggest I email?"]
    kinds = [classify_line(line) for _, line in play(persona, answers, round_no=2)]
    assert kinds[0] == "who_particular"
    assert kinds[1] in {"floated_team", "no_openings"}


# A reply to each kind of line that answers it and gives nothing to react to (no ask, no team,
# no leaving, no red flag): every line said back is a curveball.
RESPONDS = {
    "opening": "Thank you. I've enjoyed hearing how Harbourline runs its crossings.",
    "time_pressure": "Of course, I'll be quick. Thank you for your time today, I've enjoyed "
    "hearing how Harbourline runs its crossings.",
    "would_take_offer": "I'd think about it seriously, because I admire Harbourline, though I'm "
    "honestly at my best with numbers and schedules.",
    "withdrawing": "Not at all. I'd like to stay in the process, whatever you decide.",
    "why_applied": "I applied because I admire how Harbourline runs its crossings and wanted to "
    "work here.",
    "no_openings": "That's completely fine, thanks for telling me. I'm not asking for a job, "
    "just keen to learn.",
    "takes_time": "That's fine by me; I'm happy to be patient and learn how things work here "
    "first.",
    "what_work": "Work where I plan things, like timetables and rotas. That's where I do my best "
    "work.",
    "floated_team": "Yes please, that would be lovely, thank you.",
    "prove_it": "Fair question. I built a rota tool at my placement that saved the team ten "
    "hours a week.",
}


@pytest.mark.parametrize("key", ["telegram:4711", "slack:T1:U9", "telegram:12"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_every_curveball_comes_up_over_a_few_rounds(persona: str, key: str) -> None:
    curveballs = [line["text"] for line in cast(persona)["curveballs"]]
    kinds = {line["kind"] for line in cast(persona)["curveballs"]}
    assert {"would_take_offer", "withdrawing"} <= kinds, persona
    said: list[str] = []
    for round_no in range(1, 4):
        said += [line for _, line in play(persona, None, round_no=round_no, key=key)]
    # The first five lines over the rounds are five different curveballs: the whole repertoire.
    assert set(said[:5]) == set(curveballs), (persona, said)


@pytest.mark.parametrize("persona", PERSONAS)
def test_interleaved_personas_still_see_every_curveball(persona: str) -> None:
    # Rounds alternate between two personas: this persona plays the odd ones only.
    curveballs = {line["text"] for line in cast(persona)["curveballs"]}
    said: set[str] = set()
    for round_no in range(1, 12, 2):
        said |= {line for _, line in play(persona, None, round_no=round_no)}
    assert said == curveballs


def test_curveballs_are_dealt_per_conversation_not_per_run() -> None:
    def deal(key: str) -> list[str]:
        return [line for _, line in play(SCEPTICAL, None, key=key)]

    assert deal("telegram:4711") == deal("telegram:4711")
    assert len({tuple(deal(f"telegram:{n}")) for n in range(12)}) > 1


def test_rushed_is_still_short_and_reacts() -> None:
    (_, line), *_ = play(RUSHED, [NAMED_ASKS[0]])
    assert classify_line(line) in {"floated_team", "no_openings"}
