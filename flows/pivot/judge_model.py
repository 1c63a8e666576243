"""The optional model-backed judge: a language model proposes, the code verifies and counts.

The model (any ``ChatModel``: the composition root passes ``adapters.llm.ChatClient``) reads the
interviewer's line, the answer and the rehearsal context, and proposes points for E1-E7, each
with a quote, plus the red flags it sees, each with a quote. The prompt and rubric text live in
``content/judge.yaml``. The code then decides:

- **A point needs a verified quote.** A quote counts only when it is a real stretch of the answer
  (compared after straightening quotes and dashes, folding case and collapsing whitespace, so
  nothing is reworded), of ``min_words``-``max_words`` words, outside any sentence that speaks to
  a judge ("ignore your instructions", "16/16", "rubric": never evidence), and of its element's
  shape: enthusiasm (E2) is about them, or names the company or what draws the student to it;
  the honest fit and the bridge (E3, E4) are said in the first person; the ask (E5) is a
  question or a request; the open door (E6) speaks of the process, the role or the fit; the
  follow-up (E7) mentions later contact. Anything else is dropped, and the element gets the best
  points among its remaining quotes, never above 2. These checks are necessary, not sufficient:
  judging meaning is the model's part.
- **Combining rule.** E1-E7 are the model's verified points; E8 (delivery: length, fillers,
  apologies) is the rules judge's, which measures it better than a model; the red flags are the
  union of the rules judge's flags and the model's flags that come with a verified quote (so a
  model can add a flag the rules missed, but cannot clear one they raised). The total, the
  band and the red-flag cap (5) are computed here, never taken from the model. What the rules
  judge measured of the answer's form stays the rules judge's too: its length, fillers and
  apologies, the line's kind, and the shapes that earn no full credit (``Score.gaming``: labels,
  fragments, stuffing ...), which the coach's note names; no element is ``granted`` for the
  moment, since every point is the model's, on a quote.
- **Fallback.** Any timeout, error, refusal or malformed reply gives the rules judge's score
  (``flows.pivot.scoring.score``) within ``timeout`` seconds, with the reason.

Importing this module reads no file: ``judge.yaml`` is read by ``prompts()`` (``build_flow``
asks for it, and ``problems()`` checks it, when a model is configured) and its patterns are
compiled on first use.

Nothing here logs the answer, the quotes or the model's text: only reasons and counts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.content import load_yaml
from bot.errors import ModelError
from bot.markup import to_plain
from flows.pivot.judge import Judged
from flows.pivot.rubric import CAP, ELEMENTS, RED_FLAGS, band_for
from flows.pivot.scoring import Context, Score, score

log = logging.getLogger(__name__)

PROMPTS = Path(__file__).parent / "content" / "judge.yaml"
MODEL_ELEMENTS: tuple[str, ...] = tuple(e for e in ELEMENTS if e != "E8")
# Shapes the code checks itself rather than by a pattern of judge.yaml.
_CODED_SHAPES = frozenset({"question", "company"})
_STRAIGHTEN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)
_WORDS = re.compile(r"\w+")
_EDGES = " \t\n\"'.,;:!?()[]-"


@cache
def prompts() -> dict[str, Any]:
    """judge.yaml as read, once: the prompts, and the checks a quote must pass.
    Raises ``OSError`` or ``yaml.YAMLError``."""
    doc: dict[str, Any] = load_yaml(PROMPTS)
    return doc


@dataclass(frozen=True)
class Checks:
    """What a quote must be before its points count (``checks:`` in judge.yaml, compiled)."""

    min_words: int
    max_words: int
    shapes: dict[str, list[str]]  # element -> the shapes of which its quote must fit one
    patterns: dict[str, re.Pattern[str]]


@cache
def checks() -> Checks:
    """The quote checks, compiled on first use. Raises like ``prompts``, and ``KeyError`` or
    ``re.error`` for a malformed file (``problems`` names them at build)."""
    doc = prompts()["checks"]
    return Checks(
        min_words=int(doc["min_words"]),
        max_words=int(doc["max_words"]),
        shapes={str(e): list(shapes) for e, shapes in doc["shapes"].items()},
        patterns={name: re.compile(p.strip()) for name, p in doc["patterns"].items()},
    )


def problems() -> Iterator[str]:
    """What is wrong with judge.yaml, read now: ``build_flow`` reports the first as a
    ``FlowError`` when a model is configured, so a bad edit fails at start, not mid-round."""
    try:
        doc = prompts()
    except (OSError, yaml.YAMLError) as exc:
        yield f"cannot read {PROMPTS.name}: {exc}"
        return
    if not isinstance(doc, dict):
        yield f"{PROMPTS.name} is not a mapping"
        return
    for section in ("judge", "interviewer"):
        if not isinstance((doc.get(section) or {}).get("system"), str):
            yield f"{PROMPTS.name} has no {section}.system prompt"
    try:
        found = checks()
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        yield f"{PROMPTS.name}: malformed checks ({type(exc).__name__}: {exc})"
        return
    for element, shapes in found.shapes.items():
        if element not in MODEL_ELEMENTS:
            yield f"{PROMPTS.name}: checks.shapes names {element!r}, which the model does not score"
        for shape in sorted(set(shapes) - _CODED_SHAPES - found.patterns.keys()):
            yield f"{PROMPTS.name}: shape {shape!r} of {element} has no pattern"
    if "judge_directed" not in found.patterns:
        yield f"{PROMPTS.name}: checks.patterns has no judge_directed"


class ChatModel(Protocol):
    """What the judge and the model interviewer need of a language model client."""

    async def complete_json(
        self, system: str, user: str, schema: dict[str, Any], timeout: float
    ) -> dict[str, Any]:
        """The model's reply as a JSON object; raises ``ModelError`` on any failure."""
        ...


