"""The anonymous career-office report: reach, practice, follow-through, networking and outcomes.

What is counted. The people in scope are the conversations of one workspace (``workspace``; all
workspaces without it). The period runs from ``since`` (00:00 UTC) to ``now``; without ``since``
it is everything up to ``now``. Every number counts rows of those people created in the period:
people who started (their conversation began in the period), people active (they wrote, or a
record of theirs was made, in the period), sessions (interviews prepared + rehearsal rounds +
debriefs), rehearsal answers, follow-ups that fell due, contacts and milestones, and each
person's latest NACE outcome. Only numeric and categorical columns are ever selected: no name,
company, key or free text is read, so none can reach a report.

Suppression. ``build_report`` applies it, so no format ever holds a hidden number:

1. A cell describing fewer than 10 people is hidden. That is a count of people under 10 (zero
   included), a count of things (answers, notes, contacts) made by fewer than 10 people, and a
   mean or share over fewer than 10 people. It reads ``<10`` in Markdown and HTML, and is
   ``{"value": null, "suppressed": true, "reason": "fewer_than_10"}`` in JSON.
2. Where the cells of a table add up to a total shown in the same table (sessions by kind, people
   by band, answers by score, people by outcome, and every share: the part done on time and its
   unprinted rest), subtraction could give a hidden cell back. So while any cell under 10 people
   could be worked out exactly from what is shown (a reader knows that a ``<10`` count of people
   lies in 0-9 and that a complementary cell holds 10 or more), the smallest shown cell is hidden
   too. It reads ``hidden`` (JSON reason ``"complementary"``); when no cell is left to hide, the
   total is hidden.
3. Stand-alone numbers (people who started, people active, the funnel's steps, the per-element
   means) are not parts of a total: hiding one never needs another hidden.
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from bot.clock import iso
from bot.store import Store
from flows.pivot.records import RECORDS
from flows.pivot.report.terms import COMPLEMENTARY, NACE, SMALL, THRESHOLD, Cell
from flows.pivot.report.text import period, render_json, render_markdown
from flows.pivot.rubric import BAND_FLOORS, BANDS, ELEMENTS, MAX_TOTAL

__all__ = [
    "COMPLEMENTARY",
    "FORMATS",
    "RENDERERS",
    "SMALL",
    "THRESHOLD",
    "Part",
    "build_report",
    "count_cell",
    "first_to_last",
    "parse_formats",
    "period",
    "pinned",
    "protect",
    "render_html",
    "render_json",
    "render_markdown",
    "write_report",
]

MET_OR_BEYOND = ("met", "advocate", "referred")
FORMATS = {"markdown": ".md", "json": ".json", "html": ".html"}

Row = tuple[Any, ...]


# -- cells and suppression ----------------------------------------------------------------


def _shown(value: float) -> Cell:
    return {"value": value, "suppressed": False}


def _hidden(reason: str) -> Cell:
    return {"value": None, "suppressed": True, "reason": reason}


def count_cell(value: float, people: int) -> Cell:
    """A stand-alone count or mean that ``people`` people stand behind (rules 1 and 3)."""
    return _shown(value) if people >= THRESHOLD else _hidden(SMALL)


@dataclass(slots=True)
class Part:
    """One cell of a table that adds up to a total: its value and how many people stand behind it."""

    value: int
    people: int
    of_people: bool = True  # the value counts people, so "<10" tells a reader it is 0-9
    shown: bool = True  # False for the unprinted rest of a share (the notes not done on time)
    hidden: str | None = None

    def cell(self) -> Cell:
        return _hidden(self.hidden) if self.hidden else _shown(self.value)

    def share(self, total: Part) -> Cell:
        if self.hidden or total.hidden:
            return _hidden(self.hidden or total.hidden or SMALL)
        return _shown(round(self.value / total.value, 4))


def protect(parts: Sequence[Part], total: Part) -> None:
    """Mark which parts (and whether the total) to hide: rules 1 and 2 of the module docstring."""
    for part in (*parts, total):
        if part.people < THRESHOLD:
            part.hidden = SMALL
    while total.hidden is None and pinned(parts, total.value):
        left = [p for p in parts if p.shown and p.hidden is None]
        if not left:
            total.hidden = COMPLEMENTARY
            break
        min(left, key=lambda p: p.value).hidden = COMPLEMENTARY


def _bounds(part: Part) -> tuple[float, float]:
    """What a reader of the report knows about a part that is not printed."""
    if not part.shown:
        return 0, math.inf
    if part.hidden == SMALL:
        return (0, THRESHOLD - 1) if part.of_people else (0, math.inf)
    return THRESHOLD, math.inf  # 10 people or more did at least 10 of anything


def pinned(parts: Sequence[Part], total: int) -> bool:
    """True if the printed parts and total leave some part under 10 people only one value."""
    unknown = [p for p in parts if p.hidden or not p.shown]
    rest = total - sum(p.value for p in parts if p.shown and not p.hidden)
    bounds = [_bounds(p) for p in unknown]
    for i, part in enumerate(unknown):
        if part.people >= THRESHOLD:
            continue
        others = bounds[:i] + bounds[i + 1 :]
        low = max(bounds[i][0], rest - sum(b[1] for b in others))
        high = min(bounds[i][1], rest - sum(b[0] for b in others))
        if low >= high:
            return True
    return False


def _table(parts: dict[str, Part], total: Part) -> tuple[dict[str, Cell], Cell]:
    protect(list(parts.values()), total)
    return {k: p.cell() for k, p in parts.items() if p.shown}, total.cell()


def _rate(yes: Part, rest: Part, total: Part) -> dict[str, Cell]:
    """A share: ``yes`` of ``total``. Its unprinted ``rest`` must not be given away either."""
    rest.shown = False
    protect([yes, rest], total)
    return {"total": total.cell(), "count": yes.cell(), "share": yes.share(total)}


def _people_rate(yes: int, total: int) -> dict[str, Cell]:
    return _rate(Part(yes, yes), Part(total - yes, total - yes), Part(total, total))


# -- reading the database -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Scope:
    store: Store
    workspace: str | None
    start: datetime | None
    end: datetime

    def rows(self, table: str, *columns: str) -> list[Row]:
        """(key, *columns) of ``table`` for people in scope, created in the period, oldest first."""
        return self.store.records_between(table, columns, self.end, self.start, self.workspace)

    def conversations(self) -> tuple[int, set[str]]:
        """People who started in the period, and keys of those who wrote in it."""
        rows = self.store.people_between(self.end, self.start, self.workspace)
        return sum(1 for _, new in rows if new), {k for k, _ in rows}


def _by_key(rows: Iterable[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[0]].append(row)
    return groups


def _json(text: Any, default: Any) -> Any:
    try:
        value = json.loads(text) if isinstance(text, str) else default
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def _people(rows: Iterable[Row]) -> int:
    return len({row[0] for row in rows})


def _items(rows: Sequence[Row]) -> Part:
    return Part(len(rows), _people(rows), of_people=False)


# -- the sections -------------------------------------------------------------------------


def _reach(
    started: int, active: set[str], interviews: list[Row], attempts: list[Row]
) -> dict[str, Any]:
    rounds = {(row[0], row[1]) for row in attempts}
    parts = {
        "interviews_prepared": _items(interviews),
        "rehearsal_rounds": Part(len(rounds), len({k for k, _ in rounds}), of_people=False),
        "debriefs": _items([row for row in interviews if row[1] is not None]),
    }
    keys = {row[0] for row in interviews} | {row[0] for row in attempts}
    total = Part(sum(p.value for p in parts.values()), len(keys), of_people=False)
    sessions, total_cell = _table(parts, total)
    return {
        "people": count_cell(started, started),
        "active_people": count_cell(len(active), len(active)),
        "sessions": {"total": total_cell, **sessions},
    }


def _band(row: Row) -> str:
    # Column order: key, round, total, band, elements, red_flags.
    if row[3] in BANDS:
        return str(row[3])
    total = int(row[2] or 0)
    return next(b for b, floor in BAND_FLOORS if total >= floor)


def _bands(people: dict[str, list[Row]], pick: Callable[[list[Row]], Row]) -> dict[str, Any]:
    counts = dict.fromkeys(BANDS, 0)
    for rows in people.values():
        counts[_band(pick(rows))] += 1
    parts = {b: Part(n, n) for b, n in counts.items()}
    total = Part(len(people), len(people))
    cells, total_cell = _table(parts, total)
    return {
        "people": total_cell,
        "bands": {b: {"people": cells[b], "share": parts[b].share(total)} for b in BANDS},
    }


def _histogram(attempts: list[Row]) -> dict[str, Any]:
    scored = [row for row in attempts if isinstance(row[2], int) and 0 <= row[2] <= MAX_TOTAL]
    parts = {str(t): _items([row for row in scored if row[2] == t]) for t in range(MAX_TOTAL + 1)}
    cells, total_cell = _table(parts, _items(scored))
    return {"answers": total_cell, "totals": cells}


def first_to_last(people: dict[str, list[Row]]) -> dict[str, dict[str, float | int]]:
    """Per element: people with two or more answers, their mean first and last score, mean change.

    ``people`` maps a key to its attempt rows (key, round, total, band, elements, red_flags),
    oldest first. A person counts for an element when both answers carry it.
    """
    out: dict[str, dict[str, float | int]] = {}
    for element in ELEMENTS:
        pairs = []
        for rows in people.values():
            if len(rows) < 2:
                continue
            first, last = _json(rows[0][4], {}).get(element), _json(rows[-1][4], {}).get(element)
            if isinstance(first, int) and isinstance(last, int):
                pairs.append((first, last))
        n = len(pairs)
        out[element] = {
            "people": n,
            "first": round(sum(f for f, _ in pairs) / n, 3) if n else 0.0,
            "last": round(sum(la for _, la in pairs) / n, 3) if n else 0.0,
            "change": round(sum(la - f for f, la in pairs) / n, 3) if n else 0.0,
        }
    return out


def _practice(attempts: list[Row]) -> dict[str, Any]:
    people = _by_key(attempts)
    twice = {k: rows for k, rows in people.items() if len(rows) >= 2}
    elements = {
        e: {
            "people": count_cell(m["people"], int(m["people"])),
            **{f: count_cell(m[f], int(m["people"])) for f in ("first", "last", "change")},
        }
        for e, m in first_to_last(people).items()
    }
    n = len(twice)
    flagged = {
        when: sum(1 for rows in twice.values() if _json(rows[i][5], []))
        for when, i in (("first", 0), ("last", -1))
    }
    return {
        "people": count_cell(len(people), len(people)),
        "answers": count_cell(len(attempts), len(people)),
        "first_answer": _bands(people, lambda rows: rows[0]),
        "latest_answer": _bands(people, lambda rows: rows[-1]),
        "histogram": _histogram(attempts),
        "people_with_two_or_more": count_cell(n, n),
        "elements": elements,
        "red_flags": {w: _people_rate(c, n) for w, c in flagged.items()},
    }


def _items_rate(yes: list[Row], rest: list[Row]) -> dict[str, Cell]:
    return _rate(_items(yes), _items(rest), _items([*yes, *rest]))


def _follow_through(followups: list[Row], end: str) -> dict[str, Any]:
    # Column order: key, kind, due_at, status, on_time. A cancelled follow-up was never owed.
    due = [row for row in followups if row[2] and row[2] <= end and row[3] != "cancelled"]
    out = {}
    for name, rows in (
        ("thank_you", [row for row in due if row[1] == "thank_you"]),
        ("other", [row for row in due if row[1] != "thank_you"]),
    ):
        out[name] = _items_rate(
            [row for row in rows if row[4] == 1], [row for row in rows if row[4] != 1]
        )
    return out


def _funnel(contacts: list[Row], milestones: list[Row]) -> list[dict[str, Any]]:
    steps = {
        "contacts": contacts,
        "conversations": [row for row in contacts if row[1] in MET_OR_BEYOND],
        "introductions": [row for row in milestones if row[1] == "introduction"],
        "referrals": [row for row in milestones if row[1] == "referral"],
        "interviews": [row for row in milestones if row[1] == "interview"],
        "offers": [row for row in milestones if row[1] == "offer"],
    }
    top = _people(contacts)
    out = []
    for step, rows in steps.items():
        people = _people(rows)
        share = round(people / top, 4) if top else 0.0
        out.append(
            {
                "step": step,
                "people": count_cell(people, people),
                "items": count_cell(len(rows), people),
                "share_of_first": count_cell(share, min(people, top)),
            }
        )
    return out


def _outcomes(outcomes: list[Row]) -> dict[str, Any]:
    latest: dict[str, str] = {}
    for key, category in outcomes:  # oldest first, so the latest answer wins
        if category in NACE:
            latest[key] = category
    counts = dict.fromkeys(NACE, 0)
    for category in latest.values():
        counts[category] += 1
    parts = {c: Part(n, n) for c, n in counts.items()}
    total = Part(len(latest), len(latest))
    cells, total_cell = _table(parts, total)
    return {
        "people": total_cell,
        "categories": {c: {"people": cells[c], "share": parts[c].share(total)} for c in NACE},
    }


def _utc(moment: datetime) -> datetime:
    # A naive time is taken as UTC, as everything stored is, never as the machine's local time.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def build_report(
    store: Store,
    workspace: str | None = None,
    since: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The report as JSON-ready data, suppression already applied (see the module docstring).

    ``workspace`` keeps the people of that workspace only (``conversations.workspace``: a Slack
    team id, ``telegram`` or ``local``); ``since`` keeps rows created from that day (00:00 UTC);
    ``now`` (default: the system clock) ends the period and decides which follow-ups were due.
    Every cell is ``{"value": number, "suppressed": false}`` or
    ``{"value": null, "suppressed": true, "reason": "fewer_than_10" | "complementary"}``.
    """
    now = _utc(now or datetime.now(UTC))
    start = None
    if isinstance(since, datetime):
        start = _utc(since)
    elif since is not None:
        start = datetime.combine(since, time(0), tzinfo=UTC)
    store.install(RECORDS)  # a no-op on a database the bot has opened before
    scope = _Scope(store, workspace, start, now)
    started, active = scope.conversations()
    interviews = scope.rows("interviews", "pivoted")
    attempts = scope.rows("attempts", "round", "total", "band", "elements", "red_flags")
    contacts = scope.rows("contacts", "stage")
    followups = scope.rows("followups", "kind", "due_at", "status", "on_time")
    milestones = scope.rows("milestones", "kind")
    outcomes = scope.rows("outcomes", "category")
    for rows in (interviews, attempts, contacts, followups, milestones, outcomes):
        active |= {row[0] for row in rows}
    return {
        "report": "pivotbot career-office report",
        "version": 1,
        "workspace": workspace,
        "since": start.date().isoformat() if start else None,
        "until": iso(now),
        "threshold": THRESHOLD,
        "reach": _reach(started, active, interviews, attempts),
        "practice": _practice(attempts),
        "follow_through": _follow_through(followups, iso(now)),
        "funnel": _funnel(contacts, milestones),
        "outcomes": _outcomes(outcomes),
    }


