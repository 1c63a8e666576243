"""Judge faults from blind review 12b, each fixed at its kind, not at one wording.

1. Claiming passion for the role's own work, or wanting to do it for ever, from someone whose
   target is other work (above all in the answer that asks to move there), fakes interest in any
   register; so does setting the honest fit aside to simply take the offer.
2. The role's work called pointless, useless, meaningless, "only X all day" or no job for
   someone with a degree is disparaging, in casual and non-native English alike; the role's work
   words come from the Context.
3. Offered an introduction and asked what they would want from that person, saying it (a topic,
   a question for them, a time ask) and thanking them is the whole moment, not a missed line.

Every answer here is written for these tests, in wording of its own.
"""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, score

CLAIMS = Context(
    company="Brightwell Insurance",
    role="Claims Handler (phone claims intake)",
    target="fraud analytics",
    draws="the open fraud-loss reports",
    evidence="I built a model flagging duplicate invoices in my placement",
)
TAKE = "So if the job were yours tomorrow, would you say yes?"
WHY = "What made you apply to us?"
HOPE = "I can introduce you to our fraud analytics manager. What would you hope to get out of it?"
ASK_HER = "Happy to connect you with the head of fraud. What would you actually ask her?"


def at(line: str) -> Context:
    c = CLAIMS
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. faked interest in the role's own work ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Phone typing: the role's work (named in the Context's brackets) as a passion, for ever.
        "ya for sure!! phone intake is honestly my passion, id happily do intake forever lol. "
        "anyway can u still intro me to the fraud analytics ppl?",
        # Plain English: doing the role's work for the rest of a career.
        "Yes, definitely. I'd be happy doing claims calls for the rest of my career. Also, is "
        "there someone in fraud analytics I could speak to?",
        # Formal: the honest fit said, then set aside to take the offer.
        "Earlier I said my strongest work is in fraud analytics rather than the phones. Setting "
        "that aside, I would simply like the offer and I would accept it. Could you still "
        "introduce me to the fraud analytics lead?",
    ],
)
def test_claiming_the_roles_work_while_steering_away_fakes_interest(text: str) -> None:
    result = score(text, at(TAKE))
    assert "fakes_interest" in result.red_flags, result
    assert result.total <= 5, result
    assert result.band == "restart", result


def test_weighing_the_offer_honestly_is_not_faked() -> None:
    text = (
        "Honestly, I would think hard about it. I like Brightwell a lot, but my strongest work is "
        "in fraud analytics, not phone intake. Could I speak with someone in that team first? "
        "I'll follow up next week."
    )
    result = score(text, at(TAKE))
    assert result.red_flags == [], result
    assert result.total >= 14, result


def test_not_wanting_the_roles_work_for_ever_is_honest_fit_not_faking() -> None:
    text = (
        "I applied because your open fraud-loss reports impressed me. I would not want to do "
        "phone intake forever, my best work is in analysis: I built a model flagging duplicate "
        "invoices. Could you point me to someone in fraud analytics?"
    )
    result = score(text, at(WHY))
    assert result.red_flags == [], result
    assert result.total >= 10, result


# -- 2. running down the role's work ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Casual: the work "kinda pointless".
        "ok real talk, answering intake phones all day is kinda pointless, half the callers hang "
        "up anyway. but i rate your fraud-loss reports, could i chat to someone in fraud "
        "analytics?",
        # Non-native: "just X all day", and no job for somebody with a degree.
        "this job is just picking up phone all day, is not for somebody with law degree. I "
        "prefer fraud analytics.",
        # Formal: the role's work as meaningless.
        "Honestly the intake side feels like meaningless work to me. What I enjoy is fraud "
        "analytics, I built a model flagging duplicate invoices.",
    ],
)
def test_calling_the_roles_work_worthless_is_disparaging(text: str) -> None:
    result = score(text, at(WHY))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= 5, result
    note = to_plain(feedback(result, at(WHY), text))
    assert "criticises the role" in note, note


@pytest.mark.parametrize(
    "text",
    [
        # "useless" about a tool of their own past, not the role's work.
        "I applied because I admire your open fraud-loss reports. The old shared spreadsheet at "
        "my placement was useless, so I built a model flagging duplicate invoices instead. I do "
        "my best work in analysis rather than on the phones. Could you point me to someone in "
        "fraud analytics?",
        # The role's work defended, not run down.
        "I applied because I admire your open fraud-loss reports. Phone claims intake is not "
        "pointless at all, it is where fraud shows up first, but I do my best work in analysis. "
        "Could you point me to someone in fraud analytics?",
    ],
)
def test_a_negative_word_not_aimed_at_the_roles_work_is_no_dig(text: str) -> None:
    result = score(text, at(WHY))
    assert "disparages_role" not in result.red_flags, result
    assert result.total >= 10, result


# -- 3. what they would want from the person they are offered -----------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # Phone typing: a time ask, a topic and thanks.
        (
            HOPE,
            "honestly just a quick coffee to hear how they flag dodgy claims, ty so much for offering!!",
        ),
        # Formal: what they would like to understand, and half an hour.
        (
            HOPE,
            "That is most generous of you. I would like to understand how the team decides which "
            "claims to investigate first, and I would be grateful for half an hour at their "
            "convenience.",
        ),
        # Non-native: the question they would ask, after thanks.
        (
            HOPE,
            "Thank you very much, is very kind. I want ask them how they are building the models "
            "for detect the fraud.",
        ),
        # A question for that person, named by what it is about.
        (
            ASK_HER,
            "Mainly how she got into fraud work from a claims background, and what skills she'd "
            "want me to build first. Thanks so much.",
        ),
    ],
)
def test_saying_what_they_would_want_from_the_person_answers_the_offer(
    line: str, text: str
) -> None:
    result = score(text, at(line))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.red_flags == [], result
    assert result.elements["E1"] == 2 and result.elements["E5"] == 2, result
    assert result.total >= 12, result
    note = to_plain(feedback(result, at(line), text))
    assert "reply to their line" not in note and "doesn't answer" not in note, note


def test_a_pasted_pivot_still_ignores_the_offer_and_its_question() -> None:
    text = (
        "I applied because I admire your open fraud-loss reports. To be honest, I do my best work "
        "in analysis rather than on the phones: in my placement I built a model flagging "
        "duplicate invoices. Could you point me to someone in fraud analytics? I am keen to stay "
        "in the process."
    )
    result = score(text, at(HOPE))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= 5, result
