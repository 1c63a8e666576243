"""Every store, on SQLite and on a real PostgreSQL server (the ``database`` fixture: each test
runs once per kind): core and flow migrations versioned apart, record tables that a flow declares
reaching export and erasure, the hot path, the inbox's dedupe, timers, the relays' bookkeeping,
retention. A made-up flow here: no pivot records. SQLite's adoption of tables made before flows
had their own is SQLite's alone (PostgreSQL never had such files)."""

from __future__ import annotations

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
    assert names == ["component_versions", "inbox_and_relays", "initial", "initial", "mood"]
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
    assert other.versions() == {"core": 3}  # rolled back: nothing recorded


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
