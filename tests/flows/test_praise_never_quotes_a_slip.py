"""Issue 11, finding 6: what worked never quotes a slip of English back as praise ("I am very
interest in your robots" - good enthusiasm). A sentence with a slip whose repair is certain is
praised by what it did, and handed back only in its corrected form; "-ing" said of oneself
("I am very exciting to join") is a slip too."""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, said_cleanly
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse

ROBOTS = Context(
    company="Kestrel Robotics",
    role="Sales Associate",
    target="robot testing",
    draws="their warehouse robots",
    evidence="I built a test rig for my university robot club",
    last_line="Do you have any questions for us?",
)


def _worked(answer: str) -> str:
    note = to_plain(coach_note(in_round(analyse(answer, ROBOTS).score, {}), ROBOTS, answer)[0])
    assert "What worked" in note, note
    return note.split("What worked", 1)[1].split("\n\n", 1)[0]


@pytest.mark.parametrize(
    ("answer", "slip", "said"),
    [
        (
            "Thank you. I am very exciting about your warehouse robots. Honestly my best work is in"
            " robot testing. Could you introduce me to someone in robot testing?",
            "very exciting about",
            "I am very excited about your warehouse robots.",
        ),
        (
            "thanks! im so exciting abt ur warehouse robots. honestly robot testing is more me. is"
            " there someone in robot testing i could talk to?",
            "so exciting",
            "I'm so excited about your warehouse robots.",
        ),
    ],
)
def test_a_slip_is_never_quoted_as_praise(answer: str, slip: str, said: str) -> None:
    worked = _worked(answer)
    assert slip not in worked, worked
    assert f'"{said}"' in worked, worked


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("I am very exciting to join your team.", "I am very excited to join your team."),
        ("We're really inspiring by your mission.", "We're really inspired by your mission."),
        ("Your launch is exciting to me.", "Your launch is exciting to me."),
        ("I found the talk fascinating.", "I found the talk fascinating."),
    ],
)
def test_ing_said_of_oneself_is_mended(typed: str, said: str) -> None:
    assert said_cleanly(typed) == said
