"""No log record carries what a student typed, at any level: a unique marker goes through every
adapter (console, Telegram and Slack over their fake servers), through Slack requests that are
refused (bad signature, stale or malformed timestamp) and through a conversation whose handler
fails with the marker in its exception message, while the root logger captures everything at
DEBUG. The marker must be in no record's message, arguments or exception text."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters import console
from adapters.slack_app import SlackBot
from adapters.testing.slack_api import FakeSlackApi
from adapters.testing.slack_driver import SIGNING_SECRET, SlackApp, Student, command_form
from adapters.testing.telegram_driver import make_driver
from bot.app import make_engine
from bot.clock import ManualClock
from bot.config import Config
from bot.content import Content
from bot.engine import Engine
from bot.flow import Core, Flow, Step
from bot.messages import ConversationKey, Inbound
from bot.parts import Part
from bot.scripts import START
from bot.sqlite_store import SqliteStore

MARKER = "Zq7-Marker-Employer-4411"
TEAM = "T0LOGS"


class Everything(logging.Handler):
    """Keeps every record that reaches the root logger, whatever logger wrote it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def leaks(self, marker: str) -> list[str]:
        out = []
        for r in self.records:
            parts = [str(r.msg), repr(r.args)]
            with contextlib.suppress(TypeError, ValueError):
                parts.append(r.getMessage())
            if r.exc_info and r.exc_info[1] is not None:
                parts.append("".join(traceback.format_exception(*r.exc_info)))
            if r.exc_text:
                parts.append(r.exc_text)
            if r.stack_info:
                parts.append(r.stack_info)
            if any(marker.casefold() in p.casefold() for p in parts):
                out.append(f"{r.name} {r.levelname}: {r.getMessage()[:200]}")
        return out


@pytest.fixture
def logs() -> Iterator[Everything]:
    root = logging.getLogger()
    handler, level = Everything(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


INTAKE = ["Prepare for an interview", f"{MARKER} Robotics", f"Head of {MARKER}", "London"]


async def test_console_traffic_logs_no_marker(
    logs: Everything, engine: Engine, tmp_path: Path
) -> None:
    out = io.StringIO()
    lines = "\n".join(["/start", *INTAKE, f"tomorrow {MARKER}", "/mydata", "quit"]) + "\n"
    await console.run(engine, "ann", io.StringIO(lines), out, tmp_path)
    assert MARKER in out.getvalue()  # the marker went through and came back
    assert logs.records  # the capture works
    assert logs.leaks(MARKER) == []


async def test_telegram_traffic_logs_no_marker(logs: Everything, tmp_path: Path) -> None:
    clock = ManualClock(START)
    chat = 100_001
    driver = make_driver(lambda: make_engine(tmp_path / "bot.db", clock), clock, str(chat))
    await driver.start()
    try:
        await driver.deliver(lambda: driver.fake.text(chat, "/start"), chat)
        message = driver.fake.last_keyboard_message(chat)
        assert message is not None
        rows = message["reply_markup"]["inline_keyboard"]
        data = next(b["callback_data"] for row in rows for b in row if b["text"] == INTAKE[0])
        await driver.deliver(lambda: driver.fake.tap(chat, message["message_id"], data), chat)
        seen = []
        for text in INTAKE[1:]:
            seen += await driver.deliver(lambda t=text: driver.fake.text(chat, t), chat)  # type: ignore[misc]
        assert any(MARKER in s.text for s in seen)
    finally:
        await driver.close()
    assert logs.leaks(MARKER) == []


async def test_slack_traffic_and_refused_requests_log_no_marker(
    logs: Everything, fake: FakeSlackApi, engine: Engine, clock: ManualClock, tmp_path: Path
) -> None:
    fake.add_workspace(TEAM)
    config = Config(
        db=str(tmp_path / "bot.db"),
        slack_bot_token=fake.workspaces[TEAM].bot_token,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=fake.url,
    )
    app = SlackApp(SlackBot(engine, config, tick_every=None))
    await app.start()
    try:
        alice = Student(app, fake, TEAM, "UALICE", clock)
        await alice.command()
        await alice.tap(INTAKE[0])
        seen = []
        for text in INTAKE[1:]:
            seen += await alice.say(text)
        assert any(MARKER in s.text for s in seen)
        await alice.say(f"<@U999|{MARKER}> is who I met")
        fake.fail("chat.postMessage", "account_inactive")
        await alice.say(f"{MARKER} again")
        # Refused: a forged signature, a stale and a future timestamp, a malformed one.
        body = alice.message_event(f"{MARKER} refused")
        form = command_form(TEAM, alice.user, MARKER, "trigger-x")
        now = int(time.time())
        for kw in (
            {"signature": "v0=" + "0" * 64},
            {"timestamp": now - 3600},
            {"timestamp": now + 3600},
            {"headers": {"X-Slack-Request-Timestamp": f"{MARKER}"}},
        ):
            assert (await app.event(body, **kw)).status == 401
            assert (await app.form(form, **kw)).status == 401
        # Signed, but not a payload Bolt knows: the body must not be logged either.
        assert (await app.post(json.dumps({"type": MARKER}), "application/json")).status == 404
    finally:
        await app.close()
    assert logs.records
    assert logs.leaks(MARKER) == []
    assert logs.leaks(fake.workspaces[TEAM].bot_token) == []
    assert logs.leaks(SIGNING_SECRET) == []


class Fails(Part):
    """Fails on every answer, quoting the answer in the exception, as a careless handler might."""

    name = "fails"
    STEPS = (Step("fails", "text"),)
    TABLE = ({"trigger": "answer", "source": "fails", "dest": "fails", "before": "boom"},)

    def boom(self, event: object) -> None:
        inbound = self.c.inbound
        typed = inbound.text if inbound else ""
        raise ValueError(f"cannot use {typed!r}") from KeyError(typed)


def failing_flow() -> Flow:
    words = {name: "?" for name in (*Core.TEXTS, "expected_text")}
    labels = {name: "?" for name in Core.LABELS}
    content = Content({**words, "error": "sorry"}, labels, {"fails": {"say": "ok"}})
    return Flow("fails", 1, "fails", [Fails], content)


async def test_a_failing_conversation_logs_no_marker(
    logs: Everything, tmp_path: Path, clock: ManualClock
) -> None:
    engine = Engine(failing_flow(), SqliteStore.open(tmp_path / "f.db"), clock)
    key = ConversationKey("console", "local", "ann")
    try:
        replies = await engine.handle(Inbound(key, text=MARKER, event_id="e-1"))
    finally:
        engine.close()
    assert [r.text for r in replies] == ["sorry"]
    failed = [r for r in logs.records if r.levelno >= logging.ERROR]
    assert failed  # the failure is logged: by key, kind and place
    assert "ValueError" in "\n".join(r.getMessage() for r in failed)
    assert logs.leaks(MARKER) == []
