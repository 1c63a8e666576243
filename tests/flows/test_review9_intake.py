"""Blind counsellor review 9, intake and the plan lines built from it (issue 10).

- B1: a role is kept as its title: the lead-in ("i am going for", "applying for", "the role is")
  and a word after it that only says it is a job ("post", "position", "opening") are dropped.
- M8: a company typed in lower case as initials ("bbc", "tcs") is written "BBC", never "Bbc",
  wherever it is said, the student's own text included.
- M6: "stuff like that", "and stuff", "etc." are not handed back in a spoken line, and "for
  example" is never said twice in a row.
"""

from __future__ import annotations

import re

import pytest

from flows.pivot import phrases
from tests.flows.test_plan_lines import pages

BASE = {"company_fit": 5, "role_fit": 2, "path": "pivot"}


def script(**data: object) -> str:
    """The "What to say" part of the pivot plan for ``BASE`` with ``data``."""
    text = pages({**BASE, **data})
    return text.split("What to say", 1)[1].split("Don't speak against", 1)[0]


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("i am going for Junior QA Analyst (automation) post", "Junior QA Analyst (automation)"),
        ("applying for the graduate trainee position", "Graduate trainee"),
        ("it's for a Field Sales Executive opening", "Field Sales Executive"),
        ("the role is Customer Success Associate", "Customer Success Associate"),
        ("interviewing for Operations Intern role lol", "Operations Intern"),
        ("im shortlisted for Content Writer job", "Content Writer"),
        ("Test Engineer (manual testing)", "Test Engineer (manual testing)"),
    ],
)
def test_a_role_is_kept_as_its_title(typed: str, title: str) -> None:
    assert phrases.role_label(typed) == title


def test_the_plan_says_the_title_not_the_sentence_it_was_typed_in() -> None:
    role = phrases.role_label("i am applying for Payroll Officer (part time) post")
    text = script(company="Kestrel Rail", role=role, target="data analysis")
    # Review e30: a spoken line never says a bracket; the label keeps it (above).
    assert "the Payroll Officer role" in text
    assert "(part time)" not in text
    assert not re.search(r"(?i)\bapplying\b|\bpost role\b", text), text


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("bbc", "BBC"),
        ("tcs", "TCS"),
        ("ibm", "IBM"),
        ("sap", "SAP"),
        ("kpmg", "KPMG"),
        ("ey", "EY"),
        ("hcl tech", "HCL Tech"),
        # Words and ordinary names stay names: never all capitals.
        ("gap", "Gap"),
        ("zoho", "Zoho"),
        ("meta", "Meta"),
        ("acme ltd", "Acme Ltd"),
        ("lumen outdoor co", "Lumen Outdoor Co"),
        ("bank of america", "Bank of America"),
        # The student's own capitals are theirs.
        ("Bbc", "Bbc"),
        ("eBay", "eBay"),
    ],
)
def test_a_company_typed_in_lower_case_as_initials_is_in_capitals(typed: str, written: str) -> None:
    assert phrases.proper_name(typed) == written


def test_the_company_is_written_the_same_inside_the_students_own_words() -> None:
    text = script(
        company="TCS",
        role="Support engineer",
        draws="the tcs digital academy for freshers",
        target="cloud operations",
    )
    assert "TCS digital academy" in text
    assert "tcs" not in text and "Tcs" not in text, text


@pytest.mark.parametrize(
    ("target", "evidence"),
    [
        ("UX research, interviews and usability tests and stuff", "I ran twelve user interviews."),
        ("data journalism, charts, maps etc.", "I built a map of bus delays for our paper."),
        ("community work, events and things like that", "I ran a meetup of 40 people."),
    ],
)
def test_vague_tails_are_not_said(target: str, evidence: str) -> None:
    text = script(
        company="Kestrel Rail", role="Ticket office clerk", target=target, evidence=evidence
    )
    assert not re.search(r"(?i)\bstuff\b|\betc\b|things like that", text), text


def test_for_example_is_never_said_twice_in_a_row() -> None:
    text = script(
        company="Kestrel Rail",
        role="Ticket office clerk",
        target="product design, for example designing booking flows for small hotels",
        evidence="I redesigned the sign-up page of our college fest site.",
    )
    assert len(re.findall(r"(?i)for example", text)) == 1, text
    assert '"I redesigned the sign-up page of our college fest site."' in text
