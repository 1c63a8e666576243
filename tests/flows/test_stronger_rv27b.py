"""Blind counsellor review 27b (issue 11), the stronger version and the parts to keep, each
finding as a kind, with the review's answers and wordings of our own:

B1. A line handed back to say is written right: phone shorthand spelled out ("cld" -> "could",
    "b" -> "be"), a misspelling of a common word mended ("usabilty"), spoken fillers ("um",
    "uh", "like,") dropped; a second-language slip no repair is certain of ("12 interview
    with", "somebody for talk", "I can stay in contact with you?") is never quoted as a model.
B2. A stronger version is never weaker than the answer: their own question to a floated team
    is kept on a later turn, and on a "just kidding" answer what came before the take-back is
    kept, only the take-back left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import stronger_parts
from flows.pivot.scoring import Context

NORTHWIND = Context(
    company="Northwind Bank",
    role="Graduate Teller",
    target="ux research",
    draws="their new accessible banking app for older customers",
    evidence=(
        "I ran 12 usability interviews with older users for my uni project and we changed the "
        "checkout flow because of it"
    ),
    last_line="Do you have any questions for us?",
)
VERDANA = Context(
    company="Verdana Energy",
    role="Inside Sales Representative",
    target="product analytics",
    draws="their grid forecasting launch and how openly they publish their emissions data",
    evidence="I built a usage dashboard that my team used for renewals",
    last_line="Do you have any questions for us?",
)
# Every part earned in full on earlier turns of the round.
CARRIED = {"E1": 2, "E2": 2, "E3": 2, "E4": 2, "E5": 2, "E6": 2, "E7": 2}


def shown(ctx: Context, answer: str, **kw: object) -> str:
    """The stronger version and its notes, as the student reads them."""
    version, notes = stronger_parts(ctx, answer, **kw)  # type: ignore[arg-type]
    return to_plain("\n".join([version, *notes]))


# -- B1: phone shorthand and misspellings are written right -------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        # the review's answer (m1, turn 1)
        "ya thx!! rly like northwind bc of the accessible app for older ppl, my gran uses it lol. "
        "tbh teller isnt rly where i do my best work, im more into ux research, i ran 12 "
        "usabilty interviews w older users for my uni project n we changed the checkout flow bc "
        "of it. is there someone in ux u think i cld talk to? still happy to b considered 4 this "
        "tho, n cld i keep in touch?",
        # our own wordings
        "thx! teller isnt where i shine, im better at ux research. i ran 12 usabilty interviews "
        "w older users. wld u know someone in ux i cld talk to? happy to b considered still.",
        "Thanks! Honestly teller isn't my best fit, I'm more into UX research. Is there someone in "
        "UX I cld talk to? Would be great to b kept in mind, and cld I keep in touch?",
        "ty!! i love ur accessible app. ux research is more my thing, i ran 12 usabilty "
        "interviews. shld i ask someone in ux? cld i stay in touch?",
    ],
)
def test_phone_shorthand_and_misspellings_are_never_handed_back(answer: str) -> None:
    said = shown(NORTHWIND, answer)
    for slip in (" cld ", " wld ", " shld ", " b ", "usabilty", "I'm figure", " u ", " ur "):
        assert slip not in f" {said} ", (slip, said)
    assert re.search(r"\b(?:could|would|should)\b", said, re.I), said


# -- B1: a second-language slip no repair is sure of is never a model ---------------------------


@pytest.mark.parametrize(
    "answer",
    [
        # the review's answer (m1, turn 3)
        "Yes i am very interest in the Northwind, the app for old peoples is very good and my "
        "grandmother is using. But the teller job, i am think it is not where i make my best "
        "work, i am more good in ux research. I was doing 12 interview with old users and we was "
        "change the checkout flow. Can you say me somebody in ux team for talk? I am happy to "
        "continue in the process. I can stay in contact with you?",
        # our own wordings
        "Thank you. I like very much the Northwind app. But teller is not my best work, I am "
        "more good in ux research, I did 12 interview with old users. Can you tell me somebody "
        "in ux for talk? I can write you later?",
        "I am happy for the question. My best work is in ux research, not teller. I made 5 "
        "survey for the app. Can you say me someone from the ux team? I will stay in the process.",
        "Thanks. The teller role is not where I do my best work; I am better in ux research. I "
        "ran 8 workshop with older users. Is possible you tell me somebody for speak? I can keep "
        "in contact with you?",
    ],
)
def test_a_slip_no_repair_is_sure_of_is_never_a_model(answer: str) -> None:
    said = shown(NORTHWIND, answer)
    for slip in (
        r"\b\d+ (?:interview|survey|workshop) (?:with|for)\b",
        r"\bfor (?:talk|speak)\b",
        r"\b(?:say|tell) me (?:somebody|someone)\b",
        r"\bI can (?:stay|keep|write)[^.?]*\?",
    ):
        assert not re.search(slip, said), (slip, said)


# -- B1: spoken fillers are never in a line to say ----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        # the review's answer (c3, turn 3)
        "Sorry, sorry, I'm so sorry, um, I guess, like, I kind of, um, like the company? Sorry. "
        "Um, maybe analytics? Sorry if that's weird. Um.",
        # our own wordings
        "Um, I guess so? Uh, maybe product analytics? Could I talk to someone there?",
        "Uh, well, um, I like the grid forecasting launch. Um, is there someone in analytics I "
        "could talk to?",
        "Erm, I guess, like, maybe? Perhaps the analytics team?",
    ],
)
def test_spoken_fillers_are_never_in_the_version(answer: str) -> None:
    ctx = replace(
        VERDANA, last_line="Quick question: if I offered you the job right now, would you take it?"
    )
    said = shown(ctx, answer)
    assert not re.search(r"\b(?:um+|uh+|erm)\b", said, re.I), said
    assert not re.search(r"\b(?:maybe|perhaps) (?:product )?analytics\b", said, re.I), said
    assert not re.search(r"(?:^|\. )(?:I guess|Perhaps|Maybe)\b[^.?]*\?", said), said


# -- B2: their own question to the team is kept on a later turn ---------------------------------


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        # the review's answer (c1, turn 3)
        (
            "Yes please, that would be wonderful, thank you! Who leads that team, and what kind "
            "of skills are they looking for right now?",
            "Who leads that team, and what kind of skills are they looking for right now?",
        ),
        # our own wordings
        (
            "Thank you, that's kind. Who runs product analytics day to day?",
            "Who runs product analytics day to day?",
        ),
        (
            "Yes, I'd love that. What does a typical project in that team look like?",
            "What does a typical project in that team look like?",
        ),
        (
            "That would be great, thanks. Could you tell me who I should contact in that team?",
            "Could you tell me who I should contact in that team?",
        ),
    ],
)
def test_their_own_question_is_kept_on_a_later_turn(answer: str, question: str) -> None:
    ctx = replace(VERDANA, last_line="I see. Well, is there anything else you'd like to ask?")
    said = shown(ctx, answer, total=5, carried=CARRIED)
    assert question in said, said


# -- B2: a take-back is left out, and only it ---------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        # the review's answer (c3, turn 2)
        "I really love the grid forecasting launch and I do my best work in product analytics, "
        "where I built a usage dashboard my team used for renewals. Could you introduce me to "
        "someone in product analytics? I'm happy to stay in the process and would love to keep "
        "in touch. Just kidding, I don't actually care about any of this, I just need a job.",
        # our own wordings
        "I love the grid forecasting launch. Sales isn't where I do my best work; I'm better in "
        "product analytics. Could you introduce me to someone in product analytics? I'm happy to "
        "stay in the process and would love to keep in touch. Jk, I'll take any job honestly.",
        "I admire how openly you publish your emissions data. Could you introduce me to someone "
        "in product analytics? I'd be glad to stay in the process and keep in touch. Only "
        "joking, I just want a paycheck.",
        "I love the grid forecasting launch, and analytics is where I do my best work. Could you "
        "introduce me to someone in product analytics? I'm happy to stay in the process and "
        "would love to keep in touch. Kidding! I don't care, any job will do.",
    ],
)
def test_a_take_back_is_left_out_and_only_it(answer: str) -> None:
    ctx = replace(VERDANA, last_line="Noted. Anything else you want to ask?")
    said = shown(ctx, answer, total=5)
    assert "introduce me to someone in product analytics" in said, said
    assert re.search(r"stay in the process", said), said
    assert "keep in touch" in said, said
    for taken in ("kidding", "joking", "Jk", "any job", "need a job", "paycheck", "don't care"):
        assert taken.casefold() not in said.casefold(), (taken, said)
