"""Blind counsellor review 24 (rehearsal feedback built on the student's answer), each finding as
a kind, in wordings of our own (none of the reviewer's sentences):

1. One source of truth per line kind for what it calls for: a reply is never told both "this
   line didn't call for X" and that X is missing or half there; a part the moment gives only in
   half is never "not called for"; asked whether they would take the job, the open door is called
   for; the round's summary counts the same.
2. A sentence that belittles the role is never what worked, nor kept to say again.
3. Casual, phone-typed enthusiasm with something the student did is read as why this company.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, said_points, stronger_parts, unhedged_words
from flows.pivot.practice import in_round
from flows.pivot.rubric import ELEMENTS, SHORT_NAMES
from flows.pivot.scoring import Context, analyse

HARBOUR = Context(
    company="Saltmarsh Energy",
    role="Field Sales Representative",
    target="battery performance analytics",
    draws="their open grid-balancing reports",
    evidence="I modelled charge cycles for my university's solar car team",
    last_line="Do you have any questions for us?",
)


def _read(line: str, answer: str, ctx: Context = HARBOUR) -> tuple[str, str, int]:
    """(note, stronger version, total shown) after one answer to ``line``."""
    ctx = replace(ctx, last_line=line)
    a = analyse(answer, ctx)
    result = in_round(a.score, {})
    note, add = coach_note(result, ctx, answer, analysis=a)
    version, _ = stronger_parts(ctx, answer, a, total=result.total, add=add)
    return to_plain(note), to_plain(version), result.total


def _not_called(note: str) -> set[str]:
    """The parts the note says the line didn't call for."""
    found = re.search(r"didn't call for (.+?); your reply", note)
    if not found:
        return set()
    return {e for e in ELEMENTS if SHORT_NAMES[e] in found.group(1)}


def _to_add(note: str) -> str:
    """The "thing(s) to add" block of a note."""
    found = re.search(r"(?:One thing|Two things) to add\n(.*?)(?:\n\n|$)", note, re.S)
    return found.group(1) if found else ""


# What the add-block says for each part, missing or half there.
_ADD_WORDS = {
    "E2": ("why this company", "why Saltmarsh"),
    "E3": ("honest word about fit", "honest fit"),
    "E4": ("proof", "bridge"),
    "E6": ("door open",),
}

NARROW = [
    (
        "Look, I've got to run in a couple of minutes. Anything quick?",
        "Just one thing: is there a person in your battery analytics group I could email for "
        "advice? I'd really appreciate a name.",
    ),
    (
        "Nothing else is open at the moment, I'm afraid.",
        "Understood, thank you for being straight with me. Might there be someone on the battery "
        "analytics side I could ask for advice? I'll gladly stay in the running for this post.",
    ),
    (
        "Funny you say that: our battery analytics lead is a friend. Want me to put you two in "
        "touch?",
        "Oh, yes please, that's really kind! What does her team look after day to day?",
    ),
    (
        "Suppose we offered you the post tomorrow. Would you accept?",
        "I'd want a night to weigh it up, honestly. Could you name someone in battery analytics "
        "I might write to?",
    ),
]


@pytest.mark.parametrize(("line", "answer"), NARROW)
def test_a_reply_is_never_told_a_part_was_not_called_for_and_is_missing(
    line: str, answer: str
) -> None:
    note, _, _ = _read(line, answer)
    add = _to_add(note)
    for e in _not_called(note):
        for words in _ADD_WORDS.get(e, ()):
            assert words not in add, (e, note)


@pytest.mark.parametrize(
    "line",
    [
        "Look, I've got to run in a couple of minutes. Anything quick?",
        "Nothing else is open at the moment, I'm afraid.",
    ],
)
def test_a_part_given_only_in_half_is_never_said_not_called_for(line: str) -> None:
    # Minutes left, or nothing else open: why this company is given in half, so it is still
    # called for, in a few words; the note never says the line didn't call for it.
    note, _, _ = _read(line, NARROW[0][1])
    assert "E2" not in _not_called(note), note


def test_asked_if_they_would_take_the_job_the_open_door_is_called_for() -> None:
    line = NARROW[3][0]
    answer = (
        "I'd want a night to weigh it up, honestly. My strongest work is with data rather than "
        "sales. Could you name someone in battery analytics I might write to, and may I follow "
        "up with you next week?"
    )
    ctx = replace(HARBOUR, last_line=line)
    a = analyse(answer, ctx)
    note, _, _ = _read(line, answer)
    assert "E6" not in _not_called(note), note
    assert "E6" not in a.score.granted  # no open door they never opened
    assert "door open" in _to_add(note) or "keeping the door open" in _to_add(note), note


def test_the_round_summary_gives_no_point_for_a_part_not_called_for() -> None:
    # What the note says the line did not call for is never counted as theirs in the summary.
    line, answer = NARROW[0]
    ctx = replace(HARBOUR, last_line=line)
    a = analyse(answer, ctx)
    result = in_round(a.score, {})
    note, _ = coach_note(result, ctx, answer, analysis=a)
    said = said_points(a.score, list(result.granted), a)
    for e in _not_called(to_plain(note)):
        assert said[e] == 0, (e, said)


# -- 2: a sentence that belittles the role is never what worked ---------------------------------

BELITTLING = [
    "I couldn't do door-to-door selling every day, honestly. I modelled charge cycles for my "
    "university's solar car team. Might I talk to someone in battery analytics?",
    "Cold calling for years would drive me mad. I modelled charge cycles for my university's "
    "solar car team. Who could I ask about the battery analytics side?",
]


