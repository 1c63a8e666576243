"""Judge faults from blind review 11b, each fixed at its kind, not at one wording.

A polished pivot that praises another named organisation was written for another interview;
"only to enter" and "I leave after N months" in non-native and casual shapes are self-sabotage;
fit and proof said in formal register are credited; a reply typed in texting register gets at
most half for delivery. Every answer here is written for these tests, in wording of its own.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.scoring import Context, score

DAIRY = Context(
    company="Hollin Dale Creamery (farmhouse cheese maker, Yorkshire)",
    role="Farm Shop Assistant (till and deli counter)",
    target="quality and food-safety testing",
    draws="the raw-milk cheese cave and the published herd-welfare audits",
    evidence="a microbiology lab placement testing listeria swabs in a dairy",
)
QUESTIONS = "Is there anything you'd like to ask us?"
ANYTHING = "Anything else you want us to know?"


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


# -- 1. a pivot pasted from another company's interview -----------------------------------------

OTHER_ORG = (
    "Yes, thank you. What really pulled me to {org} is the {thing} you launched last spring; I "
    "read the whole evaluation. This post is mostly the till, and I do my best work in a lab; on "
    "my placement I tested listeria swabs every week for six months. Could you point me to "
    "someone in your quality team? I'm happy to stay in the process, and I'd like to keep in touch."
)


@pytest.mark.parametrize(
    ("org", "thing"),
    [
        ("Marsh Lane Brewing Co", "hop-waste compost scheme"),
        ("Quarrymoor Foods", "zero-waste bakery line"),
        ("Tessaly Health Trust", "community nutrition clinic"),
    ],
)
def test_praise_for_another_named_organisation_is_a_pasted_script(org: str, thing: str) -> None:
    text = OTHER_ORG.format(org=org, thing=thing)
    result = score(text, at(DAIRY, QUESTIONS))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.elements["E2"] == 0 and result.elements["E1"] == 0, result
    assert result.total <= 5, result
    note = feedback(result, at(DAIRY, QUESTIONS), text)
    assert "Start again" in note or result.band != "restart", note


def test_the_same_pivot_about_this_company_is_credited() -> None:
    text = OTHER_ORG.format(org="Hollin Dale", thing="herd-welfare audit")
    result = score(text, at(DAIRY, QUESTIONS))
    assert result.red_flags == [], result
    assert result.elements["E2"] == 2 and result.total >= 14, result


def test_another_organisation_named_in_the_proof_is_no_script() -> None:
    text = (
        "Yes, thanks. I love the herd-welfare audits you publish. The till isn't where I do my "
        "best work: on a placement at Pennard Dairy Labs I tested listeria swabs every week. Who "
        "leads quality testing here? I'm glad to stay in the process."
    )
    result = score(text, at(DAIRY, QUESTIONS))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E2"] == 2, result


# -- 2. self-sabotage in non-native and casual shapes ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I am applying just for entering inside the creamery, after that I see.",
        "Honestly the shop is only to come in, maybe I leave it after one year.",
        "probably i quit in like 4 months once the lab has something",
        "I will stay only six months, then I want the lab.",
    ],
)
def test_only_a_way_in_or_leaving_soon_is_self_sabotage(said: str) -> None:
    text = (
        f"Yes. I like the cheese cave a lot. {said} I did a lab placement testing listeria swabs. "
        "Can I meet someone in quality testing?"
    )
    result = score(text, at(DAIRY, ANYTHING))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= 5, result


@pytest.mark.parametrize(
    "said",
    [
        "I would happily stay for years and learn the shop properly.",
        "I won't leave after six months; I want to grow here.",
    ],
)
def test_staying_on_is_no_self_sabotage(said: str) -> None:
    text = (
        f"Yes. I like the cheese cave a lot. {said} I did a lab placement testing listeria swabs. "
        "Can I meet someone in quality testing?"
    )
    result = score(text, at(DAIRY, ANYTHING))
    assert "disparages_role" not in result.red_flags, result


# -- 3. fit, proof, asks and follow-ups in formal and idiomatic register -----------------------


@pytest.mark.parametrize(
    ("element", "said"),
    [
        ("E3", "Where I truly come into my own is at a bench with a microscope."),
        ("E3", "I would genuinely prefer the laboratory to the till."),
        ("E3", "My principal strength lies in careful laboratory method."),
        ("E5", "Whom should I approach in quality testing?"),
        ("E5", "Who looks after your food-safety testing?"),
        ("E7", "I would be glad to forward my dissertation afterwards."),
    ],
)
def test_formal_and_idiomatic_register_is_credited(element: str, said: str) -> None:
    text = (
        "Thank you, yes. The herd-welfare audits you publish are why I applied. The post is "
        f"largely the till and the deli counter. {said} During a placement I tested listeria "
        "swabs every week for six months. I am content to remain in the process."
    )
    result = score(text, at(DAIRY, QUESTIONS))
    assert result.elements[element] == 2, result
    assert said.split()[1] in result.quotes[element], result


def test_what_made_them_apply_is_enthusiasm() -> None:
    text = (
        "Yes, thank you. Your raw-milk cheese cave is honestly what put Hollin Dale on my radar. "
        "I do my best work in a lab: I tested listeria swabs on a placement for six months. Who "
        "leads quality testing?"
    )
    result = score(text, at(DAIRY, QUESTIONS))
    assert result.elements["E2"] == 2 and "on my radar" in result.quotes["E2"], result


# -- 4. a team mentioned in passing is an opening for the whole pivot ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We share an office with the food-safety people, and our quality team is next door.",
        "Our testing lab is small, but it keeps us honest.",
    ],
)
def test_a_team_mentioned_in_passing_is_an_open_line(line: str) -> None:
    text = (
        "That's good to hear. The herd-welfare audits are why I applied, and I do my best work in "
        "a lab: I tested listeria swabs weekly on a placement. Could you introduce me to whoever "
        "leads quality testing? I'm happy to stay in the process, and may I keep in touch?"
    )
    result = score(text, at(DAIRY, line))
    assert result.line_kind == "team_mention", result
    assert result.elements["E1"] == 2 and result.red_flags == [], result
    assert result.total >= 14, result


# -- 5. the offer weighed with a way forward is complete ----------------------------------------


def test_an_offer_weighed_with_an_ask_and_a_date_is_complete() -> None:
    text = (
        "Honestly, I would like a night to think it over rather than give you a yes I had not "
        "weighed. Talking to someone in quality testing about how people move across would help "
        "me decide; could you give me a name? I will come back to you by Thursday either way."
    )
    result = score(text, at(DAIRY, "If we offered you the shop job today, would you accept?"))
    assert result.red_flags == [] and result.total >= 14, result


# -- 6. ending early as a kindness, and the role as a low bar, are red flags --------------------


def test_stopping_offered_as_a_kindness_leaves_early() -> None:
    text = (
        "Oh, that's interesting. Honestly that sounds much more like me. It may be better for you "
        "if we left it there rather than use more of your morning. Could you pass my name to the "
        "quality team?"
    )
    result = score(text, at(DAIRY, "We work closely with the quality team, as it happens."))
    assert "leaves_early" in result.red_flags, result


@pytest.mark.parametrize(
    "said",
    [
        "Anybody can pick up a till, whereas testing is closer to my level.",
        "The counter is fine, but lab work takes real brainpower, which suits me.",
    ],
)
def test_the_role_as_a_low_bar_is_disparaging(said: str) -> None:
    text = f"Yes. {said} I tested listeria swabs on my placement. Who runs quality testing?"
    result = score(text, at(DAIRY, QUESTIONS))
    assert "disparages_role" in result.red_flags, result


# -- 7. weaker fit said of oneself, a credential as proof, a yes to a job they do not want -------


@pytest.mark.parametrize(
    "said",
    [
        "I would be a little less at home behind the till.",
        "I am not very excited by the selling part, to be honest.",
    ],
)
def test_a_weaker_fit_said_of_oneself_is_honest_fit(said: str) -> None:
    text = (
        f"Yes, thank you. The herd-welfare audits are why I applied. {said} On a placement I "
        "tested listeria swabs for six months. Who leads quality testing?"
    )
    result = score(text, at(DAIRY, QUESTIONS))
    assert result.elements["E3"] >= 1 and result.red_flags == [], result


@pytest.mark.parametrize(
    "said",
    [
        "I am a registered laboratory technician since last year.",
        "I hold an advanced microscopy certificate from my college.",
    ],
)
def test_a_credential_held_is_proof(said: str) -> None:
    text = (
        f"Yes, thank you. The herd-welfare audits are why I applied. {said} Who leads quality "
        "testing?"
    )
    result = score(text, at(DAIRY, QUESTIONS))
    assert result.elements["E4"] >= 1, result


OFFER = "If we offered you the shop job today, would you accept?"


def test_a_bare_yes_to_a_job_they_would_rather_not_do_fakes_interest() -> None:
    text = "Hmm. Well. I would rather work in the lab, to be fair. So yeah, I suppose. Okay."
    result = score(text, at(DAIRY, OFFER))
    assert "fakes_interest" in result.red_flags, result


def test_a_yes_with_its_reason_is_honest() -> None:
    text = (
        "Yes, I would take it, because I want to be at Hollin Dale and I'd give the shop my full "
        "effort, though I'd rather work in the lab in time. Could I meet someone in quality "
        "testing?"
    )
    result = score(text, at(DAIRY, OFFER))
    assert "fakes_interest" not in result.red_flags, result


# -- 8. a reply made mostly of chat interjections is a text message ------------------------------

FLOATED = "Our quality team is taking on a trainee, actually. Shall I put you in touch?"


@pytest.mark.parametrize(
    "text",
    [
        "ooh yesss!! who runs it? can i msg u later?",
        "omgg yay!! thank u, whos the lead? ill lyk how it goes",
    ],
)
def test_a_reply_made_of_chat_interjections_gets_half_for_delivery(text: str) -> None:
    result = score(text, at(DAIRY, FLOATED))
    assert result.elements["E8"] <= 1, result
    # ... and is still the warm yes with a question that the moment needs.
    assert result.elements["E1"] == 2 and result.red_flags == [], result


def test_phone_typing_with_one_exclamation_keeps_full_delivery() -> None:
    text = (
        "yes pls that wd be great, thank u!! whats the lead's name so i can mention u in my "
        "email? n is it ok if i let u know how it goes next wk"
    )
    result = score(text, at(DAIRY, FLOATED))
    assert result.elements["E8"] == 2 and result.total >= 14, result
