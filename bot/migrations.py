"""The core's versioned SQLite migrations: append a function, never edit one that has shipped.

Version 1 created the core's tables (and, before flows brought their own, the first flow's
record tables too: a flow's first migration adopts such tables, see ``SqliteStore.install``).
Version 2 versions each component apart: ``schema_migrations`` gets a ``component`` column.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the store only when it migrates
    import sqlite_utils

CORE = "core"  # the component name of these migrations in schema_migrations


def _each(db: sqlite_utils.Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def initial(db: sqlite_utils.Database) -> None:
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


def component_versions(db: sqlite_utils.Database) -> None:
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


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("initial", initial),
    ("component_versions", component_versions),
]
