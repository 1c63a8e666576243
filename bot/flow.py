"""The conversation runtime: one shared ``transitions`` machine per flow, and how a user action
(a tap, a typed number, a near spelling, a date, a command) becomes a trigger on it.

A flow is composed of parts (``bot.parts``), each bringing its states, its transition table, the
methods the table names and its words (``Content``). Every name is resolved and checked when the
flow is built (``bot.names``). Models are never attached to the machine: each action builds a
``Conversation`` from the stored row and fires the event on it directly, so memory does not grow
with the number of users.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from transitions import Machine, State

from bot import dates, zones
from bot.content import Content
from bot.content import key as content_key
from bot.conversation import DAYS, SCREEN, ZONE, ZONE_BY, Conversation, Values
from bot.markup import clean, fill
from bot.messages import Attachment, Choice, ConversationKey, Inbound, Reply
from bot.names import KINDS, Wiring, wire
from bot.parts import Extras, Part
from bot.store import Records, Store

__all__ = ["KINDS", "Conversation", "Core", "Flow", "Step", "Values"]

log = logging.getLogger(__name__)

MAX_TEXT = 4000  # characters; longer messages are refused with a clear reply, nothing stored
# The data key of the latest typed answer: its message id, the state it was typed in and the
# state it led to; an edit of that message while still there replaces the answer.
SAID = "_said"
BACK_TOLD = "_back_told"  # set once it was said how to go back from a pick in a list
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

# Plain words for /back typed where a question wants words: "back", "go back", "wrong one",
# "oops", "oops wrong one", "take me back", "no wait, go back". Read as /back only where /back
# has a question to go back to; anywhere else they are an answer like any other.
_BACK_STRONG = (
    r"(?:oops+|whoops|my bad|undo|previous question|(?:go |take me |bring me |going )?back"
    r"(?: please| pls)?|(?:i picked |i chose |i clicked |that'?s |picked )?(?:the )?wrong"
    r" (?:one|interview|pick|choice|button|company|option))"
)
_BACK_WEAK = r"(?:oh no|no wait|wait|sorry|oh|no|please|pls)"
_BACK_WORDS = re.compile(
    rf"(?:{_BACK_WEAK}[\s,!.]+)*{_BACK_STRONG}(?:[\s,!.]+(?:{_BACK_WEAK}|{_BACK_STRONG}))*"
)


# The name of the file /mydata sends (a document on Telegram and Slack; the console saves it
# under a name of its own for each user, ``adapters.console``).
MYDATA_FILE = "pivotbot-my-data.json"
# Commands the runtime itself answers, whatever the flow (``Flow.command``).
_RUNTIME_COMMANDS = ("start", "restart", "help", "back", "cancel", "mydata", "forget", "resume")
# Commands never run from a near spelling or a plain word: they erase or start over.
_CAREFUL_COMMANDS = frozenset({"forget", "restart"})
# How near (rapidfuzz's ratio, 0-100) a typed word must be to a label's word or a command to be
# taken as it: "debreif" is 86 from "debrief", "remidners" 78 from "reminders", "drafs" 91 from
# "drafts"; unrelated words ("hello", "blah", "whatever") stay below 70.
NEAR = 75


@dataclass(frozen=True)
class Step:
    """What a state asks for: ``input`` is one of ``KINDS``.

    ``on_enter`` names methods of the state's part run on entering, before the question is
    asked; they may do things (save a record, set a reminder). ``redraw`` names the methods that
    draw the state's page again and do nothing else, for ``/resume``, ``/back`` and the first
    message after a restart; left out, the ``on_enter`` methods are taken to only draw.
    ``choices`` names a method of the part returning the state's buttons when they depend on
    data. ``prepare`` (text steps only) names an async method of it that the engine awaits with
    a typed answer to this step before its transaction (see ``Flow.prepare``); the trigger finds
    the result on ``Conversation.prepared``. (Not ``transitions``' own ``prepare`` callback of a
    table row, which runs inside the transaction like every other callback.) ``dated`` marks a
    question that is not a date input but is about a day all the same ("when was it?", read by
    the part): it too waits for the person's time zone, like a date question. ``since`` (date
    steps) names the ``data`` key of the day (ISO) relative dates are counted from, when the
    question is about what was said that day ("in two weeks", said at the interview); the
    answer then carries ``since`` when that differs from counting from today. ``ahead`` (date
    steps): the question asks by when something is still to happen ("Did they say by when?"),
    so a weekday alone naming today's is next week's (elsewhere it is today: ``bot.dates``).
    ``nothing`` (a step asking "anything else?") names the value of the button a typed "no",
    "nah", "that's all" or "I'm done" means: that button is picked, and said back (core text
    ``nothing_taken``).
    ``onward`` (choice steps) names the value of the button an agreement ("ok", "sounds good")
    means on a screen that suggests something to agree to ("Sounds right?").
    """

    name: str
    input: str = "choice"
    on_enter: tuple[str, ...] = ()
    choices: str | None = None
    max_len: int = 600
    redraw: tuple[str, ...] | None = None
    # A page that lists live data (follow-ups): drawn again after a global action changes it.
    live: bool = False
    prepare: str | None = None
    dated: bool = False
    since: str | None = None
    ahead: bool = False
    # An "anything else?" question (text steps): the value of its button that a negative or
    # closing reply ("no", "nope that's it", "I'm done") means; that reply is said back as it.
    nothing: str | None = None
    # A question put as a suggestion to agree to ("Sounds right?"): the value of the button an
    # agreement ("ok", "yes", "sounds good") means there, besides a "yes" or "next" button.
    onward: str | None = None


class Core(Part):
    """The words every flow must have: what the runtime itself says (errors, commands,
    confirmations; ``error``, ``stale_tap`` and ``group_invite`` for the engine and adapters)."""

    name = "core"
    TEXTS = (
        "unexpected",
        "stale_choice",
        "stale_tap",
        "unsupported",
        "too_long",
        "error",
        "group_invite",
        "help",
        "unknown_command",
        "back_nothing",
        "back_told",
        "cancelled",
        "restarted",
        "mydata",
        "mydata_back",
        "forget_confirm",
        "forget_done",
        "forget_kept",
        "resumed",
        "resumed_typed",
        "resumed_which",
        "not_on_screen",
        "edit_replaced",
        "edit_elsewhere",
        "date_unread",
        "date_agreed",
        "scale_unread",
        "choice_unread",
        "choice_agreed",
        "warning_agreed",
        "date_none",
        "agreed_sent",
        "nothing_taken",
        "near_taken",
        "near_which",
        "text_agreed",
        "command_taken",
        "command_which",
    )
    LABELS = ("forget_yes", "forget_no")
    DERIVED = ("cmd",)
    EXTRAS: ClassVar[Extras] = {
        "too_long": ("limit",),
        "unknown_command": ("command",),
        "not_on_screen": ("label",),
        "edit_replaced": ("answer",),
        "date_unread": ("said",),
        "date_agreed": ("said",),
        "scale_unread": ("said",),
        "choice_unread": ("said",),
        "choice_agreed": ("said",),
        "warning_agreed": ("labels",),
        "agreed_sent": ("said", "labels"),
        "resumed_which": ("said",),
        "nothing_taken": ("label",),
        "near_taken": ("said", "label"),
        "near_which": ("said", "labels"),
        "text_agreed": ("said",),
        "command_taken": ("said", "command"),
        "command_which": ("said", "command"),
    }

    def derive(self, name: str) -> Any:
        # How commands are typed here: "/menu", or "/pivot menu" in Slack.
        return self.c.flow.command_prefix.get(self.c.key.platform, "/")

    @classmethod
    def check(cls, flow: Flow) -> Iterator[str]:
        """The words only some flows need: what to say when an input kind is not understood,
        and the buttons of a 1-5 scale."""
        inputs = {step.input for step in flow.steps.values()}
        for kind in sorted(inputs):
            if f"expected_{kind}" not in flow.content.texts:
                yield f"text 'expected_{kind}' is missing: states ask for {kind} input"
        if "date" in inputs and "date_which_day" not in flow.content.texts:
            yield "text 'date_which_day' is missing: states ask for a date (a week needs a day)"
        if "scale" in inputs:
            for n in range(1, 6):
                if f"scale_{n}" not in flow.content.labels:
                    yield f"label 'scale_{n}' is missing: a state asks for a 1-5 scale"


@dataclass
class Flow:
    """A conversation: the parts it is composed of, and its words.

    ``steps`` and ``table`` are gathered from the parts, in order; the table keeps its string
    names (it documents the flow), and the machine gets them resolved to the parts' methods.
    """

    name: str
    version: int
    initial: str
    parts: Sequence[type[Part]]
    content: Content
    # Choice values that work from any state (App Home buttons, reminder buttons):
    # value -> trigger, or prefix ending in ":" -> a part's method taking the rest of the value.
    global_choices: dict[str, str] = field(default_factory=dict)
    commands: dict[str, str] = field(default_factory=dict)  # /command -> trigger
    # Other words people use for a command ("settings" for "preferences"): alias -> command.
    # Typed as a command or, where an answer can't be free text, as a plain word, an alias is
    # taken as its command and said so; a near spelling of either is too (``near_command``).
    command_aliases: dict[str, str] = field(default_factory=dict)
    # How a platform's users type a command, where it is not a bare "/name".
    command_prefix: dict[str, str] = field(default_factory=lambda: {"slack": "/pivot "})
    # When a set, every fired transition is recorded as (source, trigger, dest): script coverage.
    trace: set[tuple[str, str, str]] | None = None
    # The flow's record tables, installed in the store by the engine.
    records: Records | None = None
    # Views of one person's records (App Home), and the anonymous report of a workspace (or all)
    # as Markdown up to a time, for adapters that show them without knowing the flow.
    overview: Callable[[Store, ConversationKey, Content], dict[str, Any]] | None = None
    report: Callable[[Store, str | None, datetime], str] | None = None
    # The state asking a person's time zone: asked before their first date question, unless
    # their platform gave it. ``rezone`` re-times what was set on the clock of the old zone
    # (its name, or None for UTC) when the platform says a new one.
    zone_question: str | None = None
    rezone: Callable[[Conversation, str | None], None] | None = None
    # Work done once before a server takes traffic (``bot.app.ready_for_traffic``): what a first
    # message would otherwise pay for, such as compiling rules, done while nobody waits, so that
    # what it builds is frozen out of the garbage collector's passes with the rest of start-up.
    warm: Callable[[], None] | None = None
    steps: dict[str, Step] = field(init=False)
    table: list[dict[str, Any]] = field(init=False)
    wiring: Wiring = field(init=False)
    machine: Machine = field(init=False)
    prepares: frozenset[str] = field(init=False)  # states whose step has a ``prepare`` method

    def __post_init__(self) -> None:
        # Core first, once (``dataclasses.replace`` hands the built parts back in).
        self.parts = (Core, *(part for part in self.parts if part is not Core))
        self.steps = {step.name: step for part in self.parts for step in part.STEPS}
        self.table = [dict(row) for part in self.parts for row in part.TABLE]
        self.wiring = wire(self)  # raises FlowError naming any name that does not resolve
        states = [
            State(name, on_enter=[*self.wiring.enter.get(name, ()), "ask"]) for name in self.steps
        ]
        self.machine = Machine(
            model=None,
            states=states,
            transitions=self.wiring.table,
            initial=self.initial,
            auto_transitions=False,
            send_event=True,
            model_attribute="state",
        )
        self.prepares = frozenset(self.wiring.preparers)

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
        conv = Conversation(self, key, state or self.initial, data, now, store)
        conv.new = state is None
        return conv

    # -- dispatch ---------------------------------------------------------------------------

    async def prepare(self, conv: Conversation, inbound: Inbound) -> Any:
        """The slow part of an action, run by the engine before its transaction: when ``inbound``
        is a typed answer to a step with ``prepare``, that method's result for the text (it may
        await the network, and must not write), else None."""
        method = self.wiring.preparers.get(conv.state)
        if method is None:
            return None
        text = self.typed_answer(conv, inbound)
        if text is None:
            return None
        return await method.of(conv)(text)

    def typed_answer(self, conv: Conversation, inbound: Inbound) -> str | None:
        """The text ``inbound`` would give the current text step's ``answer`` trigger, read as
        ``dispatch`` reads it but without replying or changing anything; None otherwise."""
        step = self.steps[conv.state]
        if step.input != "text" or inbound.choice is not None or inbound.kind != "text":
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
        # The platform's zone (Slack's profile), unless the person named one themselves.
        platform_zone = inbound.tz and zones.get(inbound.tz) and conv.data.get(ZONE_BY) != "person"
        if platform_zone and inbound.tz and inbound.tz != conv.data.get(ZONE):
            old = conv.set_zone(inbound.tz, by="platform")
            if self.rezone is not None:
                self.rezone(conv, old)
        state = conv.state
        try:
            if inbound.kind == "edit":
                self.edited(conv, inbound)
            else:
                conv.data.pop(SAID, None)
                self._dispatch(conv, inbound)
                typed = inbound.kind == "text" and inbound.choice is None
                if typed and inbound.message and not inbound.text.startswith("/"):
                    conv.data[SAID] = [inbound.message, state, conv.state]
        finally:
            if conv.state != state:
                conv.data.pop(DAYS, None)  # the days of a week offered on a date question

    def edited(self, conv: Conversation, inbound: Inbound) -> None:
        """The user edited a message they sent. The latest typed answer, edited while the
        conversation is still where that answer led, is replaced: back to its question (as
        ``/back`` would), and the new text answers it, said so first (when it is taken; a
        refused one gets the refusal, at that question). Any other edit (an older
        message, a command, after something else happened) changes nothing, and the reply says
        how to change an earlier answer."""
        said = conv.data.get(SAID)  # an edit elsewhere leaves the latest answer editable
        message, asked, reached = said if isinstance(said, list) and len(said) == 3 else [None] * 3
        text = clean(inbound.text).strip()
        latest = message == inbound.message and reached == conv.state and asked in self.steps
        if (
            not latest
            or not isinstance(asked, str)
            or not text
            or text.startswith("/")
            or conv.data.get("_confirm")
        ):
            conv.reoffer("edit_elsewhere")
            return
        if asked != conv.state:
            trail: list[str] = conv.data.setdefault("_trail", [])
            if trail and trail[-1] == conv.state:
                trail.pop()
            self.machine.set_state(asked, conv)
        self._dispatch(conv, Inbound(inbound.key, text=text, event_id=inbound.event_id))
        if conv.state != asked:  # taken as the answer (else the reply says why not)
            conv.out.insert(0, Reply(conv.text("edit_replaced", answer=text)))
        conv.data[SAID] = [inbound.message, asked, conv.state]

    def _dispatch(self, conv: Conversation, inbound: Inbound) -> None:
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
        if inbound.choice is None and conv.fresh and conv.state != self.initial:
            self._resumed(conv, text)
            return
        state = conv.state
        found = self.interpret(conv, inbound.choice, text)
        if found is not None and self.fire(conv, *found):
            self._tell_back(conv, state, found)

    def _tell_back(self, conv: Conversation, state: str, found: tuple[str, dict[str, Any]]) -> None:
        """Once per conversation, after a pick from a list (a button carrying which one, like
        "BBC · analyst") led to a question: how to go back to the list if it was the wrong one."""
        _trigger, kwargs = found
        if conv.data.get(BACK_TOLD) or conv.state == state or not kwargs.get("value"):
            return
        if self.steps[state].input != "choice" or not self._can_go_back(conv):
            return
        if conv.data.get("_trail", [None])[-1] != conv.state:
            return  # no question asked there (a page, or the list again)
        conv.data[BACK_TOLD] = True
        conv.say("back_told")

    def _resumed(self, conv: Conversation, text: str) -> None:
        """The first typed message since a restart, which may answer a question no longer on
        screen (the console's screen is gone; a chat's history may be far up). It is read as it
        would be without the restart, against the page and question as drawn again: a number
        is the button with that number there (on a list of follow-ups, every button on the
        page, each reminder's too, numbered in order, as the console shows them), a label the
        button saying it (one said by several asks which, drawing them again). An answer is
        simply answered, with no notice (a number alone is said back as the button it was
        taken as, those buttons being no longer on screen); not one, the question's usual
        refusal comes, with the page and question again (``Conversation.refuse``)."""
        start = len(conv.out)
        shown = conv.choices()
        if self.steps[conv.state].live:
            # A list (follow-ups) numbers its items' buttons before its own: drawn only to read
            # them as they would be shown, then dropped (drawing a list changes nothing).
            conv.redraw()
            shown = [choice for reply in conv.out[start:] for choice in reply.choices]
            del conv.out[start:]
        picked: Choice | None = None
        seen = conv.data.get(SCREEN)
        if text.isdecimal() and isinstance(seen, list):
            # A number answers the buttons the person last saw, whichever screen that was
            # (a /mydata page, a reminder, the list): never the page as drawn again, which may
            # number them differently. One that no longer acts here is not acted on.
            n = int(text)
            last = [Choice(str(label), str(value)) for label, value in seen]
            picked = last[n - 1] if 1 <= n <= len(last) else None
            typed_answer = self.steps[conv.state].input in ("text", "date") and not (
                1 <= n <= len(conv.choices())
            )
            if picked is None and not typed_answer:  # which button is meant: asked
                conv.refuse("choice_unread", said=_brief(text))
                return
            if (
                picked is not None
                and picked.value not in {c.value for c in conv.choices()}
                and not self.acts_anywhere(picked.value)
            ):
                conv.say("stale_choice")
                conv.redraw()
                return
        elif text.isdecimal():
            n = int(text)
            picked = shown[n - 1] if 1 <= n <= len(shown) else None
        else:
            t = content_key(text)
            named = list({c.value: c for c in shown if content_key(c.label) == t}.values())
            if len(named) > 1:
                conv.say("resumed_which", said=named[0].label)
                conv.redraw()
                return
            picked = named[0] if named else None
        if picked is not None and picked.value not in {c.value for c in conv.choices()}:
            # A button of the page that is not the question's own (a reminder's Done on a
            # list of follow-ups): tapped, as on screen.
            if self.global_choice(conv, picked.value):
                if text.isdecimal():
                    conv.out.insert(start, Reply(conv.text("nothing_taken", label=picked.label)))
                return
            picked = None
        found = (
            self._picked(self.steps[conv.state], picked)
            if picked is not None
            else self.interpret(conv, None, text)
        )
        said_already = len(conv.out) > start  # how it was read ("Taking “x” as ...")
        state = conv.state
        fired = found is not None and self.fire(conv, *found)
        if found is not None and fired:
            self._tell_back(conv, state, found)
        if not fired or said_already or picked is None or not text.isdecimal():
            return
        if picked.label.strip() == text.strip():
            return  # a score typed as itself ("4" on a 1 to 5 scale): nothing to say back
        # An answer to the question as drawn is simply answered, as it would be without the
        # restart: typed words, a date, a button's label. Only a number, typed to buttons no
        # longer on screen, is said back as the button it was taken as ("Taken as “I tried,
        # partly”."), before what follows.
        conv.out.insert(start, Reply(conv.text("nothing_taken", label=picked.label)))

    def fire(self, conv: Conversation, trigger: str, kwargs: dict[str, Any] | None = None) -> bool:
        event = self.machine.events.get(trigger)
        if event is None or conv.state not in event.transitions:
            conv.refuse("unexpected")
            return False
        source = conv.state
        conv.landed = None
        done = bool(event.trigger(conv, **(kwargs or {})))
        if done and self.trace is not None:
            self.trace.add((source, trigger, conv.landed or conv.state))
        if not done:
            conv.refuse(self._expected(conv))
        return done

    def acts_anywhere(self, value: str) -> bool:
        """Whether button value ``value`` works from any state (``global_choices``)."""
        if value in self.global_choices:
            return True
        prefix, sep, _ = value.partition(":")
        return bool(sep) and prefix + sep in self.wiring.global_methods

    def global_choice(self, conv: Conversation, value: str) -> bool:
        if value in self.global_choices:
            self.fire(conv, self.global_choices[value])
            return True
        prefix, sep, rest = value.partition(":")
        method = self.wiring.global_methods.get(prefix + sep) if sep else None
        if method is not None:
            method.of(conv)(rest)
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
            conv.redraw()  # the current page and question again, with its buttons
            return None
        plain = _plain(text)  # the typed words as every reading below compares them
        picked = match_choice(text, buttons, fuzzy=False)
        if picked is not None:
            return self._picked(step, picked)
        sent = [b for b in buttons if b.value.partition(":")[0] in _SENT_VALUES]
        if step.input == "choice" and sent and is_done(text):
            # "done", "sent it", "yeah did it" on a page with a button saying it was sent:
            # that button, said so; with one per message ("Sent it to Sam", "Sent the
            # note to Joy"), which one.
            if len(sent) == 1:
                conv.say("near_taken", said=_brief(text), label=sent[0].label)
                return self._picked(step, sent[0])
            conv.refuse("near_which", said=_brief(text), labels=_either(sent))
            return None
        if step.input == "choice" and _PARTLY.fullmatch(plain):
            # "kinda", "sort of", "a bit", "partly yeah" to a yes-or-no question about what
            # happened: neither yes nor no, but its one "partly" button ("I tried, partly"),
            # said back. Without one, it is no yes: asked again below, never taken as agreeing.
            partly = [b for b in buttons if b.value == "partly" or _PARTLY_LABEL.search(b.label)]
            if len(partly) == 1:
                conv.say("nothing_taken", label=partly[0].label)
                return self._picked(step, partly[0])
        if step.input == "choice" and (_AGREE.fullmatch(plain) or _YES.fullmatch(plain)):
            # "ok", "yeah" agree without choosing: the one yes-shaped button ("Yes, I did",
            # "Sounds right", "Pivot anyway") or the one that goes on ("Next line"), said
            # back ("Taken as “Sounds right”."); with two or more, which one is asked. As the
            # first message after a restart it still says yes to a yes-or-no question, but
            # goes on past no page it may not have in front of it (a rehearsal's feedback is
            # drawn again instead). On a page with a "sent" button, "ok" may or may not mean it
            # went: that button is named, never pressed for them.
            agreed = f"agreed.{conv.state}"
            onward = (
                None
                if agreed in self.content.texts
                else _onward(buttons, text, step.onward, only_yes=conv.fresh)
            )
            if onward is not None:
                conv.say("nothing_taken", label=onward.label)
                return self._picked(step, onward)
            if _ACK.fullmatch(plain) and any(_RISKY_LABEL.fullmatch(b.label) for b in buttons):
                # "ok", "sure", "fine" at a word of caution say "understood", never "do the
                # risky thing" ("Pivot anyway"): which button they mean is asked, both named.
                conv.refuse("warning_agreed", labels=_either(buttons))
                return None
            if sent and agreed not in self.content.texts:
                conv.refuse("agreed_sent", said=_brief(text), labels=_either(sent))
                return None
            conv.refuse(
                agreed if agreed in self.content.texts else "choice_agreed", said=_brief(text)
            )
            return None
        if step.input == "choice" and _NO.fullmatch(plain):
            # "no", "nah" to a yes-or-no screen: its one no-shaped button ("No, the moment
            # didn't come"), or, beside one yes-shaped button, the one other ("Choose another
            # approach" under "Sounds right"), said back.
            declined = _declined(buttons, step.onward)
            if declined is not None:
                conv.say("nothing_taken", label=declined.label)
                return self._picked(step, declined)
        if step.input == "choice" and text:
            near = near_choices(text, buttons)
            if len(near) == 1:  # a near spelling of one button: taken, and said so
                conv.say("near_taken", said=_brief(text), label=near[0].label)
                return self._picked(step, near[0])
            if len(near) > 1:  # near several: which one, with the buttons
                conv.refuse("near_which", said=_brief(text), labels=_either(near))
                return None
        if not text:
            conv.refuse(self._expected(conv))
            return None
        unknown = _UNKNOWN.fullmatch(plain) is not None  # "idk", "not sure": read once
        if unknown:
            # "idk", "dunno", "not sure tbh" where a button says so ("Don't know", "Not sure
            # yet"): that button, said back, never the text kept or refused.
            dunno = next((b for b in buttons if content_key(b.label) in _DONT_KNOW_LABELS), None)
            if dunno is not None:
                conv.say("nothing_taken", label=dunno.label)
                return self._picked(step, dunno)
        closing = next((b for b in buttons if b.value == step.nothing), None)
        if closing is not None and (
            is_nothing(text) or (unknown and _UNKNOWN.fullmatch(_plain(closing.label)) is not None)
        ):
            # "nope", "I don't" (and "idk" beside a "Don't know" button): the button saying
            # there is nothing to give, said back.
            conv.say("nothing_taken", label=closing.label)
            return self._picked(step, closing)
        if step.input == "text":
            if _BACK_WORDS.fullmatch(plain) and self._can_go_back(conv):
                # "back", "oops wrong one" where a question wants words: no answer, /back.
                self.command(conv, "/back")
                return None
            if len(text) > step.max_len:
                conv.reoffer("too_long", limit=step.max_len)
                return None
            # "dont know" typed where words are wanted is the question's own to read (its
            # non-answer reply, or "I didn't catch the name"), never another screen's "Don't
            # know" button.
            elsewhere = None if unknown else self.content.button_labels.get(content_key(text))
            if elsewhere is not None:  # a button from another screen, typed: not an answer
                conv.say("not_on_screen", label=elsewhere)
                conv.redraw()
                return None
            if _ACKNOWLEDGE.fullmatch(plain):
                # "ok", "sure", "yes" alone answer no question that asks for words: the one
                # button that goes on, if the question has one, else what it does ask for.
                onward = _onward(buttons, text)
                if onward is not None:
                    conv.say("nothing_taken", label=onward.label)
                    return self._picked(step, onward)
                conv.say("text_agreed", said=_brief(text))
                conv.refuse(self._expected(conv))
                return None
            return "answer", {"text": text}
        if step.input == "scale":
            value = parse_scale(text)
            if value is not None:
                return "answer", {"value": value}
        if step.input == "date":
            when = dates.parse(
                text,
                conv.local_now,
                since=_day(conv.data.get(step.since or "")),
                ahead=step.ahead,
            )
            if when is not None and when.week:
                # "next week" names no day: offer its days rather than guess one.
                days = dates.week_days(when.day, conv.local_now.date())
                conv.data[DAYS] = [d.isoformat() for d in days]
                conv.reoffer("date_which_day")
                return None
            if when is not None:
                return "answer", when.answer()
            skip = next((b for b in buttons if b.value == "skip"), None)
            if skip is not None and _NO_DATE.fullmatch(plain):
                # "no", "not sure": no date, as the button that says so; what follows is said.
                undated = f"undated.{conv.state}"
                conv.say(undated if undated in self.content.texts else "date_none")
                return self._picked(step, skip)
            if _YES.fullmatch(plain):
                # "yeah" to "Did they say when?": which day is asked, not "couldn't read".
                conv.say("date_agreed", said=_brief(text))
                conv.refuse(self._expected(conv))
                return None
        word = _WORD_COMMANDS.get(text.casefold().strip(" .!?"))
        if word is None and _BACK_WORDS.fullmatch(plain) and self._can_go_back(conv):
            word = "/back"  # "oops wrong one": /back, wherever /back has somewhere to go
        if word is not None:
            self.command(conv, word)
            return None
        said = _brief(text)  # what could not be read, said back briefly (escaped)
        meant = self.near_command(text.strip(" .!?"))
        if meant is not None and not text.startswith("/"):
            # A command typed as a word, maybe misspelled ("remidners", "drafts"): run it,
            # saying what it was taken as, unless it would undo something (then it is asked).
            self._near_command(conv, _brief(text), meant)
            return None
        if step.input == "choice":  # one line: what was not understood, then the buttons
            conv.refuse("choice_unread", said=said)
            return None
        if step.input in ("date", "scale"):  # what could not be read; the expected text an example
            conv.say(f"{step.input}_unread", said=said)
        conv.refuse(self._expected(conv))
        return None

    def _picked(self, step: Step, button: Choice) -> tuple[str, dict[str, Any]]:
        """A button's trigger: ``value`` names it; ``trigger:arg`` also passes ``value=arg``."""
        if step.input == "scale":
            return "answer", {"value": int(button.value)}
        if step.input == "date" and button.value.startswith("date:"):
            return "answer", {"date": button.value[5:]}
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
            "resume": self._resume,
        }
        if name in handlers:
            handlers[name](conv)
        elif name in self.commands:
            self.fire(conv, self.commands[name])
        elif (meant := self.near_command(name)) is not None:
            self._near_command(conv, "/" + name[:40], meant)
        else:
            conv.reoffer("unknown_command", command="/" + name[:40])

    def command_names(self) -> list[str]:
        """Every command a person can type (without its slash), runtime ones first."""
        return [*_RUNTIME_COMMANDS, *(c for c in self.commands if c not in _RUNTIME_COMMANDS)]

    def near_command(self, word: str) -> str | None:
        """The command ``word`` means, typed without its slash or misspelled: its name
        ("help"), an alias of it ("settings" -> "preferences"), or a near spelling of one
        ("hepl", "setings"), when only one command is that near. None otherwise."""
        word = word.strip().lstrip("/").casefold()
        if not word or " " in word or len(word) > 30:
            return None
        names = self.command_names()
        aliases = {a: c for a, c in self.command_aliases.items() if c in names}
        if word in names:
            return word
        if word in aliases:
            return aliases[word]
        if len(word) < 4:
            return None
        from rapidfuzz import fuzz  # only for a word that matched nothing exactly

        scored = sorted(
            (
                (fuzz.ratio(word, spelled), command)
                for spelled, command in [*((n, n) for n in names), *aliases.items()]
            ),
            reverse=True,
        )
        best, meant = scored[0]
        rivals = [c for score, c in scored if c != meant and score > best - 8]
        return meant if best >= NEAR and not rivals else None

    def _near_command(self, conv: Conversation, said: str, meant: str) -> None:
        """Run command ``meant``, which ``said`` was taken to mean, saying so first; one that
        would erase or start over is only named, for the person to type in full."""
        if meant in _CAREFUL_COMMANDS:
            conv.reoffer("command_which", said=said, command=meant)
            return
        conv.say("command_taken", said=said, command=meant)
        self.command(conv, "/" + meant)

    def _restart(self, conv: Conversation, keep: bool) -> None:
        if not keep:
            # Where the person lives is not part of the conversation started over.
            kept = {k: conv.data[k] for k in (ZONE, ZONE_BY) if k in conv.data}
            conv.data.clear()
            conv.data.update(kept)
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

    @staticmethod
    def _can_go_back(conv: Conversation) -> bool:
        """Whether /back has a question to go back to from here (one asked before this one)."""
        trail: list[str] = conv.data.get("_trail") or []
        earlier = trail[:-1] if trail and trail[-1] == conv.state else trail
        return bool(earlier)

    def _own(self, conv: Conversation, trigger: str) -> bool:
        """Fire the flow's own ``trigger`` for a runtime command (``back``, ``resume``) when the
        flow has a transition for it from here whose conditions hold: a step that keeps its own
        undo (a list the person took items out of) or a way back to work put aside. False, and
        nothing said or changed, otherwise."""
        event = self.machine.events.get(trigger)
        if event is None or conv.state not in event.transitions:
            return False
        source = conv.state
        conv.landed = None
        done = bool(event.trigger(conv))
        if done and self.trace is not None:
            self.trace.add((source, trigger, conv.landed or conv.state))
        return done

    def _resume(self, conv: Conversation) -> None:
        """``/resume``: the flow's own way back to work put aside from here, if it has one;
        else the current page and question drawn again."""
        if not self._own(conv, "resume"):
            conv.redraw()

    def _back(self, conv: Conversation) -> None:
        """The question before this one, drawn as it was left: going back does not save or
        schedule anything again. A question with nothing left to ask (it asked for what is now
        known, so drawing it says nothing) is passed over, back to the one before it. A step
        with an undo of its own (the flow's ``back`` trigger from it, when its conditions
        hold) undoes its last change instead."""
        if self._own(conv, "back"):
            return
        trail: list[str] = conv.data.setdefault("_trail", [])
        state, kept = conv.state, list(trail)
        earlier = trail[:-1] if trail and trail[-1] == conv.state else list(trail)
        while earlier:
            del trail[len(earlier) :]
            self.machine.set_state(earlier[-1], conv)
            drawn = len(conv.out)
            conv.redraw()
            if len(conv.out) > drawn:
                return
            earlier.pop()
        self.machine.set_state(state, conv)
        trail[:] = kept
        conv.reoffer("back_nothing")

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
        # The file alone, with no buttons of its own: then the question the person was on,
        # asked again with its buttons, or (a page that asks nothing, like a drafts menu)
        # its buttons under a line saying they carry on from there, never bare under the file.
        conv.out.append(
            Reply(conv.text("mydata"), [], Attachment(MYDATA_FILE, blob, "application/json"))
        )
        if "say" in self.content.state(conv.state):
            conv.ask()
        elif conv.choices():
            conv.reoffer("mydata_back")

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
        conv.redraw()


