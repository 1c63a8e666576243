"""A thank-you detail typed in a second language is said as meant where the meaning is certain
(review 26a, blocker 2): "her advices about to learn Power BI before to apply in the energy team"
is "your advice to learn Power BI before applying to the energy team", never with "about" twice;
a slip that cannot be mended safely is named on the page, never pasted silently."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text, typed


@pytest.mark.parametrize(
    ("typed_words", "meant"),
    [
        (
            "her advices about to learn Power BI before to apply in the energy team",
            "her advice to learn Power BI before applying to the energy team",
        ),
        ("his tips for to start with SQL", "his tips to start with SQL"),
        ("a suggestion of to read the report", "a suggestion to read the report"),
        ("after to finish the course", "after finishing the course"),
        ("without to ask twice", "without asking twice"),
        ("we discuss about the informations", "we discuss the information"),
        ("she explain me the more better way", "she explain to me the better way"),
        ("you can to apply in spring", "you can apply in spring"),
        ("before to be honest i was nervous", "before to be honest i was nervous"),
        ("the book about to be published", "the book about to be published"),
        ("skills I could apply in the energy team", "skills I could apply in the energy team"),
    ],
)
def test_certain_slips_are_mended_and_nothing_else(typed_words: str, meant: str) -> None:
    assert typed.mended(typed_words) == meant


@pytest.mark.parametrize(
    ("talked", "form", "detail"),
    [
        (
            "her advices about to learn Power BI before to apply in the energy team",
            "advice",
            "your advice to learn Power BI before applying to the energy team",
        ),
        ("his advices for to start with SQL", "advice", "your advice to start with SQL"),
        ("the informations about the graduate programme", "topic", "the graduate programme"),
        ("the news about the Madrid office", "topic", "the Madrid office"),
        ("her feedbacks about my case study", "topic", "your feedback on my case study"),
        ("how you think about hiring", "how", "how you think about hiring"),
        ("the book you told me about", "thing", "the book you told me about"),
    ],
)
def test_detail_is_said_as_meant_without_about_twice(talked: str, form: str, detail: str) -> None:
    assert draft_text.note_topic(talked, ["Deloitte"], False, ["Ana Gómez"])[:2] == (form, detail)


def test_a_slip_pasted_as_typed_is_named_and_a_mended_one_is_not() -> None:
    assert (
        draft_text.unsure_in_note("her advices about to learn SQL", "your advice to learn SQL")
        == []
    )
    assert draft_text.unsure_in_note("your advise to learn SQL", "your advise to learn SQL") == [
        "advise"
    ]
