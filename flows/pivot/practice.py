"""Rehearsal: the bot plays the interviewer, reacts to each answer, scores it with the rubric,
and shows progress per element, until the pivot is what comes out under pressure."""

from __future__ import annotations

import json
import zlib
from dataclasses import replace
from typing import Any

from transitions.core import EventData

from bot.flow import Step
from bot.markup import fill
from bot.messages import Choice
from flows.pivot import interviewer
from flows.pivot.feedback import feedback, keeps_as_is, stronger_version
from flows.pivot.plans import Plans
from flows.pivot.scoring import (
    CAP,
    ELEMENTS,
    Context,
    Score,
    analyse,
    band_for,
    content,
)

STEPS = [
    Step("rehearse.company", "text", max_len=120),
    Step("rehearse.role", "text", max_len=120),
    Step("rehearse.target", "text", max_len=200),
    Step("rehearse.draws", "text", max_len=600),
    Step("rehearse.evidence", "text", max_len=400),
    Step("rehearse.persona", choices="persona_choices"),
    Step("rehearse.turn", "text", on_enter=("show_line",), max_len=2000),
    Step("rehearse.feedback", on_enter=("show_feedback",)),
    Step("rehearse.done", on_enter=("show_progress",)),
]

T = "trigger"
TABLE: list[dict[str, Any]] = [
    # From anywhere: straight to choosing an interviewer, or first a few details to play with.
    {T: "rehearse", "source": "*", "dest": "rehearse.persona", "conditions": "has_context"},
    {T: "rehearse", "source": "*", "dest": "rehearse.company", "unless": "has_context"},
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
    {T: "next", "source": "rehearse.feedback", "dest": "rehearse.done", "unless": "has_next_line"},
    {T: "retry", "source": "rehearse.feedback", "dest": "rehearse.turn", "before": "retry_line"},
    {T: "stronger", "source": "rehearse.feedback", "dest": None, "after": "show_stronger"},
    {T: "switch", "source": ["rehearse.feedback", "rehearse.done"], "dest": "rehearse.persona"},
    {T: "again", "source": "rehearse.done", "dest": "rehearse.persona"},
]


def element_names() -> dict[str, str]:
    """Each element's short name, from rehearsal.yaml."""
    return {e: content()["elements"][e]["short"] for e in ELEMENTS}


