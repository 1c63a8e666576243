"""Blind counsellor review 11b (rehearsal), each finding as a kind:

1. No sentence of a stronger version repeats a slip of the student's English, and it never
   stacks two hedges or openers ("Honestly, ..." then "To be honest, ...").
2. Every feedback sentence agrees with the score's own elements and the line's kind: nothing
   scored 0 is praised, an open line is never said not to call for an element, and an answer
   that asks for a job is not told it answered their line first.
3. The interviewer never says the student's casual words back, never asks for what the round
   already gave, and a new round opens with another line than the last.
4. The stronger version takes what it says from this answer when it has its own, and never
   holds a bracketed instruction.
5. An unflagged low score is shown as what it is, never "Start again" or "Needs rework".
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.markup import to_plain
from flows.pivot import judge_eval
from flows.pivot.feedback import feedback, stronger_parts, stronger_version
from flows.pivot.interviewer import PERSONAS, SCEPTICAL, next_line, opening
from flows.pivot.rubric import SHORT_NAMES
from flows.pivot.scoring import Context, analyse, classify_line, rules, score
from flows.pivot.typed import good_english, slips

DATA = Path(__file__).resolve().parents[1] / "data"
LABELLED = [item for path in sorted(DATA.glob("judge_*.yaml")) for item in judge_eval.load(path)]

OPEN = "Before we wrap up, is there anything you'd like to ask me?"
TAKE = "If we offered you the position this afternoon, would you accept?"
HEDGES = re.compile(
    r"\b(?:honestly|to be (?:honest|frank)|frankly|in all honesty|truthfully)\b", re.I
)
NORDLICHT = Context(
    company="Nordlicht Energie",
    role="Customer Support Agent",
    target="energy data analytics",
    draws="I enjoy so much your heat-pump tariff for renters",
    evidence="In my internship I built a model that cut forecast error by 12%.",
    last_line=OPEN,
)
# A non-native speaker's answer: every sentence carries its point, and three carry a slip.
SECOND_LANGUAGE = (
    "Thank you, yes. I enjoy very much your heat-pump tariff, it is more cheap than the "
    "others. To be honest the support role is not my best fit, I am more happy when I work "
    "with numbers. In my internship I built a model that cut forecast error by 12%. Is there "
    "someone in energy data analytics I could talk to? I am glad to stay in the process."
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _said(version: str) -> list[str]:
    """The sentences a version hands the student to say: the quoted lines of "Keep this one",
    or the version's own sentences."""
    plain = to_plain(version)
    kept = re.findall(r'^• "(.*)"', plain, re.M)
    return kept if plain.startswith("Keep this one") else _sentences(plain)


# -- 1: no slip handed back, one hedge at most ------------------------------------------------


def test_the_new_slip_kind_is_known_and_plain_comparatives_are_not() -> None:
    assert slips("it is more cheap than the others") == ["more cheap"]
    assert slips("I am more happy when I work with numbers") == ["more happy"]
    assert slips("we signed more small businesses than last year") == []
    assert slips("I'd be more useful in analytics") == []


def test_a_second_language_answer_is_never_handed_back_with_its_slips() -> None:
    version = to_plain(stronger_version(NORDLICHT, SECOND_LANGUAGE))
    for sentence in _sentences(version):
        assert slips(sentence) == [], sentence
    assert "very much your" not in version and "so much your" not in version
    assert "more cheap" not in version and "more happy" not in version
    # Their own proof stays, in clean words.
    assert "12%" in version


def test_a_ready_answer_never_keeps_a_sentence_with_a_slip_to_say_as_it_is() -> None:
    answer = (
        "Yes, thank you. I admire very much your heat-pump tariff for renters, because it makes "
        "the switch affordable. The support role is not where I do my best work; I am at my best "
        "in energy data analytics. In my internship I built a model that cut forecast error by "
        "12%. Is there someone in your energy data team you'd suggest I talk to? I'm glad to "
        "stay in the process, and may I follow up by email next week?"
    )
    version = stronger_version(NORDLICHT, answer, total=15)
    assert to_plain(version).startswith("Keep this one")
    for sentence in _said(version):
        assert good_english(sentence) and not slips(sentence), sentence


