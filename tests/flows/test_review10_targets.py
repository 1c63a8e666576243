"""Blind review 10a: a better fit typed with a shorthand qualifier ("data team, esp fraud
analytics") was said in drafts as "data and esp fraud analytics"; a target ending in "work" made
"how machine learning work works at Infosys"."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.pivot import phrases

DRAFTS = Path(phrases.__file__).parent / "content" / "drafts.yaml"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("data team, esp fraud analytics", "data work"),
        ("the design team, esp. level design", "design"),
        ("product analytics, prob on the growth side", "product analytics"),
        ("ux research, especially accessibility", "ux research"),
    ],
)
def test_a_qualifier_piece_ends_the_work(typed: str, said: str) -> None:
    work = phrases.work(typed)
    assert work.casefold() == said.casefold()
    assert " esp" not in work and " prob" not in work


def test_how_it_works_never_doubles_work() -> None:
    texts = DRAFTS.read_text(encoding="utf-8")
    assert "how {target_how} works" in texts
    assert "{target_head} works" not in texts
