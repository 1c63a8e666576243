"""The relay in one process, against a recording platform: order under retries, the four
outcomes, backlogs left by earlier runs, reminders due at once, and two relays on one file.
(The same outcomes against the fake Bot API and Web API: tests/adapters/test_*_relay.py.)"""

from __future__ import annotations

import asyncio
import os
from collections import defaultdict
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import make_engine
from bot.clock import ManualClock, iso
from bot.engine import Engine
from bot.errors import RecipientGone, Rejected, RetryLater, WorkspaceUnauthorised
from bot.messages import ConversationKey, Inbound, Reply
from bot.relay import Backoff, Parcel, Relay
from bot.store import RelayRow
from tests.bot.test_engine import INTAKE
from tests.conftest import Chat

QUICK = Backoff(0.01, 0.05)


class Platform:
    """Records what reaches each conversation; fails the sends it is told to fail."""

    def __init__(self) -> None:
        self.got: dict[ConversationKey, list[str]] = defaultdict(list)
        self.failures: dict[str, list[Exception]] = defaultdict(list)  # by workspace
        self.tries = 0

    async def send(self, parcel: Parcel) -> None:
        self.tries += 1
        await asyncio.sleep(0)
        plan = self.failures.get(parcel.key.workspace)
        if plan:
            raise plan.pop(0)
        self.got[parcel.key].append(parcel.reply.text)


def relay_for(engine: Engine, platform: Platform, **kw: object) -> Relay:
    options: dict[str, object] = {"tick_every": None, "retry": QUICK, "pause": QUICK, **kw}
    return Relay(engine, platform, "console", **options)  # type: ignore[arg-type]


@pytest.fixture
async def running(engine: Engine) -> AsyncIterator[tuple[Relay, Platform]]:
    platform = Platform()
    relay = relay_for(engine, platform)
    await relay.start()
    yield relay, platform
    await relay.stop()


def key(user: str, workspace: str = "local") -> ConversationKey:
    return ConversationKey("console", workspace, user)


async def say(relay: Relay, who: ConversationKey, *texts: str) -> None:
    done = relay.receive([(Inbound(who, text=t, event_id=f"{who}-{t}"), {}) for t in texts])
    await asyncio.gather(*done)


async def test_replies_keep_their_order_through_retries(running: tuple[Relay, Platform]) -> None:
    relay, platform = running
    ann = key("ann", "W1")
    platform.failures["W1"] = [RetryLater("502"), RetryLater("timeout", 0.01), RetryLater("500")]
    await say(relay, ann, "/start", "Prepare for an interview", "Acme Robotics")
    got = platform.got[ann]
    assert "networking" in got[0] and "Which company" in got[1] and "Acme Robotics" in got[2]
    assert len(got) == 3 and platform.tries == 6
    assert relay.engine.pending() == []


async def test_recipient_gone_is_deactivated_and_their_data_kept(
    running: tuple[Relay, Platform], engine: Engine
) -> None:
    relay, platform = running
    bob = key("bob", "W2")
    await say(relay, bob, "/start", "Prepare for an interview", "Acme Robotics")
    platform.failures["W2"] = [RecipientGone("403 blocked")]
    await say(relay, bob, "Inside sales")
    assert engine.pending() == []
    session = engine.store.load(bob)
    assert session is not None and not session.active and session.data["company"]


async def test_a_rejected_reply_is_dropped_and_the_next_goes_out(
    running: tuple[Relay, Platform], engine: Engine
) -> None:
    relay, platform = running
    cat = key("cat", "W3")
    platform.failures["W3"] = [Rejected("400")]
    await say(relay, cat, "/start", "/help")
    got = platform.got[cat]
    assert platform.tries == len(got) + 1  # one refused, not retried
    assert "Commands" in got[-1] and engine.pending() == []


async def test_an_unauthorised_workspace_pauses_keeps_its_reminders_and_resumes(
    engine: Engine, clock: ManualClock
) -> None:
    platform = Platform()
    relay = relay_for(engine, platform, pause=Backoff(0.05, 0.1))
    await relay.start()
    try:
        people = [key(f"p{n}", "W4") for n in range(3)]
        for who in people:
            await say(relay, who, *INTAKE)  # each has a thank-you reminder due tomorrow
        other = key("q", "W5")
        assert all(len(engine.export(who)["timers"]) == 1 for who in people)
        platform.failures["W4"] = [WorkspaceUnauthorised("invalid_auth")] * 3
        clock.advance(timedelta(days=2))
        await relay.tick()
        await say(relay, other, "/start")  # another workspace is not held up meanwhile
        for who in people:
            assert any("thank-you" in text for text in platform.got[who]), who
        assert "networking" in platform.got[other][0]
        session = engine.store.load(people[0])
        assert session is not None and session.active  # nobody was deactivated
        fired = [t["status"] for who in people for t in engine.export(who)["timers"]]
        assert fired == ["fired"] * 3  # every reminder went out, none was cancelled
        assert engine.pending() == []
    finally:
        await relay.stop()


