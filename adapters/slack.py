"""The Slack adapter: Slack payloads in, ``Inbound`` out; ``Reply`` in, Web API calls out.

Built on slack-bolt's ``AsyncApp``. The conversation lives in the student's DM with the app.
``SlackBot`` holds the engine and the Bolt app (it subclasses neither); the functions in
``adapters.slack_blocks`` do the text work. Every listener acknowledges Slack before any slow
work, and one student's actions are handled and answered strictly in order (a per-student lock
spans the engine call and the sends), while students run in parallel.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import HOME_ACTIONS, HOME_WORDS, answered, from_slack, home_view, render
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError, PivotbotError
from bot.messages import ConversationKey, Inbound, Outgoing, Reply

log = logging.getLogger("pivotbot.slack")

PLATFORM = "slack"
EVENTS_PATH = "/slack/events"
TICK_SECONDS = 20.0
BOT_SCOPES = [
    "app_mentions:read",
    "chat:write",
    "commands",
    "files:write",
    "im:history",
    "im:read",
    "im:write",
]
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
# `/pivot report` (the career-office report) belongs to a later issue; this is its hook.
REPORT_NOT_YET = "The career-office report is not available in Slack yet."


def to_inbound(team_id: str, event: Mapping[str, Any], event_id: str | None) -> Inbound | None:
    """A ``message`` event of a student's DM as an ``Inbound``; None for anything to ignore
    (channels, bots, edits, deletions and other subtypes)."""
    if event.get("channel_type") != "im" or event.get("bot_id") or not event.get("user"):
        return None
    subtype = event.get("subtype")
    if subtype not in (None, "file_share"):
        return None
    key = ConversationKey(PLATFORM, team_id, str(event["user"]))
    at = _at(event.get("ts"))
    if subtype == "file_share" or event.get("files"):
        return Inbound(key, event_id=event_id, at=at, kind="unsupported")
    return Inbound(key, text=from_slack(str(event.get("text") or "")), event_id=event_id, at=at)


def tap_inbound(team_id: str, body: Mapping[str, Any], action: Mapping[str, Any]) -> Inbound:
    """A tapped button as an ``Inbound``. One question message takes one answer, so the event
    id is the message's: a double tap or a redelivery is processed once."""
    user = str(body["user"]["id"])
    container = body.get("container") or {}
    if container.get("type") == "message":
        event_id = f"tap:{container.get('channel_id')}:{container.get('message_ts')}"
    else:
        event_id = f"tap:{user}:{action.get('action_ts') or body.get('trigger_id')}"
    return Inbound(
        ConversationKey(PLATFORM, team_id, user),
        choice=str(action.get("value")),
        event_id=event_id,
        at=_at(action.get("action_ts")),
    )


