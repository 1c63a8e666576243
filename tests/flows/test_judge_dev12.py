"""Red flags and line readings from the twelfth round (judge_dev12a), each at its kind.

Every answer here is written for these tests, in wording none of the labelled sets use: a move
of the application asked for in any voice, one job the only one accepted, this role turned down
beside another asked for, the role called a poor use of someone like them, a countdown in any
frame, gone the moment something else opens; and the plain answers that must stay unflagged.
"""

from __future__ import annotations

import pytest

from flows.pivot.rubric import CAP
from flows.pivot.scoring import Context, score
from tests.flows.test_judge_probes import LIBRARY, QUESTIONS, VANS


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


FLAGGED = [
    # A move of the application asked for, active or passive.
    (
        VANS,
        "Thanks. The van trial is great. Could we look at shifting my application over to route "
        "optimisation? My route planner cut mileage by 15%.",
        "demands_job",
    ),
    (
        LIBRARY,
        "Yes. I love the oral-history project. I'd ask that my candidacy be moved to digital "
        "archives, since that's where my parish-records pipeline fits.",
        "demands_job",
    ),
    (
        VANS,
        "One thing: I'd need you to pass my CV over to the routing people. The van trial is "
        "why I applied.",
        "demands_job",
    ),
    # One job the only one they would accept.
    (
        LIBRARY,
        "Thank you. Digital archives is the only team I'd honestly consider, given my "
        "digitisation work. Who leads it?",
        "demands_job",
    ),
    (
        VANS,
        "Yes. I'd only seriously think about... no, I'd only accept something in route "
        "optimisation. The van trial is great.",
        "demands_job",
    ),
    # This role turned down, another asked for instead.
    (
        LIBRARY,
        "I couldn't take on the counter position, I'm afraid. Could you consider me for digital "
        "archives instead? I digitised 3,000 parish records.",
        "demands_job",
    ),
    (
        VANS,
        "I wouldn't feel comfortable carrying on with the shift lead role. Could I be considered "
        "for route optimisation instead?",
        "demands_job",
    ),
    # The role as a poor use of someone like them.
    (
        VANS,
        "Thanks. Signing off rotas all week is hardly the best use of a graduate, to be honest. "
        "Who runs route optimisation?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "Stamping books isn't exactly a sensible use of someone with my training. Could I talk "
        "to digital archives?",
        "disparages_role",
    ),
    # A countdown in any frame.
    (
        VANS,
        "Honestly, I'd run the shifts for the first contract, maybe eight months, then I'd "
        "transfer to routing. Who leads it?",
        "disparages_role",
    ),
    (
        LIBRARY,
        "I can do the counter a few months and after that I'd look to hop across to archives.",
        "disparages_role",
    ),
    # Gone the moment something else opens.
    (
        LIBRARY,
        "Yes, completely. Though if archives posted anything I'd jump across without a second "
        "thought. Could you tell me if they do?",
        "disparages_role",
    ),
    (
        VANS,
        "Totally. And if routing advertised, I'd of course transfer immediately.",
        "disparages_role",
    ),
]


@pytest.mark.parametrize(("ctx", "text", "flag"), FLAGGED)
def test_flag_in_other_words(ctx: Context, text: str, flag: str) -> None:
    got = score(text, at(ctx, QUESTIONS))
    assert flag in got.red_flags
    assert got.total <= CAP


CLEAN = [
    # Asking for a CV to be passed on is no demand.
    (
        VANS,
        "Thank you. The van trial is why I applied. Would you be happy to pass my CV to the "
        "routing lead? I'm glad to stay in the process either way.",
    ),
    # Saying they'd stay: "only" of something else, no countdown.
    (
        LIBRARY,
        "Yes. The oral-history project is lovely. I've been at the county archive for six "
        "months and then moved to the parish records, which taught me a lot. Who leads "
        "digital archives?",
    ),
    (
        VANS,
        "Thanks. I'd happily start straight away on the shifts, and I'd love a chat with "
        "someone in route optimisation too. My planner cut mileage by 15%.",
    ),
]


@pytest.mark.parametrize(("ctx", "text"), CLEAN)
def test_plain_answers_stay_unflagged(ctx: Context, text: str) -> None:
    assert score(text, at(ctx, QUESTIONS)).red_flags == []


# -- pay asked about: a figure or words of pay answer it, a pivot that never does ignores it --

PAY_LINES = (
    "What are you hoping to earn in this job?",
    "Before we finish, what salary range are you looking for?",
    "Sorry, short on time: how much would you expect to be paid?",
)


@pytest.mark.parametrize("line", PAY_LINES)
@pytest.mark.parametrize(
    "text",
    [
        "Somewhere around 24 to 26 thousand, though I'm flexible. The van trial is why I "
        "applied, and my route planner cut mileage by 15%. Could I talk to someone in route "
        "optimisation some time?",
        "I'd hope for the going rate for shift leads here, and I'm open to discuss it. May I ask "
        "who leads route optimisation?",
    ],
)
def test_pay_answered(line: str, text: str) -> None:
    got = score(text, at(VANS, line))
    assert got.line_kind == "pay"
    assert "ignores_interviewer" not in got.red_flags


