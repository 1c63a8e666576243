"""How far a judge agrees with a counsellor's labelled answers: ``pivotbot score --eval FILE``.

The judge is whichever ``judge.Judge`` is given: the CLI passes the configured one (the model
judge when PIVOTBOT_LLM_* is set, else the rules). With a model judge, items it could not score
fall back to the rules and are counted by reason (``fallbacks``), so the figures say how much of
them is the model's.

A labelled file holds ``scenarios`` (company, role, target, draws, evidence) and ``items``, each
naming a scenario and giving ``last_line``, ``text``, ``label`` (0-16) and ``band``; optionally
``elements`` (E1..E8), ``red_flags`` (kinds, see ``FLAG_KINDS``) or the older ``red_flag: true``,
and a ``kind`` (items whose kind starts with ``gaming`` are built to fool a judge). No answer text
is ever part of the figures or the worst cases: those name items by id.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

from flows.pivot.judge import Judge, Judged
from flows.pivot.rubric import ELEMENTS, band_for
from flows.pivot.scoring import Context, Score

# A counsellor's names for the five red flags -> the judge's names (both are accepted).
FLAG_KINDS: dict[str, str] = {
    "disparaging": "disparages_role",
    "faking_interest": "fakes_interest",
    "demanding": "demands_job",
    "leaving_early": "leaves_early",
    "ignores_line": "ignores_interviewer",
}
GAMING_CEILING = 9  # COACHING.md: a gaming answer deserves no better than "rework"


class LabelError(ValueError):
    """A labelled file that cannot be read: the message names the item."""


@dataclass(frozen=True)
class Labelled:
    """One answer with a counsellor's label."""

    id: str
    kind: str
    text: str
    ctx: Context
    label: int
    band: str
    elements: dict[str, int] | None
    flags: frozenset[str] | None  # None: only whether it is flagged is known
    flagged: bool

    @property
    def gaming(self) -> bool:
        return self.kind.startswith("gaming")


