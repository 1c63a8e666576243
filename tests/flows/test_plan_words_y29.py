"""Issue 10, review y29 of the plan lines and drafts built from what the student typed (each a
kind, in wordings other than the reviewer's): the work wanted is never set against the role
interviewed for, nor said with "work" twice; "very much work" is "a lot of work"; a job title's
shortened words and a slash are said as words; a team's name is never said as a kind of work;
praise of the product that names nothing about it gets the nudge for one concrete thing, phone
shorthand and all."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flows.pivot import phrases, reasons, typed
from tests.flows.test_plan_lines import pages

INTAKE = yaml.safe_load(
    (Path(__file__).parents[2] / "flows/pivot/content/intake.yaml").read_text(encoding="utf-8")
)["data"]
RULES = reasons.NonReasons.from_data(INTAKE["non_reasons"])
KINDS = reasons.GenericReasons.from_data(INTAKE["generic_reasons"])
BASE = {"company": "Corvid Labs", "role": "QA Analyst", "company_fit": 5, "role_fit": 2}


def plan(**typed_in: str) -> str:
    return pages({**BASE, "draws": "their Nestbox sensor for allotments", **typed_in})


# -- 1. the work wanted, said on its own ---------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "said", "never"),
    [
        ("data science work, not just QA", "my best work is in data science.", "QA."),
        ("product analytics rather than manual checks", "my best work is in product analytics.",
         "manual checks"),
        ("backend engineering - not so much the testing side", "my best work is in backend engineering.",
         "testing side"),
        ("automation research instead of regression runs", "my best work is in automation research.",
         "regression"),
    ],
)  # fmt: skip
def test_the_work_wanted_is_never_set_against_the_role(target: str, said: str, never: str) -> None:
    text = plan(target=target)
    assert said in text, text
    assert never not in text
    assert " work work" not in text and "in data science work." not in text


def test_work_is_said_once_but_a_field_named_by_its_work_stays() -> None:
    assert "my best work is in computer vision." in plan(target="computer vision work")
    assert "my best work is in social work." in plan(target="social work")


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("service design / user research", "service design and user research"),
        ("research/strategy", "research and strategy"),
        ("UX/UI design", "UX/UI design"),
        ("policy and/or advocacy", "policy or advocacy"),
    ],
)
def test_a_slash_in_the_work_is_said_as_a_word(target: str, said: str) -> None:
    text = plan(target=target)
    assert f"my best work is in {said}." in text, text


# -- 2. a non-native amount said as meant ------------------------------------------------------


def test_very_much_of_a_thing_is_a_lot_of_it() -> None:
    text = plan(draws="Corvid Labs is putting very much effort in open hardware")
    assert "a lot of effort" in text, text
    assert "very much effort" not in text
    assert typed.repair("they spend very less time on meetings") == (
        "they spend very little time on meetings"
    )


# -- 3. a job title as it is said aloud ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("warehouse ops mgr", "warehouse operations manager"),
        ("Sr. Software Eng", "Senior Software Engineer"),
        ("business dev exec", "business development executive"),
        ("jr acct", "junior accountant"),
        ("Client Svcs Asst", "Client Services Assistant"),
        ("IT support / helpdesk", "IT support and helpdesk"),
        ("dev ops eng", "DevOps engineer"),
    ],
)
def test_a_titles_short_words_are_said_in_full(title: str, said: str) -> None:
    assert phrases.role_name(title) == said
    assert phrases.role_label(title).casefold() == said.casefold()
    text = pages({**BASE, "role": title, "draws": "their Nestbox sensor", "target": "data science"})
    assert f"the {said} role" in text or f"the {said[0].upper() + said[1:]} role" in text, text


def test_initialisms_in_a_title_stay_as_written() -> None:
    assert phrases.role_name("Field OPS lead") == "Field OPS lead"
    assert phrases.role_name("UX/UI Designer") == "UX/UI Designer"


# -- 4. a team's name is not a kind of work ------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "work"),
    [
        ("risk analytics CoE", "risk analytics"),
        ("the data engineering hub", "data engineering"),
        ("pricing centre of excellence", "pricing"),
    ],
)
def test_a_unit_named_as_the_work_is_said_by_its_work(target: str, work: str) -> None:
    assert phrases.work(target) == work
    text = plan(target=target)
    assert "CoE" not in text and " hub" not in text and "excellence" not in text, text


# -- 5. praise of the product that names nothing about it ----------------------------------------


@pytest.mark.parametrize(
    "draws",
    [
        "ngl their website is rly nice",
        "the app is soo cool tbh",
        "honestly the product is just amazing lol",
        "ur app is v good",
    ],
)
def test_praise_that_names_nothing_gets_the_nudge(draws: str) -> None:
    assert reasons.non_reason(draws, RULES, "Corvid Labs") is None
    assert reasons.unspecific(draws, RULES, KINDS, "Corvid Labs"), draws


@pytest.mark.parametrize(
    "draws",
    [
        "the app is rly good at offline maps",
        "their website's carbon calculator is so cool",
        "the Nestbox app is amazing",
    ],
)
def test_praise_with_something_specific_is_kept(draws: str) -> None:
    assert not reasons.unspecific(draws, RULES, KINDS, "Corvid Labs"), draws
