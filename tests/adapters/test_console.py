"""The console adapter driven as a person would: lines piped in (or typed at a prompt), the
screen read back. Every button on screen has its own number, any label on screen is a tap,
and /quit, quit, exit leave."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path
from typing import TextIO

import pytest

from adapters import console
from bot.clock import ManualClock
from bot.engine import Engine
from bot.messages import Choice, ConversationKey, Reply
from bot.store import Session

USER = "ann"
KEY = ConversationKey("console", "local", USER)
# The intake done for an interview on Thursday 3 December (tests/conversations/fixtures).
TRIAGE = {
    "company": "Verdant Grid",
    "role": "Inside sales representative",
    "interview_date": "2026-12-03",
    "draws": "the grid-forecasting launch",
    "company_fit": 5,
    "role_fit": 2,
    "target": "product analytics",
}
# From triage to the pivot plan (which sets the thank-you reminder), then to the follow-ups page.
TO_PLAN = "Sounds right\nI can't think of one yet\n"
TO_FOLLOWUPS = "/contacts\nFollow-ups\n"
# From the clock's start (Wed 25 Nov, 09:00 UTC) to the morning of the interview, when the
# thank-you is due.
DUE_DAY = timedelta(days=8)


def seed(engine: Engine, state: str = "triage") -> None:
    session = Session(state, dict(TRIAGE), engine.flow.version)
    engine.store.save(KEY, session, engine.clock.now())


async def play(engine: Engine, lines: str, files: Path) -> str:
    """Pipe ``lines`` into the console; what it printed."""
    out = io.StringIO()
    await console.run(engine, USER, io.StringIO(lines), out, files)
    return out.getvalue()


def after(screen: str, line: str) -> str:
    """What the console printed in answer to the last time ``line`` was typed (piped input is
    not echoed, so the answers are told apart by what they say)."""
    return screen.rsplit(line, 1)[-1]


def test_buttons_are_numbered_on_across_messages_and_labels_are_matched() -> None:
    buttons = [
        Choice("Done", "fu:done:1"),
        Choice("Skip", "fu:skip:1"),
        Choice("Main menu", "menu"),
    ]
    assert console.render(Reply("Next up", buttons[2:]), 3) == "Next up\n  [3] Main menu"
    assert console.find_buttons("3", buttons) == [buttons[2]]
    assert console.find_buttons(" done ", buttons) == [buttons[0]]
    assert console.find_buttons("4", buttons) == []
    twice = [*buttons, Choice("Done", "fu:done:2")]
    assert console.find_buttons("Done", twice) == [twice[0], twice[3]]
    # The same button shown twice is still one button.
    assert console.find_buttons("Main menu", [*buttons, buttons[2]]) == [buttons[2]]


async def test_follow_up_numbers_continue_under_the_page_buttons(
    engine: Engine, clock: ManualClock, tmp_path: Path
) -> None:
    seed(engine)
    await play(engine, TO_PLAN, tmp_path)
    clock.advance(DUE_DAY)  # the thank-you's day: "Remind me tomorrow" is offered only when due
    screen = await play(engine, TO_FOLLOWUPS + "1\n", tmp_path)
    page = after(screen, "Coming up")
    assert re.search(r"\[1\] Done\s+\[2\] Remind me tomorrow\s+\[3\] Skip", page)
    assert re.search(r"\[4\] Back to contacts\s+\[5\] Main menu", page)
    # "1" is the reminder's Done, not the first button of the list under it.
    assert "Nice work" in screen
    assert not engine.store.records("followups", KEY, status="pending")


async def test_a_reminder_button_is_tapped_by_its_label_with_another_list_on_screen(
    engine: Engine, clock: ManualClock, tmp_path: Path
) -> None:
    seed(engine)
    await play(engine, TO_PLAN, tmp_path)
    clock.advance(DUE_DAY)
    screen = await play(engine, TO_FOLLOWUPS + "Remind me tomorrow\n", tmp_path)
    # On the thank-you's own day (Thu 3 Dec) the button means what it says: back on Fri 4 Dec.
    assert "I'll remind you again tomorrow." in screen
    assert "by Fri 4 Dec, 5 pm" in after(screen, "again tomorrow")
    assert "didn't catch" not in screen
    (row,) = engine.store.records("followups", KEY)
    assert row["status"] == "snoozed"


async def test_a_label_on_several_buttons_asks_for_the_number(
    engine: Engine, clock: ManualClock, tmp_path: Path
) -> None:
    seed(engine)
    # A second follow-up: the check-in in three months.
    await play(
        engine, TO_PLAN + "If I decide to decline\nRemind me to check in in 3 months\n", tmp_path
    )
    clock.advance(DUE_DAY)
    screen = await play(engine, TO_FOLLOWUPS + "Done\n4\n", tmp_path)
    assert re.search(r"\[1\] Done\s+\[2\] Remind me tomorrow\s+\[3\] Skip", screen)
    # The check-in months ahead has no "Remind me tomorrow": it is not due.
    assert re.search(r"\[4\] Done\s+\[5\] Skip", screen)
    assert "More than one button says “Done”: type [1] or [4]." in screen
    done = engine.store.records("followups", KEY, status="done")
    assert [row["kind"] for row in done] == ["keep_warm"]


async def test_a_reminder_that_fires_numbers_on_from_the_question(
    engine: Engine, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(engine)
    await play(engine, TO_PLAN, tmp_path)
    read = console._read

    def waiting(stdin: TextIO, prompt: str) -> str | None:
        """The person waits until past 17:00 on the interview day before typing /menu, so the
        thank-you reminder comes under the menu."""
        line = read(stdin, prompt)
        if line == "/menu\n":
            clock.advance(timedelta(days=8, hours=8))
        return line

    monkeypatch.setattr(console, "_read", waiting)
    out = io.StringIO()
    await console.run(engine, USER, io.StringIO("/menu\nDone\n"), out, tmp_path)
    screen = out.getvalue()
    # The menu's six buttons (with "My drafts"), then the reminder's three.
    assert re.search(r"\[6\] My contacts and follow-ups\s+How did the interview", screen)
    assert re.search(r"\[7\] Done\s+\[8\] Remind me tomorrow\s+\[9\] Skip", screen)
    assert "Nice work" in screen
    (row,) = engine.store.records("followups", KEY)
    assert row["status"] == "done"


@pytest.mark.parametrize("word", ["/quit", "quit", "exit", "/exit", "  Quit "])
async def test_quit_words_leave(word: str, engine: Engine, tmp_path: Path) -> None:
    screen = await play(engine, f"/start\n{word}\n/contacts\n", tmp_path)
    assert "Prepare for an interview" in screen
    assert "haven't saved any contacts" not in screen
    assert engine.state_of(KEY) == "welcome"


async def test_the_first_screen_says_how_to_leave(engine: Engine, tmp_path: Path) -> None:
    screen = await play(engine, "/start\n", tmp_path)
    first = screen.splitlines()[0]
    assert "/quit" in first


async def test_a_restart_shows_the_screen_the_conversation_waits_on(
    engine: Engine, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a terminal, coming back draws the current page (here the contacts list) under any
    reminder that fell due meanwhile, numbered on from the reminder's buttons."""
    seed(engine)
    await play(engine, TO_PLAN + "/contacts\n", tmp_path)
    clock.advance(timedelta(days=8, hours=8))
    fresh = type(engine)(engine.flow, engine.store, clock)  # the same database, a new process
    typed = iter(["2"])

    def answer(prompt: str) -> str:
        try:
            return next(typed)
        except StopIteration:
            raise EOFError from None

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("builtins.input", answer)
    out = io.StringIO()
    await console.run(fresh, USER, Terminal(), out, tmp_path)
    screen = out.getvalue()
    assert screen.startswith("Picking up where you left off.") and "/quit" in screen
    assert re.search(r"\[1\] Done\s+\[2\] Remind me tomorrow\s+\[3\] Skip", screen)
    assert "haven't saved any contacts yet" in screen
    assert re.search(r"\[4\] Add a contact\s+\[5\] Follow-ups\s+\[6\] Main menu", screen)
    assert "I'll remind you again tomorrow" in screen


