"""Drafts after a debrief: a thank-you note per interviewer, an introduction request and outreach
note (each under 100 words), and a graceful decline; each shorter or more formal on request."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar

from transitions.core import EventData

from bot.flow import Step, Values
from bot.markup import fill
from bot.parts import Extras, Part
from flows.pivot import reminders

STYLES = ("normal", "short", "formal")
DRAFT_PAGES = ["drafts.thanks", "drafts.intro", "drafts.decline"]
# Values every draft template may use, besides the stored data.
DRAFT_VALUES = ("name", "first", "detail", "promised", "promise_line", "day")
TEMPLATES = tuple(
    f"{kind}.{style}"
    for kind in (
        "promise_line",
        "draft.thanks",
        "draft.ask_intro",
        "draft.ask_offered",
        "draft.outreach",
        "draft.decline",
    )
    for style in STYLES
)

STEPS = (
    Step("drafts"),
    Step("drafts.thanks", on_enter=("show_draft",)),
    Step("drafts.intro", on_enter=("show_draft",)),
    Step("drafts.decline", on_enter=("show_draft",)),
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    {T: "drafts", "source": ["debrief.summary", *DRAFT_PAGES], "dest": "drafts"},
    {
        T: "thanks",
        "source": ["debrief.summary", "drafts"],
        "dest": "drafts.thanks",
        "before": "plain_style",
    },
    {
        T: "intro",
        "source": ["debrief.summary", "drafts"],
        "dest": "drafts.intro",
        "before": "plain_style",
    },
    {
        T: "decline",
        "source": ["debrief.summary", "drafts"],
        "dest": "drafts.decline",
        "before": "plain_style",
    },
    # Internal: the same draft again, shorter or more formal; or the note that it was sent.
    {T: "shorter", "source": DRAFT_PAGES, "dest": None, "after": "restyle"},
    {T: "formal", "source": DRAFT_PAGES, "dest": None, "after": "restyle"},
    {T: "sent", "source": ["drafts.thanks", "drafts.intro"], "dest": None, "after": "mark_sent"},
]


def first_name(name: str) -> str:
    """ "Dr Maria Lopez" -> "Maria"; a bare title or empty name stays as it is."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    titles = {"dr", "dr.", "prof", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx."}
    rest = [w for w in words if w.lower() not in titles]
    return rest[0] if rest else name.strip()


class Drafts(Part):
    """Builds each draft from the user's own details; the words are in content/drafts.yaml."""

    name = "drafts"
    WORDS = "drafts"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        *TEMPLATES,
        "name_placeholder",
        "detail_placeholder",
        "thanks_intro",
        "intro_intro",
        "decline_intro",
        "thanks_sent",
        "outreach_sent",
        "next_step_warm",
    )
    FIELDS = ("draft_style",)
    EXTRAS: ClassVar[Extras] = {name: DRAFT_VALUES for name in TEMPLATES}
    HANDLERS = tuple(f"draft_{page.split('.', 1)[1]}" for page in DRAFT_PAGES)

    def plain_style(self, event: EventData) -> None:
        self.c.data["draft_style"] = "normal"

    def restyle(self, event: EventData) -> None:
        self.c.data["draft_style"] = "short" if event.event.name == "shorter" else "formal"
        self.show_draft(event, heading=False)
        self.c.out[-1].choices = self.c.choices()  # an internal transition asks nothing by itself

    def show_draft(self, event: EventData | None, heading: bool = True) -> None:
        kind = self.c.state.split(".", 1)[1]
        style = self.c.data.get("draft_style", "normal")
        texts = self.handler(f"draft_{kind}")(style)
        for text in texts if heading else texts[1:]:  # the heading once, not on every restyle
            self.c.say_markup(text)

    def _values(self) -> Values:
        db = self.c.data.get("db") or {}
        v = self.c.values()  # keeps deriving values a template asks for (target_phrase, ...)
        v["promised"] = db.get("promised", "")
        v["day"] = _weekday(self.c.data.get("interview_date"), reminders.today(self.c))
        return v

    def _contacts(self) -> list[dict[str, Any]]:
        ids = (self.c.data.get("db") or {}).get("contact_ids") or []
        rows = [
            r
            for r in self.c.records("contacts", interview_id=self.c.data.get("interview_id"))
            if r["id"] in ids
        ]
        return rows or [{"name": "", "notes": ""}]

    def draft_thanks(self, style: str) -> list[str]:
        notes = []
        contacts = self._contacts()
        for contact in contacts:
            v = self._values()
            v["name"] = contact["name"] or self.template("name_placeholder")
            v["first"] = first_name(contact["name"]) if contact["name"] else v["name"]
            detail = (contact.get("notes") or "").split("\n", 1)[0]
            v["detail"] = detail or self.template("detail_placeholder")
            # We don't know who made the offer, so only a note to the one person thanks for it.
            alone = len(contacts) == 1
            v["promise_line"] = (
                fill(self.template(f"promise_line.{style}"), v) if v["promised"] and alone else ""
            )
            notes.append(fill(self.template(f"draft.thanks.{style}"), v))
        return [self.template("thanks_intro"), *notes]

    def draft_intro(self, style: str) -> list[str]:
        v = self._values()
        v["first"] = self._first_name()
        ask = "ask_offered" if v["promised"] else "ask_intro"
        return [
            self.template("intro_intro"),
            fill(self.template(f"draft.{ask}.{style}"), v),
            fill(self.template(f"draft.outreach.{style}"), v),
        ]

    def draft_decline(self, style: str) -> list[str]:
        v = self._values()
        v["first"] = self._first_name()
        return [
            self.template("decline_intro"),
            fill(self.template(f"draft.decline.{style}"), v),
        ]

    def _first_name(self) -> str:
        name = self._contacts()[0]["name"]
        return first_name(name) if name else self.template("name_placeholder")

    def mark_sent(self, event: EventData) -> None:
        interview_id = self.c.data.get("interview_id")
        if self.c.state == "drafts.thanks":
            reminders.close(self.c, "thank_you", interview_id=interview_id)
            for contact in self._contacts():
                if contact.get("id"):
                    self.c.update(
                        "contacts",
                        contact["id"],
                        last_contact_at=self.c.stamp(),
                        next_step=self.template("next_step_warm"),
                    )
            self.say("thanks_sent", self.c.choices())
        else:
            reminders.schedule_outreach(self.c)
            self.say("outreach_sent", self.c.choices())


def _weekday(interview_date: str | None, today: date) -> str:
    day = date.fromisoformat(interview_date) if interview_date else today
    return day.strftime("%A")
