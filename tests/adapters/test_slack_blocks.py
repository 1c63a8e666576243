"""Rendering for Slack without a network: markup to mrkdwn and Block Kit, Slack text back to plain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from adapters.slack_app import BOT_SCOPES, EVENTS_PATH
from adapters.slack_blocks import (
    FALLBACK_LIMIT,
    SECTION_LIMIT,
    WJ,
    answered,
    escape,
    from_slack,
    home_view,
    render,
    to_mrkdwn,
)
from adapters.testing.slack_driver import plain, slack_escape
from bot.markup import esc, fill, to_plain
from bot.messages import Choice, Reply

HOSTILE = [
    "<!channel> <!here> <!everyone>",
    "<@U123> <@U123|boss> <#C1|general> <!subteam^S1|@team>",
    "<https://evil.example|click me> <mailto:a@b.example>",
    "*bold* _italic_ ~strike~ `code` ```block```",
    "&amp; &lt;b&gt; & < > &&lt;",
    "> a quote\n>>> all quoted",
    "[click](https://evil.example) **not ours** \\*",
    "- not a bullet",
    "a*b*c snake_case ~/path",
    "مرحبا 🚀 :skull: :white_check_mark:",
]

# Slack formats only these shapes; a literal marker is always between two word joiners.
_MENTION = re.compile(r"<[!@#]|<https?:|<mailto:")


def _bare_markers(mrkdwn: str) -> list[str]:
    """Markers not wrapped in word joiners (i.e. formatting that Slack would apply)."""
    stripped = re.sub(WJ + r"[*_~`]" + WJ, "", mrkdwn)
    return re.findall(r"[*_~`]", stripped)


@pytest.mark.parametrize("value", HOSTILE)
def test_user_text_cannot_mention_link_or_format(value: str) -> None:
    markup = fill("You said {v}.", v=value)
    mrkdwn = to_mrkdwn(markup)
    assert not _MENTION.search(mrkdwn), mrkdwn
    assert "<" not in mrkdwn and ">" not in mrkdwn
    assert _bare_markers(mrkdwn) == []
    assert not any(line.startswith("&gt;") for line in mrkdwn.split("\n"))
    # ...and the student still reads exactly what they typed.
    assert plain(mrkdwn) == to_plain(markup)


@pytest.mark.parametrize("value", HOSTILE)
def test_incoming_text_is_unescaped_once_so_nothing_is_escaped_twice(value: str) -> None:
    delivered = slack_escape(value)  # what Slack sends for what the student typed
    typed = from_slack(delivered)
    assert typed == value
    # Escaped once on the way out: exactly Slack's own form again, and read back as typed.
    assert escape(typed).replace(WJ, "") == delivered
    assert plain(escape(typed)) == value


def test_slack_markup_in_incoming_text_becomes_the_words_the_student_saw() -> None:
    assert from_slack("hi <@U123|boss> and <@U9>") == "hi @boss and @U9"
    assert from_slack("see <https://acme.example/a?b=1&amp;c=2|Acme> or <https://x.example>") == (
        "see Acme or https://x.example"
    )
    assert from_slack("<mailto:a@b.example|a@b.example> <#C1|general> <!here>") == (
        "a@b.example #general @here"
    )
    assert from_slack("&amp;lt; stays &lt; once") == "&lt; stays < once"


def test_our_markup_renders_as_mrkdwn() -> None:
    markup = "**Plan** for _you_\n- one [guide](https://x.example/a?b=1&c=|2)\n- two"
    mrkdwn = to_mrkdwn(markup)
    assert mrkdwn.split("\n") == [
        "*Plan* for _you_",
        "• one <https://x.example/a?b=1&amp;c=%7C2|guide>",
        "• two",
    ]


def test_bold_keeps_spaces_outside_the_markers() -> None:
    assert to_mrkdwn("** wide **") == " *wide* "


def test_choices_become_buttons_with_unique_action_ids_and_the_choice_value() -> None:
    choices = [Choice(f"Option {i}", f"value.{i}") for i in range(30)]
    text, blocks = render(Reply("Pick one", choices))
    actions = [b for b in blocks if b["type"] == "actions"]
    buttons = [el for b in actions for el in b["elements"]]
    assert [len(b["elements"]) for b in actions] == [25, 5]
    assert [b["value"] for b in buttons] == [c.value for c in choices]
    assert len({b["action_id"] for b in buttons}) == 30
    assert all(b["text"]["type"] == "plain_text" for b in buttons)
    assert text == "Pick one"


def test_long_labels_are_cut_to_slacks_limit() -> None:
    _, blocks = render(Reply("x", [Choice("word " * 40, "v")]))
    label = blocks[-1]["elements"][0]["text"]["text"]
    assert len(label) <= 75 and label.endswith("…")


def test_long_text_is_split_into_sections_and_the_fallback_is_short() -> None:
    markup = "\n\n".join(esc("x & y " * 120) for _ in range(20))
    text, blocks = render(Reply(markup))
    sections = [b["text"]["text"] for b in blocks]
    assert all(len(s) <= SECTION_LIMIT for s in sections) and len(sections) > 1
    assert all(b["text"]["verbatim"] is True for b in blocks)
    assert len(text) <= FALLBACK_LIMIT + 2
    assert plain("\n".join(sections)).replace("\n", "") == to_plain(markup).replace("\n", "")


def test_a_hard_cut_never_splits_an_entity_or_a_wrapped_marker() -> None:
    for shift in range(8):
        markup = esc("a" * (SECTION_LIMIT - 6 + shift) + "*&*<>" * 10)
        sections = [b["text"]["text"] for b in render(Reply(markup))[1]]
        for s in sections:
            assert not re.search(r"&(?!amp;|lt;|gt;)", s), s[-12:]
            assert _bare_markers(s) == []


def test_a_tapped_message_keeps_its_text_loses_its_buttons_and_shows_the_answer() -> None:
    _, blocks = render(Reply("Which one?", [Choice("<b>Yes</b> *now*", "yes")]))
    updated = answered(blocks, "<b>Yes</b> *now*")
    assert [b["type"] for b in updated] == ["section", "context"]
    shown = updated[-1]["elements"][0]["text"]
    assert "<b>" not in shown and plain(shown) == "✓ <b>Yes</b> *now*"


def test_home_view_escapes_what_the_student_stored() -> None:
    overview = {
        "followups": [
            {"kind": "thank_you", "due_at": "2026-12-01T17:00:00+00:00", "contact_id": 1}
        ],
        "attempts": [
            {"total": 14, "band": "strong", "persona": "hiring manager", "at": "2026-11-26"}
        ],
        "contacts": [
            {
                "name": "<!channel> *Ann*",
                "title": "VP",
                "organisation": "Acme & Co",
                "stage": "met",
                "next_step": "<https://evil.example|coffee>",
            }
        ],
    }
    view = home_view(overview)
    texts = "\n".join(b["text"]["text"] for b in view["blocks"] if b["type"] == "section")
    assert not _MENTION.search(texts)
    assert "Thank you: Tue 01 Dec 2026 17:00" in plain(texts)
    assert "<!channel> *Ann*, VP, Acme & Co [met]: <https://evil.example|coffee>" in plain(texts)
    assert "hiring manager: 14 (strong)" in plain(texts)
    buttons = view["blocks"][-1]["elements"]
    assert [b["value"] for b in buttons] == ["menu.rehearse", "menu.debrief"]


def test_home_view_keeps_a_typed_quote_literal() -> None:
    # A newline plus > in a contact field would start a block quote in the Home tab.
    overview = {
        "contacts": [
            {
                "name": "Ann\n> Hired!",
                "title": ">>> VP",
                "organisation": "Acme\n>>> all of it",
                "stage": "met",
                "next_step": "call\n> soon",
            }
        ]
    }
    view = home_view(overview)
    texts = "\n".join(b["text"]["text"] for b in view["blocks"] if b["type"] == "section")
    assert not any(line.startswith(("&gt;", ">")) for line in texts.split("\n")), texts
    assert "Ann\n> Hired!" in plain(texts)
    assert ">>> VP" in plain(texts) and "Acme\n>>> all of it" in plain(texts)
    assert "call\n> soon" in plain(texts)


def test_home_view_says_when_a_list_is_empty() -> None:
    view = home_view({}, {"home_empty": "Nothing here yet."})
    sections = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]
    assert len(sections) == 3 and all("Nothing here yet." in s for s in sections)


def test_the_manifest_matches_what_the_app_listens_to() -> None:
    manifest = yaml.safe_load((Path(__file__).parents[2] / "slack-manifest.yaml").read_text())
    settings, features = manifest["settings"], manifest["features"]
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == sorted(BOT_SCOPES)
    assert manifest["oauth_config"]["redirect_urls"][0].endswith("/slack/oauth_redirect")
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "message.im",
        "app_mention",
        "app_home_opened",
        "app_uninstalled",
        "tokens_revoked",
    }
    assert settings["event_subscriptions"]["request_url"].endswith(EVENTS_PATH)
    assert settings["interactivity"] == {
        "is_enabled": True,
        "request_url": settings["event_subscriptions"]["request_url"],
    }
    (command,) = features["slash_commands"]
    assert command["command"] == "/pivot" and command["url"].endswith(EVENTS_PATH)
    assert features["app_home"]["home_tab_enabled"] and features["app_home"]["messages_tab_enabled"]
    assert not features["app_home"]["messages_tab_read_only_enabled"]
