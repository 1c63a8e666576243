"""Scripted conversations through the real Slack adapter: signed HTTP requests in, fake Web API out.

``make_driver`` (loaded by ``pivotbot test --via slack``) starts the fake Web API and the Bolt
app that ``adapters.slack`` builds, serving HTTP on loopback with signature verification on. Each
step becomes what Slack would send: a typed line is a signed ``message.im`` event (a line
starting with ``/`` is the ``/pivot`` slash command, since Slack keeps ``/...`` for commands), a
tap is a signed ``block_actions`` payload for the button on the posted message. After each
request the driver waits until the adapter reports it idle (no sleeps), then reads the messages
the fake received and turns their mrkdwn back into the plain text the student reads.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

from adapters.slack import SlackBot
from adapters.slack_blocks import WJ
from adapters.testing.slack_api import FakeSlackApi, Message
from bot.clock import ManualClock
from bot.config import Config
from bot.engine import Engine
from bot.errors import ScriptError
from bot.messages import Choice, ConversationKey
from bot.relay import Backoff
from bot.scripts import Seen

SIGNING_SECRET = "test-signing-secret-0123456789"
APP_ID = "A0PIVOT"
QUICK = Backoff(0.1, 1.0)  # retries in tests: a recovery shows within the test


# -- signing and payloads (the way slack-bolt's own tests build requests) --------------------


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request-signing headers for ``body``: HMAC-SHA256 of ``v0:<ts>:<body>``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slack_escape(text: str) -> str:
    """What Slack does to a student's typed text before delivering it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def event_body(team: str, event: dict[str, Any], event_id: str) -> dict[str, Any]:
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(float(event.get("event_ts") or time.time())),
        "authorizations": [{"team_id": team, "user_id": f"UB{team}", "is_bot": True}],
    }


def dm_event(team: str, user: str, text: str, ts: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": FakeSlackApi.dm_channel(team, user),
        "channel_type": "im",
        "user": user,
        "team": team,
        "text": slack_escape(text),
        "ts": ts,
        "event_ts": ts,
        **extra,
    }


def command_form(team: str, user: str, text: str, trigger_id: str) -> dict[str, str]:
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "team_domain": team.lower(),
        "channel_id": FakeSlackApi.dm_channel(team, user),
        "channel_name": "directmessage",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/pivot",
        "text": text,
        "api_app_id": APP_ID,
        "response_url": f"https://hooks.slack.test/commands/{trigger_id}",
        "trigger_id": trigger_id,
    }


def actions_payload(
    team: str, user: str, message: Message | None, action: dict[str, Any], trigger_id: str
) -> dict[str, Any]:
    """A ``block_actions`` payload for a button on ``message`` (or on the Home tab when None)."""
    action = {**action, "type": "button", "action_ts": f"{time.time():.6f}"}
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": team, "domain": team.lower()},
        "user": {"id": user, "username": user.lower(), "team_id": team},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "trigger_id": trigger_id,
        "actions": [action],
    }
    if message is None:
        payload["container"] = {"type": "view", "view_id": "VHOME"}
        payload["view"] = {"id": "VHOME", "type": "home", "team_id": team}
    else:
        payload["container"] = {
            "type": "message",
            "message_ts": message.ts,
            "channel_id": message.channel,
            "is_ephemeral": False,
        }
        payload["channel"] = {"id": message.channel, "name": "directmessage"}
        payload["message"] = {
            "type": "message",
            "user": f"UB{team}",
            "bot_id": f"B{team}",
            "ts": message.ts,
            "text": message.text,
            "blocks": message.blocks,
        }
        payload["response_url"] = f"https://hooks.slack.test/actions/{trigger_id}"
    return payload


# -- reading what the student saw ------------------------------------------------------------

