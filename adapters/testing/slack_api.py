"""A fake Slack Web API on loopback: answers what slack-sdk calls, records each call and token.

It plays Slack at its HTTP boundary, the way slack-bolt's own tests run a local server for the Web
API, so the adapter under test uses the real slack-sdk client unchanged (only ``base_url`` points
here). Each workspace has its own bot token; a call is answered only when its token belongs to the
workspace that owns the channel, so a test sees at once if one workspace's token is used for
another's conversation. Methods can be made slow (``slow``), to fail (``fail``) or to hang
without an answer until released (``stall``).
Every user of a workspace has a profile for ``users.info``: time zone ``DEFAULT_TZ`` unless a
test sets another with ``set_user`` (``tz=None``: Slack says no time zone, as for an app
installed without the ``users:read`` scope).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from aiohttp import WSMsgType, web


@dataclass
class Workspace:
    """One installed workspace as the fake knows it."""

    team_id: str
    name: str
    bot_token: str
    bot_user_id: str
    bot_id: str
    app_id: str = "A0PIVOT"


@dataclass
class Call:
    """One Web API call: ``token`` is what came in the Authorization header (None if none)."""

    method: str
    token: str | None
    team: str | None
    args: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Message:
    """A message the bot posted (and possibly updated since)."""

    channel: str
    ts: str
    team: str
    text: str
    blocks: list[dict[str, Any]]
    thread_ts: str | None = None
    updates: int = 0
    metadata: dict[str, Any] | None = None


DEFAULT_TZ = "Europe/London"


class SlackApiError(Exception):
    """Raised inside a handler to answer ``{"ok": false, "error": ...}``."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


