"""The pivot records: a database written before flows brought their own tables opens, upgrades
and carries on; export, erasure and retention reach every record table the flow declares."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.engine import Engine
from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from bot.store import Records
from flows.pivot import build_flow
from flows.pivot.records import RECORDS
from tests.conftest import Chat

RELEASE_1 = Path(__file__).resolve().parents[1] / "data" / "release-1.sql"
# The fixture's last script ran to here; its people are legacy0..legacy4 on the console.
THEN = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)


# The record tables as release 1 had them: the first migration only.
RELEASE_1_RECORDS = Records(RECORDS.component, RECORDS.migrations[:1])


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in RELEASE_1_RECORDS.tables()
        }
    finally:
        conn.close()


def _schema(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        conn.close()
    return dict(rows)


@pytest.fixture
def release_1(tmp_path: Path) -> Path:
    """A database file exactly as the release before per-component migrations left it."""
    path = tmp_path / "release-1.db"
    conn = sqlite3.connect(path)
    conn.executescript(RELEASE_1.read_text(encoding="utf-8"))
    conn.close()
    return path


@pytest.fixture
def upgraded(release_1: Path) -> Iterator[Engine]:
    engine = Engine(build_flow(), SqliteStore.open(release_1), ManualClock(THEN))
    yield engine
    engine.close()


def _legacy(n: int) -> ConversationKey:
    return ConversationKey("console", "local", f"legacy{n}")


def test_the_fixture_is_a_release_1_database(release_1: Path) -> None:
    conn = sqlite3.connect(release_1)
    assert conn.execute("SELECT version, name FROM schema_migrations").fetchall() == [
        (1, "initial")
    ]
    for table in RELEASE_1_RECORDS.tables():
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    conn.close()


def test_a_release_1_database_upgrades_without_touching_the_record_tables(
    release_1: Path,
) -> None:
    before = _schema(release_1)
    counts = _counts(release_1)
    # The columns every later migration adds, table by table, in the order they add them.
    altered: dict[str, list[str]] = {}
    for migration in RECORDS.migrations[1:]:
        for table, new_columns in migration.add_columns.items():
            altered.setdefault(table, []).extend(new_columns)
    columns = {table: _columns(release_1, table) for table in altered}
    engine = Engine(build_flow(), SqliteStore.open(release_1), ManualClock(THEN))
    store = engine.store
    assert isinstance(store, SqliteStore)
    assert store.versions() == {"core": 4, "pivot": 5}
    rows = store.db.execute("SELECT component, version, name FROM schema_migrations ORDER BY 1")
    assert rows.fetchall() == [
        ("core", 1, "initial"),
        ("core", 2, "component_versions"),
        ("core", 3, "inbox_and_relays"),
        ("core", 4, "report_key"),
        ("pivot", 1, "initial"),
        ("pivot", 2, "debrief_people"),
        ("pivot", 3, "promise_deadline"),
        ("pivot", 4, "contact_honorific"),
        ("pivot", 5, "attempt_own_points"),
    ]
    engine.close()
    after = _schema(release_1)
    # Core v3 adds the inbox, the relays' heartbeats, the database's id and two indexes, and
    # rebuilds the outbox (ids never reused, an owner per row); the pivot's second migration
    # creates its tables (each indexed on key, sqlite-utils' name) and adds columns; everything
    # else, the record tables above all, is exactly as it was.
    new = {"inbox", "inbox_event", "relays", "meta", "outbox_key", "conversations_updated"}
    for created in RECORDS.migrations[1].create:
        new |= {created.name, f"idx_{created.name}_key"}
    assert set(after) - set(before) == new | {"sqlite_sequence"}  # AUTOINCREMENT's counter
    changed = {"schema_migrations", "outbox", *altered}
    assert {k: v for k, v in after.items() if k not in changed | new | {"sqlite_sequence"}} == {
        k: v for k, v in before.items() if k not in changed
    }
    assert "AUTOINCREMENT" in after["outbox"] and "owner TEXT" in after["outbox"]
    for table, added in altered.items():
        assert _columns(release_1, table) == [*columns[table], *added], table
    assert _counts(release_1) == counts
    # Opened again: nothing left to do.
    again = Engine(build_flow(), SqliteStore.open(release_1), ManualClock(THEN))
    again.close()
    assert _schema(release_1) == after


def test_a_fresh_database_has_the_same_tables_as_an_upgraded_one(
    release_1: Path, tmp_path: Path
) -> None:
    Engine(build_flow(), SqliteStore.open(release_1), ManualClock(THEN)).close()
    Engine(build_flow(), SqliteStore.open(tmp_path / "new.db"), ManualClock(THEN)).close()
    assert _schema(tmp_path / "new.db") == _schema(release_1)


async def test_conversations_carry_on_after_the_upgrade(upgraded: Engine) -> None:
    # The reply committed but never delivered before the upgrade still goes out.
    (pending,) = upgraded.pending()
    assert pending.key == _legacy(2) and "status check" in pending.reply.text
    upgraded.delivered([pending.reply])

    # legacy0 was asked for their evidence: the answer lands on the interview they made then.
    ann = Chat(upgraded, user="legacy0")
    assert ann.state == "pivot.evidence"
    reply = await ann.say("I built a usage dashboard for our sales team")
    assert ann.state == "pivot.plan" and "Acme Robotics" in reply
    (interview,) = upgraded.store.records("interviews", ann.key)
    assert interview["evidence"] == "I built a usage dashboard for our sales team"

    # legacy2's contacts and follow-ups from before show on App Home and in /mydata.
    home = upgraded.overview(_legacy(2))
    assert home["contacts"] and home["followups"]
    bea = Chat(upgraded, user="legacy2")
    await bea.send("/mydata")
    data = bea.last[0].attachment
    assert data is not None and '"interviews"' in data.content and '"followups"' in data.content
    exported = upgraded.export(_legacy(2))
    assert exported["contacts"] and exported["followups"] and exported["interviews"]

    # legacy1's rehearsal scores from before still count in their progress.
    cal = Chat(upgraded, user="legacy1")
    assert cal.state == "rehearse.done"
    assert len(upgraded.store.records("attempts", cal.key)) == 5

    # A reminder scheduled before the upgrade fires after it.
    fired = await upgraded.tick(THEN + timedelta(days=60))
    assert fired


async def test_forget_and_retention_reach_records_made_before_the_upgrade(
    upgraded: Engine,
) -> None:
    store = upgraded.store
    upgraded.forget(_legacy(2))
    for table in RECORDS.tables():
        assert store.records(table, _legacy(2)) == [], table
    assert store.records("interviews", _legacy(3))
    assert upgraded.forget_workspace("console", "local") == 4
    for n in range(5):
        assert upgraded.export(_legacy(n))["conversations"] == []
        for table in RECORDS.tables():
            assert store.records(table, _legacy(n)) == [], table


async def test_retention_erases_records_made_before_the_upgrade(release_1: Path) -> None:
    clock = ManualClock(THEN + timedelta(days=400))
    engine = Engine(build_flow(), SqliteStore.open(release_1), clock, timedelta(days=30))
    try:
        await engine.tick()
        for n in range(5):
            exported = engine.export(_legacy(n))
            assert all(exported[t] == [] for t in exported if t != "key"), n
    finally:
        engine.close()


# -- the earliest released schema -------------------------------------------------------------

RELEASE_0 = Path(__file__).resolve().parents[1] / "data" / "release-0.sql"
# first0 was asked for the interview date; the question never reached them. first1 was welcomed.
RELEASE_0_AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def release_0(tmp_path: Path) -> Path:
    """A database file exactly as the first release left it (its core v1 before the edit)."""
    path = tmp_path / "release-0.db"
    conn = sqlite3.connect(path)
    conn.executescript(RELEASE_0.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_the_fixture_is_a_first_release_database(release_0: Path) -> None:
    assert "delivered_at" in _columns(release_0, "outbox")
    assert "events" not in _columns(release_0, "conversations")
    conn = sqlite3.connect(release_0)
    assert conn.execute("SELECT count(*) FROM processed_events").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL").fetchone() == (1,)
    conn.close()


async def test_a_first_release_database_carries_on_without_resending_what_was_delivered(
    release_0: Path,
) -> None:
    engine = Engine(build_flow(), SqliteStore.open(release_0), ManualClock(RELEASE_0_AT))
    try:
        # Only the reply that never arrived goes out at start, not the four delivered ones.
        (pending,) = engine.pending()
        assert pending.key == ConversationKey("console", "local", "first0")
        assert "when is the interview" in pending.reply.text.casefold()
        engine.delivered([pending.reply])
        # Events processed before the upgrade are still recognised as duplicates.
        from bot.messages import Inbound

        again = Inbound(pending.key, text="Inside sales", event_id="first0-4")
        assert await engine.handle(again) == []
        # The conversation goes on from where it was, with what was typed then.
        ann = Chat(engine, user="first0")
        assert ann.state == "intake.date"
        reply = await ann.say("next Tuesday", event_id="after-1")
        assert "Acme Robotics" in reply and "Sorry" not in reply
        assert ann.state == "intake.draws"
        bea = Chat(engine, user="first1")
        assert bea.state == "welcome"
        typed = await bea.say("Prepare for an interview", event_id="after-2")
        assert "which company" in typed.casefold()
    finally:
        engine.close()
    assert "processed_events" not in _schema(release_0)
    assert "delivered_at" not in _columns(release_0, "outbox")
