"""The core's versioned SQLite migrations: append a function, never edit one that has shipped.

Version 1 created the core's tables (and, before flows brought their own, the first flow's
record tables too: a flow's first migration adopts such tables, see ``SqliteStore.install``).
Version 2 versions each component apart: ``schema_migrations`` gets a ``component`` column.
Version 3 adds the inbox (user actions stored before the platform is acknowledged), an owner on
inbox and outbox rows (the relay that will send them) with the relays' heartbeats, outbox ids
that are never reused, the database's random id, and indexes for per-key outbox look-ups and the
retention sweep.
Version 4 adds the report's random key (``meta``), from which its noise is derived.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

CORE = "core"  # the component name of these migrations in schema_migrations


def _each(db: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def initial(db: sqlite3.Connection) -> None:
    # Processed event ids live on the conversation row (``events``, the last few dozen), so
    # dedupe costs no table of its own; the outbox holds only replies not yet delivered.
    # Statement by statement: executescript() would COMMIT the migration's transaction first.
    _each(
        db,
        """
        CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE conversations (
            key TEXT PRIMARY KEY, platform TEXT NOT NULL, workspace TEXT NOT NULL,
            user TEXT NOT NULL, state TEXT NOT NULL, data TEXT NOT NULL,
            flow_version INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1,
            events TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX conversations_workspace ON conversations (platform, workspace);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, payload TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE timers (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, due_at TEXT NOT NULL,
            payload TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, fired_at TEXT);
        CREATE INDEX timers_due ON timers (due_at) WHERE status = 'pending';
        CREATE INDEX timers_key ON timers (key, name);
        """,
    )


def component_versions(db: sqlite3.Connection) -> None:
    # The core and each flow count their migrations apart: one row per (component, version).
    _each(
        db,
        f"""
        ALTER TABLE schema_migrations RENAME TO schema_migrations_v1;
        CREATE TABLE schema_migrations (
            component TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY (component, version));
        INSERT INTO schema_migrations (component, version, name)
            SELECT '{CORE}', version, name FROM schema_migrations_v1;
        DROP TABLE schema_migrations_v1;
        """,
    )


def inbox_and_relays(db: sqlite3.Connection) -> None:
    # The inbox holds a user action from the moment it is received until the transaction that
    # applies it deletes it; one row per (key, event id), so a redelivery waiting beside the
    # original is not stored twice. ``owner`` is the relay that will process or send a row: a
    # relay picks up another's rows only once that relay is gone (``relays``: one heartbeat row
    # per running relay). The outbox is rebuilt with AUTOINCREMENT: an id is never given twice,
    # so with the database's random id (``meta``) it names one reply for good, and a platform
    # message can carry it (to tell, after a crash, whether a reply had arrived). ``outbox_key``
    # serves per-conversation look-ups and erasure, which used to scan the whole outbox;
    # ``conversations_updated`` the retention sweep.
    _each(
        db,
        """
        CREATE TABLE inbox (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, event_id TEXT, payload TEXT NOT NULL,
            owner TEXT, created_at TEXT NOT NULL);
        CREATE UNIQUE INDEX inbox_event ON inbox (key, event_id);
        CREATE TABLE outbox_v3 (
            id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, payload TEXT NOT NULL,
            owner TEXT, created_at TEXT NOT NULL);
        INSERT INTO outbox_v3 (id, key, payload, created_at)
            SELECT id, key, payload, created_at FROM outbox;
        DROP TABLE outbox;
        ALTER TABLE outbox_v3 RENAME TO outbox;
        CREATE INDEX outbox_key ON outbox (key, id);
        CREATE INDEX conversations_updated ON conversations (updated_at);
        CREATE TABLE relays (
            owner TEXT PRIMARY KEY, platform TEXT NOT NULL, host TEXT NOT NULL,
            pid INTEGER NOT NULL, beat_at TEXT NOT NULL);
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (name, value) VALUES ('database', lower(hex(randomblob(8))));
        """,
    )


def report_key(db: sqlite3.Connection) -> None:
    # A random key the career-office report derives its noise from (flows/pivot/report): kept
    # with the data it protects, never printed, so no reader of the reports can predict it.
    db.execute("INSERT INTO meta (name, value) VALUES ('report_key', lower(hex(randomblob(32))))")


def first_release(db: sqlite3.Connection) -> None:
    """Bring a file made by the first release (code to 7c3559b) to the v1 schema of today.

    That release shipped ``initial`` before it was edited (c2934a7, 7d643b6): it recorded
    processed events in a ``processed_events`` table and kept delivered replies in the outbox
    with ``delivered_at`` set, where today's v1 keeps the last event ids on the conversation row
    (``events``, one per line) and only undelivered replies. Without this, such a file re-sends
    every delivered reply at start and then fails with ``no such column: events``. It runs in
    the same transaction as the next migration, once, for a file that has core v1 but no
    ``events`` column; migrations themselves stay as shipped.
    """
    _each(
        db,
        f"""
        ALTER TABLE conversations ADD COLUMN events TEXT NOT NULL DEFAULT '';
        UPDATE conversations SET events = coalesce((
            SELECT group_concat(event_id, char(10)) FROM (
                SELECT event_id, at, n FROM (
                    SELECT event_id, at, rowid AS n FROM processed_events p
                    WHERE p.key = conversations.key
                    ORDER BY at DESC, n DESC LIMIT {FIRST_RELEASE_EVENTS})
                ORDER BY at, n)), '');
        DROP TABLE processed_events;
        DELETE FROM outbox WHERE delivered_at IS NOT NULL;
        DROP INDEX IF EXISTS outbox_undelivered;
        DROP INDEX IF EXISTS outbox_key;
        DROP INDEX IF EXISTS conversations_updated;
        """,
    )
    # The outbox keeps its ``delivered_at`` column until core v3 rebuilds the table without it.


FIRST_RELEASE_EVENTS = 32  # the engine's dedupe window (bot.engine.DEDUPE_WINDOW)


MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("initial", initial),
    ("component_versions", component_versions),
    ("inbox_and_relays", inbox_and_relays),
    ("report_key", report_key),
]


# PostgreSQL (``bot.postgres_store``): its own list, versioned under the same component name. It
# starts where the SQLite schema stands at v3, with JSON in jsonb and identity ids (never reused,
# so an outbox id names one reply for good). Append; never edit a released step.
POSTGRES_INITIAL = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    component text NOT NULL, version integer NOT NULL, name text NOT NULL,
    PRIMARY KEY (component, version));
CREATE TABLE conversations (
    key text PRIMARY KEY, platform text NOT NULL, workspace text NOT NULL,
    "user" text NOT NULL, state text NOT NULL, data jsonb NOT NULL,
    flow_version integer NOT NULL, active integer NOT NULL DEFAULT 1,
    events text NOT NULL DEFAULT '',
    created_at text NOT NULL, updated_at text NOT NULL);
CREATE INDEX conversations_workspace ON conversations (platform, workspace);
CREATE INDEX conversations_updated ON conversations (updated_at);
CREATE TABLE inbox (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, key text NOT NULL, event_id text,
    payload jsonb NOT NULL, owner text, created_at text NOT NULL);
CREATE UNIQUE INDEX inbox_event ON inbox (key, event_id);
CREATE INDEX inbox_key ON inbox (key, id);
CREATE TABLE outbox (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, key text NOT NULL,
    payload jsonb NOT NULL, owner text, created_at text NOT NULL);
CREATE INDEX outbox_key ON outbox (key, id);
CREATE TABLE timers (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, key text NOT NULL,
    name text NOT NULL, due_at text NOT NULL, payload jsonb NOT NULL, status text NOT NULL,
    created_at text NOT NULL, fired_at text);
CREATE INDEX timers_due ON timers (due_at) WHERE status = 'pending';
CREATE INDEX timers_key ON timers (key, name);
CREATE TABLE relays (
    owner text PRIMARY KEY, platform text NOT NULL, host text NOT NULL,
    pid integer NOT NULL, beat_at text NOT NULL);
CREATE TABLE meta (name text PRIMARY KEY, value text NOT NULL);
INSERT INTO meta (name, value)
    VALUES ('database', substr(replace(gen_random_uuid()::text, '-', ''), 1, 16))
"""
# The report's random key, as SQLite's v4: 32 bytes from two version-4 UUIDs' random bits
# (gen_random_uuid draws from the server's strong random source; no extension needed).
POSTGRES_REPORT_KEY = """
INSERT INTO meta (name, value)
    VALUES ('report_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))
"""

POSTGRES: list[tuple[str, str]] = [
    ("initial", POSTGRES_INITIAL),
    ("report_key", POSTGRES_REPORT_KEY),
]
