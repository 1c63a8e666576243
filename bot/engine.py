"""The engine: one user action in, replies out, durably and in order per conversation.

``handle`` follows DESIGN.md step by step: take the conversation's lock; skip a duplicate
``event_id``; load the session; fire the trigger on the flow's shared machine with a model built
for this action only; save state, the processed event, the outbox rows and timer changes in one
transaction (with the inbox row the action came from, when it came through one); return the
replies. ``tick`` fires due timers through the same locks. Sending is the relay's
(``bot.relay``): it tells the engine what was delivered.
What a flow shows beyond its conversation (App Home's overview, the career-office report) comes
from hooks on the flow, so adapters reach them here without knowing which flow runs.

Slow work (a network call to a language model) never runs inside the transaction. A flow step
may name a ``prepare`` method (``bot.flow.Step``): for a typed answer to such a step the engine,
already holding the conversation's lock but before opening the transaction, loads the session
read-only and awaits ``Flow.prepare``; the result rides into the trigger as
``Conversation.prepared``. The lock keeps the conversation's actions in order meanwhile, other
conversations go on, and no write transaction waits on the network. A failed or empty
preparation is simply None: the trigger then does what it does without one. Flows without a
``prepare`` step pay nothing.
"""

from __future__ import annotations

import logging
import sys
from collections import OrderedDict
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.clock import Clock, SystemClock, iso
from bot.conversation import SCREEN, screen_of
from bot.errors import FlowError
from bot.flow import Conversation, Flow, Values
from bot.logs import failure, quiet
from bot.markup import fill
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.store import Session, Store

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

# Processed event ids kept per conversation. Platforms redeliver only recent events (Slack
# retries within minutes, Telegram re-sends unconfirmed updates), so a few dozen is plenty.
DEDUPE_WINDOW = 32
# Delivery marks ride on the next transaction instead of paying a commit of their own; when none
# comes in the same turn of the event loop, they are written on the next turn, so a crash
# re-sends at most the replies whose sends finished in that one turn (at-least-once delivery).
# Erasing people past retention goes in batches of this many, yielding to the event loop between.
SWEEP_BATCH = 200
# Conversations remembered as already touched by this process. Forgetting the oldest costs
# little: their next word that fits no button draws the current question again.
TOUCHED = 50_000


class _Held:
    """``async with locks.hold(key)``: a class, not a generator, as it runs on every message."""

    __slots__ = ("_key", "_lock", "_locks")

    def __init__(self, locks: dict[ConversationKey, list[Any]], key: ConversationKey) -> None:
        self._locks = locks
        self._key = key
        entry = locks.get(key)
        if entry is None:
            import asyncio  # here, not at the top: the console's first reply goes without it

            entry = locks[key] = [asyncio.Lock(), 0]
        entry[1] += 1
        self._lock: asyncio.Lock = entry[0]

    async def __aenter__(self) -> None:
        try:
            await self._lock.acquire()
        except BaseException:
            self._release_entry()
            raise

    async def __aexit__(self, *exc: object) -> None:
        self._lock.release()
        self._release_entry()

    def _release_entry(self) -> None:
        entry = self._locks[self._key]
        entry[1] -= 1
        if entry[1] == 0:
            del self._locks[self._key]


