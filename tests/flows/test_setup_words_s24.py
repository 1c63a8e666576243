"""Setup answers on the practise path typed as sentences (issue 10/11, review s24): the company
with a description run on, the better fit as a description or with filler, and a reason for the
company that runs on with slips and an evaluative tail. What the coach suggests saying takes
only the part a student could say aloud; nothing typed after it is pasted into a spoken line."""

from __future__ import annotations

import re

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, stronger_version
from flows.pivot.scoring import Context, analyse, score
from flows.pivot.setup_words import company_name, draws_reason, target_area, target_work

LINE = "Before we finish, is there anything you'd like to ask us?"


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Brightwell Foods, is a company of plant based food in Rotterdam", "Brightwell Foods"),
        ("Harbour Lane Press - a small publisher in Leeds", "Harbour Lane Press"),
        ("Kestrel Robotics (they make warehouse robots)", "Kestrel Robotics"),
        ("Northwind Energy, a company that builds heat pumps", "Northwind Energy"),
        ("Oakfield Health which is a clinic network", "Oakfield Health"),
        ("Pinecrest, a consultancy for councils", "Pinecrest"),
        ("Marlow Tea is a family tea brand from Kent", "Marlow Tea"),
        ("Smith, Jones & Co", "Smith, Jones & Co"),
        ("Smith, Jones & Co, is a law firm in Bristol", "Smith, Jones & Co"),
        ("Procter & Gamble", "Procter & Gamble"),
    ],
)
def test_a_company_typed_as_a_sentence_is_said_by_its_name(typed: str, name: str) -> None:
    assert company_name(typed) == name


@pytest.mark.parametrize(
    ("typed", "area"),
    [
        ("podcast stuff", "podcasts"),
        ("UX research and all that", "UX research"),
        ("data visualisation things", "data visualisation"),
        ("brand partnerships or something like that", "brand partnerships"),
        ("supply chain analytics", "supply chain analytics"),
        ("working directly with public-sector clients", ""),
        ("stuff", ""),
    ],
)
def test_the_better_fit_is_an_area_without_filler(typed: str, area: str) -> None:
    assert target_area(typed) == area


def test_a_verb_led_fit_is_said_as_the_work() -> None:
    assert target_work("working closely with hospital clients") == "work with hospital clients"
    assert target_work("supply chain analytics") == ""


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (
            "their new oat yogurt line, they reduce the sugar 40% and I read the "
            "sustainability report of them last month, very impressive for me",
            "your new oat yogurt line",
        ),
        ("their refill shop pilot in Utrecht, so cool", "your refill shop pilot in Utrecht"),
        ("the zero-waste packaging project lol", "the zero-waste packaging project"),
        ("their open data portal", ""),  # nothing runs on: shaped as it always was
    ],
)
def test_a_run_on_reason_keeps_its_first_clean_clause(typed: str, reason: str) -> None:
    assert draws_reason(typed) == reason


# Honest fit, proof and an ask, but no word on why this company: the note asks for one.
ANSWER_NO_REASON = (
    "Thank you, yes. Honestly, the sales floor isn't where I do my best work; I'm strongest in "
    "planning. I built a reorder spreadsheet my shop still uses every week. Is there someone "
    "on the planning team you'd suggest I talk to?"
)


def _said(ctx: Context, answer: str) -> str:
    result = score(answer, ctx)
    note = to_plain(feedback(result, ctx, answer))
    version = to_plain(stronger_version(ctx, answer, analyse(answer, ctx)))
    return note + "\n" + version


def test_a_company_described_at_setup_is_named_alone_in_the_coachs_lines() -> None:
    ctx = Context(
        company="Greenleaf Dairy, is a company of organic milk in Groningen",
        role="Sales assistant",
        target="supply chain analytics",
        draws="their regional sourcing programme",
        evidence="I built a weekly stock report my store manager still uses",
        last_line=LINE,
    )
    said = _said(ctx, ANSWER_NO_REASON)
    assert "What draws me to Greenleaf Dairy is your regional sourcing programme." in said, said
    assert "is a company" not in said and "organic milk" not in said, said


# Honest fit and proof, no ask: the ask is what the coach suggests.
ANSWER_NO_ASK = (
    "Thanks, yes. I like your regional sourcing programme a lot. Honestly, the sales desk isn't "
    "where I do my best work. I built a weekly stock report my store manager still uses."
)


@pytest.mark.parametrize(
    "target",
    [
        "working directly with council clients",
        "video stuff and all",
        "working closely with hospital clients",
    ],
)
def test_a_described_fit_is_never_pasted_in_as_a_team(target: str) -> None:
    ctx = Context(
        company="Greenleaf Dairy",
        role="Sales assistant",
        target=target,
        draws="their regional sourcing programme",
        evidence="I built a weekly stock report my store manager still uses",
        last_line=LINE,
    )
    said = _said(ctx, ANSWER_NO_ASK)
    assert not re.search(r"(?i)\b(?:in|on the|leads|best in) working\b", said), said
    assert not re.search(r"(?i)\bstuff\b|\band all\b", said), said
    assert "suggest I talk to" in said  # an ask is still suggested, in a shape that fits


def test_a_team_the_student_named_is_the_team_in_the_ask() -> None:
    ctx = Context(
        company="Greenleaf Dairy",
        role="Sales assistant",
        target="video stuff",
        draws="their regional sourcing programme",
        evidence="I built a weekly stock report my store manager still uses",
        last_line=LINE,
        earlier=(("What drew you to us?", "I'd love to help the brand film team one day."),),
    )
    said = _said(ctx, ANSWER_NO_ASK)
    assert "brand film team" in said, said
    assert "video stuff" not in said


def test_a_run_on_reason_is_said_as_its_first_clause_only() -> None:
    ctx = Context(
        company="Greenleaf Dairy",
        role="Sales assistant",
        target="supply chain analytics",
        draws=(
            "their new skyr range, they cut the packaging by half and I saw the impact "
            "report of them in May, very inspiring for me"
        ),
        evidence="I built a weekly stock report my store manager still uses",
        last_line=LINE,
    )
    result = score(ANSWER_NO_REASON, ctx)
    assert result.elements["E2"] == 0  # the company's line is what the coach suggests
    said = _said(ctx, ANSWER_NO_REASON)
    assert "What draws me to Greenleaf Dairy is your new skyr range." in said, said
    assert "of you" not in said and "inspiring for me" not in said, said
