"""The package as a user installs it: a wheel in a fresh venv outside the repository.

Slow (about 30 s: a wheel build and two installs, served by pip's cache or the package index),
so marked ``slow``; it stays in the normal suite. ``pytest -m "not slow"`` leaves it out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "bot", "flows", "adapters")
SCRIPT = """\
name: installed wheel, first steps
steps:
  - say: /start
    expect:
      - contains: networking
      - buttons_include: [Prepare for an interview]
  - tap: Prepare for an interview
  - say: Acme Robotics
    expect: {regex: "(?i)which role at Acme Robotics"}
"""


class Installed:
    """A venv in a temporary folder outside the repository, and a cwd beside it."""

    def __init__(self, base: Path) -> None:
        self.venv = base / "venv"
        self.bin = self.venv / ("Scripts" if os.name == "nt" else "bin")
        self.python = self.bin / ("python.exe" if os.name == "nt" else "python")
        self.cwd = base / "work"
        self.cwd.mkdir()
        # Nothing may lead back to the checkout: no PYTHONPATH, no active venv, no .env.
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("PIVOTBOT")
        }

    def pip_install(self, requirement: str) -> None:
        pip = [sys.executable, "-m", "pip", "--python", str(self.python)]
        subprocess.run(
            [*pip, "install", "-qq", "--disable-pip-version-check", requirement],
            check=True,
            env=self.env,
            cwd=self.cwd,
        )

    def pivotbot(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """``pivotbot ARGS`` from the venv, reporting every module it imports on stderr."""
        return subprocess.run(
            [str(self.bin / "pivotbot"), *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.cwd,
            env={**self.env, "PYTHONPROFILEIMPORTTIME": "1"},
            timeout=120,
        )


def imported(stderr: str) -> set[str]:
    """Module names in ``-X importtime`` output (``import time: self | cumulative | name``)."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def said(out: subprocess.CompletedProcess[str]) -> str:
    """stderr without the import-time lines."""
    lines = out.stderr.splitlines()
    return "\n".join(line for line in lines if not line.startswith("import time:"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the package's sources (no stale build/ can slip in)."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, src / name)
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-qq", "--no-deps", "-w", str(dist), str(src)],
        check=True,
    )
    (built,) = dist.glob("pivotbot-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed")
    assert ROOT not in base.parents and base not in ROOT.parents
    env = Installed(base)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env.venv)], check=True)
    yield env


def test_the_wheel_holds_the_packages_their_content_and_no_tests(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"bot", "flows", "adapters"}
    assert "adapters/testing/telegram_driver.py" in names
    assert "adapters/testing/slack_api.py" in names
    assert "adapters/testing/openai_api.py" in names and "adapters/llm.py" in names
    assert "flows/pivot/content/judge.yaml" in names
    assert any(n.startswith("flows/pivot/content/") and n.endswith(".yaml") for n in names)


def test_installed_core_then_extras_run_scripts_outside_the_repository(
    installed: Installed, wheel: Path
) -> None:
    script = installed.cwd / "first_steps.yaml"
    script.write_text(SCRIPT, encoding="utf-8")

    # The core alone: the console and the engine's scripts; the platforms say what is missing.
    installed.pip_install(str(wheel))
    where = subprocess.run(
        [str(installed.python), "-c", "import bot, flows, adapters; print(bot.__file__)"],
        capture_output=True,
        text=True,
        cwd=installed.cwd,
        env=installed.env,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(installed.venv)
    chat = installed.pivotbot("console", "--db", "chat.db", stdin="/start\n1\nAcme Robotics\n")
    assert chat.returncode == 0, said(chat)
    assert "which role at Acme Robotics" in chat.stdout
    assert not {"telegram", "slack_bolt", "numpy"} & imported(chat.stderr)
    engine = installed.pivotbot("test", script.name)
    assert engine.stdout.rstrip().endswith("1 passed, 0 failed"), engine.stdout + said(engine)
    bot = installed.pivotbot("telegram")
    assert (bot.returncode, said(bot)) == (
        2,
        "pivotbot: Telegram support is not installed: pip install 'pivotbot[telegram]'",
    )

    # With the platforms: the real adapters against the fake servers shipped in the package.
    installed.pip_install(f"pivotbot[telegram,slack] @ {wheel.as_uri()}")
    for via, sdk in (("telegram", "telegram"), ("slack", "slack_bolt")):
        out = installed.pivotbot("test", "--via", via, script.name)
        assert out.returncode == 0, out.stdout + said(out)
        assert out.stdout.rstrip().endswith("1 passed, 0 failed"), out.stdout
        modules = imported(out.stderr)
        assert {sdk, f"adapters.testing.{via}_api"} <= modules, "not through the SDK and fake"
        assert not {m for m in modules if m.split(".")[0] == "tests"}, "imported the tests"
