"""The neutral reply markup, its one escaping helper, and a parser adapters render from.

Markup, kept deliberately small:

- ``**bold**`` and ``_italic_`` (not nested);
- ``[label](https://...)`` for a link;
- a line starting with ``- `` is a bullet;
- a backslash makes the next character literal.

Every value a user supplied goes into a reply through :func:`esc` (or :func:`fill`, which calls
it), so nothing a user types can become formatting, a link or a bullet. Adapters never see raw
markup: they call :func:`parse` and render the nodes, escaping each literal for their platform
(HTML for Telegram, Slack's ``&<>`` for mrkdwn).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

_SPECIAL = re.compile(r"([\\*_\[\]\-])")
# Control characters other than newline and tab never reach a reply.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(value: str) -> str:
    """Strip control and bidirectional-override characters from user text (newlines stay)."""
    return _CONTROL.sub("", value).replace("\r\n", "\n").replace("\r", "\n")


# Lone surrogates: a Slack or console client can send them; no database or platform takes them.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Characters that draw nothing but are not format characters: the Hangul fillers, the braille
# blank, the combining grapheme joiner, the Mongolian vowel separator.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u180e")


def _invisible(ch: str) -> bool:
    return ch.isspace() or ch in _FILLERS or unicodedata.category(ch) in ("Cf", "Cc", "Cs")


def typed(value: str) -> str:
    """User text as the bot reads it, normalised once where it comes in (``bot.messages.Inbound``).

    Lone surrogates, control characters (but newline and tab) and bidirectional overrides are
    removed; whitespace and invisible characters (zero-width spaces and joiners, word joiners,
    byte-order marks, soft hyphens, fillers) are trimmed from both ends, so an answer made only of
    them is empty and ``"5\u200b"`` is ``"5"``. What is visible is kept as typed: no case or
    compatibility folding, and a joiner *inside* the text (an emoji sequence, a Persian word)
    stays. Returns a ``str`` that encodes as UTF-8.
    """
    if not value.isascii():
        value = _SURROGATE.sub("", value)
    value = clean(value)
    start, end = 0, len(value)
    while start < end and _invisible(value[start]):
        start += 1
    while end > start and _invisible(value[end - 1]):
        end -= 1
    return value[start:end]


def esc(value: object) -> str:
    """Make ``value`` literal inside markup: every markup character is backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", clean(str(value)))


class _Count(str):
    """A whole number in a template. ``{n}`` writes it; ``{n:reply|replies}`` writes
    the word for it, the first for 1 and the second for any other number."""

    def __format__(self, spec: str) -> str:
        one, bar, other = spec.partition("|")
        if not bar:
            return super().__format__(spec)
        return one if self == "1" else other


