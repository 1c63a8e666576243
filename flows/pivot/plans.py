"""The four paths after triage: the pivot plan (timing, words, questions, another role, declining)
and the guidance for going for the job, finishing strong, or treating it as practice."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from transitions.core import EventData

from bot.flow import Step
from bot.markup import fill
from flows.pivot.feedback import as_phrase
from flows.pivot.followups import morning
from flows.pivot.intake import Intake

KEEP_WARM_DAYS = 91  # "propose a check-in in about three months"

STEPS = [
    Step("pivot.evidence", "text", on_enter=("start_pivot",), max_len=400),
    Step("pivot.plan", on_enter=("pivot_plan",)),
    Step("pivot.questions", on_enter=("path_questions",)),
    Step("pivot.offer"),
    Step("pivot.decline", on_enter=("decline_draft",)),
    Step("plan.go", on_enter=("path_plan",)),
    Step("plan.finish", on_enter=("path_plan",)),
    Step("plan.practice", on_enter=("path_plan",)),
]

T = "trigger"
TABLE: list[dict[str, Any]] = [
    {T: "answer", "source": "pivot.evidence", "dest": "pivot.plan", "before": "keep_evidence"},
    {T: "skip", "source": "pivot.evidence", "dest": "pivot.plan", "before": "keep_no_evidence"},
    {
        T: "questions",
        "source": ["pivot.plan", "pivot.offer", "pivot.decline"],
        "dest": "pivot.questions",
    },
    {
        T: "offer",
        "source": ["pivot.plan", "pivot.questions", "pivot.decline"],
        "dest": "pivot.offer",
    },
    {
        T: "decline",
        "source": ["pivot.plan", "pivot.questions", "pivot.offer"],
        "dest": "pivot.decline",
    },
    {
        T: "plan",
        "source": ["pivot.questions", "pivot.offer", "pivot.decline"],
        "dest": "pivot.plan",
    },
    # Internal: stays on the page, schedules a check-in.
    {T: "keep_warm", "source": "pivot.decline", "dest": None, "after": "remind_check_in"},
]


class Plans(Intake):
    """What each path tells the user."""

    def derive(self, name: str) -> Any:
        d = self.data
        content = self.flow.content
        if name == "draws_phrase":
            return as_phrase(d.get("draws", "")) or content.text("draws_fallback")
        if name == "target_phrase":
            return d.get("target") or content.text("target_fallback")
        if name == "evidence_line":
            # Plain text: the template that uses it escapes it (escaping here would double it).
            if d.get("evidence"):
                return content.text("evidence_line").format(evidence=_sentence(d["evidence"]))
            return content.text("evidence_missing")
        return super().derive(name)

    def keep_evidence(self, event: EventData) -> None:
        self.data["evidence"] = event.kwargs["text"]

    def keep_no_evidence(self, event: EventData) -> None:
        self.data.pop("evidence", None)

    def start_pivot(self, event: EventData | None) -> None:
        self.save_interview("pivot")

    def pivot_plan(self, event: EventData | None) -> None:
        self.save_interview("pivot")
        self.say("pivot.timing")
        self.say("pivot.script")

    def path_plan(self, event: EventData | None) -> None:
        path = self.state.split(".", 1)[1]
        self.save_interview(path)
        self.say(f"plan.{path}")
        self.path_questions(event)

    def path_questions(self, event: EventData | None) -> None:
        """Five questions from the bank, chosen for this path (company-map first for a pivot)."""
        path = self.data.get("path", "pivot")
        bank = self.flow.content.data["question_bank"]
        picks = self.flow.content.data["question_picks"][path]
        values = self.values()
        lines = []
        for pick in picks:
            group, name = pick.split(".")
            lines.append("- " + fill(bank[group][name], values))
        self.say_markup(self.text("questions_intro") + "\n" + "\n".join(lines))

    def decline_draft(self, event: EventData | None) -> None:
        self.say("pivot.decline_tips")
        self.say("pivot.decline_draft")

    def remind_check_in(self, event: EventData) -> None:
        interview = self.data.get("interview_id")
        due = morning((self.now + timedelta(days=KEEP_WARM_DAYS)).date())
        self.schedule("keep_warm", due, interview_id=interview)
        self.say("keep_warm_set", self.choices())


def _sentence(text: str) -> str:
    """The user's evidence, trimmed to fit mid-sentence: no trailing full stop, lower first letter
    unless it starts with "I" or an acronym."""
    text = text.strip().rstrip(".!")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not text.startswith("I "):
        text = text[0].lower() + text[1:]
    return text
