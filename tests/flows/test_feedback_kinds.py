"""The coach's note and the stronger version, by kind (fifth review: B4, M1, M2, M6 and the
minor finding), each in wordings other than the ones the reviewer quoted.

- An answer that mostly repeats one said earlier in the round (or a stronger version shown) in
  reply to a different line it does not answer is a canned recital: ignores the line, capped,
  never "Ready"; a weak answer about what they have done answers "what have you done?".
- The next step says what to answer, never the interviewer's own line.
- "What worked" never quotes a sentence that carries a red flag; a red flag's reason quotes the
  student's own sentence; a retraction is named; the job-ask note quotes their own words.
- A reply at 14+ with earlier turns' credit is kept, not rewritten; on a narrow moment the
  stronger version never re-recites what the round already said.
- Nothing to build on is said kindly, never "There's a start here".
"""

from __future__ import annotations

import re

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, keeps_as_is, stronger_version
from flows.pivot.interviewer import PERSONAS, lines
from flows.pivot.practice import in_round
from flows.pivot.rubric import CAP, ELEMENTS
from flows.pivot.scoring import Context, analyse, score

BAKERY = Context(
    company="Loaf & Co",
    role="Shift supervisor",
    target="product development",
    draws="your sourdough subscription",
    evidence="I designed three seasonal loaves that now sell out every weekend",
)
OPENING = "Before we finish, is there anything you'd like to ask us?"
WHO = "Happy to help. Who in particular would you want to talk to?"
PROOF = "Our product development people want proof. What have you actually done in that area?"
EXAMPLE = "Tell me about a time you had to solve a problem under pressure."
FIRST = (
    "Thank you, yes. What I love about Loaf & Co is your sourdough subscription. Honestly, "
    "supervising shifts isn't where I do my best work; I'm strongest in product development. "
    "I designed three seasonal loaves that now sell out every weekend. Is there someone in "
    "product development you'd suggest I talk to? I'm glad to stay in the process, and may I "
    "stay in touch?"
)
ALL_TWO = dict.fromkeys(ELEMENTS, 2)


def at(line: str, earlier: tuple[tuple[str, str], ...] = ()) -> Context:
    return Context(**{**BAKERY.__dict__, "last_line": line, "earlier": earlier})


def note(text: str, ctx: Context, carried: dict[str, int] | None = None) -> str:
    result = in_round(score(text, ctx), carried or {})
    return to_plain(feedback(result, ctx, text))


# -- B4: a canned recital ---------------------------------------------------------------------

RECITALS = [
    FIRST,  # word for word
    FIRST.replace("Thank you, yes.", "Um, thanks.").replace("I'm glad", "I'd be glad"),  # edited
    # The sentence that answered the last line dropped: the rest pasted.
    FIRST.split(". ", 1)[1],
]


@pytest.mark.parametrize("text", RECITALS)
def test_repeating_an_earlier_answer_to_a_new_line_is_a_recital(text: str) -> None:
    ctx = at(WHO, earlier=((OPENING, FIRST),))
    result = in_round(score(text, ctx), ALL_TWO)
    assert "ignores_interviewer" in result.red_flags
    assert result.total <= CAP and result.band != "ready"
    said = note(text, ctx, ALL_TWO)
    assert "It repeats what you said earlier" in said
    assert "What worked" not in said
    assert WHO not in said.split("Next step:")[1]  # what to answer, not their line to repeat
    assert "Start with one name or team" in said


def test_the_stronger_version_pasted_to_another_line_is_a_recital() -> None:
    shown = to_plain(stronger_version(at(OPENING), "I like your bread. Who does new products?"))
    pasted = shown.split(". ", 1)[1]  # less the sentence that answered the opening
    ctx = at(PROOF, earlier=((OPENING, shown),))
    assert "ignores_interviewer" in score(pasted, ctx).red_flags


@pytest.mark.parametrize(
    "text",
    [
        FIRST,  # a retry: the same words again to the same line
        # Its first sentence answers the new line; the rest repeats the pivot.
        "Ideally whoever leads product development, since my seasonal loaves are their kind of "
        "work. " + FIRST,
    ],
)
def test_a_repeat_that_answers_its_line_is_no_recital(text: str) -> None:
    line = OPENING if text == FIRST else WHO
    ctx = at(line, earlier=((OPENING, FIRST),))
    assert "ignores_interviewer" not in score(text, ctx).red_flags


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (PROOF, "I'm a big home baker, I bake like 5 loaves a week"),
        (PROOF, "Not much yet, honestly. I sometimes help our head baker test new recipes."),
        (PROOF, "I've run the weekend specials board for a year and picked most of them."),
        (PROOF, "I did a short food science course last spring."),
        (EXAMPLE, "I had a delivery van break down on a Saturday and I rerouted the orders."),
        (EXAMPLE, "So I once ran a whole shift with two people off sick."),
    ],
)
def test_a_weak_answer_about_what_they_have_done_answers_the_line(line: str, text: str) -> None:
    result = score(text, at(line))
    assert "ignores_interviewer" not in result.red_flags
    assert result.elements["E1"] == 2
    assert "It doesn't answer what they just said" not in note(text, at(line))


