"""``pivotbot telegram`` against a bare python-telegram-bot echo bot, on the same fake Bot API.

    .venv/bin/python bench/telegram_echo.py                  # 3 rounds, 100 users x 31 updates
    .venv/bin/python bench/telegram_echo.py --rounds 1 --users 20

Each round starts one bot as a process against the fake Bot API (aiohttp on loopback, in this
process), queues every update at once (each user walks the intake and triage three times, then
sends /help) and times until every user has the answer to their last update; per-chat order
makes that answer the end of the user's work. Rounds alternate: pivotbot, the echo bot as
python-telegram-bot's example writes it (sequential updates), the echo bot with
``concurrent_updates(True)``; the best of each is compared. Prints one JSON line per run and a
summary.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from harness import CYCLE, PIVOTBOT, BotProcess, telegram_env

from adapters.testing.telegram_api import FakeTelegram

ECHO = """
import os, sys
os.environ.setdefault("PTB_TIMEDELTA", "1")
from telegram.ext import ApplicationBuilder, MessageHandler, filters

async def echo(update, context):
    await update.message.reply_text(update.message.text)

builder = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"])
builder = builder.base_url(os.environ["TELEGRAM_API_BASE_URL"])
if sys.argv[1] == "concurrent":
    builder = builder.concurrent_updates(True)
app = builder.build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling()
"""


async def one_run(kind: str, users: int, tmp: Path) -> dict[str, object]:
    async with FakeTelegram() as fake:
        db = tmp / f"{kind}-{time.monotonic_ns()}.db"
        env = telegram_env(fake, db)
        if kind == "pivotbot":
            args = [str(PIVOTBOT), "telegram"]
        else:
            args = [str(Path(PIVOTBOT).parent / "python"), "-c", ECHO, kind]
        bot = BotProcess(args, env, tmp / f"{kind}.log")
        try:
            await fake.wait_for(lambda: bool(fake.calls_to("getMe")), 60)
            await asyncio.sleep(1.0)  # polling has begun
            chats = [300_000 + n for n in range(users)]
            script = [*CYCLE * 3, "/help"]
            started = time.monotonic()
            for text in script:
                for chat in chats:
                    fake.text(chat, text)
            # pivotbot answers each chat in order, so the answer to /help ends a user's work;
            # an echo bot sends exactly one message per update (in any order if concurrent).
            left = set(chats) if kind == "pivotbot" else set()
            seen = sends = 0

            def finished() -> bool:
                nonlocal seen, sends
                new, seen = fake.calls[seen:], len(fake.calls)
                for call in new:
                    if call.method == "sendMessage" and call.status == 200:
                        sends += 1
                        if "Commands that work anywhere" in call.result.get("text", ""):
                            left.discard(call.chat_id)
                return not left if kind == "pivotbot" else sends >= users * len(script)

            await fake.wait_for(finished, 600)
            took = time.monotonic() - started
            updates = users * len(script)
            sends = len(fake.calls_to("sendMessage"))
            return {
                "bot": kind,
                "updates": updates,
                "seconds": round(took, 2),
                "updates_per_s": round(updates / took, 1),
                "sends": sends,
            }
        finally:
            await bot.stop()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--users", type=int, default=100)
    args = parser.parse_args()
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            for kind in ("pivotbot", "sequential", "concurrent"):
                result = await one_run(kind, args.users, Path(tmp))
                print(json.dumps(result), flush=True)
                rate = float(result["updates_per_s"])  # type: ignore[arg-type]
                best[kind] = max(best.get(kind, 0.0), rate)
    summary = {
        "best_updates_per_s": best,
        "pivotbot_vs_sequential_echo": f"{best['pivotbot'] / best['sequential']:.0%}",
        "pivotbot_vs_concurrent_echo": f"{best['pivotbot'] / best['concurrent']:.0%}",
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    asyncio.run(main())
