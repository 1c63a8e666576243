"""Crash harness: SIGKILL the bot at random points, restart it, count what users lost.

    .venv/bin/python bench/crash.py                       # both adapters, full size
    .venv/bin/python bench/crash.py --only telegram --messages 200
    .venv/bin/python bench/crash.py --kills 0             # the same run, never killed

Telegram: 20 users chat with ``pivotbot telegram`` (1,000 messages in all: intake and triage,
again and again, a reply awaited before the next message, with a little thinking time) while
the process is SIGKILLed every 0.2-2 s and started again at once; now and then a chat's sends
get a 429, so kills also land while a chat waits out flood control. Slack: 20 students send
``pivotbot slack --http`` the same script as signed events, thinking as long (or not at all:
``--no-thinking``); after every tenth acknowledgement the process is SIGKILLed at once and
started again.

When the users are done (a user who waited 60 s for a reply types on: counted in
``steps_not_answered_in_60s``), the kills stop and the bot gets up to 5 minutes to work off what
is still waiting (``drain_seconds``). Then, for every user, the replies received are compared
with what the same script gets from the engine in-process (the reference): a reply missing is
*lost*, one received twice in a row is *sent twice*; a user whose conversation ends in another
state than the reference's is in the *wrong state*. Prints one JSON line per adapter.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import socket
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
from harness import CYCLE, PIVOTBOT, BotProcess, clean_env, telegram_env

from adapters.slack_blocks import render as slack_render
from adapters.telegram_render import render as telegram_render
from adapters.testing.slack_api import DEFAULT_TZ, FakeSlackApi
from adapters.testing.slack_driver import SIGNING_SECRET, dm_event, event_body, sign
from adapters.testing.telegram_api import FakeTelegram, parse_html
from bot.app import make_engine
from bot.clock import ManualClock
from bot.messages import ConversationKey, Inbound, Reply

USERS = 20
# The intake and triage walk, again and again, every answer one the bot takes: the menu button
# named by its label (a bare number typed as the first message after a restart is deliberately
# not taken for a button, none may be on screen, and the bot draws the question again, which
# the reference, never restarted, would not do) and the time zone, asked once, answered.
WALK = ["Prepare for an interview" if step == "1" else step for step in CYCLE]
FIRST = [*WALK[:4], "London", *WALK[4:]]


def walk(steps: int, asked_zone: bool = True) -> list[str]:
    """Each user's script: ``steps`` messages (``asked_zone``: the bot asks the time zone)."""
    script = list(FIRST if asked_zone else WALK)
    while len(script) < steps:
        script += WALK
    return script[:steps]


STEP_WAIT = 60.0  # a user waits this long for a reply, then types on (it may still come)
DRAIN_WAIT = 300.0  # after the run, what is still waiting has this long to go out


