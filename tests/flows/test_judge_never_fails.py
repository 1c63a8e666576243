"""The rules judge reads any answer without raising: a judging word with no subject before it
("Sounds awful, honestly.") once raised IndexError, which ended the rehearsal turn."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.pivot.scoring import Context, score

CTX = Context(
    company="Brightwell Libraries",
    role="Customer Service Assistant",
    target="digital inclusion programmes",
    last_line="Do you have any questions for us?",
)


@pytest.mark.parametrize(
    "text",
    [
        "Sounds awful, honestly.",
        "Honestly? is awful",
        "and is dreadful",
        "But, seems terrible. Who runs the digital team?",
        "Yes. It was, well, is terrible.",
        "Looks grim. Anyway, I love your coding clubs.",
    ],
)
def test_a_judging_word_without_a_subject_is_read(text: str) -> None:
    result = score(text, CTX)
    assert 0 <= result.total <= 16


def test_an_unnamed_subject_judging_the_role_just_named_is_disparaging() -> None:
    text = "So the job is mostly shelving and the till. Sounds awful, honestly."
    result = score(text, CTX)
    assert result.red_flags, "the role judged 'awful' right after it is named"


WORDS = [
    "sounds", "seems", "is", "was", "looks", "feels", "awful", "grim", "terrible", "dull",
    "boring", "it", "the", "role", "job", "honestly", ",", ".", "?", "!", "and", "but", "so",
    "well", "I", "love", "your", "team", "who", "could", "introduce", "me", "",
]  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_any_string_of_judging_words_is_read(words: list[str]) -> None:
    result = score(" ".join(words), CTX)
    assert 0 <= result.total <= 16
