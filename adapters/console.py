"""Console adapter: chat with the bot in a terminal, interactively or from piped stdin.

Like every adapter it goes through the relay (``bot.relay``): each typed line is stored, then
processed in the conversation's lane, and the relay hands each reply to :meth:`Console.send`,
which prints it."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import TextIO

from bot.engine import Engine
from bot.markup import to_plain
from bot.messages import Choice, ConversationKey, Inbound, Reply
from bot.relay import Parcel, Relay

TICK_SECONDS = 30


def render(reply: Reply) -> str:
    """A reply as terminal text: plain text, then its buttons as ``[1] Label`` lines."""
    lines = [to_plain(reply.text)]
    lines.extend(f"  [{i}] {c.label}" for i, c in enumerate(reply.choices, 1))
    return "\n".join(lines)


def to_inbound(key: ConversationKey, line: str, buttons: list[Choice]) -> Inbound:
    """A typed line: a button's number or exact label becomes a tap on the buttons last shown."""
    text = line.rstrip("\n")
    event_id = f"console-{time.time_ns()}"
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return Inbound(key, choice=buttons[int(stripped) - 1].value, event_id=event_id)
    for c in buttons:
        if stripped.casefold() == c.label.casefold():
            return Inbound(key, choice=c.value, event_id=event_id)
    return Inbound(key, text=text, event_id=event_id)


class Console:
    """Holds the engine and a relay for one user; prints replies (the relay's sender), saves
    attachments to ``files_dir``."""

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
        self.relay = Relay(engine, self, "console", only=self.key, workers=1, tick_every=tick_every)

    def show(self, replies: list[Reply]) -> None:
        for reply in replies:
            self.out.write(render(reply) + "\n")
            if reply.attachment is not None:
                path = self.files_dir / reply.attachment.filename
                path.write_text(reply.attachment.content, encoding="utf-8")
                self.out.write(f"  (saved to {path})\n")
            if reply.choices:
                self.buttons = reply.choices
            self.out.write("\n")
        self.out.flush()

    async def send(self, parcel: Parcel) -> None:
        """The relay's sender: print one reply."""
        self.show([parcel.reply])

    async def say(self, line: str) -> None:
        """One typed line: stored, processed, its replies printed before this returns."""
        (done,) = self.relay.receive([(to_inbound(self.key, line, self.buttons), {})])
        await done

    async def catch_up(self) -> None:
        """Start the relay, which prints what a crash left unsent; then any reminder that fell
        due while away."""
        await self.relay.start()
        await self.relay.idle()
        await self.relay.tick()


async def run(engine: Engine, user: str, stdin: TextIO, out: TextIO, files_dir: Path) -> None:
    """Chat until end of input. Interactive terminals get a prompt and a reminder loop."""
    interactive = stdin.isatty()
    console = Console(engine, user, out, files_dir, TICK_SECONDS if interactive else None)
    await console.catch_up()
    try:
        if interactive:
            if engine.state_of(console.key) is None:
                await console.say("/start")
            else:
                out.write("Picking up where you left off. /help lists commands; Ctrl-D quits.\n\n")
                await console.say("/resume")  # the question the conversation is waiting on
        while True:
            prompt = "you> " if interactive else ""
            line = await asyncio.to_thread(_read, stdin, prompt)
            if line is None:
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