# -- parsing helpers (module level: pure, easy to test) ---------------------------------------


# A typed answer to a date question that means there is no date: "no", "not sure", "idk".
_NO_DATE = re.compile(
    r"(?:(?:um+|uh+|hmm+|well|honestly),? )?(?:no+|nope|nah|none|not sure|unsure|no idea|not yet|"
    r"no date|no day|not really|i'?m not sure|i don'?t know|don'?t know|dont know|dunno|idk|"
    r"(?:they|he|she) didn'?t say|didn'?t say|not said|no clue|n/?a|tbc|tbd)"
)
# A typed answer that says the person does not know: "dont know", "idk", "not sure", "no idea".
# Buttons that say the person does not know a fact (as ``content_key`` has them). Never "Not
# sure yet" (the better fit), where a typed "idk" gets a nudge for something specific first.
_DONT_KNOW_LABELS = frozenset({"dont know", "i dont know", "dont have it"})
_UNKNOWN = re.compile(
    r"(?:(?:um+|uh+|hmm+|sorry|honestly),? )?(?:i )?(?:don'?t know|do not know|dont know|dunno|idk|"
    r"not sure|no idea|no clue|unsure|can'?t remember|don'?t remember|forgot)"
    r"(?:,? (?:sorry|tbh|honestly|really|lol))*"
)
# A typed word that agrees without naming a button: "ok", "sure", "sounds good".
_AGREE = re.compile(
    r"(?:ok(?:ay)?|k|kk|yes|yeah|yep|yup|sure|fine|alright|all right|cool|great|good|"
    r"sounds good|sounds right|got it|makes sense|go ahead|let'?s do it|let'?s go)"
    r"(?:,? (?:please|pls|thanks|thank you|go ahead|let'?s do it|sounds good|then))*"
)
# The casual ways of saying yes: "ya", "yea", "yeh", "yass", "yup".
_YES_WORD = r"(?:yes+|yess+|yeah|yeh|yea|ya|yah|yas+|yep|yup|y|sure|ok(?:ay)?|k|alright|all right)"
# A yes said with its verb, as to "Did you ...?" or "Have you ...?": "I did", "did it",
# "sure did", "I have", "yes I did that".
_YES_VERB = (
    r"(?:(?:i|we) )?(?:sure )?(?:did|have|had|was|do|am|got to|managed)(?: (?:it|that|so|both))?"
    r"(?: (?:actually|indeed|too|already))?"
)


