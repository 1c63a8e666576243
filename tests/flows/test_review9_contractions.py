"""Review 9a (B3, m11): an offer typed casually in the "one specific thing" of a debrief is the
offer, thanked for in its own line, never also "I especially appreciated that you said ...";
apostrophe-less contractions are written out where they can only be contractions, and left
alone where they are words ("the tool shed", "your ID")."""

from __future__ import annotations

import pytest

from flows.pivot import people, phrases


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("he said hed send it", "he said he'd send it"),
        ("she said shed connect me with her lead", "she said she'd connect me with her lead"),
        ("id love to hear more", "I'd love to hear more"),
        ("ill send the deck tonight", "I'll send the deck tonight"),
        (
            "they said theyd get back to me, i havent heard",
            "they said they'd get back to me, I haven't heard",
        ),
        ("we couldnt finish the case", "we couldn't finish the case"),
        ("she built a shed in the garden", "she built a shed in the garden"),
        ("bring your id to the front desk", "bring your id to the front desk"),
    ],
)
def test_contractions_written_only_where_unambiguous(typed: str, written: str) -> None:
    assert phrases.expand_shorthand(typed) == written


@pytest.mark.parametrize(
    "typed",
    [
        "he said hed intro me to his editor on the audio desk, prob next week",
        "she said shed put me in touch w her manager",
        "she's gonna connect me with the platform lead",
        "he'll pass my portfolio to the design team",
    ],
)
def test_an_offer_told_as_the_detail_is_not_thanked_twice(typed: str) -> None:
    kind, detail = phrases.note_detail(typed, ["Verdant Grid"], True)
    assert (kind, detail) == ("", "")


@pytest.mark.parametrize(
    ("typed", "form", "words"),
    [
        (
            "rob said hed intro me to his editor on the audio desk",
            "to",
            "introduce me to your editor on the audio desk",
        ),
        (
            "she's gonna connect me with the platform lead",
            "to",
            "connect me with the platform lead",
        ),
        ("Nadia will put me in touch w her manager", "to", "put me in touch with your manager"),
        ("he told me he'd send the job spec", "to", "send the job spec"),
        ("Lena said she'd maybe help me out lol", "to", "help me out"),
    ],
)
def test_casual_offers_read_as_offers(typed: str, form: str, words: str) -> None:
    text = phrases.expand_shorthand(typed)
    assert people.offer_form({"text": text, "kind": "other"}) == (form, words)
