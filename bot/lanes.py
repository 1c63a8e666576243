"""A conversation's lane of queued work, the parcels it sends and the waits between tries.

The relay (``bot.relay``) keeps one :class:`Lane` per conversation with work; this module holds
the plain data it moves around, and the :class:`Backoff` its retries and probes wait by.
"""

from __future__ import annotations

import asyncio
import random
from collections import deque
from dataclasses import dataclass, field

from bot.messages import ConversationKey, Reply
from bot.store import Received

__all__ = ["Backoff", "Lane", "Parcel", "Pause", "order", "settle"]


@dataclass(slots=True)
class Parcel:
    """One reply on its way to one conversation. A sender that splits a reply into several
    platform messages counts those sent in ``parts`` and skips them when the parcel is retried;
    ``batch`` tells which replies answer the same action (a sender may treat them as a group).
    An ``inherited`` parcel is the oldest undelivered reply of a conversation taken over from a
    relay that is gone: as a lane sends one reply at a time, it is the only one that may have
    been on its way; a sender that can ask the platform whether it arrived (Slack can) sends it
    only if not."""

    key: ConversationKey
    reply: Reply
    batch: int = 0  # the same for the replies of one action (or one post): one answer
    parts: int = 0
    tries: int = 0
    inherited: bool = False  # a gone relay's oldest reply here: it may have sent it already
    done: asyncio.Future[None] | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Backoff:
    """Waits between tries: ``first`` seconds, doubling up to ``cap``; each wait is drawn from
    the upper half of that (jitter), so that retries of many chats spread out."""

    first: float = 1.0
    cap: float = 60.0

    def delay(self, tries: int) -> float:
        top = min(self.cap, self.first * 2 ** max(0, tries - 1))
        return random.uniform(top / 2, top)


class Lane:
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
class Pause:
    """A workspace whose token was refused: its lanes wait; one probes now and then."""

    tries: int = 1
    parked: list[Lane] = field(default_factory=list)
    probing: Lane | None = None
    timer: asyncio.TimerHandle | None = None


def order(outbox_id: int | None) -> tuple[bool, int]:
    # Replies nothing keeps (no outbox id) go after the stored ones, in the order they came.
    return (outbox_id is None, outbox_id or 0)


def settle(done: asyncio.Future[None] | None, cancel: bool = False) -> None:
    if done is not None and not done.done():
        if cancel:
            done.cancel()
        else:
            done.set_result(None)
