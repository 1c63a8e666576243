"""Reminders that send an email to someone move off public holidays as they move off weekends,
in the student's own country, read from their time zone (issue 10, review h30 item 4: a status
check fell on Christmas Day). The calendar is the ``holidays`` library's; stored times stay
UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import cast
from zoneinfo import ZoneInfo

import pytest

from bot.clock import iso
from bot.conversation import Conversation
from flows.pivot import debrief_records, reminders


def _student(zone: str, now: datetime) -> Conversation:
    """What the reminder rules read of a conversation: the zone and the clock."""
    tz = ZoneInfo(zone)
    return cast(
        Conversation, SimpleNamespace(zone=tz, now=now, local_now=now.astimezone(tz), data={})
    )


# Monday 30 November 2026, 18:00 UTC: the morning in Los Angeles, the night in Kolkata.
NOW = datetime(2026, 11, 30, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        # A decision due Friday 18 December: a week later is Christmas Day, a holiday in all
        # three; in London the Monday after is the Boxing Day holiday too.
        ("America/Los_Angeles", date(2026, 12, 28)),
        ("Asia/Kolkata", date(2026, 12, 28)),
        ("Europe/London", date(2026, 12, 29)),
    ],
)
def test_a_status_check_never_falls_on_a_public_holiday(zone: str, day: date) -> None:
    c = _student(zone, NOW)
    due = reminders.status_check_due(c, "2026-12-18")
    wall = due.astimezone(ZoneInfo(zone))
    assert wall.date() == day
    assert (wall.hour, wall.minute) == (9, 0)  # the local morning, as on any working day
    # Stored in UTC: 09:00 that day there.
    stored = iso(due)
    assert datetime.fromisoformat(stored).astimezone(ZoneInfo(zone)) == wall


def test_thanksgiving_is_skipped_for_a_us_student_only() -> None:
    # The day after the Wednesday before Thanksgiving: Friday for Los Angeles, Thursday for
    # Kolkata and London, where it is an ordinary working day.
    wednesday = date(2026, 11, 25)
    assert reminders.business_days(wednesday, 1, _student("America/Los_Angeles", NOW)) == date(
        2026, 11, 27
    )
    for zone in ("Asia/Kolkata", "Europe/London"):
        assert reminders.business_days(wednesday, 1, _student(zone, NOW)) == date(2026, 11, 26)


def test_an_outreach_follow_up_moves_off_republic_day_in_india() -> None:
    c = _student("Asia/Kolkata", NOW)
    republic_day = datetime(2027, 1, 26, 9, tzinfo=ZoneInfo("Asia/Kolkata"))  # a Tuesday
    moved = reminders.on_business_day(c, republic_day)
    assert moved.astimezone(ZoneInfo("Asia/Kolkata")) == datetime(
        2027, 1, 27, 9, tzinfo=ZoneInfo("Asia/Kolkata")
    )
    # The same Tuesday is a working day in Los Angeles: left where it was.
    la = _student("America/Los_Angeles", NOW)
    tuesday = datetime(2027, 1, 26, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert reminders.on_business_day(la, tuesday) == tuesday


def test_a_promise_due_after_a_holiday_is_reminded_the_working_day_before_it() -> None:
    # "by Monday 28 December" (London): the working morning before is Thursday 24 December,
    # never Christmas Day or Boxing Day.
    c = _student("Europe/London", datetime(2026, 12, 21, 10, tzinfo=UTC))
    due = reminders.promise_due(c, "send my portfolio by 28 dec")
    assert due.astimezone(ZoneInfo("Europe/London")).date() == date(2026, 12, 24)


def test_no_zone_no_holidays() -> None:
    # Before the student gives a time zone (UTC): weekends only, no country's holidays.
    c = cast(Conversation, SimpleNamespace(zone=UTC, now=NOW, local_now=NOW, data={}))
    assert reminders.country(c) is None
    assert reminders.business_days(date(2026, 12, 24), 1, c) == date(2026, 12, 25)


@pytest.mark.parametrize(
    ("todo", "said"),
    [
        # Review h30 item 6: "Your promise to Marcus Lee: send your portfolio link to Marcus by
        # ..." named him twice.
        (
            "send your portfolio link to Marcus by Friday 27 November",
            "send your portfolio link by Friday 27 November",
        ),
        (
            "email the case study to Marcus, by Friday, November 27",
            "email the case study, by Friday, November 27",
        ),
        ("send the deck to Marcus", "send the deck"),
    ],
)
def test_a_promise_after_the_name_never_names_them_again(todo: str, said: str) -> None:
    assert debrief_records.without_name(todo, "Marcus") == said


def test_the_country_comes_from_the_zone_table_the_dates_read() -> None:
    # Code review (issue 10, item 7): one zone table (bot.dates, the tz database's zone.tab)
    # for the date order and for the holidays; pytz is no longer a dependency.
    import flows.pivot.reminders as module

    assert "pytz" not in vars(module)
    assert reminders.country(_student("America/Los_Angeles", NOW)) == "US"
    assert reminders.country(_student("Asia/Kolkata", NOW)) == "IN"
    assert reminders.country(_student("Europe/London", NOW)) == "GB"
    assert reminders.country(_student("UTC", NOW)) is None