@pytest.mark.parametrize("answer", BELITTLING)
def test_a_sentence_that_belittles_the_role_is_never_praised_or_kept(answer: str) -> None:
    note, version, _ = _read(HARBOUR.last_line, answer)
    first = answer.split(". ")[0]
    worked = note.split("What worked", 1)[1].split("\n\n", 1)[0] if "What worked" in note else ""
    assert first not in worked, note
    assert "honest fit" not in worked and "when you say it again" not in worked, note
    assert "Also there" not in note or "honest fit" not in note.split("Also there", 1)[1], note
    assert first not in version, version
    assert "where you do your best work" in note, note  # told what to say instead
    a = analyse(answer, HARBOUR)
    result = in_round(a.score, {})
    assert said_points(a.score, list(result.granted), a)["E3"] == 0  # nor counted as theirs


# -- 3: casual, phone-typed enthusiasm with something they did is why this company ------------

CASUAL_KEEN = [
    "ive been on saltmarsh's grid app since uni n the reports got me reading about storage. "
    "i do my best work w data tbh. who on battery analytics could i message?",
    "been using saltmarsh for like 3 yrs, the grid-balancing reports r the reason i started "
    "modelling batteries. is there anyone in battery analytics i could chat to?",
]


@pytest.mark.parametrize("answer", CASUAL_KEEN)
def test_casual_enthusiasm_with_use_is_why_this_company(answer: str) -> None:
    note, _, _ = _read(HARBOUR.last_line, answer)
    worked = note.split("What worked", 1)[1].split("\n\n", 1)[0] if "What worked" in note else ""
    also = note.split("Also there", 1)[1].split("\n\n", 1)[0] if "Also there" in note else ""
    # Quoted, or (phone shorthand no repair is certain for) credited without a quote.
    # Credited as quoted, as said back mended ("For enthusiasm for the company, what you said
    # works; when you say it again: ...", r1), or without a quote.
    assert (
        "(enthusiasm for the company)" in worked
        or "For enthusiasm for the company," in worked
        or "enthusiasm for the company" in also
    ), note
    assert "why this company" not in _to_add(note), note
    # Said once in the round, a later answer is never told it was not spotted.
    a = analyse(answer, HARBOUR)
    earlier = said_points(a.score, list(in_round(a.score, {}).granted), a)
    assert earlier["E2"] == 2, earlier
    line = "Nothing else is open at the moment, I'm afraid."
    ctx = replace(HARBOUR, last_line=line)
    later = "Understood. Could you point me to someone in battery analytics for advice?"
    b = analyse(later, ctx)
    result = in_round(b.score, earlier)
    later_note, _ = coach_note(result, ctx, later, earlier=earlier, analysis=b)
    assert "didn't spot why" not in to_plain(later_note), to_plain(later_note)


# -- 2b: a red flag is named by what it is ------------------------------------------------------

ULTIMATUMS = [
    "Put me on battery analytics by spring or I'm out.",
    "I'll stay only if it's battery analytics, otherwise I'm done with this interview.",
]


@pytest.mark.parametrize("answer", ULTIMATUMS)
def test_an_ultimatum_is_never_called_an_offer_to_leave_early(answer: str) -> None:
    note, _, total = _read(HARBOUR.last_line, answer)
    assert total <= 5, note
    assert "end the interview early" not in note, note
    assert "ultimatum" in note or "makes staying depend on one" in note, note


# -- 4: a next step never asks for a pivot the answer already made -----------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Honestly, numbers suit me more than selling does. I modelled charge cycles for my "
        "university's solar car team. alright.",
        "Data work is more where I shine than sales, to be fair. I modelled charge cycles for my "
        "university's solar car team. fine.",
    ],
)
def test_the_next_step_never_asks_for_a_pivot_already_made(answer: str) -> None:
    line = "Our battery analytics people are recruiting. Shall I connect you with their head?"
    note, _, _ = _read(line, answer)
    step = note.split("Next step:", 1)[1]
    assert "then make your pivot" not in step, note


# -- 4b: what to leave out is the hedge, never the start of a sentence -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps somebody on the storage side who model the cells, such as an analyst or that "
        "team's manager.",
        "Maybe a person in your grid team that handle the forecasts, like the lead or an analyst.",
    ],
)
def test_a_hedge_cut_never_leaves_a_fragment(sentence: str) -> None:
    words, kept = unhedged_words(sentence)
    first = sentence.split()[0]
    assert words == first, words  # only the hedging word goes
    assert "," not in words, words
    if kept:
        assert not re.match(r"(?i)(such as|like)\b", kept), kept


# -- 2c: a sentence that keeps the door open is never praised as timing -------------------------


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (
            "Say we made you an offer this afternoon. Would you accept?",
            "I'd be, in all honesty, happy to keep the conversation going. My strongest work is "
            "with data rather than sales.",
        ),
        (
            "Look, I've got to run in a couple of minutes. Anything quick?",
            "I'm still really pleased to keep chatting. Could you name someone in battery "
            "analytics?",
        ),
    ],
)
def test_a_door_open_sentence_is_never_labelled_timing(line: str, answer: str) -> None:
    note, _, _ = _read(line, answer)
    first = answer.split(". ")[0]
    worked = note.split("What worked", 1)[1].split("\n\n", 1)[0] if "What worked" in note else ""
    for row in worked.splitlines():
        if first[:30] in row:
            assert "(timing)" not in row, note
