"""The seam between rehearsal and whatever scores an answer: a ``Judge`` names itself and scores.

The rules judge (flows/pivot/scoring.py) is the offline default. A model-backed judge plugs in by
implementing the same protocol; when it falls back to the rules judge it says so in the
``Score`` it returns (``judge="rules"``, ``fallback=<reason>``).
"""

from __future__ import annotations

from typing import Protocol

from flows.pivot.scoring import Context, Score, score


class Judge(Protocol):
    """Anything that scores a rehearsed answer on the rubric."""

    @property
    def name(self) -> str:
        """``"rules"`` or ``"model"``: shown to the user and printed by ``pivotbot score``."""
        ...

    def score(self, text: str, ctx: Context) -> Score:
        """Score ``text`` as a reply to ``ctx.last_line``; totals, caps and bands are computed."""
        ...


class RulesJudge:
    """The deterministic, explainable judge: every point rests on a quote from the answer."""

    name = "rules"

    def score(self, text: str, ctx: Context) -> Score:
        return score(text, ctx)


def rules_judge() -> RulesJudge:
    """The offline default judge."""
    return RulesJudge()
