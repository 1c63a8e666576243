"""Issue 11, finding 5: the stronger version keeps the student's own ask and door-open line when
they had one, also when typed in lower case on a phone; losing their ask for a generic one is
worse than the original."""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import stronger_parts
from flows.pivot.scoring import Context

GRID = Context(
    company="Verdant Grid",
    role="Sales Associate",
    target="product analytics",
    draws="their grid-forecasting launch",
    evidence="I built a usage dashboard in Looker that my team used for renewals",
    last_line="Do you have any questions for us?",
)


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        (
            "yes! tbh analytics is more my thing than sales. would u be ok putting me in touch w"
            " the person who runs product analytics? happy to stay in the running for this role too",
            [
                "Would you be ok putting me in touch with the person who runs product analytics?",
                "Happy to stay in the running for this role too.",
            ],
        ),
        (
            "thank u! honestly analytics is where i do my best work. could u introduce me to"
            " whoever leads product analytics? i would be glad to stay in the process",
            [
                "Could you introduce me to whoever leads product analytics?",
                "I would be glad to stay in the process.",
            ],
        ),
        (
            "Thanks, yes. Honestly my best work is in product analytics. Could you introduce me to"
            " whoever leads product analytics? I am glad to stay in the process if you still see a"
            " fit.",
            [
                "Could you introduce me to whoever leads product analytics?",
                "I am glad to stay in the process if you still see a fit.",
            ],
        ),
    ],
)
def test_their_ask_and_door_are_kept(answer: str, kept: list[str]) -> None:
    version = to_plain(stronger_parts(GRID, answer)[0])
    for sentence in kept:
        assert sentence in version, version
    assert "you'd suggest I talk to" not in version, version
