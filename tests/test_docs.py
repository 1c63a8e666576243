"""The docs that are generated from the code are up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_pivot_transcript_page_is_the_script_played_now() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_transcript.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
