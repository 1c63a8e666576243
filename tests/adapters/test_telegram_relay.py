"""The relay's outcomes over Telegram: the real bot against the fake Bot API on loopback, each
failure answered by the fake the way Telegram answers it (no function of ours is patched)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.testing.telegram_api import FakeTelegram
from adapters.testing.telegram_driver import TelegramDriver
from bot.app import make_engine
from bot.clock import ManualClock
from bot.scripts import START
from tests.adapters.test_telegram_bot import ANN, BEA, joined, say, state, tap, to_triage


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[TelegramDriver]:
    clock = ManualClock(START)
    # Calls time out after a second here (5 s in production), so a timeout shows quickly.
    driver = TelegramDriver(lambda: make_engine(tmp_path / "bot.db", clock), clock, str(ANN), 1.0)
    await driver.start()
    try:
        yield driver
    finally:
        await driver.close()


def sent_texts(fake: FakeTelegram, chat: int, since: int) -> list[str]:
    return [m["text"] for m in fake.sent(chat, since) if "text" in m]


async def to_company(tg: TelegramDriver) -> int:
    """Ann is asked for the company; returns the call index from there."""
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    return len(tg.fake.calls)


async def test_sends_failing_with_5xx_for_a_while_go_out_in_order_without_a_restart(
    tg: TelegramDriver,
) -> None:
    mark = await to_company(tg)
    tg.fake.fail_next(ANN, 2, code=502)
    tg.fake.fail_next(ANN, 1, code=500)
    first, second = tg.fake.text(ANN, "Acme"), tg.fake.text(ANN, "Analyst")
    await asyncio.gather(tg.settle(lambda: first), tg.settle(lambda: second))
    statuses = [c.status for c in tg.fake.calls_to("sendMessage", ANN, since=mark)]
    assert statuses == [502, 502, 500, 200, 200]
    texts = sent_texts(tg.fake, ANN, mark)
    assert texts[0] == "And which role at Acme are you interviewing for?"
    assert "Which time zone" in texts[1] and len(texts) == 2  # in order, each once
    assert tg.engine is not None and tg.engine.pending() == []
    assert "When is the interview" in joined(await say(tg, "London"))
    assert state(tg) == "intake.date"


async def test_a_send_that_times_out_is_retried_until_it_goes_through(tg: TelegramDriver) -> None:
    mark = await to_company(tg)
    tg.fake.stall(ANN)  # no answer at all: the client gives up after its timeout (1 s here)
    update = tg.fake.text(ANN, "Acme")
    settled = asyncio.ensure_future(tg.settle(lambda: update))
    await tg.fake.wait_for(lambda: len(tg.fake.calls_to("sendMessage", ANN, since=mark)) >= 2)
    assert sent_texts(tg.fake, ANN, mark) == []  # tried twice, timed out twice, nothing lost
    tg.fake.release(ANN)  # the platform recovers (the calls it held are answered 502)
    await settled
    assert sent_texts(tg.fake, ANN, mark) == ["And which role at Acme are you interviewing for?"]
    assert state(tg) == "intake.role"


async def test_a_rejected_reply_is_logged_with_the_key_and_the_conversation_goes_on(
    tg: TelegramDriver, caplog: pytest.LogCaptureFixture
) -> None:
    mark = await to_company(tg)
    tg.fake.fail_next(ANN, 1, code=400)
    with caplog.at_level(logging.WARNING, logger="bot.relay"):
        assert await say(tg, "Acme") == []  # refused for good: dropped, not retried
    (line,) = [r.getMessage() for r in caplog.records if "rejected" in r.getMessage()]
    assert "telegram:telegram:100001" in line and "Acme" not in line
    assert tg.engine is not None and tg.engine.pending() == []
    assert "Which time zone" in joined(await say(tg, "Analyst"))
    assert len(tg.fake.calls_to("sendMessage", ANN, since=mark)) == 2
    assert "When is the interview" in joined(await say(tg, "London"))


async def test_a_refused_token_pauses_and_resumes_without_losing_a_reply(
    tg: TelegramDriver, caplog: pytest.LogCaptureFixture
) -> None:
    mark = await to_company(tg)
    tg.fake.fail_next(ANN, 2, code=401)  # the token is refused twice, then accepted again
    with caplog.at_level(logging.WARNING, logger="bot.relay"):
        seen = await say(tg, "Acme")
    assert "which role at Acme" in joined(seen)
    statuses = [c.status for c in tg.fake.calls_to("sendMessage", ANN, since=mark)]
    assert statuses == [401, 401, 200]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "refused our token" in errors[0].getMessage()  # logged once
    assert any("sending resumed" in r.getMessage() for r in caplog.records)


async def test_a_blocked_user_keeps_their_data(tg: TelegramDriver) -> None:
    await to_triage(tg, ANN)
    tg.fake.block(ANN)
    await say(tg, "/help", ANN)  # 403: recipient gone
    assert tg.engine is not None and tg.engine.pending() == []
    exported = tg.engine.export(tg.key)
    assert exported["conversations"][0]["active"] == 0  # deactivated...
    assert exported["conversations"][0]["data"]["company"] == "Acme Robotics"  # ...data kept
    tg.fake.unblock(ANN)
    assert "Commands that work anywhere" in joined(await say(tg, "/help", ANN))  # back again


async def test_a_flooding_rate_limited_chat_holds_only_its_own_lane(tg: TelegramDriver) -> None:
    await say(tg, "/start", ANN)
    await say(tg, "/start", BEA)
    mark = len(tg.fake.calls)
    tg.fake.fail_next(ANN, 100_000, code=429, retry_after=1)  # Ann's sends: flood control
    flood = [tg.fake.text(ANN, f"message {n}") for n in range(600)]
    await tg.fake.wait_for(lambda: bool(tg.fake.calls_to("sendMessage", ANN, since=mark)))
    # While Ann's 600 messages wait behind her 429s, Bea writes.
    started = time.monotonic()
    seen = await say(tg, "/help", BEA)
    latency = time.monotonic() - started
    assert "Commands that work anywhere" in joined(seen)
    assert latency < 1.0, f"Bea waited {latency:.2f} s behind Ann's flood"
    # Ann's flood is still going on: all of it stored, none of it answered yet.
    assert tg.fake.sent(ANN, since=mark) == []
    assert tg.engine is not None
    waiting = tg.engine.export(tg.key)["inbox"]
    assert len(flood) == 600 and len(waiting) >= 598
