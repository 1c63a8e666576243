"""A fake Telegram Bot API server on loopback, as strict as Telegram where strictness matters.

It serves ``/bot<token>/<method>`` over real HTTP (aiohttp on 127.0.0.1, random port), so the real
python-telegram-bot client talks to it exactly as it talks to Telegram. Tests inject updates (the
``text``/``tap``/``photo``/... helpers), answer the next calls for a chat with 429 or 403, stall a
chat's sends, and assert on :attr:`FakeTelegram.calls`, the log of every call.

Strictness copied from Telegram: HTML text must parse (only Telegram's tags, balanced, ``& < >``
escaped) or the call fails with ``Bad Request: can't parse entities``; text is at most 4096
characters (UTF-16 code units) after parsing; ``callback_data`` is 1-64 bytes; a callback query is
answered at most once; editing a message to what it already is fails with ``message is not
modified``. Sent messages are stored as Telegram stores them: plain text plus entities.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_TEXT = 4096

# Parameters that Telegram clients send as raw strings; every other form value is JSON.
_RAW_STRINGS = frozenset(
    {
        "text",
        "caption",
        "url",
        "secret_token",
        "parse_mode",
        "callback_query_id",
        "description",
        "short_description",
        "language_code",
        "inline_message_id",
        "filename",
    }
)
_ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
}
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class ApiError(Exception):
    """An error answer: ``{"ok": false, "error_code": code, "description": ...}``."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


class _TelegramHtml(HTMLParser):
    """Telegram's HTML subset -> (plain text, entities); raises ApiError like Telegram does."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.entities: list[dict[str, Any]] = []
        self._open: list[tuple[str, int, dict[str, str | None]]] = []

    def _fail(self, why: str) -> None:
        raise ApiError(400, f"Bad Request: can't parse entities: {why}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "span" and ("class", "tg-spoiler") in attrs:
            tag = "tg-spoiler"
        if tag not in _ENTITY_OF_TAG:
            self._fail(f'Unsupported start tag "{tag}"')
        if tag == "a" and not dict(attrs).get("href"):
            self._fail('Can\'t find end tag corresponding to start tag "a" with href')
        self._open.append((tag, utf16_len(self.text), dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._fail(f'Unsupported self-closing tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            tag = "tg-spoiler"
        if not self._open or self._open[-1][0] != tag:
            self._fail(f'Unmatched end tag "{tag}"')
        name, start, attrs = self._open.pop()
        length = utf16_len(self.text) - start
        if length:
            entity: dict[str, Any] = {
                "type": _ENTITY_OF_TAG[name],
                "offset": start,
                "length": length,
            }
            if name == "a":
                entity["url"] = attrs["href"]
            self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        self.text += data

    def handle_comment(self, data: str) -> None:
        self._fail("Unsupported comment")

    def handle_decl(self, decl: str) -> None:
        self._fail("Unsupported declaration")

    def handle_pi(self, data: str) -> None:
        self._fail("Unsupported processing instruction")

    def finish(self) -> None:
        self.close()
        if self._open:
            self._fail(f'Can\'t find end tag corresponding to start tag "{self._open[-1][0]}"')


def parse_html(html_text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (plain text, entities).

    Raises ``ApiError(400, "Bad Request: can't parse entities: ...")`` for an unknown or unbalanced
    tag or an unescaped ``&``, ``<`` or ``>``.
    """
    stray = _ENTITY.sub("", _TAG.sub("", html_text))
    for ch in "&<>":
        if ch in stray:
            offset = html_text.find(ch) if ch != "&" else _first_bare_amp(html_text)
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: Unexpected {ch!r} at byte offset {offset}",
            )
    parser = _TelegramHtml()
    parser.feed(html_text)
    parser.finish()
    return parser.text, sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))


def _first_bare_amp(text: str) -> int:
    for m in re.finditer("&", text):
        if not _ENTITY.match(text, m.start()):
            return m.start()
    return -1


def _check_text(text: str) -> None:
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if utf16_len(text) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")


