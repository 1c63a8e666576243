"""Welcome, menu, intake and triage: who the interview is with and which of four ways to play it."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import date, time
from typing import Any, ClassVar

from transitions.core import EventData

from bot import dates, zones
from bot.conversation import AFTER_ZONE, ZONE, ZONE_BY
from bot.dates import describe
from bot.flow import Flow, Step, Values
from bot.markup import fill_plain
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import interview, phrases, reasons, setup_words, typed

HIGH = 4  # a fit of 4 or 5 on the 1-5 scale counts as high (COACHING.md)
# A pivot at a company rated this or lower gets a word of caution first: the pivot makes sense
# when the company is right (COACHING.md triage), and a 1 or 2 says it is not.
DOUBTFUL = 2
REFUSED = "_draws_refused"  # set once an answer to "what draws you" was no reason
RESHAPED = "_draws_reshaped"  # set once it was asked again for a short phrase
NUDGED = "_draws_nudged"  # a reason with nothing specific, kept while a detail is asked for
TARGET_ASKED = "_target_reshaped"  # set once a better fit was asked again as a kind of work
GONE = "_date_gone"  # the day typed for an interview to come that had already gone (ISO)
PLACE = "company_place"  # where the company is, typed after its name ("..., Seattle")
# The fewest words the part of a long reason that is kept says it in: "your island timetable
# app" names something; "your app" of "i love the app, used it for 400 days ..." does not.
CORE_WORDS = 3
PART_WORDS = 8  # the most words of a reason named back when it is asked for again
# The most words of a reason said whole in "What drew me here is ...": a longer one (a pasted
# paragraph) is said by its first part only, the part that says what draws them.
LONG_DRAWS = 25

STEPS = (
    Step("welcome"),
    Step("about"),
    Step("menu"),
    Step("intake.company", "text", max_len=120),
    Step("intake.role", "text", max_len=120),
    Step("intake.date", "date", choices="date_choices"),
    Step("intake.draws", "text", max_len=600, choices="draws_choices"),
    Step("intake.company_fit", "scale"),
    Step("intake.role_fit", "scale"),
    Step("intake.target", "text", max_len=200),
    # "ok", "sure", "sounds good" to the suggestion: "Sounds right".
    Step("triage", on_enter=("suggest",), onward="accept"),
    Step("triage.caution"),
    Step("triage.choose"),
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    # Anywhere.
    {T: "start", "source": "*", "dest": "welcome"},
    # /menu in the middle of a debrief or of preparing for an interview puts it aside, said
    # so: /resume picks it up at the question it was on (asked again), until it is finished.
    {T: "menu", "source": "*", "dest": "menu", "before": "put_aside"},
    {T: "cancel", "source": "*", "dest": "menu"},
    # Chosen again instead, it starts afresh, said so, and /resume at its first question goes
    # back to the one put aside.
    {
        T: "resume",
        "source": ["menu", "debrief.which", "debrief.company", "intake.company"],
        "dest": None,
        "conditions": "has_aside",
        "after": "take_up",
    },
    {T: "prepare", "source": "*", "dest": "intake.company", "before": "begin_interview"},
    {T: "about", "source": ["welcome", "menu"], "dest": "about"},
    # Intake: each answer is kept by a `before` callback, then the next question is asked.
    # A name must look like one: a stray "2" or "?" is not a company.
    {
        T: "answer",
        "source": "intake.company",
        "dest": None,
        "conditions": "not_a_company",
        "after": "refuse_company",
    },
    {T: "answer", "source": "intake.company", "dest": "intake.role", "before": "keep_company"},
    # "no", "idk", "n/a" are never kept as the role ("the no role"): its title is asked for.
    {
        T: "answer",
        "source": "intake.role",
        "dest": None,
        "conditions": "non_answer",
        "after": "refuse_role",
    },
    {T: "answer", "source": "intake.role", "dest": "intake.date", "before": "keep_role"},
    # A day already gone ("it was last tuesday") is no interview to prepare for: said so, and
    # a debrief of it offered instead (with the company and role already typed), or the date
    # typed again.
    {
        T: "answer",
        "source": "intake.date",
        "dest": None,
        "conditions": "date_gone",
        "after": "say_date_gone",
    },
    {
        T: "debrief",
        "source": "intake.date",
        "dest": "debrief.pivoted",
        "conditions": "gone_typed",
        "before": "debrief_gone",
    },
    {T: "answer", "source": "intake.date", "dest": "intake.draws", "before": "keep_date"},
    {T: "done", "source": "intake.date", "dest": "intake.draws", "before": "keep_past"},
    {T: "skip", "source": "intake.date", "dest": "intake.draws", "before": "keep_no_date"},
    # A non-reason ("they replied to my application", "idk") is refused and the question asked
    # again; after one refusal the student may say nothing in particular draws them yet.
    {
        T: "answer",
        "source": "intake.draws",
        "dest": None,
        "conditions": "not_a_reason",
        "after": "refuse_draws",
    },
    # A reason that is only what every company claims ("their mission", "the culture"): refused
    # kindly, with a request for one concrete thing; "Nothing in particular yet" moves on.
    {
        T: "answer",
        "source": "intake.draws",
        "dest": None,
        "conditions": "generic_reason",
        "after": "refuse_generic",
    },
    # A real reason that names nothing in particular ("their ads r hilarious lol"): one gentle
    # nudge for something specific; kept as it is if the student taps "Keep it as it is".
    {
        T: "answer",
        "source": "intake.draws",
        "dest": None,
        "conditions": "unspecific",
        "after": "nudge_draws",
    },
    {T: "keep", "source": "intake.draws", "dest": "intake.company_fit", "before": "keep_nudged"},
    # A reason typed as chat that no sentence can take as it is ("i love the app, used it for
    # 400 days ..."): asked again for a short phrase, shown the sentence it will finish.
    {
        T: "answer",
        "source": "intake.draws",
        "dest": None,
        "conditions": "unshaped",
        "after": "reshape_draws",
    },
    {T: "answer", "source": "intake.draws", "dest": "intake.company_fit", "before": "keep_draws"},
    {T: "skip", "source": "intake.draws", "dest": "intake.company_fit", "before": "keep_no_draws"},
    {
        T: "answer",
        "source": "intake.company_fit",
        "dest": "intake.role_fit",
        "before": "keep_company_fit",
    },
    # A role that fits (4-5) needs no "what would fit better" question.
    {
        T: "answer",
        "source": "intake.role_fit",
        "dest": "intake.target",
        "before": "keep_role_fit",
        "unless": "role_fits",
    },
    {
        T: "answer",
        "source": "intake.role_fit",
        "dest": "triage",
        "before": "keep_role_fit",
        "conditions": "role_fits",
    },
    # "no", "idk", "?", "x", "asdf" and a person's name ("Mrs. Ana Gómez") are never kept as
    # the better fit ("my best work is in no").
    {
        T: "answer",
        "source": "intake.target",
        "dest": None,
        "conditions": "not_work",
        "after": "refuse_target",
    },
    # A statement ("I'm not sure sales is for me") or slips: asked once for a kind of work.
    {
        T: "answer",
        "source": "intake.target",
        "dest": None,
        "conditions": "unsayable_target",
        "after": "reshape_target",
    },
    {T: "answer", "source": "intake.target", "dest": "triage", "before": "keep_target"},
    {T: "skip", "source": "intake.target", "dest": "triage", "before": "keep_no_target"},
    # Triage: accept the suggested path or pick another. A pivot needs a better fit to steer
    # to: without one, the plan asks for it first (pivot.target).
    {T: "accept", "source": "triage", "dest": "plan.go", "conditions": "suggests_go"},
    {
        T: "accept",
        "source": "triage",
        "dest": "pivot.target",
        "conditions": ["suggests_pivot", "lacks_target"],
    },
    {T: "accept", "source": "triage", "dest": "pivot.evidence", "conditions": "suggests_pivot"},
    {T: "accept", "source": "triage", "dest": "plan.finish", "conditions": "suggests_finish"},
    {T: "accept", "source": "triage", "dest": "plan.practice", "conditions": "suggests_practice"},
    {T: "change", "source": "triage", "dest": "triage.choose"},
    {T: "go", "source": "triage.choose", "dest": "plan.go"},
    # Pivoting at a company rated low gets a word of caution first.
    {T: "pivot", "source": "triage.choose", "dest": "triage.caution", "conditions": "doubtful"},
    {
        T: "pivot",
        "source": ["triage.choose", "triage.caution"],
        "dest": "pivot.target",
        "conditions": "lacks_target",
    },
    {T: "pivot", "source": ["triage.choose", "triage.caution"], "dest": "pivot.evidence"},
    {T: "change", "source": "triage.caution", "dest": "triage.choose"},
    {T: "finish", "source": "triage.choose", "dest": "plan.finish"},
    {T: "practice", "source": "triage.choose", "dest": "plan.practice"},
]

PATHS = ("go", "pivot", "finish", "practice")


def suggested_path(company_fit: int, role_fit: int) -> str:
    """The four paths of COACHING.md's triage table."""
    company_high, role_high = company_fit >= HIGH, role_fit >= HIGH
    if company_high:
        return "go" if role_high else "pivot"
    return "finish" if role_high else "practice"


