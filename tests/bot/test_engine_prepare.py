"""The engine's pre-dispatch hook (``Step.prepare``), on a toy flow with no pivot vocabulary."""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import pytest

from bot.content import Content
from bot.engine import Engine
from bot.errors import FlowError
from bot.flow import Core, Flow, Step
from bot.messages import ConversationKey, Inbound
from bot.parts import Part
from bot.sqlite_store import SqliteStore


class Slow(Part):
    """Prepares by 'asking the network' (a sleep), then records what the trigger received."""

    name = "slow"
    STEPS: ClassVar[tuple[Step, ...]] = (Step("ask", "text", prepare="think"),)
    TABLE = (
        {"trigger": "answer", "source": "ask", "dest": "ask", "before": "keep"},
        {"trigger": "done", "source": "ask", "dest": "ask"},
    )

    seen_in_transaction: ClassVar[list[bool]] = []  # a test probe, reset per test
    calls: ClassVar[list[str]] = []

    async def think(self, text: str) -> dict[str, Any]:
        Slow.calls.append(text)
        store = self.c.store
        assert isinstance(store, SqliteStore)
        Slow.seen_in_transaction.append(store.conn.in_transaction)
        await asyncio.sleep(0.05)
        if text == "explode":
            raise RuntimeError("the network is down")
        return {"for": text, "verdict": len(text)}

    def keep(self, event: Any) -> None:
        self.c.data.setdefault("got", []).append(self.c.prepared)

    def nothing_async(self, text: str) -> None:
        """Not a coroutine: refused as a ``prepare``."""


def slow_flow(prepare: str | None = "think", kind: str = "text") -> Flow:
    words = {name: "?" for name in (*Core.TEXTS, "expected_text", "expected_choice")}
    labels = {name: "?" for name in Core.LABELS}
    content = Content(
        {**words, "error": "sorry"},
        labels,
        {"ask": {"say": "go on", "choices": [["Done", "done"]]}},
    )
    part = type(
        "Slow",
        (Slow,),
        {"STEPS": (Step("ask", kind, prepare=prepare),), "__module__": __name__},
    )
    return Flow("slow", 1, "ask", [part], content)


@pytest.fixture
def engine() -> Engine:
    Slow.seen_in_transaction.clear()
    Slow.calls.clear()
    return Engine(slow_flow(), SqliteStore.memory())


KEY = ConversationKey("console", "local", "ann")


def got(engine: Engine) -> list[Any]:
    session = engine.store.load(KEY)
    return list(session.data.get("got", [])) if session else []


async def test_a_typed_answer_is_prepared_outside_the_transaction_and_reaches_the_trigger(
    engine: Engine,
) -> None:
    await engine.handle(Inbound(KEY, text="/start", event_id="1"))  # creates the session
    await engine.handle(Inbound(KEY, text="hello", event_id="2"))
    assert Slow.calls == ["hello"] and Slow.seen_in_transaction == [False]
    assert got(engine) == [{"for": "hello", "verdict": 5}]


async def test_taps_commands_buttons_and_duplicates_are_not_prepared(engine: Engine) -> None:
    await engine.handle(Inbound(KEY, text="/start", event_id="1"))
    await engine.handle(Inbound(KEY, text="hello", event_id="2"))
    await engine.handle(Inbound(KEY, text="hello", event_id="2"))  # redelivered
    await engine.handle(Inbound(KEY, choice="done", event_id="3"))
    await engine.handle(Inbound(KEY, text="Done", event_id="4"))  # a button's label, typed
    await engine.handle(Inbound(KEY, text="/help", event_id="5"))
    assert Slow.calls == ["hello"]


async def test_a_failed_preparation_is_none_and_the_action_still_goes_through(
    engine: Engine,
) -> None:
    await engine.handle(Inbound(KEY, text="/start", event_id="1"))
    replies = await engine.handle(Inbound(KEY, text="explode", event_id="2"))
    assert replies and "sorry" not in replies[0].text
    assert got(engine) == [None]


async def test_other_conversations_go_on_while_one_prepares(engine: Engine) -> None:
    other = ConversationKey("console", "local", "bob")
    await engine.handle(Inbound(KEY, text="/start", event_id="1"))
    slow = asyncio.create_task(engine.handle(Inbound(KEY, text="hello", event_id="2")))
    await asyncio.sleep(0.01)
    await engine.handle(Inbound(other, text="/start", event_id="b1"))
    assert not slow.done()
    await slow


def test_a_flow_without_prepare_steps_prepares_nothing() -> None:
    assert slow_flow().prepares == {"ask"}
    assert slow_flow(prepare=None).prepares == frozenset()


def test_a_prepare_that_is_not_an_async_method_is_refused_when_the_flow_is_built() -> None:
    with pytest.raises(FlowError, match="prepare 'keep' is no async method"):
        slow_flow(prepare="keep")
    with pytest.raises(FlowError, match="prepare 'nothing_async' is no async method"):
        slow_flow(prepare="nothing_async")
    with pytest.raises(FlowError, match="prepare 'nothing'"):
        slow_flow(prepare="nothing")
    with pytest.raises(FlowError, match="prepare 'think' needs a text step"):
        slow_flow(kind="choice")
