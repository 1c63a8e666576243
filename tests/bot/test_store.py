"""Every store, on SQLite and on a real PostgreSQL server (the ``database`` fixture: each test
runs once per kind): core and flow migrations versioned apart, record tables that a flow declares
reaching export and erasure, the hot path, the inbox's dedupe, timers, the relays' bookkeeping,
retention. A made-up flow here: no pivot records. SQLite's adoption of tables made before flows
had their own is SQLite's alone (PostgreSQL never had such files)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import StoreError
from bot.messages import ConversationKey, Inbound, Reply
from bot.migrations import MIGRATIONS, POSTGRES
from bot.sqlite_store import SqliteStore
from bot.store import Migration, Records, RelayRow, Session, Store, Table, open_store

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
JOTTINGS = Table("jottings", {"topic": str, "stars": int, "tags": list})
NOTES = Records("notes", (Migration("initial", create=(JOTTINGS,)),))
NOTES_V2 = Records(
    "notes",
    (*NOTES.migrations, Migration("mood", add_columns={"jottings": {"mood": str}})),
)
ANN = ConversationKey("slack", "T1", "ann")
BEA = ConversationKey("slack", "T2", "bea")


def core_version(location: str) -> int:
    return len(POSTGRES if location.startswith("postgresql://") else MIGRATIONS)


def _versions(path: Path) -> dict[str, int]:
    store = SqliteStore.open(path)
    try:
        return store.versions()
    finally:
        store.close()


def versions(store: Store) -> dict[str, int]:
    return store.versions()  # type: ignore[attr-defined, no-any-return]


@pytest.fixture
def store(database: str) -> Iterator[Store]:
    opened = open_store(database)
    yield opened
    opened.close()


def test_open_store_gives_a_store_with_the_core_schema(database: str) -> None:
    store: Store = open_store(database)
    store.close()
    again = open_store(database)  # opening an up-to-date database changes nothing
    assert versions(again) == {"core": core_version(database)}
    again.close()


def test_core_and_each_flow_are_versioned_apart(database: str) -> None:
    core = core_version(database)
    store = open_store(database)
    store.install(NOTES)
    store.install(NOTES)  # again: nothing to do
    assert versions(store) == {"core": core, "notes": 1}
    store.add("jottings", ANN, {"topic": "first", "stars": 3, "tags": ["a"]}, NOW)
    store.close()

    store = open_store(database)
    store.install(NOTES_V2)
    assert versions(store) == {"core": core, "notes": 2}
    store.add("jottings", ANN, {"topic": "second", "mood": "calm"}, NOW)
    rows = store.records("jottings", ANN)
    assert [(r["topic"], r["mood"]) for r in rows] == [("first", None), ("second", "calm")]
    store.close()

    store = open_store(database)
    with pytest.raises(StoreError, match="schema v2 of notes is newer"):
        store.install(NOTES)
    store.close()


def test_sqlite_names_every_applied_migration(tmp_path: Path) -> None:
    store = SqliteStore.open(tmp_path / "s.db")
    store.install(NOTES_V2)
    names = [r[0] for r in store.db.execute("SELECT name FROM schema_migrations ORDER BY 1")]
    assert names == [
        "component_versions",
        "inbox_and_relays",
        "initial",
        "initial",
        "mood",
        "report_key",
    ]
    store.close()


def test_a_table_made_before_its_flow_is_adopted_only_with_the_same_columns(
    tmp_path: Path,
) -> None:
    store = SqliteStore.memory()
    columns = {"id": int, "key": str, "created_at": str, "updated_at": str}
    store.db["jottings"].create(  # type: ignore[union-attr]
        {**columns, "topic": str, "stars": int, "tags": str}, pk="id"
    )
    store.db.execute("INSERT INTO jottings (key, topic) VALUES (?, 'kept')", [str(ANN)])
    store.install(NOTES)
    assert [r["topic"] for r in store.records("jottings", ANN)] == ["kept"]

    other = SqliteStore.memory()
    other.db["jottings"].create({**columns, "topic": str}, pk="id")  # type: ignore[union-attr]
    with pytest.raises(StoreError, match="jottings exists with other columns"):
        other.install(NOTES)
    assert other.versions() == {"core": 4}  # rolled back: nothing recorded


def test_a_flow_cannot_take_a_core_table(store: Store) -> None:
    with pytest.raises(StoreError, match="timers"):
        store.install(Records("bad", (Migration("initial", create=(Table("timers", {}),)),)))


def test_record_methods_reach_installed_tables_and_named_columns_only(store: Store) -> None:
    with pytest.raises(ValueError, match="not a record table: jottings"):
        store.add("jottings", ANN, {"topic": "x"}, NOW)
    store.install(NOTES)
    with pytest.raises(ValueError, match="not a record table: conversations"):
        store.records("conversations", ANN)
    with pytest.raises(ValueError, match="no column 'topic; DROP'"):
        store.records_between("jottings", ["topic; DROP"], NOW)


def test_records_and_people_between_a_period_and_in_a_workspace(store: Store) -> None:
    store.install(NOTES)
    earlier = NOW - timedelta(days=10)
    for key, at in ((ANN, earlier), (BEA, NOW)):
        store.save(key, Session("s", {}, 1), at)
        store.add("jottings", key, {"topic": key.user, "stars": 1}, at)
    assert store.records_between("jottings", ["topic", "stars"], NOW) == [
        (str(ANN), "ann", 1),
        (str(BEA), "bea", 1),
    ]
    since = NOW - timedelta(days=1)
    assert store.records_between("jottings", ["topic"], NOW, since) == [(str(BEA), "bea")]
    assert store.records_between("jottings", ["topic"], NOW, workspace="T1") == [(str(ANN), "ann")]
    assert sorted(store.people_between(NOW, since)) == [(str(BEA), True)]
    assert sorted(store.people_between(NOW)) == [(str(ANN), True), (str(BEA), True)]


def test_export_and_erasure_cover_the_flows_tables(store: Store) -> None:
    store.install(NOTES)
    for key in (ANN, BEA):
        store.save(key, Session("s", {"n": 1}, 1), NOW)
        store.add("jottings", key, {"topic": "[not json", "stars": 2, "tags": ["x", "y"]}, NOW)
    mine = store.export(ANN)
    assert list(mine) == ["key", "conversations", "jottings", "timers", "inbox", "outbox"]
    (row,) = mine["jottings"]
    assert row["tags"] == ["x", "y"] and row["topic"] == "[not json"  # JSON columns only
    store.forget(ANN)
    assert store.export(ANN)["jottings"] == [] and store.records("jottings", BEA)
    assert store.forget_workspace("slack", "T2") == 1
    assert store.records("jottings", BEA) == []


def test_a_conversation_and_its_replies_survive_a_reopen(database: str) -> None:
    store = open_store(database)
    with store.atomic():
        store.lock(ANN)
        store.save(ANN, Session("asked", {"name": "Ann", "n": [1, "é"]}, 2, True, ["e1"]), NOW)
        replies = [Reply("one"), Reply("two")]
        store.queue(ANN, replies, NOW)
    store.queue(BEA, [Reply("theirs")], NOW)
    first, second = (r.outbox_id for r in replies)
    assert first is not None and second is not None and first < second
    store.close()

    store = open_store(database)
    assert store.load(ANN) == Session("asked", {"name": "Ann", "n": [1, "é"]}, 2, True, ["e1"])
    assert store.load(ConversationKey("slack", "T1", "nobody")) is None
    assert [(o.key, o.reply.text) for o in store.pending("slack")] == [
        (ANN, "one"),
        (ANN, "two"),
        (BEA, "theirs"),
    ]
    assert store.pending("telegram") == []
    store.delivered([first])
    assert [r.text for r, _ in store.pending_of(ANN)] == ["two"]
    store.close()


def test_a_failed_transaction_leaves_nothing_and_nested_ones_roll_back_alone(
    store: Store,
) -> None:
    with pytest.raises(RuntimeError), store.atomic():
        store.save(ANN, Session("s", {}, 1), NOW)
        raise RuntimeError("boom")
    assert store.load(ANN) is None
    with store.atomic():
        store.save(ANN, Session("kept", {}, 1), NOW)
        with pytest.raises(RuntimeError), store.atomic():
            store.save(BEA, Session("dropped", {}, 1), NOW)
            raise RuntimeError("inner")
    assert store.load(ANN) is not None and store.load(BEA) is None


def test_the_inbox_stores_a_redelivered_action_once(store: Store) -> None:
    store.own("relay-1")
    hello = Inbound(ANN, text="hello", event_id="u1")
    ids = store.receive([(hello, {"message": 7}), (hello, {}), (Inbound(ANN, text="x"), {})], NOW)
    assert ids[0] is not None and ids[1] is None and ids[2] is not None
    assert store.receive([(hello, {})], NOW) == [None]  # still waiting: not stored again
    waiting = store.inbox_of(ANN)
    assert [(r.inbound.text, r.extra, r.owner) for r in waiting] == [
        ("hello", {"message": 7}, "relay-1"),
        ("x", {}, "relay-1"),
    ]
    store.processed(waiting[0].id)
    assert [r.inbound.text for r in store.inbox_of(ANN)] == ["x"]


def test_relays_claim_only_rows_of_relays_that_are_gone(store: Store) -> None:
    store.own("alive")
    store.queue(ANN, [Reply("a")], NOW)
    store.own("dead")
    store.queue(ANN, [Reply("b")], NOW)
    (row_id,) = store.receive([(Inbound(BEA, text="hi", event_id="1"), {})], NOW)
    assert row_id is not None
    store.beat(RelayRow("alive", "slack", "h", 1, "2026-11-25T09:00:00.000000Z"))
    store.beat(RelayRow("alive", "slack", "h", 1, "2026-11-25T09:00:10.000000Z"))
    assert [(r.owner, r.beat_at) for r in store.relays()] == [
        ("alive", "2026-11-25T09:00:10.000000Z")
    ]
    outbox = store.backlog("outbox", "slack", 0, 10)
    assert [b.owner for b in outbox] == ["alive", "dead"]
    store.claim("outbox", [b.id for b in outbox], "me", ["alive", "me"])
    assert [o for _, o in store.pending_of(ANN)] == ["alive", "me"]
    store.claim("inbox", [row_id], "me", ["alive", "me"])
    assert [r.owner for r in store.inbox_of(BEA)] == ["me"]
    assert store.backlog("inbox", "telegram", 0, 10) == []
    store.retire("alive")
    assert store.relays() == []
    with pytest.raises(ValueError, match="not a backlog table"):
        store.backlog("conversations", None, 0, 1)


def test_a_timer_fires_once_and_a_newer_one_replaces_it(store: Store) -> None:
    store.save(ANN, Session("s", {}, 1), NOW)
    store.set_timer(ANN, "nudge", NOW + timedelta(hours=1), {"n": 1}, NOW)
    store.set_timer(ANN, "nudge", NOW + timedelta(hours=2), {"n": 2}, NOW)  # replaces it
    store.set_timer(BEA, "nudge", NOW + timedelta(hours=3), {}, NOW)
    assert store.due_timers(NOW + timedelta(hours=1)) == []
    (due,) = store.due_timers(NOW + timedelta(hours=2), "slack")
    assert (due.key, due.name, due.payload) == (ANN, "nudge", {"n": 2})
    assert store.due_timers(NOW + timedelta(hours=2), "telegram") == []
    assert store.take_timer(due.id, NOW) is True
    assert store.take_timer(due.id, NOW) is False  # fired already
    store.cancel_timer(BEA, "nudge", NOW)
    assert store.due_timers(NOW + timedelta(days=1)) == []


def test_a_person_who_blocked_the_bot_gets_no_reminder_until_they_write(store: Store) -> None:
    store.save(ANN, Session("s", {}, 1), NOW)
    store.set_timer(ANN, "nudge", NOW, {}, NOW)
    store.deactivate(ANN, NOW)
    session = store.load(ANN)
    assert session is not None and session.active is False
    assert store.due_timers(NOW) == []
    store.save(ANN, Session("s", {}, 1), NOW)
    session = store.load(ANN)
    assert session is not None and session.active is True


def test_records_filter_update_and_retention_order(store: Store) -> None:
    store.install(NOTES)
    first = store.add("jottings", ANN, {"topic": "a", "stars": 1, "tags": ["x"]}, NOW)
    store.add("jottings", ANN, {"topic": "b", "stars": 2}, NOW)
    store.add("jottings", ANN, {"topic": "c", "stars": 3}, NOW)
    assert [r["topic"] for r in store.records("jottings", ANN, stars=(1, 3))] == ["a", "c"]
    assert store.update("jottings", ANN, first, {"stars": 5, "tags": ["y", "z"]}, NOW)
    assert not store.update("jottings", BEA, first, {"stars": 9}, NOW)  # not theirs
    (row,) = store.records("jottings", ANN, topic="a")
    assert row["stars"] == 5 and row["key"] == str(ANN)
    assert store.export(ANN)["jottings"][0]["tags"] == ["y", "z"]

    store.save(BEA, Session("s", {}, 1), NOW - timedelta(days=40))
    store.save(ANN, Session("s", {}, 1), NOW - timedelta(days=20))
    store.save(ANN, Session("s", {}, 1), NOW, touch=False)  # a reminder: not their activity
    assert store.inactive_since(NOW - timedelta(days=10)) == [BEA, ANN]
    assert store.inactive_since(NOW - timedelta(days=10), limit=1) == [BEA]
    assert store.inactive_since(NOW - timedelta(days=50)) == []


@pytest.mark.parametrize("delivered", [True, False], ids=["delivered", "never delivered"])
async def test_twenty_mydata_exports_in_a_row_stay_the_same_size(
    tmp_path: Path, delivered: bool
) -> None:
    """An export holds the person's data once. One not yet delivered waits in the outbox, and
    the next export shows it by its text, file name and size only, never its content."""
    from bot.app import make_engine
    from bot.clock import ManualClock
    from bot.messages import Inbound

    engine = make_engine(tmp_path / "e.db", ManualClock(datetime(2026, 11, 25, 9, tzinfo=UTC)))
    key = ConversationKey("console", "local", "ann")
    try:
        for n, text in enumerate(["/start", "Prepare for an interview", "Acme Robotics"]):
            engine.delivered(await engine.handle(Inbound(key, text=text, event_id=f"a-{n:02d}")))
        sizes, exports = [], []
        for n in range(20):
            # The export, then the question the student was on, asked again with its buttons.
            replies = await engine.handle(Inbound(key, text="/mydata", event_id=f"m-{n:02d}"))
            reply = replies[0]
            if delivered:
                engine.delivered(replies)
            assert reply.attachment is not None
            assert all(r.attachment is None for r in replies[1:])
            sizes.append(len(reply.attachment.content))
            exports.append(json.loads(reply.attachment.content))
    finally:
        engine.close()
    first, last = exports[0], exports[-1]
    # The person's data is the same in each export.
    assert {k: v for k, v in first.items() if k not in ("outbox", "conversations")} == {
        k: v for k, v in last.items() if k not in ("outbox", "conversations")
    }
    assert first["conversations"][0]["data"] == last["conversations"][0]["data"]
    steps = [b - a for a, b in itertools.pairwise(sizes)]
    if delivered:
        # Only the conversation's list of processed event ids grows, by one id a message.
        assert all(0 <= s <= 20 for s in steps), sizes  # indented: '\n      "m-00",'
        assert last["outbox"] == []
    else:
        # Two short entries per waiting export, the file and the question asked again (each
        # one's id and size digits may add a character), never the earlier exports' content.
        assert max(steps) - min(steps) <= 4 and max(steps) < 1000, sizes
        waiting = [
            r["payload"]["attachment"] for r in last["outbox"] if "attachment" in r["payload"]
        ]
        assert len(waiting) == 19
        assert all(set(a) == {"filename", "mime", "characters"} for a in waiting)
        assert [a["characters"] for a in waiting] == sizes[:-1]


SCHEMA_PROBE = """
import sys
from datetime import datetime
from bot.messages import ConversationKey
from bot.store import open_store
from flows.pivot.records import RECORDS
store = open_store(sys.argv[1])
store.install(RECORDS)
key = ConversationKey.parse("console:local:ann")
store.add("interviews", key, {"company": "Acme"}, datetime(2026, 1, 1))
assert store.records("interviews", key)[0]["company"] == "Acme"
print("sqlite_utils loaded:", "sqlite_utils" in sys.modules)
"""


def _schema(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        master = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        versions = conn.execute("SELECT * FROM schema_migrations ORDER BY 1, 2").fetchall()
    finally:
        conn.close()
    return master, versions


def _new_file(path: Path, cache: Path) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PIVOTBOT_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", SCHEMA_PROBE, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_a_new_file_gets_the_schema_sqlite_utils_made_last_time_without_loading_it(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    first = _new_file(tmp_path / "first.db", cache)
    assert "sqlite_utils loaded: True" in first  # nothing kept yet: sqlite-utils builds it
    assert list(cache.glob("schema-*.json"))  # ...and what it built is kept
    second = _new_file(tmp_path / "second.db", cache)
    assert "sqlite_utils loaded: False" in second  # replayed, without the import
    assert _schema(tmp_path / "first.db") == _schema(tmp_path / "second.db")


def test_a_spoiled_or_foreign_schema_snapshot_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _new_file(tmp_path / "made.db", cache)
    (kept,) = cache.glob("schema-*.json")
    kept.write_text('{"basis": "another declaration", "value": ["DROP TABLE meta"]}')
    assert "sqlite_utils loaded: True" in _new_file(tmp_path / "again.db", cache)
    kept.write_text("not json")
    assert "sqlite_utils loaded: True" in _new_file(tmp_path / "third.db", cache)
    assert _schema(tmp_path / "made.db") == _schema(tmp_path / "third.db")
    assert _schema(tmp_path / "made.db") == _schema(tmp_path / "again.db")


def test_an_existing_file_always_migrates_through_sqlite_utils(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIVOTBOT_CACHE_DIR", str(tmp_path / "cache"))
    old = Records("demo", (Migration("initial", create=(Table("notes", {"text": str}),)),))
    newer = Records(
        "demo",
        (*old.migrations, Migration("more", add_columns={"notes": {"mood": str}})),
    )
    store = open_store(tmp_path / "grow.db")
    store.install(old)
    store.close()
    store = open_store(tmp_path / "grow.db")
    store.install(newer)  # at version 1: migrated, not replayed
    assert _versions(tmp_path / "grow.db")["demo"] == 2
    store.close()
    fresh = open_store(tmp_path / "fresh.db")
    fresh.install(newer)
    assert _schema(tmp_path / "grow.db")[0] == _schema(tmp_path / "fresh.db")[0]
