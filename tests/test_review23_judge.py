"""Review 23 of the rules judge (issue 11, round j30): six kinds a blind counsellor found still
wrong, each said here in wordings of its own, at a library service.

1. "Would you accept it?" met only with words that say an answer is coming ("sorry, I honestly
   don't know how to respond"): no timing credit, nothing free, and earlier turns cannot lift it.
2. The offer weighed honestly, with where they fit and a wish to stay in touch: solid, never
   flagged as ignoring the line.
3. Honest fit in plain formal English ("I believe I would be most valuable in X") is honest fit,
   and the stronger version keeps the student's own line instead of adding one of ours.
4. A warm yes to an introduction with a question about the team is complete for that moment:
   what earlier turns said never lowers it, and staying in touch is not asked for again.
5. A credit rests on the student's words: a pivot written for another organisation is praised
   for nothing, and a reply the note says misses the question is never "answered their line".
6. A run of fillers before a clean question costs the delivery, not the ask.
"""

from __future__ import annotations

import pytest

from flows.pivot.feedback import coach_note, feedback, stronger_version
from flows.pivot.practice import in_round
from flows.pivot.rubric import ELEMENTS
from flows.pivot.scoring import Context, analyse, score

LIBRARY = Context(
    company="Larkspur Libraries",
    role="Customer Service Assistant",
    target="digital archives",
    draws="their oral-history recording project",
    evidence="I digitised 400 parish records for the county archive",
)
OFFER = "Say we offered you the desk job this week - would you accept it?"
INTRO = "Our archives manager is looking for help, funnily enough. Shall I introduce you?"
OPEN = "That's all from me. What would you like to ask us?"
WHO = "Who exactly would you want to speak to?"
# An earlier turn of the round that said everything (timing and delivery are each answer's own).
EVERYTHING = dict.fromkeys(ELEMENTS, 2)
SHOWN = {e: 2 for e in ELEMENTS if e not in ("E1", "E8")}


def at(line: str) -> Context:
    c = LIBRARY
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. a flustered non-answer to "would you accept it?" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oh my, sorry, that's quite a question. Larkspur is such a lovely place, sorry, I honestly "
        "don't know how to respond to that.",
        "Um, wow, tough one. Sorry. I'm not sure how I'd even begin, sorry, it's a great library.",
        "Ah, gosh, that's a big one, sorry! I'm not sure what to say, you've all been so kind.",
    ],
)
def test_a_dodge_of_the_offer_earns_no_timing_and_nothing_free(text: str) -> None:
    result = score(text, at(OFFER))
    assert not result.red_flags, result  # it heard the line: evasive, not a canned script
    assert result.elements["E1"] == 0, result
    assert not result.granted and not result.answered, result
    # What earlier turns said cannot make it solid: it is scored alone.
    merged = in_round(result, EVERYTHING)
    assert merged.total == result.total <= 3, merged
    note, _ = coach_note(merged, at(OFFER), text, earlier=SHOWN)
    assert "doesn't answer their question" in note, note
    assert "(timing)" not in note, note


def test_an_unsure_answer_with_a_reason_is_still_an_answer() -> None:
    text = "Honestly, I'm not sure I would, because my best work is in digital archives."
    result = score(text, at(OFFER))
    assert result.elements["E1"] == 2 and result.answered, result


# -- 2. the offer weighed honestly ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'd want a couple of days to mull it over, since my strongest work is in digital "
        "archives, but I'd be glad to stay in touch with the archives team.",
        "Honestly, I'd need the weekend to think it through, as digital archives is where I'm "
        "strongest, and I'd love to stay in contact with your archive people.",
    ],
)
def test_an_offer_weighed_with_a_reason_and_a_follow_up_is_solid(text: str) -> None:
    result = score(text, at(OFFER))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2 and result.elements["E3"] == 2, result
    assert result.total >= 12 and result.band == "solid", result


@pytest.mark.parametrize(
    "first",
    [
        "I'd want a couple of nights to think about it.",
        "Truthfully, I would give the offer proper consideration.",
    ],
)
def test_the_stronger_version_keeps_their_own_weighing_of_the_offer(first: str) -> None:
    text = (
        f"{first} My strengths lie more in digital archives. Could I speak to someone in "
        "digital archives before I decide?"
    )
    result = score(text, at(OFFER))
    version = stronger_version(at(OFFER), text, analyse(text, at(OFFER)), total=result.total)
    assert version.startswith(first), version  # their answer first, not ours in front of it
    assert "think hard about it" not in version, version


