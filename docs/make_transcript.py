"""Write docs/transcript-pivot.md from the scripted conversation it shows.

    .venv/bin/python docs/make_transcript.py            # rewrites docs/transcript-pivot.md
    .venv/bin/python docs/make_transcript.py --check    # exit 1 if the file is out of date

The conversation is tests/conversations/99_transcript_maya.yaml: a scripted conversation like the
others (the test suite plays it, with its assertions), played here through the engine on the
scripts' fixed clock (Wednesday 25 November 2026, 09:00 UTC), so the page is the same on every
run. Each ``advance`` step (time passing) starts a new part of the page.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import scripts  # noqa: E402
from bot.app import make_engine  # noqa: E402

SCRIPT = ROOT / "tests" / "conversations" / "99_transcript_maya.yaml"
PAGE = ROOT / "docs" / "transcript-pivot.md"

INTRO = """\
# A full conversation: the pivot path

Maya has just graduated in economics. During her placement year she built the usage dashboard her
team's account managers used for renewals, and she wants to work in product analytics. She has an
interview tomorrow at Verdant Grid, a climate-software company she admires, but for a sales
development role: the company is right, the job is not. This is her whole conversation with
Pivotbot: the intake and triage, her pivot plan, a rehearsal against a sceptical interviewer with
one retry, and, after the interview, the debrief that turns the people she met into contacts,
records who offered what and what she promised, and drafts her notes.

How it was made: `.venv/bin/python docs/make_transcript.py` plays the scripted conversation
`tests/conversations/99_transcript_maya.yaml` through the engine, on the scripts' fixed clock
(Wednesday 25 November 2026, 09:00 in London), and writes this page; the test suite plays the same
script and checks it. Lines starting with `>` are Maya's (`[label]` is a button she tapped);
everything else is the bot, with its buttons numbered as the console shows them.
"""
PARTS = ("Part 1: the day before: plan and rehearsal", "Part 2: after the interview")


def render(transcript: list[str], typed: list[str]) -> str:
    """The runner's transcript lines as the page's Markdown: a text block per part. ``typed``
    are the script's ``say`` lines in order (the transcript shortens long ones)."""
    said = iter(typed)
    out = [INTRO]
    part = 0
    out += [f"## {PARTS[0]}", "", "```text"]
    lines = [part for entry in transcript for part in entry.split("\n")]
    for line in lines:
        if line.startswith("(clock +"):
            part += 1
            heading = PARTS[min(part, len(PARTS) - 1)]
            out += ["```", "", f"## {heading}", "", "```text"]
            continue
        if line.startswith("user taps: "):
            out += ["", "> " + line.removeprefix("user taps: "), ""]
        elif line.startswith("user: "):
            out += ["", "> " + next(said), ""]
        elif line.startswith("bot: "):
            out.append(line.removeprefix("bot: "))
        elif line.startswith("     "):
            out.append(line[5:])
        else:
            out.append(line)
    out += ["```", ""]
    return "\n".join(_tidy(out))


def _tidy(lines: list[str]) -> list[str]:
    """No two blank lines in a row, none just inside a text block."""
    kept: list[str] = []
    for line in lines:
        if not line.strip() and (not kept or not kept[-1].strip() or kept[-1] == "```text"):
            continue
        if line == "```" and kept and not kept[-1].strip():
            kept.pop()
        kept.append(line.rstrip())
    return kept


def main() -> int:
    script = scripts.load_script(SCRIPT)
    result = asyncio.run(scripts.run_script(script, make_engine))
    if not result.passed:
        print(scripts.format_result(result), file=sys.stderr)
        return 1
    typed = [str(step["say"]) for step in script.steps if "say" in step]
    page = render(result.transcript, typed)
    if "--check" in sys.argv[1:]:
        if PAGE.read_text(encoding="utf-8") != page:
            print(f"{PAGE.relative_to(ROOT)} is out of date: run docs/make_transcript.py")
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
