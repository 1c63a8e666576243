"""What draws the student, typed as a clause with its own "that" ("that the readmissions
dashboard ..."), is never doubled where a line puts it after "that" or "is": the coach's next
step and the stronger version say it once."""

from __future__ import annotations

import re

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, stronger_version
from flows.pivot.scoring import Context, analyse, score

LINE = "Before we finish, is there anything you'd like to ask us?"
# Honest fit, proof and an ask, but no word on why this hospital: the next step asks for it.
ANSWER = (
    "Thank you, yes. Honestly, the front desk isn't where I do my best work; I'm strongest in "
    "data analysis. I built a bed-occupancy report my ward still uses every morning. Is there "
    "someone on the analytics team you'd suggest I talk to?"
)


@pytest.mark.parametrize(
    "draws",
    [
        "that the readmissions dashboard cut wait times in half",
        "That the readmissions dashboard cut wait times in half.",
        "because the readmissions dashboard cut wait times in half",
    ],
)
def test_a_typed_that_clause_is_said_once(draws: str) -> None:
    ctx = Context(
        company="Mercy General",
        role="Patient access representative",
        target="data analytics",
        draws=draws,
        evidence="I built a bed-occupancy report my ward still uses every morning",
        last_line=LINE,
    )
    result = score(ANSWER, ctx)
    assert result.elements["E2"] == 0  # the company's line is what is missing
    note = to_plain(feedback(result, ctx, ANSWER))
    assert "What draws me to Mercy General is that the readmissions dashboard cut wait" in note
    version = to_plain(stronger_version(ctx, ANSWER, analyse(ANSWER, ctx)))
    for said in (note, version):
        assert not re.search(r"(?i)\bthat,? that\b", said), said
        assert not re.search(r"(?i)\b(?:is|that) because\b", said), said
