"""Every string name a flow is wired by, resolved and checked once, when the flow is built.

Table callbacks and conditions, ``on_enter``, ``redraw``, ``choices`` and ``prepare`` methods,
timer and other handlers, global choices and commands, derived template values, content keys the
code looks up (postscripts too), template fields in the content, and button values: a missing or
misspelled one makes ``Flow`` raise one ``FlowError`` naming it and where it is used, so nothing
reaches a user's conversation unchecked.
"""

from __future__ import annotations

import inspect
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.errors import FlowError
from bot.parts import Bound, Part, Row

if TYPE_CHECKING:
    from bot.flow import Flow

KINDS = ("choice", "text", "scale", "date", "none")
CALLBACKS = {
    "prepare": "prepare callback",
    "before": "before callback",
    "after": "after callback",
    "conditions": "condition",
    "unless": "unless condition",
}


@dataclass
class Wiring:
    """What the flow's string names resolve to; read by the conversation at run time."""

    owner: dict[str, type[Part]] = field(default_factory=dict)  # state -> its part
    enter: dict[str, list[Bound]] = field(default_factory=dict)  # state -> on_enter methods
    redraw: dict[str, list[Bound]] = field(default_factory=dict)  # state -> its drawing methods
    choosers: dict[str, Bound] = field(default_factory=dict)  # state -> its choices method
    preparers: dict[str, Bound] = field(default_factory=dict)  # state -> its prepare method
    derived: dict[str, type[Part]] = field(default_factory=dict)  # template value -> part
    presenters: list[type[Part]] = field(default_factory=list)
    timers: dict[str, Bound] = field(default_factory=dict)  # timer kind -> timer_<kind>
    global_methods: dict[str, Bound] = field(default_factory=dict)  # "fu:" -> its method
    table: list[Row] = field(default_factory=list)  # the table with callbacks resolved
    postscripts: dict[str, list[str]] = field(default_factory=dict)  # text -> texts said after it


def wire(flow: Flow) -> Wiring:
    """Resolve every name of ``flow``. Raises ``FlowError`` (one line, the first problem first,
    with a count of the others) when any name is missing, misspelled or ambiguous."""
    checker = _Checker(flow)
    problems = checker.run()
    if problems:
        more = f" (and {len(problems) - 1} more: {'; '.join(problems[1:4])})"
        raise FlowError(problems[0] + (more if len(problems) > 1 else ""))
    return checker.wiring


def is_method(part: type[Part], name: str) -> bool:
    """Whether ``name`` is a method the part itself defines (not one of ``Part``'s own)."""
    return (
        not name.startswith("_") and name not in vars(Part) and callable(getattr(part, name, None))
    )


def fields_of(template: str) -> set[str]:
    """The ``{name}`` fields of a template. Raises ``ValueError`` on a malformed one."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            match = re.match(r"\w*", name)
            names.add(match.group() if match else name)
    return names


def known_fields(flow: Flow) -> set[str]:
    """Names any template of ``flow`` may use: the parts' data fields and derived values."""
    return {name for part in flow.parts for name in (*part.FIELDS, *part.DERIVED)}


def check_template(where: str, template: str, known: Iterable[str]) -> Iterator[str]:
    """Problems with one template: malformed, or naming a value nobody provides."""
    try:
        names = fields_of(template)
    except ValueError as exc:
        yield f"{where} is not a valid template: {exc}"
        return
    for name in sorted(names - set(known)):
        yield (
            f"{where} names {{{name}}}, which is not a data field, a derived value "
            "or a value its code passes"
        )


def _where(row: Row) -> str:
    source = row.get("source")
    sources = "any state" if source == "*" else ", ".join(_names(source))
    return f"transition {row.get('trigger')} from {sources}"


