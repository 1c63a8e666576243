"""Markup escaping, input parsing, configuration, storage and the layer rule."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import load_config
from bot.errors import ConfigError, StoreError
from bot.flow import match_choice, parse_date, parse_scale
from bot.markup import esc, fill, parse, split_paragraphs, to_plain
from bot.messages import Choice
from bot.sqlite_store import SqliteStore

ROOT = Path(__file__).resolve().parents[2]


def test_user_values_never_become_markup() -> None:
    evil = "**bold** _it_ [x](https://evil.example) \\ - dash\n- bullet"
    text = fill("Hi {name}!", name=evil)
    spans = [s for line in parse(text) for s in line.spans]
    assert all(s.kind == "text" for s in spans)
    assert not any(line.bullet for line in parse(text))
    assert to_plain(text) == "Hi " + evil + "!"


def test_a_number_picks_its_word() -> None:
    template = "You have {count} {count:follow-up|follow-ups} coming up."
    assert fill(template, count=1) == "You have 1 follow-up coming up."
    assert [fill(template, count=n).split()[3] for n in (0, 2, 3)] == ["follow-ups"] * 3
    assert fill("{n:>3}", n=5) == "  5"  # other format specs work as before


def test_markup_renders_our_own_formatting() -> None:
    lines = parse("**Plan** for _you_: [guide](https://example.org/a)\n- one")
    kinds = [s.kind for s in lines[0].spans]
    assert kinds == ["bold", "text", "italic", "text", "link"]
    assert lines[1].bullet and lines[1].spans[0].text == "one"


def test_control_and_bidi_override_characters_are_dropped() -> None:
    assert esc("a\u202eb\x00c") == "abc"


def test_long_text_splits_at_paragraphs() -> None:
    text = "\n\n".join(["p" * 3000, "q" * 3000, "r" * 100])
    chunks = split_paragraphs(text, 4096)
    assert chunks == ["p" * 3000, "q" * 3000 + "\n\n" + "r" * 100]
    assert all(len(c) <= 4096 for c in split_paragraphs("w " * 5000, 4096))


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("2", "How does this work?"),
        ("prepare", "Prepare for an interview"),
        ("Prepare for an interveiw", "Prepare for an interview"),
        ("HOW DOES THIS WORK?", "How does this work?"),
    ],
)
def test_typed_text_selects_a_choice(typed: str, label: str) -> None:
    choices = [
        Choice("Prepare for an interview", "prepare"),
        Choice("How does this work?", "about"),
    ]
    picked = match_choice(typed, choices)
    assert picked is not None and picked.label == label


def test_unclear_text_selects_nothing() -> None:
    choices = [Choice("Go for the job", "go"), Choice("Pivot to networking", "pivot")]
    assert match_choice("banana", choices) is None
    assert match_choice("7", choices) is None


def test_scale_and_dates() -> None:
    assert [parse_scale(t) for t in ("4", "4/5", "four", "a 3", "6", "very")] == [
        4,
        4,
        4,
        3,
        None,
        None,
    ]
    now = datetime(2026, 11, 25, 9, tzinfo=UTC)  # a Wednesday
    assert parse_date("tomorrow", now) == "2026-11-26"
    assert parse_date("next Tuesday", now) == "2026-12-01"
    assert parse_date("2026-12-03", now) == "2026-12-03"
    assert parse_date("no idea", now) is None


def test_config_fails_with_one_line_naming_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^TELEGRAM_BOT_TOKEN is malformed"):
        load_config({"TELEGRAM_BOT_TOKEN": "nope"}, env_file=tmp_path / "none")
    with pytest.raises(ConfigError, match=r"^SLACK_API_URL must be an http"):
        load_config({"SLACK_API_URL": "ftp://x"}, env_file=tmp_path / "none")
    with pytest.raises(ConfigError, match=r"^SLACK_BOT_TOKEN is not set"):
        load_config({}, env_file=tmp_path / "none").require("SLACK_BOT_TOKEN")
    env = tmp_path / ".env"
    env.write_text("PIVOTBOT_DB=from-file.db\nPIVOTBOT_ADMINS=U1, U2\n")
    config = load_config({}, env_file=env)
    assert config.db == "from-file.db" and config.admins == {"U1", "U2"}


def test_store_is_wal_and_refuses_a_newer_schema(tmp_path: Path) -> None:
    store = SqliteStore.open(tmp_path / "s.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.db.execute(
        "INSERT INTO schema_migrations (component, version, name) VALUES ('core', 99, 'future')"
    )
    store.close()
    with pytest.raises(StoreError, match="newer"):
        SqliteStore.open(tmp_path / "s.db")


def test_importing_core_and_flows_loads_no_platform_sdk() -> None:
    code = (
        "import sys, bot.engine, bot.app, bot.cli, bot.scripts, flows.pivot, adapters.console;"
        "flows.pivot.build_flow();"
        "print([m for m in ('telegram', 'slack_bolt', 'slack_sdk') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_diagram_is_a_mermaid_state_diagram_of_the_whole_flow() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "diagram"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    from flows.pivot import build_flow

    assert "stateDiagram-v2" in out
    for state in build_flow().steps:
        assert f"as {state}" in out or f"as {state}.ask" in out, state
    assert "intake.company --> intake.role: answer" in out


def test_console_plays_piped_input_and_resumes(database: str, tmp_path: Path) -> None:
    """Each run a new process, on a SQLite file and on PostgreSQL."""
    cli = [sys.executable, "-m", "bot.cli", "console", "--db", database]
    first = subprocess.run(
        cli,
        input="/start\n1\nAcme Robotics\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert "[1] Prepare for an interview" in first
    assert "which role at Acme Robotics" in first
    # The time zone is asked once, before the first date question.
    second = subprocess.run(
        cli,
        input="Inside sales\nLondon\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert "Which time zone are you in?" in second
    assert "When is the interview?" in second


def test_missing_configuration_is_one_clear_line(tmp_path: Path) -> None:
    env = {"PATH": "", "TELEGRAM_BOT_TOKEN": "", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "telegram"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert out.returncode == 2
    assert out.stderr.strip() == "pivotbot: TELEGRAM_BOT_TOKEN is not set (see .env.example)"


def test_report_command_writes_every_format_and_refuses_bad_input(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from seed_report import seed

    db = tmp_path / "seeded.db"
    seed(db, people=520)
    cli = [sys.executable, "-m", "bot.cli", "report", "--db", str(db)]
    out = subprocess.run(
        [*cli, "--format", "json"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert json.loads(out.stdout)["workspace"] is None
    written = subprocess.run(
        [*cli, "--format", "markdown,json,html", "-o", str(tmp_path / "r.md")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert written.stdout.count("wrote ") == 3
    assert (tmp_path / "r.html").read_text().count("data:image/png;base64,") >= 1
    bad = subprocess.run([*cli, "--since", "last year"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and bad.stderr.startswith("pivotbot: --since takes a date")


def test_coverage_lists_what_no_script_reached_and_fails() -> None:
    cli = [sys.executable, "-m", "bot.cli", "test", "--coverage"]
    one = subprocess.run(
        [*cli, "tests/conversations/03_go_for_the_job.yaml"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert one.returncode == 1
    assert "state not reached: rehearse.feedback" in one.stdout
    assert "transition not taken: debrief.more --more--> debrief.person.name" in one.stdout
    assert one.stdout.rstrip().endswith("1 passed, 0 failed")
    full = subprocess.run([*cli, "tests/conversations"], capture_output=True, text=True, cwd=ROOT)
    assert full.returncode == 0, full.stdout[-2000:]
    # the coverage report's own lines, not words a script's description may use
    assert "state not reached:" not in full.stdout
    assert "transition not taken:" not in full.stdout


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("dont know", "Don't know"),
        ("DONT KNOW.", "Don't know"),
        ("i didnt catch the name", "I didn't catch the name"),
        ("yes i did", "Yes, I did"),
        ("its already happened", "It's already happened"),
    ],
)
def test_a_label_typed_without_its_apostrophe_or_comma_is_that_button(
    typed: str, label: str
) -> None:
    choices = [
        Choice("Don't know", "skip"),
        Choice("I didn't catch the name", "unnamed"),
        Choice("Yes, I did", "yes"),
        Choice("It's already happened", "done"),
    ]
    picked = match_choice(typed, choices, fuzzy=False)
    assert picked is not None and picked.label == label
