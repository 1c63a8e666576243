"""The PostgreSQL store through psycopg 3 and its pool: ``Store`` for several workers on one
database (``PIVOTBOT_DB=postgresql://user:password@host:5432/dbname``).

The same tables as the SQLite store (``bot.sqlite_store``), with JSON in ``jsonb`` and times as
the same ISO 8601 UTC text (``bot.clock.iso``, which sorts as text), so that what comes out (an
export, a record, a timer) is the same on both. What several processes need beyond that:

- ``lock(key)``: a transaction-scoped advisory lock on the conversation
  (``pg_advisory_xact_lock(hashtext(key))``), taken first by every transaction that handles an
  action or fires a timer, so one conversation is handled by one worker at a time while other
  conversations run on all of them. Under it the conversation row is read afresh (READ
  COMMITTED), so an event id processed by another worker a moment ago is seen and skipped.
- The inbox's unique ``(key, event_id)`` with ``ON CONFLICT DO NOTHING``: a duplicate delivery
  that reaches two workers at once is stored once.
- ``take_timer`` claims the timer row with ``FOR UPDATE SKIP LOCKED``: a worker never waits for
  a timer another is firing, and a fired (or cancelled) timer is never taken again.
- Outbox and inbox rows carry their relay's id; ``bot.owners`` hands the rows of a relay whose
  heartbeat stopped to another (the relays table), which sends them in id order per conversation.

Migrations are versioned per component in ``schema_migrations`` as on SQLite (the core's list is
``bot.migrations.POSTGRES``); each runs in its own transaction under an advisory lock, so workers
starting together apply it once. psycopg is imported here only, and this module only when a
``postgresql://`` URL is opened. The password never appears in an error or a log line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import psycopg
from psycopg.types.json import set_json_loads
from psycopg_pool import ConnectionPool

from bot.clock import iso
from bot.errors import StoreError
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.migrations import CORE, POSTGRES
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
)

__all__ = ["PostgresStore", "redact"]

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_OWNED: dict[str, ColumnType] = {"id": int, "key": str, "created_at": str, "updated_at": str}
_JSON_TYPES = (dict, list)
_SQL_TYPES: dict[ColumnType, str] = {
    int: "bigint",
    float: "double precision",
    str: "text",
    dict: "jsonb",
    list: "jsonb",
}
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
# Rows of one platform's users, or of all when the parameter is NULL (pass it twice).
_PLATFORM = "(%s::text IS NULL OR split_part(key, ':', 1) = %s::text)"
_MIGRATE_LOCK = "pivotbot:migrate"  # the advisory lock migrations run under
POOL_SIZE = 4  # connections per process: the event loop uses one at a time, tools a few more
CONNECT_TIMEOUT = 10  # seconds to reach the server before the command gives up


def redact(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``: safe for logs and errors."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return re.sub(r"//([^:/@]*):[^@]*@", r"//\1:***@", url)
    if not password:
        return url
    netloc = parts.netloc.replace(f":{password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def _where(url: str) -> str:
    """``user@host:port/dbname`` of a URL, for error lines (never the password)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = parts.port or 5432
    except ValueError as exc:
        raise StoreError(f"malformed PostgreSQL URL {redact(url)}: {exc}") from None
    user = f"{unquote(parts.username)}@" if parts.username else ""
    return f"{user}{host}:{port}/{parts.path.lstrip('/')}"


def _reason(exc: BaseException, secret: str | None) -> str:
    """One line of a psycopg error: what the server or libpq said, without ``secret``."""
    text = str(exc).strip() or type(exc).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    line = lines[0] if lines else text
    if "failed: " in line:
        line = line.rsplit("failed: ", 1)[1] or line
    line = re.sub(r"^(FATAL|ERROR):\s+", "", line)
    line = " ".join(line.split())
    if secret:
        line = line.replace(secret, "***")
    return line


