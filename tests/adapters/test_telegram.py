"""Telegram translation: updates -> Inbound, Reply -> HTML that Telegram accepts, callback data.

The oracle for "Telegram accepts it" is the fake Bot API's parser (adapters/testing/telegram_api.py),
which rejects what Telegram rejects; its own strictness is tested here too.
"""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update

from adapters.telegram_render import (
    MAX_CALLBACK_DATA,
    CallbackCodec,
    chunk_lines,
    key_of,
    normalise_command,
    plain,
    render,
    to_inbound,
)
from adapters.testing.telegram_api import ApiError, parse_html, utf16_len
from bot.markup import esc, fill, parse
from bot.messages import Choice, Reply

HOSTILE = [
    "<b>bold?</b>",
    "<script>alert('x')</script>",
    "Tom & Jerry &amp; &lt;co&gt;",
    "**not bold** _not italic_ [not a link](https://evil.example) `code`",
    "- not a bullet",
    "<a href='javascript:alert(1)'>x</a> </b> <i",
    "a\\b\\*c",
    "emoji 🧑‍💻 and right-to-left مرحبا",
    "x" * 5000,
]


def seen_text(reply: Reply) -> str:
    """What Telegram shows for a rendered reply: every chunk parsed, joined."""
    return "\n\n".join(parse_html(html)[0] for html, _ in render(reply))


# -- rendering ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: v[:20])
def test_user_values_render_as_literal_text_telegram_accepts(value: str) -> None:
    reply = Reply(fill("You said: **{v}** ok", v=value))
    chunks = render(reply)
    for html, _ in chunks:
        text, _entities = parse_html(html)  # raises like Telegram would on bad HTML
        assert utf16_len(text) <= 4096
    shown = "".join(parse_html(html)[0] for html, _ in chunks)
    assert f"You said: {value} ok" == shown


def test_markup_becomes_telegram_entities() -> None:
    reply = Reply("Hi **there**, _see_ [the guide](https://example.org/a?b=1&c=2)\n- one\n- two")
    ((html, markup),) = render(reply)
    text, entities = parse_html(html)
    assert text == "Hi there, see the guide\n• one\n• two"
    assert [(e["type"], text[e["offset"] : e["offset"] + e["length"]]) for e in entities] == [
        ("bold", "there"),
        ("italic", "see"),
        ("text_link", "the guide"),
    ]
    assert entities[2]["url"] == "https://example.org/a?b=1&c=2"
    assert markup is None


def test_long_text_splits_at_paragraphs_before_rendering() -> None:
    para = "**Heading** " + "word " * 300  # ~1500 characters, bold at the start
    reply = Reply("\n\n".join([para] * 6), [Choice("Next", "next")])
    chunks = render(reply)
    assert len(chunks) > 1
    for html, _ in chunks:
        text, entities = parse_html(html)
        assert utf16_len(text) <= 4096
        assert text.startswith("Heading")  # each chunk starts at a paragraph
        assert all(e["type"] == "bold" for e in entities)
    assert [m is not None for _, m in chunks] == [False] * (len(chunks) - 1) + [True]


def test_one_huge_line_is_cut_inside_spans_without_breaking_tags() -> None:
    reply = Reply("**" + "bold " * 1000 + "**" + "plain " * 500)
    chunks = render(reply)
    shown = [parse_html(html) for html, _ in chunks]
    assert all(utf16_len(text) <= 4096 for text, _ in shown)
    assert "".join(text for text, _ in shown).split() == ["bold"] * 1000 + ["plain"] * 500
    assert shown[0][1][0]["type"] == "bold"


def test_length_counts_utf16_units_like_telegram() -> None:
    reply = Reply("🧑" * 3000)  # 6000 UTF-16 units
    texts = [parse_html(html)[0] for html, _ in render(reply)]
    assert len(texts) == 2 and "".join(texts) == "🧑" * 3000
    assert all(utf16_len(t) <= 4096 for t in texts)


def test_chunk_lines_keeps_short_replies_whole() -> None:
    assert len(chunk_lines(parse("one\n\ntwo\n- three"))) == 1


def test_choices_become_an_inline_keyboard_one_button_per_row() -> None:
    ((_, markup),) = render(Reply("Pick", [Choice("A & <B>", "a"), Choice("C", "c")]))
    assert markup is not None
    rows = markup.to_dict()["inline_keyboard"]
    assert rows == [
        [{"text": "A & <B>", "callback_data": "a"}],
        [{"text": "C", "callback_data": "c"}],
    ]


def test_plain_is_for_toasts() -> None:
    assert plain(Reply("**That** button is _old_.\n")) == "That button is old."