# A reply to "anything else?" that says there is nothing more: "no", "nah", "nope that's it",
# "none", "nothing", "that's all", "all good", "I'm done", "no thanks".
_NOTHING = re.compile(
    r"(?:(?:um+|uh+|hmm+|well|ok(?:ay)?|so|no+|nah+|nope),? )*"
    r"(?:no+|nah+|nope|none|nothing|nothing (?:else|more)|no(?:thing)? (?:else|more)|not really|"
    r"(?:that'?s|thats|that is|i think that'?s|think that'?s) (?:it|all|everything|about it)|"
    r"that'?ll be all|all good|all done|(?:i'?m|im|i am) (?:done|good)|done|"
    # "I don't", "i dont have it", "don't have one": nothing to give, as "Don't have it".
    r"(?:i )?(?:don'?t|do not)(?: (?:have|got))?(?: (?:it|one|that|them|any|anything))?|"
    r"no(?:pe)?,? (?:thanks?|thank you|that'?s it|thats it)|no one|nobody|n/?a|"
    # "nobody offered anything", "I didn't promise anything else", "they didn't offer me anything"
    r"(?:nobody|no one|(?:i|they|he|she) (?:didn'?t|did not)) (?:offer|promise|say|mention)(?:ed)?"
    r"(?: me| them| anyone)? (?:anything|a thing)(?: (?:else|more))?)"
    r"(?:,? (?:thanks?|thank you|really|for now|i think|lol))*"
)


