"""Random text and random taps in every reachable state of the pivot flow (hypothesis).

Each state starts from a copy of the database a scripted conversation left when it first stood
there (``tests/flows/reachable.py``). Whatever arrives -- lone surrogates, superscript and
circled digits, zero-width and format characters, right-to-left marks, emoji, 50 KB, commands,
the labels of buttons, taps with the values of this state, of other states, or forged ones,
edits of the messages sent before -- the bot answers with something other than its apology, logs no error, and the conversation is
stored in a state of the flow and answers its next message. Reproducible: the examples are
derived from the test's name (``derandomize``), not from a random seed or a stored database.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import load_flow
from bot.messages import Inbound, Reply
from tests.flows.reachable import Errors, Snapshot, reachable

STATES = sorted(load_flow().steps)
EXAMPLES = 12  # per state: about 900 conversations of up to four actions, a few tens of seconds

# Characters that have broken bots: lone surrogates (a Slack or console client can send them),
# digits that str.isdigit accepts and int() refuses, zero-width and other format characters,
# bidirectional marks, a combining mark, emoji with joiners, right-to-left letters.
ODD = [
    "\ud800",
    "\udfff",
    "²",
    "①",
    "٣",
    "３",
    "\u00a0",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u180e",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u0301",
    "\x00",
    "\x1b",
    "\r",
    "\n",
    "\t",
    "🧑\u200d💻",
    "👍🏽",
    "مرحبا",
    "שלום",
    "*",
    "_",
    "<",
    "&",
    ":",
    "/",
]
WORDS = [
    "/back",
    "/cancel",
    "/menu",
    "/start",
    "/restart",
    "/help",
    "/resume",
    "/mydata",
    "/forget",
    "/contacts",
    "/drafts",
    "/rehearse",
    "/debrief",
    "/prepare",
    "/timezone",
    "/nonsense",
    "/",
    "//",
    "/back@pivot_bot",
    "back",
    "menu",
    "stop",
    "skip",
    "yes",
    "no",
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "99",
    "-1",
    "1.5",
    "4/5",
    "tomorrow",
    "next week",
    "31/02",
    "yesterday",
    "Acme Robotics",
    "<!channel> <@U123> **x** [a](https://evil.example)",
    "x" * 4001,
    "word " * 10_000,
]

pieces = st.one_of(st.characters(), st.sampled_from(ODD))


def strings(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=max_size).map("".join)


texts = st.one_of(
    strings(40),
    st.sampled_from(WORDS),
    # A word, a digit or a command with odd characters around it.
    st.tuples(st.sampled_from(ODD), st.sampled_from(WORDS), st.sampled_from(ODD)).map("".join),
)


def taps(snapshot: Snapshot, values: list[str]) -> st.SearchStrategy[str]:
    """This state's buttons, any state's, and forged ones (a known prefix, any rest)."""
    prefixes = sorted({v.partition(":")[0] + ":" for v in values if ":" in v})
    forged = st.tuples(st.sampled_from(prefixes), strings(12)).map("".join)
    ids = st.sampled_from(["", "0", "999999", "-1", "²", "①", "x", "1:2", "done:", "done:²"])
    own = [c.value for c in snapshot.buttons] or values
    return st.one_of(
        st.sampled_from(own),
        st.sampled_from(values),
        forged,
        st.tuples(st.sampled_from(prefixes), ids).map("".join),
        strings(20),
    )


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def _texts(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies]


@pytest.mark.parametrize("state", STATES)
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_text_and_taps_never_get_the_apology(
    loop: asyncio.AbstractEventLoop, state: str, data: Any
) -> None:
    found = reachable()
    snapshot = found.snapshots.get(state)
    assert snapshot is not None, f"no scripted conversation reaches {state}"
    values = sorted(found.values)
    action = st.one_of(
        texts.map(lambda t: ("say", t)),
        taps(snapshot, values).map(lambda v: ("tap", v)),
        # An edit of one of the messages typed so far (or of one never seen): its new text.
        st.tuples(st.integers(0, 4), texts).map(lambda e: (f"edit:{e[0]}", e[1])),
    )
    actions = data.draw(st.lists(action, min_size=1, max_size=4), label="actions")
    engine = snapshot.open(found.flow)
    apology = engine.canned("error").text
    errors = Errors()
    logging.getLogger().addHandler(errors)
    try:
        for n, (kind, value) in enumerate([*actions, ("say", "/resume")]):
            edit, _, message = kind.partition(":")
            inbound = Inbound(
                snapshot.key,
                text="" if kind == "tap" else value,
                choice=value if kind == "tap" else None,
                event_id=f"fuzz-{n}",
                kind="edit" if edit == "edit" else "text",
                message=f"m{message or n}",
            )
            replies = loop.run_until_complete(engine.handle(inbound))
            engine.delivered(replies)
            assert replies, f"no answer to {kind} {value[:80]!r} in {engine.state_of(snapshot.key)}"
            assert apology not in _texts(replies), (
                f"the apology for {kind} {value[:80]!r} (from {state}, after {actions[:n]!r})"
            )
            assert errors.records == [], errors.records[0].getMessage()
            session = engine.store.load(snapshot.key)
            if session is not None:  # /forget erases it
                assert session.state in engine.flow.steps
    finally:
        logging.getLogger().removeHandler(errors)
        engine.close()
