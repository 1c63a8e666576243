"""Time, injectable: the engine asks a clock, never the system directly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to: for tests, scripts and benchmarks."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            self._now = self._now.replace(tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        return self._now


@lru_cache(maxsize=16)  # the same moment is stamped several times within one message
def iso(moment: datetime) -> str:
    """A moment as the UTC ISO text every table stores (sorts as text)."""
    # isoformat() is several times faster than strftime() and this runs a few times a message.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def from_iso(text: str) -> datetime:
    """Read back what :func:`iso` wrote."""
    return datetime.fromisoformat(text)


def parse_duration(text: str) -> timedelta:
    """Read ``90s``, ``15m``, ``26h``, ``3d``, ``2w`` (and combinations like ``1d12h``).

    Raises ``ValueError`` for anything else.
    """
    import re

    units = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhdw])", text.strip().lower())
    if not parts or re.sub(r"[\d.\s smhdw]", "", text.strip().lower()):
        raise ValueError(f"not a duration: {text!r} (use e.g. 26h, 3d, 15m)")
    delta = timedelta()
    for amount, unit in parts:
        delta += timedelta(**{units[unit]: float(amount)})
    return delta
