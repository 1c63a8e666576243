"""The conversation runtime: one shared ``transitions`` machine per flow, and how a user action
(a tap, a typed number, a near spelling, a date, a command) becomes a trigger on it.

A flow is a transition table plus a model class (a ``Conversation`` subclass whose methods are
the table's conditions and callbacks) plus its words (``Content``). Models are never attached to
the machine: each action builds a model from the stored row and fires the event on it directly,
so memory does not grow with the number of users.
"""

from __future__ import annotations

import inspect
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import dateparser
from rapidfuzz import fuzz
from transitions import Machine, State
from transitions.core import EventData

from bot.clock import iso
from bot.content import Content
from bot.errors import FlowError
from bot.markup import clean, fill
from bot.messages import Attachment, Choice, ConversationKey, Inbound, Reply
from bot.store import Store

log = logging.getLogger(__name__)

MAX_TEXT = 4000  # characters; longer messages are refused with a clear reply, nothing stored
KINDS = ("choice", "text", "scale", "date", "none")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# Plain words people type instead of a command, understood where an answer can't be free text.
_WORD_COMMANDS = {
    "menu": "/menu",
    "main menu": "/menu",
    "help": "/help",
    "back": "/back",
    "go back": "/back",
    "cancel": "/cancel",
    "stop": "/cancel",
}


@dataclass(frozen=True)
class Step:
    """What a state asks for: ``input`` is one of ``KINDS``.

    ``on_enter`` names model methods run on entering, before the question is asked;
    ``choices`` names a model method returning the state's buttons when they depend on data.
    ``prepare`` names an async model method the engine awaits with a typed answer to this step
    before its transaction (see ``Flow.prepare``); the trigger finds the result on
    ``Conversation.prepared``.
    """

    name: str
    input: str = "choice"
    on_enter: tuple[str, ...] = ()
    choices: str | None = None
    max_len: int = 600
    # A page that lists live data (follow-ups): re-drawn after a global action changes it.
    redraw: bool = False
    prepare: str | None = None


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

    # -- words ------------------------------------------------------------------------------

    def values(self) -> Values:
        """Template values: the stored data, and ``derive(name)`` for anything else."""
        return Values({k: v for k, v in self.data.items() if k[:1] != "_"}, self.derive)

    def derive(self, name: str) -> Any:
        """A value computed from the data when a template asks for it; flows override this."""
        if name == "cmd":  # how commands are typed here: "/menu", or "/pivot menu" in Slack
            return self.flow.command_prefix.get(self.key.platform, "/")
        return None

    def text(self, name: str, /, **extra: Any) -> str:
        values = self.values()
        values.update(extra)
        return fill(self.flow.content.text(name), values)

    def say(self, name: str, choices: list[Choice] | None = None, /, **extra: Any) -> None:
        """Send the text named ``name`` from the flow's content, filled with escaped values."""
        self.out.append(Reply(self.text(name, **extra), choices or []))

    def say_markup(self, markup: str, choices: list[Choice] | None = None) -> None:
        """Send ready markup (built with ``bot.markup.fill``/``esc`` by the caller)."""
        self.out.append(Reply(markup, choices or []))

    def choices(self, state: str | None = None) -> list[Choice]:
        """The buttons of ``state`` (the current one by default)."""
        state = state or self.state
        step = self.flow.steps[state]
        if step.choices:
            return list(getattr(self, step.choices)())
        if step.input == "scale":
            return [Choice(self.flow.content.label(f"scale_{n}"), str(n)) for n in range(1, 6)]
        buttons = self.flow.content.state(state).get("choices", [])
        if not any("{" in label for label, _ in buttons):
            return [Choice(label, trigger) for label, trigger in buttons]
        # Button labels are plain text on every platform, so they are filled without escaping.
        values = self.values()
        return [Choice(label.format_map(values), trigger) for label, trigger in buttons]

    def ask(self, event: EventData | None = None) -> None:
        """Ask the current state's question (its ``say`` text and buttons); remember it for /back."""
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

    # -- timers and records ------------------------------------------------------------------

    def remind(self, name: str, due: datetime, **payload: Any) -> None:
        """Schedule timer ``name`` (replacing a pending one); fires ``timer_<name>`` when due."""
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
        """A timer is due: run ``timer_<kind>``, where a name is ``kind`` or ``kind:id``."""
        kind = name.split(":", 1)[0]
        handler = getattr(self, f"timer_{kind}", None)
        if handler is None:
            log.warning("no handler for timer kind %s", kind)
            return
        handler(payload)

    def stamp(self) -> str:
        return iso(self.now)


