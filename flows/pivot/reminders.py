"""Follow-up records and their reminders, at COACHING.md's norms: the one service through which
every part sets, closes and describes a follow-up (plans, debrief, drafts, contacts, follow-ups).

Norms: thank-you the same day (next morning at the latest); status check one week after a
decision date, else two weeks after the interview; outreach with no reply: a second contact after
3 business days, one follow-up with the first after 7 (Dalton's 3B7); keep-warm about quarterly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.clock import from_iso, iso
from bot.conversation import Conversation
from bot.messages import Choice
from bot.parts import Part

KINDS = (
    "thank_you",
    "status_check",
    "outreach_second",
    "outreach_followup",
    "keep_warm",
    "promise",  # something the student promised someone they met; its words are the ``note``
)
OPEN = ("pending", "snoozed")
MORNING = 9  # reminders that say "this morning" come at 09:00 UTC
GRACE = timedelta(days=1)  # done within a day of the reminder counts as on time
# The words and button values a part needs to show a follow-up's Done / Snooze / Skip.
LABELS = ("followup_done", "followup_snooze", "followup_skip")
BUTTONS = ("fu",)


def business_days(start: date, days: int) -> date:
    """``days`` working days after ``start`` (Saturday and Sunday skipped)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def morning(day: date) -> datetime:
    return datetime.combine(day, time(MORNING), tzinfo=UTC)


def schedule(c: Conversation, kind: str, due: datetime, **links: Any) -> int:
    """Create a follow-up record and its reminder, replacing an open one of the same kind about
    the same interview or contact (a button tapped twice must not remind twice)."""
    close(c, kind, status="cancelled", **links)
    followup_id = c.add("followups", kind=kind, due_at=iso(due), status="pending", **links)
    c.remind(f"{kind}:{followup_id}", due, followup_id=followup_id)
    return followup_id


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
    today = c.now.date()
    schedule(c, "outreach_second", morning(business_days(today, 3)), **links)
    schedule(c, "outreach_followup", morning(business_days(today, 7)), **links)


def subject(c: Conversation, row: dict[str, Any], unnamed: str) -> dict[str, Any]:
    """Company, contact (``unnamed`` when they gave no name) and topic a follow-up is about."""
    values: dict[str, Any] = {"company": "", "name": "", "topic": ""}
    if row.get("interview_id"):
        for interview in c.records("interviews", id=row["interview_id"]):
            values["company"] = interview["company"]
    if row.get("contact_id"):
        for contact in c.records("contacts", id=row["contact_id"]):
            values["name"] = contact["name"] or unnamed
            values["company"] = contact["organisation"] or values["company"]
            notes = contact["notes"] or ""
            values["topic"] = notes.split("\n", 1)[0]
    values["topic"] = row.get("note") or values["topic"]  # a promise's own words
    return values


def buttons(part: Part, followup_id: int) -> list[Choice]:
    """Done / Snooze / Skip for one follow-up; they work from any state (the ``fu:`` choice).
    The part declares ``LABELS`` and ``BUTTONS`` above among its own."""
    return [
        part.choice("followup_done", f"fu:done:{followup_id}"),
        part.choice("followup_snooze", f"fu:snooze:{followup_id}"),
        part.choice("followup_skip", f"fu:skip:{followup_id}"),
    ]
