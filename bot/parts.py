"""Flow parts: a flow is composed of parts, each owning its states, its transition table, the
methods its table names, and the words its code says.

A part never inherits another part and never calls one: what two parts both need is a plain
function in a shared module, and everything about the user goes through ``self.c``, the
conversation. A part *declares* every name that is wired by a string, so that ``Flow`` checks
them all when it is built (see ``bot.names``) and the part's own ``say``/``text``/``label``/
``button`` refuse a name it did not declare.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, cast

from transitions.core import EventData

from bot.errors import FlowError
from bot.messages import Choice

if TYPE_CHECKING:
    from bot.conversation import Conversation, Values
    from bot.flow import Flow, Step

Row = dict[str, Any]  # one transition: trigger, source, dest, and callbacks named by strings
Extras = Mapping[str, Collection[str]]  # text -> the values the code passes when it fills it


class Part:
    """One part of a flow, made for one conversation and one action.

    Declarations (class attributes), all checked when the flow is built:

    - ``STEPS`` and ``TABLE``: its states and transitions; every callback, condition,
      ``on_enter`` and ``choices`` name they hold must be a method of this part.
    - ``WORDS``: the content file holding its words (without ``.yaml``).
    - ``TEXTS`` and ``LABELS``: every content key its code looks up, including those it builds
      with an f-string (declare the whole family).
    - ``FIELDS``: data fields it stores that templates may name; ``DERIVED``: template values its
      ``derive`` computes (one part per name); ``EXTRAS``: text -> values its code passes.
    - ``TIMERS``: timer kinds it handles, each with a method ``timer_<kind>``.
    - ``BUTTONS``: first segments of the values of buttons its code builds (``open`` for
      ``open:12``): each a trigger or a global choice.
    - ``HANDLERS``: methods it looks up by a built name (``draft_<kind>``).
    - ``POSTSCRIPTS``: text (any part's, or the core's) -> texts of its own said right after
      it, wherever it is said (a notice under ``help``); each declared in ``TEXTS``.

    A step's ``prepare`` names an async method of the part (see ``bot.flow.Step``).
    """

    name: ClassVar[str] = ""
    WORDS: ClassVar[str] = ""
    STEPS: ClassVar[Sequence[Step]] = ()
    TABLE: ClassVar[Sequence[Row]] = ()
    TEXTS: ClassVar[Collection[str]] = ()
    LABELS: ClassVar[Collection[str]] = ()
    FIELDS: ClassVar[Collection[str]] = ()
    DERIVED: ClassVar[Collection[str]] = ()
    EXTRAS: ClassVar[Extras] = {}
    TIMERS: ClassVar[Collection[str]] = ()
    BUTTONS: ClassVar[Collection[str]] = ()
    HANDLERS: ClassVar[Collection[str]] = ()
    POSTSCRIPTS: ClassVar[Mapping[str, Collection[str]]] = {}

    def __init__(self, c: Conversation) -> None:
        self.c = c

    # -- hooks -------------------------------------------------------------------------------

    def derive(self, name: str) -> Any:
        """The value of a ``DERIVED`` name, computed when a template asks for it."""
        return None

    def present(self, values: Values) -> None:
        """Adjust stored values for templates (a part that owns a field may reword it)."""

    @classmethod
    def check(cls, flow: Flow) -> Iterator[str]:
        """Problems with names only this part can know about (its own data files, say)."""
        return iter(())

    # -- words, checked against the declarations ---------------------------------------------

    def _declared(self, name: str, declared: Collection[str], kind: str) -> None:
        if name not in declared:
            raise FlowError(f"part {self.name} uses {kind} {name!r} that it does not declare")

    def template(self, name: str) -> str:
        """The text ``name`` unfilled, for code that fills it with values of its own."""
        self._declared(name, self.TEXTS, "text")
        return self.c.flow.content.text(name)

    def text(self, name: str, /, **extra: Any) -> str:
        """The text ``name`` filled with the conversation's values and ``extra`` (escaped)."""
        self._declared(name, self.TEXTS, "text")
        return self.c.text(name, **extra)

    def say(self, name: str, choices: list[Choice] | None = None, /, **extra: Any) -> None:
        """Send the text ``name``, filled, with ``choices`` under it."""
        self._declared(name, self.TEXTS, "text")
        self.c.say(name, choices, **extra)

    def label(self, name: str) -> str:
        self._declared(name, self.LABELS, "label")
        return self.c.flow.content.label(name)

    def button(self, label: str, value: str) -> Choice:
        """A button whose value starts with a declared trigger or global choice."""
        self._declared(value.split(":", 1)[0], self.BUTTONS, "button value")
        return Choice(label, value)

    def choice(self, label: str, value: str) -> Choice:
        """A button labelled with the label named ``label``."""
        return self.button(self.label(label), value)

    def handler(self, name: str) -> Callable[..., Any]:
        """The method ``name`` of this part, looked up by a name built at run time."""
        self._declared(name, self.HANDLERS, "handler")
        method: Callable[..., Any] = getattr(self, name)
        return method


@dataclass(frozen=True)
class Bound:
    """A part's method named in the flow, resolved when the flow is built; called on the
    conversation's own instance of the part."""

    part: type[Part]
    method: str

    def of(self, conv: Conversation) -> Callable[..., Any]:
        bound: Callable[..., Any] = getattr(conv.part(self.part), self.method)
        return bound

    def __call__(self, event: EventData) -> Any:
        # transitions calls table callbacks with the event (send_event=True); the model is the
        # Conversation fired for this one action.
        return self.of(cast("Conversation", event.model))(event)