def test_a_day_to_weigh_it_up_answers_the_offer() -> None:
    text = "I'd ask for a day to weigh it up, since digital archives is where I'm strongest."
    result = score(text, at(OFFER))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2, result


# -- 3. honest fit in formal English -----------------------------------------------------------


@pytest.mark.parametrize(
    "fit",
    [
        "I would do my best work nearer to digital archives.",
        "I believe I would be most valuable in digital archives.",
        "I think I'd flourish more on the digital archives side.",
        "My skills would be better applied in digital archives.",
        "I feel I'd be of greater use in digital archives.",
    ],
)
def test_formal_honest_fit_counts_and_the_stronger_version_keeps_it(fit: str) -> None:
    text = (
        "Thank you. Your oral-history recording project is why I applied. "
        f"{fit} I digitised 400 parish records for the county archive. Is there someone in "
        "digital archives you'd suggest I speak to?"
    )
    result = score(text, at(OPEN))
    assert result.elements["E3"] == 2, result
    version = stronger_version(at(OPEN), text, analyse(text, at(OPEN)), total=result.total)
    assert fit in version, version
    assert "isn't where I do my best work" not in version, version


@pytest.mark.parametrize(
    "text",
    [
        "I would do my best work here at Larkspur, and I'd be happy to stay in the process.",
        "I work best under pressure, so the desk suits me.",
        "I would be most useful in this customer service role.",
    ],
)
def test_doing_their_best_in_this_role_is_no_fit_statement(text: str) -> None:
    assert score(text, at(OPEN)).elements["E3"] == 0


# -- 4. a warm yes to an introduction, with a question --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gosh, yes, I'd really appreciate that! What sort of projects is the team working on?",
        "That's so kind, thank you - yes please! Is there anything I should read before I meet "
        "them?",
    ],
)
def test_a_warm_yes_with_a_question_is_not_lowered_nor_asked_for_more(text: str) -> None:
    result = score(text, at(INTRO))
    assert result.granted and result.total >= 14, result
    merged = in_round(result, EVERYTHING)
    assert merged.total == result.total, merged  # never 13 after a turn that said it all
    note, _ = coach_note(merged, at(INTRO), text, earlier=SHOWN)
    assert "stay in touch" not in note and "Staying in touch" not in note, note
    assert "Ready" in note, note


# -- 5. credits rest on the student's own words --------------------------------------------------


def test_a_pivot_written_for_another_organisation_is_praised_for_nothing() -> None:
    text = (
        "Thank you. What drew me to Hollins Museum is their touring dinosaur exhibition, and I do "
        "my best work in exhibit design: I built a scale model that won a student prize. Could "
        "you point me to someone in exhibit design? I'm glad to stay in the process."
    )
    result = score(text, at(OPEN))
    assert "ignores_interviewer" in result.red_flags, result
    note = feedback(result, at(OPEN), text)
    assert "What worked" not in note, note
    assert "(the ask)" not in note, note


def test_a_dodge_is_never_told_it_answered_their_line() -> None:
    text = "Well, sorry, good question. I'm not sure, I'd be happy to stay in touch."
    result = score(text, at(OFFER))
    note = feedback(result, at(OFFER), text)
    assert "answered their line" not in note, note
    assert "doesn't answer their question" in note, note


# -- 6. fillers before a clean question ---------------------------------------------------------

PIVOT = (
    "Thanks. Your oral-history project is why I'm here, and I do my best work in digital "
    "archives. {ask} I'd be glad to stay in the process, and may I keep in touch?"
)


def test_a_hesitant_run_before_a_clean_question_costs_delivery_not_the_ask() -> None:
    plain = score(
        PIVOT.format(ask="Is there someone in digital archives I could speak to?"), at(OPEN)
    )
    hesitant = score(
        PIVOT.format(
            ask="Uh, so, yeah, I guess I was sort of hoping, if that's alright, perhaps, is "
            "there someone in digital archives I could speak to?"
        ),
        at(OPEN),
    )
    assert plain.elements["E5"] == hesitant.elements["E5"] == 2, hesitant
    assert hesitant.elements["E8"] == 0 < plain.elements["E8"], hesitant


def test_fillers_inside_the_question_still_halve_the_ask() -> None:
    text = PIVOT.format(ask="Could I, um, like, maybe speak to someone in digital archives?")
    assert score(text, at(OPEN)).elements["E5"] == 1
