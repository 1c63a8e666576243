"""The rules judge's seventeenth round (issue 11, blind counsellor review 15b of rehearsal).

Each kind is said here in words of its own, in none of the labelled sets nor the review's own
examples: a pivot pasted from another scenario; the company shrugged off; a pitch to "who?" that
names no one; which elements each kind of line calls for; proof mistaken for enthusiasm and a bare
yes to a line that asked more; liking in a word, and the role shrugged off in an aside. Each has
its other side: the same shape said for this scenario, sincerely, or with what the kind needs.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import moment_grants
from flows.pivot.scoring import CAP, Context, classify_line, score

WATER = Context(
    company="Northmoor Water",
    role="Customer Billing Advisor",
    target="water quality analytics",
    draws="their open river-sampling data",
    evidence="a sampling-route planner I wrote for my field course",
)


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


# -- 1. a pivot pasted from another scenario ---------------------------------------------------

# Written for a ticketing start-up's interview: another role, another launch, another team.
ELSEWHERE = (
    "Thanks, I do have one. Honestly, the festival-pass relaunch is what pulled me towards your "
    "company; I've followed it since the beta. I should be upfront: this role is mainly "
    "commission-based event sales, and that isn't where I'm strongest. I built a seat-map "
    "heatmap that our box office used to set prices, and it lifted sell-through by 15%. Is there "
    "a team such as pricing insights where that would fit, and could you point me to someone "
    "there? I'm glad to stay in the process if you still see me in sales, and I'd like to keep "
    "in touch."
)
TICKETS = Context(
    company="Gatefold Tickets",
    role="event sales executive",
    target="pricing insights",
    draws="the festival-pass relaunch",
    evidence="a seat-map heatmap for our box office",
)


@pytest.mark.parametrize(
    "line",
    [
        "So, questions from your side?",
        "Is there anything you'd like to ask us?",
        "Over to you: what do you want to know about us?",
    ],
)
def test_a_pivot_from_another_scenario_ignores_this_interview(line: str) -> None:
    result = score(ELSEWHERE, at(WATER, line))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP, result
    assert result.elements["E1"] == 0, result
    # Another company's relaunch and another role's work earn nothing for this one.
    assert result.elements["E2"] == result.elements["E3"] == 0, result


def test_the_same_pivot_in_its_own_scenario_is_strong() -> None:
    result = score(ELSEWHERE, at(TICKETS, "Is there anything you'd like to ask us?"))
    assert result.red_flags == [], result
    assert result.total >= 13, result


def test_a_pivot_for_this_company_in_other_words_is_not_foreign() -> None:
    text = (
        "I do, thank you. Northmoor's open river-sampling data is the reason I applied; I've "
        "used it for coursework. This role is mostly billing queries, and I know my best work "
        "is closer to the data. I wrote a sampling-route planner for my field course that cut "
        "our drive time by a third. Is there someone in water quality analytics you'd suggest "
        "I speak with? I'm happy to stay in the process, and may I keep in touch?"
    )
    result = score(text, at(WATER, "Is there anything you'd like to ask us?"))
    assert result.red_flags == [], result
    assert result.total >= 13, result


# -- 2. the company shrugged off -----------------------------------------------------------------

NOT_HIRING = "There's nothing open in water quality at the moment, sorry."


@pytest.mark.parametrize(
    "text",
    [
        "To be honest I'm not all that fussed about Northmoor anyway. I applied to loads of places.",
        "Eh, it was only one of dozens of applications for me. Whatever.",
        "Right. It doesn't really matter to me either way, you were never my first choice.",
        "ok. tbh i dont care that much, this was just a backup application",
        "Not that keen on the water sector anyway, so fine then.",
    ],
)
def test_shrugging_the_company_off_is_disparaging_and_never_fit(text: str) -> None:
    result = score(text, at(WATER, NOT_HIRING))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= CAP, result
    assert result.elements["E3"] == 0, result


@pytest.mark.parametrize(
    "text",
    [
        "That's fine, thank you for being straight with me. Could I still keep in touch?",
        "Whatever suits your diary works for me: I'd love twenty minutes with the analytics lead.",
        "It doesn't matter that nothing is open today; I'd still like to stay in touch.",
    ],
)
def test_the_same_words_said_graciously_raise_nothing(text: str) -> None:
    result = score(text, at(WATER, NOT_HIRING))
    assert result.red_flags == [], result


# -- 3. a pitch to "who?" that names no one ---------------------------------------------------

PITCH = (
    "Thank you for asking. Your open river-sampling data is what made me apply, I've used it "
    "for coursework. Billing isn't where I do my best work; I'm strongest with data. I wrote a "
    "sampling-route planner for my field course that cut our drive time by a third. Could you "
    "point me to the right person? I'd be glad to stay in the process and keep in touch."
)


@pytest.mark.parametrize(
    "line",
    [
        "Who do you want to talk to here, and why would they give you the time?",
        "Is there someone specific you'd like to meet? Why them?",
        "Which part of the business would you want me to connect you with?",
        "Who would you want an introduction to?",
        "Anyone you'd want to meet while you're here?",
        "Who in particular, and why should they see you?",
    ],
)
def test_a_pitch_naming_no_one_to_a_who_line_is_canned(line: str) -> None:
    assert classify_line(line) == "who_particular"
    result = score(PITCH, at(WATER, line))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP, result


def test_naming_who_and_why_answers_the_same_lines() -> None:
    text = (
        "Ideally whoever leads water quality analytics, because the sampling-route planner I "
        "wrote for my field course cut our drive time by a third, and I'd only ask for twenty "
        "minutes."
    )
    for line in (
        "Who do you want to talk to here, and why would they give you the time?",
        "Is there someone specific you'd like to meet? Why them?",
    ):
        result = score(text, at(WATER, line))
        assert result.red_flags == [], result
        assert result.total >= 10, result


# -- 4. which elements a line calls for ----------------------------------------------------------

OPEN_LINES = [
    "So, questions from your side?",
    "Over to you: what do you want to know about us?",
    "Is there anything I can answer for you?",
    "Any questions for us? Shall I tell you more about the training?",
    "We're taking on graduates in a few teams this year. Any questions for us?",
    "The floor is yours.",
]
KNOW_LINES = [
    "What do you know about Northmoor, then?",
    "Tell me what you've read about us.",
    "How much do you actually know about what we do here?",
    "Why this company, of all the utilities?",
]


@pytest.mark.parametrize("line", OPEN_LINES)
def test_every_hand_over_for_questions_calls_for_the_whole_pivot(line: str) -> None:
    assert classify_line(line) == "opening"
    assert moment_grants(classify_line(line)) == set()


@pytest.mark.parametrize("line", KNOW_LINES)
def test_what_do_you_know_is_a_narrow_moment(line: str) -> None:
    assert classify_line(line) == "what_know"
    text = (
        "Quite a bit: I've used your open river-sampling data for two coursework projects, and I "
        "really admire that you publish it weekly, because it lets anyone check the rivers."
    )
    result = score(text, at(WATER, line))
    assert result.red_flags == [], result
    assert result.elements["E2"] == 2, result
    assert {"E5", "E6", "E7"} <= set(result.granted), result
    assert result.total >= 14, result


def test_what_do_you_know_answered_without_anything_of_theirs_gets_nothing_free() -> None:
    result = score("Not much yet, honestly. You do water, right?", at(WATER, KNOW_LINES[0]))
    assert result.granted == [], result
    assert result.total <= 9, result


def test_what_do_you_know_answered_with_a_pivot_is_read_as_the_pivot() -> None:
    text = (
        "I've used your open river-sampling data for coursework, and I admire that you publish "
        "it, because anyone can check it. Billing isn't quite where I do my best work, though."
    )
    result = score(text, at(WATER, KNOW_LINES[0]))
    assert result.granted == [], result
    assert result.elements["E6"] == result.elements["E7"] == 0, result


# -- 5. proof is not enthusiasm; a bare yes answers only a yes/no line -------------------------

SAMPLING = Context(
    company="Northmoor Water",
    role="Customer Billing Advisor",
    target="water quality analytics",
    draws="their river sampling programme",
    evidence="my own river sampling survey",
)


@pytest.mark.parametrize(
    "text",
    [
        "I could walk you through my river sampling survey, if that helps.",
        "Happy to send over our sampling programme write-up from the field course.",
    ],
)
def test_their_own_proof_is_no_enthusiasm_for_the_company(text: str) -> None:
    result = score(text, at(SAMPLING, "Is there anything you'd like to ask us?"))
    assert result.elements["E2"] == 0, result
    assert "E2" not in result.quotes, result


def test_the_company_s_programme_named_warmly_is_enthusiasm() -> None:
    text = "I really admire your river sampling programme, because it publishes every result."
    result = score(text, at(SAMPLING, "Is there anything you'd like to ask us?"))
    assert result.elements["E2"] == 2, result


@pytest.mark.parametrize("text", ["Yes.", "ooh yes please!!", "sure, thanks"])
@pytest.mark.parametrize(
    "line",
    [
        "Shall I introduce you to our analytics lead? Which part of her work interests you?",
        "I could put you in touch with the lab. Want that, and who there would you ask for?",
    ],
)
def test_a_bare_yes_to_a_line_asking_more_is_half_the_timing(text: str, line: str) -> None:
    result = score(text, at(WATER, line))
    assert result.elements["E1"] == 1, result


def test_a_bare_yes_to_a_yes_no_offer_is_the_timing() -> None:
    line = "Our analytics lead is recruiting. Want me to connect you?"
    result = score("ooh yes please!!", at(WATER, line))
    assert result.elements["E1"] == 2, result


# -- 6. liking in a word; the role shrugged off in an aside ------------------------------------


def test_liking_their_data_in_a_word_is_half_of_enthusiasm() -> None:
    text = (
        "love what youve done w the open river-sampling data!! is there someone in water "
        "quality analytics i cud talk to? thx"
    )
    result = score(text, at(WATER, "Any qs for us?"))
    assert result.elements["E2"] == 1, result


def test_liking_with_a_reason_is_all_of_it() -> None:
    text = (
        "i love what youve done w the open river-sampling data bc anyone can check their local "
        "river. is there someone in water quality analytics i cud talk to?"
    )
    result = score(text, at(WATER, "Any qs for us?"))
    assert result.elements["E2"] == 2, result


@pytest.mark.parametrize(
    "aside",
    [
        "billing isnt rly my thing tbh, im more of a data person.",
        "The billing side's not exactly my cup of tea, I'm more of a data person.",
    ],
)
def test_the_role_shrugged_off_in_an_aside_is_half_a_fit(aside: str) -> None:
    text = (
        "I really admire your open river-sampling data because anyone can check it. "
        + aside
        + " I wrote a sampling-route planner for my field course that cut drive time by a third."
    )
    result = score(text, at(WATER, "Any questions for us?"))
    assert result.elements["E3"] == 1, result


def test_a_fit_in_i_terms_that_respects_the_role_is_all_of_it() -> None:
    text = (
        "I really admire your open river-sampling data because anyone can check it. I'm sure "
        "billing matters a lot, but I do my best work with data. I wrote a sampling-route "
        "planner for my field course that cut drive time by a third."
    )
    result = score(text, at(WATER, "Any questions for us?"))
    assert result.elements["E3"] == 2, result
