"""Versioned schema migrations: append a function, never edit one that has shipped."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

# Tables of coaching records, all owned by a conversation key.
RECORD_TABLES = ("interviews", "attempts", "contacts", "followups", "milestones", "outcomes")

_STAMPS = {"key": str, "created_at": str, "updated_at": str}


def _records(db: sqlite_utils.Database, name: str, columns: dict[str, type]) -> None:
    db[name].create({"id": int, **_STAMPS, **columns}, pk="id")  # type: ignore[union-attr]
    db[name].create_index(["key"])  # type: ignore[union-attr]


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
    _records(
        db,
        "interviews",
        {
            "company": str,
            "role": str,
            "interview_date": str,
            "company_fit": int,
            "role_fit": int,
            "path": str,
            "target": str,
            "draws": str,
            "evidence": str,
            "pivoted": str,
            "how_it_went": str,
            "outcome": str,
            "decision_date": str,
        },
    )
    _records(
        db,
        "attempts",
        {
            "interview_id": int,
            "persona": str,
            "round": int,
            "turn": int,
            "total": int,
            "band": str,
            "elements": str,
            "red_flags": str,
        },
    )
    _records(
        db,
        "contacts",
        {
            "interview_id": int,
            "name": str,
            "title": str,
            "organisation": str,
            "team": str,
            "reach": str,
            "how_met": str,
            "priority": str,
            "stage": str,
            "last_contact_at": str,
            "next_step": str,
            "next_step_at": str,
            "notes": str,
        },
    )
    _records(
        db,
        "followups",
        {
            "kind": str,
            "contact_id": int,
            "interview_id": int,
            "due_at": str,
            "status": str,
            "done_at": str,
            "on_time": int,
        },
    )
    # Funnel steps that are not a contact stage: introductions, referrals, interviews, offers.
    _records(db, "milestones", {"kind": str, "contact_id": int, "interview_id": int})
    # NACE first-destination category, asked (optionally) when a follow-up closes.
    _records(db, "outcomes", {"category": str})


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("initial", initial),
]
