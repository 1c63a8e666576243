"""Every scripted conversation in tests/conversations, played through Telegram: the real bot
application and the fake Bot API (what ``pivotbot test --via telegram`` does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.testing.telegram_driver import make_driver
from bot import scripts
from bot.app import make_engine

CONVERSATIONS = Path(__file__).parent.parent / "conversations"
SCRIPTS = scripts.find_scripts([CONVERSATIONS])  # not the fixtures/ they start from


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
async def test_script_passes_via_telegram(path: Path) -> None:
    result = await scripts.run_script(scripts.load_script(path), make_engine, make_driver)
    assert result.passed, scripts.format_result(result)
