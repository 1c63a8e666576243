"""Blind counsellor review 26 (the coach's note on the student's own answer), each finding as
a kind, in wordings of our own:

1. A quote shown for an element is the sentence that earned it, in that element's shape: a
   remark on their question ("Good question, thanks for asking.") is no reply to it, a request
   is never quoted as enthusiasm, and a sentence naming who they'd talk to is the ask, never
   timing.
2. What the student is told to keep holds no slip: a slip is shown with its repair, and an area
   said as a team's name ("the demand modelling for energy network team") is not handed back.
5. A part said only in part is told in a whole sentence about what they wrote.
6. The coach's suggested version read back is named as that, and praised for nothing.
7. The note never says the interviewer asked what they did not ask.
8. Nothing inside a sarcastic answer is praised, not even a polite ask.
9. "Keep this one, with a small fix" always names the fix.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse

GRID = Context(
    company="Larkspur Energy",
    role="Billing Advisor",
    target="grid forecasting",
    draws="their smart-meter trial in Leeds",
    evidence="I built a demand forecast for my halls laundry rooms",
    last_line="Do you have any questions for us?",
)


def note_of(ctx: Context, answer: str, pasted: bool = False) -> str:
    result = in_round(analyse(answer, ctx).score, {})
    return to_plain(coach_note(result, ctx, answer, pasted=pasted)[0])


def worked_lines(note: str) -> list[str]:
    """The quotes under "What worked", one per line."""
    if "What worked" not in note:
        return []
    block = note.split("What worked", 1)[1].split("\n\n", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


# -- 1: each quote is the sentence that earned its element --------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["Good question, thanks for asking.", "That's a really fair question.", "Great question!"],
)
def test_a_remark_on_their_question_is_never_quoted_as_the_reply(opening: str) -> None:
    ctx = replace(GRID, last_line="So what made you apply to us?")
    answer = (
        f"{opening} What pulls me to Larkspur Energy is your smart-meter trial in Leeds. "
        "My best work is in grid forecasting, though. Could you point me to someone on the "
        "forecasting side?"
    )
    lines = worked_lines(note_of(ctx, answer))
    assert lines, answer
    assert not any(opening.split()[0] in line for line in lines), lines


@pytest.mark.parametrize(
    "answer",
    [
        "Oh brilliant, yes please, id really like an intro. Who heads that team?",
        "Yes! I would love an introduction, thank you. Who runs forecasting there?",
    ],
)
def test_a_request_is_never_quoted_as_enthusiasm_for_the_company(answer: str) -> None:
    ctx = replace(GRID, last_line="Our forecasting team is hiring, shall I put you in touch?")
    for line in worked_lines(note_of(ctx, answer)):
        if "(enthusiasm for the company)" in line:
            quote = line.split('"')[1]
            assert re.search(r"\b(your|you|Larkspur)\b", quote), line
            assert not re.search(r"\b(intro|introduction)\b", quote, re.I), line


@pytest.mark.parametrize(
    "answer",
    [
        "Hmm probably someone in grid forecasting, maybe the team lead. id be glad of an intro "
        "if that works",
        "Most likely whoever heads the forecasting team. I'd really value an introduction.",
    ],
)
def test_naming_who_is_never_quoted_as_timing(answer: str) -> None:
    ctx = replace(GRID, last_line="Who in particular would you want to talk to?")
    for line in worked_lines(note_of(ctx, answer)):
        assert "(timing)" not in line or not re.search(r"someone|whoever", line), line


# -- 2: what they are told to keep holds no slip ------------------------------------------------

SLIPPED = (
    "Yes, thank you. I was so interest in your smart-meter trial in Leeds. Honestly the billing "
    "role is not where I shine, my strength is grid forecasting. I built a demand forecast for "
    "my halls laundry rooms that cut queues by half. Could you introduce me to someone in the "
    "demand modelling for energy network team? I'm glad to stay in the process, and may I keep "
    "in touch?"
)


def test_a_slip_in_what_worked_is_shown_with_its_repair() -> None:
    note = note_of(GRID, SLIPPED)
    for line in worked_lines(note):
        if "so interest in" in line:
            assert "so interested in" in line, line
    version, _ = stronger_parts(GRID, SLIPPED)
    plain = to_plain(version)
    assert plain.startswith("Keep this one"), plain
    for line in plain.splitlines():
        if "so interest in" in line:
            assert "so interested in" in line, line


def test_an_area_said_as_a_team_name_is_never_handed_back() -> None:
    note = note_of(GRID, SLIPPED)
    plain = to_plain(stronger_parts(GRID, SLIPPED)[0])
    for said in (note, plain):
        assert "energy network team" not in said, said


# -- 5: a part said in part, told in a whole sentence -------------------------------------------


def test_a_part_said_in_part_is_told_in_a_whole_sentence() -> None:
    ctx = replace(GRID, last_line="Who in particular would you want to talk to?")
    answer = "Probably Dana, who leads grid forecasting, since my laundry forecast is that work."
    note = note_of(ctx, answer)
    assert "half there" not in note and "you named who;" not in note, note
    assert "Your ask is partly there: you named who you'd like to talk to" in note, note
    assert '?".' not in note, note


# -- 6: the suggested version read back ---------------------------------------------------------


def test_the_suggested_version_read_back_is_named_and_never_praised() -> None:
    answer = "Thanks! Honestly billing isnt where I shine, I am better at forecasting."
    version = to_plain(stronger_parts(GRID, answer)[0])
    note = note_of(GRID, version, pasted=True)
    assert "suggested version read back" in note, note
    assert "What worked" not in note and "Also there" not in note, note
    assert "Keep it as it is" not in note, note


# -- 7: never an interviewer line that did not happen --------------------------------------------


def test_who_asked_without_why_is_never_said_to_have_asked_why() -> None:
    ctx = replace(GRID, last_line="Who in particular would you want to talk to?")
    note = note_of(ctx, "Anyone really, I am easy. I just want a job in energy.")
    assert "make time" not in note, note
    asked_why = replace(ctx, last_line="Who in particular, and why would they see you?")
    assert "make time" in note_of(asked_why, "Anyone really, I am easy. I just want a job.")


def test_the_plain_reply_to_no_openings_thanks_them_only_for_what_they_did() -> None:
    ctx = replace(GRID, last_line="To be honest, forecasting has no openings this year.")
    note = note_of(ctx, "Oh wow, what a shock, nobody ever has openings. Great. Amazing.")
    assert "asking around" not in note, note


# -- 8: nothing inside a sarcastic answer is praised --------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Oh wow, sure, because obviously billing is SO thrilling. Yeah put me in touch with "
        "whoever runs forecasting I guess, could you?",
        "Sure, because answering bill complaints all day is my lifelong dream lol. Could you "
        "just introduce me to the forecasting lead then?",
    ],
)
def test_nothing_inside_a_sarcastic_answer_is_praised(answer: str) -> None:
    ctx = replace(GRID, last_line="Our forecasting team is hiring, shall I put you in touch?")
    note = note_of(ctx, answer)
    assert "What worked" not in note, note


# -- 9: "with a small fix" names the fix --------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        SLIPPED,
        "Yes, thanks. Your smart-meter trial in Leeds is the reason I applied. To be honest the "
        "billing role isnt my strength, forecasting is, I built a demand forecast for my halls. "
        "Could you introduce me to someone in grid forecasting? I'm glad to stay in the "
        "process, and may I keep in touch?",
    ],
)
def test_a_small_fix_is_always_named(answer: str) -> None:
    plain = to_plain(stronger_parts(GRID, answer)[0])
    if plain.startswith("Keep this one, with a small fix"):
        # (to_plain draws the note's "- " bullets as "•": either is the fix, named.)
        assert re.search(r'^[-•] (Say ".+" as ".+"|And when you say it again, say)', plain, re.M), (
            plain
        )


# -- 3: the plan's ask is never "I didn't spot a clear ask" --------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, thank you. My strongest work is in grid forecasting. Is there a team at Larkspur "
        "Energy doing that kind of work?",
        "Thanks, yes. Where do you think someone with my background could add the most at "
        "Larkspur Energy?",
    ],
)
def test_the_plan_ask_begun_is_never_called_unspotted(answer: str) -> None:
    note = note_of(GRID, answer)
    assert "I didn't spot a clear ask" not in note, note
    assert "Your ask is partly there: you asked where that work happens" in note, note


# -- 4: a fresh reason for the company, on a later line, is credited -----------------------------

FIRST = (
    "Do you have any questions for us?",
    "Thanks, yes. Your smart-meter trial in Leeds is why I applied. Honestly I do my best work "
    "in grid forecasting. Could you point me to someone in forecasting?",
)


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (
            "Ideally whoever runs forecasting. On top of that, I admire that Larkspur Energy "
            "publishes its outage data openly.",
            "a fresh reason for Larkspur Energy",
        ),
        (
            "Most likely the forecasting lead, and your open outage map is one more reason I'd be "
            "proud to work there.",
            # Before review 26b this answer was quoted for enthusiasm by credit carried from
            # the round; on its own it is credited as new, quoted where its reason starts, as
            # the clause it is (issue 10/11: never capitalised into a sentence they did not say).
            'a fresh reason for Larkspur Energy, "…your open outage map is one more reason',
        ),
    ],
)
def test_a_new_reason_for_the_company_is_credited_as_new(answer: str, said: str) -> None:
    ctx = replace(
        GRID,
        last_line="Happy to help. Who in particular would you want to talk to?",
        earlier=(FIRST,),
    )
    earlier = {"E2": 2, "E3": 2, "E5": 2}
    result = in_round(analyse(answer, ctx).score, earlier)
    note = to_plain(coach_note(result, ctx, answer, earlier=earlier)[0])
    assert said in note or "(enthusiasm for the company)" in note, note
    assert "didn't call for enthusiasm" not in note, note
    assert "Covered earlier: you covered why this company" not in note, note


# -- the stronger version answers "why apply?" once -----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Good question. I applied because your smart-meter trial in Leeds impressed me. My "
        "strength is grid forecasting. Could you point me to someone in forecasting?",
        "I applied mainly because I admire Larkspur Energy's smart-meter trial. Honestly I'm "
        "better at forecasting than billing. Who could I talk to in forecasting?",
    ],
)
def test_their_own_reason_for_applying_is_never_said_twice(answer: str) -> None:
    ctx = replace(GRID, last_line="What made you apply for this job?")
    plain = to_plain(stronger_parts(ctx, answer)[0])
    assert len(re.findall(r"\bI applied\b", plain)) <= 1, plain


def test_phone_shorthand_left_after_cleaning_is_never_shown_as_how_to_say_it() -> None:
    answer = (
        "ya thx. tbh billing not rly my thing, forecasting is. cud u point me to sum1 in "
        "forecasting?"
    )
    note = note_of(GRID, answer)
    assert "sum1" not in note.split("What worked", 1)[-1].split("\n\n", 1)[0], note