# -- callback data -----------------------------------------------------------------------------


def test_callback_values_that_fit_travel_as_themselves() -> None:
    codec = CallbackCodec()
    assert codec.encode("fu:done:thank_you") == "fu:done:thank_you"
    assert codec.decode("fu:done:thank_you") == "fu:done:thank_you"


def test_long_callback_values_go_through_a_short_hash() -> None:
    codec = CallbackCodec()
    value = "contact:" + "é" * 60  # 128 bytes
    data = codec.encode(value)
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    assert codec.decode(data) == value
    assert CallbackCodec().decode(data) is None  # after a restart: expired, not mistaken


# -- inbound -----------------------------------------------------------------------------------


def _update(**payload: Any) -> Update:
    update = Update.de_json({"update_id": 7, **payload}, None)
    assert update is not None
    return update


def _message(chat: dict[str, Any], **content: Any) -> dict[str, Any]:
    user = {"id": 42, "is_bot": False, "first_name": "Ann", "language_code": "fr"}
    return {"message_id": 3, "date": 1_790_000_000, "chat": chat, "from": user, **content}


PRIVATE = {"id": 42, "type": "private", "first_name": "Ann"}
GROUP = {"id": -100, "type": "supergroup", "title": "Club"}


def test_private_text_becomes_inbound_with_update_id_as_event_id() -> None:
    inbound = to_inbound(_update(message=_message(PRIVATE, text="Acme <b>")))
    assert inbound is not None
    assert (inbound.key, inbound.text, inbound.event_id) == (key_of(42), "Acme <b>", "7")
    assert inbound.locale == "fr" and inbound.kind == "text"


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("/start", "/start"),
        ("/start hi", "/start"),  # deep link payload from t.me/<bot>?start=hi
        ("/help@pivot_test_bot", "/help"),
        ("/back@pivot_test_bot now", "/back now"),
        ("not /a command", "not /a command"),
    ],
)
def test_commands_lose_bot_name_and_start_payload(typed: str, seen: str) -> None:
    assert normalise_command(typed) == seen


@pytest.mark.parametrize(
    "content",
    [
        {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
        {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 1}},
        {"document": {"file_id": "d", "file_unique_id": "d"}},
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            }
        },
    ],
    ids=["photo", "voice", "document", "sticker"],
)
def test_media_in_private_is_unsupported(content: dict[str, Any]) -> None:
    inbound = to_inbound(_update(message=_message(PRIVATE, **content)))
    assert inbound is not None and inbound.kind == "unsupported"


def test_groups_are_not_conversation_input() -> None:
    assert to_inbound(_update(message=_message(GROUP, text="hello"))) is None
    assert to_inbound(_update(edited_message=_message(GROUP, text="x", edit_date=1))) is None


def test_a_private_edit_names_the_message_it_changes() -> None:
    inbound = to_inbound(_update(edited_message=_message(PRIVATE, text="Acme", edit_date=1)))
    assert inbound is not None
    assert (inbound.kind, inbound.text, inbound.message) == ("edit", "Acme", "3")
    sent = to_inbound(_update(message=_message(PRIVATE, text="Acme")))
    assert sent is not None and (sent.kind, sent.message) == ("text", "3")


def test_tap_becomes_choice() -> None:
    query = {
        "id": "q1",
        "from": {"id": 42, "is_bot": False, "first_name": "Ann"},
        "chat_instance": "c",
        "data": "prepare",
        "message": _message(PRIVATE, text="Where to start?"),
    }
    inbound = to_inbound(_update(callback_query=query))
    assert inbound is not None
    assert (inbound.key, inbound.choice, inbound.event_id) == (key_of(42), "prepare", "7")


# -- the fake is as strict as Telegram ---------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "a & b",
        "<script>x</script>",
        "<b>open",
        "<b><i>x</b></i>",
        "1 < 2",
        "2 > 1",
        "<br/>",
        "&nbsp;",
        '<a href="">x</a>',
    ],
)
def test_fake_rejects_what_telegram_rejects(bad: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities"):
        parse_html(bad)


def test_fake_accepts_telegram_html() -> None:
    text, entities = parse_html('<b>a</b> &amp; <i>b</i> <a href="https://x.org">c</a> &lt;3')
    assert text == "a & b c <3"
    assert [e["type"] for e in entities] == ["bold", "italic", "text_link"]


def test_escaping_helper_keeps_markup_literal() -> None:
    assert seen_text(Reply(esc("**x** [y](https://z.org)"))) == "**x** [y](https://z.org)"
