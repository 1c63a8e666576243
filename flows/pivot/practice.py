"""Rehearsal: the bot plays the interviewer, reacts to each answer, scores it with the rubric,
and shows progress per element, until the pivot is what comes out under pressure.

With a language model configured (``Practice.with_model``), each typed answer is first shown to
the model judge and the model interviewer by ``consult_model``, the step's ``prepare`` method,
which the engine awaits before its transaction; ``score_answer`` then uses what it prepared,
and the rules for anything it could not.

Without a practised interview, the menu path asks for a company, a role, the better fit, what
draws the student and their proof, so the judge has the same context as after an intake. Each
answer is read once (``scoring.analyse``) for its score, its feedback and what the interviewer
hears; progress compares answers given for the same interview.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, cast

from transitions.core import EventData

from bot.flow import Flow, Step
from bot.markup import fill, to_plain
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import interview, interviewer, phrases, reasons, setup_words
from flows.pivot.feedback import (
    coach_note,
    keeps_as_is,
    pasted_version,
    said_points,
    stronger_parts,
)
from flows.pivot.intake import HIGH, _non_reasons, company_named, proof_said, without_lead_in
from flows.pivot.judge import Judged
from flows.pivot.rubric import BAND_LIST, ELEMENTS, MAX_TOTAL, SHORT_NAMES, band_for
from flows.pivot.scoring import Analysis, Context, Score, analyse, rules, rules_doc

if TYPE_CHECKING:  # the model's modules are imported only when a model is configured
    from flows.pivot.interviewer_model import ModelInterviewer
    from flows.pivot.judge_model import ModelJudge

STEPS = (
    Step("rehearse.company", "text", max_len=120),
    Step("rehearse.role", "text", max_len=120),
    Step("rehearse.target", "text", max_len=200),
    Step("rehearse.draws", "text", max_len=600),
    # A pasted paragraph is taken, by its sentence with the result (intake.proof_said).
    Step("rehearse.evidence", "text", max_len=1500),
    Step("rehearse.persona", choices="persona_choices"),
    Step("rehearse.turn", "text", on_enter=("show_line",), max_len=2000),
    Step("rehearse.feedback", on_enter=("show_feedback",)),
    Step("rehearse.done", on_enter=("show_progress",)),
)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    # From anywhere: straight to choosing an interviewer, or first a few details to play with.
    {T: "rehearse", "source": "*", "dest": "rehearse.persona", "conditions": "has_context"},
    {T: "rehearse", "source": "*", "dest": "rehearse.company", "unless": "has_context"},
    # "no", "nothing", "idk", "?" typed to a question of the practice's own are never kept as
    # an answer ("What draws me to X is nothing"): asked again, with an example.
    {
        T: "answer",
        "source": [
            "rehearse.company",
            "rehearse.role",
            "rehearse.target",
            "rehearse.draws",
            "rehearse.evidence",
        ],
        "dest": None,
        "conditions": "non_answer",
        "after": "ask_with_example",
    },
    # A non-reason ("they replied to my application", "idk tbh they replied 2 my app", "the
    # pay"): never said as "What draws me to X is ...", asked again with an example, as the
    # intake does (see ``reasons.non_reason``).
    {
        T: "answer",
        "source": "rehearse.draws",
        "dest": None,
        "conditions": "not_a_reason",
        "after": "ask_with_example",
    },
    # A person's name is no kind of work ("Mrs. Ana Gómez"): asked again, saying so.
    {
        T: "answer",
        "source": "rehearse.target",
        "dest": None,
        "conditions": "names_a_person",
        "after": "ask_with_example",
    },
    {T: "answer", "source": "rehearse.company", "dest": "rehearse.role", "before": "new_context"},
    {T: "answer", "source": "rehearse.role", "dest": "rehearse.target", "before": "keep_role"},
    {T: "answer", "source": "rehearse.target", "dest": "rehearse.draws", "before": "keep_target"},
    {T: "skip", "source": "rehearse.target", "dest": "rehearse.draws", "before": "keep_no_target"},
    # What draws them and their proof: the judge needs the same details as after an intake.
    {T: "answer", "source": "rehearse.draws", "dest": "rehearse.evidence", "before": "keep_draws"},
    {T: "skip", "source": "rehearse.draws", "dest": "rehearse.evidence", "before": "keep_no_draws"},
    {
        T: "answer",
        "source": "rehearse.evidence",
        "dest": "rehearse.persona",
        "before": "keep_evidence",
    },
    {
        T: "skip",
        "source": "rehearse.evidence",
        "dest": "rehearse.persona",
        "before": "keep_no_evidence",
    },
    *(
        {T: p, "source": "rehearse.persona", "dest": "rehearse.turn", "before": "start_round"}
        for p in interviewer.PERSONAS
    ),
    {T: "answer", "source": "rehearse.turn", "dest": "rehearse.feedback", "before": "score_answer"},
    {T: "stop", "source": ["rehearse.turn", "rehearse.feedback"], "dest": "rehearse.done"},
    {
        T: "next",
        "source": "rehearse.feedback",
        "dest": "rehearse.turn",
        "conditions": "has_next_line",
        "before": "advance_line",
    },
    # The round's last answer in the "start again" band: that line once more before it closes
    # (once; a retry the student asked for counts), never the summary straight after it.
    {
        T: "next",
        "source": "rehearse.feedback",
        "dest": "rehearse.turn",
        "conditions": "owes_retry",
        "before": "retry_before_closing",
    },
    {T: "next", "source": "rehearse.feedback", "dest": "rehearse.done", "unless": "has_next_line"},
    {T: "retry", "source": "rehearse.feedback", "dest": "rehearse.turn", "before": "retry_line"},
    {T: "stronger", "source": "rehearse.feedback", "dest": None, "after": "show_stronger"},
    {T: "switch", "source": ["rehearse.feedback", "rehearse.done"], "dest": "rehearse.persona"},
    {T: "again", "source": "rehearse.done", "dest": "rehearse.persona"},
]

ELEMENT_NAMES: dict[str, str] = SHORT_NAMES
# The pivot plan's script (plans.py), which a canned recital may repeat, and the "line" it was
# said to: none, so every interviewer line is another one.
SCRIPT_LINES = ("line_thanks", "line_fit", "line_proof", "line_ask")
PLAN_LINE = ""
# With a model configured, these states' answers are prepared by this method (``Step.prepare``).
PREPARE = {"rehearse.turn": "consult_model"}
# With a model configured, these texts (the core's) end with where answers go.
NOTICED = ("help", "mydata")


@dataclass(frozen=True)
class Consulted:
    """What the model made of one answer, prepared before the engine's transaction."""

    answer: str
    line: str
    at: tuple[int, int]  # (round, turn) it was prepared for
    judged: Judged
    next_line: str | None  # the model's checked line, else the rule-based one; None: round over
    reading: Analysis  # the rules' one reading of the answer, kept for the feedback


