"""What the engine and flows need from storage: the ``Store`` protocol, its row types, and how a
flow declares the record tables it keeps.

The core keeps conversations, the inbox, the outbox and timers; a flow brings its own record tables as a
``Records`` declaration (its tables and the migrations that build them), which the store applies
and versions apart from the core's. Every row belongs to one ``ConversationKey``. Only JSON-ready
values go in and come out: no database types cross this interface, so a PostgreSQL store can
implement it as the SQLite one (``bot.sqlite_store.SqliteStore``) does. ``open_store`` picks one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from bot.errors import StoreError
from bot.messages import ConversationKey, Inbound, Outgoing, Reply

__all__ = [
    "Backlog",
    "ColumnType",
    "Migration",
    "Received",
    "Records",
    "RelayRow",
    "Session",
    "Store",
    "Table",
    "Timer",
    "database_kind",
    "open_store",
]


@dataclass(slots=True)
class Session:
    """A stored conversation: where the user is and what they told us so far."""

    state: str
    data: dict[str, Any]
    flow_version: int
    active: bool = True
    events: list[str] = field(default_factory=list)  # the last processed event ids, newest last
    # When someone last wrote it as the person's own activity (ISO 8601 UTC; "" before it is
    # saved). Not compared: two reads of one conversation are equal whenever this was.
    updated_at: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Timer:
    """A due or pending reminder: ``due_at`` is an ISO 8601 UTC stamp, ``payload`` JSON data."""

    id: int
    key: ConversationKey
    name: str
    due_at: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Received:
    """An inbox row: a user action stored before the platform was acknowledged. ``extra`` is
    what the adapter needs besides the ``Inbound`` to act on it (JSON: a tapped message's id...);
    ``owner`` the relay that will process it (None: whichever relay comes first)."""

    id: int
    inbound: Inbound
    extra: dict[str, Any]
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class Backlog:
    """One waiting row (``table`` is ``inbox`` or ``outbox``), as the relay's backlog scan sees it."""

    table: str
    id: int
    key: ConversationKey
    owner: str | None


@dataclass(frozen=True, slots=True)
class RelayRow:
    """A running relay's heartbeat: ``beat_at`` is an ISO 8601 UTC stamp."""

    owner: str
    platform: str
    host: str
    pid: int
    beat_at: str


# -- a flow's record tables ----------------------------------------------------------------

# A column's type: int, float or str; dict and list are kept as JSON text (``Store.add`` encodes
# them, ``Store.export`` decodes them).
ColumnType = type


@dataclass(frozen=True, slots=True)
class Table:
    """A record table to create. Every table also gets ``id`` (an integer primary key), ``key``
    (the owner's ``ConversationKey`` as text, indexed), ``created_at`` and ``updated_at``."""

    name: str
    columns: Mapping[str, ColumnType]


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of a flow's schema: tables to create, then columns to add to existing tables
    (``{table: {column: type}}``). Once released, a migration is never edited: append another."""

    name: str
    create: tuple[Table, ...] = ()
    add_columns: Mapping[str, Mapping[str, ColumnType]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Records:
    """A flow's record tables: its ``migrations`` in order (version 1 first), versioned in the
    database under ``component``, apart from the core's and other flows'."""

    component: str
    migrations: tuple[Migration, ...]

    def tables(self) -> dict[str, dict[str, ColumnType]]:
        """Every table the migrations build, in creation order: name -> its declared columns.
        Raises ``ValueError`` if a migration adds columns to a table none of them created."""
        out: dict[str, dict[str, ColumnType]] = {}
        for migration in self.migrations:
            for table in migration.create:
                out[table.name] = dict(table.columns)
            for name, columns in migration.add_columns.items():
                if name not in out:
                    raise ValueError(f"{self.component}: {migration.name} alters unknown {name}")
                out[name].update(columns)
        return out


# -- the protocol --------------------------------------------------------------------------


class Store(Protocol):
    """The one database of a bot. Times are aware ``datetime``s, stored as UTC.

    Implementations raise ``bot.errors.StoreError`` when the database cannot be opened or
    migrated; a method given a table that no installed ``Records`` declares raises ``ValueError``.
    Not thread-safe: use one store from one thread (the event loop's).
    """

    def install(self, records: Records) -> None:
        """Bring a flow's record tables up to date (each newer migration in its own transaction)
        and let the record methods, export and erasure reach them. Idempotent. Raises
        ``StoreError`` if the database holds a newer version of ``records.component``."""
        ...

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction; rolled back whole if anything inside raises. Nests."""
        ...

    def close(self) -> None: ...

    def lock(self, key: ConversationKey) -> None:
        """Inside ``atomic``: hold ``key``'s conversation lock until the transaction ends, so
        that no other process handles the same conversation meanwhile (on SQLite the write
        transaction already excludes every other writer: nothing more to do)."""
        ...

    def check(self) -> None:
        """The start-up check: raise ``StoreError`` with one line saying what is wrong and what
        to do if the database is damaged or cannot be written (``open_store`` calls it, so
        every command that opens the database stops before serving anyone)."""
        ...

    # -- conversations and the outbox: the hot path

    def load(self, key: ConversationKey) -> Session | None:
        """The stored conversation of ``key``, or None for someone new."""
        ...

    def save(
        self, key: ConversationKey, session: Session, now: datetime, touch: bool = True
    ) -> None:
        """Write the conversation. ``touch`` marks the person active at ``now`` (retention reads
        it); a reminder firing is not the person's activity, so it passes False."""
        ...

    def queue(self, key: ConversationKey, replies: Iterable[Reply], now: datetime) -> None:
        """Write replies to the outbox; each reply gets its ``outbox_id``."""
        ...

    def delivered(self, outbox_ids: Iterable[int]) -> None:
        """Drop delivered replies: the outbox only ever holds what still has to be sent."""
        ...

    def pending(self, platform: str | None = None, limit: int = 1000) -> list[Outgoing]:
        """Replies committed but never marked delivered, oldest first (of one platform's users,
        or of all)."""
        ...

    def deactivate(self, key: ConversationKey, now: datetime) -> None:
        """The user blocked the bot: cancel their timers, mark them inactive until they write."""
        ...

    # -- the inbox and the relay's bookkeeping

    def identity(self) -> str:
        """This database's random id, made with its schema: with an outbox id (never reused)
        it names one reply for good, so a platform message can carry it."""
        ...

    def secret(self) -> bytes:
        """This database's random 32-byte report key, made with its schema and never shown: the
        career-office report derives its noise from it (``flows.pivot.report``)."""
        ...

    def own(self, owner: str | None) -> None:
        """Write inbox and outbox rows from now on as ``owner``'s (a relay's id), so that another
        relay on the same database leaves them alone while this one runs."""
        ...

    def receive(
        self, items: Sequence[tuple[Inbound, dict[str, Any]]], now: datetime
    ) -> list[int | None]:
        """Store user actions (each with its adapter's ``extra``) in the inbox, in one transaction
        that is committed when this returns: call it before acknowledging the platform. Returns
        each row's id, or None for an action already waiting (same key and event id)."""
        ...

    def processed(self, inbox_id: int) -> None:
        """Drop an inbox row: call it inside the transaction that applies the action."""
        ...

    def inbox_of(self, key: ConversationKey, limit: int = 100) -> list[Received]:
        """The actions of ``key`` still waiting in the inbox, oldest first."""
        ...

    def pending_of(self, key: ConversationKey, limit: int = 100) -> list[tuple[Reply, str | None]]:
        """The undelivered replies of ``key``, oldest first, each with its owner."""
        ...

    def backlog(self, table: str, platform: str | None, after: int, limit: int) -> list[Backlog]:
        """Waiting rows of ``table`` (``inbox`` or ``outbox``) of one platform's users (or all)
        with an id above ``after``, in id order: what the relay's backlog scan walks."""
        ...

    def claim(self, table: str, ids: Sequence[int], owner: str, alive: Sequence[str]) -> None:
        """Make rows of ``table`` ``owner``'s unless another of the ``alive`` relays owns them,
        or their owner still has a heartbeat row (it may have started after the caller last
        looked at the relays; a gone relay's row is retired by the next heartbeat that sees it
        gone, and its rows are free from then on)."""
        ...

    def beat(self, row: RelayRow) -> None:
        """Record a relay's heartbeat (insert or refresh its row)."""
        ...

    def relays(self) -> list[RelayRow]:
        """Every relay that has a heartbeat row, alive or not."""
        ...

    def retire(self, owner: str) -> None:
        """Drop a relay's heartbeat row (it stopped; its rows are anybody's now)."""
        ...

    # -- timers

    def set_timer(
        self, key: ConversationKey, name: str, due: datetime, payload: dict[str, Any], now: datetime
    ) -> None:
        """Schedule ``name`` for ``key``, replacing a pending timer of the same name."""
        ...

    def cancel_timer(self, key: ConversationKey, name: str, now: datetime) -> None: ...

    def due_timers(
        self, now: datetime, platform: str | None = None, limit: int = 500
    ) -> list[Timer]:
        """Pending timers due at ``now`` or earlier, soonest first."""
        ...

    def take_timer(self, timer_id: int, now: datetime) -> bool:
        """Mark a timer fired; False if it was no longer pending (cancelled or fired already)."""
        ...

    # -- a flow's records

    def add(self, table: str, key: ConversationKey, row: dict[str, Any], now: datetime) -> int:
        """Insert a record owned by ``key``; returns its id. JSON-encodes dicts and lists."""
        ...

    def update(
        self,
        table: str,
        key: ConversationKey,
        record_id: int,
        changes: dict[str, Any],
        now: datetime,
    ) -> bool:
        """Change fields of one record owned by ``key``; False if there is no such record."""
        ...

    def records(self, table: str, key: ConversationKey, **where: Any) -> list[dict[str, Any]]:
        """Records of ``table`` owned by ``key``, oldest first, as column -> value (JSON columns
        as their text), optionally filtered by equal columns or by any of a tuple of values."""
        ...

    def records_between(
        self,
        table: str,
        columns: Sequence[str],
        end: datetime,
        start: datetime | None = None,
        workspace: str | None = None,
    ) -> list[tuple[Any, ...]]:
        """For aggregate reports: ``(key, *columns)`` of every record of ``table`` created from
        ``start`` (or ever) to ``end`` by people of ``workspace`` (or of all), ordered by key,
        then creation time. ``ValueError`` names a column the table does not have."""
        ...

    def people_between(
        self, end: datetime, start: datetime | None = None, workspace: str | None = None
    ) -> list[tuple[str, bool]]:
        """For aggregate reports: ``(key, started)`` of everyone of ``workspace`` (or of all)
        who began before ``end`` and was active from ``start`` on; ``started`` says they began
        at ``start`` or later."""
        ...

    # -- privacy

    def export(self, key: ConversationKey) -> dict[str, Any]:
        """Everything stored for one person, as JSON-ready data: ``{"key": str, table: rows}``
        for the conversation, every installed record table, the timers, the inbox and the
        outbox."""
        ...

    def forget(self, key: ConversationKey) -> None:
        """Erase every row of one person, record tables included, in one transaction."""
        ...

    def forget_workspace(self, platform: str, workspace: str) -> int:
        """Erase every row of every person of one workspace; returns how many people."""
        ...

    def inactive_since(self, before: datetime, limit: int | None = None) -> list[ConversationKey]:
        """People whose last own activity was before ``before`` (at most ``limit`` of them)."""
        ...


def exported_reply(payload: Any) -> Any:
    """An outbox payload as a data export shows it: text and buttons, and an attachment by its
    file name, type and size only. The attachment is an earlier export or a CSV of the person's
    records, which the export holds once already; copying it would nest every undelivered
    export in the next, each 2-3 times the size of the last."""
    if not isinstance(payload, dict) or not isinstance(payload.get("attachment"), list):
        return payload
    name, content, *mime = payload["attachment"]
    shown = {"filename": name, "mime": mime[0] if mime else None, "characters": len(content)}
    return {**payload, "attachment": shown}


def open_store(location: str | Path) -> Store:
    """The store at ``location``, its core schema brought up to date: a ``postgresql://`` (or
    ``postgres://``) URL opens PostgreSQL (``bot.postgres_store``, the ``postgres`` extra); a
    path or a ``sqlite:///path`` URL opens (creating if missing) that SQLite file.

    Checked (``Store.check``). Raises ``StoreError`` (one line, never with a password in it) if
    it cannot be opened, is damaged or read-only, is from a newer version, or is a URL of
    another kind; ``MissingExtra`` when PostgreSQL is asked for
    but psycopg is not installed.
    """
    kind, target = database_kind(location)
    store: Store
    if kind == "postgresql":
        try:
            from bot.postgres_store import PostgresStore  # psycopg only for PostgreSQL
        except ImportError:
            from bot.errors import MissingExtra

            raise MissingExtra(
                "PostgreSQL support is not installed: pip install 'pivotbot[postgres]'"
            ) from None
        store = PostgresStore.open(target)
    else:
        from bot.sqlite_store import SqliteStore  # sqlite-utils only when a store is opened

        store = SqliteStore.open(target)
    try:
        store.check()
    except BaseException:
        store.close()
        raise
    return store


def database_kind(location: str | Path) -> tuple[str, str]:
    """``("postgresql", url)`` or ``("sqlite", path)`` for a ``--db``/``PIVOTBOT_DB`` value.
    Raises ``StoreError`` for a URL that is neither (``postgress://...``, ``sqlite:/x``), naming
    its scheme only: the rest may hold a password."""
    text = str(location)
    scheme, sep, rest = text.partition("://")
    if not sep or "/" in scheme or "\\" in scheme:
        if text.startswith(("postgres:", "postgresql:")):
            raise StoreError("malformed PostgreSQL URL: write postgresql://user:password@host/db")
        return "sqlite", text
    if scheme in ("postgresql", "postgres"):
        return "postgresql", text
    if scheme == "sqlite":
        if not rest.startswith("/") or rest == "/":
            raise StoreError("malformed SQLite URL: write sqlite:///path/to/file.db")
        return "sqlite", rest[1:]
    raise StoreError(
        f"unknown database URL scheme {scheme!r}: use postgresql://user:password@host/db,"
        " sqlite:///path or a file path"
    )
