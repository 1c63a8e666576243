"""Rehearsal feedback words (issues 10 and 11, blind counsellor reviews, w18), each a kind:

2. "Keep it as it is" never beside "One thing to add": a ready answer (14+) with something left
   to add is told what to add and to keep the rest, and its stronger version keeps its parts and
   adds that line; only one with nothing to add is kept as it is.
3. "Leave out the line where you sound unsure" names the line: the student's own hedging
   sentence, quoted verbatim and trimmed, in the step and in the stronger version.
4. The stronger version never promises an example that is not there ("I can give you a concrete
   example ..." with no proof given): it asks for the proof instead.
5. A verb whose tense slipped in a sentence handed back to say aloud is repaired without changing
   what the student meant.

The answers are worded afresh (a ferry operator, a seed bank, a bus company), not the reviewers'.
"""

from __future__ import annotations

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, said_cleanly, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse
from flows.pivot.typed import good_english

QUESTIONS = "Before we finish, is there anything you'd like to ask us?"

FERRY = Context(
    company="Harbourline Ferries",
    role="Ticket desk agent",
    target="route planning",
    draws="their new island route",
    evidence="I rebuilt the summer timetable for our sailing club's 40 boats",
    last_line=QUESTIONS,
)

# Ready, with no word about staying in touch: the note still names it.
READY_BUT_ONE = (
    "Thanks, yes. Your new island route is the reason I applied. The ticket desk isn't where I do "
    "my best work; I'm at my best in route planning. I rebuilt the summer timetable for our "
    "sailing club's 40 boats. Is there someone in route planning you'd suggest I talk to? I'm "
    "happy to stay in the process."
)


def _note(text: str, ctx: Context) -> tuple[str, list[str], int]:
    a = analyse(text, ctx)
    result = in_round(a.score, {})
    note, to_add = coach_note(result, ctx, text)
    return to_plain(note), to_add, result.total


# -- 2: keep it as it is only with nothing to add --------------------------------------------------


def test_a_ready_answer_with_a_gap_says_what_to_add_and_keeps_the_rest() -> None:
    note, to_add, total = _note(READY_BUT_ONE, FERRY)
    assert total >= 14
    assert "One thing to add" in note
    assert "Keep it as it is" not in note
    step = note.split("Next step:")[1]
    assert "stayed in touch" in step
    assert "Keep the rest of your answer" in step
    assert to_add == ["E7"]


def test_a_ready_answers_stronger_version_keeps_its_parts_and_adds_the_missing_line() -> None:
    _, to_add, total = _note(READY_BUT_ONE, FERRY)
    version, _ = stronger_parts(FERRY, READY_BUT_ONE, total=total, add=to_add)
    said = to_plain(version)
    assert said.startswith("Keep this one, and add to it.")
    assert '"I rebuilt the summer timetable for our sailing club\'s 40 boats."' in said
    assert said.rstrip().endswith('Then add: "Would it be alright if I stayed in touch?"')
    assert "It already answers" not in said


def test_a_ready_answer_with_nothing_to_add_is_kept_as_it_is() -> None:
    complete = READY_BUT_ONE + " And may I keep in touch by email?"
    note, to_add, total = _note(complete, FERRY)
    assert total >= 14 and to_add == []
    assert "to add" not in note
    assert note.split("Next step:")[1].strip().startswith("Keep it as it is")
    version, _ = stronger_parts(FERRY, complete, total=total, add=to_add)
    assert "add to it" not in to_plain(version) and "Then add" not in to_plain(version)


# -- 3: the unsure line, quoted ---------------------------------------------------------------------

HEDGING = (
    "Thanks, yes. Your new island route is the reason I applied. The ticket desk isn't where I do "
    "my best work; I'm at my best in route planning. I rebuilt the summer timetable for our "
    "sailing club's 40 boats. I don't really know who would be the right person to ask, but maybe "
    "someone in route planning could spare ten minutes? I'm happy to stay in the process, and may "
    "I keep in touch?"
)


def test_the_line_where_they_sound_unsure_is_quoted_in_their_words() -> None:
    note, _, total = _note(HEDGING, FERRY)
    assert total >= 14
    step = note.split("Next step:")[1]
    # Since review 23 (finding 1) only the hedging words go, named as typed; the sentence carries
    # the ask, so it is never what to leave out.
    hedge = '"I don\'t really know who would be the right person to ask, but" and "maybe"'
    assert hedge in step
    assert "Keep it as it is" not in note
    version, _ = stronger_parts(FERRY, HEDGING, total=total)
    said = to_plain(version)
    assert f"drop {hedge}" in said
    assert '"Could someone in route planning spare ten minutes?"' in said
    assert "Leave out" not in said and "leave out" not in step
    assert "the line where you sound unsure" not in said


def test_a_short_unsure_line_is_quoted_whole() -> None:
    text = HEDGING.replace(
        "I don't really know who would be the right person to ask, but maybe someone in route "
        "planning could spare ten minutes?",
        "Maybe your planners could point me to someone?",
    )
    note, _, total = _note(text, FERRY)
    assert total >= 14
    version, _ = stronger_parts(FERRY, text, total=total)
    for said in (note.split("Next step:")[1], to_plain(version)):
        assert '"Maybe your planners could point me to someone?"' in said, said
        assert "the line where you sound unsure" not in said


