"""The script runner's promises about fixtures (``given``): where they are found, what a
malformed one says, how a seed and fixture steps start a script, and how they fail."""

from __future__ import annotations

import asyncio
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot import scripts
from bot.app import make_engine
from bot.cli import main
from bot.errors import ScriptError
from bot.script_files import FIXTURES

CONVERSATIONS = Path(__file__).parent.parent / "conversations"

TRIAGE = """
state: triage
data:
  company: Acme Robotics
  role: Inside sales
  interview_date: "2026-11-26"
  draws: the warehouse robots
  company_fit: 5
  role_fit: 2
  target: product analytics
"""
PLAN = """
given: triage
steps:
  - say: Sounds right
    expect: {state: pivot.evidence}
  - tap: I can't think of one yet
    expect: {state: pivot.plan}
"""


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def run(path: Path) -> scripts.Result:
    return asyncio.run(scripts.run_script(scripts.load_script(path), make_engine))


# -- where fixtures live ---------------------------------------------------------------------


def test_fixture_files_are_not_scripts_and_each_one_is_used() -> None:
    found = scripts.find_scripts([CONVERSATIONS])
    assert found and not any(FIXTURES in p.relative_to(CONVERSATIONS).parts for p in found)
    used = {
        f.path.resolve()
        for p in found
        if (given := scripts.load_script(p).given) is not None
        for f in given.chain
    }
    fixtures = set((CONVERSATIONS / FIXTURES).glob("*.yaml"))
    assert fixtures, "the conversations start from fixtures"
    assert {p.resolve() for p in fixtures} == used


def test_a_fixture_folder_can_be_passed_on_the_command_line(tmp_path: Path) -> None:
    write(tmp_path / "shared", {"triage.yaml": TRIAGE})
    write(
        tmp_path / "scripts",
        {
            "s.yaml": "given: triage\nsteps:\n  - say: Sounds right\n    expect: {state: pivot.evidence}\n"
        },
    )
    script = tmp_path / "scripts" / "s.yaml"
    with pytest.raises(ScriptError, match=r"unknown fixture 'triage' \(looked in .*known: none\)"):
        scripts.load_script(script)
    ran = CliRunner().invoke(main, ["test", "--fixtures", str(tmp_path / "shared"), str(script)])
    assert ran.exit_code == 0, ran.output
    assert ran.output.rstrip().endswith("1 passed, 0 failed")


# -- malformed files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {"s.yaml": "given: nope\nsteps: [{say: hi}]\n"},
            r"given: unknown fixture 'nope'.*known: triage",
        ),
        (
            {
                "s.yaml": "given: a\nsteps: [{say: hi}]\n",
                "fixtures/a.yaml": "given: b\n",
                "fixtures/b.yaml": "given: a\n",
            },
            r"fixtures given in a cycle: a -> b -> a",
        ),
        (
            {"s.yaml": "given: a\nsteps: [{say: hi}]\n", "fixtures/a.yaml": "given: a\n"},
            r"cycle: a -> a",
        ),
        (
            {"s.yaml": "given: a\nsteps: [{say: hi}]\n", "fixtures/a.yaml": "stat: triage\n"},
            r"a\.yaml: unknown key 'stat' \(a fixture's keys: description, given, state, data, steps\)",
        ),
        (
            {
                "s.yaml": "given: a\nsteps: [{say: hi}]\n",
                "fixtures/a.yaml": "given: triage\nstate: menu\n",
            },
            r"either 'state' .* or 'given' .*, not both or neither",
        ),
        (
            {"s.yaml": "given: a\nsteps: [{say: hi}]\n", "fixtures/a.yaml": "data: {company: X}\n"},
            r"not both or neither",
        ),
        (
            {
                "s.yaml": "given: a\nsteps: [{say: hi}]\n",
                "fixtures/a.yaml": "given: triage\nsteps: [{say: hi, expect: {contains: hello}}]\n",
            },
            r"a\.yaml: step 1: a fixture step can only expect a state",
        ),
        (
            {
                "s.yaml": "given: a\nsteps: [{say: hi}]\n",
                "fixtures/a.yaml": "state: menu\ndata: [1, 2]\n",
            },
            r"'data' must be a mapping",
        ),
        (
            {"s.yaml": "givne: triage\nsteps: [{say: hi}]\n"},
            r"unknown key 'givne' \(a script's keys: .*given",
        ),
        (
            {"s.yaml": "state: triage\nsteps: [{say: hi}]\n"},
            r"unknown key 'state'.*belongs in a fixture",
        ),
        (
            {"s.yaml": "data: {company: X}\nsteps: [{say: hi}]\n"},
            r"'data' overlays a fixture's seed, so it needs 'given'",
        ),
        ({"s.yaml": "given: [a, b]\nsteps: [{say: hi}]\n"}, r"'given' names one fixture"),
        (
            {
                "s.yaml": "given: triage\nsteps: [{say: hi}]\n",
                "fixtures/triage.yml": "state: menu\n",
            },
            r"fixture 'triage' is defined twice",
        ),
    ],
)
def test_malformed_fixtures_and_given_are_clear_errors(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    write(tmp_path, {"fixtures/triage.yaml": TRIAGE, **files})
    with pytest.raises(ScriptError, match=message):
        scripts.load_script(tmp_path / "s.yaml")


def test_a_script_without_given_loads_as_before(tmp_path: Path) -> None:
    write(
        tmp_path, {"s.yaml": "name: n\nuser: u\nsteps: [{say: /start, expect: {state: welcome}}]\n"}
    )
    script = scripts.load_script(tmp_path / "s.yaml")
    assert (script.name, script.user, script.given) == ("n", "u", None)
    assert run(tmp_path / "s.yaml").passed


# -- seeding and fixture steps ---------------------------------------------------------------


def test_data_overlays_the_seed_from_fixture_to_script_and_null_removes(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "fixtures/triage.yaml": TRIAGE,
            "fixtures/plan.yaml": PLAN + "data: {role: Field sales}\n",
            "s.yaml": "given: plan\ndata: {company: Zeta, target: null}\nsteps: [{say: hi}]\n",
        },
    )
    given = scripts.load_script(tmp_path / "s.yaml").given
    assert given is not None
    assert [f.name for f in given.chain] == ["triage", "plan"]
    assert given.state == "triage"
    assert given.data["company"] == "Zeta" and given.data["role"] == "Field sales"
    assert "target" not in given.data
    assert [(f.name, n) for f, n, _ in given.steps()] == [("plan", 1), ("plan", 2)]


