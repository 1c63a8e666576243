"""The role-play interviewer: personas whose next line reacts to what the candidate just said."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from bot.markup import fill
from flows.pivot import phrases
from flows.pivot.scoring import Context, Signals, rules_doc, signals

# A team said back to the candidate ("Our {team} people ...") is the core of what they named,
# and short: longer than this, a line that does not need it is said instead.
TEAM_WORDS = 4

FRIENDLY = "friendly"
RUSHED = "rushed"
SCEPTICAL = "sceptical"
PERSONAS: tuple[str, ...] = (FRIENDLY, RUSHED, SCEPTICAL)

# What the interviewer picks up on first: an explicit ask deserves an answer, then a candidate who
# sounds like leaving gets asked about it, then a missing word about the company, then a team.
_REACTION_ORDER = ("contact_ask", "leaving", "no_company", "team")


def personas() -> list[tuple[str, str]]:
    """Every persona as ``(id, display label)``, in a stable order."""
    return [(pid, str(_persona(pid)["label"])) for pid in PERSONAS]


def _persona(persona: str) -> Mapping[str, Any]:
    cast: Mapping[str, Mapping[str, Any]] = rules_doc()["interviewer"]["personas"]
    try:
        return cast[persona]
    except KeyError:
        raise ValueError(f"unknown interviewer persona: {persona!r}") from None


def _say(line: Mapping[str, str], team: str = "") -> str:
    # Lines are neutral markup; the one user value they carry (a team name) is escaped by fill.
    return fill(line["text"], team=team)


def opening(persona: str, ctx: Context, seed: int) -> str:
    """The cue that opens the pivot moment, e.g. "Do you have any questions for us?"."""
    lines = _persona(persona)["openings"]
    return _say(random.Random(f"{seed}:{persona}:opening").choice(lines))


def next_line(
    persona: str,
    turn: int,
    answer: str,
    ctx: Context,
    seed: int,
    used: Sequence[str],
    heard: Signals | None = None,
) -> str | None:
    """The interviewer's reply to ``answer``, or None once the round is over.

    ``turn`` counts the candidate's answers so far, this one included (1 after answering the
    opening); a round lasts the persona's ``turns`` answers (3 or 4). ``used`` holds every line
    already said in this round, as returned; no line is said twice. The same arguments always
    give the same line. ``heard`` is what the judge already read in ``answer`` (the answer is
    read once per message); without it the answer is read here.
    """
    cast = _persona(persona)
    if turn >= int(cast["turns"]):
        return None
    if heard is None:
        heard = signals(answer, ctx)
    # "data analytics, especially customer and product data" -> "data analytics"; "technical
    # writing / developer documentation" -> "technical writing": two names, said by the first.
    team = phrases.head(heard.team).split(" / ")[0].strip() if heard.team else ""
    noticed = {
        "leaving": heard.leaving,
        "contact_ask": heard.asked_contact,
        # Why-this-company belongs in the first answer; later answers rightly stay on the curveball.
        "no_company": turn == 1 and not heard.mentions_company,
        "team": bool(team) and len(team.split()) <= TEAM_WORDS,
    }
    # A question of a kind already asked this round is not asked again in other words ("Who in
    # particular ...?" answered, then "Anyone in particular you had in mind?").
    asked = {
        str(line["kind"])
        for group in cast["reactions"].values()
        for line in group
        if _say(line, team) in used or _say(line, heard.team) in used
    }
    rng = random.Random(f"{seed}:{persona}:{turn}")
    for reaction in _REACTION_ORDER:
        if not noticed[reaction]:
            continue
        fresh = [
            text
            for line in cast["reactions"].get(reaction, [])
            if (text := _say(line, team)) not in used and str(line["kind"]) not in asked
        ]
        if fresh:
            return rng.choice(fresh)
    # Nothing to react to: a curveball, in an order fixed by the seed for the whole round.
    curveballs = [_say(line) for line in cast["curveballs"]]
    random.Random(f"{seed}:{persona}:curveballs").shuffle(curveballs)
    return next((text for text in curveballs if text not in used), None)


def lines(persona: str, team: str = "a team") -> list[tuple[str, str]]:
    """Every line a persona can say as ``(kind, text)``; ``team`` fills the team reactions."""
    cast = _persona(persona)
    said = [*cast["openings"], *cast["curveballs"]]
    said += [line for group in cast["reactions"].values() for line in group]
    return [(str(line["kind"]), _say(line, team)) for line in said]
