"""The pivot conversation, assembled: each part brings its states, its transition table (the
flow's documentation, part by part) and the model methods its table names."""

from __future__ import annotations

from pathlib import Path

from bot.content import Content
from bot.flow import Flow
from flows.pivot import contacts, debrief, drafts, intake, plans, practice, scoring
from flows.pivot.contacts import Contacts

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


def build_flow() -> Flow:
    """The pivot flow with its words loaded from ``content/*.yaml``, and the rehearsal's scoring
    rules loaded with it, so that the first rehearsed answer does not wait for them."""
    content = Content.load(*(CONTENT / f"{name}.yaml" for name in CONTENT_FILES))
    scoring.rules()
    return Flow(
        name="pivot",
        version=VERSION,
        initial="welcome",
        steps={s.name: s for part in PARTS for s in part.STEPS},
        table=[row for part in PARTS for row in part.TABLE],
        model=PivotChat,
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
