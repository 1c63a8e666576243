"""Every labelled judge set in tests/data in one table, for the rules judge.

    .venv/bin/python bench/judge_sets.py            # all tests/data/judge_*.yaml (dev..dev11,
                                                    # dev_b, test2) and calibration
    .venv/bin/python bench/judge_sets.py FILE ...   # only these files

One row per set: items, share of totals within 2 points of the label, mean absolute error, band
agreement, red-flag precision and recall (item level), and the gaming answers above 9 (of how
many, and the highest total). Checking a change against every set at once shows when a fix for
one set costs another. No answer text is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.pivot.judge import rules_judge
from flows.pivot.judge_eval import evaluate, load

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.0%}"


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(
        [*DATA.glob("judge_*.yaml"), DATA / "calibration.yaml"]
    )
    judge = rules_judge()
    print(
        f"{'set':<14} {'n':>3} {'within2':>7} {'MAE':>5} {'bands':>5} {'P':>5} {'R':>5}  gaming>9"
    )
    for path in files:
        ev = evaluate(judge, load(path))
        games = ev.gaming
        above = len(games["above_ceiling"])
        top = games["max_total"]
        print(
            f"{path.stem:<14} {ev.items:>3} {ev.within_2:7.1%} {ev.mae:5.2f} "
            f"{ev.band_agreement:5.0%} {_pct(ev.flags['precision'])} {_pct(ev.flags['recall'])}"
            f"  {above} of {games['items']} (max {top})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
