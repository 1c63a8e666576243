"""``/back``, ``/cancel`` and ``/menu`` work from every state the scripted conversations reach,
and the conversation goes on after them: the question they lead to is answered twice more
(its first button, or a typed answer of the kind it asks for), and nothing gets the apology.

Every step of every script is a starting point, once per state and the step before it (so a
state reached in different ways, like a contact's card after an edit, is tried each way)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.engine import Engine
from bot.flow import Flow
from bot.messages import Inbound, Reply
from tests.flows.reachable import Errors, Snapshot, reachable

COMMANDS = ("/back", "/cancel", "/menu")
TYPED = {"text": "Acme Robotics", "date": "tomorrow", "scale": "3"}


def _answer(engine: Engine, state: str, replies: list[Reply]) -> tuple[str, str]:
    """What a person would do next: tap the first button shown, or type an answer."""
    buttons = [c for r in replies for c in r.choices]
    if buttons:
        return "tap", buttons[0].value
    return "say", TYPED.get(engine.flow.steps[state].input, "/menu")


async def _try(snapshot: Snapshot, command: str, flow: Flow) -> str | None:
    """None when ``command`` and two answers after it go well, else what went wrong."""
    engine = snapshot.open(flow)
    apology = engine.canned("error").text
    errors = Errors()
    logging.getLogger().addHandler(errors)
    said = [("say", command)]
    try:
        kind, value = "say", command
        for n in range(3):
            inbound = Inbound(
                snapshot.key,
                text=value if kind == "say" else "",
                choice=value if kind == "tap" else None,
                event_id=f"walk-{n}",
            )
            replies = await engine.handle(inbound)
            engine.delivered(replies)
            state = engine.state_of(snapshot.key)
            where = f"{snapshot.script}: from {snapshot.state}, {said}"
            if not replies:
                return f"{where}: no answer"
            if apology in [r.text for r in replies] or errors.records:
                return f"{where}: the apology (now in {state})"
            if state is None or state not in engine.flow.steps:
                return f"{where}: stored state {state!r} is not in the flow"
            kind, value = _answer(engine, state, replies)
            said.append((kind, value))
        return None
    finally:
        logging.getLogger().removeHandler(errors)
        engine.close()


@pytest.mark.parametrize("command", COMMANDS)
async def test_back_cancel_and_menu_work_from_every_reached_state(command: str) -> None:
    found = await asyncio.to_thread(reachable)
    problems = [
        problem
        for snapshot in found.positions.values()
        if (problem := await _try(snapshot, command, found.flow))
    ]
    assert problems == [], "\n".join(problems[:20])
    assert {state for state, _ in found.positions} == set(found.flow.steps)