class _Escaped(Mapping[str, str]):
    """A read-only view that escapes each value as ``str.format_map`` looks it up."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = values

    def __getitem__(self, key: str) -> str:
        value = self._values[key]
        if isinstance(value, int) and not isinstance(value, bool):
            return _Count(esc(value))
        return esc(value)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def fill(template: str, values: Mapping[str, Any] | None = None, /, **more: Any) -> str:
    """Fill ``{name}`` fields of a markup template, escaping every value. A whole number also
    picks a word: ``{count} {count:reply|replies}``.

    Where a value's own punctuation meets the template's, one mark is kept (see
    :func:`fill_plain`). Raises ``KeyError`` when the template names a field that is not given.
    """
    merged: Mapping[str, Any] = (
        values if values is not None and not more else {**(values or {}), **more}
    )
    return _fill(template, _Escaped(merged))


def fill_plain(template: str, values: Mapping[str, Any] | None = None, /, **more: Any) -> str:
    """Fill ``{name}`` fields of a plain-text template, without escaping: for text that will
    itself be a value of a markup template (which escapes it as a whole).

    Like :func:`fill`, it never doubles punctuation where a value ends and the template goes on:
    "{company}." with "Lumen Outdoor Co." gives "Lumen Outdoor Co.", not "Co.."; "{x}." with
    "really?" gives "really?"; "{x}." with "mission:" gives "mission.". An abbreviation's stop
    before "," or "?" stays ("Co., which"; "Co.?"), as in careful English, and so does a name's
    "!" before "?" ("Yahoo!?").
    """
    merged: Mapping[str, Any] = (
        values if values is not None and not more else {**(values or {}), **more}
    )
    return _fill(template, merged)


# A field followed by punctuation (perhaps after closing bold or italic): only such templates
# need the slower, field-by-field fill.
_FIELD_THEN_MARK = re.compile(r"\}(?:\*\*|_)?[.,;:!?]")
_FORMATTER = string.Formatter()


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A date written month first with its weekday or its year ("Friday, December 4", "December 4,
# 2026", "Friday, December 4, 2026") and a word after it, in the middle of a sentence: US
# English closes it with a comma too ("by Friday, December 4, I'll send it"). Dates written
# day first ("Friday 4 December 2026") take none, and are left as they are.
_US_DATE_GOES_ON = re.compile(
    r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    rf"(?:{_MONTHS})\s+\d{{1,2}}(?:,\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}})"
    r"(?=\s+[\w“\"(])"
)


def _fill(template: str, values: Mapping[str, Any]) -> str:
    return _US_DATE_GOES_ON.sub(r"\g<0>,", _filled(template, values))


def _filled(template: str, values: Mapping[str, Any]) -> str:
    if not _FIELD_THEN_MARK.search(template):
        # str.format_map (C) rather than string.Formatter (Python): this runs on every reply.
        return template.format_map(values)
    out: list[str] = []
    after_field = False
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        if after_field and out and literal:
            out[-1], literal = _join(out[-1], literal)
        out.append(literal)
        after_field = name is not None
        if name is not None:
            field = "{" + name + (f"!{conversion}" if conversion else "") + f":{spec}}}"
            out.append(field.format_map(values))
    return "".join(out)


def _join(value: str, literal: str) -> tuple[str, str]:
    """``value`` and the template text after it, with one punctuation mark where they meet."""
    closer = "**" if literal.startswith("**") else "_" if literal.startswith("_") else ""
    mark = literal[len(closer) : len(closer) + 1]
    end = value[-1:]
    if not mark or mark not in ".,;:!?" or not end:
        return value, literal
    cut = len(closer)
    if end in ".!?…" and (mark in (".", end) or (end, mark) == ("?", "!")):
        return value, literal[:cut] + literal[cut + 1 :]  # "Co." + "." -> "Co."
    if end in ",;:" and not value.endswith("\\" + end):
        return value[:-1], literal  # "mission:" + "." -> "mission."
    return value, literal


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline text: ``kind`` is ``text``, ``bold``, ``italic`` or ``link``."""

    kind: str
    text: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a reply: ``bullet`` when it started with ``- ``; empty spans for a blank line."""

    spans: tuple[Span, ...]
    bullet: bool = False


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


_INLINE = re.compile(
    r"\*\*(?P<bold>(?:\\.|[^*\\])+?)\*\*"
    r"|(?<![\w\\])_(?P<italic>(?:\\.|[^_\\])+?)_(?!\w)"
    r"|\[(?P<label>(?:\\.|[^\]\\])+)\]\((?P<url>https?://[^\s)]+|mailto:[^\s)]+)\)"
    r"|(?P<esc>\\.)"
)


def _spans(line: str) -> tuple[Span, ...]:
    out: list[Span] = []
    buf: list[str] = []
    pos = 0
    for m in _INLINE.finditer(line):
        buf.append(line[pos : m.start()])
        pos = m.end()
        if m.group("esc"):
            buf.append(m.group("esc")[1])
            continue
        if buf and "".join(buf):
            out.append(Span("text", "".join(buf)))
        buf = []
        if m.group("bold") is not None:
            out.append(Span("bold", _unescape(m.group("bold"))))
        elif m.group("italic") is not None:
            out.append(Span("italic", _unescape(m.group("italic"))))
        else:
            out.append(Span("link", _unescape(m.group("label")), m.group("url")))
    buf.append(line[pos:])
    if "".join(buf):
        out.append(Span("text", "".join(buf)))
    return tuple(out)


def parse(markup: str) -> list[Line]:
    """Split markup into lines of spans; all escapes are resolved in the returned text."""
    lines: list[Line] = []
    for raw in markup.split("\n"):
        if raw.startswith("- "):
            lines.append(Line(_spans(raw[2:]), bullet=True))
        else:
            lines.append(Line(_spans(raw)))
    return lines


def to_plain(markup: str) -> str:
    """Render markup as plain text: bullets as ``•``, links as ``label (url)``."""
    rendered = []
    for line in parse(markup):
        text = "".join(
            f"{s.text} ({s.url})" if s.kind == "link" and s.url != s.text else s.text
            for s in line.spans
        )
        rendered.append(f"• {text}" if line.bullet else text)
    return "\n".join(rendered)


def split_paragraphs(text: str, limit: int) -> list[str]:
    """Split rendered text into chunks of at most ``limit`` characters.

    Cuts at blank lines first, then at line ends, then at spaces; a single word longer than the
    limit is cut hard. Used by adapters for platforms with a message-size cap.
    """
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for para in text.split("\n\n"):
        piece = para if not current else "\n\n" + para
        if len(current) + len(piece) <= limit:
            current += piece
            continue
        if current:
            chunks.append(current)
            current = ""
        while len(para) > limit:
            cut = para.rfind("\n", 0, limit)
            if cut <= 0:
                cut = para.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
            chunks.append(para[:cut])
            para = para[cut:].lstrip("\n ")
        current = para
    if current:
        chunks.append(current)
    return chunks
