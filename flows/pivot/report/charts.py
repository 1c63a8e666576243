"""The career-office report's charts, drawn by matplotlib as PNG with alt text."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flows.pivot.report.terms import FUNNEL, NACE, Cell
from flows.pivot.report.text import fmt
from flows.pivot.rubric import BAND_RANGES, BANDS, MAX_TOTAL
from flows.pivot.rubric import NAMES as ELEMENT_NAMES

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
