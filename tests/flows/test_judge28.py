"""Judge faults of issue 11 on narrow and surprising interviewer moments (round j28, found on
tests/data/judge_dev10.yaml), each fixed at its kind:

1. The sceptic's "why would they give you their time?": a count in words is proof as much as
   digits; what the student would bring or ask the person is the ask, implied (half of one); a
   no accepted in advance ("if she says no, I'd understand") leaves the door open.
2. Curveball lines in words not read as any curveball ("unknown"): an area said to be frozen
   or full, "nothing in X going"; an introduction offered as a word put in ("I could mention
   you to her"); "who in X would you want to talk to?"; a bare "why would they?" after a doubt.
   A full diary ("my diary is full this afternoon") is no "no openings".
3. Replies to those lines in words not read as replies: "ah right" on hearing there is
   nothing; "oh right. sure" to an offer; "I understand" before a reason to the sceptic; the
   chat itself turned down in reply to "who?".
4. "Who would you talk to?" answered with no one in particular got the moment's free credit:
   only the top named ("anyone from senior management, director level"), or no name known and
   a title guessed at in a question ("not sure of names. The fleet manager?"). Whoever "is
   running" a named piece of work is still a precise who.

Every answer and line here is written for these tests, in wording of its own (none is in any
labelled set).
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, classify_line, score

FERRY = Context(
    company="Westerly Isles Ferry Company",
    role="Booking office clerk",
    target="vessel maintenance and marine engineering",
    draws="the hybrid-electric refit of their oldest ferry, the Gannet",
    evidence="a final-year project where I modelled battery load on a 20-metre workboat",
)


def at(line: str) -> Context:
    c = FERRY
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. the sceptic's "why would they give you their time?" -----------------------------------

SCEPTIC = "And why would our chief engineer spend an hour on a booking clerk?"


def test_a_count_in_words_is_proof_enough_for_the_sceptic() -> None:
    """What they did with a figure in words ("eighteen load runs") proves as much as in digits:
    with a short time ask, the moment is done and what it does not call for is credited."""
    text = (
        "Because I'd come prepared. For my final-year project I ran eighteen load runs on a "
        "workboat battery model. Fifteen minutes would be plenty, whenever suits him."
    )
    got = score(text, at(SCEPTIC))
    assert got.elements["E4"] == 2, got
    assert got.total >= 13, got


def test_the_questions_they_would_bring_are_half_an_ask() -> None:
    """The meeting said as what they would bring and ask ("a few questions about how your crew
    plan a refit") answers the sceptic; the ask, only implied, is credited as half of one."""
    text = (
        "Because I wouldn't arrive empty-handed. I modelled battery load on a 20-metre workboat "
        "and I'd bring that, with a few questions about how your crew plan a refit."
    )
    got = score(text, at(SCEPTIC))
    assert got.elements["E3"] == 2, got
    assert got.elements["E5"] == 1, got
    assert got.total >= 12, got


def test_a_no_accepted_in_advance_leaves_the_door_open() -> None:
    text = (
        "Because I'd make it worth his while: I modelled battery load on a 20-metre workboat and "
        "cut the projected charging time by a third. If he says no, I'd completely understand."
    )
    got = score(text, at(SCEPTIC))
    assert got.elements["E6"] == 2, got


def test_a_bare_claim_and_a_chat_get_nothing_free() -> None:
    """A poor answer to the sceptic (a claim, "just a chat") is not raised by the fixes above."""
    text = "Well, I got a good grade for my project, so I'd bring a lot. I'd just like a chat."
    got = score(text, at(SCEPTIC))
    assert got.total <= 9, got


# -- 2. curveball lines in words of their own ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Engineering's frozen until the spring refit, I'm afraid.", "no_openings"),
        ("Recruitment is on hold across the fleet side.", "no_openings"),
        ("Sadly nothing in marine engineering going at the moment.", "no_openings"),
        ("The workshop is fully staffed until next season, there's nothing.", "no_openings"),
        ("Aled runs the refit team. I could put in a word with him.", "floated_team"),
        ("I might pass your name along to the chief engineer.", "floated_team"),
        ("Who on the engineering side would you like to meet?", "who_particular"),
        ("Our engineers rarely meet applicants. Why should they?", "prove_it"),
        # Controls: a full diary and a bare remark stay what they were.
        ("My diary is full this afternoon, so any questions for me?", "opening"),
        ("You clearly care more about engines than bookings.", "unknown"),
    ],
)
def test_a_narrow_line_in_words_of_its_own_is_read_as_that_moment(line: str, kind: str) -> None:
    assert classify_line(line) == kind


# -- 3. replies in words of their own -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "Sadly nothing in marine engineering going at the moment.",
            "Ah right. I'd still be glad to start in bookings, and I'd love to hear how people "
            "usually move across to the workshop.",
        ),
        (
            "Aled runs the refit team. I could put in a word with him.",
            "oh right. sure, that would be kind. i modelled workboat batteries for my project",
        ),
        (
            "Our engineers rarely meet applicants. Why should they?",
            "I understand. I think I could show them the battery model from my project, and "
            "learn how they plan a refit.",
        ),
    ],
)
def test_a_reply_in_words_of_its_own_answers_the_line(line: str, text: str) -> None:
    got = score(text, at(line))
    assert got.elements["E1"] == 2, got
    assert "ignores_interviewer" not in got.red_flags, got


# -- 4. "who?" answered with no one in particular -----------------------------------------------

WHO = "Who would you like me to introduce you to?"


@pytest.mark.parametrize(
    "text",
    [
        "Someone from senior management would be ideal, director level, so I can make my case "
        "for the engineering side directly.",
        "I don't know their names, sorry. Perhaps the fleet engineer? I'd like to learn about "
        "the Gannet refit, it's close to my project.",
    ],
)
def test_no_one_in_particular_gets_nothing_free(text: str) -> None:
    got = score(text, at(WHO))
    assert not got.granted, got
    assert got.total <= 9, got


def test_a_precise_who_still_gets_the_moment() -> None:
    """Control: whoever does a named piece of work, with a reason, is a precise who."""
    text = (
        "Whoever is running the Gannet refit, ideally. I modelled battery load on a 20-metre "
        "workboat and would love to hear how they sized the new packs."
    )
    got = score(text, at(WHO))
    assert got.total >= 12, got