def is_nothing(text: str) -> bool:
    """Whether ``text`` says there is nothing (more) to add: "no", "nope thats it", "I'm done"."""
    t = " ".join(text.casefold().replace("’", "'").split()).strip(" .!?")
    return bool(_NOTHING.fullmatch(t))


# A typed word that only acknowledges, never an answer to a question asking for words.
_ACKNOWLEDGE = re.compile(
    r"(?:ok(?:ay)?|k|kk|yes|yeah|yep|yup|y|sure|alright|all right|got it|sounds good|right)"
    r"(?:,? (?:then|sure|cool|thanks?|thank you))?"
)
# Button values saying a message was sent ("I've sent it", "Sent it to Sam"): what a
# typed "done", "sent it" or "yeah did it" means on a page with one.
_SENT_VALUES = frozenset({"sent"})
# A typed word that says it is done or sent: "done", "sent it", "yeah did it", "ok sent",
# "just emailed it", "it's gone", "all done thanks". Never "not sent yet" or a bare "ok".
_DONE = re.compile(
    r"(?:(?:ok(?:ay)?|k|yes|yeah|yep|yup|ya|yea|sure|right|so|and|alright|all right|great),? )*"
    r"(?:(?:(?:i'?ve|i have|i|we'?ve|we|just|already|finally|both|all) )*"
    r"(?:sent|done|did|emailed|mailed|posted|messaged|dm'?d|finished|sent off|sent out)"
    r"(?: (?:it|them|that|this|both|both of them|all of them|the (?:note|notes|email|emails"
    r"|message|messages|draft|drafts|thank-you notes?|thank you notes?|ask|request)))?"
    r"(?: (?:off|out|over|already|now|just now|earlier|today|too|both|all))*"
    r"|all done|(?:it'?s|its|it is|they'?re|theyre|they are) (?:sent|done|gone|out|off))"
    r"(?:,? (?:thanks?|thank you|now|already|lol|haha|cheers))*"
)


