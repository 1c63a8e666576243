"""The pivot conversation: its states, its transition table (the flow's documentation) and
the model whose methods are the table's conditions and callbacks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from transitions.core import EventData

from bot.content import Content
from bot.flow import Conversation, Flow, Step

CONTENT = Path(__file__).parent / "content"
CONTENT_FILES = ("core", "intake", "followup")
VERSION = 1
HIGH = 4  # a fit of 4 or 5 on the 1-5 scale counts as high (COACHING.md)
THANK_YOU_HOUR = (
    17  # a reminder late on the interview day: "same day, by next morning at the latest"
)

STEPS = [
    Step("welcome"),
    Step("about"),
    Step("menu"),
    Step("intake.company", "text", max_len=120),
    Step("intake.role", "text", max_len=120),
    Step("intake.date", "date"),
    Step("intake.draws", "text", max_len=600),
    Step("intake.company_fit", "scale"),
    Step("intake.role_fit", "scale"),
    Step("intake.target", "text", max_len=200),
    Step("triage", on_enter=("suggest",)),
    Step("triage.choose"),
    Step("plan.go", on_enter=("plan",)),
    Step("plan.pivot", on_enter=("plan",)),
    Step("plan.finish", on_enter=("plan",)),
    Step("plan.practice", on_enter=("plan",)),
]

T = "trigger"
TABLE: list[dict[str, Any]] = [
    # Anywhere.
    {T: "start", "source": "*", "dest": "welcome"},
    {T: "menu", "source": "*", "dest": "menu"},
    {T: "cancel", "source": "*", "dest": "menu"},
    # Welcome and menu.
    {T: "about", "source": ["welcome", "menu"], "dest": "about"},
    {
        T: "prepare",
        "source": ["welcome", "about", "menu"],
        "dest": "intake.company",
        "before": "begin_interview",
    },
    # Intake: each answer is kept by a `before` callback, then the next question is asked.
    {T: "answer", "source": "intake.company", "dest": "intake.role", "before": "keep_company"},
    {T: "answer", "source": "intake.role", "dest": "intake.date", "before": "keep_role"},
    {T: "answer", "source": "intake.date", "dest": "intake.draws", "before": "keep_date"},
    {T: "done", "source": "intake.date", "dest": "intake.draws", "before": "keep_past"},
    {T: "skip", "source": "intake.date", "dest": "intake.draws", "before": "keep_no_date"},
    {T: "answer", "source": "intake.draws", "dest": "intake.company_fit", "before": "keep_draws"},
    {
        T: "answer",
        "source": "intake.company_fit",
        "dest": "intake.role_fit",
        "before": "keep_company_fit",
    },
    # A role that fits (4-5) needs no "what would fit better" question.
    {
        T: "answer",
        "source": "intake.role_fit",
        "dest": "intake.target",
        "before": "keep_role_fit",
        "unless": "role_fits",
    },
    {
        T: "answer",
        "source": "intake.role_fit",
        "dest": "triage",
        "before": "keep_role_fit",
        "conditions": "role_fits",
    },
    {T: "answer", "source": "intake.target", "dest": "triage", "before": "keep_target"},
    {T: "skip", "source": "intake.target", "dest": "triage", "before": "keep_no_target"},
    # Triage: accept the suggested path or pick another.
    {T: "accept", "source": "triage", "dest": "plan.go", "conditions": "suggests_go"},
    {T: "accept", "source": "triage", "dest": "plan.pivot", "conditions": "suggests_pivot"},
    {T: "accept", "source": "triage", "dest": "plan.finish", "conditions": "suggests_finish"},
    {T: "accept", "source": "triage", "dest": "plan.practice", "conditions": "suggests_practice"},
    {T: "change", "source": "triage", "dest": "triage.choose"},
    {T: "go", "source": "triage.choose", "dest": "plan.go", "before": "choose_path"},
    {T: "pivot", "source": "triage.choose", "dest": "plan.pivot", "before": "choose_path"},
    {T: "finish", "source": "triage.choose", "dest": "plan.finish", "before": "choose_path"},
    {T: "practice", "source": "triage.choose", "dest": "plan.practice", "before": "choose_path"},
]


def suggested_path(company_fit: int, role_fit: int) -> str:
    """The four paths of COACHING.md's triage table."""
    company_high, role_high = company_fit >= HIGH, role_fit >= HIGH
    if company_high:
        return "go" if role_high else "pivot"
    return "finish" if role_high else "practice"