class FakeSlackApi:
    """``async with FakeSlackApi() as slack:`` serves on 127.0.0.1 on a free port.

    ``slack.url`` is the ``base_url`` for slack-sdk (``http://127.0.0.1:PORT/api/``).
    """

    CLIENT_ID = "111.222"
    CLIENT_SECRET = "fake-client-secret"

    def __init__(self) -> None:
        self.workspaces: dict[str, Workspace] = {}
        self.calls: list[Call] = []
        self.messages: list[Message] = []
        self.views: dict[tuple[str, str], dict[str, Any]] = {}
        self.files: list[dict[str, Any]] = []
        self.ephemeral: list[dict[str, Any]] = []  # chat.postEphemeral: only the user sees it
        self._codes: dict[str, str] = {}
        self.user_tz: dict[tuple[str, str], str | None] = {}  # (team, user) -> tz
        self._slow: dict[str, float] = {}
        self._fail: dict[str, list[tuple[str, int]]] = {}
        self._stalled: dict[str, asyncio.Event] = {}
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0
        # Socket Mode: the app-level token, the open WebSocket and the envelopes it acknowledged.
        self.app_token = "xapp-1-A0PIVOT-1-fake"
        self._socket: web.WebSocketResponse | None = None
        self._socket_open = asyncio.Event()
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    async def __aenter__(self) -> FakeSlackApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._dispatch)  # some reads are GETs
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/link", self._link)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()  # the server closes the socket at cleanup

    async def close(self) -> None:
        for event in self._stalled.values():
            event.set()
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    # -- test set-up -------------------------------------------------------------------------

    def add_workspace(self, team_id: str, name: str | None = None) -> Workspace:
        """Register a workspace with its own bot token (``xoxb-<team>-...``)."""
        ws = Workspace(
            team_id=team_id,
            name=name or f"Workspace {team_id}",
            bot_token=f"xoxb-{team_id.lower()}-{next(self._seq)}-fake",
            bot_user_id=f"UB{team_id}",
            bot_id=f"B{team_id}",
        )
        self.workspaces[team_id] = ws
        return ws

    def add_oauth_code(self, code: str, team_id: str) -> None:
        """``oauth.v2.access`` with ``code`` installs (or re-installs) ``team_id``."""
        self._codes[code] = team_id

    def set_user(self, team_id: str, user: str, tz: str | None) -> None:
        """What ``users.info`` says about ``user``: their IANA time zone, or none at all."""
        self.user_tz[(team_id, user)] = tz

    def slow(self, method: str, seconds: float) -> None:
        """Make every call of ``method`` take ``seconds`` before answering."""
        self._slow[method] = seconds

    def fail(
        self, method: str, error: str = "internal_error", status: int = 200, times: int = 1
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail (``status`` 429 adds Retry-After: 0)."""
        self._fail.setdefault(method, []).extend([(error, status)] * times)

    def stall(self, method: str) -> None:
        """Hold every call of ``method`` without an answer (and without doing it) until
        :meth:`release`: the caller's own timeout gives up first, as with a Slack that hangs."""
        self._stalled[method] = asyncio.Event()

    def release(self, method: str) -> None:
        """Slack answers again; the calls it held get a 503 (their callers are long gone)."""
        event = self._stalled.pop(method, None)
        if event is not None:
            event.set()

    def revoke(self, team_id: str) -> None:
        """The workspace uninstalled the app: its token stops working."""
        self.workspaces.pop(team_id, None)

    @staticmethod
    def dm_channel(team_id: str, user: str) -> str:
        return f"D{team_id}{user}"

    # -- queries for assertions --------------------------------------------------------------

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def posts(self, channel: str | None = None) -> list[Message]:
        return [m for m in self.messages if channel is None or m.channel == channel]

    def message(self, channel: str, ts: str) -> Message:
        for m in self.messages:
            if m.channel == channel and m.ts == ts:
                return m
        raise KeyError((channel, ts))

    # -- serving ---------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _read_args(request)
        auth = request.headers.get("Authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
        ws = self._by_token(token)
        call = Call(method, token, ws.team_id if ws else None, args)
        self.calls.append(call)
        if method in self._slow:
            await asyncio.sleep(self._slow[method])
        stalled = self._stalled.get(method)
        if stalled is not None:
            await stalled.wait()
            return web.json_response({"ok": False, "error": "service_unavailable"}, status=503)
        if self._fail.get(method):
            error, status = self._fail[method].pop(0)
            headers = {"Retry-After": "0"} if status == 429 else {}
            return web.json_response({"ok": False, "error": error}, status=status, headers=headers)
        if method == "apps.connections.open":
            if token != self.app_token:
                return web.json_response({"ok": False, "error": "invalid_auth"})
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"})
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"}, status=404)
        try:
            if method == "oauth.v2.access":
                body = handler(args, auth)
            else:
                if ws is None:
                    raise SlackApiError("invalid_auth" if token else "not_authed")
                body = handler(ws, args)
        except SlackApiError as exc:
            body = {"ok": False, "error": exc.error}
        else:
            body = {"ok": True, **body}
        return web.json_response(body)

    # -- Socket Mode -------------------------------------------------------------------------

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._socket = ws
        await ws.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0PIVOT"}}
        )
        self._socket_open.set()
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                ack = json.loads(message.data)
                future = self._acks.get(ack.get("envelope_id"))
                if future is not None and not future.done():
                    future.set_result(ack)
        self._socket = None
        self._socket_open.clear()
        return ws

    async def envelope(self, kind: str, payload: dict[str, Any], retry: int = 0) -> dict[str, Any]:
        """Send one Socket Mode envelope (``events_api``, ``interactive``, ``slash_commands``)
        to the connected app; returns its acknowledgement (``{"envelope_id", "payload"?}``)."""
        await asyncio.wait_for(self._socket_open.wait(), 5)
        assert self._socket is not None
        envelope_id = f"env-{next(self._seq)}"
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._acks[envelope_id] = future
        await self._socket.send_json(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "payload": payload,
                "accepts_response_payload": kind != "events_api",
                "retry_attempt": retry,
                "retry_reason": "timeout" if retry else "",
            }
        )
        return await asyncio.wait_for(future, 5)

    def _by_token(self, token: str | None) -> Workspace | None:
        for ws in self.workspaces.values():
            if token and ws.bot_token == token:
                return ws
        return None

    def _channel_team(self, ws: Workspace, channel: str | None) -> None:
        if not channel:
            raise SlackApiError("channel_not_found")
        if not channel.startswith(("D" + ws.team_id, "C" + ws.team_id)):
            raise SlackApiError("channel_not_found")

    def _auth_test(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{ws.team_id.lower()}.slack.test/",
            "team": ws.name,
            "user": "pivotbot",
            "team_id": ws.team_id,
            "user_id": ws.bot_user_id,
            "bot_id": ws.bot_id,
            "is_enterprise_install": False,
        }

    def _conversations_open(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        users = str(args.get("users", ""))
        if not users or "," in users:
            raise SlackApiError("user_not_found" if not users else "not_implemented")
        return {"channel": {"id": self.dm_channel(ws.team_id, users)}}

    def _users_info(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        user = str(args.get("user", ""))
        if not user.startswith("U"):
            raise SlackApiError("user_not_found")
        tz = self.user_tz.get((ws.team_id, user), DEFAULT_TZ)
        if tz is None:
            raise SlackApiError("missing_scope")
        from zoneinfo import ZoneInfo

        offset = datetime.now(ZoneInfo(tz)).utcoffset() or timedelta()
        profile = {"id": user, "team_id": ws.team_id, "name": user.lower(), "is_bot": False}
        profile.update(tz=tz, tz_label=tz, tz_offset=int(offset.total_seconds()))
        if args.get("include_locale") in (True, "true", "1"):
            profile["locale"] = "en-US"
        return {"user": profile}

    def _chat_postMessage(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel")
        self._channel_team(ws, channel)
        text = args.get("text") or ""
        blocks = _blocks(args.get("blocks"))
        if not text and not blocks:
            raise SlackApiError("no_text")
        _check_blocks(blocks)
        ts = f"{int(time.time())}.{next(self._seq):06d}"
        metadata = args.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        self.messages.append(
            Message(str(channel), ts, ws.team_id, text, blocks, args.get("thread_ts"), 0, metadata)
        )
        return {"channel": channel, "ts": ts, "message": {"text": text, "blocks": blocks}}

    def _conversations_history(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel"))
        self._channel_team(ws, channel)
        limit = int(args.get("limit") or 100)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        out = []
        for m in reversed(self.messages):  # newest first, as Slack answers
            if m.channel != channel:
                continue
            message: dict[str, Any] = {"type": "message", "ts": m.ts, "text": m.text}
            if with_metadata and m.metadata:
                message["metadata"] = m.metadata
            out.append(message)
            if len(out) >= limit:
                break
        return {"messages": out, "has_more": False}

    def _chat_postEphemeral(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel")
        self._channel_team(ws, channel)
        if not args.get("user"):
            raise SlackApiError("user_not_in_channel")
        text = args.get("text") or ""
        blocks = _blocks(args.get("blocks"))
        if not text and not blocks:
            raise SlackApiError("no_text")
        _check_blocks(blocks)
        self.ephemeral.append(
            {"channel": channel, "user": args["user"], "text": text, "blocks": blocks}
        )
        return {"message_ts": f"{int(time.time())}.{next(self._seq):06d}"}

    def _chat_update(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        channel, ts = str(args.get("channel")), str(args.get("ts"))
        self._channel_team(ws, channel)
        try:
            msg = self.message(channel, ts)
        except KeyError:
            raise SlackApiError("message_not_found") from None
        blocks = _blocks(args.get("blocks"))
        _check_blocks(blocks)
        if "text" in args:
            msg.text = args["text"] or ""
        if "blocks" in args:
            msg.blocks = blocks
        msg.updates += 1
        return {"channel": channel, "ts": ts, "text": msg.text}

    def _views_publish(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        view = args.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if not isinstance(view, dict) or view.get("type") != "home":
            raise SlackApiError("invalid_arguments")
        _check_blocks(view.get("blocks") or [], limit=100)
        self.views[(ws.team_id, str(args.get("user_id")))] = view
        return {"view": {"id": f"V{next(self._seq)}", **view}}

    def _files_getUploadURLExternal(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        file_id = f"F{next(self._seq)}"
        self.files.append(
            {"id": file_id, "team": ws.team_id, "filename": args.get("filename"), "content": None}
        )
        return {"upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}", "file_id": file_id}

    def _files_completeUploadExternal(self, ws: Workspace, args: dict[str, Any]) -> dict[str, Any]:
        files = args.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        channel = args.get("channel_id")
        self._channel_team(ws, channel)
        done = []
        for f in files or []:
            record = next((r for r in self.files if r["id"] == f["id"]), None)
            if record is None or record["team"] != ws.team_id:
                raise SlackApiError("file_not_found")
            record["channel"] = channel
            record["title"] = f.get("title")
            done.append({"id": f["id"], "title": f.get("title")})
        return {"files": done}

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        data = await request.read()
        for record in self.files:
            if record["id"] == file_id:
                record["content"] = data
                return web.Response(text="OK - " + str(len(data)))
        return web.Response(status=404)

    def _oauth_v2_access(self, args: dict[str, Any], auth: str) -> dict[str, Any]:
        client_id, client_secret = args.get("client_id"), args.get("client_secret")
        if auth.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(auth[6:]).decode().partition(":")
        if (client_id, client_secret) != (self.CLIENT_ID, self.CLIENT_SECRET):
            raise SlackApiError("invalid_client_id")
        team_id = self._codes.pop(str(args.get("code")), None)
        if team_id is None:
            raise SlackApiError("invalid_code")
        ws = self.add_workspace(
            team_id, self.workspaces[team_id].name if team_id in self.workspaces else None
        )
        return {
            "app_id": ws.app_id,
            "authed_user": {"id": f"UINSTALLER{team_id}"},
            "scope": "chat:write,im:history,im:read,im:write,app_mentions:read,commands",
            "token_type": "bot",
            "access_token": ws.bot_token,
            "bot_user_id": ws.bot_user_id,
            "team": {"id": team_id, "name": ws.name},
            "enterprise": None,
            "is_enterprise_install": False,
        }


async def _read_args(request: web.Request) -> dict[str, Any]:
    args: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        raw = await request.read()
        if raw:
            args.update(json.loads(raw))
    elif request.can_read_body:
        form = await request.post()
        args.update({k: v for k, v in form.items() if isinstance(v, str)})
    return args


def _blocks(value: Any) -> list[dict[str, Any]]:
    if not value:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return list(value)


def _check_blocks(blocks: list[dict[str, Any]], limit: int = 50) -> None:
    """Slack's own limits, so a rendering bug fails here the way it would fail in Slack."""
    if len(blocks) > limit:
        raise SlackApiError("invalid_blocks")
    action_ids: set[str] = set()
    for block in blocks:
        kind = block.get("type")
        if kind == "section":
            text = block.get("text") or {}
            if not text.get("text") or len(text["text"]) > 3000:
                raise SlackApiError("invalid_blocks")
        elif kind == "actions":
            elements = block.get("elements") or []
            if not 1 <= len(elements) <= 25:
                raise SlackApiError("invalid_blocks")
            for el in elements:
                label = (el.get("text") or {}).get("text", "")
                if not label or len(label) > 75 or len(el.get("value", "")) > 2000:
                    raise SlackApiError("invalid_blocks")
                if el.get("action_id") in action_ids:
                    raise SlackApiError("invalid_blocks")
                action_ids.add(el.get("action_id"))
        elif kind in ("context", "header", "divider"):
            continue
        else:
            raise SlackApiError("invalid_blocks")