def is_done(text: str) -> bool:
    """Whether ``text`` says something is done or sent: "done", "sent it", "yeah did it", "all
    sent thanks"; never a bare "ok" or "not sent yet"."""
    return bool(_DONE.fullmatch(_plain(text)))


# Button values that plainly go on, so an "ok" means them: "Next line", "Continue".
_ONWARD = frozenset({"next", "continue"})
# The words of an agreement that also say yes to a yes-or-no question: "yeah", "ok", "sure",
# "yes please"; "cool" or "got it" only go on ("Next line").
_YES = re.compile(
    rf"(?:{_YES_WORD},? )*"
    rf"(?:{_YES_WORD}|kk|{_YES_VERB}|of course|definitely|absolutely|certainly|totally|"
    r"for sure|indeed|go ahead|let'?s do it|let'?s go|sounds good|sounds right)"
    r"(?:,? (?:please|pls|thanks|thank you|go ahead|let'?s do it|sounds good|then|lol|haha))*"
)
# A bare acknowledgement of a warning ("ok", "okay", "k", "sure", "fine", "got it"): it says
# "understood", never "do the risky thing" a "... anyway" button names.
_ACK = re.compile(
    r"(?:(?:ok(?:ay)?|k|kk|sure|fine|alright|all right|got it|noted|understood|cool|right)"
    r"[,.!]? ?)+"
)
# A button that goes ahead despite a warning just given: "Pivot anyway".
_RISKY_LABEL = re.compile(r".* anyway", re.I)
# Labels that say yes to the question above them: "Yes, I did", "Sounds right", "Pivot anyway".
_YES_LABEL = re.compile(rf"(?:yes\b.*|sounds (?:right|good).*|{_RISKY_LABEL.pattern})", re.I)
# A hedge typed to a yes-or-no question about what happened: "kinda", "sort of", "kind of",
# "ish", "a bit", "partly yeah", "yeah sort of", "more or less", "somewhat", "half": "partly".
_HEDGE_WORD = (
    r"(?:kinda|kind of|sorta|sort of|ish|-ish|a bit|a little|a little bit|bit of|partly|"
    r"partially|in part|somewhat|more or less|half|halfway|half and half|sort of yes|"
    r"not fully|not completely|not entirely|not quite|to some extent|some of it|yes and no|"
    r"yeah and no|a little yes|i tried|tried|i tried to|tried to)"
)
_PARTLY = re.compile(
    rf"(?:(?:{_YES_WORD}|um+|uh+|hmm+|well|i mean|i guess|i think|honestly),? )*"
    rf"{_HEDGE_WORD}(?:,? {_HEDGE_WORD})*"
    rf"(?:,? (?:{_YES_WORD}|i guess|i think|i suppose|tbh|honestly|lol|haha|really|"
    r"at least|i'd say|id say))*"
)
# Button labels that say "partly": "I tried, partly", "Partially", "Somewhat".
_PARTLY_LABEL = re.compile(r"\b(?:partly|partially|in part|somewhat)\b", re.I)
# Typed words too common to tell buttons apart.
_COMMON = frozenset(
    {"please", "want", "like", "would", "just", "then", "that", "this", "with", "your", "some"}
)