ASIDE = interview.ASIDE  # work put aside by /menu (see Intake.put_aside)
# Never kept with it: how to go back, the time zone (it may change meanwhile), itself.
_NOT_KEPT = frozenset({"_trail", ASIDE, ZONE, ZONE_BY, AFTER_ZONE})


# The first question of each: nothing typed in it yet.
_FIRST = frozenset({"intake.company", "debrief.which", "debrief.company"})


def _aside_kind(state: str) -> str | None:
    """Which work a state is in the middle of: "debrief" (its questions, not its saved
    summary), "prepare" (the intake, triage, and the pivot plan's questions), or None."""
    if state.startswith("debrief.") and state != "debrief.summary":
        return "debrief"
    if state.startswith(("intake.", "triage")) or state in ("pivot.target", "pivot.evidence"):
        return "prepare"
    return None


class Intake(Part):
    """Callbacks and conditions of intake and triage."""

    name = "intake"
    WORDS = "intake"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "date_noted",
        "date_passed_over",
        "date_gone",
        "company_unread",
        "company_needed",
        "role_needed",
        "company_place",
        "company_read",
        "role_put_down",
        "date_past",
        "date_unknown",
        "target_unsure",
        "target_lead",
        "target_lead_low",
        "draws_none",
        "draws_reshape",
        "draws_more",
        "draws_short",
        "draws_nudge",
        "draws_generic",
        "target_refused",
        "target_person",
        "target_reshape",
        "target_proof",
        *(f"draws_refused.{kind}" for kind in reasons.KINDS),
        "summary",
        "summary_target",
        *(f"suggest.{path}" for path in PATHS),
        "past_hint",
        "aside_kept.debrief",
        "aside_kept.prepare",
        "aside_taken.debrief",
        "aside_taken.prepare",
        "aside_over.prepare",
    )
    LABELS = ("draws_skip", "draws_keep", "debrief_instead")
    FIELDS = interview.FIELDS
    DERIVED = (
        "when",
        "target_or_unsure",
        "draws_or_none",
        "target_lead",
        "the_role",
        "the_position",
        "role_word",
    )
    EXTRAS: ClassVar[Extras] = {
        "date_noted": ("when",),
        "date_passed_over": ("when", "weekday", "this_one"),
        "date_gone": ("when",),
        "company_unread": ("said",),
        "company_place": ("place",),
        "role_put_down": ("put_down",),
        "draws_short": ("slip",),
        "draws_reshape": ("part",),
        "draws_more": ("part",),
        "draws_generic": ("said",),
        "target_person": ("said",),
    }
    BUTTONS = ("skip", "debrief", "keep")

    @classmethod
    def check(cls, flow: Flow) -> Iterator[str]:
        """The word lists that tell a reason from a non-reason load (see ``reasons``)."""
        try:
            _non_reasons(flow)
        except (KeyError, TypeError, ValueError) as exc:
            yield f"content data non_reasons (intake.yaml): {exc}"
        try:
            _generic_reasons(flow)
        except (TypeError, ValueError) as exc:
            yield f"content data generic_reasons (intake.yaml): {exc}"

    def present(self, values: Values) -> None:
        """Role and target as they sit mid-sentence: "the inside sales representative role"
        (typed "Inside sales representative"), "the Inside Sales Representative role" (typed
        so), and the target as a kind of work ("data analytics", "data analyst roles")."""
        if isinstance(values.get("role"), str):
            values["role"] = phrases.role_name(values["role"])
        if isinstance(values.get("target"), str):
            target = typed.said_target(phrases.without_vague(values["target"]))
            values["target"] = phrases.work_area(target)

    def derive(self, name: str) -> Any:
        d = self.c.data
        if name == "role_word":  # "the **Tester** role", "the **Commercial graduate scheme**"
            return "" if phrases.is_programme(str(d.get("role") or "")) else " role"
        if name in ("the_role", "the_position"):
            # "the Test Engineer role"; a programme as itself: "the Commercial graduate scheme".
            return phrases.the_role(str(d.get("role") or ""), name.removeprefix("the_"))
        if name == "when":
            if d.get("interview_date"):
                # "Thursday 3 December 2026, 2 pm": the time too, when they gave one.
                at = time.fromisoformat(d["interview_time"]) if d.get("interview_time") else None
                day = date.fromisoformat(d["interview_date"])
                return describe(day, at, d.get("interview_part"))
            return self.template("date_past" if d.get("interview_past") else "date_unknown")
        if name == "target_or_unsure":
            # As the plan will say it ("data analysis, mostly building dashboards for the
            # operations team"), so the student sees the phrase their lines will use.
            target = phrases.without_vague(d.get("target") or "")
            said = typed.said_target(target)
            work = phrases.work_area(said) if said else ""
            if work and _words(work) != _words(target):
                return work  # written out as the plan says it ("smth w ux research": UX research)
            if said and len(said.split()) < len(target.split()):
                return said  # trimmed to fit its sentence: shown as it will be said
            return target or self.template("target_unsure")
        if name == "draws_or_none":
            # Written out as the plan says it: phone spelling, slang praise and slips of a known
            # kind mended ("their robots r super cool": "their robots are impressive").
            # Typed marks, emoji and line breaks are the student's own, shown as typed.
            draws = phrases.without_vague(d.get("draws") or "")
            mended = typed.repair(typed.praise_said(draws))
            if _words(mended) == _words(draws):
                mended = draws
            return mended or self.template("draws_none")
        if name == "target_lead":
            # A company rated low: whether anything there is worth pursuing at all, not which
            # team there would suit them better.
            low = int(d.get("company_fit") or HIGH) <= DOUBTFUL
            lead = self.template("target_lead_low" if low else "target_lead")
            company = str(d.get("company") or "")
            return fill_plain(lead, company=company, company_in_line=typed.org_in_sentence(company))
        return None

    # -- work put aside by /menu ------------------------------------------------------------

    def put_aside(self, event: EventData) -> None:
        """/menu from a question of a debrief, or of preparing for an interview: where it was
        and what had been typed are kept (``ASIDE``), and the menu says how to pick it up."""
        state = self.c.state
        if state == self.c.flow.zone_question and self.c.data.get(AFTER_ZONE):
            state = str(self.c.data[AFTER_ZONE])  # the time zone, asked on the way to it
        kind = _aside_kind(state)
        if kind is None or state in _FIRST:
            return  # nothing typed yet in this one (a put aside one stays)
        kept = {k: copy.deepcopy(v) for k, v in self.c.data.items() if k not in _NOT_KEPT}
        self.c.data[ASIDE] = {"state": state, "kind": kind, "data": kept}
        self.say(f"aside_kept.{kind}")

    def has_aside(self, event: EventData) -> bool:
        aside = self.c.data.get(ASIDE)
        return isinstance(aside, dict) and aside.get("state") in self.c.flow.steps

    def take_up(self, event: EventData) -> None:
        """The work put aside, picked up where it was left: what had been typed restored (as
        another path from the menu may have changed it), said so, and its question asked
        again with its buttons."""
        aside = self.c.data.pop(ASIDE)
        for key, value in aside["data"].items():
            self.c.data[key] = value
        self.say(f"aside_taken.{aside['kind']}")
        self.c.go(str(aside["state"]))

    def begin_interview(self, event: EventData) -> None:
        aside = self.c.data.get(ASIDE)
        if isinstance(aside, dict) and aside.get("kind") == "prepare":
            # One put aside by /menu: this starts afresh, said so, with the way back to it.
            self.say("aside_over.prepare")
        interview.begin(self.c)
        for key in (REFUSED, RESHAPED, TARGET_ASKED, "_target_proof", "_proof_reshaped"):
            self.c.data.pop(key, None)
        self.c.data.pop(GONE, None)
        self.c.data.pop(PLACE, None)

    def not_a_company(self, event: EventData) -> bool:
        text = event.kwargs["text"]
        return not looks_like_name(text) or phrases.non_answer(text)

    def refuse_company(self, event: EventData) -> None:
        text = event.kwargs["text"]
        if looks_like_name(text):  # a word ("no", "idk"): what is needed is said, not quoted back
            self.say("company_needed")
        else:
            self.say("company_unread", said=" ".join(text.split())[:40])
        self.c.ask()

    def refuse_role(self, event: EventData) -> None:
        self.say("role_needed")
        self.c.ask()

    def keep_company(self, event: EventData) -> None:
        # "lumen outdoor" is "Lumen Outdoor" in every line; "eBay" stays as typed. A place
        # typed after the name ("Acme Analytics, Seattle") is kept apart, never in the name.
        typed_text = event.kwargs["text"]
        # The name only of a sentence typed fast: "brightloop its a fitness app" is Brightloop.
        name, place = company_and_place(setup_words.company_name(typed_text))
        self.c.data["company"] = phrases.proper_name(name) or name
        if place:
            self.c.data[PLACE] = place
            self.say("company_place", place=place)
        else:
            self.c.data.pop(PLACE, None)
            if name != " ".join(typed_text.split()).strip():
                # Only the name is kept of a sentence ("it's with Vestas, the wind turbine
                # company"): said back, so a wrong reading is seen at once.
                self.say("company_read")

    def date_choices(self) -> list[Choice]:
        """The question's buttons; after a day already gone was typed, "Debrief it instead"
        first, in place of "It's already happened"."""
        buttons = [
            Choice(label, value)
            for label, value in self.c.flow.content.state("intake.date").get("choices", [])
        ]
        if not self.c.data.get(GONE):
            return buttons
        rest = [b for b in buttons if b.value != "done"]
        return [self.choice("debrief_instead", "debrief"), *rest]

    def date_gone(self, event: EventData) -> bool:
        day = event.kwargs.get("date")
        return bool(day) and date.fromisoformat(str(day)) < self.c.local_now.date()

    def say_date_gone(self, event: EventData) -> None:
        day = date.fromisoformat(str(event.kwargs["date"]))
        self.c.data[GONE] = day.isoformat()
        self.say("date_gone", when=day.strftime("%A %-d %B"))
        self.c.ask()

    def gone_typed(self, event: EventData) -> bool:
        return bool(self.c.data.get(GONE)) and bool(self.c.data.get("company"))

    def debrief_gone(self, event: EventData) -> None:
        """The interview typed here took place already: debriefed, as an interview added at
        the debrief would be (its record, on the day typed), without asking its company, role
        or day again."""
        day = str(self.c.data.pop(GONE))
        for field in ("interview_time", "interview_part", "interview_past"):
            self.c.data.pop(field, None)
        self.c.data["interview_date"] = day
        row = self.c.add(
            "interviews",
            company=self.c.data["company"],
            role=self.c.data.get("role"),
            interview_date=day,
        )
        self.c.data["interview_id"] = row
        self.c.data["db"] = {"people": [], "person": {}, "interview_id": row}

    def keep_role(self, event: EventData) -> None:
        typed_text = event.kwargs["text"]
        label = phrases.role_label(typed_text)
        # Typed all in lower case, the title is written as one ("account exec, basically
        # sales lol" -> "Account Executive"), however much was left out around it.
        lower = not any(c.isupper() for c in phrases.strip_chat(typed_text))
        self.c.data["role"] = title_case(phrases.lower_first(label) if lower else label)
        down = phrases.role_put_down(typed_text)
        if down:
            # Belittling the role is a red flag to any interviewer: said once, kindly.
            self.say("role_put_down", put_down=down)

    def keep_date(self, event: EventData) -> None:
        self.c.data.pop(GONE, None)
        self.c.data["interview_date"] = event.kwargs["date"]
        for field, given in (("interview_time", "time"), ("interview_part", "part")):
            if event.kwargs.get(given):
                self.c.data[field] = event.kwargs[given]
            else:
                self.c.data.pop(field, None)
        self.c.data.pop("interview_past", None)
        # Say how the date was read: "next Friday" means different days to different people,
        # and said early in the week, which Friday was taken is said with the other one.
        passed_over = event.kwargs.get("passed_over")
        if passed_over:
            this_one = date.fromisoformat(passed_over)
            self.say(
                "date_passed_over",
                when=self.derive("when"),
                weekday=this_one.strftime("%A"),
                this_one=this_one.strftime("%-d %B"),
            )
        else:
            self.say("date_noted", when=self.derive("when"))

    def keep_past(self, event: EventData) -> None:
        self.c.data.pop(GONE, None)
        self.c.data["interview_past"] = True
        for field in ("interview_date", "interview_time", "interview_part"):
            self.c.data.pop(field, None)

    def keep_no_date(self, event: EventData) -> None:
        self.c.data.pop(GONE, None)
        for field in ("interview_date", "interview_time", "interview_part", "interview_past"):
            self.c.data.pop(field, None)

    def draws_choices(self) -> list[Choice]:
        """No button at first (an answer is wanted); after a nudge for something specific, a
        way to keep what was said; after a refusal, a way to move on."""
        if self.c.data.get(NUDGED):
            return [self.choice("draws_keep", "keep")]
        return [self.choice("draws_skip", "skip")] if self.c.data.get(REFUSED) else []

    def unspecific(self, event: EventData) -> bool:
        """A reason that names nothing in particular (see ``reasons.unspecific``), asked about
        once: a second answer, whatever it is, is taken."""
        if NUDGED in self.c.data:
            return False
        company = str(self.c.data.get("company") or "")
        flow = self.c.flow
        return reasons.unspecific(
            event.kwargs["text"], _non_reasons(flow), _generic_reasons(flow), ignore=company
        )

    def _generic(self, text: str) -> str:
        company = str(self.c.data.get("company") or "")
        flow = self.c.flow
        return reasons.generic(text, _non_reasons(flow), _generic_reasons(flow), ignore=company)

    def generic_reason(self, event: EventData) -> bool:
        """A reason that is only an ideal every company claims (see ``reasons.generic``)."""
        return bool(self._generic(event.kwargs["text"]))

    def refuse_generic(self, event: EventData) -> None:
        self.c.data[REFUSED] = True
        self.say("draws_generic", said=_ideal_said(event.kwargs["text"]))
        self.c.ask()  # the question again, now with "Nothing in particular yet"

    def nudge_draws(self, event: EventData) -> None:
        self.c.data[NUDGED] = event.kwargs["text"]
        self.say("draws_nudge")
        self.c.ask()  # the question again, with "Keep it as it is"

    def keep_nudged(self, event: EventData) -> None:
        """ "Keep it as it is": the reason given before the nudge, kept as any answer is."""
        self._keep_draws(str(self.c.data.get(NUDGED) or ""))

    def _non_reason(self, text: str) -> str | None:
        company = str(self.c.data.get("company") or "")
        return reasons.non_reason(text, _non_reasons(self.c.flow), ignore=company)

    def not_a_reason(self, event: EventData) -> bool:
        return self._non_reason(event.kwargs["text"]) is not None

    def refuse_draws(self, event: EventData) -> None:
        kind = self._non_reason(event.kwargs["text"])
        self.c.data[REFUSED] = True
        self.say(f"draws_refused.{kind}")
        self.c.ask()  # the question again, now with a way to move on

    def unshaped(self, event: EventData) -> bool:
        # Slang praise whose meaning is certain is said plainly, never asked about ("their
        # robots are goated" -> "... really impressive"; see ``typed.praise_said``).
        text = typed.praise_said(self._draws_said(event.kwargs["text"]))
        if self._slipped(text):
            return True
        return not self._draws_core(typed.repair(text))

    def _draws_core(self, text: str) -> str:
        """What of a reason typed as chat a sentence can take: the whole when it fits "What
        draws me to X is ...", else its first part when that does and names something ("the
        island timetable app they make" of "the island timetable app they make, used it every
        week ..."), "" when it does not."""
        company = str(self.c.data.get("company") or "")
        if phrases.shapes_as_complement(text, company):
            return text
        # A reason with the example that makes it specific ("..., like the Beacon alert tool
        # they launched"): kept whole when the reason fits and the example has no slip.
        head, _, example = typed.reason_example(text)
        if head and phrases.shapes_as_complement(head, company) and not typed.slips(example):
            return text
        # Its first part only: a later one may lack its subject ("..., used it for 400 days").
        part = phrases.strip_end(phrases.strip_lead(_REASON_PARTS.split(text, maxsplit=1)[0]))
        if typed.slips(part) or not phrases.shapes_as_complement(part, company):
            return ""
        # Enough to say what it is ("your island timetable app"), not just "your app".
        return part if len(phrases.complement(part, company).split()) >= CORE_WORDS else ""

    def _slipped(self, text: str) -> bool:
        """A reason that, with its slips of a known kind mended (see ``typed.repair``), is still
        no clean English and has no phrase beside it that could be said instead, asked about
        once: the line it goes into is one the student will say aloud."""
        if self.c.data.get(RESHAPED):
            return False
        if not unsayable(text) or typed.clean_part(text) or head_before_clause(text):
            return False
        said = typed.repair(text)
        return unsayable(said) and not (typed.clean_part(said) or head_before_clause(said))

    def reshape_draws(self, event: EventData) -> None:
        slipped = self._slipped(event.kwargs["text"])
        self.c.data[REFUSED] = True
        self.c.data[RESHAPED] = True
        # Said exactly why: the words with a slip, or the part no sentence can take as typed.
        text = event.kwargs["text"]
        if slipped:
            self.say("draws_short", slip=typed.slip_named(text))
        else:
            part = _first_part(text)
            company = str(self.c.data.get("company") or "")
            # A first part that fits the sentence but is too short to say what it is ("their
            # podcast"): asked for a few more words about it, not told it does not fit.
            fits = not part.endswith("...") and phrases.shapes_as_complement(part, company)
            self.say("draws_more" if fits else "draws_reshape", part=part)
        self.c.ask()

    def non_answer(self, event: EventData) -> bool:
        return phrases.non_answer(event.kwargs["text"])

    def not_work(self, event: EventData) -> bool:
        """Whether the better fit typed is no kind of work: a non-answer or a person's name."""
        return not_work(event.kwargs["text"])

    def refuse_target(self, event: EventData) -> None:
        refuse_person(self, event.kwargs["text"])
        self.say("target_refused")
        self.c.ask()

    def unsayable_target(self, event: EventData) -> bool:
        # An example of their own work ("In my final year project I made ...") is never the
        # better fit, even asked again; asked once, a phrase is kept (the lines take their
        # forms without it when it cannot be said), never a sentence.
        return not typed.target_taken(event.kwargs["text"], bool(self.c.data.get(TARGET_ASKED)))

    def reshape_target(self, event: EventData) -> None:
        text = event.kwargs["text"]
        if typed.told_as_proof(text):
            # Kept for the proof question ("Use that"), and the kind of work asked for again.
            self.c.data["_target_proof"] = text
            self.say("target_proof")
        elif self.c.data.get(TARGET_ASKED):
            self.say("target_refused")
        else:
            self.say("target_reshape")
        self.c.data[TARGET_ASKED] = True
        self.c.ask()

    def keep_draws(self, event: EventData) -> None:
        self._keep_draws(self._draws_said(event.kwargs["text"]))

    def _draws_said(self, text: str) -> str:
        """What of a reason can go into one spoken line (see ``_draws_said``), after the
        sentences that only lead in to it ("Honestly there are a lot of things. I read about
        ..."; see ``without_lead_in``)."""
        company = str(self.c.data.get("company") or "")
        return _draws_said(without_lead_in(text, _non_reasons(self.c.flow), company))

    def _keep_draws(self, text: str) -> None:
        # A natural answer is taken, and its clean core kept when the whole would not fit (the
        # whole, once its slips of a known kind are mended: the plan mends them again).
        said = typed.repair(typed.praise_said(text))
        core = "" if typed.slips(said) else self._draws_core(said)
        self.c.data["draws"] = text if not core or core == said else core
        self.c.data.pop(REFUSED, None)
        self.c.data.pop(RESHAPED, None)
        self.c.data.pop(NUDGED, None)

    def keep_no_draws(self, event: EventData) -> None:
        self.c.data.pop("draws", None)
        self.c.data.pop(REFUSED, None)
        self.c.data.pop(RESHAPED, None)
        self.c.data.pop(NUDGED, None)

    def keep_company_fit(self, event: EventData) -> None:
        self.c.data["company_fit"] = event.kwargs["value"]

    def keep_role_fit(self, event: EventData) -> None:
        self.c.data["role_fit"] = event.kwargs["value"]
        if self.role_fits(event):
            self.c.data.pop("target", None)

    def keep_target(self, event: EventData) -> None:
        earlier = self.c.data.get("_target_proof")  # typed as an answer before this one
        typed.keep_target(self.c.data, event.kwargs["text"])
        if earlier and not self.c.data.get("_target_proof"):
            self.c.data["_target_proof"] = earlier
        self.c.data.pop(TARGET_ASKED, None)

    def keep_no_target(self, event: EventData) -> None:
        self.c.data.pop("target", None)
        self.c.data.pop("_target_proof", None)

    def role_fits(self, event: EventData) -> bool:
        return int(event.kwargs.get("value", self.c.data.get("role_fit", 0))) >= HIGH

    def lacks_target(self, event: EventData) -> bool:
        return not phrases.work_area(self.c.data.get("target") or "")

    def doubtful(self, event: EventData) -> bool:
        return int(self.c.data.get("company_fit") or HIGH) <= DOUBTFUL

    # -- triage ----------------------------------------------------------------------------

    def suggestion(self) -> str:
        return suggested_path(int(self.c.data["company_fit"]), int(self.c.data["role_fit"]))

    def suggests_go(self, event: EventData) -> bool:
        return self.suggestion() == "go"

    def suggests_pivot(self, event: EventData) -> bool:
        return self.suggestion() == "pivot"

    def suggests_finish(self, event: EventData) -> bool:
        return self.suggestion() == "finish"

    def suggests_practice(self, event: EventData) -> bool:
        return self.suggestion() == "practice"

    def suggest(self, event: EventData | None) -> None:
        summary = self.text("summary")
        if int(self.c.data["role_fit"]) < HIGH:
            summary += "\n" + self.text("summary_target")
        self.c.say_markup(summary)
        self.say(f"suggest.{self.suggestion()}")
        if self.c.data.get("interview_past"):
            self.say("past_hint")


