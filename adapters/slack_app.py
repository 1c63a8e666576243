"""The Bolt app: Slack payloads in, ``Inbound`` out, and the listeners that feed the relay.

``SlackBot`` holds the engine, a Bolt ``AsyncApp``, a ``SlackSender`` and a ``bot.relay.Relay``
(it subclasses none of them). Every student action is stored in the inbox *before* Slack is
acknowledged (events in listener middleware, which runs before Bolt's automatic
acknowledgement; commands and taps before ``ack()``): one small insert, well inside Slack's
3 seconds. The relay processes it in the student's lane: one student's actions and replies
strictly in order, students in parallel, retries and paused workspaces handled there.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import HOME_ACTIONS, HOME_WORDS, answered, from_slack, home_view, render
from adapters.slack_sender import (
    DM_REFUSED,
    TIMEOUT,
    SlackSender,
    error_code,
    log_failure,
    web_client,
)
from bot.config import Config
from bot.engine import Engine
from bot.errors import PivotbotError
from bot.markup import to_plain
from bot.messages import Attachment, ConversationKey, Inbound, Reply
from bot.relay import TICK_SECONDS, Backoff, Relay
from bot.store import Received, database_kind

log = logging.getLogger("pivotbot.slack")


class _Withheld(logging.Filter):
    """Bolt puts request bodies (what students typed) into its lines, even at WARNING
    ("Unhandled request ({...})") and into the exceptions it logs: keep each line's words up to
    the first bracket or colon, and the exception's class, and drop the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        head = re.split(r"[(:{\[]", record.getMessage(), maxsplit=1)[0].strip()
        if record.exc_info and record.exc_info[1] is not None:
            head += f" [{type(record.exc_info[1]).__name__}]"
        record.msg, record.args = f"{head} (details withheld)", None
        record.exc_info = record.exc_text = record.stack_info = None
        return True


# Bolt logs a refused request's body (message text) at INFO and copies the level and filters of
# the logger it is given to each of its own: give it one at WARNING that withholds the details.
_bolt_log = logging.getLogger("pivotbot.slack.bolt")
_bolt_log.setLevel(logging.WARNING)
_bolt_log.addFilter(_Withheld())

# Said in place (ephemeral) when Slack will not open a DM with the student.
DM_REFUSED_WORDS = (
    "I can't open a direct message with you: this workspace's settings don't let me. Open"
    " Pivotbot under *Apps* in the sidebar and write to me there, or ask a workspace admin to"
    " allow apps to message you."
)

PLATFORM = "slack"
EVENTS_PATH = "/slack/events"
# Slack's request timestamp: Unix seconds in ASCII digits. slack-sdk's verifier calls int() on
# whatever came, so anything else would be a 500 with a traceback instead of a refusal.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_REFUSED = '{"error": "invalid request"}'  # what Bolt answers for any other bad signature


