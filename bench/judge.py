"""Rules-judge benchmark: one rehearsal answer of about 200 words, read once for its score and the
interviewer's signals, against the old double path (scored, then read again for the signals).

    .venv/bin/python bench/judge.py            # full run (about half a minute)
    .venv/bin/python bench/judge.py --quick    # fewer rounds, for a smoke test
    .venv/bin/python bench/judge.py --against /tmp/judge-old   # and an older tree, same process
    .venv/bin/python bench/judge.py --gc       # how much of the tail is the garbage collector
    .venv/bin/python bench/judge.py --serving  # a server's start: rules compiled and frozen or not

``--against DIR``: DIR holds another version of the code (``git archive <commit> | tar -x -C
DIR``); its judge is loaded alongside this one (its own modules, under its own names) and one
reading of the same answer is timed for both, in alternating rounds in this process, so load
and the interpreter's state hit both alike. Prints both, and new / old at p50 and p99.

Prints p50 and p99 per answer for each path (wall clock, and this thread's CPU time, which a
busy machine does not inflate), their ratio, and the same for the whole of what a rehearsal
message asks of the judge (score, signals and the coach's note, from one reading; and, for
the ratio, the old message whose note read the answer again). Record results by
hand in bench/RESULTS.md. Rounds alternate between the paths so machine load hits both alike.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, analyse, score, signals

CTX = Context(
    company="Gridline",
    role="inside sales representative",
    target="product analytics",
    draws="the grid-forecasting launch",
    evidence="a usage dashboard",
    last_line="Do you have any questions for us?",
)
ANSWER = (
    "Thank you, I do. I've really enjoyed hearing about the grid-forecasting launch; it's the "
    "reason Gridline was top of my list, and I've followed how your forecasts helped two "
    "utilities plan for the winter peak. I want to be straight with you, though: this role is "
    "mostly quota-driven outreach, and that isn't where I do my best work. I'm happiest when I'm "
    "close to the data, working out why customers behave the way they do. In my current job I "
    "built a usage dashboard that our account team used for renewals, and within a year it was "
    "part of every quarterly review, which cut churn on our largest accounts by about 12%. Is "
    "there a team like product analytics where that kind of work fits, and would you be "
    "comfortable pointing me to someone there for a short conversation? I'm happy to stay in the "
    "process if you still see a fit for me in sales, and I'd give it my full effort. Would it be "
    "alright if I stayed in touch, and maybe dropped you a line in a couple of weeks to let you "
    "know how I got on with your advice and the people you suggested?"
)


def once() -> None:
    """Today's path: one reading gives the score and the signals."""
    reading = analyse(ANSWER, CTX)
    reading.score  # noqa: B018 - computed on first access, which is what is timed
    reading.signals  # noqa: B018


def twice() -> None:
    """The old path: score, then read the answer again for the interviewer."""
    score(ANSWER, CTX)
    signals(ANSWER, CTX)


def message() -> None:
    """All a rehearsal message asks of the judge: score, signals and the coach's note, from one
    reading of the answer (as `practice.score_answer` does it)."""
    reading = analyse(ANSWER, CTX)
    feedback(reading.score, CTX, ANSWER, analysis=reading)
    reading.signals  # noqa: B018


def message_read_twice() -> None:
    """The message before the note took the reading (ebf6e3b): the note read the answer again."""
    reading = analyse(ANSWER, CTX)
    feedback(reading.score, CTX, ANSWER)
    reading.signals  # noqa: B018


def timings(fn: Callable[[], None], n: int) -> tuple[list[float], list[float]]:
    """Wall-clock and this thread's CPU time per call: on a busy machine the two differ by the
    time the scheduler gave to other processes."""
    wall, cpu = [], []
    for _ in range(n):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn()
        cpu.append(time.thread_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return wall, cpu


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def _load_tree(root: Path) -> Callable[[], None]:
    """One reading of ANSWER by the judge in ``root`` (another checkout), as ``once`` does it.
    The modules of ``flows`` and ``bot`` are imported afresh from ``root`` and then put back, so
    both judges stay loaded, each with its own compiled rules and caches."""
    ours = {
        name: mod for name, mod in sys.modules.items() if name.split(".")[0] in ("flows", "bot")
    }
    for name in ours:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        scoring = importlib.import_module("flows.pivot.scoring")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n.split(".")[0] in ("flows", "bot")]:
            del sys.modules[name]
        sys.modules.update(ours)
    if not Path(str(scoring.__file__)).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"{root}: no flows/pivot/scoring.py there")
    ctx = scoring.Context(
        **{
            f: getattr(CTX, f)
            for f in ("company", "role", "target", "draws", "evidence", "last_line")
        }
    )

    def old_once() -> None:
        reading = scoring.analyse(ANSWER, ctx)
        reading.score  # noqa: B018
        reading.signals  # noqa: B018

    return old_once


