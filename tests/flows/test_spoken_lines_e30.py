"""Issue 10, review e30 of the plan lines a student says aloud (each a kind, in wordings other
than the reviewer's):

1. Chat hedges and fillers ("I suppose", "kinda", "like", "basically", "type", "stuff") never
   reach a spoken line, and a put-down of the role typed with its title ("pretty much just
   data entry", "glorified receptionist") is never said to the interviewer: the role is named
   by a clean title, and the student is told once why belittling it is a red flag.
2. "them" and "their" are turned to "you" and "your" only where they are the company's, never
   where they are people named before them in the sentence (patients, pupils, customers).
3. A company typed with a capital "The" is "the" mid-sentence; a role is never said with the
   brackets typed after its title.
4. A brand or product written with a capital inside it ("YouTube", "iMovie", "PlayStation") is
   never named as a misspelling.
5. "w" and "w/" typed before the company are "with": the company is the name after them.
"""

from __future__ import annotations

import re

import pytest

from flows.pivot import phrases, typed
from flows.pivot.intake import company_named
from tests.conftest import Chat
from tests.flows.test_plan_lines import pages

BASE = {"company": "Halden Health", "role_fit": 2, "company_fit": 5, "path": "pivot"}


def script(**data: object) -> str:
    """The "What to say" part of the pivot plan, with the decline draft after it."""
    text = pages({**BASE, **data})
    said = text.split("What to say", 1)[1].split("Don't speak against", 1)[0]
    decline = text.split("Here's a draft to adapt", 1)[1].split("Thank you again", 1)[0]
    return said + "\n" + decline


# -- 1. fillers, hedges and put-downs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("draws", "said", "never"),
    [
        ("the discharge planning tool I suppose", "What drew me here is your discharge planning tool.",
         "suppose"),
        ("your nurse rota app is kinda brilliant", "your nurse rota app is brilliant", "kinda"),
        ("their blog is great, like I read it every week", "your blog is great: I read it every week",
         "like I"),
        ("basically their telehealth pilot", "What drew me here is your telehealth pilot.",
         "basically"),
    ],
)  # fmt: skip
def test_hedges_and_fillers_never_reach_the_thank_you_line(
    draws: str, said: str, never: str
) -> None:
    text = script(role="Clinic Coordinator", draws=draws, target="health data")
    assert said in text, text
    assert never not in text, text


def test_stuff_and_type_are_said_as_what_they_are() -> None:
    text = script(
        role="Clinic Coordinator",
        draws="their guides, I picked up most of my triage stuff from them",
        target="analytics type work",
    )
    assert "stuff" not in text, text
    assert " type " not in text, text
    assert "my triage skills" in text, text
    assert "my best work is in analytics." in text, text


@pytest.mark.parametrize(
    ("typed_text", "said"),
    [
        ("I picked up loads of stuff from their webinars", "I picked up a lot from their webinars"),
        ("the way they prototype stuff with nurses", "the way they prototype things with nurses"),
        ("their care records and stuff", "their care records and things"),
    ],
)
def test_stuff_is_never_said(typed_text: str, said: str) -> None:
    assert phrases.without_fillers(typed_text) == said


@pytest.mark.parametrize(
    ("typed_role", "title", "put_down"),
    [
        ("patient services rep - pretty much just data entry", "the patient services "
         "representative role", "pretty much just data entry"),
        ("Front Desk Associate (basically a glorified receptionist tbh)",
         "the Front Desk Associate role", "basically a glorified receptionist"),
        ("only admin really", "the admin role", "only admin really"),
        ("Inside Sales Rep aka cold calling all day", "the Inside Sales Representative role",
         "aka cold calling all day"),
    ],
)  # fmt: skip
def test_a_put_down_is_never_part_of_the_role(typed_role: str, title: str, put_down: str) -> None:
    assert phrases.the_role(typed_role).casefold() == title.casefold()
    assert phrases.role_put_down(typed_role) == put_down
    assert phrases.role_put_down("Patient Services Representative") == ""
    assert phrases.role_put_down("Associate, Corporate Finance") == ""


