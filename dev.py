#!/usr/bin/env python3
"""Set everything up in ./.venv, then chat with the bot or run the whole test suite.

    python3 dev.py chat      # a local chat in this terminal (SQLite file ./pivotbot.db, no tokens)
    python3 dev.py test      # lint, type-check and every test

Needs only Python 3.11+ and the package index. Nothing is installed outside ./.venv; the
install runs again only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".pivotbot-installed"


def run(*cmd: str | Path) -> None:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT)
    if code:
        sys.exit(code)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must explain itself on old Pythons
        sys.exit(f"Pivotbot needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PY.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != want:
        run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", ".[dev]")
        STAMP.write_text(want)


def main(argv: list[str]) -> None:
    what = argv[0] if argv else ""
    if what not in ("chat", "test"):
        sys.exit(__doc__)
    setup()
    if what == "chat":
        os.chdir(ROOT)
        cmd = [str(BIN / "pivotbot"), "console", *(argv[1:] or ["--db", "pivotbot.db"])]
        os.execv(cmd[0], cmd) if os.name != "nt" else sys.exit(subprocess.call(cmd))
    run(BIN / "ruff", "check", "bot", "flows", "adapters", "tests", "bench", "dev.py")
    run(BIN / "ruff", "format", "--check", "bot", "flows", "adapters", "tests", "bench", "dev.py")
    run(BIN / "mypy", "bot", "flows")
    run(PY, "-m", "pytest", *argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
