"""Scripted conversations (format v1): play scripts through a driver (the engine in process, or
an adapter), seeding the fixtures they start from, check every expectation, and report expected
vs actual with the transcript so far. Reading and checking the files is ``bot.script_files``."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from bot.clock import ManualClock, parse_duration
from bot.engine import Engine
from bot.errors import ScriptError
from bot.markup import to_plain
from bot.messages import Choice, ConversationKey, Inbound, Reply
from bot.script_files import (
    ACTIONS,
    ASSERTIONS,
    FIXTURES,
    START,
    Fixture,
    Given,
    Script,
    find_scripts,
    load_fixture,
    load_script,
)
from bot.store import Session

# What callers import from here: reading files is bot.script_files' job, playing them is ours.
__all__ = [
    "ACTIONS",
    "ASSERTIONS",
    "FIXTURES",
    "START",
    "Driver",
    "EngineDriver",
    "Fixture",
    "Given",
    "Result",
    "Script",
    "Seen",
    "find_scripts",
    "format_result",
    "load_fixture",
    "load_script",
    "run_script",
]


@dataclass
class Seen:
    """One message the user saw: plain text and its buttons."""

    text: str
    choices: list[Choice] = field(default_factory=list)


class Driver(Protocol):
    key: ConversationKey  # whose conversation: fixtures seed it before start()

    async def start(self) -> None: ...
    async def say(self, text: str) -> list[Seen]: ...
    async def tap(self, choice: Choice) -> list[Seen]: ...
    async def tick(self) -> list[Seen]: ...
    async def restart(self) -> None: ...
    async def redeliver(self) -> list[Seen]: ...
    def state(self) -> str | None: ...
    async def close(self) -> None: ...


EngineFactory = Callable[[], Engine]
DriverFactory = Callable[[EngineFactory, ManualClock, str], Driver]


def seen(replies: Iterable[Reply]) -> list[Seen]:
    return [Seen(to_plain(r.text), list(r.choices)) for r in replies]


class EngineDriver:
    """Plays a script straight into the engine, in process: the reference driver."""

    def __init__(self, engine_factory: EngineFactory, clock: ManualClock, user: str) -> None:
        self.factory = engine_factory
        self.engine = engine_factory()
        self.key = ConversationKey("console", "local", user)
        self.count = 0
        self.last: Inbound | None = None

    async def start(self) -> None:
        return None

    async def _send(self, inbound: Inbound) -> list[Seen]:
        self.last = inbound
        replies = await self.engine.handle(inbound)
        self.engine.delivered(replies)
        return seen(replies)

    def _next_id(self) -> str:
        self.count += 1
        return f"script-{self.count}"

    async def say(self, text: str) -> list[Seen]:
        return await self._send(Inbound(self.key, text=text, event_id=self._next_id()))

    async def tap(self, choice: Choice) -> list[Seen]:
        return await self._send(Inbound(self.key, choice=choice.value, event_id=self._next_id()))

    async def tick(self) -> list[Seen]:
        outs = await self.engine.tick()
        replies = [o.reply for o in outs if o.key == self.key]
        self.engine.delivered(replies)
        return seen(replies)

    async def restart(self) -> None:
        self.engine.close()
        self.engine = self.factory()
        # What was committed but not delivered before the "crash" goes out now.
        self.engine.delivered([o.reply for o in self.engine.pending()])

    async def redeliver(self) -> list[Seen]:
        if self.last is None:
            raise ScriptError("redeliver: nothing was delivered yet")
        replies = await self.engine.handle(self.last)
        self.engine.delivered(replies)
        return seen(replies)

    def state(self) -> str | None:
        return self.engine.state_of(self.key)

    async def close(self) -> None:
        self.engine.close()


# -- running ---------------------------------------------------------------------------------


@dataclass
class Result:
    script: Script
    failure: str | None = None
    transcript: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.failure is None


def _check(assertion: dict[str, Any], replies: list[Seen], state: str | None) -> str | None:
    """None when the assertion holds, else 'expected ..., got ...'."""
    ((name, want),) = assertion.items()
    text = "\n".join(s.text for s in replies)
    with_buttons = [s for s in replies if s.choices]
    labels = [c.label for c in with_buttons[-1].choices] if with_buttons else []
    shown = text if len(text) < 600 else text[:600] + "…"
    if name == "contains" and str(want).casefold() not in text.casefold():
        return f"expected the replies to contain {want!r}; got {shown!r}"
    if name == "not_contains" and str(want).casefold() in text.casefold():
        return f"expected the replies not to contain {want!r}; got {shown!r}"
    if name == "regex" and not re.search(str(want), text):
        return f"expected the replies to match /{want}/; got {shown!r}"
    if name == "equals" and text.strip() != str(want).strip():
        return f"expected the replies to equal {want!r}; got {shown!r}"
    if name == "buttons" and labels != list(want):
        return f"expected buttons {list(want)}; got {labels}"
    if name == "buttons_include":
        missing = [w for w in want if w not in labels]
        if missing:
            return f"expected buttons to include {missing}; got {labels}"
    if name == "state" and state != want:
        return f"expected state {want!r}; got {state!r}"
    if name == "no_reply" and bool(want) == bool(replies):
        return f"expected {'no reply' if want else 'a reply'}; got {len(replies)} message(s): {shown!r}"
    return None


def _find_button(want: Any, shown: list[list[Choice]]) -> Choice:
    """A button by 1-based number on the latest message with buttons, or by label on any message
    of the last reply (the latest message first)."""
    last = shown[-1] if shown else []
    labels = [c.label for buttons in shown for c in buttons]
    if isinstance(want, int) or (isinstance(want, str) and want.isdecimal()):
        n = int(want)
        if 1 <= n <= len(last):
            return last[n - 1]
        raise ScriptError(f"no button number {n}; buttons were {[c.label for c in last]}")
    for buttons in reversed(shown):
        for c in buttons:
            if c.label.casefold() == str(want).casefold():
                return c
    raise ScriptError(f"no button {want!r}; buttons were {labels}")


def _describe(step: dict[str, Any]) -> str:
    for action in ACTIONS:
        if action in step:
            value = str(step[action])
            return f"{action}: {value[:60]}{'…' if len(value) > 60 else ''}"
    return "expect only"


class _Player:
    """Plays steps through a driver, logging them and keeping the buttons on screen."""

    def __init__(self, driver: Driver, clock: ManualClock, seeded: bool) -> None:
        self.driver = driver
        self.clock = clock
        self.seeded = seeded  # a fixture wrote the conversation: no message shows its buttons
        self.shown: list[list[Choice]] = []  # the buttons of each message of the latest reply

    async def act(self, step: dict[str, Any], log: list[str]) -> list[Seen]:
        """Do the step's action; returns what the user saw because of it."""
        driver, clock = self.driver, self.clock
        replies: list[Seen] = []
        if "say" in step:
            text = "" if step["say"] is None else str(step["say"])
            log.append(f"user: {text[:200]}{'…' if len(text) > 200 else ''}")
            replies = await driver.say(text)
        elif "tap" in step:
            if not self.shown and self.seeded:
                raise ScriptError(
                    "nothing is on screen to tap yet (the conversation was seeded by a fixture): "
                    "type the choice with say:"
                )
            choice = _find_button(step["tap"], self.shown)
            log.append(f"user taps: [{choice.label}]")
            replies = await driver.tap(choice)
        elif "advance" in step:
            delta = parse_duration(str(step["advance"]))
            clock.advance(delta)
            log.append(f"(clock +{step['advance']} -> {clock.now():%Y-%m-%d %H:%M} UTC)")
            replies = await driver.tick()
        elif step.get("restart"):
            log.append("(engine restarted on the same database)")
            await driver.restart()
        elif step.get("redeliver"):
            log.append("(previous action delivered again, same event id)")
            replies = await driver.redeliver()
        if any(s.choices for s in replies):
            self.shown = [s.choices for s in replies if s.choices]
        for s in replies:
            log.append("bot: " + s.text.replace("\n", "\n     "))
            if s.choices:
                log.append(
                    "     " + "  ".join(f"[{i}] {c.label}" for i, c in enumerate(s.choices, 1))
                )
        return replies

    def check(self, step: dict[str, Any], replies: list[Seen]) -> str | None:
        """The first of the step's assertions that fails, as 'expected ..., got ...'."""
        state = self.driver.state() if any("state" in a for a in step["expect"]) else None
        for assertion in step["expect"]:
            problem = _check(assertion, replies, state)
            if problem:
                return problem
        return None


