"""The pivot conversation, assembled: each part brings its states, its transition table (the
flow's documentation, part by part) and the model methods its table names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.content import Content
from bot.flow import Flow
from flows.pivot import contacts, debrief, drafts, intake, plans, practice
from flows.pivot.contacts import Contacts
from flows.pivot.interviewer_model import ModelInterviewer
from flows.pivot.judge_model import ChatModel, ModelJudge

CONTENT = Path(__file__).parent / "content"
CONTENT_FILES = (
    "core",
    "intake",
    "plans",
    "practice",
    "debrief",
    "drafts",
    "followup",
    "contacts",
)
VERSION = 2
PARTS = (intake, plans, practice, debrief, drafts, contacts)


class PivotChat(Contacts):
    """One user's conversation, for the span of one action: intake and triage, the four plans,
    practice, debrief, drafts, follow-ups and contacts (each part a class in this package)."""

    # Texts that say where practice answers go, when a model is configured.
    NOTICED = ("help", "mydata")

    def text(self, name: str, /, **extra: Any) -> str:
        said = super().text(name, **extra)
        if self.model_host and name in self.NOTICED:
            said += "\n\n" + super().text("model_notice", model_host=self.model_host)
        return said


def build_flow(model: ChatModel | None = None, model_host: str = "", timeout: float = 8.0) -> Flow:
    """The pivot flow with its words loaded from ``content/*.yaml``.

    With ``model`` (a language model client; see ``judge_model.ChatModel``) rehearsal answers are
    scored by the model-backed judge and the interviewer's lines worded by the model, each
    falling back to the rules within ``timeout`` seconds; ``model_host`` is where the answers go,
    as the help text and /mydata tell the student.
    """
    content = Content.load(*(CONTENT / f"{name}.yaml" for name in CONTENT_FILES))
    steps = {s.name: s for part in PARTS for s in part.STEPS}
    chat: type[PivotChat] = PivotChat
    if model is not None:
        for name, method in practice.PREPARE.items():
            steps[name] = replace(steps[name], prepare=method)
        judge, asker = ModelJudge(model, timeout), ModelInterviewer(model, timeout)
        host = model_host or "the configured model server"

        class ModelPivotChat(PivotChat):
            model_judge = judge
            model_interviewer = asker
            model_host = host

        chat = ModelPivotChat
    return Flow(
        name="pivot",
        version=VERSION,
        initial="welcome",
        steps=steps,
        table=[row for part in PARTS for row in part.TABLE],
        model=chat,
        content=content,
        # Buttons that work from any state: reminders, outcomes, App Home.
        global_choices={
            "fu:": "followup",
            "out:": "outcome",
            "menu.prepare": "prepare",
            "menu.rehearse": "rehearse",
            "menu.debrief": "debrief",
            "menu.contacts": "contacts",
        },
        commands={
            "menu": "menu",
            "rehearse": "rehearse",
            "debrief": "debrief",
            "prepare": "prepare",
            "contacts": "contacts",
        },
    )
