"""Migrations are append-only: each one in a release is recorded in tests/data/migrations.json
with a checksum of what it does, and must never change. Add a migration by appending it and
recording it (``python -m tests.bot.test_migrations`` prints every checksum)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, cast

from bot.migrations import MIGRATIONS, POSTGRES
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


class _Recorder:
    """Stands in for the connection a core migration is given and keeps every statement it runs,
    whitespace normalised: what the migration does, whatever its source's comments and types."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def execute(self, sql: str, parameters: Any = ()) -> None:
        self.statements.append(" ".join(sql.split()) + f" -- {parameters!r}")


def _core_step(step: Any) -> str:
    recorder = _Recorder()
    step(recorder)
    return "\n".join(recorder.statements)


def checksums() -> dict[str, list[list[str]]]:
    """Every migration of the core (SQLite and PostgreSQL) and of each flow's records: ``[name,
    sha256]`` in order. The core's is taken over the SQL it runs, a flow's over what its
    ``Migration`` declares (each store builds a flow's tables from that declaration)."""
    core = [
        [name, hashlib.sha256(_core_step(step).encode()).hexdigest()] for name, step in MIGRATIONS
    ]
    flow = [
        [m.name, hashlib.sha256(_flow_step(m).encode()).hexdigest()] for m in RECORDS.migrations
    ]
    postgres = [
        [name, hashlib.sha256(" ".join(sql.split()).encode()).hexdigest()] for name, sql in POSTGRES
    ]
    return {"core": core, "core-postgresql": postgres, RECORDS.component: flow}


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

    def edited(db: Any) -> None:  # the same migration with one column's default changed
        recorder = _Recorder()
        step(cast(Any, recorder))
        for sql in recorder.statements:
            db.execute(sql.replace("DEFAULT ''", "DEFAULT '[]'").split(" -- ")[0])

    assert _core_step(edited) != _core_step(step)
    first = RECORDS.migrations[0]
    changed = Migration(first.name, first.create[1:], first.add_columns)
    assert _flow_step(changed) != _flow_step(first)


if __name__ == "__main__":
    print(json.dumps(checksums(), indent=2))