# Where a reason typed as chat breaks into parts: a comma, semicolon, colon, dash, a sentence
# end, or an example begun ("for example", "for instance", "e.g.", "such as", "like when").
_REASON_PARTS = re.compile(
    r"\s*(?:[,;:]|\s[—–-]+\s|[.!?]\s|\b(?:for example|for instance|e\.g\.|such as|"
    r"like when|especially|because|since|and also)\b)\s*",
    re.I,
)


# A place typed after a company's name: "Acme Analytics, Seattle", "Acme Analytics in Seattle",
# "Acme Analytics (Seattle office)", "Acme Analytics - Austin, TX".
_PLACE_AFTER = re.compile(
    r"^(?P<name>.+?)(?:\s*,\s*|\s+[-–—]\s+|\s+\(|\s+(?P<in>in|at|near)\s+)"
    r"(?P<place>[^()]+?)(?:\s+(?:office|offices|branch|campus|hq|headquarters|site|area))?\)?"
    r"\s*[.!]?$",
    re.I,
)


# A company's name typed in a sentence: "it's with Vestas", "at Vestas", "the company is
# Vestas", "interviewing with Vestas", and a description after it ("Vestas, the wind turbine
# company", "Vestas (a wind turbine maker)").
_LEAD_WORD = (
    r"(?:it|its|it'?s|it’s|is|was|were|i|i'?m|i’m|im|am|we|we'?re|we’re|are|my|our|the|an?|"
    r"this|one|had|did|"
    r"interview|interviewing|applying|applied|have|got|will|be|i'?ll|i’ll|going|to|job|role|"
    r"shortlisted|selected)"
)
_COMPANY_LEAD = re.compile(
    # "w" and "w/" are phone shorthand for "with": "its w stripe", "interview w/ Monzo".
    r"^(?:(?:" + _LEAD_WORD + r"\s+){1,5}(?i:with|w/?|at|for)|(?-i:with|w/?|at|for))\s+(?=\S)"
    r"|^(?:(?:" + _LEAD_WORD + r"\s+){0,5})(?i:w/)(?=\S)"
    r"|^(?:the\s+)?(?:company|firm|employer|organi[sz]ation)(?:'s\s+name|\s+name)?\s+(?:is|was)\s+"
    r"(?:called\s+)?(?=\S)"
    r"|^(?:it'?s|it’s|it\s+is|its)\s+(?:called\s+)?(?=[A-Z0-9])",
    re.I,
)
_COMPANY_GLOSS = re.compile(
    r"(?:\s*,\s*|\s+[-–—]\s+|\s+\()(?:the|a|an)\s+[^,()]*?\b(?:company|firm|startup|"
    r"start-up|business|bank|agency|group|maker|manufacturer|brand|retailer|consultancy|"
    r"charity|organi[sz]ation|people|ones?)\)?\s*[.!]?$",
    re.I,
)


