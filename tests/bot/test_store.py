"""The SQLite store: core and flow migrations versioned apart, adopted tables, and record tables
that a flow declares reaching export and erasure. A made-up flow here: no pivot records."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import StoreError
from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from bot.store import Migration, Records, Session, Store, Table, open_store

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
JOTTINGS = Table("jottings", {"topic": str, "stars": int, "tags": list})
NOTES = Records("notes", (Migration("initial", create=(JOTTINGS,)),))
NOTES_V2 = Records(
    "notes",
    (*NOTES.migrations, Migration("mood", add_columns={"jottings": {"mood": str}})),
)
ANN = ConversationKey("slack", "T1", "ann")
BEA = ConversationKey("slack", "T2", "bea")


def _versions(path: Path) -> dict[str, int]:
    store = SqliteStore.open(path)
    try:
        return store.versions()
    finally:
        store.close()


def test_open_store_gives_a_store_with_the_core_schema(tmp_path: Path) -> None:
    store: Store = open_store(tmp_path / "s.db")
    store.close()
    assert _versions(tmp_path / "s.db") == {"core": 4}


def test_core_and_each_flow_are_versioned_apart(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = SqliteStore.open(path)
    store.install(NOTES)
    store.install(NOTES)  # again: nothing to do
    assert store.versions() == {"core": 4, "notes": 1}
    store.add("jottings", ANN, {"topic": "first", "stars": 3, "tags": ["a"]}, NOW)
    store.close()

    store = SqliteStore.open(path)
    store.install(NOTES_V2)
    assert store.versions() == {"core": 4, "notes": 2}
    store.add("jottings", ANN, {"topic": "second", "mood": "calm"}, NOW)
    rows = store.records("jottings", ANN)
    assert [(r["topic"], r["mood"]) for r in rows] == [("first", None), ("second", "calm")]
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

    store = SqliteStore.open(path)
    with pytest.raises(StoreError, match="schema v2 of notes is newer"):
        store.install(NOTES)
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


def test_a_flow_cannot_take_a_core_table() -> None:
    store = SqliteStore.memory()
    with pytest.raises(StoreError, match="timers"):
        store.install(Records("bad", (Migration("initial", create=(Table("timers", {}),)),)))


def test_record_methods_reach_installed_tables_and_named_columns_only() -> None:
    store = SqliteStore.memory()
    with pytest.raises(ValueError, match="not a record table: jottings"):
        store.add("jottings", ANN, {"topic": "x"}, NOW)
    store.install(NOTES)
    with pytest.raises(ValueError, match="not a record table: conversations"):
        store.records("conversations", ANN)
    with pytest.raises(ValueError, match="no column 'topic; DROP'"):
        store.records_between("jottings", ["topic; DROP"], NOW)


def test_records_and_people_between_a_period_and_in_a_workspace() -> None:
    store = SqliteStore.memory()
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


def test_export_and_erasure_cover_the_flows_tables() -> None:
    store = SqliteStore.memory()
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
            (reply,) = await engine.handle(Inbound(key, text="/mydata", event_id=f"m-{n:02d}"))
            if delivered:
                engine.delivered([reply])
            assert reply.attachment is not None
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
        # One short entry per waiting export (its size's digits may add one character).
        assert max(steps) - min(steps) <= 2 and max(steps) < 1000, sizes
        waiting = [r["payload"]["attachment"] for r in last["outbox"]]
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