def _at(ts: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except (TypeError, ValueError):
        return None


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


class SlackBot:
    """The engine on Slack: builds the Bolt app, answers its listeners, delivers timers.

    ``idle()`` waits until every accepted request has been fully answered (used at shutdown,
    and by the test driver to wait without sleeping).
    """

    def __init__(self, engine: Engine, config: Config, *, oauth_db: Path | None = None) -> None:
        self.engine = engine
        self.config = config
        self.api_url = config.slack_api_url
        self._locks = _KeyLocks()
        self._channels: OrderedDict[ConversationKey, str] = OrderedDict()
        self._mentions: OrderedDict[str, None] = OrderedDict()
        self._busy = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self.client = self.web_client(config.slack_bot_token)
        self.installations: SQLite3InstallationStore | None = None
        oauth: AsyncOAuthSettings | None = None
        if config.slack_client_id:
            db = oauth_db or config.db.with_name(config.db.name + ".slack-oauth.db")
            self.installations = SQLite3InstallationStore(
                database=str(db), client_id=config.slack_client_id
            )
            oauth = AsyncOAuthSettings(
                client_id=config.slack_client_id,
                client_secret=config.slack_client_secret,
                scopes=BOT_SCOPES,
                user_scopes=[],
                installation_store=self.installations,
                installation_store_bot_only=True,
                state_store=SQLite3OAuthStateStore(database=str(db), expiration_seconds=600),
            )
        self.app = AsyncApp(
            # Bolt and slack-sdk keep their own loggers (slack_bolt.*, slack_sdk.*): at DEBUG they
            # quote payloads, so they must not inherit ours (see quiet_sdk_logs).
            name="pivotbot",
            client=self.client,
            signing_secret=config.slack_signing_secret or "",
            oauth_settings=oauth,
            installation_store_bot_only=True if oauth else None,
        )
        self._register()

    def web_client(self, token: str | None) -> AsyncWebClient:
        """A Web API client on ``SLACK_API_URL`` that retries connection errors, 429 (after
        Retry-After) and 500/503 a couple of times before giving up."""
        retry = [
            AsyncConnectionErrorRetryHandler(),
            AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            AsyncServerErrorRetryHandler(max_retry_count=2),
        ]
        return AsyncWebClient(token=token, base_url=self.api_url, retry_handlers=retry)

    # -- wiring ------------------------------------------------------------------------------

    def _register(self) -> None:
        app, track = self.app, [self._track]
        app.event("message", middleware=track)(self._tracked(self.on_message))
        app.event("app_mention", middleware=track)(self._tracked(self.on_mention))
        app.event("app_home_opened", middleware=track)(self._tracked(self.on_home))
        app.event("app_uninstalled", middleware=track)(self._tracked(self.on_uninstalled))
        app.event("tokens_revoked", middleware=track)(self._tracked(self.on_tokens_revoked))
        app.command("/pivot", middleware=track)(self._tracked(self.on_command))
        app.action(re.compile(r"^choice-\d+$"), middleware=track)(self._tracked(self.on_tap))
        app.action(re.compile(r"^home-"), middleware=track)(self._tracked(self.on_home_tap))

    async def _track(self, next: Callable[[], Awaitable[None]]) -> None:
        # Listener middleware runs before Bolt answers Slack, so a request is counted as busy
        # before its HTTP response leaves; the listener ends the count when it is done.
        self._busy += 1
        self._idle.clear()
        await next()

    def _tracked(self, listener: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        async def run(ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient) -> None:
            try:
                await listener(ack=ack, body=body, context=context, client=client)
            except Exception as exc:  # one student's failure never stops the others
                _log_failure(
                    "listener %s failed for team %s", listener.__name__, context.team_id, exc=exc
                )
            finally:
                self._busy -= 1
                if self._busy == 0:
                    self._idle.set()

        run.__name__ = listener.__name__
        return run

    async def idle(self) -> None:
        """Return once no accepted request is still being answered."""
        await self._idle.wait()

    def web_app(self) -> web.Application:
        """The aiohttp app for HTTP mode: /slack/events, and /slack/install and
        /slack/oauth_redirect when the OAuth install is configured."""
        return self.app.web_app(path=EVENTS_PATH)

    # -- listeners ---------------------------------------------------------------------------

    async def on_message(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        inbound = to_inbound(context.team_id, body.get("event") or {}, body.get("event_id"))
        if inbound is None:
            return
        channel = str(body["event"]["channel"])
        self._remember(inbound.key, channel)
        await self.converse(inbound, client, channel)

    async def on_mention(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        # One threaded invitation to the DM; nothing from a channel is stored.
        event_id = str(body.get("event_id"))
        if event_id in self._mentions:
            return  # a retry of a mention already answered
        self._mentions[event_id] = None
        while len(self._mentions) > 1000:
            self._mentions.popitem(last=False)
        event = body["event"]
        text, blocks = render(self.engine.canned("group_invite"))
        await client.chat_postMessage(
            channel=event["channel"],
            thread_ts=event.get("thread_ts") or event["ts"],
            text=text,
            blocks=blocks,
            unfurl_links=False,
            unfurl_media=False,
        )

    async def on_command(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        words = str(body.get("text") or "").split()
        if words[:1] == ["report"]:
            await ack(text=REPORT_NOT_YET)  # hook for the career-office report issue
            return
        await ack()
        key = ConversationKey(PLATFORM, context.team_id, str(body["user_id"]))
        # Slack keeps "/..." for its own commands, so "/pivot back" is the DM's "/back";
        # a bare /pivot starts the conversation, or resumes it where the student left off.
        if words:
            text = "/" + " ".join(words)
        else:
            text = "/start" if self.engine.state_of(key) is None else "/help"
        channel = await self._dm(key, client)
        await self.converse(
            Inbound(key, text=text, event_id=f"cmd:{body.get('trigger_id')}"), client, channel
        )

    async def on_tap(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        await ack()
        action = body["actions"][0]
        inbound = tap_inbound(context.team_id, body, action)
        channel = str((body.get("channel") or {}).get("id") or body["container"]["channel_id"])
        self._remember(inbound.key, channel)
        message = body.get("message") or {}
        label = str((action.get("text") or {}).get("text") or "")

        async def show_answer() -> None:
            await client.chat_update(
                channel=channel,
                ts=body["container"]["message_ts"],
                text=message.get("text") or label,
                blocks=answered(message.get("blocks") or [], label),
            )

        await self.converse(inbound, client, channel, first=show_answer)

    async def on_home_tap(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        await ack()
        action = body["actions"][0]
        if action.get("action_id") not in HOME_ACTIONS:
            return
        inbound = tap_inbound(context.team_id, body, action)
        channel = await self._dm(inbound.key, client)
        await self.converse(inbound, client, channel)

    async def on_home(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        event = body["event"]
        if event.get("tab") != "home":
            return
        key = ConversationKey(PLATFORM, context.team_id, str(event["user"]))
        view = home_view(self.engine.overview(key), self.home_words())
        await client.views_publish(user_id=key.user, view=view)

    async def on_uninstalled(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        await self.forget_workspace(context.team_id, context.enterprise_id)

    async def on_tokens_revoked(
        self, ack: Any, body: dict[str, Any], context: Any, client: AsyncWebClient
    ) -> None:
        tokens = (body.get("event") or {}).get("tokens") or {}
        if tokens.get("bot"):  # the app can no longer act there: same as an uninstall
            await self.forget_workspace(context.team_id, context.enterprise_id)
        elif self.installations is not None:
            for user in tokens.get("oauth") or []:
                await self.installations.async_delete_installation(
                    enterprise_id=context.enterprise_id, team_id=context.team_id, user_id=user
                )

    async def forget_workspace(self, team_id: str, enterprise_id: str | None = None) -> None:
        """Erase every row of a workspace and its installation (tokens included)."""
        erased = self.engine.forget_workspace(PLATFORM, team_id)
        for key in [k for k in self._channels if k.workspace == team_id]:
            del self._channels[key]
        if self.installations is not None:
            await self.installations.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)
        log.info("workspace %s uninstalled: %s rows erased", team_id, erased)

    def home_words(self) -> dict[str, str]:
        """The Home tab's words: the flow's content where it names them, else the defaults."""
        words = {}
        for name, default in HOME_WORDS.items():
            try:
                words[name] = self.engine.canned(name).text
            except (PivotbotError, KeyError):
                words[name] = default
        return words

    # -- conversation and delivery ------------------------------------------------------------

    async def converse(
        self,
        inbound: Inbound,
        client: AsyncWebClient,
        channel: str,
        first: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """Run one action through the engine and post its replies, in order per student."""
        async with self._locks.hold(inbound.key):
            if first is not None:
                try:
                    await first()
                except SlackApiError as exc:
                    log.warning(
                        "%s: could not update the tapped message: %s", inbound.key, _error(exc)
                    )
            replies = await self.engine.handle(inbound)
            await self._post(inbound.key, replies, client, channel)

    async def _post(
        self, key: ConversationKey, replies: list[Reply], client: AsyncWebClient, channel: str
    ) -> bool:
        """Post replies in order; each is marked delivered once sent. Stops at the first failure
        (the rest stay in the outbox); a permanent failure deactivates the student."""
        for i, reply in enumerate(replies):
            try:
                text, blocks = render(reply)
                if text or blocks:
                    await client.chat_postMessage(
                        channel=channel,
                        text=text,
                        blocks=blocks,
                        unfurl_links=False,
                        unfurl_media=False,
                    )
                if reply.attachment is not None:
                    a = reply.attachment
                    await client.files_upload_v2(
                        channel=channel, filename=a.filename, title=a.filename, content=a.content
                    )
            except SlackApiError as exc:
                error = _error(exc)
                log.warning("%s: sending failed: %s", key, error)
                if error in GONE:
                    self.engine.deactivate(key)
                    self.engine.delivered(replies[i:])  # undeliverable: do not retry forever
                    self._channels.pop(key, None)
                return False
            self.engine.delivered([reply])
        return True

    async def deliver(self, outs: list[Outgoing]) -> None:
        """Send replies that no request is waiting for (due timers, the outbox at start)."""
        by_key: dict[ConversationKey, list[Reply]] = {}
        for out in outs:
            by_key.setdefault(out.key, []).append(out.reply)
        await asyncio.gather(*(self._deliver_to(key, replies) for key, replies in by_key.items()))

    async def _deliver_to(self, key: ConversationKey, replies: list[Reply]) -> None:
        async with self._locks.hold(key):
            try:
                client = await self.client_for(key.workspace)
                if client is None:
                    log.warning("%s: no installation for workspace; replies kept", key)
                    return
                channel = await self._dm(key, client)
            except SlackApiError as exc:
                log.warning("%s: cannot open the DM: %s", key, _error(exc))
                if _error(exc) in GONE:
                    self.engine.deactivate(key)
                return
            await self._post(key, replies, client, channel)

    async def tick(self) -> None:
        """Fire due timers once and send what they say."""
        await self.deliver(await self.engine.tick())

    async def send_pending(self) -> None:
        """Send the outbox rows a previous run committed but never sent."""
        await self.deliver(self.engine.pending())

    async def timers(self, every: float = TICK_SECONDS) -> None:
        """The timer loop: the outbox first, then ``tick`` every ``every`` seconds, forever."""
        await self.send_pending()
        while True:
            try:
                await self.tick()
            except Exception as exc:
                _log_failure("timer delivery failed", exc=exc)
            await asyncio.sleep(every)

    async def client_for(self, team_id: str) -> AsyncWebClient | None:
        """A Web API client with this workspace's own bot token (None if not installed)."""
        if self.installations is None:
            return self.client
        bot = await self.installations.async_find_bot(enterprise_id=None, team_id=team_id)
        return self.web_client(bot.bot_token) if bot and bot.bot_token else None

    async def _dm(self, key: ConversationKey, client: AsyncWebClient) -> str:
        channel = self._channels.get(key)
        if channel is None:
            response = await client.conversations_open(users=key.user)
            channel = str(response["channel"]["id"])
            self._remember(key, channel)
        return channel

    def _remember(self, key: ConversationKey, channel: str) -> None:
        self._channels[key] = channel
        self._channels.move_to_end(key)
        while len(self._channels) > 10_000:
            self._channels.popitem(last=False)


def _error(exc: SlackApiError) -> str:
    try:
        return str(exc.response.get("error") or exc.response.status_code)
    except Exception:
        return type(exc).__name__


def _log_failure(message: str, *args: Any, exc: BaseException) -> None:
    # The exception's class and where it happened, never its message (it may quote user text).
    import traceback

    where = "".join(traceback.format_tb(exc.__traceback__, limit=-3)).strip()
    log.error(message + ": %s\n%s", *args, type(exc).__name__, where)


# -- start-up --------------------------------------------------------------------------------


def check_config(config: Config, http: bool) -> None:
    """Raise ``ConfigError`` naming the first missing variable for the chosen mode."""
    if config.slack_client_id or config.slack_client_secret:
        config.require("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET")
        if not http:
            raise ConfigError("SLACK_CLIENT_ID is set: the multi-workspace install needs --http")
        return
    if http:
        config.require("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN")
    elif not config.slack_app_token:
        raise ConfigError("SLACK_APP_TOKEN is not set (needed for Socket Mode; or run with --http)")
    else:
        config.require("SLACK_BOT_TOKEN")


def build_app(engine: Engine, config: Config, *, http: bool = True) -> AsyncApp:
    """The Bolt app for ``engine``; raises ``ConfigError`` when the configuration is incomplete."""
    check_config(config, http)
    return SlackBot(engine, config).app


def quiet_sdk_logs() -> None:
    """Keep Bolt's and slack-sdk's loggers at INFO or above: their DEBUG lines quote request
    bodies (message text) and headers."""
    for name in ("slack_bolt", "slack_sdk"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.INFO))


def run(engine: Engine, config: Config, http: bool = False, port: int = 3000) -> None:
    """Run until interrupted: HTTP on ``port`` with ``http``, else Socket Mode (which needs
    ``SLACK_APP_TOKEN``). Raises ``ConfigError`` naming what is missing."""
    check_config(config, http)
    quiet_sdk_logs()
    asyncio.run(_serve(engine, config, http, port))


async def _serve(engine: Engine, config: Config, http: bool, port: int) -> None:
    bot = SlackBot(engine, config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    timers = asyncio.create_task(bot.timers())
    if http:
        runner = web.AppRunner(bot.web_app(), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, port=port).start()
        log.info("listening on port %s (%s)", port, EVENTS_PATH)
        close: Callable[[], Awaitable[None]] = runner.cleanup
    else:
        from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

        handler = AsyncSocketModeHandler(bot.app, app_token=config.slack_app_token)
        await handler.connect_async()
        log.info("connected in Socket Mode")
        close = handler.close_async
    try:
        await stop.wait()
    finally:
        timers.cancel()
        await close()
        await asyncio.wait_for(bot.idle(), 10)
