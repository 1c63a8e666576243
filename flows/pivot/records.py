"""The pivot flow's record tables and their migrations, versioned as the ``pivot`` component.

Append a ``Migration`` to change them; never edit one that has shipped. Version 1 is the tables
the core's first migration used to create, column for column, so a database made before flows
brought their own tables adopts them as they are.
"""

from __future__ import annotations

from bot.store import Migration, Records, Table

INTERVIEWS = Table(
    "interviews",
    {
        "company": str,
        "role": str,
        "interview_date": str,
        "company_fit": int,
        "role_fit": int,
        "path": str,
        "target": str,
        "draws": str,
        "evidence": str,
        "pivoted": str,
        "how_it_went": str,
        "outcome": str,
        "decision_date": str,
    },
)
# One scored rehearsal answer: ``elements`` maps a rubric element to its points.
ATTEMPTS = Table(
    "attempts",
    {
        "interview_id": int,
        "persona": str,
        "round": int,
        "turn": int,
        "total": int,
        "band": str,
        "elements": dict,
        "red_flags": list,
    },
)
CONTACTS = Table(
    "contacts",
    {
        "interview_id": int,
        "name": str,
        "title": str,
        "organisation": str,
        "team": str,
        "reach": str,
        "how_met": str,
        "priority": str,
        "stage": str,
        "last_contact_at": str,
        "next_step": str,
        "next_step_at": str,
        "notes": str,
    },
)
FOLLOWUPS = Table(
    "followups",
    {
        "kind": str,
        "contact_id": int,
        "interview_id": int,
        "due_at": str,
        "status": str,
        "done_at": str,
        "on_time": int,
    },
)
# Funnel steps that are not a contact stage: introductions, referrals, interviews, offers.
MILESTONES = Table("milestones", {"kind": str, "contact_id": int, "interview_id": int})
# NACE first-destination category, asked (optionally) when a follow-up closes.
OUTCOMES = Table("outcomes", {"category": str})

RECORDS = Records(
    "pivot",
    (
        Migration(
            "initial", create=(INTERVIEWS, ATTEMPTS, CONTACTS, FOLLOWUPS, MILESTONES, OUTCOMES)
        ),
    ),
)