def test_no_stronger_version_of_a_labelled_answer_repeats_a_slip_or_stacks_hedges() -> None:
    for item in LABELLED:
        said = _said(stronger_version(item.ctx, item.text))
        for sentence in said:
            assert slips(sentence) == [], (item.id, sentence)
        hedged = [s for s in said if HEDGES.search(s)]
        assert len(hedged) <= 1, (item.id, hedged)
        assert "[" not in " ".join(said), item.id


def test_would_you_accept_gets_one_hedge_and_no_echoed_opener() -> None:
    ctx = Context(
        company="Nordlicht Energie",
        role="Customer Support Agent",
        target="energy data analytics",
        draws="your heat-pump tariff for renters",
        last_line=TAKE,
    )
    for answer in (
        "I'm not sure, to be frank.",
        "Honestly? Probably not, my heart is in data.",
        "Yes, thank you. Thank you for asking.",
    ):
        said = _sentences(to_plain(stronger_version(ctx, answer)))
        assert len([s for s in said if HEDGES.search(s)]) <= 1, said
        openers = [s for s in said if re.match(r"(?i)(yes|thank you|thanks)\b", s)]
        assert len(openers) <= 1, said


# -- 2: feedback agrees with the score and the line ---------------------------------------------


def _praised(note: str) -> list[str]:
    """The elements the note's "What worked" quotes are labelled with."""
    names = {name: element for element, name in SHORT_NAMES.items()}
    found = re.findall(r'^• ".*" \((.+)\)$', to_plain(note), re.M)
    return [names[n] for n in found if n in names]


def test_feedback_on_every_labelled_answer_agrees_with_its_score_and_its_line() -> None:
    for item in LABELLED:
        result = score(item.text, item.ctx)
        note = to_plain(feedback(result, item.ctx, item.text))
        for element in _praised(note):
            assert result.elements[element] > 0, (item.id, element, note)
        moment = rules().by_name.get(result.line_kind)
        if moment is None or not moment.grants:
            assert "didn't call for" not in note, (item.id, result.line_kind, note)


@pytest.mark.parametrize("persona", PERSONAS)
def test_an_open_line_is_never_said_not_to_call_for_the_pivot(persona: str) -> None:
    answer = "Yes. Is there someone in energy data analytics I could talk to?"
    for seed in range(6):
        line = opening(persona, NORDLICHT, seed)
        ctx = replace(NORDLICHT, last_line=line)
        result = score(answer, ctx)
        if rules().by_name[result.line_kind].grants:
            continue  # a narrow opener ("five minutes left"): the moment may grant
        assert "didn't call for" not in to_plain(feedback(result, ctx, answer))


def test_an_answer_that_asks_for_a_job_is_not_told_it_answered_first() -> None:
    for answer in (
        "Are there any analyst vacancies I could move into instead?",
        "Do you have any open data roles, maybe in forecasting? I am good with numbers.",
    ):
        result = score(answer, NORDLICHT)
        note = to_plain(feedback(result, NORDLICHT, answer))
        assert "answered their line first" not in note, note
        assert "advice or a name" in note  # said once, by the note on asking for a job


def test_asking_how_to_apply_for_the_team_they_floated_is_not_a_job_demand() -> None:
    floated = "Funnily enough, our tariffs analytics team is hiring. Shall I put you in touch?"
    ctx = replace(NORDLICHT, last_line=floated)
    answer = (
        "Yes please, that's very kind. Should I apply online and mention your name, or would an "
        "email introduction suit you better?"
    )
    note = to_plain(feedback(score(answer, ctx), ctx, answer))
    assert "not a job" not in note
    assert "Ask for advice or a name" not in note


def test_below_ready_the_next_step_is_never_keep_it_as_it_is() -> None:
    for item in LABELLED:
        result = score(item.text, item.ctx)
        if result.total >= 14:
            continue
        note = to_plain(feedback(result, item.ctx, item.text))
        assert "Keep it as it is" not in note, (item.id, result.total)


# -- 3: the interviewer's memory of the round ------------------------------------------------


def test_the_interviewer_never_says_casual_words_back() -> None:
    answers = (
        "Thanks. I love your heat-pump tariff. Could I talk to someone on the podcast stuff?",
        "Cheers. Is there anyone doing the data things I could chat with?",
        "Great, thanks. Could I speak to someone in your social media kinda team?",
    )
    for persona in PERSONAS:
        for answer in answers:
            for seed in range(4):
                line = next_line(persona, 1, answer, NORDLICHT, seed, [OPEN]) or ""
                for casual in ("stuff", "things", "kinda"):
                    assert casual not in line, (persona, answer, line)