class Practice(Plans):
    """The role-play: one round is an opening line and a few reactive turns."""

    def has_context(self, event: EventData) -> bool:
        return bool(self.data.get("company"))

    def new_context(self, event: EventData) -> None:
        """Practice without an interview: a fresh company, role and target to play with."""
        self.begin_interview(event)
        self.keep_company(event)
        # Its answers are compared with each other, not with another interview's.
        self.data["practice_since"] = int(self.data.get("rounds", 0))

    def keep_no_draws(self, event: EventData) -> None:
        self.data.pop("draws", None)

    def context(self, last_line: str = "") -> Context:
        d = self.data
        return Context(
            company=d.get("company", ""),
            role=d.get("role", ""),
            target=d.get("target", ""),
            draws=d.get("draws", ""),
            evidence=d.get("evidence", ""),
            last_line=last_line,
        )

    def derive(self, name: str) -> Any:
        if name == "persona_intro":
            again = "again" if self.data.get("rounds") else "first"
            return self.flow.content.text(f"persona_intro_{again}")
        return super().derive(name)

    def persona_choices(self) -> list[Choice]:
        labels = self.flow.content.labels
        buttons = [Choice(labels[f"persona_{p}"], p) for p in interviewer.PERSONAS]
        return [*buttons, Choice(labels["main_menu"], "menu")]

    # -- a round --------------------------------------------------------------------------

    def start_round(self, event: EventData) -> None:
        persona = event.event.name
        rounds = int(self.data.get("rounds", 0)) + 1
        self.data["rounds"] = rounds
        # A different but repeatable round each time: seeded by who, which round, which persona.
        seed = zlib.crc32(f"{self.key}:{rounds}:{persona}".encode())
        line = interviewer.opening(persona, self.context(), seed)
        self.data["rh"] = {
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
        rh = self.data["rh"]
        label = self.flow.content.labels[f"persona_{rh['persona']}"].split(":")[0]
        self.say_markup(
            fill(self.flow.content.text("interviewer_says"), who=label, turn=rh["turn"])
            + "\n"
            + "“"
            + rh["line"]
            + "”"
        )

    def score_answer(self, event: EventData) -> None:
        rh = self.data["rh"]
        text: str = event.kwargs["text"]
        ctx = self.context(rh["line"])
        # One reading of the answer gives the score, the feedback and what the interviewer hears.
        reading = analyse(text, ctx)
        result = in_round(reading.score, rh.get("carried") or {})
        rh["elements"] = result.elements
        rh["answer"] = text
        rh["last"] = result.to_json()
        rh["scores"].append(result.total)
        self.add(
            "attempts",
            interview_id=self.data.get("interview_id"),
            persona=rh["persona"],
            round=rh["round"],
            turn=rh["turn"],
            total=result.total,
            band=result.band,
            elements=result.elements,
            red_flags=result.red_flags,
        )
        rh["feedback"] = feedback(result, ctx, text)
        rh["next"] = interviewer.next_line(
            rh["persona"], rh["turn"], text, ctx, rh["seed"], rh["used"], heard=reading.signals
        )

    def show_feedback(self, event: EventData | None) -> None:
        self.say_markup(self.data["rh"]["feedback"])

    def has_next_line(self, event: EventData) -> bool:
        return bool(self.data.get("rh", {}).get("next"))

    def advance_line(self, event: EventData) -> None:
        rh = self.data["rh"]
        rh["carried"] = rh["elements"]  # this turn's credit carries into the next
        rh["line"] = rh["next"]
        rh["used"].append(rh["line"])
        rh["turn"] += 1

    def retry_line(self, event: EventData) -> None:
        self.say("retry_intro")

    def show_stronger(self, event: EventData) -> None:
        rh = self.data["rh"]
        ctx = self.context(rh["line"])
        reading = analyse(rh["answer"], ctx)
        version = stronger_version(ctx, rh["answer"], reading)
        if keeps_as_is(reading):  # already 14+: what to keep, not a rewrite
            self.say_markup(version, self.choices())
            return
        self.say_markup(self.text("stronger_intro") + "\n" + "_" + version + "_", self.choices())

    # -- progress ---------------------------------------------------------------------------

    def same_interview(self) -> list[dict[str, Any]]:
        """Answers given for the interview being practised (or this practice's company), oldest
        first: another interview's answers are not a fair baseline."""
        interview = self.data.get("interview_id")
        since = int(self.data.get("practice_since", 0))
        return [
            a
            for a in self.records("attempts")
            if a["interview_id"] == interview and (interview is not None or a["round"] > since)
        ]

    def show_progress(self, event: EventData | None) -> None:
        """This round's scores, then each element from this interview's first answer to the best
        of this round."""
        rh = self.data.get("rh") or {}
        scores = rh.get("scores") or []
        if not scores:
            self.say("round_empty")
            return
        self.say("round_summary", scores=" → ".join(f"{s}/16" for s in scores), best=max(scores))
        attempts = self.same_interview()
        if len(attempts) < 2:
            return
        # The first answer for this interview against the best of this round: a fair "how far
        # you've come" even after switching interviewer.
        first = _elements(attempts[0])
        this_round = [_elements(a) for a in attempts if a["round"] == rh.get("round")]
        last = {e: max(a[e] for a in this_round) for e in ELEMENTS} if this_round else first
        lines = []
        for e in ELEMENTS:
            mark = "↑" if last[e] > first[e] else ("↓" if last[e] < first[e] else "·")
            lines.append(
                fill(
                    "- {name}: {a} → {b} {mark}",
                    name=element_names()[e],
                    a=first[e],
                    b=last[e],
                    mark=mark,
                )
            )
        self.say_markup(
            fill(self.flow.content.text("progress_intro"), count=len(attempts))
            + "\n"
            + "\n".join(lines)
        )


# Judged on each answer alone: whether it answers the line just said, and how it is delivered.
PER_ANSWER = ("E1", "E8")


def in_round(result: Score, carried: dict[str, int]) -> Score:
    """A pivot is a conversation: what an earlier turn of this round already said still counts.

    Each element keeps the best of the answers so far, except timing and delivery, and red
    flags, which belong to this answer. A retry replaces its own turn: only earlier turns carry.
    """
    if not carried:
        return result
    elements = {
        e: result.elements[e] if e in PER_ANSWER else max(result.elements[e], carried.get(e, 0))
        for e in ELEMENTS
    }
    raw = sum(elements.values())
    total = min(raw, CAP) if result.red_flags else raw
    # With carried credit, a fragment that scored a little for one element could be quoted as
    # what earned another's full marks: give each fragment to the element it scored highest in.
    best: dict[str, str] = {}
    for e, quote in result.quotes.items():
        holder = best.get(quote)
        if result.elements[e] and (holder is None or result.elements[e] > result.elements[holder]):
            best[quote] = e
    quotes = {e: q for q, e in best.items()}
    return replace(
        result,
        quotes=quotes,
        elements=elements,
        total=total,
        raw_total=raw,
        band=band_for(total),
        missing=[e for e in ELEMENTS if elements[e] == 0],
        weak=[e for e in ELEMENTS if elements[e] == 1],
    )


def _elements(attempt: dict[str, Any]) -> dict[str, int]:
    raw = attempt["elements"]
    return dict(json.loads(raw) if isinstance(raw, str) else raw)