@dataclass
class Flow:
    """A conversation: its steps, transition table, model class and words."""

    name: str
    version: int
    initial: str
    steps: dict[str, Step]
    table: list[dict[str, Any]]
    model: type[Conversation]
    content: Content
    # Choice values that work from any state (App Home buttons, reminder buttons):
    # value -> trigger, or prefix ending in ":" -> model method taking the rest of the value.
    global_choices: dict[str, str] = field(default_factory=dict)
    commands: dict[str, str] = field(default_factory=dict)  # /command -> trigger
    # How a platform's users type a command, where it is not a bare "/name".
    command_prefix: dict[str, str] = field(default_factory=lambda: {"slack": "/pivot "})
    machine: Machine = field(init=False)
    prepares: frozenset[str] = field(init=False)  # states whose step has a ``prepare`` method
    # When a set, every fired transition is recorded as (source, trigger, dest): script coverage.
    trace: set[tuple[str, str, str]] | None = None

    def __post_init__(self) -> None:
        states = [
            State(name, on_enter=[*step.on_enter, "ask"]) for name, step in self.steps.items()
        ]
        self.machine = Machine(
            model=None,
            states=states,
            transitions=self.table,
            initial=self.initial,
            auto_transitions=False,
            send_event=True,
            model_attribute="state",
        )
        self.prepares = frozenset(name for name, step in self.steps.items() if step.prepare)
        self.validate()

    def validate(self) -> None:
        """Check the table and the words agree. Raises ``FlowError`` naming the first mismatch."""
        for name, step in self.steps.items():
            if step.input not in KINDS:
                raise FlowError(f"state {name}: unknown input kind {step.input!r}")
            for _label, trigger in self.content.state(name).get("choices", []):
                event = self.machine.events.get(trigger)
                if event is None or name not in event.transitions:
                    raise FlowError(f"state {name}: button {trigger!r} has no transition")
            if step.prepare and not inspect.iscoroutinefunction(
                getattr(self.model, step.prepare, None)
            ):
                raise FlowError(f"state {name}: prepare {step.prepare!r} is no async method")
            if step.input in ("text", "scale", "date"):
                event = self.machine.events.get("answer")
                if event is None or name not in event.transitions:
                    raise FlowError(f"state {name}: asks for {step.input} but has no 'answer'")
        for name in self.content.states:
            if name not in self.steps:
                raise FlowError(f"content names state {name!r} that the flow does not have")

    def transitions(self) -> list[tuple[str, str, str]]:
        """Every (source, trigger, dest) of the table; a wildcard source is kept as ``*``."""
        out: list[tuple[str, str, str]] = []
        for row in self.table:
            sources = row["source"] if isinstance(row["source"], list) else [row["source"]]
            out.extend((src, row["trigger"], row.get("dest") or src) for src in sources)
        return out

    def conversation(
        self,
        key: ConversationKey,
        state: str | None,
        data: dict[str, Any],
        now: datetime,
        store: Store,
    ) -> Conversation:
        if state is not None and state not in self.steps:
            log.warning("stored state %s is not in flow v%s; starting over", state, self.version)
            state, data = None, {}
        return self.model(self, key, state or self.initial, data, now, store)

    # -- dispatch ---------------------------------------------------------------------------

    async def prepare(self, conv: Conversation, inbound: Inbound) -> Any:
        """The slow part of an action, run by the engine before its transaction: when ``inbound``
        is a typed answer to a step with ``prepare``, that method's result for the text (it may
        await the network, and must not write), else None."""
        step = self.steps.get(conv.state)
        if step is None or step.prepare is None:
            return None
        text = self.typed_answer(conv, inbound)
        if text is None:
            return None
        return await getattr(conv, step.prepare)(text)

    def typed_answer(self, conv: Conversation, inbound: Inbound) -> str | None:
        """The text ``inbound`` would give the current text step's ``answer`` trigger, read as
        ``dispatch`` reads it but without replying or changing anything; None otherwise."""
        step = self.steps[conv.state]
        if step.input != "text" or inbound.choice is not None or inbound.kind == "unsupported":
            return None
        if conv.data.get("_confirm"):
            return None
        text = clean(inbound.text).strip()
        if not text or text.startswith("/") or len(text) > min(step.max_len, MAX_TEXT):
            return None
        if match_choice(text, conv.choices(), fuzzy=False) is not None:
            return None
        return text

    def dispatch(self, conv: Conversation, inbound: Inbound) -> None:
        """Turn one user action into replies on ``conv.out`` (and maybe a state change)."""
        conv.inbound = inbound
        if inbound.kind == "unsupported":
            conv.reoffer("unsupported")
            return
        text = clean(inbound.text).strip()
        if inbound.choice is None and len(text) > MAX_TEXT:
            conv.reoffer("too_long", limit=MAX_TEXT)
            return
        if inbound.choice is None and text.startswith("/"):
            self.command(conv, text)
            return
        if conv.data.get("_confirm"):
            self.confirm(conv, inbound.choice, text)
            return
        if inbound.choice is not None and self.global_choice(conv, inbound.choice):
            return
        found = self.interpret(conv, inbound.choice, text)
        if found is not None:
            self.fire(conv, *found)

    def fire(self, conv: Conversation, trigger: str, kwargs: dict[str, Any] | None = None) -> bool:
        event = self.machine.events.get(trigger)
        if event is None or conv.state not in event.transitions:
            conv.reoffer("unexpected")
            return False
        source = conv.state
        done = bool(event.trigger(conv, **(kwargs or {})))
        if done and self.trace is not None:
            self.trace.add((source, trigger, conv.state))
        if not done:
            conv.reoffer(self._expected(conv))
        return done

    def global_choice(self, conv: Conversation, value: str) -> bool:
        if value in self.global_choices:
            self.fire(conv, self.global_choices[value])
            return True
        prefix, sep, rest = value.partition(":")
        method = self.global_choices.get(prefix + sep) if sep else None
        if method:
            getattr(conv, method)(rest)
            return True
        return False

    def interpret(
        self, conv: Conversation, choice: str | None, text: str
    ) -> tuple[str, dict[str, Any]] | None:
        """Find the trigger for a tap or typed text; reply and return None when there is none."""
        step = self.steps[conv.state]
        buttons = conv.choices()
        if choice is not None:
            for button in buttons:
                if button.value == choice:
                    return self._picked(step, button)
            conv.say("stale_choice")
            conv.ask()  # the current question again, with its buttons
            return None
        picked = match_choice(text, buttons, fuzzy=step.input == "choice")
        if picked is not None:
            return self._picked(step, picked)
        if not text:
            conv.reoffer(self._expected(conv))
            return None
        if step.input == "text":
            if len(text) > step.max_len:
                conv.reoffer("too_long", limit=step.max_len)
                return None
            return "answer", {"text": text}
        if step.input == "scale":
            value = parse_scale(text)
            if value is not None:
                return "answer", {"value": value}
        if step.input == "date":
            when = parse_date(text, conv.now)
            if when is not None:
                return "answer", {"date": when}
        word = _WORD_COMMANDS.get(text.casefold().strip(" .!?"))
        if word is not None:
            self.command(conv, word)
            return None
        conv.reoffer(self._expected(conv))
        return None

    def _picked(self, step: Step, button: Choice) -> tuple[str, dict[str, Any]]:
        """A button's trigger: ``value`` names it; ``trigger:arg`` also passes ``value=arg``."""
        if step.input == "scale":
            return "answer", {"value": int(button.value)}
        trigger, sep, arg = button.value.partition(":")
        return (trigger, {"value": arg}) if sep else (trigger, {})

    def _expected(self, conv: Conversation) -> str:
        name = f"expected.{conv.state}"
        if name in self.content.texts:
            return name
        return f"expected_{self.steps[conv.state].input}"

    # -- commands and confirmations ---------------------------------------------------------

    def command(self, conv: Conversation, text: str) -> None:
        name = text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(text) > 1 else ""
        handlers: dict[str, Callable[[Conversation], None]] = {
            "start": lambda c: self._restart(c, keep=True),
            "restart": lambda c: self._restart(c, keep=False),
            "help": self._help,
            "back": self._back,
            "cancel": self._cancel,
            "mydata": self._mydata,
            "forget": self._forget,
            "resume": lambda c: c.ask(),
        }
        if name in handlers:
            handlers[name](conv)
        elif name in self.commands:
            self.fire(conv, self.commands[name])
        else:
            conv.reoffer("unknown_command", command="/" + name[:40])

    def _restart(self, conv: Conversation, keep: bool) -> None:
        if not keep:
            conv.data.clear()
            conv.say("restarted")
        conv.data["_trail"] = []
        self.fire(conv, "start")

    def _help(self, conv: Conversation) -> None:
        words = self.content.state(conv.state)
        name = f"help.{conv.state}" if f"help.{conv.state}" in self.content.texts else None
        if name:
            conv.say(name)
        elif "help" in words:
            conv.say_markup(fill(words["help"].rstrip("\n"), conv.values()))
        conv.reoffer("help")

    def _back(self, conv: Conversation) -> None:
        trail: list[str] = conv.data.setdefault("_trail", [])
        if trail and trail[-1] == conv.state:
            trail.pop()
        if not trail:
            conv.reoffer("back_nothing")
            return
        previous = trail[-1]
        self.machine.set_state(previous, conv)
        for method in self.steps[previous].on_enter:
            getattr(conv, method)(None)
        conv.ask()

    def _cancel(self, conv: Conversation) -> None:
        conv.data["_trail"] = []
        conv.say("cancelled")
        event = self.machine.events.get("cancel")
        self.fire(
            conv, "cancel" if event is not None and conv.state in event.transitions else "start"
        )

    def _mydata(self, conv: Conversation) -> None:
        data = conv.store.export(conv.key)
        blob = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        conv.out.append(
            Reply(
                conv.text("mydata"),
                conv.choices(),
                Attachment("pivotbot-my-data.json", blob, "application/json"),
            )
        )

    def _forget(self, conv: Conversation) -> None:
        conv.data["_confirm"] = "forget"
        labels = self.content.labels
        conv.say(
            "forget_confirm",
            [
                Choice(labels["forget_yes"], "confirm:yes"),
                Choice(labels["forget_no"], "confirm:no"),
            ],
        )

    def confirm(self, conv: Conversation, choice: str | None, text: str) -> None:
        yes = self.content.labels["forget_yes"]
        conv.data.pop("_confirm", None)
        # Erasing needs a tap or the exact label (or its number): no fuzzy match here.
        if choice == "confirm:yes" or text.casefold() in (yes.casefold(), "1"):
            conv.store.forget(conv.key)
            conv.erased = True
            conv.say("forget_done")
            return
        conv.say("forget_kept")
        conv.ask()


