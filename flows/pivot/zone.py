"""The student's time zone: asked once, before the first date question (the runtime asks the
flow's ``zone_question`` then; Slack's own ``tz`` makes it needless), or changed with
``/timezone``. Every reminder is computed in it (``reminders``)."""

from __future__ import annotations

from typing import Any, ClassVar

from transitions.core import EventData

from bot import zones
from bot.conversation import AFTER_ZONE
from bot.dates import say_time
from bot.flow import Step
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import debrief, reminders

QUESTION = "zone"

STEPS = (Step(QUESTION, "text", choices="zone_choices", max_len=100),)

T = "trigger"
TABLE: list[dict[str, Any]] = [
    {T: "timezone", "source": "*", "dest": QUESTION, "before": "leave_for_zone"},
    # Internal: the answer is kept, then the conversation goes back to where it was.
    {T: "pick", "source": QUESTION, "dest": None, "after": "keep_zone"},
    {
        T: "answer",
        "source": QUESTION,
        "dest": None,
        "conditions": "known_zone",
        "after": "keep_zone",
    },
]


class Zone(Part):
    """Where the student is, for their reminders' sake."""

    name = "zone"
    WORDS = "zone"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = ("zone_set",)
    EXTRAS: ClassVar[Extras] = {"zone_set": ("zone", "clock")}
    BUTTONS = ("pick",)

    def zone_choices(self) -> list[Choice]:
        """A few likely zones, from the locale the platform gives (if any)."""
        locale = self.c.inbound.locale if self.c.inbound is not None else None
        return [self.button(zones.label(z), f"pick:{z}") for z in zones.likely(locale)]

    def leave_for_zone(self, event: EventData) -> None:
        if self.c.state != QUESTION:
            self.c.data[AFTER_ZONE] = self.c.state

    def known_zone(self, event: EventData) -> bool:
        return zones.find(event.kwargs.get("text", "")) is not None

    def keep_zone(self, event: EventData) -> None:
        name = event.kwargs.get("value") or zones.find(event.kwargs.get("text", ""))
        if not name or zones.get(name) is None:
            return
        old = self.c.set_zone(name)
        reminders.rezone(self.c, old)  # anything set before was on another clock (UTC if none)
        clock = say_time(self.c.local_now.time().replace(second=0, microsecond=0))
        self.say("zone_set", zone=zones.label(name), clock=clock)
        # Back to the question the time zone was asked before (a date), or where /timezone was
        # typed. /back from there skips this one-off question.
        trail: list[str] = self.c.data.get("_trail", [])
        self.c.data["_trail"] = [s for s in trail if s != QUESTION]
        back = self.c.data.pop(AFTER_ZONE, None)
        if self.c.data.get("db", {}).get(debrief.DAY_TYPED):
            # The day typed with a debriefed interview's company ("Northwind, yesterday"),
            # waiting for this zone: read on the student's clock now, and said back.
            self.c.part(debrief.Debrief).keep_typed_day(None)
        self.c.go(back if back in self.c.flow.steps and back != QUESTION else "menu")
