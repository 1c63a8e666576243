"""Blind counsellor review 23 (rehearsal feedback built on the student's answer), each finding as
a kind, in wordings of our own (none of the reviewer's sentences):

1. Advice about sounding unsure names the hedging words only: a sentence that earned a part of
   the pivot (the ask) is never what to "leave out", and it stays in the parts to keep.
2. Declining the floor for questions ("nope, I'm all set, thanks") is the pivot passed up: scored
   alone (never raised by earlier turns), never credited as timing, named as the missed moment,
   and the stronger version takes the floor back with the plan's pivot.
3. A job asked for, or a CV to be forwarded, is never credited as an ask, a follow-up or a fit,
   never polished for reuse; the note says why and offers the informational ask.
4. Parts said in casual or non-native wording are found (fit, staying in touch, taking up an
   offer), never "I didn't spot" them.
5. The stronger version keeps the student's fresh specific about the company from this answer.
6. "A fresh reason" is a specific about the company, never plain keenness or curiosity.
7. The round summary agrees with the note: a checklist of labels earns no part there either.
8. A polite acknowledgement is not praised as "timing"; a run of apologies is what to undo.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, said_points, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.rubric import ELEMENTS
from flows.pivot.scoring import Context, analyse

FREIGHT = Context(
    company="Tidewater Freight",
    role="Customer Service Agent",
    target="logistics data analysis",
    draws="their live container-tracking map",
    evidence="I built a shipment-delay dashboard for my university's print shop",
    last_line="Do you have any questions for us?",
)
ALL_TWO = dict.fromkeys(ELEMENTS, 2)


def _read(ctx: Context, answer: str, carried: dict[str, int] | None = None) -> tuple[str, str, int]:
    """(note, stronger version, total shown), as the student sees them after one answer."""
    a = analyse(answer, ctx)
    result = in_round(a.score, carried or {})
    note, add = coach_note(result, ctx, answer, earlier=carried, analysis=a)
    version, _ = stronger_parts(ctx, answer, a, total=result.total, carried=carried, add=add)
    return to_plain(note), to_plain(version), result.total


def _worked(note: str) -> str:
    """The "What worked" block of a note ("" when there is none)."""
    if "What worked" not in note:
        return ""
    return note.split("What worked", 1)[1].split("\n\n", 1)[0]


# -- 1: hedge advice targets the hedge words, never the sentence that carries the ask ------------

HEDGED_ASK = (
    "Your live container-tracking map is the reason I applied. Phone support isn't where I do "
    "my best work; I'm at my best with data. I built a shipment-delay dashboard "
    "for my university's print shop and it cut late pickups by a third. Would there be a team "
    "that handles the tracking data, and perhaps a person there you could point me to? I'm happy "
    "to stay in the process, and may I keep in touch?"
)


def test_a_hedged_ask_keeps_its_sentence_and_only_the_hedge_goes() -> None:
    note, version, total = _read(FREIGHT, HEDGED_ASK)
    assert total >= 14
    assert "(the ask)" in _worked(note)  # credited as the ask ...
    for said in (note.split("Next step:")[1], version):
        assert "Leave out" not in said and "leave out" not in said, said  # ... never cut
        assert '"perhaps"' in said, said  # the hedge word itself is named
    # The ask and the honest fit stay among the parts to keep, the ask said without the hedge.
    assert "\"Phone support isn't where I do my best work; I'm at my best with data.\"" in version
    assert (
        '"Would there be a team that handles the tracking data, and a person there you could '
        'point me to?"' in version
    )


@pytest.mark.parametrize("hedge", ["maybe", "I guess", "sort of"])
def test_any_hedge_word_in_a_credited_sentence_is_named_alone(hedge: str) -> None:
    answer = HEDGED_ASK.replace("perhaps", hedge)
    note, version, _ = _read(FREIGHT, answer)
    assert "Leave out" not in note
    assert f'drop "{hedge}"' in version, version
    assert "Leave out" not in version


# -- 2: passing up the floor for questions is a missed pivot ------------------------------------

CLOSING = "Okay. Was there anything else you wanted to ask me?"


@pytest.mark.parametrize(
    "answer",
    [
        "Nope, I'm all set, thanks so much for your time today.",
        "No, I think we've covered everything. Thanks again, I really appreciate it.",
        "Nothing from me, thank you. It was lovely to meet you.",
    ],
)
def test_declining_the_floor_is_scored_alone_and_named_as_the_missed_moment(answer: str) -> None:
    ctx = replace(FREIGHT, last_line=CLOSING)
    note, version, total = _read(ctx, answer, carried=ALL_TWO)
    # Earlier turns cannot make a declined opening "Solid": the pivot did not happen here.
    assert total <= 5, (total, note)
    assert "(timing)" not in note and "What worked" not in note
    assert "That was your opening" in note
    assert "Nothing in it needs undoing" not in note
    # The stronger version takes the floor back and makes the plan's pivot: never a thank-you
    # for a question nobody asked.
    assert not version.startswith("Thank you, yes")
    assert "I do have a question" in version.split(".")[1] + version.split(".")[0]
    assert "logistics data analysis" in version
    assert "?" in version  # the ask


def test_taking_the_floor_is_never_read_as_declining_it() -> None:
    ctx = replace(FREIGHT, last_line=CLOSING)
    answer = (
        "No questions about the role, but one thing: is there someone in logistics data "
        "analysis you'd suggest I talk to?"
    )
    note, _, _ = _read(ctx, answer)
    assert "That was your opening" not in note


# -- 3: a job or a CV forwarded is never credited, praised or polished ---------------------------


@pytest.mark.parametrize(
    ("answer", "job"),
    [
        (
            "any analyst jobs going in logistics? could you send my resume over to that team",
            "could you send my resume over to that team",
        ),
        (
            "Honestly I'd rather apply to the other one than this role.",
            "Honestly I'd rather apply to the other one than this role.",
        ),
        (
            "Your live container-tracking map is brilliant. Could u pass my cv along to the data "
            "people?",
            "Could u pass my cv along to the data people?",
        ),
    ],
)
def test_a_job_or_cv_request_is_never_credited_or_polished(answer: str, job: str) -> None:
    note, version, total = _read(FREIGHT, answer)
    worked = _worked(note)
    core = job.split("?")[0].rstrip(".").casefold()[:30]
    assert core not in worked.casefold(), worked
    assert "when you say it again" not in note or core not in note.casefold().split("again")[-1]
    assert "Ask for advice or a name, not a job" in note
    assert core not in version.casefold()
    assert total <= 9


# -- 4: parts said in casual or non-native wording are found ------------------------------------


def test_a_casual_fit_and_a_casual_follow_up_are_credited_not_missed() -> None:
    answer = (
        "tbh data work is where im strongest. would it be ok if i texted u in a few weeks to "
        "see how things are?"
    )
    note, _, _ = _read(FREIGHT, answer)
    assert "I didn't spot an honest word about fit" not in note
    assert "I didn't spot asking to stay in touch" not in note
    worked = _worked(note)
    # Credited as quoted ('"..." (follow-up)'), or, where the quote is said back mended, as
    # "For follow-up, what you said works; when you say it again: ..." (r1, review 25b item 6).
    assert "(honest fit)" in worked or "For honest fit," in worked, note
    assert "(follow-up)" in worked or "For follow-up," in worked, note


def test_an_offer_taken_up_after_a_lead_in_word_is_a_reply_to_the_line() -> None:
    ctx = replace(FREIGHT, last_line="Our analytics team is hiring, shall I forward your name?")
    note, _, _ = _read(ctx, "then please yes, pass it on. Could I drop you a line after?")
    assert "I didn't spot a reply to their line" not in note


# -- 5: the stronger version keeps this answer's fresh specific about the company ----------------


@pytest.mark.parametrize(
    ("line", "answer", "kept"),
    [
        (
            "Do you have any questions for us?",
            "I really admire that you publish your port emissions figures every month. Phone "
            "support isn't where I'm strongest; I'm much better with data. Who on the analytics "
            "side could I speak to?",
            "you publish your port emissions figures every month",
        ),
        (
            "So why did you apply to us?",
            "Because you share your delay statistics openly with every customer. I'd be a better "
            "fit on the data side, though. Could you point me to someone there?",
            "you share your delay statistics openly with every customer",
        ),
    ],
)
def test_a_fresh_specific_of_theirs_is_kept_over_the_plan_line(
    line: str, answer: str, kept: str
) -> None:
    _, version, _ = _read(replace(FREIGHT, last_line=line), answer)
    assert kept in version, version
    assert "container-tracking map" not in version  # the plan's line does not replace it
    assert version.count("I applied because") <= 1


# -- 6: a fresh reason is a specific about the company ------------------------------------------

EARLIER = (("So why did you apply to us?", "Your live container-tracking map is why I applied."),)


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (
            "If I offered you this job today, would you take it?",
            "id weigh it up tbh. i just really want to work at tidewater freight n id work hard",
        ),
        ("Do you have any questions for us?", "mostly wondering how your tracking map gets built"),
    ],
)
def test_keenness_or_curiosity_is_never_called_a_fresh_reason(line: str, answer: str) -> None:
    ctx = replace(FREIGHT, last_line=line, earlier=EARLIER)
    note, _, _ = _read(ctx, answer, carried={"E2": 2})
    assert "fresh reason" not in note, note


# -- 8: no "timing" for a polite acknowledgement; apologies are what to undo --------------------


def test_a_polite_acknowledgement_is_not_praised_as_timing() -> None:
    ctx = replace(FREIGHT, last_line="Just so you know, there's nothing open in analytics now.")
    note, _, _ = _read(ctx, "Sure, that's perfectly okay, and thanks for letting me know.")
    assert "(timing)" not in note


def test_a_run_of_apologies_is_named_as_what_to_undo() -> None:
    answer = "sorry, so sorry, sorry to ask this. is there anyone in data i could chat to?"
    note, _, _ = _read(FREIGHT, answer)
    assert "Nothing in it needs undoing" not in note
    assert "apologies" in note and "sorry" in note


# -- 7: the round's summary agrees with the note on a checklist of labels ------------------------


def test_a_checklist_of_labels_earns_nothing_in_the_round_summary_but_delivery() -> None:
    answer = (
        "Timing: now is good. Enthusiasm: your container-tracking map. Fit: data suits me more. "
        "Ask: who leads analytics? Door: glad to continue. Follow-up: may I email you?"
    )
    a = analyse(answer, FREIGHT)
    result = in_round(a.score, {})
    note = to_plain(coach_note(result, FREIGHT, answer, analysis=a)[0])
    assert "checklist" in note and "What worked" not in note and "Also there" not in note
    earned = said_points(result, list(result.granted), a)
    # The note credits no part of it, so the summary credits none: timing included.
    assert all(earned[e] == 0 for e in ELEMENTS if e != "E8"), earned
