"""Blind counsellor review of the rehearsal's stronger version and the round summary (issue 11,
g27), each finding as a kind, in wordings of our own:

1. A line to say aloud is good English: the common slips of a second language in a result told
   at setup (a thing done said with "was" and the bare verb, "a model for detect ...", a count
   with no plural, "it get", a score with no article) are written as meant, never handed back.
6. The round's summary comes from the same per-answer credits each note showed: a part quoted
   or "also there" counts in full, a part "half there" counts half (scripted conversation 970:
   a part the first line called for is never "not called for this round").
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, said_points, stronger_parts
from flows.pivot.rubric import SHORT_NAMES
from flows.pivot.scoring import Context, analyse
from flows.pivot.typed import good_english, repair

BRIDGES = Context(
    company="Arup",
    role="Site Administrator",
    target="computer vision for inspections",
    draws="your drone inspection of the Forth bridges",
    evidence="",
    last_line="Do you have any questions for us?",
)


def version_of(ctx: Context, answer: str) -> str:
    version, _ = stronger_parts(ctx, answer)
    return to_plain(version)


# -- 1: a result told with second-language slips is said in good English ------------------------


@pytest.mark.parametrize(
    ("evidence", "said", "never"),
    [
        (
            "During my internship I was build a CNN for detect crack in bridge photos, it get "
            "0.91 F1 score",
            ("I built a CNN to detect cracks in bridge photos", "reached a 0.91 F1 score"),
            ("was build", "for detect", "detect crack ", "it get", "got 0.91"),
        ),
        (
            "For my final project we were develop a model for classify defect on concrete "
            "images and it get 0.88 dice score",
            ("we developed a model to classify defects on concrete images", "a 0.88 Dice score"),
            ("were develop", "for classify", "defect on", "it get"),
        ),
        (
            "I was train a classifier for recognise corrosion on steel beams",
            ("I trained a classifier to recognise corrosion on steel beams",),
            ("was train", "for recognise", "corrosions"),
        ),
    ],
)
def test_a_result_typed_with_slips_is_said_as_meant(
    evidence: str, said: tuple[str, ...], never: tuple[str, ...]
) -> None:
    plain = version_of(replace(BRIDGES, evidence=evidence), "No, not really.")
    for words in said:
        assert words in plain
    for words in never:
        assert words not in plain


@pytest.mark.parametrize(
    "typed",
    [
        "I was design a dashboard for the warehouse team",
        "In my thesis I used a U-Net for segment tumour in MRI scans",
        "It get 0.8 IoU score on the test images",
        "Our detector got 0.93 test score.",
    ],
)
def test_those_slips_are_never_taken_for_good_english(typed: str) -> None:
    assert not good_english(typed)
    assert good_english(repair(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "I was part of the robotics society.",
        "I trained a model to detect fraud in card payments.",
        "It reached 92% accuracy.",
        "The pipeline was built by our team.",
        "A U-Net model segmented the scans.",
    ],
)
def test_good_english_is_left_as_it_is(typed: str) -> None:
    assert good_english(typed)
    assert repair(typed) == typed


# -- 6: the round's summary counts what each note showed -----------------------------------------

FERRIES = Context(
    company="Harbourline Ferries",
    role="booking agent",
    target="fleet scheduling",
    draws="the electric ferry",
    evidence="",
    last_line="Before we finish, is there anything you'd like to ask us?",
)


@pytest.mark.parametrize(
    "answer",
    [
        "Thank you. The electric ferry on the Skye route is why I applied. I think scheduling "
        "could suit me too. Is there someone in fleet scheduling you would suggest I talk to?",
        "Yes. Your electric ferry is great. I am more of a planner than a booker honestly. Who "
        "leads scheduling?",
        "Thanks! Quick one: which team does the timetables for the new routes?",
    ],
)
def test_each_part_counts_in_the_summary_as_its_note_showed_it(answer: str) -> None:
    a = analyse(answer, FERRIES)
    score = a.score
    note, _ = coach_note(score, FERRIES, answer)
    counted = said_points(score, list(score.granted), a)
    for e in ("E2", "E3", "E4", "E5", "E6", "E7"):
        name = SHORT_NAMES[e]
        also = note.split("Also there")[1].split("\n")[0] if "Also there" in note else ""
        if f"({name})" in note or name in also:
            assert counted[e] == 2, (e, note)
        if f"{name[:1].upper()}{name[1:]}: half there" in note:
            assert counted[e] == 1, (e, note)
        # Never more than the answer's own points: the summary shows no growth it did not make.
        assert counted[e] <= score.elements[e]
    # Nothing credited in the note is counted as missing, and a half is never counted as none.
    assert all(counted[e] == score.elements[e] for e in score.elements if e not in score.granted)


# -- 2: the version keeps what they did well and holds what the note told them to add ----------

REINSURER = Context(
    company="Meridian Re",
    role="claims handler",
    target="climate risk modelling",
    draws="your flood model for coastal towns",
    evidence="I mapped flood claims for 300 homes in my dissertation",
    last_line="So what made you apply for claims, then?",
)


def test_the_version_says_each_thing_the_note_named_to_add() -> None:
    answer = "Good question. I mapped flood claims for 300 homes in my dissertation."
    a = analyse(answer, REINSURER)
    note, add = coach_note(a.score, REINSURER, answer)
    plain = version_of_adding(REINSURER, answer, add)
    words = {
        "E3": "isn't where I do my best work",
        "E5": "talk to",
        "E6": "stay in the process",
        "E7": "stayed in touch",
    }
    for element in add:
        if element in words:
            assert words[element] in plain, (element, note, plain)


@pytest.mark.parametrize("named", [["E7"], ["E6", "E7"], ["E3", "E7"]])
def test_a_part_named_to_add_is_never_left_out_of_a_short_plan(named: list[str]) -> None:
    # An offer of an introduction: the plan is short (the thanks, then the follow-up), and what
    # the note named is said all the same.
    ctx = replace(REINSURER, last_line="I could introduce you to our climate risk lead. Want that?")
    plain = version_of_adding(ctx, "Yes please, that would be amazing.", named)
    if "E6" in named:
        assert "stay in the process" in plain
    if "E7" in named:
        assert "stayed in touch" in plain or "follow up" in plain
    if "E3" in named:
        assert "isn't where I do my best work" in plain


def test_their_proof_is_said_once_and_their_question_kept() -> None:
    answer = "Good question. I mapped flood claims for 300 homes in my dissertation. Who leads climate risk?"
    plain = version_of_adding(REINSURER, answer, ["E3", "E6"])
    assert plain.count("I mapped flood claims for 300 homes") == 1
    assert "Who leads climate risk?" in plain
    # The thing they did is their proof, never their reason for the company.
    assert "What draws me to Meridian Re is your flood model for coastal towns." in plain


def version_of_adding(ctx: Context, answer: str, add: list[str]) -> str:
    version, _ = stronger_parts(ctx, answer, add=add)
    return to_plain(version)


# -- 3: a "keep" note names only what the version shows -----------------------------------------

PODCASTS = Context(
    company="soundwave",
    role="customer support associate",
    target="podcast partnerships",
    draws="how they backed indie shows this yr",
    evidence="i host a uni radio show, 30 eps, 2k listeners/mo",
    last_line="Before we finish, is there anything you'd like to ask us?",
)


def test_a_figure_left_out_of_the_version_is_never_kept_in_it() -> None:
    answer = (
        "yes!! really admire how soundwave backed indie shows. ive run sponsor reads for my show "
        "for 3 yrs tbh. who leads partnerships?"
    )
    version, notes = stronger_parts(PODCASTS, answer)
    plain = to_plain(version)
    for note in notes:
        if note.startswith("Keep "):
            # Every figure a "keep" note names is in the version shown.
            for figure in re.findall(r"\d[\d,.]*", note):
                assert figure in plain, (note, plain)
    # Their figure is never lost: in the version itself (its sentence said in full now that
    # "yrs" is written out, w30), or named in a note to keep; never as "yrs".
    assert "3 years" in plain or any("3 years" in note for note in notes), (plain, notes)
    assert "yrs" not in plain and not any("yrs" in note for note in notes)


# -- 5: repairs finished: names written as names, sentences with their subject, rates in words --


def test_lines_to_say_are_whole_sentences_with_the_name_written_right() -> None:
    answer = (
        "Yes. really admire how soundwave backed indie shows this year. Who leads partnerships?"
    )
    plain = version_of(PODCASTS, answer)
    assert "I really admire how Soundwave backed indie shows this year." in plain
    assert "2,000 listeners a month" in plain
    for never in ("/mo", "soundwave", " uni ", "eps", "Really admire"):
        assert never not in plain


# -- 4: an introduction asked for in a sentence is an ask ----------------------------------------

OFFERED = replace(
    PODCASTS,
    company="Soundwave",
    last_line="Who in particular would you want to talk to?",
)


@pytest.mark.parametrize(
    "answer",
    [
        "Whoever runs podcast partnerships, since I've produced 40 episodes of my own show. An "
        "email introduction to them will be great.",
        "The partnerships lead, because I book sponsors for my show. I'd really appreciate an "
        "intro by email.",
    ],
)
def test_an_introduction_asked_for_is_never_asked_for_again(answer: str) -> None:
    a = analyse(answer, OFFERED)
    note, _ = coach_note(a.score, OFFERED, answer)
    assert "Now ask for it" not in note
    assert "didn't spot a clear ask" not in note
    assert "named who; now ask it" not in note


# -- 7: a lone word is never quoted as what worked -----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Yes. Your electric ferry is great. I am more of a planner than a booker honestly. Who "
        "leads scheduling?",
        "Sure! Which team plans the fleet timetables, and who leads it?",
    ],
)
def test_what_worked_never_quotes_a_lone_word(answer: str) -> None:
    a = analyse(answer, FERRIES)
    note, _ = coach_note(a.score, FERRIES, answer)
    for line in note.splitlines():
        quoted = re.match(r'- "([^"]*)" \(', line)
        if quoted:
            assert len(quoted.group(1).split()) > 2, line
    assert '"Yes." (timing)' not in note
    assert '"Sure!" (timing)' not in note


# -- 8: a plan to leave within months is named first ---------------------------------------------

OFFER = replace(
    PODCASTS,
    company="Soundwave",
    last_line="If we offered you this job today, would you take it?",
)


@pytest.mark.parametrize(
    ("answer", "plan"),
    [
        (
            "Yes of course, I adore this support role! But after six month I will probably leave "
            "for partnerships.",
            "after six month I will probably leave",
        ),
        (
            "Definitely, support is my dream. Within a few months I'd probably quit for something "
            "in podcasts.",
            "Within a few months I'd probably quit",
        ),
    ],
)
def test_a_plan_to_leave_is_named_first(answer: str, plan: str) -> None:
    a = analyse(answer, OFFER)
    note, _ = coach_note(a.score, OFFER, answer)
    start = note.split("Start with this:")[1]
    first = next(line for line in start.splitlines() if line.startswith("- "))
    assert "leave within months" in first and plan in first, note
    assert "Nothing in it needs undoing" not in note


def test_a_past_move_is_no_plan_to_leave() -> None:
    answer = (
        "I'd have to think hard about it. I moved to Leeds six months ago for my show, and my "
        "best work is in partnerships. Who leads that team?"
    )
    note, _ = coach_note(analyse(answer, OFFER).score, OFFER, answer)
    assert "leave within months" not in note


# -- 1 and 2: a non-native speaker's own question and setup words, said as meant ---------------

SCANNERS = Context(
    company="Nordlys Medical",
    role="data analyst",
    target="deep learning for medical image",
    draws="they build the low-dose MRI scanner, very inspiring",
    evidence="In my master thesis I was develop a CNN for detect lesion in MRI, it get 0.84 dice score",
    last_line="Before we finish, is there anything you'd like to ask us?",
)


def test_a_non_native_answer_keeps_her_question_and_her_proof_in_good_english() -> None:
    answer = (
        "Thank you. Yes I have question. I think I am more strong in deep learning than data "
        "analyst role. could I know who is the manager of imaging AI team?"
    )
    plain = version_of(SCANNERS, answer)
    assert "Could I ask who leads the imaging AI team?" in plain
    assert "I developed a CNN to detect lesions in MRI" in plain
    assert "a 0.84 Dice score" in plain
    assert "deep learning for medical images" in plain
    assert "What draws me to Nordlys Medical is that you build the low-dose MRI scanner." in plain
    for never in (
        "was develop",
        "for detect",
        "it get",
        "very inspiring",
        "medical image.",
        "who is the manager",
    ):
        assert never not in plain


def test_a_question_about_the_work_keeps_the_ask_beside_it() -> None:
    answer = "Thanks! What does a normal week look like for the imaging AI people?"
    plain = version_of(SCANNERS, answer)
    assert "What does a normal week look like for the imaging AI people?" in plain
    assert "you'd suggest I talk to?" in plain


def test_what_draws_them_typed_as_a_text_is_said_in_full() -> None:
    ctx = replace(SCANNERS, draws="ur low-dose MRI scanner is v smart, rly")
    plain = version_of(ctx, "Thank you, yes. Who leads the imaging AI team?")
    assert (
        "What draws me to Nordlys Medical is that your low-dose MRI scanner is very smart." in plain
    )
    assert " v smart" not in plain and "rly" not in plain
