"""Follow-ups: records with reminders at COACHING.md's norms, and Done / Snooze / Skip from anywhere.

Norms: thank-you the same day (next morning at the latest); status check one week after a
decision date, else two weeks after the interview; outreach with no reply: a second contact after
3 business days, one follow-up with the first after 7 (Dalton's 3B7); keep-warm about quarterly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.clock import from_iso, iso
from bot.flow import Conversation
from bot.messages import Choice

KINDS = ("thank_you", "status_check", "outreach_second", "outreach_followup", "keep_warm")
NACE = (
    "full_time",
    "part_time",
    "self_employed",
    "internship",
    "volunteer",
    "military",
    "further_education",
    "seeking",
    "not_seeking",
)
MORNING = 9  # reminders that say "this morning" come at 09:00 UTC
GRACE = timedelta(days=1)  # done within a day of the reminder counts as on time


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


class FollowUps(Conversation):
    """Scheduling, firing and closing follow-ups."""

    def schedule(self, kind: str, due: datetime, **links: Any) -> int:
        """Create a follow-up record and its reminder, replacing an open one of the same kind
        about the same interview or contact (a button tapped twice must not remind twice)."""
        self.close_followups(kind, status="cancelled", **links)
        followup_id = self.add("followups", kind=kind, due_at=iso(due), status="pending", **links)
        self.remind(f"{kind}:{followup_id}", due, followup_id=followup_id)
        return followup_id

    def close_followups(self, kind: str, status: str = "done", **links: Any) -> None:
        """Close open (pending or snoozed) follow-ups of ``kind`` for the given interview or
        contact."""
        for row in self.records("followups", kind=kind, status=("pending", "snoozed"), **links):
            self._close(row, status)

    def _close(self, row: dict[str, Any], status: str) -> None:
        changes: dict[str, Any] = {"status": status}
        if status == "done":
            changes["done_at"] = iso(self.now)
            changes["on_time"] = int(self.now <= from_iso(row["due_at"]) + GRACE)
        self.update("followups", row["id"], **changes)
        self.cancel_reminder(f"{row['kind']}:{row['id']}")

    # -- reminders firing -----------------------------------------------------------------

    def _followup(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        rows = self.records("followups", id=payload.get("followup_id"))
        return rows[0] if rows and rows[0]["status"] in ("pending", "snoozed") else None

    def _remind(self, payload: dict[str, Any], text: str, **values: Any) -> None:
        row = self._followup(payload)
        if row is None:
            return
        values.update(self._subject(row))
        buttons = [
            Choice(self.flow.content.label("followup_done"), f"fu:done:{row['id']}"),
            Choice(self.flow.content.label("followup_snooze"), f"fu:snooze:{row['id']}"),
            Choice(self.flow.content.label("followup_skip"), f"fu:skip:{row['id']}"),
        ]
        self.say(text, buttons, **values)

    def _subject(self, row: dict[str, Any]) -> dict[str, Any]:
        """Company and contact a follow-up is about, for its reminder text."""
        values: dict[str, Any] = {"company": "", "name": "", "topic": ""}
        if row.get("interview_id"):
            for interview in self.records("interviews", id=row["interview_id"]):
                values["company"] = interview["company"]
        if row.get("contact_id"):
            for contact in self.records("contacts", id=row["contact_id"]):
                values["name"] = contact["name"] or self.flow.content.text("unnamed_contact")
                values["company"] = contact["organisation"] or values["company"]
                notes = contact["notes"] or ""
                values["topic"] = notes.split("\n", 1)[0]
        return values

    def timer_thank_you(self, payload: dict[str, Any]) -> None:
        row = self._followup(payload)
        debriefed = bool(
            row
            and row.get("interview_id")
            and any(
                i["pivoted"] or i["how_it_went"]
                for i in self.records("interviews", id=row["interview_id"])
            )
        )
        self._remind(payload, "reminder.thank_you_sent" if debriefed else "reminder.thank_you")

    def timer_status_check(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.status_check")

    def timer_outreach_second(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.outreach_second")

    def timer_outreach_followup(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.outreach_followup")

    def timer_keep_warm(self, payload: dict[str, Any]) -> None:
        row = self._followup(payload)
        with_contact = bool(row and row.get("contact_id"))
        self._remind(
            payload, "reminder.keep_warm" if with_contact else "reminder.keep_warm_company"
        )

    # -- Done / Snooze / Skip, from any state -------------------------------------------------

    def followup(self, rest: str) -> None:
        """A tap on a reminder button: ``done:<id>``, ``snooze:<id>`` or ``skip:<id>``."""
        action, _, raw_id = rest.partition(":")
        rows = self.records("followups", id=int(raw_id)) if raw_id.isdigit() else []
        if not rows or rows[0]["status"] not in ("pending", "snoozed"):
            self.say("followup_gone")
            self._reoffer_here()
            return
        row = rows[0]
        if action == "snooze":
            # A day after it was due, or after now if it is overdue: never earlier than planned.
            due = max(self.now, from_iso(row["due_at"])) + timedelta(days=1)
            self.update("followups", row["id"], status="snoozed", due_at=iso(due))
            self.remind(f"{row['kind']}:{row['id']}", due, followup_id=row["id"])
            self.say("followup_snoozed")
        elif action == "done":
            self._close(row, "done")
            self.say(f"followup_done.{row['kind']}")
            if row["kind"] == "status_check":
                self._ask_outcome()
                return
        else:
            self._close(row, "skipped")
            self.say("followup_skipped")
        self._reoffer_here()

    def _ask_outcome(self) -> None:
        labels = self.flow.content.labels
        buttons = [Choice(labels[f"nace_{c}"], f"out:{c}") for c in NACE]
        buttons.append(Choice(labels["nace_skip"], "out:skip"))
        self.say("outcome_question", buttons)

    def outcome(self, category: str) -> None:
        """The optional NACE first-destination answer, from any state."""
        if category in NACE:
            self.add("outcomes", category=category)
            self.say("outcome_thanks")
        else:
            self.say("outcome_skipped")
        self._reoffer_here()

    def _reoffer_here(self) -> None:
        """After a global action, ask again the question the user was in the middle of. A page
        without a question of its own (a draft, a plan) is not re-shown: its old buttons alone,
        days later, would make no sense."""
        step = self.flow.steps[self.state]
        if step.redraw:
            for method in step.on_enter:
                getattr(self, method)(None)
            self.ask()
        elif "say" in self.flow.content.state(self.state):
            self.ask()
