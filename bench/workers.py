"""Three webhook workers on one PostgreSQL database, one of them SIGKILLed mid-run and restarted.

    .venv/bin/python bench/workers.py                 # starts its own PostgreSQL server
    .venv/bin/python bench/workers.py --cycles 3 --kills 0
    .venv/bin/python bench/workers.py --slack         # three `pivotbot slack --http` workers

Three processes of ``pivotbot telegram --webhook-url ...`` share one PostgreSQL database (a
throwaway server started from the machine's binaries, tests/postgres_server.py). This script is
the load balancer and the Bot API: it POSTs the updates of 20 users to the workers' webhooks,
each update to a worker picked at random (a worker that refuses the connection or answers 5xx,
as a dead one does, is skipped for the next, as nginx does, and Telegram would send it again).
Users type fast: each sends two messages, then waits for both answers, so one person's messages
land on two workers at once. Once every user is through the first walk of the script, each gets
a follow-up reminder that comes due now, and at that moment one worker is SIGKILLed; it is
started again two seconds later (and fires the due reminders as it starts, or another does).

Counted per user against the engine's in-process reference: replies *lost*, replies *out of
order*, and actions *processed twice*; reminders fired (each must be exactly once); and replies
*sent twice* (a reply that was on its way when its worker was killed is sent again by the one
that takes over: at most one per chat, as Telegram cannot be asked whether it arrived). Prints
one JSON line. ``run()`` is what tests/adapters/test_telegram_workers.py calls; ``run_slack()``
(``--slack``) does the same over Slack's HTTP events (tests/adapters/test_slack_workers.py).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from harness import CYCLE, PIVOTBOT, ROOT, BotProcess, telegram_env

sys.path.insert(0, str(ROOT))

from crash import reference, seen_on_telegram

from adapters.testing.telegram_api import FakeTelegram
from bot.clock import SystemClock
from bot.messages import ConversationKey
from bot.store import open_store

USERS = 20
WORKERS = 3
SECRET = "workers-secret-1"
STEP_WAIT = 90.0  # a reply later than this (the takeover included) counts as lost


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Worker:
    """One ``pivotbot telegram`` webhook process on its own port; ``restart()`` after a kill."""

    def __init__(self, n: int, env: dict[str, str], tmp: Path) -> None:
        self.n, self.env, self.tmp = n, env, tmp
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.proc: BotProcess | None = None

    def start(self) -> None:
        args = [str(PIVOTBOT), "telegram", "--webhook-url", self.url, "--listen", "127.0.0.1"]
        args += ["--port", str(self.port)]
        self.proc = BotProcess(args, self.env, self.tmp / f"worker{self.n}.log")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc = None


def _followup(call: Any) -> bool:
    """A message with a follow-up's Done / Snooze / Skip buttons: a reminder, or the menu
    listing open follow-ups (which the reference, without reminders, never shows)."""
    return "fu:" in str(call.params.get("reply_markup", ""))


def _reminder(call: Any) -> bool:
    """The status check reminder itself, as sent."""
    return (
        call.method == "sendMessage"
        and call.status == 200
        and "friendly status check" in call.result.get("text", "")
    )


async def run(
    url: str, tmp: Path, cycles: int = 2, kill: bool = True, count: int = WORKERS
) -> dict[str, Any]:
    """Run the three workers on the PostgreSQL database at ``url``; the counts as a dict."""
    script = [CYCLE[i % len(CYCLE)] for i in range(len(CYCLE) * cycles)]
    steps, final = await reference(script)
    want = [seen_on_telegram(s) for s in steps]
    chats = [700_000 + n for n in range(USERS)]
    async with FakeTelegram() as fake:
        env = telegram_env(fake, Path("unused"))
        env.update(PIVOTBOT_DB=url, TELEGRAM_WEBHOOK_SECRET=SECRET)
        workers = [Worker(n, env, tmp) for n in range(count)]
        for worker in workers:
            worker.start()
        sent_so_far = 0
        progress = dict.fromkeys(chats, 0)  # messages each user has sent
        kills = 0
        reminders_set: list[int] = []

        def texts(chat: int) -> list[str]:
            return [
                _same_hour(c.result.get("text", ""))
                for c in fake.calls
                if c.method == "sendMessage"
                and c.status == 200
                and c.chat_id == chat
                and not _followup(c)
            ]

        async def post(session: aiohttp.ClientSession, update: dict[str, Any]) -> None:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            order = random.sample(workers, len(workers))
            deadline = time.monotonic() + STEP_WAIT
            while time.monotonic() < deadline:
                for worker in order:
                    try:
                        async with session.post(worker.url, json=update, headers=headers) as r:
                            if r.status == 200:
                                return
                    except aiohttp.ClientError:
                        pass  # down (killed, or not listening yet): the next one
                await asyncio.sleep(0.1)
            raise TimeoutError("no worker took the update")

        async def user(session: aiohttp.ClientSession, chat: int) -> int:
            nonlocal sent_so_far
            unanswered = 0
            n = 0
            while n < len(script):
                burst = script[n : n + 2]  # typing fast: two messages, then read the answers
                target = len(texts(chat)) + sum(len(want[n + i]) for i in range(len(burst)))
                for text in burst:
                    await post(session, fake.text_update(chat, text))
                    sent_so_far += 1
                    progress[chat] += 1
                try:
                    await fake.wait_for(lambda t=target: len(texts(chat)) >= t, STEP_WAIT)
                except TimeoutError:
                    unanswered += 1
                n += len(burst)
                await asyncio.sleep(random.uniform(0.02, 0.1))
            return unanswered

        def remind_everyone() -> None:
            """A follow-up of each user comes due now (as one set days ago would)."""
            from flows.pivot.records import RECORDS

            store = open_store(url)
            store.install(RECORDS)
            now = SystemClock().now()
            for chat in chats:
                key = ConversationKey("telegram", "telegram", str(chat))
                with store.atomic():
                    followup = store.add(
                        "followups",
                        key,
                        {"kind": "status_check", "status": "pending", "due_at": "2026-01-01"},
                        now,
                    )
                    store.set_timer(
                        key, f"status_check:{followup}", now, {"followup_id": followup}, now
                    )
                reminders_set.append(chat)
            store.close()

        async def chaos() -> None:
            nonlocal kills
            # Once everyone is through the first walk (their time zone known, so that no
            # follow-up is re-timed, and reminded again, later).
            through = len(CYCLE) if len(script) > len(CYCLE) else len(script) // 2
            while min(progress.values()) < through:
                await asyncio.sleep(0.05)
            await asyncio.to_thread(remind_everyone)
            if kill:
                victim = workers[-1]
                victim.kill()
                kills += 1
                await asyncio.sleep(2.0)
                victim.start()
                # Serving before the run can end: a SIGTERM sent while it still imports would
                # kill it before its handler is set (exit -15 instead of a clean 0).
                await fake.wait_for(lambda: len(fake.calls_to("setWebhook")) > count, 300)

        await fake.wait_for(lambda: len(fake.calls_to("setWebhook")) >= count, 60)
        started = time.monotonic()
        async with aiohttp.ClientSession() as session:
            noise = asyncio.ensure_future(chaos())
            unanswered = await asyncio.gather(*(user(session, c) for c in chats))
            await noise

            # Every reminder is fired by some worker's timer loop (every 20 s).
            def all_fired() -> bool:
                store = open_store(url)
                try:
                    return not store.due_timers(SystemClock().now())
                finally:
                    store.close()

            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not await asyncio.to_thread(all_fired):
                await asyncio.sleep(0.5)
        took = time.monotonic() - started
        await asyncio.sleep(2)  # a duplicate still on its way would show now
        codes = [await w.proc.stop() if w.proc else None for w in workers]
        got = {c: texts(c) for c in chats}
        reminded = {c: sum(1 for x in fake.calls if _reminder(x) and x.chat_id == c) for c in chats}

    expected = [_same_hour(t) for step in want for t in step]
    lost = twice = disorder = extra = 0
    sample = next(
        (
            {"chat": c, "at": i, "expected": a[:60], "got": b[:60]}
            for c in chats
            for i, (a, b) in enumerate(zip(expected, got[c], strict=False))
            if a != b
        ),
        None,
    )
    for c in chats:
        lo, tw, dis, ex = _compare(expected, got[c])
        lost, twice, disorder, extra = lost + lo, twice + tw, disorder + dis, extra + ex
    store = open_store(url)
    try:
        finals = [
            (s.state if s else "")
            for s in (store.load(ConversationKey("telegram", "telegram", str(c))) for c in chats)
        ]
        timers = store.due_timers(SystemClock().now())
        fired = store._all(  # type: ignore[attr-defined]
            "SELECT count(*) FROM timers WHERE status = 'fired'"
        )[0][0]
    finally:
        store.close()
    return {
        "workers": count,
        "users": USERS,
        "messages": USERS * len(script),
        "seconds": round(took, 1),
        "kills": kills,
        "lost_replies": lost,
        "out_of_order": disorder,
        "steps_unanswered": sum(unanswered),
        "processed_twice": extra,
        "wrong_state": sum(1 for s in finals if s != final),
        "reminders_set": len(reminders_set),
        "reminders_fired": fired,  # timers marked fired: a timer is taken once (SKIP LOCKED)
        "reminders_received": sum(1 for n in reminded.values() if n),
        # A reminder on its way when its worker was killed, sent again by the one taking over.
        "reminders_sent_twice": sum(n - 1 for n in reminded.values() if n > 1),
        "reminders_still_due": len(timers),
        "still_due": [(t.key.user, t.name) for t in timers][:3],
        "sent_twice": twice,
        "exit_codes": codes,
        "first_difference": sample,
    }


async def run_slack(
    url: str, tmp: Path, cycles: int = 1, kill: bool = True, count: int = WORKERS
) -> dict[str, Any]:
    """The same over ``pivotbot slack --http``: signed events of 20 students spread over the
    workers, two at a time per student, one worker SIGKILLed half-way and restarted."""
    from harness import clean_env

    from adapters.testing.slack_api import FakeSlackApi
    from adapters.testing.slack_driver import SIGNING_SECRET, dm_event, event_body, sign

    team = "T0WORKERS"
    script = [CYCLE[i % len(CYCLE)] for i in range(len(CYCLE) * cycles)]
    students = [f"U{n:04d}" for n in range(USERS)]
    async with FakeSlackApi() as fake:
        ws = fake.add_workspace(team)
        env = clean_env(
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_BOT_TOKEN=ws.bot_token,
            SLACK_API_URL=fake.url,
            PIVOTBOT_DB=url,
        )
        ports = [free_port() for _ in range(count)]
        procs: list[BotProcess | None] = [None] * count

        def start(n: int) -> None:
            args = [str(PIVOTBOT), "slack", "--http", "--port", str(ports[n])]
            procs[n] = BotProcess(args, env, tmp / f"slack{n}.log")

        for n in range(count):
            start(n)
        sent = kills = 0

        def posts(user: str) -> list[str]:
            return [_same_hour(m.text) for m in fake.posts(FakeSlackApi.dm_channel(team, user))]

        async def deliver(session: aiohttp.ClientSession, body: str) -> None:
            headers = {"Content-Type": "application/json", **sign(SIGNING_SECRET, body)}
            deadline = time.monotonic() + STEP_WAIT
            while time.monotonic() < deadline:
                for port in random.sample(ports, len(ports)):
                    try:
                        async with session.post(
                            f"http://127.0.0.1:{port}/slack/events",
                            data=body.encode(),
                            headers=headers,
                        ) as r:
                            if r.status == 200:
                                return
                    except aiohttp.ClientError:
                        pass
                await asyncio.sleep(0.1)
            raise TimeoutError("no worker took the event")

        async def student(session: aiohttp.ClientSession, user: str) -> int:
            nonlocal sent
            unanswered, n = 0, 0
            while n < len(script):
                burst = script[n : n + 2]
                target = len(posts(user)) + sum(len(want[n + i]) for i in range(len(burst)))
                for i, text in enumerate(burst):
                    event = dm_event(team, user, text, f"{time.time():.6f}")
                    body = json.dumps(event_body(team, event, f"Ev{user}{n + i:05d}"))
                    await deliver(session, body)
                    sent += 1
                deadline = time.monotonic() + STEP_WAIT
                while len(posts(user)) < target:
                    if time.monotonic() > deadline:
                        unanswered += 1
                        break
                    await asyncio.sleep(0.02)
                n += len(burst)
            return unanswered

        async def chaos() -> None:
            nonlocal kills
            while sent < USERS * len(script) // 2:
                await asyncio.sleep(0.05)
            if kill:
                victim = procs[-1]
                assert victim is not None
                victim.kill()
                kills += 1
                await asyncio.sleep(2.0)
                start(count - 1)
                # Listening before the run can end: a SIGTERM sent while it still imports
                # would kill it before its handler is set (exit -15 instead of a clean 0).
                await listening(ports[-1])

        async def listening(port: int) -> None:
            async with aiohttp.ClientSession() as probe:
                while True:
                    try:
                        async with probe.get(f"http://127.0.0.1:{port}/"):
                            return
                    except aiohttp.ClientError:
                        await asyncio.sleep(0.1)

        async with aiohttp.ClientSession() as session:
            for port in ports:  # every worker listening before the first student writes
                await listening(port)
            # The reference: one more student walks the script alone, a message at a time,
            # each answer complete once nothing more comes for a second (Slack users come with
            # their time zone, so the engine-only reference of the Telegram run does not fit).
            want: list[list[str]] = []
            for n, text in enumerate(script):
                before = len(posts("UREF"))
                event = dm_event(team, "UREF", text, f"{time.time():.6f}")
                await deliver(session, json.dumps(event_body(team, event, f"EvREF{n:05d}")))
                seen, quiet = before, time.monotonic()
                while time.monotonic() - quiet < 1.0:
                    await asyncio.sleep(0.05)
                    if len(posts("UREF")) != seen:
                        seen, quiet = len(posts("UREF")), time.monotonic()
                want.append(posts("UREF")[before:])
            # A reply of the last step still on its way (a busy box: the second message of an
            # answer more than a second after the first) belongs to that step: wait longer once.
            seen, quiet = len(posts("UREF")), time.monotonic()
            while time.monotonic() - quiet < 5.0:
                await asyncio.sleep(0.05)
                if len(posts("UREF")) != seen:
                    seen, quiet = len(posts("UREF")), time.monotonic()
            want[-1].extend(posts("UREF")[sum(len(step) for step in want) :])
            started = time.monotonic()
            noise = asyncio.ensure_future(chaos())
            unanswered = await asyncio.gather(*(student(session, u) for u in students))
            await noise
        took = time.monotonic() - started
        await asyncio.sleep(2)
        codes = [await p.stop() if p else None for p in procs]
        got = {u: posts(u) for u in students}
    expected = [t for step in want for t in step]
    lost = twice = disorder = extra = 0
    # The first reply that differs from the reference, or is one too many (its start only).
    sample = next(
        (
            {"user": u, "at": i, "expected": a[:60], "got": b[:60]}
            for u in students
            for i, (a, b) in enumerate(itertools.zip_longest(expected, got[u], fillvalue=""))
            if a != b
        ),
        None,
    )
    for u in students:
        lo, tw, dis, ex = _compare(expected, got[u])
        lost, twice, disorder, extra = lost + lo, twice + tw, disorder + dis, extra + ex
    store = open_store(url)
    try:
        states = [store.load(ConversationKey("slack", team, u)) for u in students]
        ref = store.load(ConversationKey("slack", team, "UREF"))
        final = ref.state if ref else ""
    finally:
        store.close()
    return {
        "adapter": "slack --http",
        "workers": count,
        "users": USERS,
        "messages": USERS * len(script),
        "seconds": round(took, 1),
        "kills": kills,
        "lost_replies": lost,
        "out_of_order": disorder,
        "steps_unanswered": sum(unanswered),
        "processed_twice": extra,
        "wrong_state": sum(1 for st in states if (st.state if st else "") != final),
        "first_difference": sample,
        "sent_twice": twice,
        "exit_codes": codes,
    }


def _same_hour(text: str) -> str:
    """A reply with the clock time it quotes masked: the reference ran at another hour."""
    return re.sub(r"\b\d{1,2}:\d{2} [ap]m\b", "<time>", text)


def _compare(expected: list[str], got: list[str]) -> tuple[int, int, int, int]:
    """(lost, sent twice, out of order, extra) of one chat's replies against the reference:
    an action processed twice would answer again, so its replies come on top (extra)."""
    clean: list[str] = []
    twice = 0
    for text in got:
        if clean and text == clean[-1]:
            twice += 1  # the same reply again right after itself: a resend
        else:
            clean.append(text)
    lost = max(0, len(expected) - len(clean))
    extra = max(0, len(clean) - len(expected))
    disorder = sum(1 for a, b in zip(expected, clean, strict=False) if a != b)
    return lost, twice, disorder, extra


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cycles", type=int, default=2, help="CYCLE walks per user")
    parser.add_argument("--kills", type=int, choices=[0, 1], default=1)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--slack", action="store_true", help="slack --http workers instead")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--logs", type=Path, default=None, help="keep the workers' logs here")
    args = parser.parse_args()
    random.seed(args.seed)
    from tests.postgres_server import PostgresServer, binaries

    bindir = binaries()
    if bindir is None:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    server = PostgresServer(bindir).start()
    try:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            where = args.logs or Path(tmp)
            where.mkdir(parents=True, exist_ok=True)
            url = server.create_database("workers")
            if args.slack:
                result = await run_slack(url, where, args.cycles, bool(args.kills), args.workers)
            else:
                result = await run(url, where, args.cycles, bool(args.kills), args.workers)
        print(json.dumps(result), flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
