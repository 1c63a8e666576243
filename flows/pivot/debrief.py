"""The debrief after an interview: did the pivot happen, who they met, what was promised, what
came of it. It writes the interview, contact and milestone records and sets the follow-ups."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from transitions.core import EventData

from bot.flow import Step
from bot.markup import fill
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import interview, reminders

PERSON = ("name", "title", "team", "reach", "detail")
# A debrief's outcome as a step of the networking funnel.
MILESTONES = {
    "introduction": "introduction",
    "referral": "referral",
    "meeting": "interview",
    "offer": "offer",
}

STEPS = (
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
    Step("debrief.summary", on_enter=("save_debrief", "show_summary"), redraw=("show_summary",)),
)

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


class Debrief(Part):
    """Collects the debrief in ``data["db"]`` and writes the records once, at the summary."""

    name = "debrief"
    WORDS = "debrief"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "date_noted",
        "them",
        "unnamed",
        "next_step_thanks",
        "debrief_saved",
        "debrief_saved_nobody",
        *(f"when.{kind}" for kind in reminders.KINDS),
        "day_0",
        "day_1",
        "day_on",
    )
    LABELS = ("another_interview",)
    FIELDS = ("company", "role", "interview_id")
    DERIVED = ("person",)
    EXTRAS: ClassVar[Extras] = {
        "date_noted": ("when",),
        "debrief_saved": ("people", "reminders"),
        "debrief_saved_nobody": ("reminders",),
        "day_on": ("day",),
    }
    BUTTONS = ("pick", "other")

    def has_interviews(self, event: EventData) -> bool:
        return bool(self.c.records("interviews"))

    def begin_debrief(self, event: EventData) -> None:
        self.c.data["db"] = {"people": [], "person": {}}

    def interview_choices(self) -> list[Choice]:
        rows = self.c.records("interviews")[-4:]
        buttons = [
            self.button(f"{r['company']} · {r['role']}"[:60], f"pick:{r['id']}")
            for r in reversed(rows)
        ]
        return [*buttons, self.choice("another_interview", "other")]

    def pick_interview(self, event: EventData) -> None:
        rows = self.c.records("interviews", id=int(event.kwargs["value"]))
        if rows:
            row = rows[0]
            self.c.data["db"]["interview_id"] = row["id"]
            for field in ("company", "role", "target", "draws", "evidence"):
                if row.get(field):
                    self.c.data[field] = row[field]
            self.c.data["interview_id"] = row["id"]

    def keep_db_company(self, event: EventData) -> None:
        interview.begin(self.c)
        self.c.data["company"] = event.kwargs["text"]

    def keep_db_role(self, event: EventData) -> None:
        self.c.data["role"] = event.kwargs["text"]
        self.c.data["interview_past"] = True
        self.c.data["db"]["interview_id"] = self.c.add(
            "interviews",
            company=self.c.data["company"],
            role=self.c.data["role"],
            interview_date=reminders.today(self.c).isoformat(),
        )
        self.c.data["interview_id"] = self.c.data["db"]["interview_id"]

    def keep_pivoted(self, event: EventData) -> None:
        self.c.data["db"]["pivoted"] = event.event.name

    def keep_went(self, event: EventData) -> None:
        self.c.data["db"]["went"] = event.kwargs["text"]

    def keep_person(self, event: EventData) -> None:
        field = self.c.state.rsplit(".", 1)[1]
        if "text" in event.kwargs:
            self.c.data["db"]["person"][field] = event.kwargs["text"]

    def next_person(self, event: EventData) -> None:
        person = self.c.data["db"].pop("person", {})
        if any(person.get(f) for f in PERSON):
            self.c.data["db"]["people"].append(person)
        self.c.data["db"]["person"] = {}

    def keep_promised(self, event: EventData) -> None:
        self.c.data["db"]["promised"] = event.kwargs["text"]

    def keep_outcome(self, event: EventData) -> None:
        self.c.data["db"]["outcome"] = event.event.name

    def keep_decision(self, event: EventData) -> None:
        self.c.data["db"]["decision"] = event.kwargs["date"]
        when = date.fromisoformat(event.kwargs["date"]).strftime("%A %-d %B")
        self.say("date_noted", when=when)

    def derive(self, name: str) -> Any:
        person = (self.c.data.get("db") or {}).get("person") or {}
        if name == "person":
            return person.get("name") or self.template("them")
        return None

    # -- the summary: records and follow-ups ---------------------------------------------------

    def save_debrief(self, event: EventData | None) -> None:
        db = self.c.data["db"]
        interview_id = int(db.get("interview_id") or self.c.data["interview_id"])
        self.c.update(
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
                self.c.add(
                    "contacts",
                    interview_id=interview_id,
                    name=person.get("name"),
                    title=person.get("title"),
                    team=person.get("team"),
                    reach=person.get("reach"),
                    organisation=self.c.data.get("company"),
                    how_met="interview",
                    priority="A",
                    stage="met",
                    last_contact_at=self.c.stamp(),
                    notes=notes or None,
                    next_step=self.template("next_step_thanks"),
                )
            )
        db["contact_ids"] = contact_ids
        outcome = db.get("outcome")
        if outcome in MILESTONES:  # the networking funnel of the career-office report
            self.c.add(
                "milestones",
                kind=MILESTONES[outcome],
                interview_id=interview_id,
                contact_id=contact_ids[0] if contact_ids else None,
            )
        self._debrief_followups(interview_id, contact_ids)

    def show_summary(self, event: EventData | None) -> None:
        """What was saved and the reminders set; drawn again by /resume without saving again."""
        db = self.c.data["db"]
        interview_id = int(db.get("interview_id") or self.c.data["interview_id"])
        reminders = self._reminder_summary(interview_id)
        if not db["people"]:
            self.say("debrief_saved_nobody", reminders=reminders)
            return
        unnamed = self.template("unnamed")
        people = ", ".join(p.get("name") or p.get("title") or unnamed for p in db["people"])
        self.say("debrief_saved", people=people, reminders=reminders)

    def _debrief_followups(self, interview_id: int, contact_ids: list[int]) -> None:
        reminders.close(self.c, "thank_you", status="cancelled", interview_id=interview_id)
        due = reminders.thank_you_due(self.c)
        if contact_ids:  # nobody to thank, nothing to remind
            reminders.schedule(self.c, "thank_you", due, interview_id=interview_id)
        reminders.close(self.c, "status_check", status="cancelled", interview_id=interview_id)
        decision = self.c.data["db"].get("decision")
        due = reminders.status_check_due(self.c, decision)
        reminders.schedule(self.c, "status_check", due, interview_id=interview_id)
        if contact_ids:
            reminders.schedule(
                self.c,
                "keep_warm",
                reminders.keep_warm_due(self.c),
                interview_id=interview_id,
                contact_id=contact_ids[0],
            )

    def _reminder_summary(self, interview_id: int) -> str:
        rows = self.c.records("followups", interview_id=interview_id, status="pending")
        parts = []
        for row in rows:
            due = datetime.fromisoformat(row["due_at"])
            parts.append(self.template(f"when.{row['kind']}") + " " + self._day(due))
        return "; ".join(parts)

    def _day(self, due: datetime) -> str:
        due = reminders.local(self.c, due)
        days = (due.date() - reminders.today(self.c)).days
        if days in (0, 1):
            return self.template(f"day_{days}")
        return fill(self.template("day_on"), day=due.strftime("%a %-d %b"))
