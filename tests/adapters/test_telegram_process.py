"""``pivotbot telegram`` as a real process against the fake Bot API: killed with SIGKILL and
started again, webhook mode with its secret token, and the one-line errors at start."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import IO, Any

import aiohttp
import pytest

from adapters.testing.telegram_api import TOKEN, FakeTelegram

PIVOTBOT = Path(sys.executable).parent / "pivotbot"
ANN = 4242
# Upper bound for a process to start or answer; normally well under a second, but a process's
# start (imports, the rules' compile) took over 20 s with the suite's other worker and a busy box.
WAIT = 90.0


def clean_env(**values: str) -> dict[str, str]:
    """The test environment without any bot settings of the developer's own."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "PIVOTBOT_", "SLACK_"))
    }
    env.update(values)
    return env


class Bot:
    """One ``pivotbot telegram`` process; its output goes to a log file we can read."""

    def __init__(self, tmp: Path, env: dict[str, str], *args: str) -> None:
        self.log_path = tmp / f"bot-{len(list(tmp.glob('bot-*.log')))}.log"
        self._log: IO[bytes] = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [str(PIVOTBOT), "telegram", *args],
            cwd=tmp,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    async def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return await asyncio.to_thread(self.proc.wait, WAIT)
        finally:
            self._log.close()

    @property
    def output(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as tg:
        yield tg


@pytest.fixture
async def bots(tmp_path: Path) -> AsyncIterator[Callable[..., Bot]]:
    started: list[Bot] = []

    def start(env: dict[str, str], *args: str) -> Bot:
        bot = Bot(tmp_path, env, *args)
        started.append(bot)
        return bot

    yield start
    for bot in started:  # whatever a failing test left running
        await bot.stop(signal.SIGKILL)


def texts(fake: FakeTelegram, since: int = 0) -> list[str]:
    return [m["text"] for m in fake.sent(ANN, since) if "text" in m]


async def started(fake: FakeTelegram, times: int) -> None:
    """Wait until the bot has registered its commands ``times`` times (it is up and polling)."""
    await fake.wait_for(lambda: len(fake.calls_to("setMyCommands")) >= times, WAIT)


async def says(fake: FakeTelegram, needle: str, since: int = 0) -> None:
    await fake.wait_for(lambda: any(needle in t for t in texts(fake, since)), WAIT)


async def test_sigkill_mid_conversation_then_restart_continues_and_sends_unsent_reply(
    fake: FakeTelegram, bots: Callable[..., Bot], tmp_path: Path
) -> None:
    env = clean_env(
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_BOT_TOKEN=TOKEN,
        PIVOTBOT_DB=str(tmp_path / "bot.db"),
    )
    first = bots(env)
    await started(fake, 1)
    fake.text(ANN, "/start")
    await says(fake, "Pivotbot")
    welcome = fake.last_keyboard_message(ANN)
    assert welcome is not None
    fake.tap(ANN, welcome["message_id"], "prepare")
    await says(fake, "Which company")

    # The next reply is committed to the outbox, but its sendMessage hangs: then SIGKILL.
    fake.stall(ANN)
    mark = len(fake.calls)
    fake.text(ANN, "Acme Robotics")
    await fake.wait_for(lambda: bool(fake.calls_to("sendMessage", ANN, since=mark)), WAIT)
    assert await first.stop(signal.SIGKILL) == -signal.SIGKILL
    fake.release(ANN)
    assert texts(fake, mark) == []  # nothing reached the user before the kill

    second = bots(env, "--verbose")  # DEBUG logging: still no token, no message text
    await started(fake, 2)
    await says(fake, "which role at Acme Robotics", since=mark)
    fake.text(ANN, "Data analyst")
    await says(fake, "Which time zone", since=mark)
    fake.text(ANN, "London")
    await says(fake, "When is the interview", since=mark)
    assert texts(fake, mark)[0] == "And which role at Acme Robotics are you interviewing for?"
    assert sum("which role" in t for t in texts(fake, mark)) == 1  # sent once, not twice

    assert await second.stop() == 0  # SIGTERM: a clean shutdown
    logs = first.output + second.output
    assert TOKEN.split(":")[1] not in logs  # no token in the logs
    assert "Acme" not in logs and "Data analyst" not in logs  # no message text either


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def post(
    session: aiohttp.ClientSession, url: str, body: dict[str, Any], secret: str | None
) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    async with session.post(url, json=body, headers=headers) as response:
        return response.status


async def test_webhook_refuses_requests_without_the_secret_and_answers_with_it(
    fake: FakeTelegram, bots: Callable[..., Bot], tmp_path: Path
) -> None:
    port, secret = free_port(), "s3cret_Token-1"
    url = f"http://127.0.0.1:{port}/telegram/hook"
    env = clean_env(
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_WEBHOOK_SECRET=secret,
        PIVOTBOT_DB=str(tmp_path / "bot.db"),
    )
    bot = bots(env, "--webhook-url", url, "--listen", "127.0.0.1", "--port", str(port))
    await fake.wait_for(lambda: fake.webhook.get("url") == url, WAIT)
    assert fake.webhook["secret_token"] == secret  # Telegram is told to send it

    async with aiohttp.ClientSession() as session:
        update = fake.text_update(ANN, "/start")
        async with asyncio.timeout(WAIT):
            while True:  # the server starts listening right after setWebhook
                try:
                    status = await post(session, url, update, None)
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
        assert status == 403
        assert await post(session, url, update, "wrong-secret") == 403
        assert texts(fake) == []
        assert await post(session, url, update, secret) == 200
    await says(fake, "Pivotbot")
    assert await bot.stop() == 0


@pytest.mark.parametrize(
    ("env", "args", "named"),
    [
        ({}, (), "TELEGRAM_BOT_TOKEN"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN},
            ("--webhook-url", "https://x.org/h"),
            "TELEGRAM_WEBHOOK_SECRET",
        ),
    ],
    ids=["no-token", "webhook-without-secret"],
)
def test_missing_setting_is_one_line_and_exit_2(
    tmp_path: Path, env: dict[str, str], args: tuple[str, ...], named: str
) -> None:
    done = subprocess.run(
        [str(PIVOTBOT), "telegram", *args],
        cwd=tmp_path,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and named in done.stderr
    assert "Traceback" not in done.stderr


async def test_refused_token_or_unreachable_api_is_one_line_and_exit_2(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    cases = [
        (
            {
                "TELEGRAM_BOT_TOKEN": "654321:ZYXWVUTSRQPONMLKJIHGFEDCBA",
                "TELEGRAM_API_BASE_URL": fake.base_url,
            },
            "TELEGRAM_BOT_TOKEN was refused",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{free_port()}/bot",
            },
            "cannot reach the Bot API",
        ),
    ]
    for env, says_what in cases:
        done = await asyncio.to_thread(
            subprocess.run,
            [str(PIVOTBOT), "telegram"],
            cwd=tmp_path,
            env=clean_env(PIVOTBOT_DB=str(tmp_path / "bot.db"), **env),
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
        assert done.returncode == 2, done.stderr
        last = done.stderr.strip().splitlines()[-1]
        assert says_what in last and "Traceback" not in done.stderr
        assert "ZYXWVUTSRQPONMLKJIHGFEDCBA" not in done.stderr and TOKEN not in done.stderr
