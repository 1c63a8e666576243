"""What the process benchmarks share: a bot process against the fake Bot API, the users' script.

Not a benchmark itself. ``BotProcess`` runs ``pivotbot telegram`` (or any command) with its
output in a log file; ``CYCLE`` is one walk through intake and triage that needs no date
relative to today, so its replies are the same on every run.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.testing.telegram_api import TOKEN, FakeTelegram  # noqa: E402

PIVOTBOT = Path(sys.executable).parent / "pivotbot"
CYCLE = [
    "/start",
    "1",
    "Acme Robotics",
    "Inside sales",
    "not scheduled yet",
    "Their grid-forecasting launch",
    "5",
    "2",
    "product analytics",
    "Sounds right",
]


def clean_env(**values: str) -> dict[str, str]:
    """This environment without the developer's own bot settings, plus ``values``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "PIVOTBOT_", "SLACK_"))
    }
    env.update(values)
    return env


def telegram_env(fake: FakeTelegram, db: Path) -> dict[str, str]:
    return clean_env(
        TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_BOT_TOKEN=TOKEN, PIVOTBOT_DB=str(db)
    )


class BotProcess:
    """One bot process; its output goes to ``log``."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self._log: IO[bytes] = log.open("ab")
        self.proc = subprocess.Popen(
            args, env=env, cwd=log.parent, stdout=self._log, stderr=subprocess.STDOUT
        )

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._log.close()

    async def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(self.proc.wait, 60)
        self._log.close()
        return code