class Practice(Part):
    """The role-play: one round is an opening line and a few reactive turns."""

    name = "rehearsal"
    WORDS = "practice"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "persona_intro_first",
        "persona_intro_again",
        "interviewer_says",
        "retry_intro",
        "retry_before_closing",
        "stronger_intro",
        "round_empty",
        "round_summary",
        "progress_intro",
        "progress_kept",
        "progress_same",
        "model_notice",
        *(f"rh_{field}_needed" for field in ("company", "role", "target", "draws", "evidence")),
        "target_person",
        "proof_kept",
    )
    LABELS = (*(f"persona_{p}" for p in interviewer.PERSONAS), "main_menu")
    FIELDS = ("company", "role", "target", "draws", "evidence")
    DERIVED = ("persona_intro", "model_host")
    EXTRAS: ClassVar[Extras] = {
        "interviewer_says": ("who", "turn"),
        "round_summary": ("scores", "best"),
        "progress_intro": ("count",),
        "progress_kept": ("names",),
        "progress_same": ("names",),
        "target_person": ("said",),
        "proof_kept": ("kept",),
    }
    BUTTONS = (*interviewer.PERSONAS, "menu")
    # Set by ``with_model`` when a language model is configured (PIVOTBOT_LLM_*); None: rules only.
    model_judge: ClassVar[ModelJudge | None] = None
    model_interviewer: ClassVar[ModelInterviewer | None] = None
    model_host: ClassVar[str | None] = None

    @classmethod
    def with_model(cls, judge: ModelJudge, asker: ModelInterviewer, host: str) -> type[Practice]:
        """This part, configured for a language model: the same states, table and words, with
        ``consult_model`` preparing each answer to the interviewer (``PREPARE``) and the
        ``model_notice`` said after ``help`` and ``/mydata`` (``NOTICED``), naming ``host``."""
        steps = tuple(
            replace(step, prepare=PREPARE[step.name]) if step.name in PREPARE else step
            for step in cls.STEPS
        )
        settings: dict[str, Any] = {
            "__doc__": cls.__doc__,
            "__module__": cls.__module__,
            "STEPS": steps,
            "POSTSCRIPTS": dict.fromkeys(NOTICED, ("model_notice",)),
            "model_judge": judge,
            "model_interviewer": asker,
            "model_host": host,
        }
        return cast("type[Practice]", type(cls.__name__, (cls,), settings))

    @classmethod
    def check(cls, flow: Flow) -> Iterator[str]:
        """Every persona has a button label and its lines (rehearsal.yaml), and content names
        no persona the interviewer cannot play: a persona half added fails here, not mid-round."""
        cast = rules_doc().get("interviewer", {}).get("personas", {})
        for persona in interviewer.PERSONAS:
            lines = cast.get(persona) or {}
            for key in ("openings", "curveballs", "turns"):
                if not lines.get(key):
                    yield f"persona {persona!r} has no {key} in rehearsal.yaml"
        for persona in sorted(set(cast) - set(interviewer.PERSONAS)):
            yield f"rehearsal.yaml has lines for persona {persona!r} that the rehearsal does not offer"
        for name in sorted(flow.content.labels):
            persona = name.removeprefix("persona_")
            if name.startswith("persona_") and persona not in interviewer.PERSONAS:
                yield f"label {name!r} is for persona {persona!r} that the rehearsal does not offer"
        if cls.model_judge is not None:  # the model's prompts and quote checks (judge.yaml)
            from flows.pivot import judge_model

            yield from judge_model.problems()

    def has_context(self, event: EventData) -> bool:
        return bool(self.c.data.get("company"))

    def new_context(self, event: EventData) -> None:
        """Practice without an interview: a fresh company, role and target to play with."""
        interview.begin(self.c)
        # The name only: "Brightwell Foods, is a company of ..." is said as "Brightwell Foods".
        # ... and without the words of a sentence around it ("its w stripe": see
        # ``intake.company_named``).
        typed = setup_words.company_name(company_named(event.kwargs["text"]))
        self.c.data["company"] = phrases.proper_name(typed) or typed
        # Its answers are compared with each other, not with another interview's.
        self.c.data["practice_since"] = int(self.c.data.get("rounds", 0))

    def non_answer(self, event: EventData) -> bool:
        return phrases.non_answer(event.kwargs["text"])

    def names_a_person(self, event: EventData) -> bool:
        return phrases.names_a_person(event.kwargs["text"])

    def ask_with_example(self, event: EventData) -> None:
        """The question of this step asked again, after a line with an example of an answer
        (text ``rh_<field>_needed``, field being the step's name after "rehearse.")."""
        field = self.c.state.removeprefix("rehearse.")
        if field == "target" and phrases.names_a_person(event.kwargs["text"]):
            self.say("target_person", said=" ".join(str(event.kwargs["text"]).split())[:80])
        self.say(f"rh_{field}_needed")
        self.c.ask()

    def keep_role(self, event: EventData) -> None:
        self.c.data["role"] = event.kwargs["text"]

    def keep_target(self, event: EventData) -> None:
        self.c.data["target"] = event.kwargs["text"]

    def keep_no_target(self, event: EventData) -> None:
        self.c.data.pop("target", None)

    def not_a_reason(self, event: EventData) -> bool:
        company = str(self.c.data.get("company") or "")
        return (
            reasons.non_reason(event.kwargs["text"], _non_reasons(self.c.flow), company) is not None
        )

    def keep_draws(self, event: EventData) -> None:
        # Without a lead-in that says nothing ("Honestly there are a lot of things. ...").
        company = str(self.c.data.get("company") or "")
        text = without_lead_in(event.kwargs["text"], _non_reasons(self.c.flow), company)
        self.c.data["draws"] = text

    def keep_no_draws(self, event: EventData) -> None:
        self.c.data.pop("draws", None)

    def keep_evidence(self, event: EventData) -> None:
        typed_text = str(event.kwargs["text"]).strip()
        kept = proof_said(typed_text)
        self.c.data["evidence"] = kept
        if kept != typed_text:  # a pasted paragraph: what was kept, and how to change it
            self.say("proof_kept", kept=kept)

    def keep_no_evidence(self, event: EventData) -> None:
        self.c.data.pop("evidence", None)

    def context(self, last_line: str = "") -> Context:
        """The judge's context for an answer to ``last_line``, with what this round has said so
        far (``Context.earlier``: answers and stronger versions, each with its line)."""
        d = self.c.data
        said = (d.get("rh") or {}).get("said") or []
        earlier = tuple((str(line), str(text)) for line, text in said)
        script = self.plan_script()
        return Context(
            company=d.get("company", ""),
            role=d.get("role", ""),
            target=d.get("target", ""),
            draws=d.get("draws", ""),
            evidence=d.get("evidence", ""),
            last_line=last_line,
            earlier=((PLAN_LINE, script), *earlier) if script else earlier,
        )

    def plan_script(self) -> str:
        """The pivot plan's script, as the plan showed it ("" without a pivot plan): said to no
        interviewer line, so an answer that recites it to a line it does not answer is a canned
        recital (``Context.earlier``), while a first answer that uses it answers the opening."""
        if self.c.data.get("path") != "pivot":
            return ""
        lines = (self.c.derive(name) for name in SCRIPT_LINES)
        return " ".join(str(line).strip() for line in lines if line)

    def role_fits(self) -> bool:
        """Whether the intake says the role itself fits: the path is to finish strong or go for
        the job, or the role was rated high. No honest word about fit is wanted then."""
        d = self.c.data
        if d.get("path") in ("go", "finish"):
            return True
        try:
            return int(d.get("role_fit") or 0) >= HIGH
        except (TypeError, ValueError):
            return False

    def derive(self, name: str) -> Any:
        if name == "persona_intro":
            again = "again" if self.c.data.get("rounds") else "first"
            return self.template(f"persona_intro_{again}")
        if name == "model_host":
            return self.model_host
        return None

    def persona_choices(self) -> list[Choice]:
        buttons = [self.choice(f"persona_{p}", p) for p in interviewer.PERSONAS]
        return [*buttons, self.choice("main_menu", "menu")]

    # -- a round --------------------------------------------------------------------------

    def start_round(self, event: EventData) -> None:
        persona = event.event.name
        rounds = int(self.c.data.get("rounds", 0)) + 1
        self.c.data["rounds"] = rounds
        # The rounds played for this interview (or this company, practised without one): the
        # progress summary compares only their answers, whatever came between.
        practising = [
            self.c.data.get("interview_id"),
            phrases.strip_end(self.c.data.get("company", "")),
        ]
        if self.c.data.get("practising") != practising:
            self.c.data["practising"] = practising
            self.c.data["practice_rounds"] = []
            # Another interview: its curveballs are dealt from the whole repertoire again.
            self.c.data["interview_moves"] = []
        self.c.data["practice_rounds"] = [*self.c.data.get("practice_rounds", []), rounds]
        # A different but repeatable round each time: seeded by who, which round, which persona.
        seed = zlib.crc32(f"{self.c.key}:{rounds}:{persona}".encode())
        # A new round never opens with the line the last one opened with.
        last = str(self.c.data.get("last_opening") or "")
        line = interviewer.opening(persona, self.context(), seed, avoid=[last] if last else [])
        self.c.data["last_opening"] = line
        self.c.data["rh"] = {
            "persona": persona,
            "seed": seed,
            "round": rounds,
            "turn": 1,
            "line": line,
            "used": [line],
            "next": None,
            "answer": "",
            "scores": [],
        }

    def show_line(self, event: EventData | None) -> None:
        rh = self.c.data["rh"]
        label = self.label(f"persona_{rh['persona']}").split(":")[0]
        self.c.say_markup(
            fill(self.template("interviewer_says"), who=label, turn=rh["turn"])
            + "\n"
            + "“"
            + rh["line"]
            + "”"
        )

    @staticmethod
    def deal(ctx: Context) -> str:
        """What the interviewer's curveballs are dealt by: the interview rehearsed (company and
        role), the same on every platform, so a scripted conversation meets the same lines on
        Telegram, Slack and the console (a chat's key differs between them)."""
        return f"{ctx.company}:{ctx.role}"

    def heard_before(self) -> list[str]:
        """The kinds of move the interviewer made so far in the rounds of the interview being
        practised (any persona's, oldest first, ``interviewer.move_of``): the curveball dealt
        next is of a kind not among them, else of the kind among them fewest times."""
        return [str(kind) for kind in self.c.data.get("interview_moves") or []]

    async def consult_model(self, text: str) -> Consulted | None:
        """``Step.prepare`` of rehearse.turn, awaited by the engine before its transaction: the
        model's checked score of ``text`` and its next line, at once, each falling back to the
        rules within the timeout. Reads the conversation; writes nothing."""
        rh = self.c.data.get("rh")
        if self.model_judge is None or not rh or not rh.get("line"):
            return None
        ctx = self.context(rh["line"])
        at = (rh["round"], rh["turn"])
        # One reading gives the rules' score (the model judge's fallback) and what the
        # rule-based interviewer hears.
        reading = analyse(text, ctx)
        going_on = interviewer.reply(rh, text, ctx, reading, self.deal(ctx), self.heard_before())
        if self.model_interviewer is None or going_on is None:
            judged = await self.model_judge.judge(text, ctx, reading.score)
            return Consulted(text, rh["line"], at, judged, going_on, reading)
        import asyncio  # only with a model configured, and its event loop running

        judged, line = await asyncio.gather(
            self.model_judge.judge(text, ctx, reading.score),
            self.model_interviewer.next_line(rh["persona"], text, ctx, rh["used"]),
        )
        # The model's line keeps the round's memory as the rule-based one does: never the
        # student's casual words said back, never a question the round already answered.
        shown = {str(e): int(p) for e, p in (rh.get("earlier") or {}).items()}
        if line and not interviewer.fits_round(line, text, reading, shown):
            line = None
        return Consulted(text, rh["line"], at, judged, line or going_on, reading)

    def _consulted(self, text: str) -> Consulted | None:
        """The prepared model view, if it was prepared for this very answer to this line."""
        rh, got = self.c.data["rh"], self.c.prepared
        if isinstance(got, Consulted) and (got.answer, got.line, got.at) == (
            text,
            rh["line"],
            (rh["round"], rh["turn"]),
        ):
            return got
        return None

    def score_answer(self, event: EventData) -> None:
        rh = self.c.data["rh"]
        text: str = event.kwargs["text"]
        ctx = self.context(rh["line"])
        consulted = self._consulted(text)
        if consulted is not None:
            # The reading made while consulting the model: the answer is read once.
            judged, going_on, reading = consulted.judged, consulted.next_line, consulted.reading
        else:
            # One reading of the answer gives the score, the feedback and what the interviewer
            # hears.
            reading = analyse(text, ctx)
            judged = Judged(reading.score, "rules")
            going_on = interviewer.reply(
                rh, text, ctx, reading, self.deal(ctx), self.heard_before()
            )
        result = in_round(judged.score, rh.get("carried") or {})
        if self.model_judge is not None:
            rh["judge"] = judged.judge  # which judge scored this turn: "model" or "rules"
        rh["elements"] = result.elements
        rh["answer"] = text
        rh["last"] = result.to_json()
        rh["scores"].append(result.total)
        rh["raw"] = judged.score.elements  # this answer's own points, for the round's record
        # What this answer earned in its own words: a point the moment granted (not called for)
        # or credited by context is no progress, and the summary never shows it as one. Kept
        # with the attempt, so every answer of the interview is compared on this one basis.
        earned = said_points(judged.score, result.granted, reading)
        # The coach's suggested version read back (``pasted_version``), or an answer with a red
        # flag or one that took back what it said: none of it counts as said in their own words.
        pasted = pasted_version(text, rh.get("versions") or [])
        if pasted or result.red_flags or "retracted" in result.gaming:
            earned = dict.fromkeys(earned, 0)
        rh.setdefault("earned", []).append(earned)
        rh.setdefault("granted", []).append(list(result.granted))
        self.c.add(
            "attempts",
            interview_id=self.c.data.get("interview_id"),
            persona=rh["persona"],
            round=rh["round"],
            turn=rh["turn"],
            total=result.total,
            band=result.band,
            elements=result.elements,
            red_flags=result.red_flags,
            earned=earned,
            granted=list(result.granted),
        )
        if len(self.same_interview()) == 1:
            # The interview's first answer, for an attempt kept before ``earned`` was (its
            # record has none): what its line granted is never counted as said.
            self.c.data["first_granted"] = list(result.granted)
        note, to_add = coach_note(
            result,
            ctx,
            text,
            self.role_fits(),
            earlier=self.shown_earlier(),
            analysis=reading,
            pasted=pasted,
        )
        rh["feedback"] = note
        rh["to_add"] = to_add  # what the note named to add: a ready answer's version adds it
        rh["next"] = going_on
        rh.setdefault("said", []).append([rh["line"], text])

    def show_feedback(self, event: EventData | None) -> None:
        self.c.say_markup(self.c.data["rh"]["feedback"])

    def has_next_line(self, event: EventData) -> bool:
        return bool(self.c.data.get("rh", {}).get("next"))

    def shown_earlier(self) -> dict[str, int]:
        """Each element's best points (0-2) in the earlier turns of this round, whatever their
        totals (an answer scored alone still said what it said); a retry replaces its own turn,
        so only turns before this one count. Timing and delivery belong to each answer."""
        rh = self.c.data.get("rh") or {}
        best = {str(e): int(p) for e, p in (rh.get("earlier") or {}).items()}
        return {e: p for e, p in best.items() if e not in PER_ANSWER and p}

    def advance_line(self, event: EventData) -> None:
        rh = self.c.data["rh"]
        # What this turn said joins what the round has shown (``shown_earlier``).
        earlier = dict(rh.get("earlier") or {})
        # Only what they said: a point a moment granted ("didn't call for door open") was never
        # shown, and is never "covered earlier" on a later turn.
        own = (rh.get("earned") or [])[-1:]
        for source in own or (rh.get("raw") or {}, rh.get("elements") or {}):
            for e, p in source.items():
                earlier[e] = max(int(earlier.get(e, 0)), int(p))
        rh["earlier"] = earlier
        rh["carried"] = rh["elements"]  # this turn's credit carries into the next
        rh["line"] = rh["next"]
        rh["used"].append(rh["line"])
        rh["turn"] += 1
        # Heard in this interview: the kind is dealt again only after the rest of the repertoire.
        move = interviewer.move_of(rh["persona"], rh["line"])
        if move:
            self.c.data["interview_moves"] = [*self.heard_before(), move]

    def owes_retry(self, event: EventData) -> bool:
        """The round is over (no next line), its last answer is in the lowest band, and that
        line has not been tried again yet."""
        rh = self.c.data.get("rh") or {}
        last = rh.get("last") or {}
        return (
            not rh.get("next")
            and last.get("band") == BAND_LIST[-1].id
            and rh.get("retried") != rh.get("turn")
        )

    def retry_line(self, event: EventData) -> None:
        self.c.data["rh"]["retried"] = self.c.data["rh"]["turn"]
        self.say("retry_intro")

    def retry_before_closing(self, event: EventData) -> None:
        self.c.data["rh"]["retried"] = self.c.data["rh"]["turn"]
        self.say("retry_before_closing")

    def show_stronger(self, event: EventData) -> None:
        rh = self.c.data["rh"]
        ctx = self.context(rh["line"])
        reading = analyse(rh["answer"], ctx)
        # The score the student was shown (earlier turns count), and what earlier turns said.
        shown = (rh.get("last") or {}).get("total")
        carried = {**(rh.get("carried") or {})}
        for e, p in self.shown_earlier().items():
            carried[e] = max(int(carried.get(e, 0)), p)
        version, notes = stronger_parts(
            ctx,
            rh["answer"],
            reading,
            self.role_fits(),
            total=shown,
            carried=carried,
            add=[str(e) for e in rh.get("to_add") or []],
        )
        if keeps_as_is(reading, shown):  # already 14+: what to keep, not a rewrite
            self.c.say_markup(version, self.c.choices())
            return
        if not version:  # only the student can give it (their own example): the note asks
            self.c.say_markup("\n".join(notes), self.c.choices())
            return
        self.c.say_markup(
            "\n".join([self.text("stronger_intro"), "_" + version + "_", *notes]),
            self.c.choices(),
        )
        # Said to them: a reply to another line that repeats it is a recital of it, and one read
        # back to any line is the coach's version, not their own words (``pasted_version``).
        rh.setdefault("said", []).append([rh["line"], to_plain(version)])
        rh.setdefault("versions", []).append(to_plain(version))

    # -- progress ---------------------------------------------------------------------------

    def same_interview(self) -> list[dict[str, Any]]:
        """Answers given for the interview being practised (or this practice's company), oldest
        first: another interview's answers are not a fair baseline."""
        interview_id = self.c.data.get("interview_id")
        since = int(self.c.data.get("practice_since", 0))
        played = self.c.data.get("practice_rounds")
        rounds = set(played) if played is not None else None  # None: saved before it was kept
        return [
            a
            for a in self.c.records("attempts")
            if a["interview_id"] == interview_id
            and (interview_id is not None or a["round"] > since)
            and (rounds is None or a["round"] in rounds)
        ]

    def show_progress(self, event: EventData | None) -> None:
        """This round's scores, then each element from this interview's first answer to the best
        of this round."""
        rh = self.c.data.get("rh") or {}
        scores = rh.get("scores") or []
        if not scores:
            self.say("round_empty")
            return
        self.say(
            "round_summary", scores=" → ".join(f"{s}/{MAX_TOTAL}" for s in scores), best=max(scores)
        )
        attempts = self.same_interview()
        if len(attempts) < 2:
            return
        # The first answer for this interview against the best of this round: a fair "how far
        # you've come" even after switching interviewer. Like with like: each answer by what it
        # earned in its own words (kept with the attempt), never a point its moment credited
        # against one the student said, so no drop is shown that the student did not make.
        current = [a for a in attempts if a["round"] == rh.get("round")]
        kept = [{**dict.fromkeys(ELEMENTS, 0), **t} for t in rh.get("earned") or []]
        own_words = all(a.get("earned") is not None for a in (attempts[0], *current))
        if own_words:
            first = _own_points(attempts[0])
            this_round = [_own_points(a) for a in current]
            turns = [set(_granted(a)) for a in current]
        else:
            # Attempts kept before their own points were: the first answer's elements less what
            # its line granted, and this round's own points as the round kept them.
            first = _elements(attempts[0])
            first_granted = set(self.c.data.get("first_granted") or [])
            first.update(dict.fromkeys(first_granted & set(first), 0))
            this_round = [_elements(a) for a in current]
            own_words = bool(kept) and len(kept) == len(this_round)
            if own_words:
                this_round = kept
                if attempts[0]["round"] == rh.get("round"):
                    first = kept[0]
            turns = [set(g) for g in rh.get("granted") or []]
        last = {e: max(a[e] for a in this_round) for e in ELEMENTS} if this_round else first
        # Not called for by any line of this round (every turn's moment granted it): nothing to
        # compare, whatever the first answer earned, and never shown as a drop. A part one line
        # of the round called for is compared, even at 0: its note said it was missing, so the
        # summary never calls it "not called for".
        not_called = {e for e in ELEMENTS if turns and all(e in g for g in turns)}
        # Compared only where both the first answer's line and this round called for the part
        # (review 23): a part one of them did not ask for is no drop and no gain, and a part
        # that did not move is named once as unchanged, never as "0 → 0".
        first_not_called = (
            set(_granted(attempts[0]))
            if attempts[0].get("earned") is not None
            else set(self.c.data.get("first_granted") or [])
        )
        called = [e for e in ELEMENTS if e not in not_called and e not in first_not_called]
        lines = [
            fill(
                "- {name}: {a} → {b} {mark}",
                name=ELEMENT_NAMES[e],
                a=first[e],
                b=last[e],
                mark="↑" if last[e] > first[e] else "↓",
            )
            for e in called
            if last[e] != first[e]
        ]
        full = [ELEMENT_NAMES[e] for e in called if last[e] == first[e] == 2]
        same = [ELEMENT_NAMES[e] for e in called if last[e] == first[e] < 2]
        if full:
            lines.append(fill(self.template("progress_kept"), names=", ".join(full)))
        if same:
            lines.append(fill(self.template("progress_same"), names=", ".join(same)))
        self.c.say_markup(
            fill(self.template("progress_intro"), count=len(attempts)) + "\n" + "\n".join(lines)
        )


