"""The pivot rubric, in one place: its elements and their names, points, total, bands and cap.

The scorer, the coach's feedback, the rehearsal's progress and the career-office report read
the rubric from here, and nothing else spells an element, a band or a limit out. (What the coach
says about each element and band is wording, in ``content/rehearsal.yaml``, keyed by these ids.)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Element:
    """One element of the rubric, scored 0 to ``POINTS``."""

    id: str  # "E1".."E8": the key of stored scores
    name: str  # as the report titles it: "Honest fit statement"
    short: str  # as the coach says it mid-sentence: "honest fit"


@dataclass(frozen=True, slots=True)
class Band:
    """A band of totals: from ``floor`` up to the next band's floor (or the maximum)."""

    id: str
    floor: int


RUBRIC: tuple[Element, ...] = (
    Element("E1", "Timing", "timing"),
    Element("E2", "Enthusiasm for the company", "enthusiasm for the company"),
    Element("E3", "Honest fit statement", "honest fit"),
    Element("E4", "Bridge to their value", "bridge and proof"),
    Element("E5", "One clear ask", "the ask"),
    Element("E6", "Keeps the door open", "door open"),
    Element("E7", "Follow-up", "follow-up"),
    Element("E8", "Delivery", "delivery"),
)
POINTS = 2  # the most one element scores
MAX_TOTAL = POINTS * len(RUBRIC)  # 16
CAP = 5  # any red flag caps the total here
# Best first; each band runs from its floor to just below the previous band's.
BAND_LIST: tuple[Band, ...] = (
    Band("ready", 14),
    Band("solid", 10),
    Band("rework", 6),
    Band("restart", 0),
)
RED_FLAGS: tuple[str, ...] = (
    "disparages_role",
    "fakes_interest",
    "demands_job",
    "leaves_early",
    "ignores_interviewer",
)

ELEMENTS: tuple[str, ...] = tuple(e.id for e in RUBRIC)
NAMES: dict[str, str] = {e.id: e.name for e in RUBRIC}
SHORT_NAMES: dict[str, str] = {e.id: e.short for e in RUBRIC}
BANDS: tuple[str, ...] = tuple(b.id for b in BAND_LIST)
BAND_FLOORS: tuple[tuple[str, int], ...] = tuple((b.id, b.floor) for b in BAND_LIST)
# "ready" -> "14-16": each band's totals, as the report prints them.
BAND_RANGES: dict[str, str] = {
    b.id: f"{b.floor}-{(BAND_LIST[i - 1].floor - 1) if i else MAX_TOTAL}"
    for i, b in enumerate(BAND_LIST)
}


def band_for(total: int) -> str:
    """The band of a total (0 to ``MAX_TOTAL``): ready 14-16, solid 10-13, rework 6-9,
    restart 0-5. A total below 0 is ``restart``."""
    for band in BAND_LIST:
        if total >= band.floor:
            return band.id
    return BAND_LIST[-1].id
