"""Engine benchmark: many durable messages over many users, against a raw SQLite floor.

    .venv/bin/python bench/engine.py            # full run (about a minute or two)
    .venv/bin/python bench/engine.py --quick    # smaller numbers, for a smoke test

Prints msg/s, p50, p99 and peak RSS for the engine; the same for a floor loop (load a state row,
fire one trigger from a dict, save it, commit, WAL/NORMAL, no framework); the ratio; and the
per-message cost with 1k and with 1M conversations already stored. Record results by hand in
bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import make_engine, ready_for_traffic
from bot.clock import ManualClock, iso
from bot.messages import ConversationKey, Inbound

ROUNDS = 3
# One user's way through intake and triage: eleven messages, taps and typing mixed.
SCRIPT: list[tuple[str | None, str | None]] = [
    ("/start", None),
    (None, "prepare"),
    ("Acme Robotics", None),
    ("Inside sales", None),
    (None, "pick:Europe/London"),  # the time zone, asked before the first date
    ("2026-12-03", None),
    ("Their grid-forecasting launch", None),
    (None, "5"),
    (None, "2"),
    ("product analytics", None),
    (None, "accept"),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def engine_run(db: Path, users: int, prefix: str = "u") -> list[float]:
    """Every user walks the script; users interleave message by message. Returns latencies (s)."""
    engine = make_engine(db, ManualClock())
    latencies: list[float] = []
    n = 0
    for text, choice in SCRIPT:
        for u in range(users):
            n += 1
            key = ConversationKey("bench", "local", f"{prefix}{u}")
            inbound = Inbound(key, text=text or "", choice=choice, event_id=str(n))
            t0 = time.perf_counter()
            replies = await engine.handle(inbound)
            latencies.append(time.perf_counter() - t0)
            engine.delivered(replies)
    engine.close()
    return latencies


def floor_run(db: Path, users: int) -> list[float]:
    """The same message count with no framework: load row, dict transition, save, commit."""
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA wal_autocheckpoint=10000")  # the same settings as bot/sqlite_store.py
    conn.execute("CREATE TABLE IF NOT EXISTS s (key TEXT PRIMARY KEY, state TEXT, data TEXT)")
    nxt = {f"s{i}": f"s{i + 1}" for i in range(len(SCRIPT))}
    latencies: list[float] = []
    for _step in range(len(SCRIPT)):
        for u in range(users):
            key = f"u{u}"
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            row = conn.execute("SELECT state, data FROM s WHERE key = ?", (key,)).fetchone()
            state, data = (row[0], json.loads(row[1])) if row else ("s0", {})
            state = nxt.get(state, "s0")
            data["n"] = data.get("n", 0) + 1
            conn.execute(
                "INSERT INTO s VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET state = excluded.state,"
                " data = excluded.data",
                (key, state, json.dumps(data)),
            )
            conn.execute("COMMIT")
            latencies.append(time.perf_counter() - t0)
    conn.close()
    return latencies


def seed(db: Path, count: int) -> None:
    """Store ``count`` mid-intake conversations (with their dedupe rows), fast, in one transaction."""
    engine = make_engine(db, ManualClock())
    engine.close()
    conn = sqlite3.connect(str(db), isolation_level=None)
    data = json.dumps(
        {
            "company": "Seeded Co",
            "role": "Analyst",
            "_tz": "Europe/London",
            "_trail": ["welcome", "intake.company"],
        }
    )
    stamp = iso(ManualClock().now())
    conn.execute("BEGIN")
    batch = 50_000
    for start in range(0, count, batch):
        rows = [
            (
                f"bench:local:seed{i}",
                "bench",
                "local",
                f"seed{i}",
                "intake.date",
                data,
                1,
                stamp,
                stamp,
            )
            for i in range(start, min(count, start + batch))
        ]
        conn.executemany(
            "INSERT INTO conversations (key, platform, workspace, user, state, data, flow_version,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.execute("COMMIT")
    conn.close()


async def cost_at(stored: int, users: int) -> float:
    """Median per-message cost (µs) for fresh users with ``stored`` conversations already there.

    The freshly written file is first read through once (a warm-up round of other users), so
    the figure is the steady state, not the first touch of a cold page cache.
    """
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        seed(db, stored)
        await engine_run(db, users, prefix="warm")
        latencies = await engine_run(db, users, prefix="new")
        return statistics.median(latencies) * 1e6


def report(name: str, latencies: list[float], wall: float) -> float:
    rate = len(latencies) / wall
    print(
        f"{name:<8} {len(latencies):>7} msgs  {rate:>8.0f} msg/s  p50 {percentile(latencies, 0.5) * 1e6:7.1f} µs"
        f"  p99 {percentile(latencies, 0.99) * 1e6:7.1f} µs"
    )
    return rate


def timed(fn: Callable[[], list[float]]) -> tuple[list[float], float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=3000, help="users in the throughput run")
    parser.add_argument(
        "--big", type=int, default=1_000_000, help="stored conversations for the scale run"
    )
    parser.add_argument("--quick", action="store_true", help="small numbers for a smoke test")
    args = parser.parse_args()
    if args.quick:
        args.users, args.big = 300, 20_000
    print(
        f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, WAL + synchronous=NORMAL"
    )
    with tempfile.TemporaryDirectory() as tmp:
        await engine_run(Path(tmp) / "warm.db", 50)  # imports, dateparser and regex caches
        ready_for_traffic()  # as `pivotbot telegram|slack|console` do before serving
        # Best of three runs each, alternating, so neither side gets the quieter moment.
        engine_runs, floor_runs = [], []
        for n in range(ROUNDS):
            t0 = time.perf_counter()
            eng = await engine_run(Path(tmp) / f"engine{n}.db", args.users)
            engine_runs.append((time.perf_counter() - t0, eng))
            floor_runs.append(timed(lambda n=n: floor_run(Path(tmp) / f"floor{n}.db", args.users)))
    eng_wall, eng = min(engine_runs, key=lambda r: r[0])
    flo, flo_wall = min(floor_runs, key=lambda r: r[1])
    e_rate = report("engine", eng, eng_wall)
    f_rate = report("floor", flo, flo_wall)
    print(f"engine/floor throughput: {e_rate / f_rate:.0%}  (target >= 25%)")
    print(f"engine p99: {percentile(eng, 0.99) * 1e3:.3f} ms  (target < 1 ms)")
    small = await cost_at(1_000, 1000)
    big = await cost_at(args.big, 1000)
    print(
        f"median cost per message: {small:.1f} µs at 1k stored, {big:.1f} µs at {args.big:,} stored"
        f"  -> {big / small:.2f}x  (target <= 1.2x)"
    )
    print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