async def test_a_backlog_left_by_a_crash_drains_in_one_start_in_order(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = make_engine(tmp_path / "b.db", clock)
    people = [key(f"u{n}") for n in range(20)]
    for who in people:  # 120 replies each, more than a lane reads at once
        engine.store.queue(who, [Reply(f"{who.user} #{i}") for i in range(120)], clock.now())
    unprocessed = Inbound(people[0], text="/start", event_id="unprocessed")
    engine.store.receive([(unprocessed, {})], clock.now())
    platform = Platform()
    relay = relay_for(engine, platform)
    await relay.start()
    await relay.idle()
    await relay.stop()
    for who in people:
        got = platform.got[who]
        assert got[:120] == [f"{who.user} #{i}" for i in range(120)], who.user
    assert "networking" in platform.got[people[0]][-1]  # the stored action came after them
    assert engine.pending() == [] and engine.store.inbox_of(people[0]) == []
    engine.close()


async def test_reminders_due_at_once_go_out_in_one_tick_beyond_a_batch(
    engine: Engine, clock: ManualClock
) -> None:
    chats = [Chat(engine, user=f"r{n}") for n in range(520)]  # more than one tick's batch
    for chat in chats:
        for text in INTAKE:
            await chat.say(text)
    platform = Platform()
    relay = relay_for(engine, platform)
    await relay.start()
    try:
        clock.advance(timedelta(days=2))
        await relay.tick()
        reminded = [c for c in chats if any("thank-you" in t for t in platform.got[c.key])]
        assert len(reminded) == 520
    finally:
        await relay.stop()


async def test_a_live_relays_rows_are_left_alone_a_dead_ones_are_taken(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = tmp_path / "two.db"
    first, second = make_engine(path, clock), make_engine(path, clock)
    ann, bea = key("ann"), key("bea")
    now = clock.now()
    # Another host's relay that beat a moment ago (heartbeats are wall-clock time).
    live = RelayRow("console:elsewhere:1:live", "console", "elsewhere", 1, iso(datetime.now(UTC)))
    first.store.beat(live)
    first.store.own(live.owner)
    first.store.queue(ann, [Reply("ann's, owned by a running relay")], now)
    first.store.own(f"console:{os.uname().nodename}:999999999:dead")  # no such process
    first.store.queue(bea, [Reply("bea's, owned by a relay that died")], now)
    platform = Platform()
    relay = relay_for(second, platform)
    await relay.start()
    await relay.idle()
    await relay.stop()
    assert platform.got[bea] == ["bea's, owned by a relay that died"]
    assert ann not in platform.got
    first.close()
    second.close()


class Counting(Platform):
    """Records, for every send, how many sends were under way meanwhile and whether the
    parcel was inherited from a relay that is gone."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self.log: list[tuple[str, bool, int]] = []  # (text, inherited, most in flight)

    async def send(self, parcel: Parcel) -> None:
        self.in_flight += 1
        most = self.in_flight
        try:
            for _ in range(3):  # a send takes a few turns of the loop, as on a network
                await asyncio.sleep(0)
                most = max(most, self.in_flight)
            await super().send(parcel)
        finally:
            self.in_flight -= 1
        self.log.append((parcel.reply.text, parcel.inherited, most))


async def test_after_a_crash_the_recovered_replies_go_one_at_a_time_then_in_parallel(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = make_engine(tmp_path / "c.db", clock)
    people = [key(f"u{n}") for n in range(20)]
    engine.store.own(f"console:{os.uname().nodename}:999999999:dead")  # killed mid-send
    for who in people:
        engine.store.queue(who, [Reply(f"{who.user} #{i}") for i in range(3)], clock.now())
    engine.store.own(None)
    platform = Counting()
    relay = relay_for(engine, platform)
    await relay.start()
    # New traffic arrives during the restart burst: it waits its turn like the rest.
    late = [key(f"new{n}") for n in range(20)]
    for who in late:
        relay.receive(
            [
                (Inbound(who, text="/start", event_id=f"{who}-start"), {}),
            ]
        )
    await relay.idle()
    # Each conversation's oldest reply (the one the dead relay may have been sending) is
    # inherited; the ones behind it were never tried.
    inherited = sorted(text for text, was, _ in platform.log if was)
    assert inherited == sorted(f"{who.user} #0" for who in people)
    # Until the last inherited reply was tried, no two sends were under way at once...
    last = max(i for i, (_, was, _) in enumerate(platform.log) if was)
    assert all(most == 1 for _, _, most in platform.log[: last + 1])
    # ...then sends run in parallel again (nothing lost, each conversation in order).
    for who in people:
        assert platform.got[who] == [f"{who.user} #{i}" for i in range(3)]
    assert all("networking" in platform.got[who][0] for who in late)
    assert engine.pending() == []
    await relay.stop()
    # A second run in parallel: nothing left to recover, so sends overlap.
    again = Counting()
    relay = relay_for(engine, again)
    await relay.start()
    await relay.idle()
    await asyncio.gather(
        *relay.receive([(Inbound(w, text="/help", event_id=f"{w}-h"), {}) for w in late])
    )
    assert max(most for _, _, most in again.log) > 1
    await relay.stop()
    engine.close()
