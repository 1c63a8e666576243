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


# -- 5. offered an introduction, asking how to take it up is no ask for a job -----------------

FLOATED = (
    "Funnily enough, our timetable planning team is hiring a junior. Shall I put you in touch?"
)


def test_asking_how_to_take_up_an_introduction_accepts_it() -> None:
    text = (
        "Oh yes, that would be wonderful, thank you. What are they working on this year, and "
        "what would they want to see from a graduate? Would an intro by email suit you best, "
        "or should I apply online and mention your name? I'll follow up with a short note "
        "tomorrow so you have my details."
    )
    got = score(text, at(TRAMS, FLOATED))
    assert classify_line(FLOATED) == "floated_team"
    assert not got.red_flags, got.red_flags
    assert got.band == "ready", (got.total, got.elements)


def test_swapping_the_introduction_for_a_job_link_is_still_weak() -> None:
    text = "Oh, sure. Could you just send me the job posting? I'll apply online myself."
    got = score(text, at(TRAMS, FLOATED))
    assert got.total <= 9, (got.total, got.elements)


# -- 6. "anything to add before we finish?" is an open line, not a time squeeze ---------------

CLOSING = (
    "Is there anything else you'd like to add before we wrap up?",
    "Anything you want to mention before we wrap up today?",
)


@pytest.mark.parametrize("line", CLOSING)
def test_a_polite_close_asks_for_the_whole_pivot(line: str) -> None:
    assert classify_line(line) == "opening"
    # Warm, door open and a follow-up, but no fit and no proof: the parts a time squeeze
    # would excuse are not credited when there was time for them.
    text = (
        "Only that I've loved hearing about the night-tram network and I'd really like to be "
        "part of Corvell. I'm happy to carry on with this process, and if there's ever a chance "
        "to meet someone in timetable planning I'd be grateful. May I email you next week?"
    )
    got = score(text, at(TRAMS, line))
    assert not got.granted, got.granted
    assert got.elements["E3"] == 0, got.elements


def test_a_real_time_squeeze_is_still_one() -> None:
    assert classify_line("We need to wrap this up in two minutes, sorry.") == "time_pressure"


# -- 7. "what kind of work?" answered by naming the work first ---------------------------------


def test_naming_the_work_first_answers_what_kind_of_work() -> None:
    line = "What sort of work gets you most excited?"
    text = (
        "Mostly the scheduling side, to be honest. Corvell's night trams are why I applied. "
        "For my dissertation I ran a dwell-time study of 30 stops. Who plans the timetables?"
    )
    got = score(text, at(TRAMS, line))
    assert classify_line(line) == "what_work"
    assert got.elements["E1"] == 2, got.elements


# -- 8. keywords strung together in reply to a competency question earn nothing -------------


@pytest.mark.parametrize(
    "line",
    [
        "Tell me about a time you had to calm down an angry passenger.",
        "How would you handle a queue of forty people and a broken ticket machine?",
    ],
)
def test_keyword_salad_to_a_question_scores_nothing(line: str) -> None:
    text = (
        "Passion night trams Corvell. Fit timetable planning not ticket office. Proof "
        "dwell-time study 30 stops. Ask planner introduction. Door open process. Follow-up "
        "email next week."
    )
    got = score(text, at(TRAMS, line))
    assert "ignores_interviewer" in got.red_flags, got.red_flags
    assert got.total == 0, (got.total, got.elements)


def test_a_competency_answer_with_a_real_example_then_a_pivot_responds() -> None:
    line = "Tell me about a time you had to calm down an angry passenger."
    text = (
        "Sure. Last summer a man missed the last bus because the timetable board was wrong; I "
        "apologised, found him a taxi rank and logged the fault, and he thanked me the next "
        "week. It's also why I love planning: my dissertation timed dwell at 30 stops. Could "
        "I speak to someone in timetable planning at some point?"
    )
    got = score(text, at(TRAMS, line))
    assert "ignores_interviewer" not in got.red_flags, got.red_flags
    assert got.elements["E1"] == 2, got.elements


@pytest.mark.parametrize(
    "story",
    [
        "Of course. I was covering the ticket office alone when a passenger arrived furious "
        "about a cancelled tram.",
        "One Saturday the card machine died and a queue of families was getting restless.",
        "Sure thing. A regular passenger complained every week about the late 22 tram.",
    ],
)
def test_a_story_told_in_its_own_words_answers_a_competency_question(story: str) -> None:
    line = "Tell me about a time you had to calm down an angry passenger."
    text = (
        story + " I listened, explained what I could do, and wrote up the fault; they "
        "thanked me afterwards. That kind of puzzle is why timetable planning appeals to me: "
        "my dissertation timed dwell at 30 stops. Could I talk to a planner at some point?"
    )
    got = score(text, at(TRAMS, line))
    assert "ignores_interviewer" not in got.red_flags, got.red_flags
    assert got.elements["E1"] == 2, got.elements