def _plain(text: str) -> str:
    """``text`` casefolded, its curly apostrophes straight, spaces single, end marks gone."""
    return " ".join(text.casefold().replace("’", "'").split()).strip(" .!?")


def _brief(text: str) -> str:
    """What the person typed, said back in one short line (at most 40 characters)."""
    said = " ".join(text.split())
    return said if len(said) <= 40 else said[:39].rstrip() + "…"


def _either(choices: list[Choice]) -> str:
    """Labels as a question lists them: “A” or “B”; “A”, “B” or “C”."""
    quoted = [f"“{c.label}”" for c in choices]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _yes_shaped(button: Choice, onward: str | None = None) -> bool:
    """Whether ``button`` says yes to the question it answers: valued "yes", labelled "Yes,
    …", "Sounds right" or "… anyway", or the step's ``onward`` one ("Thank-you notes" under
    "Want me to draft them?")."""
    return (
        button.value == "yes"
        or (onward is not None and button.value == onward)
        or bool(_YES_LABEL.fullmatch(button.label))
    )


# A typed "no" to a yes-or-no screen: "no", "nope", "nah", "no thanks", "not really".
_NO_WORD = r"(?:no+|nope|nah+|na|naw|nay|not really)"
_NO = re.compile(
    rf"(?:{_NO_WORD},? )*"
    rf"(?:{_NO_WORD}|no thanks?|no thank you|not now|"
    # A no said with its verb: "I didn't", "nah didnt get to", "no I haven't", "didn't manage".
    r"(?:(?:i|we) )?(?:didn'?t|did not|haven'?t|have not|hadn'?t|wasn'?t|was not|couldn'?t|"
    r"could not|never)(?: (?:get to|manage|managed|make it|really|quite))*"
    r"(?: (?:do )?(?:it|that|so|one))?)"
    r"(?:,? (?:thanks?|thank you|sadly|unfortunately|really|lol|haha|not really))*"
)
# Labels that say no to the question above them: "No, the moment didn't come", "No, keep it",
# "Nothing yet" (under "So where did it land?"), "Not yet".
_NO_LABEL = re.compile(r"(?:no|nothing|none|nobody|no one|not yet)\b.*", re.I)


