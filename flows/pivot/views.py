"""What the pivot flow shows outside the conversation: one person's overview (Slack's App Home)
and the career-office report, wired into the flow as its ``overview`` and ``report`` hooks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.content import Content
from bot.messages import ConversationKey
from bot.store import Store

RECENT = 5  # follow-ups and rehearsal scores shown


def overview(store: Store, key: ConversationKey, content: Content) -> dict[str, Any]:
    """One person's next follow-ups, recent rehearsal scores and contacts, JSON-ready:
    ``{"followups": [{kind, due_at, contact_id, what, about}], "attempts": [{total, band,
    persona, at}], "contacts": [{name, title, organisation, stage, next_step}]}``, the
    follow-ups soonest first (at most ``RECENT``), the scores newest last (the last ``RECENT``)."""
    contacts = store.records("contacts", key)
    names = {c["id"]: c["name"] for c in contacts}
    companies = {i["id"]: i["company"] for i in store.records("interviews", key)}
    texts = content.texts
    followups = [
        {
            "kind": f["kind"],
            "due_at": f["due_at"],
            "contact_id": f["contact_id"],
            "what": texts.get(f"when.{f['kind']}", f["kind"]),
            "about": names.get(f["contact_id"]) or companies.get(f["interview_id"]) or "",
        }
        for f in store.records("followups", key)
        if f["status"] in ("pending", "snoozed")
    ]
    followups.sort(key=lambda f: f["due_at"] or "")
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
