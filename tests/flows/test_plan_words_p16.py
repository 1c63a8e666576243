"""Issue 10, blind review 15a of the prepare path: plan lines built from what a student typed
are sentences a counsellor would let them say (what drew them, the work they want, their proof),
no article is ever asked for before a clause's verb or a gerund, and a proof that cannot be
used is said so with the reason."""

from __future__ import annotations

import pytest

from flows.pivot import typed
from tests.flows.test_plan_lines import pages

BASE = {"company": "Tessera Health", "role": "Claims Processor", "company_fit": 5, "role_fit": 2}


def script(**data: str) -> str:
    """The "What to say" part of the pivot plan for ``BASE`` with ``data``."""
    text = pages({**BASE, "path": "pivot", "target": "service design", **data})
    return text.split("What to say", 1)[1].split("Don't speak against", 1)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote my thesis on why commuters switch banks",
        "I mapped where graduates rent and how tenants budget",
        "My capstone looked at how small charities plan their year",
        "I studied when users report bugs",
    ],
)
def test_no_article_asked_for_before_the_verb_of_a_clause(sentence: str) -> None:
    assert not typed.missing_article(sentence)
    assert typed.good_english(sentence)


def test_a_real_missing_article_is_still_found() -> None:
    assert typed.missing_article("I built script for the hockey club")


def test_a_gerund_is_never_named_as_wanting_an_article() -> None:
    # "tracking budget": the article goes before "budget", never before "tracking".
    assert typed.first_slip("I set up a sheet for tracking budget") == "budget"


def test_a_list_of_actions_is_said_as_a_sentence_with_its_subject() -> None:
    text = script(
        evidence="ran 8 focus groups for my thesis on where graduates rent, "
        "wrote a summary the council actually read"
    )
    assert (
        '"For example, I ran 8 focus groups for my thesis on where graduates rent, and wrote a '
        'summary the council actually read."' in text
    )
    assert "add one example" not in text


def test_a_proof_not_used_says_why() -> None:
    text = script(evidence="I made spreadsheet for our hall laundry, cuts queue every week")
    assert "add one example of your work here" in text
    assert "isn't used as typed" in text
    assert "made spreadsheet" not in text


def drew(draws: str) -> str:
    """What follows "What drew me here is" in the plan's thank-you line."""
    return script(draws=draws).split("What drew me here is ", 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        (
            "I am really impressed by Tessera Pathways, the free nurse mentoring scheme, "
            "I myself joined the Excel module there in my 3rd year",
            "Tessera Pathways, the free nurse mentoring scheme: I joined the Excel module there "
            "in my third year.",
        ),
        (
            "I'm impressed with their Clinic Finder app, I booked my flu jab through it",
            "your Clinic Finder app: I booked my flu jab through it.",
        ),
        ("I'm impressed by Pathways", "Pathways."),
        ("I really like their Pathways scheme", "your Pathways scheme."),
        (
            "I admire the Clinic Finder service and I used the symptom checker in 1st year",
            "your Clinic Finder service: I used the symptom checker in my first year.",
        ),
        (
            "what I love is the Pathways programme, did the coding track there",
            "your Pathways programme: I did the coding track there.",
        ),
        ("big fan of Pathways", "Pathways."),
        ("I'm a huge fan of their Clinic Finder app", "your Clinic Finder app."),
        (
            "I enjoy their clinic podcast and I learned a lot from it",
            "your clinic podcast: I learned a lot from it.",
        ),
    ],
)
def test_a_feeling_is_said_by_its_object_then_the_students_own_experience(
    draws: str, said: str
) -> None:
    assert drew(draws) == said


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        (
            "ngl the app lol. reminders literally got me to my 2nd appointment on time",
            "your app. Reminders got me to my second appointment on time.",
        ),
        (
            "your 15 min video consult thing, e.g. i saw a GP in 15 mins on a sunday",
            "your 15-minute video consult service: for example, I saw a GP in 15 minutes on a "
            "Sunday.",
        ),
    ],
)
def test_phone_typing_is_said_as_speech(draws: str, said: str) -> None:
    assert drew(draws) == said
    for texted in ("ngl", "lol", "literally", "2nd", " min ", "thing", "e.g."):
        assert texted not in drew(draws)


def fit(target: str) -> str:
    """What follows "my best work is in" in the plan's fit line."""
    return script(target=target).split("my best work is in ", 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(
    ("target", "said"),
    [
        (
            "I want to do designing job, like app screens in figma",
            "designing, especially app screens in Figma.",
        ),
        (
            "business analyst job, like dashboards with power bi and sql",
            ("business analysis, especially dashboards with Power BI and SQL."),
        ),
        ("marketing role", "marketing."),
        ("I want to work in tester job", "testing."),
    ],
)
def test_a_job_typed_as_a_bare_noun_is_said_as_the_work(target: str, said: str) -> None:
    assert fit(target) == said


def test_a_long_better_fit_is_still_named_in_the_decline() -> None:
    text = pages(
        {
            **BASE,
            "path": "pivot",
            "target": "public health policy work for local councils in the north",
        }
    )
    assert "my strengths lie closer to public health policy work." in text
    assert "data analysis" not in text


def test_informal_words_are_never_named_as_spelling_slips() -> None:
    text = pages(
        {
            **BASE,
            "path": "pivot",
            "draws": "their creator collabs with uni societies",
            "target": "comms and influencer marketing",
            "evidence": "I ran merch drops for our uni society and doubled sales",
        }
    )
    assert "Check the spelling" not in text
    # Said aloud, the informal words that would sound odd are said in full.
    assert "your creator collaborations with university societies" in text
    assert "my best work is in communications and influencer marketing" in text


def test_a_clause_saying_when_stays_with_the_feeling() -> None:
    said = drew("I'm a big fan of the Pathways scheme since I was a teen")
    assert ": I was a teen" not in said
    assert said.endswith("since I was a teen.")


def test_phone_typing_in_a_proof_is_said_as_speech() -> None:
    text = script(evidence="I ran the uni comms account for 3 yrs lol, e.g. the 1st blood drive")
    assert (
        '"For example, I ran the university communications account for 3 years, including the '
        'first blood drive."' in text
    )
