"""The core is flow-free: no rubric, report or pivot record vocabulary anywhere in ``bot/``.

The words come from the flow's own sources (its rubric, report terms and record tables), so a
new element, outcome or table is checked as soon as it exists.
"""

from __future__ import annotations

import re
from pathlib import Path

from flows.pivot import rubric
from flows.pivot.records import RECORDS
from flows.pivot.report import terms

BOT = Path(__file__).resolve().parents[2] / "bot"
# Words the core uses in their everyday sense: the conversations table, delivering replies,
# JSON-ready data, the /restart command. Each is also a funnel step, element or band name.
EVERYDAY = {"conversations", "delivery", "ready", "restart"}


def vocabulary() -> set[str]:
    """Every pivot word the core must not know, as written in the flow."""
    words = {*rubric.ELEMENTS, *rubric.NAMES.values(), *rubric.SHORT_NAMES.values()}
    words |= {*rubric.BANDS, *rubric.RED_FLAGS}
    words |= {*terms.FUNNEL, *terms.FUNNEL.values(), *terms.NACE, *terms.NACE.values()}
    words |= set(RECORDS.tables())
    return {w for w in words if w.casefold() not in EVERYDAY}


def test_the_vocabulary_covers_what_the_core_must_not_say() -> None:
    words = vocabulary()
    for word in ("E1", "E8", "One clear ask", "rework", "full_time", "Got a referral"):
        assert word in words
    for table in ("interviews", "attempts", "contacts", "followups", "milestones", "outcomes"):
        assert table in words


def test_no_pivot_word_in_the_core() -> None:
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, sorted(vocabulary()))) + r")(?![\w-])",
        re.IGNORECASE,
    )
    found = []
    for path in sorted(BOT.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.name}:{n}: {m.group(0)}" for m in pattern.finditer(line)]
    assert not found, "pivot vocabulary in bot/:\n" + "\n".join(found)
