"""Review 23: plan lines a student says aloud, for a non-native speaker's typing (each a kind,
in wordings other than the reviewer's)."""

from __future__ import annotations

import pytest

from flows.pivot import phrases, typed


@pytest.mark.parametrize(
    ("typed_role", "name"),
    [
        ("I am interviewing for the post of Support Engineer (L1)", "Support Engineer (L1)"),
        ("I have been selected for the position of Business Analyst", "Business Analyst"),
        ("I have an interview for the role of Quality Associate", "Quality Associate"),
        ("it's for the post of Junior Accountant", "Junior Accountant"),
        ("Head of Partnerships", "Head of Partnerships"),
    ],
)
def test_role_typed_as_a_sentence_is_kept_as_its_name(typed_role: str, name: str) -> None:
    assert phrases.role_label(typed_role) == name
    # Review e30: said in a sentence, a title has no brackets (a short code is said with it).
    assert phrases.role_name(typed_role) == name.replace("(L1)", "L1")


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Finance graduate programme", "the Finance graduate programme"),
        ("Summer Analyst Internship", "the Summer Analyst Internship"),
        ("Retail management scheme", "the Retail management scheme"),
        ("Claims Handler", "the Claims Handler role"),
    ],
)
def test_a_programme_is_named_as_itself(role: str, said: str) -> None:
    assert phrases.the_role(role) == said


def test_its_said_first_is_the_companys_and_its_after_a_thing_stays() -> None:
    assert phrases.to_you("its work on rural broadband") == "your work on rural broadband"
    assert phrases.to_you("I admire its archive") == "I admire your archive"
    assert phrases.to_you("the mobile app and its offline mode") == (
        "the mobile app and its offline mode"
    )


def test_things_like_after_a_verb_keeps_the_phrase_whole() -> None:
    said = typed.said_target("operations, specially tools for scheduling things like delivery vans")
    assert said == "operations, especially tools for scheduling delivery vans"
    # a field that opens the answer keeps its examples: "costing, especially supplier prices"
    assert typed.said_target("costing stuff like supplier prices") == (
        "costing, especially supplier prices"
    )
    assert typed.said_target("data stuff like ML") == "data, especially ML"


def test_no_article_put_before_a_quantifier() -> None:
    assert "a many" not in typed.repair("my friend has done many course on it")


def test_finished_project_in_the_past_with_its_articles() -> None:
    assert typed.repair(
        "In my final year project I have developed a price model for housing dataset"
    ) == ("In my final-year project I developed a price model for a housing dataset")
    assert typed.repair("I pitched it in inter-college business fest") == (
        "I pitched it at the inter-college business fest"
    )
    assert typed.repair("I trained it, got 92% accuracy") == "I trained it, reached 92% accuracy"
    # a current project keeps its present perfect
    assert "I have built" in typed.repair("In my current project I have built a dashboard")


def test_campus_words_are_never_named_as_misspelled() -> None:
    assert phrases.misspelled("presented at our tech fest to lakhs of freshers") == []
    assert phrases.misspelled("presented at our tech fset") == ["fset"]
