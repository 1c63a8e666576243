"""Drafts after a debrief, for any interview debriefed (``/drafts`` or the menu pick one): a
thank-you note per person met, the introduction request and outreach note (each under 100
words), a graceful decline to the person the student picks, or all of them at once; each
shorter or more formal on request. Missing pieces are asked for, never left as "[name]"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from transitions.core import EventData

from bot import dates
from bot.clock import from_iso
from bot.flow import Step, Values
from bot.markup import fill, fill_plain
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import contacts, draft_text, interview, people, phrases, reminders, typed
from flows.pivot.debrief_records import is_recruiter
from flows.pivot.people import first_name

NOON = 12  # local hour: before it, the morning after the interview is still in time

__all__ = ["DRAFT_PAGES", "Drafts", "first_name"]

DRAFT_PAGES = ["drafts.thanks", "drafts.intro", "drafts.decline"]
# Where the buttons to each draft are.
PICKERS = ["debrief.summary", "drafts", "drafts.all"]

STEPS = (
    Step("drafts"),
    Step("drafts.which", choices="interview_choices"),
    Step("drafts.all", on_enter=("show_all",)),
    Step("drafts.detail", "text", max_len=600, on_enter=("ask_detail",)),
    Step("drafts.thanks", on_enter=("show_draft",), choices="page_choices"),
    Step("drafts.intro", on_enter=("show_draft",), choices="page_choices"),
    Step("drafts.introduced", "text", max_len=200),
    Step("drafts.fixname", "text", max_len=200),
    Step("drafts.decline.who", choices="recipient_choices"),
    Step("drafts.decline", on_enter=("show_draft",), choices="page_choices"),
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    {T: "drafts", "source": ["debrief.again", *DRAFT_PAGES], "dest": "drafts"},
    {T: "all", "source": "debrief.summary", "dest": "drafts.all"},
    # Later, from anywhere: pick the interview first.
    {T: "mydrafts", "source": "*", "dest": "drafts.which", "conditions": "has_debriefs"},
    {T: "mydrafts", "source": "*", "dest": "menu", "unless": "has_debriefs", "before": "no_drafts"},
    {T: "pick", "source": "drafts.which", "dest": "drafts", "before": "pick_interview"},
    # A thank-you names one thing talked about: asked for where the debrief has none.
    {
        T: "thanks",
        "source": PICKERS,
        "dest": "drafts.detail",
        "conditions": "missing_detail",
        "before": "plain_style",
    },
    {T: "thanks", "source": PICKERS, "dest": "drafts.thanks", "before": "plain_style"},
    # "no", "idk", "n/a", "-" are never the one thing talked about ("I especially enjoyed
    # idk"): that note goes without one, as "Send it without one" would, and it is said so.
    {
        T: "answer",
        "source": "drafts.detail",
        "dest": "drafts.detail",
        "conditions": ["non_answer", "more_missing"],
        "before": ["skipped_detail", "skip_detail"],
    },
    {
        T: "answer",
        "source": "drafts.detail",
        "dest": "drafts.thanks",
        "conditions": "non_answer",
        "before": ["skipped_detail", "skip_detail"],
    },
    *(
        row
        for trigger, keep in (("answer", "keep_detail"), ("skip", "skip_detail"))
        for row in (
            {
                T: trigger,
                "source": "drafts.detail",
                "dest": "drafts.detail",
                "conditions": "more_missing",
                "before": keep,
            },
            {T: trigger, "source": "drafts.detail", "dest": "drafts.thanks", "before": keep},
        )
    ),
    {T: "intro", "source": PICKERS, "dest": "drafts.intro", "before": "plain_style"},
    # Introduced to someone named at the debrief: marked at once, and their note shown.
    {
        T: "introduced",
        "source": "drafts.intro",
        "dest": "drafts.intro",
        "conditions": "named_pending",
        "before": "mark_introduced",
    },
    {T: "introduced", "source": "drafts.intro", "dest": "drafts.introduced"},
    # A line with no name in it ("her manager, dont know the name yet") is not kept as one.
    {
        T: "answer",
        "source": "drafts.introduced",
        "dest": None,
        "unless": "names_someone",
        "after": "ask_name_again",
    },
    {
        T: "answer",
        "source": "drafts.introduced",
        "dest": "drafts.intro",
        "before": "keep_introduced",
    },
    {T: "skip", "source": "drafts.introduced", "dest": "drafts.intro"},
    # A name misread or mistyped (an odd one kept before, "Ok So Its Sam Lee") is put right
    # from the introduction page: the note's heading, its greeting and the contact follow.
    {T: "fix", "source": "drafts.intro", "dest": "drafts.fixname", "before": "pick_fix"},
    # An introduction known only by a description ("her manager on the data team") is put
    # right the same way, by a name or by a better description of whom it is to.
    {
        T: "answer",
        "source": "drafts.fixname",
        "dest": None,
        "unless": "fix_readable",
        "after": "ask_fixed_name_again",
    },
    {T: "answer", "source": "drafts.fixname", "dest": "drafts.intro", "before": "keep_fixed"},
    {T: "skip", "source": "drafts.fixname", "dest": "drafts.intro"},
    # The decline goes to whom the student picks.
    {
        T: "decline",
        "source": PICKERS,
        "dest": "drafts.decline.who",
        "conditions": "has_people",
        "before": "plain_style",
    },
    {T: "decline", "source": PICKERS, "dest": "drafts.decline", "before": "to_recruiter"},
    {T: "to", "source": "drafts.decline.who", "dest": "drafts.decline", "before": "pick_to"},
    # Internal: the same draft again, shorter or more formal; or the note that it was sent.
    {T: "shorter", "source": DRAFT_PAGES, "dest": None, "after": "restyle"},
    {T: "formal", "source": DRAFT_PAGES, "dest": None, "after": "restyle"},
    {T: "sent", "source": ["drafts.thanks", "drafts.intro"], "dest": None, "after": "mark_sent"},
    # A promised link or CV the student has put in their thank-you: the note says it is included.
    {T: "added", "source": "drafts.thanks", "dest": None, "after": "mark_added"},
]

Row = dict[str, Any]


# The last word of a better fit that names a place rather than a kind of work: "the data
# team", "the Pune office", "the ecommerce side".
_PLACE_END = re.compile(
    r"(?i)\b(?:team|teams|department|unit|group|division|practice|office|side|lab|studio|desk|"
    r"function|squad|org|organi[sz]ation|hub|centre|center|business|arm|branch|programme|"
    r"program|platform|cloud|app|product)\s*$"
)


class Drafts(Part):
    """Builds each draft from the records of the interview in ``data["interview_id"]``; the
    words are in content/drafts.yaml, put together by ``draft_text``."""

    name = "drafts"
    WORDS = "drafts"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        *draft_text.TEXTS,
        "thanks_intro",
        "thanks_intro_morning",
        "thanks_intro_late",
        "thanks_intro_weekend",
        "thanks_intro_late_also",
        "thanks_intro_sent",
        "intro_intro",
        "intro_intro_with",
        "intro_intro_passed",
        "intro_intro_before",
        "intro_intro_sent",
        "intro_intro_ask",
        "intro_intro_done",
        "decline_intro",
        "decline_ask",
        "thanks_sent",
        "promise_kept_by_note",
        "outreach_sent",
        "next_step_warm",
        "next_step_contacted",
        "detail_ask",
        "detail_skipped",
        "all_missing",
        "no_drafts",
        "how_introduced",
        "how_introduced_done",
        *contacts.CONNECTOR_THANKS,
        "next_step_introduced",
        "next_step_write",
        "thanks_intro_next",
        "thanks_intro_tomorrow",
        "thanks_intro_sent_on",
        "thanks_next_tomorrow",
        "thanks_next_on",
        "day_today",
        "day_yesterday",
        "introduced_no_name",
        "introduced_marked",
        "introduced_to",
        "fixname_no_name",
        "fix_name_question",
        "fix_whom_question",
        "name_fixed",
        "typed_as_is",
        "typed_as_is_spelling",
        "typed_spelling",
        "sent_ask",
        "sent_note",
        "ask_sent_warm",
        "ask_sent_warm_by",
        "intro_none_go",
        "intro_none_unasked",
        "nudge_week_intro",
        "nudge_week_to",
        "nudge_week_of",
        "nudge_week_plain",
        *(f"left_out.{why}" for why in (*draft_text.LEFT_OUT, "promise", "attach", "offer")),
        "added_button",
    )
    LABELS = ("main_menu", "to_the_recruiter", "fix_whom")
    FIELDS = ("draft_style",)
    # The better fit as the drafts say it: the phrase as typed, tidied, and its core alone for
    # the middle of a sentence ("data analytics" of "data analytics, ideally on the ... side").
    DERIVED = (
        "target_phrase",
        "target_head",
        "target_work",
        "target_how",
        "target_place",
        "fix_question",
    )
    EXTRAS: ClassVar[Extras] = {
        **draft_text.EXTRAS,
        "detail_ask": ("name",),
        **{
            f"left_out.{why}": ("name", "words")
            for why in (*draft_text.LEFT_OUT, "promise", "attach")
        },
        "left_out.offer": ("name", "words", "button"),
        "added_button": ("thing",),
        "detail_skipped": ("name",),
        "intro_intro_with": ("by",),
        "intro_intro_passed": ("by",),
        "intro_intro_before": ("by", "when"),
        **contacts.CONNECTOR_EXTRAS,
        "all_missing": ("names",),
        "promise_kept_by_note": ("names",),
        "how_introduced": ("name",),
        "next_step_introduced": ("first",),
        "next_step_write": ("first",),
        "thanks_intro_next": ("when",),
        "thanks_intro_sent_on": ("when",),
        "thanks_intro_weekend": ("when",),
        "thanks_next_on": ("day",),
        "typed_as_is": ("words",),
        "typed_as_is_spelling": ("words", "spelling"),
        "typed_spelling": ("spelling",),
        "name_fixed": ("who",),
        "introduced_marked": ("who", "first", "when", "time"),
        "introduced_to": ("name",),
        "sent_ask": ("name",),
        "sent_note": ("name",),
        "ask_sent_warm": ("name", "them"),
        "ask_sent_warm_by": ("name", "them", "they"),
        "nudge_week_intro": ("what", "them"),
        "nudge_week_to": ("what", "them"),
        "nudge_week_of": ("what", "them"),
        "nudge_week_plain": ("what", "them"),
    }
    HANDLERS = tuple(f"draft_{page.split('.', 1)[1]}" for page in DRAFT_PAGES)
    BUTTONS = ("pick", "menu", "to", "sent", "fix", "introduced", "added")

    def derive(self, name: str) -> Any:
        if name == "fix_question":  # a name to put right, or whom an unnamed one is to
            offer = self._fixing()
            unnamed = offer is not None and not offer.get("to_name")
            return self.template("fix_whom_question" if unnamed else "fix_name_question")
        target = str(self.c.data.get("target") or "")
        if name == "target_phrase":
            return phrases.noun_phrase(target)
        if name == "target_head":
            return draft_text.team_article(phrases.head(target))
        if name == "target_work":  # the kind of work, never a team's name: see phrases.work
            return phrases.work(target)
        if name == "target_how":  # "how {x} works": "machine learning work" -> "machine learning"
            how = re.sub(r"(?i)\s+work$", "", draft_text.team_article(phrases.head(target)))
            # A kind of work typed with "the" is said without it ("how energy consulting works",
            # never "how the energy consulting works"); a team or a place keeps it.
            if not _PLACE_END.search(how):
                how = re.sub(r"(?i)^the\s+(?=\S)", "", how)
            return how
        if name == "target_place":  # where a role would be: "a role in the AI.Cloud unit"
            return draft_text.role_place(phrases.head(target), phrases.work(target))
        return None

    # -- which interview -------------------------------------------------------------------

    def _debriefed(self) -> list[Row]:
        return [
            row
            for row in self.c.records("interviews")
            if row["pivoted"] or row["how_it_went"] or people.met(self.c, row["id"])
        ]

    def has_debriefs(self, event: EventData) -> bool:
        return bool(self._debriefed())

    def no_drafts(self, event: EventData) -> None:
        self.say("no_drafts")

    def interview_choices(self) -> list[Choice]:
        buttons = [
            self.button(
                f"{r['company']} · {phrases.role_label(r['role'] or '')}"[:60], f"pick:{r['id']}"
            )
            for r in reversed(self._debriefed()[-6:])
        ]
        return [*buttons, self.choice("main_menu", "menu")]

    def pick_interview(self, event: EventData) -> None:
        value = str(event.kwargs.get("value", ""))
        rows = self.c.records("interviews", id=int(value)) if value.isdecimal() else []
        if rows:
            interview.load(self.c, rows[0])

    # -- the records a draft is built from -------------------------------------------------

    def _interview_id(self) -> int | None:
        found = self.c.data.get("interview_id")
        return int(found) if found else None

    def _met(self) -> list[Row]:
        return people.met(self.c, self._interview_id())

    def _offers(self) -> list[Row]:
        return people.offers(self.c, self._interview_id())

    def _name(self, person: Row) -> str:
        return people.display(person, self.template("unnamed_as"), self.template("interviewer"))

    def _said(self, person: Row) -> str:
        """A person inside a sentence: their name, or "the hiring manager"."""
        if person.get("name"):
            return str(person["name"])
        role = people.role_of(person, self.template("interviewer"))
        return fill_plain(self.template("the_role"), role=people.lower_first(role))

    def _values(self) -> Values:
        v = self.c.values()  # keeps deriving values a template asks for (target_phrase, ...)
        # Mid-sentence in every draft: with its article when the name takes one ("more
        # interested in the BBC", "at the Met Office"), as the plan says it.
        v["company"] = typed.org_in_sentence(str(self.c.data.get("company") or ""))
        held = self.c.data.get("interview_date")
        day = date.fromisoformat(held) if held else reminders.today(self.c)
        # A note may be sent on another day than it is drafted (an introduction request goes
        # days after the thank-you): a weekday alone could read as another week, so the day is
        # always written with its date, "Thursday 26 November".
        v["day"] = reminders.long_day(self.c, day)  # "Saturday, November 28" in the US
        # The closing words in the student's own style (their time zone's country).
        style = "us" if reminders.month_first(self.c) else "gb"
        v["sign_off"] = self.template(f"sign_off.{style}")
        v["sign_off_formal"] = self.template(f"sign_off_formal.{style}")
        # A thank-you sent the same day says "today", the next day "yesterday"; the day with
        # its date only for older ("Thank you for taking the time to talk with me today").
        # Counted from the day it is to be sent: a Friday interview's notes, sent on Monday, say
        # "on Friday 27 November".
        send = reminders.thanks_day(self.c, self._interview_id()) or reminders.today(self.c)
        ago = (send - day).days
        if ago in (0, 1):
            v["the_day"] = self.template("day_today" if ago == 0 else "day_yesterday")
            v["on_day"] = v["the_day"]
        else:
            v["the_day"] = v["day"]
            v["on_day"] = self.template("thanks_next_on").format(day=v["day"])
        v["late"] = "late" if reminders.thanks_late(self.c, self._interview_id()) else ""
        found = (
            self.c.records("interviews", id=self._interview_id()) if self._interview_id() else []
        )
        v["pivoted"] = str(found[0].get("pivoted") or "") if found else ""
        v["how_it_went"] = str(found[0].get("how_it_went") or "") if found else ""
        # A better fit that is a team or product ("sustainability cloud", the Sustainability
        # Cloud team in the notes) is a place: named as one, never slotted in as a strength.
        team = draft_text.target_team(str(self.c.data.get("target") or ""), self._typed())
        v["target_team"] = team
        if team:
            v["target_head"] = v["target_how"] = v["target_place"] = team
        v["typed_names"] = self._typed()
        v["proof_said"] = self._proof_said()
        return v

    def _proof_said(self) -> str:
        """The student's proof (their answer at setup) as a sentence to write to someone new,
        in plain text without its end stop: "I built a usage dashboard in Looker that my team
        used for renewals"; "" when none was given or it cannot be written cleanly (a slip no
        fix is certain for)."""
        typed_proof = str(self.c.data.get("evidence") or "")
        if not typed_proof.strip():
            return ""
        said = typed.untexted(phrases.without_vague(typed.shorthand_mended(typed_proof)))
        said = typed.actions_told(typed.repair(said))
        if not said or typed.slips(said) or typed.slang(said) or not typed.good_english(said):
            return ""
        kind, words = phrases.proof(typed.unsplice(said))
        return words if kind == "own" else phrases.upper_first(words) if words else ""

    def _typed(self) -> list[str]:
        """Everything the student typed about this interview that a draft may draw on: the
        intake's words, how it went, and each person's and offer's notes."""
        d = self.c.data
        texts = [str(d.get(key) or "") for key in ("company", "draws", "target")]
        found = self._interview_id()
        for row in self.c.records("interviews", id=found) if found else []:
            texts.append(str(row.get("how_it_went") or ""))
        for person in people.met(self.c, self._interview_id()):
            texts += [str(person.get(key) or "") for key in ("talked_about", "notes", "title")]
        for offer in self._offers():
            texts += [str(offer.get(key) or "") for key in ("text", "to_role")]
        if found:
            promised = self.c.records("followups", kind="promise", interview_id=found)
            texts += [str(row.get("note") or "") for row in promised]
        return [text for text in texts if text.strip()]

    def _messages(self) -> list[tuple[str, str, Row | None, Row | None]]:
        """The introduction page's messages, each (key, which, whom asked, the offer): the ask
        to whoever offered it (until the introduction has happened), then the note to the
        person introduced (once known). Each is marked sent on its own."""
        found: list[tuple[str, str, Row | None, Row | None]] = []
        for asked, offer in self._introductions():
            known = offer or {}
            if known.get("status") != "done":
                found.append((f"ask:{(asked or {}).get('id') or 'recruiter'}", "ask", asked, offer))
            if known.get("introduced_id") and known.get("to_name"):
                found.append((f"intro:{known['introduced_id']}", "note", asked, offer))
        return found

    def _sent_keys(self, kind: str) -> list[str]:
        """What "I've sent them" marks: the thank-yous of the interview; on the introduction
        page, each message's own key (see ``_messages``)."""
        if kind != "intro":
            return [f"{kind}:{self._interview_id()}"]
        return [key for key, *_ in self._messages()]

    def _sent(self, kind: str) -> bool:
        sent = self.c.data.get("drafts_sent") or []
        return all(key in sent for key in self._sent_keys(kind))

    def _sent_buttons(self) -> list[Choice]:
        """One button per message not sent yet, naming its person: "Sent the ask to Sam",
        "Sent the note to Joy"."""
        sent = self.c.data.get("drafts_sent") or []
        buttons = []
        for key, which, asked, offer in self._messages():
            if key in sent:
                continue
            if which == "ask":
                name = draft_text.asked_as(self, asked)
            else:
                name = people.first_name(str((offer or {}).get("to_name")))
            label = fill_plain(self.template(f"sent_{which}"), name=name)
            buttons.append(self.button(label[:60], f"sent:{key}"))
        return buttons

    # -- the one thing talked about, where it is missing ------------------------------------

    def _missing(self) -> list[Row]:
        skipped = self.c.data.get("drafts_skip") or []
        return [p for p in self._met() if not p["talked_about"] and p["id"] not in skipped]

    def missing_detail(self, event: EventData) -> bool:
        return bool(self._missing())

    def more_missing(self, event: EventData) -> bool:
        return len(self._missing()) > 1

    def ask_detail(self, event: EventData | None) -> None:
        missing = self._missing()
        if missing:
            self.say("detail_ask", name=self._said(missing[0]))

    def keep_detail(self, event: EventData) -> None:
        missing = self._missing()
        if not missing:  # given meanwhile (answered, then /back): nothing left to keep
            return
        row = missing[0]
        text = event.kwargs["text"]
        # On their card in the student's words, phone shorthand written out ("w/").
        said = phrases.expand_shorthand(text)
        notes = f"{said}\n{row['notes']}" if row["notes"] else said
        self.c.update("contacts", row["id"], talked_about=text, notes=notes)

    def non_answer(self, event: EventData) -> bool:
        """Whether the line typed says nothing to keep ("no", "idk", "n/a", "-")."""
        return phrases.non_answer(str(event.kwargs.get("text", "")))

    def skipped_detail(self, event: EventData) -> None:
        missing = self._missing()
        if missing:
            self.say("detail_skipped", name=self._said(missing[0]))

    def skip_detail(self, event: EventData) -> None:
        missing = self._missing()
        if missing:
            self.c.data.setdefault("drafts_skip", []).append(missing[0]["id"])

    # -- the pages -------------------------------------------------------------------------

    def plain_style(self, event: EventData) -> None:
        self.c.data["draft_style"] = "normal"

    def restyle(self, event: EventData) -> None:
        self.c.data["draft_style"] = "short" if event.event.name == "shorter" else "formal"
        drawn = len(self.c.out)
        self.show_draft(event, heading=False)
        if len(self.c.out) == drawn:  # a page that is only its heading: show that again
            self.show_draft(event)
        self.c.out[-1].choices = self.c.choices()  # an internal transition asks nothing by itself

    def show_draft(self, event: EventData | None, heading: bool = True) -> None:
        kind = self.c.state.split(".", 1)[1]
        style = self.c.data.get("draft_style", "normal")
        texts = self.handler(f"draft_{kind}")(style)
        for text in texts if heading else texts[1:]:  # the heading once, not on every restyle
            self.c.say_markup(text)

    def page_choices(self) -> list[Choice]:
        """The page's buttons, less "I've sent it", "Shorter" and "More formal" once it is sent,
        and "I've been introduced" only while an introduction offered is not marked done (or,
        with none offered, the request was sent and the person is not known yet)."""
        kind = self.c.state.split(".", 1)[1]
        waiting = kind == "intro" and any(
            self._awaited(asked, offer) or (offer is not None and offer.get("status") != "done")
            for asked, offer in self._introductions()
        )
        # Nobody met, no thank-you notes: nothing to restyle or to send. Sent (every message
        # of the page): nothing to restyle either, a shorter or more formal version of a
        # message gone being no use.
        empty = kind == "thanks" and not self._met()
        gone = kind != "decline" and self._sent(kind) and bool(self._sent_keys(kind))
        choices: list[Choice] = []
        for label, value in self.c.flow.content.state(self.c.state).get("choices", []):
            if (empty and value in ("shorter", "formal", "sent")) or (
                gone and value in ("shorter", "formal")
            ):
                continue
            if value == "sent" and kind == "intro":
                choices += self._sent_buttons()  # one per message, naming its person
            elif value == "fix":
                choices += self._fix_buttons(label)
            elif value == "added":
                choices += self._added_buttons()
            elif value == "introduced" and waiting:
                choices += self._introduced_buttons(label)
            elif not (value == "sent" and self._sent(kind)) and (value != "introduced" or waiting):
                choices.append(Choice(label, value))
        return choices

    def _fix_buttons(self, label: str) -> list[Choice]:
        """ "Change the name (Sam Lee)", one per introduction whose person has a name (a misread
        one too: "Ok So Its Sam Lee"), never an instruction that reads as about the right name;
        "Change who it's to (her manager on the data team)" for one not yet asked for that is
        known only by what was said of them, so a misread role or team is put right before the
        request goes."""
        buttons = []
        for _, offer in self._introductions():
            if not offer or not offer.get("id"):
                continue
            if offer.get("to_name"):
                name = str(offer["to_name"])[:40]
                buttons.append(self.button(f"{label} ({name})", f"fix:{offer['id']}"))
            elif offer.get("status") not in ("done", "asked") and (whom := _whom_said(offer)):
                whom = whom if len(whom) <= 38 else whom[:37].rstrip() + "…"
                buttons.append(
                    self.button(f"{self.label('fix_whom')} ({whom})", f"fix:{offer['id']}")
                )
        return buttons

    def _added_buttons(self) -> list[Choice]:
        """ "I've added my portfolio link", one per promise a note could carry that the student
        has not yet said is in it (none once the notes are sent)."""
        if self._sent("thanks"):
            return []
        buttons = []
        for person in self._met():
            found = draft_text.offered_thing(self, person)
            if found is not None:
                buttons.append(self.button(self._added_label(found[1]), f"added:{found[0]['id']}"))
        return buttons

    def _added_label(self, thing: str) -> str:
        thing = thing if len(thing) <= 40 else thing[:39].rstrip() + "…"
        return fill_plain(self.template("added_button"), thing=thing)

    def mark_added(self, event: EventData) -> None:
        """The promised thing is in the note now: the notes say it is included, and sending
        them keeps the promise."""
        picked = str(event.kwargs.get("value") or "")
        added: list[int] = self.c.data.setdefault("promises_added", [])
        for person in self._met():
            found = draft_text.offered_thing(self, person)
            if found is not None and (not picked or str(found[0]["id"]) == picked):
                added.append(int(found[0]["id"]))
        self.show_draft(event, heading=False)
        self.c.out[-1].choices = self.c.choices()

    def _fixing(self) -> Row | None:
        """The introduction being put right from its page, or None."""
        found = [o for o in self._offers() if o["id"] == self.c.data.get("fix_offer")]
        return found[0] if found else None

    def fix_readable(self, event: EventData) -> bool:
        """Whether the line typed says whom the introduction is to: a name; or, for one known
        only by a description, a description too ("her lead on the analytics team")."""
        if self.names_someone(event):
            return True
        offer = self._fixing()
        text = str(event.kwargs.get("text") or "")
        return (
            offer is not None
            and not offer.get("to_name")
            and not phrases.non_answer(text)
            and len(phrases.strip_end(text).split()) >= 2
        )

    def pick_fix(self, event: EventData) -> None:
        self.c.data["fix_offer"] = int(event.kwargs["value"])

    def ask_fixed_name_again(self, event: EventData) -> None:
        self.say("fixname_no_name")
        self.c.ask()

    def keep_fixed(self, event: EventData) -> None:
        """The introduction's person renamed (their role too when one is typed after the name),
        and the contact made for them when they were introduced."""
        offer_id = self.c.data.pop("fix_offer", None)
        found = [o for o in self._offers() if o["id"] == offer_id]
        if not found:
            return
        name, role = people.read_name(event.kwargs["text"])
        changes: dict[str, Any] = {"to_name": name, **({"to_role": role} if role else {})}
        if not name:
            # Known only by a description: the offer now says whom as it was put right.
            whom = people.whom_typed(str(event.kwargs["text"]))
            said = str(found[0].get("text") or "")
            # The offer in its own words, with whom it is to put right: "connect me with her
            # manager on the data team" -> "connect me with her lead on the analytics team". The
            # whom replaced is the one the drafts read (``_whom_said``), so a description with a
            # "with" of its own ("her manager who works with pricing") is replaced whole.
            was = _whom_said(found[0])
            at = said.casefold().rfind(was.casefold()) if was else -1
            last = list(re.finditer(r"\b(?:to|with)\s+", said, re.I))
            if at >= 0:
                text = f"{said[:at]}{whom}{said[at + len(was) :]}"
            else:
                text = f"{said[: last[-1].end()]}{whom}" if last else f"introduce me to {whom}"
            changes = {"text": text, "to_role": ""}
            self.c.update("offers", found[0]["id"], **changes)
            self.say("name_fixed", who=whom)
            return
        self.c.update("offers", found[0]["id"], **changes)
        if found[0].get("introduced_id"):
            self.c.update("contacts", int(found[0]["introduced_id"]), name=name)
        self.say("name_fixed", who=people.introduced_to({**found[0], **changes}))

    def show_all(self, event: EventData | None) -> None:
        style = "normal"
        for text in self.draft_thanks(style):
            self.c.say_markup(text)
        missing = [self._said(p) for p in self._met() if not p["talked_about"]]
        if missing:
            self.say("all_missing", names=people.joined(missing, self.template("and")))
        for text in (
            *self.draft_intro(style, waiting="intro_waiting_all"),
            *self.draft_decline(style, to="recruiter"),  # the recipient is picked on its page
        ):
            self.c.say_markup(text)

    def draft_thanks(self, style: str) -> list[str]:
        offers = self._offers()
        notes, left, attach = [], [], []
        values = self._values()  # the same for every note: read once, copied per note
        # Someone unnamed is greeted alike with a note beside it that greets someone by name.
        values["greet_alike"] = any(p.get("name") for p in self._met())
        # The sentences on the path taken said so far: no two notes share one.
        values["said_lines"] = []
        for person in self._met():
            out: list[tuple[str, str]] = []
            notes.append(
                draft_text.thank_you(
                    self, style, person, offers, Values(values, self.c.derive), out
                )
            )
            # What the student typed for them that their note does not say, and why: never
            # dropped without a word. What a note says is included (a link, a CV) is said above
            # the drafts: paste it in before sending.
            for why, said in out:
                if why in ("attach", "offer"):
                    words = re.sub(r"\bmy\b", "your", said, flags=re.I)
                    attach.append(
                        fill(
                            self.template(f"left_out.{why}"),
                            name=self._said(person),
                            words=words,
                            button=self._added_label(said),
                        )
                    )
                    continue
                left.append(
                    fill(
                        self.template(f"left_out.{why}"), name=self._said(person), words=_cut(said)
                    )
                )
        when = self._thanks_when()
        texts = [self.text(when, when=self._thanks_day()), *attach, *notes, *left]
        if self._sent("thanks"):
            # Sent already: said so and when, never asked again nor a reminder promised.
            texts[0] = self._thanks_sent_line()
        elif when != "thanks_intro_late" and reminders.thanks_late(self.c, self._interview_id()):
            texts.insert(1, self.text("thanks_intro_late_also"))  # late, whenever they go
        # Words used as typed that may be a slip ("your advise"): named once, to check.
        unsure: list[str] = []
        for person, note in zip(self._met(), notes, strict=False):
            talked = str(person.get("talked_about") or "")
            for word in draft_text.unsure_in_note(talked, note):
                if word.casefold() not in (w.casefold() for w in unsure):
                    unsure.append(word)
        typed = [str(p.get("talked_about") or "") for p in self._met()]
        line = self._typed_line(unsure, typed)
        if line and notes:
            texts.append(line)
        return texts

    def _typed_line(self, unsure: list[str], typed: list[str], role: bool = True) -> str:
        """One line naming what a page's drafts use as typed: slips that cannot be put right
        safely ("“advise”"), and words that look misspelled ("“analitics”", "“Asociate”"),
        never a name of a person met, the company or a product; "" when there is none."""
        keep = [
            str(self.c.data.get("company") or ""),
            str(self.c.data.get("sign_as") or ""),
            *(str(p.get("name") or "") for p in self._met()),
            *(str(o.get("to_name") or "") for o in self._offers()),
        ]
        spelling: list[str] = []
        # The role (in the thank-you and the withdrawal, not the introduction) is a title: its
        # capitals are no names ("Audit Asociate").
        title = str(self.c.data.get("role") or "") if role else ""
        for text in [title, *typed]:
            for word in phrases.misspelled(text, keep, title=bool(title) and text == title):
                if word.casefold() not in (w.casefold() for w in [*spelling, *unsure]):
                    spelling.append(word)
        words = ", ".join(f"“{word}”" for word in unsure)
        checks = ", ".join(f"“{word}”" for word in spelling)
        if unsure and spelling:
            return fill(self.template("typed_as_is_spelling"), words=words, spelling=checks)
        if unsure:
            return fill(self.template("typed_as_is"), words=words)
        if spelling:
            return fill(self.template("typed_spelling"), spelling=checks)
        return ""

    def _thanks_sent_line(self) -> str:
        """The notes page once they went: "You sent these today", "... on Wednesday" (the day
        "I've sent them" was tapped, in the student's time zone), "... on 12 November"."""
        done = [
            str(row["done_at"])
            for row in self.c.records(
                "followups", kind="thank_you", interview_id=self._interview_id()
            )
            if row.get("status") == "done" and row.get("done_at")
        ]
        if not done:
            return self.text("thanks_intro_sent")
        day = reminders.local(self.c, from_iso(max(done))).date()
        ago = (reminders.today(self.c) - day).days
        if ago <= 1:
            when = self.template("day_today" if ago <= 0 else "day_yesterday")
        elif ago < 7:
            when = self.template("thanks_next_on").format(day=day.strftime("%A"))
        else:
            when = self.template("thanks_next_on").format(day=f"{day.day} {day.strftime('%B')}")
        return self.text("thanks_intro_sent_on", when=when)

    def _thanks_day(self) -> str:
        """The morning to send the thank-yous when not today: "tomorrow", "on Monday"."""
        day = reminders.thanks_day(self.c, self._interview_id())
        if day is None:
            return ""
        if reminders.today(self.c).weekday() > 4:  # "on Monday", never "tomorrow" on a Sunday
            return self.template("thanks_next_on").format(day=day.strftime("%A"))
        if (day - reminders.today(self.c)).days == 1:
            return self.template("thanks_next_tomorrow")
        return self.template("thanks_next_on").format(day=day.strftime("%A"))

    def _thanks_when(self) -> str:
        """When to send the thank-yous, by the interview's day and the student's local time:
        today (by the next morning) on the day; this morning, the next morning; overdue after
        that (a late thank-you is still worth sending, today)."""
        if reminders.thanks_day(self.c, self._interview_id()) is not None:
            if reminders.today(self.c).weekday() > 4:
                return "thanks_intro_weekend"  # read on Monday morning, named
            day = reminders.thanks_day(self.c, self._interview_id())
            if day is not None and (day - reminders.today(self.c)).days == 1:
                return "thanks_intro_tomorrow"  # tomorrow is the next working morning: once
            return "thanks_intro_next"  # late in the day: the next working morning, as set
        held = self.c.data.get("interview_date")
        if not held:
            return "thanks_intro"
        now = reminders.local(self.c, self.c.now)
        days = (now.date() - date.fromisoformat(held)).days
        if days <= 0:
            return "thanks_intro"
        if days == 1 and now.hour < NOON:
            return "thanks_intro_morning"
        return "thanks_intro_late"

    def _introductions(self) -> list[tuple[Row | None, Row | None]]:
        """(whom to ask, the offer) for each introduction offered; without one, the request
        goes to the first person met by name (else the first met, else the recruiter)."""
        offered = [o for o in self._offers() if o["kind"] == "introduction"]
        if offered:
            return [(people.contact(self.c, o["contact_id"]), o) for o in offered]
        if self.c.data.get("path") == "go" or self._pivoted() in ("no", "na"):
            # Going for the job: no asking the hiring manager about other teams. The pivot
            # never made ("the moment didn't come"): a request would come out of nowhere.
            return []
        met = self._met()
        named = [p for p in met if p["name"]] or met
        return [(named[0] if named else None, None)]

    def draft_intro(self, style: str, waiting: str = "intro_waiting") -> list[str]:
        """The requests and outreach notes; ``waiting`` says how to give a name not known yet."""
        if not self._introductions():
            unasked = self._pivoted() == "no" and self.c.data.get("path") != "go"
            return [self.text("intro_none_unasked" if unasked else "intro_none_go")]
        # Nothing offered and nothing asked yet: the page is the request alone.
        pairs = self._introductions()
        asking = all(offer is None and not self._awaited(asked, offer) for asked, offer in pairs)
        # Every introduction offered has happened: the page is the notes to the people met.
        done = all(offer is not None and offer.get("status") == "done" for _, offer in pairs)
        sent = self.c.data.get("drafts_sent") or []
        # The requests still to send: once each is marked sent, no advice on when to send it.
        unsent = [
            (asked, o)
            for asked, o in pairs
            if o is not None
            and o.get("status") != "done"
            and f"ask:{(asked or {}).get('id') or 'recruiter'}" not in sent
        ]
        # An introduction due sooner than the working day after the thank-you ("by
        # tomorrow"): the request goes with the note, and the page says why.
        soon = [
            o["by_date"] for _, o in unsent if reminders.ask_with_thanks(self.c, o.get("by_date"))
        ]
        if asking or done:
            texts = [self.text("intro_intro_ask" if asking else "intro_intro_done")]
        elif not unsent:
            texts = [self.text("intro_intro_sent")]
        elif not soon:
            texts = [self.text("intro_intro")]
        else:
            texts = [self._intro_soon(date.fromisoformat(min(soon)))]
        typed = [str(self.c.data.get("target") or "")]
        for asked, offer in pairs:
            hint = waiting if self._awaited(asked, offer) else None
            texts += draft_text.introduction(self, style, asked, offer, self._values(), hint)
            if offer is not None:  # the offer's own words only where the request uses them
                form, words = people.offer_form(offer)
                typed += [words if form != "intro" else "", str(offer.get("to_role") or "")]
        line = self._typed_line([], typed, role=False)
        return [*texts, line] if line else texts

    def _intro_soon(self, by: date) -> str:
        """When to ask for an introduction due ``by`` a day sooner than the working day after
        the thank-you note: already passed, send it now; before the note goes out, with the
        note (said as soon, never as advice to have sent it earlier); else with the note."""
        today = reminders.today(self.c)
        day = reminders.long_day(self.c, by)
        if by < today:
            return self.text("intro_intro_passed", by=day)
        thanks = reminders.thanks_day(self.c, self._interview_id())
        if thanks is not None and by < thanks:
            return self.text("intro_intro_before", by=day, when=self._thanks_day())
        return self.text("intro_intro_with", by=day)

    def _pivoted(self) -> str:
        """The debrief's answer on the pivot ("yes", "partly", "no", "na"), "" before one."""
        found = (
            self.c.records("interviews", id=self._interview_id()) if self._interview_id() else []
        )
        return str(found[0].get("pivoted") or "") if found else ""

    def _awaited(self, asked: Row | None, offer: Row | None) -> bool:
        """Whether an introduction is awaited whose person is not known yet: one was offered
        (``offer``) without their name, or, with none offered, the request to ``asked`` was
        marked sent. Only then do the pages say how to give their name."""
        if offer is not None:
            return not offer.get("to_name")
        key = f"ask:{(asked or {}).get('id') or 'recruiter'}"
        return key in (self.c.data.get("drafts_sent") or [])

    def _recipient(self, to: str | None = None) -> Row | None:
        to = str(to or self.c.data.get("draft_to"))
        return people.contact(self.c, int(to)) if to.isdecimal() else None

    def draft_decline(self, style: str, to: str | None = None) -> list[str]:
        """The decline to ``to`` (a contact's id, or "recruiter"; the one picked by default):
        to the recruiter means to the recruiter met, by name, when there was one."""
        met = self._met()
        person = self._recipient(to)
        if person is None:  # not picked: never the one whose introduction is still to come
            person = draft_text.decline_recipient(self, met)
        warning = draft_text.pending_warning(self, person, met)
        values = self._values()
        draft = draft_text.decline(self, style, person, values)
        line = self._typed_line([], [str(self.c.data.get("target") or "")])
        # No better fit known: the draft says "a role that suits my strengths better", and the
        # student is asked to name the kind of work (COACHING: say what would fit better).
        ask = [] if values["target_head"] else [self.text("decline_ask")]
        return [
            self.text("decline_intro"),
            *([warning] if warning else []),
            *ask,
            draft,
            *([line] if line else []),
        ]

    # -- the decline's recipient ------------------------------------------------------------

    def has_people(self, event: EventData) -> bool:
        return bool(self._met())

    def recipient_choices(self) -> list[Choice]:
        """Each person met once (see :func:`_same_person`), then "The recruiter" unless one
        of them is the recruiter: never the same person offered twice."""
        met: list[Row] = []
        for person in self._met():
            if not any(_same_person(person, known) for known in met):
                met.append(person)
        buttons = [self.button(self._name(p)[:60], f"to:{p['id']}") for p in met]
        if any(is_recruiter(p) for p in met):
            return buttons
        return [*buttons, self.choice("to_the_recruiter", "to:recruiter")]

    def pick_to(self, event: EventData) -> None:
        self.c.data["draft_to"] = event.kwargs["value"]
        self.c.data["draft_style"] = "normal"

    def to_recruiter(self, event: EventData) -> None:
        self.c.data["draft_to"] = "recruiter"
        self.c.data["draft_style"] = "normal"

    # -- the person introduced, once known; sent ---------------------------------------------

    def names_someone(self, event: EventData) -> bool:
        return bool(people.read_name(event.kwargs["text"])[0])

    def ask_name_again(self, event: EventData) -> None:
        self.say("introduced_no_name")
        self.c.ask()

    def _open_introductions(self) -> tuple[list[tuple[Row | None, Row]], bool]:
        """The introductions offered, not marked done, whose person is named, each (whom
        asked, the offer); and whether one is awaited whose person is not known yet."""
        named: list[tuple[Row | None, Row]] = []
        unnamed = False
        for asked, offer in self._introductions():
            if offer is not None and offer.get("to_name") and offer.get("status") != "done":
                named.append((asked, offer))
            elif self._awaited(asked, offer):
                unnamed = True
        return named, unnamed

    def _introduced_buttons(self, label: str) -> list[Choice]:
        """ "I've been introduced" alone while one introduction is open (it marks a named one
        done, or asks the name); with more, one button per person named ("Introduced to Joy
        Chen"), and "I've been introduced" for one whose person is not known yet."""
        named, unnamed = self._open_introductions()
        if len(named) + unnamed <= 1:
            return [Choice(label, "introduced")]
        buttons = [
            self.button(
                fill_plain(self.template("introduced_to"), name=str(offer["to_name"]))[:60],
                f"introduced:{offer['id']}",
            )
            for _, offer in named
        ]
        return [*buttons, *([Choice(label, "introduced")] if unnamed else [])]

    def _named_pending(self, value: str) -> tuple[Row | None, Row] | None:
        """The named introduction a tap marks done: the one whose offer id is ``value``, or,
        with no value, the only one open when no unnamed one is awaited; else None."""
        named, unnamed = self._open_introductions()
        if value:
            return next((pair for pair in named if str(pair[1]["id"]) == value), None)
        return named[0] if named and not unnamed else None

    def named_pending(self, event: EventData) -> bool:
        return self._named_pending(str(event.kwargs.get("value") or "")) is not None

    def mark_introduced(self, event: EventData) -> None:
        """The introduction to someone named at the debrief has happened: it is done (its ask
        and nudge reminders go), and the student is reminded to write to them."""
        found = self._named_pending(str(event.kwargs.get("value") or ""))
        if found is None:
            return
        asked, offer = found
        people.introduced(self.c, offer, self.template("how_introduced_done"))
        first = draft_text.connector(self, asked)[0]
        introduced_id = offer.get("introduced_id")
        if introduced_id:
            step = self.template("next_step_write").format(first=first)
            self.c.update("contacts", int(introduced_id), next_step=step)
        due = self._remind_to_write(introduced_id)
        self.say(
            "introduced_marked",
            who=people.introduced_to(offer),
            first=people.first_name(str(offer["to_name"])),
            **self._said_when(due),
        )
        contacts.thank_connector(self, offer, "thank_news_introduced")

    def _said_when(self, due: datetime) -> dict[str, str]:
        """A reminder's day and hour on the student's clock: {"when": "tomorrow" or "on
        Monday", "time": "9 am"}."""
        wall = reminders.local(self.c, due)
        if (wall.date() - reminders.today(self.c)).days == 1:
            when = self.template("thanks_next_tomorrow")
        else:
            when = self.template("thanks_next_on").format(day=wall.strftime("%A"))
        return {"when": when, "time": dates.say_time(wall.time())}

    def _remind_to_write(self, contact_id: int | None) -> datetime:
        """A reminder to write to the person introduced (``contact_id``), the next working
        morning on the student's clock; closed when the note to them is marked sent. Returns
        when it comes (aware)."""
        due = reminders.write_due(self.c)
        if contact_id:
            links = {"interview_id": self._interview_id(), "contact_id": int(contact_id)}
            reminders.schedule(self.c, "write", due, **links)
        return due

    def keep_introduced(self, event: EventData) -> None:
        name, role = people.read_name(event.kwargs["text"])
        asked, offer = next(
            (pair for pair in self._introductions() if not (pair[1] or {}).get("to_name")),
            (None, None),
        )
        who = self._name(asked) if asked else ""
        first = draft_text.connector(self, asked)[0]
        team = people.team_offered(str((offer or {}).get("text") or ""))[0]
        if name and not role and team:
            role = f"from {team}"  # "someone in the risk team" was promised: Anil Kumar is on it
        introduced_id = self.c.add(
            "contacts",
            interview_id=self._interview_id(),
            name=name,
            organisation=people.organisation_in(role) or self.c.data.get("company"),
            how_met=self.template("how_introduced_done").format(name=who) if who else None,
            priority="A",
            stage="identified",
            notes=people.role_note(role) or None,
            # Introduced already: writing to them is what is next (3B7 once the note is sent).
            next_step=self.template("next_step_write").format(first=first),
        )
        changes: dict[str, Any] = {"to_name": name, "to_role": role, "introduced_id": introduced_id}
        if offer is not None:
            people.introduced(self.c, offer, **changes)
        else:
            self.c.add(
                "offers",
                interview_id=self._interview_id(),
                contact_id=asked["id"] if asked else None,
                kind="introduction",
                text=event.kwargs["text"],
                status="done",
                **changes,
            )
        due = self._remind_to_write(introduced_id)
        self.say(
            "introduced_marked",
            who=people.introduced_to({"to_name": name, "to_role": role}),
            first=people.first_name(name),
            **self._said_when(due),
        )
        if offer is not None:
            contacts.thank_connector(self, {**offer, **changes}, "thank_news_introduced")

    def mark_sent(self, event: EventData) -> None:
        kind = self.c.state.split(".", 1)[1]
        sent: list[str] = self.c.data.setdefault("drafts_sent", [])
        before = set(sent)
        picked = str(event.kwargs.get("value") or "")
        keys = self._sent_keys(kind)
        sent.extend(key for key in keys if key not in before and (not picked or key == picked))
        if kind == "thanks":
            reminders.close(self.c, "thank_you", interview_id=self._interview_id())
            kept: list[str] = []
            for person in self._met():
                # "As promised, I've included my portfolio link": sent with the note, the
                # promise is kept too, never left open as a follow-up of its own.
                carried = draft_text.carried_promise(self, person)
                if carried is not None and carried.get("status") in reminders.OPEN:
                    reminders.close_row(self.c, carried, "done")
                    kept.append(self._said(person))
                self.c.update(
                    "contacts",
                    person["id"],
                    last_contact_at=self.c.stamp(),
                    next_step=self.template("next_step_warm"),
                )
            if kept:
                self.say("promise_kept_by_note", names=people.joined(kept, self.template("and")))
            self.say("thanks_sent", self.c.choices())
            return
        warm: list[tuple[str, bool, int]] = []
        thanks: list[Row] = []  # introductions made, whoever made them to thank
        for key, which, asked, offer in self._messages():
            if key in before or key not in sent:
                continue
            if which == "note":  # the note to the person introduced went out: 3B7 with them
                introduced = people.contact(self.c, (offer or {}).get("introduced_id"))
                if introduced is not None:
                    people.contacted(
                        self.c,
                        introduced,
                        self.template("next_step_contacted"),
                        self.template("how_introduced_done"),
                    )
                    if offer is not None:
                        thanks.append(offer)
            elif asked is not None and offer is not None:
                # They offered: nothing to chase (no 3B7), a friendly nudge in about a week.
                self._asked_warm(asked, offer)
                dated = bool(offer.get("by_date"))
                warm.append((draft_text.asked_as(self, asked), dated, int(asked["id"])))
            elif asked is not None:  # a cold ask, to someone who offered nothing: 3B7
                people.contacted(self.c, asked)
        for offer in thanks:
            contacts.thank_connector(self, offer, "thank_news_contacted")
        if warm:
            name, dated, asked_id = warm[0]
            they, them = people.they_or_name(self.c, people.contact(self.c, asked_id))
            said = "ask_sent_warm_by" if dated else "ask_sent_warm"
            self.say(said, self.c.choices(), name=name, them=them, they=they)
        else:
            self.say("outreach_sent", self.c.choices())

    def _asked_warm(self, asked: Row, offer: Row) -> None:
        """The ask went to whoever offered the introduction: they are contacted, the offer is
        asked for, and unless they gave a day (whose nudge is set already) a nudge comes on a
        working morning about a week later."""
        if asked.get("stage") in (None, "identified"):
            self.c.update(
                "contacts", asked["id"], stage="contacted", last_contact_at=self.c.stamp()
            )
        else:
            self.c.update("contacts", asked["id"], last_contact_at=self.c.stamp())
        if offer["status"] == "pending":
            self.c.update("offers", offer["id"], status="asked")
        reminders.close(self.c, "ask", contact_id=asked["id"])  # asked: no reminder to ask
        if offer.get("by_date"):
            return
        # The nudge set at the debrief (a week after the planned ask) gives way to this one.
        reminders.close(self.c, "introduction", status="cancelled", contact_id=asked["id"])
        form, words = people.offer_form(offer, said="student")
        them = people.they_or_name(self.c, asked)[1]  # "her" when the student wrote "she"
        topic = fill_plain(self.template(f"nudge_week_{form}"), what=words, them=them)
        day = reminders.today(self.c) + timedelta(days=7)
        due = reminders.on_business_day(self.c, reminders.morning(self.c, day))
        links = {"interview_id": self._interview_id(), "contact_id": asked["id"], "note": topic}
        reminders.schedule(self.c, "introduction", due, **links)


def _cut(typed: str, most: int = 80) -> str:
    """What the student typed, quoted back: one line, cut at a word near ``most`` characters
    with "…" when longer."""
    line = " ".join(typed.split())
    if len(line) <= most:
        return line
    return line[:most].rsplit(" ", 1)[0].rstrip(" ,;") + "…"


def _same_person(one: Row, other: Row) -> bool:
    """Whether two contacts are one person entered twice: the same name (any case), or, when
    either has no name, the same title at the same organisation."""

    def key(row: Row, field: str) -> str:
        return " ".join(str(row.get(field) or "").casefold().split())

    if key(one, "name") and key(other, "name"):
        return key(one, "name") == key(other, "name")
    return bool(key(one, "title")) and all(
        key(one, field) == key(other, field) for field in ("title", "organisation")
    )


def _whom_said(offer: Row) -> str:
    """Whom an introduction with no name is to, as the offer said it ("her manager on the data
    team"); "" when it says no one in particular."""
    _, words = people.offer_form(offer, said="student")
    found = re.search(r"\b(?:to|with)\s+(?P<whom>.+)$", words)
    return found["whom"].strip() if found else ""