def load(path: Path) -> list[Labelled]:
    """Every item of a labelled YAML file; raises ``LabelError`` naming a bad item."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise LabelError(f"{path}: expected a mapping with a list of items")
    scenarios: dict[str, dict[str, str]] = data.get("scenarios") or {}
    return [_item(raw, scenarios, n) for n, raw in enumerate(data["items"], 1)]


def _item(raw: dict[str, Any], scenarios: dict[str, dict[str, str]], n: int) -> Labelled:
    ident = str(raw.get("id", f"item {n}"))
    try:
        fields = dict(scenarios.get(raw.get("scenario", ""), {}))
        fields.update(
            {k: raw[k] for k in ("company", "role", "target", "draws", "evidence") if k in raw}
        )
        given: dict[str, Any] = {k: str(v) for k, v in fields.items()}
        ctx = Context(**given, last_line=raw.get("last_line", ""))
        flags: frozenset[str] | None = None
        if "red_flags" in raw:
            flags = frozenset(FLAG_KINDS.get(f, f) for f in raw["red_flags"] or ())
        flagged = bool(flags) if flags is not None else bool(raw.get("red_flag"))
        elements = {e: int(raw["elements"][e]) for e in ELEMENTS} if "elements" in raw else None
        label = int(raw["label"])
        return Labelled(
            ident,
            str(raw.get("kind", "")),
            str(raw["text"]),
            ctx,
            label,
            str(raw.get("band", band_for(label))),
            elements,
            flags,
            flagged,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LabelError(f"{ident}: {exc!r}") from None


@dataclass(frozen=True)
class Case:
    """One item as the judge saw it (no answer text)."""

    id: str
    kind: str
    label: int
    total: int
    label_flags: list[str]
    judge_flags: list[str]
    reason: str

    @property
    def error(self) -> int:
        return abs(self.total - self.label)


@dataclass
class Evaluation:
    """Agreement figures for one judge on one labelled set."""

    judge: str
    items: int
    within_2: float
    mae: float
    band_agreement: float
    elements: dict[str, dict[str, float]]  # E1 -> {exact, within_1}
    flags: dict[str, Any]
    gaming: dict[str, Any]
    by_kind: dict[str, dict[str, float]]
    worst: list[Case] = field(default_factory=list)
    # A model judge's items scored by the rules instead, by reason (None for the rules judge).
    fallbacks: dict[str, int] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "judge": self.judge,
            "items": self.items,
            "within_2": round(self.within_2, 4),
            "mae": round(self.mae, 3),
            "band_agreement": round(self.band_agreement, 4),
            "elements": self.elements,
            "red_flags": self.flags,
            "gaming": self.gaming,
            "by_kind": self.by_kind,
            "worst": [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "label": c.label,
                    "judge": c.total,
                    "label_flags": c.label_flags,
                    "judge_flags": c.judge_flags,
                    "reason": c.reason,
                }
                for c in self.worst
            ],
        }
        if self.fallbacks is not None:
            out["fallbacks"] = dict(self.fallbacks)
        return out


def _share(hits: Iterable[bool]) -> float:
    values = list(hits)
    return sum(values) / len(values) if values else 0.0


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _reason(item: Labelled, got: Score) -> str:
    """Why the judge and the label differ, in a few words: flags first, then elements."""
    parts = []
    want = set(item.flags or ()) if item.flags is not None else set()
    if item.flagged and not got.red_flags:
        parts.append("missed " + (", ".join(sorted(want)) or "a red flag"))
    elif got.red_flags and not item.flagged:
        parts.append("raised " + ", ".join(got.red_flags))
    elif item.flags is not None and want != set(got.red_flags):
        parts.append(f"flag {', '.join(got.red_flags)} vs {', '.join(sorted(want))}")
    if item.elements is not None:
        diffs = sorted(
            ((got.elements[e] - item.elements[e], e) for e in ELEMENTS),
            key=lambda d: (-abs(d[0]), d[1]),
        )
        parts += [f"{e} {got.elements[e]} vs {item.elements[e]}" for d, e in diffs[:3] if d]
    return "; ".join(parts) or "elements agree"


async def judge_all(judge: Judge, items: Sequence[Labelled]) -> list[Judged]:
    """Every item scored by ``judge``, one at a time (a local model server serves one answer
    at a time, and a queue would only turn into timeouts)."""
    return [await judge.judge(item.text, item.ctx) for item in items]


def evaluate(judge: Judge, items: Sequence[Labelled], worst: int = 8) -> Evaluation:
    """Score every item with ``judge`` and compare with the labels (not from inside a running
    event loop: there, ``await judge_all`` and pass its result to ``compare``)."""
    return compare(judge.name, items, asyncio.run(judge_all(judge, items)), worst)


def compare(
    name: str, items: Sequence[Labelled], judged: Sequence[Judged], worst: int = 8
) -> Evaluation:
    """The agreement of the judge called ``name``, whose verdicts on ``items`` are ``judged``
    (in the same order), with the labels."""
    scored = [(item, j.score) for item, j in zip(items, judged, strict=True)]
    cases = [
        Case(
            item.id,
            item.kind,
            item.label,
            got.total,
            sorted(item.flags or ()) if item.flags is not None else (["any"] * item.flagged),
            list(got.red_flags),
            _reason(item, got),
        )
        for item, got in scored
    ]
    with_elements = [(i, s) for i, s in scored if i.elements is not None]
    elements = {
        e: {
            "exact": round(_share(s.elements[e] == i.elements[e] for i, s in with_elements), 4),  # type: ignore[index]
            "within_1": round(
                _share(abs(s.elements[e] - i.elements[e]) <= 1 for i, s in with_elements),  # type: ignore[index]
                4,
            ),
        }
        for e in ELEMENTS
    }
    # Item level: did the judge raise any red flag where the counsellor did?
    tp = sum(1 for i, s in scored if i.flagged and s.red_flags)
    raised = sum(1 for _, s in scored if s.red_flags)
    labelled = sum(1 for i, _ in scored if i.flagged)
    # Kind level, where the kinds are labelled: the same flag, for the same reason.
    kinds = [(i.flags, set(s.red_flags)) for i, s in scored if i.flags is not None]
    kind_tp = sum(len(want & got) for want, got in kinds)
    flags = {
        "labelled": labelled,
        "raised": raised,
        "precision": _ratio(tp, raised),
        "recall": _ratio(tp, labelled),
        "kind_precision": _ratio(kind_tp, sum(len(g) for _, g in kinds)) if kinds else None,
        "kind_recall": _ratio(kind_tp, sum(len(w) for w, _ in kinds)) if kinds else None,
    }
    games = [c for c in cases if c.kind.startswith("gaming")]
    gaming = {
        "items": len(games),
        "max_total": max((c.total for c in games), default=None),
        "above_ceiling": sorted(c.id for c in games if c.total > GAMING_CEILING),
    }
    by_kind: dict[str, dict[str, float]] = {}
    for kind in sorted({c.kind for c in cases if c.kind}):
        group = [c for c in cases if c.kind == kind]
        by_kind[kind] = {
            "items": len(group),
            "within_2": round(_share(c.error <= 2 for c in group), 4),
            "mae": round(mean(c.error for c in group), 3),
        }
    ranked = sorted(
        cases,
        key=lambda c: (-(c.error + 3 * (bool(c.judge_flags) != bool(c.label_flags))), c.id),
    )
    fell_back = Counter(j.fallback for j in judged if j.fallback)
    return Evaluation(
        judge=name,
        items=len(cases),
        within_2=_share(c.error <= 2 for c in cases),
        mae=mean(c.error for c in cases) if cases else 0.0,
        band_agreement=_share(band_for(s.total) == i.band for i, s in scored),
        elements=elements if with_elements else {},
        flags=flags,
        gaming=gaming,
        by_kind=by_kind,
        worst=[c for c in ranked[:worst] if c.error or c.reason != "elements agree"],
        fallbacks=None if name == "rules" else dict(sorted(fell_back.items())),
    )


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def render(ev: Evaluation, source: str = "") -> str:
    """The figures as plain text, for a terminal."""
    f = ev.flags
    out = [
        f"judge: {ev.judge}" + (f"  set: {source}" if source else "") + f"  items: {ev.items}",
    ]
    if ev.fallbacks is not None:
        reasons = ", ".join(f"{reason} {n}" for reason, n in ev.fallbacks.items())
        out.append(
            f"scored by the rules instead: {sum(ev.fallbacks.values())}"
            + (f" ({reasons})" if reasons else "")
        )
    out += [
        f"totals within 2 points: {_pct(ev.within_2)}   mean absolute error: {ev.mae:.2f}",
        f"band agreement: {_pct(ev.band_agreement)}",
        f"red flags: precision {_pct(f['precision'])}, recall {_pct(f['recall'])} "
        f"({f['labelled']} labelled, {f['raised']} raised)",
    ]
    if f["kind_recall"] is not None:
        out.append(
            f"red flags by kind: precision {_pct(f['kind_precision'])}, "
            f"recall {_pct(f['kind_recall'])}"
        )
    if ev.gaming["items"]:
        above = ev.gaming["above_ceiling"]
        out.append(
            f"gaming answers: {ev.gaming['items']}, highest total {ev.gaming['max_total']}, "
            f"above {GAMING_CEILING}: {len(above)}" + (f" ({', '.join(above)})" if above else "")
        )
    if ev.elements:
        out.append("per element (exact / within 1):")
        out.append(
            "  "
            + "  ".join(
                f"{e} {_pct(v['exact'])}/{_pct(v['within_1'])}" for e, v in ev.elements.items()
            )
        )
    if ev.worst:
        out.append("worst cases (label vs judge):")
        out += [f"  {c.id}: {c.label} vs {c.total} ({c.reason})" for c in ev.worst]
    return "\n".join(out)
