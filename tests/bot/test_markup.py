"""Filling templates: a value's own punctuation never doubles the template's."""

from __future__ import annotations

import pytest

from bot.markup import fill, fill_plain, to_plain, typed
from bot.messages import ConversationKey, Inbound


@pytest.mark.parametrize(
    ("template", "value", "want"),
    [
        ("people at {x}.", "Lumen Outdoor Co.", "people at Lumen Outdoor Co."),
        ("at **{x}**.", "Lumen Outdoor Co.", "at **Lumen Outdoor Co.**"),
        ("_at {x}_.", "Acme Inc.", "_at Acme Inc._"),
        ("is {x}.", "really?", "is really?"),
        ("is {x}!", "really?", "is really?"),
        ("is {x}?", "really?", "is really?"),
        ("is {x}!", "wow!", "is wow!"),
        ("is {x}.", "mission:", "is mission."),
        ("is {x}.", "mission;", "is mission."),
        ("and {x}, then", "a list,", "and a list, then"),
        ("is {x}.", "and so on…", "is and so on…"),
        # Careful English keeps an abbreviation's stop before a comma or a question mark.
        ("at {x}, which", "Lumen Outdoor Co.", "at Lumen Outdoor Co., which"),
        ("fit at {x}?", "Lumen Outdoor Co.", "fit at Lumen Outdoor Co.?"),
        ("fit at {x}?", "Yahoo!", "fit at Yahoo!?"),
        ("people at {x}.", "Yahoo!", "people at Yahoo!"),
        # Nothing to join: left alone.
        ("at {x}.", "Verdant Grid", "at Verdant Grid."),
        ("{x} works", "Lumen Outdoor Co.", "Lumen Outdoor Co. works"),
        ("{x}", "Co.", "Co."),
        ("", "x", ""),
    ],
)
def test_one_mark_where_a_value_meets_the_template(template: str, value: str, want: str) -> None:
    assert fill(template, x=value) == want
    assert fill_plain(template, x=value) == want


def test_fill_still_escapes_and_keeps_literal_braces_and_format_specs() -> None:
    assert fill("{x}. {{literal}}. {y:>4}.", x="a_b.", y="z") == "a\\_b. {literal}.    z."
    assert fill_plain("{x}.", x="a_b.") == "a_b."
    assert to_plain(fill("**{x}**.", x="*Co.*")) == "*Co.*."  # an escaped mark is the value's own


def test_fill_names_a_missing_field() -> None:
    with pytest.raises(KeyError):
        fill("at {x}.", y="z")


# -- typed text, normalised where it comes in --------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("\u200b\u200c\u2060\ufeff", ""),  # only zero-width and format characters: empty
        ("\u3164 \u115f\u2800\u00ad", ""),  # fillers, a braille blank, a soft hyphen
        ("\ud800\udfff", ""),  # lone surrogates alone
        ("3\u200b", "3"),  # a pasted number with a zero-width space after it is a number
        ("\ufeff2", "2"),
        ("\u200bAcme Robotics\u2060", "Acme Robotics"),
        ("Acme\ud800 Robotics", "Acme Robotics"),  # a lone surrogate inside is dropped
        ("a\x00b\x1bc\u202ed", "abcd"),  # control and bidirectional-override characters
        ("line one\r\nline two", "line one\nline two"),
        ("🧑\u200d💻 dev", "🧑\u200d💻 dev"),  # a joiner inside an emoji is kept
        ("می\u200cخواهم", "می\u200cخواهم"),  # a non-joiner inside a Persian word is kept
        ("  Ünïcödé ² ①  ", "Ünïcödé ² ①"),  # visible text as typed: no folding
        ("مرحبا بكم", "مرحبا بكم"),
    ],
)
def test_typed_text_is_trimmed_of_what_does_not_show(raw: str, want: str) -> None:
    assert typed(raw) == want
    typed(raw).encode("utf-8")  # raises for a lone surrogate: no platform or database takes it
    assert typed(typed(raw)) == typed(raw)


def test_every_inbound_is_normalised_whoever_made_it() -> None:
    key = ConversationKey("slack", "T1", "U1")
    inbound = Inbound(key, text="\u200bAcme\ud800\u2060", choice="fu:done:1\u200b")
    assert inbound.text == "Acme"
    assert inbound.choice == "fu:done:1"
    assert Inbound.from_json(key, inbound.to_json()) == inbound


@pytest.mark.parametrize(
    ("filled", "said"),
    [
        # Issue 10 item 4: a US date that goes on mid-sentence closes with a comma.
        ("by Friday, December 4, 2026 I'll send it.", "by Friday, December 4, 2026, I'll send it."),
        ("on Wednesday, November 25 we met", "on Wednesday, November 25, we met"),
        ("December 4, 2026 suits me", "December 4, 2026, suits me"),
        ("by Friday, December 4 too", "by Friday, December 4, too"),
        # Already right, or at the end of the sentence: unchanged.
        ("by Friday, December 4, as promised", "by Friday, December 4, as promised"),
        ("by Friday, December 4.", "by Friday, December 4."),
        ("on December 4 we met", "on December 4 we met"),
        # Day first (the UK, India ...): no comma.
        ("by Friday 4 December 2026 I'll send it.", "by Friday 4 December 2026 I'll send it."),
    ],
)
def test_a_us_date_mid_sentence_takes_its_comma(filled: str, said: str) -> None:
    assert fill_plain("{text}", text=filled) == said
    assert fill("{text}", text=filled) == said
