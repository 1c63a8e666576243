"""Blind counsellor review 7, the plan lines ("What to say"): every line the student is handed
to say reads as one a counsellor would let them say, whatever shape the typed answers had.

- A comma splice ("X, it helps Y") is joined ("X, which helps Y").
- A better fit with an example typed after it puts only the work in "my best work is in ...".
- "For example" only follows a line that names the work it is an example of.
- Grammar slips of a second-language writer are never handed back to be said aloud.
- "no" to "what draws you" is not knowing yet, met with help, not "any company could say that".
"""

from __future__ import annotations

import re

import pytest

from flows.pivot import build_flow, reasons, typed
from flows.pivot.intake import _non_reasons
from tests.flows.test_plan_lines import pages

BASE = {"company": "Kestrel Rail", "role": "Ticket office clerk", "company_fit": 5, "role_fit": 2}
SPLICE = re.compile(
    r",\s+(?:it|they|this|that)(?:['’]s|\s+(?:is|was|helps|lets|means|has|cut|made|shows|makes))\b",
    re.I,
)


def script(**data: str) -> str:
    """The "What to say" part of the pivot plan for ``BASE`` with ``data``."""
    text = pages({**BASE, "path": "pivot", **data})
    return text.split("What to say", 1)[1].split("Don't speak against", 1)[0]


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        (
            "their night-train timetable app, it lets you book a cabin in two taps",
            "What drew me here is your night-train timetable app, which lets you book a cabin",
        ),
        (
            "the station rebuild in Leeds, this means step-free access everywhere",
            "What drew me here is the station rebuild in Leeds, which means step-free access",
        ),
        (
            "your apprentice drivers scheme, they're paid from day one",
            "What drew me here is your apprentice drivers scheme, which are paid from day one",
        ),
        (
            "I've travelled with them for years, it's always on time",
            "What drew me here is that I've travelled with you for years, and it's always on time",
        ),
    ],
)
def test_a_reason_typed_as_a_comma_splice_is_joined(draws: str, said: str) -> None:
    text = script(draws=draws, target="timetable planning")
    assert said in text
    assert not SPLICE.search(text), text


def test_people_are_joined_with_who() -> None:
    assert typed.unsplice("your conductors, they know every regular") == (
        "your conductors, who know every regular"
    )
    assert typed.unsplice("your launch, this year") == "your launch, this year"  # no clause


def test_a_proof_typed_as_a_comma_splice_is_joined() -> None:
    text = script(
        target="timetable planning",
        evidence="I redrew our society's minibus rota, it saved every driver an evening a week",
    )
    assert "For example, I redrew our society's minibus rota, and it saved every driver" in text


@pytest.mark.parametrize(
    ("target", "work", "proof"),
    [
        ("timetable planning, I rebuilt our club's fixture calendar", "timetable planning",
         "I rebuilt our club's fixture calendar"),
        ("UX research because I've run twenty user interviews", "UX research",
         "I've run twenty user interviews"),
        ("operations - I ran the festival's volunteer shifts", "operations",
         "I ran the festival's volunteer shifts"),
    ],
)  # fmt: skip
def test_a_better_fit_with_an_example_keeps_only_the_work(
    target: str, work: str, proof: str
) -> None:
    data: dict[str, object] = {}
    typed.keep_target(data, target)
    assert data == {"target": work, "_target_proof": proof}
    text = script(target=target, evidence=proof)
    assert f"my best work is in {work}." in text
    assert text.count(proof.split()[1]) == 1  # the example is said once, as the proof


def test_an_aside_after_the_work_is_no_proof() -> None:
    data: dict[str, object] = {"_target_proof": "an old one"}
    typed.keep_target(data, "logistics, I just love a good spreadsheet")
    assert data == {"target": "logistics"}
    data = {}
    typed.keep_target(data, "logistics, ideally on the freight side")  # a qualifier stays
    assert data == {"target": "logistics, ideally on the freight side"}


