"""Where the judge's reading splits an answer into sentences, and which words start where."""

from __future__ import annotations

import pytest

from flows.pivot.reading import Reading, sentence_spans


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("i did it. then i left!", ["i did it.", "then i left!"]),
        ("churn fell to 0.81 of what it was. good", ["churn fell to 0.81 of what it was.", "good"]),
        ("really?! yes... ok", ["really?!", "yes...", "ok"]),
        ("first line\nsecond line", ["first line", "second line"]),
        ("why?\n\n  . ! so. ", ["why?", "so."]),
        ("e.g. this", ["e.g.", "this"]),
        ("v1.2.3 shipped..x done.", ["v1.2.3 shipped..x done."]),
        ("...", []),
        ("", []),
        (" \n \n ", []),
    ],
)
def test_sentences_end_at_marks_before_a_space_or_at_a_line_break(
    text: str, sentences: list[str]
) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_pairs_of_words_are_found_where_they_start() -> None:
    reading = Reading("I do my best work with data. I'd love it, and I do mean it.")
    # "I'd" counts as "i" (as in "won't" -> "won") and as "id".
    assert reading.starts[("b", "i do")] == [0, 46]
    assert reading.starts[("w", "i")] == [0, 29, 46]
    assert reading.starts[("w", "id")] == [29]
