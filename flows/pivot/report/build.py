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

Comparing reports. Rules 1-3 protect one report. A career office can ask for many (all
workspaces and one; two ``--since`` dates; the same report a week apart, or after someone used
/forget), and subtracting two exact ones gives a person back: with 11 people and then the same 10,
``11 x mean - 10 x mean`` is the 11th person's score. So no exact number leaves this module:

4. Fixed periods. A report starts at 00:00 UTC on the first of a month (``--since`` any day of
   September reports from 1 September), which bounds how many different reports there can be.
5. Noise. Every printed number is the exact one plus Laplace noise at epsilon 0.5 per cell
   (``noise.py``): counts move by a few (scale 2), a mean's sum of scores by scale 4 (scores run
   0-2), shares and changes are worked out from the noisy numbers. The noise is drawn from a
   keyed hash of the exact rows behind the cell and the database's secret report key: asking
   again, or for a period or workspace with the same people in the cell, prints the same numbers
   (so averaging repeats removes nothing), and one person more or fewer gives fresh noise. The
   difference of two reports is then the person's value plus the difference of two independent
   noises, several times wider than the 0-2 a score can take (tests/flows/test_report_privacy.py
   replays the attack: it guesses right about a third of the time, as blind guessing does).
   Two limits, stated plainly. Suppression (rules 1-3) is decided on the exact numbers, so
   whether a cell is shown says whether 10 or more people stand behind it. And a count of things
   (answers, sessions, contacts) gets the noise of a count of people, though one person can add
   several: it hides how many answers a person gave less well than what they scored. Every new
   report over changed rows is a fresh draw, so someone who knew everyone else's answers and
   compared many months of reports would see through the noise slowly (epsilon adds up).

``tally`` gives the exact numbers with rules 1-3 applied, for the tests of the counting.
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
from flows.pivot.report.noise import EPSILON, HOW, How, Publisher, digest, strip
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
    "tally",
    "write_report",
]

MET_OR_BEYOND = ("met", "advocate", "referred")
FORMATS = {"markdown": ".md", "json": ".json", "html": ".html"}

Row = tuple[Any, ...]


# -- cells and suppression ----------------------------------------------------------------


def _shown(value: float, how: How | None = None) -> Cell:
    cell: Cell = {"value": value, "suppressed": False}
    if how is not None:
        cell[HOW] = how  # how its published value is made (noise.py); removed before it leaves
    return cell


def _count(label: str, value: int, rows: Iterable[Any]) -> How:
    """The noise recipe of a count ``value`` made of ``rows`` (or of those people's keys)."""
    return ("count", f"{label}|{digest(rows)}", value)


def _hidden(reason: str) -> Cell:
    return {"value": None, "suppressed": True, "reason": reason}


def count_cell(value: float, people: int, how: How | None = None) -> Cell:
    """A stand-alone count or mean that ``people`` people stand behind (rules 1 and 3), published
    by ``how`` (a ``noise`` recipe)."""
    return _shown(value, how) if people >= THRESHOLD else _hidden(SMALL)


@dataclass(slots=True)
class Part:
    """One cell of a table that adds up to a total: its value and how many people stand behind it."""

    value: int
    people: int
    of_people: bool = True  # the value counts people, so "<10" tells a reader it is 0-9
    shown: bool = True  # False for the unprinted rest of a share (the notes not done on time)
    hidden: str | None = None
    how: How | None = None  # its noise recipe (noise.py)

    def cell(self) -> Cell:
        return _hidden(self.hidden) if self.hidden else _shown(self.value, self.how)

    def share(self, total: Part) -> Cell:
        if self.hidden or total.hidden:
            return _hidden(self.hidden or total.hidden or SMALL)
        how = ("share", self.how, total.how) if self.how and total.how else None
        return _shown(round(self.value / total.value, 4), how)


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


def _people_rate(label: str, yes: list[str], rest: list[str]) -> dict[str, Cell]:
    """A share of people: ``yes`` of ``yes`` and ``rest`` (their keys)."""
    every = yes + rest
    return _rate(
        Part(len(yes), len(yes), how=_count(label + ".count", len(yes), yes)),
        Part(len(rest), len(rest)),
        Part(len(every), len(every), how=_count(label + ".total", len(every), every)),
    )


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

    def conversations(self) -> tuple[list[str], set[str]]:
        """Keys of the people who started in the period, and of those who wrote in it."""
        rows = self.store.people_between(self.end, self.start, self.workspace)
        return [k for k, new in rows if new], {k for k, _ in rows}


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


def _items(rows: Sequence[Row], label: str = "") -> Part:
    how = _count(label, len(rows), rows) if label else None
    return Part(len(rows), _people(rows), of_people=False, how=how)


# -- the sections -------------------------------------------------------------------------


