"""Blind review 10b: a phone-typed reply that does what the interviewer's line asks is a reply,
never the canned reflex ("It doesn't answer what they just said", capped at 5); and leaving soon,
said in slang, is the red flag it is when said formally."""

from __future__ import annotations

import pytest

from flows.pivot.scoring import CAP, Context, score

STUDIO = Context(
    company="Fernhill Games",
    role="Customer Support Agent",
    target="level design",
    draws="their co-op puzzle series",
    evidence="a level pack for my uni modding society that 3k players downloaded",
)
INTRO = "Our level design team is hiring, actually. Want me to connect you with their lead?"
NONE_OPEN = "We've got no openings in level design right now. Is that alright?"
WHO = "Who in particular would you want to speak to?"
ANY = "Anything you'd like to ask us?"


def at(line: str) -> Context:
    c = STUDIO
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (INTRO, "ooh yes pls!! that'd be so helpful, thank u. can i ping u next week to check in?"),
        (INTRO, "yesss that would be amazing ty!! whats the best way to follow up w u?"),
        (NONE_OPEN, "all good, not after a job rn, id just love to hear how the design team works"),
        (NONE_OPEN, "totally fine! not hunting for a role today, just curious how that team runs"),
        (
            WHO,
            "probs whoever leads the puzzle levels, i built a level pack ppl downloaded 3k times",
        ),
    ],
)
def test_a_phone_typed_reply_is_a_reply(line: str, text: str) -> None:
    s = score(text, at(line))
    assert "ignores_interviewer" not in s.red_flags
    assert not s.red_flags
    assert s.elements["E1"] == 2, s.elements  # it answered the line, in the first words
    assert s.total >= 6, s.elements  # rework at worst: never "start again" without a flag


@pytest.mark.parametrize(
    "text",
    [
        "tbh if i land in support id prob bounce in like 4 months anyway lol",
        "ngl id bail after a year tops, support isnt really it for me",
        "honestly i'd dip within a few months so the design side makes more sense",
    ],
)
def test_leaving_soon_in_slang_is_a_red_flag(text: str) -> None:
    s = score(text, at(ANY))
    assert s.red_flags, s.elements
    assert s.total <= CAP
