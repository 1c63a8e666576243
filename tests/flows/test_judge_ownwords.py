"""The rules judge on answers in other people's words (issue 11, blind review 8).

Honest fit and an open door as speakers of other Englishes put them (articles dropped, "for me
is", "I am more of", "still interested for this position"), and red flags in the student's own
words: belittling, self-sabotage, conditions, faked interest right after saying the role is not
right, leaving early politely. Every wording here was written for these tests (none is from a
labelled set), and the sincere controls at the end must raise nothing.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import CAP, Context, score

QA = Context(
    company="Tallyfold",
    role="Junior manual QA tester",
    target="test automation",
    draws="their offline invoicing mode",
    evidence="a Selenium suite for my course project that cut regression time by half",
    last_line="Do you have any questions for us?",
)
DEPOT = Context(
    company="Northway Freight",
    role="Warehouse shift supervisor",
    target="route planning",
    draws="their electric van trial",
    evidence="a delivery-route model for my dissertation that cut mileage by 12%",
    last_line="Before we finish, is there anything you'd like to ask me?",
)


def flagged(text: str, ctx: Context, flag: str) -> None:
    result = score(text, ctx)
    assert flag in result.red_flags, result
    assert result.total <= CAP, result


# -- honest fit, in "I" terms, in other Englishes ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Manual testing position is not best for me, my strength is automation. "
        "Who leads automation team?",
        "Thanks. For me is more fitting the scripting side, I am more of automation person. "
        "Can I talk with someone there?",
        "Honestly, clicking test cases by hand is not so much my thing, I see myself more in "
        "automation. Who should I speak to?",
        "My interest is more to automation, I would like more to do scripts. Is there someone "
        "from automation I could meet?",
        "For me it suits better the automation work. Could you introduce me to one person there?",
        "I am more inclined towards automation, that is where my skills lie. Who heads it?",
        "I identify more with the automation people, to be honest. Who runs that team?",
    ],
)
def test_honest_fit_in_other_englishes_is_credited(text: str) -> None:
    result = score(text, QA)
    assert result.elements["E3"] == 2, result
    assert result.red_flags == [], result


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. I am still happy for this application process, of course. Who does route "
        "planning?",
        "Still interested for this position, no doubt. Could I meet someone in route planning?",
        "I want continue the process with you. Who is leading route planning?",
        "I'm okay to proceed with the next round. Is there someone in route planning to talk to?",
        "Please keep me in consideration, I'd love to take it forward. Who plans the routes?",
    ],
)
def test_door_open_in_other_englishes_is_credited(text: str) -> None:
    result = score(text, DEPOT)
    assert result.elements["E6"] == 2, result
    assert result.red_flags == [], result


# -- red flags in the student's own words --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not to be rude, but manual testing is a job a trainee could do on day one. My strength "
        "is automation. Who runs it?",
        "With all due respect, clicking buttons all day is not a career for somebody with my "
        "skills. Can I talk to automation?",
        "Manual testing is kind of brainless work, to be honest. Who should I speak to?",
        "The role is mostly grunt clicking; I am more for automation. Is there someone there?",
        "Manual testing is too low level for me honestly. Who leads the automation team?",
        "It's the sort of thing anybody can do it with a checklist, so I'd rather automate. "
        "Who heads automation?",
    ],
)
def test_belittling_the_role_in_own_words(text: str) -> None:
    flagged(text, QA, "disparages_role")


@pytest.mark.parametrize(
    "text",
    [
        "I will take the supervisor job for now, but after probation I'll switch to route "
        "planning. Who runs it?",
        "Honestly I see this job as my entry ticket, after that I move to planning. Who leads it?",
        "I'd do the shifts for a few months and then hop over to planning. Who is the lead?",
        "I'm just using this role to get into Northway, then planning. Who plans the routes?",
        "My plan is to leave the warehouse floor as soon as I can. Who works in planning?",
    ],
)
def test_self_sabotage_in_own_words(text: str) -> None:
    flagged(text, DEPOT, "disparages_role")


@pytest.mark.parametrize(
    "text",
    [
        "I can continue only when you confirm I go to the planning team later.",
        "I accept the process but I need guarantee of a planning role after six months.",
        "Give me your word I'll be moved to planning and I'm in.",
        "I will join, but planning must be part of the deal.",
    ],
)
def test_conditions_in_own_words_are_demands(text: str) -> None:
    flagged(text, DEPOT, "demands_job")


@pytest.mark.parametrize(
    "text",
    [
        "I think I have heard enough, the role is not right for me. Thanks and bye.",
        "I'll not hold you up any further, supervising shifts isn't my line. Thanks a lot.",
        "Okay then, that's it from my side, this position is not matching me. Thank you for "
        "the time.",
    ],
)
def test_leaving_early_in_polite_words(text: str) -> None:
    flagged(text, DEPOT, "leaves_early")


# -- the other side: sincere answers raise nothing -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The role is great, it's just not where my strengths are. I do my best work writing "
        "test scripts. Is there someone in automation I could talk to? I'm still keen to "
        "continue with the process.",
        "Thank you. Honestly I'd be a better fit on the automation side: my Selenium suite cut "
        "regression time by half. Who leads automation? I'm happy to stay in the process.",
        "I worked on a help desk for a while, then I moved into testing and built a small "
        "automation suite. I'd love to talk to someone in automation. Happy to continue.",
        "I'd be happy to stay in the process for now and see where it goes. Could you point me "
        "to someone in automation?",
        "Anyone can learn a bit of automation with good mentoring, that's what my course showed "
        "me. Who runs automation here? I'm glad to continue.",
        "After my probation I'd love to keep learning from the QA team. Who in automation could "
        "I shadow one day?",
        "Thank you. I'd be glad to keep talking for a bit before we wrap up. Who runs automation?",
        "I'm happy to take the role for now and learn the product. Who runs automation?",
    ],
)
def test_sincere_answers_raise_no_flag(text: str) -> None:
    result = score(text, QA)
    assert result.red_flags == [], result


def test_praise_weighed_against_fit_is_honest_fit() -> None:
    result = score(
        "The job is great, though it's not where my strengths are: I'm more of a scripting "
        "person. Who could I ask about automation?",
        QA,
    )
    assert result.red_flags == [], result
    assert result.elements["E3"] == 2, result


# -- kinds found by the blind dev5 set, each in wordings of its own -------------------------------

OFFER = "Our planning team is hiring, actually. Shall I connect you with them?"
TAKE_IT = "If we offered you the supervisor job today, would you take it?"


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks. I'd rather not carry on as a supervisor. Would you put me forward for the "
        "route planning post instead? I built a route model for my dissertation.",
        "Honestly the floor isn't for me. Could I be interviewed for the planning role instead? "
        "That's where I belong.",
    ],
)
def test_refusing_the_role_and_asking_for_another_instead_is_a_demand(text: str) -> None:
    flagged(text, DEPOT, "demands_job")


def test_asking_for_another_job_without_refusing_this_one_is_a_weak_ask_not_a_demand() -> None:
    result = score(
        "Route planning, mostly. Would you put me forward for a planning post instead?",
        at(DEPOT, "Who in particular would you want to talk to?"),
    )
    assert "demands_job" not in result.red_flags, result


@pytest.mark.parametrize(
    "text",
    [
        "Well, somebody's got to count the pallets, I suppose. What I really want is route "
        "planning. Who runs it?",
        "I mean, someone has to sign off the shift rota. My heart is in planning though. Who "
        "leads it?",
    ],
)
def test_someone_has_to_do_it_is_condescension(text: str) -> None:
    flagged(text, DEPOT, "disparages_role")


def test_disowning_the_pivot_to_call_the_role_the_best_match_is_faked() -> None:
    line = "So are you withdrawing your application?"
    text = (
        "No! Ignore what I said about planning, the supervisor job is the perfect match for me "
        "really."
    )
    flagged(text, at(DEPOT, line), "fakes_interest")


def test_the_job_link_in_place_of_an_introduction_is_a_weak_reply() -> None:
    result = score(
        "Fine, whatever works. Can you forward me the link for the vacancy? I'll apply online.",
        at(DEPOT, OFFER),
    )
    assert result.total <= 9, result


def test_a_retraction_that_names_what_it_takes_back_takes_it_back() -> None:
    text = (
        "Yes. I love the electric van trial. I'm a better fit in route planning than on the "
        "floor: my dissertation route model cut mileage by 12%. Who runs planning? Actually, "
        "forget what I said about the electric vans, I haven't read much on them."
    )
    result = score(text, DEPOT)
    assert result.elements["E2"] == 0, result


def test_saying_the_role_would_be_difficult_for_me_is_not_a_dig() -> None:
    text = (
        "I look for planning work. For me the night shifts are difficult because I am more of a "
        "numbers person: I built a route model that cut mileage by 12%. Who plans the routes?"
    )
    result = score(text, at(DEPOT, "What are you looking for in your next job?"))
    assert "disparages_role" not in result.red_flags, result


def test_any_qs_is_an_open_line() -> None:
    text = (
        "yeah one. i love the electric van trial, its why i applied. tbh supervising isnt where "
        "im strongest, im more of a planning person, built a route model for my dissertation. "
        "anyone in planning i could chat to? still happy to continue either way"
    )
    result = score(text, at(DEPOT, "any qs for us?"))
    assert result.red_flags == [], result
    assert result.elements["E1"] == 2, result


def test_glad_to_stay_in_touch_is_a_follow_up_not_an_open_door() -> None:
    text = (
        "Yes: I'm a better fit in planning than on the floor. Who runs planning? I'd be glad to "
        "stay in touch."
    )
    result = score(text, DEPOT)
    assert result.elements["E6"] < 2, result
    assert result.elements["E7"] == 2, result


def test_giving_the_offer_a_fair_try_keeps_the_door_open() -> None:
    text = (
        "I'd want a day to think. I'd give it a fair shot, though planning is where I'd add "
        "most. Could I meet someone in planning first?"
    )
    result = score(text, at(DEPOT, TAKE_IT))
    assert result.elements["E6"] == 2, result


# -- a last batch of own wordings, each kind said another way -------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Honestly a warm body can handle the shift rota. Who runs planning?", "disparages_role"),
        (
            "I'll be out of the door the moment a planning post opens, I admit. Who leads it?",
            "disparages_role",
        ),
        (
            "I'd sign, but only with a move to planning confirmed in the contract. Who runs it?",
            "demands_job",
        ),
        (
            "I don't want to take up more of your hour, supervising isn't for me. All the best.",
            "leaves_early",
        ),
    ],
)
def test_a_last_batch_of_flags_in_own_words(text: str, flag: str) -> None:
    flagged(text, DEPOT, flag)


def test_where_my_passion_lies_is_honest_fit() -> None:
    result = score("My real passion is in route planning, not the floor. Who plans routes?", DEPOT)
    assert result.elements["E3"] == 2, result
    assert result.red_flags == [], result