_ABBREVIATED = re.compile(r"\b(?:co|inc|ltd|corp|plc|llc|bros|intl|assn)\.$", re.I)


def company_named(text: str) -> str:
    """The company's name in ``text``, typed alone or in a sentence: "Vestas" of "It is with
    Vestas, the wind turbine company", "at vestas", "the company is Vestas"; a day or a time
    typed after it is never part of it ("Stripe" of "its at stripe, tmrw 2pm", "Acme on
    friday", "Northwind next week": the date is asked next). ``text`` tidied when it is the
    name alone."""
    t = " ".join(text.split()).strip()
    name = _COMPANY_LEAD.sub("", t, count=1)
    name = _COMPANY_GLOSS.sub("", dates.when_after(name)[0])
    if name == t:
        return t
    name = name.strip(" ,!")
    if not _ABBREVIATED.search(name):  # "Lumen Outdoor Co." keeps its full stop
        name = name.rstrip(" .")
    return name if looks_like_name(name) else t


def title_case(role: str) -> str:
    """A job title typed all in lower case in title case, when a word of it names a job
    ("ops associate" -> "Ops Associate", "qa engineer" -> "QA Engineer"); small words stay
    small ("head of sales manager" -> "Head of Sales Manager"). A title with any capital typed,
    or no job word, is kept as typed ("Inside sales representative", "data stuff")."""
    if any(c.isupper() for c in role) or not _JOB_WORD.search(role):
        return role
    words = role.split(" ")
    out = [
        w if i and w in _SMALL_WORDS else re.sub(r"^([^\W\d_])", lambda m: m.group(1).upper(), w)
        for i, w in enumerate(words)
    ]
    return phrases.acronyms(" ".join(out))


