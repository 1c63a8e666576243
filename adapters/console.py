"""Console adapter: chat with the bot in a terminal, interactively or from piped stdin.

Like every adapter it goes through the relay (``bot.relay``): each typed line is stored, then
processed in the conversation's lane, and the relay hands each reply to :meth:`Console.send`,
which prints it.

``pivotbot console`` runs :func:`main`: when an earlier run left nothing to catch up on, the first
line is stored and answered before the event loop (and ``asyncio``, a third of the start-up) is
even imported, so the first reply comes as soon as the engine has it; then :func:`run` goes on.

Every button on screen has its own number: the buttons of all the replies since the user's last
line are numbered on from one another, so a reminder's Done / Remind me tomorrow / Skip and the
question under it never share a number. A line is a tap when it is one of those numbers or the
label of one of those buttons; anything else is typed text.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.markup import to_plain
from bot.messages import Choice, ConversationKey, Inbound, Reply

if TYPE_CHECKING:  # the relay (and asyncio under it) is imported once the first reply is out
    from bot.engine import Engine
    from bot.relay import Parcel

TICK_SECONDS = 30
QUIT = ("/quit", "quit", "/exit", "exit")
HELLO = "Pivotbot in your terminal. Type a button's number or its label; /quit leaves."
BACK = "Picking up where you left off. /help lists commands; /quit leaves."


def render(reply: Reply, first: int = 1) -> str:
    """A reply as terminal text: plain text, then its buttons as ``[n] Label`` lines, numbered
    from ``first``."""
    lines = [to_plain(reply.text)]
    lines.extend(f"  [{n}] {c.label}" for n, c in enumerate(reply.choices, first))
    return "\n".join(lines)


def find_buttons(line: str, buttons: list[Choice]) -> list[Choice]:
    """The buttons on screen that a typed line names: the one with that number, or every button
    with that label (several when different messages offer the same label). Empty when none."""
    text = line.strip()
    if text.isdigit():
        n = int(text)
        return [buttons[n - 1]] if 1 <= n <= len(buttons) else []
    named = {c.value: c for c in buttons if c.label.casefold() == text.casefold()}
    return list(named.values())


def to_inbound(key: ConversationKey, line: str, buttons: list[Choice]) -> Inbound:
    """A typed line: a tap when it names exactly one button on screen, else the text itself."""
    event_id = _event_id()
    found = find_buttons(line, buttons)
    if len(found) == 1:
        return Inbound(key, choice=found[0].value, event_id=event_id)
    return Inbound(key, text=line.rstrip("\n"), event_id=event_id)


def is_quit(line: str) -> bool:
    return line.strip().casefold() in QUIT


def file_for(files_dir: Path, user: str, filename: str) -> Path:
    """Where the console saves an attachment of ``user``'s: ``filename`` in ``files_dir`` with
    the user's name before its suffix ("pivotbot-my-data.json" for user "ann" is
    "pivotbot-my-data-ann.json"), so two people sharing a directory never write over, or read,
    each other's file. Characters other than letters, digits, "-", "_" and "." in the user's
    name become "_" (no path separators)."""
    safe = re.sub(r"[^\w.-]", "_", user, flags=re.ASCII).strip(".") or "user"
    stem, dot, suffix = filename.rpartition(".")
    return files_dir / (f"{stem}-{safe}.{suffix}" if dot and stem else f"{filename}-{safe}")


def save(path: Path, content: str) -> None:
    """Write ``content`` (UTF-8) to ``path``, readable and writable by its owner only: an
    export holds everything kept about the person."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.chmod(path, 0o600)  # a file left by an earlier run keeps its old mode otherwise


def show(out: TextIO, files_dir: Path, reply: Reply, buttons: list[Choice], user: str) -> None:
    """Print one reply, its buttons numbered on from ``buttons`` (which it extends); save its
    attachment to ``files_dir``, under a name of ``user``'s own (:func:`file_for`)."""
    out.write(render(reply, len(buttons) + 1) + "\n")
    if reply.attachment is not None:
        path = file_for(files_dir, user, reply.attachment.filename)
        save(path, reply.attachment.content)
        out.write(f"  (saved to {path})\n")
    buttons.extend(reply.choices)
    out.write("\n")


