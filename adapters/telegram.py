"""Telegram adapter: python-telegram-bot updates in, the engine in the middle, Bot API calls out.

The adapter *holds* the engine and a python-telegram-bot ``Application``; it subclasses neither.
Translation lives in :mod:`adapters.telegram_render`, per-chat ordering in
:mod:`adapters.telegram_lanes`; this module wires them: ``build_application`` (used by
``pivotbot telegram`` and by the tests) and ``run``.

Reliability, in one place:

- one chat's updates are handled strictly in order, chats in parallel (``ChatOrderedProcessor``);
  timer and outbox sends go through the same per-chat lanes;
- a redelivered ``update_id`` is ignored by the engine (``event_id=str(update_id)``);
- flood control (429) makes only that chat's lane sleep ``retry_after`` and resend. PTB's
  ``AIORateLimiter`` is deliberately not used: on a 429 it pauses *every* request of the bot;
- a user who blocked the bot (403) is deactivated in the engine: no more timers, no retry loop;
- each reply is marked delivered right after it is sent; what a crash left unsent is sent at
  start (``Engine.pending``), before anything new for that chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import itertools
import logging
import os
import re
import traceback
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlsplit

from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    InputFile,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram_lanes import ChatOrderedProcessor, Lanes
from adapters.telegram_render import (
    MAX_TEXT,
    CallbackCodec,
    addresses_bot,
    chat_of,
    key_of,
    plain,
    render,
    to_inbound,
    utf16_len,
)
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError
from bot.markup import esc
from bot.messages import ConversationKey, Inbound, Outgoing, Reply

log = logging.getLogger(__name__)

T = TypeVar("T")

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
FLOOD_RETRIES = 5
ADAPTER = "pivotbot.adapter"  # where build_application leaves the adapter in bot_data
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CHOSEN = "\n\n› "  # appended to a message whose button was tapped, before the chosen label


def retry_seconds(exc: RetryAfter) -> float:
    """``retry_after`` in seconds, whichever type this PTB version returns (int or timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


def _frames(exc: BaseException) -> str:
    """A traceback without the exception's message, which may quote what the user wrote."""
    return "".join(traceback.format_tb(exc.__traceback__))


class Keyboards:
    """Which inline keyboards may still be tapped, per chat (memory only).

    The *live* keyboard of a chat is the one on the bot's latest message with buttons sent since
    the user last did anything; a keyboard that was tapped is *used* (its buttons are gone).
    After a restart nothing is known, so a tap is trusted as live.
    """

    def __init__(self, capacity: int = 50_000) -> None:
        self._live: dict[int, int | None] = {}
        self._used: OrderedDict[tuple[int, int], None] = OrderedDict()
        self._capacity = capacity

    def sent(self, chat: int, message_id: int) -> None:
        self._live[chat] = message_id

    def user_acted(self, chat: int) -> None:
        self._live[chat] = None

    def is_live(self, chat: int, message_id: int) -> bool:
        return self._live.get(chat, message_id) == message_id

    def is_used(self, chat: int, message_id: int) -> bool:
        return (chat, message_id) in self._used

    def use(self, chat: int, message_id: int) -> None:
        self._used[(chat, message_id)] = None
        while len(self._used) > self._capacity:
            self._used.popitem(last=False)


def _label(message: Message, data: str) -> str | None:
    """The label of the button carrying ``data`` on ``message`` (None if it has no such button)."""
    markup = message.reply_markup
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


class TelegramAdapter:
    """Relays between one engine and one Telegram bot."""

    def __init__(self, engine: Engine, tick_every: float | None = TICK_SECONDS) -> None:
        self.engine = engine
        self.tick_every = tick_every
        self.lanes = Lanes()
        self.codec = CallbackCodec()
        self.keyboards = Keyboards()
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.username = ""
        self._ticking = False

    # -- wiring --------------------------------------------------------------------------------

    def register(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.app = app
        app.add_handler(TypeHandler(Update, self.on_update))
        app.add_error_handler(self.on_error)

    async def on_start(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """post_init: commands menu, the outbox a crash left behind, then the timer loop."""
        self.username = app.bot.username
        try:
            await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        except TelegramError as exc:
            log.warning(
                "setMyCommands failed (%s); the command menu may be stale", type(exc).__name__
            )
        self._dispatch(self.engine.pending())
        if self.tick_every and app.job_queue is not None:
            app.job_queue.run_repeating(
                self._tick_job, interval=self.tick_every, first=1.0, name="pivotbot-timers"
            )

    async def on_stop(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """post_stop: sends still waiting out flood control are dropped; the outbox keeps them."""
        await self.lanes.close()

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        log.error(
            "update %s failed: %s\n%s",
            update_id,
            type(error).__name__,
            _frames(error) if error else "",
        )

    # -- updates -------------------------------------------------------------------------------

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.callback_query is not None:
            await self._tap(update, update.callback_query)
            return
        if update.my_chat_member is not None:
            member = update.my_chat_member
            if member.chat.type == "private" and member.new_chat_member.status in (
                ChatMemberStatus.BANNED,
                ChatMemberStatus.LEFT,
            ):
                self.engine.deactivate(key_of(member.from_user.id))
            return
        message = update.message  # edited messages and channel posts are left alone
        if message is None:
            return
        if message.chat.type in ("group", "supergroup"):
            await self._invite(message)
            return
        inbound = to_inbound(update)
        if inbound is not None:
            self.keyboards.user_acted(message.chat.id)
            await self._converse(inbound)

    async def _tap(self, update: Update, query: CallbackQuery) -> None:
        message = query.message
        data = query.data or ""
        label = _label(message, data) if isinstance(message, Message) else None
        if (
            not isinstance(message, Message)
            or label is None
            or self.codec.decode(data) is None
            or self.keyboards.is_used(message.chat.id, message.message_id)
        ):
            # Expired data, or a keyboard already used or gone: say so, change nothing.
            await self._answer(query, plain(self.engine.canned("stale_tap")))
            return
        chat = message.chat.id
        live = self.keyboards.is_live(chat, message.message_id)
        self.keyboards.user_acted(chat)
        await self._answer(query)
        if live:
            # Older keyboards are left as they are: whether their choice still fits is the
            # flow's call, and it says so in its reply.
            self.keyboards.use(chat, message.message_id)
            await self._mark_chosen(message, label)
        inbound = to_inbound(update, self.codec.decode)
        if inbound is not None:
            await self._converse(inbound)

    async def _answer(self, query: CallbackQuery, text: str | None = None) -> None:
        try:
            await query.answer(text=text[:200] if text else None)
        except TelegramError as exc:  # already answered, or older than Telegram keeps queries
            log.debug("answerCallbackQuery failed: %s", type(exc).__name__)

    async def _mark_chosen(self, message: Message, label: str) -> None:
        """Record the tapped label in the message and remove its keyboard: a clean history."""
        chat = message.chat.id
        try:
            if message.text and utf16_len(message.text + CHOSEN + label) <= MAX_TEXT:
                await self._call(
                    chat,
                    message.get_bot().edit_message_text,
                    chat_id=chat,
                    message_id=message.message_id,
                    parse_mode=ParseMode.HTML,
                    text=message.text_html + CHOSEN + html.escape(label, quote=False),
                    link_preview_options=NO_PREVIEW,
                )
            else:
                await self._call(
                    chat,
                    message.get_bot().edit_message_reply_markup,
                    chat_id=chat,
                    message_id=message.message_id,
                    reply_markup=None,
                )
        except TelegramError as exc:
            log.info("could not mark the tapped message in chat %s: %s", chat, type(exc).__name__)

    async def _converse(self, inbound: Inbound) -> None:
        try:
            replies = await self.engine.handle(inbound)
        except Exception as exc:
            log.error("engine failed for %s: %s\n%s", inbound.key, type(exc).__name__, _frames(exc))
            replies = [self.engine.canned("error")]
        await self.send(inbound.key, replies)

    async def _invite(self, message: Message) -> None:
        """A command or mention in a group: one invitation to a private chat, nothing stored."""
        if not self.username or not addresses_bot(message, self.username):
            return
        canned = self.engine.canned("group_invite")
        reply = Reply(
            canned.text.rstrip("\n") + "\n" + esc(f"https://t.me/{self.username}?start=hi")
        )
        try:
            for text, markup in render(reply):
                await self._call(
                    message.chat.id,
                    message.get_bot().send_message,
                    chat_id=message.chat.id,
                    text=text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=NO_PREVIEW,
                )
        except TelegramError as exc:
            log.info("group invitation in %s failed: %s", message.chat.id, type(exc).__name__)

    # -- sending -------------------------------------------------------------------------------

    async def _call(self, chat: int, method: Callable[..., Awaitable[T]], **kwargs: Any) -> T:
        """Call the Bot API; on flood control sleep ``retry_after`` in this chat's lane only."""
        for attempt in itertools.count(1):
            try:
                return await method(**kwargs)
            except RetryAfter as exc:
                if attempt > FLOOD_RETRIES:
                    raise
                delay = retry_seconds(exc)
                log.info("flood control for chat %s: retrying in %.0f s", chat, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def _send_one(self, chat: int, reply: Reply) -> None:
        assert self.app is not None
        bot = self.app.bot
        for text, markup in render(reply, self.codec.encode):
            try:
                sent = await self._call(
                    chat,
                    bot.send_message,
                    chat_id=chat,
                    text=text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=NO_PREVIEW,
                )
            except BadRequest as exc:
                if "parse entities" not in str(exc):
                    raise
                # Should never happen (everything is escaped); losing the message would be worse.
                log.error("Telegram rejected our HTML for chat %s; sending it as plain text", chat)
                sent = await self._call(
                    chat,
                    bot.send_message,
                    chat_id=chat,
                    text=html.unescape(re.sub(r"<[^>]+>", "", text)),
                    reply_markup=markup,
                    link_preview_options=NO_PREVIEW,
                )
            if markup is not None:
                self.keyboards.sent(chat, sent.message_id)
        if reply.attachment is not None:
            a = reply.attachment
            await self._call(
                chat,
                bot.send_document,
                chat_id=chat,
                document=InputFile(a.content.encode(), filename=a.filename),
            )

    async def send(self, key: ConversationKey, replies: list[Reply]) -> None:
        """Send replies in order, marking each delivered; stop at the first that fails."""
        chat = chat_of(key)
        for n, reply in enumerate(replies):
            try:
                await self._send_one(chat, reply)
            except Forbidden:
                log.info("%s blocked the bot: deactivated, their timers cancelled", key)
                self.engine.deactivate(key)
                self.engine.delivered(replies[n:])  # nobody left to deliver them to
                return
            except TelegramError as exc:
                log.warning(
                    "sending to %s failed (%s); it stays queued until the next start",
                    key,
                    type(exc).__name__,
                )
                return
            self.engine.delivered([reply])

    def _dispatch(self, outs: list[Outgoing]) -> list[asyncio.Task[None]]:
        """Queue replies that no update is waiting for, each in its chat's lane."""
        by_key: dict[ConversationKey, list[Reply]] = {}
        for out in outs:
            if out.key.platform == "telegram":
                by_key.setdefault(out.key, []).append(out.reply)
        return [
            self.lanes.submit(chat_of(key), functools.partial(self.send, key, replies))
            for key, replies in by_key.items()
        ]

    async def deliver_due(self) -> None:
        """Fire due timers once and wait until their replies are sent (what the tick loop does)."""
        tasks = self._dispatch(await self.engine.tick())
        if tasks:
            await asyncio.gather(*tasks)

    async def _tick_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        if self._ticking:
            return
        self._ticking = True
        try:
            self._dispatch(await self.engine.tick())  # sends run in their lanes; don't wait
        except Exception as exc:
            log.error("timer tick failed: %s\n%s", type(exc).__name__, _frames(exc))
        finally:
            self._ticking = False


def adapter_of(app: Application[Any, Any, Any, Any, Any, Any]) -> TelegramAdapter:
    """The adapter ``build_application`` attached to ``app``."""
    adapter: TelegramAdapter = app.bot_data[ADAPTER]
    return adapter


def _file_url(base_url: str) -> str:
    return base_url[: -len("bot")] + "file/bot" if base_url.endswith("/bot") else base_url


def build_application(
    engine: Engine, config: Config, *, tick_every: float | None = TICK_SECONDS
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot as ``pivotbot telegram`` runs it; ``tick_every=None`` leaves timers to the caller.

    ``config.telegram_api_base_url`` is python-telegram-bot's ``base_url``: the token is appended,
    so the default ``https://api.telegram.org/bot`` becomes ``.../bot<token>/<method>``.
    Raises ``ConfigError`` when TELEGRAM_BOT_TOKEN is not set.
    """
    config.require("TELEGRAM_BOT_TOKEN")
    assert config.telegram_token is not None
    # Opt in to python-telegram-bot's coming behaviour (durations as timedelta). Without it,
    # merely constructing a RetryAfter (any 429) emits a PTBDeprecationWarning.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    adapter = TelegramAdapter(engine, tick_every)
    app = (
        ApplicationBuilder()
        .token(config.telegram_token)
        .base_url(config.telegram_api_base_url)
        .base_file_url(_file_url(config.telegram_api_base_url))
        .concurrent_updates(ChatOrderedProcessor(adapter.lanes))
        .post_init(adapter.on_start)
        .post_stop(adapter.on_stop)
        .build()
    )
    adapter.register(app)
    app.bot_data[ADAPTER] = adapter
    return app


class _RedactToken(logging.Filter):
    """Belt and braces: no log line may carry the bot token, whatever logger wrote it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if self._token in text:
            record.msg, record.args = text.replace(self._token, "<token>"), None
        return True


def protect_logs(token: str) -> None:
    """Keep HTTP and SDK loggers (which log URLs, and Telegram URLs hold the token) at WARNING
    and redact the token from every record reaching the root handlers."""
    for name in ("httpx", "httpcore", "telegram", "apscheduler", "tornado.access"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.level, logging.WARNING))
    redact = _RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


@contextlib.contextmanager
def _start_up(config: Config) -> Iterator[None]:
    """Turn the Bot API's refusals at start into one clear ``ConfigError`` line."""
    try:
        yield
    except InvalidToken:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN was refused by the Bot API (revoked or mistyped? ask @BotFather)"
        ) from None
    except BadRequest as exc:  # e.g. a webhook URL Telegram does not accept
        raise ConfigError(f"the Bot API refused to start the bot: {exc.message}") from None
    except NetworkError as exc:
        raise ConfigError(
            f"cannot reach the Bot API at TELEGRAM_API_BASE_URL={config.telegram_api_base_url} "
            f"({type(exc).__name__})"
        ) from None


async def _check_token(config: Config) -> None:
    """One getMe before python-telegram-bot starts, whose own failure logs a long traceback."""
    assert config.telegram_token is not None
    async with Bot(config.telegram_token, base_url=config.telegram_api_base_url):
        pass


def run(
    engine: Engine,
    config: Config,
    webhook_url: str | None = None,
    listen: str = "0.0.0.0",
    port: int = 8443,
) -> None:
    """Run the bot until interrupted: long polling, or a webhook when ``webhook_url`` is given.

    Webhook mode needs TELEGRAM_WEBHOOK_SECRET: Telegram sends it in every request and requests
    without it are refused with 403. Raises ``ConfigError`` for missing settings, a token the Bot
    API refuses, or a Bot API it cannot reach at start.
    """
    config.require("TELEGRAM_BOT_TOKEN")
    if webhook_url:
        config.require("TELEGRAM_WEBHOOK_SECRET")
    assert config.telegram_token is not None
    protect_logs(config.telegram_token)
    app = build_application(engine, config)
    with _start_up(config):
        asyncio.run(_check_token(config))
        if not webhook_url:
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
            return
        app.run_webhook(
            listen=listen,
            port=port,
            url_path=urlsplit(webhook_url).path.strip("/"),
            webhook_url=webhook_url,
            secret_token=config.telegram_webhook_secret,
            allowed_updates=ALLOWED_UPDATES,
        )
