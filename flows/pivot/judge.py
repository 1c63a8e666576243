"""The seam between what scores a rehearsed answer and what uses the score: the rehearsal,
``pivotbot score`` and ``pivotbot score --eval`` (flows/pivot/judge_eval.py).

A ``Judge`` names itself and scores one answer, returning a ``Judged``: the score and which judge
scored it. Two implement it:

- ``RulesJudge``, the deterministic, explainable rules judge (flows/pivot/scoring.py), the
  offline default;
- ``judge_model.ModelJudge``, the optional model-backed judge, when PIVOTBOT_LLM_* is set. When
  it falls back to the rules it says so: ``judge="rules"`` with ``fallback=<reason>``.

``configured`` picks the one the bot uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from flows.pivot.rubric import BAND_LIST
from flows.pivot.scoring import Context, Score, score

if TYPE_CHECKING:
    from flows.pivot.judge_model import ChatModel


# The rubric's lowest band ("restart", "Start again"), and what ``pivotbot score`` calls a total
# in it without a red flag, as the chat does ("Early draft").
EARLIEST = BAND_LIST[-1].id
EARLY_DRAFT = "early_draft"


@dataclass(frozen=True)
class Judged:
    """A scored answer and who scored it: ``judge`` is ``model`` or ``rules``; ``fallback`` is
    why the model's view was not used (``timeout``, ``http_error``, ``malformed`` ...)."""

    score: Score
    judge: str
    fallback: str | None = None
    dropped: int = 0  # the model's points or flags whose quote did not hold up

    def to_json(self) -> dict[str, Any]:
        """What ``pivotbot score`` prints: the score, ``judge``, and ``fallback`` when there
        was one. No answer text."""
        out = {**self.score.to_json(), "judge": self.judge}
        if out["band"] == EARLIEST and not self.score.red_flags:
            # As the chat shows it: "Start again" belongs to a red flag; a low total without
            # one is an early draft (COACHING.md's bands, docs/judge.md).
            out["band"] = EARLY_DRAFT
        if self.fallback:
            out["fallback"] = self.fallback
        return out


class Judge(Protocol):
    """Anything that scores a rehearsed answer on the rubric."""

    @property
    def name(self) -> str:
        """The configured judge, ``"rules"`` or ``"model"`` (a model judge that fell back says
        so in the ``Judged`` it returns, not here)."""
        ...

    async def judge(self, text: str, ctx: Context) -> Judged:
        """Score ``text`` as a reply to ``ctx.last_line``; totals, caps and bands are computed
        by the code. Never raises for a model's failure."""
        ...


class RulesJudge:
    """The deterministic, explainable judge: every point rests on a quote from the answer."""

    name = "rules"

    async def judge(self, text: str, ctx: Context, rules: Score | None = None) -> Judged:
        """``rules``: the answer's score when the caller has already read it."""
        return Judged(rules if rules is not None else score(text, ctx), "rules")


def rules_judge() -> RulesJudge:
    """The offline default judge."""
    return RulesJudge()


def configured(model: ChatModel | None, timeout: float = 8.0) -> Judge:
    """The judge the bot uses: the model-backed judge when a language model is configured
    (falling back to the rules within ``timeout`` seconds), else the rules judge."""
    if model is None:
        return rules_judge()
    from flows.pivot.judge_model import ModelJudge

    return ModelJudge(model, timeout)
