"""The real python-telegram-bot application, built as ``pivotbot telegram`` builds it, against the
fake Bot API over HTTP on loopback. Each test talks to the bot the way Telegram users do."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from adapters.telegram import COMMANDS
from adapters.telegram_render import key_of
from adapters.testing.telegram_driver import TelegramDriver, make_driver
from bot.app import make_engine
from bot.clock import ManualClock
from bot.markup import fill
from bot.messages import Reply
from bot.scripts import START, Seen

ANN = 100_001
BEA = 100_002


@pytest.fixture
async def tg(tmp_path: Path) -> AsyncIterator[TelegramDriver]:
    clock = ManualClock(START)
    driver = make_driver(lambda: make_engine(tmp_path / "bot.db", clock), clock, str(ANN))
    await driver.start()
    try:
        yield driver
    finally:
        await driver.close()


def joined(seen: list[Seen]) -> str:
    return "\n".join(s.text for s in seen)


def labels(seen: list[Seen]) -> list[str]:
    with_buttons = [s for s in seen if s.choices]
    return [c.label for c in with_buttons[-1].choices] if with_buttons else []


async def say(tg: TelegramDriver, text: str, chat: int = ANN) -> list[Seen]:
    return await tg.deliver(lambda: tg.fake.text(chat, text), chat)


async def tap(tg: TelegramDriver, label: str, chat: int = ANN) -> list[Seen]:
    message = tg.fake.last_keyboard_message(chat)
    assert message is not None, "no buttons on screen"
    rows = message["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for row in rows for b in row if b["text"] == label)
    return await tg.deliver(lambda: tg.fake.tap(chat, message["message_id"], data), chat)


def state(tg: TelegramDriver, chat: int = ANN) -> str | None:
    assert tg.engine is not None
    return tg.engine.state_of(key_of(chat))


def no_parse_errors(tg: TelegramDriver) -> None:
    bad = [c for c in tg.fake.calls if c.status == 400 and "parse entities" in c.description]
    assert bad == []


async def to_triage(tg: TelegramDriver, chat: int = ANN) -> None:
    """Intake up to the suggestion, mixing taps and typing; the interview is tomorrow."""
    await say(tg, "/start", chat)
    await tap(tg, "Prepare for an interview", chat)
    await say(tg, "Acme Robotics", chat)
    await say(tg, "Data analyst", chat)
    await say(tg, "London", chat)  # the time zone: Telegram gives none, so the bot asks
    await say(tg, "tomorrow", chat)
    await say(tg, "their grid-forecasting launch", chat)
    await tap(tg, "5", chat)
    await tap(tg, "2", chat)
    seen = await say(tg, "product analytics", chat)
    assert "pivot to networking" in joined(seen)


# -- the conversation end to end ---------------------------------------------------------------


async def test_start_to_pivot_plan_by_taps(tg: TelegramDriver) -> None:
    seen = await say(tg, "/start")
    assert "Pivotbot" in joined(seen)
    assert labels(seen) == [
        "Prepare for an interview",
        "Debrief an interview",
        "Practise a pivot",
        "How does this work?",
    ]
    welcome = tg.fake.last_keyboard_message(ANN)
    assert welcome is not None

    mark = len(tg.fake.calls)
    seen = await tap(tg, "Prepare for an interview")
    assert "Which company" in joined(seen)
    # The tap is answered at once, then the message is marked, then the next question comes.
    assert [c.method for c in tg.fake.calls[mark:] if c.method != "getUpdates"] == [
        "answerCallbackQuery",
        "editMessageText",
        "sendMessage",
    ]
    # The tapped message now records the choice and has no keyboard: a clean history.
    edited = tg.fake.message(ANN, welcome["message_id"])
    assert edited["text"].endswith("\n\n› Prepare for an interview")
    assert "reply_markup" not in edited
    assert {"type": "bold", "offset": 8, "length": 8} in edited["entities"]  # **Pivotbot** kept
    assert tg.fake.calls_to("answerCallbackQuery")[-1].status == 200

    await say(tg, "Acme Robotics")
    await say(tg, "Data analyst")
    seen = await tap(tg, "London")
    assert "Got it: London time" in joined(seen)
    await tap(tg, "Not scheduled yet")
    await say(tg, "their grid-forecasting launch")
    await tap(tg, "5")
    await tap(tg, "2")
    seen = await tap(tg, "Not sure yet")
    assert labels(seen) == ["Sounds right", "Choose another approach"]
    seen = await tap(tg, "Sounds right")
    assert '"My best work is in ..."' in joined(seen)  # no better fit yet: the plan asks first
    seen = await tap(tg, "Still not sure")
    assert "proof" in joined(seen)
    seen = await tap(tg, "I can't think of one yet")
    assert "Your pivot plan for Acme Robotics" in joined(seen)
    assert labels(seen)[0] == "Practise it now"
    assert state(tg) == "pivot.plan"
    no_parse_errors(tg)


async def test_start_to_pivot_plan_by_typing(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    assert "Which company" in joined(await say(tg, "1"))
    assert "which role at Acme" in joined(await say(tg, "Acme"))
    await say(tg, "Analyst")
    await say(tg, "london")
    await say(tg, "not scheduled yet")
    # A specific draw: a generic ideal ("the people") is asked about again (review 20a, p26).
    await say(tg, "their warehouse robots")
    await say(tg, "5")
    await say(tg, "2")
    await say(tg, "Not sure yet")
    seen = await say(tg, "sounds right")
    assert '"My best work is in ..."' in joined(seen)  # no better fit yet: the plan asks first
    seen = await say(tg, "still not sure")
    assert "proof" in joined(seen)
    seen = await say(tg, "I ran the society's budget for two years")
    assert "For example, i ran the society's budget" not in joined(seen)
    assert "Your pivot plan for Acme" in joined(seen)
    assert state(tg) == "pivot.plan"
    # Typing instead of tapping leaves old keyboards alone: nothing was edited.
    assert tg.fake.calls_to("editMessageText") == []


async def test_commands_registered_at_start(tg: TelegramDriver) -> None:
    assert [c["command"] for c in tg.fake.commands] == [name for name, _ in COMMANDS]
    assert [c["command"] for c in tg.fake.commands] == [
        "start",
        "help",
        "menu",
        "rehearse",
        "contacts",
        "mydata",
        "forget",
    ]


# -- taps that are out of date -----------------------------------------------------------------


async def test_double_tap_gets_polite_answer_and_changes_nothing(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    welcome = tg.fake.last_keyboard_message(ANN)
    assert welcome is not None
    mark = len(tg.fake.calls)
    # Two taps on the same keyboard before the first one's edit lands (a fast double tap).
    first = tg.fake.tap(ANN, welcome["message_id"], "prepare")
    second = tg.fake.tap(ANN, welcome["message_id"], "about")
    await asyncio.gather(tg.settle(lambda: first), tg.settle(lambda: second))
    sent = tg.fake.sent(ANN, since=mark)
    assert [m["text"] for m in sent] == ["Which company is the interview with?"]
    answers = tg.fake.calls_to("answerCallbackQuery", since=mark)
    assert [a.params.get("text") for a in answers] == [
        None,
        "That button is from an earlier message. Scroll down to the latest question.",
    ]
    assert state(tg) == "intake.company"


async def test_tap_on_a_keyboard_already_used_is_stale(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    welcome = tg.fake.last_keyboard_message(ANN)
    assert welcome is not None
    await tap(tg, "Prepare for an interview")
    # A client that has not caught up with the edit sends a tap on the old keyboard anyway.
    mark = len(tg.fake.calls)
    seen = await tg.deliver(lambda: tg.fake.tap(ANN, welcome["message_id"], "about"))
    assert seen == []
    answer = tg.fake.calls_to("answerCallbackQuery", since=mark)[-1]
    assert "earlier message" in answer.params["text"]
    assert state(tg) == "intake.company"


async def test_tap_on_an_older_keyboard_is_judged_by_the_flow(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    welcome = tg.fake.last_keyboard_message(ANN)
    assert welcome is not None
    await say(tg, "Prepare for an interview")  # typed, so the welcome keyboard stays
    seen = await tg.deliver(lambda: tg.fake.tap(ANN, welcome["message_id"], "about"))
    assert "earlier question" in joined(seen)
    assert state(tg) == "intake.company"
    assert "reply_markup" in tg.fake.message(ANN, welcome["message_id"])  # not marked as chosen


async def test_tap_on_an_older_keyboard_the_flow_takes_is_marked_chosen(tg: TelegramDriver) -> None:
    """Review 7 finding 5: a used keyboard goes wherever it is, not only on the latest message:
    the welcome's "Debrief an interview", tapped under the menu typed since, is the menu's too."""
    await say(tg, "/start")
    welcome = tg.fake.last_keyboard_message(ANN)
    assert welcome is not None
    await say(tg, "/menu")
    menu = tg.fake.last_keyboard_message(ANN)
    assert menu is not None and menu["message_id"] != welcome["message_id"]
    seen = await tg.deliver(lambda: tg.fake.tap(ANN, welcome["message_id"], "debrief"))
    assert "earlier question" not in joined(seen)
    assert state(tg) != "menu"
    edited = tg.fake.message(ANN, welcome["message_id"])
    assert edited["text"].endswith("\n\n› Debrief an interview")
    assert "reply_markup" not in edited
    # A second tap on it is stale, as on any used keyboard.
    mark = len(tg.fake.calls)
    assert await tg.deliver(lambda: tg.fake.tap(ANN, welcome["message_id"], "about")) == []
    answer = tg.fake.calls_to("answerCallbackQuery", since=mark)[-1]
    assert "earlier message" in answer.params["text"]


# -- delivery ------------------------------------------------------------------------------------


async def test_redelivered_update_is_ignored(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    assert "which role" in joined(await say(tg, "Acme"))
    assert await tg.redeliver() == []
    assert state(tg) == "intake.role"
    await say(tg, "Analyst")
    await tap(tg, "London")
    await tap(tg, "Not scheduled yet")
    assert await tg.redeliver() == []  # a redelivered tap, too
    assert state(tg) == "intake.draws"


def _already(update: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """For ``settle``: an update that is already queued."""
    return lambda: update


async def test_one_chat_in_order_while_others_run(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    mark = len(tg.fake.calls)
    answers = ("Acme", "Analyst", "London", "not scheduled yet", "their warehouse robots")
    updates = [tg.fake.text(ANN, t) for t in answers]
    await asyncio.gather(*(tg.settle(_already(u)) for u in updates))
    texts = [m["text"] for m in tg.fake.sent(ANN, since=mark)]
    assert [t.split()[0] for t in texts] == ["And", "Which", "Got", "When", "What", "Honestly,"]
    assert state(tg) == "intake.company_fit"


async def test_flood_control_for_one_chat_does_not_delay_another(tg: TelegramDriver) -> None:
    await say(tg, "/start", ANN)
    await say(tg, "/start", BEA)
    tg.fake.fail_next(ANN, 1, code=429, retry_after=2)
    a = tg.fake.text(ANN, "/help")
    b = tg.fake.text(BEA, "/help")
    task_a = asyncio.ensure_future(tg.settle(lambda: a))
    await tg.settle(lambda: b)
    limited = tg.fake.calls_to("sendMessage", ANN)[-1]
    assert limited.status == 429
    b_sent = [c for c in tg.fake.calls_to("sendMessage", BEA) if c.status == 200][-1]
    assert b_sent.at < limited.at + 2  # B's reply arrived before A's retry_after elapsed
    await task_a
    a_sent = tg.fake.calls_to("sendMessage", ANN)
    assert a_sent[-1].status == 200 and a_sent[-1].at >= limited.at + 2  # A waited, then resent
    assert "Commands that work anywhere" in a_sent[-1].result["text"]


async def test_blocked_user_is_deactivated_and_gets_no_more_timers(tg: TelegramDriver) -> None:
    await to_triage(tg, ANN)
    await tap(tg, "Sounds right", ANN)  # plan saved: a thank-you reminder tomorrow 17:00
    await to_triage(tg, BEA)
    await tap(tg, "Sounds right", BEA)
    tg.fake.fail_next(ANN, 1, code=403)  # Ann blocks the bot; we learn it on the next send
    await say(tg, "/help", ANN)
    assert [c.status for c in tg.fake.calls_to("sendMessage", ANN)][-1] == 403

    mark = len(tg.fake.calls)
    tg.clock.advance(timedelta(days=2))
    await tg.tick()
    assert tg.fake.calls_to("sendMessage", ANN, since=mark) == []  # no timer, no retry loop
    reminders = tg.fake.sent(BEA, since=mark)
    assert "thank-you note" in reminders[0]["text"]  # Bea's timers still run


async def test_blocking_update_also_stops_timers(tg: TelegramDriver) -> None:
    await to_triage(tg, ANN)
    await tap(tg, "Sounds right", ANN)
    await tg.settle(lambda: tg.fake.blocked_update(ANN))  # my_chat_member: status "kicked"
    mark = len(tg.fake.calls)
    tg.clock.advance(timedelta(days=2))
    await tg.tick()
    assert tg.fake.calls_to("sendMessage", ANN, since=mark) == []


async def test_timer_reply_has_working_buttons(tg: TelegramDriver) -> None:
    await to_triage(tg)
    await tap(tg, "Sounds right")
    tg.clock.advance(timedelta(days=2))
    seen = await tg.tick()
    assert labels(seen) == ["Done", "Remind me tomorrow", "Skip"]
    assert "Nice work" in joined(await tap(tg, "Done"))


# -- what users send -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "<b>Acme</b>",
        "<script>alert(1)</script>",
        "Tom & Jerry",
        "**Acme** _Co_ [x](https://e.vil)",
        "</b></i>&lt;&",
        "x" * 5000,
    ],
    ids=["html", "script", "amp", "markdown", "broken", "5000"],
)
async def test_hostile_input_is_echoed_as_plain_text(tg: TelegramDriver, hostile: str) -> None:
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    seen = await say(tg, hostile)
    if len(hostile) <= 120:
        assert f"which role at {hostile} are you" in joined(seen)
    else:
        assert "a lot for one answer" in joined(seen)
    no_parse_errors(tg)


async def test_long_echo_is_split_and_every_part_is_sent(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    assert tg.adapter is not None
    value = "<i>&" + "y" * 5000
    mark = len(tg.fake.calls)
    await tg.adapter.relay.post(key_of(ANN), [Reply(fill("You said: {v}", v=value))])
    sent = tg.fake.sent(ANN, since=mark)
    assert len(sent) == 2
    assert "".join(m["text"] for m in sent) == f"You said: {value}"
    no_parse_errors(tg)


@pytest.mark.parametrize("kind", ["photo", "sticker", "voice", "document"])
async def test_media_gets_a_friendly_text_only_reply(tg: TelegramDriver, kind: str) -> None:
    await say(tg, "/start")
    seen = await tg.deliver(lambda: getattr(tg.fake, kind)(ANN))
    assert "only read text" in joined(seen)


async def _typed(tg: TelegramDriver, text: str, chat: int = ANN) -> tuple[int, list[Seen]]:
    """Send ``text``; the id of the user's message, and what the bot answered."""
    seen = await say(tg, text, chat)
    assert tg.last is not None
    return int(tg.last["message"]["message_id"]), seen


