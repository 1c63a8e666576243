"""The console's time to first reply, against a bare import of its own stack, in one run.

    .venv/bin/python bench/startup.py [--runs 15]

Each round starts, alternately, (a) ``python -c "import sqlite3, transitions, yaml"`` (the
bare stack the console cannot do without), (b) ``pivotbot console`` on the database file of
earlier runs (every start after the first), (c) on a new file (a first start, which also creates
the schema: the flow's tables from the snapshot an earlier new file left in the cache,
``bot.schema_cache``) and (d) on a new file with an empty cache (the very first start on a
machine: sqlite-utils builds the tables), writes ``/start`` and stops the clock when the whole
first reply (text and buttons) is on its stdout. All are wall-clock times of fresh processes on the same
interpreter; the medians and their ratios to (a) are printed. Targets (issue 9): first reply under 0.5 s and within 2x the bare import.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
BARE = [sys.executable, "-c", "import sqlite3, transitions, yaml"]
# As a person's shell runs it: with .pyc files written (and read) as usual.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def bare_import() -> float:
    start = time.perf_counter()
    subprocess.run(BARE, check=True, env=ENV)
    return time.perf_counter() - start


def first_reply(db: Path, cache: Path) -> float:
    """Seconds from process start until the first reply has been printed in full (its last
    button line and the blank line after it); schema snapshots in ``cache``."""
    cmd = [str(BIN / "pivotbot"), "console", "--db", str(db)]
    env = {**ENV, "PIVOTBOT_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=db.parent, env=env
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/start\n")
    proc.stdin.flush()
    seen_text = False
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the console ended before its first reply")
        if line.strip():
            seen_text = True
        elif seen_text:
            break  # the blank line that ends a reply
    elapsed = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bare: list[float] = []
    again: list[float] = []
    new: list[float] = []
    cold: list[float] = []
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        existing, cache = Path(tmp) / "existing.db", Path(tmp) / "cache"
        first_reply(existing, cache)  # creates it (and the snapshot); warms files and .pyc
        bare_import()
        for i in range(args.runs):
            bare.append(bare_import())
            again.append(first_reply(existing, cache))
            new.append(first_reply(Path(tmp) / f"new{i}.db", cache))
            cold.append(first_reply(Path(tmp) / f"cold{i}.db", Path(tmp) / f"empty{i}"))
    load_after = os.getloadavg()
    b = statistics.median(bare)
    print(f"runs: {args.runs} of each, alternating; python {sys.version.split()[0]}")
    print(f"load average (1 min) before {load[0]:.2f}, after {load_after[0]:.2f}")
    print(f"bare import of sqlite3, transitions, yaml:   median {b * 1000:4.0f} ms")
    for label, times in (
        ("existing database      ", again),
        ("new database           ", new),
        ("new database, no cache ", cold),
    ):
        c = statistics.median(times)
        print(f"console first reply, {label}: median {c * 1000:4.0f} ms  = {c / b:.2f}x bare")
    print("targets: first reply < 500 ms and <= 2x the bare import")


if __name__ == "__main__":
    main()
