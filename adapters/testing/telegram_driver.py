"""Scripted conversations through Telegram: the real bot application against the fake Bot API.

``pivotbot test --via telegram`` calls :func:`make_driver`. Each step is a real update injected
into the fake server, fetched by python-telegram-bot's long poll, handled by the adapter built by
``adapters.telegram.build_application`` (exactly what ``pivotbot telegram`` runs), and answered
with real ``sendMessage`` calls. What the user saw is read back from the fake server.

Waiting is deterministic: the driver registers a last-group handler that fires once the adapter
has finished with an update (all its sends done), and waits for that update's id. No sleeps.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from adapters.telegram import ALLOWED_UPDATES, adapter_of, build_application
from adapters.telegram_render import key_of
from adapters.testing.telegram_api import TOKEN, FakeTelegram
from bot.clock import ManualClock
from bot.config import Config
from bot.engine import Engine
from bot.errors import ScriptError
from bot.messages import Choice
from bot.scripts import EngineFactory, Seen

SETTLE_SECONDS = 15.0  # generous upper bound; the wait normally ends in milliseconds
AFTER_EVERYTHING = 1_000  # handler group that runs after the adapter's


def seen_of(message: dict[str, Any]) -> Seen:
    """What a user reads in one Telegram message.

    Links are shown as ``label (url)``, like ``bot.markup.to_plain``, so scripts can assert on
    URLs through every driver. A file shows as ``[file NAME]``.
    """
    if "document" in message:
        return Seen(f"[file {message['document']['file_name']}]")
    text: str = message.get("text", "")
    units = text.encode("utf-16-le")
    out, pos = [], 0
    for entity in message.get("entities", []):
        if entity["type"] != "text_link":
            continue
        end = 2 * (entity["offset"] + entity["length"])
        label = units[2 * entity["offset"] : end].decode("utf-16-le")
        out.append(units[pos:end].decode("utf-16-le"))
        if entity["url"] != label:
            out.append(f" ({entity['url']})")
        pos = end
    out.append(units[pos:].decode("utf-16-le"))
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    choices = [
        Choice(b["text"], b["callback_data"]) for row in rows for b in row if "callback_data" in b
    ]
    return Seen("".join(out), choices)


class TelegramDriver:
    """One user in a private chat with the bot, over real HTTP on loopback."""

    def __init__(self, engine_factory: EngineFactory, clock: ManualClock, user: str) -> None:
        self.factory = engine_factory
        self.clock = clock
        # A numeric user is the chat id itself; a name maps to a stable private-chat id.
        self.chat_id = (
            int(user) if user.isdigit() else 100_000 + zlib.crc32(user.encode()) % 900_000
        )
        self.key = key_of(self.chat_id)  # the conversation fixtures seed
        self.fake = FakeTelegram()
        self.engine: Engine | None = None
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.last: dict[str, Any] | None = None
        self._done: dict[int, asyncio.Future[None]] = {}

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        await self.fake.start()
        await self._boot()

    async def _boot(self) -> None:
        self.engine = self.factory()
        config = Config(telegram_token=TOKEN, telegram_api_base_url=self.fake.base_url)
        # Timers are driven by the script's clock through tick(), not by a wall-clock job.
        app = build_application(self.engine, config, tick_every=None)
        app.add_handler(TypeHandler(Update, self._finished), group=AFTER_EVERYTHING)
        # The same start sequence as Application.run_polling, minus the blocking loop.
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await app.start()
        self.app = app
        await adapter_of(app).lanes.wait_idle()  # the outbox a "crash" left is sent now

    async def _halt(self) -> None:
        app, self.app = self.app, None
        if app is not None:
            assert app.updater is not None
            await app.updater.stop()
            await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
            await app.shutdown()
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    async def restart(self) -> None:
        await self._halt()
        await self._boot()

    async def close(self) -> None:
        try:
            await self._halt()
        finally:
            await self.fake.close()

    # -- the user's side -----------------------------------------------------------------------

    async def _finished(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        waiter = self._done.get(update.update_id)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def deliver(
        self, make_update: Callable[[], dict[str, Any]], chat_id: int | None = None
    ) -> list[Seen]:
        """Inject ``make_update()``, wait until the bot is done with it, return what ``chat_id``
        (default: this driver's user) was sent meanwhile."""
        chat_id = self.chat_id if chat_id is None else chat_id
        mark = len(self.fake.calls)
        update = await self.settle(make_update)
        self.last = update
        return [seen_of(m) for m in self.fake.sent(chat_id, since=mark)]

    async def settle(self, make_update: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """Inject ``make_update()`` and return it once the bot has finished handling it."""
        waiter = asyncio.get_running_loop().create_future()
        update = make_update()
        self._done[update["update_id"]] = waiter
        try:
            async with asyncio.timeout(SETTLE_SECONDS):
                await waiter
        finally:
            self._done.pop(update["update_id"], None)
        return update

    async def say(self, text: str) -> list[Seen]:
        return await self.deliver(lambda: self.fake.text(self.chat_id, text))

    async def tap(self, choice: Choice) -> list[Seen]:
        message = self.fake.last_keyboard_message(self.chat_id, choice.value)
        if message is None:
            raise ScriptError(f"no message in the chat shows the button {choice.label!r}")
        return await self.deliver(
            lambda: self.fake.tap(self.chat_id, message["message_id"], choice.value)
        )

    async def redeliver(self) -> list[Seen]:
        if self.last is None:
            raise ScriptError("redeliver: nothing was delivered yet")
        last = self.last
        return await self.deliver(lambda: self.fake.redeliver(last))

    async def tick(self) -> list[Seen]:
        assert self.app is not None
        mark = len(self.fake.calls)
        await adapter_of(self.app).deliver_due()
        return [seen_of(m) for m in self.fake.sent(self.chat_id, since=mark)]

    def state(self) -> str | None:
        assert self.engine is not None
        return self.engine.state_of(key_of(self.chat_id))


def make_driver(engine_factory: EngineFactory, clock: ManualClock, user: str) -> TelegramDriver:
    """The Driver of bot.scripts for ``pivotbot test --via telegram``."""
    return TelegramDriver(engine_factory, clock, user)