class _Locks:
    """One FIFO lock per conversation key, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[ConversationKey, list[Any]] = {}

    def hold(self, key: ConversationKey) -> _Held:
        return _Held(self._locks, key)

    def __len__(self) -> int:
        return len(self._locks)


class Engine:
    """Runs a flow over a store. Use from one event loop; many conversations interleave safely."""

    def __init__(
        self,
        flow: Flow,
        store: Store,
        clock: Clock | None = None,
        retention: timedelta | None = None,
    ) -> None:
        """Raises ``StoreError`` if the store cannot hold the flow's record tables."""
        quiet()  # every entry point builds an engine: no SDK body or callback line in the logs
        self.flow = flow
        self.store = store
        if flow.records is not None:
            store.install(flow.records)
        self.clock = clock or SystemClock()
        self.retention = retention  # erase people inactive for longer (PIVOTBOT_RETENTION_DAYS)
        self._last_sweep: datetime | None = None
        self._locks = _Locks()
        self._sent: list[int] = []
        self._flush_scheduled = False
        self._touched: OrderedDict[ConversationKey, None] = OrderedDict()
        # When this process started, by the clock the stores stamp conversations with (the
        # wall clock in production; a script's or test's own clock, which may be set ahead of
        # it): a conversation written since then was answered by another worker on the same
        # database, so the person has the current question in front of them.
        self._started = iso(self.clock.now())
        # Other running processes serve this platform's conversations from the same database
        # (workers behind a load balancer; the relay keeps it up to date): the person has been
        # talking to them, so a conversation this process has not answered is not a restart.
        self.peers = False

    async def handle(self, inbound: Inbound, inbox_id: int | None = None) -> list[Reply]:
        """Process one user action; returns its replies ([] for an already-processed event).
        ``inbox_id``: the inbox row it came from, dropped in the same transaction."""
        async with self._locks.hold(inbound.key):
            prepared = await self._prepare(inbound) if self.flow.prepares else None
            return self._handle(inbound, inbox_id, prepared)

    def seen(self, inbound: Inbound) -> bool:
        """True if ``inbound``'s event was already processed (a redelivery): the caller skips
        its side effects (such as marking a tapped message) before the engine drops it."""
        if inbound.event_id is None:
            return False
        session = self.store.load(inbound.key)
        return session is not None and inbound.event_id.replace("\n", " ") in session.events

    def handle_now(self, inbound: Inbound, inbox_id: int | None = None) -> list[Reply] | None:
        """Process one user action at once, without an event loop, as :meth:`handle` would;
        for a caller that runs nothing else on this engine meanwhile (the console, before its
        event loop starts). Returns None, having done nothing, when the flow prepares something
        for this action first (a language model's call): then use :meth:`handle`."""
        if self._locks:
            raise RuntimeError("handle_now() while handle() runs: use handle()")
        if self.flow.prepares:
            session = self.store.load(inbound.key)
            if session is not None and session.state in self.flow.prepares:
                return None
        return self._handle(inbound, inbox_id)

    async def _prepare(self, inbound: Inbound) -> Any:
        """Inside the lock, outside any transaction: what the flow prepares for this action."""
        try:
            session = self.store.load(inbound.key)
            if session is None or session.state not in self.flow.prepares:
                return None
            if inbound.event_id is not None and inbound.event_id.replace("\n", " ") in (
                session.events
            ):
                return None  # a duplicate delivery: nothing to do, so nothing to prepare
            conv = self._conversation(inbound.key, session, self.clock.now())
            return await self.flow.prepare(conv, inbound)
        except Exception as exc:
            log.error(
                "preparing for %s failed on event %s: %s",
                inbound.key,
                inbound.event_id,
                failure(exc),
            )
            return None

    def _handle(
        self, inbound: Inbound, inbox_id: int | None = None, prepared: Any = None
    ) -> list[Reply]:
        key, now = inbound.key, self.clock.now()
        try:
            sent, self._sent = self._sent, []
            try:
                with self.store.atomic():
                    self.store.lock(key)  # first: another worker may be handling this person
                    self.store.delivered(sent)
                    if inbox_id is not None:
                        self.store.processed(inbox_id)
                    session = self.store.load(key)
                    events = session.events if session else []
                    if inbound.event_id is not None:
                        event_id = inbound.event_id.replace("\n", " ")  # stored one per line
                        if event_id in events:
                            return []  # a duplicate delivery
                        events = [*events[-(DEDUPE_WINDOW - 1) :], event_id]
                    conv = self._conversation(key, session, now)
                    conv.prepared = prepared
                    conv.fresh = (
                        key not in self._touched
                        and not self.peers
                        and not (session is not None and session.updated_at > self._started)
                    )
                    self.flow.dispatch(conv, inbound)
                    conv.data[SCREEN] = screen_of(conv.out)  # a new screen: these buttons only
                    replies = self._commit(conv, now, events)
                    self._touch(key)
                    return replies
            except BaseException:
                self._sent.extend(sent)  # rolled back with the rest: mark them next time
                raise
        except Exception as exc:
            # Logged by key, class and frames only: the exception's message may quote a typed
            # value, and message text never goes into logs.
            log.error("conversation %s failed on event %s: %s", key, inbound.event_id, failure(exc))
            return self._apology(key, now, inbox_id)

    def _touch(self, key: ConversationKey) -> None:
        """Note that this process has answered an action of ``key``. Before that, the person
        may not have the current question in front of them (the console's screen is gone after
        a restart); reminders do not count, as they do not show it."""
        self._touched[key] = None
        self._touched.move_to_end(key)
        if len(self._touched) > TOUCHED:
            self._touched.popitem(last=False)

    def _conversation(
        self, key: ConversationKey, session: Session | None, now: datetime
    ) -> Conversation:
        if session is None:
            return self.flow.conversation(key, None, {}, now, self.store)
        return self.flow.conversation(key, session.state, session.data, now, self.store)

    def _commit(
        self, conv: Conversation, now: datetime, events: list[str], touch: bool = True
    ) -> list[Reply]:
        """Inside the caller's transaction: save state and queue replies (unless erased)."""
        if conv.erased:
            return conv.out  # nothing of this person may stay, not even the outbox row
        session = Session(conv.state, conv.data, self.flow.version, True, events)
        self.store.save(conv.key, session, now, touch)
        self.store.queue(conv.key, conv.out, now)
        return conv.out

    def _apology(self, key: ConversationKey, now: datetime, inbox_id: int | None) -> list[Reply]:
        reply = self.canned("error")
        try:
            with self.store.atomic():
                # The action is answered (with an apology): it must not fail again after a
                # restart. If even this cannot be written, the inbox row stays and is retried.
                if inbox_id is not None:
                    self.store.processed(inbox_id)
                self.store.queue(key, [reply], now)
        except Exception as exc:
            log.error("could not queue the apology for %s: %s", key, failure(exc))
        return [reply]

    async def tick(
        self, now: datetime | None = None, platform: str | None = None, limit: int = 500
    ) -> list[Outgoing]:
        """Fire the due timers (of ``platform``'s users, or all; at most ``limit``, soonest
        first), each through its conversation's lock; returns what to send. Call again while
        :meth:`due` says more are waiting."""
        now = now or self.clock.now()
        out: list[Outgoing] = []
        self.flush()
        await self._sweep(now)  # first: nobody past retention gets one more reminder
        for timer in self.store.due_timers(now, platform, limit):
            async with self._locks.hold(timer.key):
                out.extend(Outgoing(timer.key, r) for r in self._fire_timer(timer, now))
        return out

    def due(self, now: datetime | None = None, platform: str | None = None) -> bool:
        """Whether any timer (of ``platform``'s users, or all) is due at ``now``."""
        return bool(self.store.due_timers(now or self.clock.now(), platform, 1))

    async def _sweep(self, now: datetime) -> None:
        """Once a day, erase everyone inactive for longer than the retention period: a batch at
        a time, yielding to the event loop between batches so conversations go on meanwhile."""
        if self.retention is None:
            return
        if self._last_sweep is not None and now - self._last_sweep < timedelta(days=1):
            return
        self._last_sweep = now
        import asyncio

        while keys := self.store.inactive_since(now - self.retention, SWEEP_BATCH):
            for key in keys:
                async with self._locks.hold(key):
                    self.store.forget(key)
                    log.info("retention: erased %s", key)
            await asyncio.sleep(0)

    def _fire_timer(self, timer: Any, now: datetime) -> list[Reply]:
        try:
            with self.store.atomic():
                self.store.lock(timer.key)
                if not self.store.take_timer(timer.id, now):
                    return []  # cancelled or fired while we waited for the lock
                session = self.store.load(timer.key)
                if session is None:
                    return []
                conv = self._conversation(timer.key, session, now)
                conv.on_timer(timer.name, timer.payload)
                if conv.out:  # a reminder adds its buttons under those already on screen
                    conv.data[SCREEN] = [*(conv.data.get(SCREEN) or []), *screen_of(conv.out)]
                return self._commit(conv, now, session.events, touch=False)
        except Exception as exc:
            log.error("timer %s of %s failed: %s", timer.name, timer.key, failure(exc))
            # Mark it fired so one broken timer cannot fire (and fail) on every tick.
            self.store.take_timer(timer.id, now)
            return []

    def delivered(self, replies: Iterable[Reply]) -> None:
        """Mark replies as sent, so they are not sent again after a restart."""
        self._sent.extend(r.outbox_id for r in replies if r.outbox_id)
        if not self._sent or self._flush_scheduled:
            return
        aio = sys.modules.get("asyncio")  # not imported yet: no loop can be running
        try:
            if aio is None:
                raise RuntimeError("no event loop")
            loop = aio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        self._flush_scheduled = True
        loop.call_soon(self.flush)

    def unflushed(self) -> set[int]:
        """Outbox ids marked delivered whose mark is not written yet (still in the outbox)."""
        return set(self._sent)

    def flush(self) -> None:
        """Write pending delivery marks now."""
        self._flush_scheduled = False
        sent, self._sent = self._sent, []
        if sent:
            try:
                self.store.delivered(sent)
            except Exception as exc:
                self._sent.extend(sent)
                log.error("could not mark %d replies delivered: %s", len(sent), failure(exc))

    def pending(self, platform: str | None = None) -> list[Outgoing]:
        """Replies committed but never marked delivered (send them at start), of ``platform``'s
        users or all: an adapter sharing the database with others sends only its own."""
        self.flush()
        return self.store.pending(platform)

    def canned(self, name: str, **values: Any) -> Reply:
        """A reply that needs no conversation: ``group_invite``, ``unsupported``, ``stale_tap``,
        ``error``."""
        return Reply(fill(self.flow.content.text(name), Values(values)))

    def takes(self, key: ConversationKey, choice: str) -> bool:
        """Whether a tap of button value ``choice`` would be taken as it stands, rather than
        judged out of date: a button that works from any state (a reminder's), or one of the
        current question's. Reads only; an adapter marks a tapped message chosen by it."""
        if self.flow.acts_anywhere(choice):
            return True
        session = self.store.load(key)
        conv = self._conversation(key, session, self.clock.now())
        return any(c.value == choice for c in conv.choices())

    def state_of(self, key: ConversationKey) -> str | None:
        session = self.store.load(key)
        return session.state if session else None

    def deactivate(self, key: ConversationKey) -> None:
        self.store.deactivate(key, self.clock.now())

    def forget(self, key: ConversationKey) -> None:
        self.store.forget(key)

    def forget_workspace(self, platform: str, workspace: str) -> int:
        return self.store.forget_workspace(platform, workspace)

    def export(self, key: ConversationKey) -> dict[str, Any]:
        return self.store.export(key)

    def overview(self, key: ConversationKey) -> dict[str, Any]:
        """What App Home shows one person, as the flow's ``overview`` builds it (JSON-ready;
        ``{}`` when the flow has none)."""
        if self.flow.overview is None:
            return {}
        return self.flow.overview(self.store, key, self.flow.content)

    def report(self, workspace: str | None = None) -> str:
        """The flow's anonymous report of ``workspace`` (or of all) up to now, as Markdown.
        Raises ``FlowError`` if the flow has no report."""
        if self.flow.report is None:
            raise FlowError(f"flow {self.flow.name} has no report")
        return self.flow.report(self.store, workspace, self.clock.now())

    def close(self) -> None:
        self.flush()
        self.store.close()
