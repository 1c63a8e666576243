"""Slack's side of the relay: one reply as Web API calls, a Web API error as one outcome.

Ordering, retrying, back-off, pausing a workspace and marking delivered are the relay's
(``bot.relay``); this module only translates, with each workspace's own token:

- ``ratelimited``/429 (with its Retry-After), 5xx, ``internal_error`` and network errors:
  ``RetryLater``;
- ``invalid_auth``, ``token_revoked``, ``account_inactive`` (the *workspace's* token refused):
  ``WorkspaceUnauthorised``;
- ``user_not_found``, ``user_disabled``, ``cannot_dm_bot``...: ``RecipientGone``;
- anything else, including a DM Slack will not open (``user_not_visible``,
  ``restricted_action``): ``Rejected``.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import render
from bot.errors import (
    DeliveryError,
    RecipientGone,
    Rejected,
    RetryLater,
    WorkspaceUnauthorised,
)
from bot.messages import ConversationKey
from bot.relay import Parcel

log = logging.getLogger("pivotbot.slack")

MAX_CACHED = 10_000
RETRY = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
UNAUTHORISED = {
    "invalid_auth",
    "token_revoked",
    "account_inactive",
    "not_authed",
    "token_expired",
    "team_access_not_granted",
}
GONE = {"user_not_found", "user_disabled", "cannot_dm_bot", "channel_not_found", "is_archived"}
# conversations.open refused by the workspace's settings: the student can still be told why.
DM_REFUSED = {"user_not_visible", "restricted_action"}
METADATA = "pivotbot_reply"  # message metadata: the outbox id of a posted reply
HISTORY = 20  # latest DM messages read back after a crash


TIMEOUT = 30  # seconds for one Web API call (slack-sdk's own default)


def web_client(base_url: str, token: str | None = None, timeout: int = TIMEOUT) -> AsyncWebClient:
    """A Web API client on ``base_url`` (``SLACK_API_URL``) whose calls give up after
    ``timeout`` seconds. It retries a failed connection once; rate limits, server errors and
    timeouts are the relay's to retry, per conversation."""
    return AsyncWebClient(
        token=token,
        base_url=base_url,
        timeout=timeout,
        retry_handlers=[AsyncConnectionErrorRetryHandler()],
    )


def error_code(exc: SlackApiError) -> str:
    """Slack's error code (``channel_not_found``...) or the HTTP status: safe to log."""
    try:
        return str(exc.response.get("error") or exc.response.status_code)
    except Exception:
        return type(exc).__name__


def outcome(exc: Exception) -> DeliveryError:
    """The relay's outcome for what a Web API call raised."""
    if isinstance(exc, SlackApiError):
        code, status = error_code(exc), getattr(exc.response, "status_code", 200)
        if status == 429 or code == "ratelimited":
            after = (exc.response.headers or {}).get("Retry-After") or (
                exc.response.headers or {}
            ).get("retry-after")
            return RetryLater(f"{status} {code}", float(after) if after is not None else None)
        if code in RETRY or status >= 500:
            return RetryLater(f"{status} {code}")
        if code in UNAUTHORISED:
            return WorkspaceUnauthorised(code)
        if code in GONE:
            return RecipientGone(code)
        return Rejected(code)
    if isinstance(exc, aiohttp.ClientError | asyncio.TimeoutError | ConnectionError):
        return RetryLater(type(exc).__name__)
    return Rejected(type(exc).__name__)


def log_failure(message: str, *args: Any, exc: BaseException) -> None:
    """Log an exception by class and location, never its message (it may quote user text)."""
    where = "".join(traceback.format_tb(exc.__traceback__, limit=-3)).strip()
    log.error(message + ": %s\n%s", *args, type(exc).__name__, where)


@dataclass
class _Live:
    """The messages of a student's latest answer whose buttons can still be tapped (an answer
    may carry several, e.g. one per follow-up): ``batch`` is that answer's."""

    batch: int
    messages: list[tuple[str, str, str, list[Any]]] = field(default_factory=list)


