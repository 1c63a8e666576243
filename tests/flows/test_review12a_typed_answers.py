"""Blind review 12a of what the student types: the example after a reason is the specific
evidence and is kept, said to the company; a better fit typed inside a sentence is found; a
proof or a reason with a slip of a known kind is mended rather than refused; "4" and "2" typed
for "for" and "to" are written as words; a reason that names nothing in particular is told
apart from one that does (it gets one nudge)."""

from __future__ import annotations

import pytest

from flows.pivot import build_flow, typed
from flows.pivot.reasons import GenericReasons, NonReasons, unspecific
from tests.flows.test_review11a_plan_repairs import drew

DATA = build_flow().content.data
RULES = NonReasons.from_data(DATA["non_reasons"])
GENERIC = GenericReasons.from_data(DATA["generic_reasons"])


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        (
            "tbh how they use satellite images to predict crop failure, like the FieldSight "
            "maps they released in May that warned farmers in Kenya a month early",
            "how you use satellite images to predict crop failure, like the FieldSight maps you "
            "released in May, which warned farmers in Kenya a month early.",
        ),
        (
            "their focus on accessibility, e.g. the screen reader mode they shipped last year",
            "your focus on accessibility, such as the screen reader mode you shipped last year.",
        ),
        (
            "their research podcasts, especially the one on microplastics",
            "your research podcasts, especially the one on microplastics.",
        ),
        (
            "I have seen the Lattice robot demo in our university open day",
            "that I saw the Lattice robot demo at our university open day.",
        ),
    ],
)
def test_reason_keeps_its_example_and_is_mended(draws: str, said: str) -> None:
    assert drew(draws=draws) == said


@pytest.mark.parametrize(
    ("typed_target", "work"),
    [
        ("I am more interested for cloud security, means actually hardening systems", "cloud security"),
        ("I'm really keen on supply chain analytics i.e. forecasting stock", "supply chain analytics"),
        ("I would rather do UX research", "UX research"),
        ("I want to work in product analytics", "product analytics"),
        ("data analytics, ideally on the merchandising side", "data analytics, ideally on the merchandising side"),
    ],
)  # fmt: skip
def test_target_found_inside_a_sentence(typed_target: str, work: str) -> None:
    assert typed.said_target(typed_target) == work
    assert not typed.unsayable_target(typed_target)


@pytest.mark.parametrize(
    ("proof", "mended"),
    [
        (
            "I have done final year project on churn prediction",
            "I did a final-year project on churn prediction",
        ),
        ("I built dashboard for our hockey club", "I built a dashboard for our hockey club"),
        ("I did internship at a fintech startup", "I did an internship at a fintech startup"),
        ("I led migration of our club's database", "I led the migration of our club's database"),
        ("I made a rota 4 my hall's kitchen", "I made a rota for my hall's kitchen"),
        ("we went 2 the hackathon in Leeds", "we went to the hackathon in Leeds"),
        # A number stays a number; a thing with its article is left alone.
        ("I ran 4 events in 2 years", "I ran 4 events in 2 years"),
        (
            "I built the budget tracker for our society",
            "I built the budget tracker for our society",
        ),
    ],
)
def test_proof_slips_mended(proof: str, mended: str) -> None:
    assert typed.repair(proof) == mended


@pytest.mark.parametrize(
    ("reason", "vague"),
    [
        ("their ads r hilarious lol", True),
        ("the culture seems so chill", True),
        ("their app is awesome", True),
        ("their Lost Sock ad is hilarious", False),  # a name: specific
        ("their ads for the 2024 Olympics are hilarious", False),  # a number and a name
        ("their repair programme", False),  # names a thing of theirs, no taste word
        ("their ads about refugees are moving", False),  # a word about something
    ],
)
def test_unspecific_reason(reason: str, vague: bool) -> None:
    assert unspecific(reason, RULES, GENERIC, ignore="Wavelength Bank") is vague
