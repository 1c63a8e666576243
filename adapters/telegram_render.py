"""Telegram translation: updates to ``Inbound``, ``Reply`` to HTML messages and inline keyboards.

Pure functions and one small codec; nothing here talks to the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import OrderedDict
from collections.abc import Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit

from bot.markup import Line, Span, parse
from bot.messages import ConversationKey, Inbound, Reply

MAX_TEXT = MessageLimit.MAX_TEXT_LENGTH  # 4096, counted after entities are parsed
MAX_CALLBACK_DATA = 64  # bytes
BULLET = "• "

Rendered = tuple[str, InlineKeyboardMarkup | None]


def key_of(user_id: int) -> ConversationKey:
    """The conversation of a Telegram user (their private chat has the same id)."""
    return ConversationKey("telegram", "telegram", str(user_id))


def chat_of(key: ConversationKey) -> int:
    """The private chat to send a conversation's replies to."""
    return int(key.user)


# -- inbound -----------------------------------------------------------------------------------

_COMMAND = re.compile(r"^/(?P<name>[A-Za-z0-9_]+)(?:@[A-Za-z0-9_]+)?(?P<rest>(?:\s.*)?)$", re.S)


def normalise_command(text: str) -> str:
    """``/help@pivot_bot`` -> ``/help``; ``/start <deep-link payload>`` -> ``/start``."""
    m = _COMMAND.match(text)
    if m is None:
        return text
    name = m["name"].lower()
    return f"/{name}" if name == "start" else f"/{name}{m['rest']}"


def to_inbound(update: Update, decode: Callable[[str], str | None] | None = None) -> Inbound | None:
    """Translate an update from a private chat into an ``Inbound``; ``None`` if it is not one.

    Text becomes ``Inbound.text`` (bot commands without their ``@botname``), a tap becomes
    ``Inbound.choice`` (``decode`` turns callback data back into ``Choice.value``; ``None`` from it
    means the button is unknown), anything else a user can send (photo, sticker, voice, file...)
    becomes ``kind="unsupported"``, an edited text ``kind="edit"`` (``message`` names the message
    either way). Group chats, channel posts and bots yield ``None``.
    """
    event_id = str(update.update_id)
    query = update.callback_query
    if query is not None:
        if query.data is None or query.from_user.is_bot:
            return None
        value = decode(query.data) if decode is not None else query.data
        if value is None:
            return None
        return Inbound(
            key_of(query.from_user.id),
            choice=value,
            event_id=event_id,
            locale=query.from_user.language_code,
        )
    edited = update.edited_message
    message = update.message or edited
    if message is None or message.chat.type != "private" or message.from_user is None:
        return None
    user = message.from_user
    if user.is_bot:
        return None
    key = key_of(user.id)
    if message.text is not None:
        return Inbound(
            key,
            text=normalise_command(message.text),
            event_id=event_id,
            at=message.date,
            locale=user.language_code,
            kind="text" if edited is None else "edit",
            message=str(message.message_id),
        )
    if edited is not None:
        return None  # a caption or a location edited: there was no answer to change
    return Inbound(
        key, event_id=event_id, at=message.date, locale=user.language_code, kind="unsupported"
    )


def addresses_bot(message: Message, username: str) -> bool:
    """True if a group message is a command, mentions ``@username`` or replies to the bot."""
    mention = f"@{username}".lower()
    for entity, text in message.parse_entities(["bot_command", "mention"]).items():
        if entity.type == "bot_command" and entity.offset == 0:
            _, _, target = text.partition("@")
            if not target or target.lower() == username.lower():
                return True
        if entity.type == "mention" and text.lower() == mention:
            return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.username == username)


# -- callback data -----------------------------------------------------------------------------

_HASHED = "#h:"


class CallbackCodec:
    """``Choice.value`` <-> ``callback_data``.

    A value that fits Telegram's 64 bytes travels as itself. A longer one travels as ``#h:`` and
    a 16-character hash, and the value is kept in memory (the newest ``capacity`` of them); such a
    button stops working after a restart and its tap is answered as expired.
    """

    def __init__(self, capacity: int = 10_000) -> None:
        self._long: OrderedDict[str, str] = OrderedDict()
        self._capacity = capacity

    def encode(self, value: str) -> str:
        if len(value.encode()) <= MAX_CALLBACK_DATA and not value.startswith(_HASHED):
            return value
        digest = (
            _HASHED
            + base64.urlsafe_b64encode(hashlib.sha256(value.encode()).digest()[:12]).decode()
        )
        self._long[digest] = value
        self._long.move_to_end(digest)
        while len(self._long) > self._capacity:
            self._long.popitem(last=False)
        return digest

    def decode(self, data: str) -> str | None:
        """The ``Choice.value`` behind ``data``, or ``None`` for a hash this process never made."""
        if data.startswith(_HASHED):
            return self._long.get(data)
        return data


