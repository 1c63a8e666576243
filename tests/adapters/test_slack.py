"""The Slack adapter over real HTTP on loopback: the real Bolt app, signed requests in, a fake Web
API out. One workspace here; multi-workspace install is in test_slack_oauth.py."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from adapters.slack import SlackBot, build_app, check_config, quiet_sdk_logs
from adapters.slack_blocks import WJ
from adapters.testing.slack_api import FakeSlackApi
from adapters.testing.slack_driver import (
    QUICK,
    SIGNING_SECRET,
    SlackApp,
    Student,
    command_form,
    event_body,
    make_driver,
    seen_of,
    sign,
)
from bot.app import make_engine
from bot.clock import ManualClock
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError
from bot.messages import ConversationKey, Inbound, Outgoing, Reply
from bot.scripts import format_result, load_script, run_script
from bot.store import Session
from tests.adapters.scripts_share import share

ROOT = Path(__file__).resolve().parents[2]
TEAM = "T0ACME"


def config_for(fake: FakeSlackApi, tmp_path: Path, **more: Any) -> Config:
    token = fake.workspaces[TEAM].bot_token if TEAM in fake.workspaces else None
    return Config(
        db=str(tmp_path / "bot.db"),
        slack_bot_token=token,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=fake.url,
        **more,
    )


async def serve(engine: Any, fake: FakeSlackApi, tmp_path: Path, **kw: Any) -> SlackApp:
    kw = {"tick_every": None, "retry": QUICK, "pause": QUICK, **kw}
    app = SlackApp(SlackBot(engine, config_for(fake, tmp_path), **kw))
    await app.start()
    return app


@pytest.fixture
async def slack(fake: FakeSlackApi, engine: Engine, tmp_path: Path) -> AsyncIterator[SlackApp]:
    fake.add_workspace(TEAM)
    app = await serve(engine, fake, tmp_path)
    yield app
    await app.close()


@pytest.fixture
def alice(slack: SlackApp, fake: FakeSlackApi, clock: ManualClock) -> Student:
    return Student(slack, fake, TEAM, "UALICE", clock)


class SlowEngine:
    """The real engine, but ``handle`` takes ``delay`` seconds first (an overloaded server)."""

    def __init__(self, engine: Engine, delay: float) -> None:
        self._engine, self.delay = engine, delay

    async def handle(self, inbound: Inbound, inbox_id: int | None = None) -> list[Any]:
        await asyncio.sleep(self.delay)
        return await self._engine.handle(inbound, inbox_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


# -- the whole scripted suite, through this adapter ----------------------------------------


@pytest.mark.parametrize("path", share("slack"), ids=lambda p: p.stem)
async def test_scripted_conversations_pass_over_slack(path: Path) -> None:
    """Slack's share of the scripts (the other half go through Telegram: see
    tests/adapters/scripts_share.py)."""
    result = await run_script(load_script(path), make_engine, make_driver)
    assert result.passed, format_result(result)


# -- a DM conversation, message by message --------------------------------------------------


async def test_dm_conversation_by_taps_reaches_the_pivot_plan(
    alice: Student, fake: FakeSlackApi, engine: Engine
) -> None:
    seen = await alice.command()  # a bare /pivot opens the DM and starts
    assert fake.calls_of("conversations.open")[-1].args["users"] == "UALICE"
    assert "networking" in seen[0].text.casefold()
    await alice.tap("Prepare for an interview")
    await alice.say("Acme Robotics")
    await alice.say("Inside sales")
    await alice.say("next Tuesday")
    await alice.say("Their grid-forecasting launch")
    await alice.tap("5")
    await alice.tap("2")
    seen = await alice.say("product analytics")
    assert "Better fit: product analytics" in "\n".join(s.text for s in seen)
    await alice.tap("Sounds right")
    seen = await alice.say("I built a usage dashboard my team used for renewals")
    assert "Your pivot plan for Acme Robotics" in "\n".join(s.text for s in seen)
    assert engine.state_of(alice.key) == "pivot.plan"
    # Every post went to Alice's DM with the workspace's token.
    token = fake.workspaces[TEAM].bot_token
    assert {c.token for c in fake.calls_of("chat.postMessage")} == {token}
    assert {c.args["channel"] for c in fake.calls_of("chat.postMessage")} == {alice.channel}


async def test_the_students_slack_time_zone_is_used_without_asking(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine, clock: ManualClock
) -> None:
    fake.set_user(TEAM, "ULUIS", "America/Los_Angeles")
    luis = Student(slack, fake, TEAM, "ULUIS", clock)
    clock.advance(timedelta(hours=19))  # Thursday 04:00 UTC: Wednesday 20:00 in Los Angeles
    await luis.command()
    await luis.tap("Prepare for an interview")
    await luis.say("Lumen Outdoor Co.")
    seen = await luis.say("Inside sales")
    assert "When is the interview" in seen[-1].text  # no time-zone question on Slack
    assert "time zone" not in " ".join(s.text for s in seen)
    # "Tomorrow" is Luis's tomorrow, Thursday (in UTC it is already Friday).
    seen = await luis.say("tomorrow")
    assert seen[0].text == "Noted: Thursday 26 November 2026."
    for text in ("their repair-and-resell program", "5", "2", "merchandising analytics"):
        await luis.say(text)
    await luis.tap("Sounds right")
    assert engine.state_of(luis.key) == "pivot.evidence"
    # Asked once per student, with the workspace's own token.
    (info,) = fake.calls_of("users.info")
    assert info.args["user"] == "ULUIS" and info.token == fake.workspaces[TEAM].bot_token

    # The thank-you reminder: 17:00 on Thursday in Los Angeles, stored as 01:00 UTC on Friday.
    (timer,) = [t for t in engine.store.export(luis.key)["timers"] if t["status"] == "pending"]
    assert timer["due_at"] == "2026-11-27T01:00:00.000000Z"
    clock.advance(timedelta(hours=20, minutes=59))
    await slack.bot.relay.tick()
    assert luis.seen() == []
    clock.advance(timedelta(minutes=1))
    await slack.bot.relay.tick()
    (reminder,) = luis.seen()
    assert "How did the interview at Lumen Outdoor Co. go?" in reminder.text
    assert [c.label for c in reminder.choices] == ["Done", "Remind me tomorrow", "Skip"]


async def test_a_time_zone_the_student_names_outranks_slacks(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine, clock: ManualClock
) -> None:
    fake.set_user(TEAM, "UTRAVEL", "America/Los_Angeles")
    tess = Student(slack, fake, TEAM, "UTRAVEL", clock)
    await tess.command()
    session = engine.store.load(tess.key)
    assert session is not None and session.data["_tz"] == "America/Los_Angeles"
    await tess.command("timezone")
    seen = await tess.say("Berlin")
    assert "Got it: Berlin time" in seen[0].text
    await tess.command("menu")  # Slack still says Los Angeles: the student's word stands
    session = engine.store.load(tess.key)
    assert session is not None and session.data["_tz"] == "Europe/Berlin"


async def test_without_a_slack_time_zone_the_bot_asks(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine, clock: ManualClock
) -> None:
    fake.set_user(TEAM, "UNOTZ", None)  # users.info answers missing_scope
    ned = Student(slack, fake, TEAM, "UNOTZ", clock)
    await ned.command()
    await ned.tap("Prepare for an interview")
    await ned.say("Acme Robotics")
    seen = await ned.say("Inside sales")
    assert "Which time zone are you in?" in seen[-1].text
    seen = await ned.tap("Los Angeles")
    assert "When is the interview" in seen[-1].text
    assert engine.state_of(ned.key) == "intake.date"


async def test_a_tap_is_shown_on_the_original_message_and_its_buttons_go(
    alice: Student, fake: FakeSlackApi
) -> None:
    await alice.command()
    question = fake.posts(alice.channel)[-1]
    seen = await alice.tap("Prepare for an interview")
    update = fake.calls_of("chat.update")[-1]
    assert (update.args["channel"], update.args["ts"]) == (alice.channel, question.ts)
    assert [b["type"] for b in question.blocks] == ["section", "context"]
    assert question.blocks[-1]["elements"][0]["text"] == "✓ *Prepare for an interview*"
    assert "which company" in seen[0].text.casefold()
    # The update happened before the next question was posted.
    assert fake.calls.index(update) < fake.calls.index(fake.calls_of("chat.postMessage")[-1])


async def test_only_the_latest_question_keeps_its_buttons(
    alice: Student, fake: FakeSlackApi
) -> None:
    await alice.command()
    await alice.say("1")  # typed instead of tapped: the welcome buttons stay until...
    await alice.say("Acme Robotics")
    await alice.say("Inside sales")
    date_question = fake.posts(alice.channel)[-1]
    assert seen_of(date_question).choices  # "Not scheduled yet"
    await alice.say("next Tuesday")
    assert seen_of(date_question).choices  # a question without buttons leaves them
    seen = await alice.say("Their grid-forecasting launch")
    assert [c.label for c in seen[-1].choices] == ["1", "2", "3", "4", "5"]
    # ...a new question with buttons arrives: every earlier message has lost its buttons.
    earlier = fake.posts(alice.channel)[:-1]
    assert not [m.ts for m in earlier if seen_of(m).choices]
    assert all(b["type"] == "section" for b in date_question.blocks)


async def test_typing_a_number_answers_like_a_tap(alice: Student, engine: Engine) -> None:
    await alice.command("start")
    seen = await alice.say("1")
    assert "which company" in seen[0].text.casefold()
    assert engine.state_of(alice.key) == "intake.company"


async def test_slash_command_words_are_the_dm_commands(alice: Student, engine: Engine) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    await alice.say("Contoso")
    seen = await alice.command("back")  # what /back is in the DM of other platforms
    assert engine.state_of(alice.key) == "intake.company"
    assert seen and "which company" in seen[-1].text.casefold()
    seen = await alice.command()  # a bare /pivot resumes: same place, buttons re-offered
    assert engine.state_of(alice.key) == "intake.company"
    assert seen


async def test_pivot_report_is_refused_to_a_student_who_is_not_an_admin(
    alice: Student, fake: FakeSlackApi
) -> None:
    seen = await alice.command("report")
    assert seen == [] and fake.files == []
    assert "only for the people your career office has named" in (
        alice.sent.response if alice.sent else ""
    )


async def test_an_admin_gets_the_report_of_their_own_workspace_only(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path, clock: ManualClock
) -> None:
    fake.add_workspace(TEAM)
    now = clock.now()
    for team, people in ((TEAM, 12), ("TOTHER", 30)):
        for n in range(people):
            key = ConversationKey("slack", team, f"U{n:04}")
            engine.store.save(key, Session("menu", {"company": "Secret Corp"}, 2), now)
    app = SlackApp(SlackBot(engine, config_for(fake, tmp_path, admins=frozenset({"UBOSS"}))))
    await app.start()
    try:
        boss = Student(app, fake, TEAM, "UBOSS", clock)
        seen = await boss.command("report")
        assert "Preparing the report" in (boss.sent.response if boss.sent else "")
        assert any("career-office report for this workspace" in s.text for s in seen)
        (upload,) = fake.files
        report = upload["content"].decode()
        assert upload["team"] == TEAM and upload["channel"] == boss.channel
        assert f"**Workspace:** {TEAM}" in report
        # This workspace's 12 people, published with the report's noise (not 30, not 42).
        from flows.pivot.report import build_report, tally

        assert tally(engine.store, TEAM, now=now)["reach"]["people"]["value"] == 12
        ours = build_report(engine.store, TEAM, now=now)["reach"]["people"]["value"]
        every = build_report(engine.store, now=now)["reach"]["people"]["value"]
        assert f"| People who started in the period | {ours} |" in report
        assert f"| People who started in the period | {every} |" not in report
        assert "Secret Corp" not in report and "U0001" not in report
    finally:
        await app.close()


# -- reliability: retries, verification, acknowledgement -----------------------------------


async def test_a_retried_event_is_answered_once(alice: Student, fake: FakeSlackApi) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    first = await alice.say("Fabrikam")
    assert first
    assert await alice.redeliver() == []
    assert await alice.redeliver() == []


async def test_a_retry_arriving_while_the_first_is_still_working_is_answered_once(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path, clock: ManualClock
) -> None:
    fake.add_workspace(TEAM)
    app = await serve(SlowEngine(engine, 0.3), fake, tmp_path)
    try:
        bob = Student(app, fake, TEAM, "UBOB", clock)
        body = bob.message_event("hello")
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        await asyncio.gather(
            app.event(body, wait=False), app.event(body, headers=retry, wait=False)
        )
        await app.bot.idle()
        assert len(bob.seen()) == 1
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("signature", "age"),
    [("v0=" + "0" * 64, 0), (None, 301), (None, 60 * 60), (None, -360)],
    ids=["forged signature", "older than five minutes", "an hour old", "from the future"],
)
async def test_forged_or_stale_requests_are_refused_with_401(
    alice: Student,
    slack: SlackApp,
    fake: FakeSlackApi,
    engine: Engine,
    signature: str | None,
    age: int,
) -> None:
    timestamp = int(time.time()) - age
    sent = await slack.event(alice.message_event("hello"), signature=signature, timestamp=timestamp)
    assert sent.status == 401
    sent = await slack.form(
        command_form(TEAM, alice.user, "", "trigger-x"), signature=signature, timestamp=timestamp
    )
    assert sent.status == 401
    assert fake.calls == [] and engine.state_of(alice.key) is None


@pytest.mark.parametrize("stamp", ["soon", "", "12e3", "1.5", " 1", "-", "١٢٣"])
async def test_a_non_numeric_timestamp_is_refused_with_401_like_any_bad_signature(
    alice: Student,
    slack: SlackApp,
    fake: FakeSlackApi,
    engine: Engine,
    stamp: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    headers = {"X-Slack-Request-Timestamp": stamp}
    sent = await slack.event(alice.message_event("hello"), headers=headers)
    forged = await slack.event(alice.message_event("hello"), signature="v0=" + "0" * 64)
    assert (sent.status, sent.response) == (401, forged.response)
    sent = await slack.form(command_form(TEAM, alice.user, "", "trigger-x"), headers=headers)
    assert sent.status == 401
    assert fake.calls == [] and engine.state_of(alice.key) is None
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_a_redelivered_tap_marks_its_message_once(alice: Student, fake: FakeSlackApi) -> None:
    await alice.command()
    first = await alice.tap("Prepare for an interview")
    assert first
    assert len(fake.calls_of("chat.update")) == 1
    for _ in range(5):
        assert await alice.redeliver() == []
    # Slack redelivers an action only when the first took too long; none of these redeliveries
    # marks the message again, or posts, before the duplicate is seen.
    assert len(fake.calls_of("chat.update")) == 1
    assert len(fake.calls_of("chat.postMessage")) == 2


async def test_a_request_signed_with_another_secret_is_refused(slack: SlackApp) -> None:
    body = json.dumps(event_body(TEAM, {"type": "message", "text": "x"}, "Ev1"))
    async with slack.session.post(
        slack.url + "/slack/events",
        data=body,
        headers={"Content-Type": "application/json", **sign("not-our-secret", body)},
    ) as response:
        assert response.status == 401


async def test_url_verification_is_answered(slack: SlackApp) -> None:
    body = {
        "token": "legacy",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        "type": "url_verification",
    }
    sent = await slack.event(body)
    assert sent.status == 200
    assert json.loads(sent.response)["challenge"] == body["challenge"]


async def test_command_and_tap_are_acknowledged_within_3s_with_a_slow_engine(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path, clock: ManualClock
) -> None:
    fake.add_workspace(TEAM)
    # Set up one student with a question on screen, at normal speed.
    fast = await serve(engine, fake, tmp_path)
    ann = Student(fast, fake, TEAM, "UANN", clock)
    await ann.command()
    await fast.close()
    slow = await serve(SlowEngine(engine, 4.0), fake, tmp_path)
    try:
        ann.app = slow
        ben = Student(slow, fake, TEAM, "UBEN", clock)
        started = time.monotonic()
        await asyncio.gather(
            ann.tap("Prepare for an interview", wait=False), ben.command(wait=False)
        )
        assert ann.sent and ben.sent
        assert ann.sent.elapsed < 3 and ben.sent.elapsed < 3
        # The tapped message changes before the slow engine answers (the update is sent just
        # after the ack, so on a loaded machine it may land a moment after the ack does).
        for _ in range(300):
            if fake.calls_of("chat.update") or ben.seen():
                break
            await asyncio.sleep(0.01)
        assert fake.calls_of("chat.update")
        assert not ben.seen()
        await slow.bot.idle()  # both students ran in parallel: about 4 s, not 8
        assert time.monotonic() - started < 7.5
        assert "which company" in ann.seen()[-1].text.casefold()
        assert "networking" in ben.seen()[0].text.casefold()
    finally:
        await slow.close()


async def test_one_students_messages_are_answered_in_order(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path, clock: ManualClock
) -> None:
    fake.add_workspace(TEAM)
    fake.slow("chat.postMessage", 0.05)
    app = await serve(SlowEngine(engine, 0.05), fake, tmp_path)
    try:
        cat = Student(app, fake, TEAM, "UCAT", clock)
        await cat.command()
        await cat.tap("Prepare for an interview")
        for text in ("Northwind", "Barista", "tomorrow"):
            await cat.say(text, wait=False)
        await app.bot.idle()
        texts = [s.text for s in cat.seen()]
        assert len(texts) == 4
        assert "Northwind" in texts[0] and "When is the interview" in texts[1]
        assert texts[2] == "Noted: Thursday 26 November 2026."  # the date as understood
        assert "draws you to Northwind" in texts[3]
    finally:
        await app.close()


# -- what is not a DM conversation ----------------------------------------------------------


async def test_a_channel_mention_gets_one_threaded_invitation_and_stores_nothing(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine
) -> None:
    event = {
        "type": "app_mention",
        "user": "UDAN",
        "text": "<@UBT0ACME> help me",
        "ts": "1700000000.000100",
        "channel": f"C{TEAM}GENERAL",
        "event_ts": "1700000000.000100",
    }
    body = event_body(TEAM, event, "EvMENTION1")
    await slack.event(body)
    await slack.event(body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "timeout"})
    (post,) = fake.calls_of("chat.postMessage")
    assert post.args["thread_ts"] == "1700000000.000100"
    assert post.args["channel"] == f"C{TEAM}GENERAL"
    assert "private chat" in post.args["text"]
    assert engine.state_of(alice_key("UDAN")) is None
    stored = engine.export(alice_key("UDAN"))
    stored.pop("key")
    assert not any(stored.values()), stored


async def test_a_mention_inside_a_thread_is_answered_in_that_thread(
    slack: SlackApp, fake: FakeSlackApi
) -> None:
    event = {
        "type": "app_mention",
        "user": "UDAN",
        "text": "<@UBT0ACME> can you help?",
        "ts": "1700000100.000200",
        "thread_ts": "1700000000.000100",
        "channel": f"C{TEAM}GENERAL",
        "event_ts": "1700000100.000200",
    }
    await slack.event(event_body(TEAM, event, "EvMENTION2"))
    (post,) = fake.calls_of("chat.postMessage")
    assert post.args["thread_ts"] == "1700000000.000100"  # the thread, not a new one
    assert post.args["channel"] == f"C{TEAM}GENERAL"


async def test_an_edited_channel_message_gets_no_second_invitation(
    slack: SlackApp, fake: FakeSlackApi, alice: Student
) -> None:
    mention = {
        "type": "app_mention",
        "user": "UALICE",
        "text": "<@UBT0ACME> help me",
        "ts": "1700000000.000300",
        "channel": f"C{TEAM}GENERAL",
        "event_ts": "1700000000.000300",
    }
    await slack.event(event_body(TEAM, mention, "EvMENTION3"))
    assert len(fake.calls_of("chat.postMessage")) == 1
    original = event_body(TEAM, {**mention, "type": "message", "channel_type": "channel"}, "Ev0")
    edit = alice.edit_event(original, "<@UBT0ACME> help me please")
    assert await alice.send("event", edit) == []
    assert len(fake.calls_of("chat.postMessage")) == 1


# -- edits in the DM ---------------------------------------------------------------------------


async def test_an_edit_of_the_latest_answer_replaces_it_and_says_so(
    alice: Student, engine: Engine
) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    typo = alice.message_event("Acme Robotcs")
    seen = await alice.send("event", typo)
    assert "role at Acme Robotcs" in seen[-1].text
    seen = await alice.send("event", alice.edit_event(typo, "Acme Robotics"))
    said = "\n".join(s.text for s in seen)
    assert "changed it to “Acme Robotics”" in said
    assert "role at Acme Robotics are" in said
    assert engine.state_of(alice.key) == "intake.role"
    assert await alice.redeliver() == []  # Slack's retry of the edit: no second copy
    await alice.say("Inside sales")
    exported = json.dumps(engine.export(alice.key))
    assert "Acme Robotics" in exported and "Robotcs" not in exported


async def test_an_edit_of_an_earlier_message_changes_nothing_and_says_how(
    alice: Student, engine: Engine
) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    first = alice.message_event("Acme Robotics")
    await alice.send("event", first)
    await alice.say("Inside sales")
    state = engine.state_of(alice.key)
    (seen,) = await alice.send("event", alice.edit_event(first, "Globex"))
    assert "nothing has changed" in seen.text and "/pivot back" in seen.text
    assert engine.state_of(alice.key) == state
    assert "Globex" not in json.dumps(engine.export(alice.key))


@pytest.mark.parametrize(
    "change",
    [
        {"edited": None, "attachments": [{"title": "Acme"}]},  # a link unfurled: same text
        {"user": None, "bot_id": "B0PIVOT"},  # the bot's own message, updated after a tap
        {"edited": {"user": "UEVE", "ts": "1.0"}},  # someone else's change (an admin)
    ],
    ids=["unfurl", "bot", "other-editor"],
)
async def test_changes_that_are_not_the_students_edit_get_no_reply(
    alice: Student, engine: Engine, change: dict[str, Any]
) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    sent = alice.message_event("see https://acme.example")
    await alice.send("event", sent)
    state = engine.state_of(alice.key)
    text = "see https://acme.example" if change.get("edited", 1) is None else "Globex"
    assert await alice.send("event", alice.edit_event(sent, text, **change)) == []
    assert engine.state_of(alice.key) == state


def alice_key(user: str) -> Any:
    from bot.messages import ConversationKey

    return ConversationKey("slack", TEAM, user)


@pytest.mark.parametrize(
    "extra",
    [
        {"bot_id": "BOTHER", "subtype": "bot_message"},
        {"subtype": "message_changed"},
        {"subtype": "message_deleted"},
        {"channel_type": "channel"},
    ],
    ids=["bot", "edit", "deletion", "channel"],
)
async def test_messages_that_are_not_a_students_dm_line_are_ignored(
    alice: Student, fake: FakeSlackApi, engine: Engine, extra: dict[str, Any]
) -> None:
    assert await alice.send("event", alice.message_event("/start", **extra)) == []
    assert engine.state_of(alice.key) is None


async def test_a_file_gets_the_polite_unsupported_answer(alice: Student, engine: Engine) -> None:
    await alice.command()
    files = [{"id": "F1", "name": "cv.pdf", "mimetype": "application/pdf"}]
    seen = await alice.send("event", alice.message_event("", subtype="file_share", files=files))
    assert "only read text" in seen[0].text
    assert engine.state_of(alice.key) == "welcome"


# -- hostile input --------------------------------------------------------------------------

HOSTILE = "<!channel> <@U123> <https://evil.example|click> *bold* _it_ ~gone~ `code` &amp; > quote"


async def test_hostile_input_comes_back_literal(alice: Student, fake: FakeSlackApi) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    seen = await alice.say(HOSTILE)
    assert HOSTILE in seen[0].text  # the student reads exactly what they typed
    mrkdwn = fake.posts(alice.channel)[-1].blocks[0]["text"]["text"]
    fallback = fake.posts(alice.channel)[-1].text
    for text in (mrkdwn, fallback):
        assert not re.search(r"<[!@#]|<https?:", text)  # no ping, mention or link
        assert "&lt;!channel&gt;" in text and "&amp;amp;" in text
        bare = re.sub(WJ + r"[*_~`]" + WJ, "", text)
        assert not re.search(r"[~`]", bare)  # no strike or code at all
        assert "*bold*" not in bare and "_it_" not in bare


async def test_lone_surrogates_and_invisible_characters_get_a_real_answer(
    alice: Student, engine: Engine
) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    # Slack's JSON can carry a lone surrogate (\ud800); a zero-width space alone is no answer.
    seen = await alice.say("\u200b\ud800\u2060")
    assert "company's name" in seen[0].text
    assert engine.state_of(alice.key) == "intake.company"
    seen = await alice.say("Acme\ud800 Robotics\u200b")
    assert "role at Acme Robotics are" in seen[-1].text
    assert "went wrong" not in "\n".join(s.text for s in seen)


async def test_real_mentions_in_a_students_message_come_back_as_plain_words(
    alice: Student, fake: FakeSlackApi
) -> None:
    await alice.command()
    await alice.tap("Prepare for an interview")
    body = alice.message_event("")
    body["event"]["text"] = "<!channel> <@U123|boss> <https://evil.example|Acme>"  # Slack's markup
    seen = await alice.send("event", body)
    assert "@channel @boss Acme" in seen[0].text
    assert not re.search(
        r"<[!@#]|<https?:", fake.posts(alice.channel)[-1].blocks[0]["text"]["text"]
    )


# -- App Home ----------------------------------------------------------------------------------


async def test_app_home_shows_follow_ups_scores_and_contacts(
    alice: Student, fake: FakeSlackApi, engine: Engine, clock: ManualClock
) -> None:
    store, now = engine.store, clock.now()
    contact = store.add(
        "contacts",
        alice.key,
        {"name": "Ann <@U1>", "title": "VP Product", "organisation": "Acme & Co", "stage": "met"},
        now,
    )
    store.add(
        "followups",
        alice.key,
        {
            "kind": "thank_you",
            "contact_id": contact,
            "due_at": "2026-11-26T17:00:00+00:00",
            "status": "pending",
        },
        now,
    )
    store.add(
        "attempts", alice.key, {"persona": "hiring manager", "total": 14, "band": "strong"}, now
    )
    other = Student(alice.app, fake, TEAM, "UOTHER")
    store.add("contacts", other.key, {"name": "Not Alice's"}, now)

    sent = await alice.open_home()
    assert sent.status == 200
    publish = fake.calls_of("views.publish")[-1]
    assert publish.args["user_id"] == "UALICE" and publish.token == fake.workspaces[TEAM].bot_token
    from adapters.testing.slack_driver import plain

    view = fake.views[(TEAM, "UALICE")]
    text = plain("\n".join(b["text"]["text"] for b in view["blocks"] if b["type"] == "section"))
    assert "Ann <@U1>, VP Product, Acme & Co [met]" in text
    # What to do and with whom, on the student's clock (London: UTC in November).
    assert "Send a thank-you note to Ann <@U1> (Acme & Co): Thu 26 Nov 2026 17:00" in text
    assert "hiring manager: 14 (strong)" in text
    assert "Not Alice's" not in text
    buttons = {b["action_id"]: b["value"] for b in view["blocks"][-1]["elements"]}
    assert buttons == {"home-rehearse": "menu.rehearse", "home-debrief": "menu.debrief"}


async def test_a_home_button_feeds_its_choice_to_the_engine_and_answers_in_the_dm(
    alice: Student, fake: FakeSlackApi, engine: Engine
) -> None:
    await alice.command()
    await alice.open_home()
    seen = await alice.tap_home("home-rehearse")
    assert seen, "the answer arrives in the DM"
    assert fake.calls_of("chat.postMessage")[-1].args["channel"] == alice.channel


# -- delivery outside a request: timers and the outbox -------------------------------------


async def test_the_outbox_is_sent_at_start_and_marked_delivered(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path
) -> None:
    fake.add_workspace(TEAM)
    key = alice_key("UEVE")
    await engine.handle(Inbound(key, text="/start", event_id="before-the-crash"))
    assert len(engine.pending()) == 1  # committed, never sent
    app = await serve(engine, fake, tmp_path)
    try:
        await app.bot.idle()
        (post,) = fake.calls_of("chat.postMessage")
        assert post.args["channel"] == FakeSlackApi.dm_channel(TEAM, "UEVE")
        assert post.token == fake.workspaces[TEAM].bot_token
        assert engine.pending() == []
    finally:
        await app.close()


class TickingEngine:
    """The real engine, whose ``tick`` also has one reminder due for Gil the first time, and
    says when the loop has come back for a second tick."""

    def __init__(self, engine: Engine) -> None:
        self._engine, self.ticks, self.second = engine, 0, asyncio.Event()

    async def tick(
        self, now: Any = None, platform: str | None = None, limit: int = 500
    ) -> list[Outgoing]:
        assert platform == "slack"  # a shared database: Slack fires only its own users' timers
        self.ticks += 1
        if self.ticks == 2:
            self.second.set()
        due = [Outgoing(alice_key("UGIL"), Reply("Time to send your **thank-you**."))]
        return due if self.ticks == 1 else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


async def test_the_timer_loop_sends_what_comes_due(
    fake: FakeSlackApi, engine: Engine, tmp_path: Path
) -> None:
    fake.add_workspace(TEAM)
    ticking = TickingEngine(engine)
    app = await serve(ticking, fake, tmp_path, tick_every=0.01)  # the relay's timer loop
    try:
        await asyncio.wait_for(ticking.second.wait(), 5)
        await app.bot.idle()
        (post,) = fake.calls_of("chat.postMessage")
        assert post.args["channel"] == FakeSlackApi.dm_channel(TEAM, "UGIL")
        assert post.args["blocks"][0]["text"]["text"] == "Time to send your *thank-you*."
    finally:
        await app.close()


async def test_a_student_who_left_is_deactivated_not_retried_forever(
    alice: Student, fake: FakeSlackApi, engine: Engine
) -> None:
    await alice.command()
    fake.fail("chat.postMessage", "user_disabled")
    await alice.tap("Prepare for an interview")
    assert engine.pending() == []
    session = engine.store.load(alice.key)
    assert session is not None and not session.active  # deactivated; their data kept
    assert len(fake.calls_of("chat.postMessage")) == 2  # the welcome, then one try: no loop


async def test_a_transient_failure_is_retried_until_it_goes_through_without_a_restart(
    alice: Student, fake: FakeSlackApi, engine: Engine
) -> None:
    await alice.command()
    fake.fail("chat.postMessage", "internal_error")
    seen = await alice.tap("Prepare for an interview")  # returns once the reply is settled
    assert engine.pending() == [] and "which company" in seen[-1].text.casefold()
    assert len(fake.calls_of("chat.postMessage")) == 3  # the welcome, the failure, the retry


async def test_rate_limits_and_server_errors_are_retried_by_the_client(
    alice: Student, fake: FakeSlackApi, engine: Engine
) -> None:
    fake.fail("chat.postMessage", "ratelimited", status=429)  # Retry-After: 0
    fake.fail("chat.postMessage", "internal_error", status=503)
    seen = await alice.command()
    assert "networking" in seen[0].text.casefold() and engine.pending() == []
    assert len(fake.calls_of("chat.postMessage")) == 3


# -- configuration and logs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "http", "named"),
    [
        ({}, False, "SLACK_APP_TOKEN"),
        ({"slack_app_token": "xapp-1"}, False, "SLACK_BOT_TOKEN"),
        ({}, True, "SLACK_SIGNING_SECRET"),
        ({"slack_signing_secret": "s"}, True, "SLACK_BOT_TOKEN"),
        ({"slack_client_id": "1.2"}, True, "SLACK_CLIENT_SECRET"),
        (
            {"slack_client_id": "1.2", "slack_client_secret": "x", "slack_signing_secret": "s"},
            False,
            "--http",
        ),
    ],
)
def test_missing_configuration_names_the_variable(
    settings: dict[str, str], http: bool, named: str, engine: Engine
) -> None:
    with pytest.raises(ConfigError, match=re.escape(named)):
        check_config(Config(**settings), http)  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        build_app(engine, Config(**settings), http=http)  # type: ignore[arg-type]


async def test_logs_carry_no_message_text_and_no_secrets(
    alice: Student, fake: FakeSlackApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    quiet_sdk_logs()
    await alice.command()
    await alice.tap("Prepare for an interview")
    await alice.say("Secret Employer Ltd")
    fake.fail("chat.postMessage", "account_inactive")
    await alice.say("Confidential role title")
    logged = caplog.text
    assert "Secret Employer" not in logged and "Confidential role" not in logged
    assert fake.workspaces[TEAM].bot_token not in logged and SIGNING_SECRET not in logged
    assert "account_inactive" in logged  # failures are still logged, by key and error code


@pytest.mark.parametrize(
    ("args", "env", "line"),
    [
        ([], {}, "pivotbot: SLACK_APP_TOKEN is not set"),
        (["--http"], {}, "pivotbot: SLACK_SIGNING_SECRET is not set"),
        (["--http"], {"SLACK_SIGNING_SECRET": "s"}, "pivotbot: SLACK_BOT_TOKEN is not set"),
        (["--http"], {"SLACK_BOT_TOKEN": "xoxp-user"}, "pivotbot: SLACK_BOT_TOKEN is malformed"),
        ([], {"SLACK_APP_TOKEN": "xapp-1-x"}, "pivotbot: SLACK_BOT_TOKEN is not set"),
    ],
)
def test_pivotbot_slack_says_in_one_line_which_variable_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str], line: str
) -> None:
    from click.testing import CliRunner

    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # no .env here
    names = ("BOT_TOKEN", "SIGNING_SECRET", "APP_TOKEN", "CLIENT_ID", "CLIENT_SECRET", "API_URL")
    environ = {f"SLACK_{name}": "" for name in names} | env
    result = CliRunner().invoke(main, ["slack", "--db", str(tmp_path / "x.db"), *args], env=environ)
    assert result.exit_code == 2
    (only,) = result.output.strip().splitlines()
    assert only.startswith(line)


async def test_pivotbot_slack_http_listens_only_on_the_address_given(tmp_path: Path) -> None:
    """``--listen 127.0.0.2`` binds that loopback address only: a proxy on the same machine
    reaches it, another address of the machine does not (without it: every interface)."""
    import os
    import signal
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with FakeSlackApi() as fake:
        fake.add_workspace(TEAM)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PIVOTBOT_"))}
        env.update(
            SLACK_BOT_TOKEN=fake.workspaces[TEAM].bot_token,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=fake.url,
        )
        args = ["slack", "--http", "--listen", "127.0.0.2", "--port", str(port)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *args, "--db", str(tmp_path / "bot.db")],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:

            def reachable(host: str) -> bool:
                with socket.socket() as s:
                    s.settimeout(1.0)
                    return s.connect_ex((host, port)) == 0

            for _ in range(600):  # the process starts: normally well under a second
                if reachable("127.0.0.2") or proc.poll() is not None:
                    break
                await asyncio.sleep(0.05)
            assert reachable("127.0.0.2"), "the worker never listened on 127.0.0.2"
            assert not reachable("127.0.0.1")
        finally:
            proc.send_signal(signal.SIGTERM)
            await asyncio.to_thread(proc.wait, 30)
