"""Two ``pivotbot`` processes on one SQLite file, both writing all the time: nothing lost, no
apology (bench/two_processes.py, run as a test with the issue's 2 x 2,000 messages)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_on_one_file_lose_nothing(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from two_processes import run
    finally:
        sys.path.remove(str(ROOT / "bench"))
    result = run(2000, tmp_path / "shared.db")
    assert result["exit_codes"] == [0, 0]
    assert result["apologies"] == 0 and result["locked_errors"] == 0
    assert result["questions_asked"] == [200, 200]  # every cycle of each user was answered
    assert result["inbox_left"] == 0 and result["outbox_left"] == 0
