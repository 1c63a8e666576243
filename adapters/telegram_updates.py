"""Telegram updates in: each update stored before Telegram is told we have it, then handed on.

:class:`TelegramAdapter` holds the engine, a python-telegram-bot ``Bot`` (the Bot API client and
its types) and a :class:`bot.relay.Relay`; it subclasses none of them. It fetches updates itself
(``getUpdates``), so that the offset which confirms them to Telegram moves only after the
batch is committed to the inbox; a webhook request is answered 200 only after the same. A crash
at any point either leaves the update in the inbox or leaves it unconfirmed at Telegram, which
sends it again (the engine ignores an ``update_id`` it has processed).

Taps: in the conversation's turn (the relay's ``prepare``), the *live* keyboard (the latest one
the bot sent since the user last acted) is answered, marked with the chosen label and stripped
of its buttons, then the choice goes to the engine. A tap on a keyboard already used, or with
data this process cannot read, gets the ``stale_tap`` answer and changes nothing. A tap on an
older keyboard still on screen is marked the same way when the flow takes it as it stands
(``Engine.takes``: a reminder's button, or one the current question has too); otherwise it goes
to the engine unmarked, and the flow says in its reply that the choice is out of date.
"""

from __future__ import annotations

import asyncio
import dataclasses
import html
import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Bot, BotCommand, Message, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError

from adapters.telegram_http import AiohttpRequest
from adapters.telegram_render import (
    MAX_TEXT,
    CallbackCodec,
    addresses_bot,
    chat_of,
    key_of,
    plain,
    to_inbound,
    utf16_len,
)
from adapters.telegram_sender import NO_PREVIEW, Keyboards, TelegramSender, retry_seconds
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError
from bot.logs import frames
from bot.markup import esc
from bot.messages import Inbound, Reply
from bot.relay import WORKERS, Backoff, Relay
from bot.store import Received

log = logging.getLogger(__name__)

COMMANDS = (
    ("start", "Start (or start over) with Pivotbot"),
    ("help", "What I can do and the commands that work anywhere"),
    ("menu", "The main menu"),
    ("rehearse", "Practise the pivot with me as the interviewer"),
    ("contacts", "The people you met and your follow-ups"),
    ("mydata", "Download everything I keep about you"),
    ("forget", "Erase everything I keep about you"),
)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
TICK_SECONDS = 20.0
POLL_SECONDS = 10  # getUpdates long-poll timeout
CHOSEN = "\n\n› "  # appended to a message whose button was tapped, before the chosen label


def _file_url(base_url: str) -> str:
    return base_url[: -len("bot")] + "file/bot" if base_url.endswith("/bot") else base_url


def _label(message: Message, data: str) -> str | None:
    """The label of the button carrying ``data`` on ``message`` (None if it has no such button)."""
    markup = message.reply_markup
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