def test_a_script_starts_where_its_fixtures_leave_the_conversation(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "fixtures/triage.yaml": TRIAGE,
            "fixtures/plan.yaml": PLAN,
            "s.yaml": """
                given: plan
                data: {company: Zeta Robotics}
                steps:
                  # The plan's buttons, shown by the fixture's last step, can be tapped.
                  - tap: If I decide to decline
                    expect: [{state: pivot.decline}]
                  # The data laid over the fixture's is the one used.
                  - tap: Back to my plan
                    expect: [{state: pivot.plan}, {contains: Zeta Robotics}]
                  # The interview and its thank-you reminder were made by the flow itself.
                  - advance: 32h
                    expect: [{contains: thank-you}, {contains: Zeta Robotics}]
            """,
        },
    )
    result = run(tmp_path / "s.yaml")
    assert result.passed, scripts.format_result(result)
    # The fixture's steps are one line of the transcript, not a replay.
    assert result.transcript[0] == (
        "(given plan <- triage: seeded at triage, then 2 fixture steps; now at pivot.plan)"
    )
    assert not any("Sounds right" in line for line in result.transcript)


def test_nothing_to_tap_right_after_a_seed(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"fixtures/triage.yaml": TRIAGE, "s.yaml": "given: triage\nsteps: [{tap: Sounds right}]\n"},
    )
    result = run(tmp_path / "s.yaml")
    assert result.failure is not None
    assert "step 1 (tap: Sounds right): nothing is on screen to tap yet" in result.failure


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        (
            "given: triage\nsteps:\n  - say: Sounds right\n    expect: {state: pivot.plan}\n",
            r"^given s_fix: fixture s_fix \(.*s_fix\.yaml\) step 1 \(say: Sounds right\): "
            r"expected state 'pivot\.plan'; got 'pivot\.evidence'$",
        ),
        (
            # No fits stored: triage cannot work out its suggestion and the flow fails.
            "state: triage\ndata: {company: Acme}\nsteps: [{say: Sounds right}]\n",
            r"^given s_fix: fixture s_fix \(.*\) step 1 \(say: Sounds right\): "
            r"the bot answered with its apology",
        ),
        (
            "given: triage\nsteps: [{tap: Nope}]\n",
            r"^given s_fix: fixture s_fix \(.*\) step 1 \(tap: Nope\): nothing is on screen",
        ),
        (
            "state: triage.nowhere\n",
            r"^given s_fix: fixture s_fix \(.*\): unknown state 'triage\.nowhere' \(not in flow pivot\)",
        ),
    ],
)
def test_a_failing_fixture_fails_the_script_naming_the_fixture(
    tmp_path: Path, fixture: str, message: str
) -> None:
    write(
        tmp_path,
        {
            "fixtures/triage.yaml": TRIAGE,
            "fixtures/s_fix.yaml": fixture,
            "s.yaml": "given: s_fix\nsteps: [{say: hi}]\n",
        },
    )
    result = run(tmp_path / "s.yaml")
    assert result.failure is not None
    assert re.search(message, result.failure), result.failure