# -- 4: no example promised that is not there ----------------------------------------------------

SEED_BANK = Context(
    company="Kestrel Seed Bank",
    role="Visitor host",
    target="conservation science",
    draws="their wild wheat collection",
    evidence="",
    last_line=QUESTIONS,
)
NO_PROOF = [
    "Thank you. I think your seed vault is amazing. Could I talk to someone in conservation science?",
    "Yes please. The host role isn't really me; conservation science is. Who should I speak to?",
    "Honestly I just love plants. Is anyone in conservation science open to a chat?",
]
PROMISES = ("concrete example", "I can show you", "here is one", "an example of where")


def test_without_proof_the_version_promises_no_example_and_asks_for_one() -> None:
    for text in NO_PROOF:
        version, notes = stronger_parts(SEED_BANK, text)
        said = to_plain(version)
        for promise in PROMISES:
            assert promise not in said, (text, said)
        asked = " ".join(to_plain(n) for n in notes)
        assert "Add one thing you've done that shows you'd be good at conservation science" in asked


def test_asked_what_they_have_done_without_proof_only_the_student_can_answer() -> None:
    ctx = Context(
        **{
            **SEED_BANK.__dict__,
            "last_line": "Lots of people love seeds. What have you actually done?",
        }
    )
    version, notes = stronger_parts(ctx, "I'm just really passionate about conservation, honestly.")
    assert version == ""
    assert "only you can answer that" in to_plain(" ".join(notes))


def test_with_proof_given_the_version_says_it() -> None:
    ctx = Context(
        **{**SEED_BANK.__dict__, "evidence": "I catalogued 300 herbarium sheets for my department"}
    )
    version, notes = stronger_parts(ctx, NO_PROOF[0])
    said = to_plain(version)
    assert "I catalogued 300 herbarium sheets for my department" in said
    assert not any("Add one thing you've done" in n for n in notes)


# -- 5: a tense that slipped, repaired without changing the meaning --------------------------------

SLIPPED_TENSE = [
    # A thing done told in the present right after one told in the past, in the same sentence.
    (
        "I drove the night shuttle for two summers and I redesign the new timetable for it.",
        "I drove the night shuttle for two summers and I redesigned the new timetable for it.",
    ),
    (
        "I joined the transport society and we launch a survey of 500 riders.",
        "I joined the transport society and we launched a survey of 500 riders.",
    ),
    # The same, after a word that says when ("Last summer"), with a verb of any common kind.
    (
        "Last summer I volunteer at the depot and I analyse the late-running data.",
        "Last summer I volunteered at the depot and I analysed the late-running data.",
    ),
    # A liking with a bare verb where the -ing form is meant.
    (
        "I enjoy analyse the bus data for my society.",
        "I enjoy analysing the bus data for my society.",
    ),
]
MEANT_AS_TYPED = [
    "I worked at a depot for a year and I love talking to drivers.",
    "I love working with timetable data.",
    "I joined the planning team in May and I lead the route reviews now.",
    "I started at the depot last year and I still run the rota every week.",
    "I need good data and I build my own tools.",
]


def test_a_slipped_tense_is_caught_and_repaired_as_meant() -> None:
    for typed, meant in SLIPPED_TENSE:
        assert not good_english(typed), typed
        assert said_cleanly(typed) == meant


def test_a_present_that_is_meant_is_left_as_typed() -> None:
    for typed in MEANT_AS_TYPED:
        assert good_english(typed), typed
        assert said_cleanly(typed) == typed


BUSES = Context(
    company="Tidewater Buses",
    role="Customer service advisor",
    target="transport planning",
    draws="their night network",
    evidence="",
    last_line=QUESTIONS,
)


def test_the_stronger_version_says_the_students_proof_in_the_tense_they_meant() -> None:
    text = (
        "Thanks, yes. Your night network is why I applied. Customer service isn't really my "
        "strength; transport planning is. I drove the night shuttle for two summers and I redesign "
        "the new timetable for it. Is there someone in transport planning I could talk to?"
    )
    version, _ = stronger_parts(BUSES, text)
    said = to_plain(version)
    assert "I drove the night shuttle for two summers and I redesigned the new timetable" in said
    assert "and I redesign the new timetable" not in said


def test_a_ready_answer_missing_what_only_the_student_knows_is_told_to_add_it() -> None:
    # No reason for the company at setup or in the answer: the version cannot write that line
    # for them, so it says what to add in their own words, never "keep this one" alone.
    ctx = Context(**{**FERRY.__dict__, "draws": ""})
    text = (
        READY_BUT_ONE.replace(
            "Your new island route is the reason I applied.", "I'm keen on Harbourline."
        )
        + " May I keep in touch?"
    )
    note, to_add, total = _note(text, ctx)
    assert total >= 14 and "E2" in to_add, (total, to_add)
    assert "Keep it as it is" not in note
    said = to_plain(stronger_parts(ctx, text, total=total, add=to_add)[0])
    assert said.startswith("Keep this one, and add to it.")
    assert "Then add, in your own words: why this company" in said
