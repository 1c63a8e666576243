"""Finding one's way (review 7, findings 2-4): the menu's entries keep their labels and numbers
on every screen that lists them, near spellings of buttons and commands are read as what they
are near (and only then), and an agreement is never a typed answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.engine import Engine
from bot.flow import near_choices
from bot.messages import Choice, ConversationKey, Inbound
from bot.store import open_store
from flows.pivot import build_flow

MENU = build_flow()
KEY = ConversationKey("console", "local", "nav")


def _listed(state: str) -> list[tuple[str, str]]:
    return [(label, value) for label, value in MENU.content.state(state).get("choices", [])]


def test_menu_entries_have_one_label_and_number_on_every_screen_listing_them() -> None:
    menu = _listed("menu")
    entries = {value for _, value in menu if value != "menu"}
    screens = {state: _listed(state) for state in MENU.steps if state != "menu"}
    screens = {s: ls for s, ls in screens.items() if len({v for _, v in ls} & entries) >= 3}
    assert {"welcome", "about"} <= set(screens)  # the screens a student meets first
    for state, listed in screens.items():
        for n, (label, value) in enumerate(listed, 1):
            if value in entries:
                assert (n, label) == next(
                    (m, lab) for m, (lab, v) in enumerate(menu, 1) if v == value
                ), f"{state}: {label!r} is number {n} there"


BUTTONS = [
    Choice("Prepare for an interview", "prepare"),
    Choice("Debrief an interview", "debrief"),
    Choice("Practise a pivot", "rehearse"),
    Choice("How does this work?", "about"),
    Choice("My drafts", "mydrafts"),
    Choice("My contacts and follow-ups", "contacts"),
]


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("prepair", ["prepare"]),
        ("Debreif!", ["debrief"]),
        ("contcts", ["contacts"]),
        ("practis pivot", ["rehearse"]),
        ("my draft", ["mydrafts"]),
        ("prepare for an intervew", ["prepare"]),
        ("interviews", ["prepare", "debrief"]),  # a word both share: both, to pick from
        # Not slips of a label: other words, or a label's word among others.
        ("hello", []),
        ("whatever", []),
        ("a new interview please", []),
        ("the drafts one", []),
    ],
)
def test_near_spellings_of_buttons(typed: str, want: list[str]) -> None:
    assert [c.value for c in near_choices(typed, BUTTONS)] == want


def test_one_letter_from_another_short_word_is_not_a_slip() -> None:
    onward = [Choice("Next line", "next"), Choice("Stop", "stop"), Choice("Try that again", "x")]
    assert near_choices("fine", onward) == []
    assert near_choices("shop", onward) == []
    assert [c.value for c in near_choices("nxt line", onward)] == ["next"]


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("folowups", "followups"),
        ("timzone", "timezone"),
        ("reminders", "followups"),
        ("Practice", "rehearse"),
        ("rehersal", "rehearse"),
        ("contact", "contacts"),
        ("mydta", "mydata"),
        ("forgt", "forget"),
        ("hello", None),
        ("pizza", None),
        ("go", None),
        ("two words", None),
    ],
)
def test_near_spellings_of_commands(typed: str, want: str | None) -> None:
    assert MENU.near_command(typed) == want


async def _say(engine: Engine, text: str, n: int) -> list[str]:
    replies = await engine.handle(Inbound(KEY, text=text, event_id=f"nav-{n}"))
    engine.delivered(replies)
    return [r.text for r in replies]


async def test_a_near_command_that_erases_is_only_named(tmp_path: Path) -> None:
    engine = Engine(build_flow(), open_store(tmp_path / "nav.db"), clock=ManualClock())
    try:
        await _say(engine, "/menu", 0)
        said = await _say(engine, "/fogret", 1)
        assert "Did you mean /forget? If so, type it in full." in said[0]
        assert engine.state_of(KEY) == "menu"  # nothing erased, nothing asked to confirm
        said = await _say(engine, "1", 2)  # the menu's own button 1, not a confirmation
        assert engine.state_of(KEY) == "intake.company"
        said = await _say(engine, "/restrat", 3)
        assert "Did you mean /restart?" in said[0]
        assert engine.state_of(KEY) == "intake.company"
    finally:
        engine.close()
