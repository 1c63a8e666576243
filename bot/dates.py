"""Dates people type ("next thursday at 2pm", "end of next week"), read in their own time zone.

A thin layer over dateparser: it reads the date and the time; this module first rewrites the
few phrases dateparser gets wrong or refuses, and says whether a time was actually given.

- ``next <weekday>`` is that day of next week (on a Wednesday, "next Thursday" is eight days
  away, not tomorrow; "this Thursday" or "Thursday" is tomorrow);
- ``end of this/next week`` is its Friday; ``end of the month`` its last weekday;
- ``next week``, ``this week``, ``the week after next`` name no day: :func:`parse` returns the
  week (``When.week``) so the caller can offer its days as buttons rather than guess;
- ``in two weeks``, ``two weeks from today``, ``a week today`` count from today;
- ``the 3rd`` is the next 3rd of a month; ``at 2`` is 2 pm (1 to 7 are afternoon hours);
- a time (``2pm``, ``14:30``, ``noon``) is kept; a part of the day (``tomorrow afternoon``)
  is kept as that word.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.patterns import lazy

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "tonight": "evening"}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_DAY = "|".join(DAYS)
_WEEK = lazy(
    r"(?:(?:some ?time|sometime|early|mid|late|later|during|in)\s+)?"
    r"(?:(?P<which>next|this|the following|the)\s+week|(?:the\s+)?week\s+after\s+next)"
)
_END_WEEK = lazy(r"(?:the\s+)?end\s+of\s+(?P<which>next|this|the)\s+week")
_END_MONTH = lazy(r"(?:the\s+)?end\s+of\s+(?P<which>next|this|the)\s+month")
_NEXT_DAY = lazy(rf"\bnext\s+({_DAY})\b")
_FROM_TODAY = lazy(
    r"\b(?P<n>\d+|a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?|months?)\s+"
    r"(?:from\s+(?:today|now)|today)\b"
)
_IN_WORDS = lazy(r"\bin\s+(?P<n>a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?|months?)\b")
_NTH = lazy(r"^(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)$")
_BARE_HOUR = lazy(r"\bat\s+(\d{1,2})(?!\s*(?::|\.|\d|am|pm|a\.m|p\.m|o'?clock))\b")
_CLOCK = lazy(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|\bnoon\b|\bmidday\b|o'?clock")
_MIDNIGHT = lazy(r"\bmidnight\b|\b0?0[:.]00\b|\b12\s*am\b")
_LEAD = lazy(r"^(?:on|it's|it is|its|the interview is|at)\s+")


@dataclass(frozen=True)
class When:
    """What a typed date meant: ``day``; the clock ``time`` if one was given; the ``part`` of
    the day ("morning", "afternoon", "evening") if only that was; or ``week``: a whole week,
    ``day`` being its Monday."""

    day: date
    time: time | None = None
    part: str | None = None
    week: bool = False

    def answer(self) -> dict[str, Any]:
        """The keyword arguments of an ``answer`` trigger: ``date`` (ISO), and ``time``
        (``HH:MM``) and ``part`` when given."""
        out: dict[str, Any] = {"date": self.day.isoformat()}
        if self.time is not None:
            out["time"] = self.time.strftime("%H:%M")
        if self.part is not None:
            out["part"] = self.part
        return out


def parse(text: str, now: datetime) -> When | None:
    """What ``text`` means as a date, seen from ``now`` (the person's local time, aware or
    naive); None when it is not a date."""
    today = now.date()
    t = _LEAD.sub("", re.sub(r"\s+", " ", text.strip().casefold()).rstrip(".!?"))
    if not t or t.isdigit():  # a number alone is a button's number or a score, not a date
        return None
    try:
        return When(date.fromisoformat(t))  # no language model needed for ISO dates
    except ValueError:
        pass
    special = _special(t, today)
    if special is not None:
        return special
    t = _rewrite(t, today)
    moment = _dateparser(t, now)
    if moment is None:
        return None
    # A time the text gave comes back the same whatever the clock says now; a time dateparser
    # filled in from "now" moves with it.
    other = _dateparser(t, now.replace(hour=(now.hour + 7) % 24, minute=(now.minute + 17) % 60))
    given = other is not None and other.time() == moment.time()
    if given and moment.time() == time(0) and not _MIDNIGHT.search(t):
        given = False  # "friday" comes back at midnight: no time was said
    part = next((PARTS[w] for w in PARTS if re.search(rf"\b{w}\b", t)), None)
    if part is not None and not _CLOCK.search(t):
        return When(moment.date(), part=part)
    return When(moment.date(), moment.time() if given else None)


def week_days(monday: date, today: date) -> list[date]:
    """The working days (Monday to Friday) of the week starting ``monday`` still ahead of
    ``today``."""
    return [d for d in (monday + timedelta(days=i) for i in range(5)) if d > today]


def describe(day: date, at: time | None = None, part: str | None = None) -> str:
    """``Thursday 3 December 2026, 2 pm`` (or ``..., afternoon``; the day alone without either)."""
    text = day.strftime("%A %-d %B %Y")
    if at is not None:
        return f"{text}, {say_time(at)}"
    return f"{text}, {part}" if part else text


def say_time(at: time) -> str:
    """``2 pm``, ``2:30 pm``, ``noon``, ``midnight``."""
    if at.minute == 0 and at.hour in (0, 12):
        return "midnight" if at.hour == 0 else "noon"
    hour = at.hour % 12 or 12
    minutes = f":{at.minute:02d}" if at.minute else ""
    return f"{hour}{minutes} {'am' if at.hour < 12 else 'pm'}"


def day_button(day: date) -> str:
    """A day as a short button label: ``Thu 3 Dec``."""
    return day.strftime("%a %-d %b")


# -- the phrases dateparser needs help with ----------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _special(t: str, today: date) -> When | None:
    """Whole weeks, ends of weeks and months, and "the 3rd": None for anything else."""
    this_monday = _monday(today)
    match = _END_WEEK.fullmatch(t)
    if match:
        friday = this_monday + timedelta(days=4)
        if match["which"] == "next" or friday < today:
            friday += timedelta(days=7)
        return When(friday)
    match = _END_MONTH.fullmatch(t)
    if match:
        year, month = today.year, today.month
        if match["which"] == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        while last.weekday() > 4:
            last -= timedelta(days=1)
        return When(last)
    match = _WEEK.fullmatch(t)
    if match:
        which = match["which"]
        if which is None:  # the week after next
            return When(this_monday + timedelta(days=14), week=True)
        if which == "this" and week_days(this_monday, today):
            return When(this_monday, week=True)
        return When(this_monday + timedelta(days=7), week=True)
    match = _NTH.fullmatch(t)
    if match:
        n = int(match.group(1))
        year, month = today.year, today.month
        for _ in range(13):
            if n <= calendar.monthrange(year, month)[1] and date(year, month, n) >= today:
                return When(date(year, month, n))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _rewrite(t: str, today: date) -> str:
    """Rewrite what dateparser reads differently from people into what it reads right."""
    next_monday = _monday(today) + timedelta(days=7)

    def next_day(match: re.Match[str]) -> str:
        day = next_monday + timedelta(days=DAYS.index(match.group(1)))
        return day.strftime("%-d %B %Y")

    def count(match: re.Match[str]) -> str:
        n = match["n"]
        return f"in {_NUMBERS.get(n, n)} {match['unit']}"

    t = _NEXT_DAY.sub(next_day, t)
    t = _FROM_TODAY.sub(count, t)
    t = re.sub(r"\ba week today\b", "in 1 week", t)
    t = _IN_WORDS.sub(count, t)

    def hour(match: re.Match[str]) -> str:
        h = int(match.group(1))
        if not 1 <= h <= 12:
            return match.group(0)
        return f"at {h}{'pm' if h <= 7 or h == 12 else 'am'}"

    return _BARE_HOUR.sub(hour, t)


def _dateparser(text: str, now: datetime) -> datetime | None:
    settings: dict[str, Any] = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
    }
    try:
        import dateparser  # its language data takes ~30 ms to load: only when a date is typed

        return dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
