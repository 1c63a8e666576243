"""Follow-up records and their reminders, at COACHING.md's norms: the one service through which
every part sets, closes and describes a follow-up (plans, debrief, drafts, contacts, follow-ups).

Norms: thank-you the same day (next morning at the latest); status check one week after a
decision date, else two weeks after the interview; outreach with no reply: a second contact after
3 business days, one follow-up with the first after 7 (Dalton's 3B7); keep-warm about quarterly.
Besides: what the student promised someone, the next working morning; the request for an
introduction someone offered, a few working days after the thank-you note to them (never two
notes to one person on one day); an introduction offered by a date, two working mornings after it
(a nudge, if it hasn't happened: the connector gets a little time after their own date).

Time: every reminder is computed on the person's own clock (``Conversation.zone``: the time
zone they gave, or Slack's; UTC until then) and stored in UTC. "This morning" is 09:00 there, the
interview-day thank-you late afternoon there (once that is past, or on a Saturday or Sunday, the
next working morning). A follow-up
that reaches another person (all but the thank-you reminder, which is about writing notes while
the day is fresh) falls on a business day: one due on a Saturday or Sunday moves to Monday, at
the same hour; so does one due on a public holiday in the student's country (read from their
time zone, the ``holidays`` library's calendar: Christmas Day, Thanksgiving in the US, Boxing
Day in the UK, Republic Day in India).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import holidays

from bot import dates, zones
from bot.clock import from_iso, iso
from bot.conversation import Conversation
from bot.messages import Choice
from bot.parts import Part
from flows.pivot import phrases

KINDS = (
    "thank_you",
    "status_check",
    "outreach_second",
    "outreach_followup",
    "keep_warm",
    "promise",  # something the student promised someone they met; its words are the ``note``
    # An introduction someone offered by a date: a polite nudge to them if it hasn't happened
    # by then (what they offered is the ``note``).
    "introduction",
    # An introduction offered with no day given: the student asks for it (the introduction
    # request), the next working morning; the nudge follows a week after.
    "ask",
    # Introduced to someone: write them the outreach note, the next working morning (until
    # it is marked sent, which starts 3B7 with them).
    "write",
)
OPEN = ("pending", "snoozed")
MORNING = 9  # reminders that say "this morning" come at 09:00, local time
THANK_YOU_HOUR = 17  # late afternoon on the interview day: "same day, by the next morning"
THANK_YOU_AFTER = timedelta(hours=2)  # after an interview that ends late, a little after it
THANK_YOU_LATEST = 21  # ... but not later in the evening than this: the next morning will do
ANY_DAY = ("thank_you",)  # kinds not moved off a weekend (see the module docstring)
STATUS_AFTER_DECISION = timedelta(days=7)
STATUS_NO_DATE = timedelta(days=14)
KEEP_WARM_DAYS = 91
GRACE = timedelta(days=1)  # done within a day of the reminder counts as on time
# The words and button values a part needs to show a follow-up's Done / Snooze / Skip.
LABELS = ("followup_done", "followup_snooze", "followup_skip")
BUTTONS = ("fu",)
# The words of :func:`describe`: what to do and with whom, per kind, with a named contact
# (``todo.<kind>``) or only the company (``todo.<kind>.company``). A part that describes
# follow-ups declares these among its texts, and ``TODO_VALUES`` among its extras.
TODO = (
    *(f"todo.{k}" for k in KINDS),
    *(f"todo.{k}.company" for k in KINDS),
    "todo.thank_you.each",
    "todo.promise.do",
    "todo.keep_warm.advice",
    "todo.keep_warm.ahead",
    "todo.thank_you.ahead",
    "todo.and",
)
# Notes that record advice, a suggestion or a tip someone gave: only then does a check-in say
# "what you did with their advice".
ADVICE = re.compile(
    r"\b(?:advi[cs]e\w*|suggest\w*|recommend\w*|tips?|told (?:me|you) to|pointers?)\b", re.I
)
TODO_VALUES = ("name", "company", "people", "topic", "todo", "todo_lower")


# -- the person's clock -------------------------------------------------------------------------


def today(c: Conversation) -> date:
    """Today's date where the person is."""
    return c.local_now.date()


