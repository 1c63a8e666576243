"""The user's contacts and follow-ups: list, add, edit, move a stage, add a note, export as CSV,
and the upcoming follow-ups with Done / Snooze / Skip."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from typing import Any, ClassVar

from transitions.core import EventData

from bot.clock import from_iso
from bot.flow import Step
from bot.markup import fill
from bot.messages import Attachment, Choice, Reply
from bot.parts import Extras, Part
from flows.pivot import people, phrases, reminders

# A short thank-you to whoever made an introduction, once it has happened, and what it says of
# where things stand with the person introduced.
CONNECTOR_THANKS = (
    "thank_connector",
    "thank_connector_signed",
    "thank_news_introduced",
    "thank_news_contacted",
    "thank_news_met",
)
CONNECTOR_EXTRAS: Extras = {
    "thank_connector": ("first", "to", "news"),
    "thank_connector_signed": ("first", "to", "news", "sign"),
    **{f"thank_news_{kind}": ("to_first",) for kind in ("introduced", "contacted", "met")},
}

STAGES = ("identified", "contacted", "met", "advocate", "referred")
# A contact's priority (COACHING.md: A/B/C): someone met or introduced is A, one added by hand B.
PRIORITIES = ("A", "B", "C")
EDITABLE = ("name", "title", "organisation", "team", "reach", "next_step")
CSV_COLUMNS = (
    "name",
    "title",
    "organisation",
    "team",
    "reach",
    "how_met",
    "priority",
    "stage",
    "last_contact_at",
    "next_step",
    "notes",
    "created_at",
)
# What a contact's card shows.
CARD = (
    "name",
    "title",
    "organisation",
    "team",
    "reach",
    "how",
    "priority",
    "stage",
    "last",
    "next",
    "notes",
)
# Stands in for a value not known yet while the card is filled; its lines are then left out.
UNKNOWN = "\ue000"

SHOWN = 8  # contacts with their own button in the list; the CSV has them all

STEPS = (
    Step("contacts", on_enter=("list_contacts",), choices="contacts_choices"),
    Step("contacts.new.name", "text", max_len=120),
    Step("contacts.new.organisation", "text", max_len=120),
    Step("contacts.new.title", "text", max_len=120),
    Step("contacts.new.how", "text", max_len=300),
    Step("contacts.view", on_enter=("show_contact",)),
    Step("contacts.stage", choices="stage_choices"),
    Step("contacts.note", "text", max_len=1000),
    Step("contacts.edit", choices="field_choices"),
    Step("contacts.edit.value", "text", max_len=300),
    Step(
        "contacts.followups",
        on_enter=("list_followups",),
        live=True,
        choices="followups_choices",
    ),
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    {T: "contacts", "source": "*", "dest": "contacts"},
    {T: "add", "source": "contacts", "dest": "contacts.new.name"},
    # "no", "idk", "n/a", "-" are never stored: a contact needs a name (asked again, with an
    # example); where they work, their title, how you met, a note and a changed detail may be
    # left out (skipped as "Skip" would, said so; a detail being edited stays as it was).
    {
        T: "answer",
        "source": "contacts.new.name",
        "dest": None,
        "conditions": "non_answer",
        "after": "ask_name_again",
    },
    *(
        {
            T: "answer",
            "source": source,
            "dest": dest,
            "conditions": "non_answer",
            "before": "skipped_field",
        }
        for source, dest in (
            ("contacts.new.organisation", "contacts.new.title"),
            ("contacts.new.title", "contacts.new.how"),
            ("contacts.new.how", "contacts.view"),
        )
    ),
    {
        T: "answer",
        "source": "contacts.note",
        "dest": "contacts.view",
        "conditions": "non_answer",
        "before": "skipped_note",
    },
    {
        T: "answer",
        "source": "contacts.edit.value",
        "dest": "contacts.view",
        "conditions": "non_answer",
        "before": "skipped_edit",
    },
    # A value that cannot be what was asked (an email address in the name, a phone number as
    # the title, "priya@gmail" as the email): said why, asked again, and nothing is changed.
    *(
        {
            T: "answer",
            "source": source,
            "dest": None,
            "conditions": "unfit_value",
            "after": "refuse_value",
        }
        for source in (
            "contacts.new.name",
            "contacts.new.organisation",
            "contacts.new.title",
            "contacts.edit.value",
        )
    ),
    {
        T: "answer",
        "source": "contacts.new.name",
        "dest": "contacts.new.organisation",
        "before": "new_contact",
    },
    {
        T: "answer",
        "source": "contacts.new.organisation",
        "dest": "contacts.new.title",
        "before": "keep_contact_field",
    },
    {T: "skip", "source": "contacts.new.organisation", "dest": "contacts.new.title"},
    {
        T: "answer",
        "source": "contacts.new.title",
        "dest": "contacts.new.how",
        "before": "keep_contact_field",
    },
    {T: "skip", "source": "contacts.new.title", "dest": "contacts.new.how"},
    {
        T: "answer",
        "source": "contacts.new.how",
        "dest": "contacts.view",
        "before": "keep_contact_field",
    },
    {T: "skip", "source": "contacts.new.how", "dest": "contacts.view"},
    {T: "open", "source": "contacts", "dest": "contacts.view", "before": "pick_contact"},
    {T: "stage", "source": "contacts.view", "dest": "contacts.stage"},
    {T: "set", "source": "contacts.stage", "dest": "contacts.view", "before": "move_stage"},
    {T: "note", "source": "contacts.view", "dest": "contacts.note"},
    {T: "answer", "source": "contacts.note", "dest": "contacts.view", "before": "add_note"},
    {T: "edit", "source": "contacts.view", "dest": "contacts.edit"},
    {T: "field", "source": "contacts.edit", "dest": "contacts.edit.value", "before": "pick_field"},
    {
        T: "answer",
        "source": "contacts.edit.value",
        "dest": "contacts.view",
        "before": "keep_contact_field",
    },
    {
        T: "list",
        "source": ["contacts.view", "contacts.stage", "contacts.edit", "contacts.followups"],
        "dest": "contacts",
    },
    {
        T: "followups",
        "source": "contacts",
        "dest": "contacts.followups",
        "before": "from_contacts",
    },
    # /followups, from anywhere: "Back to contacts" only when the list was opened from there.
    {
        T: "all_followups",
        "source": "*",
        "dest": "contacts.followups",
        "before": "from_elsewhere",
    },
    # Internal: a file, and the list stays where it is.
    {T: "export", "source": "contacts", "dest": None, "after": "export_csv"},
]


# The follow-ups listed at once, soonest first (each is a message with its own buttons).
FOLLOWUPS_SHOWN = 6


class Contacts(Part):
    """Contacts are records owned by the user; ``data["contact"]`` is the one being looked at."""

    name = "contacts"
    WORDS = "contacts"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "contacts_empty",
        "contacts_header",
        "contact_line",
        "contact_line_name",
        "contact_last",
        "contact_next",
        "followups_count",
        "contact_gone",
        "contact_card",
        "stage_moved",
        "followups_none",
        "followups_header",
        "followups_header_overdue",
        "followup_line",
        "followup_line_overdue",
        "followups_footer",
        "followups_footer_later",
        "followups_more",
        "contacts_exported",
        "unnamed_contact",
        "unnamed_role",
        "unnamed_as",
        "interviewer",
        "contacted_3b7",
        "next_step_contacted",
        "next_step_met",
        "them",
        "how_introduced_done",
        *CONNECTOR_THANKS,
        "contact_name_needed",
        "field_skipped",
        "note_skipped",
        "edit_skipped",
        "value_unfit.name",
        "value_unfit.reach",
        "value_unfit.detail",
        "detail.email",
        "detail.link",
        "detail.phone",
        *(f"when.{kind}" for kind in reminders.KINDS),
        *reminders.TODO,
    )
    LABELS = (
        "contact_add",
        "contact_followups",
        "contact_export",
        "contact_back",
        "main_menu",
        *(f"stage_{s}" for s in STAGES),
        *(f"priority_{p}" for p in PRIORITIES),
        *(f"field_{f}" for f in EDITABLE),
        *reminders.LABELS,
    )
    FIELDS = ("contact", "field")
    DERIVED = ("field_name", "contact_name")
    EXTRAS: ClassVar[Extras] = {
        "contacts_header": ("count",),
        "followups_count": ("count",),
        "followups_more": ("count",),
        "contact_line": ("name", "where", "stage"),
        "contact_line_name": ("name", "stage"),
        "contact_last": ("last",),
        "contact_next": ("next",),
        "contact_card": CARD,
        **CONNECTOR_EXTRAS,
        "next_step_met": ("first",),
        "stage_moved": ("stage",),
        "unnamed_as": ("role",),
        "value_unfit.name": ("detail",),
        "value_unfit.detail": ("detail", "what"),
        "contacted_3b7": ("name",),
        "followup_line": ("what", "due"),
        "followup_line_overdue": ("what", "due"),
    }
    BUTTONS = (
        "open",
        "add",
        "followups",
        "export",
        "menu",
        "list",
        "set",
        "field",
        *reminders.BUTTONS,
    )

    def _contact(self) -> dict[str, Any] | None:
        rows = (
            self.c.records("contacts", id=self.c.data.get("contact"))
            if self.c.data.get("contact")
            else []
        )
        return rows[0] if rows else None

    def list_contacts(self, event: EventData | None) -> None:
        rows = self.c.records("contacts")
        if rows:
            lines = [fill(self.template("contacts_header"), count=len(rows))]
            lines.extend(self._line(row) for row in reversed(rows[-20:]))
        else:
            lines = [self.text("contacts_empty")]
        pending = self.c.records("followups", status=reminders.OPEN)
        if pending:
            lines.append(fill(self.template("followups_count"), count=len(pending)))
        self.c.say_markup("\n".join(lines))

    def _name(self, row: dict[str, Any]) -> str:
        """Their name, or "Hiring manager (name unknown)" for someone whose name wasn't caught."""
        return people.display(row, self.template("unnamed_as"), self.template("interviewer"))

    def _title(self, row: dict[str, Any]) -> str:
        """Their title, or "" when the name shown already is it ("Hiring manager (name
        unknown)"): said once, not twice."""
        return str(row["title"] or "") if row["name"] else ""

    def _priority(self, row: dict[str, Any]) -> str:
        """ "A (high)" for a stored priority of A, B or C; "" for none."""
        value = str(row.get("priority") or "").strip().upper()
        return self.label(f"priority_{value}") if value in PRIORITIES else ""

    def _last(self, row: dict[str, Any]) -> str:
        """The day of the last contact on the student's calendar (``2026-11-27``): a stored
        moment (UTC) is turned to their own clock; a stored day is theirs already."""
        value = str(row["last_contact_at"] or "")
        if len(value) <= 10:
            return value
        try:
            return reminders.local(self.c, from_iso(value)).date().isoformat()
        except ValueError:
            return value[:10]

    def _line(self, row: dict[str, Any]) -> str:
        """One contact in the list, leaving out what isn't known yet."""
        name = self._name(row)
        stage = self.label(f"stage_{row['stage'] or 'identified'}")
        # "senior recruiter (HR) · Verdant Grid": their title and their team, both kept.
        title, team = self._title(row), str(row["team"] or "") if row["name"] else ""
        title = f"{title} ({team})" if title and team else title or team
        where = " · ".join(x for x in (title, row["organisation"]) if x)
        if where:
            parts = [fill(self.template("contact_line"), name=name, where=where, stage=stage)]
        else:
            parts = [fill(self.template("contact_line_name"), name=name, stage=stage)]
        if row["last_contact_at"]:
            parts.append(fill(self.template("contact_last"), last=self._last(row)))
        if row["next_step"]:
            parts.append(fill(self.template("contact_next"), next=row["next_step"]))
        return "; ".join(parts)

    def from_contacts(self, event: EventData) -> None:
        self.c.data["followups_from_contacts"] = True

    def from_elsewhere(self, event: EventData) -> None:
        self.c.data["followups_from_contacts"] = False

    def followups_choices(self) -> list[Choice]:
        """Back to the contacts when the list was opened from them (their Follow-ups button),
        and the main menu: /followups typed from the menu or elsewhere has no contacts to go
        back to."""
        menu = self.choice("main_menu", "menu")
        if self.c.data.get("followups_from_contacts", True):
            return [self.choice("contact_back", "list"), menu]
        return [menu]

    def contacts_choices(self) -> list[Choice]:
        rows = self.c.records("contacts")[-SHOWN:]
        buttons = [self.button(self._name(r)[:40], f"open:{r['id']}") for r in reversed(rows)]
        buttons.append(self.choice("contact_add", "add"))
        if self.c.records("followups", status=reminders.OPEN):
            buttons.append(self.choice("contact_followups", "followups"))
        if rows:
            buttons.append(self.choice("contact_export", "export"))
        buttons.append(self.choice("main_menu", "menu"))
        return buttons

    def new_contact(self, event: EventData) -> None:
        self.c.data["contact"] = self.c.add(
            "contacts",
            # "omg ok so its sam lee" -> "Sam Lee": chat never reaches a greeting.
            name=people.read_name(event.kwargs["text"])[0]
            or phrases.person_name(event.kwargs["text"])
            or event.kwargs["text"],
            stage="identified",
            priority="B",
            how_met=None,
            notes=None,
        )

    def non_answer(self, event: EventData) -> bool:
        """Whether the line typed says nothing to keep ("no", "idk", "n/a", "-")."""
        return phrases.non_answer(str(event.kwargs.get("text", "")))

    def ask_name_again(self, event: EventData) -> None:
        self.say("contact_name_needed")
        self.c.ask()

    def skipped_field(self, event: EventData) -> None:
        self.say("field_skipped")

    def skipped_note(self, event: EventData) -> None:
        self.say("note_skipped")

    def skipped_edit(self, event: EventData) -> None:
        self.say("edit_skipped")

    def _field(self) -> str:
        """The contact field the typed line is for, on the page it is typed on."""
        return {
            "contacts.new.name": "name",
            "contacts.new.organisation": "organisation",
            "contacts.new.title": "title",
            "contacts.new.how": "how_met",
        }.get(self.c.state) or str(self.c.data.get("field", "name"))

    def _unfit(self, text: str) -> tuple[str, str]:
        """Why ``text`` cannot be the field being filled, as (text name, the kind of detail
        typed): ("value_unfit.name", "email") for an email address or a phone number typed as
        a name, ("value_unfit.reach", "") for a way to reach someone that is none ("priya@gmail",
        "call her"), ("value_unfit.detail", "phone") for a contact detail typed as a title,
        an organisation or a team; ("", "") when it fits."""
        field = self._field()
        if field == "name":
            detail = people.contact_detail(text) or (
                "phone" if people.reach_details(text) and not people.read_name(text)[0] else ""
            )
            if detail or people.reach_details(text):
                return "value_unfit.name", detail or "phone"
            if not re.search(r"[^\W\d_]", text):
                return "value_unfit.name", ""  # "12345", "---": no name at all
        elif field == "reach":
            if not people.reach_details(text):
                return "value_unfit.reach", ""
        elif field in ("title", "organisation", "team"):
            detail = people.contact_detail(text)
            if detail:
                return "value_unfit.detail", detail
        return "", ""

    def unfit_value(self, event: EventData) -> bool:
        return bool(self._unfit(str(event.kwargs.get("text") or ""))[0])

    def refuse_value(self, event: EventData) -> None:
        """Say why the line cannot be kept, ask again, and leave the card as it was."""
        name, detail = self._unfit(str(event.kwargs.get("text") or ""))
        said = self.template(f"detail.{detail}") if detail else ""
        if name == "value_unfit.detail":  # "not a title", "not an organisation"
            what = self.label(f"field_{self._field()}").lower()
            self.say(name, detail=said, what=f"{'an' if what[:1] in 'aeiou' else 'a'} {what}")
        elif name == "value_unfit.name" and not detail:
            self.say("contact_name_needed")
        else:
            self.say(name, detail=said)
        self.c.ask()

    def keep_contact_field(self, event: EventData) -> None:
        # The field being edited stays known after its answer: /back from the card asks for
        # it again (as "New title?", not as the name).
        field = {
            "contacts.new.organisation": "organisation",
            "contacts.new.title": "title",
            "contacts.new.how": "how_met",
        }.get(self.c.state) or self.c.data.get("field", "name")
        text = event.kwargs["text"]
        if field == "organisation":  # "lumen outdoor" -> "Lumen Outdoor"; "eBay" as typed
            text = phrases.proper_name(text) or text
        elif field == "name":  # "omg its sam lee" -> "Sam Lee": never chat in a greeting
            text = people.read_name(text)[0] or text
        self.c.update("contacts", self.c.data["contact"], **{field: text})

    def pick_contact(self, event: EventData) -> None:
        self.c.data["contact"] = int(event.kwargs["value"])

    def show_contact(self, event: EventData | None) -> None:
        row = self._contact()
        if row is None:
            self.say("contact_gone")
            return
        card = fill(
            self.template("contact_card"),
            name=self._name(row),
            title=self._title(row) or UNKNOWN,
            organisation=row["organisation"] or UNKNOWN,
            team=row["team"] or UNKNOWN,
            reach=row["reach"] or UNKNOWN,
            how=row["how_met"] or UNKNOWN,
            priority=self._priority(row) or UNKNOWN,
            stage=self.label(f"stage_{row['stage'] or 'identified'}"),
            last=self._last(row) or UNKNOWN,
            next=row["next_step"] or UNKNOWN,
            notes=(row["notes"] or "").strip() or UNKNOWN,
        )
        self.c.say_markup("\n".join(line for line in card.split("\n") if UNKNOWN not in line))

    def stage_choices(self) -> list[Choice]:
        back = self.choice("contact_back", "list")
        return [*(self.choice(f"stage_{s}", f"set:{s}") for s in STAGES), back]

    def move_stage(self, event: EventData) -> None:
        stage = event.kwargs["value"]
        row = self._contact()
        if row is None or stage not in STAGES:
            return
        changes: dict[str, Any] = {"stage": stage}
        if stage in ("contacted", "met"):
            changes["last_contact_at"] = self.c.stamp()
        if stage == "met" and row["stage"] != "met":
            # Met: a thank-you for the conversation, then a check-in; never "wait for a reply".
            first = people.first_name(str(row["name"] or "")) or self.template("them")
            changes["next_step"] = self.template("next_step_met").format(first=first)
        self.c.update("contacts", row["id"], **changes)
        # An introduction to them has happened once they are written to or met: the card says
        # who introduced them, and whoever did is thanked (once).
        pending = [
            o for o in self.c.records("offers", introduced_id=row["id"]) if o["status"] != "done"
        ]
        how = self.template("how_introduced_done")
        if stage == "contacted" and row["stage"] != "contacted":
            # 3B7: written to, no reply yet; the next step is their reply, not writing to them.
            people.contacted(self.c, row, self.template("next_step_contacted"), how)
        elif STAGES.index(stage) > STAGES.index("contacted"):
            people.replied(self.c, row)
            for offer in pending:
                people.introduced(self.c, offer, how)
        if stage == "referred" and row["stage"] != "referred":
            self.c.add(
                "milestones",
                kind="referral",
                contact_id=row["id"],
                interview_id=row["interview_id"],
            )
        self.say("stage_moved", stage=self.label(f"stage_{stage}"))
        if stage == "contacted" and row["stage"] != "contacted":
            self.say("contacted_3b7", name=self._name(row))
        if STAGES.index(stage) >= STAGES.index("contacted"):
            news = "thank_news_contacted" if stage == "contacted" else "thank_news_met"
            for offer in pending:
                thank_connector(self, offer, news)

    def add_note(self, event: EventData) -> None:
        row = self._contact()
        if row is None:
            return
        dated = f"{self.c.now:%Y-%m-%d}: {event.kwargs['text']}"
        notes = f"{row['notes']}\n{dated}" if row["notes"] else dated
        self.c.update("contacts", row["id"], notes=notes)

    def field_choices(self) -> list[Choice]:
        back = self.choice("contact_back", "list")
        return [*(self.choice(f"field_{f}", f"field:{f}") for f in EDITABLE), back]

    def pick_field(self, event: EventData) -> None:
        self.c.data["field"] = (
            event.kwargs["value"] if event.kwargs["value"] in EDITABLE else "name"
        )

    def derive(self, name: str) -> Any:
        if name == "field_name":
            field = self.c.data.get("field", "name")
            return self.label(f"field_{field}").lower()
        if name == "contact_name":
            row = self._contact()
            return self._name(row) if row else "?"
        return None

    def list_followups(self, event: EventData | None) -> None:
        rows = sorted(
            self.c.records("followups", status=reminders.OPEN),
            # Overdue ones first; the thank-you notes first among those due at once (a
            # request sent with them).
            key=lambda r: (not _overdue(self, r), *_shown(self, r), r["kind"] != "thank_you"),
        )
        if not rows:
            self.say("followups_none")
            return
        late = any(_overdue(self, row) for row in rows[:FOLLOWUPS_SHOWN])
        self.say("followups_header_overdue" if late else "followups_header")
        for row in rows[:FOLLOWUPS_SHOWN]:
            text = fill(
                self.template("followup_line_overdue" if _overdue(self, row) else "followup_line"),
                what=reminders.describe(
                    self, row, self.template("unnamed_contact"), self.template("unnamed_role")
                ),
                due=_due(self, row),
            )
            self.c.out.append(Reply(text, reminders.buttons(self, row["id"])))
        if (
            len(rows) > FOLLOWUPS_SHOWN
        ):  # the count on the contacts page is of them all: say the rest
            self.say("followups_more", count=len(rows) - FOLLOWUPS_SHOWN)
        # "Remind me tomorrow" is explained only when a follow-up listed has it.
        soon = any(reminders.snoozable(self.c, row) for row in rows[:FOLLOWUPS_SHOWN])
        self.say("followups_footer" if soon else "followups_footer_later")

    def export_csv(self, event: EventData) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for row in self.c.records("contacts"):
            writer.writerow([_csv_safe(row.get(c)) for c in CSV_COLUMNS])
        self.c.out.append(
            Reply(
                self.text("contacts_exported"),
                self.c.choices(),
                Attachment("pivotbot-contacts.csv", buffer.getvalue(), "text/csv"),
            )
        )


