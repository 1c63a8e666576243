"""The Bolt app: Slack payloads in, ``Inbound`` out, and the listeners that run the engine.

``SlackBot`` holds the engine, a Bolt ``AsyncApp`` and a ``Delivery`` (it subclasses none of
them). Every listener acknowledges Slack before any slow work; one student's actions are
handled and answered strictly in order (one lock per student spans the engine call and the
sends), while students run in parallel.
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
from adapters.slack_delivery import Delivery, error_code, log_failure, web_client
from bot.config import Config
from bot.engine import Engine
from bot.errors import PivotbotError
from bot.markup import to_plain
from bot.messages import Attachment, ConversationKey, Inbound, Reply

log = logging.getLogger("pivotbot.slack")

PLATFORM = "slack"
EVENTS_PATH = "/slack/events"
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


class SlackBot:
    """The engine on Slack: builds the Bolt app and answers its listeners.

    With ``SLACK_CLIENT_ID`` the app installs into many workspaces through Bolt's OAuth flow,
    keeping installations in ``<db>.slack-oauth.db``; otherwise it uses ``SLACK_BOT_TOKEN``.
    ``idle()`` waits until every accepted request has been fully answered (used at shutdown,
    and by the test driver to wait without sleeping).
    """

    def __init__(self, engine: Engine, config: Config, *, oauth_db: Path | None = None) -> None:
        self.engine = engine
        self.admins = config.admins
        # With the OAuth install each request carries its workspace's token; no default one.
        token = None if config.slack_client_id else config.slack_bot_token
        self.client = web_client(config.slack_api_url, token)
        self.installations: SQLite3InstallationStore | None = None
        oauth: AsyncOAuthSettings | None = None
        if config.slack_client_id:
            db = str(oauth_db or config.db.with_name(config.db.name + ".slack-oauth.db"))
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
        # Bolt and slack-sdk keep their own loggers (slack_bolt.*, slack_sdk.*): at DEBUG they
        # quote payloads, so they must not inherit ours.
        self.app: AsyncApp = AsyncApp(
            name="pivotbot",
            client=self.client,
            signing_secret=config.slack_signing_secret or "",
            oauth_settings=oauth,
            installation_store_bot_only=True if oauth else None,
        )
        self.delivery = Delivery(engine, self.client, self.installations)
        self._mentions: OrderedDict[str, None] = OrderedDict()
        self._zones: OrderedDict[ConversationKey, str | None] = OrderedDict()
        self._busy = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._register()

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
        # Listener middleware runs before Bolt answers Slack, so a request counts as busy
        # before its HTTP response leaves; the listener ends the count when it is done.
        self._busy += 1
        self._idle.clear()
        await next()

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

    async def idle(self) -> None:
        """Return once no accepted request is still being answered."""
        await self._idle.wait()

    def web_app(self) -> web.Application:
        """The aiohttp app for HTTP mode: ``/slack/events`` (events, interactivity, commands),
        and ``/slack/install`` and ``/slack/oauth_redirect`` with the OAuth install."""
        return self.app.web_app(path=EVENTS_PATH)

    # -- the conversation --------------------------------------------------------------------

    async def converse(
        self,
        inbound: Inbound,
        client: AsyncWebClient,
        channel: str,
        first: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """Run one action through the engine and post its replies, in order per student.
        ``first`` runs inside the student's turn, before the engine (a tap's message update)."""
        async with self.delivery.hold(inbound.key):
            if inbound.tz is None:
                inbound = dataclasses.replace(inbound, tz=await self.zone_of(inbound.key, client))
            if first is not None:
                try:
                    await first()
                except SlackApiError as exc:
                    log.warning("%s: tapped message not updated: %s", inbound.key, error_code(exc))
            replies = await self.engine.handle(inbound)
            await self.delivery.post(inbound.key, replies, client, channel)

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
        inbound = to_inbound(_team(context), body.get("event") or {}, body.get("event_id"))
        if inbound is None:
            return
        channel = str(body["event"]["channel"])
        self.delivery.remember(inbound.key, channel)
        await self.converse(inbound, client, channel)

    async def on_command(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        words = str(body.get("text") or "").split()
        if words[:1] == ["report"]:
            await self.on_report(ack, body, context, client)
            return
        await ack()
        key = ConversationKey(PLATFORM, _team(context), str(body["user_id"]))
        # Slack keeps "/..." for its own commands, so "/pivot back" is the DM's "/back"; a bare
        # /pivot starts the conversation, or resumes it (the current question again).
        if words:
            text = "/" + " ".join(words)
        else:
            text = "/start" if self.engine.state_of(key) is None else "/resume"
        channel = await self.delivery.dm(key, client)
        inbound = Inbound(key, text=text, event_id=f"cmd:{body.get('trigger_id')}")
        await self.converse(inbound, client, channel)

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
        channel = await self.delivery.dm(key, client)
        async with self.delivery.hold(key):
            await self.delivery.post(key, [reply], client, channel)

    async def on_tap(
        self, ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        await ack()
        action = body["actions"][0]
        inbound = tap_inbound(_team(context), body, action)
        channel = str((body.get("channel") or {}).get("id") or body["container"]["channel_id"])
        self.delivery.remember(inbound.key, channel)
        message = body.get("message") or {}
        label = str((action.get("text") or {}).get("text") or "")

        async def show_answer() -> None:
            self.delivery.answered(inbound.key, body["container"]["message_ts"])
            await client.chat_update(
                channel=channel,
                ts=body["container"]["message_ts"],
                text=message.get("text") or label,
                blocks=answered(message.get("blocks") or [], label),
            )

        await self.converse(inbound, client, channel, first=show_answer)

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
        await ack()
        action = body["actions"][0]
        if action.get("action_id") not in HOME_ACTIONS:
            return
        inbound = tap_inbound(_team(context), body, action)
        channel = await self.delivery.dm(inbound.key, client)
        await self.converse(inbound, client, channel)

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
        self.delivery.forget_workspace(team_id)
        if self.installations is not None:
            await self.installations.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)
        log.info("workspace %s uninstalled: %s rows erased", team_id, erased)
