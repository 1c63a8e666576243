"""Slack acknowledgement latency: ``pivotbot slack --http`` against a bare Bolt app.

    .venv/bin/python bench/slack_ack.py               # 600 events each, alternating, 2 rounds
    .venv/bin/python bench/slack_ack.py --events 200 --rounds 1

Both run as processes against the same fake Web API (in this process) and receive the same
signed ``message.im`` events from 20 students: first one at a time, then in bursts of 25 at
once. pivotbot stores each event in its inbox before it answers 200 (and then processes it and
posts the reply while later events arrive); the bare app only acknowledges. Prints the time
from sending a request to its 200, per app and round (p50, p99, max, in ms) and whether any
request got anything but 200.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp
from harness import PIVOTBOT, BotProcess, clean_env

from adapters.testing.slack_api import FakeSlackApi
from adapters.testing.slack_driver import SIGNING_SECRET, dm_event, event_body, sign

TEAM = "T0BENCH"
BARE = """
import os
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
app = AsyncApp(signing_secret=os.environ["SLACK_SIGNING_SECRET"], client=client)

@app.event("message")
async def message(body):
    pass

app.start(port=int(os.environ["PORT"]))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def post(session: aiohttp.ClientSession, url: str, body: str) -> tuple[float, int]:
    headers = {"Content-Type": "application/json", **sign(SIGNING_SECRET, body)}
    started = time.monotonic()
    async with session.post(url, data=body.encode(), headers=headers) as response:
        await response.read()
        return time.monotonic() - started, response.status


async def one_run(kind: str, events: int, tmp: Path, seq: int) -> dict[str, object]:
    async with FakeSlackApi() as fake:
        ws = fake.add_workspace(TEAM)
        port = free_port()
        env = clean_env(
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_BOT_TOKEN=ws.bot_token,
            SLACK_API_URL=fake.url,
            PIVOTBOT_DB=str(tmp / f"{kind}-{seq}.db"),
            PORT=str(port),
        )
        if kind == "pivotbot":
            args = [str(PIVOTBOT), "slack", "--http", "--port", str(port)]
        else:
            args = [str(Path(PIVOTBOT).parent / "python"), "-c", BARE]
        bot = BotProcess(args, env, tmp / f"{kind}.log")
        url = f"http://127.0.0.1:{port}/slack/events"
        try:
            async with aiohttp.ClientSession() as session:
                async with asyncio.timeout(60):
                    while True:
                        try:
                            await post(session, url, json.dumps({"type": "ping"}))
                            break
                        except aiohttp.ClientConnectionError:
                            await asyncio.sleep(0.1)
                bodies = []
                for n in range(events):
                    user = f"U{n % 20:04d}"
                    ts = f"{time.time():.6f}"
                    text = "/start" if n < 20 else f"answer {n}"
                    event = dm_event(TEAM, user, text, ts)
                    bodies.append(json.dumps(event_body(TEAM, event, f"Ev{seq}{n:07d}")))
                half = events // 2
                one_by_one = [await post(session, url, b) for b in bodies[:half]]
                bursts: list[tuple[float, int]] = []
                for i in range(half, events, 25):
                    bursts += await asyncio.gather(
                        *(post(session, url, b) for b in bodies[i : i + 25])
                    )
        finally:
            await bot.stop()
        return {
            "app": kind,
            "one_at_a_time_ms": _stats([t for t, _ in one_by_one]),
            "bursts_of_25_ms": _stats([t for t, _ in bursts]),
            "not_200": sum(1 for _, status in one_by_one + bursts if status != 200),
        }


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50": round(statistics.median(ordered) * 1000, 1),
        "p99": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
        "max": round(ordered[-1] * 1000, 1),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for seq in range(args.rounds):
            for kind in ("pivotbot", "bare-bolt"):
                print(json.dumps(await one_run(kind, args.events, Path(tmp), seq)), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
