"""The debrief after an interview: did the pivot happen, who they met, what was promised, what
came of it. It writes the interview, contact and milestone records and sets the follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from transitions.core import EventData

from bot.flow import Step
from bot.markup import fill
from bot.messages import Choice
from flows.pivot.followups import business_days, morning
from flows.pivot.practice import Practice

KEEP_WARM_DAYS = 91
STATUS_AFTER_DECISION = timedelta(days=7)
STATUS_NO_DATE = timedelta(days=14)
PERSON = ("name", "title", "team", "reach", "detail")
# A debrief's outcome as a step of the networking funnel.
MILESTONES = {
    "introduction": "introduction",
    "referral": "referral",
    "meeting": "interview",
    "offer": "offer",
}

STEPS = [
    Step("debrief.which", choices="interview_choices"),
    Step("debrief.company", "text", max_len=120),
    Step("debrief.role", "text", max_len=120),
    Step("debrief.pivoted"),
    Step("debrief.went", "text", max_len=1500),
    Step("debrief.person.name", "text", max_len=120),
    Step("debrief.person.title", "text", max_len=120),
    Step("debrief.person.team", "text", max_len=120),
    Step("debrief.person.reach", "text", max_len=200),
    Step("debrief.person.detail", "text", max_len=600),
    Step("debrief.more"),
    Step("debrief.promised", "text", max_len=600),
    Step("debrief.outcome"),
    Step("debrief.decision", "date"),
    Step("debrief.summary", on_enter=("save_debrief",)),
]

T = "trigger"
TABLE: list[dict[str, Any]] = [
    {
        T: "debrief",
        "source": "*",
        "dest": "debrief.which",
        "conditions": "has_interviews",
        "before": "begin_debrief",
    },
    {
        T: "debrief",
        "source": "*",
        "dest": "debrief.company",
        "unless": "has_interviews",
        "before": "begin_debrief",
    },
    {T: "pick", "source": "debrief.which", "dest": "debrief.pivoted", "before": "pick_interview"},
    {T: "other", "source": "debrief.which", "dest": "debrief.company"},
    {T: "answer", "source": "debrief.company", "dest": "debrief.role", "before": "keep_db_company"},
    {T: "answer", "source": "debrief.role", "dest": "debrief.pivoted", "before": "keep_db_role"},
    *(
        {T: v, "source": "debrief.pivoted", "dest": "debrief.went", "before": "keep_pivoted"}
        for v in ("yes", "partly", "no", "na")
    ),
    {T: "answer", "source": "debrief.went", "dest": "debrief.person.name", "before": "keep_went"},
    {T: "skip", "source": "debrief.went", "dest": "debrief.person.name"},
    {
        T: "answer",
        "source": "debrief.person.name",
        "dest": "debrief.person.title",
        "before": "keep_person",
    },
    {
        T: "skip",
        "source": "debrief.person.name",
        "dest": "debrief.person.title",
        "before": "keep_person",
    },
    {T: "none", "source": "debrief.person.name", "dest": "debrief.promised"},
    {
        T: "answer",
        "source": "debrief.person.title",
        "dest": "debrief.person.team",
        "before": "keep_person",
    },
    {T: "skip", "source": "debrief.person.title", "dest": "debrief.person.team"},
    {
        T: "answer",
        "source": "debrief.person.team",
        "dest": "debrief.person.reach",
        "before": "keep_person",
    },
    {T: "skip", "source": "debrief.person.team", "dest": "debrief.person.reach"},
    {
        T: "answer",
        "source": "debrief.person.reach",
        "dest": "debrief.person.detail",
        "before": "keep_person",
    },
    {T: "skip", "source": "debrief.person.reach", "dest": "debrief.person.detail"},
    {
        T: "answer",
        "source": "debrief.person.detail",
        "dest": "debrief.more",
        "before": "keep_person",
    },
    {T: "skip", "source": "debrief.person.detail", "dest": "debrief.more"},
    {T: "more", "source": "debrief.more", "dest": "debrief.person.name", "before": "next_person"},
    {T: "done", "source": "debrief.more", "dest": "debrief.promised", "before": "next_person"},
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.outcome",
        "before": "keep_promised",
    },
    {T: "skip", "source": "debrief.promised", "dest": "debrief.outcome"},
    *(
        {T: v, "source": "debrief.outcome", "dest": "debrief.decision", "before": "keep_outcome"}
        for v in ("introduction", "meeting", "referral", "offer", "nothing")
    ),
    {
        T: "answer",
        "source": "debrief.decision",
        "dest": "debrief.summary",
        "before": "keep_decision",
    },
    {T: "skip", "source": "debrief.decision", "dest": "debrief.summary"},
]


class Debrief(Practice):
    """Collects the debrief in ``data["db"]`` and writes the records once, at the summary."""

    def has_interviews(self, event: EventData) -> bool:
        return bool(self.records("interviews"))

    def begin_debrief(self, event: EventData) -> None:
        self.data["db"] = {"people": [], "person": {}}

    def interview_choices(self) -> list[Choice]:
        rows = self.records("interviews")[-4:]
        buttons = [
            Choice(f"{r['company']} · {r['role']}"[:60], f"pick:{r['id']}") for r in reversed(rows)
        ]
        return [*buttons, Choice(self.flow.content.label("another_interview"), "other")]

    def pick_interview(self, event: EventData) -> None:
        rows = self.records("interviews", id=int(event.kwargs["value"]))
        if rows:
            row = rows[0]
            self.data["db"]["interview_id"] = row["id"]
            for field in ("company", "role", "target", "draws", "evidence"):
                if row.get(field):
                    self.data[field] = row[field]
            self.data["interview_id"] = row["id"]

    def keep_db_company(self, event: EventData) -> None:
        self.begin_interview(event)
        self.keep_company(event)

    def keep_db_role(self, event: EventData) -> None:
        self.keep_role(event)
        self.data["interview_past"] = True
        self.data["db"]["interview_id"] = self.add(
            "interviews",
            company=self.data["company"],
            role=self.data["role"],
            interview_date=self.now.date().isoformat(),
        )
        self.data["interview_id"] = self.data["db"]["interview_id"]

    def keep_pivoted(self, event: EventData) -> None:
        self.data["db"]["pivoted"] = event.event.name

    def keep_went(self, event: EventData) -> None:
        self.data["db"]["went"] = event.kwargs["text"]

    def keep_person(self, event: EventData) -> None:
        field = self.state.rsplit(".", 1)[1]
        if "text" in event.kwargs:
            self.data["db"]["person"][field] = event.kwargs["text"]

    def next_person(self, event: EventData) -> None:
        person = self.data["db"].pop("person", {})
        if any(person.get(f) for f in PERSON):
            self.data["db"]["people"].append(person)
        self.data["db"]["person"] = {}

    def keep_promised(self, event: EventData) -> None:
        self.data["db"]["promised"] = event.kwargs["text"]

    def keep_outcome(self, event: EventData) -> None:
        self.data["db"]["outcome"] = event.event.name

    def keep_decision(self, event: EventData) -> None:
        self.data["db"]["decision"] = event.kwargs["date"]
        when = date.fromisoformat(event.kwargs["date"]).strftime("%A %-d %B")
        self.say("date_noted", when=when)

    def derive(self, name: str) -> Any:
        person = (self.data.get("db") or {}).get("person") or {}
        if name == "person":
            return person.get("name") or self.flow.content.text("them")
        return super().derive(name)

    # -- the summary: records and follow-ups ---------------------------------------------------

    def save_debrief(self, event: EventData | None) -> None:
        db = self.data["db"]
        interview_id = int(db.get("interview_id") or self.data["interview_id"])
        self.update(
            "interviews",
            interview_id,
            pivoted=db.get("pivoted"),
            how_it_went=db.get("went"),
            outcome=db.get("outcome"),
            decision_date=db.get("decision"),
        )
        contact_ids = []
        for person in db["people"]:
            notes = "\n".join(x for x in (person.get("detail"), db.get("promised")) if x)
            contact_ids.append(
                self.add(
                    "contacts",
                    interview_id=interview_id,
                    name=person.get("name"),
                    title=person.get("title"),
                    team=person.get("team"),
                    reach=person.get("reach"),
                    organisation=self.data.get("company"),
                    how_met="interview",
                    priority="A",
                    stage="met",
                    last_contact_at=self.stamp(),
                    notes=notes or None,
                    next_step=self.flow.content.text("next_step_thanks"),
                )
            )
        db["contact_ids"] = contact_ids
        outcome = db.get("outcome")
        if outcome in MILESTONES:  # the networking funnel of the career-office report
            self.add(
                "milestones",
                kind=MILESTONES[outcome],
                interview_id=interview_id,
                contact_id=contact_ids[0] if contact_ids else None,
            )
        self._debrief_followups(interview_id, contact_ids)
        reminders = self._reminder_summary(interview_id)
        if not db["people"]:
            self.say("debrief_saved_nobody", reminders=reminders)
            return
        unnamed = self.flow.content.text("unnamed")
        people = ", ".join(p.get("name") or p.get("title") or unnamed for p in db["people"])
        self.say("debrief_saved", people=people, reminders=reminders)

    def _debrief_followups(self, interview_id: int, contact_ids: list[int]) -> None:
        self.close_followups("thank_you", status="cancelled", interview_id=interview_id)
        today = self.now.date()
        evening = datetime.combine(today, time(17), tzinfo=UTC)
        due = (
            evening
            if self.now < evening - timedelta(hours=1)
            else morning(today + timedelta(days=1))
        )
        if contact_ids:  # nobody to thank, nothing to remind
            self.schedule("thank_you", due, interview_id=interview_id)
        self.close_followups("status_check", status="cancelled", interview_id=interview_id)
        decision = self.data["db"].get("decision")
        base = (
            date.fromisoformat(decision) + STATUS_AFTER_DECISION
            if decision
            else today + STATUS_NO_DATE
        )
        self.schedule("status_check", morning(base), interview_id=interview_id)
        if contact_ids:
            self.schedule(
                "keep_warm",
                morning(today + timedelta(days=KEEP_WARM_DAYS)),
                interview_id=interview_id,
                contact_id=contact_ids[0],
            )

    def _reminder_summary(self, interview_id: int) -> str:
        rows = self.records("followups", interview_id=interview_id, status="pending")
        parts = []
        for row in rows:
            due = datetime.fromisoformat(row["due_at"])
            parts.append(self.flow.content.text(f"when.{row['kind']}") + " " + self._day(due))
        return "; ".join(parts)

    def _day(self, due: datetime) -> str:
        days = (due.date() - self.now.date()).days
        if days in (0, 1):
            return self.flow.content.text(f"day_{days}")
        return fill(self.flow.content.text("day_on"), day=due.strftime("%a %-d %b"))

    def schedule_outreach(self) -> None:
        """After an outreach message is sent: 3B7, a second contact after 3 business days and
        one follow-up with the first after 7, if no reply has come."""
        interview_id = self.data.get("interview_id")
        today = self.now.date()
        self.schedule(
            "outreach_second", morning(business_days(today, 3)), interview_id=interview_id
        )
        self.schedule(
            "outreach_followup", morning(business_days(today, 7)), interview_id=interview_id
        )
