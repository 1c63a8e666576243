"""The console's time to first reply, against a bare import of its own stack, in one run.

    .venv/bin/python bench/startup.py [--runs 15]

Each round starts, alternately, (a) ``python -c "import sqlite3, transitions, yaml"`` (the
bare stack the console cannot do without) and (b) ``pivotbot console`` on a new database file,
writes ``/start`` and stops the clock when the whole first reply (text and buttons) is on its
stdout. Both are wall-clock times of fresh processes on the same interpreter; the medians and
their ratio are printed. Targets (issue 9): first reply under 0.5 s and within 2x the bare import.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
BARE = [sys.executable, "-c", "import sqlite3, transitions, yaml"]


def bare_import() -> float:
    start = time.perf_counter()
    subprocess.run(BARE, check=True)
    return time.perf_counter() - start


def first_reply(db: Path) -> float:
    """Seconds from process start until the first reply has been printed in full (its last
    button line and the blank line after it)."""
    cmd = [str(BIN / "pivotbot"), "console", "--db", str(db)]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=db.parent
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
    console: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        first_reply(Path(tmp) / "warm.db")  # warm the OS file cache and .pyc files
        bare_import()
        for i in range(args.runs):
            bare.append(bare_import())
            console.append(first_reply(Path(tmp) / f"run{i}.db"))
    b, c = statistics.median(bare), statistics.median(console)
    print(f"runs: {args.runs} of each, alternating; python {sys.version.split()[0]}")
    print(f"bare import of sqlite3, transitions, yaml: median {b * 1000:.0f} ms")
    print(f"console first reply (new database):      median {c * 1000:.0f} ms")
    print(f"first reply / bare import: {c / b:.2f}x  (targets: < 500 ms and <= 2x)")


if __name__ == "__main__":
    main()
