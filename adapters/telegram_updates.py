"""Telegram updates in: messages, taps, groups and blocks become engine calls; timers tick.

:class:`TelegramAdapter` holds the engine and registers one handler on a python-telegram-bot
``Application``; it subclasses neither. Translation is in :mod:`adapters.telegram_render`,
sending in :mod:`adapters.telegram_delivery`.

Taps: the *live* keyboard (the latest one the bot sent since the user last acted) is answered at
once, marked with the chosen label and stripped of its buttons, then the choice goes to the
engine. A tap on a keyboard already used, or with data this process cannot read, gets the
``stale_tap`` answer and changes nothing. A tap on an older keyboard that is still on screen goes
to the engine without marking it: only the flow knows whether that choice still fits (a reminder's
"Done" does, an earlier question's answer does not), and it says so in its reply.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import Any

from telegram import BotCommand, CallbackQuery, Message, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler

from adapters.telegram_delivery import NO_PREVIEW, Delivery, Keyboards, frames
from adapters.telegram_lanes import Lanes
from adapters.telegram_render import (
    MAX_TEXT,
    CallbackCodec,
    addresses_bot,
    key_of,
    plain,
    render,
    to_inbound,
    utf16_len,
)
from bot.engine import Engine
from bot.markup import esc
from bot.messages import Inbound, Reply

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
TICK_SECONDS = 20.0
CHOSEN = "\n\n› "  # appended to a message whose button was tapped, before the chosen label


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
        self.delivery = Delivery(engine, self.lanes, self.codec, self.keyboards)
        self.username = ""
        self._ticking = False

    # -- wiring --------------------------------------------------------------------------------

    def register(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """One handler for every update: the dispatch is ours, in :meth:`on_update`."""
        app.add_handler(TypeHandler(Update, self.on_update))
        app.add_error_handler(self.on_error)

    async def on_start(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """post_init: commands menu, the outbox a crash left behind, then the timer loop."""
        self.username = app.bot.username
        self.delivery.bot = app.bot
        try:
            await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        except TelegramError as exc:
            log.warning(
                "setMyCommands failed (%s); the command menu may be stale", type(exc).__name__
            )
        self.delivery.dispatch(self.engine.pending("telegram"))
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
            frames(error) if error else "",
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
                await self.delivery.call(
                    chat,
                    message.get_bot().edit_message_text,
                    chat_id=chat,
                    message_id=message.message_id,
                    parse_mode=ParseMode.HTML,
                    text=message.text_html + CHOSEN + html.escape(label, quote=False),
                    link_preview_options=NO_PREVIEW,
                )
            else:
                await self.delivery.call(
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
            log.error("engine failed for %s: %s\n%s", inbound.key, type(exc).__name__, frames(exc))
            replies = [self.engine.canned("error")]
        await self.delivery.send(inbound.key, replies)

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
                await self.delivery.call(
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

    async def deliver_due(self) -> None:
        """Fire due timers once and wait until their replies are sent (what the tick loop does)."""
        tasks = self.delivery.dispatch(await self.engine.tick(platform="telegram"))
        if tasks:
            await asyncio.gather(*tasks)

    async def _tick_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        if self._ticking:
            return
        self._ticking = True
        try:
            self.delivery.dispatch(
                await self.engine.tick(platform="telegram")
            )  # sends run in their lanes; don't wait
        except Exception as exc:
            log.error("timer tick failed: %s\n%s", type(exc).__name__, frames(exc))
        finally:
            self._ticking = False
