"""Blind counsellor review 15 of rehearsal, each finding tested at its kind in wordings of our
own: a delivery tip names what it saw (the filler words present) and is never given for what
the answer does not have; an element the answer undid (a job demanded, leaving early) is never
listed as covered earlier; a line asking for a name, a team or what they want gets a version whose
first sentence answers it, never a question back."""

from __future__ import annotations

import re

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse

QUESTIONS = "We're nearly out of time. Anything you'd like to ask us?"

HARBOUR = Context(
    company="Baltic Harbour Logistics",
    role="Warehouse shift lead",
    target="supply chain analytics",
    draws="",
    evidence="",
    last_line=QUESTIONS,
)

# Half delivery for the register alone: typed as a text message, no filler, no apology.
TEXTED = (
    "real talk tho ur port congestion dashboard is why I applied. shift work isnt my thing, im "
    "better w numbers. I built a routing model at uni that cut empty truck runs by 9%. could u "
    "intro me to the analytics team? happy to stay in the process, can I follow up?"
)
# Half delivery for two fillers, in a clean register.
FILLED = (
    "Basically your port congestion dashboard is why I applied, you know. Shift work is not "
    "where I do my best; I'm at my best with numbers. I built a routing model that cut empty "
    "truck runs by 9%. Could you introduce me to the analytics team? I'm glad to stay in the "
    "process. May I follow up by email?"
)


def _note(text: str) -> str:
    a = analyse(text, HARBOUR)
    return to_plain(feedback(in_round(a.score, {}), HARBOUR, text))


def test_no_tip_about_apologies_or_fillers_the_answer_does_not_have() -> None:
    a = analyse(TEXTED, HARBOUR)
    assert a.score.elements["E8"] == 1 and not a.score.fillers and not a.score.apologies
    note = _note(TEXTED).casefold()
    assert "apolog" not in note and "filler" not in note, note
    assert "full words" in note, note


def test_a_filler_tip_names_the_fillers_it_saw() -> None:
    a = analyse(FILLED, HARBOUR)
    assert a.score.elements["E8"] == 1
    note = _note(FILLED)
    assert '"basically"' in note.casefold() and '"you know"' in note.casefold(), note
    assert '"um"' not in note and '"like"' not in note, note


# -- an element the answer undid is never "covered earlier" ----------------------------------------

OFFERED = "Suppose we offered you the shift lead job next week. Would you accept?"
ALL_SHOWN = {"E2": 2, "E3": 2, "E4": 2, "E5": 2, "E6": 2, "E7": 2}
UNDOING = [
    # An ultimatum: staying made to depend on another job, which is no ask for advice.
    (
        "Only if you put me on the analytics team instead; otherwise I'm out of the process.",
        ("staying in the process", "your ask"),
    ),
    # Leaving early: the process and the follow-up dropped.
    (
        "Honestly no. Let's wrap this up early so I don't take more of your time; no need to "
        "follow up.",
        ("staying in the process", "staying in touch"),
    ),
]


def test_what_the_answer_undid_is_never_covered_earlier() -> None:
    ctx = Context(**{**HARBOUR.__dict__, "last_line": OFFERED})
    for text, undid in UNDOING:
        a = analyse(text, ctx)
        assert a.score.red_flags, text
        note = to_plain(feedback(in_round(a.score, ALL_SHOWN), ctx, text, earlier=ALL_SHOWN))
        covered = [line for line in note.splitlines() if line.startswith("Covered earlier")]
        for undone in undid:
            assert not any(undone in line for line in covered), (text, covered)


# -- a line asking for a name, a team or what they want is answered, never asked back ---------------

ASKED_WHOM = [
    "Right, who? A team or a person.",
    "Which department, then?",
    "Tell me a name.",
    "Name one person you'd like to meet here.",
    "And who would that be, specifically?",
    "What is it you actually want from me?",
    "Fine, I could introduce you. What would you really ask them?",
]
FIRST_TURN = (
    "Thanks for your time today. Any questions for me?",
    "Thanks. My best work is in supply chain analytics. I rebuilt our student union's delivery "
    "rota so no van ran half empty. Is there someone I could talk to?",
)


def _first_sentence(version: str) -> str:
    return re.split(r"(?<=[.?!])\s+", to_plain(version).strip(), maxsplit=1)[0]


@pytest.mark.parametrize("line", ASKED_WHOM)
@pytest.mark.parametrize("target", ["supply chain analytics", ""])
def test_asked_whom_the_version_answers_first(line: str, target: str) -> None:
    ctx = Context(
        **{**HARBOUR.__dict__, "target": target, "last_line": line, "earlier": (FIRST_TURN,)}
    )
    for answer in ("Not sure really, who would you suggest?", "Someone in analytics maybe"):
        version, notes = stronger_parts(ctx, answer)
        first = _first_sentence(version)
        assert first and not first.endswith("?"), (line, version)
        assert not any("only you can answer" in note for note in notes), (line, notes)
        if target and "introduce" not in line:
            assert target in first, (line, first)
        # Offered an introduction and asked what for: what they'd ask, not "who leads it?".
        assert "Who leads" not in to_plain(version), (line, version)
