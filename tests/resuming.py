"""/resume after every step of a scripted conversation (what every script item in
tests/conversations checks; see tests/conftest.py): every screen can draw itself again, and
changes nothing stored (no record written twice, no reminder set again, not even the /back
trail). Where /menu put a debrief or an interview being prepared aside, /resume at the menu (or
at a fresh start's first question) picks it up instead, at the question it was on."""

from __future__ import annotations

import copy

from bot.engine import Engine
from bot.messages import Inbound
from bot.scripts import EngineDriver, Seen


class _Rollback(Exception):
    pass


# Where /resume picks up the work /menu put aside, when there is some (see Intake.put_aside):
# the menu, and the first question of a fresh start.
_PICKS_UP = frozenset({"menu", "debrief.which", "debrief.company", "intake.company"})


def redraw_problem(engine: Engine, driver: EngineDriver) -> str | None:
    """What is wrong with /resume in the conversation's current state, tried inside a
    transaction that is then rolled back (so the script plays on as if it never happened)."""
    key, store = driver.key, engine.store
    session = store.load(key)
    if session is None:
        return None
    before = store.export(key)
    problem: str | None = None
    try:
        with store.atomic():
            conv = engine.flow.conversation(
                key, session.state, copy.deepcopy(session.data), engine.clock.now(), store
            )
            engine.flow.dispatch(conv, Inbound(key, text="/resume"))
            after = store.export(key)
            buttons = conv.choices()
            shown = [reply.choices for reply in conv.out if reply.choices]
            aside = session.data.get("_aside")
            if isinstance(aside, dict) and session.state in _PICKS_UP:
                # Work put aside by /menu (a debrief, an interview being prepared): /resume
                # here picks it up, at the question it was on, asked again with its buttons.
                # (A date question asks the time zone first while it is unknown.)
                if conv.state not in (aside["state"], engine.flow.zone_question):
                    problem = f"did not pick up the work put aside at {aside['state']}"
                elif not conv.out:
                    problem = "showed nothing"
                elif buttons and (not shown or shown[-1] != buttons):
                    problem = f"did not end with the state's buttons {[c.label for c in buttons]}"
            elif after != before:
                changed = [t for t in before if before[t] != after.get(t)]
                problem = f"changed what is stored ({', '.join(changed)})"
            elif conv.state != session.state or conv.data != session.data:
                problem = (
                    f"changed the conversation: {session.state} {session.data} -> "
                    f"{conv.state} {conv.data}"
                )
            elif not conv.out:
                problem = "showed nothing"
            elif buttons and (not shown or shown[-1] != buttons):
                problem = f"did not end with the state's buttons {[c.label for c in buttons]}"
            raise _Rollback
    except _Rollback:
        pass
    return f"/resume at {session.state} {problem}" if problem else None


class Resuming(EngineDriver):
    """Plays a script into the engine, trying /resume after every step that reached it."""

    problems: list[str]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.problems = []

    def _check(self) -> None:
        problem = redraw_problem(self.engine, self)
        if problem and problem not in self.problems:
            self.problems.append(problem)

    async def _send(self, inbound: Inbound) -> list[Seen]:
        replies = await super()._send(inbound)
        self._check()
        return replies

    async def tick(self) -> list[Seen]:
        replies = await super().tick()
        self._check()
        return replies