def _names(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


class _Checker:
    """Walks a flow once, resolving names into a ``Wiring`` and noting every problem."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.parts = flow.parts
        self.content = flow.content
        self.wiring = Wiring()
        self.problems: list[str] = []
        self.sources: dict[str, set[str]] = {}  # trigger -> states it leaves ("*" for any)

    def run(self) -> list[str]:
        self._parts()
        self._states()
        self._table()
        self._globals()
        self._handlers()
        self._words()
        self._templates()
        for part in self.parts:
            self.problems.extend(part.check(self.flow))
        return self.problems

    def resolve(self, part: type[Part], name: str, where: str, what: str) -> Bound | None:
        """``name`` as a method of ``part``; None (and a problem noted) when it is not one."""
        if is_method(part, name):
            return Bound(part, name)
        others = [p.name for p in self.parts if p is not part and is_method(p, name)]
        hint = f" (part {others[0]} has one; parts do not share methods)" if others else ""
        self.problems.append(f"{where}: {what} {name!r} is not defined by part {part.name}{hint}")
        return None

    def leaves(self, trigger: str, state: str) -> bool:
        """Whether ``trigger`` has a transition from ``state``."""
        sources = self.sources.get(trigger, set())
        return state in sources or "*" in sources

    def _parts(self) -> None:
        named: set[str] = set()
        for part in self.parts:
            if part.name in named or not part.name:
                self.problems.append(f"part {part.__name__} needs a name of its own")
            named.add(part.name)
            if part.present is not Part.present:
                self.wiring.presenters.append(part)
            for name in part.DERIVED:
                if name in self.wiring.derived:
                    first = self.wiring.derived[name].name
                    self.problems.append(
                        f"derived value {name!r} is provided by parts {first} and {part.name}"
                    )
                self.wiring.derived[name] = part

    def _states(self) -> None:
        owner = self.wiring.owner
        for part in self.parts:
            for step in part.STEPS:
                where = f"state {step.name}"
                if step.name in owner:
                    self.problems.append(
                        f"{where} is defined by parts {owner[step.name].name} and {part.name}"
                    )
                owner[step.name] = part
                if step.input not in KINDS:
                    self.problems.append(f"{where}: unknown input kind {step.input!r}")
                for name in step.on_enter:
                    bound = self.resolve(part, name, where, "on_enter method")
                    if bound is not None:
                        self.wiring.enter.setdefault(step.name, []).append(bound)
                if step.redraw is None:
                    self.wiring.redraw[step.name] = list(self.wiring.enter.get(step.name, ()))
                for name in step.redraw or ():
                    bound = self.resolve(part, name, where, "redraw method")
                    if bound is not None:
                        self.wiring.redraw.setdefault(step.name, []).append(bound)
                if step.choices:
                    bound = self.resolve(part, step.choices, where, "choices method")
                    if bound is not None:
                        self.wiring.choosers[step.name] = bound
                if step.prepare:
                    self._preparer(part, step.name, step.input, step.prepare)
        if self.flow.initial not in owner:
            self.problems.append(f"the initial state {self.flow.initial!r} is not a state")
        question = self.flow.zone_question
        if question is not None and question not in owner:
            self.problems.append(f"the time-zone question {question!r} is not a state")

    def _preparer(self, part: type[Part], state: str, kind: str, name: str) -> None:
        """A step's ``prepare``: an async method of its part, on a step that takes typed text."""
        where = f"state {state}"
        bound = self.resolve(part, name, where, "prepare")
        if bound is None:
            return
        if not inspect.iscoroutinefunction(getattr(part, name)):
            self.problems.append(f"{where}: prepare {name!r} is no async method")
        elif kind != "text":
            self.problems.append(f"{where}: prepare {name!r} needs a text step, not {kind!r}")
        else:
            self.wiring.preparers[state] = bound

    def _table(self) -> None:
        states = self.wiring.owner
        for part in self.parts:
            for row in part.TABLE:
                where = _where(row)
                for src in _names(row.get("source")):
                    if src != "*" and src not in states:
                        self.problems.append(f"{where}: source {src!r} is not a state")
                    self.sources.setdefault(str(row.get("trigger")), set()).add(src)
                dest = row.get("dest")
                if dest is not None and dest not in states:
                    self.problems.append(f"{where}: destination {dest!r} is not a state")
                unknown = set(row) - {"trigger", "source", "dest", *CALLBACKS}
                if unknown:
                    self.problems.append(f"{where}: unknown keys {sorted(unknown)}")
                resolved = dict(row)
                for key in CALLBACKS.keys() & row.keys():
                    found = [self.resolve(part, n, where, CALLBACKS[key]) for n in _names(row[key])]
                    resolved[key] = [bound for bound in found if bound is not None]
                self.wiring.table.append(resolved)

    def _globals(self) -> None:
        for value, target in self.flow.global_choices.items():
            where = f"global choice {value!r}"
            if not value.endswith(":"):
                if target not in self.sources:
                    self.problems.append(f"{where}: trigger {target!r} is in no transition table")
                continue
            having = [p for p in self.parts if is_method(p, target)]
            if len(having) == 1:
                self.wiring.global_methods[value] = Bound(having[0], target)
            else:
                who = " and ".join(p.name for p in having) or "no part"
                self.problems.append(
                    f"{where}: method {target!r} is defined by {who}; it must be exactly one"
                )
        for command, trigger in self.flow.commands.items():
            if trigger not in self.sources:
                self.problems.append(f"command /{command}: trigger {trigger!r} is in no table")

    def _handlers(self) -> None:
        for part in self.parts:
            for kind in part.TIMERS:
                where = f"timer kind {kind!r}"
                if kind in self.wiring.timers:
                    first = self.wiring.timers[kind].part.name
                    self.problems.append(f"{where} is handled by parts {first} and {part.name}")
                bound = self.resolve(part, f"timer_{kind}", where, "handler")
                if bound is not None:
                    self.wiring.timers[kind] = bound
            for name in dir(part):
                if name.startswith("timer_") and name[6:] not in part.TIMERS:
                    self.problems.append(
                        f"part {part.name} has {name} but declares no timer kind {name[6:]!r}"
                    )
            for name in part.HANDLERS:
                self.resolve(part, name, f"part {part.name}", "handler")
            # "date:<ISO>" answers a date step (bot.flow reads it as that day typed).
            asks_dates = any(step.input == "date" for step in getattr(part, "STEPS", ()))
            for prefix in part.BUTTONS:
                if not (
                    self.sources.get(prefix)
                    or {prefix, f"{prefix}:"} & self.flow.global_choices.keys()
                    or (prefix == "date" and asks_dates)
                ):
                    self.problems.append(
                        f"part {part.name} builds buttons valued {prefix!r}, which is neither "
                        "a trigger nor a global choice"
                    )

    def _words(self) -> None:
        texts, labels, states = self.content.texts, self.content.labels, self.wiring.owner
        for part in self.parts:
            for name in part.TEXTS:
                if name not in texts:
                    self.problems.append(
                        f"part {part.name} uses text {name!r} that no content file defines"
                    )
            for name in part.LABELS:
                if name not in labels:
                    self.problems.append(
                        f"part {part.name} uses label {name!r} that no content file defines"
                    )
            for name in part.EXTRAS.keys() - set(part.TEXTS):
                self.problems.append(
                    f"part {part.name} passes values to text {name!r} it does not declare"
                )
            for name, notes in part.POSTSCRIPTS.items():
                if name not in texts:
                    self.problems.append(
                        f"part {part.name} adds to text {name!r} that no content file defines"
                    )
                for note in notes:
                    if note not in part.TEXTS:
                        self.problems.append(
                            f"part {part.name} adds text {note!r} after {name!r} "
                            "but does not declare it"
                        )
                    else:
                        self.wiring.postscripts.setdefault(name, []).append(note)
        for state in self.content.states.keys() - states.keys():
            self.problems.append(f"content has words for state {state!r}, which is no state")
        for name in texts:
            prefix, dot, state = name.partition(".")
            if dot and prefix in ("expected", "agreed", "undated", "help") and state not in states:
                self.problems.append(f"text {name!r} is for state {state!r}, which is no state")
        for state, step in self.flow.steps.items():
            words = self.content.state(state)
            drawn = step.on_enter if step.redraw is None else step.redraw
            if "say" not in words and not drawn:
                self.problems.append(
                    f"state {state} has no question ('say' in its words) and draws no page "
                    "(on_enter or redraw), so /resume would show nothing"
                )
            for _label, trigger in words.get("choices", []):
                if not self.leaves(trigger, state):
                    self.problems.append(f"state {state}: button {trigger!r} has no transition")
            if step.input in ("text", "scale", "date") and not self.leaves("answer", state):
                self.problems.append(f"state {state}: asks for {step.input} but has no 'answer'")

    def _templates(self) -> None:
        """Every ``{field}`` in the words names a data field, a derived value, or (for a text
        whose code fills it) a value that code passes."""
        known = known_fields(self.flow)
        extras: dict[str, set[str]] = {}
        for part in self.parts:
            for name, given in part.EXTRAS.items():
                extras.setdefault(name, set()).update(given)
        templates = [
            (f"text {name!r}", text, known | extras.get(name, set()))
            for name, text in self.content.texts.items()
        ]
        templates += [(f"label {n!r}", t, known) for n, t in self.content.labels.items()]
        for state, words in self.content.states.items():
            templates += [
                (f"state {state} {k}", words[k], known) for k in ("say", "help") if k in words
            ]
            templates += [
                (f"state {state} button {label!r}", label, known)
                for label, _ in words.get("choices", [])
            ]
        for where, template, names in templates:
            self.problems.extend(check_template(where, template, names))