FIRST_REPLY_PROBE = """
import io, sys
from pathlib import Path
from bot import app
from adapters import console

class Screen(io.StringIO):
    def write(self, text):
        n = super().write(text)
        self.loaded.append((len(self.getvalue()), "asyncio" in sys.modules))
        return n

out = Screen()
out.loaded = []
engine = app.make_engine(sys.argv[1])
console.main(engine, "ann", io.StringIO(sys.argv[2]), out, Path(sys.argv[1]).parent)
text = out.getvalue()
# The whole first reply (the welcome's text and buttons), or all there is.
end = text.index("\\n\\n", text.index("[4]")) if "[4]" in text else len(text)
print(text)
print("ASYNCIO BEFORE FIRST REPLY:", any(flag for at, flag in out.loaded if at <= end + 2))
print("ASYNCIO AFTER:", "asyncio" in sys.modules)
"""


def run_probe(db: Path, lines: str) -> str:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", FIRST_REPLY_PROBE, str(db), lines],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_the_first_reply_comes_before_the_event_loop_and_the_chat_goes_on(
    tmp_path: Path,
) -> None:
    db = tmp_path / "first.db"
    screen = run_probe(db, "/start\n1\nAcme Robotics\n")
    assert "ASYNCIO BEFORE FIRST REPLY: False" in screen  # the first reply needed no loop
    assert "ASYNCIO AFTER: True" in screen  # the rest went through the relay as before
    assert "Where would you like to start?" in screen
    assert "Which company" in after(screen, "[4] How does this work?")
    assert "which role at Acme Robotics" in screen
    # Its rows were handled as the relay would: nothing left in the inbox or the outbox.
    again = run_probe(db, "/quit\n")
    assert "ASYNCIO AFTER: False" in again and "which role" not in again.split("leaves.")[-1]


