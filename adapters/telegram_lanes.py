"""Per-chat ordering: one chat's work runs one at a time, in arrival order; chats run in parallel.

python-telegram-bot's ``concurrent_updates`` processes updates in parallel with no notion of a
chat, so two quick messages from one user could overtake each other. :class:`ChatOrderedProcessor`
plugs into ``ApplicationBuilder.concurrent_updates`` and puts every update into its chat's lane;
sends that do not come from an update (timers, the outbox at start) use the same lanes, so a
chat's messages keep their order and a chat waiting out flood control delays nobody else.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

from telegram import Update
from telegram.ext import BaseUpdateProcessor

T = TypeVar("T")


class Lanes:
    """FIFO lanes keyed by chat. Order is fixed when work is *submitted*, not when it starts."""

    def __init__(self) -> None:
        self._tails: dict[Hashable, asyncio.Future[None]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    def _enter(self, lane: Hashable) -> tuple[asyncio.Future[None] | None, asyncio.Future[None]]:
        previous = self._tails.get(lane)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[lane] = done
        return previous, done

    def _leave(
        self, lane: Hashable, previous: asyncio.Future[None] | None, done: asyncio.Future[None]
    ) -> None:
        def finish(_: object = None) -> None:
            if not done.done():
                done.set_result(None)
            if self._tails.get(lane) is done:
                del self._tails[lane]

        # If we were cancelled while still waiting, the next in line must still wait for ours.
        if previous is None or previous.done():
            finish()
        else:
            previous.add_done_callback(finish)

    async def _after(
        self,
        lane: Hashable,
        previous: asyncio.Future[None] | None,
        done: asyncio.Future[None],
        work: Callable[[], Awaitable[T]],
    ) -> T:
        try:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])  # never cancels `previous`
            return await work()
        finally:
            self._leave(lane, previous, done)

    async def run(self, lane: Hashable, work: Callable[[], Awaitable[T]]) -> T:
        """Run ``work()`` in ``lane`` after everything submitted to it before; return its result."""
        previous, done = self._enter(lane)
        return await self._after(lane, previous, done, work)

    def submit(self, lane: Hashable, work: Callable[[], Awaitable[T]]) -> asyncio.Task[T]:
        """Queue ``work()`` in ``lane`` now and run it in a task; :meth:`close` cancels leftovers."""
        previous, done = self._enter(lane)
        task = asyncio.get_running_loop().create_task(self._after(lane, previous, done, work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def wait_idle(self) -> None:
        """Wait until all submitted work (and work it submitted in turn) has finished."""
        while self._tasks:
            await asyncio.wait(list(self._tasks))

    async def close(self) -> None:
        """Cancel submitted work still running (e.g. sleeping out a 429) and wait for it."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def lane_of(update: object) -> int | None:
    """The chat an update belongs to (the user for a chatless update), or ``None``."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Updates of one chat strictly in order, different chats concurrently.

    An update waiting for its chat's lane holds one of ``max_concurrent_updates`` slots, so keep
    that number well above the number of chats expected to be busy at the same moment.
    """

    def __init__(self, lanes: Lanes, max_concurrent_updates: int = 512) -> None:
        super().__init__(max_concurrent_updates)
        self._lanes = lanes

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        lane = lane_of(update)
        if lane is None:
            await coroutine
            return

        started = False

        async def work() -> Any:
            nonlocal started
            started = True
            return await coroutine

        try:
            await self._lanes.run(lane, work)
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting its turn (shutdown)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: lanes are closed by the adapter."""