def against(root: Path, rounds: int, per_round: int) -> None:
    """One reading, this tree's judge against ``root``'s, alternating rounds in one process."""
    old_once = _load_tree(root)
    paths = {"new (this tree)": once, f"old ({root})": old_once}
    for fn in paths.values():
        for _ in range(100):
            fn()
    gc.collect()
    gc.freeze()
    cpu: dict[str, list[float]] = {name: [] for name in paths}
    start_load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for _ in range(rounds):
        for name, fn in paths.items():
            cpu[name] += timings(fn, per_round)[1]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"answer: {len(ANSWER.split())} words, {rounds * per_round} runs per tree, one reading")
    print(f"load average (1 min): {start_load:.2f} at the start, {load:.2f} at the end")
    print(f"{'tree':<44} {'cpu p50':>9} {'cpu p99':>9}")
    for name, spent in cpu.items():
        print(f"{name:<44} {pct(spent, 0.5) * 1e3:7.3f}ms {pct(spent, 0.99) * 1e3:7.3f}ms")
    new, old = cpu["new (this tree)"], cpu[f"old ({root})"]
    print(
        f"new / old: p50 {pct(new, 0.5) / pct(old, 0.5):.2f}x, "
        f"p99 {pct(new, 0.99) / pct(old, 0.99):.2f}x"
    )