async def reference(script: list[str], tz: str | None = None) -> tuple[list[list[Reply]], str]:
    """The replies of each step and the final state, from the engine in-process; ``tz``: the
    time zone the platform tells (Slack does, so the bot never asks)."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "ref.db", ManualClock())
        key = ConversationKey("console", "local", "ref")
        steps = []
        for n, text in enumerate(script):
            steps.append(await engine.handle(Inbound(key, text=text, event_id=str(n), tz=tz)))
        state = engine.state_of(key) or ""
        engine.close()
    return steps, state


# A clock time in a reply ("where it's 2:30 pm now", "9 am"): the reference runs on a fixed clock, the
# bot on the wall clock, so times are compared as a placeholder.
CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})? ?[ap]m\b|\b\d{1,2}:\d{2}\b")


def compare(expected: list[str], got: list[str]) -> tuple[int, int]:
    """(lost, sent twice): walk both in order; a repeat of the last reply is a duplicate."""
    expected = [CLOCK_TIME.sub("<time>", t) for t in expected]
    got = [CLOCK_TIME.sub("<time>", t) for t in got]
    lost = twice = 0
    i = j = 0
    while i < len(expected) and j < len(got):
        if got[j] == expected[i]:
            i, j = i + 1, j + 1
        elif j > 0 and got[j] == got[j - 1]:
            twice, j = twice + 1, j + 1
        else:
            lost, i = lost + 1, i + 1
    lost += len(expected) - i
    twice += sum(1 for k in range(j, len(got)) if k > 0 and got[k] == got[k - 1])
    return lost, twice


def backlog(db: Path) -> int:
    """Inbox and outbox rows still waiting (user actions unprocessed, replies unsent)."""
    conn = sqlite3.connect(db)
    try:
        return sum(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("inbox", "outbox")
        )
    finally:
        conn.close()


async def drained(db: Path) -> float:
    """Wait (the bot running, no more kills) until nothing is left to process or send; the
    seconds it took. A reply that comes late is not lost: only one that never comes is."""
    started = time.monotonic()
    while backlog(db) and time.monotonic() - started < DRAIN_WAIT:
        await asyncio.sleep(0.2)
    await asyncio.sleep(2)  # the last send's answer on its way
    return round(time.monotonic() - started, 1)


def states(db: Path, keys: list[str]) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        rows = dict(conn.execute("SELECT key, state FROM conversations").fetchall())
    finally:
        conn.close()
    return {k: rows.get(k, "") for k in keys}


class Killer:
    """Keeps one bot process running; ``kill()`` SIGKILLs it and starts another at once."""

    def __init__(self, start: Callable[[], BotProcess]) -> None:
        self.start = start
        self.bot = start()
        self.kills = 0

    def kill(self) -> None:
        self.bot.kill()
        self.kills += 1
        self.bot = self.start()


# -- Telegram ------------------------------------------------------------------------------


def seen_on_telegram(replies: list[Reply]) -> list[str]:
    return [parse_html(html)[0] for r in replies for html, _ in telegram_render(r)]


class Received:
    """What reached each chat, read from the fake's call log as it grows (not rescanned)."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.seen = 0
        self.texts: dict[int, list[str]] = {}

    def of(self, chat: int) -> list[str]:
        for call in self.fake.calls[self.seen :]:
            if call.method == "sendMessage" and call.status == 200 and call.chat_id is not None:
                self.texts.setdefault(call.chat_id, []).append(call.result.get("text", ""))
        self.seen = len(self.fake.calls)
        return self.texts.get(chat, [])