class PostgresStore:
    """One PostgreSQL database, through a small connection pool. Like every store, use it from
    one thread (the event loop's): a transaction (``atomic``) holds one connection throughout;
    a statement outside one runs on any connection of the pool in autocommit mode."""

    def __init__(self, pool: ConnectionPool, url: str) -> None:
        self._pool = pool
        self._url = url  # for errors, through redact() only
        self._conn: psycopg.Connection[Any] | None = None  # the open transaction's connection
        self._tables: dict[str, dict[str, ColumnType]] = {}
        self._components: dict[str, Records] = {}
        self._owner: str | None = None
        self.migrate()

    @classmethod
    def open(cls, url: str) -> PostgresStore:
        """Connect to the database at ``url`` (``postgresql://`` or ``postgres://``) and bring
        the core's schema up to date.

        Raises ``StoreError`` with one line naming the problem (server unreachable, password
        refused, no such database, malformed URL, a schema from a newer version); never with
        the password in it.
        """
        password = _password(url)
        where = _where(url)
        try:
            # One plain connection first: it fails at once with the server's reason, where a
            # pool would retry in the background until its timeout and then say only that.
            psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT).close()
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL {where}: {_reason(exc, password)}"
            ) from None
        pool = ConnectionPool(
            url,
            min_size=1,
            max_size=POOL_SIZE,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
            configure=_configure,
            open=False,
            name="pivotbot",
        )
        try:
            pool.open(wait=True, timeout=CONNECT_TIMEOUT)
        except Exception as exc:
            pool.close()
            raise StoreError(
                f"cannot connect to PostgreSQL {where}: {_reason(exc, password)}"
            ) from None
        try:
            return cls(pool, url)
        except BaseException:
            pool.close()
            raise

    def close(self) -> None:
        self._pool.close()

    # -- running statements -------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        if self._conn is not None:
            yield self._conn
            return
        with self._pool.connection() as conn:
            yield conn

    def _all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        with self._connection() as conn:
            return conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> tuple[Any, ...] | None:
        with self._connection() as conn:
            return conn.execute(sql, params).fetchone()

    def _run(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        """Run a statement; how many rows it changed."""
        with self._connection() as conn:
            return conn.execute(sql, params).rowcount

    def _dicts(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        with self._connection() as conn:
            cur = conn.execute(sql, params)
            names = [d.name for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction on one connection; rolled back whole if anything inside raises.
        Nested, it is a savepoint of the outer one."""
        if self._conn is not None:
            with self._conn.transaction():
                yield
            return
        with self._pool.connection() as conn:
            self._conn = conn
            try:
                with conn.transaction():
                    yield
            finally:
                self._conn = None

    def check(self) -> None:
        """A write rolled back: ``StoreError`` with one line if the database cannot be written
        (a read-only standby, a role without the rights on its tables)."""
        try:
            with self.atomic():
                assert self._conn is not None
                self._run("UPDATE meta SET value = value WHERE name = 'database'")
                raise psycopg.Rollback()
        except psycopg.Error as exc:
            raise StoreError(
                f"PostgreSQL {_where(self._url)} cannot be written:"
                f" {_reason(exc, _password(self._url))}"
            ) from None

    def lock(self, key: ConversationKey) -> None:
        """Inside a transaction: hold ``key``'s conversation lock until it ends; another worker
        asking for the same key waits until then."""
        self._run("SELECT pg_advisory_xact_lock(hashtext(%s))", (str(key),))

    # -- schema -------------------------------------------------------------------------------

    def versions(self) -> dict[str, int]:
        """The schema version of each component in the database: ``{"core": 1, "pivot": 2}``."""
        row = self._one("SELECT to_regclass('schema_migrations') IS NOT NULL")
        if not row or not row[0]:
            return {}
        rows = self._all("SELECT component, max(version) FROM schema_migrations GROUP BY 1")
        return {str(c): int(v) for c, v in rows}

    def migrate(self) -> None:
        """Apply every core migration newer than the database's, each in its own transaction."""
        self._apply(CORE, [(name, _script(sql)) for name, sql in POSTGRES])

    def install(self, records: Records) -> None:
        """Bring a flow's record tables up to date and let the record methods reach them.
        Raises ``StoreError`` for a newer version of ``records.component``, a table name another
        component (or the core) uses, or an existing table with other columns."""
        if self._components.get(records.component) == records:
            return
        tables = records.tables()
        for name in tables:
            owner = next((c for c, r in self._components.items() if name in r.tables()), None)
            if name in _CORE_TABLES or owner not in (None, records.component):
                raise StoreError(f"{records.component}: table {name} is {owner or CORE}'s")
        self._apply(records.component, [(m.name, _migration(m)) for m in records.migrations])
        self._components[records.component] = records
        self._tables.update({name: {**_OWNED, **columns} for name, columns in tables.items()})

    def _apply(self, component: str, steps: Sequence[tuple[str, _Step]]) -> None:
        try:
            current = self.versions().get(component, 0)
            if current > len(steps):
                raise StoreError(
                    f"database schema v{current} of {component} is newer than this pivotbot"
                    f" (v{len(steps)})"
                )
            if current == len(steps):
                return
            with self._pool.connection() as conn:
                # Workers starting together: one migrates, the others wait for this lock and
                # then find the versions applied. A session lock, taken before each migration's
                # transaction begins, so that transaction sees the tables the other one made.
                conn.execute("SELECT pg_advisory_lock(hashtext(%s))", (_MIGRATE_LOCK,))
                self._conn = conn
                try:
                    for version, (name, apply) in enumerate(steps, start=1):
                        with conn.transaction():
                            if self.versions().get(component, 0) >= version:
                                continue
                            apply(self)
                            self._run(
                                "INSERT INTO schema_migrations (component, version, name)"
                                " VALUES (%s, %s, %s)",
                                (component, version, name),
                            )
                finally:
                    self._conn = None
                    if not conn.closed and conn.info.transaction_status.name == "IDLE":
                        conn.execute("SELECT pg_advisory_unlock(hashtext(%s))", (_MIGRATE_LOCK,))
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot migrate database: {_reason(exc, _password(self._url))}"
            ) from None

    # -- the hot path -------------------------------------------------------------------------

    def load(self, key: ConversationKey) -> Session | None:
        row = self._one(
            "SELECT state, data, flow_version, active, events, updated_at FROM conversations"
            " WHERE key = %s",
            (str(key),),
        )
        if row is None:
            return None
        return Session(row[0], json.loads(row[1]), row[2], bool(row[3]), _ids(row[4]), row[5])

    def save(
        self, key: ConversationKey, session: Session, now: datetime, touch: bool = True
    ) -> None:
        """Write the conversation. ``touch`` marks the person active now (``updated_at``)."""
        stamp = iso(now)
        self._run(
            'INSERT INTO conversations (key, platform, workspace, "user", state, data,'
            " flow_version, active, events, created_at, updated_at)"
            " VALUES (%s, %s, %s, %s, %s, %s::jsonb, %s, 1, %s, %s, %s)"
            " ON CONFLICT (key) DO UPDATE SET state = excluded.state, data = excluded.data,"
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
            row = self._one(
                "INSERT INTO outbox (key, payload, owner, created_at)"
                " VALUES (%s, %s::jsonb, %s, %s) RETURNING id",
                (k, _dumps(reply.to_json()), owner, stamp),
            )
            assert row is not None
            reply.outbox_id = int(row[0])

    def delivered(self, outbox_ids: Iterable[int]) -> None:
        ids = [i for i in outbox_ids if i is not None]
        if ids:
            self._run("DELETE FROM outbox WHERE id = ANY(%s)", (ids,))

    def pending(self, platform: str | None = None, limit: int = 1000) -> list[Outgoing]:
        rows = self._all(
            f"SELECT id, key, payload FROM outbox WHERE {_PLATFORM} ORDER BY id LIMIT %s",
            (platform, platform, limit),
        )
        return [
            Outgoing(ConversationKey.parse(k), Reply.from_json(json.loads(p), outbox_id=int(i)))
            for i, k, p in rows
        ]

    # -- the inbox and the relay's bookkeeping --------------------------------------------------

    def identity(self) -> str:
        row = self._one("SELECT value FROM meta WHERE name = 'database'")
        assert row is not None
        return str(row[0])

    def secret(self) -> bytes:
        row = self._one("SELECT value FROM meta WHERE name = 'report_key'")
        assert row is not None
        return bytes.fromhex(str(row[0]))

    def own(self, owner: str | None) -> None:
        self._owner = owner

    def receive(
        self, items: Sequence[tuple[Inbound, dict[str, Any]]], now: datetime
    ) -> list[int | None]:
        """Store user actions in the inbox in one committed transaction; None for an action
        already waiting (the same key and event id, stored by this worker or another)."""
        stamp, owner, ids = iso(now), self._owner, []
        with self.atomic():
            for inbound, extra in items:
                payload = inbound.to_json()
                if extra:
                    payload["extra"] = extra
                row = self._one(
                    "INSERT INTO inbox (key, event_id, payload, owner, created_at)"
                    " VALUES (%s, %s, %s::jsonb, %s, %s)"
                    " ON CONFLICT (key, event_id) DO NOTHING RETURNING id",
                    (str(inbound.key), inbound.event_id, _dumps(payload), owner, stamp),
                )
                ids.append(int(row[0]) if row else None)
        return ids

    def processed(self, inbox_id: int) -> None:
        self._run("DELETE FROM inbox WHERE id = %s", (inbox_id,))

    def inbox_of(self, key: ConversationKey, limit: int = 100) -> list[Received]:
        rows = self._all(
            "SELECT id, payload, owner FROM inbox WHERE key = %s ORDER BY id LIMIT %s",
            (str(key), limit),
        )
        out = []
        for i, payload, owner in rows:
            data = json.loads(payload)
            extra = data.pop("extra", {})
            out.append(Received(int(i), Inbound.from_json(key, data), extra, owner))
        return out

    def pending_of(self, key: ConversationKey, limit: int = 100) -> list[tuple[Reply, str | None]]:
        rows = self._all(
            "SELECT id, payload, owner FROM outbox WHERE key = %s ORDER BY id LIMIT %s",
            (str(key), limit),
        )
        return [(Reply.from_json(json.loads(p), outbox_id=int(i)), o) for i, p, o in rows]

    def backlog(self, table: str, platform: str | None, after: int, limit: int) -> list[Backlog]:
        if table not in ("inbox", "outbox"):
            raise ValueError(f"not a backlog table: {table}")
        rows = self._all(
            f"SELECT id, key, owner FROM {table} WHERE id > %s AND {_PLATFORM}"
            " ORDER BY id LIMIT %s",
            (after, platform, platform, limit),
        )
        return [Backlog(table, int(i), ConversationKey.parse(k), o) for i, k, o in rows]

    def claim(self, table: str, ids: Sequence[int], owner: str, alive: Sequence[str]) -> None:
        if table not in ("inbox", "outbox"):
            raise ValueError(f"not a backlog table: {table}")
        if not ids:
            return
        with self.atomic():
            self._run(
                f"UPDATE {table} SET owner = %s WHERE id = ANY(%s)"
                " AND (owner IS NULL OR (NOT (owner = ANY(%s))"
                " AND owner NOT IN (SELECT owner FROM relays)))",
                (owner, list(ids), list(alive)),
            )

    def beat(self, row: RelayRow) -> None:
        self._run(
            "INSERT INTO relays (owner, platform, host, pid, beat_at) VALUES (%s, %s, %s, %s, %s)"
            " ON CONFLICT (owner) DO UPDATE SET beat_at = excluded.beat_at",
            (row.owner, row.platform, row.host, row.pid, row.beat_at),
        )

    def relays(self) -> list[RelayRow]:
        rows = self._all("SELECT owner, platform, host, pid, beat_at FROM relays")
        return [RelayRow(o, p, h, int(pid), b) for o, p, h, pid, b in rows]

    def retire(self, owner: str) -> None:
        self._run("DELETE FROM relays WHERE owner = %s", (owner,))

    # -- timers -------------------------------------------------------------------------------

    def set_timer(
        self, key: ConversationKey, name: str, due: datetime, payload: dict[str, Any], now: datetime
    ) -> None:
        """Schedule ``name`` for this key, replacing a pending timer of the same name."""
        with self.atomic():
            self.cancel_timer(key, name, now)
            self._run(
                "INSERT INTO timers (key, name, due_at, payload, status, created_at)"
                " VALUES (%s, %s, %s, %s::jsonb, 'pending', %s)",
                (str(key), name, iso(due), _dumps(payload), iso(now)),
            )

    def cancel_timer(self, key: ConversationKey, name: str, now: datetime) -> None:
        self._run(
            "UPDATE timers SET status = 'cancelled', fired_at = %s WHERE key = %s AND name = %s"
            " AND status = 'pending'",
            (iso(now), str(key), name),
        )

    def due_timers(
        self, now: datetime, platform: str | None = None, limit: int = 500
    ) -> list[Timer]:
        rows = self._all(
            "SELECT id, key, name, due_at, payload FROM timers WHERE status = 'pending'"
            f" AND due_at <= %s AND {_PLATFORM} ORDER BY due_at, id LIMIT %s",
            (iso(now), platform, platform, limit),
        )
        return [
            Timer(int(i), ConversationKey.parse(k), n, d, json.loads(p)) for i, k, n, d, p in rows
        ]

    def take_timer(self, timer_id: int, now: datetime) -> bool:
        """Mark a timer fired; False if it is no longer pending, or another worker's transaction
        is taking it right now (``SKIP LOCKED``: that one fires it, this one moves on)."""
        return (
            self._run(
                "UPDATE timers SET status = 'fired', fired_at = %s WHERE id = ("
                " SELECT id FROM timers WHERE id = %s AND status = 'pending'"
                " FOR UPDATE SKIP LOCKED)",
                (iso(now), timer_id),
            )
            == 1
        )

    def deactivate(self, key: ConversationKey, now: datetime) -> None:
        with self.atomic():
            self._run("UPDATE conversations SET active = 0 WHERE key = %s", (str(key),))
            self._run(
                "UPDATE timers SET status = 'cancelled', fired_at = %s WHERE key = %s"
                " AND status = 'pending'",
                (iso(now), str(key)),
            )

    # -- a flow's records ---------------------------------------------------------------------

    def _values(
        self, table: str, row: dict[str, Any], columns: dict[str, ColumnType]
    ) -> tuple[list[str], list[str], list[Any]]:
        names, marks, values = [], [], []
        for column, value in row.items():
            if column not in columns:
                raise ValueError(f"{table} has no column {column!r}")
            names.append(column)
            if columns[column] in _JSON_TYPES:
                marks.append("%s::jsonb")
                values.append(None if value is None else _json_text(value))
            else:
                marks.append("%s")
                values.append(value)
        return names, marks, values

    def add(self, table: str, key: ConversationKey, row: dict[str, Any], now: datetime) -> int:
        """Insert a record owned by ``key``; returns its id. JSON-encodes dicts and lists."""
        columns = self._check_table(table)
        stamp = iso(now)
        names, marks, values = self._values(table, row, columns)
        names += ["key", "created_at", "updated_at"]
        marks += ["%s", "%s", "%s"]
        values += [str(key), stamp, stamp]
        found = self._one(
            f"INSERT INTO {table} ({','.join(names)}) VALUES ({','.join(marks)}) RETURNING id",
            values,
        )
        assert found is not None
        return int(found[0])

    def update(
        self,
        table: str,
        key: ConversationKey,
        record_id: int,
        changes: dict[str, Any],
        now: datetime,
    ) -> bool:
        """Change fields of one record owned by ``key``; False if there is no such record."""
        columns = self._check_table(table)
        names, marks, values = self._values(table, changes, columns)
        sets = ",".join(f"{n} = {m}" for n, m in zip(names, marks, strict=True))
        sets = f"{sets}, updated_at = %s" if sets else "updated_at = %s"
        return (
            self._run(
                f"UPDATE {table} SET {sets} WHERE id = %s AND key = %s",
                (*values, iso(now), record_id, str(key)),
            )
            == 1
        )

    def records(self, table: str, key: ConversationKey, **where: Any) -> list[dict[str, Any]]:
        """Records of ``table`` owned by ``key`` (optionally filtered by equal columns, or by
        any of a tuple of values), oldest first; JSON columns as their text."""
        columns = self._check_table(table)
        clause = ""
        params: list[Any] = [str(key)]
        for column, value in where.items():
            if column not in columns:
                raise ValueError(f"{table} has no column {column!r}")
            if isinstance(value, tuple):
                clause += f" AND {column} = ANY(%s)"
                params.append(list(value))
            else:
                clause += f" AND {column} = %s"
                params.append(value)
        return self._dicts(f"SELECT * FROM {table} WHERE key = %s{clause} ORDER BY id", params)

    def records_between(
        self,
        table: str,
        columns: Sequence[str],
        end: datetime,
        start: datetime | None = None,
        workspace: str | None = None,
    ) -> list[tuple[Any, ...]]:
        known = self._check_table(table)
        for column in columns:
            if column not in known:
                raise ValueError(f"{table} has no column {column!r}")
        picked = "".join(f", t.{c}" for c in columns)
        sql = (
            f"SELECT t.key{picked} FROM {table} t JOIN conversations c ON c.key = t.key"
            " WHERE t.created_at <= %(end)s"
            " AND (%(start)s::text IS NULL OR t.created_at >= %(start)s::text)"
            " AND (%(ws)s::text IS NULL OR c.workspace = %(ws)s::text)"
            " ORDER BY t.key, t.created_at, t.id"
        )
        return [tuple(r) for r in self._all(sql, _period(end, start, workspace))]

    def people_between(
        self, end: datetime, start: datetime | None = None, workspace: str | None = None
    ) -> list[tuple[str, bool]]:
        sql = (
            "SELECT key, created_at >= coalesce(%(start)s::text, '') FROM conversations"
            " WHERE created_at <= %(end)s"
            " AND (%(start)s::text IS NULL OR updated_at >= %(start)s::text)"
            " AND (%(ws)s::text IS NULL OR workspace = %(ws)s::text)"
        )
        rows = self._all(sql, _period(end, start, workspace))
        return [(str(key), bool(started)) for key, started in rows]

    def _check_table(self, table: str) -> dict[str, ColumnType]:
        try:
            return self._tables[table]
        except KeyError:
            raise ValueError(f"not a record table: {table}") from None

    # -- privacy --------------------------------------------------------------------------------

    def _owned_tables(self) -> tuple[str, ...]:
        """Every table holding rows of people: the conversation first, the outbox last."""
        return ("conversations", *self._tables, "timers", "inbox", "outbox")

    def export(self, key: ConversationKey) -> dict[str, Any]:
        """Everything stored for one person, as JSON-ready data."""
        k = str(key)
        out: dict[str, Any] = {"key": k}
        for table in self._owned_tables():
            rows = self._dicts(f"SELECT * FROM {table} WHERE key = %s ORDER BY 1", (k,))
            json_columns = _JSON_COLUMNS.get(table) or [
                c for c, t in self._tables[table].items() if t in _JSON_TYPES
            ]
            for row in rows:
                for col in json_columns:
                    if isinstance(row.get(col), str):
                        row[col] = json.loads(row[col])
            if table == "conversations":
                for row in rows:
                    row["events"] = _ids(row["events"])
            out[table] = rows
        return out

    def forget(self, key: ConversationKey) -> None:
        """Erase every row of one person, in one transaction (under their conversation's lock,
        so no worker is writing to them meanwhile)."""
        with self.atomic():
            self.lock(key)
            for table in self._owned_tables():
                self._run(f"DELETE FROM {table} WHERE key = %s", (str(key),))

    def forget_workspace(self, platform: str, workspace: str) -> int:
        """Erase every row of every person of one workspace; returns how many people."""
        prefix = f"{platform}:{workspace}:"
        # starts_with() rather than LIKE so that % or _ in ids can never widen the match.
        with self.atomic():
            row = self._one(
                "SELECT count(*) FROM conversations WHERE starts_with(key, %s)", (prefix,)
            )
            for table in self._owned_tables():
                self._run(f"DELETE FROM {table} WHERE starts_with(key, %s)", (prefix,))
        return int(row[0]) if row else 0

    def inactive_since(self, before: datetime, limit: int | None = None) -> list[ConversationKey]:
        rows = self._all(
            "SELECT key FROM conversations WHERE updated_at < %s ORDER BY updated_at LIMIT %s",
            (iso(before), limit),
        )
        return [ConversationKey.parse(r[0]) for r in rows]


# -- helpers ------------------------------------------------------------------------------------


class _Step:
    """A migration step: statements run on the store inside the migration's transaction."""

    def __init__(self, statements: Sequence[str]) -> None:
        self.statements = statements

    def __call__(self, store: PostgresStore) -> None:
        for statement in self.statements:
            store._run(statement)


def _script(sql: str) -> _Step:
    return _Step([s for s in sql.split(";") if s.strip()])


def _migration(migration: Migration) -> _Step:
    """A flow's declared migration as PostgreSQL statements."""
    statements: list[str] = []
    for table in migration.create:
        statements.extend(_create(table))
    for name, columns in migration.add_columns.items():
        for column, kind in columns.items():
            statements.append(f"ALTER TABLE {name} ADD COLUMN {column} {_SQL_TYPES[kind]}")
    return _Step(statements)


def _create(table: Table) -> list[str]:
    declared = ", ".join(f"{c} {_SQL_TYPES[t]}" for c, t in table.columns.items())
    return [
        f"CREATE TABLE {table.name} (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        f" key text NOT NULL, created_at text, updated_at text"
        + (f", {declared}" if declared else "")
        + ")",
        f"CREATE INDEX {table.name}_key ON {table.name} (key)",
    ]


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Every pooled connection: JSON comes back as its text (the store decodes what it needs,
    and record JSON columns reach flows as text, as on SQLite)."""
    set_json_loads(lambda data: data if isinstance(data, str) else bytes(data).decode(), conn)


def _password(url: str) -> str | None:
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password else None


def _json_text(value: Any) -> str:
    """A value for a jsonb column: a string already holding JSON goes in as it is (SQLite keeps
    such text unchanged too), anything else is encoded."""
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return _dumps(value)
        return value
    return _dumps(value)


def _period(end: datetime, start: datetime | None, workspace: str | None) -> dict[str, Any]:
    return {"end": iso(end), "start": iso(start) if start else None, "ws": workspace}


def _ids(text: str) -> list[str]:
    """Processed event ids, stored one per line."""
    return text.split("\n") if text else []
