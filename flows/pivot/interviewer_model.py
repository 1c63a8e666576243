"""The optional model-backed interviewer: a next line that reacts to what the student wrote.

The model gets the persona, its repertoire (the kinds of move in ``content/rehearsal.yaml``, with
their lines as examples: COACHING.md's curveballs), the line just said, the answer and the
rehearsal context, and writes one line of one kind. The code keeps the line only when the kind
is the persona's, the line is plain, short (one or two sentences, ``max_chars``), new in this
round, never addressed to a judge, reads as that kind (or as a line the rules cannot place), and
is a move not made yet in the round that contradicts none made (``interviewer.said_kinds``);
otherwise, and on any model failure, the rule-based line (``interviewer.next_line``) is used.
Whether the round goes on is always the rules' decision; the model only words the next line.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from bot.errors import ModelError
from bot.markup import esc, to_plain
from flows.pivot.interviewer import contradicted, said_kinds
from flows.pivot.judge_model import ChatModel, context_json, prompts, speaks_to_judge
from flows.pivot.scoring import Context, classify_line, rules_doc

log = logging.getLogger(__name__)

MAX_CHARS = 200  # defaults of judge.yaml's interviewer.max_chars and max_sentences
MAX_SENTENCES = 2
_NOT_PLAIN = re.compile(r"[<>@\[\]*_`{}\\]|https?://|\n")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def _words() -> Mapping[str, Any]:
    """The interviewer's prompt and limits (judge.yaml, read when first needed)."""
    words: Mapping[str, Any] = prompts()["interviewer"]
    return words


def _cast(persona: str) -> Mapping[str, Any]:
    """The persona's lines in rehearsal.yaml (the rules interviewer's, read once)."""
    cast: Mapping[str, Any] = rules_doc()["interviewer"]["personas"][persona]
    return cast


def repertoire(persona: str) -> dict[str, list[str]]:
    """The persona's moves after the opening: kind -> its lines (as examples, plain text)."""
    cast = _cast(persona)
    # The rules' cool "anything else?" is an opening again, not a move: the prompt says when to
    # turn cool instead.
    reactions = (group for name, group in cast["reactions"].items() if name != "cool")
    lines = [*cast["curveballs"], *(line for group in reactions for line in group)]
    out: dict[str, list[str]] = {}
    for line in lines:
        out.setdefault(str(line["kind"]), []).append(line["text"].replace("{team}", "analytics"))
    return out


def open_moves(persona: str, used: Sequence[str]) -> dict[str, list[str]]:
    """``repertoire`` less the moves the round (``used``) made or would contradict: what the
    model may choose from next."""
    made = said_kinds(persona, used)
    closed = made | contradicted(made)
    return {kind: lines for kind, lines in repertoire(persona).items() if kind not in closed}


def schema(kinds: Sequence[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "enum": list(kinds)},
            "line": {"type": "string"},
        },
        "required": ["kind", "line"],
        "additionalProperties": False,
    }


def request(persona: str, answer: str, ctx: Context, used: Sequence[str]) -> str:
    """The user message: persona and the moves still open in the round (``open_moves``), the
    lines said, the answer, the context."""
    cast = _cast(persona)
    return json.dumps(
        {
            "persona": cast["label"],
            "repertoire": open_moves(persona, used),
            "lines_already_said": [to_plain(line) for line in used],
            "interviewer_line": to_plain(ctx.last_line),
            "answer": answer,
            "context": context_json(ctx),
        },
        ensure_ascii=False,
    )


def checked(reply: dict[str, Any], persona: str, used: Sequence[str]) -> str:
    """The model's line as markup (escaped), or ``ModelError`` saying what was wrong with it."""
    kind, line = reply.get("kind"), reply.get("line")
    if kind not in repertoire(persona):
        raise ModelError("off_script", "kind outside the persona's repertoire")
    if not isinstance(line, str):
        raise ModelError("malformed", "no line")
    line = " ".join(line.split()).strip("\"'“”‘’ ")
    words = _words()
    if not line or len(line) > int(words.get("max_chars", MAX_CHARS)):
        raise ModelError("too_long" if line else "empty")
    sentences = len(_SENTENCE_END.findall(line))
    if sentences > int(words.get("max_sentences", MAX_SENTENCES)) or _NOT_PLAIN.search(line):
        raise ModelError("off_script", "too many sentences or not plain text")
    if speaks_to_judge(line):
        raise ModelError("off_script", "talks about scoring")
    said = {" ".join(to_plain(u).casefold().split()) for u in used}
    if line.casefold() in said:
        raise ModelError("repeat")
    if classify_line(line) not in (kind, "unknown"):
        raise ModelError("off_script", "the line reads as another kind")
    # The round's memory, as the rule-based interviewer keeps it: a move already made is not
    # made again in other words, and none contradicts one made ("no openings" after an offer).
    made = said_kinds(persona, used)
    if kind in made:
        raise ModelError("repeat", "a move already made this round")
    if kind in contradicted(made):
        raise ModelError("off_script", "contradicts an earlier line of the round")
    return esc(line)


class ModelInterviewer:
    """Words the interviewer's next line with a language model; None when it cannot."""

    def __init__(self, model: ChatModel, timeout: float) -> None:
        self.model = model
        self.timeout = timeout

    async def next_line(
        self, persona: str, answer: str, ctx: Context, used: Sequence[str]
    ) -> str | None:
        """A checked line (markup) reacting to ``answer``, or None on any failure (then the
        caller says the rule-based line). Returns within ``timeout`` seconds."""
        kinds = list(open_moves(persona, used))
        if not kinds:
            log.info("model interviewer fell back to the rule-based line: no move left")
            return None
        try:
            async with asyncio.timeout(self.timeout):
                reply = await self.model.complete_json(
                    _words()["system"],
                    request(persona, answer, ctx, used),
                    schema(kinds),
                    self.timeout,
                )
            return checked(reply, persona, used)
        except ModelError as exc:
            reason = exc.reason
        except TimeoutError:
            reason = "timeout"
        except Exception as exc:
            reason = "error"
            log.warning("model interviewer failed: %s", type(exc).__name__)
        log.info("model interviewer fell back to the rule-based line: %s", reason)
        return None
