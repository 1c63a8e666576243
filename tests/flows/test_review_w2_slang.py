"""Issue 10, review w2 (items 1-3): slang and second-language slips typed in the intake never
reach a plan line, and a clear better fit typed in a second language is taken and said well.
Each kind in several typings: slang praise of what draws the student, letters held down, an
agreement slip, a better fit in a second language's words or order, and a long better fit the
decline names rather than asking for it again."""

from __future__ import annotations

import pytest

from flows.pivot import typed
from tests.flows.test_plan_lines import pages

BASE = {
    "company": "Nimbus Robotics",
    "role": "Sales associate",
    "company_fit": 5,
    "role_fit": 2,
    "path": "pivot",
    "draws": "their delivery robots",
    "target": "robotics simulation",
    "evidence": "I built a warehouse simulation in Python for my capstone",
}


def plan(**typed_in: str) -> str:
    return pages({**BASE, **typed_in})


# -- 1. slang and slips in what draws the student, said as in an interview ----------------------


@pytest.mark.parametrize(
    ("draws", "said", "never"),
    [
        ("their robots r crazy good", "What drew me here is that your robots are really good.", "crazy"),
        ("the delivery robots is crazy", "the delivery robots are really impressive.", "crazy"),
        ("their robots are goated", "your robots are really impressive.", "goated"),
        ("their drones are insanely fast", "your drones are really fast.", "insanely"),
        ("their robots are super duper smart", "your robots are really smart.", "duper"),
        ("sooo good at simulation stuff", "that you are really good at simulation", "sooo"),
        ("their robots are soooo cool", "your robots are really cool", "sooo"),
        ("their routing app is goood", "your routing app is good", "goood"),
        ("their fleet app is lowkey amazing", "your fleet app is amazing", "lowkey"),
        ("the delivery robots was amaaazing", "the delivery robots were amazing", "amaaazing"),
        ("their warehouse robots has a great safety record",
         "your warehouse robots have a great safety record", "robots has"),
    ],
)  # fmt: skip
def test_slang_in_what_draws_is_said_plainly(draws: str, said: str, never: str) -> None:
    text = plan(draws=draws)
    assert said in text, text
    assert never not in text


@pytest.mark.parametrize(
    ("typed_in", "said"),
    [
        ("one of the robots is new", "one of the robots is new"),
        ("the news is good", "the news is good"),
        ("their analytics is strong", "their analytics is strong"),
        ("the deadline was crazy", "the deadline was crazy"),  # no praise: not rewritten
        ("their robot's arm is cool", "their robot's arm is cool"),
        ("the tool my team uses is great", "the tool my team uses is great"),
        ("the data analysis is used by three teams", "the data analysis is used by three teams"),
        ("their thesis was on robots", "their thesis was on robots"),
    ],
)
def test_what_is_no_slip_or_no_praise_stays(typed_in: str, said: str) -> None:
    assert typed.unslanged(typed_in) == said


# -- 2. a better fit typed in a second language, taken and said well ----------------------------


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("i want work in robotic simulation team", "robotics simulation"),
        ("robotic and simulation", "robotics and simulation"),
        ("more the data side, analyse of the sales", "sales data analysis"),
        ("marketing digital", "digital marketing"),
        ("me i prefer design graphic", "graphic design"),
        ("i am more for marketing digital side", "digital marketing"),
        ("better for me is robotic", "robotics"),
        ("i am good in statistic", "statistics"),
        ("analysis financial", "financial analysis"),
        ("i want do analyse of customer data", "customer data analysis"),
        ("the team of robotic simulation", "robotics simulation"),
        ("sooo good at simulation stuff", "simulation"),
        ("lowkey obsessed with ux research", "UX research"),
    ],
)
def test_a_clear_better_fit_is_taken_and_said_well(target: str, said: str) -> None:
    assert typed.target_taken(target, asked=False), target
    data: dict[str, object] = {}
    typed.keep_target(data, target)
    text = plan(target=str(data["target"]))
    assert f"my best work is in {said}." in text, text
    assert "One thing to add before you send it" not in text


@pytest.mark.parametrize(
    "target",
    [
        "logistic regression models",
        "robotic process automation",
        "economic policy research",
        "product analytics",
        "growth and lifecycle marketing",
    ],
)
def test_a_better_fit_in_plain_english_is_kept_as_typed(target: str) -> None:
    data: dict[str, object] = {}
    typed.keep_target(data, target)
    assert data["target"] == target


# -- 3. the decline never asks again for a better fit the student gave --------------------------


@pytest.mark.parametrize(
    ("target", "closer"),
    [
        ("building simulation tools that help the robots learn to navigate warehouses",
         "closer to building simulation tools."),
        ("working on the simulation side where they test the robots before they ship",
         "closer to working on the simulation side."),
        ("analysing fleet data from every site, which tells them where the robots get stuck",
         "closer to analysing fleet data."),
        ("the team that makes the robots navigate safely around people in warehouses", ""),
    ],
)  # fmt: skip
def test_the_decline_never_asks_again_for_a_fit_given(target: str, closer: str) -> None:
    text = plan(target=target)
    assert "which kind of work would suit you better" not in text
    assert closer in text, text