_TOKEN = re.compile(r"<([^<>]*)>|" + WJ + r"([*_~`])" + WJ + r"|([*_])|" + WJ)


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def plain(mrkdwn: str) -> str:
    """mrkdwn as the student reads it: our bold/italic markers gone, links as ``label (url)``
    (as ``bot.markup.to_plain`` writes them), joiner-wrapped literals kept, entities unescaped
    exactly once."""
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(mrkdwn):
        out.append(_unescape(mrkdwn[pos : m.start()]))
        pos = m.end()
        if m.group(1) is not None:
            url, _, label = m.group(1).partition("|")
            url = _unescape(url)
            label = plain(label) if label else url
            out.append(f"{label} ({url})" if label != url else label)
        elif m.group(2) is not None:
            out.append(m.group(2))
    out.append(_unescape(mrkdwn[pos:]))
    return "".join(out)


def seen_of(message: Message) -> Seen:
    """One posted message as the student sees it: its text and its buttons (a button's value
    is ``<ts>|<action_id>``, what the driver needs to tap it)."""
    texts = [
        plain(b["text"]["text"])
        for b in message.blocks
        if b.get("type") == "section" and b.get("text")
    ]
    choices = [
        Choice(el["text"]["text"], f"{message.ts}|{el['action_id']}")
        for b in message.blocks
        if b.get("type") == "actions"
        for el in b["elements"]
    ]
    return Seen("\n".join(texts) if texts else plain(message.text), choices)


# -- the running app -------------------------------------------------------------------------


@dataclass
class Sent:
    """One request as sent (kept for redelivery) and the app's answer."""

    kind: str
    body: str
    content_type: str
    status: int = 0
    response: str = ""
    elapsed: float = 0.0


class SlackApp:
    """The adapter's real Bolt app served on loopback, with a session that signs requests."""

    def __init__(self, bot: SlackBot, secret: str = SIGNING_SECRET) -> None:
        self.bot = bot
        self.secret = secret
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    async def start(self) -> None:
        await self.bot.start()
        self._runner = web.AppRunner(self.bot.web_app(), access_log=None)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self._session = aiohttp.ClientSession()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()
        await self.bot.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def session(self) -> aiohttp.ClientSession:
        assert self._session is not None, "start() first"
        return self._session

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        headers: Mapping[str, str] | None = None,
        timestamp: int | None = None,
        signature: str | None = None,
        wait: bool = True,
    ) -> Sent:
        """POST a signed request to /slack/events; with ``wait``, return once it is answered."""
        signed = sign(self.secret, body, timestamp)
        if signature is not None:
            signed["X-Slack-Signature"] = signature
        started = time.monotonic()
        async with self.session.post(
            self.url + "/slack/events",
            data=body.encode(),
            headers={"Content-Type": content_type, **signed, **(headers or {})},
        ) as response:
            sent = Sent("post", body, content_type, response.status, await response.text())
        sent.elapsed = time.monotonic() - started
        if wait:
            await self.bot.idle()
        return sent

    async def event(self, body: dict[str, Any], **kw: Any) -> Sent:
        return await self.post(json.dumps(body), "application/json", **kw)

    async def form(self, fields: Mapping[str, str], **kw: Any) -> Sent:
        return await self.post(urlencode(fields), "application/x-www-form-urlencoded", **kw)

    async def action(self, payload: dict[str, Any], **kw: Any) -> Sent:
        return await self.form({"payload": json.dumps(payload)}, **kw)


def user_id(name: str) -> str:
    """A Slack-shaped user id for a script's user name."""
    cleaned = re.sub(r"[^A-Z0-9]", "", name.upper())
    return "U" + (cleaned or hashlib.sha1(name.encode()).hexdigest()[:8].upper())