def test_a_pivot_script_still_ignores_a_question_about_experience() -> None:
    script = (
        "What I love about Loaf & Co is your sourdough subscription. Supervising shifts isn't "
        "where I do my best work. Is there someone in product development I could talk to?"
    )
    assert "ignores_interviewer" in score(script, at(EXAMPLE)).red_flags


def test_no_next_step_quotes_the_interviewers_line() -> None:
    canned = "My favourite colour is blue and I like long walks on the beach with my dog."
    for persona in PERSONAS:
        for _, line in lines(persona, "product development"):
            step = note(canned, at(line)).split("Next step:")[1]
            assert line not in step, (line, step)


# -- M1 and M2: what worked, red flags, retractions ----------------------------------------------

FLAGGED = [
    ("Honestly this job is a total dead end, nobody sane wants to supervise shifts.", "dead end"),
    ("I'll only stay in the process if you guarantee me a product development interview.", "only"),
    ("Yes, I'd rather leave now actually, we can wrap up early.", "wrap up"),
]


@pytest.mark.parametrize(("text", "words"), FLAGGED)
def test_what_worked_never_quotes_a_red_flag_sentence(text: str, words: str) -> None:
    said = note(text, at(OPENING))
    assert score(text, at(OPENING)).red_flags
    worked = re.findall(r'^• "(.*)" \(', said, re.M)
    assert not any(words in quote for quote in worked), said
    assert f'You said: "{text}' in said or f'You said: "{text.split(", ", 1)[1]}' in said


def test_the_reason_names_the_cause_not_criticism() -> None:
    text = "Thanks. To be honest this job would just be a foot in the door for me."
    said = note(text, at(OPENING))
    assert "It criticises the role" not in said
    assert "only a way in" in said
    assert 'You said: "To be honest this job would just be a foot in the door for me."' in said


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (FIRST + " Actually, forget all that, any job here would do.", "forget all that"),
        (FIRST + " Scratch that, I'm not sure about any of it.", "Scratch that"),
        (FIRST + " Never mind what I said, it doesn't matter.", "Never mind what I said"),
    ],
)
def test_a_retraction_is_named_in_their_words(text: str, words: str) -> None:
    said = note(text, at(OPENING))
    assert "You took it back." in said
    assert re.search(r'You took it back\. "[^"]*' + re.escape(words), said)


def test_the_job_ask_note_quotes_their_own_words() -> None:
    text = "Thanks. I love your sourdough subscription. Are there any openings in product design?"
    said = note(text, at(OPENING))
    assert '"Are there any openings in product design?" puts them on the spot' in said
    assert "Do you have any other jobs?" not in said


def test_half_advice_never_contradicts_a_named_ask() -> None:
    text = "Ideally whoever runs product development, but also any job really."
    said = note(text, at(WHO), ALL_TWO)
    assert "make the ask specific" not in said


# -- M6: the stronger version -------------------------------------------------------------------


def test_a_reply_shown_at_14_or_more_is_kept_not_rewritten() -> None:
    text = "ideally whoever runs product development, since thats exactly what my loaves were"
    ctx = at(WHO)
    # Shown at 14 or more. Before review 26b (B1) earlier turns' credit lifted it there; a round
    # no longer adds it, so the total is given here.
    assert in_round(score(text, ctx), ALL_TWO).total == score(text, ctx).total
    version = to_plain(stronger_version(ctx, text, total=14, carried=ALL_TWO))
    assert keeps_as_is(analyse(text, ctx), 14)
    assert version.startswith("Keep this one.")
    # In her words, with the apostrophe she left out (review 13b: never handed back as typed),
    # said as a sentence (review 18: a capital to start it).
    assert "Ideally" + text.replace("thats", "that's")[len("ideally") :] in version
    assert "thats" not in version


@pytest.mark.parametrize(
    "line",
    [
        WHO,
        "We only have five minutes left.",
        "Our product development team is hiring. Want an intro?",
    ],
)
def test_a_narrow_moment_is_not_a_second_pivot(line: str) -> None:
    version = to_plain(stronger_version(at(line), "um ok", carried=ALL_TWO))
    assert "What draws me to" not in version
    assert "isn't where I do my best work" not in version
    assert "seasonal loaves" not in version


# -- minor: nothing to build on ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["lol no", "no", "idk", "nah not really", "k"])
def test_nothing_to_build_on_is_said_kindly(text: str) -> None:
    said = note(text, at(OPENING))
    assert "There's a start here" not in said
    assert "Nothing here to build on yet" in said
    assert "Next step:" in said


@pytest.mark.parametrize(
    "text",
    [
        "Anyone really, whoever has time! " + FIRST.split(". ", 1)[1],
        "Oh, nobody in particular. " + FIRST.split(". ", 1)[1],
    ],
)
def test_not_saying_who_is_never_ready(text: str) -> None:
    result = in_round(score(text, at(WHO)), ALL_TWO)
    said = note(text, at(WHO), ALL_TWO)
    # The line asked who, not why: the note says only what it asked (review 26).
    if "It doesn't say who" in said:
        assert result.band != "ready" and "Ready" not in said.split("\n", 1)[0]
    if text.startswith("Anyone"):  # names no one: the note says so, and it is not ready
        assert "It doesn't say who." in said and result.band != "ready"
