"""The rehearsal's feedback and stronger version (blind review 8, findings 1 to 4), each in
wordings other than the reviewer's.

1. A suggested line is good English: the student's own figure is kept, said cleanly, and no
   slip of a second language ("I enjoy very much", "a tool I write", "someone I can speak?") is
   repeated in a line the coach suggests, nor in the next step built from the intake.
2. Within a round, what an earlier answer showed is not asked for again, and a later stronger
   version does not recite it; "that team" only for a team someone named.
3. After an answer that fakes interest, the stronger version is built on the student's details
   like any other, with its honest word about fit.
4. "What worked" labels a quote with what it shows: naming who to talk to is the ask, never
   timing, and never another element's carried credit.
"""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import clean_proof, feedback, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse
from flows.pivot.typed import good_english

QUESTIONS = "I've enjoyed this. What questions do you have for me?"
WHO = "Happy to help. Who in particular would you want to talk to?"
OFFER = "If I offered you this job today, would you take it?"
WORK = "What kind of work gets you most excited?"

PORT = Context(
    company="Baltic Port Services",
    role="Shipping clerk",
    target="supply chain analytics",
    draws="their container tracking platform",
    evidence="",
)


def at(ctx: Context, line: str, **kw: str) -> Context:
    return Context(**{**ctx.__dict__, **kw, "last_line": line})


def note(text: str, ctx: Context, earlier: dict[str, int] | None = None) -> str:
    carried = dict(earlier or {})
    result = in_round(analyse(text, ctx).score, carried)
    return to_plain(feedback(result, ctx, text, earlier=earlier))


# -- 1: good English in every suggested line -----------------------------------------------------

SLIPS = [
    "I appreciate very much your tracking platform.",
    "Is there somebody in the analytics team I can talk?",
    "Shipping clerk role is not right for me.",
    "I cut the customs backlog by half with macro I write.",
    "I am working with Excel since five years.",
    "He have shown me the informations about it.",
    "We didn't went to that conference.",
    "Could you explain me how the data team works?",
]
CLEAN = [
    "I cut the customs backlog by half with a macro I wrote.",
    "Is there someone in supply chain analytics you'd suggest I talk to?",
    "The shipping clerk role isn't where I do my best work.",
    "I've used your container tracking platform every day for two years.",
    "As team lead I ran the weekly capacity report.",
    "Could we stay in touch?",
]


@pytest.mark.parametrize("sentence", SLIPS)
def test_a_second_languages_slips_are_not_good_english(sentence: str) -> None:
    assert not good_english(sentence)


@pytest.mark.parametrize("sentence", CLEAN)
def test_clean_sentences_are_good_english(sentence: str) -> None:
    assert good_english(sentence)


def test_the_figure_is_said_cleanly_and_the_slip_left_out() -> None:
    said = clean_proof(
        "But clerk job is not fit for me, my strength is numbers, I brought our customs backlog "
        "down from 900 to 150 files with a macro tool I write."
    )
    assert said == "I brought our customs backlog down from 900 to 150 files."


NON_NATIVE = (
    "Thank you, I appreciate very much your company, the tracking platform is used by my "
    "cousin. But clerk job is not fit for me, my strength is numbers, I brought our customs "
    "backlog down from 900 to 150 files with macro tool I write. Is there somebody in the "
    "analytics team I can talk? I am still happy for this role process."
)


def test_the_stronger_version_keeps_the_figure_in_good_english() -> None:
    version, notes = stronger_parts(at(PORT, QUESTIONS), NON_NATIVE)
    better = to_plain(version)
    assert "I brought our customs backlog down from 900 to 150 files." in better
    for slip in (
        "appreciate very much",
        "macro tool I write",
        "I can talk?",
        "clerk job is",
        "happy for this role",
    ):
        assert slip not in better, slip
    assert "What draws me to Baltic Port Services is your container tracking platform." in better
    assert not notes  # the figure is in the version itself: nothing left to keep


def test_a_figure_that_cannot_be_said_cleanly_is_named_in_a_note() -> None:
    typed = (
        "Thanks. Clerk job is not for me, I am doing Power BI reports since 3 years for 40 "
        "managers. Is there somebody in analytics I can speak?"
    )
    version, notes = stronger_parts(at(PORT, QUESTIONS), typed)
    assert "since 3 years" not in version and "I can speak?" not in version
    assert notes and "40" in to_plain(notes[0]) and "Power" in to_plain(notes[0])


