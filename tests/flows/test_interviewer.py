"""The role-play interviewer: reactions to the answer, seeded determinism, distinct personas."""

from __future__ import annotations

import pytest

from bot.markup import parse
from flows.pivot.interviewer import (
    FRIENDLY,
    PERSONAS,
    RUSHED,
    SCEPTICAL,
    lines,
    next_line,
    opening,
    personas,
)
from flows.pivot.scoring import Context, classify_line, rules

CTX = Context(
    company="Gridline",
    role="inside sales representative",
    target="product analytics",
    draws="the grid-forecasting launch",
    evidence="a usage dashboard",
)
PLAIN = "Thanks. I've enjoyed hearing about Gridline and how the sales team works."
ROUND = [
    "I love Gridline's forecasting launch. Is there someone I could talk to about data work?",
    "Ideally whoever leads the product analytics team.",
    "Yes please, that would be great. What skills are they after?",
    "That's fine by me.",
    "Thank you.",
]


def kind_of_reply(persona: str, answer: str, turn: int = 1, seed: int = 1) -> str:
    line = next_line(persona, turn, answer, CTX, seed, [opening(persona, CTX, seed)])
    assert line is not None
    return classify_line(line)


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_contact_ask_gets_asked_who_in_particular(persona: str) -> None:
    answer = "I admire Gridline. Is there someone in analytics you'd suggest I talk to?"
    assert kind_of_reply(persona, answer) == "who_particular"


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_word_about_the_company_gets_what_do_you_know(persona: str) -> None:
    assert kind_of_reply(persona, "I'm more of a data person than a sales person.") in {
        "what_know",
        "withdrawing",
    }
    assert kind_of_reply(persona, "I do my best work with data.") == "what_know"


@pytest.mark.parametrize("persona", PERSONAS)
def test_sounding_like_leaving_gets_are_you_withdrawing(persona: str) -> None:
    answer = "Gridline is great, but I'm going to withdraw; this job isn't for me."
    assert kind_of_reply(persona, answer) == "withdrawing"


def test_a_named_team_gets_floated_or_tested() -> None:
    answer = "Gridline's launch is why I'm here, and product analytics is where I'd add value."
    friendly = next_line(FRIENDLY, 2, answer, CTX, 3, [])
    assert friendly is not None and "product analytics team is hiring" in friendly
    assert kind_of_reply(RUSHED, answer, turn=2) == "floated_team"
    assert kind_of_reply(SCEPTICAL, answer, turn=2) == "prove_it"


@pytest.mark.parametrize("persona", PERSONAS)
def test_otherwise_a_fresh_curveball(persona: str) -> None:
    curveballs = {
        line["text"] for line in rules().doc["interviewer"]["personas"][persona]["curveballs"]
    }
    used: list[str] = []
    for turn in (1, 2):
        line = next_line(persona, turn, PLAIN, CTX, 9, used)
        assert line is not None and line in curveballs and line not in used
        used.append(line)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("seed", range(12))
def test_a_round_never_repeats_and_ends(persona: str, seed: int) -> None:
    used = [opening(persona, CTX, seed)]
    for turn, answer in enumerate(ROUND, start=1):
        line = next_line(persona, turn, answer, CTX, seed, used)
        if line is None:
            break
        assert line not in used
        used.append(line)
    assert line is None and 3 <= turn <= 4
    assert len(set(used)) == len(used)


@pytest.mark.parametrize("persona", PERSONAS)
def test_same_seed_same_round(persona: str) -> None:
    def play(seed: int) -> list[str | None]:
        used = [opening(persona, CTX, seed)]
        for turn, answer in enumerate([PLAIN] * 4, start=1):
            line = next_line(persona, turn, answer, CTX, seed, used)
            if line is None:
                break
            used.append(line)
        return list(used)

    assert play(5) == play(5)
    assert len({tuple(play(seed)) for seed in range(20)}) > 1


def test_personas_are_distinct() -> None:
    assert [pid for pid, _ in personas()] == list(PERSONAS) == [FRIENDLY, RUSHED, SCEPTICAL]
    assert len({label for _, label in personas()}) == len(PERSONAS)
    said = {pid: {text for _, text in lines(pid)} for pid in PERSONAS}
    for pid in PERSONAS:
        others = set().union(*(said[o] for o in PERSONAS if o != pid))
        assert not said[pid] & others, pid
    # The rushed persona is the one always short of time.
    assert {kind for kind, _ in lines(RUSHED)} >= {"time_pressure"}
    assert {classify_line(opening(RUSHED, CTX, s)) for s in range(10)} == {"time_pressure"}


def test_enough_curveballs_and_the_scorer_reads_every_line() -> None:
    cast = rules().doc["interviewer"]["personas"]
    assert sum(len(cast[pid]["curveballs"]) for pid in PERSONAS) >= 12
    for pid in PERSONAS:
        for kind, text in lines(pid, "product analytics"):
            assert classify_line(text) == kind, text


def test_team_names_are_escaped() -> None:
    ctx = Context(company="Gridline", target="**data** [x](http://e.vil)")
    line = next_line(
        FRIENDLY, 2, "Gridline is great; I'd add value in **data** [x](http://e.vil).", ctx, 1, []
    )
    assert line is not None
    spans = [span for row in parse(line) for span in row.spans]
    assert all(span.kind == "text" for span in spans)


def test_unknown_persona_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown interviewer persona"):
        opening("grumpy", CTX, 1)
