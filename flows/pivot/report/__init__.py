"""The anonymous career-office report: built from the pivot records (``build``, which documents
what is counted and what is hidden), rendered as Markdown and JSON (``text``) or as one HTML page
with charts (``page``, ``charts``)."""

from flows.pivot.report.build import (
    COMPLEMENTARY,
    FORMATS,
    RENDERERS,
    SMALL,
    THRESHOLD,
    Part,
    build_report,
    count_cell,
    first_to_last,
    parse_formats,
    period,
    pinned,
    protect,
    render_html,
    render_json,
    render_markdown,
    tally,
    write_report,
)

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
