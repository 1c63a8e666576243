"""The rules judge's results on every labelled answer, as JSON: the check that a speed-only change
to the judge changed nothing.

    .venv/bin/python bench/judge_invariant.py --write /tmp/judge-before.json   # before the change
    .venv/bin/python bench/judge_invariant.py --check /tmp/judge-before.json   # after: exit 1 if
                                                                              # any byte differs

For every item of tests/data/judge_*.yaml and calibration.yaml (and bench/judge.py's answer) it
records the whole ``Score`` (points per element, red flags, gaming shapes, totals, band, quotes,
fillers ...) and the ``Signals``, from one reading (``analyse``) and from the separate ``score``
and ``signals`` calls, each answer read twice so that cached state cannot change a result. The
output holds the labelled sets' text (quotes); it is written only where asked, never logged.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.pivot.judge_eval import load
from flows.pivot.scoring import Context, Score, Signals, analyse, score, signals

ROOT = Path(__file__).resolve().parent.parent


def _result(text: str, ctx: Context) -> dict[str, Any]:
    reading = analyse(text, ctx)
    one: tuple[Score, Signals] = (reading.score, reading.signals)
    apart = (score(text, ctx), signals(text, ctx))
    again = analyse(text, ctx)
    out: dict[str, Any] = {
        "score": dataclasses.asdict(one[0]),
        "signals": dataclasses.asdict(one[1]),
        "score_json": one[0].to_json(),
    }
    for other in (apart, (again.score, again.signals)):
        if (
            dataclasses.asdict(other[0]) != out["score"]
            or dataclasses.asdict(other[1]) != out["signals"]
        ):
            out["differs_between_paths"] = True
    return out


def collect() -> dict[str, Any]:
    """Every labelled item's results, keyed by file and item id (order kept)."""
    results: dict[str, Any] = {}
    files = sorted((ROOT / "tests" / "data").glob("judge_*.yaml"))
    files.append(ROOT / "tests" / "data" / "calibration.yaml")
    for path in files:
        for n, item in enumerate(load(path)):
            results[f"{path.name}#{n}:{item.id}"] = _result(item.text, item.ctx)
    sys.path.insert(0, str(ROOT / "bench"))
    from judge import ANSWER, CTX  # bench/judge.py's 199-word answer

    results["bench/judge.py"] = _result(ANSWER, CTX)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the results to this JSON file")
    group.add_argument("--check", type=Path, help="compare with a file written by --write")
    args = parser.parse_args()
    text = json.dumps(collect(), indent=1, sort_keys=True, ensure_ascii=False)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"{len(json.loads(text))} answers written to {args.write}")
        return
    before = args.check.read_text(encoding="utf-8")
    if before == text:
        print(f"identical ({len(text)} bytes)")
        return
    old, new = json.loads(before), json.loads(text)
    changed = [key for key in old.keys() | new.keys() if old.get(key) != new.get(key)]
    print(f"DIFFERENT: {len(changed)} items, e.g. {sorted(changed)[:5]}")
    sys.exit(1)


if __name__ == "__main__":
    main()
