"""The interviewer keeps track of the round (blind counsellor review 15b of rehearsal, issue 11):
played through the real flow, round after round, a student never meets the same move twice in a
round (an introduction offered and accepted is not offered again), never hears a line that
contradicts an earlier one ("no openings" after an introduction was offered), meets different
lines in different rounds, and over a few rounds meets every curveball of the persona, "would
you take it?" included. In wordings of our own: a ticket-office clerk who wants network
planning at a rail company."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clock import ManualClock
from bot.engine import Engine
from bot.messages import ConversationKey, Inbound
from bot.store import open_store
from flows.pivot import build_flow
from flows.pivot.interviewer import FRIENDLY, PERSONAS, RUSHED, SCEPTICAL, move_of
from flows.pivot.scoring import classify_line, rules

LABEL = {"friendly": "Friendly", "rushed": "Rushed", "sceptical": "Sceptical"}
SAID = re.compile(r"interviewer\** \(turn (\d+)\)\n“(.*?)”", re.S)
SETUP = [
    "/rehearse",
    "Kestrel Rail",
    "Ticket office clerk",
    "network planning",
    "their off-peak fare trial",
    "I built a passenger-count tracker for my student union that cut queue times by a third",
]
# The first answer: the whole pivot, with a team named and an ask.
PIVOT = (
    "Thank you, I've enjoyed this. Kestrel Rail's off-peak fare trial is what drew me here. "
    "Honestly, I do my best work with numbers rather than at a counter, and I built a "
    "passenger-count tracker for my student union that cut queue times by a third. Could you "
    "point me to someone in network planning I might talk to? I'm glad to stay in the process, "
    "and may I email you next week?"
)
# The same pivot without the ask: nothing the interviewer owes an answer to.
PIVOT_NO_ASK = (
    "Thank you, I've enjoyed this. Kestrel Rail's off-peak fare trial is what drew me here. "
    "Honestly, I do my best work with numbers rather than at a counter, and network planning "
    "is where I'd add most. I'm glad to stay in the process, and may I email you next week?"
)
# A reply that answers each kind of line as a prepared student would. ``ASKS_AGAIN`` accepts an
# introduction with a question back ("who runs it?"), the reviewer's turn 3.
REPLY = {
    "who_particular": "Ideally the person who heads network planning; I'd love to hear how they "
    "model demand on the branch lines.",
    "floated_team": "That's very kind, yes please. I'd be grateful for an email introduction.",
    "no_openings": "That's completely understandable, thanks for being straight with me. I'm "
    "keen to learn how that side works, not to ask for a job.",
    "would_take_offer": "Yes, I would seriously consider it, because I admire Kestrel Rail, "
    "though my strongest work is with data.",
    "withdrawing": "No, I'm not withdrawing; I'd like to stay in the process whatever you decide.",
    "why_applied": "I applied because Kestrel Rail's off-peak fare trial impressed me and I "
    "wanted to work here.",
    "time_pressure": "Of course, I'll be brief. Thank you for your time, I've enjoyed hearing "
    "about Kestrel Rail.",
    "takes_time": "That's fine by me; I'm happy to be patient and learn the ticket office first.",
    "what_work": "Work where I plan things with data, like timetables and passenger counts.",
    "prove_it": "Fair question. I built a passenger-count tracker for my student union that cut "
    "queue times by a third.",
    "what_know": "I know Kestrel Rail is trialling off-peak fares and rebuilt its timetables "
    "last spring.",
    "opening": "Thanks, nothing more from me. I've enjoyed hearing about Kestrel Rail.",
}
ASKS_AGAIN = {
    **REPLY,
    "floated_team": "Yes please, I'd really appreciate that, thank you! Who runs that team, so I "
    "know whom to write to?",
}


def play(
    tmp_path: Path,
    persona: str | list[str],
    rounds: int,
    first: str,
    replies: dict[str, str],
    setup: list[str] = SETUP,
) -> list[list[str]]:
    """``rounds`` rounds with ``persona`` (or the round's persona of a list, in turn) through
    the flow, after ``setup``; each round's lines as the student saw them, the opening first (a
    line shown again for a retry is not a new line)."""
    cast = [persona] if isinstance(persona, str) else persona
    name = "-".join(cast)

    async def run() -> list[list[str]]:
        key = ConversationKey("console", "local", f"memory-{name}")
        engine = Engine(build_flow(), open_store(tmp_path / f"{name}.db"), clock=ManualClock())
        sent = 0

        async def say(text: str) -> str:
            nonlocal sent
            sent += 1
            out = await engine.handle(Inbound(key, text=text, event_id=f"m{sent}"))
            engine.delivered(out)
            return "\n".join(r.text for r in out)

        try:
            for text in setup:
                await say(text)
            played: list[list[str]] = []
            for n in range(rounds):
                if n:
                    await say("Another round")
                shown = await say(LABEL[cast[n % len(cast)]])
                lines: list[str] = []
                while engine.state_of(key) != "rehearse.done":
                    said = SAID.search(shown)
                    assert said, shown
                    line = said.group(2)
                    if not lines or line != lines[-1]:
                        lines.append(line)
                    answer = first if len(lines) == 1 else replies[classify_line(line)]
                    await say(answer)
                    shown = await say("Next line")
                played.append(lines)
            return played
        finally:
            engine.close()

    return asyncio.run(run())


def kinds(lines: list[str]) -> list[str]:
    """The moves after the opening."""
    return [classify_line(line) for line in lines[1:]]


def curveball_kinds(persona: str) -> set[str]:
    cast: dict[str, Any] = rules().doc["interviewer"]["personas"][persona]
    return {str(line["kind"]) for line in cast["curveballs"]}


STUDENTS = {
    # Asks in the first answer, and accepts an introduction with a question back.
    "asks": (PIVOT, ASKS_AGAIN),
    # Names a team but asks nothing: nothing is owed an answer.
    "names": (PIVOT_NO_ASK, REPLY),
}


@pytest.mark.parametrize("student", sorted(STUDENTS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_a_round_never_makes_a_move_twice_nor_contradicts_itself(
    tmp_path: Path, persona: str, student: str
) -> None:
    first, replies = STUDENTS[student]
    for n, lines in enumerate(play(tmp_path, persona, 5, first, replies), 1):
        moves = kinds(lines)
        assert len(moves) == len(set(moves)), (n, lines)
        # An introduction offered (or a team said to be hiring) and "no openings" never share
        # a round, whichever came first.
        assert not {"floated_team", "no_openings"} <= set(moves), (n, lines)


@pytest.mark.parametrize("persona", PERSONAS)
def test_an_accepted_introduction_is_not_offered_again(tmp_path: Path, persona: str) -> None:
    for n, lines in enumerate(play(tmp_path, persona, 4, PIVOT, ASKS_AGAIN), 1):
        moves = kinds(lines)
        assert "floated_team" in moves, (n, lines)
        after = lines[moves.index("floated_team") + 2 :]
        offers = [line for line in after if re.search(r"introduc|connect|put you in touch", line)]
        assert not offers, (n, lines)
        # The team said back is the one they named, never words of their question ("who runs
        # that team?" is no team called "runs that").
        for line in lines:
            assert not re.search(r"\b(runs|leads|heads) (that|the)\b", line), line


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("student", sorted(STUDENTS))
def test_each_persona_varies_its_lines_across_rounds(
    tmp_path: Path, persona: str, student: str
) -> None:
    first, replies = STUDENTS[student]
    rounds = play(tmp_path, persona, 4, first, replies)
    # The line after the first answer is not the same line every round ...
    assert len({lines[1] for lines in rounds}) >= 2, rounds
    # ... and the rounds, as a student lives them, are not one round played four times.
    assert len({tuple(lines[1:]) for lines in rounds}) >= 3, rounds


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_curveball_comes_up_within_a_few_rounds(tmp_path: Path, persona: str) -> None:
    rounds = play(tmp_path, persona, 5, PIVOT_NO_ASK, REPLY)
    heard = {classify_line(line) for lines in rounds for line in lines}
    # What the pivot already gave is rightly not asked for: why they applied (its reason for
    # the company) and what work they want (its honest fit).
    given = {"why_applied", "what_work"}
    assert curveball_kinds(persona) - given <= heard, (persona, heard)
    # "Would you take it?" comes up early, with every interviewer.
    early = {classify_line(line) for lines in rounds[:2] for line in lines}
    assert "would_take_offer" in early, rounds[:2]


# Interviews of our own making for the dealing's property: a company and a role, each drawn
# from a few words, and the better fit, draw and proof a student would give at setup.
COMPANY = st.builds(
    "{} {}".format,
    st.sampled_from(["Copper", "Aster", "Linden", "Mistral", "Brightwater", "Fenwick", "Orla"]),
    st.sampled_from(["Foods", "Bank", "Health", "Studios", "Energy", "Freight", "Books"]),
)
ROLE = st.sampled_from(
    [
        "Sales assistant",
        "Junior accountant",
        "Receptionist",
        "Warehouse operative",
        "Marketing intern",
        "Barista",
        "Care assistant",
    ]
)
# Who meets the interviewer, round after round: one persona, or two taking turns.
CASTS = [[p] for p in PERSONAS] + [[SCEPTICAL, FRIENDLY], [RUSHED, SCEPTICAL]]
# A student who says little in the first answer: the company named, no team, no ask, nothing
# a curveball asks for given; every kind of the persona's repertoire can come up.
BRIEF = "Thanks, I've enjoyed hearing about {company}."
# A student who asks in the first answer and names a team: reactions, and curveballs that ask
# for what was given (their proof, their fit) rightly left out.
ASKING = (
    "Thank you, I've enjoyed this. Your new loyalty app is what drew me to {company}. "
    "Honestly, I do my best work with numbers, and I ran the stock spreadsheet for my shop. "
    "Could you point me to someone in data analysis I might talk to?"
)


@pytest.mark.parametrize("cast", CASTS, ids="-".join)
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(company=COMPANY, role=ROLE, first=st.sampled_from([BRIEF, ASKING]))
def test_no_curveball_comes_again_before_the_repertoire_has_come_up(
    tmp_path_factory: pytest.TempPathFactory, cast: list[str], company: str, role: str, first: str
) -> None:
    """Over the rounds of one interview (any company, any role, one interviewer or two in
    turn), a curveball is of a kind heard no more often than any other the persona deals:
    every kind once before any kind twice, and so on; what a reaction said counts as heard.
    Failed before the deal knew what the interview had heard (rotation by round alone)."""
    setup = ["/rehearse", company, role, "data analysis", "their new loyalty app", "a stock sheet"]
    replies = {kind: text.replace("Kestrel Rail", company) for kind, text in REPLY.items()}
    rounds = play(
        tmp_path_factory.mktemp("deal"), cast, 4, first.format(company=company), replies, setup
    )
    cast_doc: dict[str, Any] = rules().doc["interviewer"]["personas"]
    decks = {p: {str(c["text"]): str(c["kind"]) for c in cast_doc[p]["curveballs"]} for p in cast}
    played = [(cast[n % len(cast)], lines) for n, lines in enumerate(rounds)]
    # The kinds each persona dealt at all (a kind that asks for what was given may never be).
    dealt = {
        p: {decks[p][line] for q, ls in played if q == p for line in ls if line in decks[p]}
        for p in cast
    }
    heard: Counter[str] = Counter()
    for n, (persona, lines) in enumerate(played, 1):
        for line in lines[1:]:
            kind = move_of(persona, line)
            if line in decks[persona]:
                fewest = min(heard[k] for k in dealt[persona])
                assert heard[kind] == fewest, (n, persona, kind, dict(heard), rounds)
            heard[kind] += 1
    if first == BRIEF and len(cast) == 1:
        # Nothing given that a curveball asks for: the whole repertoire comes up in four rounds
        # (a kind a reaction made counts).
        assert set(decks[cast[0]].values()) <= set(heard), rounds


def test_the_model_interviewer_keeps_the_same_memory() -> None:
    from bot.errors import ModelError
    from flows.pivot.interviewer_model import checked, open_moves

    # A round where the sceptical interviewer already offered to introduce them.
    used = [
        "Okay. Do you have any questions for us?",
        "I could introduce you to our network planning lead. What would you want from them?",
    ]
    moves = open_moves("sceptical", used)
    assert "floated_team" not in moves and "no_openings" not in moves
    assert "would_take_offer" in moves
    for kind, line in [
        ("floated_team", "Happy to put you in touch with the planners, shall I?"),
        ("no_openings", "There are no openings in planning at the moment, though."),
    ]:
        with pytest.raises(ModelError):
            checked({"kind": kind, "line": line}, "sceptical", used)
    line = "Straight question: if I offered you this job today, would you take it?"
    assert checked({"kind": "would_take_offer", "line": line}, "sceptical", used) == line
