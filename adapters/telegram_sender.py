"""Telegram's side of the relay: one reply as Bot API calls, a Bot API error as one outcome.

Ordering, retrying, back-off and marking delivered are the relay's (``bot.relay``); this module
only translates. ``retry_after`` of a 429, network errors, timeouts and 5xx become
``RetryLater`` (that chat waits, nobody else); 403 (the user blocked the bot) and "chat not
found" ``RecipientGone``; 401 (the token was revoked) ``WorkspaceUnauthorised``; any other 400
``Rejected``. python-telegram-bot's ``AIORateLimiter`` is deliberately not used: on a 429 it
pauses *every* request of the bot.
"""

from __future__ import annotations

import html
import logging
import re
import warnings
from collections import OrderedDict
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram_render import CallbackCodec, chat_of, render
from bot.errors import RecipientGone, Rejected, RetryLater, WorkspaceUnauthorised
from bot.relay import Parcel

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def retry_seconds(exc: RetryAfter) -> float:
    """``retry_after`` in seconds, whichever type this PTB version returns (int or timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


def outcome(exc: TelegramError) -> Exception:
    """The relay's outcome for a Bot API error. Its text is Telegram's error line (a status and
    a reason, never the message), safe to log."""
    if isinstance(exc, RetryAfter):
        return RetryLater("429 flood control", retry_seconds(exc))
    if isinstance(exc, Forbidden):
        return RecipientGone("403 " + exc.message)
    if isinstance(exc, InvalidToken):
        return WorkspaceUnauthorised("401 the bot token was refused")
    if isinstance(exc, BadRequest):
        if "chat not found" in exc.message.lower():
            return RecipientGone("400 chat not found")
        return Rejected("400 " + exc.message[:120])
    if isinstance(exc, NetworkError):  # timeouts, connection errors, 5xx
        return RetryLater(f"{type(exc).__name__}: {exc.message[:80]}")
    return Rejected(type(exc).__name__)


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


class TelegramSender:
    """Sends one reply through ``bot``: its text in one or more messages (the keyboard on the
    last), then its attachment as a document."""

    def __init__(self, bot: Bot, codec: CallbackCodec, keyboards: Keyboards) -> None:
        self.bot = bot
        self.codec = codec
        self.keyboards = keyboards

    async def send(self, parcel: Parcel) -> None:
        chat, reply = chat_of(parcel.key), parcel.reply
        chunks = render(reply, self.codec.encode)
        try:
            for n, (text, markup) in enumerate(chunks):
                if n < parcel.parts:
                    continue  # sent by an earlier try of this parcel
                sent = await self._message(chat, text, markup, reply.thread)
                parcel.parts += 1
                if markup is not None:
                    self.keyboards.sent(chat, sent.message_id)
            if reply.attachment is not None and parcel.parts == len(chunks):
                a = reply.attachment
                await self.bot.send_document(
                    chat_id=chat,
                    document=InputFile(a.content.encode(), filename=a.filename),
                    message_thread_id=_topic(reply.thread),
                )
                parcel.parts += 1
        except TelegramError as exc:
            raise outcome(exc) from None

    async def _message(
        self, chat: int, text: str, markup: InlineKeyboardMarkup | None, thread: str | None
    ) -> Message:
        try:
            return await self.bot.send_message(
                chat_id=chat,
                text=text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                message_thread_id=_topic(thread),
            )
        except BadRequest as exc:
            if "parse entities" not in str(exc):
                raise
        # Should never happen (everything is escaped); losing the message would be worse.
        log.error("Telegram rejected our HTML for chat %s; sending it as plain text", chat)
        return await self.bot.send_message(
            chat_id=chat,
            text=html.unescape(re.sub(r"<[^>]+>", "", text)),
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
            message_thread_id=_topic(thread),
        )


def _topic(thread: str | None) -> int | None:
    """The forum topic to send in (``Reply.thread``), as the Bot API takes it."""
    return int(thread) if thread and thread.isdecimal() else None
