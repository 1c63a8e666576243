"""The relay: every adapter's intake, sending, retrying, per-conversation order and timer loop.

An adapter stores each user action with :meth:`Relay.receive` *before* it acknowledges the
platform (the inbox row is committed when that returns), and gives the relay a :class:`Sender`
that turns one reply into platform calls and a platform error into one of four results
(``bot.errors``): ``RetryLater`` (that conversation waits, with back-off and jitter, or the
platform's ``retry_after``), ``RecipientGone`` (deactivated, their replies dropped, their data
kept), ``WorkspaceUnauthorised`` (the workspace pauses, everything kept, one error line; a probe
send now and then resumes it) or ``Rejected`` (logged with the key, dropped).

Each conversation has a lane: its inbox actions and its undelivered replies, in id order. A lane
sends all its replies before it processes its next action, so a later reply never overtakes an
earlier one and nobody answers a question they have not seen. A fixed number of workers run the
lanes one step (one send, or one action through the engine) at a time, round robin: the work in
flight is bounded, and a chat that floods or waits out a 429 holds only its own lane.

What is not in memory is in the database: a lane that starts reads its conversation's older rows
first, and a backlog scan keeps walking the inbox and outbox for rows nobody is working on (left
by a crash, or by a relay that stopped), so a backlog of any size drains continuously. Rows carry
their relay's id (``owner``); relays on one database leave each other's rows alone while the
owner's heartbeat says it runs.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import logging
import os
import random
import socket
import traceback
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from bot.clock import iso
from bot.engine import Engine
from bot.errors import RecipientGone, Rejected, RetryLater, WorkspaceUnauthorised
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.store import Received, RelayRow

__all__ = ["Backoff", "Parcel", "Prepare", "Relay", "Sender"]

log = logging.getLogger(__name__)

WORKERS = 32  # lanes stepped at once: the bound on sends (and engine calls) in flight
TICK_SECONDS = 20.0
TICK_BATCH = 500  # due timers fired per engine call; the next batch follows without waiting
LOAD = 50  # rows of one conversation read from the database at a time
SCAN_BATCH = 2000  # rows per query of the backlog scan
SCAN_SECONDS = 30.0
MAX_LANES = 5000  # the backlog scan starts no more lanes than this while others still work
MAX_QUEUED = 5000  # queued actions above which the adapter should stop fetching (``room``)
HEARTBEAT_SECONDS = 10.0
STALE_AFTER = timedelta(seconds=60)  # a relay silent this long is gone


@dataclass(slots=True)
class Parcel:
    """One reply on its way to one conversation. A sender that splits a reply into several
    platform messages counts those sent in ``parts`` and skips them when the parcel is retried;
    ``batch`` tells which replies answer the same action (a sender may treat them as a group).
    An ``inherited`` parcel comes from a relay that died: as a lane sends only its first reply
    at a time, it may be the one that was on its way; a sender that can ask the platform
    whether it arrived (Slack can) sends it only if not."""

    key: ConversationKey
    reply: Reply
    batch: int = 0  # the same for the replies of one action (or one post): one answer
    parts: int = 0
    tries: int = 0
    inherited: bool = False  # from a relay that stopped or died: it may have sent it already
    done: asyncio.Future[None] | None = field(default=None, repr=False)


class Sender(Protocol):
    """What an adapter gives the relay: one reply in the platform's terms."""

    async def send(self, parcel: Parcel) -> None:
        """Deliver ``parcel.reply`` to ``parcel.key``. Raises ``RetryLater``, ``RecipientGone``,
        ``WorkspaceUnauthorised`` or ``Rejected`` (``bot.errors``) when it was not delivered."""
        ...


# What an adapter does with a stored action before the engine sees it, in the conversation's
# turn (answer a tap, mark the chosen button): the Inbound to process, or None to drop it.
Prepare = Callable[[Received], Awaitable[Inbound | None]]


@dataclass(frozen=True, slots=True)
class Backoff:
    """Waits between tries: ``first`` seconds, doubling up to ``cap``; each wait is drawn from
    the upper half of that (jitter), so that retries of many chats spread out."""

    first: float = 1.0
    cap: float = 60.0

    def delay(self, tries: int) -> float:
        top = min(self.cap, self.first * 2 ** max(0, tries - 1))
        return random.uniform(top / 2, top)


