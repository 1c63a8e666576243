"""Multi-workspace install: Bolt's OAuth flow against the fake ``oauth.v2.access``, with slack-sdk's
SQLite installation and state stores next to the bot's database."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.slack import SlackBot
from adapters.testing.slack_api import FakeSlackApi
from adapters.testing.slack_driver import SIGNING_SECRET, SlackApp, Student, event_body, plain
from bot.config import Config
from bot.engine import Engine
from bot.messages import ConversationKey, Inbound

# slack-sdk 3.48 sends oauth.v2.access's client credentials with aiohttp.BasicAuth, which
# aiohttp 3.14 deprecates. Theirs, not ours; harmless until aiohttp 4.
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


@pytest.fixture
async def slack(fake: FakeSlackApi, engine: Engine, tmp_path: Path) -> AsyncIterator[SlackApp]:
    config = Config(
        db=str(tmp_path / "bot.db"),
        slack_signing_secret=SIGNING_SECRET,
        slack_client_id=FakeSlackApi.CLIENT_ID,
        slack_client_secret=FakeSlackApi.CLIENT_SECRET,
        slack_api_url=fake.url,
    )
    app = SlackApp(SlackBot(engine, config))
    await app.start()
    yield app
    await app.close()


async def install(slack: SlackApp, fake: FakeSlackApi, team: str) -> str:
    """What a workspace admin's browser does: open /slack/install, follow "Add to Slack", come
    back to /slack/oauth_redirect with Slack's code and the state. Returns the success page."""
    code = f"code-{team}"
    fake.add_oauth_code(code, team)
    async with slack.session.get(slack.url + "/slack/install") as page:
        assert page.status == 200
        html, cookie = await page.text(), page.headers["Set-Cookie"]
    state = re.search(r"state=([\w-]+)", html)
    assert state and "client_id=" + FakeSlackApi.CLIENT_ID in html
    browser_cookie = cookie.split(";", 1)[0]  # slack-app-oauth-state=<state>
    async with slack.session.get(
        slack.url + "/slack/oauth_redirect",
        params={"code": code, "state": state.group(1)},
        headers={"Cookie": browser_cookie},
    ) as done:
        assert done.status == 200, await done.text()
        return await done.text()


async def test_the_install_stores_the_workspace_next_to_the_bots_database(
    slack: SlackApp, fake: FakeSlackApi, tmp_path: Path
) -> None:
    await install(slack, fake, "TALPHA")
    assert (tmp_path / "bot.db.slack-oauth.db").is_file()
    store = slack.bot.installations
    assert store is not None
    bot = await store.async_find_bot(enterprise_id=None, team_id="TALPHA")
    assert bot is not None and bot.bot_token == fake.workspaces["TALPHA"].bot_token


async def test_a_forged_state_installs_nothing(slack: SlackApp, fake: FakeSlackApi) -> None:
    fake.add_oauth_code("code-TEVIL", "TEVIL")
    async with slack.session.get(
        slack.url + "/slack/oauth_redirect",
        params={"code": "code-TEVIL", "state": "made-up"},
        headers={"Cookie": "slack-app-oauth-state=made-up"},
    ) as response:
        assert response.status in (400, 401)
    assert fake.calls_of("oauth.v2.access") == []


async def test_two_workspaces_each_answered_with_its_own_token_and_data(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine
) -> None:
    await install(slack, fake, "TALPHA")
    await install(slack, fake, "TBETA")
    # The same user id in both workspaces is two different students.
    a = Student(slack, fake, "TALPHA", "U0SAME")
    b = Student(slack, fake, "TBETA", "U0SAME")
    await a.command()
    await a.tap("Prepare for an interview")
    assert "Acme Robotics" in (await a.say("Acme Robotics"))[0].text
    assert "networking" in (await b.command())[0].text.casefold()

    for student in (a, b):
        token = fake.workspaces[student.team].bot_token
        calls = [c for c in fake.calls if c.args.get("channel") == student.channel]
        assert calls and {c.token for c in calls} == {token}
    assert engine.state_of(a.key) == "intake.role"
    assert engine.state_of(b.key) == "welcome"
    assert "Acme" not in str(engine.export(b.key))

    # Beta's App Home shows none of Alpha's records.
    engine.store.add("contacts", a.key, {"name": "Alpha Contact"}, datetime.now(UTC))
    await b.open_home()
    view = fake.views[("TBETA", "U0SAME")]
    assert "Alpha Contact" not in plain(str(view))
    assert fake.calls_of("views.publish")[-1].token == fake.workspaces["TBETA"].bot_token


async def test_timers_and_the_outbox_use_each_workspaces_token(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine
) -> None:
    await install(slack, fake, "TALPHA")
    await install(slack, fake, "TBETA")
    for team in ("TALPHA", "TBETA"):
        await engine.handle(
            Inbound(ConversationKey("slack", team, "U1"), text="/start", event_id="e")
        )
    await slack.bot.relay.scan()  # the backlog scan, as the relay runs it every 30 s
    await slack.bot.idle()
    posts = fake.calls_of("chat.postMessage")
    assert sorted((c.team, c.args["channel"]) for c in posts) == [
        ("TALPHA", "DTALPHAU1"),
        ("TBETA", "DTBETAU1"),
    ]
    assert engine.pending() == []


@pytest.mark.parametrize(
    "event",
    [
        {"type": "app_uninstalled"},
        {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBTALPHA"]}},
    ],
    ids=["app_uninstalled", "tokens_revoked"],
)
async def test_uninstall_erases_that_workspace_only(
    slack: SlackApp, fake: FakeSlackApi, engine: Engine, event: dict[str, object]
) -> None:
    await install(slack, fake, "TALPHA")
    await install(slack, fake, "TBETA")
    a = Student(slack, fake, "TALPHA", "U1")
    b = Student(slack, fake, "TBETA", "U1")
    for student in (a, b):
        await student.command()
        await student.tap("Prepare for an interview")
        await student.say("Contoso")
    engine.store.add("contacts", a.key, {"name": "Someone"}, datetime.now(UTC))

    fake.revoke("TALPHA")  # Slack has already revoked the token when the event arrives
    sent = await slack.event(event_body("TALPHA", {**event, "event_ts": "1.0"}, "EvUNINSTALL"))
    assert sent.status == 200

    exported = engine.export(a.key)
    exported.pop("key")
    assert engine.state_of(a.key) is None and not any(exported.values())
    store = slack.bot.installations
    assert store is not None
    assert await store.async_find_bot(enterprise_id=None, team_id="TALPHA") is None
    # Beta is untouched and still answered with its own token.
    assert engine.state_of(b.key) == "intake.role"
    assert await store.async_find_bot(enterprise_id=None, team_id="TBETA") is not None
    assert (await b.say("Data engineer"))[0].text