async def telegram(messages: int, kill: bool, tmp: Path) -> dict[str, object]:
    script = walk(messages // USERS)
    steps, final = await reference(script)
    want = [seen_on_telegram(s) for s in steps]
    db = tmp / "telegram.db"
    async with FakeTelegram() as fake:
        env = telegram_env(fake, db)
        killer = Killer(lambda: BotProcess([str(PIVOTBOT), "telegram"], env, tmp / "tg.log"))
        chats = [600_000 + n for n in range(USERS)]
        received = Received(fake)
        lost_steps = 0

        async def user(chat: int) -> None:
            nonlocal lost_steps
            for n, text in enumerate(script):
                await asyncio.sleep(random.uniform(0.05, 0.3))  # thinking
                target = len(received.of(chat)) + len(want[n])
                fake.text(chat, text)
                try:
                    await fake.wait_for(
                        lambda c=chat, t=target: len(received.of(c)) >= t, STEP_WAIT
                    )
                except TimeoutError:
                    lost_steps += 1

        async def chaos() -> None:
            while True:
                await asyncio.sleep(random.uniform(0.2, 2.0))
                if random.random() < 0.3:  # a chat's next sends meet flood control
                    fake.fail_next(random.choice(chats), 2, code=429, retry_after=1)
                if kill:
                    killer.kill()

        await fake.wait_for(lambda: bool(fake.calls_to("getMe")), 60)
        started = time.monotonic()
        noise = asyncio.ensure_future(chaos())
        await asyncio.gather(*(user(c) for c in chats))
        noise.cancel()
        took = time.monotonic() - started
        drain = await drained(db)
        await killer.bot.stop()
        got = {c: received.of(c) for c in chats}
    expected = [t for step in want for t in step]
    lost = twice = 0
    for c in chats:
        lo, tw = compare(expected, got[c])
        lost, twice = lost + lo, twice + tw
    keys = [f"telegram:telegram:{c}" for c in chats]
    wrong = sum(1 for state in states(db, keys).values() if state != final)
    return {
        "adapter": "telegram",
        "users": USERS,
        "messages": USERS * len(script),
        "seconds": round(took, 1),
        "drain_seconds": drain,
        "kills": killer.kills,
        "lost_replies": lost,
        "steps_not_answered_in_60s": lost_steps,
        "sent_twice": twice,
        "wrong_state": wrong,
    }


# -- Slack ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def slack(messages: int, kill: bool, tmp: Path, thinking: bool) -> dict[str, object]:
    team = "T0CRASH"
    script = walk(messages // USERS, asked_zone=False)
    steps, final = await reference(script, tz=DEFAULT_TZ)  # what the fake's users.info says
    want = [[slack_render(r)[0] for r in s] for s in steps]
    db = tmp / "slack.db"
    async with FakeSlackApi() as fake:
        ws = fake.add_workspace(team)
        port = free_port()
        env = clean_env(
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_BOT_TOKEN=ws.bot_token,
            SLACK_API_URL=fake.url,
            PIVOTBOT_DB=str(db),
        )
        args = [str(PIVOTBOT), "slack", "--http", "--port", str(port)]
        killer = Killer(lambda: BotProcess(args, env, tmp / "slack.log"))
        url = f"http://127.0.0.1:{port}/slack/events"
        users = [f"U{n:04d}" for n in range(USERS)]
        acks = lost_steps = refused = 0
        turn = asyncio.Lock()  # a kill must not cut another student's request

        def posts(user: str) -> list[str]:
            channel = FakeSlackApi.dm_channel(team, user)
            return [m.text for m in fake.posts(channel)]

        async def deliver(session: aiohttp.ClientSession, body: str) -> None:
            nonlocal acks, refused
            headers = {"Content-Type": "application/json", **sign(SIGNING_SECRET, body)}
            while True:
                async with turn:
                    try:
                        async with session.post(url, data=body.encode(), headers=headers) as r:
                            status = r.status
                    except aiohttp.ClientError:
                        status = 0
                    if status == 200:
                        acks += 1
                        if kill and acks % 10 == 0:
                            killer.kill()  # right after the acknowledgement
                        return
                refused += status != 0
                await asyncio.sleep(0.1)  # not up yet (restarting): Slack would retry too

        async def student(session: aiohttp.ClientSession, user: str) -> None:
            nonlocal lost_steps
            for n, text in enumerate(script):
                if thinking:
                    await asyncio.sleep(random.uniform(0.05, 0.3))
                before = len(posts(user))
                event = dm_event(team, user, text, f"{time.time():.6f}")
                await deliver(session, json.dumps(event_body(team, event, f"Ev{user}{n:05d}")))
                deadline = time.monotonic() + STEP_WAIT
                while len(posts(user)) < before + len(want[n]):
                    if time.monotonic() > deadline:
                        lost_steps += 1
                        break
                    await asyncio.sleep(0.02)

        started = time.monotonic()
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(student(session, u) for u in users))
        took = time.monotonic() - started
        drain = await drained(db)
        await killer.bot.stop()
        got = {u: posts(u) for u in users}
    expected = [t for step in want for t in step]
    lost = twice = 0
    for u in users:
        lo, tw = compare(expected, got[u])
        lost, twice = lost + lo, twice + tw
    keys = [f"slack:{team}:{u}" for u in users]
    wrong = sum(1 for state in states(db, keys).values() if state != final)
    return {
        "adapter": "slack --http",
        "users": USERS,
        "messages": USERS * len(script),
        "seconds": round(took, 1),
        "drain_seconds": drain,
        "kills": killer.kills,
        "lost_replies": lost,
        "steps_not_answered_in_60s": lost_steps,
        "sent_twice": twice,
        "wrong_state": wrong,
        "refused_while_restarting": refused,
        "students_think": thinking,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=["telegram", "slack"])
    parser.add_argument("--messages", type=int, default=1000, help="Telegram; Slack uses 200")
    parser.add_argument("--kills", type=int, choices=[0, 1], default=1, help="0: never kill")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--no-thinking",
        action="store_true",
        help="Slack students answer the instant a reply arrives (more sends in flight at a kill)",
    )
    args = parser.parse_args()
    random.seed(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "telegram"):
            result = await telegram(args.messages, bool(args.kills), Path(tmp))
            print(json.dumps(result), flush=True)
        if args.only in (None, "slack"):
            result = await slack(200, bool(args.kills), Path(tmp), not args.no_thinking)
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
