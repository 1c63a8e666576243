"""Posting to students' DMs: in order per student, with each workspace's own token.

``Delivery`` is what every Slack send goes through, whether a request is waiting (a message, a
tap, a command) or not (due timers, the outbox left by a previous run). It marks each reply
delivered once Slack has it, stops at the first failure so nothing is sent out of order, and
stops trying for a student Slack says is gone.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import render
from bot.engine import Engine
from bot.messages import ConversationKey, Outgoing, Reply

log = logging.getLogger("pivotbot.slack")

TICK_SECONDS = 20.0
MAX_CACHED_CHANNELS = 10_000
# Errors after which sending to this student can never succeed: stop trying.
GONE = {
    "account_inactive",
    "channel_not_found",
    "cannot_dm_bot",
    "invalid_auth",
    "is_archived",
    "not_authed",
    "team_access_not_granted",
    "token_revoked",
    "user_disabled",
    "user_not_found",
}


def web_client(base_url: str, token: str | None = None) -> AsyncWebClient:
    """A Web API client on ``base_url`` (``SLACK_API_URL``) that retries connection errors,
    429 (after its Retry-After) and 500/503 a couple of times before giving up."""
    retry = [
        AsyncConnectionErrorRetryHandler(),
        AsyncRateLimitErrorRetryHandler(max_retry_count=2),
        AsyncServerErrorRetryHandler(max_retry_count=2),
    ]
    return AsyncWebClient(token=token, base_url=base_url, retry_handlers=retry)


def error_code(exc: SlackApiError) -> str:
    """Slack's error code (``channel_not_found``...) or the HTTP status: safe to log."""
    try:
        return str(exc.response.get("error") or exc.response.status_code)
    except Exception:
        return type(exc).__name__


def log_failure(message: str, *args: Any, exc: BaseException) -> None:
    """Log an exception by class and location, never its message (it may quote user text)."""
    where = "".join(traceback.format_tb(exc.__traceback__, limit=-3)).strip()
    log.error(message + ": %s\n%s", *args, type(exc).__name__, where)


class _KeyLocks:
    """A FIFO lock per student, dropped when nobody holds or waits for it."""

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