class TelegramAdapter:
    """Relays between one engine and one Telegram bot.

    ``on_done`` (for tests and the script driver) is called with each update's id once the bot
    is done with it: processed and its replies settled, or found to need nothing.
    """

    def __init__(
        self,
        engine: Engine,
        config: Config,
        *,
        tick_every: float | None = TICK_SECONDS,
        workers: int = WORKERS,
        retry: Backoff | None = None,
        pause: Backoff | None = None,
        timeout: float = 5.0,
    ) -> None:
        """``timeout``: seconds to connect, send or wait for an answer to one call (a send that
        times out is retried)."""
        config.require("TELEGRAM_BOT_TOKEN")
        assert config.telegram_token is not None
        # Opt in to python-telegram-bot's coming behaviour (durations as timedelta). Without it,
        # merely constructing a RetryAfter (any 429) emits a PTBDeprecationWarning.
        os.environ.setdefault("PTB_TIMEDELTA", "1")
        self.engine = engine
        base = config.telegram_api_base_url
        # One connection per worker (the relay bounds the sends in flight), the long poll on a
        # connection of its own; aiohttp rather than httpx underneath (adapters.telegram_http).
        self.bot = Bot(
            config.telegram_token,
            base_url=base,
            base_file_url=_file_url(base),
            request=AiohttpRequest(connections=workers + 4, timeout=timeout),
            get_updates_request=AiohttpRequest(connections=1, timeout=timeout),
        )
        self.codec = CallbackCodec()
        self.keyboards = Keyboards()
        self.sender = TelegramSender(self.bot, self.codec, self.keyboards)
        self.relay = Relay(
            engine,
            self.sender,
            "telegram",
            prepare=self.prepare,
            workers=workers,
            tick_every=tick_every,
            retry=retry,
            pause=pause,
        )
        self.username = ""
        self.on_done: Callable[[int], None] | None = None
        self.offset: int | None = None

    # -- life cycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        """Check the token (getMe), set the command menu, start the relay (which sends what a
        previous run left). Raises ``InvalidToken`` or ``NetworkError`` from getMe."""
        await self.bot.initialize()
        self.username = self.bot.username
        try:
            await self.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        except TelegramError as exc:
            log.warning(
                "setMyCommands failed (%s); the command menu may be stale", type(exc).__name__
            )
        await self.relay.start()

    async def stop(self) -> None:
        """Stop the relay (unsent replies stay in the outbox) and close the client."""
        await self.relay.stop()
        await self.bot.shutdown()

    # -- updates in ------------------------------------------------------------------------------

    def peers(self) -> int:
        """How many other Telegram relays (processes) are running on this database now."""
        return sum(
            1
            for o in self.relay.owners.alive
            if o.startswith("telegram:") and o != self.relay.owner
        )

    def check_alone(self) -> None:
        """Raise ``ConfigError`` when another Telegram process runs on this database: long polling
        is one process per bot token (the Bot API allows one ``getUpdates`` consumer), and
        starting it would delete the webhook the other processes (webhook workers) are served by."""
        others = self.peers()
        if others:
            raise ConfigError(
                f"{others} other Telegram process(es) run on this database: long polling is one"
                " process per bot token and would take the webhook away from them; run this one"
                " with --webhook-url behind the same load balancer, or stop the others first"
            )

    async def poll(self) -> None:
        """Long polling, forever: fetch a batch, store it, confirm it with the next offset.
        Raises ``ConfigError`` (before touching the webhook) when other Telegram processes run
        on this database (``check_alone``)."""
        self.check_alone()
        await self.bot.delete_webhook()  # a webhook and getUpdates exclude each other
        failures = 0
        while True:
            await self.relay.room()  # a backlog this deep stays at Telegram for now
            try:
                updates = await self.bot.get_updates(
                    offset=self.offset, timeout=POLL_SECONDS, allowed_updates=ALLOWED_UPDATES
                )
                if updates:
                    self.feed(updates)  # committed before the next getUpdates confirms them
                    self.offset = updates[-1].update_id + 1
                failures = 0
            except asyncio.CancelledError:
                raise
            except RetryAfter as exc:
                await asyncio.sleep(retry_seconds(exc))
            except Conflict:
                failures += 1
                log.error(
                    "another process is polling this bot token (409 Conflict): long polling is"
                    " one process per token; stop the other, or run workers with --webhook-url"
                )
                await asyncio.sleep(Backoff(1.0, 30.0).delay(failures))
            except Exception as exc:
                failures += 1
                delay = Backoff(1.0, 30.0).delay(failures)
                level = logging.ERROR if isinstance(exc, InvalidToken) else logging.WARNING
                log.log(level, "getUpdates failed (%s); again in %.0f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)

    async def confirm(self) -> None:
        """Tell Telegram we have everything fetched so far (at a clean stop), so it is not sent
        again at the next start; harmless if it fails (duplicates are ignored)."""
        if self.offset is not None:
            try:
                await self.bot.get_updates(offset=self.offset, timeout=0, limit=1)
            except TelegramError as exc:
                log.info("could not confirm the last updates: %s", type(exc).__name__)

    def feed(self, updates: Sequence[Update]) -> None:
        """Store a batch of updates in the inbox (one transaction) and hand them on. When this
        returns, Telegram may be told we have them. Raises what the store raises."""
        stored: list[tuple[Update, tuple[Inbound, dict[str, Any]]]] = []
        others: list[Update] = []
        for update in updates:
            item = self._inbox_item(update)
            if item is None:
                others.append(update)
            else:
                stored.append((update, item))
        futures = self.relay.receive([item for _, item in stored]) if stored else []
        for (update, _), future in zip(stored, futures, strict=True):
            self._when_done(future, update.update_id)
        for update in others:
            self._when_done(self._other(update), update.update_id)

    def _when_done(self, future: asyncio.Future[None] | None, update_id: int) -> None:
        if self.on_done is None:
            return
        callback = self.on_done
        if future is None:
            callback(update_id)
        else:
            future.add_done_callback(lambda _: callback(update_id))

    def _inbox_item(self, update: Update) -> tuple[Inbound, dict[str, Any]] | None:
        """A private chat's message or tap as an inbox row; None for anything else."""
        query = update.callback_query
        if query is not None:
            inbound = to_inbound(update, lambda data: data)  # decoded in its turn (prepare)
            if inbound is None:
                return None
            message = query.message
            tap: dict[str, Any] = {"query": query.id, "data": query.data or ""}
            if isinstance(message, Message):
                tap["chat"], tap["message"] = message.chat.id, message.message_id
                tap["label"] = _label(message, query.data or "")
                if message.text:
                    tap["html"], tap["length"] = message.text_html, utf16_len(message.text)
            return inbound, {"tap": tap}
        message = update.message or update.edited_message
        if message is None or message.chat.type != "private":
            return None
        inbound = to_inbound(update)
        return (inbound, {}) if inbound is not None else None

    def _other(self, update: Update) -> asyncio.Future[None] | None:
        """What is not a conversation's action: a block, or a word in a group."""
        member = update.my_chat_member
        if member is not None:
            if member.chat.type == "private" and member.new_chat_member.status in (
                ChatMemberStatus.BANNED,
                ChatMemberStatus.LEFT,
            ):
                self.relay.gone(key_of(member.from_user.id))
            return None
        message = update.message
        if message is not None and message.chat.type in ("group", "supergroup"):
            return self._invite(message)
        return None  # edits in groups, channel posts, a bot's messages: left alone

    def _invite(self, message: Message) -> asyncio.Future[None] | None:
        """A command or mention in a group: one invitation to a private chat, nothing stored.
        In a forum supergroup it goes to the topic where the person asked, not to General."""
        if not self.username or not addresses_bot(message, self.username):
            return None
        canned = self.engine.canned("group_invite")
        topic = message.message_thread_id if message.is_topic_message else None
        reply = Reply(
            canned.text.rstrip("\n") + "\n" + esc(f"https://t.me/{self.username}?start=hi"),
            thread=None if topic is None else str(topic),
        )
        return self.relay.post(key_of(message.chat.id), [reply])

    # -- in the conversation's turn ----------------------------------------------------------------

    async def prepare(self, received: Received) -> Inbound | None:
        """Before the engine sees an action: a typed line retires the live keyboard; a tap is
        answered, judged stale or not, and marked on its message."""
        inbound = received.inbound
        chat = chat_of(inbound.key)
        tap = received.extra.get("tap")
        if tap is None:
            self.keyboards.user_acted(chat)
            return inbound
        value = self.codec.decode(str(tap.get("data") or ""))
        message_id = tap.get("message")
        if (
            value is None
            or message_id is None
            or tap.get("label") is None
            or self.keyboards.is_used(chat, message_id)
        ):
            # Expired data, or a keyboard already used or gone: say so, change nothing.
            await self._answer(tap["query"], plain(self.engine.canned("stale_tap")))
            return None
        live = self.keyboards.is_live(chat, message_id)
        self.keyboards.user_acted(chat)
        await self._answer(tap["query"])
        if live or self.engine.takes(inbound.key, value):
            # A used keyboard goes, its message showing the choice: the latest one, or an
            # older one whose button is taken all the same (a reminder's Done, a button the
            # current question has too). Other older keyboards are left as they are: their
            # choice is out of date, and the flow says so in its reply.
            self.keyboards.use(chat, message_id)
            await self._mark_chosen(chat, message_id, tap, str(tap["label"]))
        return dataclasses.replace(inbound, choice=value)

    async def _answer(self, query_id: str, text: str | None = None) -> None:
        try:
            await self.bot.answer_callback_query(query_id, text=text[:200] if text else None)
        except TelegramError as exc:  # already answered, or older than Telegram keeps queries
            log.debug("answerCallbackQuery failed: %s", type(exc).__name__)

    async def _mark_chosen(
        self, chat: int, message_id: int, tap: dict[str, Any], label: str
    ) -> None:
        """Record the tapped label in the message and remove its keyboard: a clean history."""
        text_html, length = tap.get("html"), int(tap.get("length") or 0)
        try:
            if text_html and length + utf16_len(CHOSEN + label) <= MAX_TEXT:
                await self.bot.edit_message_text(
                    chat_id=chat,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    text=text_html + CHOSEN + html.escape(label, quote=False),
                    link_preview_options=NO_PREVIEW,
                )
            else:
                await self.bot.edit_message_reply_markup(
                    chat_id=chat, message_id=message_id, reply_markup=None
                )
        except TelegramError as exc:  # cosmetic: the conversation goes on without it
            log.info("could not mark the tapped message in chat %s: %s", chat, type(exc).__name__)


__all__ = ["ALLOWED_UPDATES", "COMMANDS", "TICK_SECONDS", "TelegramAdapter", "frames"]
