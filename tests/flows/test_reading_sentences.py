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
        # An abbreviation ends no sentence (r1, review 25b: quotes were cut at "Ms."/"e.g.").
        ("e.g. this", ["e.g. this"]),
        ("I love it e.g. this. Then more.", ["I love it e.g. this.", "Then more."]),
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


@pytest.mark.parametrize(
    "sentence",
    [
        "So, is there someone on the data team I could talk to.",
        "And are there openings in analytics",
        "I loved the talk, could you point me to the right person.",
        "Thanks, would you mind if I followed up",
        "Great, can you tell me more about the launch",
        "Also could I stay in touch with you",
        "Happy to help, can I ask about the team",
        "Great: may I mention your name to them",
        "Good, do you know who runs forecasting",
        "Thanks, would it be all right to email you",
        "So let me know whether that works for you",
        "I was wondering if there is a team for this",
        "I'm wondering whether analytics is hiring",
    ],
)
def test_a_question_asked_inside_a_sentence_is_a_question(sentence: str) -> None:
    assert Reading(sentence).is_question(0)


@pytest.mark.parametrize(
    "sentence",
    ["I can do the job well.", "There is a team I admire.", "You would like my dashboard."],
)
def test_a_statement_is_not_a_question(sentence: str) -> None:
    assert not Reading(sentence).is_question(0)
