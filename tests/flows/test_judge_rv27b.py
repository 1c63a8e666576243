"""Blind counsellor review rv27b's misses, at `pivotbot score` level, with wordings of our own.

Scenario of the review: Verdana Energy, an inside sales role, the student's target product
analytics, drawn by the grid forecasting launch, proof a usage dashboard used for renewals. Each
review answer comes first in its table (the counsellor's score in the comment), then three or
more wordings written for these tests. Totals are asserted within 2 of the counsellor, and the
red flag (or its absence) as labelled.

Left as strict xfails: the review scores a labelled list and a list of fragments at 1, but every
labelled dev set (20+ items, written by other counsellors from the same COACHING.md) scores that
shape at 7 (1 per element, delivery 0), and the brief forbids a drop on any dev set.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, analyse, score

QUESTIONS = "Do you have any questions for us?"
WHO = "Who in particular would you want to talk to?"
FLOATED = "I could introduce you to our product analytics lead. What would you want from them?"
KNOW = "What do you know about us?"


def at(line: str) -> Context:
    return Context(
        "Verdana Energy",
        "Inside sales representative",
        "product analytics",
        "grid forecasting launch",
        "usage dashboard used for renewals",
        line,
    )


# -- 1. A keyword salad in one unbroken run earns nothing (review: 4, counsellor 0).
SALADS = [
    "analytics dashboard renewals grid forecasting enthusiasm honest fit introduction stay in "
    "touch door open team name",
    "grid forecasting passion excited usage dashboard renewals proof honest fit analytics best "
    "work ask introduction coffee door open process follow up stay in touch thank you",
    "Yes: keen, enthusiastic, Verdana, grid forecasting, honest fit, analytics, bridge, usage "
    "dashboard, renewals, introduction, name, door open, follow up, stay in touch, thanks.",
    "enthusiasm verdana forecasting launch fit analytics proof dashboard renewals ask intro "
    "door open follow up",
]


@pytest.mark.parametrize("line", [KNOW, QUESTIONS])
@pytest.mark.parametrize("text", SALADS)
def test_an_unbroken_keyword_salad_earns_nothing(line: str, text: str) -> None:
    got = score(text, at(line))
    assert got.red_flags == ["ignores_interviewer"], got.red_flags
    assert got.total <= 2, (got.elements, got.total)


# The counsellor's 1 for these shapes conflicts with every labelled dev set's 7 (module doc).
LISTS = [
    "- grid forecasting launch\n- not my best work, analytics is\n- usage dashboard for "
    "renewals\n- who in product analytics?\n- stay in process\n- keep in touch",
    "Enthusiasm: grid forecasting. Fit: analytics. Proof: dashboard. Ask: intro. Door open. "
    "Follow-up.",
    "grid forecasting launch. analytics best work. usage dashboard for renewals. someone in "
    "product analytics. stay in process. keep in touch.",
]


@pytest.mark.xfail(strict=True, reason="dev sets label this shape 7, the review 1 (module doc)")
@pytest.mark.parametrize("text", LISTS)
def test_lists_and_fragments_within_two_of_the_review(text: str) -> None:
    assert score(text, at(QUESTIONS)).total <= 3


@pytest.mark.parametrize("text", LISTS)
def test_lists_and_fragments_stay_below_solid(text: str) -> None:
    got = score(text, at(QUESTIONS))
    assert got.total <= 7 and got.elements["E8"] == 0, (got.elements, got.total)


# -- 2. A polite formal answer to "who in particular?" (review: 5 Start again, counsellor 11).
FORMAL_WHO = [
    "Good question. I admire the grid forecasting launch a great deal. Would it be possible for "
    "you to recommend a colleague in the user experience team with whom I might speak? I built "
    "a usage dashboard my team used for renewals, and analytics is where I do my best work. I "
    "remain interested in this position and would be glad to continue.",
    "Thank you for asking. I built a usage dashboard that my team used for renewals, and I "
    "would like to learn how that kind of work is done at Verdana. Would it be possible for you "
    "to recommend a colleague in the user experience team with whom I might speak? I remain "
    "interested in this position.",
    "That is a kind question, thank you. Ideally I would speak with someone in the product "
    "analytics team. My usage dashboard was used by my team for renewals, so I would value "
    "their view. I remain keen to continue in the process.",
]


@pytest.mark.parametrize("text", FORMAL_WHO)
def test_a_courtesy_first_does_not_use_up_the_answer(text: str) -> None:
    got = score(text, at(WHO))
    assert not got.red_flags, got.red_flags
    assert got.total >= 9, (got.elements, got.total)


PITCH_FIRST = [
    "Thank you. I admire the grid forecasting launch. Analytics is where I do my best work. "
    "Would it be possible for you to recommend a colleague in the user experience team with "
    "whom I might speak? I built a usage dashboard used for renewals. I remain interested in "
    "this position.",
    "Honestly the grid forecasting launch is why I applied, and analytics is where I do my best "
    "work. My usage dashboard was used for renewals. Maybe someone, whoever has time? I remain "
    "interested in this position.",
]


@pytest.mark.parametrize("text", FORMAL_WHO + PITCH_FIRST)
def test_never_both_doesnt_answer_and_partly_there(text: str) -> None:
    a = analyse(text, at(WHO))
    note = feedback(a.score, at(WHO), text, analysis=a)
    missing = "doesn't answer what they just said" in note or "doesn't say who" in note
    assert not (missing and "Your reply to their line is partly there" in note), note


# -- 3. Faked interest in the role from a student steering to analytics.
FAKED = [
    # review: 12, counsellor 5 faking_interest
    "Thanks! I love the grid forecasting launch and I'm really excited about this sales role, "
    "it's exactly what I want. I built a usage dashboard that my team used for renewals. Is "
    "there someone in product analytics I could talk to too?",
    # review: 3 unflagged, counsellor 2 flagged
    "I'd love to take this job, it's exactly what I want to do and I'm very excited about sales.",
    # review: a canned closing pitch, unflagged
    "Thank you. I'm a hard-working, passionate team player who always gives 110%, and I truly "
    "believe I'd be a great fit for this role. I'm excited about Verdana's grid forecasting "
    "launch. Is there someone in product analytics I could speak to?",
    "Honestly I'm so passionate about this inside sales position. Could I meet someone in "
    "product analytics as well? My usage dashboard was used for renewals.",
    "This is exactly what I wanted. I'd be thrilled to accept the offer, and maybe one day "
    "chat with product analytics.",
    "I would be the perfect fit for the role, truly. Any chance of a coffee with someone in "
    "analytics?",
]


@pytest.mark.parametrize("text", FAKED)
def test_faked_interest_in_the_role_is_flagged(text: str) -> None:
    got = score(text, at(QUESTIONS))
    assert "fakes_interest" in got.red_flags, (got.red_flags, got.elements)
    assert got.total <= 5


HONEST = [
    "I'd love to take this job in another life, but analytics is where I do my best work: my "
    "usage dashboard was used for renewals. Could I talk to someone in product analytics? I'm "
    "glad to stay in the process.",
    "I'd be happy to accept the offer if it came, but honestly analytics is where I'm strongest: "
    "my usage dashboard was used for renewals. Could you point me to someone in product "
    "analytics? I'll stay in the process either way.",
    "The grid forecasting launch is exactly what I want to learn from. Is there someone in "
    "product analytics I could talk to? My usage dashboard was used for renewals, and I'm happy "
    "to stay in the process.",
]


@pytest.mark.parametrize("text", HONEST)
def test_weighed_praise_and_enthusiasm_for_the_company_stay_unflagged(text: str) -> None:
    got = score(text, at(QUESTIONS))
    assert not got.red_flags, got.red_flags
    assert got.total >= 9, (got.elements, got.total)


# -- 4. A good answer to "what would you want from them?" (review: 9, counsellor 14).
PURPOSE = [
    "I'd want to understand how they use customer data, and whether someone with my background, "
    "I built a usage dashboard my team used for renewals, could add value there. Mostly I'd "
    "value 20 minutes of their advice.",
    "I'd ask how they decide which usage signals matter for forecasting. I built a usage "
    "dashboard my team used for renewals, so I'd like to know if that kind of work is useful to "
    "them. Twenty minutes of their advice would be plenty.",
    "Mainly to learn how the analytics team works with customer data day to day, and where my "
    "usage dashboard, which my team used for renewals, might fit. A short call would do.",
]


@pytest.mark.parametrize("text", PURPOSE)
def test_saying_what_they_want_from_the_person_is_the_moment(text: str) -> None:
    got = score(text, at(FLOATED))
    assert not got.red_flags, got.red_flags
    assert got.total >= 12, (got.elements, got.total)


# -- 6. A soft preference is a weak job ask, not a demand (review: 5 flagged, counsellor 8).
PREFERENCE = [
    "I really admire the grid forecasting launch. Honestly I do my best work in analytics, I "
    "built a usage dashboard my team used for renewals. I'd really prefer it if you could "
    "consider me for an analytics position instead of this one.",
    "The grid forecasting launch is why I applied, and my usage dashboard was used for "
    "renewals. Ideally I'd be considered for an analytics role rather than this one.",
    "I love the grid forecasting launch, and analytics is where I'm strongest: my usage "
    "dashboard was used for renewals. I would prefer that you consider me for product analytics "
    "instead of this position, if that's possible.",
]


@pytest.mark.parametrize("text", PREFERENCE)
def test_a_stated_preference_is_rework_not_a_demand(text: str) -> None:
    got = score(text, at(QUESTIONS))
    assert not got.red_flags, got.red_flags
    assert 6 <= got.total <= 10, (got.elements, got.total)


def test_a_move_asked_for_outright_is_still_a_demand() -> None:
    got = score(
        "Could you put me forward for an analytics role rather than this one? My usage "
        "dashboard was used for renewals.",
        at(QUESTIONS),
    )
    assert "demands_job" in got.red_flags