# Judged on each answer alone: whether it answers the line just said, and how it is delivered.
PER_ANSWER = ("E1", "E8")


def in_round(result: Score, carried: dict[str, int]) -> Score:
    """The score and band shown for one answer of a round: what THIS answer earns against THIS
    line, exactly what ``pivotbot score`` gives it (review 26b, B1).

    What earlier turns said is remembered for the feedback only (``Practice.shown_earlier``:
    "covered earlier", "new in this answer", what the stronger version keeps), never as points:
    a later answer that gives up or drops the pivot ("Oh. OK then, no worries, sorry for
    asking.") once showed 13/16 Solid on the strength of the answers before it. ``carried``
    is kept for callers that pass it and is not added to any element.
    An answer that does not answer its own line (``Score.answered``: asks for a job when asked
    who they would talk to, ignores the line, raises a red flag) is never "Ready"
    (``UNANSWERED_CAP``).
    """
    del carried  # remembered by the round for the feedback, never added to this answer's score
    if not result.answered:
        return _unanswered(result)
    return result


# An answer that does not do what its line asks is at most this: just below ready.
UNANSWERED_CAP = next(b.floor for b in BAND_LIST if b.id == "ready") - 1


def _unanswered(result: Score) -> Score:
    """An answer that does not answer its own line ("who in particular?" answered with
    "anyone really" and a full pivot) is never "Ready", whatever else it says: the coach's
    note tells them it doesn't say who or why."""
    moment = rules().by_name.get(result.line_kind)
    if result.total <= UNANSWERED_CAP or moment is None or not moment.good:
        return result  # only a line with a moment of its own says what answering it needs
    if result.granted:
        # The moment done (its credit granted), short only of a follow-up of its own ("Yes
        # please! Who leads the team?"): scored alone, earlier turns add nothing, and what it
        # earned alone is never taken away (review j30: it showed 13 where it scored 14).
        return result
    return replace(result, total=UNANSWERED_CAP, band=band_for(UNANSWERED_CAP))


def _elements(attempt: dict[str, Any]) -> dict[str, int]:
    raw = attempt["elements"]
    return dict(json.loads(raw) if isinstance(raw, str) else raw)


def _own_points(attempt: dict[str, Any]) -> dict[str, int]:
    """What an attempt earned in its own words (its ``earned`` record: element -> 0-2), each
    element present."""
    raw = attempt["earned"]
    said = json.loads(raw) if isinstance(raw, str) else raw
    return {e: int(said.get(e, 0)) for e in ELEMENTS}


def _granted(attempt: dict[str, Any]) -> list[str]:
    """The elements an attempt's line did not call for (its ``granted`` record; none when it
    was kept before that was)."""
    raw = attempt.get("granted")
    said = json.loads(raw) if isinstance(raw, str) else raw
    return [str(e) for e in said or []]
