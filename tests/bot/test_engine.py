"""The engine's promises: order per conversation, atomic saves, dedupe, timers, restarts."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import make_engine
from bot.clock import ManualClock
from bot.content import Content
from bot.engine import Engine
from bot.flow import Conversation, Core, Flow, Step
from bot.messages import ConversationKey, Inbound, Reply
from bot.parts import Part
from bot.sqlite_store import SqliteStore
from tests.conftest import Chat

INTAKE = [
    "/start",
    "Prepare for an interview",
    "Acme Robotics",
    "Inside sales",
    "London",  # the time zone, asked once before the first date question
    "tomorrow",
    "The grid-forecasting launch",
    "5",
    "2",
    "product analytics",
    "Sounds right",
]


class Echo(Part):
    name = "echo"
    STEPS = (Step("echo", "text"),)
    TABLE = ({"trigger": "answer", "source": "echo", "dest": "echo", "before": "keep"},)

    def keep(self, event: object) -> None:
        inbound = self.c.inbound
        self.c.data.setdefault("seen", []).append(inbound.text if inbound else "")


def echo_flow() -> Flow:
    words = {name: "?" for name in (*Core.TEXTS, "expected_text")}
    labels = {name: "?" for name in Core.LABELS}
    content = Content({**words, "error": "sorry"}, labels, {"echo": {"say": "ok"}})
    return Flow("echo", 1, "echo", [Echo], content)


class Jittery(Engine):
    """Yields to the event loop inside the critical section, as a slow store or flow would."""

    async def handle(self, inbound: Inbound, inbox_id: int | None = None) -> list[Reply]:
        async with self._locks.hold(inbound.key):
            await asyncio.sleep(random.random() / 2000)
            return self._handle(inbound, inbox_id)


async def test_hundred_concurrent_messages_keep_their_order_while_others_proceed(
    tmp_path: Path,
) -> None:
    engine = Jittery(echo_flow(), SqliteStore.open(tmp_path / "o.db"), ManualClock())
    a, b = ConversationKey("console", "local", "a"), ConversationKey("console", "local", "b")
    done: list[str] = []

    async def send(key: ConversationKey, n: int) -> None:
        await engine.handle(Inbound(key, text=str(n), event_id=f"{key.user}{n}"))
        done.append(f"{key.user}{n}")

    tasks = [send(a, n) for n in range(100)] + [send(b, n) for n in range(10)]
    await asyncio.gather(*tasks)
    seen_a = engine.store.load(a).data["seen"]  # type: ignore[union-attr]
    assert seen_a == [str(n) for n in range(100)]
    assert engine.store.load(b).data["seen"] == [str(n) for n in range(10)]  # type: ignore[union-attr]
    # b's ten messages did not queue behind a's hundred.
    assert done.index("b9") < done.index("a99")
    assert len(engine._locks) == 0  # no lock kept per user once idle
    engine.close()


async def test_failure_inside_the_save_leaves_no_half_written_state(
    chat: Chat, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in INTAKE[:3]:
        await chat.say(text)
    assert chat.state == "intake.role"
    before = engine.store.export(chat.key)

    def broken_queue(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")  # after the state row was written in the same transaction

    monkeypatch.setattr(engine.store, "queue", broken_queue)
    reply = await chat.say("Inside sales", event_id="boom")
    monkeypatch.undo()
    assert "something went wrong" in reply
    after = engine.store.export(chat.key)
    assert after["conversations"] == before["conversations"]
    assert after["outbox"] == before["outbox"]  # no outbox row, not even the apology's duplicate
    # The same delivery, retried by the platform, now goes through.
    assert "Which time zone" in await chat.say("Inside sales", event_id="boom")
    assert "When is the interview" in await chat.say("London")
    assert chat.state == "intake.date"


async def test_redelivered_event_changes_nothing(chat: Chat, engine: Engine) -> None:
    await chat.say("/start", event_id="e1")
    await chat.say("Prepare for an interview", event_id="e2")
    engine.flush()  # delivery marks of earlier replies are not what this test is about
    snapshot = engine.store.export(chat.key)
    assert await chat.send("Prepare for an interview", event_id="e2") == []
    assert engine.store.export(chat.key) == snapshot


async def test_restart_resumes_mid_conversation(tmp_path: Path, clock: ManualClock) -> None:
    first = Chat(make_engine(tmp_path / "r.db", clock))
    for text in INTAKE[:6]:
        await first.say(text)
    first.engine.close()
    second = Chat(make_engine(tmp_path / "r.db", clock))
    second.n = 100
    assert second.state == "intake.draws"
    assert "How well does Acme Robotics fit".lower() in (await second.say("Their launch")).lower()
    second.engine.close()


async def test_committed_but_unsent_replies_come_back_after_a_crash(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = make_engine(tmp_path / "c.db", clock)
    key = ConversationKey("console", "local", "zed")
    replies = await engine.handle(Inbound(key, text="/start", event_id="1"))
    # The process dies here: committed, never marked delivered.
    engine.close()
    engine = make_engine(tmp_path / "c.db", clock)
    pending = engine.pending()
    assert [p.reply.text for p in pending] == [r.text for r in replies]
    engine.delivered([p.reply for p in pending])
    assert engine.pending() == []
    engine.close()


async def test_timer_fires_once_and_survives_restart(tmp_path: Path, clock: ManualClock) -> None:
    chat = Chat(make_engine(tmp_path / "t.db", clock))
    for text in INTAKE:
        await chat.say(text)
    chat.engine.close()
    clock.advance(timedelta(hours=33))
    engine = make_engine(tmp_path / "t.db", clock)
    fired = await engine.tick()
    assert len(fired) == 1 and "thank-you" in fired[0].reply.text
    assert await engine.tick() == []
    engine.close()
    engine = make_engine(tmp_path / "t.db", clock)
    assert await engine.tick() == []
    engine.close()


async def test_deactivated_user_gets_no_more_timers(
    chat: Chat, engine: Engine, clock: ManualClock
) -> None:
    for text in INTAKE:
        await chat.say(text)
    engine.deactivate(chat.key)
    clock.advance(timedelta(days=3))
    assert await engine.tick() == []


async def test_one_users_crash_does_not_stop_others(
    chat: Chat, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Chat(engine, user="bea")
    await chat.say("/start")
    await other.say("/start")
    original = engine.flow.dispatch

    def explode_for_ann(conv: Conversation, inbound: Inbound) -> None:
        if inbound.key.user == "ann":
            raise RuntimeError("bug")
        original(conv, inbound)

    monkeypatch.setattr(engine.flow, "dispatch", explode_for_ann)
    assert "something went wrong" in await chat.say("Prepare for an interview")
    assert "Which company" in await other.say("Prepare for an interview")


async def test_unsupported_media_gets_a_kind_reply_and_changes_nothing(
    chat: Chat, engine: Engine
) -> None:
    await chat.say("/start")
    replies = await engine.handle(Inbound(chat.key, kind="unsupported", event_id="photo"))
    assert "only read text" in replies[0].text
    assert next(c.label for c in replies[0].choices) == "Prepare for an interview"
    assert chat.state == "welcome"


async def test_stale_choice_is_answered_politely(chat: Chat) -> None:
    await chat.say("/start")
    await chat.say("Prepare for an interview")
    text = "\n".join(r.text for r in await chat.send(choice="about"))
    assert "earlier question" in text
    assert chat.state == "intake.company"


async def test_forget_erases_every_row_of_that_person_only(chat: Chat, engine: Engine) -> None:
    other = Chat(engine, user="bea")
    for text in INTAKE:
        await chat.say(text)
        await other.say(text)
    for who in (chat, other):
        await who.say("/contacts")
        await who.tap("Add a contact")
        await who.say("Maria Lopez")
    assert isinstance(engine.store, SqliteStore)  # this test reads the SQLite file directly
    db = engine.store.db
    tables = [t for t in db.table_names() if "key" in {c.name for c in db[t].columns}]
    assert {"conversations", "interviews", "contacts", "followups", "timers"} <= set(tables)
    await chat.say("/forget")
    await chat.tap("Yes, erase everything")
    engine.flush()
    for table in tables:
        mine = list(db.query(f"SELECT 1 FROM {table} WHERE key = ?", [str(chat.key)]))
        assert mine == [], table
    for table in ("conversations", "interviews", "contacts", "followups", "timers"):
        theirs = list(db.query(f"SELECT 1 FROM {table} WHERE key = ?", [str(other.key)]))
        assert theirs, table


async def test_retention_erases_only_people_inactive_for_longer(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = make_engine(tmp_path / "ret.db", clock, retention_days=30)
    old, recent = Chat(engine, user="old"), Chat(engine, user="recent")
    for text in INTAKE:
        await old.say(text)
    clock.advance(timedelta(days=20))
    await recent.say("/start")
    clock.advance(timedelta(days=11))  # old: 31 days quiet; recent: 11
    await engine.tick()
    assert engine.state_of(old.key) is None
    assert engine.store.records("interviews", old.key) == []
    assert engine.state_of(recent.key) == "welcome"
    engine.close()


async def test_the_retention_sweep_yields_between_batches_and_erases_everyone_quiet(
    tmp_path: Path, clock: ManualClock
) -> None:
    import sqlite3

    from bot.engine import SWEEP_BATCH

    path = tmp_path / "sweep.db"
    engine = make_engine(path, clock, retention_days=30)
    planned = [Chat(engine, user=f"plan{n}") for n in range(5)]  # records and a reminder each
    for chat in planned:
        for text in INTAKE:
            await chat.say(text)
    quiet = [ConversationKey("console", "local", f"q{n}") for n in range(SWEEP_BATCH * 5)]
    for n, who in enumerate(quiet):  # their welcome never delivered: outbox rows too
        await engine.handle(Inbound(who, text="/start", event_id=f"q{n}"))
    clock.advance(timedelta(days=31))
    recent = Chat(engine, user="recent")
    sweep = asyncio.ensure_future(engine.tick())
    turns, answered_meanwhile = 0, False
    while not sweep.done():
        await asyncio.sleep(0)  # another coroutine: does it get a turn while the sweep runs?
        if sweep.done():
            break
        turns += 1
        if not answered_meanwhile and engine.state_of(planned[0].key) is None:
            # The first batch is erased, the sweep not finished: someone writes now.
            assert "networking" in await recent.say("/start")
            answered_meanwhile = not sweep.done()
    await sweep
    assert answered_meanwhile  # answered while the sweep was still going on
    assert turns >= len(quiet) // SWEEP_BATCH  # a turn for others after every batch
    # Everyone quiet for longer than retention is gone from every table; the new one stays.
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if "key" in columns:
                keys = {r[0] for r in conn.execute(f"SELECT DISTINCT key FROM {table}")}
                assert keys <= {str(recent.key)}, (table, sorted(keys)[:3])
        people = conn.execute("SELECT key FROM conversations").fetchall()
        assert people == [(str(recent.key),)]
    finally:
        conn.close()
    engine.close()


def test_export_and_forget_commands(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    db = tmp_path / "cli.db"
    cli = [sys.executable, "-m", "bot.cli"]
    subprocess.run(
        [*cli, "console", "--db", str(db), "--user", "zoe"],
        input="/start\n1\nAcme\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    out = subprocess.run(
        [*cli, "export", "console:local:zoe", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    data = json.loads(out.stdout)
    assert data["conversations"][0]["data"]["company"] == "Acme"
    missing = subprocess.run(
        [*cli, "export", "console:local:nobody", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert missing.returncode == 2 and "nothing stored" in missing.stderr
    bad = subprocess.run(
        [*cli, "forget", "zoe", "--db", str(db)], capture_output=True, text=True, cwd=tmp_path
    )
    assert bad.returncode == 2 and "platform:workspace:user" in bad.stderr
    gone = subprocess.run(
        [*cli, "forget", "console:local:zoe", "--db", str(db), "--yes"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert "Erased" in gone.stdout
    again = subprocess.run(
        [*cli, "export", "console:local:zoe", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert again.returncode == 2