# -- the request ---------------------------------------------------------------------------------


def schema() -> dict[str, Any]:
    """The JSON shape asked of the model (strict-mode compatible: every key required)."""
    quote = {"type": "string"}
    return {
        "type": "object",
        "properties": {
            "elements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "enum": list(MODEL_ELEMENTS)},
                        "points": {"type": "integer", "enum": [0, 1, 2]},
                        "quote": quote,
                    },
                    "required": ["id", "points", "quote"],
                    "additionalProperties": False,
                },
            },
            "red_flags": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "flag": {"type": "string", "enum": list(RED_FLAGS)},
                        "quote": quote,
                    },
                    "required": ["flag", "quote"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["elements", "red_flags"],
        "additionalProperties": False,
    }


def context_json(ctx: Context) -> dict[str, str]:
    """The rehearsal context a model may see: nothing else about the student is ever sent."""
    return {
        "company": ctx.company,
        "role": ctx.role,
        "better_fit": ctx.target,
        "what_draws_them": ctx.draws,
        "their_proof": ctx.evidence,
    }


def request(text: str, ctx: Context) -> str:
    """The user message: the interviewer's line, the answer and the rehearsal context only."""
    return json.dumps(
        {
            "interviewer_line": to_plain(ctx.last_line),
            "answer": text,
            "context": context_json(ctx),
        },
        ensure_ascii=False,
    )


# -- verification ---------------------------------------------------------------------------------


def speaks_to_judge(text: str) -> bool:
    """Whether ``text`` addresses a judge or a score rather than a person in an interview."""
    return bool(checks().patterns["judge_directed"].search(_squash(text)))


class Answer:
    """The answer, normalised for finding quotes, with a map back to the student's own words."""

    def __init__(self, text: str) -> None:
        self.raw = text
        chars: list[str] = []
        where: list[int] = []
        space = True  # collapse runs of whitespace, and drop it at the start
        for i, c in enumerate(text):
            for n in c.translate(_STRAIGHTEN):
                if n.isspace():
                    if space:
                        continue
                    n, space = " ", True
                else:
                    space = False
                low = n.lower()
                chars.append(low if len(low) == 1 else n)
                where.append(i)
        self.norm = "".join(chars)
        self._where = where
        self.sentences = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]*", self.norm)]
        directed = checks().patterns["judge_directed"]
        self.directed = [(a, b) for a, b in self.sentences if directed.search(self.norm, a, b)]

    def find(self, quote: str) -> tuple[int, int] | None:
        """Where ``quote`` occurs in the normalised answer (first usable place), or None."""
        needle = _squash(quote)
        if not needle:
            return None
        start = self.norm.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not any(a < end and start < b for a, b in self.directed):
                return start, end
            start = self.norm.find(needle, start + 1)
        return None

    def own_words(self, span: tuple[int, int]) -> str:
        """The student's original text for a normalised span."""
        start, end = span
        return self.raw[self._where[start] : self._where[end - 1] + 1]

    def is_question(self, span: tuple[int, int]) -> bool:
        """Whether the sentence the span ends in is a question."""
        for a, b in self.sentences:
            if a <= span[1] - 1 < b:
                return self.norm[a:b].rstrip().endswith("?")
        return False


def _squash(quote: str) -> str:
    """A model's quote in the answer's normal form, without the edges models add or drop:
    surrounding quotation marks, leading or trailing "...", final punctuation."""
    text = " ".join(quote.translate(_STRAIGHTEN).split())
    text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return text.strip(_EDGES)