# -- rendering ----------------------------------------------------------------------------


def render_html(report: dict[str, Any]) -> str:
    """The report as one self-contained HTML page with its charts embedded as PNG."""
    from flows.pivot.report.page import (
        render_html as render,
    )  # matplotlib only when HTML is asked for

    return render(report)


RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "markdown": render_markdown,
    "json": render_json,
    "html": render_html,
}


def parse_formats(formats: Iterable[str]) -> list[str]:
    """``["markdown,json", "html"]`` -> ``["markdown", "json", "html"]``; ValueError if unknown."""
    wanted: list[str] = []
    for item in formats:
        for name in item.split(","):
            name = name.strip().lower()
            if name and name not in FORMATS:
                raise ValueError(f"unknown report format {name!r}: use markdown, json or html")
            if name and name not in wanted:
                wanted.append(name)
    if not wanted:
        raise ValueError("no report format given: use markdown, json or html")
    return wanted


def write_report(
    store: Store,
    formats: list[str],
    output: Path | None = None,
    workspace: str | None = None,
    since: date | None = None,
    *,
    now: datetime | None = None,
    tty: bool | None = None,
) -> list[Path] | str:
    """Build the report and write it to ``output``, or return the text to print.

    With ``output`` and one format, writes ``output`` itself; with several, ``output`` with each
    format's suffix (.md, .json, .html). Returns the paths written. Without ``output``, returns
    the one format's text for standard output. ``tty`` says whether standard output is a terminal
    (default: ask ``sys.stdout``). Raises ``ValueError`` with a one-line message for an unknown
    format, several formats without ``output``, or HTML bound for a terminal.
    """
    wanted = parse_formats(formats)
    if output is None:
        if len(wanted) > 1:
            raise ValueError("several formats need -o FILE: each is written with its own suffix")
        if wanted == ["html"] and (sys.stdout.isatty() if tty is None else tty):
            raise ValueError(
                "the HTML report is a web page, not terminal text: write it with -o report.html"
            )
    report = build_report(store, workspace, since, now)
    if output is None:
        return RENDERERS[wanted[0]](report)
    paths = [output] if len(wanted) == 1 else [output.with_suffix(FORMATS[f]) for f in wanted]
    for fmt_name, path in zip(wanted, paths, strict=True):
        path.write_text(RENDERERS[fmt_name](report), encoding="utf-8")
    return paths
