"""Filling templates: a value's own punctuation never doubles the template's."""

from __future__ import annotations

import pytest

from bot.markup import fill, fill_plain, to_plain


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
