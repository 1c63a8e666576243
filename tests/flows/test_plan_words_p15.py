"""Issue 10, review of the prepare/plan path: what a student types reaches a spoken plan line
mended at its kind (non-native "giving importance to"), names and letters kept as names
("R", "R&D", the company's capitals), British spellings never named as slips, a company's
name taken out of the sentence it was typed in, and a lower-case job title in title case."""

from __future__ import annotations

import pytest

from flows.pivot import intake, phrases, typed


@pytest.mark.parametrize(
    ("said", "mended"),
    [
        (
            "wipro is giving lot of importance for upskilling",
            "wipro puts a lot of weight on upskilling",
        ),
        (
            "they are giving a lot of importance to mentoring",
            "they put a lot of weight on mentoring",
        ),
        (
            "the bank gives more priority to graduate hiring",
            "the bank puts a lot of weight on graduate hiring",
        ),
        ("their focus on freshers", "their focus on new graduates"),
    ],
)
def test_importance_shapes_mended(said: str, mended: str) -> None:
    assert typed.repair(said) == mended


def test_company_capitals_kept_when_the_clause_starts_with_it() -> None:
    draws = typed.names_as_written("zoho is giving more importance to rural offices", "Zoho")
    reason = typed.names_as_written(typed.said_reason(draws, "Zoho"), "Zoho")
    assert "Zoho puts a lot of weight on rural offices" in reason
    assert "zoho" not in reason


@pytest.mark.parametrize(
    "text",
    [
        "I modelled churn in R for a class",
        "I joined the R&D lab",
        "posted it on r/datascience",
        "my grade in r was fine",
        "we shipped the U.S. launch",
    ],
)
def test_letters_and_tokens_never_read_as_shorthand(text: str) -> None:
    out = phrases.expand_shorthand(text)
    assert " are " not in f" {out.casefold()} "
    assert "you.s" not in out.casefold()


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("they r hiring", "they are hiring"),
        ("r u free", "are you free"),
        ("their team r so friendly", "their team are so friendly"),
        ("u n me", "you and me"),
    ],
)
def test_texting_letters_still_written_out(text: str, expanded: str) -> None:
    assert phrases.expand_shorthand(text) == expanded


@pytest.mark.parametrize(
    "word",
    [
        "analysing", "analysed", "organisational", "prioritising", "behaviour", "colourful",
        "favourite", "centre", "centred", "theatres", "defence", "licence", "travelling",
        "modelled", "catalogue", "programme",
    ],
)  # fmt: skip
def test_british_spellings_are_never_slips(word: str) -> None:
    assert phrases.misspelled(f"I enjoyed {word} it") == []


def test_a_real_slip_is_still_named() -> None:
    assert phrases.misspelled("data analitics work") == ["analitics"]


@pytest.mark.parametrize(
    ("typed_text", "name"),
    [
        ("It's with Nordlys Energy, the solar company", "Nordlys Energy"),
        ("i have an interview at brightwell", "brightwell"),
        ("the company is Kestrel Labs", "Kestrel Labs"),
        ("Kestrel Labs (a robotics startup)", "Kestrel Labs"),
        ("its called Lumen Outdoor Co.", "Lumen Outdoor Co."),
        ("For Good Labs", "For Good Labs"),
        ("Paul, Weiss", "Paul, Weiss"),
    ],
)
def test_company_name_taken_out_of_its_sentence(typed_text: str, name: str) -> None:
    assert intake.company_and_place(typed_text)[0] == name


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("warehouse operations analyst", "Warehouse Operations Analyst"),
        ("qa engineer", "QA Engineer"),
        ("head of partnerships and sales manager", "Head of Partnerships and Sales Manager"),
        ("Inside sales representative", "Inside sales representative"),
        ("data stuff", "data stuff"),
    ],
)
def test_lower_case_job_titles_in_title_case(role: str, said: str) -> None:
    assert intake.title_case(role) == said
