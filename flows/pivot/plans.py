"""The four paths after triage: the pivot plan (timing, words, questions, another role, declining)
and the guidance for going for the job, finishing strong, or treating it as practice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any, ClassVar

from transitions.core import EventData

from bot import names
from bot.flow import Flow, Step
from bot.markup import fill, fill_plain
from bot.messages import Choice
from bot.parts import Extras, Part
from bot.patterns import lazy
from flows.pivot import (
    draft_text,
    intake,
    interview,
    note_words,
    people,
    phrases,
    reminders,
    typed,
)

# The paths with a page of guidance of their own (the pivot has its plan).
PATHS = ("go", "finish", "practice")
PROOF_ASKED = "_proof_reshaped"  # set once an example with grammar slips was asked again
# The most words of the better fit a sentence takes where it needs a short noun phrase.
SHORT_WORDS = 5

# Texts each in a form for every case (see plans.yaml), and the values built from them.
LINES = (
    "line.thanks",
    "line.thanks_open",
    "line.fit",
    "line.fit_open",
    "line.fit_team",
    "line.proof",
    "line.proof_own",
    "line.proof_none",
    "line.proof_fix",
    "line.thanks_short",
    "line.ask",
    "line.ask_open",
    "decline.fit",
    "decline.fit_open",
    "decline.fit_team",
    "decline.door",
    "decline.door_open",
    "decline.door_team",
    "decline.keen",
    "decline.neutral",
)
DERIVED_LINES = (
    "line_thanks",
    "line_fit",
    "line_proof",
    "line_ask",
    "decline_fit",
    "decline_door",
    "decline_keen",
)

STEPS = (
    # Arriving saves the interview; drawing the page again (/resume, /back) does not.
    Step("pivot.target", "text", on_enter=("start_pivot",), max_len=200, redraw=()),
    Step(
        "pivot.evidence",
        "text",
        on_enter=("start_pivot",),
        # A pasted paragraph is taken, by its sentence with the result (intake.proof_said).
        max_len=1500,
        redraw=(),
        choices="evidence_choices",
    ),
    Step("pivot.plan", on_enter=("start_pivot", "pivot_plan"), redraw=("pivot_plan",)),
    Step("pivot.questions", on_enter=("path_questions",)),
    Step("pivot.offer"),
    Step("pivot.decline", on_enter=("decline_draft",), choices="decline_choices"),
    Step("plan.go", on_enter=("save_path", "path_plan"), redraw=("path_plan",)),
    Step("plan.finish", on_enter=("save_path", "path_plan"), redraw=("path_plan",)),
    Step("plan.practice", on_enter=("save_path", "path_plan"), redraw=("path_plan",)),
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    # Reached only when no better fit is known: a pivot needs somewhere to steer.
    # "no", "idk", "?", "x", "asdf" are never kept as the better fit or the example ("For
    # example, no."), nor a person's name as the better fit ("Mrs. Ana Gómez").
    *(
        {T: "answer", "source": state, "dest": None, "conditions": condition, "after": after}
        for state, condition, after in (
            ("pivot.target", "not_work", "refuse_target"),
            ("pivot.evidence", "non_answer", "refuse_proof"),
        )
    ),
    {
        T: "answer",
        "source": "pivot.target",
        "dest": None,
        "conditions": "unsayable_target",
        "after": "reshape_target",
    },
    {T: "answer", "source": "pivot.target", "dest": "pivot.evidence", "before": "keep_target"},
    # An example typed with grammar slips ("I have build a app, it help my team") would be
    # handed back to be said aloud: asked once for a short sentence instead.
    {
        T: "answer",
        "source": "pivot.evidence",
        "dest": None,
        "conditions": "proof_unshaped",
        "after": "reshape_proof",
    },
    # The example typed after the better fit ("data analytics, I built ..."), offered here.
    {T: "use", "source": "pivot.evidence", "dest": "pivot.plan", "before": "use_target_proof"},
    {T: "skip", "source": "pivot.target", "dest": "pivot.evidence"},
    {T: "answer", "source": "pivot.evidence", "dest": "pivot.plan", "before": "keep_evidence"},
    {T: "skip", "source": "pivot.evidence", "dest": "pivot.plan", "before": "keep_no_evidence"},
    {
        T: "questions",
        "source": ["pivot.plan", "pivot.offer", "pivot.decline"],
        "dest": "pivot.questions",
    },
    {
        T: "offer",
        "source": ["pivot.plan", "pivot.questions", "pivot.decline"],
        "dest": "pivot.offer",
    },
    {
        T: "decline",
        "source": ["pivot.plan", "pivot.questions", "pivot.offer"],
        "dest": "pivot.decline",
    },
    {
        T: "plan",
        "source": ["pivot.questions", "pivot.offer", "pivot.decline"],
        "dest": "pivot.plan",
    },
    # Internal: stays on the page, schedules a check-in.
    {T: "keep_warm", "source": "pivot.decline", "dest": None, "after": "remind_check_in"},
]


# The word "work" after the kind of work, which "my best work is in ..." says already: "machine
# learning work". Not where "work" is part of the field's name ("social work", "lab work").
_WORK_TWICE = lazy(
    r"(?i)(?<=\w)(?<!\bsocial)(?<!\bcase)(?<!\byouth)(?<!\bfield)(?<!\bcare)(?<!\blab)"
    r"(?<!\bcharity)(?<!\bvoluntary)(?<!\bvolunteer)(?<!\bcommunity)(?<!\bshift)(?<!\bdesk)"
    r"(?<!\bpolice)(?<!\bclinical)(?<!\bteam)(?<!\bpaper)(?<!\badmin)(?<!\bbench)"
    r"(?<!\bgroup)(?<!\bproject)(?<!\bcontract)(?<!\bagency)(?<!\bmetal)(?<!\bwood)"
    r" work(?=\s*(?:[,;]|$))"
)


def _opens(text: str, part: str) -> bool:
    """Whether ``part`` is how ``text`` starts (a phrase before the rest), leading filler
    aside: "their pots" of "their pots, i am using them ..."."""
    return phrases.strip_lead(phrases.tidy(text)).casefold().startswith(part.casefold())


class Plans(Part):
    """What each path tells the user."""

    name = "plans"
    WORDS = "plans"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "ask_proof",
        "ask_proof_team",
        "ask_proof_open",
        "pivot_target_refused",
        "proof_kept",
        "target_person",
        "pivot_target_reshape",
        "pivot_target_proof",
        *(f"path_why.{path}.{form}" for path in PATHS for form in ("fits", "other")),
        "proof_refused",
        "proof_reshape",
        "proof_reshape_article",
        "proof_offer",
        *LINES,
        "pivot.timing",
        "pivot.script",
        *(f"plan.{path}" for path in ("go", "finish", "practice")),
        "questions_intro",
        "pivot.decline_tips",
        "pivot.decline_draft",
        "pivot.decline_pending",
        "pivot.decline_ask",
        "keep_warm_set",
        "keep_warm_set_dated",
        "keep_warm_set_undated",
        "someone_there",
        "the_role_start",
        "plan_spelling",
        "proof_why.article",
        "proof_why.fix",
        "proof_why.other",
    )
    FIELDS = ("evidence", "path")
    # company_in_line: the company as a sentence names it ("the BBC"), for the lines quoted;
    # company_starts: the same opening a sentence ("The BBC").
    DERIVED = (
        "proof_question",
        "proof_offer",
        "company_in_line",
        "company_starts",
        *(f"{path}_why" for path in PATHS),
        *DERIVED_LINES,
    )
    LABELS = ("proof_use", "proof_none")
    BUTTONS = ("use", "skip")
    EXTRAS: ClassVar[Extras] = {
        "proof_offer": ("proof",),
        "target_person": ("said",),
        "proof_kept": ("kept",),
        "line.thanks": ("reason",),
        "line.proof": ("proof",),
        "line.proof_own": ("proof",),
        "line.proof_fix": ("why",),
        "ask_proof_team": ("team",),
        "line.fit_team": ("team",),
        "decline.fit_team": ("team",),
        "decline.door_team": ("team",),
        "proof_why.fix": ("fix",),
        "pivot.decline_pending": ("who", "to"),
        "the_role_start": ("title",),
        "plan_spelling": ("spelling",),
        "keep_warm_set": ("when",),
        "keep_warm_set_dated": ("when",),
        "keep_warm_set_undated": ("when",),
        "proof_reshape": ("slip",),
        "proof_reshape_article": ("slip",),
    }

    @classmethod
    def check(cls, flow: Flow) -> Iterator[str]:
        """Each path's question picks name questions of the bank, whose fields are known."""
        bank = flow.content.data.get("question_bank", {})
        picks = flow.content.data.get("question_picks", {})
        known = names.known_fields(flow)
        for path in ("pivot", "go", "finish", "practice"):
            if path not in picks:
                yield f"content data question_picks has no questions for path {path!r}"
            for pick in picks.get(path, []):
                group, _, name = str(pick).partition(".")
                if name not in bank.get(group, {}):
                    yield f"question_picks.{path}: {pick!r} is not in the question bank"
        for group, questions in bank.items():
            for name, forms in questions.items():
                for template in _forms(forms):
                    yield from names.check_template(f"question {group}.{name}", template, known)

    def derive(self, name: str) -> Any:
        """The script's lines, each in the form that needs only what the student gave. Plain
        text: the template that uses a line escapes it (escaping here would double it)."""
        d = self.c.data
        if name == "company_in_line":  # "What draws me to the BBC is ...", "at the NHS"
            return typed.org_in_sentence(str(d.get("company") or ""))
        if name == "company_starts":  # opening a sentence: "The BBC fits you"
            return phrases.upper_first(typed.org_in_sentence(str(d.get("company") or "")))
        # Only the kind of work goes into "my best work is in ...": a proof typed after it
        # ("data analytics, I built ...") is offered as the proof instead (see keep_target).
        typed_target = self._theirs(typed.said_target(str(d.get("target") or "")))
        target = phrases.work_area(typed.unsplice(typed_target))
        # Where a sentence needs a short noun phrase (the proof question, the decline), the
        # core of the better fit: "data analytics" of "data analytics, ideally on the
        # merchandising or ecommerce side"; too long even so, the form without it.
        short = phrases.work_area(phrases.head(typed_target))
        short = short if len(short.split()) <= SHORT_WORDS else ""
        if name.endswith("_why") and name[: -len("_why")] in PATHS:
            # "The work suits you" only when they rated it so: a path picked over the
            # suggestion says the ratings instead.
            path = name[: -len("_why")]
            fits = path == intake.suggested_path(
                int(d.get("company_fit") or 0), int(d.get("role_fit") or 0)
            )
            return self._line(f"path_why.{path}.{'fits' if fits else 'other'}")
        team = ""
        if name in ("proof_question", "line_fit", "decline_fit", "decline_door"):
            # A better fit typed as a team ("robotics team for the delivery robots") is said as
            # a team, never as a kind of work ("my best work is in robotics team for ...").
            team = draft_text.target_team(typed_target, ())
        if name == "proof_question" and team:
            return self._line("ask_proof_team", team=team)
        if name == "line_fit" and team:
            return self._line("line.fit_team", team=self._yours(team))
        if name in ("decline_fit", "decline_door") and team:
            line = "decline.fit_team" if name == "decline_fit" else "decline.door_team"
            return self._line(line, team=self._yours(team))
        if name == "proof_question":
            return self._line("ask_proof", target=short) if short else self._line("ask_proof_open")
        if name == "proof_offer":
            offered = d.get("_target_proof")
            if not offered or d.get("evidence"):
                return ""
            return self._line("proof_offer", proof=phrases.spoken(str(offered)))
        if name == "line_thanks":
            return self._thanks()
        if name == "line_fit":  # said to the company: "their team" is "your team"
            if re.search(r"(?i)\b(?:stuff|things)\b", str(d.get("target") or "")):
                # "music data stuff" is "music data work", but "my best work is in music data
                # work" says "work" twice: "my best work is in music data".
                target = re.sub(r"(?<=\w) work\b", "", target, count=1)
            # "machine learning work", "research work" typed: "my best work is in machine
            # learning", never "work" twice; a field named by its work stays ("social work").
            target = _WORK_TWICE.sub("", target, count=1)
            # "UX research / design": a slash is never read aloud ("UX research and design").
            target = phrases.spoken_slashes(target)
            return (
                self._line("line.fit", target=self._said(target))
                if target
                else self._line("line.fit_open")
            )
        if name == "line_proof":
            # A slip whose meaning is certain is written as meant ("since 2 years" -> "for 2
            # years"): only what cannot be mended is left for the student to say.
            evidence = typed.actions_told(typed.repair(self._theirs(str(d.get("evidence") or ""))))
            if intake.unsayable(evidence):  # never handed back to be said with its slips
                return self._line("line.proof_fix", why=self._proof_why(evidence))
            kind, words = phrases.proof(typed.unsplice(evidence))
            # "For example" never twice in one line: an example inside it is "including ...".
            words = re.sub(r"(?i)(?<=\w),\s+for example,\s+(?=\w)", ", including ", words)
            # A second clause of its own gets its comma ("... drop-off, and we used it ...").
            words = intake.clauses_set_apart(words)[0]
            if not words:
                return self._line("line.proof_none")
            # "For example" never twice in a row: the line before gives one already.
            if kind == "own" or not target or _EXAMPLE.search(target):
                # "For example" only after a line naming the work it is an example of.
                return self._line("line.proof_own", proof=phrases.upper_first(words))
            return self._line("line.proof", proof=words)
        if name == "line_ask":
            return self._line("line.ask" if target else "line.ask_open")
        if name == "decline_keen":  # no interest claimed that the student never expressed
            return self._line("decline.neutral" if draft_text.lukewarm(d) else "decline.keen")
        if name in ("decline_fit", "decline_door"):
            # The kind of work, which fits "closer to" (never a team name): the reason, and
            # the door left open for it ("any role that opens up closer to data analysis"); with
            # none known, the draft asks the student to name it, never "closer to that".
            whole = phrases.work_area(phrases.work(typed_target))
            kind = whole
            if len(kind.split()) > SHORT_WORDS:
                # "policy and regulatory work in the energy sector for a regulator": said by
                # the work before its first "in", "for", "at" ... ("policy and regulatory
                # work"), never dropped for the open form when the student named it.
                kind = _PLACE_TAIL.sub("", kind)
                if len(kind.split()) < 2 and kind.endswith("ing"):
                    kind = ""  # "working" of "working with data to help ...": no kind named
            if not kind or len(kind.split()) > SHORT_WORDS:
                # "building simulation tools that help the robots ...", "working on the
                # simulation side where they test ...": the work before what is said of it.
                cut = _RELATIVE_TAIL.sub("", whole).strip(" ,;")
                if len(cut.split()) > SHORT_WORDS:
                    cut = _PLACE_TAIL.sub("", cut)
                kind = cut if 2 <= len(cut.split()) <= SHORT_WORDS else kind
            kind = kind if len(kind.split()) <= SHORT_WORDS else ""
            line = "decline.fit" if name == "decline_fit" else "decline.door"
            return self._line(line, target=self._said(kind)) if kind else self._line(f"{line}_open")
        return None

    def _thanks(self) -> str:
        """The thank-you line, with what draws the student after "What drew me here is": a
        comma splice joined ("..., which helps ..."); a clause with grammar slips never said
        as typed, but by the noun phrase typed beside it ("your pots feature"), else mended
        where its slips are of a known kind (see ``typed.repair``), else left for the student
        to finish in a short phrase."""
        d = self.c.data
        company = str(d.get("company") or "")
        # Shorthand written out first ("ur streak feature, it got me thru ..."): what it
        # stands for is certain, so it never makes the whole look unsayable and get cut to a
        # part that drops the reason.
        draws = typed.praise_said(phrases.written(self._theirs(str(d.get("draws") or ""))))
        # "your company because ..., and my senior told it is best": their own reason only.
        draws = note_words.own_reason(draws)
        if not draws:
            return self._line("line.thanks_open")
        # "I'm impressed by X, <what it is>, I did ...": the object of the feeling, then the
        # student's own experience as its own clause ("X, <what it is>: I did ...").
        felt = typed.felt_and_done(typed.repair(draws), company)
        if felt:
            reason = phrases.company_addressed(typed.names_as_written(felt, company), company)
            return self._line("line.thanks", reason=typed.sentences_capitalised(reason))
        if intake.unsayable(draws):
            # "the X platform which is giving free learning to lakhs of students, for example
            # my cousin has done many course": the example is what has the slip, so the reason
            # before it is said, mended, and only the example is left out.
            before = _EXAMPLE_TAIL.split(typed.repair(draws), maxsplit=1)[0].strip(" ,;")
            if before != typed.repair(draws) and not intake.unsayable(before):
                draws = before
        if intake.unsayable(draws):
            # A clean noun phrase typed beside the slip is said instead ("your pots feature");
            # else the slips of a known kind are mended ("i like there AI platform topaz very
            # much and i used it ..." -> "your AI platform, Topaz, which I used ..."); only
            # what still has a slip is left for the student to finish. A phrase that only
            # opens the answer is never said alone when the whole, mended, is clean: the rest
            # carries the reason ("their pots, i am using them since 2 years and they helped
            # me ..." -> "your pots, which I have been using for 2 years and which helped me").
            part = typed.clean_part(draws) or intake.head_before_clause(draws)
            if part and _opens(draws, part) and not intake.unsayable(typed.repair(draws)):
                part = ""
            if not part and intake.unsayable(typed.repair(draws)):
                mended = typed.repair(draws)
                part = typed.clean_part(mended) or intake.head_before_clause(mended)
                if not part:
                    return self._line("line.thanks_short")
            if part:
                draws = typed.said_to_company(part)
        # The company named as the student writes it: "that Infosys puts ...", never "that
        # infosys" (a clause's first word is lower-cased when it is an ordinary word).
        reason = typed.names_as_written(typed.said_reason(draws, company), company)
        # "the app" said to the company that makes it is "your app".
        reason = typed.said_to_company_kind(typed.sentences_capitalised(reason))
        reason = typed.example_said(reason)
        # Said to its own people, the company acting is "you": "the way Verdant Grid shares its
        # forecasts" -> "the way you share your forecasts".
        reason = phrases.company_addressed(reason, company)
        return (
            self._line("line.thanks", reason=reason) if reason else self._line("line.thanks_open")
        )

    def _proof_why(self, evidence: str) -> str:
        """Why an example is not said in the plan: a noun without its article, a slip whose
        fix is certain (the fix named, never the slip), or words that would not sound right."""
        if not typed.slips(evidence) and typed.missing_article(evidence):
            return self.template("proof_why.article")
        known = typed.fixes(evidence)
        if known:
            return fill_plain(self.template("proof_why.fix"), fix=known[0][1])
        return self.template("proof_why.other")

    def _theirs(self, text: str) -> str:
        """What the student typed, to be said aloud: no vague tail ("stuff like that", "etc."),
        and the company's name as it is written everywhere else ("bbc sounds" -> "BBC
        sounds", "thames" of Thames Water -> "Thames") where they typed it in lower case."""
        text = typed.untexted(phrases.without_fillers(phrases.without_vague(text)))
        return typed.names_as_written(text, str(self.c.data.get("company") or ""))

    @staticmethod
    def _yours(team: str) -> str:
        """A team of the company's, said to its people: "the robotics team" -> "your robotics
        team"; a team named with another word before it ("Sam's team") as it is."""
        return re.sub(r"^the\s+", "your ", team, count=1, flags=re.I)

    def _said(self, words: str) -> str:
        """The better fit as said to the company's people: only what is plainly theirs becomes
        "your" ("their data team"); "why they quit" keeps its "they", who are someone else
        (see ``phrases.company_as_you``)."""
        return phrases.company_as_you(words, self.c.data.get("company") or "")

    def _line(self, name: str, /, **extra: str) -> str:
        """The text ``name`` filled, the company named as a sentence says it ("how the BBC
        works"); a text that opens with the company starts with a capital ("The BBC and ...")."""
        values = self.c.values()
        values["company"] = typed.org_in_sentence(str(values.get("company") or ""))
        values.update(extra)
        template = self.template(name)
        said = fill_plain(template, values)
        return phrases.upper_first(said) if template.startswith("{company}") else said

    def keep_target(self, event: EventData) -> None:
        earlier = self.c.data.get("_target_proof")  # typed as an answer before this one
        typed.keep_target(self.c.data, event.kwargs["text"])
        if earlier and not self.c.data.get("_target_proof"):
            self.c.data["_target_proof"] = earlier
        self.c.data.pop(intake.TARGET_ASKED, None)

    def unsayable_target(self, event: EventData) -> bool:
        # An example of their own work ("In my final year project I made ...") is never the
        # better fit, even asked again; asked once, a phrase is kept (the lines take their
        # forms without it when it cannot be said), never a sentence.
        return not typed.target_taken(
            event.kwargs["text"], bool(self.c.data.get(intake.TARGET_ASKED))
        )

    def reshape_target(self, event: EventData) -> None:
        text = event.kwargs["text"]
        if typed.told_as_proof(text):
            # Kept for the proof question ("Use that"), and the kind of work asked for again.
            self.c.data["_target_proof"] = text
            self.say("pivot_target_proof")
        elif self.c.data.get(intake.TARGET_ASKED):
            self.say("pivot_target_refused")
        else:
            self.say("pivot_target_reshape")
        self.c.data[intake.TARGET_ASKED] = True
        self.c.ask()

    def evidence_choices(self) -> list[Choice]:
        """ "Use that" when a proof came with the better fit, and "I can't think of one yet"."""
        skip = self.button(self.label("proof_none"), "skip")
        if self.c.data.get("_target_proof"):
            return [self.button(self.label("proof_use"), "use"), skip]
        return [skip]

    def use_target_proof(self, event: EventData) -> None:
        self.c.data["evidence"] = self.c.data.get("_target_proof") or ""

    def proof_unshaped(self, event: EventData) -> bool:
        if self.c.data.get(PROOF_ASKED):
            return False
        return intake.unsayable(typed.repair(intake.proof_said(event.kwargs["text"])))

    def reshape_proof(self, event: EventData) -> None:
        self.c.data[PROOF_ASKED] = True
        typed_text = intake.proof_said(event.kwargs["text"])
        text = typed.repair(typed_text)
        # Said exactly why: the words that could not be used, and the shape wanted instead.
        article = not typed.slips(text) and typed.missing_article(text)
        slip = first_slip(text) if article else typed.slip_named(typed_text)
        self.say("proof_reshape_article" if article else "proof_reshape", slip=slip)
        self.c.ask()

    def non_answer(self, event: EventData) -> bool:
        return phrases.non_answer(event.kwargs["text"])

    def not_work(self, event: EventData) -> bool:
        return intake.not_work(event.kwargs["text"])

    def refuse_target(self, event: EventData) -> None:
        intake.refuse_person(self, event.kwargs["text"])
        self.say("pivot_target_refused")
        self.c.ask()

    def refuse_proof(self, event: EventData) -> None:
        self.say("proof_refused")
        self.c.ask()

    def keep_evidence(self, event: EventData) -> None:
        typed_text = str(event.kwargs["text"]).strip()
        kept = intake.proof_said(typed_text)
        self.c.data["evidence"] = kept
        self.c.data.pop(PROOF_ASKED, None)
        if kept != typed_text:  # a pasted paragraph: what was kept, and how to change it
            self.say("proof_kept", kept=kept)

    def keep_no_evidence(self, event: EventData) -> None:
        self.c.data.pop("evidence", None)

    def start_pivot(self, event: EventData | None) -> None:
        interview.save(self.c, "pivot")

    def save_path(self, event: EventData | None) -> None:
        interview.save(self.c, self.c.state.split(".", 1)[1])

    def pivot_plan(self, event: EventData | None) -> None:
        self.say("pivot.timing")
        self.say("pivot.script")
        self._spelling(("role", "draws", "target", "evidence"))

    def _spelling(self, fields: tuple[str, ...]) -> None:
        """One line naming the words typed into ``fields`` that look misspelled ("“analitics”",
        "“Asociate”"), which the page above uses as typed; nothing when there is none. The
        company's name is never named."""
        keep = [str(self.c.data.get("company") or "")]
        found: list[str] = []
        for field in fields:
            answer = str(self.c.data.get(field) or "")
            if field == "role":  # as the lines say it: a name in brackets after it is not said
                answer = phrases.role_name(answer)
            # Only words the lines use: slang said plainly ("goated", "sooo") is not there.
            elif field == "draws":
                answer = typed.praise_said(answer)
            elif field == "target":
                answer = typed.fit_written(answer)
            else:
                answer = typed.unslanged(answer)
            for word in phrases.misspelled(answer, keep, title=field == "role"):
                if word.casefold() in typed.INFORMAL:
                    continue  # "collabs", "comms": informal, not misspelled
                if word.casefold() not in (w.casefold() for w in found):
                    found.append(word)
        if found:
            self.say("plan_spelling", spelling=", ".join(f"“{word}”" for word in found))

    def path_plan(self, event: EventData | None) -> None:
        self.say(f"plan.{self.c.state.split('.', 1)[1]}")
        self.path_questions(event)

    def path_questions(self, event: EventData | None) -> None:
        """Five questions from the bank, chosen for this path (company-map first for a pivot)."""
        path = self.c.data.get("path", "pivot")
        bank = self.c.flow.content.data["question_bank"]
        picks = self.c.flow.content.data["question_picks"][path]
        values = self.c.values()
        values["target"] = self._said(values["target"])  # asked of the interviewer
        values["company"] = typed.org_in_sentence(str(values.get("company") or ""))
        lines = []
        for pick in picks:
            group, name = pick.split(".")
            forms = _forms(bank[group][name])
            # The first form whose values are all known: no question with a gap in it.
            usable = [f for f in forms if all(values[n] for n in names.fields_of(f))]
            lines.append("- " + fill(usable[0] if usable else forms[-1], values))
        self.c.say_markup(self.text("questions_intro") + "\n" + "\n".join(lines))

    def decline_draft(self, event: EventData | None) -> None:
        self.say("pivot.decline_tips")
        warning = self._pending_warning()
        if warning:
            self.say("pivot.decline_pending", **warning)
        self.say("pivot.decline_draft")
        # No better fit known: asked for, never "that". One the student gave is never asked
        # for again, even where the draft cannot take it in a few words.
        open_door = self.derive("decline_door") == self._line("decline.door_open")
        if open_door and not str(self.c.data.get("target") or "").strip():
            self.say("pivot.decline_ask")
        self._spelling(("role", "target"))

    def _pending_warning(self) -> dict[str, str] | None:
        """Who met at this interview, or at another one with the same company (an earlier
        round), still owes an introduction (and to whom), if anyone: the withdrawal should wait
        for it, as the decline draft's recipient picker warns."""
        interview_id = self.c.data.get("interview_id")
        company = str(self.c.data.get("company") or "").casefold()
        for person in self.c.records("contacts"):
            same = person["interview_id"] == interview_id and interview_id
            if not same and str(person["organisation"] or "").casefold() != company:
                continue
            pending = people.pending_introductions(self.c, person["id"])
            if pending:
                who = str(person["name"] or "")
                if not who and person["title"]:
                    who = fill_plain(self.template("the_role_start"), title=person["title"])
                who = who or phrases.upper_first(self.template("someone_there"))
                to = str(pending[0].get("to_name") or self.template("someone_there"))
                return {"who": who, "to": to}
        return None

    def decline_choices(self) -> list[Choice]:
        """The decline page's buttons, less "Remind me to check in in 3 months" once a check-in
        about this interview is set (by that button, or with the people met at the debrief)."""
        set_already = bool(
            self.c.records(
                "followups",
                kind="keep_warm",
                status=reminders.OPEN,
                interview_id=self.c.data.get("interview_id"),
            )
        )
        return [
            Choice(label, value)
            for label, value in self.c.flow.content.state(self.c.state).get("choices", [])
            if not (value == "keep_warm" and set_already)
        ]

    def remind_check_in(self, event: EventData) -> None:
        interview_id = self.c.data.get("interview_id")
        # Three months from the interview's day, not from the day the plan was made.
        due = reminders.keep_warm_due(self.c, self.c.data.get("interview_date"))
        reminders.schedule_keep_warm(self.c, due, interview_id)
        # The day it falls on, moved off a weekend as the reminder is.
        day = reminders.local(self.c, reminders.on_business_day(self.c, due)).date()
        # The day on the student's own calendar: "Wednesday 24 February" (its year when it is
        # not this year's).
        this_year = day.year == reminders.today(self.c).year
        said = day.strftime("%A %-d %B" if this_year else "%A %-d %B %Y")
        # Before the interview nobody has been met yet: the check-in is with the people the
        # student will meet there, named at the debrief (each then gets one of their own).
        ahead = self._interview_ahead()
        if ahead is None:
            self.say("keep_warm_set", self.c.choices(), when=said)
        else:
            self.say(f"keep_warm_set_{ahead}", self.c.choices(), when=said)

    def _interview_ahead(self) -> str | None:
        """Whether the interview of this plan is still to come with nobody met yet: "dated"
        (its day is after today), "undated" (not scheduled yet), or None (it has taken place,
        or someone met there is saved)."""
        interview_id = self.c.data.get("interview_id")
        if interview_id and self.c.records("contacts", interview_id=interview_id):
            return None
        held = self.c.data.get("interview_date")
        if held:
            return "dated" if date.fromisoformat(str(held)) > reminders.today(self.c) else None
        return None if self.c.data.get("interview_past") else "undated"


# The words of a typed answer that could not be used, named when it is asked for again.
first_slip = typed.first_slip


# Where a kind of work goes on to say where or for whom: " in the energy sector for ...".
_PLACE_TAIL = re.compile(r"\s+(?:in|at|for|on|with|within|across|around|of|from)\s+.*$", re.I)

# What a kind of work goes on to say of itself: " that help the robots ...", " where they ...".
_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who|where|so\s+that|to\s+help)\s+.*$", re.I)

# An example already given in the line: "for example making chatbots", "e.g.", "such as".
_EXAMPLE = re.compile(r"\b(?:for example|for instance|e\.g\.|such as)\b", re.I)


# Where an example of what drew the student starts: ", for example", "; e.g.".
_EXAMPLE_TAIL = re.compile(r"(?i)[,;]?\s+(?:for\s+example|for\s+instance|e\.g\.?)(?=[\s,])")


def _forms(question: str | list[str]) -> list[str]:
    """A bank question's forms, most specific first."""
    return [question] if isinstance(question, str) else list(question)
