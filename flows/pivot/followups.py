"""Follow-ups firing: each reminder when it is due, and its Done / Snooze / Skip from any state,
with the optional first-destination question after a status check. No states of its own."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from bot.clock import iso
from bot.markup import fill
from bot.parts import Extras, Part
from flows.pivot import people, reminders

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
REMINDERS = (
    "reminder.thank_you",
    "reminder.thank_you_sent",
    "reminder.status_check",
    "reminder.outreach_second",
    "reminder.outreach_followup",
    "reminder.keep_warm",
    "reminder.keep_warm_company",
    "reminder.promise",
    "reminder.promise.do",
    "reminder.introduction",
    "reminder.ask",
    "reminder.write",
)
# Reminders that name the person when the follow-up is about one: ``<text>.named``.
NAMED = (
    "reminder.thank_you_sent",
    "reminder.status_check",
    "reminder.outreach_second",
    "reminder.outreach_followup",
    "reminder.promise",
    "reminder.promise.do",
    "reminder.introduction",
    "reminder.ask",
    "reminder.write",
)
# The thank-you reminder more than a day after the interview: late, still worth sending.
LATE = ("reminder.thank_you_sent.late", "reminder.thank_you_sent.named.late")
NOON = 12  # a reminder before it says "this morning"; after it, "today"


class FollowUps(Part):
    """Reminders and the taps on their buttons (global choices ``fu:`` and ``out:``)."""

    name = "followups"
    WORDS = "followup"
    TEXTS = (
        *REMINDERS,
        *(f"{name}.named" for name in NAMED),
        *LATE,
        "deadline.morning",
        "deadline.today",
        *(f"followup_done.{kind}" for kind in reminders.KINDS),
        "followup_gone",
        "followup_snoozed",
        "snooze_tomorrow",
        "snooze_on",
        "promise_due_by",
        "due_day_0",
        "due_day_1",
        "followup_skipped",
        "outcome_question",
        "outcome_thanks",
        "outcome_skipped",
        "unnamed_contact",
        "unnamed_role",
        *reminders.TODO,
    )
    LABELS = (*reminders.LABELS, *(f"nace_{c}" for c in NACE), "nace_skip")
    EXTRAS: ClassVar[Extras] = {
        **{
            name: (
                "company",
                "name",
                "topic",
                "people",
                "deadline",
                "todo",
                "todo_lower",
                "due_by",
            )
            for name in (*REMINDERS, *(f"{n}.named" for n in NAMED), *LATE)
        },
        "followup_snoozed": ("when",),
        **{name: reminders.TODO_VALUES for name in reminders.TODO},
        "snooze_on": ("day",),
        "promise_due_by": ("day",),
    }
    TIMERS = reminders.KINDS
    BUTTONS = (*reminders.BUTTONS, "out")

    # -- reminders firing -----------------------------------------------------------------

    def _open(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        rows = self.c.records("followups", id=payload.get("followup_id"))
        return rows[0] if rows and rows[0]["status"] in reminders.OPEN else None

    def _remind(self, payload: dict[str, Any], text: str) -> None:
        row = self._open(payload)
        if row is None:
            return
        unnamed, role = self.template("unnamed_contact"), self.template("unnamed_role")
        values = reminders.subject(self.c, row, unnamed, role=role)
        # Whom to write to, when the follow-up is about one person (or, for a thank-you, the
        # people met); and by when, said as it fits the hour the reminder comes.
        if text == "reminder.promise" and values["todo"]:
            text = "reminder.promise.do"  # what to do, not the words it was promised in
        about = values["people"] if text == "reminder.thank_you_sent" else values["name"]
        if about and text in NAMED:
            text = f"{text}.named"
        if text.startswith("reminder.thank_you_sent") and reminders.thanks_late(
            self.c, row.get("interview_id")
        ):
            text += ".late"  # days after the interview: late, still worth it, never "prompt"
        morning = reminders.local(self.c, self.c.now).hour < NOON
        values["deadline"] = self.text("deadline.morning" if morning else "deadline.today")
        values["due_by"] = ""
        if row.get("deadline"):  # a promise with its own day: reminded before it, and said
            due = date.fromisoformat(row["deadline"])
            when = self._when_day(due)
            values["due_by"] = self.template("promise_due_by").format(day=when)
        self.say(text, reminders.buttons(self, row["id"]), **values)

    def timer_thank_you(self, payload: dict[str, Any]) -> None:
        row = self._open(payload)
        debriefed = bool(
            row
            and row.get("interview_id")
            and any(
                i["pivoted"] or i["how_it_went"]
                for i in self.c.records("interviews", id=row["interview_id"])
            )
        )
        self._remind(payload, "reminder.thank_you_sent" if debriefed else "reminder.thank_you")

    def timer_status_check(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.status_check")

    def timer_outreach_second(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.outreach_second")

    def timer_outreach_followup(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.outreach_followup")

    def timer_promise(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.promise")

    def timer_introduction(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.introduction")

    def timer_ask(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.ask")

    def timer_write(self, payload: dict[str, Any]) -> None:
        self._remind(payload, "reminder.write")

    def timer_keep_warm(self, payload: dict[str, Any]) -> None:
        row = self._open(payload)
        with_contact = bool(row and row.get("contact_id"))
        self._remind(
            payload, "reminder.keep_warm" if with_contact else "reminder.keep_warm_company"
        )

    # -- Done / Snooze / Skip, from any state -------------------------------------------------

    def followup(self, rest: str) -> None:
        """A tap on a reminder button: ``done:<id>``, ``snooze:<id>`` or ``skip:<id>``."""
        action, _, raw_id = rest.partition(":")
        if action not in ("done", "snooze", "skip") or not raw_id.isdecimal():
            # Not a button this bot made (forged, or from a version that is gone): say so, as
            # for any button that no longer fits, and change nothing.
            self.c.say("stale_choice")
            self.c.redraw()
            return
        rows = self.c.records("followups", id=int(raw_id))
        if not rows or rows[0]["status"] not in reminders.OPEN:
            self.say("followup_gone")
            self.c.resume()
            return
        row = rows[0]
        if action == "snooze":
            due = reminders.snooze_due(self.c, row)
            self.c.update("followups", row["id"], status="snoozed", due_at=iso(due))
            self.c.remind(f"{row['kind']}:{row['id']}", due, followup_id=row["id"])
            self.say("followup_snoozed", when=self._when(due))
        elif action == "done":
            reminders.close_row(self.c, row, "done")
            if row["kind"] == "write":  # they wrote to the person introduced: 3B7 with them
                contact = people.contact(self.c, row.get("contact_id"))
                if contact is not None:
                    people.contacted(self.c, contact)
            self.say(f"followup_done.{row['kind']}")
            if row["kind"] == "status_check":
                self._ask_outcome()
                return
        else:
            reminders.close_row(self.c, row, "skipped")
            self.say("followup_skipped")
        self.c.resume()

    def _when_day(self, day: date) -> str:
        """``today``, ``tomorrow``, ``on Friday`` (within a week), ``on Fri 11 Dec``."""
        ahead = (day - reminders.today(self.c)).days
        if ahead in (0, 1):
            return self.template(f"due_day_{ahead}")
        label = day.strftime("%A") if 1 < ahead < 7 else reminders.day_label(self.c, day)
        return fill(self.template("snooze_on"), day=label)

    def _when(self, due: datetime) -> str:
        """``tomorrow``, or ``on Monday`` (within a week), or ``on Mon 14 Dec``."""
        day = reminders.local(self.c, due).date()
        ahead = (day - reminders.today(self.c)).days
        if ahead == 1:
            return self.template("snooze_tomorrow")
        label = day.strftime("%A") if 1 < ahead < 7 else day.strftime("%a %-d %b")
        return fill(self.template("snooze_on"), day=label)

    def _ask_outcome(self) -> None:
        buttons = [self.choice(f"nace_{c}", f"out:{c}") for c in NACE]
        buttons.append(self.choice("nace_skip", "out:skip"))
        self.say("outcome_question", buttons)

    def outcome(self, category: str) -> None:
        """The optional NACE first-destination answer, from any state."""
        if category in NACE:
            self.c.add("outcomes", category=category)
            self.say("outcome_thanks")
        elif category == "skip":
            self.say("outcome_skipped")
        else:  # not a button this bot made
            self.c.say("stale_choice")
            self.c.redraw()
            return
        self.c.resume()
