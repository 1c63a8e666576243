"""Migrations are append-only: each one in a release is recorded in tests/data/migrations.json
with a checksum of what it does, and must never change. Add a migration by appending it and
recording it (``python -m tests.bot.test_migrations`` prints every checksum)."""

from __future__ import annotations

import hashlib
import inspect
import json
from pathlib import Path
from typing import Any

from bot.migrations import MIGRATIONS
from bot.store import Migration
from flows.pivot.records import RECORDS

RECORDED = Path(__file__).resolve().parents[1] / "data" / "migrations.json"


def _flow_step(migration: Migration) -> str:
    """A flow migration as canonical JSON: its name, tables and columns, with their types."""
    shape: dict[str, Any] = {
        "name": migration.name,
        "create": [
            [t.name, [[c, k.__name__] for c, k in t.columns.items()]] for t in migration.create
        ],
        "add_columns": {
            t: [[c, k.__name__] for c, k in cols.items()]
            for t, cols in migration.add_columns.items()
        },
    }
    return json.dumps(shape, sort_keys=True)


def checksums() -> dict[str, list[list[str]]]:
    """Every migration of the core and of each flow's records: ``[name, sha256]`` in order. The
    core's is taken over its function's source, a flow's over what its ``Migration`` declares."""
    core = [
        [name, hashlib.sha256(inspect.getsource(step).encode()).hexdigest()]
        for name, step in MIGRATIONS
    ]
    flow = [
        [m.name, hashlib.sha256(_flow_step(m).encode()).hexdigest()] for m in RECORDS.migrations
    ]
    return {"core": core, RECORDS.component: flow}


def test_every_released_migration_is_unchanged() -> None:
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    current = checksums()
    assert set(recorded) == set(current)
    for component, steps in recorded.items():
        now = current[component]
        assert len(now) >= len(steps), f"{component}: a released migration was removed"
        for version, ((name, digest), (name_now, digest_now)) in enumerate(
            zip(steps, now, strict=False), start=1
        ):
            assert (name_now, digest_now) == (name, digest), (
                f"{component} v{version} {name} was edited after its release: put it back as it "
                "was and append a new migration instead"
            )
        assert len(now) == len(steps), (
            f"{component}: record the new migration's checksum in {RECORDED.name} "
            f"(python -m tests.bot.test_migrations): {now[len(steps) :]}"
        )


def test_the_checksum_sees_an_edit() -> None:
    _name, step = MIGRATIONS[0]
    source = inspect.getsource(step)
    edited = source.replace("events TEXT NOT NULL DEFAULT ''", "events TEXT NOT NULL DEFAULT '[]'")
    assert edited != source
    assert hashlib.sha256(edited.encode()).hexdigest() != checksums()["core"][0][1]
    first = RECORDS.migrations[0]
    changed = Migration(first.name, first.create[1:], first.add_columns)
    assert _flow_step(changed) != _flow_step(first)


if __name__ == "__main__":
    print(json.dumps(checksums(), indent=2))
