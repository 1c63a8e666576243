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
owner's heartbeat says it runs. When several relays receive one conversation's actions (workers
behind a load balancer, on PostgreSQL), a lane processes its next action only once no older one
of that conversation waits in the inbox, so actions are handled in the order they arrived.

Duplicates after a crash. A reply is marked delivered (its outbox row deleted, committed) as soon
as its send returns, so what a kill can repeat is what was *in flight* at that instant: the
platform may have taken it without our knowing. As a lane sends one reply at a time, only the
oldest undelivered reply of a conversation left by a relay that is gone can be such a reply: that
parcel is ``inherited`` (a sender that can ask the platform whether it arrived does so). Until
the first backlog scan is done and every inherited parcel has been tried once, the relay
*recovers*: every send (inherited or new) waits until no other send is in flight, so a kill
during the restart burst can repeat at most one reply, instead of one per conversation being
re-sent at once. Then sends run in parallel again (up to ``workers``).

Beside this module: :mod:`bot.lanes` (a lane's data, parcels, the back-off), :mod:`bot.pauses`
(paused workspaces) and :mod:`bot.owners` (which relay works on which rows).
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import logging
import random
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, Protocol

from bot.engine import Engine
from bot.errors import RecipientGone, Rejected, RetryLater, WorkspaceUnauthorised
from bot.lanes import Backoff, Lane, Parcel, order, settle
from bot.logs import frames
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.owners import Owners
from bot.pauses import Pauses
from bot.store import Received

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
# How long a lane waits when another relay on the database holds an older action of its
# conversation (several workers behind a load balancer), before it looks again.
ORDER_WAIT = 0.05


class Sender(Protocol):
    """What an adapter gives the relay: one reply in the platform's terms."""

    async def send(self, parcel: Parcel) -> None:
        """Deliver ``parcel.reply`` to ``parcel.key``. Raises ``RetryLater``, ``RecipientGone``,
        ``WorkspaceUnauthorised`` or ``Rejected`` (``bot.errors``) when it was not delivered."""
        ...


# What an adapter does with a stored action before the engine sees it, in the conversation's
# turn (answer a tap, mark the chosen button): the Inbound to process, or None to drop it.
Prepare = Callable[[Received], Awaitable[Inbound | None]]


RETRY = Backoff(1.0, 60.0)  # a failed send of one conversation
PAUSE = Backoff(5.0, 300.0)  # probes of a paused workspace


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
        self.scan_every = scan_every
        self.owners = Owners(engine.store, platform)
        self.owner = self.owners.me
        self._lanes: dict[ConversationKey, Lane] = {}
        # Lanes ready for a step: those with live traffic first, the backlog's every 4th pick.
        self._urgent: deque[Lane] = deque()
        self._later: deque[Lane] = deque()
        self._wakeup = asyncio.Event()
        self._picks = 0
        self.pauses = Pauses(platform, pause or PAUSE, self._schedule)
        self._tasks: list[asyncio.Task[None]] = []
        self._queued = 0  # actions waiting in lanes
        self._changed = asyncio.Event()  # set whenever a lane finishes or the queue shrinks
        self._ticking = 0
        self._scans = 0
        self._batches = itertools.count(1)
        # Recovery (see the module's docstring): the first scan is running, or these
        # conversations may hold an inherited reply not tried yet; sends go one at a time.
        self._first_scan = False
        self._suspects: set[ConversationKey] = set()
        self._in_flight = 0  # sends under way
        self._send_ended = asyncio.Event()

    # -- life cycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Announce this relay, start the workers, the backlog scan, the heartbeat and (with
        ``tick_every``) the timer loop. Leftovers of earlier runs start draining at once."""
        self.store.own(self.owner)
        self._beat()
        self._scans = 1  # the first scan counts from now: idle() waits for it
        self._first_scan = True  # recovering until it is done (and inherited replies tried)
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
                settle(parcel.done, cancel=True)
            for _, _, done in lane.inbox:
                settle(done, cancel=True)
        self.pauses.clear()
        self._lanes.clear()
        self._urgent.clear()
        self._later.clear()
        self._suspects.clear()
        self._first_scan = False
        self._scans = self._ticking = self._queued = self._in_flight = 0
        self.engine.flush()
        self.owners.retire()  # its rows are anybody's now, without waiting
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
        self._suspects.discard(key)
        lane = self._lanes.get(key)
        if lane is not None:
            self._drop(lane, len(lane.out))

    def forget_workspace(self, workspace: str) -> None:
        """A workspace was erased (uninstalled): drop its lanes and its pause."""
        self._suspects = {k for k in self._suspects if k.workspace != workspace}
        for key in [k for k in self._lanes if k.workspace == workspace]:
            lane = self._lanes.pop(key)
            if lane.waiting is not None:
                lane.waiting.cancel()
            for parcel in lane.out:
                settle(parcel.done)
            for _, _, done in lane.inbox:
                settle(done)
            self._queued -= len(lane.inbox)
        self.pauses.forget(workspace)
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

    def _lane(self, key: ConversationKey) -> Lane:
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = Lane(key)
        return lane

    def _add_inbound(
        self, lane: Lane, received: Received, done: asyncio.Future[None] | None
    ) -> None:
        entry = (received.id, received, done)
        if not lane.inbox or lane.inbox[-1][0] < received.id:
            lane.inbox.append(entry)
        else:
            bisect.insort(lane.inbox, entry, key=lambda e: e[0])
        self._queued += 1

    def _add_out(self, lane: Lane, parcels: list[Parcel]) -> None:
        lane.out.extend(parcels)
        ids = [p.reply.outbox_id for p in lane.out]
        if any(i is not None for i in ids) and ids != sorted(ids, key=order):
            lane.out = deque(sorted(lane.out, key=lambda p: order(p.reply.outbox_id)))

    def _schedule(self, lane: Lane) -> None:
        if lane.running or lane.waiting is not None or lane.parked or not lane.has_work():
            return
        lane.running = True
        (self._urgent if lane.urgent else self._later).append(lane)
        self._wakeup.set()

    async def _next(self) -> Lane:
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

    def _finished(self, lane: Lane) -> None:
        """A lane with nothing left to do leaves memory (its conversation may come back)."""
        if self._lanes.get(lane.key) is lane:
            del self._lanes[lane.key]
            self._changed.set()
        self._suspects.discard(lane.key)
        self.pauses.finished(lane)  # it may have probed without sending anything

    async def _step(self, lane: Lane) -> None:
        """One unit of a lane's work: read its older rows, or send one reply, or process one
        action. Whatever it is, the lane goes back to the end of the queue afterwards."""
        if self.pauses.holds(lane):
            self._suspects.discard(lane.key)  # parked, not sending: it must not hold up others
            return
        if lane.fresh or (lane.more and not lane.out):
            self._load(lane)
        elif lane.out:
            await self._send(lane, lane.out[0])
        elif lane.inbox:
            await self._process(lane)

    def _load(self, lane: Lane) -> None:
        """Read the conversation's rows nobody else works on: older replies and actions first."""
        if not lane.fresh:  # reading on: the replies just sent must be out of the way
            self.engine.flush()
        lane.fresh = False
        key, alive = lane.key, sorted(self.owners.alive)
        rows = self.store.pending_of(key, LOAD)
        take = [r.outbox_id for r, owner in rows if owner not in alive and r.outbox_id]
        if take:
            self.store.claim("outbox", take, self.owner, alive)
            rows = self.store.pending_of(key, LOAD)
        known = {p.reply.outbox_id for p in lane.out} | self.engine.unflushed()
        mine = [r for r, owner in rows if owner == self.owner and r.outbox_id not in known]
        # Of the rows taken over, only the conversation's oldest can have been on its way.
        oldest = rows[0][0].outbox_id if rows and rows[0][0].outbox_id in take else None
        if mine:
            batch = next(self._batches)
            parcels = [Parcel(key, r, batch, inherited=r.outbox_id == oldest) for r in mine]
            self._add_out(lane, parcels)
        if oldest is not None and any(p.inherited for p in lane.out):
            self._suspects.add(key)
        else:
            self._suspects.discard(key)
        received = self.store.inbox_of(key, LOAD)
        take = [r.id for r in received if r.owner not in alive]
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

    def _recovering(self) -> bool:
        return self._first_scan or bool(self._suspects)

    async def _send(self, lane: Lane, parcel: Parcel) -> None:
        key = lane.key
        if parcel.reply.outbox_id is not None and self._unsent_before(key, parcel.reply.outbox_id):
            # An older reply of this person is another relay's to send (or not read yet): it
            # goes first, as in _process.
            lane.fresh = True
            self._sleep(lane, ORDER_WAIT)
            return
        while self._in_flight and self._recovering():  # recovery: one send at a time
            self._send_ended.clear()
            await self._send_ended.wait()
        self._in_flight += 1
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
            self.pauses.probe_failed(lane)
        except RecipientGone as exc:
            log.info("%s is gone (%s): deactivated; undelivered replies dropped", key, exc)
            self.engine.deactivate(key)
            self._drop(lane, len(lane.out))
            self.pauses.went_through(lane)
        except WorkspaceUnauthorised as exc:
            self.pauses.refused(lane, exc)
        except Rejected as exc:
            log.warning("%s: reply %s rejected (%s); dropped", key, parcel.reply.outbox_id, exc)
            self._drop(lane, 1)
            self.pauses.went_through(lane)
        except Exception as exc:  # a sender bug: as if rejected, but loud
            log.error(
                "%s: reply %s failed: %s; dropped\n%s",
                key,
                parcel.reply.outbox_id,
                type(exc).__name__,
                frames(exc),
            )
            self._drop(lane, 1)
            self.pauses.probe_failed(lane)
        else:
            lane.out.popleft()
            self.engine.delivered([parcel.reply])
            self.engine.flush()  # marked at once: a kill from here on cannot repeat it
            settle(parcel.done)
            self.pauses.went_through(lane)
        finally:
            self._in_flight -= 1
            self._send_ended.set()
            if parcel.inherited:  # tried once: whatever a kill now repeats is this run's
                self._suspects.discard(key)

    async def _process(self, lane: Lane) -> None:
        if self._behind(lane):
            # Another worker holds an older action of this conversation (a load balancer sent
            # this person's messages to two of us): it goes first. Read again after a moment:
            # by then it is processed, or its worker is gone and the row is ours to take.
            lane.fresh = True
            self._sleep(lane, ORDER_WAIT)
            return
        _, received, done = lane.inbox.pop(0)
        self._queued -= 1
        self._changed.set()
        inbound: Inbound | None = received.inbound
        if self.prepare is not None and self.engine.seen(received.inbound):
            inbound = None  # a redelivery of a processed event: none of prepare's side effects
        elif self.prepare is not None:
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
            settle(done)
            return
        replies = await self.engine.handle(inbound, received.id)
        batch = next(self._batches)
        parcels = [Parcel(lane.key, r, batch) for r in replies]
        if parcels:
            parcels[-1].done = done
            self._add_out(lane, parcels)
        else:
            settle(done)

    def _behind(self, lane: Lane) -> bool:
        """Whether the database holds work of this conversation that goes before the lane's
        next action and that this relay does not have (another relay's, or not read yet): an
        older action in the inbox, or a reply still to send (the lane's own are all sent)."""
        oldest = self.store.inbox_of(lane.key, 1)
        if oldest and oldest[0].id < lane.inbox[0][0]:
            return True
        return self._unsent_before(lane.key, None)

    def _unsent_before(self, key: ConversationKey, outbox_id: int | None) -> bool:
        """Whether the outbox holds a reply of ``key`` older than ``outbox_id`` (or any, for
        None) that is not already sent by this relay (its delivery mark not written yet)."""
        done = self.engine.unflushed()
        for reply, _ in self.store.pending_of(key, 1 + len(done)):
            if reply.outbox_id in done:
                continue
            return outbox_id is None or (reply.outbox_id or 0) < outbox_id
        return False

    def _drop(self, lane: Lane, count: int) -> None:
        """Give up on the first ``count`` replies of the lane: nobody will receive them."""
        dropped = [lane.out.popleft() for _ in range(min(count, len(lane.out)))]
        self.engine.delivered([p.reply for p in dropped])
        for parcel in dropped:
            settle(parcel.done)

    def _sleep(self, lane: Lane, delay: float) -> None:
        def wake() -> None:
            lane.waiting = None
            self._schedule(lane)

        lane.waiting = asyncio.get_running_loop().call_later(delay, wake)

    # -- the backlog ------------------------------------------------------------

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
                    lane = self._lanes.get(row.key)
                    taken = row.owner != self.owner and self.owners.takes(row.owner)
                    if taken and table == "outbox" and (lane is None or lane.fresh):
                        self._suspects.add(row.key)  # until its first read says otherwise
                    if lane is None and self.owners.takes(row.owner):
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
                self._first_scan = False
                self._send_ended.set()
                self._changed.set()
            await asyncio.sleep(self.scan_every)

    def _beat(self) -> None:
        self.owners.beat()
        mine = f"{self.platform}:"
        self.engine.peers = sum(1 for o in self.owners.alive if o.startswith(mine)) > 1

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            try:
                self._beat()
            except Exception as exc:
                log.warning("relay heartbeat failed: %s", type(exc).__name__)