def _reach(
    started: list[str], active: set[str], interviews: list[Row], attempts: list[Row]
) -> dict[str, Any]:
    rounds = {(row[0], row[1]) for row in attempts}
    parts = {
        "interviews_prepared": _items(interviews, "reach.interviews_prepared"),
        "rehearsal_rounds": Part(
            len(rounds),
            len({k for k, _ in rounds}),
            of_people=False,
            how=_count("reach.rehearsal_rounds", len(rounds), rounds),
        ),
        "debriefs": _items([row for row in interviews if row[1] is not None], "reach.debriefs"),
    }
    keys = {row[0] for row in interviews} | {row[0] for row in attempts}
    value = sum(p.value for p in parts.values())
    total = Part(
        value,
        len(keys),
        of_people=False,
        how=_count("reach.sessions", value, [*interviews, *rounds]),
    )
    sessions, total_cell = _table(parts, total)
    n = len(active)
    return {
        "people": count_cell(
            len(started), len(started), _count("reach.people", len(started), started)
        ),
        "active_people": count_cell(n, n, _count("reach.active", n, active)),
        "sessions": {"total": total_cell, **sessions},
    }


def _band(row: Row) -> str:
    # Column order: key, round, total, band, elements, red_flags.
    if row[3] in BANDS:
        return str(row[3])
    total = int(row[2] or 0)
    return next(b for b, floor in BAND_FLOORS if total >= floor)


def _bands(
    label: str, people: dict[str, list[Row]], pick: Callable[[list[Row]], Row]
) -> dict[str, Any]:
    members: dict[str, list[Row]] = {b: [] for b in BANDS}
    for key, rows in people.items():
        chosen = pick(rows)
        members[_band(chosen)].append((key, *chosen[1:]))
    parts = {
        b: Part(len(m), len(m), how=_count(f"{label}.{b}", len(m), m)) for b, m in members.items()
    }
    total = Part(len(people), len(people), how=_count(label, len(people), people))
    cells, total_cell = _table(parts, total)
    return {
        "people": total_cell,
        "bands": {b: {"people": cells[b], "share": parts[b].share(total)} for b in BANDS},
    }


def _histogram(attempts: list[Row]) -> dict[str, Any]:
    scored = [row for row in attempts if isinstance(row[2], int) and 0 <= row[2] <= MAX_TOTAL]
    parts = {
        str(t): _items([row for row in scored if row[2] == t], f"histogram.{t}")
        for t in range(MAX_TOTAL + 1)
    }
    cells, total_cell = _table(parts, _items(scored, "histogram"))
    return {"answers": total_cell, "totals": cells}