class SlackSender:
    """Posts replies to students' DMs. ``installations`` is the OAuth installation store
    (multi-workspace), or None when the app runs in one workspace with ``client``'s token."""

    def __init__(
        self,
        client: AsyncWebClient,
        installations: AsyncInstallationStore | None = None,
        database: str = "",
    ) -> None:
        self.client = client
        self.installations = installations
        self.database = database  # the store's identity: with an outbox id, names one reply
        self._channels: OrderedDict[ConversationKey, str] = OrderedDict()
        self._live: OrderedDict[ConversationKey, _Live] = OrderedDict()

    async def send(self, parcel: Parcel) -> None:
        key, reply = parcel.key, parcel.reply
        try:
            client = await self.client_for(key.workspace)
            if client is None:
                raise WorkspaceUnauthorised("not installed")
            channel = await self.dm(key, client)
            text, blocks = render(reply)
            mark = reply.outbox_id
            # A reply inherited from a run that died may be the one it was posting: look first.
            if (
                parcel.parts == 0
                and parcel.inherited
                and mark is not None
                and await self._arrived(client, channel, mark)
            ):
                parcel.parts = 1
            if parcel.parts == 0:
                if reply.choices:
                    await self._retire(key, client, parcel.batch)
                if text or blocks:
                    sent = await client.chat_postMessage(
                        channel=channel,
                        text=text,
                        blocks=blocks,
                        unfurl_links=False,
                        unfurl_media=False,
                        # The outbox id travels with the message, so that after a crash we
                        # can see whether it arrived (never any text of it).
                        metadata={
                            "event_type": METADATA,
                            "event_payload": {"db": self.database, "id": mark},
                        }
                        if mark is not None
                        else None,
                    )
                    if reply.choices:
                        self._keep(self._live, key, self._live[key])
                        self._live[key].messages.append((channel, str(sent["ts"]), text, blocks))
                parcel.parts = 1
            if reply.attachment is not None and parcel.parts == 1:
                a = reply.attachment
                await client.files_upload_v2(
                    channel=channel, filename=a.filename, title=a.filename, content=a.content
                )
                parcel.parts = 2
        except DeliveryError:
            raise
        except Exception as exc:
            result = outcome(exc)
            if isinstance(result, RecipientGone):
                self._channels.pop(key, None)
                self._live.pop(key, None)
            raise result from None

    async def _arrived(self, client: AsyncWebClient, channel: str, outbox_id: int) -> bool:
        """Whether the reply ``outbox_id`` is among the DM's latest messages (posted by a run
        that died before it could mark it delivered). Unsure means no: send again."""
        try:
            history = await client.conversations_history(
                channel=channel, limit=HISTORY, include_all_metadata=True
            )
        except SlackApiError as exc:
            log.info("could not read back the DM: %s", error_code(exc))
            return False
        mine = {"db": self.database, "id": outbox_id}
        for message in history.get("messages") or []:
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == METADATA and metadata.get("event_payload") == mine:
                return True
        return False

    async def client_for(self, team_id: str) -> AsyncWebClient | None:
        """A client with this workspace's own bot token (None if it is not installed)."""
        if self.installations is None:
            return self.client
        bot = await self.installations.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            return None
        return web_client(self.client.base_url, bot.bot_token, self.client.timeout)

    async def dm(self, key: ConversationKey, client: AsyncWebClient) -> str:
        """The student's DM channel with the app (opened once, then remembered). Raises
        ``SlackApiError`` when Slack will not open it."""
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
            live.messages[:] = [m for m in live.messages if m[1] != ts]

    async def _retire(self, key: ConversationKey, client: AsyncWebClient, batch: int) -> None:
        # A new question is coming: the previous answer's buttons go, so only the latest
        # question can be tapped (an earlier button would only get "that's from an earlier
        # question"). Several questions of one answer keep each other's buttons.
        live = self._live.get(key)
        if live is not None and live.batch == batch:
            return
        self._live[key] = _Live(batch)
        for channel, ts, text, blocks in live.messages if live else []:
            try:
                kept = [b for b in blocks if b.get("type") != "actions"]
                await client.chat_update(channel=channel, ts=ts, text=text, blocks=kept)
            except SlackApiError as exc:
                log.info("%s: old buttons left in place: %s", key, error_code(exc))

    @staticmethod
    def _keep(cache: OrderedDict[ConversationKey, Any], key: ConversationKey, value: Any) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > MAX_CACHED:
            cache.popitem(last=False)

    def forget_workspace(self, team_id: str) -> None:
        for cache in (self._channels, self._live):
            for key in [k for k in cache if k.workspace == team_id]:
                del cache[key]
