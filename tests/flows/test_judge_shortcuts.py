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


# A proof told right after where they fit bridges to it when it holds a detail: a number in
# words or what it led to. The judge first looks for the pattern's words as plain text, so words
# that merely hold one ("often" holds "ten", "called" holds "led") must still not count.
FIT_THEN_PROOF = (
    "Your storytelling weekends are why I applied. I do my best work planning events for "
    "children. {proof} Could I talk to whoever runs the children's events? I'll email them next "
    "week, and I'm still keen on the shop role if you see a fit."
)


@pytest.mark.parametrize(
    ("proof", "bridged"),
    [
        ("At school I ran reading sessions for dozens of kids.", True),
        ("At school I ran reading sessions for twenty kids.", True),
        ("At school I ran reading sessions that led to a book club.", True),
        ("At school I often ran reading sessions for kids.", False),
        ("At school I ran reading sessions that were called fun.", False),
        ("At school I ran reading sessions, listening to kids.", False),
        ("At school I ran the kids' reading sessions, two a week.", True),  # an apostrophe
        ("At school I ran the kids' reading sessions and often stayed late.", False),
    ],
)
def test_a_detail_in_words_after_the_fit_bridges_and_a_word_inside_a_word_does_not(
    proof: str, bridged: bool
) -> None:
    reading = analyse(FIT_THEN_PROOF.format(proof=proof), CTX)
    assert reading.score.elements["E4"] == (2 if bridged else 1)


def test_quotes_are_the_words_as_typed_with_or_without_shorthand() -> None:
    typed = (
        "Your storytelling weekends are why I applied. I do my best work planning events for "
        "children, and at school I ran reading sessions for twenty kids. Cd u introduce me to "
        "whoever runs the children's events? I'll email them next week & I'm still keen on the "
        "shop role if u see a fit."
    )
    spelled = typed.replace("Cd u", "Could you").replace(" & ", " and ").replace("if u", "if you")
    short, plain = analyse(typed, CTX).score.quotes, analyse(spelled, CTX).score.quotes
    assert short["E5"] == "Cd u introduce me to whoever runs the children's events?"
    assert plain["E5"] == "Could you introduce me to whoever runs the children's events?"
    assert short["E6"].endswith("next week & I'm still keen on the shop role if u see a fit.")
    assert plain["E2"] == short["E2"] == "Your storytelling weekends are why I applied."
