"""Red flags in casual and non-native English are the same flags as in formal English (issue 11):
an "either X or I walk" ultimatum, "if it isn't X I'm not interested", "I'd switch to X in a
few months" and "too basic a job for someone with a degree" are raised in any register, and
never quoted back as what worked. A point taken back ("forget that", "never mind", "scratch
that") earns nothing."""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, score

STUDIO = Context(
    company="Brightwater Media",
    role="Office Coordinator",
    target="documentary production",
    draws="their river documentary series",
    evidence="a short documentary I produced for my final-year project",
)


def at(line: str) -> Context:
    c = STUDIO
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


DEMANDS = [
    "honestly if its not documentaries im not interested, so u either get me a chat w the "
    "production team or i walk",
    "tbh either u connect me w production or im gonna withdraw, if it isnt docs im not interested",
    "ok so either you put me on production or i quit the process",
]


@pytest.mark.parametrize("text", DEMANDS)
def test_casual_ultimatum_is_a_demand(text: str) -> None:
    s = score(text, at("There are no other vacancies at the moment."))
    assert "demands_job" in s.red_flags, (s.red_flags, s.quotes)
    assert s.total <= 8
    pivot = [
        q for e, q in s.quotes.items() if e != "E1"
    ]  # E1 (timing) is never quoted when flagged
    assert not any("either" in q or "interested" in q for q in pivot), s.quotes


LEAVING_SOON = [
    "yeah id take it!! but ngl id prob jump to production in like 4 months",
    "sure i take it, but i switch to documentary team after few months probably",
    "yes for sure, tho id probably leave after a couple months",
]


@pytest.mark.parametrize("text", LEAVING_SOON)
def test_leaving_soon_said_casually_is_flagged(text: str) -> None:
    s = score(text, at("Is there anything else you'd consider, then?"))
    assert "disparages_role" in s.red_flags, (s.red_flags, s.quotes)
    pivot = [
        q for e, q in s.quotes.items() if e != "E1"
    ]  # E1 (timing) is never quoted when flagged
    assert not any("month" in q for q in pivot), s.quotes


TOO_SIMPLE = [
    "making coffee and schedules is too easy job for person with bachelor degree",
    "this work is too basic for someone with master",
    "office coordinator is below my qualification honestly",
]


@pytest.mark.parametrize("text", TOO_SIMPLE)
def test_too_simple_for_my_degree_is_disparaging(text: str) -> None:
    s = score(text, at("Would you accept the position?"))
    assert "disparages_role" in s.red_flags, (s.red_flags, s.quotes)


RETRACTED = [
    "Thanks, that helps. Could I ask whether someone from production might spare ten minutes to "
    "talk about the river documentary series? Actually no, never mind that, I'd hate to impose; "
    "I'll just carry on with the coordinator application.",
    "I'd really like to meet one of the producers behind the river documentary series, could you "
    "introduce me? Oh wait, sorry, scratch that, I don't want to be a bother; I'll simply keep "
    "going with the process.",
    "Could you connect me with someone on the documentary side? Hmm, no, please forget that, it's "
    "too much to ask; I'll just continue with this application.",
]


@pytest.mark.parametrize("text", RETRACTED)
def test_an_ask_taken_back_earns_nothing(text: str) -> None:
    s = score(text, at("Is there anything else you'd like to ask?"))
    assert s.elements["E5"] == 0, (s.elements, s.quotes)  # the ask taken back earns nothing
    assert "E5" not in s.quotes, s.quotes
    assert s.total <= 8, (s.elements, s.quotes)


def test_a_polite_if_clause_is_no_ultimatum() -> None:
    s = score(
        "If it's not too much trouble, I'm not interested in anything fancy, just in doing "
        "the coordinator work well.",
        at("Would you accept the position?"),
    )
    assert "demands_job" not in s.red_flags, s.red_flags