@pytest.mark.parametrize("line", PAY_LINES)
def test_pay_ignored_by_a_pitch(line: str) -> None:
    text = (
        "Thank you for asking. The electric van trial in Bristol is what drew me here. I do my "
        "best work in route optimisation; my planner cut my team's mileage by 15%. Could you "
        "introduce me to someone there? I'm happy to stay in the process."
    )
    got = score(text, at(VANS, line))
    assert "ignores_interviewer" in got.red_flags
    assert got.total <= CAP


# -- shapes: a labelled list answers no question; an unfilled template is no other interview --


@pytest.mark.parametrize(
    "line", ["Where do you see yourself in five years?", "Why did you apply for this one?"]
)
def test_labelled_list_answers_no_question(line: str) -> None:
    text = (
        "Enthusiasm: van trial, Bristol, electric. Honest fit: route optimisation, I do my best "
        "work there. Proof: Python planner, 15% mileage. Ask: one name. Door: open."
    )
    assert "ignores_interviewer" in score(text, at(VANS, line)).red_flags


def test_unfilled_template_is_no_other_interview() -> None:
    text = (
        "Yes, thank you! I've loved reading about [project], especially [detail]. While the "
        "counter is mostly lending, I do my best work in digital archives. For example, I "
        "[proof]. Could you introduce me to [name] there? I'm happy to continue in the process."
    )
    got = score(text, at(LIBRARY, QUESTIONS))
    assert "template" in got.gaming
    assert got.red_flags == []


def test_own_field_named_with_a_negative_word_judges_nothing() -> None:
    ctx = Context(
        "Paymark",
        "Collections agent",
        "fraud and risk analytics",
        "their open fraud-rule library",
        "an anomaly model that placed second at a hackathon",
        "If I offered you this job today, would you take it?",
    )
    text = (
        "Honestly, I'd give collections a proper go. But it isn't where I do my best work; "
        "that's fraud analytics, which is why your open rule library caught my eye. Could I "
        "meet someone in risk early on? And may I keep in touch either way?"
    )
    assert "disparages_role" not in score(text, ctx).red_flags


# -- lines read by their kind in more words ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("We don't really have openings in digital archives right now.", "no_openings"),
        ("Honestly we do not currently have vacancies in archives.", "no_openings"),
        ("Why libraries?", "why_applied"),
        ("So why the counter?", "why_applied"),
    ],
)
def test_line_read_by_its_kind(line: str, kind: str) -> None:
    assert score("Thank you.", at(LIBRARY, line)).line_kind == kind


@pytest.mark.parametrize(
    "opener",
    [
        "Okay, fair enough, and thanks for being candid.",
        "Right, understood.",
        "Oh, I see.",
        "Thanks for your honesty.",
    ],
)
def test_a_curveball_taken_up_after_an_acknowledging_word(opener: str) -> None:
    line = "Archives is two people and they never take on graduates. So?"
    text = (
        f"{opener} I'm not after a job there. I'd still love to hear how they started, since "
        "the oral-history project is what drew me here. Could I mention your name if I write "
        "to one of them? And may I keep in touch with you?"
    )
    assert "ignores_interviewer" not in score(text, at(LIBRARY, line)).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "Yes, thanks. Perhaps he could ring me when he has a vacancy?",
        "Lovely, thank you. Let me know if they have any openings soon.",
    ],
)
def test_a_job_waited_for_through_the_person_is_a_job_ask(text: str) -> None:
    line = "I could mention you to Priya, who runs digital archives. Would that help?"
    got = score(text, at(LIBRARY, line))
    assert got.total <= 13
    assert got.elements["E5"] <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. The oral-history project is why I'm here. I'd be a better fit in digital "
        "archives, where my parish-records pipeline fits. If somebody in archives could spare "
        "twenty minutes for a call, I'd be grateful. I'm happy to stay in the process.",
        "Thank you. The oral-history project is why I'm here. I'd be a better fit in digital "
        "archives. If one of the archivists would have time for a coffee, I'd really value it.",
    ],
)
def test_a_conditional_ask_naming_someone_is_an_ask(text: str) -> None:
    assert score(text, at(LIBRARY, QUESTIONS)).elements["E5"] == 2


def test_a_job_asked_as_a_request_is_half_an_ask() -> None:
    text = (
        "Because the library is a good place and reading is my passion. I'm not so much for the "
        "counter, my interest is archives. Please tell me if there is any vacancy in archives."
    )
    got = score(text, at(LIBRARY, "Why do you want to work at Fernhill?"))
    assert got.elements["E5"] == 1


def test_a_labelled_keyword_list_keeps_its_ones() -> None:
    # Labels and keywords to a question: it ignores the line, and each labelled part still
    # earns its 1 (nothing for timing or delivery), like any labelled list.
    text = (
        "Enthusiasm: oral history, miners, passion. Honest fit: archives, I do my best work "
        "there. Proof: digitisation, 3,000 parish records. Ask: a name. Follow-up: keep in touch."
    )
    got = score(text, at(LIBRARY, "Where do you see yourself in five years?"))
    assert "ignores_interviewer" in got.red_flags
    assert got.elements["E8"] == 0
    assert 3 <= got.raw_total <= 7
