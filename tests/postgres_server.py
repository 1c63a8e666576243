"""A throwaway PostgreSQL server for tests and benchmarks, from the machine's own binaries.

``PostgresServer.start()`` runs ``initdb`` into a fresh temporary directory and ``pg_ctl start``
on a free loopback port (its unix socket in that directory too); ``stop()`` stops it and removes
the directory. The binaries are looked up on PATH, then in /usr/lib/postgresql/*/bin (Debian's
layout, newest first). initdb and pg_ctl refuse to run as root: as root they run as the
``postgres`` user (``runuser``), which then owns the directory. The superuser ``postgres`` logs in
over TCP with ``PASSWORD`` (scram-sha-256), so a wrong password is refused as in production.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

PASSWORD = "pg-test-secret-7Qx"  # the superuser's password: tests check it never leaks
SUPERUSER = "postgres"


def binaries() -> Path | None:
    """The directory holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One running server. ``url(dbname)`` is a ``postgresql://`` URL with the password."""

    def __init__(self, bindir: Path, options: dict[str, str] | None = None) -> None:
        self.bindir = bindir
        self.options = {
            # Tests and benchmarks throw the data away: no need to survive a power cut.
            "fsync": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            **(options or {}),
        }
        self.port = 0
        self.root = Path()
        self._as_postgres = os.geteuid() == 0

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        return ["runuser", "-u", "postgres", "--", *cmd] if self._as_postgres else cmd

    def start(self) -> PostgresServer:
        """initdb and start; raises ``RuntimeError`` with the server's log when it fails."""
        self.root = Path(tempfile.mkdtemp(prefix="pivotbot-pg-"))
        data, log = self.root / "data", self.root / "server.log"
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        pwfile.chmod(0o600)
        subprocess.run(
            self._cmd(
                "initdb", "-D", str(data), "-U", SUPERUSER, f"--pwfile={pwfile}",
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--locale=C", "--no-sync",
            ),
            check=True,
            capture_output=True,
        )  # fmt: skip
        pwfile.unlink()
        last: Exception | None = None
        for _ in range(5):  # a port taken between free_port() and the start: another one
            self.port = free_port()
            settings = {
                "port": str(self.port),
                "listen_addresses": "127.0.0.1",
                "unix_socket_directories": str(self.root),
                **self.options,
            }
            opts = " ".join(f"-c {k}={v}" for k, v in settings.items())
            done = subprocess.run(
                self._cmd("pg_ctl", "-D", str(data), "-l", str(log), "-o", opts, "-w", "start"),
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                return self
            last = RuntimeError(f"pg_ctl start failed: {done.stdout}{done.stderr}")
        log_text = log.read_text() if log.exists() else ""
        self.stop()
        raise RuntimeError(f"{last}\n{log_text[-2000:]}")

    def stop(self) -> None:
        if (self.root / "data" / "postmaster.pid").exists():
            subprocess.run(
                self._cmd("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop"),
                capture_output=True,
            )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{SUPERUSER}:{password}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