RETRY = Backoff(1.0, 60.0)  # a failed send of one conversation
PAUSE = Backoff(5.0, 300.0)  # probes of a paused workspace


class _Lane:
    """One conversation's work: actions waiting in the inbox and replies waiting to be sent."""

    __slots__ = ("fresh", "inbox", "key", "more", "out", "parked", "running", "urgent", "waiting")

    def __init__(self, key: ConversationKey) -> None:
        self.key = key
        self.out: deque[Parcel] = deque()
        self.inbox: list[tuple[int, Received, asyncio.Future[None] | None]] = []
        self.fresh = True  # the database may hold older rows of it: read them first
        self.more = False  # the last read was full: read again once its replies are sent
        self.running = False  # queued for a worker, or being stepped by one
        self.waiting: asyncio.TimerHandle | None = None  # sleeping until a retry
        self.parked = False  # its workspace is paused
        self.urgent = False  # someone is talking to us now (not only a backlog to drain)

    def has_work(self) -> bool:
        return bool(self.out or self.inbox or self.fresh or self.more)


@dataclass(slots=True)
class _Pause:
    """A workspace whose token was refused: its lanes wait; one probes now and then."""

    tries: int = 1
    parked: list[_Lane] = field(default_factory=list)
    probing: _Lane | None = None
    timer: asyncio.TimerHandle | None = None