class Delivery:
    """Sends replies to students' DMs for one engine.

    ``installations`` is the OAuth installation store (multi-workspace), or None when the app
    runs in one workspace with ``client``'s token.
    """

    def __init__(
        self,
        engine: Engine,
        client: AsyncWebClient,
        installations: AsyncInstallationStore | None = None,
    ) -> None:
        self.engine = engine
        self.client = client
        self.installations = installations
        self._locks = _KeyLocks()
        self._channels: OrderedDict[ConversationKey, str] = OrderedDict()
        # Per student, the latest message whose buttons are live: (channel, ts, text, blocks).
        # Per student, the messages of their latest reply whose buttons are live (a reply may
        # carry several, e.g. one per follow-up): [(channel, ts, text, blocks), ...].
        self._live: OrderedDict[ConversationKey, list[tuple[str, str, str, list[Any]]]] = (
            OrderedDict()
        )

    def hold(self, key: ConversationKey) -> Any:
        """``async with delivery.hold(key):`` one student's turn (engine call and sends)."""
        return self._locks.hold(key)

    async def post(
        self, key: ConversationKey, replies: list[Reply], client: AsyncWebClient, channel: str
    ) -> bool:
        """Post replies in order, marking each delivered once sent. Stops at the first failure
        (the rest stay in the outbox); a permanent failure deactivates the student."""
        batch: list[tuple[str, str, str, list[Any]]] = []
        for i, reply in enumerate(replies):
            try:
                text, blocks = render(reply)
                if reply.choices and not batch:
                    await self._retire(key, client)  # the earlier reply's buttons, not this one's
                if text or blocks:
                    sent = await client.chat_postMessage(
                        channel=channel,
                        text=text,
                        blocks=blocks,
                        unfurl_links=False,
                        unfurl_media=False,
                    )
                    if reply.choices:
                        batch.append((channel, str(sent["ts"]), text, blocks))
                        self._keep(self._live, key, batch)
                if reply.attachment is not None:
                    a = reply.attachment
                    await client.files_upload_v2(
                        channel=channel, filename=a.filename, title=a.filename, content=a.content
                    )
            except SlackApiError as exc:
                error = error_code(exc)
                log.warning("%s: sending failed: %s", key, error)
                if error in GONE:
                    self.engine.deactivate(key)
                    self.engine.delivered(replies[i:])  # undeliverable: do not retry forever
                    self._channels.pop(key, None)
                    self._live.pop(key, None)
                return False
            self.engine.delivered([reply])
        return True

    async def deliver(self, outs: list[Outgoing]) -> None:
        """Send replies that no request is waiting for; students in parallel."""
        by_key: dict[ConversationKey, list[Reply]] = {}
        for out in outs:
            by_key.setdefault(out.key, []).append(out.reply)
        await asyncio.gather(*(self._deliver_to(key, replies) for key, replies in by_key.items()))

    async def _deliver_to(self, key: ConversationKey, replies: list[Reply]) -> None:
        async with self.hold(key):
            try:
                client = await self.client_for(key.workspace)
                if client is None:
                    log.warning("%s: workspace not installed; replies kept", key)
                    return
                channel = await self.dm(key, client)
            except SlackApiError as exc:
                log.warning("%s: cannot open the DM: %s", key, error_code(exc))
                if error_code(exc) in GONE:
                    self.engine.deactivate(key)
                return
            await self.post(key, replies, client, channel)

    async def tick(self) -> None:
        """Fire due timers once and send what they say."""
        await self.deliver(await self.engine.tick(platform="slack"))

    async def send_pending(self) -> None:
        """Send the outbox rows a previous run committed but never sent."""
        await self.deliver(self.engine.pending("slack"))

    async def timers(self, every: float = TICK_SECONDS) -> None:
        """The timer loop: ``tick`` every ``every`` seconds, forever."""
        while True:
            try:
                await self.tick()
            except Exception as exc:
                log_failure("timer delivery failed", exc=exc)
            await asyncio.sleep(every)

    async def client_for(self, team_id: str) -> AsyncWebClient | None:
        """A client with this workspace's own bot token (None if it is not installed)."""
        if self.installations is None:
            return self.client
        bot = await self.installations.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            return None
        return web_client(self.client.base_url, bot.bot_token)

    async def dm(self, key: ConversationKey, client: AsyncWebClient) -> str:
        """The student's DM channel with the app (opened once, then remembered)."""
        channel = self._channels.get(key)
        if channel is None:
            response = await client.conversations_open(users=key.user)
            channel = str(response["channel"]["id"])
            self.remember(key, channel)
        return channel

    def remember(self, key: ConversationKey, channel: str) -> None:
        """Note the student's DM channel (seen on an event), sparing a conversations.open."""
        self._keep(self._channels, key, channel)

    def answered(self, key: ConversationKey, ts: str) -> None:
        """The student tapped a button of message ``ts`` (which the tap itself updates)."""
        live = self._live.get(key)
        if live is not None:
            live[:] = [m for m in live if m[1] != ts]

    async def _retire(self, key: ConversationKey, client: AsyncWebClient) -> None:
        # A new question is coming: the previous one's buttons go, so only the latest question
        # can be tapped (an earlier button would only get "that's from an earlier question").
        for channel, ts, text, blocks in self._live.pop(key, None) or []:
            try:
                kept = [b for b in blocks if b.get("type") != "actions"]
                await client.chat_update(channel=channel, ts=ts, text=text, blocks=kept)
            except SlackApiError as exc:
                log.info("%s: old buttons left in place: %s", key, error_code(exc))

    @staticmethod
    def _keep(cache: OrderedDict[ConversationKey, Any], key: ConversationKey, value: Any) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > MAX_CACHED_CHANNELS:
            cache.popitem(last=False)

    def forget_workspace(self, team_id: str) -> None:
        for cache in (self._channels, self._live):
            for key in [k for k in cache if k.workspace == team_id]:
                del cache[key]
