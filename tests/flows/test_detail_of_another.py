"""Blind review 11a: asked for "one specific thing you talked about with James", the student
typed Priya's offer ("oh and priya said she'd put me in touch w her manager ..."), and James's
thank-you thanked him for it. An offer told of another person met is never put in this
person's note; told of the person the note is to, it still is."""

from __future__ import annotations

import pytest

from flows.pivot import phrases

MET = ["Nadia Haddad", "Tomasz Wrona"]


@pytest.mark.parametrize(
    "typed",
    [
        "oh and nadia said she'd connect me w her lead on the payments team",
        "Nadia kindly offered to forward my CV to the risk team",
        "also nadia is gonna intro me to her manager",
    ],
)
def test_another_persons_offer_stays_out_of_this_note(typed: str) -> None:
    assert phrases.note_detail(typed, ["Tomasz Wrona"], False, MET) == ("", "")


def test_the_recipients_own_offer_is_still_thanked() -> None:
    kind, said = phrases.note_detail(
        "tomasz said he'd send me his reading list", ["Tomasz Wrona"], False, MET
    )
    assert kind and "you" in said and "reading list" in said