class Relay:
    """Intake and delivery of one platform's conversations (or of one conversation: ``only``)
    for one engine. ``start()`` before use, ``stop()`` at the end; one event loop."""

    def __init__(
        self,
        engine: Engine,
        sender: Sender,
        platform: str,
        *,
        only: ConversationKey | None = None,
        prepare: Prepare | None = None,
        workers: int = WORKERS,
        tick_every: float | None = TICK_SECONDS,
        retry: Backoff | None = None,
        pause: Backoff | None = None,
        scan_every: float = SCAN_SECONDS,
    ) -> None:
        self.engine = engine
        self.store = engine.store
        self.sender = sender
        self.platform = platform
        self.only = only
        self.prepare = prepare
        self.workers = workers
        self.tick_every = tick_every
        self.retry = retry or RETRY
        self.pause = pause or PAUSE
        self.scan_every = scan_every
        self.host, self.pid = socket.gethostname(), os.getpid()
        self.owner = f"{platform}:{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"
        self._lanes: dict[ConversationKey, _Lane] = {}
        # Lanes ready for a step: those with live traffic first, the backlog's every 4th pick.
        self._urgent: deque[_Lane] = deque()
        self._later: deque[_Lane] = deque()
        self._wakeup = asyncio.Event()
        self._picks = 0
        self._paused: dict[str, _Pause] = {}
        self._alive: set[str] = {self.owner}
        self._tasks: list[asyncio.Task[None]] = []
        self._queued = 0  # actions waiting in lanes
        self._changed = asyncio.Event()  # set whenever a lane finishes or the queue shrinks
        self._ticking = 0
        self._scans = 0
        self._batches = itertools.count(1)

    # -- life cycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Announce this relay, start the workers, the backlog scan, the heartbeat and (with
        ``tick_every``) the timer loop. Leftovers of earlier runs start draining at once."""
        self.store.own(self.owner)
        self._beat()
        self._scans = 1  # the first scan counts from now: idle() waits for it
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self._work()) for _ in range(self.workers)]
        self._tasks.append(loop.create_task(self._heartbeat()))
        self._tasks.append(loop.create_task(self._scan_loop()))
        if self.tick_every:
            self._tasks.append(loop.create_task(self._timer_loop()))

    async def stop(self) -> None:
        """Stop working. Whatever is unsent stays in the database for the next start."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for lane in self._lanes.values():
            if lane.waiting is not None:
                lane.waiting.cancel()
            for parcel in lane.out:
                _settle(parcel.done, cancel=True)
            for _, _, done in lane.inbox:
                _settle(done, cancel=True)
        for pause in self._paused.values():
            if pause.timer is not None:
                pause.timer.cancel()
        self._lanes.clear()
        self._paused.clear()
        self._urgent.clear()
        self._later.clear()
        self._scans = self._ticking = self._queued = 0
        self.engine.flush()
        try:
            self.store.retire(self.owner)  # its rows are anybody's now, without waiting
        except Exception as exc:
            log.warning("could not retire relay %s: %s", self.owner, type(exc).__name__)
        self.store.own(None)

    async def idle(self) -> None:
        """Return once nothing is left to do: every action processed, every reply settled
        (sent or given up). A paused workspace or a chat waiting out a retry is not idle."""
        while self._lanes or self._ticking or self._scans:
            self._changed.clear()
            await self._changed.wait()

    async def room(self) -> None:
        """Return once fewer than ``MAX_QUEUED`` actions are waiting: an adapter that fetches
        its updates (Telegram's long poll) waits for this before fetching more."""
        while self._queued >= MAX_QUEUED:
            self._changed.clear()
            await self._changed.wait()

    # -- what adapters call ---------------------------------------------------------------------

    def receive(
        self, items: Sequence[tuple[Inbound, dict[str, Any]]]
    ) -> list[asyncio.Future[None]]:
        """Store user actions (each with what the adapter needs later, as JSON) durably, then
        queue them in their conversations' lanes. When this returns, the platform may be
        acknowledged. Each future is done once that action's replies are settled (at once for
        an action already waiting). Raises what the store raises: then do not acknowledge."""
        ids = self.store.receive(items, self.engine.clock.now())
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[None]] = []
        for (inbound, extra), row_id in zip(items, ids, strict=True):
            done = loop.create_future()
            futures.append(done)
            if row_id is None:
                done.set_result(None)  # the same action is already waiting
                continue
            lane = self._lane(inbound.key)
            lane.urgent = True
            self._add_inbound(lane, Received(row_id, inbound, extra, self.owner), done)
            self._schedule(lane)
        return futures

    def post(self, key: ConversationKey, replies: Iterable[Reply]) -> asyncio.Future[None]:
        """Send replies in ``key``'s lane, after what it already holds: replies the engine
        queued in the outbox (``outbox_id`` set), or ones nothing needs to keep (a group
        invitation, a report). The future is done once they are settled."""
        lane = self._lane(key)
        lane.urgent = True
        batch = next(self._batches)
        parcels = [Parcel(key, r, batch) for r in replies]
        done = asyncio.get_running_loop().create_future()
        if parcels:
            parcels[-1].done = done
            self._add_out(lane, parcels)
        else:
            done.set_result(None)
        self._schedule(lane)
        return done

    def gone(self, key: ConversationKey) -> None:
        """The platform told us this person left (blocked the bot): deactivate them and drop
        their undelivered replies; their data stays."""
        self.engine.deactivate(key)
        lane = self._lanes.get(key)
        if lane is not None:
            self._drop(lane, len(lane.out))

    def forget_workspace(self, workspace: str) -> None:
        """A workspace was erased (uninstalled): drop its lanes and its pause."""
        for key in [k for k in self._lanes if k.workspace == workspace]:
            lane = self._lanes.pop(key)
            if lane.waiting is not None:
                lane.waiting.cancel()
            for parcel in lane.out:
                _settle(parcel.done)
            for _, _, done in lane.inbox:
                _settle(done)
            self._queued -= len(lane.inbox)
        pause = self._paused.pop(workspace, None)
        if pause is not None and pause.timer is not None:
            pause.timer.cancel()
        self._changed.set()

    async def tick(self) -> None:
        """Fire every due timer now and wait until their replies are settled (the timer loop
        does the same without waiting; tests and script drivers call this)."""
        await asyncio.gather(*await self._fire())

    # -- timers ---------------------------------------------------------------------------------

    async def _fire(self) -> list[asyncio.Future[None]]:
        """Fire due timers batch after batch while more are due; queue their replies."""
        futures: list[asyncio.Future[None]] = []
        self._ticking += 1
        try:
            while True:
                outs = await self.engine.tick(platform=self.platform, limit=TICK_BATCH)
                futures.extend(self._deliver(outs))
                if not self.engine.due(platform=self.platform):
                    return futures
                await self._has_room_for_lanes()
        finally:
            self._ticking -= 1
            self._changed.set()

    def _deliver(self, outs: list[Outgoing]) -> list[asyncio.Future[None]]:
        by_key: dict[ConversationKey, list[Reply]] = {}
        for out in outs:
            if self.only is None or out.key == self.only:
                by_key.setdefault(out.key, []).append(out.reply)
        return [self.post(key, replies) for key, replies in by_key.items()]

    async def _timer_loop(self) -> None:
        assert self.tick_every
        while True:
            try:
                await self._fire()
            except Exception as exc:
                log.error("timer tick failed: %s\n%s", type(exc).__name__, frames(exc))
            await asyncio.sleep(self.tick_every)

    # -- lanes ----------------------------------------------------------------------------------

    def _lane(self, key: ConversationKey) -> _Lane:
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane(key)
        return lane

    def _add_inbound(
        self, lane: _Lane, received: Received, done: asyncio.Future[None] | None
    ) -> None:
        entry = (received.id, received, done)
        if not lane.inbox or lane.inbox[-1][0] < received.id:
            lane.inbox.append(entry)
        else:
            bisect.insort(lane.inbox, entry, key=lambda e: e[0])
        self._queued += 1

    def _add_out(self, lane: _Lane, parcels: list[Parcel]) -> None:
        lane.out.extend(parcels)
        ids = [p.reply.outbox_id for p in lane.out]
        if any(i is not None for i in ids) and ids != sorted(ids, key=_order):
            lane.out = deque(sorted(lane.out, key=lambda p: _order(p.reply.outbox_id)))

    def _schedule(self, lane: _Lane) -> None:
        if lane.running or lane.waiting is not None or lane.parked or not lane.has_work():
            return
        lane.running = True
        (self._urgent if lane.urgent else self._later).append(lane)
        self._wakeup.set()

    async def _next(self) -> _Lane:
        while True:
            if self._urgent or self._later:
                self._picks += 1
                if self._later and (not self._urgent or self._picks % 4 == 0):
                    return self._later.popleft()
                return self._urgent.popleft()
            self._wakeup.clear()
            await self._wakeup.wait()

    async def _work(self) -> None:
        while True:
            lane = await self._next()
            try:
                await self._step(lane)
            except Exception as exc:  # a bug: keep the lane's work, try again later
                log.error(
                    "relay step for %s failed: %s\n%s", lane.key, type(exc).__name__, frames(exc)
                )
                self._sleep(lane, self.retry.delay(3))
            finally:
                lane.running = False
                if lane.has_work():
                    self._schedule(lane)
                else:
                    self._finished(lane)

    def _finished(self, lane: _Lane) -> None:
        """A lane with nothing left to do leaves memory (its conversation may come back)."""
        if self._lanes.get(lane.key) is lane:
            del self._lanes[lane.key]
            self._changed.set()
        pause = self._paused.get(lane.key.workspace)
        if pause is not None and pause.probing is lane:  # it probed without sending anything
            pause.probing = None
            self._probe(lane.key.workspace)

    async def _step(self, lane: _Lane) -> None:
        """One unit of a lane's work: read its older rows, or send one reply, or process one
        action. Whatever it is, the lane goes back to the end of the queue afterwards."""
        pause = self._paused.get(lane.key.workspace)
        if pause is not None and pause.probing is not lane:
            lane.parked = True
            pause.parked.append(lane)
            return
        if lane.fresh or (lane.more and not lane.out):
            self._load(lane)
        elif lane.out:
            await self._send(lane, lane.out[0])
        elif lane.inbox:
            await self._process(lane)

    def _load(self, lane: _Lane) -> None:
        """Read the conversation's rows nobody else works on: older replies and actions first."""
        if not lane.fresh:  # reading on: the replies just sent must be out of the way
            self.engine.flush()
        lane.fresh = False
        key, alive = lane.key, sorted(self._alive)
        rows = self.store.pending_of(key, LOAD)
        take = [r.outbox_id for r, owner in rows if owner not in self._alive and r.outbox_id]
        if take:
            self.store.claim("outbox", take, self.owner, alive)
            rows = self.store.pending_of(key, LOAD)
        known = {p.reply.outbox_id for p in lane.out} | self.engine.unflushed()
        mine = [r for r, owner in rows if owner == self.owner and r.outbox_id not in known]
        if mine:
            batch, taken = next(self._batches), set(take)
            parcels = [Parcel(key, r, batch, inherited=r.outbox_id in taken) for r in mine]
            self._add_out(lane, parcels)
        received = self.store.inbox_of(key, LOAD)
        take = [r.id for r in received if r.owner not in self._alive]
        if take:
            self.store.claim("inbox", take, self.owner, alive)
            received = self.store.inbox_of(key, LOAD)
        waiting = {entry[0] for entry in lane.inbox}
        added = False
        for r in received:
            if r.owner == self.owner and r.id not in waiting:
                self._add_inbound(lane, r, None)
                added = True
        received = received if added else []
        # More than one read's worth (and this one made progress): read again when these are sent.
        lane.more = (len(rows) == LOAD and bool(mine)) or len(received) == LOAD

    async def _send(self, lane: _Lane, parcel: Parcel) -> None:
        key = lane.key
        try:
            await self.sender.send(parcel)
        except RetryLater as exc:
            parcel.tries += 1
            if exc.after is not None:
                delay = exc.after + random.uniform(0, min(1.0, exc.after / 10))
            else:
                delay = self.retry.delay(parcel.tries)
            log.info("%s: %s; retrying in %.1f s (try %d)", key, exc, delay, parcel.tries)
            self._sleep(lane, delay)
            self._probe_failed(lane)
        except RecipientGone as exc:
            log.info("%s is gone (%s): deactivated; undelivered replies dropped", key, exc)
            self.engine.deactivate(key)
            self._drop(lane, len(lane.out))
            self._resume(lane)
        except WorkspaceUnauthorised as exc:
            self._pause(lane, exc)
        except Rejected as exc:
            log.warning("%s: reply %s rejected (%s); dropped", key, parcel.reply.outbox_id, exc)
            self._drop(lane, 1)
            self._resume(lane)
        except Exception as exc:  # a sender bug: as if rejected, but loud
            log.error(
                "%s: reply %s failed: %s; dropped\n%s",
                key,
                parcel.reply.outbox_id,
                type(exc).__name__,
                frames(exc),
            )
            self._drop(lane, 1)
            self._probe_failed(lane)
        else:
            lane.out.popleft()
            self.engine.delivered([parcel.reply])
            self.engine.flush()
            _settle(parcel.done)
            self._resume(lane)

    async def _process(self, lane: _Lane) -> None:
        _, received, done = lane.inbox.pop(0)
        self._queued -= 1
        self._changed.set()
        inbound: Inbound | None = received.inbound
        if self.prepare is not None:
            try:
                inbound = await self.prepare(received)
            except Exception as exc:
                log.error(
                    "%s: preparing event %s failed: %s\n%s",
                    lane.key,
                    received.inbound.event_id,
                    type(exc).__name__,
                    frames(exc),
                )
        if inbound is None:
            with self.store.atomic():
                self.store.processed(received.id)
            _settle(done)
            return
        replies = await self.engine.handle(inbound, received.id)
        batch = next(self._batches)
        parcels = [Parcel(lane.key, r, batch) for r in replies]
        if parcels:
            parcels[-1].done = done
            self._add_out(lane, parcels)
        else:
            _settle(done)

    def _drop(self, lane: _Lane, count: int) -> None:
        """Give up on the first ``count`` replies of the lane: nobody will receive them."""
        dropped = [lane.out.popleft() for _ in range(min(count, len(lane.out)))]
        self.engine.delivered([p.reply for p in dropped])
        for parcel in dropped:
            _settle(parcel.done)

    def _sleep(self, lane: _Lane, delay: float) -> None:
        def wake() -> None:
            lane.waiting = None
            self._schedule(lane)

        lane.waiting = asyncio.get_running_loop().call_later(delay, wake)

    # -- paused workspaces ------------------------------------------------------------------------

    def _pause(self, lane: _Lane, exc: WorkspaceUnauthorised) -> None:
        workspace = lane.key.workspace
        pause = self._paused.get(workspace)
        if pause is None:
            pause = self._paused[workspace] = _Pause()
            log.error(
                "workspace %s of %s refused our token (%s): sending paused, every reply and"
                " reminder kept; trying again from time to time",
                workspace,
                self.platform,
                exc,
            )
        elif pause.probing is lane:
            pause.tries += 1
            log.debug("workspace %s still refuses our token (%s)", workspace, exc)
        if pause.probing is lane:
            pause.probing = None
        lane.parked = True
        pause.parked.append(lane)
        if pause.timer is None and pause.probing is None:
            delay = self.pause.delay(pause.tries)
            pause.timer = asyncio.get_running_loop().call_later(delay, self._probe, workspace)

    def _probe(self, workspace: str) -> None:
        pause = self._paused.get(workspace)
        if pause is None:
            return
        pause.timer = None
        if not pause.parked:
            del self._paused[workspace]
            return
        lane = pause.parked.pop(0)
        lane.parked = False
        pause.probing = lane
        self._schedule(lane)

    def _probe_failed(self, lane: _Lane) -> None:
        """The probe hit something else (a timeout...): let another try after the back-off."""
        pause = self._paused.get(lane.key.workspace)
        if pause is not None and pause.probing is lane:
            pause.probing = None
            lane.parked = True
            pause.parked.append(lane)
            if lane.waiting is not None:
                lane.waiting.cancel()
                lane.waiting = None
            delay = self.pause.delay(pause.tries)
            workspace = lane.key.workspace
            pause.timer = asyncio.get_running_loop().call_later(delay, self._probe, workspace)

    def _resume(self, lane: _Lane) -> None:
        """A send of a paused workspace went through: everyone there goes on."""
        workspace = lane.key.workspace
        pause = self._paused.get(workspace)
        if pause is None or pause.probing is not lane:
            return
        del self._paused[workspace]
        if pause.timer is not None:
            pause.timer.cancel()
        log.warning(
            "workspace %s of %s accepts our token again: sending resumed", workspace, self.platform
        )
        for parked in pause.parked:
            parked.parked = False
            self._schedule(parked)

    # -- the backlog and the heartbeat ------------------------------------------------------------

    async def _has_room_for_lanes(self) -> None:
        while len(self._lanes) >= MAX_LANES:
            self._changed.clear()
            await self._changed.wait()

    async def scan(self) -> None:
        """Walk the inbox and the outbox once, starting a lane for every conversation that has
        rows nobody works on."""
        for table in ("outbox", "inbox"):
            after = 0
            while True:
                rows = self.store.backlog(table, self.platform, after, SCAN_BATCH)
                for row in rows:
                    if self.only is not None and row.key != self.only:
                        continue
                    if row.key in self._lanes:
                        continue
                    if row.owner == self.owner or row.owner not in self._alive:
                        self._schedule(self._lane(row.key))
                if len(rows) < SCAN_BATCH:
                    break
                after = rows[-1].id
                await self._has_room_for_lanes()
                await asyncio.sleep(0)

    async def _scan_loop(self) -> None:
        first = True
        while True:
            if not first:
                self._scans += 1
            first = False
            try:
                await self.scan()
            except Exception as exc:
                log.error("backlog scan failed: %s\n%s", type(exc).__name__, frames(exc))
            finally:
                self._scans -= 1
                self._changed.set()
            await asyncio.sleep(self.scan_every)

    def _beat(self) -> None:
        now = datetime.now(UTC)
        self.store.beat(RelayRow(self.owner, self.platform, self.host, self.pid, iso(now)))
        alive = {self.owner}
        for row in self.store.relays():
            if row.owner == self.owner:
                continue
            if _alive(row, self.host, now):
                alive.add(row.owner)
            else:
                self.store.retire(row.owner)
        self._alive = alive

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            try:
                self._beat()
            except Exception as exc:
                log.warning("relay heartbeat failed: %s", type(exc).__name__)


def _alive(row: RelayRow, host: str, now: datetime) -> bool:
    """Whether another relay still runs: it beat recently and, on this host, its process lives."""
    if now - datetime.fromisoformat(row.beat_at) > STALE_AFTER:
        return False
    if row.host != host:
        return True
    try:
        os.kill(row.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _order(outbox_id: int | None) -> tuple[bool, int]:
    # Replies nothing keeps (no outbox id) go after the stored ones, in the order they came.
    return (outbox_id is None, outbox_id or 0)


def _settle(done: asyncio.Future[None] | None, cancel: bool = False) -> None:
    if done is not None and not done.done():
        if cancel:
            done.cancel()
        else:
            done.set_result(None)


def frames(exc: BaseException) -> str:
    """A traceback without the exception's message, which may quote what the user wrote."""
    return "".join(traceback.format_tb(exc.__traceback__))
