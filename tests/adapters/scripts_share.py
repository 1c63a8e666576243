"""Which scripted conversations each adapter plays (tests/adapters/test_telegram_scripts.py and
test_slack.py).

Every script is played into the engine with /resume after each step (tests/conftest.py); on top
of that, each script goes through one real adapter: Telegram plays the scripts whose name hashes
even, Slack the others, so the two passes together cover every script once, over real HTTP, in
half the time of both adapters playing all of them (bench/RESULTS.md, tenth session). Set
``PIVOTBOT_ALL_ADAPTERS=1`` to play every script through both."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from bot.scripts import find_scripts

CONVERSATIONS = Path(__file__).parents[1] / "conversations"
ADAPTERS = ("telegram", "slack")


def share(adapter: str) -> list[Path]:
    """The scripts (paths, sorted) ``adapter`` (one of ``ADAPTERS``) plays: its half by a CRC-32
    of the file's name, stable as scripts are added; all of them when ``PIVOTBOT_ALL_ADAPTERS``
    is set to 1. Raises ``ValueError`` for another adapter."""
    if adapter not in ADAPTERS:
        raise ValueError(f"adapter {adapter!r} is not one of {', '.join(ADAPTERS)}")
    scripts = find_scripts([CONVERSATIONS])  # not the fixtures/ they start from
    if os.environ.get("PIVOTBOT_ALL_ADAPTERS") == "1":
        return scripts
    turn = ADAPTERS.index(adapter)
    return [p for p in scripts if zlib.crc32(p.name.encode()) % len(ADAPTERS) == turn]
