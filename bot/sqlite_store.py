"""The SQLite store through sqlite-utils: the embedded default implementation of ``Store``.

One file in WAL mode with ``synchronous=NORMAL``. A message touches two tables: its conversation
row (state, data and the last processed event ids, for dedupe) and the outbox (which holds only
replies not yet delivered). Every transaction begins ``IMMEDIATE``: a deferred one that reads
first cannot become a writer once another process has committed, and fails at once with
"database is locked" (the busy timeout does not apply to it). The running bot uses plain SQL;
sqlite-utils' table API is imported only to migrate the schema (and for tools and tests through
``db``), so a start on an up-to-date file does not pay for importing it. ``schema_migrations`` holds one row per applied
(component, version): the core's migrations (``bot.migrations``) and each flow's ``Records``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import schema_cache
from bot.clock import iso
from bot.errors import StoreError
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.migrations import CORE, MIGRATIONS, first_release
from bot.store import (
    Backlog,
    ColumnType,
    Migration,
    Received,
    Records,
    RelayRow,
    Session,
    Table,
    Timer,
    exported_reply,
)

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["SqliteStore"]

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# The columns every record table has, before the ones its flow declares.
_OWNED: dict[str, ColumnType] = {"id": int, "key": str, "created_at": str, "updated_at": str}
_JSON_TYPES = (dict, list)


class SqliteStore:
    """The one database file. Not thread-safe: use it from one thread (the event loop's).

    ``db`` (the ``sqlite_utils.Database``) is there for tools and tests that need SQL; the bot
    itself goes through the ``Store`` methods only.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self._x = conn.execute  # the hot path's statement runner
        # Installed record tables: name -> every column's declared type; and their components.
        self._tables: dict[str, dict[str, ColumnType]] = {}
        self._components: dict[str, Records] = {}
        self._owner: str | None = None  # written on inbox and outbox rows (see ``own``)
        self.path: Path | str = ":memory:"  # the file, once ``open`` has opened one
        self.migrate()

    @classmethod
    def open(cls, path: str | Path) -> SqliteStore:
        """Open (creating if needed) the database file and bring the core's schema up to date.

        Raises ``StoreError`` if the file cannot be opened or is from a newer version.
        """
        conn: sqlite3.Connection | None = None
        try:
            new = not os.path.exists(path) or os.path.getsize(path) == 0
            conn = sqlite3.connect(str(path), isolation_level=None)
            # First: the switch to WAL below needs the file's lock, and another process may be
            # creating the same new file this instant; without a busy timeout it fails at once.
            conn.execute("PRAGMA busy_timeout=5000")
            if new:
                # Nothing in it to lose yet: its switch to WAL (a rollback-journal write while the
                # file is still empty) need not wait for the disk, about 15 ms of a first start.
                conn.execute("PRAGMA synchronous=OFF")
            _to_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA wal_autocheckpoint=10000")
            _health(conn, path)  # before migrating: a damaged file is never written to
            store = cls(conn)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise _unusable(path, exc) from None
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        store.path = Path(path)
        return store

    def check(self) -> None:
        """``PRAGMA quick_check``, then a write rolled back: ``StoreError`` with one line if the
        file is damaged or read-only. ``open`` runs the same check before it migrates."""
        try:
            _health(self.conn, self.path)
        except sqlite3.Error as exc:
            raise _unusable(self.path, exc) from None

    @classmethod
    def memory(cls) -> SqliteStore:
        """A fresh in-memory database (for tests), its core schema in place."""
        return cls(sqlite3.connect(":memory:", isolation_level=None))

    @property
    def db(self) -> sqlite_utils.Database:
        """The file as a ``sqlite_utils.Database`` (imported on first use)."""
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    # -- schema ---------------------------------------------------------------------------

    def versions(self) -> dict[str, int]:
        """The schema version of each component in the file: ``{"core": 2, "pivot": 1}``."""
        if not self._x(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone():
            return {}
        if not self._per_component():
            # Before core v2 there was one list of versions, all of them the core's.
            row = self._x("SELECT max(version) FROM schema_migrations").fetchone()
            return {CORE: int(row[0] or 0)}
        rows = self._x(
            "SELECT component, max(version) FROM schema_migrations GROUP BY component"
        ).fetchall()
        return {str(c): int(v) for c, v in rows}

    def migrate(self) -> None:
        """Apply every core migration newer than the file's, each in its own transaction (on a
        new file, all of them in one: nothing is there to keep apart); a file of the first
        release is first brought to today's v1 (``migrations.first_release``)."""
        first = self._x(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'processed_events'"
            " AND NOT EXISTS (SELECT 1 FROM pragma_table_info('conversations')"
            " WHERE name = 'events')"
        ).fetchone()
        if first:
            try:
                with self.atomic():
                    first_release(self.conn)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot migrate database: {exc}") from exc
        if self.versions():
            self._apply(CORE, MIGRATIONS)
            return
        try:
            with self.atomic():
                self._apply(CORE, MIGRATIONS)  # each step a savepoint of this transaction
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot migrate database: {exc}") from exc

    def install(self, records: Records) -> None:
        """Bring a flow's record tables up to date and let the record methods reach them.

        A table that already exists with exactly the declared columns is adopted, not created:
        the first flow's tables were made by the core's first migration, before flows brought
        their own. Raises ``StoreError`` for a newer version of ``records.component``, a table
        name another component uses, or an existing table with other columns.
        """
        if self._components.get(records.component) == records:
            return
        tables = records.tables()
        for name in tables:
            owner = next((c for c, r in self._components.items() if name in r.tables()), None)
            if name in _CORE_TABLES or owner not in (None, records.component):
                raise StoreError(f"{records.component}: table {name} is {owner or CORE}'s")
        steps = [(m.name, _migration(m)) for m in records.migrations]
        if not self._install_fresh(records):
            self._apply(records.component, steps)
        self._components[records.component] = records
        self._tables.update({name: {**_OWNED, **columns} for name, columns in tables.items()})

    def _install_fresh(self, records: Records) -> bool:
        """On a file where none of ``records``' tables exist yet, build them as sqlite-utils
        built them last time (``bot.schema_cache``); after building them with sqlite-utils,
        keep what it made for next time. False when the file is not fresh for them (or the
        snapshot is missing): then migrate as usual."""
        component, tables = records.component, list(records.tables())
        if not records.migrations or self.versions().get(component, 0) or self._exist(tables):
            return False
        statements = schema_cache.load(records)
        if statements is None:
            self._apply(component, [(m.name, _migration(m)) for m in records.migrations])
            schema_cache.save(records, self._schema_of(tables))
            return True
        try:
            with self.atomic():
                if self.versions().get(component, 0) or self._exist(tables):
                    return False  # another process built them meanwhile
                for statement in statements:
                    self._x(statement)
                self._x(
                    "INSERT INTO schema_migrations (component, version, name) VALUES "
                    + ", ".join("(?, ?, ?)" for _ in records.migrations),
                    [
                        v
                        for n, m in enumerate(records.migrations, 1)
                        for v in (component, n, m.name)
                    ],
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot migrate database: {exc}") from exc
        return True

    def _exist(self, tables: Sequence[str]) -> bool:
        marks = ",".join("?" * len(tables))
        query = f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN ({marks})"
        return self._x(query, tables).fetchone() is not None

    def _schema_of(self, tables: Sequence[str]) -> list[str]:
        """The statements that make ``tables`` and their indexes as they are now: tables
        first, each kind in the order it was made."""
        marks = ",".join("?" * len(tables))
        rows = self._x(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL"
            " ORDER BY type != 'table', rowid",
            tables,
        ).fetchall()
        return [str(r[0]) for r in rows]

    def _apply(self, component: str, steps: Sequence[tuple[str, _Step]]) -> None:
        try:
            current = self.versions().get(component, 0)
            if current > len(steps):
                raise StoreError(
                    f"database schema v{current} of {component} is newer than this pivotbot"
                    f" (v{len(steps)})"
                )
            for version, (name, apply) in enumerate(steps, start=1):
                if version <= current:
                    continue
                with self.atomic():
                    # Another process opening the same file may have applied it meanwhile:
                    # look again now that this transaction holds the write lock.
                    if self.versions().get(component, 0) >= version:
                        continue
                    # The core's steps are plain SQL; a flow's declared ones use sqlite-utils.
                    apply(self.conn if component == CORE else self.db)
                    if self._per_component():
                        self._x(
                            "INSERT INTO schema_migrations (component, version, name)"
                            " VALUES (?, ?, ?)",
                            [component, version, name],
                        )
                    else:  # core v1 writes the first shape of the table
                        self._x(
                            "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                            [version, name],
                        )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot migrate database: {exc}") from exc

    def _per_component(self) -> bool:
        columns = self._x("SELECT name FROM pragma_table_info('schema_migrations')").fetchall()
        return ("component",) in columns

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE``: it waits up to the busy timeout for
        another process's writer, never fails half-way); rolled back whole if anything inside
        raises. Nested, it is a savepoint of the outer one."""
        if self.conn.in_transaction:
            self._x("SAVEPOINT nested")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:  # an error may already have ended it
                    self._x("ROLLBACK TO nested")
                    self._x("RELEASE nested")
                raise
            self._x("RELEASE nested")
            return
        self._x("BEGIN IMMEDIATE")
        try:
            yield
            self._x("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self._x("ROLLBACK")
            raise

    def lock(self, key: ConversationKey) -> None:
        """Nothing to take: ``BEGIN IMMEDIATE`` already holds the file's one write lock."""

    # -- the hot path -----------------------------------------------------------------------

    def load(self, key: ConversationKey) -> Session | None:
        row = self._x(
            "SELECT state, data, flow_version, active, events, updated_at FROM conversations"
            " WHERE key = ?",
            (str(key),),
        ).fetchone()
        if row is None:
            return None
        return Session(row[0], json.loads(row[1]), row[2], bool(row[3]), _ids(row[4]), row[5])

    def save(
        self, key: ConversationKey, session: Session, now: datetime, touch: bool = True
    ) -> None:
        """Write the conversation. ``touch`` marks the person active now (``updated_at``, which
        retention reads); a reminder firing is not the person's activity, so it passes False."""
        stamp = iso(now)
        self._x(
            "INSERT INTO conversations (key, platform, workspace, user, state, data, flow_version,"
            " active, events, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET state = excluded.state, data = excluded.data,"
            " flow_version = excluded.flow_version, active = 1, events = excluded.events"
            + (", updated_at = excluded.updated_at" if touch else ""),
            (
                str(key),
                key.platform,
                key.workspace,
                key.user,
                session.state,
                _dumps(session.data),
                session.flow_version,
                "\n".join(session.events),
                stamp,
                stamp,
            ),
        )

    def queue(self, key: ConversationKey, replies: Iterable[Reply], now: datetime) -> None:
        """Write replies to the outbox; each reply gets its ``outbox_id``."""
        stamp, k, owner = iso(now), str(key), self._owner
        for reply in replies:
            cur = self._x(
                "INSERT INTO outbox (key, payload, owner, created_at) VALUES (?, ?, ?, ?)",
                (k, _dumps(reply.to_json()), owner, stamp),
            )
            reply.outbox_id = cur.lastrowid

    def delivered(self, outbox_ids: Iterable[int]) -> None:
        """Drop delivered replies: the outbox only ever holds what still has to be sent."""
        ids = [i for i in outbox_ids if i is not None]
        if ids:
            self._x(f"DELETE FROM outbox WHERE id IN ({','.join('?' * len(ids))})", ids)

    def pending(self, platform: str | None = None, limit: int = 1000) -> list[Outgoing]:
        """Replies committed but never marked delivered, oldest first (of one platform's users)."""
        rows = self._x(
            f"SELECT id, key, payload FROM outbox WHERE {_PLATFORM} ORDER BY id LIMIT ?",
            (platform, platform, limit),
        ).fetchall()
        return [
            Outgoing(ConversationKey.parse(k), Reply.from_json(json.loads(p), outbox_id=i))
            for i, k, p in rows
        ]

    # -- the inbox and the relay's bookkeeping -----------------------------------------------

    def identity(self) -> str:
        row = self._x("SELECT value FROM meta WHERE name = 'database'").fetchone()
        return str(row[0])

    def secret(self) -> bytes:
        row = self._x("SELECT value FROM meta WHERE name = 'report_key'").fetchone()
        return bytes.fromhex(str(row[0]))

    def own(self, owner: str | None) -> None:
        """Write inbox and outbox rows from now on as ``owner``'s (a relay's id)."""
        self._owner = owner

    def receive(
        self, items: Sequence[tuple[Inbound, dict[str, Any]]], now: datetime
    ) -> list[int | None]:
        """Store user actions in the inbox in one committed transaction; None for a duplicate."""
        stamp, owner, ids = iso(now), self._owner, []
        with self.atomic():
            for inbound, extra in items:
                payload = inbound.to_json()
                if extra:
                    payload["extra"] = extra
                cur = self._x(
                    "INSERT OR IGNORE INTO inbox (key, event_id, payload, owner, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (str(inbound.key), inbound.event_id, _dumps(payload), owner, stamp),
                )
                ids.append(cur.lastrowid if cur.rowcount == 1 else None)
        return ids

    def processed(self, inbox_id: int) -> None:
        """Drop an inbox row (inside the transaction that applies the action)."""
        self._x("DELETE FROM inbox WHERE id = ?", (inbox_id,))

    def inbox_of(self, key: ConversationKey, limit: int = 100) -> list[Received]:
        rows = self._x(
            "SELECT id, payload, owner FROM inbox WHERE key = ? ORDER BY id LIMIT ?",
            (str(key), limit),
        ).fetchall()
        out = []
        for i, payload, owner in rows:
            data = json.loads(payload)
            extra = data.pop("extra", {})
            out.append(Received(i, Inbound.from_json(key, data), extra, owner))
        return out

    def pending_of(self, key: ConversationKey, limit: int = 100) -> list[tuple[Reply, str | None]]:
        rows = self._x(
            "SELECT id, payload, owner FROM outbox WHERE key = ? ORDER BY id LIMIT ?",
            (str(key), limit),
        ).fetchall()
        return [(Reply.from_json(json.loads(p), outbox_id=i), o) for i, p, o in rows]

    def backlog(self, table: str, platform: str | None, after: int, limit: int) -> list[Backlog]:
        if table not in ("inbox", "outbox"):
            raise ValueError(f"not a backlog table: {table}")
        rows = self._x(
            f"SELECT id, key, owner FROM {table} WHERE id > ? AND {_PLATFORM} ORDER BY id LIMIT ?",
            (after, platform, platform, limit),
        ).fetchall()
        return [Backlog(table, i, ConversationKey.parse(k), o) for i, k, o in rows]

    def claim(self, table: str, ids: Sequence[int], owner: str, alive: Sequence[str]) -> None:
        if table not in ("inbox", "outbox"):
            raise ValueError(f"not a backlog table: {table}")
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        keep = ",".join("?" * len(alive)) or "NULL"
        with self.atomic():
            self._x(
                f"UPDATE {table} SET owner = ? WHERE id IN ({marks})"
                f" AND (owner IS NULL OR (owner NOT IN ({keep})"
                " AND owner NOT IN (SELECT owner FROM relays)))",
                (owner, *ids, *alive),
            )

    def beat(self, row: RelayRow) -> None:
        with self.atomic():
            self._x(
                "INSERT INTO relays (owner, platform, host, pid, beat_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(owner) DO UPDATE SET beat_at = excluded.beat_at",
                (row.owner, row.platform, row.host, row.pid, row.beat_at),
            )

    def relays(self) -> list[RelayRow]:
        rows = self._x("SELECT owner, platform, host, pid, beat_at FROM relays").fetchall()
        return [RelayRow(o, p, h, int(pid), b) for o, p, h, pid, b in rows]

    def retire(self, owner: str) -> None:
        with self.atomic():
            self._x("DELETE FROM relays WHERE owner = ?", (owner,))

    # -- timers -----------------------------------------------------------------------------

    def set_timer(
        self, key: ConversationKey, name: str, due: datetime, payload: dict[str, Any], now: datetime
    ) -> None:
        """Schedule ``name`` for this key, replacing a pending timer of the same name."""
        self.cancel_timer(key, name, now)
        self._x(
            "INSERT INTO timers (key, name, due_at, payload, status, created_at)"
            " VALUES (?, ?, ?, ?, 'pending', ?)",
            (str(key), name, iso(due), _dumps(payload), iso(now)),
        )

    def cancel_timer(self, key: ConversationKey, name: str, now: datetime) -> None:
        self._x(
            "UPDATE timers SET status = 'cancelled', fired_at = ? WHERE key = ? AND name = ?"
            " AND status = 'pending'",
            (iso(now), str(key), name),
        )

    def due_timers(
        self, now: datetime, platform: str | None = None, limit: int = 500
    ) -> list[Timer]:
        rows = self._x(
            "SELECT id, key, name, due_at, payload FROM timers WHERE status = 'pending'"
            f" AND due_at <= ? AND {_PLATFORM} ORDER BY due_at, id LIMIT ?",
            (iso(now), platform, platform, limit),
        ).fetchall()
        return [Timer(i, ConversationKey.parse(k), n, d, json.loads(p)) for i, k, n, d, p in rows]

    def take_timer(self, timer_id: int, now: datetime) -> bool:
        """Mark a timer fired; False if it was no longer pending (cancelled or fired already)."""
        cur = self._x(
            "UPDATE timers SET status = 'fired', fired_at = ? WHERE id = ? AND status = 'pending'",
            (iso(now), timer_id),
        )
        return cur.rowcount == 1

    def deactivate(self, key: ConversationKey, now: datetime) -> None:
        """The user blocked the bot: no more timers, marked inactive until they write again."""
        with self.atomic():
            self._x("UPDATE conversations SET active = 0 WHERE key = ?", (str(key),))
            self._x(
                "UPDATE timers SET status = 'cancelled', fired_at = ? WHERE key = ?"
                " AND status = 'pending'",
                (iso(now), str(key)),
            )

    # -- a flow's records -------------------------------------------------------------------

    def add(self, table: str, key: ConversationKey, row: dict[str, Any], now: datetime) -> int:
        """Insert a record owned by ``key``; returns its id. JSON-encodes dicts and lists."""
        self._check_table(table)
        stamp = iso(now)
        values = {k: _dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}
        values.update(key=str(key), created_at=stamp, updated_at=stamp)
        cols = ",".join(values)
        cur = self._x(
            f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(values))})",
            tuple(values.values()),
        )
        return int(cur.lastrowid or 0)

    def update(
        self,
        table: str,
        key: ConversationKey,
        record_id: int,
        changes: dict[str, Any],
        now: datetime,
    ) -> bool:
        """Change fields of one record owned by ``key``; False if there is no such record."""
        self._check_table(table)
        values = {k: _dumps(v) if isinstance(v, dict | list) else v for k, v in changes.items()}
        values["updated_at"] = iso(now)
        sets = ",".join(f"{c} = ?" for c in values)
        cur = self._x(
            f"UPDATE {table} SET {sets} WHERE id = ? AND key = ?",
            (*values.values(), record_id, str(key)),
        )
        return cur.rowcount == 1

    def records(self, table: str, key: ConversationKey, **where: Any) -> list[dict[str, Any]]:
        """Records of ``table`` owned by ``key`` (optionally filtered by equal columns, or by
        any of a tuple of values), oldest first."""
        self._check_table(table)
        clause, params = "", [str(key)]
        for column, value in where.items():
            if isinstance(value, tuple):
                clause += f" AND {column} IN ({','.join('?' * len(value))})"
                params.extend(value)
            else:
                clause += f" AND {column} = ?"
                params.append(value)
        # Plain cursor rather than db.query(): this runs inside messages, where it shows.
        cur = self._x(f"SELECT * FROM {table} WHERE key = ?{clause} ORDER BY id", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def records_between(
        self,
        table: str,
        columns: Sequence[str],
        end: datetime,
        start: datetime | None = None,
        workspace: str | None = None,
    ) -> list[tuple[Any, ...]]:
        """``(key, *columns)`` of ``table``'s records created from ``start`` to ``end`` by people
        of ``workspace``, ordered by key, creation time and id."""
        known = self._check_table(table)
        for column in columns:
            if column not in known:
                raise ValueError(f"{table} has no column {column!r}")
        picked = "".join(f", t.{c}" for c in columns)
        sql = (
            f"SELECT t.key{picked} FROM {table} t JOIN conversations c ON c.key = t.key"
            " WHERE t.created_at <= :end AND (:start IS NULL OR t.created_at >= :start)"
            " AND (:ws IS NULL OR c.workspace = :ws) ORDER BY t.key, t.created_at, t.id"
        )
        return list(self._x(sql, _period(end, start, workspace)).fetchall())

    def people_between(
        self, end: datetime, start: datetime | None = None, workspace: str | None = None
    ) -> list[tuple[str, bool]]:
        """``(key, started)`` of people of ``workspace`` who began by ``end`` and were active
        from ``start`` on; ``started``: they began at ``start`` or later."""
        sql = (
            "SELECT key, created_at >= coalesce(:start, '') FROM conversations"
            " WHERE created_at <= :end AND (:start IS NULL OR updated_at >= :start)"
            " AND (:ws IS NULL OR workspace = :ws)"
        )
        rows = self._x(sql, _period(end, start, workspace)).fetchall()
        return [(str(key), bool(started)) for key, started in rows]

    def _check_table(self, table: str) -> dict[str, ColumnType]:
        try:
            return self._tables[table]
        except KeyError:
            raise ValueError(f"not a record table: {table}") from None

    # -- privacy ----------------------------------------------------------------------------

    def _owned_tables(self) -> tuple[str, ...]:
        """Every table holding rows of people: the conversation first, the outbox last."""
        return ("conversations", *self._tables, "timers", "inbox", "outbox")

    def export(self, key: ConversationKey) -> dict[str, Any]:
        """Everything stored for one person, as JSON-ready data."""
        k = str(key)
        out: dict[str, Any] = {"key": k}
        for table in self._owned_tables():
            cursor = self._x(f"SELECT * FROM {table} WHERE key = ?", (k,))
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            json_columns = _JSON_COLUMNS.get(table) or [
                c for c, t in self._tables[table].items() if t in _JSON_TYPES
            ]
            for row in rows:
                for col in json_columns:
                    if isinstance(row.get(col), str) and row[col][:1] in "[{":
                        row[col] = json.loads(row[col])
            if table == "conversations":
                for row in rows:
                    row["events"] = _ids(row["events"])
            if table == "outbox":
                for row in rows:
                    row["payload"] = exported_reply(row["payload"])
            out[table] = rows
        return out

    def forget(self, key: ConversationKey) -> None:
        """Erase every row of one person, in one transaction."""
        with self.atomic():
            for table in self._owned_tables():
                self._x(f"DELETE FROM {table} WHERE key = ?", (str(key),))

    def forget_workspace(self, platform: str, workspace: str) -> int:
        """Erase every row of every person of one workspace; returns how many people."""
        prefix = f"{platform}:{workspace}:"
        # substr() rather than LIKE so that % or _ in ids can never widen the match.
        match = "substr(key, 1, ?) = ?"
        args = (len(prefix), prefix)
        with self.atomic():
            people = self._x(f"SELECT count(*) FROM conversations WHERE {match}", args).fetchone()[
                0
            ]
            for table in self._owned_tables():
                self._x(f"DELETE FROM {table} WHERE {match}", args)
        return int(people)

    def inactive_since(self, before: datetime, limit: int | None = None) -> list[ConversationKey]:
        """People whose last own activity (``updated_at``) was before ``before``, longest
        quiet first (at most ``limit``)."""
        rows = self._x(
            "SELECT key FROM conversations WHERE updated_at < ? ORDER BY updated_at LIMIT ?",
            (iso(before), -1 if limit is None else limit),
        )
        return [ConversationKey.parse(r[0]) for r in rows.fetchall()]


_Step = Callable[[Any], None]  # a sqlite3.Connection (core) or a sqlite_utils.Database
_CORE_TABLES = frozenset(
    {"schema_migrations", "conversations", "inbox", "outbox", "timers", "relays", "meta"}
)
# The core's own JSON columns; a record table's are those declared dict or list.
_JSON_COLUMNS = {
    "conversations": ["data"],
    "timers": ["payload"],
    "inbox": ["payload"],
    "outbox": ["payload"],
}


def _migration(migration: Migration) -> _Step:
    """A flow's declared migration as the SQLite statements that apply it."""

    def apply(db: sqlite_utils.Database) -> None:
        for table in migration.create:
            _create(db, table)
        for name, columns in migration.add_columns.items():
            for column, kind in columns.items():
                db[name].add_column(column, kind)  # type: ignore[union-attr]

    return apply


def _create(db: sqlite_utils.Database, table: Table) -> None:
    """Create a record table with its index on ``key``, or adopt one that has its columns."""
    from sqlite_utils.db import COLUMN_TYPE_MAPPING

    columns = {**_OWNED, **table.columns}
    existing = db[table.name]
    if existing.exists():
        want = {c: COLUMN_TYPE_MAPPING[t] for c, t in columns.items()}
        have = {c.name: c.type for c in existing.columns}
        if have != want:
            raise StoreError(f"table {table.name} exists with other columns: {sorted(have)}")
    else:
        db[table.name].create(columns, pk="id")  # type: ignore[union-attr]
    db[table.name].create_index(["key"], if_not_exists=True)  # type: ignore[union-attr]


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """``conn`` as a sqlite-utils database, imported now: the running bot never needs it.

    sqlite-utils imports numpy when it is installed (to store its types), which the bot never
    stores; a ``None`` entry in ``sys.modules`` makes that optional import fail fast, and is
    removed again so that anything else can import numpy as usual.
    """
    import sys

    blocked = "numpy" not in sys.modules
    if blocked:
        sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        if blocked:
            del sys.modules["numpy"]
    return sqlite_utils.Database(conn)


def _period(end: datetime, start: datetime | None, workspace: str | None) -> dict[str, Any]:
    return {"end": iso(end), "start": iso(start) if start else None, "ws": workspace}


class _Damaged(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found a problem; its first line is the message."""


def _to_wal(conn: sqlite3.Connection, seconds: float = 5.0) -> None:
    """``PRAGMA journal_mode=WAL``, waiting up to ``seconds`` while another process holds the
    file: SQLite answers "database is locked" at once here, without its busy handler, when two
    processes create the same new file together (one is switching it to WAL meanwhile)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _health(conn: sqlite3.Connection, path: str | Path) -> None:
    """Raise ``sqlite3.Error`` unless the file is whole and a write to it would succeed."""
    rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    if rows != [("ok",)]:
        raise _Damaged(str(rows[0][0]) if rows else "no answer from quick_check")
    if str(path) == ":memory:":
        return
    # A write that touches the file (and its -wal and -shm): a read-only file, or one in a
    # read-only folder, fails here. Rolled back, so the file is left exactly as it was.
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE pivotbot_write_check (x)")
    finally:
        conn.execute("ROLLBACK")


# SQLite's primary result codes for what an operator must fix before starting.
_READONLY, _CANTOPEN, _CORRUPT, _NOTADB, _FULL, _PERM = 8, 14, 11, 26, 13, 3


def _unusable(path: str | Path, exc: sqlite3.Error) -> StoreError:
    """One line for ``exc`` met while opening or checking ``path``: what is wrong, what to do."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if isinstance(exc, _Damaged) or code in (_CORRUPT, _NOTADB):
        return StoreError(
            f"database {path} is damaged ({exc}): restore it from a backup, or move it away to"
            " start a new one"
        )
    if code in (_READONLY, _PERM) or (code == _CANTOPEN and Path(path).exists()):
        return StoreError(
            f"database {path} is read-only ({exc}): pivotbot must be able to write to it and to"
            " its folder (for its -wal and -shm files)"
        )
    if code == _FULL:
        return StoreError(f"database {path} cannot grow: the disk is full ({exc})")
    return StoreError(f"cannot open database {path}: {exc}")


def _ids(text: str) -> list[str]:
    """Processed event ids, stored one per line (no JSON to parse on every message)."""
    return text.split("\n") if text else []


# Rows of one platform's users, or of all when the parameter is NULL (pass it twice).
_PLATFORM = "(? IS NULL OR substr(key, 1, instr(key, ':') - 1) = ?)"
