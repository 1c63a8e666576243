"""Socket Mode: the same app over a WebSocket from the fake Slack (``apps.connections.open``),
started the way ``pivotbot slack`` starts it."""

from __future__ import annotations

import time
from pathlib import Path

from adapters.slack import SlackBot, check_config, serve
from adapters.testing.slack_api import FakeSlackApi
from adapters.testing.slack_driver import (
    actions_payload,
    command_form,
    dm_event,
    event_body,
    seen_of,
)
from bot.config import Config
from bot.engine import Engine
from bot.messages import ConversationKey, Inbound

TEAM = "T0SOCK"


async def test_socket_mode_answers_commands_taps_and_messages_once(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path
) -> None:
    ws = fake.add_workspace(TEAM)
    left_over = ConversationKey("slack", TEAM, "ULEFT")
    await engine.handle(Inbound(left_over, text="/start", event_id="before-restart"))
    config = Config(
        db=str(tmp_path / "bot.db"),
        slack_bot_token=ws.bot_token,
        slack_app_token=fake.app_token,
        slack_api_url=fake.url,
    )
    check_config(config, http=False)
    bot = SlackBot(engine, config)
    shut = await serve(bot, config, http=False)
    try:
        await bot.idle()
        # The outbox a previous run left went out.
        assert [c.args["channel"] for c in fake.calls_of("chat.postMessage")] == ["DT0SOCKULEFT"]
        assert engine.pending() == []
        channel = FakeSlackApi.dm_channel(TEAM, "UZOE")

        ack = await fake.envelope("slash_commands", command_form(TEAM, "UZOE", "", "trigger-1"))
        assert set(ack) == {"envelope_id"}
        await bot.idle()
        question = fake.posts(channel)[-1]
        assert "networking" in seen_of(question).text.casefold()

        button = question.blocks[-1]["elements"][0]
        action = {k: button[k] for k in ("action_id", "text", "value")}
        action["block_id"] = question.blocks[-1]["block_id"]
        await fake.envelope(
            "interactive", actions_payload(TEAM, "UZOE", question, action, "trigger-2")
        )
        await bot.idle()
        assert "which company" in seen_of(fake.posts(channel)[-1]).text.casefold()

        body = event_body(TEAM, dm_event(TEAM, "UZOE", "Initech", f"{time.time():.6f}"), "EvS1")
        await fake.envelope("events_api", body)
        await bot.idle()
        posts = len(fake.posts(channel))
        await fake.envelope("events_api", body, retry=1)  # Slack's retry, same event_id
        await bot.idle()
        assert len(fake.posts(channel)) == posts
        assert engine.state_of(ConversationKey("slack", TEAM, "UZOE")) == "intake.role"
    finally:
        await shut()