@pytest.mark.parametrize(
    "evidence",
    ["I led the rail society's safety audit", "built a tool that tracks late trains 🚆"],
)
def test_without_a_better_fit_the_proof_starts_plainly(evidence: str) -> None:
    text = script(evidence=evidence)
    assert "it isn't where I do my best work." in text
    assert "For example" not in text
    assert re.search(r'"I (?:led|built) ', text), text


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        (
            "the app help me to book cheap ticket when I was student, the railcard discount",
            "What drew me here is your railcard discount.",
        ),
        (
            "it make travelling more easier since 3 years, the quiet coaches",
            "What drew me here is your quiet coaches.",
        ),
    ],
)
def test_a_reason_with_slips_is_said_by_the_phrase_beside_it(draws: str, said: str) -> None:
    text = script(draws=draws, target="timetable planning")
    assert said in text
    assert "help me to book" not in text and "more easier" not in text


def test_a_reason_with_slips_and_no_phrase_is_left_for_the_student() -> None:
    text = script(draws="i very like the company because it care about passenger", target="ops")
    assert "very like" not in text and "it care" not in text
    assert 'What drew me here is ..."' in text
    assert "Finish it with a few words" in text


def test_a_proof_with_slips_is_never_handed_back() -> None:
    text = script(target="ops", evidence="I has organise the trip for 40 peoples, it go well")
    assert "I has" not in text and "For example" not in text
    assert "add one example of your work here" in text


@pytest.mark.parametrize(
    "clean",
    [
        "their community solar programme",
        "I've used their gear for years and I love their repair-and-resell program",
        "how they treat their customers",
        "the story your recruiter told about her first client",
        "features that help me save",
        "they publish their research openly",
        "the team help desk they run for new starters",
        "I have used it since 2019",
        "I was a student member of their youth panel",
        "a friend works there and says the managers really care",
        "I built a dashboard my team used for renewals",
        "For my capstone, I built a demand-forecasting model that cut overstock by 12%.",
        "they let interns ship real features",
        "it helps utilities plan for solar dips",
        "my manager let me lead the redesign",
        "I served as treasurer and was president of the rail society",
        "so it let me book in two taps",
    ],
)
def test_clean_english_has_no_slips(clean: str) -> None:
    assert typed.slips(clean) == []


@pytest.mark.parametrize(
    "typed_words",
    ["the app help me", "when I was student", "many informations", "since 2 years",
     "I very like it", "it is help me", "more better", "I can to do", "I didn't went",
     "they has", "explain me the role", "discuss about the plan"],
)  # fmt: skip
def test_common_slips_are_found(typed_words: str) -> None:
    assert typed.slips(typed_words)


@pytest.mark.parametrize(
    "typed_words",
    ["no", "No.", "nope", "not really", "nah, not much", "can't think of anything",
     "nothing comes to mind", "Nothing off the top of my head", "dont know"],
)  # fmt: skip
def test_saying_no_is_not_knowing_yet(typed_words: str) -> None:
    rules = _non_reasons(build_flow())
    assert reasons.non_reason(typed_words, rules, ignore="Kestrel Rail") == "unknown"


@pytest.mark.parametrize("typed_words", ["no commute", "not much pay"])
def test_a_no_about_the_job_terms_is_still_practical(typed_words: str) -> None:
    rules = _non_reasons(build_flow())
    assert reasons.non_reason(typed_words, rules) == "practical"


def test_a_better_fit_with_slips_is_never_said() -> None:
    text = pages({**BASE, "path": "pivot", "target": "to make analyse of the datas since 2 years"})
    assert "since 2 years" not in text and "analyse of" not in text
    assert "it isn't where I do my best work." in text


@pytest.mark.parametrize(
    "target",
    ["I'm not sure sales is for me", "cold calling isn't for me", "I don't enjoy selling"],
)
def test_a_better_fit_typed_as_a_statement_is_never_said_as_the_work(target: str) -> None:
    assert typed.unsayable_target(target)
    text = script(target=target, evidence="I built a fare dashboard the guards still use")
    assert "my best work is in" not in text and "For example" not in text
    assert '"I built a fare dashboard the guards still use."' in text


@pytest.mark.parametrize(
    "target",
    ["work that isn't sales", "anything but sales", "helping people save money", "data analytics"],
)
def test_a_kind_of_work_is_sayable(target: str) -> None:
    assert not typed.unsayable_target(target)
