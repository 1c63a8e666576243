"""Delivery to Telegram: replies in order per chat, flood control per chat, blocked users.

Each chat's sends run in that chat's lane (see :mod:`adapters.telegram_lanes`), so a 429 makes
only that chat wait ``retry_after``. python-telegram-bot's ``AIORateLimiter`` is deliberately not
used: on a 429 it pauses *every* request of the bot. A 403 (the user blocked the bot) deactivates
the conversation in the engine, which cancels its timers. Each reply is marked delivered right
after it is sent; one that could not be sent stays in the outbox and goes out at the next start.
"""

from __future__ import annotations

import asyncio
import functools
import html
import itertools
import logging
import re
import traceback
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot, InputFile, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram_lanes import Lanes
from adapters.telegram_render import CallbackCodec, chat_of, render
from bot.engine import Engine
from bot.messages import ConversationKey, Outgoing, Reply

log = logging.getLogger(__name__)

T = TypeVar("T")

FLOOD_RETRIES = 5
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def retry_seconds(exc: RetryAfter) -> float:
    """``retry_after`` in seconds, whichever type this PTB version returns (int or timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


def frames(exc: BaseException) -> str:
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


class Delivery:
    """Sends replies for one engine through one bot (``bot`` is set once the bot is up)."""

    def __init__(
        self, engine: Engine, lanes: Lanes, codec: CallbackCodec, keyboards: Keyboards
    ) -> None:
        self.engine = engine
        self.lanes = lanes
        self.codec = codec
        self.keyboards = keyboards
        self.bot: Bot | None = None

    async def call(self, chat: int, method: Callable[..., Awaitable[T]], **kwargs: Any) -> T:
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
        assert self.bot is not None
        bot = self.bot
        for text, markup in render(reply, self.codec.encode):
            try:
                sent = await self.call(
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
                sent = await self.call(
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
            await self.call(
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

    def dispatch(self, outs: list[Outgoing]) -> list[asyncio.Task[None]]:
        """Queue replies that no update is waiting for, each in its chat's lane."""
        by_key: dict[ConversationKey, list[Reply]] = {}
        for out in outs:
            if out.key.platform == "telegram":
                by_key.setdefault(out.key, []).append(out.reply)
        return [
            self.lanes.submit(chat_of(key), functools.partial(self.send, key, replies))
            for key, replies in by_key.items()
        ]