def test_a_reply_left_by_a_crash_is_printed_before_the_first_line(
    engine: Engine, tmp_path: Path
) -> None:
    seed(engine)
    engine.store.queue(KEY, [Reply("A reply a crash left unsent")], engine.clock.now())
    out = io.StringIO()
    console.main(engine, USER, io.StringIO("/help\n"), out, tmp_path)  # through the relay
    screen = out.getvalue()
    assert screen.index("A reply a crash left unsent") < screen.index("Commands")
    assert engine.pending() == [] and engine.store.inbox_of(KEY) == []


def test_the_first_line_after_a_restart_answers_the_question_shown_again(tmp_path: Path) -> None:
    """Two console runs piped against the same database: the first line of the second run is
    typed to a question its screen no longer shows. It is taken as its answer (a button's
    number here), saying what it was taken as; a line that is no answer gets the question's
    usual refusal, above the question and its buttons, shown once."""
    db = tmp_path / "again.db"
    run_probe(db, "/debrief\nVerdant Grid\nSales representative\nIST\nyesterday\n")
    screen = run_probe(db, "2\n")
    assert "Taken as “I tried, partly”." in screen
    assert "How did it go?" in after(screen, "Taken as “I tried, partly”.")
    assert "[2] I tried, partly" not in screen  # answered: its buttons are not offered again
    screen = run_probe(db, "/back\n")
    assert "Did you get to make the pivot" in screen
    screen = run_probe(db, "no idea\n")
    assert "I didn't catch which one you meant by “no idea”." in screen
    assert "I haven't used" not in screen
    assert "Did you get to make the pivot" in after(screen, "I didn't catch which one")
    assert screen.count("[1] Yes, I did") == 1


async def test_mydata_is_saved_for_each_user_apart_and_shows_no_stale_buttons(
    engine: Engine, tmp_path: Path
) -> None:
    """Two people using the console in one directory: each /mydata goes to a file of their own
    (readable by its owner only), holding their data and not the other's; the file comes with
    no buttons under it, and the page's buttons follow under a line saying how to carry on."""
    seed(engine)
    await play(engine, TO_PLAN + "If I decide to decline\n", tmp_path)
    screen = await play(engine, "/mydata\n", tmp_path)
    other = io.StringIO()
    await console.run(engine, "bo", io.StringIO("/start\n/mydata\n"), other, tmp_path)
    ann, bo = tmp_path / "pivotbot-my-data-ann.json", tmp_path / "pivotbot-my-data-bo.json"
    assert f"(saved to {ann})" in screen and f"(saved to {bo})" in other.getvalue()
    assert not (tmp_path / "pivotbot-my-data.json").exists()
    assert "Verdant Grid" in ann.read_text(encoding="utf-8")
    assert "Verdant Grid" not in bo.read_text(encoding="utf-8")
    assert ann.stat().st_mode & 0o777 == 0o600
    # The file's message ends at the saved line: no button is numbered before the next message.
    sent, carry_on = after(screen, "JSON file").split("(saved to", 1)
    assert "[1]" not in sent
    assert "To carry on where you were" in carry_on and "[1] Remind me to check in" in carry_on


def test_a_user_name_never_leaves_the_files_directory(tmp_path: Path) -> None:
    path = console.file_for(tmp_path, "../../etc/x y", "pivotbot-my-data.json")
    assert path.parent == tmp_path
    assert path.name == "pivotbot-my-data-_.._etc_x_y.json"