_JOB_WORD = re.compile(
    r"\b(?:associate|analyst|manager|engineer|coordinator|representative|rep|assistant|officer|"
    r"executive|developer|designer|consultant|specialist|administrator|lead|director|intern|"
    r"trainee|scientist|advisor|adviser|technician|supervisor|architect|strategist)s?$",
    re.I,
)
_SMALL_WORDS = frozenset(
    ("of", "and", "for", "the", "in", "at", "to", "on", "with", "a", "an", "or")
)


def _words(text: str) -> list[str]:
    """The words of ``text``, in lower case, without marks, emoji or spacing."""
    return re.findall(r"\w+", text.casefold())


def looks_like_name(text: str) -> bool:
    """Whether ``text`` can be a company's name: two characters or more, with a letter ("3M",
    "eBay"); a lone number ("2"), a letter or a mark ("?", "-") is not one."""
    t = phrases.strip_end(text.strip())
    return len(t) >= 2 and any(ch.isalpha() for ch in t)


def company_and_place(text: str) -> tuple[str, str]:
    """``text`` (a company's name as typed) as its name and the place typed after it, if any:
    ("Acme Analytics", "Seattle") of "Acme Analytics, Seattle" or "Acme Analytics in Seattle".
    A part after a comma or a dash counts as a place only when it names a city or country
    (``zones.place``: "Paul, Weiss" stays whole); after "in", "at" or "near" it may be any
    name. The place keeps its capitals ("seattle" -> "Seattle"); ("", "") never: without a
    place, the name is the whole text, tidied, less the words of a sentence around it ("it's
    with Vestas, the wind turbine company": see :func:`company_named`)."""
    t = company_named(text)
    match = _PLACE_AFTER.match(t)
    if match is None:
        return t, ""
    name, place = match["name"].strip(" ,"), match["place"].strip(" ,.")
    if not looks_like_name(name) or not looks_like_name(place):
        return t, ""
    if not zones.place(place) and not (match["in"] and match["in"].casefold() == "in"):
        return t, ""
    return name, phrases.proper_name(place) or place


