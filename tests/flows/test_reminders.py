"""When each follow-up of a debrief falls, on the student's own clock (COACHING.md's norms):
computed by ``flows.pivot.reminders`` for a student in Los Angeles and stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.conversation import Conversation
from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from flows.pivot import phrases, reminders
from flows.pivot.flow import build_flow
from flows.pivot.records import RECORDS

LA = ZoneInfo("America/Los_Angeles")


def student(now: datetime) -> Conversation:
    store = SqliteStore.memory()
    store.install(RECORDS)
    key = ConversationKey("console", "local", "t")
    return build_flow().conversation(key, "menu", {"_tz": "America/Los_Angeles"}, now, store)


# Wednesday 25 November, 10:00 in Los Angeles.
WEDNESDAY = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def local(moment: datetime) -> tuple[date, int]:
    there = moment.astimezone(LA)
    return there.date(), there.hour


def test_a_status_check_is_a_week_after_the_decision_date_or_two_after_the_interview() -> None:
    c = student(WEDNESDAY)
    assert local(reminders.status_check_due(c, "2026-12-04")) == (date(2026, 12, 11), 9)
    # Without a date, two weeks after the interview (Monday 23), not after the debrief.
    held = date(2026, 11, 23)
    assert local(reminders.status_check_due(c, None, held)) == (date(2026, 12, 7), 9)
    # A decision date long gone: the next working morning, never in the past; in Los Angeles
    # Thursday 26 November is Thanksgiving, a public holiday (review h30): Friday 27.
    assert local(reminders.status_check_due(c, "2026-10-01")) == (date(2026, 11, 27), 9)


def test_a_promise_is_the_next_working_morning() -> None:
    # Thursday 26 November is Thanksgiving in Los Angeles (review h30): Friday 27.
    assert local(reminders.promise_due(student(WEDNESDAY))) == (date(2026, 11, 27), 9)
    friday = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    assert local(reminders.promise_due(student(friday))) == (date(2026, 11, 30), 9)


def test_an_introduction_by_a_day_is_nudged_the_working_morning_after_it() -> None:
    c = student(WEDNESDAY)
    # The request goes the working day after the thank-you (due today, Wednesday 25): never two
    # notes to one person on one day (review 8), and before the connector's own day (review
    # rv26a item 5; it was three working days after). Thanksgiving (Thursday 26) is no working
    # day in Los Angeles (review h30): Friday 27.
    assert local(reminders.ask_due(c)) == (date(2026, 11, 27), 9)
    # By Friday 27 November: no working day before it after the thank-you, so the request goes
    # with the thank-you note (today at 17:00); the nudge two working days after Friday (a
    # little time for the connector), on a working morning: Tuesday 1 December, 09:00 there.
    assert reminders.ask_with_thanks(c, "2026-11-27")
    assert reminders.ask_due(c, "2026-11-27") == reminders.thank_you_due(c)
    due = reminders.introduction_due(c, "2026-11-27")
    assert local(due) == (date(2026, 12, 1), 9)
    assert due.astimezone(UTC) == datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
    # By a day already gone: not the past either (two working days after the request).
    assert local(reminders.introduction_due(c, "2026-11-20")) == (date(2026, 11, 30), 9)
    # By a day well after the request: two working mornings after that day, a little time
    # for the connector after their own date (issue 10 item 2; it was the morning after):
    # Thursday 10 December -> Monday 14, and a Friday -> the Tuesday, never a Saturday.
    assert local(reminders.introduction_due(c, "2026-12-10")) == (date(2026, 12, 14), 9)
    assert local(reminders.introduction_due(c, "2026-12-11")) == (date(2026, 12, 15), 9)
    kolkata = ZoneInfo("Asia/Kolkata")
    c = build_flow().conversation(
        ConversationKey("console", "local", "k"),
        "menu",
        {"_tz": "Asia/Kolkata"},
        WEDNESDAY,
        SqliteStore.memory(),
    )
    due = reminders.introduction_due(c, "2026-12-11")
    assert due.astimezone(kolkata) == datetime(2026, 12, 15, 9, tzinfo=kolkata)


def test_the_request_after_a_late_thank_you_is_the_day_after_it_never_the_same_morning() -> None:
    # Wednesday 25 November at 21:00 in Los Angeles: the thank-you goes the next working
    # morning (Friday 27: Thursday is Thanksgiving there, review h30), the introduction request
    # the working day after that (Monday 30 November), never the same morning.
    c = student(datetime(2026, 11, 26, 5, 0, tzinfo=UTC))
    assert local(reminders.thank_you_due(c)) == (date(2026, 11, 27), 9)
    assert local(reminders.ask_due(c)) == (date(2026, 11, 30), 9)
    # Unless the connector's day comes first: by Monday 30, with the thank-you note.
    assert local(reminders.ask_due(c, "2026-11-30")) == (date(2026, 11, 27), 9)
    # A day after the working day after it: that working day, before theirs.
    assert local(reminders.ask_due(c, "2026-12-01")) == (date(2026, 11, 30), 9)


def test_a_promise_label_says_to_whom_it_was_made() -> None:
    # Review 8 item 7: the label alone in a list names the person, also one whose name
    # wasn't caught; one that names them already is kept as it is.
    say = reminders._to_whom
    assert say("Send your case study", "Priya Raman", "Priya Raman") == (
        "Send Priya Raman your case study"
    )
    assert say("Email the slides", "the recruiter", "") == "Email the recruiter the slides"
    assert say("Share your portfolio", "Dr Ana Ruiz", "Dr Ana Ruiz") == (
        "Share your portfolio, as you promised Dr Ana Ruiz"
    )
    assert say("Send Ana your notes", "Dr Ana Ruiz", "Dr Ana Ruiz") == "Send Ana your notes"


def test_the_thank_you_day_said_and_its_reminder_agree_on_a_holiday() -> None:
    # Code review (issue 10, item 6): ``thanks_day`` (what the notes page says) kept its own
    # rule, with holidays and a 19:00 cut-off, while ``thank_you_due`` (the reminder) had
    # another. The day before Thanksgiving, an interview at 15:00 debriefed at 17:30 in Los
    # Angeles: the reminder is Friday 27 November at 09:00 (Thursday is Thanksgiving), and the
    # notes page said "ideally today". Both now say Friday, with or without the reminder set.
    c = student(datetime(2026, 11, 26, 1, 30, tzinfo=UTC))  # Wednesday 25, 17:30 there
    interview = c.add("interviews", company="Lumen", interview_date="2026-11-25")
    c.data.update(interview_id=interview, interview_date="2026-11-25", interview_time="15:00")
    due = reminders.thank_you_due(c, date(2026, 11, 25), time(15))
    assert local(due) == (date(2026, 11, 27), 9)
    assert reminders.thanks_day(c, interview) == date(2026, 11, 27)
    reminders.schedule(c, "thank_you", due, interview_id=interview)
    assert reminders.thanks_day(c, interview) == date(2026, 11, 27)
    # An interview on Thanksgiving itself is thanked for that day (the people met were at
    # work): at 13:00 the reminder is at 17:00 that day, and the notes page says today.
    c = student(datetime(2026, 11, 26, 21, 0, tzinfo=UTC))  # Thursday 26, 13:00 there
    interview = c.add("interviews", company="Lumen", interview_date="2026-11-26")
    assert local(reminders.thank_you_due(c, date(2026, 11, 26))) == (date(2026, 11, 26), 17)
    assert reminders.thanks_day(c, interview) is None


@pytest.mark.parametrize(
    ("typed", "thing"),
    [
        ("I'll send her the article today", "I'll send her the article"),
        ("I'll send her the article today.", "I'll send her the article"),
        ("I'll email him my CV later today", "I'll email him my CV"),
        ("I'll send the deck tonight", "I'll send the deck"),
        ("I'll share my portfolio this afternoon", "I'll share my portfolio"),
        ("I'll send the deck by today", "I'll send the deck"),
    ],
)
def test_a_promise_for_today_is_due_today_without_the_word(typed: str, thing: str) -> None:
    # Issue 10 item 5: "today" stayed inside the thing promised ("the article today with this
    # note") and the promise was reminded the next working morning.
    c = student(WEDNESDAY)  # 10:00 in Los Angeles
    assert phrases.without_deadline(typed) == thing
    assert reminders.promise_day(c, typed) == date(2026, 11, 25)
    assert local(reminders.promise_due(c, typed)) == (date(2026, 11, 25), 11)
    # A word that only holds "today" is no deadline.
    assert phrases.deadline("I'll send the Today show clip") == ""
