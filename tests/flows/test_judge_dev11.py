"""The eleventh blind dev set (tests/data/judge_dev11.yaml, 70 answers, eight new scenarios,
labelled blind by a counsellor from COACHING.md only, aimed at what phrase-matching misses: 18
subtle red flags, 14 clever gaming answers, would-you-take-it answers, formal plain fit and
narrow lines): it loads, its labels follow its elements, and the figures reached on it hold as
floors (bench/RESULTS.md, "Round k30: dev11"). The kinds fixed on it are tested in new wordings
in tests/test_dev11_judge.py."""

from __future__ import annotations

from pathlib import Path

from flows.pivot import judge_eval
from flows.pivot.judge import rules_judge
from flows.pivot.scoring import score

DEV11 = Path(__file__).parents[1] / "data" / "judge_dev11.yaml"


def test_dev11_loads_and_its_labels_follow_its_elements() -> None:
    items = judge_eval.load(DEV11)
    assert len(items) == 70
    for item in items:
        assert item.elements is not None, item.id
        total = sum(item.elements.values())
        assert item.label == (min(total, 5) if item.flagged else total), item.id


def test_dev11_figures_hold() -> None:
    """Untouched: 80.0% within 2, MAE 1.81, bands 74%, red flags precision 83% and recall 68%.
    After round k30: 88.6%, 1.01, 87%, 100% / 100%. The floors leave a little room."""
    items = judge_eval.load(DEV11)
    result = judge_eval.evaluate(rules_judge(), items)
    report = judge_eval.render(result, DEV11.name)
    assert result.items == 70, report
    assert result.within_2 >= 0.86, report
    assert result.mae <= 1.1, report
    assert result.band_agreement >= 0.84, report
    assert result.flags["recall"] >= 0.95, report
    assert result.flags["precision"] >= 0.95, report


def test_no_dev11_gaming_answer_scores_above_rework_unless_labelled_so() -> None:
    """Every gaming answer a counsellor put at 9 or below stays at 9 or below; the one labelled
    solid (a full pivot whose follow-up alone is taken back, 13) stays within 2 of its label."""
    for item in judge_eval.load(DEV11):
        if not item.gaming:
            continue
        got = score(item.text, item.ctx).total
        if item.label <= 9:
            assert got <= 9, (item.id, got)
        else:
            assert abs(got - item.label) <= 2, (item.id, got)