def at(c: Conversation, day: date, hour: int, minute: int = 0) -> datetime:
    """``hour``:``minute`` on ``day``, on the person's own clock (an aware datetime)."""
    return datetime.combine(day, time(hour, minute), tzinfo=c.zone)


def morning(c: Conversation, day: date) -> datetime:
    """09:00 on ``day``, on the person's own clock."""
    return at(c, day, MORNING)


def local(c: Conversation, moment: datetime) -> datetime:
    """A stored (UTC) moment on the person's own clock."""
    return moment.astimezone(c.zone)


FAR_AHEAD = 152  # days: a date further ahead than about five months says its year


def day_label(c: Conversation, day: date) -> str:
    """A day, short, on the person's calendar: ``Fri 4 Dec``; with its year when that is not
    this year or the day is more than about five months ahead: ``Mon 1 Mar 2027``."""
    now = today(c)
    far = day.year != now.year or (day - now).days > FAR_AHEAD
    return day.strftime("%a %-d %b %Y" if far else "%a %-d %b")


def moment_label(c: Conversation, due: datetime) -> str:
    """When a reminder comes, on the person's own clock: ``Fri 4 Dec, 9 am`` (the year as in
    :func:`day_label`)."""
    wall = local(c, due)
    return f"{day_label(c, wall.date())}, {dates.say_time(wall.time())}"


# One public-holiday calendar per country, built on first use (the library adds years as
# they are asked about).
_HOLIDAYS: dict[str, holidays.HolidayBase] = {}


def country(c: Conversation | None) -> str | None:
    """The student's country (ISO 3166 alpha-2), read from their time zone ("Asia/Kolkata" ->
    "IN"); None when they gave none (UTC) or the zone is no one country's."""
    key = getattr(getattr(c, "zone", None), "key", None)
    # The tz database's own zone table, as the date reading uses it (``bot.dates``).
    return dates.zone_country(str(key)) if key else None


def holiday(c: Conversation | None, day: date) -> bool:
    """Whether ``day`` is a public holiday in the student's country (the ``holidays``
    library's national calendar: Christmas Day, Thanksgiving in the US, Boxing Day in the UK,
    Republic Day in India); False when their country is not known."""
    code = country(c)
    if code is None:
        return False
    if code not in _HOLIDAYS:
        try:
            _HOLIDAYS[code] = holidays.country_holidays(code)
        except NotImplementedError:  # a country the library has no calendar for
            return False
    return day in _HOLIDAYS[code]


# Countries that write a date month first ("Saturday, November 28") and close a note "Best,";
# everywhere else (the UK, India, ...) "Saturday 28 November" and "Best wishes,".
MONTH_FIRST = frozenset({"US", "PH", "PR", "GU", "AS", "VI", "UM", "MP"})


def month_first(c: Conversation | None) -> bool:
    """Whether the student writes as in the US (from their time zone's country): a date month
    first, and the US sign-offs."""
    return country(c) in MONTH_FIRST


def long_day(c: Conversation | None, day: date) -> str:
    """A day in full, as a note to someone says it in the student's own style: "Saturday,
    November 28" in the US, "Saturday 28 November" elsewhere (and before a time zone is
    known)."""
    if month_first(c):
        return f"{day:%A}, {day:%B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def day_month(c: Conversation | None, day: date) -> str:
    """A day of the month alone, in the student's style: "December 7" or "7 December"."""
    return f"{day:%B} {day.day}" if month_first(c) else f"{day.day} {day:%B}"


def working_day(c: Conversation | None, day: date) -> bool:
    """Monday to Friday, and no public holiday where the student is (:func:`holiday`)."""
    return day.weekday() < 5 and not holiday(c, day)


