"""A rehearsal answer is read once per message (issue 11): the score, the coach's note and what
the interviewer hears all come from one reading of the answer, whatever the persona, played
through the real flow. In wordings of our own: a hotel receptionist who wants revenue
management at a hotel group."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.engine import Engine
from bot.markup import to_plain
from bot.messages import ConversationKey, Inbound
from bot.store import open_store
from flows.pivot import build_flow, scoring
from flows.pivot.feedback import coach_note, stronger_version
from flows.pivot.scoring import Context, analyse

SETUP = [
    "/rehearse",
    "Harbourline Hotels",
    "Front desk receptionist",
    "revenue management",
    "their dynamic pricing pilot",
    "I built a spreadsheet of weekend bookings that helped my manager fill 40 more rooms a month",
]
ANSWER = (
    "Thanks, I've enjoyed this. Harbourline's dynamic pricing pilot is why I applied. To be "
    "honest, I'm at my best with numbers rather than at the desk: I built a spreadsheet of "
    "weekend bookings that helped my manager fill 40 more rooms a month. Is there someone in "
    "revenue management I could speak to for twenty minutes? I'm happy to stay in the process, "
    "and may I follow up by email next week?"
)


@pytest.mark.parametrize("persona", ["Friendly", "Rushed", "Sceptical"])
def test_an_answer_is_read_once_for_its_score_note_and_the_next_line(
    tmp_path: Path, persona: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    readings: list[str] = []
    init = scoring.Analysis.__init__

    def counted(self: scoring.Analysis, text: str, ctx: Context) -> None:
        readings.append(text)
        init(self, text, ctx)

    async def run() -> str:
        key = ConversationKey("console", "local", f"once-{persona}")
        engine = Engine(build_flow(), open_store(tmp_path / "once.db"), clock=ManualClock())
        try:
            for sent, text in enumerate([*SETUP, persona]):
                engine.delivered(await engine.handle(Inbound(key, text=text, event_id=f"m{sent}")))
            readings.clear()
            monkeypatch.setattr(scoring.Analysis, "__init__", counted)
            out = await engine.handle(Inbound(key, text=ANSWER, event_id="answer"))
            engine.delivered(out)
            return "\n".join(r.text for r in out)
        finally:
            engine.close()

    shown = asyncio.run(run())
    assert "/16" in shown  # the score and the coach's note were shown
    assert readings == [ANSWER]


def test_the_note_from_a_given_reading_is_the_note_read_afresh() -> None:
    ctx = Context(
        company="Harbourline Hotels",
        role="front desk receptionist",
        target="revenue management",
        draws="their dynamic pricing pilot",
        evidence="a spreadsheet of weekend bookings",
        last_line="Is there anything else you'd like to ask us?",
    )
    reading = analyse(ANSWER, ctx)
    given = coach_note(reading.score, ctx, ANSWER, analysis=reading)
    assert given == coach_note(reading.score, ctx, ANSWER)
    assert given[0].strip()


def test_notes_for_two_students_in_one_process_each_use_their_own_intake() -> None:
    """The intake's values are remembered between notes (the same every turn of a rehearsal):
    one student's role, reason or proof never turns up in another's stronger version."""
    hotel = Context(
        company="Harbourline Hotels",
        role="Front desk receptionist",
        target="revenue management",
        draws="their dynamic pricing pilot",
        evidence="a spreadsheet of weekend bookings",
        last_line="Do you have any questions for us?",
    )
    rail = Context(
        company="Kestrel Rail",
        role="ticket office clerk",
        target="network planning",
        draws="the off-peak fare trial",
        evidence="a passenger-count tracker",
        last_line="Do you have any questions for us?",
    )
    short = "Thanks for your time. I think I'd be better somewhere else."
    for _ in range(2):  # the second time from what the first remembered
        for ctx, own, other in (
            (hotel, ("dynamic pricing pilot", "weekend bookings"), ("fare trial", "passenger")),
            (rail, ("off-peak fare trial", "passenger-count tracker"), ("pricing", "bookings")),
        ):
            version = to_plain(stronger_version(ctx, short))
            assert all(words in version for words in own), version
            assert not any(words in version for words in other), version
