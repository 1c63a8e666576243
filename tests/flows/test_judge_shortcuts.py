"""The judge's quick first looks (a word list before a pattern run over the whole answer) never
change what it finds: chat words hidden beside an apostrophe or read as shorthand still count."""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, analyse

LINE = "Do you have any questions for us?"
CTX = Context(
    company="Harbour Lane Books",
    role="Shop Assistant",
    target="children's events",
    draws="their storytelling weekends",
    evidence="a reading club I ran",
    last_line=LINE,
)
# About 90 words: within the ideal length, so only the register can cost delivery.
BODY = (
    "your storytelling weekends are why i applied, and i ran a reading club at my library that "
    "grew from six kids to forty in a term. i'm at my best planning events for children, more "
    "than on the till. could i talk to whoever runs the children's events? i'll email them next "
    "week to follow up, and i'm still keen on the shop role if you see a fit for me there."
)


@pytest.mark.parametrize(
    "opening",
    [
        "y'know, the till ain't my thing, i'll be straight.",  # only beside apostrophes
        "honestly tho, it ain't the till i'm after, y'know.",
        "lowkey the till's not for me, bro's honest answer.",
    ],
)
def test_chat_words_beside_an_apostrophe_or_read_as_shorthand_cost_delivery(opening: str) -> None:
    plain = analyse("Thanks for asking. " + BODY, CTX)
    chatty = analyse(opening + " " + BODY, CTX)
    assert not plain.texting
    assert chatty.texting
    assert chatty.score.elements["E8"] <= 1 < plain.score.elements["E8"]


def test_a_drawn_out_word_still_reads_as_an_edgy_marker() -> None:
    drawn = analyse("I'm sooo passionate about the till. " + BODY, CTX)
    assert 0 in drawn.sarcastic
    assert 0 not in analyse("I'm so passionate about the till. " + BODY, CTX).sarcastic
