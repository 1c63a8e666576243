"""Three ``pivotbot telegram`` webhook workers on one PostgreSQL database, the updates of 20 users
spread across them, one worker SIGKILLed mid-run and restarted (bench/workers.py, run as a
test): nothing lost, nothing processed twice, every user's replies in order, every reminder
fired once. A reply that was on its way when its worker died may arrive twice (Telegram cannot
be asked whether it did): at most one per chat."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def test_three_workers_one_killed_lose_nothing(postgres_url: str, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from workers import run
    finally:
        sys.path.remove(str(ROOT / "bench"))
    result = await run(postgres_url, tmp_path, cycles=2, kill=True)
    assert result["kills"] == 1 and result["exit_codes"] == [0, 0, 0]
    assert result["messages"] == 400
    assert result["lost_replies"] == 0 and result["steps_unanswered"] == 0
    assert result["processed_twice"] == 0 and result["out_of_order"] == 0
    assert result["wrong_state"] == 0
    assert result["reminders_set"] == result["reminders_fired"] == 20
    assert result["reminders_received"] == 20 and result["reminders_still_due"] == 0
    # Only what was on its way when the worker died is sent again: at most one per chat.
    assert result["sent_twice"] + result["reminders_sent_twice"] <= result["users"]