def business_days(start: date, days: int, c: Conversation | None = None) -> date:
    """``days`` working days after ``start``: Saturday and Sunday skipped, and, given the
    conversation ``c``, the public holidays of the student's country."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if working_day(c, current):
            days -= 1
    return current


def on_business_day(c: Conversation, due: datetime) -> datetime:
    """``due`` moved to the next working day, at the same local hour, when it falls on a
    weekend or a public holiday there (Friday 25 December -> Monday 28 December)."""
    wall = local(c, due)
    day = wall.date()
    if working_day(c, day):
        return due
    while not working_day(c, day):
        day += timedelta(days=1)
    return datetime.combine(day, wall.time(), tzinfo=c.zone)


# -- when each norm falls ----------------------------------------------------------------------


def thank_you_due(c: Conversation, day: date | None = None, start: time | None = None) -> datetime:
    """When to remind about thank-you notes for an interview on ``day`` (today if None) that
    starts at ``start`` (if known): late afternoon that day, or a little after an interview
    that ends late; the next morning when that moment is (almost) past already. For an
    interview before today (yesterday's: "by the next morning" is this morning; ``LATE_AFTER``
    days ago or more: late) the next working-hours slot (:func:`working_slot`: 09:00 when typed
    after midnight), never held until the late afternoon, so the reminder and the notes page
    ("send them this morning") say the same."""
    day = day or today(c)
    if day < today(c):
        return working_slot(c)  # as soon as it is sensible to send them
    due = at(c, day, THANK_YOU_HOUR)
    if start is not None:
        due = max(due, datetime.combine(day, start, tzinfo=c.zone) + THANK_YOU_AFTER)
        due = min(due, at(c, day, THANK_YOU_LATEST))
    if due - timedelta(hours=1) < c.now:
        # Past for today: the next working morning (not a Saturday or Sunday morning).
        due = morning(c, business_days(max(day, today(c)), 1, c))
    elif local(c, due).weekday() > 4:
        # A Saturday or Sunday: the notes are read on Monday morning, so that is when they go
        # (COACHING.md: person-facing follow-ups on business days). An interview held on a
        # public holiday is thanked for that day: the people met were at work.
        due = morning(c, business_days(local(c, due).date(), 1, c))
    return due


def working_slot(c: Conversation) -> datetime:
    """The next moment in working hours on the person's clock, for something overdue: 09:00
    today when it is a working day before nine; within the hour (on the hour) during working
    hours; else 09:00 the next working day."""
    now = local(c, c.now)
    if working_day(c, now.date()) and now.hour < MORNING:
        return morning(c, now.date())
    if working_day(c, now.date()) and now.hour < THANK_YOU_HOUR:
        return at(c, now.date(), now.hour + 1)
    return morning(c, business_days(now.date(), 1, c))


LATE_AFTER = 2  # days after the interview from which its thank-you notes are late


def days_since(c: Conversation, interview_id: int | None) -> int | None:
    """Whole days from the interview's day to today on the person's calendar (0 on the day);
    None when its day is not known."""
    held = [i["interview_date"] for i in c.records("interviews", id=interview_id)]
    if not held or not held[0]:
        return None
    return (today(c) - date.fromisoformat(str(held[0]))).days


def thanks_late(c: Conversation, interview_id: int | None) -> bool:
    """Whether the interview was more than a day ago: its thank-you notes are late (still well
    worth sending, and never written as if it were today)."""
    days = days_since(c, interview_id)
    return days is not None and days >= LATE_AFTER


def thanks_day(c: Conversation, interview_id: int | None) -> date | None:
    """The day to send the thank-you notes of an interview when it is not today: the day of
    their open reminder, else the day :func:`thank_you_due` would set it on (one rule for the
    reminder and for what the notes page says, public holidays and all); None when today is
    the day to send them, or the interview is still to come."""
    held = [i["interview_date"] for i in c.records("interviews", id=interview_id)]
    day = date.fromisoformat(held[0]) if held and held[0] else None
    if day is not None and day > today(c):
        return None  # still to come: the notes are for after it
    rows = c.records("followups", kind="thank_you", status=OPEN, interview_id=interview_id)
    if rows:
        due = from_iso(rows[0]["due_at"])
    else:
        start = c.data.get("interview_time") if c.data.get("interview_id") == interview_id else None
        due = thank_you_due(c, day, time.fromisoformat(start) if start else None)
    sent = local(c, due).date()
    return sent if sent > today(c) else None


def status_check_due(c: Conversation, decision: str | None, held: date | None = None) -> datetime:
    """A week after the decision date they gave (ISO), else two weeks after the interview
    (``held``, today if None); 09:00 on a working day. When that week has gone by too, the
    next working morning (never today, never a weekend): a decision due Sunday 29 November is
    checked on Monday 7 December, not the day after it."""
    held = held or today(c)
    base = (
        date.fromisoformat(decision) + STATUS_AFTER_DECISION if decision else held + STATUS_NO_DATE
    )
    if base <= today(c):
        return morning(c, business_days(today(c), 1, c))
    return on_business_day(c, morning(c, base))


def status_check_overdue(c: Conversation, decision: str) -> bool:
    """Whether the week after a decision date (ISO) has gone by already: the status check is
    then due now (the next working morning), not a week on."""
    return date.fromisoformat(decision) + STATUS_AFTER_DECISION <= today(c)


def keep_warm_due(c: Conversation, held: str | None = None) -> datetime:
    """The quarterly check-in, 09:00 on the student's clock: about a quarter after the
    interview's day ``held`` (ISO) when it is known, whether it is still to come (the plan's
    three-month button) or gone (a late debrief); from today only without one. Never before
    tomorrow, for an interview so long ago that its quarter has passed."""
    start = date.fromisoformat(held) if held else today(c)
    day = max(start + timedelta(days=KEEP_WARM_DAYS), today(c) + timedelta(days=1))
    return morning(c, day)


def promise_due(c: Conversation, words: str = "") -> datetime:
    """Something the student promised: the next working morning, while it is fresh for both;
    or, when the promise says its own day ("... by Wednesday", "by 4 Dec", resolved once by
    :func:`promise_day`), before it: the working morning before that day, or the morning of
    the day itself when that morning has gone already. A day already gone (a promise made at
    the interview "by friday", debriefed the Monday after) is overdue: the next moment in
    working hours, today when it can be (:func:`working_slot`)."""
    day = promise_day(c, words)
    if day is None:
        return morning(c, business_days(today(c), 1, c))
    if day <= today(c):
        return working_slot(c)
    before = day - timedelta(days=1)
    while not working_day(c, before):
        before -= timedelta(days=1)
    ahead = morning(c, before)
    return ahead if ahead > c.now else morning(c, day)


def promise_deadline(c: Conversation, words: str) -> date | None:
    """The day a promise's typed deadline names, when it is still to come (see
    :func:`promise_day`); None when it names none, names a week, or names a day gone by."""
    day = promise_day(c, words)
    return day if day is not None and day > today(c) else None


def promise_day(c: Conversation, words: str) -> date | None:
    """The day a promise's typed deadline names, resolved once and the same way
    :func:`dated` writes it into the promise: made at the interview, "by friday" is the
    Friday on or after the interview's day, and "by the end of next week" counts from that
    day; None when it names no day (or a week). The day may be gone by already (a Friday
    before a Monday debrief): the reminder, the summary and the thank-you note all go by it."""
    tail = phrases.deadline(words)
    if not tail:
        return None
    held = c.data.get("interview_date")
    since = date.fromisoformat(held) if isinstance(held, str) and held else None
    since = since if since and since <= today(c) else None
    when = dates.parse(tail, c.local_now, since=since, ahead=True)
    if when is None or when.week:
        return None
    day = when.day
    weekday = re.fullmatch(r"(?:this\s+)?[a-z]+", tail.strip(), re.I)
    if weekday and day < (since or today(c)):  # "friday", said on a Saturday: the one to come
        day += timedelta(days=7)
    return day


# A day said relative to today at the end of a promise or a detail, with or without "by":
# "next week", "tomorrow", "by end of next week", "on friday".
_RELATIVE_TAIL = re.compile(
    r"(?P<lead>[\s,]+(?:(?P<prep>by|before|until|till|no later than|on)\s+)?)"
    r"(?P<when>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?week|(?:this|next)\s+week"
    r"|tomorrow|tmrw|tonight|(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?P<end>[.!]*)$",
    re.I,
)


def dated(c: Conversation, text: str) -> str:
    """``text`` with a relative day typed at its end ("by end of next week", "tomorrow", "on
    friday", "next week") written as the date it meant when typed: "... by Friday 11
    December" ("by Friday, December 11" in the US style: :func:`long_day`), "... the week of 7
    December". Stored this way, a note drafted or sent on a
    later day still says the right day. Counted from the interview's day when it has been (a
    promise made there); ``text`` unchanged when it ends with no such day."""
    found = _RELATIVE_TAIL.search(text)
    if found is None:
        return _dated_deadline(c, text)
    held = c.data.get("interview_date")
    since = date.fromisoformat(held) if isinstance(held, str) and held else None
    since = since if since and since <= today(c) else None
    when = dates.parse(found["when"], c.local_now, since=since, ahead=True)
    if when is None:
        return text
    if when.week:
        said = f"the week of {day_month(c, when.day)}"
        prep = "in" if found["prep"] else ""
    else:
        day = when.day
        if day < (since or today(c)):  # "friday", said on a Saturday: the one to come
            day += timedelta(days=7)
        said = long_day(c, day)
        prep = (found["prep"] or "on").lower()
        prep = "by" if prep in ("by", "before", "until", "till", "no later than") else prep
    lead = " ".join(w for w in (prep, said) if w)
    return f"{text[: found.start()]} {lead}{found['end']}"


def _dated_deadline(c: Conversation, text: str) -> str:
    """``text`` with any other deadline typed at its end ("by fri", "before thu 3 dec", "by
    4 dec") written as the day :func:`promise_day` resolves it to, the way :func:`dated`
    writes every day: "by Friday 27 November". ``text`` unchanged when it names no day."""
    day = promise_day(c, text)
    if day is None:
        return text
    kept = phrases.without_deadline(text)
    tail = phrases.strip_end(text)[len(kept) :].strip(" ,")
    if not kept or kept == text or not tail:
        return text
    prep = "on" if tail.split()[0].casefold() == "on" else "by"
    return f"{kept} {prep} {long_day(c, day)}"


# Working days between the introduction request and a nudge about it: never the same day.
NUDGE_AFTER_ASK = 2
# Working days after the day someone said they would introduce the student by, before a
# nudge: a little time to do it after their own date (COACHING.md), never the day after it.
NUDGE_AFTER_BY = 2


def introduction_due(c: Conversation, by: str) -> datetime:
    """A working morning ``NUDGE_AFTER_BY`` working days after the day (ISO) someone said they
    would introduce the student by ("by Friday": the Tuesday after, holidays skipped): time for
    a polite nudge if nothing has come. Never before tomorrow, and never sooner than
    ``NUDGE_AFTER_ASK`` working days after the request (:func:`ask_due`)."""
    day = max(date.fromisoformat(by), today(c))
    ask = local(c, ask_due(c, by)).date()
    nudge = max(business_days(day, NUDGE_AFTER_BY, c), business_days(ask, NUDGE_AFTER_ASK, c))
    return morning(c, nudge)


# Working days between the thank-you note and the introduction request to the same person:
# the next working day (COACHING.md: the request, with the lines that make the introduction
# easy, reaches the connector well before their own day; never two notes on one day).
ASK_AFTER_THANKS = 1


def ask_due(c: Conversation, by: str | None = None) -> datetime:
    """The introduction request to whoever offered one: a working morning ``ASK_AFTER_THANKS``
    working day after the day the thank-you notes are due (:func:`thank_you_due`), so the same
    person never gets two notes on one day. When that is not before the day (ISO) they said
    they would introduce the student by, the request goes with the thank-you note instead
    (:func:`ask_with_thanks`): the connector always has it before their own day."""
    thanks = _thanks_at(c)
    if ask_with_thanks(c, by):
        return thanks
    return morning(c, business_days(max(local(c, thanks).date(), today(c)), ASK_AFTER_THANKS, c))


def _thanks_at(c: Conversation) -> datetime:
    """When the thank-you notes of the interview being debriefed are due (:func:`thank_you_due`
    for its day and start, an earlier day's as soon as sensible)."""
    held = c.data.get("interview_date")
    day = min(date.fromisoformat(held), today(c)) if isinstance(held, str) and held else None
    start = c.data.get("interview_time")
    begins = time.fromisoformat(start) if isinstance(start, str) and start else None
    return thank_you_due(c, day, begins)


def ask_with_thanks(c: Conversation, by: str | None) -> bool:
    """Whether the introduction request goes with the thank-you note: the next working day
    after it is not before ``by`` (ISO), the day the connector said they would introduce the
    student by ("by tomorrow")."""
    if not by:
        return False
    thanks = local(c, _thanks_at(c)).date()
    day = business_days(max(thanks, today(c)), ASK_AFTER_THANKS, c)
    return day >= date.fromisoformat(by)


def write_due(c: Conversation) -> datetime:
    """The note to someone the student was just introduced to: the next working morning, at
    ``MORNING`` on the student's clock (an aware datetime)."""
    return morning(c, business_days(today(c), 1, c))


def nudge_due(c: Conversation) -> datetime:
    """A nudge about an introduction offered with no day: a working morning about a week after
    the ask (:func:`ask_due`)."""
    ask = local(c, ask_due(c)).date()
    return on_business_day(c, morning(c, ask + timedelta(days=7)))


def snooze_due(c: Conversation, row: dict[str, Any]) -> datetime:
    """A day after it was due, or after now if it is overdue (never earlier than planned);
    on a business day unless the kind may fall on any day."""
    due = max(c.now, from_iso(row["due_at"])) + timedelta(days=1)
    return due if row["kind"] in ANY_DAY else on_business_day(c, due)


def schedule(c: Conversation, kind: str, due: datetime, **links: Any) -> int:
    """Create a follow-up record and its reminder, replacing an open one of the same kind about
    the same interview or contact (a button tapped twice must not remind twice). A follow-up
    that reaches a person is moved off a weekend (see the module docstring)."""
    if kind not in ANY_DAY:
        due = on_business_day(c, due)
    close(c, kind, status="cancelled", **links)
    followup_id = c.add("followups", kind=kind, due_at=iso(due), status="pending", **links)
    c.remind(f"{kind}:{followup_id}", due, followup_id=followup_id)
    return followup_id


def schedule_keep_warm(
    c: Conversation, due: datetime, interview_id: int | None, contact_id: int | None = None
) -> int | None:
    """A quarterly check-in (see :func:`schedule`): one with each person met at an interview,
    or, before anyone there is named (the plan's three-month button), one with the company.
    The two are never both kept, so no one is checked in with twice on a day: the company's
    gives way to the people's (replaced when they are named; not set when they are). The
    follow-up's id, or None when none was set."""
    rows = c.records("followups", kind="keep_warm", status=OPEN, interview_id=interview_id)
    if contact_id is None:
        if any(row["contact_id"] for row in rows):
            return None
        return schedule(c, "keep_warm", due, interview_id=interview_id)
    for row in rows:
        if not row["contact_id"]:
            close_row(c, row, "cancelled")
    return schedule(c, "keep_warm", due, interview_id=interview_id, contact_id=contact_id)


def close(c: Conversation, kind: str, status: str = "done", **links: Any) -> None:
    """Close open (pending or snoozed) follow-ups of ``kind`` for the given interview or contact."""
    for row in c.records("followups", kind=kind, status=OPEN, **links):
        close_row(c, row, status)


def close_row(c: Conversation, row: dict[str, Any], status: str) -> None:
    """Mark one follow-up done, skipped or cancelled, and drop its reminder."""
    changes: dict[str, Any] = {"status": status}
    if status == "done":
        changes["done_at"] = iso(c.now)
        changes["on_time"] = int(c.now <= from_iso(row["due_at"]) + GRACE)
    c.update("followups", row["id"], **changes)
    c.cancel_reminder(f"{row['kind']}:{row['id']}")


def schedule_outreach(c: Conversation, **links: Any) -> None:
    """After an outreach message is sent: 3B7, a second contact after 3 business days and one
    follow-up with the first after 7, if no reply has come. ``links`` name the contact written
    to (and the interview, the current one by default)."""
    links.setdefault("interview_id", c.data.get("interview_id"))
    day = today(c)
    schedule(c, "outreach_second", morning(c, business_days(day, 3, c)), **links)
    schedule(c, "outreach_followup", morning(c, business_days(day, 7, c)), **links)


def rezone(c: Conversation, old: str | None) -> None:
    """Re-time the open follow-ups set on the clock of zone ``old`` (UTC when None) to the
    same local day and hour on the person's clock now: the time zone became known, or changed."""
    before = zones.get(old) or UTC
    for row in c.records("followups", status=OPEN):
        wall = from_iso(row["due_at"]).astimezone(before)
        due = datetime.combine(wall.date(), wall.time(), tzinfo=c.zone)
        if row["kind"] not in ANY_DAY:
            due = on_business_day(c, due)
        c.update("followups", row["id"], due_at=iso(due))
        c.remind(f"{row['kind']}:{row['id']}", due, followup_id=row["id"])


def subject(
    c: Conversation, row: dict[str, Any], unnamed: str, both: str = " and ", role: str = ""
) -> dict[str, Any]:
    """Company, contact (``unnamed`` when they gave no name; ``role``, a template naming
    ``{role}`` such as "the {role}", when they gave their title) and topic a follow-up is about,
    and ``people``: the contact, or everyone met at that interview (``A, B and C``, joined with
    ``both``), or "" when nobody is known; ``count``: how many people that is."""
    return _subject(c.records, row, unnamed, both, role)


def describe(part: Part, row: dict[str, Any], unnamed: str, role: str = "") -> str:
    """What to do and with whom, as one line of plain text (a label: the caller escapes it):
    "Follow up once with Joy Chen (Lumen Outdoor Co.) about your message". The part declares
    ``TODO`` among its texts."""
    values = subject(part.c, row, unnamed, part.template("todo.and"), role)
    # The interview still to come: nobody has been met there yet ("the people you'll meet").
    held = str(values.get("held") or "")[:10]
    values["ahead"] = bool(held) and held > today(part.c).isoformat()
    # "Send James your dissertation on supply chains in Kenya": places and products typed in
    # lower case are written as they are written, as in the drafts.
    return proper_names(part)(_todo(row["kind"], values, part.template))


def todo_line(
    records: Callable[..., list[dict[str, Any]]],
    text: Callable[[str], str],
    row: dict[str, Any],
    unnamed: str,
    role: str = "",
) -> str:
    """:func:`describe` outside a conversation (App Home): ``records(table, **where)`` reads
    the person's records, ``text(name)`` the flow's words."""
    return _todo(row["kind"], _subject(records, row, unnamed, text("todo.and"), role), text)


def _subject(
    records: Callable[..., list[dict[str, Any]]],
    row: dict[str, Any],
    unnamed: str,
    both: str,
    role: str = "",
) -> dict[str, Any]:
    def who(contact: dict[str, Any]) -> str:
        """Their name; for someone whose name wasn't caught, their role ("the hiring manager")."""
        if contact["name"]:
            return str(contact["name"])
        title = phrases.lower_first(str(contact.get("title") or "").strip())
        return role.format(role=title) if title and role else unnamed

    values: dict[str, Any] = {
        "company": "",
        "name": "",
        "topic": "",
        "people": "",
        "count": 0,
        "advice": False,
    }
    named = ""
    if row.get("interview_id"):
        for interview in records("interviews", id=row["interview_id"]):
            values["company"] = interview["company"]
            values["held"] = interview.get("interview_date") or ""
        # Met there: not the people they offered to introduce (a contact of the same interview).
        introduced = {
            o["introduced_id"] for o in records("offers", interview_id=row["interview_id"])
        }
        met = [
            who(p)
            for p in records("contacts", interview_id=row["interview_id"])
            if p["id"] not in introduced
        ]
        values["people"], values["count"] = _join(met, both), len(met)
    if row.get("contact_id"):
        for contact in records("contacts", id=row["contact_id"]):
            values["name"] = who(contact)
            named = str(contact["name"] or "")
            values["company"] = contact["organisation"] or values["company"]
            notes = contact["notes"] or ""
            values["topic"] = notes.split("\n", 1)[0]
            # Advice is only spoken of when some was recorded (review: "what you did with
            # their advice" for someone who gave none).
            values["advice"] = bool(ADVICE.search(notes))
            values["people"], values["count"] = values["name"], 1
    values["topic"] = row.get("note") or values["topic"]  # a promise's own words
    # A promise as a to-do said to the student ("Send Priya your dashboard link"), or "".
    todo = phrases.promise_todo(values["topic"], named) if row.get("kind") == "promise" else ""
    todo = phrases.without_deadline(todo) if todo else ""  # its day is said apart
    # The reminder says whom to already ("your promise to Priya Raman: ..."); the label, alone
    # in a list, names them in the to-do itself.
    values["todo_lower"] = todo[:1].lower() + todo[1:]
    if todo and row.get("contact_id") and values["name"]:
        todo = _to_whom(todo, values["name"], named)
    values["todo"] = todo
    return values


# Verbs a promise's to-do takes whom to right after: "Send Priya Raman your portfolio link".
_GIVING = frozenset(
    ["send", "email", "mail", "give", "show", "forward", "pass", "lend", "bring", "text", "message"]
)
_THING = re.compile(r"^(?:your|the|a|an|some|this|that|those|these|one|two|my)\b", re.I)


def _to_whom(todo: str, who: str, named: str) -> str:
    """A promise's to-do saying whom it is for when it does not yet: "Send your portfolio link"
    -> "Send Priya Raman your portfolio link"; "Read the article she mentioned" -> "Read the
    article she mentioned, as you promised Priya Raman". ``who`` is how they are said ("Priya
    Raman", "the recruiter"), ``named`` their name ("" when unknown)."""
    first = next(
        (w for w in named.split() if w.lower().rstrip(".") not in ("dr", "prof", "mr", "ms")), ""
    )
    said = first or who
    if re.search(rf"(?<![\w'’]){re.escape(said)}(?![\w])", todo, re.I):
        return todo  # "Send Sam your dashboard link": named already
    verb, _, rest = todo.partition(" ")
    if verb.casefold() in _GIVING and _THING.match(rest):
        return f"{verb} {who} {rest}"
    return f"{todo}, as you promised {who}"


def _todo(kind: str, values: dict[str, Any], text: Callable[[str], str]) -> str:
    kind = kind if kind in KINDS else "status_check"
    # A thank-you goes to everyone met at the interview; the rest to the one linked contact.
    named = values["people"] if kind == "thank_you" else values["name"]
    name = f"todo.{kind}" if named else f"todo.{kind}.company"
    if kind == "thank_you" and values["count"] > 1:
        name = "todo.thank_you.each"  # a separate note to each person (COACHING.md)
    if kind == "promise" and values.get("todo"):
        name = "todo.promise.do"
    if kind == "keep_warm" and named and values.get("advice"):
        name = "todo.keep_warm.advice"
    if kind in ("keep_warm", "thank_you") and not named and values.get("ahead"):
        name = f"todo.{kind}.ahead"  # "the people you'll meet": the interview is to come
    return text(name).format_map(values)


def _join(names: list[str], both: str) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + both + names[-1]


def buttons(part: Part, followup_id: int) -> list[Choice]:
    """Done / Snooze / Skip for one follow-up; they work from any state (the ``fu:`` choice).
    "Remind me tomorrow" only for one due today or tomorrow (see :func:`snoozable`): a
    check-in months ahead, listed, is not put off a day by it. The part declares ``LABELS``
    and ``BUTTONS`` above among its own."""
    rows = part.c.records("followups", id=followup_id)
    return [
        part.choice("followup_done", f"fu:done:{followup_id}"),
        *(
            [part.choice("followup_snooze", f"fu:snooze:{followup_id}")]
            if not rows or snoozable(part.c, rows[0])
            else []
        ),
        part.choice("followup_skip", f"fu:skip:{followup_id}"),
    ]


def snoozable(c: Conversation, row: dict[str, Any]) -> bool:
    """Whether "Remind me tomorrow" means what it says for follow-up ``row``: it is due by the
    end of tomorrow on the student's clock (one due later comes back on its own day, and a day
    added to a check-in months ahead is no reminder tomorrow)."""
    return local(c, from_iso(row["due_at"])).date() <= today(c) + timedelta(days=1)


_PROPER: dict[int, Callable[[str], str]] = {}


def proper_names(part: Part) -> Callable[[str], str]:
    """A function writing the proper nouns of the drafts' ``proper_names`` and ``written_as``
    content data as they are written, whatever case they were typed in: "their move to
    snowflake and ab tests in brazil" -> "their move to Snowflake and A/B tests in Brazil".
    Built once per loaded content."""
    data = part.c.flow.content.data
    key = id(data)
    if key not in _PROPER:
        written = {str(n).casefold(): str(n) for n in data.get("proper_names", [])}
        written.update({str(k).casefold(): str(v) for k, v in data.get("written_as", {}).items()})
        found = re.compile(
            r"(?<![\w&/.-])(?:"
            + "|".join(map(re.escape, sorted(written, key=len, reverse=True)))
            + r")(?![\w&/-]|\.\w)",
            re.I,
        )
        _PROPER[key] = lambda text: found.sub(lambda m: written[m.group().casefold()], text)
    return _PROPER[key]
