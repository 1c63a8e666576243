"""Shared fixtures, and pytest collection of the scripted conversations in tests/conversations."""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot import scripts
from bot.app import make_engine
from bot.clock import ManualClock
from bot.engine import Engine
from bot.markup import to_plain
from bot.messages import ConversationKey, Inbound, Reply
from tests.resuming import Resuming

CONVERSATIONS = Path(__file__).parent / "conversations"


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    """Every script under tests/conversations, but not the fixtures they start from."""
    if file_path.suffix not in (".yaml", ".yml") or CONVERSATIONS not in file_path.parents:
        return None
    if scripts.FIXTURES in file_path.relative_to(CONVERSATIONS).parts[:-1]:
        return None  # a point that scripts start from (given:), not a script
    return ScriptFile.from_parent(parent, path=file_path)


class ScriptFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        yield ScriptItem.from_parent(self, name=self.path.stem)


class ScriptItem(pytest.Item):
    """One script played into the engine, as ``pivotbot test`` plays it, with /resume tried
    after every step (tests/resuming.py): the script's expectations and, after them, any screen
    that could not draw itself again or that /resume changed."""

    def runtest(self) -> None:
        drivers: list[Resuming] = []

        def driver(factory: scripts.EngineFactory, clock: ManualClock, user: str) -> Resuming:
            drivers.append(Resuming(factory, clock, user))
            return drivers[-1]

        script = scripts.load_script(self.path)
        result = asyncio.run(scripts.run_script(script, make_engine, driver))
        if not result.passed:
            raise ScriptFailure(scripts.format_result(result))
        problems = [problem for d in drivers for problem in d.problems]
        if problems:
            raise ScriptFailure("\n".join(problems))

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, ScriptFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"script: {self.name}"


class ScriptFailure(Exception):
    pass


@pytest.fixture(autouse=True, scope="session")
def _schema_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Schema snapshots (``bot.schema_cache``) go to a directory of the test session's, not to
    the user's cache; subprocesses inherit it."""
    import os

    before = os.environ.get("PIVOTBOT_CACHE_DIR")
    os.environ["PIVOTBOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("PIVOTBOT_CACHE_DIR", None)
    else:
        os.environ["PIVOTBOT_CACHE_DIR"] = before


class Chat:
    """One user talking to an engine, errbot-style: ``await chat.say("hi")`` returns plain text."""

    def __init__(
        self, engine: Engine, user: str = "ann", platform: str = "console", workspace: str = "local"
    ) -> None:
        self.engine = engine
        self.key = ConversationKey(platform, workspace, user)
        self.n = 0
        self.last: list[Reply] = []

    async def send(
        self, text: str | None = None, choice: str | None = None, event_id: str | None = None
    ) -> list[Reply]:
        self.n += 1
        inbound = Inbound(
            self.key,
            text=text or "",
            choice=choice,
            event_id=event_id or f"{self.key.user}-{self.n}",
        )
        self.last = await self.engine.handle(inbound)
        self.engine.delivered(self.last)
        return self.last

    async def say(self, text: str, event_id: str | None = None) -> str:
        return "\n".join(to_plain(r.text) for r in await self.send(text, event_id=event_id))

    async def tap(self, label: str) -> str:
        buttons = [c for r in self.last for c in r.choices]
        value = next(c.value for c in buttons if c.label == label)
        return "\n".join(to_plain(r.text) for r in await self.send(choice=value))

    @property
    def state(self) -> str | None:
        return self.engine.state_of(self.key)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
async def engine(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Engine]:
    e = make_engine(tmp_path / "t.db", clock)
    yield e
    e.close()


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine)


# -- databases: SQLite and a real PostgreSQL server ---------------------------------------------

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """One PostgreSQL server for the whole session, from the machine's binaries (see
    tests/postgres_server.py). Without them the PostgreSQL tests skip, except on CI
    (``CI=true``), where they must run: .ci/run installs the server first."""
    from tests.postgres_server import PostgresServer, binaries

    bindir = binaries()
    if bindir is None:
        reason = "PostgreSQL server binaries not found (no initdb on PATH or /usr/lib/postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    server = PostgresServer(bindir).start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: Any) -> Iterator[str]:
    """A fresh, empty database of the session's server (dropped afterwards), as its URL."""
    name = f"t{os.getpid()}_{next(_databases)}"
    url: str = postgres_server.create_database(name)
    yield url
    postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store lives, once per kind: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return str(request.getfixturevalue("postgres_url"))
