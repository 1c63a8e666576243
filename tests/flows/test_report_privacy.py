"""The differencing attack on the career-office report, replayed: two reports a career office can
ask for, one with 11 people and one with the same 10 people without the 11th (whose scores are
all a reader does not know), subtracted as ``11 x mean - 10 x mean``. Exact reports give the
11th person's first and last score on every rubric element back; published ones must not."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from flows.pivot.records import RECORDS
from flows.pivot.report import build_report, tally

ELEMENTS = [f"E{n}" for n in range(1, 9)]
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
WEEK_AGO = NOW - timedelta(days=7)
TARGET = ConversationKey("slack", "T0B", "UTARGET")
TRIALS = 60  # report keys (databases) the attack is replayed against


def _person(
    store: SqliteStore, key: ConversationKey, at: datetime, first: list[int], last: list[int]
) -> None:
    """A person who started at ``at`` and answered twice (``first`` and ``last`` scores)."""
    stamp = at.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    store.db.execute(
        "INSERT INTO conversations (key, platform, workspace, user, state, data, flow_version,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, 'menu', '{}', 1, ?, ?)",
        [str(key), key.platform, key.workspace, key.user, stamp, stamp],
    )
    for n, scores in enumerate((first, last)):
        elements = dict(zip(ELEMENTS, scores, strict=True))
        row = {"round": 1, "turn": n + 1, "total": sum(scores), "band": "rework"}
        row |= {"elements": elements, "red_flags": []}
        store.add("attempts", key, row, at + timedelta(hours=n + 1))


def _others(store: SqliteStore, at: datetime) -> None:
    """The ten people a reader knows everything about."""
    for n in range(10):
        first = [(n + e) % 3 for e in range(8)]
        last = [min(2, f + (n + e) % 2) for e, f in enumerate(first)]
        _person(store, ConversationKey("slack", "T0A", f"U{n}"), at, first, last)


def _target_scores(trial: int) -> tuple[list[int], list[int]]:
    """The 11th person's scores in ``trial``: every value 0-2 on every element over the trials."""
    return [(trial + e) % 3 for e in range(8)], [(trial + 2 * e + 1) % 3 for e in range(8)]


def _keyed(store: SqliteStore, trial: int) -> None:
    """Give the database the report key of ``trial`` (each real database has its own)."""
    key = hashlib.sha256(f"report key {trial}".encode()).hexdigest()
    store.db.execute("UPDATE meta SET value = ? WHERE name = 'report_key'", [key])


Report = Callable[..., dict[str, Any]]


def _all_vs_one_workspace(trial: int, report: Report) -> tuple[dict[str, Any], dict[str, Any]]:
    store = SqliteStore.memory()
    store.install(RECORDS)
    _keyed(store, trial)
    _others(store, datetime(2026, 11, 5, 9, tzinfo=UTC))
    _person(store, TARGET, datetime(2026, 11, 6, 9, tzinfo=UTC), *_target_scores(trial))
    try:
        return report(store, now=NOW), report(store, "T0A", now=NOW)
    finally:
        store.close()


def _two_since_dates(trial: int, report: Report) -> tuple[dict[str, Any], dict[str, Any]]:
    store = SqliteStore.memory()
    store.install(RECORDS)
    _keyed(store, trial)
    _others(store, datetime(2026, 11, 5, 9, tzinfo=UTC))
    _person(store, TARGET, datetime(2026, 10, 20, 9, tzinfo=UTC), *_target_scores(trial))
    try:
        return (
            report(store, since=date(2026, 10, 1), now=NOW),
            report(store, since=date(2026, 11, 1), now=NOW),
        )
    finally:
        store.close()


def _a_week_apart(trial: int, report: Report) -> tuple[dict[str, Any], dict[str, Any]]:
    store = SqliteStore.memory()
    store.install(RECORDS)
    _keyed(store, trial)
    _others(store, datetime(2026, 11, 5, 9, tzinfo=UTC))
    _person(store, TARGET, WEEK_AGO + timedelta(days=2), *_target_scores(trial))
    try:
        return report(store, now=NOW), report(store, now=WEEK_AGO)
    finally:
        store.close()


def _before_and_after_forget(trial: int, report: Report) -> tuple[dict[str, Any], dict[str, Any]]:
    store = SqliteStore.memory()
    store.install(RECORDS)
    _keyed(store, trial)
    _others(store, datetime(2026, 11, 5, 9, tzinfo=UTC))
    _person(store, TARGET, datetime(2026, 11, 6, 9, tzinfo=UTC), *_target_scores(trial))
    try:
        before = report(store, now=NOW)
        store.forget(TARGET)  # /forget: the same report asked again, one person fewer
        return before, report(store, now=NOW)
    finally:
        store.close()