class Console:
    """Holds the engine and a relay for one user; prints replies (the relay's sender), saves
    attachments to ``files_dir``.

    ``buttons`` are the buttons on screen: those printed since the user's last line, in the
    order of their numbers.
    """

    def __init__(
        self,
        engine: Engine,
        user: str,
        out: TextIO,
        files_dir: Path,
        tick_every: float | None = None,
    ) -> None:
        self.engine = engine
        self.key = ConversationKey("console", "local", user)
        self.out = out
        self.files_dir = files_dir
        self.buttons: list[Choice] = []
        from bot.relay import Relay

        self.relay = Relay(engine, self, "console", only=self.key, workers=1, tick_every=tick_every)

    def note(self, text: str) -> None:
        """A line from the console itself, not from the bot."""
        self.out.write(text + "\n\n")
        self.out.flush()

    def show(self, replies: list[Reply]) -> None:
        for reply in replies:
            show(self.out, self.files_dir, reply, self.buttons, self.key.user)
        self.out.flush()

    async def send(self, parcel: Parcel) -> None:
        """The relay's sender: print one reply."""
        self.show([parcel.reply])

    async def say(self, line: str) -> None:
        """One user line: asked back when its label is on several buttons, else stored and
        processed, its replies printed before this returns. The line starts a new screen: the
        buttons above it are no longer on it."""
        found = find_buttons(line, self.buttons)
        if len(found) > 1:
            numbers = " or ".join(f"[{self.buttons.index(c) + 1}]" for c in found)
            self.note(f"More than one button says “{line.strip()}”: type {numbers}.")
            return
        inbound = to_inbound(self.key, line, self.buttons)
        self.buttons = []
        await self._through_relay(inbound)

    async def command(self, text: str) -> None:
        """A command the console sends by itself (/start, /resume): it adds to the screen."""
        await self._through_relay(Inbound(self.key, text=text, event_id=_event_id()))

    async def _through_relay(self, inbound: Inbound) -> None:
        (done,) = self.relay.receive([(inbound, {})])
        await done

    async def catch_up(self) -> None:
        """Start the relay, which prints what a crash left unsent; then any reminder that fell
        due while away."""
        await self.relay.start()
        await self.relay.idle()
        await self.relay.tick()


@dataclass
class Begun:
    """What :func:`main` did before the event loop: the buttons it left on screen, or that the
    input ended (or said /quit) before any line."""

    buttons: list[Choice] = field(default_factory=list)
    ended: bool = False


def main(engine: Engine, user: str, stdin: TextIO, out: TextIO, files_dir: Path) -> None:
    """Chat until end of input or /quit, as :func:`run`; when nothing is left to catch up on
    (no reply or action of this user left by an earlier run, no reminder due, nobody due for
    erasure), the first line (or, in a terminal, the opening ``/start`` or ``/resume``) is
    stored and answered at once, without the event loop, exactly as the relay would."""
    key = ConversationKey("console", "local", user)
    begun = _begin(engine, key, stdin, out, files_dir)
    if begun is not None and begun.ended:
        return
    import asyncio

    asyncio.run(run(engine, user, stdin, out, files_dir, begun=begun))


def _begin(
    engine: Engine, key: ConversationKey, stdin: TextIO, out: TextIO, files_dir: Path
) -> Begun | None:
    """The first line answered without the event loop; None when it must wait for it."""
    store, now = engine.store, engine.clock.now()
    if (
        store.pending_of(key, 1)
        or store.inbox_of(key, 1)
        or engine.due(now, platform="console")
        or (engine.retention is not None and store.inactive_since(now - engine.retention, 1))
    ):
        return None
    interactive = stdin.isatty()
    new = engine.state_of(key) is None
    out.write((BACK if interactive and not new else HELLO) + "\n\n")
    out.flush()
    if interactive:
        inbound = Inbound(key, text="/start" if new else "/resume", event_id=_event_id())
    else:
        while True:
            line = _read(stdin, "")
            if line is None or is_quit(line):
                return Begun(ended=True)
            if line.strip():
                break
        inbound = to_inbound(key, line, [])
    (row,) = store.receive([(inbound, {})], now)  # stored first, as the relay does
    replies = engine.handle_now(inbound, row) if row is not None else []
    if replies is None:  # the flow prepares it (a model call): the relay takes the row
        return Begun()
    buttons: list[Choice] = []
    for reply in replies:
        show(out, files_dir, reply, buttons, key.user)
        out.flush()
        engine.delivered([reply])  # no event loop: marked at once
    return Begun(buttons)


def _event_id() -> str:
    return f"console-{time.time_ns()}"


async def run(
    engine: Engine,
    user: str,
    stdin: TextIO,
    out: TextIO,
    files_dir: Path,
    *,
    begun: Begun | None = None,
) -> None:
    """Chat until end of input or /quit. Interactive terminals get a prompt, the question the
    conversation is waiting on, and a reminder loop. ``begun``: what :func:`main` did already
    (the greeting and the first line are then not repeated)."""
    import asyncio

    interactive = stdin.isatty()
    console = Console(engine, user, out, files_dir, TICK_SECONDS if interactive else None)
    new = engine.state_of(console.key) is None
    if begun is None:
        console.note(BACK if interactive and not new else HELLO)
    else:
        console.buttons = begun.buttons
    await console.catch_up()
    try:
        if interactive and begun is None:
            await console.command("/start" if new else "/resume")
        while True:
            prompt = "you> " if interactive else ""
            line = await asyncio.to_thread(_read, stdin, prompt)
            if line is None or is_quit(line):
                break
            if not line.strip() and not interactive:
                continue
            await console.say(line)
            if not interactive:
                await console.relay.tick()
    finally:
        await console.relay.stop()


def _read(stdin: TextIO, prompt: str) -> str | None:
    if prompt:
        try:
            return input(prompt)
        except EOFError:
            sys.stdout.write("\n")
            return None
    line = stdin.readline()
    return line if line else None
