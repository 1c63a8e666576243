"""Review 12a findings 1 and 3, at the level of the words: the one sentence splitter never
ends a sentence at the full stop of a title or an abbreviation, and a detail said to its
recipient changes only the words about them."""

from __future__ import annotations

import pytest

from flows.pivot import phrases


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "Went well. Mr. Rao will forward my CV to the head, Dr. Kulkarni. Then we talked.",
            [
                "Went well.",
                "Mr. Rao will forward my CV to the head, Dr. Kulkarni.",
                "Then we talked.",
            ],
        ),
        (
            "Ask Mrs. Patel and Prof. Sen. They decide.",
            ["Ask Mrs. Patel and Prof. Sen.", "They decide."],
        ),
        (
            "She moved from Acme Inc. to the U.S. team last year",
            ["She moved from Acme Inc. to the U.S. team last year"],
        ),
        ("tools e.g. Looker, dbt etc. and more", ["tools e.g. Looker, dbt etc. and more"]),
        ("I said no. She laughed!", ["I said no.", "She laughed!"]),
        ("first line\nsecond line", ["first line", "second line"]),
        ("", []),
    ],
)
def test_sentences_never_end_at_an_abbreviation(typed: str, expected: list[str]) -> None:
    assert phrases.sentences(typed) == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # A plural about others keeps "they", whoever the recipient is.
        (
            "her point that the best SDRs ask more questions than they pitch",
            "your point that the best SDRs ask more questions than they pitch",
        ),
        (
            "his view that people quit managers when they feel ignored",
            "your view that people quit managers when they feel ignored",
        ),
        (
            "their tip that customers renew when they see value",
            "your tip that customers renew when they see value",
        ),
        (
            "your story about why interviews work best when they feel like chats",
            "your story about why interviews work best when they feel like chats",
        ),
        # The recipient's own "they" and "their" still become "you" and "your".
        ("they said their team hires juniors", "you said your team hires juniors"),
        (
            "the data quality issues in their pricing feed",
            "the data quality issues in your pricing feed",
        ),
        # With "she" as the recipient, "their" is someone else's.
        (
            "her advice to ask the sales reps about their quotas",
            "your advice to ask the sales reps about their quotas",
        ),
    ],
)
def test_only_the_recipients_words_become_you(typed: str, said: str) -> None:
    assert phrases.to_person(typed) == said
