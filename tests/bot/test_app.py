"""The composition root: flows by dotted name, adapters and extras only when asked for."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from bot import app
from bot.errors import FlowError, MissingExtra
from bot.messages import ConversationKey, Inbound

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "flows", "adapters")


async def test_make_engine_runs_the_named_flow_and_traces_it(tmp_path: Path) -> None:
    trace: set[tuple[str, str, str]] = set()
    engine = app.make_engine(tmp_path / "a.db", trace=trace, flow="flows.pivot:build_flow")
    try:
        key = ConversationKey("console", "local", "ann")
        replies = await engine.handle(Inbound(key, text="/start", event_id="1"))
        assert replies and engine.state_of(key) in {dest for _, _, dest in trace}
    finally:
        engine.close()


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("flows.nowhere:build_flow", "there is no module 'flows.nowhere'"),
        ("flows.pivot:no_such_function", "flows.pivot has no function no_such_function"),
    ],
)
def test_a_flow_name_that_leads_nowhere_is_one_flow_error(name: str, says: str) -> None:
    with pytest.raises(FlowError, match=says):
        app.load_flow(name)


def test_importing_the_root_and_the_cli_loads_no_flow_and_no_adapter() -> None:
    code = (
        "import sys, bot.app, bot.cli;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('flows', 'adapters', 'telegram', 'slack_bolt', 'slack_sdk', 'tests')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


_SERVING = """
import gc, sys, tempfile, time
from pathlib import Path
from bot import app
from flows.pivot import rules, scoring

with tempfile.TemporaryDirectory() as tmp:
    engine = app.make_engine(Path(tmp) / "a.db", flow="flows.pivot:build_flow")
    app.ready_for_traffic(*([engine] if sys.argv[1] == "engine" else []))
    compiled = rules.rules.cache_info().currsize
    scoring.analyse("I'd love to stay in touch.", scoring.Context(company="Gridline")).score
    judge = rules.rules()
    tracked = any(o is judge for o in gc.get_objects())
    engine.close()
print(compiled, tracked)
"""


@pytest.mark.parametrize(
    ("given", "compiled", "tracked"), [("engine", 1, False), ("none", 0, True)]
)
def test_a_server_compiles_the_judge_before_traffic_and_freezes_it(
    given: str, compiled: int, tracked: bool
) -> None:
    """``pivotbot telegram|slack`` call ``ready_for_traffic(engine)``: the pivot flow's rules
    are compiled then (a student's first rehearsal answer does not wait about a second for
    them) and frozen with the rest of start-up, so no full collection scans them while serving.
    Without the engine (as before), the first answer compiles them, and they stay tracked."""
    out = subprocess.run(
        [sys.executable, "-c", _SERVING, given],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert out.stdout.split() == [str(compiled), str(tracked)]


def test_no_package_module_imports_the_tests() -> None:
    offenders = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                offenders += [
                    f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] == "tests"
                ]
    assert offenders == []


def test_a_missing_extra_names_the_pip_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "slack_sdk", None)  # as if never installed
    with pytest.raises(MissingExtra) as raised:
        app.adapter("slack")
    assert str(raised.value) == "Slack support is not installed: pip install 'pivotbot[slack]'"
    app.require("telegram")  # installed here: no complaint
    assert app.adapter("console").__name__ == "adapters.console"


def _cli_without(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``pivotbot ARGS`` in a process where ``module`` cannot be imported."""
    code = (
        f"import sys; sys.modules[{module!r}] = None\n"
        f"from bot.cli import main; main({list(args)!r})"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PATH": "", "HOME": str(cwd), "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize(
    ("module", "args", "line"),
    [
        (
            "telegram",
            ("telegram",),
            "pivotbot: Telegram support is not installed: pip install 'pivotbot[telegram]'",
        ),
        (
            "slack_bolt",
            ("slack", "--http"),
            "pivotbot: Slack support is not installed: pip install 'pivotbot[slack]'",
        ),
        (
            "aiohttp",
            ("test", "--via", "telegram", str(ROOT / "tests/conversations/03_go_for_the_job.yaml")),
            "pivotbot: Telegram support is not installed: pip install 'pivotbot[telegram]'",
        ),
        (
            "matplotlib",
            ("report", "--format", "markdown,html"),
            "pivotbot: The HTML report's charts are not installed: pip install 'pivotbot[report]'",
        ),
    ],
)
def test_a_command_without_its_extra_stops_with_one_line(
    tmp_path: Path, module: str, args: tuple[str, ...], line: str
) -> None:
    out = _cli_without(module, *args, cwd=tmp_path)
    assert (out.returncode, out.stderr.strip(), out.stdout) == (2, line, "")
