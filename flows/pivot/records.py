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
# One scored rehearsal answer: ``elements`` maps a rubric element to its points (with what its
# moment credited and earlier turns carried); ``earned`` and ``granted`` (added later) what it
# said in its own words and what its line did not call for.
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
# What someone met at an interview offered (``contact_id``): an introduction to someone
# (``to_name``, ``to_role``, the contact made for them as ``introduced_id``, by ``by_date``) or
# something else, in the student's words (``text``). ``status``: pending (nothing asked yet),
# asked (the request went out), done (introduced, or the offer kept).
OFFERS = Table(
    "offers",
    {
        "interview_id": int,
        "contact_id": int,
        "kind": str,
        "text": str,
        "to_name": str,
        "to_role": str,
        "by_date": str,
        "introduced_id": int,
        "status": str,
    },
)

RECORDS = Records(
    "pivot",
    (
        Migration(
            "initial", create=(INTERVIEWS, ATTEMPTS, CONTACTS, FOLLOWUPS, MILESTONES, OUTCOMES)
        ),
        # Who offered what at a debrief; what was talked about with each person, apart from
        # their notes (the thank-you names it); a follow-up's own words (what was promised).
        Migration(
            "debrief_people",
            create=(OFFERS,),
            add_columns={"contacts": {"talked_about": str}, "followups": {"note": str}},
        ),
        # The day a promise is due by, when it said one ("... by Friday"): its reminder comes
        # before it, and says it.
        Migration("promise_deadline", add_columns={"followups": {"deadline": str}}),
        # How a contact is addressed when the student typed a title with their name ("Mr.
        # Ramesh Iyer" is Ramesh Iyer, addressed as Mr): kept apart from the name.
        Migration("contact_honorific", add_columns={"contacts": {"honorific": str}}),
        # What each rehearsal answer earned in its own words (``earned``: element -> 0-2) and
        # what its line did not call for (``granted``): the progress summary compares answers of
        # one interview on that basis, never a point a moment credited with one the student said.
        Migration(
            "attempt_own_points", add_columns={"attempts": {"earned": dict, "granted": list}}
        ),
    ),
)
