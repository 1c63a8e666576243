"""Issue 10, review p26 of the plan's "what to say" lines (each a kind, in wordings other than
the reviewer's): a "they" that is a thing the student named is never said as "you"; phone
shorthand, taste remarks and common second-language slips are said as meant; an ideal every
company claims is no specific reason; a rich better fit is trimmed to a phrase, never refused."""

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
BASE = {"company": "Tallow & Sons", "role": "Store Associate", "company_fit": 5, "role_fit": 2}


# -- 1. a "they" is the company only when nothing else was named for it to be ----------------


@pytest.mark.parametrize(
    ("typed_reason", "said", "never"),
    [
        (
            "I'm impressed by the scanners in their stores, they are reading the whole basket at once",
            "the scanners in your stores, which are reading the whole basket at once",
            "you are reading",
        ),
        (
            "I like their delivery bikes, they are electric",
            "your delivery bikes, which are electric",
            "you are electric",
        ),
        (
            "I talked to their baristas at the pop-up, they were very warm",
            "your baristas at the pop-up, who were very warm",
            "you were very warm",
        ),
    ],
)
def test_a_they_after_a_thing_named_is_that_thing(typed_reason: str, said: str, never: str) -> None:
    line = typed.said_reason(typed_reason, "Tallow & Sons")
    assert said in line, line
    assert never not in line


def test_a_they_that_is_the_company_is_still_you() -> None:
    assert phrases.to_you("I've shopped there for years and they always fix my orders") == (
        "I've shopped there for years and you always fix my orders"
    )
    # the company as "they" twice: both times "you", the object "them" after it stays
    assert phrases.to_you("they train their riders and they pay them fairly") == (
        "you train your riders and you pay them fairly"
    )
    # a "them" after a thing named is the thing
    assert phrases.to_you("I love their kiosks, I used them at the airport") == (
        "I love your kiosks, I used them at the airport"
    )


def test_anyone_called_you_is_never_the_company_too() -> None:
    # "they let you ..." said to the company would read "you let you ...".
    assert phrases.to_you("they let you swap plans and they refund unused days") == (
        "you let people swap plans and you refund unused days"
    )
    # the "you" of a thing named stays: the kiosks help anyone
    assert "which help you find" in typed.said_reason(
        "their kiosks, they help you find any aisle", "Tallow & Sons"
    )


def test_the_students_own_doing_is_never_inside_the_clause_about_the_thing() -> None:
    said = typed.said_reason(
        "I love their board games, they have clever rules and I taught them at my club",
        "Tallow & Sons",
    )
    assert said.startswith("your board games, which have clever rules. I taught"), said
    assert "you have clever rules" not in said


def test_the_plan_line_never_turns_a_thing_into_you() -> None:
    text = pages(
        {
            **BASE,
            "draws": "I was impressed from the self-checkouts in your shops, they are faster than any till",
            "target": "pricing",
            "evidence": "I priced the menu for our college cafe",
        }
    )
    assert "your shops, which are faster than any till" in text
    assert "you are faster" not in text
    assert "impressed from" not in text


# -- 2. shorthand, taste remarks and slips, said as meant ------------------------------------


@pytest.mark.parametrize(
    ("texted", "said"),
    [
        ("the checkout is v quick", "the checkout is very quick"),
        ("I saw the launch on insta", "I saw the launch on Instagram"),
        ("our prof showed us the case", "our professor showed us the case"),
        ("you can book and u can pay later", "you can book and you can pay later"),
    ],
)
def test_phone_shorthand_is_written_out(texted: str, said: str) -> None:
    assert phrases.written(texted) == said


def test_shorthand_that_is_no_texting_stays() -> None:
    assert phrases.written("Poland v Spain") == "Poland v Spain"
    assert phrases.written("a note to Prof. Nowak") == "a note to Prof. Nowak"


@pytest.mark.parametrize(
    ("typed_proof", "mended"),
    [
        ("my script cut the wait with 25%", "my script cut the wait by 25%"),
        ("sales went up with about 10 percent", "sales went up by about 10 percent"),
        ("we got faster builds with 40%", "we got builds 40% faster"),
        ("our sign-ups got better with 18%", "our sign-ups improved by 18%"),
        ("I ran lot of workshops", "I ran a lot of workshops"),
        (
            "the drones sort parcels without any human",
            "the drones sort parcels without any human help",
        ),
        ("I was very much impressed of the pilot", "I was very impressed by the pilot"),
        # a placement that is over, in the simple past
        (
            "During my placement at Arcadia Health I have automated the weekly rota",
            "During my placement at Arcadia Health I automated the weekly rota",
        ),
    ],
)
def test_common_slips_are_mended(typed_proof: str, mended: str) -> None:
    assert typed.repair(typed_proof) == mended


def test_right_english_is_left_as_it_is() -> None:
    for right in (
        "a lunch menu with 30% less sugar",
        "I learned a lot of SQL",
        "the parking lot of the mall",
    ):
        assert typed.repair(right) == right


def test_a_remark_of_taste_is_left_out_of_a_spoken_line() -> None:
    assert typed.untexted("I built the rota bot, it saved 5 hours a week, super cool tbh") == (
        "I built the rota bot, it saved 5 hours a week"
    )
    assert typed.untexted("their cargo bikes which is lowkey genius") == "their cargo bikes"
    # praise that is the reason itself stays: the caller decides what to do with it
    assert typed.untexted("their cargo bikes are so cool") == "their cargo bikes are so cool"


def test_a_slip_with_no_certain_fix_is_never_said() -> None:
    assert typed.slips("the app keeps suggesting me recipes very accurate")


# -- 3. an ideal every company claims is no reason --------------------------------------------


@pytest.mark.parametrize(
    "ideal",
    [
        "the mission",
        "their vision and values",
        "honestly the people",
        "the team spirit",
        "I really like the culture",
        "they have strong values",
        "Tallow & Sons's ethos",
    ],
)
def test_an_ideal_alone_is_generic(ideal: str) -> None:
    assert reasons.generic(ideal, RULES, KINDS, ignore="Tallow & Sons")


@pytest.mark.parametrize(
    "concrete",
    [
        "their mission to end food waste in school canteens",
        "the people I met at the Leeds careers fair",
        "their values-led audits of suppliers",
        "the culture of code review their engineers blog about",
        "their refill stations",
    ],
)
def test_a_concrete_thing_is_a_reason(concrete: str) -> None:
    assert reasons.generic(concrete, RULES, KINDS, ignore="Tallow & Sons") == ""


# -- 4. a rich better fit, trimmed to its sentence --------------------------------------------


@pytest.mark.parametrize(
    ("rich", "phrase"),
    [
        (
            "pricing analysis, mostly setting prices for the ops people, like the stuff their revenue team does",
            "pricing analysis, mostly setting prices for the operations team",
        ),
        (
            "community work, similar to what your outreach team is doing",
            "community work",
        ),
        ("copywriting, kind of like their brand people", "copywriting"),
        ("research for the marketing guys", "research for the marketing team"),
    ],
)
def test_a_rich_better_fit_is_taken_and_trimmed(rich: str, phrase: str) -> None:
    assert not typed.unsayable_target(rich)
    assert typed.said_target(rich) == phrase


def test_the_trimmed_fit_is_what_the_plan_says() -> None:
    text = pages(
        {
            **BASE,
            "draws": "their refill stations",
            "target": "stock planning, mostly building forecasts for the ops people, like what their supply team does",
            "evidence": "I planned the stock for our society's bake sale",
        }
    )
    assert (
        "my best work is in stock planning, mostly building forecasts for the operations team."
        in text
    )
    assert "supply team does" not in text
