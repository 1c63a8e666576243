"""The report as text: Markdown and JSON, and the outline of tables the HTML page shares too."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from flows.pivot.report.terms import FUNNEL, NACE, SMALL, Cell
from flows.pivot.rubric import BAND_RANGES, BANDS, MAX_TOTAL
from flows.pivot.rubric import NAMES as ELEMENT_NAMES


def fmt(cell: Cell, kind: str = "count") -> str:
    """One cell as text: ``<10``, ``hidden``, or the number (count, share, mean or change)."""
    if cell["suppressed"]:
        return "<10" if cell.get("reason") == SMALL else "hidden"
    value = cell["value"]
    if kind == "share":
        return f"{value:.0%}"
    if kind == "mean":
        return f"{value:.2f}"
    if kind == "change":
        return f"{value:+.2f}"
    return f"{value:,}"


@dataclass(frozen=True, slots=True)
class Table:
    key: str
    caption: str
    header: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    tables: list[Table]


def period(report: dict[str, Any]) -> str:
    """The period in words: ``1 Sep 2026 to 25 Nov 2026 09:00 UTC``."""
    until = datetime.fromisoformat(report["until"])
    end = f"{until.day} {until:%b %Y %H:%M} UTC"
    if report["since"]:
        since = date.fromisoformat(report["since"])
        return f"{since.day} {since:%b %Y} to {end}"
    return f"everything up to {end}"


LEGEND = (
    "Aggregates only: no names, no messages. `<10` marks a number describing fewer than 10 "
    "people; `hidden` marks a number withheld so that a `<10` one can't be worked out by "
    "subtraction from a total. Every number carries a little random noise (a few people on a "
    "count), the same each time this report is asked for, so that no two reports can be "
    "subtracted to give one person's answers away. Reports start on the first of a month."
)


def outline(report: dict[str, Any]) -> list[Section]:
    """The report's tables as text, in order: what both Markdown and HTML print."""
    return [
        Section("reach", "Reach", [_reach_table(report["reach"])]),
        Section("practice", "Practice", _practice_tables(report["practice"])),
        Section("follow_through", "Follow-through", [_follow_table(report["follow_through"])]),
        Section("funnel", "Networking funnel", [_funnel_table(report["funnel"])]),
        Section("outcomes", "Outcomes", [_outcome_table(report["outcomes"])]),
    ]


def _reach_table(reach: dict[str, Any]) -> Table:
    sessions = reach["sessions"]
    return Table(
        "reach",
        "",
        ("", "Count"),
        [
            ("People who started in the period", fmt(reach["people"])),
            ("People active in the period", fmt(reach["active_people"])),
            ("Sessions (all kinds)", fmt(sessions["total"])),
            ("- interviews prepared", fmt(sessions["interviews_prepared"])),
            ("- rehearsal rounds", fmt(sessions["rehearsal_rounds"])),
            ("- debriefs after the interview", fmt(sessions["debriefs"])),
        ],
    )


