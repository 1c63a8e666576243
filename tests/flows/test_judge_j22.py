"""Three judge findings of issue 11 (j22), each said here in words of its own, at a ferry operator.

1. Contractions: a rule written with "'d", "'ll", "'s", "'re" or "'m" must fire where a student
   writes the contraction ("that'd crush my soul", "the sales side's not suiting me", "where I'd
   be useful"), not only where the long form is typed.
2. An introduction offered by the interviewer: a warm yes with a question is complete for that
   moment, so its score and its note agree; and within a round, what a line asks for again is
   said again, never carried from an earlier turn.
3. A sneer at the interviewer is rewritten as a plain, warm reply to what they just said.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import feedback
from flows.pivot.practice import in_round
from flows.pivot.reading import Reading
from flows.pivot.rubric import ELEMENTS
from flows.pivot.scoring import Context, Score, classify_line, score

FERRY = Context(
    company="Skerry Isles Ferries",
    role="ticket sales assistant",
    target="route scheduling",
    draws="the new winter timetable for the outer islands",
    evidence="the rota tool I built for our rowing club",
)
QUESTIONS = "Before we wrap up, is there anything you'd like to ask me?"
OFFER = "Our scheduling team is short of people, as it happens. Would you like me to introduce you?"
WHO = "Who in particular would you want to meet?"
EVERYTHING = dict.fromkeys(ELEMENTS, 2)  # an earlier turn of the round that said it all


def at(line: str) -> Context:
    return Context(FERRY.company, FERRY.role, FERRY.target, FERRY.draws, FERRY.evidence, line)


def judged(line: str, text: str) -> tuple[Score, str]:
    result = score(text, at(line))
    return result, feedback(result, at(line), text)


# -- 1. rules written with a contraction fire on the contraction ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Selling ferry tickets eight hours a day? Honestly, that'd crush my soul. I want "
        "scheduling.",
        "Thanks. Answering the same refund questions all day, it'll numb my brain. Is there a "
        "scheduling team?",
        "Pitching cabin upgrades all day long? That'll melt my brain, to be honest.",
    ],
)
def test_suffering_said_with_a_contraction_disparages_the_role(text: str) -> None:
    result = score(text, at(QUESTIONS))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= 5, result


@pytest.mark.parametrize(
    ("group", "text"),
    [
        # "'s" written after a noun: the rule's "(is|are|'s)".
        ("fit", "Honestly the sales side's not really suiting me."),
        ("fit", "Timetabling's much more my cup of tea than selling."),
        ("fit", "I'm not sure this desk job's right for me."),
        # "'d" or "'re" after a space in the rule ("where i (could|'d)", "you (are|'re)").
        ("fit", "I think I'd do much better work on the scheduling side."),
        ("bridge", "Scheduling is where I'd be useful, given the rota tool."),
        ("door_open", "I'm happy to carry on and see whether I'm right for this role."),
        ("self_sabotage", "Honestly it's probably a waste of time, but here goes."),
        ("sneer", "Clearly you're far too busy to listen, so never mind."),
        ("accept_plain", "Oh, that's really kind of you."),
        ("accept_plain", "Thank you, that'd mean a lot."),
        ("anyone", "Anyone's fine really, whoever has a minute."),
    ],
)
def test_a_rule_fires_on_the_contraction_it_was_written_for(group: str, text: str) -> None:
    assert Reading(text.lower()).hits(group), (group, text)


def test_a_sceptics_line_with_a_contraction_is_a_prove_it_moment() -> None:
    assert classify_line("Why'd anyone on the scheduling team give you an hour?") == "prove_it"


def test_the_long_forms_still_fire() -> None:
    assert Reading("answering refunds all day would crush my soul.").hits("disparage")
    assert Reading("scheduling is where i would be useful.").hits("bridge")
    assert Reading("clearly you are too busy to listen.").hits("sneer")


@pytest.mark.parametrize(
    "text",
    [
        # The same words, with no harm done by the role: no flag.
        "That'd suit me well, and I'll bring my rota tool along to show the team.",
        "I'll crush it in scheduling, I think: my rota tool saved our club hours.",
    ],
)
def test_contractions_without_the_harm_are_not_flagged(text: str) -> None:
    result = score(text, at(QUESTIONS))
    assert "disparages_role" not in result.red_flags, result


# -- 2. an introduction offered: the score and the note agree; a line's own ask is said again ---

OFFERS = (
    OFFER,
    "I could put you in touch with Morag, who runs our sailing schedules. Shall I?",
)


@pytest.mark.parametrize("line", OFFERS)
@pytest.mark.parametrize(
    "text",
    [
        "Oh, I'd really like that, thanks so much! What is the team working on this winter?",
        "That would be brilliant, thank you. Who should I address my email to?",
        "yes pls, thank u!! whats the best way to reach them?",
    ],
)
def test_a_warm_yes_with_a_question_is_ready_and_its_note_names_nothing_missing(
    line: str, text: str
) -> None:
    result, note = judged(line, text)
    assert result.line_kind == "floated_team" and not result.red_flags, result
    assert result.total >= 14 and result.band == "ready", result
    # Complete for the moment: never "didn't spot" staying in touch beside a Ready.
    assert "didn't spot" not in note and "stay in touch" not in note, note
    assert "Ready" in note, note
    # ... and earlier turns cannot lift it past what it said: the follow-up is this answer's.
    assert in_round(result, EVERYTHING).elements["E7"] == result.elements["E7"]


def test_a_yes_that_also_asks_to_stay_in_touch_is_not_marked_down() -> None:
    text = (
        "Yes please, that's very generous. Who leads it, and may I drop you a note next week "
        "to say how it went?"
    )
    result = score(text, at(OFFER))
    assert result.total >= 15 and result.elements["E7"] == 2, result
    assert in_round(result, EVERYTHING).total == 16


def test_a_bare_yes_to_an_offer_still_gets_nothing_free() -> None:
    # The other side: without a question it is not the whole moment, and nothing is granted.
    result = score("Oh! Yes, okay, thanks very much.", at(OFFER))
    assert not result.granted and result.total <= 9, result
    assert result.elements["E7"] == 0, result


@pytest.mark.parametrize(
    ("line", "element", "text"),
    [
        # Asked why they applied: an earlier turn's reason does not answer it now.
        (
            "So what made you apply to us in the first place?",
            "E2",
            "I like ferries and the job was near home, so I applied. Scheduling is really where "
            "I'd love to end up though.",
        ),
        # Told the move takes time: whether they stay in the process is this answer's to say.
        (
            "I should be honest: moving across into route scheduling here takes time. Is that "
            "okay with you?",
            "E6",
            "Sure, that makes sense. Who would be the best person to ask about it?",
        ),
    ],
)
def test_what_a_line_asks_for_again_is_not_carried_from_earlier_turns(
    line: str, element: str, text: str
) -> None:
    result = score(text, at(line))
    assert result.answered and result.elements[element] < 2, result
    shown = in_round(result, EVERYTHING)
    assert shown.elements[element] == result.elements[element], shown
    assert shown.total < 16, shown
    # Nor does anything else (review 26b, B1): earlier turns never add to this answer's points.
    assert shown.elements == result.elements, shown


# -- 3. a sneer is rewritten as the plain, warm reply to that moment -------------------------


def next_step(note: str) -> str:
    return next(line for line in note.splitlines() if "Next step" in line)


@pytest.mark.parametrize(
    ("line", "text", "says"),
    [
        (
            WHO,
            "Meet? Gosh, whoever you can squeeze in, I'm sure you're terribly important.",
            ("Whoever leads route scheduling", "Thank you"),
        ),
        (
            OFFER,
            "Fine, go on then, though I am sure you are much too busy to bother sending it.",
            ("Yes please", "Who leads"),
        ),
        (
            QUESTIONS,
            "Questions? Oh sure, just what I always wanted, more questions. Who plans the routes?",
            ("Is there someone in route scheduling", "thank you"),
        ),
    ],
)
def test_a_sneer_is_rewritten_as_a_warm_reply_to_the_line(
    line: str, text: str, says: tuple[str, ...]
) -> None:
    result, note = judged(line, text)
    assert "disparages_role" in result.red_flags, result
    step = next_step(note)
    assert "without the joke" in step, step
    for words in says:
        assert words in step, step
    # Never a sentence about the role the interviewer did not mention.
    assert "isn't where I do my best work" not in step, step
    assert FERRY.role not in step, step