def unsayable(text: str) -> bool:
    """Whether ``text`` (what the student typed) has a grammar slip that no line should hand
    back to be said aloud: one of :func:`typed.slips`, slang (:func:`typed.slang`: "the
    culture slaps"), or a sentence that is not good English (:func:`typed.good_english`: "I
    built Python script for ..."). An empty text is sayable."""
    text = phrases.tidy(text)
    if not text:
        return False
    return bool(typed.slips(text) or typed.slang(text)) or not typed.good_english(text)


# What draws the student, typed as a noun phrase and a clause about it ("your Springboard
# platform which is giving ..."): the noun phrase before the clause.
_BEFORE_CLAUSE = re.compile(r"^(.+?)(?:,\s*|\s+)(?:which|that|who|where)\b", re.I)


def head_before_clause(text: str) -> str:
    """The noun phrase that starts ``text`` before a clause about it ("your Springboard
    platform" of "your Springboard platform which is giving free learning ..., I myself
    done ..."), if it has no slip, names something (2 to 6 words) and is not about the student;
    "" otherwise."""
    match = _BEFORE_CLAUSE.match(phrases.tidy(text))
    if not match:
        return ""
    part = phrases.strip_end(phrases.strip_lead(match.group(1)))
    if not 2 <= len(part.split()) <= 6 or phrases.is_clause(part) or unsayable(part):
        return ""
    if re.search(r"(?i)\b(?:i|me|my|we|our)\b", part):
        return ""
    return part


