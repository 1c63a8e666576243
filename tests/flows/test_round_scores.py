"""Review 26b: a rehearsal round's score and feedback a counsellor would trust.

Each answer of a round is scored on its own words against its own line (B1): what earlier turns
said is remembered for the feedback, never added to a later answer's points. Backing off when
the interviewer pushes back is named as the reflex to change, never praised as timing. And
``pivotbot score`` says "early_draft" for a low answer without a red flag, as the chat does.
"""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, gives_up
from flows.pivot.judge import Judged
from flows.pivot.practice import in_round
from flows.pivot.rubric import ELEMENTS
from flows.pivot.scoring import Context, analyse

VERDANT = Context(
    company="Verdant Grid",
    role="Inside sales representative",
    target="product analytics",
    draws="their grid-forecasting launch",
    evidence="I built a usage dashboard in Looker that my internship team used in renewal meetings",
    last_line="Do you have any questions for us?",
)
ALL_TWO = dict.fromkeys(ELEMENTS, 2)

NOT_HIRING = "Our product analytics people are not hiring right now, you know."
WITHDRAWING = "Be straight with me: are you withdrawing from this process?"
ANYTHING_ELSE = "Anything else you want to ask? Quickly."

# (line, a later answer of a round that drops the pivot): scored as it is alone.
DROPS_THE_PIVOT = [
    (NOT_HIRING, "Oh. OK then, no worries, sorry for asking. Thanks anyway."),
    (NOT_HIRING, "Right, fair enough. Never mind then, thanks for letting me know."),
    (NOT_HIRING, "ah ok np, forget i asked"),
    (NOT_HIRING, "Okay, I understand. Thank you."),
    (ANYTHING_ELSE, "yeah quick one - whats the salary band for this role? and is it hybrid"),
    (ANYTHING_ELSE, "What's the salary, and how many days a week are in the office?"),
    (WITHDRAWING, "umm i guess withdrawing? sales isnt really my thing tbh, sorry"),
    ("Do you have any questions for us?", "No, I think that covers it. Thanks for your time."),
]


def _at(line: str) -> Context:
    from dataclasses import replace

    return replace(VERDANT, last_line=line)


@pytest.mark.parametrize(("line", "answer"), DROPS_THE_PIVOT)
def test_earlier_answers_never_lift_a_later_one(line: str, answer: str) -> None:
    alone = analyse(answer, _at(line)).score
    in_a_round = in_round(alone, ALL_TWO)  # every part said in full earlier in the round
    assert in_a_round.total == alone.total, (in_a_round.total, alone.total)
    assert in_a_round.band == alone.band
    assert in_a_round.elements == alone.elements


GIVES_UP = [
    (NOT_HIRING, "Oh. OK then, no worries, sorry for asking. Thanks anyway."),
    (NOT_HIRING, "Right, fair enough. Never mind then, thanks for letting me know."),
    (NOT_HIRING, "ah ok np, forget i asked"),
    (NOT_HIRING, "Okay, I understand. Thank you."),
    (WITHDRAWING, "umm i guess withdrawing? sales isnt really my thing tbh, sorry"),
]

HOLDS_ON = [
    (
        NOT_HIRING,
        "Understood, and I'm not asking for an opening. I'd value 15 minutes with someone there "
        "to learn how the team uses customer data. I'm still keen on this process if you see a "
        "fit.",
    ),
    (NOT_HIRING, "That's fine. Could you point me to someone in product analytics for advice?"),
    (
        WITHDRAWING,
        "No, I'm staying in. Honestly my best work is in analytics, I built a Looker dashboard. "
        "Could you point me to someone in product analytics?",
    ),
]


@pytest.mark.parametrize(("line", "answer"), GIVES_UP)
def test_giving_up_is_named_warmly_never_praised(line: str, answer: str) -> None:
    a = analyse(answer, _at(line))
    result = in_round(a.score, ALL_TWO)
    assert gives_up(result, a)
    note = to_plain(coach_note(result, _at(line), answer, earlier=ALL_TWO, analysis=a)[0])
    assert "hold on, not let go" in note, note
    assert "Try that again" in note, note
    assert "What worked" not in note and "(timing)" not in note, note
    assert "Nothing in it needs undoing" not in note, note
    assert "did what it needed" not in note, note
    assert "no need to repeat it" not in note, note


@pytest.mark.parametrize(("line", "answer"), HOLDS_ON)
def test_holding_on_is_no_giving_up(line: str, answer: str) -> None:
    a = analyse(answer, _at(line))
    result = in_round(a.score, {})
    assert not gives_up(result, a)
    note = to_plain(coach_note(result, _at(line), answer, analysis=a)[0])
    assert "hold on, not let go" not in note, note


SALARY = "What are your salary expectations?"
FIVE_MINUTES = "We've only got five minutes left, I'm afraid."


@pytest.mark.parametrize(
    ("line", "answer"),
    [(SALARY, "35k"), (FIVE_MINUTES, "Thanks for the time"), (NOT_HIRING, "ok")],
)
def test_score_json_says_early_draft_without_a_red_flag(line: str, answer: str) -> None:
    s = analyse(answer, _at(line)).score
    assert not s.red_flags and s.total <= 5, s
    out = Judged(s, "rules").to_json()
    assert out["band"] == "early_draft", out
    assert s.band == "restart"  # the stored band keeps the rubric's lowest band for the round


def test_score_json_says_restart_only_with_a_red_flag() -> None:
    s = analyse("The posting misled me, so this isn't worth our time.", VERDANT).score
    assert s.red_flags
    assert Judged(s, "rules").to_json()["band"] == "restart"


# -- M1: a stronger version keeps the door open once ---------------------------------------------

RUSHED = "Quick one before my next call: anything you want to ask?"
DOOR_TWICE = [
    (WITHDRAWING, "umm i guess withdrawing? sales isnt really my thing tbh, sorry", None),
    (WITHDRAWING, "Yes, I think so. Sales isn't for me.", None),
    (WITHDRAWING, "Not sure, maybe? I'd rather be in analytics.", ALL_TWO),
    (
        RUSHED,
        "Thanks. I really admire your grid-forecasting launch, that's why I applied. I do my best "
        "work in analytics: I built a Looker dashboard used in renewals. Is there someone in "
        "product analytics you'd suggest I talk to? Happy to stay in the process and keep in "
        "touch. Just kidding, honestly I'd take literally any job here, I don't care what.",
        None,
    ),
    (NOT_HIRING, "Oh. OK then, no worries, sorry for asking. Thanks anyway.", ALL_TWO),
    (RUSHED, "um no, all good thanks", None),
]


@pytest.mark.parametrize(("line", "answer", "carried"), DOOR_TWICE)
def test_a_stronger_version_keeps_the_door_open_once(
    line: str, answer: str, carried: dict[str, int] | None
) -> None:
    import re

    from flows.pivot.feedback import stronger_parts

    a = analyse(answer, _at(line))
    version, _ = stronger_parts(_at(line), answer, a, total=a.score.total, carried=carried)
    plain = to_plain(version)
    sentences = re.split(r"(?<=[.!?])\s+", plain)
    doors = [x for x in sentences if re.search(r"in the process|in the running|see a fit", x)]
    assert len(doors) <= 1, plain
    assert "sorry" not in plain.casefold(), plain
