"""Issue 10 (w1): what a student types of someone after their name is said right after it, in
every draft and card (flows.pivot.people.described, read_name, guess_introduced)."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text, people, phrases


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # A pronoun or a missing "who" before what they do; the verb agrees with one person.
        ("he lead the robotics team for the delivery robots", "who leads the robotics team for the delivery robots"),
        ("she run robotics team that builds the delivery robots", "who runs the robotics team that builds the delivery robots"),
        ("runs robotics team 4 delivery robots", "who runs the robotics team for delivery robots"),
        ("who lead the data team", "who leads the data team"),
        ("who work on robotics team", "who works on the robotics team"),
        ("he manage robotics team w/ 12 engineers", "who manages the robotics team with 12 engineers"),
        ("works on fraud models", "who works on fraud models"),
        # A team named where a description of the person should be: where they are.
        ("robotics team for delivery robots", "on the robotics team for delivery robots"),
        ("the data team", "on the data team"),
        ("from robotics team for the delivery robots", "from the robotics team for the delivery robots"),
        # Titles and places stay as typed, and nothing is said twice.
        ("lead data scientist", "lead data scientist"),
        ("head of growth", "head of growth"),
        ("robotics team lead", "robotics team lead"),
        ("at Northwind Analytics", "at Northwind Analytics"),
        ("who leads merchandising analytics", "who leads merchandising analytics"),
        ("on the robotics team for delivery robots", "on the robotics team for delivery robots"),
        ("manages a team of five", "who manages a team of five"),
    ],
)  # fmt: skip
def test_a_description_reads_right_after_a_name(typed: str, said: str) -> None:
    assert people.described(typed) == said
    assert people.described(said) == said  # said again (drafts, cards): unchanged


@pytest.mark.parametrize(
    ("typed", "name", "role"),
    [
        ("Ken Ito - runs robotics team 4 delivery robots", "Ken Ito", "who runs the robotics team for delivery robots"),
        ("ah yes maya rao, she run robotics team that builds the delivery robots", "Maya Rao", "who runs the robotics team that builds the delivery robots"),
        ("ok so ken ito, he lead the robotics team", "Ken Ito", "who leads the robotics team"),
        ("er ken ito who work on robotics team", "Ken Ito", "who works on the robotics team"),
        ("Ken Ito (robotics team for delivery robots)", "Ken Ito", "on the robotics team for delivery robots"),
        ("ken ito from robotics team for the delivery robots", "Ken Ito", "from the robotics team for the delivery robots"),
    ],
)  # fmt: skip
def test_whom_typed_with_chat_and_a_description(typed: str, name: str, role: str) -> None:
    assert people.read_name(typed) == (name, role)


@pytest.mark.parametrize(
    ("offer", "name", "role"),
    [
        ("lena offered to intro me to Ken Ito, he lead robotics team 4 the delivery robots", "Ken Ito", "who leads the robotics team for the delivery robots"),
        ("priya said she'd intro me to ken, he lead the robotics team for the delivery robots", "Ken", "who leads the robotics team for the delivery robots"),
        ("lena will connect me w/ ken ito who runs robotics team 4 the delivery robots", "Ken Ito", "who runs the robotics team for the delivery robots"),
        ("sam said he'd introduce me to Ken Ito, robotics team for delivery robots", "Ken Ito", "on the robotics team for delivery robots"),
    ],
)  # fmt: skip
def test_whom_read_from_the_offer(offer: str, name: str, role: str) -> None:
    guess = people.guess_introduced(offer)
    assert guess is not None
    assert (guess[0], people.described(guess[1])) == (name, role)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("thanks 4 the tip", "thanks for the tip"),
        ("robotics team 4 delivery robots", "robotics team for delivery robots"),
        ("I have 4 people on my team", "I have 4 people on my team"),
        ("4 the win", "4 the win"),  # no word before it: left as typed
    ],
)
def test_four_typed_for_for(typed: str, said: str) -> None:
    assert phrases.expand_shorthand(typed) == said


@pytest.mark.parametrize(
    ("target", "team"),
    [
        ("robotics team for the delivery robots", "the robotics team for the delivery robots"),
        ("the robotics team working on delivery robots", "the robotics team working on delivery robots"),
        ("data team that builds dashboards", "the data team that builds dashboards"),
        # A kind of work, or a team followed by the work it does after a comma: no team.
        ("merchandising analytics", ""),
        ("risk operations team, fraud detection on merchant payments", ""),
    ],
)  # fmt: skip
def test_a_better_fit_typed_as_a_team_with_what_it_does(target: str, team: str) -> None:
    assert draft_text.target_team(target, []) == team
