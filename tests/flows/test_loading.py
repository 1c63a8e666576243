"""Loading: importing the flow reads no file; building it reads its words and rules once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Records every file opened after the hook is installed, then imports every flow module.
PROBE = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
import flows.pivot, flows.pivot.scoring, flows.pivot.interviewer, flows.pivot.feedback
import flows.pivot.practice, flows.pivot.judge_model, flows.pivot.interviewer_model
print([p for p in opened if p.endswith((".yaml", ".yml")) or "pivotbot-cache" in p])
if "--build" in sys.argv:
    flows.pivot.build_flow()
    flows.pivot.scoring.score("Thanks.", flows.pivot.scoring.Context())
    print(sorted({p.rsplit("/", 1)[-1] for p in opened if p.endswith(".yaml")}))
    print(len([p for p in opened if p.endswith("rehearsal.yaml")]))
"""


def _probe(*args: str) -> list[str]:
    """Run the probe with an empty start-up cache (``bot.cache``), so the words come from YAML."""
    import os
    import tempfile

    with tempfile.TemporaryDirectory(prefix="pivotbot-cache-") as cache:
        out = subprocess.run(
            [sys.executable, "-c", PROBE, *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
            env={**os.environ, "PIVOTBOT_CACHE_DIR": cache},
        )
    return out.stdout.splitlines()


def test_importing_the_flow_reads_no_content() -> None:
    assert _probe() == ["[]"]


def test_building_the_flow_reads_the_words_and_rules_once() -> None:
    imported, loaded, rules_reads = _probe("--build")
    assert imported == "[]"
    assert "rehearsal.yaml" in loaded and "core.yaml" in loaded
    assert rules_reads == "1"  # scoring after the build reuses the rules the build loaded


def test_yaml_is_read_with_libyaml_when_it_is_installed() -> None:
    import yaml

    from bot import content

    expected = "CSafeLoader" if getattr(yaml, "__with_libyaml__", False) else "SafeLoader"
    assert content._LOADER.__name__ == expected