def _declined(buttons: list[Choice], onward: str | None = None) -> Choice | None:
    """The one button a "no" means on this screen: the one no-shaped button (valued "no" or
    labelled "No, …", "Nothing …", "Not yet"), else, when exactly one button is yes-shaped and one other is left, that
    other ("Choose another approach" beside "Sounds right"); None otherwise."""
    no = [b for b in buttons if b.value == "no" or _NO_LABEL.fullmatch(b.label)]
    if no:
        return no[0] if len(no) == 1 else None
    yes = [b for b in buttons if _yes_shaped(b, onward)]
    rest = [b for b in buttons if b not in yes]
    return rest[0] if len(yes) == 1 and len(rest) == 1 else None


def _onward(
    buttons: list[Choice], said: str, onward: str | None = None, *, only_yes: bool = False
) -> Choice | None:
    """The one button an agreement ("ok", "yeah") means on this screen: for a yes ("yeah",
    "ok", "sure", "yes please"), the one yes-shaped button (``_yes_shaped``), else the one
    that goes on ("Next line"); for a word that only goes on ("cool", "got it"), the one that
    goes on. None when there is not exactly one (two yes-shaped buttons: which is asked).
    ``only_yes``: a yes-shaped button or None, never one that only goes on."""
    t = _plain(said)
    if _YES.fullmatch(t):
        # A bare acknowledgement ("ok", "sure", "fine") never takes a risky "... anyway".
        ack = bool(_ACK.fullmatch(t))
        yes = [
            b
            for b in buttons
            if _yes_shaped(b, onward) and not (ack and _RISKY_LABEL.fullmatch(b.label))
        ]
        if yes or only_yes:
            return yes[0] if len(yes) == 1 else None
    if only_yes:
        return None
    found = [b for b in buttons if b.value in _ONWARD or b.value == onward]
    return found[0] if len(found) == 1 else None


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9'-]*", text.casefold().replace("’", "'"))


