"""Edits in the flow, whichever platform sent them: the latest typed answer, edited while the
bot is still on the question after it, is replaced; any other edit changes nothing and says how
to change an earlier answer (``/back``)."""

from __future__ import annotations

from bot.engine import Engine
from bot.markup import to_plain
from bot.messages import ConversationKey, Inbound

KEY = ConversationKey("console", "local", "eve")


class Typist:
    """One person typing numbered messages, and editing them."""

    def __init__(self, engine: Engine) -> None:
        self.engine, self.n = engine, 0

    async def _send(self, inbound: Inbound) -> str:
        replies = await self.engine.handle(inbound)
        self.engine.delivered(replies)
        return "\n".join(to_plain(r.text) for r in replies)

    async def say(self, text: str) -> tuple[str, str]:
        """Send ``text``; its message id and the bot's answer."""
        self.n += 1
        message = f"m{self.n}"
        said = await self._send(Inbound(KEY, text=text, event_id=f"e{self.n}", message=message))
        return message, said

    async def tap(self, value: str) -> str:
        self.n += 1
        return await self._send(Inbound(KEY, choice=value, event_id=f"e{self.n}"))

    async def edit(self, message: str, text: str) -> str:
        self.n += 1
        inbound = Inbound(KEY, text=text, event_id=f"e{self.n}", kind="edit", message=message)
        return await self._send(inbound)

    @property
    def state(self) -> str | None:
        return self.engine.state_of(KEY)


async def _to_role(engine: Engine) -> tuple[Typist, str]:
    eve = Typist(engine)
    await eve.say("/start")
    await eve.tap("prepare")
    company, said = await eve.say("Acme Robotcs")
    assert "role at Acme Robotcs" in said
    return eve, company


async def test_the_latest_answer_edited_is_replaced(engine: Engine) -> None:
    eve, company = await _to_role(engine)
    said = await eve.edit(company, "Acme Robotics")
    assert said.startswith("You edited your last answer, so I've changed it to “Acme Robotics”")
    assert "role at Acme Robotics are" in said
    assert eve.state == "intake.role"
    # Edited again before answering on: replaced again.
    said = await eve.edit(company, "Acme Robotics Ltd")
    assert "role at Acme Robotics Ltd are" in said
    await eve.say("Data analyst")
    assert eve.state == "zone"


async def test_an_answer_that_was_refused_then_edited_is_read_again(engine: Engine) -> None:
    eve, _ = await _to_role(engine)
    await eve.say("Data analyst")
    await eve.say("London")
    assert eve.state == "intake.date"
    refused, said = await eve.say("sometime")
    assert eve.state == "intake.date"
    said = await eve.edit(refused, "tomorrow")
    assert "changed it to “tomorrow”" in said
    assert eve.state == "intake.draws"


async def test_an_edit_that_does_not_answer_says_why_and_saves_nothing(engine: Engine) -> None:
    eve, company = await _to_role(engine)
    said = await eve.edit(company, "\u200b\u2060")  # only invisible characters: nothing typed
    assert "nothing has changed" in said and "/back" in said
    assert eve.state == "intake.role"
    said = await eve.edit(company, "/help")  # a command edited in is not run
    assert "nothing has changed" in said
    assert "Commands that work anywhere" not in said


async def test_an_older_message_or_one_answered_past_is_not_changed(engine: Engine) -> None:
    eve, company = await _to_role(engine)
    role, _ = await eve.say("Data analyst")
    assert eve.state == "zone"
    said = await eve.edit(company, "Globex")
    assert "nothing has changed" in said and "/back" in said
    assert "Globex" not in str(engine.export(KEY))
    assert eve.state == "zone"
    said = await eve.edit(role, "Data scientist")  # the latest, but a command came after it
    assert "nothing has changed" not in said  # it is still the latest answer: replaced
    await eve.say("/help")
    said = await eve.edit(role, "Analyst")
    assert "nothing has changed" in said
    said = await eve.edit("m999", "anything")  # a message the bot never saw
    assert "nothing has changed" in said
