"""Judge faults a counsellor found in the console, each fixed at its kind, not at one wording.

A red flag said in other words (the posting blamed, the role's work belittled, the meeting called
a waste); any request for a job; chat fillers and a hedged fit; proof told with a result or
without the "I"; and moment credit that never hides what the answer itself said. Every answer
here is written for these tests, in wording of its own.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.practice import in_round
from flows.pivot.rubric import CAP, ELEMENTS, SHORT_NAMES
from flows.pivot.scoring import Context, score
from tests.flows.test_judge_probes import LIBRARY, QUESTIONS, VANS

OPEN_LINES = (
    QUESTIONS,
    "I've got what I need. Questions for me?",
    "Okay. Anything you'd like to ask?",
)
WHO = (
    "Happy to help. Who in particular would you want to talk to?",
    "Fine. Who exactly? Give me a name or a team.",
)
ALL_TWO = dict.fromkeys(ELEMENTS, 2)


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


# -- 1. disparagement in other words ----------------------------------------------------------

DISPARAGING = [
    # The posting blamed for misleading.
    (
        LIBRARY,
        "Honestly, the listing made the job look like curation, and I'm not sure it is. I adore "
        "the oral-history project though. Is there someone in digital archives I could talk to?",
    ),
    (
        VANS,
        "I'll be straight: the advert said planning, but in reality it's shifts and rotas. The van "
        "trial is brilliant. Could you point me to the routing team?",
    ),
    # The role's work belittled.
    (
        VANS,
        "Thanks. The van trial is why I'm here, but the shift lead job is basically clerical, "
        "rotas and sign-offs. Who runs route optimisation?",
    ),
    (
        LIBRARY,
        "Yes. To be frank the counter post is really just stamping and filing all day. The "
        "oral-history project is wonderful. May I have a name in digital archives?",
    ),
    # The meeting or the process called a waste.
    (
        VANS,
        "Look, I doubt carrying on is worth both of our time. I do love the van trial. Could you "
        "introduce me to someone in route optimisation?",
    ),
    (
        LIBRARY,
        "Let's not waste each other's time on the counter job. The oral-history project is why "
        "I applied. Who leads digital archives?",
    ),
]


@pytest.mark.parametrize("line", OPEN_LINES[:2])
@pytest.mark.parametrize(("ctx", "text"), DISPARAGING)
def test_a_paraphrased_dig_at_the_role_or_posting_is_a_red_flag(
    ctx: Context, text: str, line: str
) -> None:
    result = score(text, at(ctx, line))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= CAP and result.band == "restart", result
    assert result.elements["E3"] == 0, result  # a dig is not honest fit
    note = feedback(result, at(ctx, line), text)
    assert "Start again" in note and "Ready" not in note, note


@pytest.mark.parametrize(
    "text",
    [
        # Describing the role plainly, being kind about their time, or defending the work.
        "Yes, thank you. The role is mostly front-counter work, and I do my best work in digital "
        "archives. Is there someone there you'd suggest I talk to?",
        "Yes, one, and I won't take much of your time. The oral-history project is why I applied; "
        "I'd add most in digital archives. Could you name someone there?",
        "Yes. The counter job isn't just admin, I can see that, but I'd be a better fit in "
        "digital archives. Who leads that team?",
    ],
)
def test_plain_or_courteous_words_are_not_a_dig(text: str) -> None:
    result = score(text, at(LIBRARY, QUESTIONS))
    assert "disparages_role" not in result.red_flags, result


# -- 2. any request for a job -----------------------------------------------------------------

JOB_ASKS = [
    (
        LIBRARY,
        "Honestly the counter isn't really where I shine. Perhaps someone in archives? Any other "
        "vacancies coming up at Fernhill?",
    ),
    (VANS, "Route planning, I think. Could I be considered for a post on that team instead?"),
    (VANS, "Shift work isn't quite me, to be honest. Is there a role for me in routing?"),
    (LIBRARY, "Maybe archives? Can I apply to that team directly?"),
    (VANS, "I'm not sure warehouse work suits me. Are they hiring on the routing side at all?"),
]


@pytest.mark.parametrize("line", WHO)
@pytest.mark.parametrize(("ctx", "text"), JOB_ASKS)
def test_any_request_for_a_job_is_a_weak_reply_never_ready(
    ctx: Context, text: str, line: str
) -> None:
    result = score(text, at(ctx, line))
    assert result.band != "ready" and result.total <= 9, result  # COACHING.md: about 7
    assert not result.granted and not result.answered, result  # no moment credit
    assert result.elements["E5"] <= 1, result  # asks for a job, not for advice
    assert result.elements["E1"] <= 1 and "E1" not in result.quotes, result
    # Every element at 2 is earned by the answer's own quote.
    for element in ELEMENTS[:7]:
        if result.elements[element] == 2:
            assert result.quotes.get(element), (element, result)
    shown = in_round(result, ALL_TWO)  # earlier turns do not complete it either
    note = feedback(shown, at(ctx, line), text)
    assert "Ready" not in note and f"({SHORT_NAMES['E1']})" not in note, note
    assert "didn't call for" not in note, note
    assert "Start again" not in note and not result.red_flags, note  # weak, not a red flag


def test_a_job_ask_inside_a_full_pivot_is_never_ready() -> None:
    text = (
        "Yes, thank you. Your electric van trial in Bristol is why I applied. I do my best work "
        "planning routes rather than running shifts: I built a Python route planner that cut my "
        "courier team's mileage by 15%. Is there someone in route optimisation you'd suggest I "
        "speak to, and could I be considered for a post there? I'm glad to stay in the process "
        "if you see a fit, and may I follow up next week?"
    )
    result = score(text, at(VANS, QUESTIONS))
    assert result.band != "ready" and result.total <= 13, result
    assert result.elements["E5"] <= 1, result
    shown = in_round(result, ALL_TWO)  # nor can earlier turns' credit make it ready in the chat
    assert shown.band != "ready" and shown.total <= 13, shown


def test_a_hedged_team_name_is_half_an_ask() -> None:
    # "Maybe someone in X?" names no one and asks for nothing: 1, not 2.
    result = score(
        "Honestly the counter isn't for me. Maybe someone in archives?", at(LIBRARY, WHO[0])
    )
    assert result.elements["E5"] == 1, result
    clear = score(
        "Honestly the counter isn't for me. Could you introduce me to whoever leads digital "
        "archives?",
        at(LIBRARY, WHO[0]),
    )
    assert clear.elements["E5"] == 2, clear


# -- 3. chat fillers, a hedged fit, proof told with a result -----------------------------------


def test_chat_fillers_cost_delivery_and_a_hedged_fit_is_half() -> None:
    text = (
        "omg yes ok so the van trial is the best thing you've done lol. idk if i'm more of a "
        "routing person?? i built a route planner that cut our mileage 15%. could u point me to "
        "the routing team 🙏"
    )
    result = score(text, at(VANS, OPEN_LINES[1]))
    assert len(result.fillers) >= 4 and result.elements["E8"] == 0, result
    assert result.elements["E3"] == 1, result  # "idk if i'm more of ...??" is not a clear fit
    assert result.band != "ready", result
    assert "Keep this one" not in feedback(result, at(VANS, OPEN_LINES[1]), text)


def test_two_chat_fillers_take_delivery_below_full() -> None:
    text = (
        "Yes lol. The van trial in Bristol is why I applied. I do my best work planning routes, "
        "ngl: I built a route planner that cut our mileage by 15%. Who leads route optimisation?"
    )
    result = score(text, at(VANS, QUESTIONS))
    assert len(result.fillers) == 2 and result.elements["E8"] <= 1, result


@pytest.mark.parametrize(
    ("ctx", "text", "proof"),
    [
        (
            VANS,
            "yes! the van trial is why i applied. i'd add more on the routing side than on shifts. "
            "made a route planner for my courier team that got us 15% fewer miles. who leads "
            "route optimisation?",
            "made a route planner",
        ),
        (
            LIBRARY,
            "Yes, thank you. The oral-history project is why I applied, and I do my best work in "
            "digital archives. I co-authored a cataloguing guide that the county archive later "
            "adopted. Is there someone in digital archives you'd suggest I talk to?",
            "co-authored a cataloguing guide",
        ),
        (
            LIBRARY,
            "Yes. The oral-history project is why I applied, and archives suit me better than the "
            "counter. With two friends I co-wrote a local-history zine that the council cited in "
            "its heritage plan. Could you name someone in digital archives?",
            "co-wrote a local-history zine",
        ),
    ],
)
def test_proof_with_a_result_is_recognised_and_quoted(ctx: Context, text: str, proof: str) -> None:
    result = score(text, at(ctx, QUESTIONS))
    assert result.elements["E4"] == 2, result
    assert proof in result.quotes["E4"], result  # the proof, not the fit sentence
    note = feedback(result, at(ctx, QUESTIONS), text)
    assert "give one concrete result" not in note, note


# -- 4. moment credit never hides what the answer said ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, I'll be quick. I'm maybe a better fit on the routing side than on shifts. Could "
        "you point me to someone on route optimisation, and may I email you next week?",
        "Sure, briefly: I think I'd probably suit routing more than shifts. Who leads route "
        "optimisation, and could I drop you a line next week?",
    ],
)
def test_the_note_quotes_what_the_answer_has_before_saying_the_moment_did_not_call_for_it(
    text: str,
) -> None:
    line = "We only have five minutes left."
    result = score(text, at(VANS, line))
    note = feedback(result, at(VANS, line), text)
    assert result.elements["E3"] >= 1, result
    assert "E3" not in result.granted, result
    assert f"didn't call for {SHORT_NAMES['E3']}" not in note, note
    assert f"and {SHORT_NAMES['E3']}" not in note.split("didn't call for")[-1].split("\n")[0], note


def test_keen_chat_laughter_is_fillers_not_sarcasm() -> None:
    # "lol" and "haha" in an eager answer cost delivery; they are not irony by themselves.
    text = (
        "lol ok so yeah the van trial is so cool haha. i do my best work on routing, not shifts. "
        "i built a route planner that cut our mileage 15%. could u point me to the routing team?"
    )
    result = score(text, at(VANS, QUESTIONS))
    assert not result.red_flags, result
    assert result.elements["E8"] <= 1 and result.band != "ready", result
    # Laughter beside a real ironic marker still reads as sarcasm.
    ironic = (
        "Oh great, shifts and rotas, what a thrill haha. The van trial is nice I suppose. Who "
        "runs routing?"
    )
    assert "disparages_role" in score(ironic, at(VANS, QUESTIONS)).red_flags