def verified(
    answer: Answer, element: str, quote: Any, company: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Where ``quote`` supports ``element`` in the answer, or None when it does not hold up.
    ``company`` holds the words naming the company (for the ``company`` shape)."""
    if not isinstance(quote, str):
        return None
    span = answer.find(quote)
    if span is None:
        return None
    rules = checks()
    words = len(_WORDS.findall(answer.norm[span[0] : span[1]]))
    if not rules.min_words <= words <= rules.max_words:
        return None
    shapes = rules.shapes.get(element)
    if not shapes:
        return span
    found = answer.norm[span[0] : span[1]]
    for shape in shapes:
        if shape == "question":
            fits = answer.is_question(span)
        elif shape == "company":
            fits = bool(company & set(_WORDS.findall(found)))
        else:
            fits = bool(rules.patterns[shape].search(found))
        if fits:
            return span
    return None


_COMMON = frozenset({"the", "and", "for", "with", "their", "they", "our", "its", "that", "this"})


def company_words(ctx: Context) -> frozenset[str]:
    """The distinctive words of the company's name and of what draws the student to it
    ("Acme Robotics", "the grid-forecasting launch" -> acme, robotics, grid, forecasting ...)."""
    words = _WORDS.findall(_squash(f"{ctx.company} {ctx.draws}"))
    return frozenset(w for w in words if len(w) >= 3 and w not in _COMMON)


def _points(value: Any) -> int:
    """Points as a model may write them (2, 2.0, "2"); 0 for anything else."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return 0


def combine(text: str, rules: Score, proposal: dict[str, Any], ctx: Context) -> tuple[Score, int]:
    """The model's proposal, verified, combined with the rules judge's score by the module's
    rule; returns the score and how many of the model's claims were dropped.

    Raises ``ModelError("malformed")`` when the proposal is not the asked shape at all.
    """
    items, flags = proposal.get("elements"), proposal.get("red_flags", [])
    if not isinstance(items, list) or not isinstance(flags, list):
        raise ModelError("malformed", "elements or red_flags is not a list")
    answer, company = Answer(text), company_words(ctx)
    points = dict.fromkeys(MODEL_ELEMENTS, 0)
    quotes: dict[str, str] = {}
    dropped = 0
    for item in items:
        if not isinstance(item, dict) or item.get("id") not in points:
            dropped += 1
            continue
        element, claimed = item["id"], _points(item.get("points"))
        if claimed <= 0:
            continue
        span = verified(answer, element, item.get("quote"), company)
        if span is None:
            dropped += 1
            continue
        claimed = min(claimed, 2)
        if claimed > points[element]:
            points[element] = claimed
            quotes[element] = answer.own_words(span)
    seen = set(rules.red_flags)
    for item in flags:
        flag = item.get("flag") if isinstance(item, dict) else None
        if flag not in RED_FLAGS or verified(answer, "", item.get("quote")) is None:
            dropped += 1
            continue
        seen.add(flag)
    red_flags = [f for f in RED_FLAGS if f in seen]
    elements = {**points, "E8": rules.elements["E8"]}
    raw = sum(elements.values())
    total = min(raw, CAP) if red_flags else raw
    combined = replace(
        rules,
        total=total,
        elements=elements,
        red_flags=red_flags,
        band=band_for(total),
        missing=[e for e in ELEMENTS if elements[e] == 0],
        weak=[e for e in ELEMENTS if elements[e] == 1],
        quotes=quotes,
        raw_total=raw,
        granted=[],  # every point is the model's, on a quote: none is credited for the moment
        answered=rules.answered and not red_flags,  # a flag the model saw fails the moment too
    )
    return combined, dropped


# -- the judge ----------------------------------------------------------------------------------


class ModelJudge:
    """Scores through a language model, verified; the rules judge when the model fails (a
    ``judge.Judge``)."""

    name = "model"

    def __init__(self, model: ChatModel, timeout: float) -> None:
        self.model = model
        self.timeout = timeout

    async def judge(self, text: str, ctx: Context, rules: Score | None = None) -> Judged:
        """The answer's score, by the model when it gives a usable reply within ``timeout``
        seconds, else by the rules (``fallback`` says why). Never raises for a model failure.
        ``rules``: the rules judge's score of the answer, when the caller has already read it."""
        if rules is None:
            rules = score(text, ctx)
        try:
            async with asyncio.timeout(self.timeout):  # whatever the client does with its own
                proposal = await self.model.complete_json(
                    prompts()["judge"]["system"], request(text, ctx), schema(), self.timeout
                )
            result, dropped = combine(text, rules, proposal, ctx)
        except ModelError as exc:
            return self._fallback(rules, exc.reason)
        except TimeoutError:
            return self._fallback(rules, "timeout")
        except Exception as exc:  # a bug in a client must not cost the student their score
            log.warning("model judge failed: %s", type(exc).__name__)
            return self._fallback(rules, "error")
        if dropped:
            log.info("model judge: dropped %d claims without a verified quote", dropped)
        return Judged(result, "model", None, dropped)

    def _fallback(self, rules: Score, reason: str) -> Judged:
        log.info("model judge fell back to the rules judge: %s", reason)
        return Judged(rules, "rules", reason)