def near_choices(text: str, choices: list[Choice]) -> list[Choice]:
    """The buttons a typed text names with a slip of spelling: "prepare for an interveiw",
    "debreif", "practise pivto". A button is near when the whole text is a near spelling of its
    label (rapidfuzz ``ratio`` at least 80), or when the text is a few words (at most three),
    each a word of the label (a longer one, of four letters or more, maybe misspelled:
    ``ratio`` at least ``NEAR``), one of them a word no other button has; when each is a word
    several buttons share ("interview"), those buttons are near, less so. Words beside a label's
    ("the networking one") are not a spelling of it. Returns the one button clearly nearest,
    else the few equally near (for the person to pick from, in screen order), else []."""
    t = _plain(text)
    if not t or not choices:
        return []
    from rapidfuzz import fuzz  # only for typed text that matched no button exactly

    typed = _words(t) if len(t.split()) <= 3 else []
    labels = [_words(c.label) for c in choices]
    counts: dict[str, int] = {}
    for words in labels:
        for w in set(words):
            counts[w] = counts.get(w, 0) + 1

    def like(word: str, label_word: str) -> float:
        if len(word) < 4 or len(label_word) < 4:
            return 100.0 if word == label_word else 0.0
        score = fuzz.ratio(word, label_word)
        # One letter changed in a short word is another word ("fine", "line"): not a slip.
        return score if score >= 80 or min(len(word), len(label_word)) > 5 else 0.0

    scores: list[tuple[float, int]] = []
    for i, (choice, words) in enumerate(zip(choices, labels, strict=True)):
        score = fuzz.ratio(t, choice.label.casefold())
        score = score if score >= 80 else 0.0
        if typed and words:
            best = [max(like(w, lw) for lw in words) for w in typed]
            own = [
                max((like(w, lw) for lw in words if counts[lw] == 1 and len(lw) >= 4), default=0.0)
                for w in typed
            ]
            if min(best) >= NEAR and max(own) >= NEAR:
                score = max(score, max(own))
            elif min(best) >= NEAR:  # only words several buttons share ("interview"): ask
                score = max(score, max(best) - 25)
        if score:
            scores.append((score, i))
    if not scores:
        return []
    top = max(score for score, _ in scores)
    near = sorted(i for score, i in scores if score > top - 8)[:3]
    return [choices[i] for i in near]  # in the order they are on screen


def match_choice(text: str, choices: list[Choice], fuzzy: bool = True) -> Choice | None:
    """The button a typed text means: its number, its label or value, a unique prefix of a
    label, or (with ``fuzzy``) a near spelling of one label; case, apostrophes and end
    punctuation never count ("dont know" is "Don't know"). None when unclear."""
    t = content_key(text)
    if not t or not choices:
        return None
    if t.isdecimal():
        n = int(t)
        return choices[n - 1] if 1 <= n <= len(choices) else None
    for c in choices:
        if t in (content_key(c.label), c.value.casefold()):
            return c
    prefixed = [c for c in choices if len(t) >= 3 and content_key(c.label).startswith(t)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not fuzzy:
        return None
    from rapidfuzz import fuzz  # only for typed text that matched nothing exactly

    scored = sorted(
        ((fuzz.ratio(t, content_key(c.label)), i) for i, c in enumerate(choices)), reverse=True
    )
    best, i = scored[0]
    if best >= 80 and (len(scored) == 1 or scored[1][0] < best - 5):
        return choices[i]
    return None


def parse_scale(text: str) -> int | None:
    """1-5 from "4", "4/5", "four", "a 4"; None otherwise."""
    t = dates.strip_fillers(text).casefold()
    m = re.fullmatch(r"(?:an?\s+)?([1-5])(?:\s*(?:/|out of|of)\s*5)?\.?", t)
    if m:
        return int(m.group(1))
    return _WORD_NUMBERS.get(t.rstrip("."))


def parse_date(
    text: str,
    now: datetime,
    *,
    past: bool = False,
    since: date | None = None,
    ahead: bool = False,
) -> str | None:
    """An ISO date from "tomorrow", "next Tuesday", "2026-12-03", "Dec 3", seen from ``now``
    (see ``bot.dates``: ``past``, ``since`` and ``ahead`` as there); None if unreadable or if it
    names a whole week, not a day."""
    when = dates.parse(text, now, past=past, since=since, ahead=ahead)
    return when.day.isoformat() if when is not None and not when.week else None


def _day(value: Any) -> date | None:
    """An ISO date kept in the data, or None (absent or unreadable)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None
