"""Blind counsellor review 12b (feedback), each finding as a kind, in wordings of our own:

1. The round's progress counts only points the student said (a quote of their answer), never
   points a narrow moment granted (``said_points``).
2. A quote is shown for an element only when the quoted sentence itself carries it: a nod is no
   reply to the line, a wish to learn is no proof, an offer weighed is no "door open"; the
   element is then credited without a quote ("Also there ...").
3. For an answer that only asks for a job, the next step follows the pivot's order: why them,
   fit and proof come before the closing courtesies.
4. The stronger version to a yes-or-no line keeps the student's own answer to it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, said_points, stronger_parts
from flows.pivot.rubric import SHORT_NAMES
from flows.pivot.scoring import Context, analyse, score

BASE = Context(
    company="Larkspur Energy",
    role="Billing Administrator",
    target="grid forecasting",
    draws="their open demand-forecast maps",
    evidence="I wrote a rota model that cut overtime by 25%",
    last_line="",
)


def _note(line: str, answer: str) -> str:
    ctx = replace(BASE, last_line=line)
    return to_plain(feedback(score(answer, ctx), ctx, answer))


def _worked(note: str) -> list[str]:
    """The quotes of "What worked", one a line ("" when there are none)."""
    if "What worked" not in note:
        return []
    part = note.split("What worked", 1)[1].strip("\n").split("\n\n", 1)[0]
    return [line for line in part.splitlines() if line.strip()]


# -- 1: progress counts what was said ---------------------------------------------------------


def test_a_narrow_reply_earns_no_progress_for_parts_it_never_said() -> None:
    ctx = replace(BASE, last_line="Who in particular would you want to talk to?")
    answer = "Ideally whoever runs grid forecasting."
    result = score(answer, ctx)
    said = said_points(result, result.granted, analyse(answer, ctx))
    # Honest fit, proof, door open: none of them is in these six words.
    for element in ("E2", "E3", "E4", "E6", "E7"):
        assert said[element] == 0, (element, result.elements, result.quotes)


def test_a_full_answer_keeps_the_points_it_said() -> None:
    ctx = replace(BASE, last_line="Do you have any questions for us?")
    answer = (
        "Thank you, yes. Your open demand-forecast maps are why I applied. To be honest, billing "
        "isn't where I do my best work; I'm at my best in grid forecasting. I wrote a rota model "
        "that cut overtime by 25%. Is there someone in grid forecasting you'd suggest I talk to?"
    )
    result = score(answer, ctx)
    said = said_points(result, result.granted, analyse(answer, ctx))
    assert said["E3"] == result.elements["E3"] == 2
    assert said["E5"] == result.elements["E5"] == 2


# -- 2: a quote carries its element's meaning -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "answer", "never"),
    [
        (
            "We don't have any other openings right now.",
            "I see. Could you point me to whoever builds your demand-forecast maps?",
            ('"I see."',),
        ),
        (
            "What draws you to us?",
            "Your open demand-forecast maps are superb. I'm curious how the team uses the "
            "smart-meter data. Could I speak to someone in forecasting?",
            ("curious how the team uses the smart-meter data",),
        ),
        (
            "Suppose we offered you this job today. Would you say yes?",
            "Truthfully I'd need to mull it over. My strongest work is in grid forecasting; I "
            "wrote a rota model that cut overtime by 25%.",
            ('mull it over." (door open)',),
        ),
    ],
)
def test_a_sentence_is_quoted_only_for_what_it_says(
    line: str, answer: str, never: tuple[str, ...]
) -> None:
    note = _note(line, answer)
    for quote in never:
        assert not any(quote in item for item in _worked(note)), note


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (
            "Suppose we offered you this job today. Would you say yes?",
            "Truthfully I'd need to mull it over. My strongest work is in grid forecasting; I "
            "wrote a rota model that cut overtime by 25%.",
        ),
        (
            "What draws you to us?",
            "Your open demand-forecast maps are superb. I'm curious how the team uses the "
            "smart-meter data. Could I speak to someone in forecasting?",
        ),
    ],
)
def test_every_part_at_full_marks_is_credited_quoted_or_not(line: str, answer: str) -> None:
    ctx = replace(BASE, last_line=line)
    result = score(answer, ctx)
    note = to_plain(feedback(result, ctx, answer))
    also = note.split("Also there", 1)[1].split("\n")[0] if "Also there" in note else ""
    credited = "\n".join(_worked(note)) + also
    for element in ("E2", "E3", "E4", "E5", "E6", "E7"):
        if result.elements[element] == 2 and element not in result.granted:
            assert SHORT_NAMES[element] in credited, (element, note)


# -- 3: a job-only ask: the pivot's order -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We only have five minutes left.",
        "Suppose we offered you this job today. Would you say yes?",
        "We don't have any other openings right now.",
    ],
)
def test_a_job_only_ask_is_told_why_them_before_staying_in_touch(line: str) -> None:
    note = _note(line, "Are there any forecasting roles open atm??")
    step = note.split("Next step:", 1)[1]
    assert "stay in touch" not in step and "stayed in touch" not in step, note
    assert "keeps the door open" not in step, note
    assert "Larkspur" in step or "honest" in step or "example" in step, note


# -- 4: the stronger version keeps their answer to a yes-or-no line ---------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Yeah I would, the demand-forecast maps are a big part of why I'm here.",
        "Absolutely, I'd accept. My heart is in grid forecasting though.",
        "I'd say yes. I do my best work in forecasting.",
    ],
)
def test_a_yes_is_kept_in_the_stronger_version(answer: str) -> None:
    # A yes is kept when the role fits; to a role that is not their target the version weighs
    # it instead (review 16b, tests/flows/test_feedback_review16b.py).
    ctx = replace(BASE, last_line="Suppose we offered you this job today. Would you say yes?")
    version, _ = stronger_parts(ctx, answer, role_fits=True)
    plain = to_plain(version)
    assert "think hard" not in plain and "think it over" not in plain, plain
    assert plain.startswith("Yes"), plain


def test_an_unsure_answer_keeps_the_unsure_reply() -> None:
    ctx = replace(BASE, last_line="Suppose we offered you this job today. Would you say yes?")
    version, _ = stronger_parts(ctx, "Hmm, I'm honestly not sure. Forecasting is my thing.")
    assert not to_plain(version).startswith("Yes"), version


def test_a_no_is_never_turned_into_a_yes() -> None:
    ctx = replace(BASE, last_line="Suppose we offered you this job today. Would you say yes?")
    version, _ = stronger_parts(ctx, "Probably not, my heart is in grid forecasting.")
    plain = to_plain(version)
    assert not plain.startswith("Yes") and "think hard" not in plain, plain