async def test_an_edit_of_the_latest_answer_replaces_it_and_says_so(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    typo, seen = await _typed(tg, "Acme Robotcs")
    assert "role at Acme Robotcs" in joined(seen)
    seen = await tg.deliver(lambda: tg.fake.edit(ANN, typo, "Acme Robotics"))
    assert "changed it to “Acme Robotics”" in joined(seen)
    assert "role at Acme Robotics are" in joined(seen)
    assert state(tg) == "intake.role"
    # Telegram delivering the same edit again adds nothing: no second copy of the reply.
    assert await tg.redeliver() == []
    seen = await say(tg, "Data analyst")
    assert "Which time zone" in joined(seen)
    # The same message edited once more, now that the bot has moved on: nothing changes.
    seen = await tg.deliver(lambda: tg.fake.edit(ANN, typo, "Acme Robotics Ltd"))
    assert "/back" in joined(seen)
    assert "changed it" not in joined(seen)
    assert state(tg) == "zone"
    no_parse_errors(tg)


async def test_an_edit_of_an_earlier_message_changes_nothing_and_says_how(
    tg: TelegramDriver,
) -> None:
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    first, _ = await _typed(tg, "Acme Robotics")
    await say(tg, "Data analyst")
    seen = await tg.deliver(lambda: tg.fake.edit(ANN, first, "Globex"))
    assert len(seen) == 1
    assert "nothing has changed" in seen[0].text and "/back" in seen[0].text
    assert state(tg) == "zone"
    seen = await say(tg, "London")
    assert "When is the interview" in joined(seen)
    assert tg.engine is not None
    exported = json.dumps(tg.engine.export(key_of(ANN)))
    assert "Acme Robotics" in exported and "Globex" not in exported


async def test_an_edited_command_is_not_run_again(tg: TelegramDriver) -> None:
    sent = tg.fake.text(ANN, "/start")
    await tg.settle(lambda: sent)
    seen = await tg.deliver(lambda: tg.fake.edit(ANN, sent["message"]["message_id"], "/help"))
    assert len(seen) == 1
    assert "/back" in seen[0].text
    assert "Commands that work anywhere" not in seen[0].text
    assert state(tg) == "welcome"


async def test_group_mention_or_command_gets_one_invitation_and_nothing_is_stored(
    tg: TelegramDriver,
) -> None:
    group, member = -100_777, 555
    assert tg.engine is not None
    seen = await tg.deliver(
        lambda: tg.fake.group_text(group, member, "@pivot_test_bot help me"), group
    )
    assert len(seen) == 1
    assert "private chat" in seen[0].text
    assert "https://t.me/pivot_test_bot?start=hi" in seen[0].text
    seen = await tg.deliver(
        lambda: tg.fake.group_text(group, member, "/start@pivot_test_bot"), group
    )
    assert len(seen) == 1
    assert await tg.deliver(lambda: tg.fake.group_text(group, member, "hello all"), group) == []
    assert tg.engine.export(key_of(member))["conversations"] == []
    assert tg.engine.state_of(key_of(group)) is None


async def test_an_edited_group_mention_gets_no_second_invitation(tg: TelegramDriver) -> None:
    group, member = -100_778, 556
    mention = tg.fake.group_text(group, member, "@pivot_test_bot help me")
    await tg.settle(lambda: mention)
    assert len(tg.fake.sent(group)) == 1
    message_id = mention["message"]["message_id"]
    edited = await tg.deliver(
        lambda: tg.fake.edit(group, message_id, "@pivot_test_bot help me please"), group
    )
    assert edited == []
    assert len(tg.fake.sent(group)) == 1


async def test_in_a_forum_the_invitation_goes_to_the_topic_where_it_was_asked(
    tg: TelegramDriver,
) -> None:
    group, member, topic = -100_779, 557, 42
    tg.fake.forum(group, topics=(topic,))
    seen = await tg.deliver(
        lambda: tg.fake.topic_text(group, member, topic, "@pivot_test_bot help me"), group
    )
    assert len(seen) == 1 and "private chat" in seen[0].text
    (invite,) = tg.fake.sent(group)
    assert invite["message_thread_id"] == topic
    # Asked in General (no topic): the answer goes to General, as Telegram expects.
    mark = len(tg.fake.calls)
    await tg.deliver(lambda: tg.fake.group_text(group, member, "/start@pivot_test_bot"), group)
    (general,) = tg.fake.sent(group, since=mark)
    assert "message_thread_id" not in general
    assert [c.status for c in tg.fake.calls_to("sendMessage", group)] == [200, 200]


async def test_mydata_arrives_as_a_document(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    seen = await say(tg, "/mydata")
    assert "[file pivotbot-my-data.json]" in joined(seen)
    (document,) = tg.fake.documents
    assert document["filename"] == "pivotbot-my-data.json"
    assert "conversations" in json.loads(document["content"])


async def test_restart_sends_what_was_committed_but_not_sent(tg: TelegramDriver) -> None:
    await say(tg, "/start")
    await tap(tg, "Prepare for an interview")
    tg.fake.stall(ANN)  # the reply is committed, its sendMessage never answers
    mark = len(tg.fake.calls)
    tg.fake.text(ANN, "Acme")
    await tg.fake.wait_for(lambda: bool(tg.fake.calls_to("sendMessage", ANN, since=mark)))
    # The bot goes down with the send in flight; the row stays undelivered.
    await tg.restart(meanwhile=lambda: tg.fake.release(ANN))
    again = tg.fake.sent(ANN, since=mark)
    assert [m["text"] for m in again] == ["And which role at Acme are you interviewing for?"]
    assert "Which time zone" in joined(await say(tg, "Analyst"))
    assert "When is the interview" in joined(await say(tg, "London"))


async def test_long_polling_refuses_to_start_beside_another_telegram_process(
    tmp_path: Path,
) -> None:
    """A polling start beside webhook workers on the same database would delete their webhook:
    ``pivotbot telegram`` (polling) stops with one line, exit 2, and never calls deleteWebhook."""
    import os
    import socket
    import subprocess
    import sys
    from datetime import UTC, datetime

    from adapters.testing.telegram_api import TOKEN, FakeTelegram
    from bot.clock import iso
    from bot.store import RelayRow, open_store

    store = open_store(tmp_path / "bot.db")
    now = iso(datetime.now(UTC))  # a live process on this host: this test's own
    store.beat(RelayRow("telegram:other", "telegram", socket.gethostname(), os.getpid(), now))
    store.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PIVOTBOT_"))}
    async with FakeTelegram() as fake:
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=fake.base_url,
            PIVOTBOT_DB=str(tmp_path / "bot.db"),
        )
        done = await asyncio.to_thread(
            subprocess.run,
            [str(Path(sys.executable).parent / "pivotbot"), "telegram"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, done.stderr
        last = done.stderr.strip().splitlines()[-1]
        assert "1 other Telegram process(es) run on this database" in last
        assert "Traceback" not in done.stderr
        assert not fake.calls_to("deleteWebhook")
