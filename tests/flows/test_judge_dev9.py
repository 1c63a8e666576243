"""The ninth blind dev set (tests/data/judge_dev9.yaml, 70 answers, eight new scenarios, labelled
blind by a counsellor from COACHING.md only): it loads, its labels follow its elements, and the
figures reached on it after round j26 hold as floors (bench/RESULTS.md, "Sixth session: dev9").
The kinds fixed on it are tested in new wordings in tests/flows/test_judge26.py."""

from __future__ import annotations

from pathlib import Path

from flows.pivot import judge_eval
from flows.pivot.judge import rules_judge

DEV9 = Path(__file__).parents[1] / "data" / "judge_dev9.yaml"


def test_dev9_loads_and_its_labels_follow_its_elements() -> None:
    items = judge_eval.load(DEV9)
    assert len(items) == 70
    for item in items:
        assert item.elements is not None, item.id
        total = sum(item.elements.values())
        assert item.label == (min(total, 5) if item.flagged else total), item.id


def test_dev9_figures_hold() -> None:
    """Untouched: 82.9% within 2, MAE 1.41, bands 80%, red flags precision 95% and recall 74%,
    the highest gaming total 16. After round j26: 94.3%, 0.76, 91%, 100% / 100%, 9. The floors
    leave a little room."""
    items = judge_eval.load(DEV9)
    result = judge_eval.evaluate(rules_judge(), items)
    report = judge_eval.render(result, DEV9.name)
    assert result.items == 70, report
    assert result.within_2 >= 0.9, report
    assert result.mae <= 0.9, report
    assert result.band_agreement >= 0.87, report
    assert result.flags["recall"] >= 0.96, report
    assert result.flags["precision"] >= 0.96, report
    assert result.gaming["max_total"] <= 9, report
