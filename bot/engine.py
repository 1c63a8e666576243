"""The engine: one user action in, replies out, durably and in order per conversation.

``handle`` follows DESIGN.md step by step: take the conversation's lock; skip a duplicate
``event_id``; load the session; fire the trigger on the flow's shared machine with a model built
for this action only; save state, the processed event, the outbox rows and timer changes in one
transaction; return the replies. ``tick`` fires due timers through the same locks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock, SystemClock
from bot.flow import Conversation, Flow
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.store import Session, Store

log = logging.getLogger(__name__)

DEDUPE_DAYS = 7  # platforms stop retrying within hours; a week is generous


class _Locks:
    """One FIFO lock per conversation key, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[ConversationKey, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: ConversationKey) -> AsyncIterator[None]:
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class Engine:
    """Runs a flow over a store. Use from one event loop; many conversations interleave safely."""

    def __init__(self, flow: Flow, store: Store, clock: Clock | None = None) -> None:
        self.flow = flow
        self.store = store
        self.clock = clock or SystemClock()
        self._locks = _Locks()
        self._last_prune: datetime | None = None

    async def handle(self, inbound: Inbound) -> list[Reply]:
        """Process one user action; returns its replies ([] for an already-processed event)."""
        async with self._locks.hold(inbound.key):
            return self._handle(inbound)

    def _handle(self, inbound: Inbound) -> list[Reply]:
        key, now = inbound.key, self.clock.now()
        try:
            with self.store.atomic():
                if inbound.event_id is not None and not self.store.claim_event(
                    key, inbound.event_id, now
                ):
                    return []
                conv = self._load(key, now)
                self.flow.dispatch(conv, inbound)
                return self._commit(conv, now)
        except Exception:
            # Logged with the key only: message text never goes into logs.
            log.exception("conversation %s failed on event %s", key, inbound.event_id)
            return self._apology(key, now)

    def _load(self, key: ConversationKey, now: datetime) -> Conversation:
        session = self.store.load(key)
        if session is None or session.flow_version != self.flow.version:
            data = session.data if session else {}
            return self.flow.conversation(
                key, session.state if session else None, data, now, self.store
            )
        return self.flow.conversation(key, session.state, session.data, now, self.store)

    def _commit(self, conv: Conversation, now: datetime) -> list[Reply]:
        """Inside the caller's transaction: save state and queue replies (unless erased)."""
        if conv.erased:
            return conv.out  # nothing of this person may stay, not even the outbox row
        self.store.save(conv.key, Session(conv.state, conv.data, self.flow.version), now)
        self.store.queue(conv.key, conv.out, now)
        return conv.out

    def _apology(self, key: ConversationKey, now: datetime) -> list[Reply]:
        reply = self.canned("error")
        try:
            self.store.queue(key, [reply], now)
        except Exception:
            log.exception("could not queue the apology for %s", key)
        return [reply]

    async def tick(self, now: datetime | None = None) -> list[Outgoing]:
        """Fire every due timer, each through its conversation's lock; returns what to send."""
        now = now or self.clock.now()
        out: list[Outgoing] = []
        for timer in self.store.due_timers(now):
            async with self._locks.hold(timer.key):
                out.extend(Outgoing(timer.key, r) for r in self._fire_timer(timer, now))
        self._prune(now)
        return out

    def _fire_timer(self, timer: Any, now: datetime) -> list[Reply]:
        try:
            with self.store.atomic():
                if not self.store.take_timer(timer.id, now):
                    return []  # cancelled or fired while we waited for the lock
                conv = self._load(timer.key, now)
                conv.on_timer(timer.name, timer.payload)
                return self._commit(conv, now)
        except Exception:
            log.exception("timer %s of %s failed", timer.name, timer.key)
            # Mark it fired so one broken timer cannot fire (and fail) on every tick.
            self.store.take_timer(timer.id, now)
            return []

    def _prune(self, now: datetime) -> None:
        if self._last_prune is None or now - self._last_prune > timedelta(hours=1):
            self._last_prune = now
            self.store.prune_events(now - timedelta(days=DEDUPE_DAYS))

    def delivered(self, replies: Iterable[Reply]) -> None:
        """Mark replies as sent, so they are not sent again after a restart."""
        self.store.delivered((r.outbox_id for r in replies if r.outbox_id), self.clock.now())

    def pending(self) -> list[Outgoing]:
        """Replies committed but never marked delivered (send them at start)."""
        return self.store.pending()

    def canned(self, name: str, **values: Any) -> Reply:
        """A reply that needs no conversation: ``group_invite``, ``unsupported``, ``stale_tap``,
        ``error``."""
        from bot.markup import fill

        return Reply(fill(self.flow.content.text(name), values))

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
        """What App Home shows: next follow-ups, recent rehearsal scores, contacts."""
        followups = [
            {"kind": f["kind"], "due_at": f["due_at"], "contact_id": f["contact_id"]}
            for f in self.store.records("followups", key, status="pending")
        ]
        followups.sort(key=lambda f: f["due_at"] or "")
        attempts = [
            {"total": a["total"], "band": a["band"], "persona": a["persona"], "at": a["created_at"]}
            for a in self.store.records("attempts", key)
        ][-5:]
        contacts = [
            {
                "name": c["name"],
                "title": c["title"],
                "organisation": c["organisation"],
                "stage": c["stage"],
                "next_step": c["next_step"],
            }
            for c in self.store.records("contacts", key)
        ]
        return {"followups": followups[:5], "attempts": attempts, "contacts": contacts}

    def close(self) -> None:
        self.store.close()