# -- parsing helpers (module level: pure, easy to test) ---------------------------------------


def match_choice(text: str, choices: list[Choice], fuzzy: bool = True) -> Choice | None:
    """The button a typed text means: its number, its label or value, a unique prefix of a
    label, or (with ``fuzzy``) a near spelling of one label. None when unclear."""
    t = text.strip().casefold().rstrip(".!")
    if not t or not choices:
        return None
    if t.isdigit():
        n = int(t)
        return choices[n - 1] if 1 <= n <= len(choices) else None
    for c in choices:
        if t in (c.label.casefold(), c.value.casefold()):
            return c
    prefixed = [c for c in choices if len(t) >= 3 and c.label.casefold().startswith(t)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not fuzzy:
        return None
    scored = sorted(
        ((fuzz.ratio(t, c.label.casefold()), i) for i, c in enumerate(choices)), reverse=True
    )
    best, i = scored[0]
    if best >= 80 and (len(scored) == 1 or scored[1][0] < best - 5):
        return choices[i]
    return None


def parse_scale(text: str) -> int | None:
    """1-5 from "4", "4/5", "four", "a 4"; None otherwise."""
    t = text.strip().casefold()
    m = re.fullmatch(r"(?:an?\s+)?([1-5])(?:\s*(?:/|out of|of)\s*5)?\.?", t)
    if m:
        return int(m.group(1))
    return _WORD_NUMBERS.get(t.rstrip("."))


def parse_date(text: str, now: datetime) -> str | None:
    """An ISO date from "tomorrow", "next Tuesday", "2026-12-03", "Dec 3"; None if unreadable."""
    try:  # ISO dates need no language model: skip dateparser's millisecond for them
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        pass
    base = now.replace(tzinfo=None)
    settings: Mapping[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    text = re.sub(r"^(?:on|it's|it is|the)\s+", "", text.strip(), flags=re.I)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None
