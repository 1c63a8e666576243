"""A damaged or read-only database stops every command that opens it with one line (exit 2)
before anyone is served, and the file is left exactly as it was."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import make_engine
from bot.clock import ManualClock
from bot.errors import StoreError
from bot.sqlite_store import SqliteStore
from bot.store import open_store
from tests.conftest import Chat

KEY = "console:local:ann"
ENV = {
    "PATH": os.environ.get("PATH", ""),
    "HOME": "/nonexistent",
    "TELEGRAM_BOT_TOKEN": "123456:" + "A" * 30,
    "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
    "SLACK_SIGNING_SECRET": "s" * 32,
    "SLACK_BOT_TOKEN": "xoxb-1-2-3",
}
COMMANDS = {
    "console": ["console"],
    "export": ["export", KEY],
    "forget": ["forget", KEY, "--yes"],
    "report": ["report"],
    "telegram": ["telegram"],
    "slack": ["slack", "--http", "--port", "0"],
}


def _made(folder: Path) -> Path:
    """A database with one conversation in it, closed."""
    path = folder / "bot.db"
    engine = make_engine(path, ManualClock())

    async def talk() -> None:
        chat = Chat(engine)
        for text in ("/start", "Prepare for an interview", "Acme Robotics", "Inside sales"):
            await chat.say(text)

    asyncio.run(talk())
    engine.close()
    return path


def _damage(path: Path) -> None:
    """Overwrite the middle of every page after the first with garbage, as a bad disk might."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(page, len(data), page):
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def _run(args: list[str], db: Path, *, as_nobody: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot.cli", *args, "--db", str(db)]
    # Root writes to any file: the read-only case runs as nobody then.
    who = {"user": 65534, "group": 65534} if as_nobody else {"user": None, "group": None}
    return subprocess.run(
        command,
        input="hello\n",
        capture_output=True,
        text=True,
        cwd=db.parent,
        env=ENV,
        timeout=120,
        check=False,
        user=who["user"],
        group=who["group"],
    )


def _one_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("pivotbot: database ") and words in lines[0], lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_damaged_file_stops_every_command_with_one_line(command: str, tmp_path: Path) -> None:
    db = _made(tmp_path)
    _damage(db)
    before = db.read_bytes()
    _one_line(_run(COMMANDS[command], db), "is damaged")
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_stops_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    db.write_text("these are my notes, not a database\n" * 200)
    _one_line(_run(COMMANDS["console"], db), "is damaged")
    with pytest.raises(StoreError, match="is damaged"):
        open_store(db)


@pytest.fixture
def read_only() -> Iterator[tuple[Path, bool]]:
    """A database file nobody may write to, in a folder everyone may; and whether the commands
    must run as another user for that to hold (root writes to any file)."""
    folder = Path(tempfile.mkdtemp(prefix="pivotbot-ro-"))
    try:
        db = _made(folder)
        folder.chmod(0o777)
        db.chmod(0o444)
        yield db, os.geteuid() == 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_read_only_file_stops_every_command_with_one_line(
    command: str, read_only: tuple[Path, bool]
) -> None:
    db, as_nobody = read_only
    before = db.read_bytes()
    _one_line(_run(COMMANDS[command], db, as_nobody=as_nobody), "is read-only")
    assert db.read_bytes() == before


def test_the_check_passes_for_a_good_file_and_says_what_it_found(tmp_path: Path) -> None:
    db = _made(tmp_path)
    store = open_store(db)
    store.check()  # a whole, writable file: nothing to say
    store.close()
    _damage(db)
    with pytest.raises(StoreError) as caught:
        SqliteStore.open(db)
    message = str(caught.value)
    assert "\n" not in message and str(db) in message and "backup" in message
    memory = SqliteStore.memory()
    memory.check()
    memory.close()