def collector(n: int) -> None:
    """The garbage collector's share of a reading, in a process like the console's (it does not
    freeze; a server's ``ready_for_traffic(engine)`` compiles the rules and then freezes them,
    see ``serving``): nothing the judge loads is frozen here. Counts the collections
    that run during readings and the time they take (gc.callbacks), then times the same
    readings with the collector switched off: if the tail were the collector's, p99 would drop."""
    for _ in range(100):
        once()
    runs = {"collector on": True, "collector off": False}
    spent: dict[str, list[float]] = {}
    collections = [0, 0, 0]
    in_gc = [0.0, 0.0]  # start of the current collection, total seconds

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections[info["generation"]] += 1
            in_gc[0] = time.perf_counter()
        else:
            in_gc[1] += time.perf_counter() - in_gc[0]

    for _ in range(5):  # alternate, so load hits both alike
        for name, on in runs.items():
            if on:
                gc.callbacks.append(watch)
            else:
                gc.disable()
            try:
                spent.setdefault(name, []).extend(timings(once, n // 5)[1])
            finally:
                if on:
                    gc.callbacks.remove(watch)
                else:
                    gc.enable()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"answer: {len(ANSWER.split())} words, {n} readings each, nothing frozen")
    print(f"load average (1 min) at the end: {load:.2f}")
    print(
        f"collections during {n} readings: gen0 {collections[0]}, gen1 {collections[1]}, "
        f"gen2 {collections[2]}; {in_gc[1] / n * 1e6:.2f} us per reading in the collector"
    )
    for name, values in spent.items():
        print(
            f"{name:<14} cpu p50 {pct(values, 0.5) * 1e3:.3f}ms, p99 {pct(values, 0.99) * 1e3:.3f}ms"
        )


_SERVING = """
import gc, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from bot import app
from judge import once
with tempfile.TemporaryDirectory() as tmp:
    engine = app.make_engine(Path(tmp) / "a.db")
    start = time.process_time()
    app.ready_for_traffic(*([engine] if sys.argv[1] == "engine" else []))
    ready = time.process_time() - start
    start = time.process_time()
    once()
    first = time.process_time() - start
    passes = []
    for _ in range(5):
        start = time.process_time()
        gc.collect()
        passes.append(time.process_time() - start)
    engine.close()
print(ready, first, min(passes))
"""


def serving(runs: int) -> None:
    """A server's start as ``pivotbot telegram|slack`` make it, in fresh processes, alternating:
    ``ready_for_traffic(engine)`` (the flow's ``warm`` compiles the rules before the freeze)
    against ``ready_for_traffic()`` (the first answer compiles them, after the freeze). For each:
    the start's CPU time, the first reading's, and a full collection's after that reading
    (what every full pass of the collector costs the process from then on)."""
    here = Path(__file__).resolve().parent
    kinds = {"engine": "warmed and frozen at start", "none": "compiled by the first answer"}
    got: dict[str, list[list[float]]] = {kind: [] for kind in kinds}
    start_load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for _ in range(runs):
        for kind in kinds:
            out = subprocess.run(
                [sys.executable, "-c", _SERVING, kind, str(here)],
                capture_output=True,
                text=True,
                check=True,
                cwd=here.parent,
            )
            got[kind].append([float(v) for v in out.stdout.split()])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{runs} fresh processes each, medians; load average (1 min) {start_load:.2f} -> {load:.2f}"
    )
    print(f"{'start':<30} {'ready_for_traffic':>18} {'first reading':>14} {'full collection':>16}")
    medians = {k: [statistics.median(r[i] for r in v) for i in range(3)] for k, v in got.items()}
    for kind, label in kinds.items():
        ready, first, full = medians[kind]
        print(f"{label:<30} {ready * 1e3:15.1f} ms {first * 1e3:11.1f} ms {full * 1e3:13.2f} ms")
    new, old = medians["engine"], medians["none"]
    print(
        f"warmed / not: start {new[0] / old[0]:.1f}x, first reading {new[1] / old[1]:.3f}x, "
        f"full collection {new[2] / old[2]:.4f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--against", type=Path, help="another checkout's judge to compare with")
    parser.add_argument("--gc", action="store_true", help="the garbage collector's share")
    parser.add_argument("--serving", action="store_true", help="a server's start, warmed or not")
    args = parser.parse_args()
    rounds, per_round = (4, 250) if args.quick else (10, 1000)
    if args.serving:
        serving(2 if args.quick else 5)
        return
    if args.gc:
        collector(rounds * per_round)
        return
    if args.against:
        against(args.against, rounds * 2, per_round)
        return
    words = len(ANSWER.split())
    for fn in (once, twice, message, message_read_twice):  # warm up: rules compiled, caches
        for _ in range(50):
            fn()
    gc.collect()
    gc.freeze()  # as a server does before traffic, rules compiled (bot/app.py ready_for_traffic)
    paths = {"once": once, "twice": twice, "message": message, "message2": message_read_twice}
    samples: dict[str, list[float]] = {name: [] for name in paths}
    cpu: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(rounds):
        for name, fn in paths.items():
            wall_times, cpu_times = timings(fn, per_round)
            samples[name] += wall_times
            cpu[name] += cpu_times
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"answer: {words} words, line: {CTX.last_line!r}, {rounds * per_round} runs per path")
    print(f"load average (1 min) at the end: {load:.2f}")
    print(f"{'path':<44} {'p50':>9} {'p99':>9} {'cpu p50':>9} {'cpu p99':>9}")
    labels = {
        "once": "score + signals, one reading (today)",
        "twice": "score, then signals read again (old path)",
        "message": "score + signals + coach's note",
        "message2": "the same, the note reading it again (old)",
    }
    for name, label in labels.items():
        values, spent = samples[name], cpu[name]
        print(
            f"{label:<44} {pct(values, 0.5) * 1e3:7.3f}ms {pct(values, 0.99) * 1e3:7.3f}ms"
            f" {pct(spent, 0.5) * 1e3:7.3f}ms {pct(spent, 0.99) * 1e3:7.3f}ms"
        )
    ratio = statistics.median(samples["once"]) / statistics.median(samples["twice"])
    print(f"one reading / old double path (p50): {ratio:.2f}x")
    note = [pct(cpu[name], p) for name in ("message", "message2") for p in (0.5, 0.99)]
    print(
        f"message, one reading / read again (cpu p50, p99): {note[0] / note[2]:.2f}x, "
        f"{note[1] / note[3]:.2f}x"
    )
    verdict = "meets" if pct(samples["once"], 0.99) < 1e-3 else "misses"
    print(f"p99 of score + signals {verdict} the < 1 ms target")


if __name__ == "__main__":
    main()