PAIRS = {
    "all workspaces vs one": _all_vs_one_workspace,
    "two --since dates": _two_since_dates,
    "the same report a week apart": _a_week_apart,
    "the same report before and after /forget": _before_and_after_forget,
}


def _attack(eleven: dict[str, Any], ten: dict[str, Any]) -> dict[tuple[str, str], int] | None:
    """The reader's best guess of the 11th person's scores from the two reports' means."""
    guesses = {}
    for element in ELEMENTS:
        a, b = eleven["practice"]["elements"][element], ten["practice"]["elements"][element]
        for when in ("first", "last"):
            if a[when]["suppressed"] or b[when]["suppressed"]:
                return None
            estimate = 11 * a[when]["value"] - 10 * b[when]["value"]
            guesses[element, when] = min(2, max(0, round(estimate)))
    return guesses


def _truth(trial: int) -> dict[tuple[str, str], int]:
    first, last = _target_scores(trial)
    return {
        **{(e, "first"): s for e, s in zip(ELEMENTS, first, strict=True)},
        **{(e, "last"): s for e, s in zip(ELEMENTS, last, strict=True)},
    }


@pytest.mark.parametrize("pair", list(PAIRS))
def test_exact_reports_give_the_person_away(pair: str) -> None:
    # The attack is real: without the noise, every score of the 11th person comes back.
    for trial in range(3):
        guesses = _attack(*PAIRS[pair](trial, tally))
        assert guesses == _truth(trial), pair


@pytest.mark.parametrize("pair", list(PAIRS))
def test_published_reports_recover_no_persons_scores(pair: str) -> None:
    right = total = 0
    wrong_by_two = 0
    for trial in range(TRIALS):
        eleven, ten = PAIRS[pair](trial, build_report)
        assert eleven["practice"]["people_with_two_or_more"]["suppressed"] is False
        guesses = _attack(eleven, ten)
        assert guesses is not None  # both reports show the means: the attack can be tried
        truth = _truth(trial)
        right += sum(guesses[k] == truth[k] for k in truth)
        wrong_by_two += sum(abs(guesses[k] - truth[k]) == 2 for k in truth)
        total += len(truth)
    # Guessing blind gets a third right; the subtraction must do little better, and be badly
    # wrong (0 for 2, or 2 for 0) often: the difference does not determine the score.
    assert right / total < 0.5, (pair, right / total)
    assert wrong_by_two / total > 0.1, (pair, wrong_by_two / total)


def test_asking_again_gives_the_same_numbers_so_repeats_average_nothing_away() -> None:
    store = SqliteStore.memory()
    store.install(RECORDS)
    _others(store, datetime(2026, 11, 5, 9, tzinfo=UTC))
    _person(store, TARGET, datetime(2026, 11, 6, 9, tzinfo=UTC), *_target_scores(1))
    try:
        first = build_report(store, now=NOW)
        assert all(build_report(store, now=NOW) == first for _ in range(5))
        # Any day of a month starts the report on the first: the same people, the same numbers.
        by_day = [build_report(store, since=date(2026, 11, d), now=NOW) for d in (1, 9, 30)]
        assert all(r == by_day[0] for r in by_day)
        # Another end with the same rows behind each cell: the same noise, the same numbers.
        later = build_report(store, now=NOW + timedelta(days=3))
        assert later["practice"] == first["practice"]
        assert first["practice"] != tally(store, now=NOW)["practice"]  # there is noise
    finally:
        store.close()


def test_published_numbers_stay_close_to_the_exact_ones() -> None:
    store = SqliteStore.memory()
    store.install(RECORDS)
    for n in range(60):
        first = [(n + e) % 3 for e in range(8)]
        last = [min(2, f + 1) for f in first]
        at = datetime(2026, 11, 1, 9, tzinfo=UTC) + timedelta(hours=n)
        _person(store, ConversationKey("slack", "T0A", f"U{n}"), at, first, last)
    try:
        published, exact = build_report(store, now=NOW), tally(store, now=NOW)
    finally:
        store.close()
    for element in ELEMENTS:
        got, want = (
            published["practice"]["elements"][element],
            exact["practice"]["elements"][element],
        )
        for when in ("first", "last"):
            assert 0 <= got[when]["value"] <= 2
            # Laplace(4) on a sum of 60 scores: beyond 0.75 of the mean is a 1-in-75,000 draw.
            assert abs(got[when]["value"] - want[when]["value"]) < 0.75
        assert got["change"]["value"] == round(got["last"]["value"] - got["first"]["value"], 3)
        assert abs(got["people"]["value"] - 60) <= 25
    people = published["practice"]["people"]["value"]
    assert isinstance(people, int) and abs(people - 60) <= 25
    assert published["noise"] == {"mechanism": "laplace", "epsilon_per_cell": 0.5}