def test_the_interviewer_never_asks_for_what_the_round_already_gave() -> None:
    answer = "Thank you. Could I talk to someone in energy data analytics, maybe the pricing team?"
    for seed in range(12):
        line = next_line(
            SCEPTICAL,
            2,
            answer,
            NORDLICHT,
            seed,
            [OPEN],
            conversation="c1",
            round_no=seed,
            shown={"E2": 2, "E3": 2, "E4": 2},
        )
        kind = classify_line(line or "")
        assert kind not in ("prove_it", "what_work", "what_know", "why_applied"), line


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_new_round_opens_with_another_line_than_the_last(persona: str) -> None:
    for seed in range(20):
        first = opening(persona, NORDLICHT, seed)
        second = opening(persona, NORDLICHT, seed, avoid=[first])
        assert second != first
        assert second.rsplit(". ", 1)[-1] != first.rsplit(". ", 1)[-1]


# -- 4: this answer's own details, and no brackets ----------------------------------------------


def test_this_answers_own_reason_wins_over_an_earlier_one() -> None:
    earlier = (
        (OPEN, "Thanks, yes. I really admire your community solar scheme for council estates."),
    )
    ctx = Context(
        company="Nordlicht Energie",
        role="Customer Support Agent",
        target="energy data analytics",
        last_line="Why did you apply for this role, then?",
        earlier=earlier,
    )
    answer = "I applied because I am very interesting in your heat-pump tariff for renters."
    version, notes = stronger_parts(ctx, answer)
    said = to_plain(version)
    assert "community solar scheme" not in said
    assert any("your own reason" in to_plain(note) for note in notes)


@pytest.mark.parametrize(
    "line",
    [
        "What's the last book you read?",
        "How do you feel about working weekends?",
        "Tell me about a time you disagreed with your manager.",
    ],
)
def test_a_line_of_any_kind_gets_no_bracket_in_the_stronger_version(line: str) -> None:
    ctx = replace(NORDLICHT, last_line=line)
    for answer in ("", "Is there someone in data I could talk to?", SECOND_LANGUAGE):
        version, notes = stronger_parts(ctx, answer, analyse(answer, ctx))
        assert "[" not in to_plain(version)
        assert version or notes  # never nothing: a version, or a note asking for their part


# -- 5: the band of an unflagged low score ---------------------------------------------------


def test_an_unflagged_low_score_says_what_it_means() -> None:
    answer = "Yes, thanks. I like your heat-pump tariff. What is the team like?"
    result = score(answer, NORDLICHT)
    assert not result.red_flags and result.total <= 5
    note = to_plain(feedback(result, NORDLICHT, answer))
    heading = note.splitlines()[0]
    assert "Start again" not in heading and "rework" not in heading
    assert f"{result.total}/16 means" in note


def test_a_line_worded_elsewhere_keeps_the_rounds_memory() -> None:
    from flows.pivot.interviewer import fits_round

    answer = "Honestly the podcast stuff is more me. I edited 40 episodes of our uni show."
    reading = analyse(answer, NORDLICHT)
    assert not fits_round("So the podcast stuff lead, huh? Who is that?", answer, reading)
    # What the round already gave is not asked for again, in any wording.
    assert not fits_round(
        "And what have you actually done in that area?", answer, reading, {"E4": 2}
    )
    assert fits_round("We don't have any other openings right now.", answer, reading)


def test_a_reply_short_of_ready_is_never_told_to_keep_it_as_it_is_on_a_later_turn() -> None:
    ctx = replace(
        NORDLICHT,
        last_line="I could introduce you to our pricing lead. What would you want from them?",
    )
    answer = "I think yes, maybe, but my strongest work is in data. I would like to stay in touch."
    result = score(answer, ctx)
    shown = {"E2": 2, "E3": 2, "E4": 2, "E5": 2, "E6": 2}
    note = to_plain(feedback(result, ctx, answer, earlier=shown))
    assert result.total < 14
    assert "Keep it as it is" not in note
    assert "Next step:" in note
