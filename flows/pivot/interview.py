"""The interview being prepared: the data fields intake, rehearsal and debrief fill in, and its
record. Shared by those parts as plain functions, so none of them depends on another."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from bot.conversation import Conversation
from flows.pivot import reminders

FIELDS = (
    "company",
    "role",
    "interview_date",
    "interview_time",  # HH:MM on the student's own clock, when they said it
    "interview_part",  # "morning", "afternoon" or "evening", when they said only that
    "interview_past",
    "draws",
    "company_fit",
    "role_fit",
    "target",
    "path",
    "interview_id",
    "evidence",
)


def begin(c: Conversation) -> None:
    """Forget the interview in progress: a new one starts."""
    for field in FIELDS:
        c.data.pop(field, None)


# Work put aside by /menu in the middle of a debrief or of preparing for an interview (see
# ``Intake.put_aside``): {"state", "kind", "data"}.
ASIDE = "_aside"


def drop_aside(c: Conversation, kind: str) -> None:
    """Forget the work of ``kind`` ("debrief", "prepare") put aside, once one is finished."""
    aside = c.data.get(ASIDE)
    if isinstance(aside, dict) and aside.get("kind") == kind:
        c.data.pop(ASIDE, None)


def save(c: Conversation, path: str) -> None:
    """Write (or update) the interview record; remind about thank-you notes on the day."""
    drop_aside(c, "prepare")
    d = c.data
    d["path"] = path
    row = {
        "company": d.get("company"),
        "role": d.get("role"),
        "interview_date": d.get("interview_date"),
        "company_fit": d.get("company_fit"),
        "role_fit": d.get("role_fit"),
        "path": path,
        "target": d.get("target"),
        "draws": d.get("draws"),
        "evidence": d.get("evidence"),
    }
    if d.get("interview_id") and c.records("interviews", id=d["interview_id"]):
        c.update("interviews", d["interview_id"], **row)
        return
    d["interview_id"] = c.add("interviews", **row)
    if d.get("interview_date"):
        day = date.fromisoformat(d["interview_date"])
        start = time.fromisoformat(d["interview_time"]) if d.get("interview_time") else None
        if day >= reminders.today(c):
            due = reminders.thank_you_due(c, day, start)
            reminders.schedule(c, "thank_you", due, interview_id=d["interview_id"])


def load(c: Conversation, row: dict[str, Any]) -> None:
    """Make a stored interview the one in progress: its fields replace the data's, so nothing
    from another interview (its target, its date) is left behind."""
    begin(c)
    for field in FIELDS:
        if field in row and row[field] is not None:
            c.data[field] = row[field]
    c.data["interview_id"] = row["id"]
