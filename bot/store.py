"""SQLite storage through sqlite-utils: conversations, dedupe, outbox, timers and coaching records.

One file in WAL mode with ``synchronous=NORMAL``. Every row belongs to one conversation key.
A message touches two tables: its conversation row (state, data and the last processed event
ids, for dedupe) and the outbox (which holds only replies not yet delivered).
Only JSON goes in (never pickle, never SDK objects). The hot path (one message) uses plain SQL
through ``db.execute``; the rest uses sqlite-utils' table API.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.clock import iso
from bot.errors import StoreError
from bot.messages import ConversationKey, Outgoing, Reply
from bot.migrations import MIGRATIONS, RECORD_TABLES

__all__ = ["RECORD_TABLES", "Session", "Store", "Timer"]


@dataclass(slots=True)
class Session:
    """A stored conversation: where the user is and what they told us so far."""

    state: str
    data: dict[str, Any]
    flow_version: int
    active: bool = True
    events: list[str] = field(default_factory=list)  # the last processed event ids, newest last


@dataclass(frozen=True, slots=True)
class Timer:
    id: int
    key: ConversationKey
    name: str
    due_at: str
    payload: dict[str, Any]


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class Store:
    """The one database. Not thread-safe: use it from one thread (the event loop's)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.db = sqlite_utils.Database(conn)
        self._x = conn.execute  # the hot path's statement runner
        self.migrate()

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the database file and bring its schema up to date.

        Raises ``StoreError`` if the file cannot be opened or is from a newer version.
        """
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("PRAGMA wal_autocheckpoint=10000")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        return cls(conn)

    @classmethod
    def memory(cls) -> Store:
        return cls(sqlite3.connect(":memory:", isolation_level=None))

    def close(self) -> None:
        self.db.conn.close()

    # -- schema ---------------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.db["schema_migrations"].exists():
            return 0
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        """Apply every migration newer than the file's version, each in its own transaction."""
        try:
            current = self.schema_version()
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"database schema v{current} is newer than this pivotbot (v{len(MIGRATIONS)})"
                )
            for version, (name, apply) in enumerate(MIGRATIONS, start=1):
                if version <= current:
                    continue
                with self.db.atomic():
                    apply(self.db)
                    self.db.execute(
                        "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [version, name],
                    )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot migrate database: {exc}") from exc

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; rolled back whole if anything inside raises."""
        with self.db.atomic():
            yield

    # -- the hot path -----------------------------------------------------------------------

    def load(self, key: ConversationKey) -> Session | None:
        row = self._x(
            "SELECT state, data, flow_version, active, events FROM conversations WHERE key = ?",
            (str(key),),
        ).fetchone()
        if row is None:
            return None
        return Session(row[0], json.loads(row[1]), row[2], bool(row[3]), _ids(row[4]))

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
        stamp, k = iso(now), str(key)
        for reply in replies:
            cur = self._x(
                "INSERT INTO outbox (key, payload, created_at) VALUES (?, ?, ?)",
                (k, _dumps(reply.to_json()), stamp),
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

    # -- coaching records -----------------------------------------------------------------

    def add(self, table: str, key: ConversationKey, row: dict[str, Any], now: datetime) -> int:
        """Insert a record owned by ``key``; returns its id. JSON-encodes dicts and lists."""
        _check_table(table)
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
        _check_table(table)
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
        _check_table(table)
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

    # -- privacy ----------------------------------------------------------------------------

    def export(self, key: ConversationKey) -> dict[str, Any]:
        """Everything stored for one person, as JSON-ready data."""
        k = str(key)
        out: dict[str, Any] = {"key": k}
        for table in ("conversations", *RECORD_TABLES, "timers", "outbox"):
            rows = list(self.db.query(f"SELECT * FROM {table} WHERE key = ?", [k]))
            for row in rows:
                for col in ("data", "payload", "elements", "red_flags", "notes"):
                    if isinstance(row.get(col), str) and row[col][:1] in "[{":
                        row[col] = json.loads(row[col])
            if table == "conversations":
                for row in rows:
                    row["events"] = _ids(row["events"])
            out[table] = rows
        return out

    def forget(self, key: ConversationKey) -> None:
        """Erase every row of one person, in one transaction."""
        with self.atomic():
            for table in ("conversations", *RECORD_TABLES, "timers", "outbox"):
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
            for table in ("conversations", *RECORD_TABLES, "timers", "outbox"):
                self._x(f"DELETE FROM {table} WHERE {match}", args)
        return int(people)

    def inactive_since(self, before: datetime) -> list[ConversationKey]:
        rows = self._x("SELECT key FROM conversations WHERE updated_at < ?", (iso(before),))
        return [ConversationKey.parse(r[0]) for r in rows.fetchall()]


def _ids(text: str) -> list[str]:
    """Processed event ids, stored one per line (no JSON to parse on every message)."""
    return text.split("\n") if text else []


# Rows of one platform's users, or of all when the parameter is NULL (pass it twice).
_PLATFORM = "(? IS NULL OR substr(key, 1, instr(key, ':') - 1) = ?)"


def _check_table(table: str) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"not a record table: {table}")
