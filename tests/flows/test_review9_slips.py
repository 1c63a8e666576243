"""Blind review 9b, finding 4: slips of a second language are never handed back as model lines.

"I am very interesting in ..." (for "interested"), "I am really enjoy ..." (be + a bare verb),
"for forecast the load" and "a model for predict" (for + a bare verb): each is a kind, tested
here in wordings of our own. The stronger version never repeats a sentence with one; an answer
at 14+ with one is never told "keep it as it is": it is told what to keep and, where the kind is
known, the fix, gently.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, keeps_as_is, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse
from flows.pivot.typed import fixes, good_english, slips

QUESTIONS = "I've enjoyed this. What questions do you have for me?"
OFFER = "If I offered you this job today, would you take it?"

GRID = Context(
    company="Nordwind Power",
    role="Field technician",
    target="energy data analysis",
    draws="",
    evidence="",
    last_line=QUESTIONS,
)

SLIPPED = [
    ("We are so interesting in your offshore wind projects.", "interested in"),
    ("I'm truly interesting in how your team plans the grid.", "interested in"),
    ("I am interested for the analyst track.", "interested in"),
    ("I am also enjoy working with sensor data.", "I also enjoy"),
    ("I'm really like the way you publish your outage data.", "I really like"),
    ("I am always want to learn how the load is balanced.", "I always want"),
    ("I wrote a script for clean the meter readings every night.", "to clean"),
    ("My capstone was a neural network for predict turbine faults.", "to predict"),
    ("We used Power BI for improve the shift plan.", "to improve"),
]
CLEAN = [
    "The talk was interesting in parts, and I learned a lot.",
    "I'm really keen on your offshore wind projects.",
    "I built a forecast for the evening peak load.",
    "I asked for help from the control room team.",
    "We run a test for every release.",
    "I use Python for forecasting demand.",
    "Thanks for the support today.",
]


@pytest.mark.parametrize(("sentence", "fix"), SLIPPED)
def test_each_slip_is_found_and_its_fix_named(sentence: str, fix: str) -> None:
    assert slips(sentence), sentence
    assert not good_english(sentence)
    assert fix in [good for _, good in fixes(sentence)], fixes(sentence)


@pytest.mark.parametrize("sentence", CLEAN)
def test_clean_english_is_no_slip(sentence: str) -> None:
    assert not slips(sentence), slips(sentence)
    assert not fixes(sentence)


# A strong answer (the full pivot, in their words) with one slip of the kind in it.
STRONG = (
    "Thank you, that was really helpful. I am very interesting in Nordwind Power because your "
    "offshore grid forecasts are published openly. To be honest, field technician work isn't "
    "where I do my best work; energy data analysis is. Last year I cut our fault reports from "
    "3 days to 4 hours with a Python dashboard. Who leads the energy data analysis team, and "
    "would you be open to introducing me? I'm still glad to stay in the process, and may I "
    "stay in touch by email?"
)


def test_a_strong_answer_with_a_slip_is_not_kept_as_it_is() -> None:
    a = analyse(STRONG, GRID)
    assert a.score.total >= 14 and keeps_as_is(a)
    note = to_plain(feedback(in_round(a.score, {}), GRID, STRONG))
    assert "Keep it as it is" not in note
    assert 'say "interested in", not "interesting in"' in note
    kept, _ = stronger_parts(GRID, STRONG, a)
    kept = to_plain(kept)
    assert "with a small fix" in kept
    assert 'say "interested in", not "interesting in"' in kept
    assert "as it is" not in kept


def test_a_strong_answer_without_a_slip_is_still_kept_as_it_is() -> None:
    # The rule changed (w18, finding 2): "keep it as it is" only when nothing is left to add.
    # This clean answer scores 14+ with nothing to add: kept as it is.
    clean = STRONG.replace(
        "I am very interesting in Nordwind Power because", "I really admire Nordwind Power because"
    )
    a = analyse(clean, GRID)
    note = to_plain(feedback(in_round(a.score, {}), GRID, clean))
    assert a.score.total >= 14 and "to add" not in note
    assert "Keep it as it is" in note
    assert "fix" not in to_plain(stronger_parts(GRID, clean, a)[0])


def test_a_strong_answer_with_something_to_add_says_what_and_keeps_the_rest() -> None:
    # The same answer with its reason for the company said in words the judge does not credit
    # in full: 14+, one thing to add, so the step says what to add, never "keep it as it is".
    clean = STRONG.replace("I am very interesting in", "I'm very interested in")
    a = analyse(clean, GRID)
    note = to_plain(feedback(in_round(a.score, {}), GRID, clean))
    assert a.score.total >= 14 and "One thing to add" in note
    assert "Keep it as it is" not in note
    step = note.split("Next step:")[1]
    assert "Add one line on why Nordwind Power" in step and "Keep the rest of your answer" in step


WEAKER = (
    "Thanks. I am really enjoy this conversation and I am very interesting in Nordwind Power. "
    "I made a model for predict the evening load. Any openings?"
)


def test_the_stronger_version_never_repeats_a_slip() -> None:
    version, notes = stronger_parts(GRID, WEAKER)
    said = to_plain(" ".join([version, *notes]))
    for slip in ("am really enjoy", "interesting in", "for predict"):
        assert slip not in said, said


# -- finding 5: lines a student can say aloud ------------------------------------------------------

PODCAST = Context(
    company="Soundwave Media",
    role="Ad sales assistant",
    target="audience analytics",
    draws="",
    evidence="",
    last_line=QUESTIONS,
)


def test_shorthand_in_a_proof_is_said_in_full() -> None:
    typed = (
        "Thanks! Sales isn't really my thing, audience analytics is. I host a uni radio show, "
        "30 eps so far, ~1.5k listeners a week. Could we stay in touch?"
    )
    version, notes = stronger_parts(PODCAST, typed)
    said = to_plain(" ".join([version, *notes]))
    for short in (" uni ", " eps", "~", "1.5k"):
        assert short not in said, said
    assert "university radio show, 30 episodes so far, about 1,500 listeners a week" in said


@pytest.mark.parametrize(
    "target", ["forecasting for the network planning team", "the growth marketing team"]
)
def test_no_word_is_said_twice_running(target: str) -> None:
    floated = "Funny you mention it: that team is hiring. Want me to connect you?"
    ctx = Context(**{**PODCAST.__dict__, "target": target, "last_line": floated})
    version, _ = stronger_parts(ctx, "Oh yes please!")
    said = to_plain(version)
    assert "team team" not in said, said


# -- finding 10: the band of a red flag, and a next step that fits the line ---------------------

AUDIT = Context(
    company="Harbourline Bank",
    role="Audit associate",
    target="climate risk modelling",
    draws="",
    evidence="",
)


def test_a_red_flag_at_the_cap_is_start_again_whatever_band_it_came_with() -> None:
    ctx = Context(**{**AUDIT.__dict__, "last_line": "Why did you apply?"})
    text = "I applied because I love this audit job, it is my dream role and I can't wait!"
    result = analyse(text, ctx).score
    # A judge that banded the total before the cap, or a round total: the band is the cap's.
    banded = replace(result, red_flags=["fakes_interest"], total=5, band="rework")
    note = to_plain(feedback(banded, ctx, text))
    assert "5/16 · Start again" in note
    assert "Needs rework" not in note


@pytest.mark.parametrize(
    "line",
    [
        "We're nearly done. Anything you'd like to ask me?",
        "Before we wrap up, do you have any questions for me?",
        "Why did you apply?",
    ],
)
def test_the_step_after_faked_interest_fits_the_line_asked(line: str) -> None:
    ctx = Context(**{**AUDIT.__dict__, "last_line": line})
    text = "Honestly this audit role is my absolute dream, I'm so excited to do it forever!"
    result = in_round(analyse(text, ctx).score, {})
    if "fakes_interest" not in result.red_flags:
        result = replace(result, red_flags=["fakes_interest"], total=min(result.total, 5))
    step = to_plain(feedback(result, ctx, text)).split("Next step:")[1]
    assert "think hard about it" not in step  # that answers "would you take it?" only
    assert "climate risk modelling" in step or "best work" in step


def test_asked_whether_they_would_take_it_the_step_says_so_honestly() -> None:
    ctx = Context(**{**AUDIT.__dict__, "last_line": OFFER})
    text = "Yes, absolutely, I love this audit role, it's my dream job!"
    result = in_round(analyse(text, ctx).score, {})
    result = replace(result, red_flags=["fakes_interest"], total=min(result.total, 5))
    step = to_plain(feedback(result, ctx, text)).split("Next step:")[1]
    assert "I'd have to think hard about it" in step


# -- finding 8b: what a moment calls for is the line's, not the answer's ------------------------

WHO = "Sure, I can help with that. Who in particular were you hoping to meet?"


@pytest.mark.parametrize(
    "reply",
    [
        "Ideally someone on the climate risk team, since my thesis modelled flood losses.",
        "Maybe someone in climate risk? I'm not sure who.",
        "Climate risk people, I guess.",
        "Anyone really, whoever has time.",
        "Not sure. Anyone works.",
    ],
)
def test_asked_who_no_reply_is_told_to_add_an_open_door(reply: str) -> None:
    ctx = Context(**{**AUDIT.__dict__, "last_line": WHO})
    # Turn 1 said why them, the fit, the proof and an ask: turn 2 is only the moment.
    earlier = {"E2": 2, "E3": 2, "E4": 2, "E5": 2}
    result = in_round(analyse(reply, ctx).score, earlier)
    said = to_plain(feedback(result, ctx, reply, earlier=earlier))
    assert "keeping the door open" not in said, said
    assert "Door open:" not in said, said
