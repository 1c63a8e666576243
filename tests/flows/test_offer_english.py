"""Issue 10 (w5 item 2): introductions offered in second-language phrasing are read as
introductions, to the person they name, and said in English wherever they are written."""

from __future__ import annotations

import pytest

from flows.pivot import people


@pytest.mark.parametrize(
    ("typed", "said", "name"),
    [
        (
            "She told that she will present me to Javier Ruiz from the renewables team",
            "She said she'd introduce me to Javier Ruiz from the renewables team",
            "Javier Ruiz",
        ),
        (
            "he will put me in contact with Ana Gil, the head of solar",
            "he will put me in touch with Ana Gil, the head of solar",
            "Ana Gil",
        ),
        ("she will make me meet Ana Gil", "she will introduce me to Ana Gil", "Ana Gil"),
        (
            "Raj told me he would connect me with Ana Gil",
            "Raj said he'd connect me with Ana Gil",
            "Ana Gil",
        ),
        (
            "she offered to present me to Javier Ruiz",
            "she offered to introduce me to Javier Ruiz",
            "Javier Ruiz",
        ),
        (
            "he will get me in contact to Ana Gil",
            "he will put me in touch with Ana Gil",
            "Ana Gil",
        ),
        (
            "she will do me an introduction to Ana Gil",
            "she will introduce me to Ana Gil",
            "Ana Gil",
        ),
    ],
)
def test_non_native_introduction_read_and_said(typed: str, said: str, name: str) -> None:
    assert people.offer_english(typed) == said
    assert people.is_introduction(typed)
    guess = people.guess_introduced(people.offer_english(typed))
    assert guess is not None and guess[0] == name


@pytest.mark.parametrize(
    "typed",
    [
        "she told me that the team is growing",
        "he presented the roadmap to me",
        "I will put my contact details in the note",
    ],
)
def test_other_lines_unchanged(typed: str) -> None:
    assert people.offer_english(typed) == typed
