"""Blind review 9b: the stronger version uses what the student said earlier in the round, never
a vague filler; a rushed moment keeps what the student earned and gives an ask its reason; the
timing hint never tells a student who answered first to answer first."""

from __future__ import annotations

from bot.markup import to_plain
from flows.pivot.feedback import feedback, stronger_parts
from flows.pivot.scoring import Context, score

FIRST = "I've enjoyed this. Is there anything you'd like to ask us?"
WHY = "So tell me, why are you applying to us?"
RUSHED = "Sorry, I've only got five minutes left."


def test_what_draws_them_comes_from_an_earlier_answer_when_setup_skipped_it() -> None:
    earlier = (
        (
            FIRST,
            "Thanks, yes. I've long admired your ESG assurance work for FTSE clients, and I'd "
            "like to hear how it started.",
        ),
    )
    ctx = Context(company="Deloitte", target="climate reporting", last_line=WHY, earlier=earlier)
    version, notes = stronger_parts(ctx, "I applied because it's a big firm with lots of clients.")
    said = to_plain(version)
    assert "What draws me to Deloitte is your ESG assurance work for FTSE clients." in said
    assert "work you're doing here" not in said
    assert not any("What draws you" in note or "what draws you" in note for note in notes)


def test_nothing_specific_known_leaves_the_line_out_and_says_what_to_add() -> None:
    ctx = Context(company="Deloitte", target="climate reporting", last_line=WHY)
    version, notes = stronger_parts(ctx, "I applied because it's a big firm with lots of clients.")
    said = to_plain(version)
    assert "work you're doing here" not in said and "What draws me" not in said
    assert any("what draws you to Deloitte" in to_plain(note) for note in notes)


def test_a_rushed_moment_keeps_the_honest_fit_they_earned() -> None:
    ctx = Context(
        company="Deloitte", role="Audit Associate", target="climate reporting", last_line=RUSHED
    )
    honest = "To be honest, the audit role isn't where I do my best work; I'm at my best in climate reporting."
    version, _ = stronger_parts(ctx, f"Of course, I'll keep it short. {honest} May I email you?")
    said = to_plain(version)
    assert honest in said
    # Their fit comes before the ask, so the ask has its reason.
    assert said.index(honest) < said.index("talk to?")


def test_an_ask_for_another_team_carries_its_reason_when_short() -> None:
    ctx = Context(
        company="Deloitte", role="Audit Associate", target="climate reporting", last_line=RUSHED
    )
    said = to_plain(stronger_parts(ctx, "Sure. Could I email you later?")[0])
    asks = [s for s in said.split("? ") if "talk to" in s]
    assert asks and "best work" in asks[0]
    ctx = Context(company="Deloitte", role="Audit Associate", last_line=RUSHED)
    said = to_plain(stronger_parts(ctx, "Sure. Could I email you later?")[0])
    assert "Which team do you think would make the most of my background" in said


def test_the_timing_hint_never_asks_for_what_the_first_sentence_did() -> None:
    line = "Be straight with me: if we offered you this role now, would you accept?"
    ctx = Context(company="Deloitte", target="climate reporting", last_line=line)
    text = "Yes. Do you have any climate jobs there?"
    shown = {e: 2 for e in ("E2", "E3", "E4", "E5", "E6", "E7")}
    note = to_plain(feedback(score(text, ctx), ctx, text, earlier=shown))
    # Said as a whole sentence about their reply (review 26), never "Timing: half there; ...".
    timing = [
        row
        for row in note.splitlines()
        if row.lstrip("-• ").startswith("Your reply to their line is partly there")
    ]
    assert timing, note
    assert "answer their line in your first sentence" not in timing[0]
    assert "you answered their line first" in timing[0]


def test_proof_comes_from_an_earlier_answer_when_setup_has_none() -> None:
    earlier = (
        (
            FIRST,
            "Yes, thanks. I built a reporting tool that cut our month-end close from 9 days "
            "to 5, and I'd love to do more of that.",
        ),
    )
    ctx = Context(company="Deloitte", target="climate reporting", last_line=WHY, earlier=earlier)
    said = to_plain(
        stronger_parts(ctx, "I applied because it's a big firm with lots of clients.")[0]
    )
    assert "I built a reporting tool that cut our month-end close from 9 days to 5." in said
    assert "I'd love to do more of that" not in said