async def test_the_role_typed_with_a_put_down_is_said_by_its_title(chat: Chat) -> None:
    await chat.say("/start")
    await chat.say("Prepare for an interview")
    await chat.say("Halden Health")
    reply = await chat.say("patient services rep, pretty much just data entry lol")
    # Once, kindly, why: and the title as a clean one, in capitals.
    assert "the Patient Services Representative role" in reply, reply
    assert "red flag" in reply, reply
    assert "“pretty much just data entry”" in reply, reply
    await chat.say("London")
    await chat.say("2026-12-08")
    await chat.say("the way their nurses explain test results to patients so they understand them")
    await chat.say("5")
    await chat.say("2")
    await chat.say("health data dashboards")
    await chat.say("Sounds right")
    plan = await chat.say("I built a bed occupancy tracker for my hospital placement")
    said = plan.split("What to say", 1)[1].split("Don't speak against", 1)[0]
    assert "Listening to you describe the Patient Services Representative role" in said, said
    assert not re.search(r"(?i)data entry|pretty much|\blol\b", plan), plan
    # 2. the "them" and "they" are the patients', never the interviewer's.
    assert "explain test results to patients so they understand them" in said, said
    assert "understand you" not in said and "so you understand" not in said, said
    decline = await chat.tap("If I decide to decline")
    assert "the Patient Services Representative role isn't the best match" in decline, decline
    assert "data entry" not in decline, decline


# -- 2. "them" said to the company only where it is the company -----------------------------------


@pytest.mark.parametrize(
    ("draws", "kept"),
    [
        ("how their app explains bills to pensioners without patronising them",
         "without patronising them"),
        ("how their podcast explains science to teenagers in their own language",
         "in their own language"),
        ("how the app reminds pupils of homework without nagging them", "without nagging them"),
        ("their support team calls customers back and thanks them", "thanks them"),
    ],
)  # fmt: skip
def test_them_after_the_people_named_stays_theirs(draws: str, kept: str) -> None:
    said = typed.said_reason(draws, "Halden Health")
    assert kept in said, said
    assert not re.search(r"(?i)\b(?:patronising|nagging|thanks|in) you(?:r)?\b", said), said


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        ("I learned to code from their free courses", "from your free courses"),
        ("I've followed them since their first podcast", "I've followed you since your first"),
    ],
)  # fmt: skip
def test_the_company_is_still_you(draws: str, said: str) -> None:
    assert said in typed.said_reason(draws, "Halden Health")


# -- 3. "the" mid-sentence, no brackets said aloud ------------------------------------------------


def test_a_company_typed_with_the_is_said_with_a_small_the() -> None:
    text = script(company="The NHS", role="Data Officer", draws="the NHS app", target="data")
    # The thanks line says "your team" to the company's own people (d30); the small "the"
    # mid-sentence is asserted on the name below and in script 831's plan title.
    assert "how your team works" in text, text
    assert "The NHS works" not in text and "at The NHS" not in text, text
    assert typed.org_in_sentence("The Met Office") == "the Met Office"
    assert phrases.upper_first(typed.org_in_sentence("The NHS")) == "The NHS"


@pytest.mark.parametrize(
    ("typed_role", "said"),
    [
        ("Research Assistant (Oxford Clinical Trials Unit)", "the Research Assistant role"),
        ("Payroll Officer [maternity cover]", "the Payroll Officer role"),
    ],
)
def test_a_role_is_said_without_brackets(typed_role: str, said: str) -> None:
    assert phrases.the_role(typed_role) == said
    text = script(role=typed_role, draws="the NHS app", target="data")
    assert said in text, text
    assert not re.search(r"role \(|\(Oxford|\[maternity|\((?:BBC|Oxford)", text), text


# -- 4. brand shapes are no misspellings ---------------------------------------------------------


def test_brand_shapes_are_not_spelling_suspects() -> None:
    assert phrases.misspelled("I edit in iMovie and post on YouTube and PlayStation forums") == []
    assert phrases.misspelled("data analitics") == ["analitics"]
    text = pages(
        {**BASE, "role": "Content Assistant", "draws": "their YouTube channel",
         "target": "iMovie editing", "evidence": "I built a PlayStation fan wiki"}
    )  # fmt: skip
    assert "Check the spelling" not in text, text


# -- 5. "w" before the company ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed_text", "name"),
    [
        ("it's w Halden Health", "Halden Health"),
        ("interview w/ Monzo", "Monzo"),
        ("im interviewing w/Octopus Energy", "Octopus Energy"),
        ("W Hotels", "W Hotels"),
    ],
)
def test_w_before_the_company_is_with(typed_text: str, name: str) -> None:
    assert company_named(typed_text) == name
