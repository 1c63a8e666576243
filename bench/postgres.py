"""Engine throughput on PostgreSQL with 1, 2 and 3 worker processes, and on SQLite, in one run.

    .venv/bin/python bench/postgres.py            # 300 users per worker (11 messages each)
    .venv/bin/python bench/postgres.py --users 50 # a smoke test

Starts a throwaway PostgreSQL server from the machine's binaries (tests/postgres_server.py; with
its default durability: fsync on, synchronous_commit on, as a production server), then for each
setup runs N processes, each an engine walking its own users through bench/engine.py's script
(users interleaved message by message), all released at once. Prints, per setup: messages/s
over all workers (wall time from the release to the last worker's end), p50 and p99 latency of
one ``Engine.handle``, and the ratio to one PostgreSQL worker. Then where the time of one
worker's message goes (a profile of one PostgreSQL worker: waiting on the server inside psycopg,
versus everything else). Record the output in bench/RESULTS.md with the command.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import multiprocessing as mp
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine import SCRIPT, percentile  # noqa: E402

from bot.app import make_engine  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.messages import ConversationKey, Inbound  # noqa: E402


async def _walk(db: str, users: int, prefix: str, go: Any, profile: bool) -> list[float]:
    engine = make_engine(db, ManualClock())
    go.wait()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
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
    if profiler:
        profiler.disable()
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        handle = sum(v[3] for k, v in stats.items() if k[2] == "handle")
        # Statements (each a round trip to the server) and the transactions' BEGIN and COMMIT.
        sql = [
            (v[1], v[3])
            for k, v in stats.items()
            if k[2] == "execute" and k[0].endswith("psycopg/connection.py")
        ]
        ends = [
            (v[1], v[3])
            for k, v in stats.items()
            if k[2] in ("__enter__", "__exit__") and k[0].endswith("psycopg/transaction.py")
        ]
        calls = sum(c for c, _ in sql) + sum(c for c, _ in ends)
        print(
            json.dumps(
                {
                    "profile of one postgresql worker": {
                        "messages": n,
                        "handle_s": round(handle, 2),
                        "in_statements_and_commits_s": round(sum(t for _, t in sql + ends), 2),
                        "round_trips_per_message": round(calls / n, 1),
                    }
                }
            ),
            flush=True,
        )
    engine.close()
    return latencies


def _worker(db: str, users: int, prefix: str, go: Any, ready: Any, out: Any, profile: bool) -> None:
    async def main() -> list[float]:
        ready.put(prefix)
        return await _walk(db, users, prefix, go, profile)

    out.put(asyncio.run(main()))


def run_setup(db: str, workers: int, users: int, profile: bool = False) -> dict[str, Any]:
    """``workers`` processes on ``db``; their combined messages/s and latency percentiles."""
    ctx = mp.get_context("spawn")
    go, ready, out = ctx.Event(), ctx.Queue(), ctx.Queue()
    procs = [
        ctx.Process(target=_worker, args=(db, users, f"w{n}u", go, ready, out, profile))
        for n in range(workers)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    time.sleep(1.0)  # every engine built (migrations, flow) before the clock starts
    started = time.perf_counter()
    go.set()
    latencies: list[float] = []
    for _ in procs:
        latencies.extend(out.get(timeout=900))
    took = time.perf_counter() - started
    for p in procs:
        p.join()
    return {
        "messages": len(latencies),
        "msg_per_s": round(len(latencies) / took, 1),
        "p50_ms": round(percentile(latencies, 0.5) * 1000, 2),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=300, help="users per worker")
    args = parser.parse_args()
    from tests.postgres_server import PostgresServer, binaries

    bindir = binaries()
    if bindir is None:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    server = PostgresServer(bindir, {"fsync": "on", "full_page_writes": "on"}).start()
    results: dict[str, dict[str, Any]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results["sqlite, 1 process"] = run_setup(str(Path(tmp) / "b.db"), 1, args.users)
            print(json.dumps({"sqlite, 1 process": results["sqlite, 1 process"]}), flush=True)
        for workers in (1, 2, 3):
            url = server.create_database(f"bench{workers}")
            name = f"postgresql, {workers} worker{'s' if workers > 1 else ''}"
            results[name] = run_setup(url, workers, args.users)
            print(json.dumps({name: results[name]}), flush=True)
        one = results["postgresql, 1 worker"]["msg_per_s"]
        for result in results.values():
            result["vs_1_pg_worker"] = round(result["msg_per_s"] / one, 2)
        print(json.dumps({"ratios": {k: v["vs_1_pg_worker"] for k, v in results.items()}}))
        run_setup(server.create_database("profiled"), 1, max(20, args.users // 3), profile=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