def test_the_next_step_never_copies_a_slip_typed_in_the_intake() -> None:
    ctx = at(PORT, QUESTIONS, evidence="reporting macro I develop, backlog 900 to 150")
    text = "Thank you. I love your container tracking platform. Who could I talk to?"
    said = note(text, ctx)
    assert "macro I develop" not in said and "macro develop" not in said
    version, _ = stronger_parts(ctx, text)
    assert "macro I develop" not in version and "macro develop" not in version


# -- 2: the round remembers ------------------------------------------------------------------------

EARLIER = {"E2": 2, "E3": 2, "E5": 2}


def test_what_an_earlier_answer_showed_is_not_asked_for_again() -> None:
    # Asked who, a vague reply with a job question is scored on its own: still, the why-them and
    # honest fit said on turn one are not asked for again.
    said = note("No one special. Any openings in analytics, maybe?", at(PORT, WHO), EARLIER)
    assert "I didn't spot why this company" not in said
    assert "I didn't spot an honest word about fit" not in said
    assert "Covered earlier:" in said and "why this company" in said
    # ... but what this line asks for is never "covered": asked who, the ask is still wanted.
    assert "you covered your ask" not in said


def test_without_earlier_answers_the_note_still_asks() -> None:
    said = note("No one special. Any openings in analytics, maybe?", at(PORT, WHO))
    assert "Covered earlier" not in said


def test_a_later_stronger_version_does_not_recite_the_pitch() -> None:
    text = "Mostly untangling messy shipping data until the pattern shows."
    version, _ = stronger_parts(at(PORT, WORK), text, carried={"E2": 2, "E5": 2, "E6": 2})
    better = to_plain(version)
    assert "What draws me to" not in better
    assert "I'm glad to stay in the process" not in better
    first, _ = stronger_parts(at(PORT, WORK), text)
    assert "What draws me to" in to_plain(first)  # on a first turn, the whole pivot


def test_that_team_only_for_a_team_someone_named() -> None:
    text = "I'd think hard about it. Your container tracking platform is why I applied."
    better = to_plain(stronger_parts(at(PORT, OFFER), text)[0])
    assert "that team" not in better and "supply chain analytics" in better
    named = at(PORT, OFFER, target="the supply chain analytics team")
    assert "that team" in to_plain(stronger_parts(named, text)[0]) or "team" in better


# -- 3: faked interest -------------------------------------------------------------------------------

FAKED = [
    "Honestly, this role is my dream, I would say yes straight away.",
    "Of course! Shipping admin is my passion and this job is perfect for me.",
]
HALDEN = Context(
    company="Halden Water",
    role="Customer service advisor",
    target="network analytics",
    draws="your open leak-detection data",
    evidence="I built a model that flagged 40 leaking mains for my dissertation",
)


@pytest.mark.parametrize("text", FAKED)
def test_after_faked_interest_the_version_is_built_on_their_details(text: str) -> None:
    ctx = at(HALDEN, OFFER)
    assert "fakes_interest" in analyse(text, ctx).flags
    better = to_plain(stronger_parts(ctx, text)[0])
    assert "open leak-detection data" in better  # what draws them
    assert "40 leaking mains" in better  # their proof
    assert "isn't where I do my best work" in better  # the honest word their answer faked
    assert "network analytics" in better  # the work they want
    assert "dream" not in better and "perfect for me" not in better


# -- 4: labels -----------------------------------------------------------------------------------------

GRID = Context(
    company="Gridline",
    role="Inside sales representative",
    target="product analytics",
    draws="the grid-forecasting launch",
    evidence="I built a usage dashboard that our account team used for renewals",
)
ROUND = dict.fromkeys(("E2", "E3", "E4", "E5", "E6", "E7"), 2)


@pytest.mark.parametrize(
    "text",
    [
        "I reckon whoever heads up product analytics.",
        "Hm, most likely the head of product analytics.",
        "I guess the person running product analytics.",
    ],
)
@pytest.mark.parametrize("line", [WORK, "So, anyone you'd like to meet while you're here?"])
def test_naming_who_is_quoted_as_the_ask_never_as_timing(text: str, line: str) -> None:
    said = note(text, at(GRID, line), ROUND)
    assert "(timing)" not in said
    assert "(bridge and proof)" not in said  # carried from an earlier turn, not shown here
    quoted = [row for row in said.splitlines() if text[:12] in row and row.startswith("•")]
    assert all(row.endswith("(the ask)") for row in quoted), quoted