def _check_markup(markup: Any) -> dict[str, Any] | None:
    if markup is None:
        return None
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list):
        raise ApiError(400, "Bad Request: object expected as reply markup")
    for row in rows:
        for button in row:
            if not button.get("text"):
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            url = button.get("url")
            if url is not None and not re.match(r"^(https?|tg)://\S+$", url):
                raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
            if (data is None) == (url is None):
                raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
    return markup if any(rows) else None


@dataclass
class Call:
    """One request the bot made: ``status`` is 200 or the error code it was answered with."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200
    description: str = ""
    result: Any = None

    @property
    def chat_id(self) -> int | None:
        chat = self.params.get("chat_id")
        return int(chat) if chat is not None else None


@dataclass
class _Queued:
    update: dict[str, Any]
    handed_out: bool = False


@dataclass
class _Failure:
    count: int
    code: int
    description: str
    retry_after: int | None


@dataclass
class _Chat:
    id: int
    type: str = "private"
    first_name: str = "Alex"
    title: str = ""
    next_message_id: int = 1
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    forum: bool = False  # a supergroup with topics: message_thread_id names one
    topics: set[int] = field(default_factory=set)

    def as_json(self) -> dict[str, Any]:
        if self.type == "private":
            return {"id": self.id, "type": "private", "first_name": self.first_name}
        chat = {"id": self.id, "type": self.type, "title": self.title or "Career club"}
        if self.forum:
            chat["is_forum"] = True
        return chat


class FakeTelegram:
    """The fake server. ``async with FakeTelegram() as tg:``; point the bot at ``tg.base_url``."""

    def __init__(self, token: str = TOKEN, username: str = "pivot_test_bot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":", 1)[0])
        self.calls: list[Call] = []
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] = {}
        self.documents: list[dict[str, Any]] = []
        self._queue: list[_Queued] = []
        self._update_ids = itertools.count(1000)
        self._query_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._chats: dict[int, _Chat] = {}
        self._failures: dict[int, list[_Failure]] = {}
        self._blocked: set[int] = set()
        self._stalled: dict[int, asyncio.Event] = {}
        self._waiters: list[asyncio.Future[None]] = []
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        self._closing = True
        for event in self._stalled.values():
            event.set()
        self._poke()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be: the client appends the token."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what the bot did ----------------------------------------------------------------------

    def calls_to(self, method: str, chat_id: int | None = None, since: int = 0) -> list[Call]:
        """Calls of ``method`` (to ``chat_id`` if given) from index ``since`` of :attr:`calls`."""
        return [
            c
            for c in self.calls[since:]
            if c.method == method and (chat_id is None or c.chat_id == chat_id)
        ]

    def sent(self, chat_id: int, since: int = 0) -> list[dict[str, Any]]:
        """Messages that reached ``chat_id`` (successful sends) from call index ``since``."""
        return [
            c.result
            for c in self.calls[since:]
            if c.method in ("sendMessage", "sendDocument")
            and c.status == 200
            and c.chat_id == chat_id
        ]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """The message as it stands now (after edits)."""
        return self._chats[chat_id].messages[message_id]

    def last_keyboard_message(self, chat_id: int, data: str | None = None) -> dict[str, Any] | None:
        """The newest bot message in ``chat_id`` still showing buttons (one with ``data``)."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return None
        for message_id in sorted(chat.messages, reverse=True):
            msg = chat.messages[message_id]
            rows = msg.get("reply_markup", {}).get("inline_keyboard", [])
            if msg.get("from", {}).get("id") != self.bot_id or not rows:
                continue
            if data is None or any(b.get("callback_data") == data for row in rows for b in row):
                return msg
        return None

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until ``predicate()`` holds; it is re-checked after every call the bot makes."""
        async with asyncio.timeout(timeout):
            while not predicate():
                await self._changed()

    # -- failures ------------------------------------------------------------------------------

    def fail_next(
        self, chat_id: int, count: int = 1, *, code: int = 429, retry_after: int = 1
    ) -> None:
        """Answer the next ``count`` calls for ``chat_id`` with ``code``: 429 (flood control,
        with ``retry_after``), 403 (blocked), 401 (token revoked), 400 (a bad request) or a 5xx."""
        description = {
            429: f"Too Many Requests: retry after {retry_after}",
            403: "Forbidden: bot was blocked by the user",
            401: "Unauthorized",
            400: "Bad Request: message must be non-empty",
            502: "Bad Gateway",
        }.get(code, "Internal Server Error")
        self._failures.setdefault(chat_id, []).append(
            _Failure(count, code, description, retry_after if code == 429 else None)
        )

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: every call for this chat answers 403 until :meth:`unblock`."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        self._blocked.discard(chat_id)

    def stall(self, chat_id: int) -> None:
        """Hold every send to ``chat_id`` without answering until :meth:`release` (or close)."""
        self._stalled[chat_id] = asyncio.Event()

    def release(self, chat_id: int) -> None:
        event = self._stalled.pop(chat_id, None)
        if event is not None:
            event.set()

    # -- updates from users --------------------------------------------------------------------

    def inject(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates (an already used ``update_id`` is a redelivery)."""
        self._queue.append(_Queued(json.loads(json.dumps(update))))
        self._poke()
        return update

    def _chat(self, chat_id: int, chat_type: str = "private", first_name: str = "Alex") -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(chat_id, chat_type, first_name)
        return chat

    def _user(self, user_id: int, first_name: str = "Alex") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}

    def _user_message(
        self,
        chat_id: int,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        date: int | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        chat = self._chat(chat_id, chat_type)
        message = {
            "message_id": chat.next_message_id,
            "date": int(time.time()) if date is None else date,
            "chat": chat.as_json(),
            "from": self._user(user_id if user_id is not None else chat_id, chat.first_name),
            **content,
        }
        chat.next_message_id += 1
        chat.messages[message["message_id"]] = message
        return message

    def _entities_of(self, text: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if text.startswith("/"):
            command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
            if command:
                found.append({"type": "bot_command", "offset": 0, "length": utf16_len(command[0])})
        for m in re.finditer(r"@[A-Za-z0-9_]{5,}", text):
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                offset = utf16_len(text[: m.start()])
                if not found or found[0]["offset"] + found[0]["length"] <= offset:
                    found.append({"type": "mention", "offset": offset, "length": utf16_len(m[0])})
        return found

    def text_update(self, chat_id: int, text: str, **kw: Any) -> dict[str, Any]:
        """The update for a user sending ``text``, not queued (to POST it to a webhook)."""
        message = self._user_message(chat_id, text=text, **kw)
        if entities := self._entities_of(text):
            message["entities"] = entities
        return {"update_id": next(self._update_ids), "message": message}

    def text(self, chat_id: int, text: str, **kw: Any) -> dict[str, Any]:
        """The user sends ``text`` (commands and @mentions get their entities)."""
        return self.inject(self.text_update(chat_id, text, **kw))

    def group_text(self, chat_id: int, user_id: int, text: str, **kw: Any) -> dict[str, Any]:
        """Someone writes in a supergroup the bot is in."""
        return self.text(chat_id, text, user_id=user_id, chat_type="supergroup", **kw)

    def forum(self, chat_id: int, topics: tuple[int, ...] = ()) -> None:
        """Make ``chat_id`` a forum supergroup with these topics (ids of their first messages)."""
        chat = self._chat(chat_id, "supergroup")
        chat.forum = True
        chat.topics.update(topics)

    def topic_text(self, chat_id: int, user_id: int, topic: int, text: str) -> dict[str, Any]:
        """Someone writes in topic ``topic`` of a forum supergroup (see :meth:`forum`)."""
        return self.group_text(
            chat_id, user_id, text, message_thread_id=topic, is_topic_message=True
        )

    def edit(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """The user edits one of their messages."""
        message = {**self._chats[chat_id].messages[message_id], "text": text}
        message["edit_date"] = int(time.time())
        return self.inject({"update_id": next(self._update_ids), "edited_message": message})

    def photo(self, chat_id: int, **kw: Any) -> dict[str, Any]:
        size = {"file_id": "AgAD-photo", "file_unique_id": "p1", "width": 90, "height": 90}
        message = self._user_message(chat_id, photo=[size], caption="look <b>", **kw)
        return self.inject({"update_id": next(self._update_ids), "message": message})

    def sticker(self, chat_id: int, **kw: Any) -> dict[str, Any]:
        sticker = {
            "file_id": "CAAD-st",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        message = self._user_message(chat_id, sticker=sticker, **kw)
        return self.inject({"update_id": next(self._update_ids), "message": message})

    def voice(self, chat_id: int, **kw: Any) -> dict[str, Any]:
        voice = {"file_id": "AwAD-voice", "file_unique_id": "v1", "duration": 3}
        message = self._user_message(chat_id, voice=voice, **kw)
        return self.inject({"update_id": next(self._update_ids), "message": message})

    def document(self, chat_id: int, **kw: Any) -> dict[str, Any]:
        doc = {"file_id": "BQAD-doc", "file_unique_id": "d1", "file_name": "cv.pdf"}
        message = self._user_message(chat_id, document=doc, **kw)
        return self.inject({"update_id": next(self._update_ids), "message": message})

    def tap(self, chat_id: int, message_id: int, data: str) -> dict[str, Any]:
        """The user taps the button with ``data`` on message ``message_id``."""
        chat = self._chats[chat_id]
        query_id = str(next(self._query_ids))
        self._open_queries.add(query_id)
        query = {
            "id": query_id,
            "from": self._user(chat_id, chat.first_name),
            "chat_instance": f"ci{chat_id}",
            "data": data,
            "message": chat.messages[message_id],
        }
        return self.inject({"update_id": next(self._update_ids), "callback_query": query})

    def blocked_update(self, chat_id: int) -> dict[str, Any]:
        """The ``my_chat_member`` update Telegram sends when the user blocks the bot."""
        chat = self._chat(chat_id)
        me = {"id": self.bot_id, "is_bot": True, "first_name": "Pivotbot"}
        return self.inject(
            {
                "update_id": next(self._update_ids),
                "my_chat_member": {
                    "chat": chat.as_json(),
                    "from": self._user(chat_id),
                    "date": int(time.time()),
                    "old_chat_member": {"user": me, "status": "member"},
                    "new_chat_member": {"user": me, "status": "kicked", "until_date": 0},
                },
            }
        )

    def redeliver(self, update: dict[str, Any]) -> dict[str, Any]:
        """Deliver ``update`` again with the same ``update_id`` (as Telegram does after a crash)."""
        return self.inject(update)

    # -- the HTTP side -------------------------------------------------------------------------

    def _poke(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _changed(self) -> None:
        """Return after the next call or injected update (or at close)."""
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await waiter

    async def _params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            return {**raw, **body}
        if request.can_read_body:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    raw[name] = {"filename": value.filename, "content": value.file.read()}
                elif name in _RAW_STRINGS:
                    raw[name] = value
                else:
                    try:
                        raw[name] = json.loads(value)
                    except ValueError:
                        raw[name] = value
        return raw

    async def _serve(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        try:
            params = await self._params(request)
        except ConnectionResetError:  # the client hung up mid-request (it is shutting down)
            return web.Response(status=499)
        call = Call(method, params, time.monotonic())
        try:
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if method != "getUpdates":
                await self._gate(call)
            call.result = await handler(params)
            body: dict[str, Any] = {"ok": True, "result": call.result}
        except ApiError as err:
            call.status, call.description = err.code, err.description
            body = {"ok": False, "error_code": err.code, "description": err.description}
            if err.retry_after is not None:
                body["parameters"] = {"retry_after": err.retry_after}
        if method != "getUpdates" or call.result:
            self.calls.append(call)
            self._poke()
        return web.json_response(body, status=200 if body["ok"] else call.status)

    async def _gate(self, call: Call) -> None:
        chat_id = call.chat_id
        if chat_id is None:
            return
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        pending = self._failures.get(chat_id)
        if pending:
            failure = pending[0]
            failure.count -= 1
            if failure.count <= 0:
                pending.pop(0)
            raise ApiError(failure.code, failure.description, failure.retry_after)
        stalled = self._stalled.get(chat_id)
        if stalled is not None and call.method in ("sendMessage", "sendDocument"):
            self.calls.append(Call(call.method, call.params, call.at, 0, "stalled"))
            self._poke()
            await stalled.wait()
            raise ApiError(502, "Bad Gateway")

    # -- methods -------------------------------------------------------------------------------

    def _me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Pivotbot",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_getMe(self, params: dict[str, Any]) -> Any:
        return self._me()

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        # Telegram forgets an update once a later getUpdates confirms it with a higher offset.
        self._queue = [
            q for q in self._queue if not (q.handed_out and q.update["update_id"] < offset)
        ]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self._queue and not self._closing and loop.time() < deadline:
            try:
                async with asyncio.timeout(deadline - loop.time()):
                    await self._changed()
            except TimeoutError:
                break
        batch = self._queue[:limit]
        for q in batch:
            q.handed_out = True
        return [q.update for q in batch]

    async def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = commands
        return True

    async def _m_getMyCommands(self, params: dict[str, Any]) -> Any:
        return self.commands

    async def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": params.get("url", ""), "secret_token": secret}
        return True

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }

    async def _m_close(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_logOut(self, params: dict[str, Any]) -> Any:
        return True

    def _bot_message(self, chat_id: int, thread: Any = None, **content: Any) -> dict[str, Any]:
        chat = self._chats.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if thread is not None:
            # Topics exist only in forum supergroups; Telegram refuses any other thread id.
            if not chat.forum or int(thread) not in chat.topics:
                raise ApiError(400, "Bad Request: message thread not found")
            content.update(message_thread_id=int(thread), is_topic_message=True)
        message = {
            "message_id": chat.next_message_id,
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": self._me(),
            **content,
        }
        chat.next_message_id += 1
        chat.messages[message["message_id"]] = message
        return message

    def _formatted(self, params: dict[str, Any], key: str = "text") -> dict[str, Any]:
        text = params.get(key)
        if text is None:
            raise ApiError(400, f"Bad Request: {key} is required")
        entities: list[dict[str, Any]] = []
        if params.get("parse_mode") == "HTML":
            text, entities = parse_html(text)
        elif params.get("parse_mode") not in (None, ""):
            raise ApiError(400, "Bad Request: unsupported parse_mode in this fake")
        _check_text(text)
        content: dict[str, Any] = {key: text}
        if entities:
            content["entities" if key == "text" else "caption_entities"] = entities
        return content

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        content = self._formatted(params)
        markup = _check_markup(params.get("reply_markup"))
        if markup:
            content["reply_markup"] = markup
        return self._bot_message(int(params["chat_id"]), params.get("message_thread_id"), **content)

    async def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        document = params.get("document")
        if not isinstance(document, dict):
            raise ApiError(400, "Bad Request: there is no document in the request")
        content: dict[str, Any] = {
            "document": {
                "file_id": f"BQAD{len(self.documents)}",
                "file_unique_id": f"d{len(self.documents)}",
                "file_name": document["filename"],
                "file_size": len(document["content"]),
            }
        }
        if params.get("caption"):
            content.update(self._formatted(params, "caption"))
        self.documents.append(document)
        return self._bot_message(int(params["chat_id"]), params.get("message_thread_id"), **content)

    def _own_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chats.get(int(params.get("chat_id", 0)))
        message = chat.messages.get(int(params.get("message_id", 0))) if chat else None
        if message is None or message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    async def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        message = self._own_message(params)
        content = self._formatted(params)
        markup = _check_markup(params.get("reply_markup"))
        if (
            content["text"] == message.get("text")
            and content.get("entities") == message.get("entities")
            and markup == message.get("reply_markup")
        ):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message "
                "content and reply markup are exactly the same",
            )
        message.pop("entities", None)
        message.pop("reply_markup", None)  # Telegram drops an inline keyboard not sent again.
        message.update(content, edit_date=int(time.time()))
        if markup:
            message["reply_markup"] = markup
        return message

    async def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        message = self._own_message(params)
        markup = _check_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        return message

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        query_id = params.get("callback_query_id")
        if query_id not in self._open_queries:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_queries.discard(query_id)
        return True
