"""The four paths after triage: the pivot plan (timing, words, questions, another role, declining)
and the guidance for going for the job, finishing strong, or treating it as practice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from transitions.core import EventData

from bot import names
from bot.flow import Flow, Step
from bot.markup import fill
from bot.parts import Extras, Part
from flows.pivot import interview, reminders
from flows.pivot.feedback import as_phrase

STEPS = (
    # Arriving saves the interview; drawing the page again (/resume, /back) does not.
    Step("pivot.evidence", "text", on_enter=("start_pivot",), max_len=400, redraw=()),
    Step("pivot.plan", on_enter=("start_pivot", "pivot_plan"), redraw=("pivot_plan",)),
    Step("pivot.questions", on_enter=("path_questions",)),
    Step("pivot.offer"),
    Step("pivot.decline", on_enter=("decline_draft",)),
    Step("plan.go", on_enter=("save_path", "path_plan"), redraw=("path_plan",)),
    Step("plan.finish", on_enter=("save_path", "path_plan"), redraw=("path_plan",)),
    Step("plan.practice", on_enter=("save_path", "path_plan"), redraw=("path_plan",)),
)

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


class Plans(Part):
    """What each path tells the user."""

    name = "plans"
    WORDS = "plans"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "draws_fallback",
        "target_fallback",
        "evidence_line",
        "evidence_missing",
        "pivot.timing",
        "pivot.script",
        *(f"plan.{path}" for path in ("go", "finish", "practice")),
        "questions_intro",
        "pivot.decline_tips",
        "pivot.decline_draft",
        "keep_warm_set",
    )
    FIELDS = ("evidence", "path")
    DERIVED = ("draws_phrase", "target_phrase", "evidence_line")
    EXTRAS: ClassVar[Extras] = {"evidence_line": ("evidence",)}

    @classmethod
    def check(cls, flow: Flow) -> Iterator[str]:
        """Each path's question picks name questions of the bank, whose fields are known."""
        bank = flow.content.data.get("question_bank", {})
        picks = flow.content.data.get("question_picks", {})
        known = names.known_fields(flow)
        for path in ("pivot", "go", "finish", "practice"):
            if path not in picks:
                yield f"content data question_picks has no questions for path {path!r}"
            for pick in picks.get(path, []):
                group, _, name = str(pick).partition(".")
                if name not in bank.get(group, {}):
                    yield f"question_picks.{path}: {pick!r} is not in the question bank"
        for group, questions in bank.items():
            for name, template in questions.items():
                yield from names.check_template(f"question {group}.{name}", template, known)

    def derive(self, name: str) -> Any:
        d = self.c.data
        if name == "draws_phrase":
            return as_phrase(d.get("draws", "")) or self.template("draws_fallback")
        if name == "target_phrase":
            return d.get("target") or self.template("target_fallback")
        if name == "evidence_line":
            # Plain text: the template that uses it escapes it (escaping here would double it).
            if d.get("evidence"):
                return self.template("evidence_line").format(evidence=_sentence(d["evidence"]))
            return self.template("evidence_missing")
        return None

    def keep_evidence(self, event: EventData) -> None:
        self.c.data["evidence"] = event.kwargs["text"]

    def keep_no_evidence(self, event: EventData) -> None:
        self.c.data.pop("evidence", None)

    def start_pivot(self, event: EventData | None) -> None:
        interview.save(self.c, "pivot")

    def save_path(self, event: EventData | None) -> None:
        interview.save(self.c, self.c.state.split(".", 1)[1])

    def pivot_plan(self, event: EventData | None) -> None:
        self.say("pivot.timing")
        self.say("pivot.script")

    def path_plan(self, event: EventData | None) -> None:
        self.say(f"plan.{self.c.state.split('.', 1)[1]}")
        self.path_questions(event)

    def path_questions(self, event: EventData | None) -> None:
        """Five questions from the bank, chosen for this path (company-map first for a pivot)."""
        path = self.c.data.get("path", "pivot")
        bank = self.c.flow.content.data["question_bank"]
        picks = self.c.flow.content.data["question_picks"][path]
        values = self.c.values()
        lines = []
        for pick in picks:
            group, name = pick.split(".")
            lines.append("- " + fill(bank[group][name], values))
        self.c.say_markup(self.text("questions_intro") + "\n" + "\n".join(lines))

    def decline_draft(self, event: EventData | None) -> None:
        self.say("pivot.decline_tips")
        self.say("pivot.decline_draft")

    def remind_check_in(self, event: EventData) -> None:
        interview_id = self.c.data.get("interview_id")
        reminders.schedule(
            self.c, "keep_warm", reminders.keep_warm_due(self.c), interview_id=interview_id
        )
        self.say("keep_warm_set", self.c.choices())


def _sentence(text: str) -> str:
    """The user's evidence, trimmed to fit mid-sentence: no trailing full stop, lower first letter
    unless it starts with "I" or an acronym."""
    text = text.strip().rstrip(".!")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not text.startswith("I "):
        text = text[0].lower() + text[1:]
    return text
