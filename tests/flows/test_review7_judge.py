"""Review 7 (the rules judge): a request to be given or hired into a job elsewhere is a demand
on any line; a bare one- or two-word reply is a reply and nothing more; a lightly edited paste
of the plan's script, recited to a line it does not answer, is a recital."""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.scoring import CAP, Context, recites_earlier, score

HARBOUR = Context(
    company="Northgate Harbour Trust",
    role="Visitor Centre Assistant",
    target="marine ecology",
    draws="their seagrass restoration beds",
    evidence="a seagrass survey of 40 quadrats for my dissertation that mapped two new beds",
)
INTRO = "Actually, another team here might suit you better. Want me to connect you with them?"
OFFER = "If I offered you this job today, would you take it?"
WHO = "Fine. Who exactly? Give me a name or a team."
PLAN_LINE = "(the plan)"
PLAN = (
    "I'm really excited about Northgate Harbour Trust, especially their seagrass restoration "
    "beds. I know this role is in the visitor centre, and I'd give it my best. My real passion "
    "is marine ecology: I did a seagrass survey of 40 quadrats for my dissertation that mapped "
    "two new beds. Would you be open to me following up with someone in marine ecology after "
    "today? I'd love to stay in touch whatever happens."
)
STRONGER = (
    "I've spent two summers volunteering on the shoreline clean-ups along the estuary, and the "
    "monitoring side of it is what I keep coming back to in the evenings."
)


def at(line: str, earlier: tuple[tuple[str, str], ...] = ()) -> Context:
    c = HARBOUR
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line, earlier)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # Quoted: on an intro offer, asking to be given the other team's job instead.
        (
            INTRO,
            "Yes. Can you just give me a job on that team instead of this one? I'd rather be "
            "hired there.",
        ),
        # Other wordings, on other kinds of line.
        (INTRO, "Sure, but honestly just offer me a role in ecology instead, that's simpler."),
        (OFFER, "Only if you hire me onto the ecology team instead of the visitor centre."),
        (
            "Tell me about yourself.",
            "I studied marine biology. I'd rather be placed in your ecology team than here, so "
            "could you give me a position there instead?",
        ),
    ],
)
def test_asking_to_be_given_a_job_elsewhere_is_a_demand(line: str, text: str) -> None:
    result = score(text, at(line))
    assert "demands_job" in result.red_flags, result
    assert result.total <= CAP, result
    assert result.band != "ready", result


@pytest.mark.parametrize("text", ["no", "No.", "nope", "not really", "yes", "Yes!", "yeah"])
@pytest.mark.parametrize(
    "line", [OFFER, "Are you still interested in this role, or are you withdrawing?"]
)
def test_a_bare_reply_is_credited_as_a_reply_only(line: str, text: str) -> None:
    result = score(text, at(line))
    assert result.elements["E1"] <= 1, result
    assert all(result.elements[e] == 0 for e in result.elements if e != "E1"), result
    assert not result.granted, result
    assert result.total <= 1, result


def test_a_short_warm_reply_with_a_reason_is_not_bare() -> None:
    result = score("Honestly, no, because my heart is in marine ecology.", at(OFFER))
    assert result.elements["E1"] == 2, result


@pytest.mark.parametrize(
    "text",
    [
        # A few words changed and a sentence dropped, naming no one.
        "I'm so excited about Northgate Harbour Trust, especially their seagrass restoration "
        "beds. I know this job is in the visitor centre, and I'd give it my best. My real "
        "passion is marine ecology: I did a seagrass survey of 40 quadrats for my dissertation "
        "that mapped two new beds. Would you be open to me following up with someone in marine "
        "ecology after today?",
        # The middle dropped, the ask lightly reworded.
        "I'm really excited about Northgate Harbour Trust, especially their seagrass restoration "
        "beds. My real passion is marine ecology: I did a seagrass survey of 40 quadrats for my "
        "dissertation that mapped two new beds. Would you be open to me following up with "
        "someone in marine ecology after today? I'd love to stay in touch whatever happens.",
        # Spliced from the plan and the stronger version shown earlier: neither alone is most
        # of it, together they are all of it.
        "I'm really excited about Northgate Harbour Trust, especially their seagrass restoration "
        "beds. I know this role is in the visitor centre, and I'd give it my best. I've spent "
        "two summers volunteering on the shoreline clean-ups along the estuary, and the "
        "monitoring side of it is what I keep coming back to in the evenings.",
    ],
)
def test_a_lightly_edited_plan_recital_to_who_exactly_is_capped(text: str) -> None:
    earlier = ((PLAN_LINE, PLAN), ("Tell me about yourself.", STRONGER))
    assert recites_earlier(text, at(WHO, earlier))
    result = score(text, at(WHO, earlier))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP, result
    note = feedback(result, at(WHO, earlier), text)
    assert "repeats what you said earlier" in note
    # It names no one: the note never says both that it doesn't say who and that it did.
    assert "you named who" not in note


def test_an_answer_to_who_exactly_that_reuses_the_plan_is_no_recital() -> None:
    earlier = ((PLAN_LINE, PLAN), ("Tell me about yourself.", STRONGER))
    text = (
        "Ideally whoever leads the seagrass monitoring in marine ecology, because my "
        "dissertation survey of 40 quadrats mapped two new beds. I'd love to stay in touch "
        "whatever happens."
    )
    assert not recites_earlier(text, at(WHO, earlier))
