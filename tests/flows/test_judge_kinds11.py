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
