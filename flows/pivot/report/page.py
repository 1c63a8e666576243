"""The career-office report as one self-contained HTML page, each chart beside its tables."""

from __future__ import annotations

import base64
import html
from typing import Any

from flows.pivot.report.charts import Chart, charts
from flows.pivot.report.text import LEGEND, NOTES, Table, fmt, outline, period

# Each section's rows: a chart (or none) beside the tables that hold its numbers.
LAYOUT: dict[str, list[tuple[str | None, list[str]]]] = {
    "reach": [(None, ["reach"])],
    "follow_through": [(None, ["follow_through"])],
    "practice": [
        ("bands", ["bands"]),
        ("elements", ["elements"]),
        ("histogram", ["counts", "flags"]),
        (None, ["histogram"]),
    ],
    "funnel": [("funnel", ["funnel"])],
    "outcomes": [("outcomes", ["outcomes"])],
}
ORDER = ("reach", "follow_through", "practice", "funnel", "outcomes")


def _figure_html(chart: Chart) -> str:
    if chart.png is None:
        return (
            f'<figure class="empty"><p><strong>{html.escape(chart.title)}</strong></p>'
            "<p>Not shown: every number in it describes fewer than 10 people.</p></figure>"
        )
    data = base64.b64encode(chart.png).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{html.escape(chart.alt)}"></figure>'
    )


def _table_html(table: Table) -> str:
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in table.header)
    rows = []
    for label, *cells in table.rows:
        kind = ' class="total"' if label.startswith("All") else ""
        sub = ' class="sub"' if label.startswith("- ") else ""
        tds = "".join(f'<td class="{_cls(c)}">{html.escape(c)}</td>' for c in cells)
        name = html.escape(label.removeprefix("- "))
        rows.append(f'<tr{kind}><th scope="row"{sub}>{name}</th>{tds}</tr>')
    caption = f"<caption>{html.escape(table.caption)}</caption>" if table.caption else ""
    wide = " wide" if len(table.header) > 8 else ""
    return (
        f'<div class="scroll{wide}"><table>{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _cls(text: str) -> str:
    return "num hidden" if text in ("<10", "hidden") else "num"


def _tiles(report: dict[str, Any]) -> str:
    reach, practice = report["reach"], report["practice"]
    flags = practice["red_flags"]
    tiles = [
        (fmt(reach["people"]), "people started"),
        (fmt(reach["sessions"]["total"]), "sessions"),
        (fmt(practice["people"]), "people rehearsed"),
        (
            f"{fmt(flags['first']['share'], 'share')} → {fmt(flags['last']['share'], 'share')}",
            "answers with a red flag, first → last",
        ),
        (fmt(report["follow_through"]["thank_you"]["share"], "share"), "thank-you notes on time"),
    ]
    return (
        '<div class="tiles">'
        + "".join(
            f'<div class="tile"><span class="big">{html.escape(v)}</span>'
            f'<span class="what">{html.escape(w)}</span></div>'
            for v, w in tiles
        )
        + "</div>"
    )


def _section_html(key: str, title: str, tables: dict[str, Table], drawn: dict[str, Chart]) -> str:
    rows = []
    for chart, names in LAYOUT[key]:
        body = "".join(_table_html(tables[n]) for n in names)
        if chart is None:
            rows.append(f'<div class="row solo">{body}</div>')
        else:
            rows.append(f'<div class="row">{_figure_html(drawn[chart])}<div>{body}</div></div>')
    half = " half" if all(chart is None for chart, _ in LAYOUT[key]) else ""
    return (
        f'<section id="{key}" class="card{half}"><h2>{html.escape(title)}</h2>{"".join(rows)}'
        "</section>"
    )


CSS = """
:root { color-scheme: light; --ink: #1f2933; --muted: #5b6472; --line: #e5e7eb; --blue: #0072b2; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 28px 24px 40px;
  display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
header, .tiles, .card, footer { grid-column: 1 / -1; }
.card.half { grid-column: auto; }
header h1 { margin: 0 0 2px; font-size: 28px; }
.meta { margin: 0; color: var(--muted); }
.legend { margin: 10px 0 0; padding: 8px 14px; background: #fff; border-left: 4px solid var(--blue);
  font-size: 14px; }
code { font: inherit; font-weight: 600; background: #eef2f7; padding: 0 4px; border-radius: 3px; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 14px; }
.tile { background: #fff; border-radius: 10px; padding: 14px 16px; box-shadow: 0 1px 2px #0002; }
.big { display: block; font-size: 30px; font-weight: 700; color: var(--blue); white-space: nowrap; }
.what { color: var(--muted); font-size: 14px; }
.card { background: #fff; border-radius: 10px; padding: 4px 22px 14px; box-shadow: 0 1px 2px #0002; }
h2 { font-size: 21px; margin: 14px 0 6px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
.row { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); gap: 28px;
  align-items: start; padding: 10px 0; border-bottom: 1px solid var(--line); }
.row:last-child { border-bottom: 0; }
.row.solo { grid-template-columns: minmax(0, 1fr); }
figure { margin: 0; }
figure img { width: 100%; height: auto; display: block; }
figure.empty { padding: 24px; background: #f9fafb; color: var(--muted); border-radius: 8px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 14px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; }
thead th { font-size: 13px; color: var(--muted); font-weight: 600; }
td.num, thead th:not(:first-child) { text-align: right; }
td.hidden { color: var(--muted); font-style: italic; }
th.sub { padding-left: 26px; font-weight: normal; }
tbody th { font-weight: 500; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
.wide th, .wide td { padding: 4px 6px; }
footer { color: var(--muted); font-size: 13px; }
@media (max-width: 900px) { main, .row { grid-template-columns: minmax(0, 1fr); }
  .tiles { grid-template-columns: repeat(2, 1fr); } }
@media print { body { background: #fff; } .card, .tile { box-shadow: none; break-inside: avoid; } }
"""


def _coded(text: str) -> str:
    """Escape, then show the Markdown `code` spans of the shared texts as <code>."""
    parts = html.escape(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def render_html(report: dict[str, Any]) -> str:
    """The whole page: headline numbers, then each section's charts beside their tables."""
    where = html.escape(report["workspace"] or "all workspaces")
    sections = {s.key: s for s in outline(report)}
    drawn = charts(report)
    body = "".join(
        _section_html(k, sections[k].title, {t.key: t for t in sections[k].tables}, drawn)
        for k in ORDER
    )
    notes = html.escape(NOTES).replace("*met*", "<em>met</em>")
    csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>Pivotbot career-office report: {where}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header>
<h1>Career-office report</h1>
<p class="meta">Pivotbot · Workspace: {where} · Period: {html.escape(period(report))}</p>
<p class="legend">{_coded(LEGEND)}</p>
</header>
{_tiles(report)}
{body}
<footer><p>{notes}</p></footer>
</main>
</body>
</html>
"""
