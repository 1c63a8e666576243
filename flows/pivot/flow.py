"""The pivot conversation, composed: each part brings its states, its transition table (the
flow's documentation, part by part), the methods its table names and its words. No part knows
another; what they share is in ``interview`` and ``reminders``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.content import Content
from bot.flow import Flow
from bot.parts import Part
from flows.pivot import scoring, views
from flows.pivot.contacts import Contacts
from flows.pivot.debrief import Debrief
from flows.pivot.drafts import Drafts
from flows.pivot.followups import FollowUps
from flows.pivot.intake import Intake
from flows.pivot.offers import Offers
from flows.pivot.plans import Plans
from flows.pivot.practice import Practice
from flows.pivot.records import RECORDS

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
)


def load_content(parts: Sequence[type[Part]] = PARTS) -> Content:
    """The words every part needs: ``core.yaml`` and each part's own file."""
    return Content.load(CONTENT / "core.yaml", *(CONTENT / f"{p.WORDS}.yaml" for p in parts))


def build_flow(parts: Sequence[type[Part]] = PARTS, content: Content | None = None) -> Flow:
    """The pivot flow with its words loaded from ``content/*.yaml`` (and the interviewer's lines
    from ``rehearsal.yaml``, checked with the rest; the scorer compiles its patterns when it
    first scores).

    ``parts`` and ``content`` replace the standard ones (tests build variants with them).
    Raises ``FlowError`` naming the first name that does not resolve, and where it is used.
    """
    scoring.rules_doc()
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
            "drafts": "mydrafts",
        },
        records=RECORDS,
        overview=views.overview,
        report=views.report,
    )
