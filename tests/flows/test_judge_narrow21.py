"""The rules judge at narrow interviewer moments (issue 11, blind counsellor review j21).

Each kind is said here in words of its own, none of them the review's, at a railway operator:
a sneer or a withdrawn yes at a narrow moment, an offer taken up without the word "yes", a
pasted pivot to "who, and why?", a reply said at the end of the answer, red-flag sentences
praised as working, "any questions?" said with the clock, and an offer taken up with no
follow-up. Each has its other side: the plain, polite or complete answer to the same line.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.practice import in_round
from flows.pivot.rubric import ELEMENTS
from flows.pivot.scoring import Context, Score, score

RAIL = Context(
    company="Calder Valley Rail",
    role="ticket office clerk",
    target="timetable planning",
    draws="their new Sunday service pattern",
    evidence="the fixture schedule I rebuilt for my hockey club",
)

WHO = "Who exactly would you like to meet? Give me a name or a team."
WHO_WHY = "Who in particular would you approach, and why would they give you their time?"
OFFER = "The planners sit upstairs. I could put you in touch with their lead. Shall I?"
STILL_IN = "Before we go on: are you still in the running for this job, or pulling out?"
CLOCK = "We've only got two minutes left, so any questions for me?"

EVERYTHING = {e: 2 for e in ELEMENTS}  # an earlier turn of the round that said it all


def at(line: str) -> Context:
    return Context(RAIL.company, RAIL.role, RAIL.target, RAIL.draws, RAIL.evidence, line)


def judged(line: str, text: str) -> tuple[Score, str]:
    result = score(text, at(line))
    return result, feedback(result, at(line), text)


# -- 1. a sneer or a withdrawn yes at a narrow moment gets no free credit ---------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            WHO,
            "The timetable planning team. Obviously you have no time for the likes of me, so "
            "off you go, and many thanks for your generous attention.",
        ),
        (WHO, "Timetable planning, I suppose. Mention me to them if you can be bothered."),
        (
            OFFER,
            "Sure, thanks. I'm sure you're far too important to remember, but do try, won't you?",
        ),
    ],
)
def test_a_sneer_at_a_narrow_moment_is_a_red_flag(line: str, text: str) -> None:
    result, note = judged(line, text)
    assert "disparages_role" in result.red_flags, result
    assert result.total <= 5, result
    assert not result.granted, result
    # Earlier turns cannot lift it either: it is scored alone.
    assert in_round(result, EVERYTHING).total <= 5
    assert "Keep it as it is" not in note


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            WHO,
            "The timetable planning team, please. I know you're busy, so thank you for your time.",
        ),
        (
            OFFER,
            "Yes please, that's very kind of you. Could I ask who leads the planners? And may I "
            "drop you a line next week to say how it went?",
        ),
    ],
)
def test_a_polite_reply_at_a_narrow_moment_is_no_sneer(line: str, text: str) -> None:
    result = score(text, at(line))
    assert not result.red_flags, result


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, who leads them? Actually, please don't trouble them, I'd rather not "
        "disturb anyone.",
        "Oh, that would be great. Which of them runs the winter timetable? Hmm, on reflection, "
        "no need to bother them, I would rather not be a nuisance.",
        "Gladly, thank you! Is it their lead I should email? On second thoughts, don't trouble "
        "her; I'd rather not impose.",
    ],
)
def test_an_offer_taken_up_and_withdrawn_is_not_the_moment_done(text: str) -> None:
    result, note = judged(OFFER, text)
    assert not result.granted, result
    assert result.total <= 9, result
    # Whatever an earlier turn said, the withdrawn yes is scored alone: no "ready" from credit.
    merged = in_round(result, EVERYTHING)
    assert merged.total <= 9, merged
    assert "Ready" not in note


# -- 2. an offer taken up in ordinary words, without "yes" ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'd be truly grateful for that. Who leads the planning team? I'll let you know how "
        "it goes.",
        "That is really generous of you. Is their lead happy to be emailed? I'll keep you posted "
        "afterwards.",
        "I would be honoured, thank you. What should I read before I write to them? I will "
        "update you after we speak.",
        "I am very happy for this, thank you. Who is the person I should write to? I will "
        "update you after we speak.",
    ],
)
def test_an_offer_taken_up_without_yes_answers_it(text: str) -> None:
    result, note = judged(OFFER, text)
    assert result.elements["E1"] == 2, result
    assert result.total >= 14, result
    assert "Early draft" not in note
    assert "one real sentence" not in note


# -- 3. a pasted pivot to "who, and why would they make time?" ignores the line ---------------


def test_a_pasted_pivot_to_who_and_why_ignores_the_line() -> None:
    text = (
        "Calder Valley Rail's new Sunday service pattern is the reason I applied. To be honest, "
        "I do my best work in timetable planning rather than at a ticket desk. I rebuilt the "
        "fixture schedule for my hockey club last season. Could you introduce me to someone in "
        "timetable planning? I'm glad to stay in the process, and may I follow up next week?"
    )
    result, note = judged(WHO_WHY, text)
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= 5, result
    assert "doesn't say who or why" in note


def test_who_and_why_answered_first_is_no_pasted_pivot() -> None:
    text = (
        "Whoever leads timetable planning, because I rebuilt my hockey club's fixture schedule "
        "and could show them how I untangled the clashes."
    )
    result = score(text, at(WHO_WHY))
    assert "ignores_interviewer" not in result.red_flags, result


# -- 4. a reply the moment allows, said late or in other words, is a reply --------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have thought it through over the weekend. Timetable planning is where my strengths "
        "lie, and I rebuilt our club's fixture list. So yes, I will remain in the process for "
        "the moment.",
        "Thanks for checking. Planning is where I do my best work: I rebuilt our hockey club's "
        "fixture list last season. All the same, I'm still keen and staying in the process.",
    ],
)
def test_staying_in_said_at_the_end_is_a_reply(text: str) -> None:
    result, note = judged(STILL_IN, text)
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] >= 1, result
    assert "reply to their line" not in note
    assert "Start again" not in note


def test_an_offer_opened_with_thanks_is_a_reply() -> None:
    text = (
        "That is most kind of you, thank you. I would ask them how they planned the Sunday "
        "timetable. Could you email an introduction?"
    )
    result, note = judged(OFFER, text)
    assert not result.red_flags, result
    assert result.elements["E1"] == 2, result
    assert "reply to their line" not in note


# -- 5. "what worked" never quotes a flagged sentence or the voice it was said in --------------


def test_a_faked_yes_is_not_praised_as_timing() -> None:
    text = (
        "yes!! totally!! This ticket office role is exactly what I'm looking for. Could you "
        "tell me who runs planning?"
    )
    result, note = judged(OFFER, text)
    assert "fakes_interest" in result.red_flags, result
    assert '"yes!! totally!!"' not in note
    assert "(timing)" not in note


def test_dread_of_the_work_is_a_flag_not_an_honest_fit() -> None:
    text = (
        "Selling tickets is where I would die a little inside every day, so planning suits me "
        "better. Who leads it?"
    )
    result, note = judged("Any questions for us?", text)
    assert "disparages_role" in result.red_flags, result
    assert "die a little inside" not in note.split("What worked")[-1]
    assert "(honest fit)" not in note


def test_a_veiled_threat_is_a_flag_not_a_retraction() -> None:
    text = "Timetable planning. I'll keep writing to them, whether they like it or not."
    result, note = judged(WHO, text)
    assert result.red_flags, result
    assert result.total <= 5, result
    assert "You took it back" not in note


# -- 6. "any questions?" with the clock still calls for the whole pivot -----------------------


def test_any_questions_with_the_clock_credits_nothing_unsaid() -> None:
    text = (
        "I'm not sure the ticket office suits me, my interest is more in planning. Could you "
        "point me to someone in timetable planning?"
    )
    result, note = judged(CLOCK, text)
    assert not result.granted, result
    assert result.elements["E6"] == 0, result
    assert result.total <= 11, result
    assert "didn't call for" not in note


def test_the_clock_alone_still_grants_what_it_does_not_call_for() -> None:
    text = "Of course, I'll be quick: could you point me to someone in timetable planning?"
    result = score(text, at("Sorry, I have a hard stop in two minutes."))
    assert result.granted, result


# -- 7. at an offer, the band agrees with the note --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, thank you! Who leads the planners?",
        "Oh, that would be lovely. Does their lead prefer email or a call?",
    ],
)
def test_an_offer_taken_up_without_a_follow_up_is_never_raised_to_the_top(text: str) -> None:
    """The offer asks for a follow-up: an answer without one is complete enough for the moment's
    credit, but what earlier turns said cannot lift it to 15-16 beside a note that asks for the
    follow-up again."""
    result = score(text, at(OFFER))
    assert result.elements["E7"] == 0, result
    assert result.total <= 14, result
    merged = in_round(result, EVERYTHING)
    assert merged.total <= 14, merged


def test_an_offer_taken_up_with_a_follow_up_takes_what_was_said_before() -> None:
    text = "Yes please, thank you! Who leads the planners? I'll let you know how it goes."
    result = score(text, at(OFFER))
    assert result.elements["E7"] == 2, result
    assert in_round(result, EVERYTHING).total == 16


@pytest.mark.parametrize(
    "text",
    ["Yes please, thank you!", "Oh, that would be lovely, thanks so much."],
)
def test_a_yes_alone_is_not_ready_even_after_a_complete_turn(text: str) -> None:
    result, note = judged(OFFER, text)
    assert result.total <= 9, result
    assert in_round(result, EVERYTHING).total <= 13
    assert "Ready" not in note
