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
    "reminder.keep_warm.advice",
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
LATE = (
    "reminder.thank_you.late",
    "reminder.thank_you_sent.late",
    "reminder.thank_you_sent.named.late",
)
# An introduction offered as passing the student's CV or work on ("to pass your CV to the data
# lead"): the request goes with it attached, and the nudge asks whether it was passed on.
FORWARD = tuple(
    f"reminder.{kind}{named}.forward"
    for kind in ("ask", "introduction")
    for named in ("", ".named")
)
NOON = 12  # a reminder before it says "this morning"; after it, "today"


class FollowUps(Part):
    """Reminders and the taps on their buttons (global choices ``fu:`` and ``out:``)."""

    name = "followups"
    WORDS = "followup"
    TEXTS = (
        *REMINDERS,
        *(f"{name}.named" for name in NAMED),
        *LATE,
        *FORWARD,
        "deadline.morning",
        "deadline.today",
        "deadline.before_weekend",
        "deadline.after_weekend",
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
                "thing",
            )
            for name in (*REMINDERS, *(f"{n}.named" for n in NAMED), *LATE, *FORWARD)
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
        # Days after the interview (a reminder snoozed past a holiday, or delivered late): late,
        # still worth it, never "this morning at the latest", debriefed or not.
        if text.startswith("reminder.thank_you") and reminders.thanks_late(
            self.c, row.get("interview_id")
        ):
            text += ".late"
        thing = people.forwarded(str(values.get("topic") or ""))
        if text.startswith(("reminder.ask", "reminder.introduction")) and thing not in ("", "name"):
            text, values["thing"] = f"{text}.forward", thing
        values["deadline"] = self.text(self._deadline(text, row))
        values["due_by"] = ""
        if row.get("deadline"):  # a promise with its own day: reminded before it, and said
            due = date.fromisoformat(row["deadline"])
            when = self._when_day(due)
            values["due_by"] = self.template("promise_due_by").format(day=when)
        self.say(text, reminders.buttons(self, row["id"]), **values)

    def _deadline(self, text: str, row: dict[str, Any]) -> str:
        """By when a reminder says to send the thank-you notes, stating COACHING.md's rule:
        the same day, by the next morning at the latest; a note is read on a working day, so
        when the next morning is a Saturday, first thing Monday; on the Monday morning after an
        interview at the weekend, this morning, saying why."""
        now = reminders.local(self.c, self.c.now)
        if now.hour < NOON:
            held = [
                i["interview_date"]
                for i in self.c.records("interviews", id=row.get("interview_id"))
            ]
            weekend = bool(held and held[0] and date.fromisoformat(str(held[0])).weekday() > 4)
            if text.startswith("reminder.thank_you") and weekend and now.weekday() == 0:
                return "deadline.after_weekend"
            return "deadline.morning"
        if text.startswith("reminder.thank_you") and (now.weekday() + 1) % 7 > 4:
            return "deadline.before_weekend"  # tomorrow is Saturday (or Sunday)
        return "deadline.today"

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
        text = "reminder.keep_warm" if with_contact else "reminder.keep_warm_company"
        if with_contact and row is not None:
            unnamed, role = self.template("unnamed_contact"), self.template("unnamed_role")
            if reminders.subject(self.c, row, unnamed, role=role)["advice"]:
                text = "reminder.keep_warm.advice"  # advice was recorded: say what came of it
        self._remind(payload, text)

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
