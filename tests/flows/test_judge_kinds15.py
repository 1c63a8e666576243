"""The rules judge's fifteenth round (issue 11, blind counsellor review of rehearsal).

Each kind is said here in words of its own, in none of the labelled sets nor the review's own
examples: a threat to withdraw, conditional (a demand) or outright (leaving early); a demand
carrying a start date; a deflated exit; stock sentences mocked as they are said; and the other
side of each, the same words said sincerely, raising nothing.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import CAP, Context, score

GALLERY = Context(
    company="Ashgrove Print Museum",
    role="Visitor Services Assistant (front desk and shop)",
    target="collections digitisation",
    draws="their open-access scans of the letterpress archive",
    evidence="a catalogue of 1,200 glass-plate negatives I scanned and tagged for my placement",
)
QUESTIONS = "Is there anything you'd like to ask us?"
NO_OPENINGS = "We've nothing open in digitisation this year, I'm afraid."
INTRO = "Our digitisation manager is recruiting, as it happens. Shall I put you in touch?"


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


def flagged(text: str, line: str, flag: str) -> None:
    result = score(text, at(GALLERY, line))
    assert flag in result.red_flags, result
    assert result.total <= CAP, result


# -- threats to withdraw -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "tbh if it's just the front desk on offer i'd probably take my application back",
        "If there's no way into digitisation within the year, I would simply walk away.",
        "Honestly, I'd sooner withdraw than spend three years on the shop till.",
        "Unless the scanning team is part of it I'd just bail, to be fair.",
        "Digitisation or nothing. Otherwise I'm gone.",
        "Let me be straight: no move to collections, then I'm out.",
    ],
)
def test_a_conditional_threat_to_withdraw_is_a_demand(text: str) -> None:
    flagged(text, QUESTIONS, "demands_job")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for being honest. I'm going to pull my candidacy, I think.",
        "right. i'll just take my name out of it then, cheers",
        "OK, in that case I'll withdraw.",
    ],
)
def test_an_outright_withdrawal_leaves_the_interview(text: str) -> None:
    flagged(text, NO_OPENINGS, "leaves_early")


@pytest.mark.parametrize(
    "text",
    [
        "I'd walk you through the negative catalogue if that helps: 1,200 plates, all tagged.",
        "No more questions from me, I'm out of ideas! Thank you for the tour of the archive.",
        "I'll pull the scan counts together and send them over after this, if that's useful.",
        "I'd rather not withdraw anything I said: the front desk is where I'd start, happily.",
    ],
)
def test_the_same_words_said_sincerely_raise_nothing(text: str) -> None:
    result = score(text, at(GALLERY, QUESTIONS))
    assert result.red_flags == [], result


# -- a demand carrying a start date ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes please. I'd expect to be moved onto the scanning work by March, no later.",
        "Sure, but I'd need to start in digitisation by the new year at the latest.",
    ],
)
def test_a_start_date_attached_to_a_move_is_a_demand(text: str) -> None:
    flagged(text, INTRO, "demands_job")


def test_a_start_date_for_the_job_on_offer_is_no_demand() -> None:
    text = (
        "Yes, I'd love that, thank you. Could you tell me who I'd be writing to? I could start "
        "at the front desk in June, and I'll drop you a note after I've spoken to them."
    )
    assert score(text, at(GALLERY, INTRO)).red_flags == []


def test_shrugging_the_role_off_as_a_stopgap_disparages_it() -> None:
    text = "Sure, connect me. I'm not staying on the front desk thing for long anyway."
    flagged(text, INTRO, "disparages_role")


# -- a deflated exit -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Ah. Right. I suppose that's it then.", "oh ok. guess thats that", "Fine, leave it at that."],
)
def test_a_deflated_exit_leaves_the_interview(text: str) -> None:
    flagged(text, NO_OPENINGS, "leaves_early")


# -- stock sentences mocked ----------------------------------------------------------------------


def test_stock_sentences_wrapped_in_sarcasm_earn_nothing() -> None:
    text = (
        "Oh, plenty. I adore your museum, clearly, like every other applicant who walks in. My "
        "real strength is digitisation, something I bet you hear all the time. I scanned 1,200 "
        "glass plates. Who could I speak to, and can I follow up? I'm sure it'll go brilliantly."
    )
    flagged(text, QUESTIONS, "disparages_role")


def test_a_sincere_nod_to_a_common_line_is_no_sarcasm() -> None:
    text = (
        "Yes, thank you. I'm sure you hear it a lot, but your open-access letterpress scans are "
        "why I applied. I scanned and tagged 1,200 glass-plate negatives on my placement, and "
        "that's the work I'm best at. Would you mind pointing me to someone in digitisation for "
        "a short chat? I'm glad to keep going with the front desk role, and I'll follow up by "
        "email next week."
    )
    result = score(text, at(GALLERY, QUESTIONS))
    assert result.red_flags == [], result
    assert result.total >= 12, result


# -- "what would you want from them?" answered with a yes and logistics ------------------------

PURPOSE = (
    "Our digitisation manager is recruiting; I can introduce you. What would you want from her?"
)


@pytest.mark.parametrize(
    "text",
    [
        "Oh yes, that would be lovely! Could you pass on her number? I'll drop you a line after.",
        "Yes definitely. What's the best email for her? I'll keep you posted.",
    ],
)
def test_a_yes_with_logistics_does_not_answer_what_they_want(text: str) -> None:
    result = score(text, at(GALLERY, PURPOSE))
    assert result.elements["E1"] <= 1, result
    assert not {"E2", "E3", "E4"} & set(result.granted), result
    assert result.total <= 9, result


def test_saying_what_they_want_from_the_meeting_answers_it() -> None:
    text = (
        "Yes please. I'd mostly want to hear how they choose which plates get scanned first, "
        "and whether tagging like I did on 1,200 negatives is useful to them. Could you pass on "
        "her email? I'll let you know how it goes."
    )
    result = score(text, at(GALLERY, PURPOSE))
    assert result.elements["E1"] == 2, result
    assert result.total >= 14, result


# -- asking to keep in contact, in any register --------------------------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        "Could I stay in contact with you afterwards?",
        "Would it be alright if we remained in communication?",
        "May I keep you updated on how I get on?",
        "I'd like to remain in contact with you, if that suits.",
    ],
)
def test_a_polite_request_to_keep_in_contact_is_a_follow_up(ask: str) -> None:
    text = f"Yes, one: who on the digitisation side could I talk to? {ask}"
    result = score(text, at(GALLERY, QUESTIONS))
    assert result.elements["E7"] == 2, result


def test_keeping_in_contact_is_not_staying_in_the_process() -> None:
    text = "Who could I talk to in digitisation? I'd be glad to remain in contact with you."
    result = score(text, at(GALLERY, QUESTIONS))
    assert result.elements["E6"] < 2, result


# -- an honest fit counts whatever the line ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "What have you read about us?",
        "How much do you know about the museum?",
        "Why do you want to work here?",
        "What would you say is your biggest strength?",
    ],
)
@pytest.mark.parametrize(
    "fit",
    [
        "The scanning side is where I'd do my best work.",
        "My own strength lies in digitising collections.",
    ],
)
def test_an_honest_fit_is_credited_whatever_the_line(line: str, fit: str) -> None:
    text = f"I know you put the whole letterpress archive online as open-access scans. {fit}"
    result = score(text, at(GALLERY, line))
    assert result.elements["E3"] == 2, result
    assert result.elements["E1"] == 2, result
    assert result.red_flags == [], result


# -- where they fit, in plain words, beside a reason sharing the target's word -----------------

SCANS = Context(
    company="Ashgrove Print Museum",
    role="Visitor Services Assistant (front desk and shop)",
    target="digitisation",
    draws="their digitisation of the letterpress archive",
    evidence="a catalogue of 1,200 glass-plate negatives I scanned and tagged for my placement",
)


@pytest.mark.parametrize(
    "fit",
    [
        "the scanning room is where I'd really thrive",
        "I'd sooner spend my days scanning than running the till",
        "I'd love to work on digitisation instead of the shop",
        "I'm much more of a hands-on person than a front-of-house one",
        "I can picture myself doing the scanning work",
    ],
)
@pytest.mark.parametrize("ctx", [GALLERY, SCANS], ids=["reason-apart", "reason-shares-target"])
def test_a_fit_in_plain_words_is_credited(fit: str, ctx: Context) -> None:
    text = f"Your digitisation of the letterpress archive is what drew me here, and {fit}."
    result = score(text, at(ctx, QUESTIONS))
    assert result.elements["E3"] == 2, result
    assert result.red_flags == [], result
