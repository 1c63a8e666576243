"""What several workers on one PostgreSQL database rely on, with two stores (two connections, as
two processes have) on a real server: the conversation lock, a duplicate delivery reaching both
at once, a reminder taken by one only; and bad configuration stopping the command with one line.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import make_engine
from bot.clock import ManualClock
from bot.errors import StoreError
from bot.messages import ConversationKey, Inbound
from bot.migrations import POSTGRES
from bot.store import Session, Store, open_store
from tests.postgres_server import PASSWORD

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ANN = ConversationKey("telegram", "telegram", "101")
BEA = ConversationKey("telegram", "telegram", "202")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two(postgres_url: str) -> Iterator[tuple[Store, Store, Store]]:
    """Three stores on one database: like stores in general, each is used by one thread."""
    stores = (open_store(postgres_url), open_store(postgres_url), open_store(postgres_url))
    yield stores
    for store in stores:
        store.close()


def _waiting_for_a_lock(store: Store) -> bool:
    """Whether some other session of this database is blocked on a lock right now."""
    rows = store._all(  # type: ignore[attr-defined]
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
    )
    return bool(rows[0][0])


def _until(check: Any) -> None:
    for _ in range(400):
        if check():
            return
        threading.Event().wait(0.025)
    raise AssertionError("never happened")


def test_one_conversation_is_handled_by_one_worker_at_a_time(
    two: tuple[Store, Store, Store],
) -> None:
    first, second, third = two
    order: list[str] = []

    def other_worker() -> None:
        with second.atomic():
            second.lock(ANN)
            order.append("second has ann")
            second.save(ANN, Session("second", {}, 1), NOW)

    with first.atomic():
        first.lock(ANN)
        thread = threading.Thread(target=other_worker)
        thread.start()
        _until(lambda: _waiting_for_a_lock(first))  # the other worker waits for ann...
        with third.atomic():  # ...while another conversation goes on
            third.lock(BEA)
            third.save(BEA, Session("bea", {}, 1), NOW)
        order.append("first done")
        first.save(ANN, Session("first", {}, 1), NOW)
    thread.join()
    assert order == ["first done", "second has ann"]
    session = first.load(ANN)
    assert session is not None and session.state == "second"


def test_a_duplicate_delivery_reaching_two_workers_at_once_is_stored_once(
    two: tuple[Store, Store, Store],
) -> None:
    first, second, _ = two
    update = Inbound(ANN, text="hello", event_id="update-7")
    got: list[list[int | None]] = []
    with first.atomic():
        mine = first.receive([(update, {})], NOW)
        thread = threading.Thread(target=lambda: got.append(second.receive([(update, {})], NOW)))
        thread.start()
        _until(lambda: _waiting_for_a_lock(first))  # blocked on the unique (key, event_id)
    thread.join()
    assert mine[0] is not None and got == [[None]]
    assert len(first.inbox_of(ANN)) == 1


def test_a_reminder_is_taken_by_one_worker_only(two: tuple[Store, Store, Store]) -> None:
    first, second, _ = two
    first.set_timer(ANN, "nudge", NOW, {}, NOW)
    (timer,) = second.due_timers(NOW)
    with first.atomic():
        assert first.take_timer(timer.id, NOW)
        # Taken but not committed: the other worker skips it at once instead of waiting.
        assert not second.take_timer(timer.id, NOW)
    assert not second.take_timer(timer.id, NOW)
    first.set_timer(BEA, "nudge", NOW, {}, NOW)
    (timer,) = second.due_timers(NOW)
    with pytest.raises(RuntimeError), first.atomic():
        assert first.take_timer(timer.id, NOW)
        raise RuntimeError("the worker failed while firing it")
    assert second.take_timer(timer.id, NOW)  # rolled back: still due, another fires it


def test_two_engines_given_the_same_update_at_once_process_it_once(postgres_url: str) -> None:
    engines = [make_engine(postgres_url, ManualClock(NOW)) for _ in range(2)]
    update = Inbound(ANN, text="/start", event_id="update-1")
    start = threading.Barrier(2)
    answers: list[int] = []

    def worker(n: int) -> None:
        start.wait()
        answers.append(len(asyncio.run(engines[n].handle(update))))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for engine in engines:
        engine.close()
    assert sorted(answers)[0] == 0 and sorted(answers)[1] > 0  # one answered, one skipped it


def _pivotbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_bad_configuration_stops_with_one_line_and_never_the_password(
    postgres_server: Any, tmp_path: Path
) -> None:
    good = postgres_server.url("postgres")
    port = postgres_server.port
    cases = {
        f"postgresql://postgres:{PASSWORD}@127.0.0.1:1/postgres": "Connection refused",
        postgres_server.url("postgres", password=PASSWORD + "x"): "password authentication",
        postgres_server.url("no_such_db"): 'database "no_such_db" does not exist',
        good.replace("postgresql://", "postgresq://"): "unknown database URL scheme 'postgresq'",
        good.replace("postgresql://", "postgresql:/"): "malformed PostgreSQL URL",
        f"postgresql://postgres:{PASSWORD}@127.0.0.1:{port}x/postgres": "",
    }
    commands = [
        (["export", "console:local:me", "--db"], False),
        (["forget", "console:local:me", "--yes"], True),
        (["report"], True),
        (["console", "--db"], False),
    ]
    for n, (url, problem) in enumerate(cases.items()):
        args, by_env = commands[n % len(commands)]
        done = _pivotbot(*args, env={"PIVOTBOT_DB": url}) if by_env else _pivotbot(*args, url)
        lines = done.stderr.splitlines()
        assert done.returncode == 2, (args, done.stderr)
        assert len(lines) == 1 and lines[0].startswith("pivotbot: "), done.stderr
        assert problem in lines[0]
        assert "Traceback" not in done.stderr and PASSWORD not in done.stdout + done.stderr
    assert not list(tmp_path.iterdir()) and not list(ROOT.glob("postgres*"))  # no stray file


def test_the_password_never_appears_in_an_error(postgres_server: Any) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(postgres_server.url("postgres", password=PASSWORD + "-wrong"))
    assert PASSWORD not in str(caught.value) and "postgres@127.0.0.1" in str(caught.value)


def test_export_forget_and_report_work_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--db", postgres_url, "--user", "kim"],
        input="/start\n1\nAcme Robotics\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    exported = _pivotbot("export", "console:local:kim", env={"PIVOTBOT_DB": postgres_url})
    data = json.loads(exported.stdout)
    (conversation,) = data["conversations"]
    assert conversation["data"]["company"] == "Acme Robotics" and data["key"] == "console:local:kim"
    report = _pivotbot("report", "--db", postgres_url, "--format", "json")
    assert report.returncode == 0 and json.loads(report.stdout)["workspace"] is None
    erased = _pivotbot("forget", "console:local:kim", "--yes", "--db", postgres_url)
    assert erased.stdout.strip() == "Erased everything stored for console:local:kim."
    again = _pivotbot("export", "console:local:kim", "--db", postgres_url)
    assert again.returncode == 2 and "nothing stored for console:local:kim" in again.stderr


def _copy(sqlite_path: Path, url: str) -> None:
    """Every row of a SQLite database into a PostgreSQL one with the same schema."""
    import psycopg

    from bot.sqlite_store import SqliteStore
    from flows.pivot.records import RECORDS

    pg = open_store(url)
    pg.install(RECORDS)
    pg.close()
    source = SqliteStore.open(sqlite_path)
    with psycopg.connect(url) as conn:
        conn.execute("DELETE FROM meta")
        for table in ("conversations", *RECORDS.tables(), "timers", "meta"):
            cur = source.conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            types: dict[str, str] = dict(
                conn.execute(
                    "SELECT column_name, data_type FROM information_schema.columns"
                    " WHERE table_name = %s",
                    (table,),
                ).fetchall()
            )
            marks = ",".join("%s::jsonb" if types[n] == "jsonb" else "%s" for n in names)
            quoted = ",".join(f'"{n}"' for n in names)
            with conn.cursor() as insert:
                insert.executemany(
                    f"INSERT INTO {table} ({quoted}) VALUES ({marks})", cur.fetchall()
                )
    source.close()


def test_the_career_office_report_is_the_same_on_both_stores(
    postgres_url: str, tmp_path: Path
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from seed_report import seed
    finally:
        sys.path.remove(str(ROOT / "bench"))
    seed(tmp_path / "seeded.db", people=520)
    _copy(tmp_path / "seeded.db", postgres_url)
    reports = []
    for db in (str(tmp_path / "seeded.db"), postgres_url):
        done = _pivotbot(
            "report", "--db", db, "--format", "json,markdown", "-o", str(tmp_path / "r.md")
        )
        assert done.returncode == 0, done.stderr
        report = json.loads((tmp_path / "r.json").read_text())
        report.pop("until")  # now, when each ran
        markdown = (tmp_path / "r.md").read_text().splitlines()
        # The period line ends at "now" ("everything up to 30 Nov 2026 10:14 UTC"), which moves
        # on by a minute between the two runs on a loaded machine: every other line must match.
        reports.append((report, [line for line in markdown if "**Period:**" not in line]))
    assert reports[0] == reports[1]
    # 520 people, with the report's noise (drawn from the database's key, copied too): Laplace
    # with scale 2 (noise.COUNT_SCALE), and the key is new each run, so a bound of 10 failed one
    # run in ~190 (P(|Z| > 10.5) = e^-5.25; CI read 531). Past 30 the chance is e^-15, 3 in 10^7.
    assert abs(reports[1][0]["reach"]["people"]["value"] - 520) <= 30


def test_workers_starting_together_migrate_once(postgres_url: str) -> None:
    from flows.pivot.records import RECORDS

    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def worker() -> None:
        try:
            start.wait()
            store = open_store(postgres_url)
            store.install(RECORDS)
            store.close()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    store = open_store(postgres_url)
    assert store.versions() == {"core": len(POSTGRES), "pivot": len(RECORDS.migrations)}  # type: ignore[attr-defined]
    store.close()


def test_psycopg_is_imported_by_the_postgresql_store_only() -> None:
    import ast

    offenders = []
    for package in ("bot", "flows", "adapters"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                else:
                    continue
                if any(n.split(".")[0] in ("psycopg", "psycopg_pool") for n in names):
                    offenders.append(str(path.relative_to(ROOT)))
    assert sorted(set(offenders)) == ["bot/postgres_store.py"]
    # A SQLite bot never loads it.
    code = (
        "import sys, tempfile, bot.cli; from bot.store import open_store;"
        "open_store(tempfile.mkdtemp() + '/x.db').close();"
        "print([m for m in sys.modules if m.startswith('psycopg')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"
