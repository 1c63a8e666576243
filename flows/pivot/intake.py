"""Welcome, menu, intake and triage: who the interview is with and which of four ways to play it."""

from __future__ import annotations

from datetime import date, time
from typing import Any, ClassVar

from transitions.core import EventData

from bot.dates import describe
from bot.flow import Step, Values
from bot.parts import Extras, Part
from flows.pivot import interview

HIGH = 4  # a fit of 4 or 5 on the 1-5 scale counts as high (COACHING.md)

STEPS = (
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
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    # Anywhere.
    {T: "start", "source": "*", "dest": "welcome"},
    {T: "menu", "source": "*", "dest": "menu"},
    {T: "cancel", "source": "*", "dest": "menu"},
    {T: "prepare", "source": "*", "dest": "intake.company", "before": "begin_interview"},
    {T: "about", "source": ["welcome", "menu"], "dest": "about"},
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
    {T: "accept", "source": "triage", "dest": "pivot.evidence", "conditions": "suggests_pivot"},
    {T: "accept", "source": "triage", "dest": "plan.finish", "conditions": "suggests_finish"},
    {T: "accept", "source": "triage", "dest": "plan.practice", "conditions": "suggests_practice"},
    {T: "change", "source": "triage", "dest": "triage.choose"},
    {T: "go", "source": "triage.choose", "dest": "plan.go"},
    {T: "pivot", "source": "triage.choose", "dest": "pivot.evidence"},
    {T: "finish", "source": "triage.choose", "dest": "plan.finish"},
    {T: "practice", "source": "triage.choose", "dest": "plan.practice"},
]

PATHS = ("go", "pivot", "finish", "practice")


def mid_sentence(text: str) -> str:
    """Lower the first letter of a typed phrase unless it is an acronym or a name like "iOS"."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def suggested_path(company_fit: int, role_fit: int) -> str:
    """The four paths of COACHING.md's triage table."""
    company_high, role_high = company_fit >= HIGH, role_fit >= HIGH
    if company_high:
        return "go" if role_high else "pivot"
    return "finish" if role_high else "practice"


class Intake(Part):
    """Callbacks and conditions of intake and triage."""

    name = "intake"
    WORDS = "intake"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "date_noted",
        "date_past",
        "date_unknown",
        "target_unsure",
        "summary",
        "summary_target",
        *(f"suggest.{path}" for path in PATHS),
        "past_hint",
    )
    FIELDS = interview.FIELDS
    DERIVED = ("when", "target_or_unsure")
    EXTRAS: ClassVar[Extras] = {"date_noted": ("when",)}

    def present(self, values: Values) -> None:
        """Role and target as they sit mid-sentence: "the inside sales role", not "Inside"."""
        for field in ("role", "target"):
            if isinstance(values.get(field), str):
                values[field] = mid_sentence(values[field])

    def derive(self, name: str) -> Any:
        d = self.c.data
        if name == "when":
            if d.get("interview_date"):
                # "Thursday 3 December 2026, 2 pm": the time too, when they gave one.
                at = time.fromisoformat(d["interview_time"]) if d.get("interview_time") else None
                day = date.fromisoformat(d["interview_date"])
                return describe(day, at, d.get("interview_part"))
            return self.template("date_past" if d.get("interview_past") else "date_unknown")
        if name == "target_or_unsure":
            return d.get("target") or self.template("target_unsure")
        return None

    def begin_interview(self, event: EventData) -> None:
        interview.begin(self.c)

    def keep_company(self, event: EventData) -> None:
        self.c.data["company"] = event.kwargs["text"]

    def keep_role(self, event: EventData) -> None:
        self.c.data["role"] = event.kwargs["text"]

    def keep_date(self, event: EventData) -> None:
        self.c.data["interview_date"] = event.kwargs["date"]
        for field, given in (("interview_time", "time"), ("interview_part", "part")):
            if event.kwargs.get(given):
                self.c.data[field] = event.kwargs[given]
            else:
                self.c.data.pop(field, None)
        self.c.data.pop("interview_past", None)
        # Say how the date was read: "next Friday" means different days to different people.
        self.say("date_noted", when=self.derive("when"))

    def keep_past(self, event: EventData) -> None:
        self.c.data["interview_past"] = True
        for field in ("interview_date", "interview_time", "interview_part"):
            self.c.data.pop(field, None)

    def keep_no_date(self, event: EventData) -> None:
        for field in ("interview_date", "interview_time", "interview_part", "interview_past"):
            self.c.data.pop(field, None)

    def keep_draws(self, event: EventData) -> None:
        self.c.data["draws"] = event.kwargs["text"]

    def keep_company_fit(self, event: EventData) -> None:
        self.c.data["company_fit"] = event.kwargs["value"]

    def keep_role_fit(self, event: EventData) -> None:
        self.c.data["role_fit"] = event.kwargs["value"]
        if self.role_fits(event):
            self.c.data.pop("target", None)

    def keep_target(self, event: EventData) -> None:
        self.c.data["target"] = event.kwargs["text"]

    def keep_no_target(self, event: EventData) -> None:
        self.c.data.pop("target", None)

    def role_fits(self, event: EventData) -> bool:
        return int(event.kwargs.get("value", self.c.data.get("role_fit", 0))) >= HIGH

    # -- triage ----------------------------------------------------------------------------

    def suggestion(self) -> str:
        return suggested_path(int(self.c.data["company_fit"]), int(self.c.data["role_fit"]))

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
        if int(self.c.data["role_fit"]) < HIGH:
            summary += "\n" + self.text("summary_target")
        self.c.say_markup(summary)
        self.say(f"suggest.{self.suggestion()}")
        if self.c.data.get("interview_past"):
            self.say("past_hint")
