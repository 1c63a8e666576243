"""Reminders on each student's own clock: one student in Los Angeles, one in Kolkata, on the
same engine. Every reminder fires at the local hour the norm intends (thank-you notes at 17:00,
everything else at 09:00), person-facing follow-ups on working days there, and the timers table
keeps UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.engine import Engine
from tests.conftest import Chat

LA, KOLKATA = ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Kolkata")


def pending(engine: Engine, chat: Chat) -> dict[str, str]:
    """Timer kind -> due_at, as stored, of the student's pending timers."""
    timers = engine.store.export(chat.key)["timers"]
    return {t["name"].split(":")[0]: t["due_at"] for t in timers if t["status"] == "pending"}


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


async def test_reminders_fire_at_the_local_hour_on_working_days(
    engine: Engine, clock: ManualClock
) -> None:
    # Wednesday 25 November, 09:00 UTC: 01:00 in Los Angeles.
    luis = Chat(engine, user="luis")
    for text in (
        "/start",
        "Prepare for an interview",
        "Lumen Outdoor Co.",
        "Inside sales representative",
        "Los Angeles",
        "tomorrow",  # Thursday 26 November
        "their repair-and-resell program",
        "5",
        "2",
        "merchandising analytics",
        "Sounds right",
        "I built a dashboard of returns by product line",
        "If I decide to decline",
        "Remind me to check in in 3 months",
    ):
        await luis.say(text)

    # Friday 27 November, 20:00 UTC: already Saturday 28 November (01:30) in Kolkata.
    clock.advance(timedelta(days=2, hours=11))
    asha = Chat(engine, user="asha")
    for text in (
        "/debrief",
        "Verdant Grid",
        "Inside sales representative",
        "Kolkata",  # asked before "When was it?", the debrief's first question about a day
        "Today",  # Saturday 28 November, there
        "Yes, I did",
        "She offered to introduce me to the analytics lead.",
        "product analytics",  # where she'd rather work (no better fit known yet)
        "Priya Raman",
        "Team lead",
        "Inside sales",
        "priya@verdantgrid.example",
        "the forecasting dashboard",
        "That's everyone",
        "an introduction to the analytics lead",
        "They didn't say who",
        "They didn't say",  # by when
        "Nothing else",
        "Nothing",  # promised
        "An introduction",
        "They didn't say",
        "Asha",  # how she signs her notes
        "Thank-you notes",
        "Other drafts",
        "Introduction request",
        "Sent the ask to Priya",  # she offered: a nudge, no 3B7 with her
        "I've been introduced",
        "Sam Lee, who leads product analytics",
        "Sent the note to Sam",  # the note to the person introduced starts the 3B7
    ):
        await asha.say(text)
    assert asha.state == "drafts.intro"

    # Stored in UTC; each is the intended local hour and day.
    assert pending(engine, luis) == {
        # 17:00 on the interview day in Los Angeles.
        "thank_you": "2026-11-27T01:00:00.000000Z",
        # 91 days after the interview (Thursday 26 November), not after the plan was made
        # the day before: Thursday 25 February, 09:00 there.
        "keep_warm": "2027-02-25T17:00:00.000000Z",
    }
    assert pending(engine, asha) == {
        # Not on a Saturday: notes are read on Monday morning, 09:00 in Kolkata (review 8).
        "thank_you": "2026-11-30T03:30:00.000000Z",
        # 14 days after a Saturday is a Saturday: moved to Monday 14 December, 09:00 there.
        "status_check": "2026-12-14T03:30:00.000000Z",
        # 91 days after a Saturday: Monday 1 March, 09:00 there.
        "keep_warm": "2027-03-01T03:30:00.000000Z",
        # 3B7 from a Saturday: 3 working days (Wednesday 2 December), then 7 (Tuesday 8).
        "outreach_second": "2026-12-02T03:30:00.000000Z",
        "outreach_followup": "2026-12-08T03:30:00.000000Z",
    }

    # Every one fires exactly when due, not a minute before, for its own student only.
    due = sorted(
        (utc(at), kind, chat) for chat in (luis, asha) for kind, at in pending(engine, chat).items()
    )
    for moment, kind, chat in due:
        zone = LA if chat is luis else KOLKATA
        local = moment.astimezone(zone)
        # The thank-you on the interview day is late afternoon; moved off a weekend, a morning.
        afternoon = kind == "thank_you" and chat is luis
        assert (local.hour, local.minute) == ((17, 0) if afternoon else (9, 0)), kind
        assert local.weekday() < 5, f"{kind} falls on a weekend in {zone}"
        early = await engine.tick(moment - timedelta(minutes=1))
        assert early == [], f"{kind} fired early"
        fired = await engine.tick(moment)
        assert [o.key for o in fired] == [chat.key], kind
        engine.delivered([o.reply for o in fired])
    assert await engine.tick(datetime(2027, 6, 1, tzinfo=UTC)) == []