def _practice_tables(practice: dict[str, Any]) -> list[Table]:
    first, latest = practice["first_answer"], practice["latest_answer"]
    histogram = practice["histogram"]
    scores = [str(t) for t in range(MAX_TOTAL + 1)]
    bands = [
        (
            f"{b.capitalize()} ({BAND_RANGES[b]})",
            fmt(first["bands"][b]["people"]),
            fmt(first["bands"][b]["share"], "share"),
            fmt(latest["bands"][b]["people"]),
            fmt(latest["bands"][b]["share"], "share"),
        )
        for b in BANDS
    ]
    elements = [
        (
            f"{e} {ELEMENT_NAMES[e]}",
            fmt(m["people"]),
            fmt(m["first"], "mean"),
            fmt(m["last"], "mean"),
            fmt(m["change"], "change"),
        )
        for e, m in practice["elements"].items()
    ]
    flags = practice["red_flags"]
    return [
        Table(
            "counts",
            "",
            ("", "Count"),
            [
                ("People who rehearsed", fmt(practice["people"])),
                ("Answers scored", fmt(practice["answers"])),
                ("People with two or more answers", fmt(practice["people_with_two_or_more"])),
            ],
        ),
        Table(
            "bands",
            "Score bands: people by the band of their first and of their latest answer",
            ("Band (score out of 16)", "First answer", "Share", "Latest answer", "Share"),
            [*bands, ("All who rehearsed", fmt(first["people"]), "", fmt(latest["people"]), "")],
        ),
        Table(
            "histogram",
            "Answers by total score (out of 16)",
            ("Score", *scores, "All"),
            [
                (
                    "Answers",
                    *(fmt(histogram["totals"][t]) for t in scores),
                    fmt(histogram["answers"]),
                )
            ],
        ),
        Table(
            "elements",
            "First to last answer, per rubric element: mean score (0-2) of the people with two "
            "or more answers",
            ("Element", "People", "First", "Last", "Change"),
            elements,
        ),
        Table(
            "flags",
            "Red flags: people with two or more answers whose answer raised one",
            ("", "People", "Share"),
            [
                (
                    "First answer",
                    fmt(flags["first"]["count"]),
                    fmt(flags["first"]["share"], "share"),
                ),
                ("Last answer", fmt(flags["last"]["count"]), fmt(flags["last"]["share"], "share")),
            ],
        ),
    ]


def _follow_table(follow: dict[str, Any]) -> Table:
    return Table(
        "follow_through",
        "Follow-ups that fell due in the period, and how many were done on time",
        ("", "Due", "Done on time", "Share"),
        [
            (
                label,
                fmt(follow[k]["total"]),
                fmt(follow[k]["count"]),
                fmt(follow[k]["share"], "share"),
            )
            for k, label in (("thank_you", "Thank-you notes"), ("other", "Other follow-ups"))
        ],
    )


def _funnel_table(funnel: list[dict[str, Any]]) -> Table:
    return Table(
        "funnel",
        "People reaching each step, their share of those who named a contact, and the count of "
        "contacts, introductions, referrals, interviews or offers",
        ("Step", "People", "Share", "Count"),
        [
            (
                FUNNEL[s["step"]],
                fmt(s["people"]),
                fmt(s["share_of_first"], "share"),
                fmt(s["items"]),
            )
            for s in funnel
        ],
    )


def _outcome_table(outcomes: dict[str, Any]) -> Table:
    rows = [
        (NACE[c], fmt(v["people"]), fmt(v["share"], "share"))
        for c, v in outcomes["categories"].items()
    ]
    return Table(
        "outcomes",
        "People by NACE first-destination category (their latest answer)",
        ("Category", "People", "Share"),
        [*rows, ("All with a recorded outcome", fmt(outcomes["people"]), "")],
    )


def render_markdown(report: dict[str, Any]) -> str:
    """The report as a Markdown document."""
    where = report["workspace"] or "all workspaces"
    lines = [
        "# Pivotbot career-office report",
        "",
        f"**Workspace:** {_md(where)} · **Period:** {period(report)}",
        "",
        LEGEND,
    ]
    for section in outline(report):
        lines += ["", f"## {section.title}"]
        for table in section.tables:
            if table.caption:
                lines += ["", f"**{table.caption}**"]
            lines += [
                "",
                _md_row(table.header),
                _md_row(("---", *("--:",) * (len(table.header) - 1))),
            ]
            lines += [_md_row(row) for row in table.rows]
    lines += ["", NOTES, ""]
    return "\n".join(lines)


NOTES = (
    "Sessions are interviews prepared, rehearsal rounds and debriefs. A conversation with a "
    "contact means a contact at stage *met* or beyond. Shares of the funnel are of the people "
    "who named a contact. Outcomes count each person's latest answer."
)


def _md(text: str) -> str:
    # The workspace id is the only text from outside: keep it from becoming markup.
    return "".join(f"\\{ch}" if ch in "\\`*_{}[]<>()#+-.!|" else ch for ch in text)


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def render_json(report: dict[str, Any]) -> str:
    """The report as JSON: every cell is ``{"value", "suppressed"}`` (and a ``reason`` if hidden)."""
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
