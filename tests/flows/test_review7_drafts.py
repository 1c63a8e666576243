"""Review 7 (thank-you details): a detail that is really an offer or something the person did
is never said as "our conversation about ...", and a fragment that is no clear topic (a name
and an adverb, a lead "and") is left out rather than written broken."""

from __future__ import annotations

import re

import pytest

from flows.pivot import phrases

OFFERS = [
    # Quoted by the review.
    "Priya kindly offered to introduce me to her manager, Mr. Arjun Mehta...",
    "oh and priya said she'd put me in touch w her manager on the data team",
    # Other wordings of the same kind.
    "Tom very generously offered to connect me with the hiring lead",
    "and then Sam said he'd introduce me to the analytics folks",
    "she kindly put me in touch with her old team",
    "Priya offered to refer me for the analyst role",
]


@pytest.mark.parametrize("offered", [True, False])
@pytest.mark.parametrize("typed", OFFERS)
def test_an_offer_is_never_a_topic_of_conversation(typed: str, offered: bool) -> None:
    form, detail = phrases.note_detail(typed, ["Acme"], offered, ["Priya Raman", "Tom", "Sam"])
    assert form != "topic", detail
    if offered:  # already thanked for in its own line: never said twice
        assert (form, detail) == ("", "")
    else:  # thanked for as what they did, said to them
        assert form in ("", "clause"), detail
        if form:
            assert detail.startswith("you "), detail
            assert not re.search(r"\b(?:her|his|she|he)\b", detail), detail


@pytest.mark.parametrize(
    "typed",
    [
        "and the data team",
        "oh and",
        "Priya kindly",
        "but also",
    ],
)
def test_a_fragment_is_no_topic(typed: str) -> None:
    _form, detail = phrases.note_detail(typed, ["Acme"], False, ["Priya Raman"])
    assert not re.match(r"(?:and|oh|but|so|then)\b", detail, re.I), detail
    assert not re.search(r"\b\w+ly$", detail), detail


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # A real topic with an offer after it keeps the topic once the offer is thanked for.
        (
            "we talked about the Q3 roadmap and she offered to introduce me to Sam",
            ("topic", "the Q3 roadmap"),
        ),
        (
            "we talked about the Q3 roadmap and priya kindly offered to introduce me",
            ("topic", "the Q3 roadmap"),
        ),
        ("the team offsite in tahoe", ("topic", "the team offsite in Tahoe")),
    ],
)
def test_topics_stay(typed: str, expected: tuple[str, str]) -> None:
    assert phrases.note_detail(typed, ["Acme"], True, ["Sam", "Priya Raman"]) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Item 4, quoted: shorthand and a team's name become the kind of work.
        ("data stuff, like the data team prob", "data work"),
        ("API platform team", "API platform work"),
        # Other wordings of the same kind.
        ("the growth team", "growth work"),
        ("design things, maybe ux", "design work"),
        ("the data analytics team", "data analytics"),
        (
            "the risk operations team, fraud detection on merchant payments",
            "risk operations and fraud detection",
        ),
    ],
)
def test_target_in_drafts_is_the_kind_of_work(typed: str, expected: str) -> None:
    said = phrases.work(typed)
    assert said == expected
    # Read in the drafts' frames, it is a kind of work, never shorthand.
    for frame in ("I'm exploring {}", "my strengths lie closer to {}", "a role in {}"):
        assert not re.search(r"\b(?:stuff|things|prob|like)\b", frame.format(said))