def _seed(given: Given, factory: EngineFactory, key: ConversationKey, now: datetime) -> str:
    """Write the fixture's state and data for ``key`` through the store; returns the bot's
    apology (plain text), which no fixture step may get."""
    engine = factory()
    try:
        if given.state not in engine.flow.steps:
            raise ScriptError(
                f"fixture {given.chain[0].name} ({given.chain[0].path}): "
                f"unknown state {given.state!r} (not in flow {engine.flow.name})"
            )
        session = Session(given.state, dict(given.data), engine.flow.version)
        engine.store.save(key, session, now)
        return to_plain(engine.canned("error").text).strip()
    finally:
        engine.close()


async def _play_given(player: _Player, given: Given, apology: str, log: list[str]) -> str | None:
    """Run the fixtures' steps (their replies are not asserted); None, or what went wrong."""
    for fixture, n, step in given.steps():
        where = f"fixture {fixture.name} ({fixture.path}) step {n} ({_describe(step)})"
        try:
            replies = await player.act(step, log)
        except ScriptError as exc:
            return f"{where}: {exc}"
        if any(s.text.strip() == apology for s in replies):
            return f"{where}: the bot answered with its apology (the flow failed)"
        problem = player.check(step, replies)
        if problem:
            return f"{where}: {problem}"
    return None


