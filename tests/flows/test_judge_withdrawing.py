"""The line "Are you withdrawing your application?" is a narrow moment: a clear "no, I'd like to stay
in", said early and keeping the door open, is what it asks, and the elements it does not call
for (the company's pull, the proof) are credited; saying yes, you are withdrawing, earns nothing
free, and a bare "no" is a reply and nothing more."""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, score

ATELIER = Context(
    company="Marrow & Vine Architects",
    role="Site Administrator",
    target="sustainable building design",
    draws="their timber school in Oulu",
    evidence="a passive-house retrofit study for my final-year project",
)
LINES = [
    "So are you withdrawing your application?",
    "Just to check: are you pulling out of the process?",
]
STAYS = [
    "No, not at all. I'm still keen on this role and happy to carry on with the process. I "
    "only wanted to be upfront that design is where I do my best work, and if there's ever a "
    "chance to meet someone from the design studio I'd welcome it.",
    "Not at all, I'd like to stay in the process. Honestly I'm strongest on the design side, "
    "but I'd give the site role everything, and I'd be glad to keep talking either way.",
]
LEAVES = [
    "Yes, I think I will. It's not really the right fit for me. Thanks for your time though.",
    "Probably yes, to be honest. I don't see myself in site admin. Thank you.",
]


def at(line: str) -> Context:
    c = ATELIER
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("text", STAYS)
def test_staying_in_warmly_is_the_moment_done(line: str, text: str) -> None:
    s = score(text, at(line))
    assert not s.red_flags
    assert s.elements["E6"] >= 1
    assert s.elements["E2"] == 2  # not called for here: credited, never listed as missing
    assert s.total >= 10, s.elements  # solid or ready, never "rework" for doing the moment


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("text", LEAVES)
def test_withdrawing_gets_nothing_free(line: str, text: str) -> None:
    s = score(text, at(line))
    assert s.elements["E2"] == 0
    assert s.total <= 9


@pytest.mark.parametrize("line", LINES)
def test_a_bare_no_is_a_reply_and_nothing_more(line: str) -> None:
    s = score("no", at(line))
    assert s.elements["E2"] == 0 and s.total <= 5