# Where a paragraph typed as one run-on sentence turns to the student's own story: "... the
# software they develop for energy companies and I use it in my job since three years ...".
_LONG_PARTS = re.compile(r"\s+(?:and|but|so)\s+(?=(?:i|we|my|also)\b)", re.I)


# Where a lead-in ends and the reason it leads to starts: a sentence end, a colon, a dash, or a
# comma before "but" ("So many reasons, but mainly their ..."). A comma alone is no end: "a lot
# of things, like their ..." keeps its example together.
_LEAD_END = re.compile(
    r"^(?P<lead>[^.!?:;]+?)\s*(?:[.!?:;]+\s+|\s[—–-]+\s+|,\s*(?=but\b))(?:but\s+)?(?P<rest>\S.*)$",
    re.I | re.S,
)
# A lead-in the word lists cannot tell (it has a word of its own): "where do I start", "too many
# to list", "hard to pick just one".
_LEAD_IN = re.compile(
    r"^\W*(?:(?:oh|well|ok|okay|so|honestly|hmm|um|wow|man|gosh)\W+)*(?:"
    r"where\s+(?:do\s+i|should\s+i|can\s+i|to|would\s+i)\s+(?:even\s+)?(?:start|begin)"
    r"|(?:there\s+are\s+)?(?:too|so)\s+many\s+to\s+(?:list|count|name|mention)"
    r"|(?:it'?s\s+)?hard\s+to\s+(?:pick|choose|say|name)(?:\s+(?:just\s+)?one)?"
    r")\W*$",
    re.I,
)


def without_lead_in(text: str, rules: reasons.NonReasons, company: str = "") -> str:
    """``text`` without the sentences at its start that say nothing specific and only lead in
    to the reason ("Honestly there are a lot of things.", "So many reasons:", "Where do I
    start?", "Honestly, lots. ..."): a sentence that is no reason by itself (see
    ``reasons.non_reason``) or a lead-in of the kind ``_LEAD_IN`` knows, followed by more. The
    whole when nothing follows, or nothing leads in."""
    text = str(text or "").strip()
    while found := _LEAD_END.match(text):
        lead = found.group("lead")
        if not (_LEAD_IN.match(lead) or reasons.non_reason(lead, rules, ignore=company)):
            break
        text = found.group("rest").strip()
    return text