class Student:
    """One student of one workspace talking to a running ``SlackApp``, one line per turn:
    ``await alice.say("hi")``, ``await alice.tap("Sounds right")``, ``await alice.command()``.
    Each returns what the student saw in their DM because of that action."""

    _ids = itertools.count(1)

    def __init__(
        self,
        app: SlackApp,
        fake: FakeSlackApi,
        team: str,
        user: str,
        clock: ManualClock | None = None,
    ) -> None:
        self.app, self.fake, self.team, self.user, self.clock = app, fake, team, user, clock
        self.key = ConversationKey("slack", team, user)
        self.channel = FakeSlackApi.dm_channel(team, user)
        self.cursor = len(fake.messages)
        self.last: tuple[str, Any] | None = None
        self.sent: Sent | None = None

    def seen(self) -> list[Seen]:
        """Messages posted in this student's DM since the last look."""
        new = [m for m in self.fake.messages[self.cursor :] if m.channel == self.channel]
        self.cursor = len(self.fake.messages)
        return [seen_of(m) for m in new]

    def _ts(self) -> str:
        now = self.clock.now().timestamp() if self.clock else time.time()
        return f"{now + next(self._ids) / 1_000_000:.6f}"

    async def send(self, kind: str, request: Any, *, retry: bool = False, **kw: Any) -> list[Seen]:
        self.last = (kind, request)
        if kind == "event":
            if retry:
                kw["headers"] = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
            self.sent = await self.app.event(request, **kw)
        elif kind == "command":
            self.sent = await self.app.form(request, **kw)
        else:
            self.sent = await self.app.action(request, **kw)
        if self.sent.status != 200:
            raise AssertionError(
                f"the Slack app answered {self.sent.status}: {self.sent.response[:200]}"
            )
        return self.seen() if kw.get("wait", True) else []

    def message_event(self, text: str, **extra: Any) -> dict[str, Any]:
        event = dm_event(self.team, self.user, text, self._ts(), **extra)
        return event_body(self.team, event, f"Ev{next(self._ids):08d}")

    def edit_event(self, original: dict[str, Any], text: str, **message: Any) -> dict[str, Any]:
        """Slack's ``message_changed`` event for the student editing ``original`` (a body from
        :meth:`message_event`) to ``text``; ``message`` adds to or overrides the changed
        message's fields (``edited=None`` for a change that is not an edit, like an unfurl)."""
        old, ts = original["event"], self._ts()
        changed = {
            "type": "message",
            "user": self.user,
            "team": self.team,
            "text": slack_escape(text),
            "ts": old["ts"],
            "edited": {"user": self.user, "ts": ts},
            **message,
        }
        if changed["edited"] is None:
            del changed["edited"]
        event = {
            "type": "message",
            "subtype": "message_changed",
            "hidden": True,
            "channel": old["channel"],
            "channel_type": old.get("channel_type", "im"),
            "message": changed,
            "previous_message": {
                "type": "message",
                "user": old.get("user"),
                "text": old["text"],
                "ts": old["ts"],
            },
            "event_ts": ts,
            "ts": ts,
        }
        return event_body(self.team, event, f"Ev{next(self._ids):08d}")

    async def say(self, text: str, **kw: Any) -> list[Seen]:
        """Type ``text`` in the DM (a ``message.im`` event)."""
        return await self.send("event", self.message_event(text), **kw)

    async def command(self, text: str = "", **kw: Any) -> list[Seen]:
        """Run ``/pivot text``."""
        fields = command_form(self.team, self.user, text, f"trigger-{next(self._ids)}")
        return await self.send("command", fields, **kw)

    async def tap(
        self, label: str | None = None, *, ref: str | None = None, **kw: Any
    ) -> list[Seen]:
        """Tap the button ``label`` on the latest message that has it (or the button ``ref``,
        a ``<ts>|<action_id>`` as in ``Seen.choices``)."""
        if ref is None:
            for message in reversed(self.fake.posts(self.channel)):
                ref = next((c.value for c in seen_of(message).choices if c.label == label), None)
                if ref:
                    break
        if ref is None:
            raise AssertionError(f"no button {label!r} in {self.channel}")
        ts, _, action_id = ref.partition("|")
        message = self.fake.message(self.channel, ts)
        for block in message.blocks:
            for button in block.get("elements", []) if block.get("type") == "actions" else []:
                if button["action_id"] == action_id:
                    action = {
                        "action_id": action_id,
                        "block_id": block["block_id"],
                        "text": button["text"],
                        "value": button["value"],
                    }
                    trigger = f"trigger-{next(self._ids)}"
                    payload = actions_payload(self.team, self.user, message, action, trigger)
                    return await self.send("action", payload, **kw)
        raise AssertionError(f"message {ts} has no button {action_id} (any more)")

    async def tap_home(self, action_id: str, **kw: Any) -> list[Seen]:
        """Tap a button of the App Home tab."""
        view = self.fake.views[(self.team, self.user)]
        button = next(
            el
            for b in view["blocks"]
            if b["type"] == "actions"
            for el in b["elements"]
            if el["action_id"] == action_id
        )
        action = {
            "action_id": action_id,
            "block_id": "home",
            "text": button["text"],
            "value": button["value"],
        }
        payload = actions_payload(self.team, self.user, None, action, f"trigger-{next(self._ids)}")
        return await self.send("action", payload, **kw)

    async def open_home(self, **kw: Any) -> Sent:
        event = {
            "type": "app_home_opened",
            "user": self.user,
            "channel": self.channel,
            "tab": "home",
            "event_ts": self._ts(),
        }
        return await self.app.event(event_body(self.team, event, f"Ev{next(self._ids):08d}"), **kw)

    async def redeliver(self) -> list[Seen]:
        """Send the last request again, unchanged (events marked as Slack's retry)."""
        assert self.last is not None, "nothing was sent yet"
        kind, request = self.last
        return await self.send(kind, request, retry=True)


