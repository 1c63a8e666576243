"""The stronger version for "who would you want to talk to, and why?" and "what do you want from
me?" gives the student's own proof as the reason (review 26b M2: everyone got "because it's the
kind of work I've already done and want to do more of", their R analysis or dashboard dropped)."""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import stronger_version
from flows.pivot.scoring import Context

WHO = "Who in particular would you want to talk to, and why?"
WANT = "So what do you actually want from me?"


def _ctx(evidence: str, line: str) -> Context:
    return Context(
        company="Verdant Grid",
        role="Inside sales",
        target="product analytics",
        draws="the grid-forecasting launch",
        evidence=evidence,
        last_line=line,
    )


@pytest.mark.parametrize("line", [WHO, WANT])
@pytest.mark.parametrize(
    ("evidence", "said"),
    [
        ("I built a Looker dashboard the renewals team used every week", "Looker dashboard"),
        ("an R analysis of 2,000 patient surveys", "2,000 patient surveys"),
        ("I ran the pricing survey for our student union's shop", "pricing survey"),
    ],
)
@pytest.mark.parametrize("answer", ["umm maybe someone in data? idk", "maybe an intro?"])
def test_the_reason_is_their_own_proof(evidence: str, said: str, line: str, answer: str) -> None:
    version = to_plain(stronger_version(_ctx(evidence, line), answer))
    assert said in version, version
    assert "want to do more of" not in version, version


def test_without_proof_the_reason_is_still_said() -> None:
    version = to_plain(stronger_version(_ctx("", WHO), "maybe someone in data?"))
    assert "because it's the kind of work I've already done" in version, version
