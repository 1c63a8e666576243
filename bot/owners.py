"""Which relay works on which rows: this relay's id, its heartbeat, and who else still runs.

Inbox and outbox rows carry the id of the relay that received or queued them. Several relays
may share one database (a Telegram and a Slack process, or two of one platform); each leaves
the rows of the others alone while they run, and takes a row over once its relay is gone: its
heartbeat is older than a minute, or, on this host, its process no longer exists (so a bot
killed and started again takes its own leftovers at once).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

from bot.clock import iso
from bot.store import RelayRow, Store

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(seconds=60)  # a relay silent this long is gone


class Owners:
    """This relay's id (``me``) and the ids of the relays that still run (``alive``)."""

    def __init__(self, store: Store, platform: str) -> None:
        self.store = store
        self.platform = platform
        self.host, self.pid = socket.gethostname(), os.getpid()
        self.me = f"{platform}:{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"
        self.alive: set[str] = {self.me}

    def takes(self, owner: str | None) -> bool:
        """Whether this relay may work on a row of ``owner``: its own, nobody's, or a gone
        relay's."""
        return owner == self.me or owner not in self.alive

    def beat(self) -> None:
        """Write this relay's heartbeat, then look at the others': forget those that are gone."""
        now = datetime.now(UTC)
        self.store.beat(RelayRow(self.me, self.platform, self.host, self.pid, iso(now)))
        alive = {self.me}
        for row in self.store.relays():
            if row.owner == self.me:
                continue
            if running(row, self.host, now):
                alive.add(row.owner)
            else:
                self.store.retire(row.owner)
        self.alive = alive

    def retire(self) -> None:
        """This relay stops: its rows are anybody's from now on."""
        try:
            self.store.retire(self.me)
        except Exception as exc:
            log.warning("could not retire relay %s: %s", self.me, type(exc).__name__)


def running(row: RelayRow, host: str, now: datetime) -> bool:
    """Whether another relay still runs: it beat recently and, on this host, its process lives."""
    if now - datetime.fromisoformat(row.beat_at) > STALE_AFTER:
        return False
    if row.host != host:
        return True
    try:
        os.kill(row.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True
