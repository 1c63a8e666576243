"""An owner's apostrophe typed without it is put back ("my radio stations listener numbers" ->
"station's"), never into a verb after its subject ("how the team uses customer data" is no
"team use's customer data": review 26b taught that slip back to a student as a fix)."""

import pytest

from flows.pivot import typed


@pytest.mark.parametrize(
    ("typed_text", "said"),
    [
        ("I grew my radio stations listener numbers by 20%", "my radio station's listener numbers"),
        ("our shops customer data showed it", "our shop's customer data"),
        ("her teams follower growth", "her team's follower growth"),
    ],
)
def test_an_owner_typed_without_its_apostrophe_gets_it(typed_text: str, said: str) -> None:
    assert said in typed.repair(typed_text)


@pytest.mark.parametrize(
    "text",
    [
        "I would love to learn how the team uses customer data to plan routes.",
        "how our team tracks user numbers",
        "the club runs member data through a spreadsheet",
        "my manager collects customer data every week",
        "the app measures listener figures",
    ],
)
def test_a_verb_after_its_subject_is_never_given_an_apostrophe(text: str) -> None:
    assert typed.repair(text) == text
