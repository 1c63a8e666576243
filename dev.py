#!/usr/bin/env python3
"""Set everything up in ./.venv, then chat with the bot or run the whole test suite.

    python3 dev.py chat      # a local chat in this terminal (SQLite file ./pivotbot.db, no tokens)
    python3 dev.py test      # lint, type-check and every test (one pytest worker per CPU)

Needs only Python 3.11+ and the package index. Nothing is installed outside ./.venv. The chat
installs only the core (``-e .``); the tests install everything (``-e .[dev]``). Each install
runs again only when pyproject.toml changes, and the tests' install serves the chat too.
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
# One stamp per install, holding the hash of the pyproject.toml it installed.
CHAT, DEV = VENV / ".pivotbot-chat", VENV / ".pivotbot-dev"
# What each command installs, what it says while doing so, and the stamps that make it needless
# (the tests' install holds everything the chat needs). The times round up what a fresh clone
# took on a 2-core machine with the packages already downloaded once (11 s and 31 s).
INSTALLS = {
    "chat": (".", "the chat", "about 15 s", (CHAT, DEV)),
    "test": (".[dev]", "the chat and the tests", "about 40 s", (DEV,)),
}


def run(*cmd: str | Path) -> None:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT)
    if code:
        sys.exit(code)


def setup(what: str) -> None:
    """Install what ``what`` (chat or test) needs into ./.venv, saying so in one line."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must explain itself on old Pythons
        sys.exit(f"Pivotbot needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    target, purpose, took, enough = INSTALLS[what]
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if any(s.exists() and s.read_text().strip() == want for s in enough):
        return
    if enough[0].exists():
        print(f"Updating ./.venv for {purpose} (pyproject.toml changed) ...", flush=True)
    else:
        print(f"Setting up ./.venv for {purpose} (first time only, {took}) ...", flush=True)
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    # -qq: pip's own progress and warnings would bury the one line above; errors still show.
    pip = [PY, "-m", "pip", "install", "-qq", "--disable-pip-version-check", "-e", target]
    if subprocess.call([str(c) for c in pip], cwd=ROOT):
        sys.exit(f"Installing {target} into ./.venv failed (the lines above say why).")
    enough[0].write_text(want)


def main(argv: list[str]) -> None:
    what = argv[0] if argv else ""
    if what not in ("chat", "test"):
        sys.exit(__doc__)
    setup(what)
    if what == "chat":
        os.chdir(ROOT)
        cmd = [str(BIN / "pivotbot"), "console", *(argv[1:] or ["--db", "pivotbot.db"])]
        os.execv(cmd[0], cmd) if os.name != "nt" else sys.exit(subprocess.call(cmd))
    run(BIN / "ruff", "check", "bot", "flows", "adapters", "tests", "bench", "dev.py")
    run(BIN / "ruff", "format", "--check", "bot", "flows", "adapters", "tests", "bench", "dev.py")
    run(BIN / "mypy", "bot", "flows", "adapters", "tests")
    # One pytest worker per CPU (pytest-xdist; two on CI's 2-core box), tests handed out as
    # workers free up: the suite is ~6,000 tests of very uneven length, the scripted
    # conversations run four times over (engine, Telegram, Slack, /resume at every step).
    run(PY, "-m", "pytest", "-n", "auto", "--dist", "worksteal", *argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