class SlackDriver:
    """The Driver protocol of ``bot.scripts`` over real signed HTTP to the Slack adapter."""

    TEAM = "T0SCRIPT"

    def __init__(self, engine_factory: Callable[[], Engine], clock: ManualClock, user: str) -> None:
        self.factory = engine_factory
        self.clock = clock
        self.user = user_id(user)
        self.key = ConversationKey("slack", self.TEAM, self.user)
        self.fake = FakeSlackApi()
        self.engine: Engine | None = None
        self.app: SlackApp | None = None
        self.student: Student | None = None

    async def start(self) -> None:
        await self.fake.start()
        ws = self.fake.add_workspace(self.TEAM)
        # Scripts run alike on every platform, so Slack gives this student no time zone and
        # the flow asks, as on Telegram (tests/adapters/test_slack.py covers Slack's own tz).
        self.fake.set_user(self.TEAM, self.user, None)
        self.config = Config(
            db="unused.db",
            slack_bot_token=ws.bot_token,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=self.fake.url,
        )
        await self._open()

    async def _open(self) -> None:
        self.engine = self.factory()
        # Timers follow the script's clock (tick()); retries back off from a tenth of a second.
        bot = SlackBot(self.engine, self.config, tick_every=None, retry=QUICK, pause=QUICK)
        self.app = SlackApp(bot)
        await self.app.start()
        await self.app.bot.idle()  # what a "crash" left is sent now
        last = self.student.last if self.student else None
        self.student = Student(self.app, self.fake, self.TEAM, self.user, self.clock)
        self.student.last = last

    async def _shut(self) -> None:
        if self.app is not None:
            await self.app.close()
            self.app = None
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    async def say(self, text: str) -> list[Seen]:
        assert self.student is not None
        if text.startswith("/"):  # Slack keeps "/..." for commands: the student types /pivot ...
            return await self.student.command(text[1:])
        return await self.student.say(text)

    async def tap(self, choice: Choice) -> list[Seen]:
        assert self.student is not None
        return await self.student.tap(ref=choice.value)

    async def tick(self) -> list[Seen]:
        assert self.app is not None and self.student is not None
        await self.app.bot.relay.tick()
        return self.student.seen()

    async def restart(self) -> None:
        await self._shut()
        await self._open()

    async def redeliver(self) -> list[Seen]:
        assert self.student is not None
        if self.student.last is None:
            raise ScriptError("redeliver: nothing was delivered yet")
        return await self.student.redeliver()

    def state(self) -> str | None:
        assert self.engine is not None
        return self.engine.state_of(self.key)

    async def close(self) -> None:
        await self._shut()
        await self.fake.close()


def make_driver(engine_factory: Callable[[], Engine], clock: ManualClock, user: str) -> SlackDriver:
    return SlackDriver(engine_factory, clock, user)
