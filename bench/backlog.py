"""100,000 pending replies drained by one start of ``pivotbot telegram``, order kept.

    .venv/bin/python bench/backlog.py                      # 1,000 chats x 100 replies
    .venv/bin/python bench/backlog.py --chats 100 --each 100

Fills a new database's outbox with numbered replies, as a crashed or long-unreachable bot
would leave them (no owner), starts ``pivotbot telegram`` once against the fake Bot API and
times until the last one is sent. Then checks each chat got exactly its replies, each once, in
order, and that the outbox is empty. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from harness import PIVOTBOT, BotProcess, telegram_env

from adapters.testing.telegram_api import FakeTelegram
from bot.app import make_engine
from bot.clock import iso
from bot.messages import ConversationKey, Reply

FIRST_CHAT = 500_000


def seed(db: Path, chats: int, each: int) -> None:
    """The outbox of ``chats`` conversations, ``each`` replies apiece, interleaved by time."""
    make_engine(db).close()  # the schema
    conn = sqlite3.connect(db)
    stamp = iso(datetime.now(UTC))
    rows = []
    for n in range(each):
        for c in range(chats):
            key = ConversationKey("telegram", "telegram", str(FIRST_CHAT + c))
            payload = json.dumps(Reply(f"reply {n} of {each}").to_json())
            rows.append((str(key), payload, stamp))
    conn.executemany("INSERT INTO outbox (key, payload, created_at) VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()


async def run(chats: int, each: int, tmp: Path) -> dict[str, object]:
    db = tmp / "backlog.db"
    seed(db, chats, each)
    total = chats * each
    async with FakeTelegram() as fake:
        for c in range(chats):  # the chats exist at the fake (they wrote to the bot once)
            fake.text_update(FIRST_CHAT + c, "hi")
        bot = BotProcess([str(PIVOTBOT), "telegram"], telegram_env(fake, db), tmp / "bot.log")
        try:
            sent = 0
            seen = 0
            started = 0.0

            def done() -> bool:
                nonlocal sent, seen, started
                for call in fake.calls[seen:]:
                    if call.method == "getMe" and not started:
                        started = time.monotonic()
                    if call.method == "sendMessage" and call.status == 200:
                        sent += 1
                seen = len(fake.calls)
                return sent >= total

            await fake.wait_for(done, 3600)
            took = time.monotonic() - started
            await asyncio.sleep(1)  # anything sent twice would show up now
        finally:
            await bot.stop()
        in_order = duplicates = 0
        for c in range(chats):
            texts = [m["text"] for m in fake.sent(FIRST_CHAT + c)]
            want = [f"reply {n} of {each}" for n in range(each)]
            in_order += texts == want
            duplicates += len(texts) - len(set(texts))
    conn = sqlite3.connect(db)
    left = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    conn.close()
    return {
        "replies": total,
        "chats": chats,
        "seconds_from_start": round(took, 1),
        "replies_per_s": round(total / took, 1),
        "chats_in_order": f"{in_order}/{chats}",
        "sent_twice": duplicates,
        "outbox_left": left,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--each", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(asyncio.run(run(args.chats, args.each, Path(tmp)))))


if __name__ == "__main__":
    main()