# -- outbound ----------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _span_html(span: Span) -> str:
    text = html.escape(span.text, quote=False)
    if span.kind == "bold":
        return f"<b>{text}</b>"
    if span.kind == "italic":
        return f"<i>{text}</i>"
    if span.kind == "link":
        return f'<a href="{html.escape(span.url, quote=True)}">{text}</a>'
    return text


def _line_html(line: Line) -> str:
    body = "".join(_span_html(s) for s in line.spans)
    return BULLET + body if line.bullet else body


def _line_len(line: Line) -> int:
    return (utf16_len(BULLET) if line.bullet else 0) + sum(utf16_len(s.text) for s in line.spans)


def _cut(text: str, room: int) -> tuple[str, str]:
    """Split ``text`` so the head fits ``room`` UTF-16 units, at a space when one is near."""
    used, end = 0, 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > room:
            break
        end = i + 1
    else:
        return text, ""
    space = text.rfind(" ", 0, end)
    if space > end // 2:
        end = space + 1
    return text[:end], text[end:]


def _split_line(line: Line, limit: int) -> list[Line]:
    """Cut one over-long line into lines that each fit ``limit``, keeping every span's kind."""
    pieces: list[Line] = []
    current: list[Span] = []
    room = limit - (utf16_len(BULLET) if line.bullet else 0)
    for span in line.spans:
        text = span.text
        while text:
            head, text = _cut(text, room)
            if not head:  # not even one character fits: start a new piece
                pieces.append(Line(tuple(current), line.bullet and not pieces))
                current, room = [], limit
                continue
            current.append(Span(span.kind, head, span.url))
            room -= utf16_len(head)
            if text:
                pieces.append(Line(tuple(current), line.bullet and not pieces))
                current, room = [], limit
    if current or not pieces:
        pieces.append(Line(tuple(current), line.bullet and not pieces))
    return pieces


def chunk_lines(lines: list[Line], limit: int = MAX_TEXT) -> list[list[Line]]:
    """Group lines into messages of at most ``limit`` visible characters.

    Cuts between paragraphs (blank lines) first, then between lines, then inside a line at a
    space. Cutting happens on the parsed markup, before rendering, so no HTML tag is ever split.
    """
    paragraphs: list[list[Line]] = [[]]
    for line in lines:
        if line.spans or line.bullet:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    chunks: list[list[Line]] = []
    current: list[Line] = []
    size = 0

    def add(line: Line, sep: int) -> None:
        nonlocal current, size
        if current and size + sep + _line_len(line) > limit:
            chunks.append(current)
            current, size, sep = [], 0, 0
        if not current:
            sep = 0
        if sep == 2:
            current.append(Line(()))
        current.append(line)
        size += sep + _line_len(line)

    for para in paragraphs:
        for i, line in enumerate(para):
            for j, piece in enumerate(
                _split_line(line, limit) if _line_len(line) > limit else [line]
            ):
                add(piece, 2 if i == 0 and j == 0 else 1)
    if current:
        chunks.append(current)
    return chunks


def keyboard(reply: Reply, encode: Callable[[str], str]) -> InlineKeyboardMarkup | None:
    """One button per row, so long labels stay readable on a phone."""
    if not reply.choices:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(c.label, callback_data=encode(c.value))] for c in reply.choices]
    )


def render(reply: Reply, encode: Callable[[str], str] | None = None) -> list[Rendered]:
    """Render a reply as Telegram messages: ``[(html_text, reply_markup), ...]``.

    Every literal is HTML-escaped; bold, italic and links become ``<b>``, ``<i>`` and
    ``<a href>``; bullets become ``• ``. Text over 4096 characters is split into several
    messages; the keyboard (``encode`` maps ``Choice.value`` to callback data) goes on the last.
    """
    chunks = chunk_lines(parse(reply.text)) or [[Line((Span("text", "…"),))]]
    out: list[Rendered] = [
        ("\n".join(_line_html(line) for line in chunk), None) for chunk in chunks
    ]
    markup = keyboard(reply, encode or (lambda value: value))
    out[-1] = (out[-1][0], markup)
    return out


def plain(reply: Reply) -> str:
    """A reply as plain text (for toasts: answerCallbackQuery takes no formatting)."""
    return "\n".join(
        (BULLET if line.bullet else "") + "".join(s.text for s in line.spans)
        for line in parse(reply.text)
    ).strip()
