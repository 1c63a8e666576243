"""No draft says the same thing the same way twice (rv26a, items 9 and 13): in every draft the
scripted conversations show, in every style they ask for, no two sentences start with the same
three words ("I am also grateful for your offer ... I am also grateful for your openness ...",
"I'd love to take you up on it. I'd love to stay in touch."). Played through the scripts that
restyle drafts (Shorter, More formal), where all three styles are seen."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from bot import scripts
from bot.app import make_engine
from bot.clock import ManualClock
from bot.messages import Inbound
from bot.scripts import EngineDriver, Seen

CONVERSATIONS = Path(__file__).parents[1] / "conversations"
# A draft's heading: "To Priya Nair", "1. To Priya Nair", "2. To Sam Lee, once ...".
_HEADING = re.compile(r"^_?(?:\d\.\s+)?To\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


class Recording(EngineDriver):
    """The engine driver, keeping every message the student saw."""

    def __init__(self, factory: scripts.EngineFactory, clock: ManualClock, user: str) -> None:
        super().__init__(factory, clock, user)
        self.texts: list[str] = []

    async def _send(self, inbound: Inbound) -> list[Seen]:
        replies = await super()._send(inbound)
        self.texts += [s.text for s in replies]
        return replies


def sentences(draft: str) -> list[str]:
    """The sentences of a draft's body: its heading, and lines that end in no full stop (a
    sign-off, the student's name), left out."""
    said = []
    for line in draft.splitlines()[1:]:
        line = line.strip()
        if not line or not line.endswith((".", "!", "?")):
            continue
        said += _SENTENCE_END.split(line)
    return said


def repeated_starts(draft: str) -> list[str]:
    """Sentences of ``draft`` that start with the same three words as one before them."""
    seen: set[tuple[str, ...]] = set()
    repeats = []
    for sentence in sentences(draft):
        words = tuple(w.casefold() for w in re.findall(r"[\w'’]+", sentence)[:3])
        if len(words) < 3:
            continue
        if words in seen:
            repeats.append(sentence)
        seen.add(words)
    return repeats


def _restyled() -> list[Path]:
    return sorted(
        p
        for p in CONVERSATIONS.glob("*.yaml")
        if re.search(r"tap: (?:Shorter|More formal)\b", p.read_text(encoding="utf-8"))
    )


def test_repeated_starts_are_found() -> None:
    draft = (
        "To Priya Nair\nDear Priya Nair,\nThank you for the time. I am also grateful for your"
        " offer. I am also grateful for your openness.\nKind regards,\nMaya"
    )
    assert repeated_starts(draft) == ["I am also grateful for your openness."]


@pytest.mark.parametrize("path", _restyled(), ids=lambda p: p.stem)
def test_no_draft_starts_two_sentences_alike(path: Path) -> None:
    drivers: list[Recording] = []

    def driver(factory: scripts.EngineFactory, clock: ManualClock, user: str) -> Recording:
        drivers.append(Recording(factory, clock, user))
        return drivers[-1]

    result = asyncio.run(scripts.run_script(scripts.load_script(path), make_engine, driver))
    assert result.passed, scripts.format_result(result)
    drafts = [t for t in drivers[0].texts if _HEADING.match(t)]
    problems = {d.splitlines()[0]: repeated_starts(d) for d in drafts if repeated_starts(d)}
    assert problems == {}
