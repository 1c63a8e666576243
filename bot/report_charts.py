"""The career-office report as one self-contained HTML page, its charts drawn by matplotlib."""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.report import (
    BAND_RANGES,
    BANDS,
    ELEMENT_NAMES,
    FUNNEL,
    LEGEND,
    MAX_TOTAL,
    NACE,
    NOTES,
    Cell,
    Table,
    fmt,
    outline,
    period,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe-Ito colours: told apart with every common colour-vision deficiency, and in greyscale.
BAND_COLOURS = {"ready": "#009E73", "solid": "#56B4E9", "rework": "#E69F00", "restart": "#D55E00"}
FIRST, LATEST, INK, MUTED = "#BBBBBB", "#0072B2", "#1F2933", "#6B7280"
SIZE = (8, 4.5)  # inches: 1200 x 675 pixels at 150 dpi, a 16:9 slide's shape
DPI = 150
LABEL = 14  # points: still readable when the page shows the chart at half size


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    alt: str
    png: bytes | None  # None when every number the chart would draw is hidden


def _said(cell: Cell, kind: str = "count") -> str:
    """A cell for alt text, in words a screen reader says well."""
    if cell["suppressed"]:
        return "fewer than 10 people" if cell.get("reason") == "fewer_than_10" else "hidden"
    return fmt(cell, kind)


def _value(cell: Cell) -> float:
    return float(cell["value"]) if not cell["suppressed"] else 0.0


def _draw(title: str, draw: Callable[[Axes], None], size: tuple[float, float] = SIZE) -> bytes:
    # The Figure API with an Agg canvas, never pyplot: no global state, no GUI backend, and
    # figures are freed when they go out of scope instead of piling up in pyplot's registry.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig: Figure = Figure(figsize=size, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=LABEL, colors=INK)
    # The figure's title, not the axes': long category labels push the axes right.
    fig.suptitle(title, x=0.015, ha="left", fontsize=17, fontweight="bold", color=INK)
    draw(ax)
    buffer = io.BytesIO()
    # No "Software" stamp: the same report gives the same bytes on every machine.
    fig.savefig(buffer, format="png", facecolor="white", metadata={"Software": None})
    return buffer.getvalue()


def _hidden_mark(ax: Axes, x: float, y: float, cell: Cell, **kw: Any) -> None:
    ax.annotate(fmt(cell), (x, y), color=MUTED, fontsize=11, fontstyle="italic", **kw)


def bands_chart(practice: dict[str, Any]) -> Chart:
    first, latest = practice["first_answer"], practice["latest_answer"]
    shares = {
        label: [block["bands"][b]["share"] for b in BANDS]
        for label, block in (("First answer", first), ("Latest answer", latest))
    }
    alt = "Bar chart: share of people who rehearsed in each score band. " + " ".join(
        f"{label}: "
        + ", ".join(f"{b} {_said(c, 'share')}" for b, c in zip(BANDS, cells, strict=True))
        + "."
        for label, cells in shares.items()
    )
    title = "Score bands: first answer and latest answer"
    if all(c["suppressed"] for cells in shares.values() for c in cells):
        return Chart(title, alt, None)

    def draw(ax: Axes) -> None:
        width = 0.38
        for i, (label, cells) in enumerate(shares.items()):
            xs = [x + (i - 0.5) * width for x in range(len(BANDS))]
            colour = (FIRST, LATEST)[i]
            bars = ax.bar(xs, [_value(c) * 100 for c in cells], width, color=colour, label=label)
            for bar, cell in zip(bars, cells, strict=True):
                x = bar.get_x() + bar.get_width() / 2
                if cell["suppressed"]:
                    _hidden_mark(ax, x, 1, cell, ha="center")
                else:
                    ax.annotate(
                        fmt(cell, "share"),
                        (x, bar.get_height()),
                        xytext=(0, 4),
                        textcoords="offset points",
                        ha="center",
                        fontsize=LABEL - 1,
                        color=INK,
                    )
        ax.set_xticks(
            range(len(BANDS)), [f"{b.capitalize()}\n{BAND_RANGES[b]} of 16" for b in BANDS]
        )
        ax.set_ylabel("Share of people who rehearsed (%)", fontsize=LABEL, color=INK)
        ax.set_ylim(0, max(60.0, *(_value(c) * 115 for cs in shares.values() for c in cs)))
        ax.legend(frameon=False, fontsize=LABEL)

    return Chart(title, alt, _draw(title, draw))


def histogram_chart(practice: dict[str, Any]) -> Chart:
    totals = practice["histogram"]["totals"]
    scores = [str(t) for t in range(MAX_TOTAL + 1)]
    alt = "Bar chart: number of answers at each total score from 0 to 16. " + ", ".join(
        f"score {t}: {_said(totals[t])}" for t in scores
    )
    title = "Answers by total score"
    if all(totals[t]["suppressed"] for t in scores):
        return Chart(title, alt, None)

    def band_of(score: int) -> str:
        return next(b for b in BANDS if score >= int(BAND_RANGES[b].split("-")[0]))

    def draw(ax: Axes) -> None:
        colours = [BAND_COLOURS[band_of(int(t))] for t in scores]
        ax.bar(range(len(scores)), [_value(totals[t]) for t in scores], color=colours)
        for x, t in enumerate(scores):
            if totals[t]["suppressed"]:
                _hidden_mark(ax, x, 0, totals[t], ha="center", rotation=90, va="bottom")
        ax.set_xticks(range(len(scores)), scores)
        ax.set_xlabel("Total score (out of 16)", fontsize=LABEL, color=INK)
        ax.set_ylabel("Answers", fontsize=LABEL, color=INK)
        from matplotlib.patches import Patch

        ax.legend(
            handles=[
                Patch(color=BAND_COLOURS[b], label=f"{b.capitalize()} {BAND_RANGES[b]}")
                for b in BANDS
            ],
            frameon=False,
            fontsize=LABEL - 1,
            loc="upper left",
        )

    return Chart(title, alt, _draw(title, draw))


def elements_chart(practice: dict[str, Any]) -> Chart:
    elements = practice["elements"]
    alt = "Chart: mean score per rubric element (0 to 2), first answer to last answer. " + " ".join(
        f"{e} {ELEMENT_NAMES[e]}: {_said(m['first'], 'mean')} to {_said(m['last'], 'mean')}"
        f" ({_said(m['change'], 'change')})."
        for e, m in elements.items()
    )
    title = "Rubric elements: mean score, first answer to last answer"
    if all(m["change"]["suppressed"] for m in elements.values()):
        return Chart(title, alt, None)

    def draw(ax: Axes) -> None:
        from matplotlib.lines import Line2D

        names = list(elements)[::-1]  # E1 at the top
        for y, e in enumerate(names):
            m = elements[e]
            if m["change"]["suppressed"]:
                _hidden_mark(ax, 0.05, y, m["change"], va="center")
                continue
            first, last = _value(m["first"]), _value(m["last"])
            ax.annotate(
                "",
                (last, y),
                (first, y),
                arrowprops={"arrowstyle": "-|>", "color": LATEST, "lw": 2.2, "shrinkB": 5},
            )
            ax.scatter([first], [y], s=90, color=FIRST, zorder=3)
            ax.scatter([last], [y], s=90, color=LATEST, zorder=3)
            ax.annotate(
                fmt(m["change"], "change"),
                (2.04, y),
                va="center",
                fontsize=LABEL,
                color=LATEST if m["change"]["value"] >= 0 else BAND_COLOURS["restart"],
                fontweight="bold",
            )
        ax.set_yticks(range(len(names)), [f"{e}  {ELEMENT_NAMES[e]}" for e in names])
        ax.set_xlim(0, 2.32)
        ax.set_xticks([0, 0.5, 1, 1.5, 2])
        ax.set_xlabel("Mean score (0 to 2)", fontsize=LABEL, color=INK)
        assert ax.figure is not None
        ax.figure.legend(
            handles=[
                Line2D([], [], marker="o", ls="", ms=9, color=FIRST, label="First answer"),
                Line2D([], [], marker="o", ls="", ms=9, color=LATEST, label="Last answer"),
            ],
            loc="outside lower center",
            ncols=2,
            frameon=False,
            fontsize=LABEL - 1,
        )
        ax.grid(axis="x", color="#E5E7EB")
        ax.set_axisbelow(True)

    return Chart(title, alt, _draw(title, draw, (8, 5.6)))


def _barh(
    labels: Sequence[str], cells: Sequence[Cell], notes: Sequence[str], colour: str, xlabel: str
) -> Callable[[Axes], None]:
    def draw(ax: Axes) -> None:
        ys = range(len(labels))[::-1]  # first label at the top
        ax.barh(list(ys), [_value(c) for c in cells], color=colour, height=0.62)
        top = max([_value(c) for c in cells] + [1.0])
        for y, cell, note in zip(ys, cells, notes, strict=True):
            if cell["suppressed"]:
                _hidden_mark(ax, top * 0.01, y, cell, va="center")
            else:
                ax.annotate(
                    note,
                    (_value(cell) + top * 0.01, y),
                    va="center",
                    fontsize=LABEL,
                    color=INK,
                )
        ax.set_yticks(list(ys), labels)
        ax.set_xlim(0, top * 1.22)
        ax.set_xlabel(xlabel, fontsize=LABEL, color=INK)

    return draw


def funnel_chart(funnel: list[dict[str, Any]]) -> Chart:
    labels = [FUNNEL[s["step"]] for s in funnel]
    cells = [s["people"] for s in funnel]
    notes = [
        f"{fmt(s['people'])}  ({fmt(s['share_of_first'], 'share')})"
        if not s["share_of_first"]["suppressed"]
        else fmt(s["people"])
        for s in funnel
    ]
    alt = "Bar chart: the networking funnel, people reaching each step. " + ", ".join(
        f"{label}: {_said(c)}" for label, c in zip(labels, cells, strict=True)
    )
    title = "Networking funnel: people reaching each step"
    if all(c["suppressed"] for c in cells):
        return Chart(title, alt, None)
    xlabel = "People (share of those who named a contact)"
    return Chart(title, alt, _draw(title, _barh(labels, cells, notes, LATEST, xlabel)))


def outcomes_chart(outcomes: dict[str, Any]) -> Chart:
    categories = outcomes["categories"]
    labels = [NACE[c] for c in categories]
    cells = [v["people"] for v in categories.values()]
    notes = [f"{fmt(v['people'])}  ({fmt(v['share'], 'share')})" for v in categories.values()]
    alt = "Bar chart: people by NACE first-destination category. " + ", ".join(
        f"{label}: {_said(c)}" for label, c in zip(labels, cells, strict=True)
    )
    title = "Outcomes: NACE first-destination categories"
    if all(c["suppressed"] for c in cells):
        return Chart(title, alt, None)
    xlabel = "People (latest answer; share of all who recorded one)"
    return Chart(title, alt, _draw(title, _barh(labels, cells, notes, "#009E73", xlabel), (8, 5.4)))


def charts(report: dict[str, Any]) -> dict[str, Chart]:
    """Every chart, by the name the page's layout uses."""
    practice = report["practice"]
    return {
        "bands": bands_chart(practice),
        "elements": elements_chart(practice),
        "histogram": histogram_chart(practice),
        "funnel": funnel_chart(report["funnel"]),
        "outcomes": outcomes_chart(report["outcomes"]),
    }


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
