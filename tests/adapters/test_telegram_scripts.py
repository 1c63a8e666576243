"""The scripted conversations of tests/conversations that Telegram plays (half of them, the
other half through Slack: see tests/adapters/scripts_share.py), played through the real bot
application and the fake Bot API (what ``pivotbot test --via telegram`` does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.testing.telegram_driver import make_driver
from bot import scripts
from bot.app import make_engine
from tests.adapters.scripts_share import share

SCRIPTS = share("telegram")


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
async def test_script_passes_via_telegram(path: Path) -> None:
    result = await scripts.run_script(scripts.load_script(path), make_engine, make_driver)
    assert result.passed, scripts.format_result(result)
