"""What the pivot flow shows outside the conversation: one person's overview (Slack's App Home)
and the career-office report, wired into the flow as its ``overview`` and ``report`` hooks."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import Any

from bot import zones
from bot.clock import from_iso
from bot.content import Content
from bot.conversation import ZONE
from bot.messages import ConversationKey
from bot.store import Store
from flows.pivot import reminders

RECENT = 5  # follow-ups and rehearsal scores shown


def overview(store: Store, key: ConversationKey, content: Content) -> dict[str, Any]:
    """One person's next follow-ups, recent rehearsal scores and contacts, JSON-ready:
    ``{"followups": [{kind, due_at, contact_id, what, about}], "attempts": [{total, band,
    persona, at}], "contacts": [{name, title, organisation, stage, next_step}]}``, the
    follow-ups soonest first (at most ``RECENT``), the scores newest last (the last ``RECENT``).

    A follow-up's ``what`` says what to do and with whom ("Follow up once with Joy Chen (Lumen
    Outdoor Co.) about your message"; ``about`` is left empty, as ``what`` names them), and its
    ``due_at`` is on the person's own clock (ISO 8601 with their UTC offset)."""
    contacts = store.records("contacts", key)
    session = store.load(key)
    zone = zones.get((session.data if session else {}).get(ZONE)) or UTC
    records = partial(store.records, key=key)
    unnamed = content.texts.get("unnamed_contact", "")
    role = content.texts.get("unnamed_role", "")
    open_rows = [f for f in store.records("followups", key) if f["status"] in reminders.OPEN]
    open_rows.sort(key=lambda f: f["due_at"] or "")
    followups = [
        {
            "kind": f["kind"],
            "due_at": from_iso(f["due_at"]).astimezone(zone).isoformat(timespec="minutes")
            if f["due_at"]
            else None,
            "contact_id": f["contact_id"],
            "what": reminders.todo_line(records, content.text, f, unnamed, role),
            "about": "",
        }
        for f in open_rows
    ]
    attempts = [
        {"total": a["total"], "band": a["band"], "persona": a["persona"], "at": a["created_at"]}
        for a in store.records("attempts", key)
    ][-RECENT:]
    people = [
        {
            "name": c["name"],
            "title": c["title"],
            "organisation": c["organisation"],
            "stage": c["stage"],
            "next_step": c["next_step"],
        }
        for c in contacts
    ]
    return {"followups": followups[:RECENT], "attempts": attempts, "contacts": people}


def report(store: Store, workspace: str | None, now: datetime) -> str:
    """The career-office report of ``workspace`` (or of all) up to ``now``, as Markdown."""
    from flows.pivot.report import build_report, render_markdown  # only when one is asked for

    return render_markdown(build_report(store, workspace, now=now))
