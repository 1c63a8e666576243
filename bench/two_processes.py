"""Two pivotbot processes on one SQLite file: nothing lost, no "database is locked" apology.

    .venv/bin/python bench/two_processes.py              # 2 x 2,000 messages
    .venv/bin/python bench/two_processes.py --messages 300

Runs two ``pivotbot console`` processes at once on the same database file, each a different
user piping ``--messages`` lines (the intake and triage, again and again), and counts in their
output the replies, the apologies (the engine's ``error`` words: what a failed transaction
answers) and, in the file afterwards, the inbox rows left unprocessed and the outbox rows left
unsent. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import CYCLE  # one walk through intake and triage, then /start again

ROOT = Path(__file__).resolve().parent.parent
PIVOTBOT = Path(sys.executable).parent / "pivotbot"
APOLOGY = "something went wrong on my side"


def lines(count: int) -> str:
    return "".join(CYCLE[i % len(CYCLE)] + "\n" for i in range(count))


def run(messages: int, db: Path) -> dict[str, object]:
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [str(PIVOTBOT), "console", "--db", str(db), "--user", user],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=db.parent,
        )
        for user in ("first", "second")
    ]
    outputs = [p.communicate(lines(messages), timeout=900) for p in procs]
    took = time.monotonic() - started
    import sqlite3

    conn = sqlite3.connect(db)
    inbox = conn.execute("SELECT count(*) FROM inbox").fetchone()[0]
    outbox = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    conn.close()
    return {
        "processes": 2,
        "messages_each": messages,
        "seconds": round(took, 1),
        "exit_codes": [p.returncode for p in procs],
        "apologies": sum(out.count(APOLOGY) for out, _ in outputs),
        "locked_errors": sum(err.count("database is locked") for _, err in outputs),
        "questions_asked": [out.count("Which company") for out, _ in outputs],
        "inbox_left": inbox,
        "outbox_left": outbox,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(args.messages, Path(tmp) / "shared.db")))


if __name__ == "__main__":
    main()