class PivotChat(Conversation):
    """One user's pivot conversation, for the span of one action."""

    # -- template values -----------------------------------------------------------------

    def derive(self, name: str) -> Any:
        d = self.data
        if name == "when":
            if d.get("interview_date"):
                return date.fromisoformat(d["interview_date"]).strftime("%A %-d %B %Y")
            return self.flow.content.text("date_past" if d.get("interview_past") else "date_unknown")
        if name == "target_or_unsure":
            return d.get("target") or self.flow.content.text("target_unsure")
        return None

    # -- intake --------------------------------------------------------------------------

    def begin_interview(self, event: EventData) -> None:
        for field in (
            "company",
            "role",
            "interview_date",
            "interview_past",
            "draws",
            "company_fit",
            "role_fit",
            "target",
            "path",
            "interview_id",
        ):
            self.data.pop(field, None)

    def keep_company(self, event: EventData) -> None:
        self.data["company"] = event.kwargs["text"]

    def keep_role(self, event: EventData) -> None:
        self.data["role"] = event.kwargs["text"]

    def keep_date(self, event: EventData) -> None:
        self.data["interview_date"] = event.kwargs["date"]
        self.data.pop("interview_past", None)

    def keep_past(self, event: EventData) -> None:
        self.data["interview_past"] = True
        self.data.pop("interview_date", None)

    def keep_no_date(self, event: EventData) -> None:
        self.data.pop("interview_date", None)
        self.data.pop("interview_past", None)

    def keep_draws(self, event: EventData) -> None:
        self.data["draws"] = event.kwargs["text"]

    def keep_company_fit(self, event: EventData) -> None:
        self.data["company_fit"] = event.kwargs["value"]

    def keep_role_fit(self, event: EventData) -> None:
        self.data["role_fit"] = event.kwargs["value"]
        if self.role_fits(event):
            self.data.pop("target", None)

    def keep_target(self, event: EventData) -> None:
        self.data["target"] = event.kwargs["text"]

    def keep_no_target(self, event: EventData) -> None:
        self.data.pop("target", None)

    def role_fits(self, event: EventData) -> bool:
        return int(event.kwargs.get("value", self.data.get("role_fit", 0))) >= HIGH

    # -- triage ------------------------------------------------------------------------------

    def suggestion(self) -> str:
        return suggested_path(int(self.data["company_fit"]), int(self.data["role_fit"]))

    def suggests_go(self, event: EventData) -> bool:
        return self.suggestion() == "go"

    def suggests_pivot(self, event: EventData) -> bool:
        return self.suggestion() == "pivot"

    def suggests_finish(self, event: EventData) -> bool:
        return self.suggestion() == "finish"

    def suggests_practice(self, event: EventData) -> bool:
        return self.suggestion() == "practice"

    def suggest(self, event: EventData | None) -> None:
        summary = self.text("summary")
        if int(self.data["role_fit"]) < HIGH:
            summary += "\n" + self.text("summary_target")
        self.say_markup(summary)
        self.say(f"suggest.{self.suggestion()}")

    def choose_path(self, event: EventData) -> None:
        self.data["path"] = event.event.name

    def plan(self, event: EventData | None) -> None:
        path = self.state.split(".", 1)[1]
        self.data["path"] = path
        self.save_interview()
        self.say(f"next.{path}")

    def save_interview(self) -> None:
        """Write (or update) the interview record and schedule the thank-you reminder."""
        d = self.data
        row = {
            "company": d.get("company"),
            "role": d.get("role"),
            "interview_date": d.get("interview_date"),
            "company_fit": d.get("company_fit"),
            "role_fit": d.get("role_fit"),
            "path": d.get("path"),
            "target": d.get("target"),
            "draws": d.get("draws"),
        }
        if d.get("interview_id"):
            self.update("interviews", d["interview_id"], **row)
        else:
            d["interview_id"] = self.add("interviews", **row)
        if d.get("interview_date"):
            day = date.fromisoformat(d["interview_date"])
            due = datetime.combine(day, time(THANK_YOU_HOUR), tzinfo=UTC)
            if due > self.now:
                self.remind("thank_you", due, interview_id=d["interview_id"])

    # -- reminders -------------------------------------------------------------------------------

    def timer_thank_you(self, payload: dict[str, Any]) -> None:
        interview = self._interview(payload.get("interview_id"))
        if interview is None:
            return
        self.say_markup(
            self.text("reminder.thank_you", company=interview["company"]),
            self._followup_buttons("thank_you"),
        )

    def _interview(self, interview_id: int | None) -> dict[str, Any] | None:
        rows = self.records("interviews", id=interview_id) if interview_id else []
        return rows[0] if rows else None

    def _followup_buttons(self, name: str) -> list[Any]:
        from bot.messages import Choice

        labels = self.flow.content.labels
        return [
            Choice(labels["followup_done"], f"fu:done:{name}"),
            Choice(labels["followup_snooze"], f"fu:snooze:{name}"),
            Choice(labels["followup_skip"], f"fu:skip:{name}"),
        ]

    def followup(self, rest: str) -> None:
        """A Done / Snooze / Skip tap on a reminder, from any state."""
        action, _, name = rest.partition(":")
        if action == "snooze":
            self.remind(name, self.now + timedelta(days=1), **self._last_payload(name))
            self.say("followup_snoozed")
        elif action == "done":
            self.say("followup_done")
        else:
            self.say("followup_skipped")
        if self.flow.steps[self.state].input != "none":
            self.ask()

    def _last_payload(self, name: str) -> dict[str, Any]:
        rows = list(
            self.store.db.query(
                "SELECT payload FROM timers WHERE key = ? AND name = ? ORDER BY id DESC LIMIT 1",
                [str(self.key), name],
            )
        )
        import json

        return dict(json.loads(rows[0]["payload"])) if rows else {}


def build_flow() -> Flow:
    """The pivot flow with its words loaded from ``content/*.yaml``."""
    content = Content.load(*(CONTENT / f"{name}.yaml" for name in CONTENT_FILES))
    return Flow(
        name="pivot",
        version=VERSION,
        initial="welcome",
        steps={s.name: s for s in STEPS},
        table=TABLE,
        model=PivotChat,
        content=content,
        global_choices={"fu:": "followup", "menu.prepare": "prepare"},
        commands={"menu": "menu"},
    )
