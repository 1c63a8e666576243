"""The pivot conversation, composed: each part brings its states, its transition table (the
flow's documentation, part by part), the methods its table names and its words. No part knows
another; what they share is in ``interview`` and ``reminders``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.content import Content
from bot.flow import Flow
from bot.parts import Part
from flows.pivot import reminders, scoring, views
from flows.pivot.contacts import Contacts
from flows.pivot.debrief import Debrief
from flows.pivot.drafts import Drafts
from flows.pivot.followups import FollowUps
from flows.pivot.intake import Intake
from flows.pivot.offers import Offers
from flows.pivot.plans import Plans
from flows.pivot.practice import Practice
from flows.pivot.records import RECORDS
from flows.pivot.zone import QUESTION, Zone

if TYPE_CHECKING:
    from flows.pivot.judge_model import ChatModel

CONTENT = Path(__file__).parent / "content"
VERSION = 2
# In the order their states and transitions are listed (and transitions tried).
PARTS: tuple[type[Part], ...] = (
    Intake,
    Plans,
    Practice,
    Debrief,
    Offers,
    Drafts,
    Contacts,
    FollowUps,
    Zone,
)


def load_content(parts: Sequence[type[Part]] = PARTS) -> Content:
    """The words every part needs: ``core.yaml`` and each part's own file."""
    return Content.load(CONTENT / "core.yaml", *(CONTENT / f"{p.WORDS}.yaml" for p in parts))


def build_flow(
    parts: Sequence[type[Part]] = PARTS,
    content: Content | None = None,
    *,
    model: ChatModel | None = None,
    model_host: str | None = None,
    timeout: float = 8.0,
) -> Flow:
    """The pivot flow with its words loaded from ``content/*.yaml`` (and the interviewer's lines
    from ``rehearsal.yaml``, checked with the rest; the scorer compiles its patterns when it
    first scores).

    ``parts`` and ``content`` replace the standard ones (tests build variants with them).
    With ``model`` (a language model client, ``judge_model.ChatModel``; the composition root
    passes one when PIVOTBOT_LLM_* is set) rehearsal answers are scored by the model-backed judge
    and the interviewer's lines worded by the model, each falling back to the rules within
    ``timeout`` seconds; ``model_host`` is where the answers go, as /help and /mydata tell the
    student, and ``judge.yaml`` is read and checked too.
    Raises ``FlowError`` naming the first name that does not resolve, and where it is used.
    """
    scoring.rules_doc()
    if model is not None:  # the model's modules are imported only then
        from flows.pivot.interviewer_model import ModelInterviewer
        from flows.pivot.judge_model import ModelJudge

        configured = Practice.with_model(
            ModelJudge(model, timeout),
            ModelInterviewer(model, timeout),
            model_host or "the configured model server",
        )
        parts = [configured if part is Practice else part for part in parts]
    return Flow(
        name="pivot",
        version=VERSION,
        initial="welcome",
        parts=parts,
        content=content if content is not None else load_content(parts),
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
            "followups": "all_followups",
            "drafts": "mydrafts",
            "timezone": "timezone",
        },
        # What people also call them: typed as a command or a word, said back as the command.
        command_aliases={
            "reminders": "followups",
            "reminder": "followups",
            "practise": "rehearse",
            "practice": "rehearse",
            "draft": "drafts",
            "contact": "contacts",
            "zone": "timezone",
        },
        # Asked before the first date question, unless the platform gave it (Slack).
        zone_question=QUESTION if any(p is Zone for p in parts) else None,
        rezone=reminders.rezone,
        records=RECORDS,
        overview=views.overview,
        report=views.report,
        warm=_warm,
    )


def _warm() -> None:
    """Compile the rules judge's rules (about 1 s of CPU) and read one short answer with them
    (the patterns compiled on first use), before a server takes traffic: else a student's first
    rehearsal answer waits for it, and what it builds stays in the garbage collector's full
    passes (10-15 ms each on a shared box: bench/judge.py --serving) for the life of the process."""
    reading = scoring.analyse(
        "Thank you, I'd love to stay in touch and learn how your analytics team works.",
        scoring.Context(
            company="Gridline",
            role="sales",
            target="analytics",
            draws="the launch",
            evidence="a dashboard",
            last_line="Do you have any questions for us?",
        ),
    )
    reading.score  # noqa: B018 - computed on first access, which is what warms
    reading.signals  # noqa: B018