def _pairs(people: dict[str, list[Row]]) -> dict[str, list[tuple[str, int, int]]]:
    """Per element: (key, first score, last score) of each person with two or more answers
    that both carry the element."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for element in ELEMENTS:
        pairs = []
        for key, rows in people.items():
            if len(rows) < 2:
                continue
            first, last = _json(rows[0][4], {}).get(element), _json(rows[-1][4], {}).get(element)
            if isinstance(first, int) and isinstance(last, int):
                pairs.append((key, first, last))
        out[element] = pairs
    return out


def first_to_last(people: dict[str, list[Row]]) -> dict[str, dict[str, float | int]]:
    """Per element: people with two or more answers, their mean first and last score, mean change.

    ``people`` maps a key to its attempt rows (key, round, total, band, elements, red_flags),
    oldest first. A person counts for an element when both answers carry it. Exact: the
    report publishes these with noise (``_practice``).
    """
    out: dict[str, dict[str, float | int]] = {}
    for element, keyed in _pairs(people).items():
        pairs = [(f, la) for _, f, la in keyed]
        n = len(pairs)
        out[element] = {
            "people": n,
            "first": round(sum(f for f, _ in pairs) / n, 3) if n else 0.0,
            "last": round(sum(la for _, la in pairs) / n, 3) if n else 0.0,
            "change": round(sum(la - f for f, la in pairs) / n, 3) if n else 0.0,
        }
    return out


def _elements(people: dict[str, list[Row]]) -> dict[str, dict[str, Cell]]:
    """Per element: people, mean first and last score (0-2) and the change between them; the
    means published from noisy sums of the scores (noise.py), the change as their difference."""
    exact = first_to_last(people)
    out = {}
    for element, pairs in _pairs(people).items():
        m, n = exact[element], len(pairs)
        label = f"elements.{element}|{digest(pairs)}"
        first = ("mean", label + ".first", sum(f for _, f, _ in pairs), n, 0, 2)
        last = ("mean", label + ".last", sum(la for _, _, la in pairs), n, 0, 2)
        out[element] = {
            "people": count_cell(n, n, ("count", label + ".people", n)),
            "first": count_cell(m["first"], n, first),
            "last": count_cell(m["last"], n, last),
            "change": count_cell(m["change"], n, ("change", first, last)),
        }
    return out


def _practice(attempts: list[Row]) -> dict[str, Any]:
    people = _by_key(attempts)
    twice = {k: rows for k, rows in people.items() if len(rows) >= 2}
    n = len(twice)
    flags = {
        when: (
            [k for k, rows in twice.items() if _json(rows[i][5], [])],
            [k for k, rows in twice.items() if not _json(rows[i][5], [])],
        )
        for when, i in (("first", 0), ("last", -1))
    }
    everyone = len(people)
    return {
        "people": count_cell(everyone, everyone, _count("practice.people", everyone, people)),
        "answers": count_cell(
            len(attempts), everyone, _count("practice.answers", len(attempts), attempts)
        ),
        "first_answer": _bands("first_answer", people, lambda rows: rows[0]),
        "latest_answer": _bands("latest_answer", people, lambda rows: rows[-1]),
        "histogram": _histogram(attempts),
        "people_with_two_or_more": count_cell(n, n, _count("practice.twice", n, twice)),
        "elements": _elements(people),
        "red_flags": {w: _people_rate(f"red_flags.{w}", *f) for w, f in flags.items()},
    }


def _items_rate(label: str, yes: list[Row], rest: list[Row]) -> dict[str, Cell]:
    return _rate(_items(yes, label + ".count"), _items(rest), _items([*yes, *rest], label))


def _follow_through(followups: list[Row], end: str) -> dict[str, Any]:
    # Column order: key, kind, due_at, status, on_time. A cancelled follow-up was never owed.
    due = [row for row in followups if row[2] and row[2] <= end and row[3] != "cancelled"]
    out = {}
    for name, rows in (
        ("thank_you", [row for row in due if row[1] == "thank_you"]),
        ("other", [row for row in due if row[1] != "thank_you"]),
    ):
        out[name] = _items_rate(
            f"follow_through.{name}",
            [row for row in rows if row[4] == 1],
            [row for row in rows if row[4] != 1],
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
    top_how = _count("funnel.contacts.people", top, {row[0] for row in contacts})
    out = []
    for step, rows in steps.items():
        keys = {row[0] for row in rows}
        people = len(keys)
        share = round(people / top, 4) if top else 0.0
        how = _count(f"funnel.{step}.people", people, keys)
        out.append(
            {
                "step": step,
                "people": count_cell(people, people, how),
                "items": count_cell(len(rows), people, _count(f"funnel.{step}", len(rows), rows)),
                "share_of_first": count_cell(share, min(people, top), ("share", how, top_how)),
            }
        )
    return out


def _outcomes(outcomes: list[Row]) -> dict[str, Any]:
    latest: dict[str, str] = {}
    for key, category in outcomes:  # oldest first, so the latest answer wins
        if category in NACE:
            latest[key] = category
    members: dict[str, list[str]] = {c: [] for c in NACE}
    for key, category in latest.items():
        members[category].append(key)
    parts = {
        c: Part(len(m), len(m), how=_count(f"outcomes.{c}", len(m), m)) for c, m in members.items()
    }
    total = Part(len(latest), len(latest), how=_count("outcomes", len(latest), latest.items()))
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
    """The report as JSON-ready data, suppression and noise applied (see the module docstring).

    ``workspace`` keeps the people of that workspace only (``conversations.workspace``: a Slack
    team id, ``telegram`` or ``local``); ``since`` keeps rows created from the first day of its
    month (00:00 UTC); ``now`` (default: the system clock) ends the period and decides which
    follow-ups were due. Every cell is ``{"value": number, "suppressed": false}`` (the number
    with noise: counts whole and never negative, means 0-2 to 3 decimals, shares 0-1) or
    ``{"value": null, "suppressed": true, "reason": "fewer_than_10" | "complementary"}``.
    """
    report = _tally(store, workspace, since, now)
    Publisher(store.secret()).publish(report)
    return report


def tally(
    store: Store,
    workspace: str | None = None,
    since: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The exact numbers behind ``build_report``'s, suppression applied, no noise: for tests of
    the counting only. Never print or send it: exact reports can be subtracted (module
    docstring)."""
    report = _tally(store, workspace, since, now)
    strip(report)
    return report


def _tally(
    store: Store, workspace: str | None, since: date | None, now: datetime | None
) -> dict[str, Any]:
    now = _utc(now or datetime.now(UTC))
    start = None
    if since is not None:
        # Fixed periods: a report starts on the first of a month, whatever day was asked for.
        day = since.date() if isinstance(since, datetime) else since
        start = datetime.combine(day.replace(day=1), time(0), tzinfo=UTC)
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
        "noise": {"mechanism": "laplace", "epsilon_per_cell": EPSILON},
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
