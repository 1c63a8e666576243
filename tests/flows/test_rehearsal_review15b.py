"""Blind counsellor review 15b of rehearsal, each finding tested at its kind in wordings of our
own: a non-native student's sentences are written right before anything is handed back (a
question in a statement's order, a team without its article, "I am not ...", "write you email",
"its" for "it's", the thing found left out), the fix is shown beside the sentence as typed and
never as "plain, simple words"; a red-flagged answer is never credited with naming something of
theirs it did not name, never told it ignored the line when its own ultimatum was the reply, and
never told to say more."""

from __future__ import annotations

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, said_cleanly, stronger_parts
from flows.pivot.practice import in_round
from flows.pivot.scoring import Context, analyse
from flows.pivot.typed import good_english, slips

QUESTIONS = "That's all from our side. What would you like to ask us?"
TIDEWATER = Context(
    company="Tidewater Ports",
    role="Customer service advisor",
    target="port logistics analytics",
    draws="the new automated crane terminal in Rotterdam",
    evidence="In my bachelor thesis I make a simulation that predict berth waiting times",
    last_line=QUESTIONS,
)

# (typed, written right): each a kind the review found handed back as typed.
MENDED = [
    ("Who we could ask in port planning team?", "Who could we ask in the port planning team?"),
    ("Where I can apply for this?", "Where could I apply for this?"),
    ("May I send you email next week?", "May I email you next week?"),
    ("We are not demand anything today.", "We're not demanding anything today."),
    (
        "What draws me is the crane app, its genius.",
        "What draws me is the crane app: it's brilliant.",
    ),
    ("I find really useful for my work.", "I find it really useful for my work."),
]


@pytest.mark.parametrize(("typed", "right"), MENDED)
def test_a_slip_is_caught_and_written_as_meant(typed: str, right: str) -> None:
    assert not good_english(typed) or slips(typed), typed  # fails before: read as clean
    said = said_cleanly(typed)
    assert said == right, said
    assert good_english(said) and not slips(said), said


def _version(text: str, ctx: Context = TIDEWATER) -> tuple[str, list[str]]:
    version, notes = stronger_parts(ctx, text, analyse(text, ctx))
    return to_plain(version), notes


SLIPPED = (
    "Thank you. Customer service is not where I do my best work, I am strongest with data. "
    "Who I could talk in port analytics team? I am not look for job today. Can I write you "
    "email after?"
)


def test_the_stronger_version_hands_back_only_sentences_written_right() -> None:
    version, _ = _version(SLIPPED)
    for bad in ("Who I could", "in port analytics team", "I am not look", "write you email"):
        assert bad not in version, version
    # The setup's proof, typed with slips, is said written right, never dropped for a filler.
    assert "I built a simulation that predicts berth waiting times" in version, version
    for sentence in version.replace("?", ".").split(". "):
        assert not slips(sentence), sentence


READY_SLIPPED = (
    "Thank you, yes. What draws me to Tidewater Ports is your automated crane terminal in "
    "Rotterdam. Honestly, customer service is not where I do my best work; I am at my best "
    "with data. In my placement I built a dashboard that cut truck queues by 15%. Who I could "
    "talk in port analytics team? I am glad to stay in the process. May I follow up next week?"
)


def test_a_ready_answer_with_a_slip_gets_the_fix_shown_never_plain_words() -> None:
    a = analyse(READY_SLIPPED, TIDEWATER)
    note = to_plain(feedback(in_round(a.score, {}), TIDEWATER, READY_SLIPPED))
    step = note.split("Next step:")[1]
    assert "plain, simple words" not in note and "as it is" not in step, step
    assert '"Who I could talk in port analytics team?"' in step, step
    assert '"Who could I talk to in the port analytics team?"' in step, step
    keep, _ = stronger_parts(TIDEWATER, READY_SLIPPED, a)
    keep = to_plain(keep)
    assert "plain, simple words" not in keep, keep
    assert 'Say "Who I could talk in port analytics team?" as' in keep, keep


CLEAR = (
    "Thank you, yes. What draws me to Tidewater Ports is your automated crane terminal in "
    "Rotterdam. Honestly, customer service is not where I do my best work; I am at my best "
    "with data. In my placement I built a dashboard that cut truck queues by 15%. Ideally "
    "someone in the port analytics team, since berth planning is exactly what I want to work "
    "on. I am glad to stay in the process. May I follow up next week?"
)


def test_a_clear_ready_answer_gets_no_fix() -> None:
    a = analyse(CLEAR, TIDEWATER)
    note = to_plain(feedback(in_round(a.score, {}), TIDEWATER, CLEAR))
    assert "fix of wording" not in note and "plain, simple" not in note, note


def test_a_flagged_answer_is_never_credited_with_naming_theirs_or_told_to_say_more() -> None:
    ctx = Context(
        **{**TIDEWATER.__dict__, "last_line": "Where would you like to be in five years?"}
    )
    text = "If I am not in the analytics team in a year, I will just quit the company."
    a = analyse(text, ctx)
    note = to_plain(feedback(in_round(a.score, {}), ctx, text))
    assert "named something of theirs" not in note, note
    if a.score.red_flags:
        assert "say a little more" not in note, note


def test_an_ultimatum_that_replies_is_not_said_to_ignore_the_line() -> None:
    ctx = Context(**{**TIDEWATER.__dict__, "last_line": "Say we offered you this post. Yes or no?"})
    text = "Only if you put me in the analytics team. Otherwise no."
    a = analyse(text, ctx)
    assert "demands_job" in a.score.red_flags
    note = to_plain(feedback(in_round(a.score, {}), ctx, text))
    start = note.split("Start with this:")[1].split("\n\n")[1] if "\n\n" in note else note
    assert "doesn't answer what they just said" not in note, note
    assert "Only if you put me in the analytics team" in note, (note, start)
