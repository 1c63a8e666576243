"""An offer weighed in words of one's own answers "would you take it?" (issue 11).

The interviewer's "would you take it?" (i16 made it reachable for every persona) answered by
weighing the offer honestly, in wordings none of the labelled sets use: the answer responds to
the line, so it is never capped as ignoring it, and the first breath earns E1.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, score

FOUNDRY = Context(
    company="Harrowgate Glassworks",
    role="Showroom Sales Associate",
    target="furnace process engineering",
    draws="their switch to an electric melting furnace",
    evidence="my placement project modelling kiln energy use",
    last_line="Suppose we offered you the showroom job tomorrow: would you accept it?",
)


@pytest.mark.parametrize(
    "answer",
    [
        "I'd give it real thought, because the electric furnace work here excites me, though my "
        "strongest work is on the process engineering side.",
        "Honestly, I would give the offer careful consideration. I admire the furnace switch, but "
        "I do my best work in process engineering.",
        "I'd weigh it up honestly: Harrowgate is where I want to be, though engineering the "
        "furnace process is where I'd contribute most.",
    ],
)
def test_an_offer_weighed_answers_the_line(answer: str) -> None:
    result = score(answer, FOUNDRY)
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2, result
    assert result.total >= 8, result
