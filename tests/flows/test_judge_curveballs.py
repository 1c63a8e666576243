"""The rules judge on narrow and surprising interviewer lines, scored by the line's kind and the
answer's structure (issue 11, round 6).

- "If I offered you this job, would you take it?" weighed honestly in the first breath, with one
  clear ask and a follow-up, is complete for the moment; a vague or faked reply gets no free
  credit.
- The sceptic's "why would our X people make time for you?" is a "what have you done?" moment:
  proof in the first person and, in the student's own words, an ask or a next step answer it;
  a bare claim with a shrug does not.

Every answer here is written for these tests, in wording of its own.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, classify_line, score

ORCHARD = Context(
    company="Pennick Orchards",
    role="Farm Shop Assistant (tills and stock)",
    target="orchard pest monitoring",
    draws="their trial of pheromone traps instead of spraying",
    evidence="a trap-count logging app I built for my placement that halved counting time",
)
TRAMS = Context(
    company="Corvell Tramways",
    role="Customer Service Adviser (ticket office)",
    target="timetable planning",
    draws="the new night-tram network",
    evidence="a dwell-time study of 30 stops I ran for my dissertation",
)


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


# -- 1. "would you take it?" weighed honestly, with an ask and a follow-up, is complete -------

TAKE_IT = (
    "If I offered you the farm shop job today, would you take it?",
    "Say we made you an offer this afternoon. Would you accept?",
)
WEIGHED = [
    "Truthfully, I'd like to sleep on it rather than say yes on the spot and regret it. I'd "
    "give the shop my best, but part of me keeps coming back to the orchard side. Would you "
    "mind if I spoke to someone who runs the pest monitoring before I decide? I'll let you "
    "know by Thursday either way.",
    "Honest answer: I'd need to mull it over tonight. The tills I could do well, and I'd "
    "enjoy the customers. What would really help first is a word with the pest monitoring "
    "team: could you give me the name of whoever runs it? I'll come back to you with a "
    "clear answer by the end of the week.",
]


@pytest.mark.parametrize("line", TAKE_IT)
@pytest.mark.parametrize("text", WEIGHED)
def test_an_honest_weighing_with_an_ask_and_a_follow_up_is_ready(text: str, line: str) -> None:
    assert classify_line(line) == "would_take_offer"
    got = score(text, at(ORCHARD, line))
    assert not got.red_flags, got.red_flags
    assert got.band == "ready", (got.total, got.elements)
    # What the moment does not call for is credited, and says so.
    assert set(got.granted) & {"E2", "E3", "E4"}


@pytest.mark.parametrize(
    "text",
    [
        # Weighed, but no ask and no next step: no free credit for the rest of the pivot.
        "Truthfully, I'd like to sleep on it rather than say yes on the spot. I'd give the "
        "shop my best, and I'd enjoy the customers a lot, I think.",
        # A vague shrug of a yes.
        "Er, yeah, I suppose so? I don't really know, the orchard stuff is more me. Maybe.",
    ],
)
def test_a_reply_that_only_half_does_the_moment_gets_nothing_free(text: str) -> None:
    got = score(text, at(ORCHARD, TAKE_IT[0]))
    assert not got.granted, got.granted
    assert got.total <= 9, (got.total, got.elements)


# -- 2. the sceptic's "why would they make time for you?" ------------------------------------

SCEPTIC = (
    "Why would our planning people want to sit down with a ticket office applicant?",
    "Why should the timetable team give you an hour? They're stretched.",
    "Why would anyone in planning make time for you, honestly?",
)


@pytest.mark.parametrize("line", SCEPTIC)
def test_the_sceptics_line_is_a_prove_it_moment(line: str) -> None:
    assert classify_line(line) == "prove_it"


@pytest.mark.parametrize("line", SCEPTIC)
def test_proof_with_a_small_ask_answers_the_sceptic(line: str) -> None:
    text = (
        "That's a fair challenge. For my dissertation I timed dwell at 30 stops and showed "
        "that two of them caused most of the delay, and the city council used it in its "
        "bus review. I'd only need twenty minutes with one of your planners, and I'd bring "
        "the data with me. If they can't, no problem at all; I'm still keen on this role."
    )
    got = score(text, at(TRAMS, line))
    assert not got.red_flags, got.red_flags
    assert got.total >= 14, (got.total, got.elements)


@pytest.mark.parametrize("line", SCEPTIC)
def test_a_bare_claim_with_a_shrug_gets_nothing_free(line: str) -> None:
    text = "Well, I got a first for my dissertation, so I'd be useful. If they're busy, whatever."
    got = score(text, at(TRAMS, line))
    assert not got.granted, got.granted
    assert got.total <= 9, (got.total, got.elements)


# -- 3. a remark that mentions another team is an opening, taken up by a reaction -----------

REMARKS = (
    "Our monitoring crew is out in the far orchard most mornings, as it happens.",
    "We've got a little pest monitoring group too, for what it's worth.",
)


@pytest.mark.parametrize("line", REMARKS)
def test_a_reaction_to_a_remark_takes_it_up_and_asks_about_its_team(line: str) -> None:
    text = (
        "Oh, that's lovely to hear. The pheromone trap trial is the reason I applied to "
        "Pennick. Honestly, I'm happier out counting traps than on the tills: on my placement "
        "I built a trap-count logging app that halved counting time. Who looks after the "
        "monitoring? Perhaps you could introduce me, if that's no trouble. I'm still keen to "
        "carry on with this process, and I'll drop you a note next week."
    )
    got = score(text, at(ORCHARD, line))
    assert not got.red_flags, got.red_flags
    assert got.elements["E1"] == 2, got.elements  # the reaction took up the remark
    assert got.elements["E5"] == 2, got.elements  # "who looks after" the team the line named
    assert got.band == "ready", (got.total, got.elements)


def test_a_reaction_does_not_answer_a_question() -> None:
    """A reaction ("Oh, lovely.") takes up a remark but answers no question: asked about the
    Saturday rush, a reply that reacts and recites a pivot has not answered."""
    line = "How would you cope with the Saturday rush?"
    text = (
        "Oh, lovely. Pennick's pheromone trap trial is what drew me here, and I do my best "
        "work on monitoring rather than the tills; I built a trap-count logging app on my "
        "placement. Could you introduce me to someone in pest monitoring? I'm glad to carry "
        "on with this process and I'll email you next week."
    )
    got = score(text, at(ORCHARD, line))
    assert got.elements["E1"] == 0, got.elements


# -- 4. "who in particular?" answered precisely is complete, not a pitch that owes a reason -----

WHO = "Who in particular would you want to talk to?"


@pytest.mark.parametrize(
    "text",
    [
        "Ideally whoever plans the summer timetable changes, the person who decides where the "
        "extra night trams go. If they're too busy, one of the junior planners would be just as "
        "good. Would you be happy to introduce me, or shall I email them and mention you?",
        "prob someone who plans the night tram timetable, or a junior planner. cd u pass on a "
        "name + is it ok if i say u pointed me their way?",
    ],
)
def test_a_precise_who_with_how_to_reach_them_is_complete(text: str) -> None:
    got = score(text, at(TRAMS, WHO))
    assert not got.red_flags, got.red_flags
    assert got.total >= 13, (got.total, got.elements)
    assert got.granted, got.elements