@web.middleware
async def _refuse_bad_timestamp(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """A request to the events path whose ``X-Slack-Request-Timestamp`` is present but not a
    number gets the same 401 as a bad signature (a missing one is refused by Bolt itself)."""
    stamp = request.headers.get("X-Slack-Request-Timestamp")
    if request.path == EVENTS_PATH and stamp is not None and not _TIMESTAMP.fullmatch(stamp):
        log.warning("a Slack request with a malformed timestamp, refused")
        return web.Response(status=401, text=_REFUSED, content_type="application/json")
    return await handler(request)


BOT_SCOPES = [
    "app_mentions:read",
    "chat:write",
    "commands",
    "files:write",
    "im:history",
    "im:read",
    "im:write",
    "users:read",  # each student's time zone (users.info), so reminders follow their clock
]
ZONES_KEPT = 10_000  # students whose time zone is remembered between messages, per process


def to_inbound(team_id: str, event: Mapping[str, Any], event_id: str | None) -> Inbound | None:
    """A ``message`` event of a student's DM as an ``Inbound``; None for anything to ignore
    (channels, bots, deletions and other subtypes). A student editing their own message
    (``message_changed`` with an ``edited`` mark and a new text) is ``kind="edit"``; Slack's
    other ``message_changed`` events (a link unfurled, the bot's own message updated) are not."""
    if event.get("channel_type") != "im":
        return None
    if event.get("subtype") == "message_changed":
        return _edit_inbound(team_id, event, event_id)
    if event.get("bot_id") or not event.get("user"):
        return None
    subtype = event.get("subtype")
    if subtype not in (None, "file_share"):
        return None
    key = ConversationKey(PLATFORM, team_id, str(event["user"]))
    at = _at(event.get("ts"))
    if subtype == "file_share" or event.get("files"):
        return Inbound(key, event_id=event_id, at=at, kind="unsupported")
    return Inbound(
        key,
        text=from_slack(str(event.get("text") or "")),
        event_id=event_id,
        at=at,
        message=str(event["ts"]) if event.get("ts") else None,
    )


def _edit_inbound(team_id: str, event: Mapping[str, Any], event_id: str | None) -> Inbound | None:
    message = event.get("message") or {}
    before = event.get("previous_message") or {}
    user = message.get("user")
    if not user or message.get("bot_id") or message.get("subtype") or not message.get("edited"):
        return None
    if (message.get("edited") or {}).get("user", user) != user:
        return None
    if message.get("text") == before.get("text") or not message.get("ts"):
        return None  # the text is the same: an unfurl or a reaction, not an edit
    return Inbound(
        ConversationKey(PLATFORM, team_id, str(user)),
        text=from_slack(str(message.get("text") or "")),
        event_id=event_id,
        at=_at(event.get("event_ts") or event.get("ts")),
        kind="edit",
        message=str(message["ts"]),
    )


def tap_inbound(team_id: str, body: Mapping[str, Any], action: Mapping[str, Any]) -> Inbound:
    """A tapped button as an ``Inbound``. A question message takes one answer, so the event id
    is the message's: a double tap or a redelivery is processed once."""
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


def _team(context: AsyncBoltContext) -> str:
    # The workspace part of a student's key; an org-wide (Enterprise Grid) event without a
    # team falls back to the organisation.
    return context.team_id or context.enterprise_id or ""


def _at(ts: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except (TypeError, ValueError):
        return None


def oauth_file(db: str) -> str:
    """Where Bolt's OAuth installations live beside the database ``db``: ``<file>.slack-oauth.db``
    next to a SQLite file; with PostgreSQL, ``pivotbot.slack-oauth.db`` in the working directory
    (a file of one machine: see the README's "Scale out")."""
    kind, target = database_kind(db)
    path = Path(target) if kind == "sqlite" else Path("pivotbot")
    return str(path.with_name(path.name + ".slack-oauth.db"))


class SlackBot:
    """The engine on Slack: builds the Bolt app and answers its listeners.

    With ``SLACK_CLIENT_ID`` the app installs into many workspaces through Bolt's OAuth flow,
    keeping installations in ``<db>.slack-oauth.db``; otherwise it uses ``SLACK_BOT_TOKEN``.
    ``start()`` starts the relay (which sends what a previous run left), ``stop()`` stops it;
    ``idle()`` waits until every accepted request has been fully answered (used at shutdown,
    and by the test driver to wait without sleeping).
    """

    def __init__(
        self,
        engine: Engine,
        config: Config,
        *,
        oauth_db: Path | None = None,
        tick_every: float | None = TICK_SECONDS,
        retry: Backoff | None = None,
        pause: Backoff | None = None,
        timeout: int = TIMEOUT,
    ) -> None:
        """``timeout``: seconds one Web API call may take (a send that times out is retried)."""
        self.engine = engine
        self.admins = config.admins
        # With the OAuth install each request carries its workspace's token; no default one.
        token = None if config.slack_client_id else config.slack_bot_token
        self.client = web_client(config.slack_api_url, token, timeout)
        self.installations: SQLite3InstallationStore | None = None
        oauth: AsyncOAuthSettings | None = None
        if config.slack_client_id:
            db = str(oauth_db or oauth_file(config.db))
            self.installations = SQLite3InstallationStore(
                database=db, client_id=config.slack_client_id
            )
            oauth = AsyncOAuthSettings(
                client_id=config.slack_client_id,
                client_secret=config.slack_client_secret,
                scopes=BOT_SCOPES,
                user_scopes=[],
                installation_store=self.installations,
                installation_store_bot_only=True,
                state_store=SQLite3OAuthStateStore(database=db, expiration_seconds=600),
            )
        self.app: AsyncApp = AsyncApp(
            name="pivotbot",
            client=self.client,
            signing_secret=config.slack_signing_secret or "",
            oauth_settings=oauth,
            installation_store_bot_only=True if oauth else None,
            logger=_bolt_log,
        )
        self.sender = SlackSender(self.client, self.installations, engine.store.identity())
        self.relay = Relay(
            engine,
            self.sender,
            PLATFORM,
            prepare=self.prepare,
            tick_every=tick_every,
            retry=retry,
            pause=pause,
        )
        self._mentions: OrderedDict[str, None] = OrderedDict()
        self._zones: OrderedDict[ConversationKey, str | None] = OrderedDict()
        self._busy = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._register()

    async def start(self) -> None:
        """Start the relay: the outbox and inbox a previous run left start draining now."""
        await self.relay.start()

    async def stop(self) -> None:
        await self.relay.stop()

    # -- wiring ------------------------------------------------------------------------------

    def _register(self) -> None:
        app, track = self.app, [self._track]
        app.event("message", middleware=[self._track_message])(self._tracked(self.on_message))
        app.event("app_mention", middleware=track)(self._tracked(self.on_mention))
        app.event("app_home_opened", middleware=track)(self._tracked(self.on_home))
        app.event("app_uninstalled", middleware=track)(self._tracked(self.on_uninstalled))
        app.event("tokens_revoked", middleware=track)(self._tracked(self.on_tokens_revoked))
        app.command("/pivot", middleware=track)(self._tracked(self.on_command))
        app.action(re.compile(r"^choice-\d+$"), middleware=track)(self._tracked(self.on_tap))
        app.action(re.compile(r"^home-"), middleware=track)(self._tracked(self.on_home_tap))

    async def _track(self, next: Callable[[], Awaitable[None]]) -> None:
        # Listener middleware runs before Bolt answers Slack, so a request counts as busy
        # before its HTTP response leaves; the listener ends the count when it is done.
        self._busy += 1
        self._idle.clear()
        await next()

    async def _track_message(
        self, body: dict[str, Any], context: AsyncBoltContext, next: Callable[[], Awaitable[None]]
    ) -> None:
        # A DM line is stored here: Bolt acknowledges events itself right after listener
        # middleware, before the listener runs. If the insert fails, Slack gets an error (and
        # retries) instead of a 200.
        inbound = to_inbound(_team(context), body.get("event") or {}, body.get("event_id"))
        if inbound is not None:
            self.relay.receive([(inbound, {"channel": str(body["event"]["channel"])})])
        await self._track(next)

    def _tracked(self, listener: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        async def run(
            ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
        ) -> None:
            try:
                if not _team(context):
                    log.warning(
                        "%s: a request without a team or organisation, ignored", listener.__name__
                    )
                    await ack()
                    return
                await listener(ack=ack, body=body, context=context, client=client)
            except Exception as exc:  # one student's failure never stops the others
                log_failure("%s failed in team %s", listener.__name__, _team(context), exc=exc)
            finally:
                self._busy -= 1
                if self._busy == 0:
                    self._idle.set()

        run.__name__ = listener.__name__
        return run

    async def quiet(self) -> None:
        """Return once no listener is running (stored actions may still be in the relay)."""
        await self._idle.wait()

    async def idle(self) -> None:
        """Return once no accepted request is still being answered: every listener finished,
        every stored action processed and its replies settled."""
        await self._idle.wait()
        await self.relay.idle()
        await self._idle.wait()

    def web_app(self) -> web.Application:
        """The aiohttp app for HTTP mode: ``/slack/events`` (events, interactivity, commands),
        and ``/slack/install`` and ``/slack/oauth_redirect`` with the OAuth install."""
        app = self.app.web_app(path=EVENTS_PATH)
        app.middlewares.append(_refuse_bad_timestamp)
        return app

    # -- the conversation: stored, then processed in the student's turn --------------------------

    async def prepare(self, received: Received) -> Inbound | None:
        """In the student's turn, before the engine: note their DM channel, show a tapped
        button's answer on its message, and open the DM a command will be answered in (telling
        the student in place when Slack will not open it). The student's time zone comes along
        (``users.info``, once per student and process)."""
        inbound, extra = received.inbound, received.extra
        key = inbound.key
        if extra.get("channel"):
            self.sender.remember(key, str(extra["channel"]))
        if inbound.tz is None:
            # A remembered zone needs no client: skip the installation look-up for it.
            known = key in self._zones
            client = self.client if known else await self.sender.client_for(key.workspace)
            if client is not None:
                inbound = dataclasses.replace(inbound, tz=await self.zone_of(key, client))
        tap = extra.get("tap")
        if tap is not None:
            self.sender.answered(key, str(tap["ts"]))
            client = await self.sender.client_for(key.workspace)
            if client is not None:
                try:
                    await client.chat_update(
                        channel=str(extra["channel"]),
                        ts=str(tap["ts"]),
                        text=tap.get("text") or tap.get("label") or "",
                        blocks=answered(tap.get("blocks") or [], str(tap.get("label") or "")),
                    )
                except SlackApiError as exc:
                    log.warning("%s: tapped message not updated: %s", key, error_code(exc))
        if extra.get("dm"):
            client = await self.sender.client_for(key.workspace)
            if client is not None:
                try:
                    await self.sender.dm(key, client)
                except SlackApiError as exc:
                    if error_code(exc) not in DM_REFUSED:
                        raise
                    log.warning("%s: Slack will not open a DM: %s", key, error_code(exc))
                    await self._say_in_place(client, key, extra.get("reply_in"))
                    return None
        return inbound

    async def _say_in_place(
        self, client: AsyncWebClient, key: ConversationKey, channel: Any
    ) -> None:
        """An ephemeral line, where the student typed the command, saying what to do."""
        if not channel:
            return
        try:
            text = self.engine.canned("dm_refused").text
        except (PivotbotError, KeyError):
            text = DM_REFUSED_WORDS
        plain_text, blocks = render(Reply(text))
        try:
            await client.chat_postEphemeral(
                channel=str(channel), user=key.user, text=plain_text, blocks=blocks
            )
        except SlackApiError as exc:
            log.warning("%s: could not answer in place: %s", key, error_code(exc))

    async def zone_of(self, key: ConversationKey, client: AsyncWebClient) -> str | None:
        """The student's time zone from their Slack profile (``users.info`` -> ``user.tz``),
        asked once per student and process; None when Slack does not say (the flow asks)."""
        if key in self._zones:
            self._zones.move_to_end(key)
            return self._zones[key]
        tz: str | None = None
        try:
            answer = await client.users_info(user=key.user)
            user = answer.get("user") or {}
            tz = str(user["tz"]) if user.get("tz") else None
        except SlackApiError as exc:  # Slack's answer (no users:read scope, say): keep it
            log.info("%s: no time zone from users.info: %s", key, error_code(exc))
        except Exception as exc:  # the network: the conversation goes on; ask again next time
            log.warning("%s: users.info failed: %s", key, type(exc).__name__)
            return None
        self._zones[key] = tz
        while len(self._zones) > ZONES_KEPT:
            self._zones.popitem(last=False)
        return tz

    async def on_message(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        """Nothing left to do: the line was stored before the acknowledgement."""

    async def on_command(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        words = str(body.get("text") or "").split()
        if words[:1] == ["report"]:
            await self.on_report(ack, body, context, client)
            return
        key = ConversationKey(PLATFORM, _team(context), str(body["user_id"]))
        # Slack keeps "/..." for its own commands, so "/pivot back" is the DM's "/back"; a bare
        # /pivot starts the conversation, or resumes it (the current question again).
        if words:
            text = "/" + " ".join(words)
        else:
            text = "/start" if self.engine.state_of(key) is None else "/resume"
        inbound = Inbound(key, text=text, event_id=f"cmd:{body.get('trigger_id')}")
        self.relay.receive([(inbound, {"dm": True, "reply_in": body.get("channel_id")})])
        await ack()

    async def on_report(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        """``/pivot report``: the career-office report of this workspace only, for its admins
        (``PIVOTBOT_ADMINS``: user ids, or ``TEAM:USER`` to name the workspace too)."""
        team, user = _team(context), str(body["user_id"])
        if user not in self.admins and f"{team}:{user}" not in self.admins:
            log.info("slack:%s:%s: report refused (not an admin)", team, user)
            await ack(text=to_plain(self.engine.canned("report_refused").text))
            return
        await ack(text=to_plain(self.engine.canned("report_preparing").text))
        key = ConversationKey(PLATFORM, team, user)
        markdown = self.engine.report(workspace=team)
        reply = Reply(
            self.engine.canned("report_ready").text,
            attachment=Attachment(f"pivotbot-report-{team}.md", markdown, "text/markdown"),
        )
        await self.relay.post(key, [reply])

    async def on_tap(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        action = body["actions"][0]
        inbound = tap_inbound(_team(context), body, action)
        channel = str((body.get("channel") or {}).get("id") or body["container"]["channel_id"])
        message = body.get("message") or {}
        tap = {
            "ts": body["container"]["message_ts"],
            "text": message.get("text"),
            "blocks": message.get("blocks") or [],
            "label": str((action.get("text") or {}).get("text") or ""),
        }
        self.relay.receive([(inbound, {"channel": channel, "tap": tap})])
        await ack()

    async def on_mention(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        # One threaded invitation to the DM. Nothing from a channel is stored, so a retry is
        # recognised in memory rather than by the engine.
        event_id = str(body.get("event_id"))
        if event_id in self._mentions:
            return
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

    # -- App Home ----------------------------------------------------------------------------

    async def on_home(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        event = body["event"]
        if event.get("tab") != "home":
            return
        key = ConversationKey(PLATFORM, _team(context), str(event["user"]))
        view = home_view(self.engine.overview(key), self.home_words())
        await client.views_publish(user_id=key.user, view=view)

    async def on_home_tap(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        action = body["actions"][0]
        if action.get("action_id") not in HOME_ACTIONS:
            await ack()
            return
        inbound = tap_inbound(_team(context), body, action)
        self.relay.receive([(inbound, {"dm": True})])
        await ack()

    def home_words(self) -> dict[str, str]:
        """The Home tab's words: the flow's content where it names them, else the defaults."""
        words = {}
        for name, default in HOME_WORDS.items():
            try:
                words[name] = self.engine.canned(name).text
            except (PivotbotError, KeyError):
                words[name] = default
        return words

    # -- uninstall ---------------------------------------------------------------------------

    async def on_uninstalled(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        await self.forget_workspace(_team(context), context.enterprise_id)

    async def on_tokens_revoked(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        tokens = (body.get("event") or {}).get("tokens") or {}
        if tokens.get("bot"):  # the app can no longer act there: same as an uninstall
            await self.forget_workspace(_team(context), context.enterprise_id)
        elif self.installations is not None:
            for user in tokens.get("oauth") or []:
                await self.installations.async_delete_installation(
                    enterprise_id=context.enterprise_id, team_id=context.team_id, user_id=user
                )

    async def forget_workspace(self, team_id: str, enterprise_id: str | None = None) -> None:
        """Erase every row of a workspace, and its installation (tokens included)."""
        erased = self.engine.forget_workspace(PLATFORM, team_id)
        self.relay.forget_workspace(team_id)
        self.sender.forget_workspace(team_id)
        if self.installations is not None:
            await self.installations.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)
        log.info("workspace %s uninstalled: %s rows erased", team_id, erased)
