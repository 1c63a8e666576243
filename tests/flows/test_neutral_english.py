"""Words a student anywhere reads the same way: no British-only idioms in what the bot says.

A student in Austin or Toronto is told "I'm happy to fit around your diary" as readily as one in
Leeds is told "fit your calendar": both read as foreign. Every text, label and question the bot
shows (and every draft it writes for the student to send) is checked for the idioms and the
British-only spellings a North American reader would trip on in a note they send. The judge's
files (``judge.yaml``: the model's instructions, ``rehearsal.yaml``: patterns and role-play
lines) are another team's and are left out here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.content import Content

CONTENT = Path(__file__).parents[2] / "flows" / "pivot" / "content"
NOT_OURS = {"judge.yaml", "rehearsal.yaml"}

# Each with a neutral way to say it (the wording used instead).
BRITISH_ONLY = {
    r"\bdiary\b": "calendar, schedule",
    r"\bfortnight": "two weeks",
    r"\bCVs?\b": "résumé",
    r"\blovely\b": "great, nice",
    r"\brealis(?:e|ed|es|ing)\b": "see, come to see",
    r"\bcriticis": "speak against",
    r"\bfavour": "goodwill, help",
    r"\bwhilst\b": "while",
    r"\bstraight away\b": "right away",
    r"\bat the weekend\b": "on the weekend",
    r"\breckon\b": "think",
    r"\bfancy\b": "like",
    r"\bcheers\b": "thanks",
    r"\bbrilliant\b": "great",
    r"\bmobile\b": "phone",
}


def shown() -> Iterator[tuple[str, str]]:
    """(where, words) for everything the bot can show: texts, labels, questions, help, buttons."""
    for path in sorted(CONTENT.glob("*.yaml")):
        if path.name in NOT_OURS:
            continue
        content = Content.load(path)
        for name, text in content.texts.items():
            yield f"{path.name} text {name}", text
        for name, label in content.labels.items():
            yield f"{path.name} label {name}", label
        for state, words in content.states.items():
            for key in ("say", "help"):
                if key in words:
                    yield f"{path.name} {state}.{key}", str(words[key])
            for label, _trigger in words.get("choices", []):
                yield f"{path.name} {state} button", label


def test_the_content_is_read_at_all() -> None:
    found = list(shown())
    assert len(found) > 200
    assert any("work around your schedule" in words for _, words in found)


@pytest.mark.parametrize("pattern", sorted(BRITISH_ONLY))
def test_no_british_only_idiom_is_shown(pattern: str) -> None:
    found = [
        f"{where}: {words.strip()[:80]!r}"
        for where, words in shown()
        if re.search(pattern, words, flags=re.I if pattern != r"\bCVs?\b" else 0)
    ]
    assert not found, f"say {BRITISH_ONLY[pattern]!r} instead: {found}"
