"""The conversation API that flow parts share: one user's state and data for one action, their
words, their records and their timers.

A ``Conversation`` is the model fired on the flow's single machine. It is built from the stored
row for each action and dropped afterwards; it never joins the machine. Parts reach everything
through it (``self.c`` in a part), never through each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any, TypeVar, cast

from transitions.core import EventData

from bot import dates, zones
from bot.clock import iso
from bot.errors import FlowError
from bot.markup import fill
from bot.messages import Choice, ConversationKey, Inbound, Reply
from bot.store import Store

if TYPE_CHECKING:
    from bot.flow import Flow
    from bot.parts import Part

log = logging.getLogger(__name__)

P = TypeVar("P", bound="Part")

ZONE = "_tz"  # the data key of the person's time zone (a ``bot.zones`` name)
ZONE_BY = "_tz_by"  # who gave it: "person" (asked, or /timezone) or "platform" (Slack's profile)
AFTER_ZONE = "_after_zone"  # the question to go back to once the time zone is answered
DAYS = "_days"  # the days offered as buttons after a date that named only a week
# The buttons the person last had in front of them, as ``[label, value]`` in the order of
# their numbers: those of every reply to their last action, then those of each reminder sent
# since. After a restart a typed number is read against these, never against a page drawn
# again, which may number its buttons differently (see ``Flow._resumed``).
SCREEN = "_screen"


def screen_of(replies: list[Reply]) -> list[list[str]]:
    """The buttons of ``replies`` as stored under ``SCREEN``: ``[label, value]``, numbered on
    from one reply to the next as the console shows them."""
    return [[c.label, c.value] for reply in replies for c in reply.choices]


class Values(dict[str, Any]):
    """Template values: stored data, plus derived fields computed only when a template names
    them (``derive``); a field nobody has given yet renders empty rather than failing."""

    def __init__(self, data: dict[str, Any], derive: Callable[[str], Any] | None = None) -> None:
        super().__init__(data)
        self._derive = derive

    def __missing__(self, key: str) -> Any:
        value = self._derive(key) if self._derive else None
        value = "" if value is None else value
        self[key] = value
        return value


class Conversation:
    """The model fired on the flow's machine: one user's state and data, for one action."""

    state: str

    def __init__(
        self,
        flow: Flow,
        key: ConversationKey,
        state: str,
        data: dict[str, Any],
        now: datetime,
        store: Store,
    ) -> None:
        self.flow = flow
        self.key = key
        self.state = state
        self.data = data
        self.now = now
        self.store = store
        self.out: list[Reply] = []
        self.inbound: Inbound | None = None
        self.erased = False
        # What the step's ``prepare`` method returned for this action, before the transaction.
        self.prepared: Any = None
        # Set by the engine on the first action of this conversation it handles: the person may
        # not have the current question in front of them (after a restart the console's screen
        # is gone), so what would be refused draws the question again instead.
        self.fresh = False
        # No conversation was stored for this person before this action: their first message
        # ever (or after a flow change started them over). Nothing was asked of them yet, so
        # nothing they say can be refused: they get the first question.
        self.new = False
        # The state the fired transition reached, when the conversation then moved on by
        # itself (to ask the time zone first, or back from that question): script coverage.
        self.landed: str | None = None
        self._parts: dict[type[Part], Part] = {}

    def part(self, cls: type[P]) -> P:
        """This conversation's instance of part ``cls`` (made on first use, gone with the action)."""
        found = self._parts.get(cls)
        if found is None:
            found = self._parts[cls] = cls(self)
        return cast(P, found)

    # -- time: the person's own zone --------------------------------------------------------

    @property
    def zone(self) -> tzinfo:
        """The person's time zone: the one they gave (or their platform did), else UTC."""
        return zones.get(self.data.get(ZONE)) or UTC

    @property
    def zone_known(self) -> bool:
        return zones.get(self.data.get(ZONE)) is not None

    @property
    def local_now(self) -> datetime:
        """Now, on the person's own clock."""
        return self.now.astimezone(self.zone)

    def set_zone(self, name: str, by: str = "person") -> str | None:
        """Keep ``name`` (a ``bot.zones`` name) as the person's time zone, given ``by`` the
        "person" or their "platform"; returns the one it replaces (None if there was none).
        Raises ``ValueError`` for an unknown name."""
        if zones.get(name) is None:
            raise ValueError(f"unknown time zone {name!r}")
        old = self.data.get(ZONE)
        self.data[ZONE] = name
        self.data[ZONE_BY] = by
        return old if isinstance(old, str) else None

    def go(self, state: str) -> None:
        """Move to ``state`` without a transition and ask its question (a page listing live
        data is drawn again): the way back from a question asked on the side, like the time
        zone."""
        if self.landed is None:
            self.landed = self.state
        self.flow.machine.set_state(state, self)
        if self.flow.steps[state].live:
            self.redraw()
        else:
            self.ask()

    # -- words ------------------------------------------------------------------------------

    def values(self) -> Values:
        """Template values: the stored data (as the parts present it), and derived values."""
        values = Values({k: v for k, v in self.data.items() if k[:1] != "_"}, self.derive)
        for cls in self.flow.wiring.presenters:
            self.part(cls).present(values)
        return values

    def derive(self, name: str) -> Any:
        """A value computed when a template asks for it, by the one part that provides it."""
        cls = self.flow.wiring.derived.get(name)
        return self.part(cls).derive(name) if cls is not None else None

    def text(self, name: str, /, **extra: Any) -> str:
        """The text named ``name``, filled with escaped values (``extra`` first), and the
        postscripts the parts add to it, a paragraph each."""
        values = self.values()
        values.update(extra)
        said = fill(self.flow.content.text(name), values)
        for note in self.flow.wiring.postscripts.get(name, ()):
            said += "\n\n" + fill(self.flow.content.text(note), values)
        return said

    def say(self, name: str, choices: list[Choice] | None = None, /, **extra: Any) -> None:
        """Send the text named ``name`` from the flow's content, filled with escaped values."""
        self.out.append(Reply(self.text(name, **extra), choices or []))

    def say_markup(self, markup: str, choices: list[Choice] | None = None) -> None:
        """Send ready markup (built with ``bot.markup.fill``/``esc`` by the caller)."""
        self.out.append(Reply(markup, choices or []))

    def choices(self, state: str | None = None) -> list[Choice]:
        """The buttons of ``state`` (the current one by default); on a date question after an
        answer that named only a week, that week's days come first."""
        state = state or self.state
        buttons = self._choices(state)
        if state == self.state and self.data.get(DAYS) and self.flow.steps[state].input == "date":
            days = [
                Choice(dates.day_button(date.fromisoformat(d)), f"date:{d}")
                for d in self.data[DAYS]
            ]
            return [*days, *buttons]
        return buttons

    def _choices(self, state: str) -> list[Choice]:
        chooser = self.flow.wiring.choosers.get(state)
        if chooser is not None:
            return list(chooser.of(self)())
        if self.flow.steps[state].input == "scale":
            return [Choice(self.flow.content.label(f"scale_{n}"), str(n)) for n in range(1, 6)]
        buttons = self.flow.content.state(state).get("choices", [])
        if not any("{" in label for label, _ in buttons):
            return [Choice(label, trigger) for label, trigger in buttons]
        # Button labels are plain text on every platform, so they are filled without escaping.
        values = self.values()
        return [Choice(label.format_map(values), trigger) for label, trigger in buttons]

    def ask(self, event: EventData | None = None) -> None:
        """Ask the current state's question (its ``say`` text and buttons); remember it for /back.

        A date question (or one ``dated``) is read on the person's own clock: while their time
        zone is unknown, the flow's ``zone_question`` is asked first, and the date question
        after it."""
        question = self.flow.zone_question
        step = self.flow.steps[self.state]
        if (
            question
            and self.state != question
            and (step.input == "date" or step.dated)
            and not self.zone_known
        ):
            self.data[AFTER_ZONE] = self.state
            if self.landed is None:
                self.landed = self.state
            self.flow.machine.set_state(question, self)
        words = self.flow.content.state(self.state)
        if "say" in words:
            self.out.append(Reply(fill(words["say"].rstrip("\n"), self.values()), self.choices()))
        elif self.out and not self.out[-1].choices:
            self.out[-1].choices = self.choices()
        trail: list[str] = self.data.setdefault("_trail", [])
        if self.flow.steps[self.state].input != "none" and (not trail or trail[-1] != self.state):
            trail.append(self.state)
            del trail[:-12]  # /back goes a few steps back, not to the start of time

    def reoffer(self, name: str, /, **extra: Any) -> None:
        """Say what was expected (text ``name``) and offer the current buttons again."""
        self.say(name, self.choices(), **extra)

    def refuse(self, name: str, /, **extra: Any) -> None:
        """What the user sent fits nothing here: say what was expected (text ``name``) and offer
        the buttons again. On the first action since a restart, when they may not have those
        buttons in front of them, a typed line gets the same refusal (with its hint), said
        without buttons, and then the current page and question are drawn again with theirs, so
        the numbers are those of the question as drawn (a page that asks nothing of its own, a
        draft or a card, is drawn again after "Here's where we left off", saying to tap or type
        a button's number). Only a person's very first message, before anything was asked, is
        not refused: it gets the first question. On a page listing live data (follow-ups, each
        item with its own buttons), the line is followed by the page drawn again, every time."""
        if not self.fresh and self.flow.steps[self.state].live:
            # A list (follow-ups) numbers its items' buttons before its own: the line, then the
            # list drawn again, so the numbers offered are the ones it shows.
            self.say(name, **extra)
            self.redraw()
            return
        if not self.fresh:
            self.reoffer(name, **extra)
            return
        said = self.inbound.text.strip() if self.inbound and self.inbound.choice is None else ""
        asked = "say" in self.flow.content.state(self.state)  # a question, not only a page
        if said and not self.new and asked:  # the question's usual refusal
            self.say(name, **extra)
        elif said and not self.new:  # a page: where they left off, and what it expects
            self.say("resumed_typed")
        elif self.state != self.flow.initial:  # a stale tap: where they left off
            self.say("resumed")
        self.redraw()

    def redraw(self) -> None:
        """Draw the current page and ask its question again, doing nothing else: no record is
        written and no reminder set (the state's ``redraw`` methods, then ``ask``)."""
        for method in self.flow.wiring.redraw.get(self.state, ()):
            method.of(self)(None)
        self.ask()

    def resume(self) -> None:
        """After an action taken from anywhere (a reminder's button), ask again the question the
        user was in the middle of. A page without a question of its own (a draft, a plan) is not
        drawn again mid-conversation, where it would bury the answer just given, but it is on the
        first action since a restart; a page listing live data is always drawn again."""
        if self.fresh or self.flow.steps[self.state].live:
            self.redraw()
        elif "say" in self.flow.content.state(self.state):
            self.ask()

    # -- timers and records ------------------------------------------------------------------

    def remind(self, name: str, due: datetime, **payload: Any) -> None:
        """Schedule timer ``name`` (replacing a pending one); fires ``timer_<kind>`` when due,
        where the name is ``kind`` or ``kind:id``. Raises ``FlowError`` for a kind no part
        handles, so a misspelled kind fails in tests, not silently days later."""
        kind = name.split(":", 1)[0]
        if kind not in self.flow.wiring.timers:
            raise FlowError(f"timer {name!r}: no part handles timer kind {kind!r}")
        self.store.set_timer(self.key, name, due, payload, self.now)

    def cancel_reminder(self, name: str) -> None:
        self.store.cancel_timer(self.key, name, self.now)

    def add(self, table: str, **row: Any) -> int:
        return self.store.add(table, self.key, row, self.now)

    def update(self, table: str, record_id: int, **changes: Any) -> bool:
        return self.store.update(table, self.key, record_id, changes, self.now)

    def records(self, table: str, **where: Any) -> list[dict[str, Any]]:
        return self.store.records(table, self.key, **where)

    def on_timer(self, name: str, payload: dict[str, Any]) -> None:
        """A timer is due: run ``timer_<kind>`` of the part handling it."""
        kind = name.split(":", 1)[0]
        handler = self.flow.wiring.timers.get(kind)
        if handler is None:  # a timer stored by an older version of the flow
            log.warning("no handler for timer kind %s", kind)
            return
        handler.of(self)(payload)

    def stamp(self) -> str:
        return iso(self.now)
