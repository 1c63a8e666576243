"""The tenth blind dev set (tests/data/judge_dev10.yaml, 48 answers to narrow and surprising
interviewer lines, six new scenarios, labelled blind by a counsellor from COACHING.md only): it
loads, its labels follow its elements, and the figures reached on it hold as floors
(bench/RESULTS.md, "Seventh session: dev10"). The kinds fixed on it are tested in new wordings
in tests/flows/test_judge28.py."""

from __future__ import annotations

from pathlib import Path

from flows.pivot import judge_eval
from flows.pivot.judge import rules_judge

DEV10 = Path(__file__).parents[1] / "data" / "judge_dev10.yaml"


def test_dev10_loads_and_its_labels_follow_its_elements() -> None:
    items = judge_eval.load(DEV10)
    assert len(items) == 48
    for item in items:
        assert item.elements is not None, item.id
        total = sum(item.elements.values())
        assert item.label == (min(total, 5) if item.flagged else total), item.id


def test_dev10_figures_hold() -> None:
    """Untouched: 66.7% within 2, MAE 1.98, bands 54%, red flags precision 100% and recall 92%,
    the highest gaming total 5. After round j28: 79.2%, 1.44, 58%, 100% / 92%, 5. The floors
    leave a little room."""
    items = judge_eval.load(DEV10)
    result = judge_eval.evaluate(rules_judge(), items)
    report = judge_eval.render(result, DEV10.name)
    assert result.items == 48, report
    assert result.within_2 >= 0.77, report
    assert result.mae <= 1.5, report
    assert result.band_agreement >= 0.56, report
    assert result.flags["recall"] >= 0.9, report
    assert result.flags["precision"] >= 0.96, report
    assert result.gaming["max_total"] <= 9, report