async def run_script(
    script: Script,
    make_engine: Callable[[Path, ManualClock], Engine],
    driver_factory: DriverFactory | None = None,
) -> Result:
    """Play ``script`` on a fresh database (seeded by its fixtures, if it has ``given``);
    stop at the first failed step."""
    result = Result(script)
    log = result.transcript
    with tempfile.TemporaryDirectory(prefix="pivotbot-script-") as tmp:
        db = Path(tmp) / "script.db"
        clock = ManualClock(script.start)
        factory: EngineFactory = lambda: make_engine(db, clock)  # noqa: E731
        driver = (driver_factory or EngineDriver)(factory, clock, script.user)
        given = script.given
        apology = ""
        if given is not None:
            try:
                apology = _seed(given, factory, driver.key, clock.now())
            except ScriptError as exc:
                result.failure = f"given {given.name}: {exc}"
                return result
        await driver.start()
        player = _Player(driver, clock, seeded=given is not None)
        try:
            if given is not None:
                problem = await _play_given(player, given, apology, log)
                if problem:
                    # The script never started: what the fixtures did is the transcript.
                    result.failure = f"given {given.name}: {problem}"
                    return result
                names = " <- ".join(f.name for f in reversed(given.chain))
                count = sum(1 for _ in given.steps())
                log[:] = [
                    f"(given {names}: seeded at {given.state}, then {count} fixture steps; "
                    f"now at {driver.state()})"
                ]
            for n, step in enumerate(script.steps, 1):
                try:
                    problem = player.check(step, await player.act(step, log))
                except ScriptError as exc:
                    problem = str(exc)
                if problem:
                    result.failure = f"step {n} ({_describe(step)}): {problem}"
                    return result
        finally:
            await driver.close()
    return result


def format_result(result: Result, verbose: bool = False) -> str:
    head = f"{'PASS' if result.passed else 'FAIL'}  {result.script.path}  ({result.script.name})"
    if result.passed and not verbose:
        return head
    lines = [head]
    if result.failure:
        lines.append(f"  {result.failure}")
    lines.append("  transcript:")
    lines.extend("    " + line for line in result.transcript)
    return "\n".join(lines)