def _csv_safe(value: Any) -> str:
    """A cell that a spreadsheet will not run as a formula (=, +, -, @ start one)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def thank_connector(part: Part, offer: dict[str, Any], news: str) -> None:
    """Offer a short thank-you to whoever made the introduction ``offer`` (COACHING.md: close
    the loop with whoever connected you), once per introduction; ``news`` names the text saying
    where things stand with the person introduced ("I've written to Joy"). Nothing when the
    connector's or the introduced person's name is not known."""
    thanked: list[int] = part.c.data.setdefault("connectors_thanked", [])
    by = people.contact(part.c, offer.get("contact_id"))
    to = str(offer.get("to_name") or "")
    if offer["id"] in thanked or by is None or not by.get("name") or not to:
        return
    thanked.append(offer["id"])
    first = people.first_name(str(by["name"]))
    said = part.template(news).format(to_first=people.first_name(to))
    sign = str(part.c.data.get("sign_as") or "")
    if sign:
        part.say("thank_connector_signed", first=first, to=to, news=said, sign=sign)
    else:
        part.say("thank_connector", first=first, to=to, news=said)


def _shown(part: Part, row: dict[str, Any]) -> tuple[date, time]:
    """The day and time a follow-up is listed by (:func:`_due`), on the student's clock, for
    the list's order, whatever its kind: a promise shown by the day it is due counts as the
    end of that day, after anything due at an hour on it."""
    if row.get("deadline"):
        return date.fromisoformat(row["deadline"]), time.max
    wall = reminders.local(part.c, datetime.fromisoformat(row["due_at"]))
    return wall.date(), wall.time()


def _overdue(part: Part, row: dict[str, Any]) -> bool:
    """Whether a follow-up's day has passed: a promise's own day before today, on the
    student's clock; any other, its reminder's moment before now (one snoozed is due again
    at its new moment, so not overdue until then)."""
    if row.get("deadline"):
        return date.fromisoformat(row["deadline"]) < reminders.today(part.c)
    return datetime.fromisoformat(row["due_at"]) < part.c.now


def _due(part: Part, row: dict[str, Any]) -> str:
    """By when a follow-up is to be done, on the student's clock: its reminder's day and hour
    ("Fri 4 Dec, 9 am"), or the day a promise is due by, when it said one."""
    if row.get("deadline"):
        return reminders.day_label(part.c, date.fromisoformat(row["deadline"]))
    return reminders.moment_label(part.c, datetime.fromisoformat(row["due_at"]))
