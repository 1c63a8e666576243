"""Three ``pivotbot slack --http`` workers on one PostgreSQL database, the signed events of 20
students spread across them (two at a time per student), one worker SIGKILLed half-way and
restarted (bench/workers.py --slack, run as a test): nothing lost, nothing processed twice,
every student's replies in order, nothing sent twice (Slack is asked before an inherited reply
is posted again)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def test_three_slack_workers_one_killed_lose_nothing(
    postgres_url: str, tmp_path: Path
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from workers import run_slack
    finally:
        sys.path.remove(str(ROOT / "bench"))
    result = await run_slack(postgres_url, tmp_path, cycles=2, kill=True)
    assert result["kills"] == 1 and result["exit_codes"] == [0, 0, 0]
    assert result["messages"] == 400
    assert result["lost_replies"] == 0 and result["steps_unanswered"] == 0
    assert result["processed_twice"] == 0 and result["out_of_order"] == 0, result[
        "first_difference"
    ]
    assert result["wrong_state"] == 0 and result["sent_twice"] == 0