def _draws_said(text: str) -> str:
    """What of a reason can go into one spoken line: the whole, else, for a paragraph ("I am
    very interesting in the consulting projects for the energetic sector, they make ... and I
    was working in a thesis ..."), only its first part, the one that says what draws them
    (mended and checked after as any answer is; the rest is never pasted)."""
    text = str(text or "").strip()
    if len(text.split()) <= LONG_DRAWS:
        return text
    # A reason with the example that makes it specific, in clean English ("the way you use scan
    # data ..., such as the Lumen triage app you rolled out ..."): the example is the evidence.
    head, _, example = typed.reason_example(text)
    if head and example and not typed.slips(text):
        return text
    first = _REASON_PARTS.split(text, maxsplit=1)[0]
    return first_clause(first)


def clauses_set_apart(text: str) -> tuple[str, bool]:
    """``text`` with a comma before each clause of its own joined by "and", "but" or "so"
    ("... that tracked listener drop-off and we used it ..." -> "... drop-off, and we used it
    ..."), and whether it has one: a sentence that already joins two clauses is said as a
    sentence of its own, never joined to another by one more "and"."""
    found = False

    def comma(match: re.Match[str]) -> str:
        nonlocal found
        found = True
        return (
            "," + match.group()
            if not match.string[: match.start()].endswith(",")
            else match.group()
        )

    return _LONG_PARTS.sub(comma, str(text or "")), found


def first_clause(text: str) -> str:
    """``text`` up to where a second clause of its own starts ("..., and I was working in a
    thesis ..."): the part a spoken line can take of a long answer."""
    return _LONG_PARTS.split(text, maxsplit=1)[0].strip()


# The longest proof said whole (characters): a longer one is a pasted paragraph, said by its
# sentence with the concrete result.
LONG_PROOF = 400
# The most words of that sentence said whole; a longer one is said by its first clause, or the
# first clause with the result.
LONG_PROOF_WORDS = 45
# What makes an example concrete: a figure, or a result said in words.
_RESULT = re.compile(
    r"\d|%|\b(?:cut|cuts|saved|saves|reduced|increased|raised|grew|grown|doubled|tripled|"
    r"halved|won|improved|boosted|lowered|sped|higher|lower|faster|fewer|still\s+uses?d?|"
    r"used\s+by|adopted)\b",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)|\s*\n+\s*")


def proof_said(text: str) -> str:
    """What of an example of the student's work a spoken line can take: the whole, else, for a
    pasted paragraph (over ``LONG_PROOF`` characters), its first sentence with a concrete
    result ("Last spring I built a tracker that cut the stock count from three hours to forty
    minutes."), or its first sentence when none has one; a sentence too long to say in one
    breath by its first clause with the result (the cut of a long what-draws-you answer,
    :func:`first_clause`)."""
    text = str(text or "").strip()
    if len(text) <= LONG_PROOF:
        return text
    sentences = [s.strip() for s in _SENTENCES.split(text) if s.strip()]
    chosen = next((s for s in sentences if _RESULT.search(s)), sentences[0])
    if len(chosen.split()) <= LONG_PROOF_WORDS:
        return chosen
    clauses = [c for c in _LONG_PARTS.split(chosen) if c.strip()]
    clause = next((c for c in clauses if _RESULT.search(c)), clauses[0])
    return phrases.strip_end(clause.strip(" ,;")) + "."


def _first_part(text: str) -> str:
    """The first part of a reason typed as chat ("i love the app" of "i love the app, used it
    for 400 days ..."), at most ``PART_WORDS`` words ("..." after a longer one): the part named
    when it is asked for again."""
    part = phrases.strip_end(phrases.strip_lead(_REASON_PARTS.split(text.strip(), maxsplit=1)[0]))
    words = (part or text.strip()).split()
    return " ".join(words[:PART_WORDS]) + (" ..." if len(words) > PART_WORDS else "")


def _ideal_said(text: str) -> str:
    """What was typed as an ideal every company claims, as "Caring about ... is a good
    instinct" takes it: "their mission" -> "their mission", "I like the culture" -> "the
    culture", "great values tbh" -> "great values"; the company's own ("Acme's mission",
    "their values") is said as it was typed."""
    said = typed.untexted(phrases.strip_end(phrases.tidy(text)))
    said = re.sub(
        r"(?i)^(?:(?:honestly|really|mostly|mainly|probably|just|definitely|actually|basically|"
        r"i\s+think|i\s+guess|i\s+mean|well|um+|hmm+)[,\s]+)+",
        "",
        said,
    )
    said = re.sub(
        r"(?i)^(?:i\s+|we\s+)?(?:really\s+|just\s+)?(?:like|love|admire|appreciate|value)\s+",
        "",
        said,
    )
    said = re.sub(
        r"(?i)^(?:they|it)\s+(?:have|has)\s+(?:an?\s+|the\s+|such\s+an?\s+)?", "their ", said
    )
    said = re.sub(r"(?i)\s+(?:is|are|seems?|looks?)\s+.*$", "", said)
    words = said.split()
    if not words or len(words) > PART_WORDS:
        return "that"
    return phrases.lower_first(" ".join(words))


def not_work(text: str, people: list[str] | None = None) -> bool:
    """Whether ``text``, typed where a team or a kind of work is asked, cannot be one: a
    non-answer ("idk", "x", "asdf", "?") or a person's name ("Mrs. Ana Gómez")."""
    return phrases.non_answer(text) or phrases.names_a_person(text, people or [])


def refuse_person(part: Part, text: str, people: list[str] | None = None) -> None:
    """Say, where a team or a kind of work is asked, that ``text`` reads as a person's name
    (text ``target_person``, declared by ``part``), when it does; the part's own refusal, with
    its example and its way past, follows."""
    if phrases.names_a_person(text, people or []):
        part.say("target_person", said=" ".join(str(text).split())[:80])


def _generic_reasons(flow: Flow) -> reasons.GenericReasons:
    """The flow's words for a reason with nothing specific (see ``reasons.unspecific``)."""
    return reasons.GenericReasons.from_data(flow.content.data.get("generic_reasons", {}))


def _non_reasons(flow: Flow) -> reasons.NonReasons:
    """The flow's word lists for non-reasons (a few hundred words: read when needed)."""
    return reasons.NonReasons.from_data(flow.content.data["non_reasons"])
