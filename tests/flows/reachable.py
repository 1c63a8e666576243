"""Every reachable state of the pivot flow, as a database to start from: the scripted
conversations are played once and, the first time a conversation stands in a state, the whole
database is copied (SQLite's backup API, in memory). A test then opens a fresh copy of a state
and does whatever it likes there, without replaying the script that led to it."""

from __future__ import annotations

import asyncio
import inspect
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from bot import scripts
from bot.app import load_flow, make_engine
from bot.clock import ManualClock
from bot.engine import Engine
from bot.flow import Flow
from bot.messages import Choice, ConversationKey
from bot.scripts import EngineDriver, EngineFactory, Seen
from bot.sqlite_store import SqliteStore

CONVERSATIONS = Path(__file__).resolve().parents[1] / "conversations"


@dataclass
class Snapshot:
    """A conversation standing in ``state``: its whole database, the time then, and the buttons
    on screen (the latest message that had some)."""

    state: str
    key: ConversationKey
    now: datetime
    buttons: list[Choice]
    script: str
    db: sqlite3.Connection = field(repr=False)
    before: str | None = None  # the question before this one (where /back goes)

    def open(self, flow: Flow) -> Engine:
        """An engine over a fresh copy of the database, its clock at the snapshot's time."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        self.db.backup(conn)
        return Engine(flow, SqliteStore(conn), ManualClock(self.now))


@dataclass
class Reachable:
    flow: Flow
    snapshots: dict[str, Snapshot]  # the first time a conversation stood in each state
    # Each state once per question before it: a state reached in different ways (a contact's
    # card after adding them, after an edit) is there once per way.
    positions: dict[tuple[str, str | None], Snapshot]
    values: set[str]  # every button value any script was shown, in any state


class _Recorder(EngineDriver):
    """The in-process script driver, handing a copy of the database to ``visit`` after every
    step of a script."""

    visit: Callable[[Snapshot], Awaitable[None] | None]
    values: set[str]
    script = ""

    def __init__(self, factory: EngineFactory, clock: ManualClock, user: str) -> None:
        super().__init__(factory, clock, user)
        self.clock = clock
        self.buttons: list[Choice] = []

    async def _after(self, seen: list[Seen]) -> list[Seen]:
        for s in seen:
            if s.choices:
                self.buttons = list(s.choices)
            self.values.update(c.value for c in s.choices)
        session = self.engine.store.load(self.key)
        state = session.state if session else None
        if session is not None and state is not None:
            trail = session.data.get("_trail") or []
            before = trail[-2] if len(trail) > 1 else None
            self.engine.flush()
            store = self.engine.store
            assert isinstance(store, SqliteStore)
            # Read (backed up from) by whichever thread runs the test that uses it.
            copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            store.conn.backup(copy)
            now, buttons = self.clock.now(), list(self.buttons)
            done = self.visit(Snapshot(state, self.key, now, buttons, self.script, copy, before))
            if inspect.isawaitable(done):
                await done
        return seen

    async def say(self, text: str) -> list[Seen]:
        return await self._after(await super().say(text))

    async def tap(self, choice: Choice) -> list[Seen]:
        return await self._after(await super().tap(choice))

    async def tick(self) -> list[Seen]:
        return await self._after(await super().tick())


async def walk(
    visit: Callable[[Snapshot], Awaitable[None] | None], values: set[str] | None = None
) -> None:
    """Play every scripted conversation, calling ``visit`` with a snapshot after each step (the
    snapshot's database is ``visit``'s to keep or close); ``values`` collects every button value
    shown."""
    for path in scripts.find_scripts([CONVERSATIONS]):
        recorder = type(
            "Recorder",
            (_Recorder,),
            {
                "visit": staticmethod(visit),
                "values": set() if values is None else values,
                "script": path.stem,
            },
        )
        result = await scripts.run_script(scripts.load_script(path), make_engine, recorder)
        assert result.passed, scripts.format_result(result)


@cache
def reachable() -> Reachable:
    """Play every scripted conversation once (the first call in a process; later ones return
    the same): the states they reach and the ways they reach them, as snapshots."""
    found: dict[str, Snapshot] = {}
    positions: dict[tuple[str, str | None], Snapshot] = {}
    values: set[str] = set()

    def keep(snapshot: Snapshot) -> None:
        found.setdefault(snapshot.state, snapshot)
        kept = positions.setdefault((snapshot.state, snapshot.before), snapshot)
        if kept is not snapshot and found[snapshot.state] is not snapshot:
            snapshot.db.close()

    asyncio.run(walk(keep, values))
    return Reachable(load_flow(), found, positions, values)


class Errors(logging.Handler):
    """Keeps the error records of the engine and the flow (a failing conversation logs one)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
