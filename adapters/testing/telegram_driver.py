"""Scripted conversations through Telegram: the real bot against the fake Bot API.

``pivotbot test --via telegram`` calls :func:`make_driver`. Each step is a real update injected
into the fake server, fetched by the adapter's long poll (exactly what ``pivotbot telegram``
runs, built by ``adapters.telegram.build_adapter``), stored, processed in its chat's lane and
answered with real ``sendMessage`` calls. What the user saw is read back from the fake server.

Waiting is deterministic: the adapter reports (``on_done``) when it is finished with an update,
its replies settled, and the driver waits for that update's id. No sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections.abc import Callable
from typing import Any

from adapters.telegram import TelegramAdapter, build_adapter
from adapters.telegram_render import key_of
from adapters.testing.telegram_api import TOKEN, FakeTelegram
from bot.clock import ManualClock
from bot.config import Config
from bot.engine import Engine
from bot.errors import ScriptError
from bot.messages import Choice
from bot.relay import Backoff
from bot.scripts import EngineFactory, Seen

SETTLE_SECONDS = 15.0  # generous upper bound; the wait normally ends in milliseconds
# Retries in tests back off from a tenth of a second, so a recovery shows within the test.
QUICK = Backoff(0.1, 1.0)


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

    def __init__(
        self, engine_factory: EngineFactory, clock: ManualClock, user: str, timeout: float = 5.0
    ) -> None:
        self.factory = engine_factory
        self.timeout = timeout  # for each Bot API call (a send that times out is retried)
        self.clock = clock
        # A numeric user is the chat id itself; a name maps to a stable private-chat id.
        self.chat_id = (
            int(user) if user.isdigit() else 100_000 + zlib.crc32(user.encode()) % 900_000
        )
        self.key = key_of(self.chat_id)  # the conversation fixtures seed
        self.fake = FakeTelegram()
        self.engine: Engine | None = None
        self.adapter: TelegramAdapter | None = None
        self.last: dict[str, Any] | None = None
        self._done: dict[int, asyncio.Future[None]] = {}
        self._polling: asyncio.Task[None] | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        await self.fake.start()
        await self._boot()

    async def _boot(self) -> None:
        self.engine = self.factory()
        config = Config(telegram_token=TOKEN, telegram_api_base_url=self.fake.base_url)
        # Timers are driven by the script's clock through tick(), not by a wall-clock loop.
        adapter = build_adapter(
            self.engine, config, tick_every=None, retry=QUICK, pause=QUICK, timeout=self.timeout
        )
        adapter.on_done = self._finished
        # The same start sequence as ``pivotbot telegram``, minus the signal handling.
        await adapter.start()
        self._polling = asyncio.get_running_loop().create_task(adapter.poll())
        self.adapter = adapter
        await adapter.relay.scan()  # the backlog a "crash" left is sent now
        await adapter.relay.idle()

    async def _halt(self) -> None:
        adapter, self.adapter = self.adapter, None
        if self._polling is not None:
            self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        if adapter is not None:
            await adapter.stop()
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    async def restart(self, meanwhile: Callable[[], None] | None = None) -> None:
        """Stop the bot (sends in flight are abandoned, as in a crash) and start it again;
        ``meanwhile`` runs while it is down."""
        await self._halt()
        if meanwhile is not None:
            meanwhile()
        await self._boot()

    async def close(self) -> None:
        try:
            await self._halt()
        finally:
            await self.fake.close()

    # -- the user's side -----------------------------------------------------------------------

    def _finished(self, update_id: int) -> None:
        waiter = self._done.get(update_id)
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
        assert self.adapter is not None
        mark = len(self.fake.calls)
        await self.adapter.relay.tick()
        return [seen_of(m) for m in self.fake.sent(self.chat_id, since=mark)]

    def state(self) -> str | None:
        assert self.engine is not None
        return self.engine.state_of(key_of(self.chat_id))


def make_driver(engine_factory: EngineFactory, clock: ManualClock, user: str) -> TelegramDriver:
    """The Driver of bot.scripts for ``pivotbot test --via telegram``."""
    return TelegramDriver(engine_factory, clock, user)
